/** 「装到每个店员的手机上」（设置页的一节），简体中文。结构与 share.text.en.ts 相同，由类型检查保证。 */
import type { ShareText } from './share.text.en';

export const shareTextZh: ShareText = {
  heading: '装到每个店员的手机上',
  intro: '用另一台手机打开相机，对准这个二维码，就能在那台手机上打开 POS 急救。',
  qrLabel: '本应用网址的二维码：{url}',
  making: '正在生成二维码…',
  failed: '二维码没能生成。请改为分享网址。',
  address: '本应用的网址',
  share: '分享网址',
  copy: '复制网址',
  copied: '网址已复制。可以粘贴到聊天里，或粘贴到另一台手机的浏览器里。',
  thenHeading: '然后在那台手机上，把它放到桌面',
  android: '安卓手机：点浏览器菜单（⋮ 或 ☰），再点「添加到主屏幕」或「添加到桌面」。',
  iphone: 'iPhone：用 Safari 打开，点「{share}」，再点「{add}」。',
  wechat: '用{app}扫的码？那它会在{app}里打开：',
  moreHelp: '更多安装帮助',
};
