/** 备份页面（backup/BackupPage.tsx），简体中文。结构与 backup.text.en.ts 相同，由类型检查保证。 */
import type { BackupText } from './backup.text.en';

export const backupTextZh: BackupText = {
  heading: '备份',
  intro:
    '所有记录只保存在这台手机的浏览器里。请不时保存一个备份文件；换了手机或清除了浏览器数据后，可以在这里恢复。',
  exportHeading: '保存备份',
  exportHint: '处理记录、备注（含照片）、POS机信息和查询记录，保存成手机上的一个文件。',
  exportButton: '保存备份文件',
  exporting: '正在准备文件…',
  exported:
    '已保存 {file}：{incidents} 条处理记录，{notes} 条备注（{photos} 张照片），{terminals} 台POS机。',
  exportFailed: '备份没有做成，请再试一次。',
  photosLeftOut: '无法放进文件的照片：{n} 张。',
  tooLargeToRestore: '这个文件超过 100 MB，无法恢复。请删掉一些旧照片，再重新保存。',
  importHeading: '从备份文件恢复',
  importHint: '不会删除任何记录。每条记录保留较新的一份：手机上的或文件里的。',
  importButton: '选择备份文件（.json）',
  importing: '正在检查文件…',
  imported: '已恢复。',
  importedLine: '{table}：新增 {added}，更新 {updated}，未变 {skipped}',
  tables: {
    incidents: '处理记录',
    notes: '备注',
    terminals: 'POS机',
    practiceRuns: '练习记录',
    lookups: '查询记录',
  },
  errors: {
    tooLarge: '这个文件超过 {mb} MB，不能恢复。手机上的记录没有任何改动。',
    notJson: '这个文件已损坏，或者不是备份文件，无法读取。手机上的记录没有任何改动。',
    notBackup: '这不是 POS 急救的备份文件。手机上的记录没有任何改动。',
    newerVersion:
      '这个备份来自更新版本的 POS 急救。请先更新应用，再试一次。手机上的记录没有任何改动。',
    unknownVersion: '无法识别这个备份的版本。手机上的记录没有任何改动。',
    invalid: '这个备份文件被改动过或已损坏（{path}）。手机上的记录没有任何改动。',
    hostile: '这个文件里含有代码，已拒绝。手机上的记录没有任何改动。',
    storage: '手机无法保存这些数据（存储空间已满或被阻止）。手机上的记录没有任何改动。',
  },
};
