/** 安装帮助（/install），简体中文。结构与 install.text.en.ts 相同，由类型检查保证。 */
import type { InstallText } from './install.text.en';

export const installTextZh: InstallText = {
  heading: '安装 POS 急救',
  intro: '把它放到手机桌面上。打开就像一个应用，没有信号也能用。',
  installed: 'POS 急救已经装在这台手机上。请从桌面图标打开。',
  button: '安装应用',
  accepted: '正在安装。请在手机桌面上找 POS 急救。',
  dismissed: '没有安装。也可以从浏览器菜单安装：',
  forYou: '在这个浏览器里',
  menu: {
    heading: 'Chrome、Edge 等浏览器',
    steps: ['点浏览器菜单：⋮ 或 ··· 。', '点「安装应用」或「添加到主屏幕」。', '点「安装」。'],
  },
  samsung: {
    heading: '三星浏览器',
    steps: ['点右下角的菜单 ≡ 。', '点「添加页面至」，再点「主屏幕」。'],
  },
  firefox: {
    heading: 'Firefox 火狐',
    steps: ['点菜单 ⋮ 。', '点「安装」或「添加到主屏幕」。'],
  },
  ios: {
    heading: 'iPhone 和 iPad（Safari）',
    steps: [
      '点屏幕底部的「分享」：方框加向上的箭头（iPad 在右上角）。',
      '往下滑，点「添加到主屏幕」。',
      '点右上角的「添加」。',
    ],
    otherBrowser:
      '不是 Safari？点这个浏览器的「分享」。如果没有「添加到主屏幕」，请用 Safari 打开本页。',
    shareLabel: '分享',
    addLabel: '添加到主屏幕',
  },
  inApp: {
    heading: '本页是在{app}里打开的',
    body: [
      '{app}不能安装这个应用。',
      '它还可能删掉你在这里保存的记录。',
      '请用手机的浏览器打开本页，再安装。',
    ],
    steps: [
      '点右上角的 ··· 。',
      '点「在浏览器打开」或「用浏览器打开」。iPhone 上是「在 Safari 中打开」。',
    ],
    menuItem: '在浏览器打开',
    copyIntro: '也可以复制网址，粘贴到浏览器里打开：',
    copy: '复制网址',
    copied: '已复制',
    copyFailed: '复制失败：请手动选中网址复制。',
  },
  android: {
    common:
      '名称可能略有不同：找「添加到桌面」「添加至桌面」或「发送到桌面」。再点「添加」或「确定」。',
    permission:
      '桌面上没有图标？打开手机「设置 → 应用 → 浏览器 → 权限」，允许「桌面快捷方式」，再试一次。',
    huawei: {
      heading: '华为 / 荣耀浏览器',
      steps: ['点底部的菜单 ☰ 。', '点「添加至」，再点「桌面」。'],
    },
    xiaomi: {
      heading: '小米浏览器',
      steps: ['点右下角的菜单 ☰ 。', '点「添加到桌面」。可能在「工具箱」里。'],
    },
    oppo: {
      heading: 'OPPO / 一加 / 真我浏览器',
      steps: ['点底部的菜单 ☰ 。', '点「添加到」，再点「桌面」。'],
    },
    vivo: {
      heading: 'vivo 浏览器',
      steps: ['点底部的菜单 ☰ 。', '点「添加到桌面」。可能在「工具箱」里。'],
    },
    qqBrowser: {
      heading: 'QQ 浏览器',
      steps: ['点底部的菜单 ☰ 。', '点「添加到」，再点「桌面」。'],
    },
    uc: {
      heading: 'UC 浏览器',
      steps: ['点底部的菜单 ☰ 。', '点「添加到桌面」；或者先收藏本页，再从收藏里「发送到桌面」。'],
    },
  },
  other: {
    heading: '其他浏览器',
    steps: ['用 Chrome、Edge 或手机自带的浏览器打开本页。', '在菜单里找「添加到桌面」或「安装」。'],
  },
  otherHeading: '其他手机和浏览器',
  offlineNote: '先在有信号时打开一次。之后没有网络也能用。',
  keepData: '记录保存在这台手机的这个浏览器里。清除浏览器数据会删掉它们。',
  back: '回到首页',
};
