/** 设置（app/SettingsPage.tsx），简体中文。结构与 settings.text.en.ts 相同，由类型检查保证。 */
import type { SettingsText } from './settings.text.en';

export const settingsTextZh: SettingsText = {
  heading: '设置',
  language: '语言',
  storage: '手机上的数据',
  storedOnPhone: '处理记录、备注和POS机信息只保存在这台手机上，不会发送到任何地方。',
  persistGranted: '浏览器已承诺保留这些数据。',
  persistDenied: '手机空间不足时，浏览器可能会删除这些数据。请不时做一次备份。',
  persistUnsupported: '这个浏览器没有说明是否保留数据。请不时做一次备份。',
  lastBackup: '上次备份：{date}。',
  noBackupYet: '这台手机上还没有做过备份。',
  persistAsk: '请浏览器保留数据',
  usage: '已用 {used} MB，可用 {quota} MB。',
  backup: '备份和恢复',
};
