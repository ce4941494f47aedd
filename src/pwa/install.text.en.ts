/** Install help (/install) in English; loaded with InstallHelp's chunk (see i18n/featureText.ts). */
import type { Widen } from '../i18n/featureText';

export const installTextEn = {
  heading: 'Install POS Rescue',
  intro: 'Put it on your home screen. It opens like an app and works with no signal.',
  installed: 'POS Rescue is installed on this phone. Open it from the home screen.',
  button: 'Install app',
  accepted: 'Installing. Look for POS Rescue on your home screen.',
  dismissed: 'Not installed. You can still install it from the browser menu:',
  forYou: 'In this browser',
  menu: {
    heading: 'Chrome, Edge and other browsers',
    steps: [
      'Tap the browser menu: ⋮ or ··· .',
      'Tap “Install app” or “Add to Home screen” (安装应用 / 添加到主屏幕).',
      'Tap “Install”.',
    ],
  },
  samsung: {
    heading: 'Samsung Internet',
    steps: ['Tap the menu ≡ at the bottom right.', 'Tap “Add page to”, then “Home screen”.'],
  },
  firefox: {
    heading: 'Firefox',
    steps: ['Tap the menu ⋮.', 'Tap “Install” or “Add to Home screen”.'],
  },
  ios: {
    heading: 'iPhone and iPad (Safari)',
    steps: [
      'Tap Share: the square with an arrow, at the bottom (iPad: top right).',
      'Scroll down. Tap “Add to Home Screen” (添加到主屏幕).',
      'Tap “Add” at the top right.',
    ],
    otherBrowser:
      'Not in Safari? Tap Share in this browser. If “Add to Home Screen” is missing, open this page in Safari.',
    shareLabel: 'Share',
    addLabel: 'Add to Home Screen',
  },
  inApp: {
    heading: 'This page is open inside {app}',
    body: [
      '{app} cannot install this app.',
      'It may also delete what you saved here.',
      'Open this page in your phone’s browser, then install it there.',
    ],
    steps: [
      'Tap ··· at the top right.',
      'Tap “Open in browser” (在浏览器打开 or 用浏览器打开). On iPhone: “Open in Safari”.',
    ],
    menuItem: '在浏览器打开',
    copyIntro: 'Or copy the address and paste it into your browser:',
    copy: 'Copy address',
    copied: 'Copied',
    copyFailed: 'Copy failed: select the address and copy it by hand.',
  },
  android: {
    common:
      'The name may differ a little: look for 添加到桌面, 添加至桌面 or 发送到桌面. Confirm with 添加 or 确定.',
    permission:
      'No icon on the home screen? Open Settings → Apps → your browser → Permissions. Allow “Home screen shortcuts” (桌面快捷方式), then try again.',
    huawei: {
      heading: 'Huawei / Honor browser',
      steps: ['Tap the menu ☰ at the bottom.', 'Tap 添加至 (Add to), then 桌面 (Home screen).'],
    },
    xiaomi: {
      heading: 'Xiaomi browser',
      steps: [
        'Tap the menu ☰ at the bottom right.',
        'Tap 添加到桌面 (Add to home screen). It may be under 工具箱 (Toolbox).',
      ],
    },
    oppo: {
      heading: 'OPPO / OnePlus / realme browser',
      steps: ['Tap the menu ☰ at the bottom.', 'Tap 添加到 (Add to), then 桌面 (Home screen).'],
    },
    vivo: {
      heading: 'vivo browser',
      steps: [
        'Tap the menu ☰ at the bottom.',
        'Tap 添加到桌面 (Add to home screen). It may be under 工具箱 (Toolbox).',
      ],
    },
    qqBrowser: {
      heading: 'QQ Browser',
      steps: ['Tap the menu ☰ at the bottom.', 'Tap 添加到 (Add to), then 桌面 (Home screen).'],
    },
    uc: {
      heading: 'UC Browser',
      steps: [
        'Tap the menu ☰ at the bottom.',
        'Tap 添加到桌面 (Add to home screen), or bookmark the page first and send it to the home screen from the bookmarks.',
      ],
    },
  },
  other: {
    heading: 'Another browser',
    steps: [
      'Open this page in Chrome, Edge or your phone’s own browser.',
      'In its menu, look for “Add to home screen” or “Install”.',
    ],
  },
  otherHeading: 'Other phones and browsers',
  offlineNote: 'Open it once with signal. After that it works with no network.',
  keepData:
    'Your records stay in this browser on this phone. Clearing the browser’s data deletes them.',
  back: 'Back to start',
} as const;

export type InstallText = Widen<typeof installTextEn>;
