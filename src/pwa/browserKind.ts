/**
 * Which browser the page runs in, from the user-agent string alone (pure; unit-tested over real
 * UA strings), so the install help can show the steps that work there.
 *
 * Order matters: WeChat's and QQ's in-app browsers on Android carry "MQQBrowser" (Tencent's X5
 * engine) and "Chrome/"; Huawei's, Xiaomi's, OPPO's and vivo's browsers carry "Chrome/" too;
 * every iOS browser is Safari underneath.
 */

export type BrowserKind =
  /** WeChat (and WeCom) in-app browser: cannot install, may lose stored data. */
  | 'wechat'
  /** QQ's in-app browser: same. */
  | 'qq'
  /** Another app's in-app browser (Alipay, DingTalk, Weibo, Douyin, Feishu): same. */
  | 'inApp'
  | 'iosSafari'
  /** Chrome, Edge, Firefox… on iPhone/iPad: Add to Home Screen via Share (iOS 16.4+), or Safari. */
  | 'iosOther'
  | 'huawei'
  | 'xiaomi'
  | 'oppo'
  | 'vivo'
  | 'qqBrowser'
  | 'uc'
  | 'samsung'
  /** Chrome, Edge and other Chromium browsers that offer "Install app" (beforeinstallprompt). */
  | 'chromium'
  | 'firefox'
  | 'other';

export interface BrowserInfo {
  kind: BrowserKind;
  /** In-app browsers: the page cannot be installed there and storage may be cleared. */
  inApp: boolean;
  ios: boolean;
  android: boolean;
}

const IN_APP_KINDS: readonly BrowserKind[] = ['wechat', 'qq', 'inApp'];

/**
 * @param maxTouchPoints iPadOS 13+ Safari claims to be a Mac; a Mac with touch is an iPad.
 */
export function classifyBrowser(ua: string, maxTouchPoints = 0): BrowserInfo {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(ua) || (/\bMacintosh\b/.test(ua) && maxTouchPoints > 1);
  const android = /\bAndroid\b/i.test(ua) || /\bHarmonyOS\b|\bOpenHarmony\b/i.test(ua);
  const kind = kindOf(ua, ios);
  return { kind, inApp: IN_APP_KINDS.includes(kind), ios, android };
}

function kindOf(ua: string, ios: boolean): BrowserKind {
  if (/MicroMessenger\//i.test(ua) || /\bwxwork\//i.test(ua)) return 'wechat';
  // QQ app: " QQ/8.9.x" and V1_AND_SQ_ (Android) or V1_IPH_SQ_ (iOS); QQ Browser is "MQQBrowser/".
  if (/(^|[\s;(])QQ\/\d/.test(ua) || /V1_(AND|IPH)_SQ_/.test(ua)) return 'qq';
  if (
    /AlipayClient|DingTalk|\bWeibo\b|__weibo__|\baweme\b|BytedanceWebview|\bLark\/|Feishu/i.test(ua)
  ) {
    return 'inApp';
  }
  if (ios) {
    if (/CriOS|FxiOS|EdgiOS|OPiOS|MQQBrowser|UCBrowser|Quark|baiduboxapp|\bGSA\//.test(ua)) {
      return 'iosOther';
    }
    return 'iosSafari';
  }
  if (/HuaweiBrowser|HonorBrowser/i.test(ua)) return 'huawei';
  if (/MiuiBrowser/i.test(ua)) return 'xiaomi';
  if (/HeyTapBrowser|OppoBrowser/i.test(ua)) return 'oppo';
  if (/VivoBrowser/i.test(ua)) return 'vivo';
  if (/MQQBrowser/i.test(ua)) return 'qqBrowser';
  if (/UCBrowser|\bUCWEB/i.test(ua)) return 'uc';
  if (/SamsungBrowser/i.test(ua)) return 'samsung';
  // HarmonyOS NEXT: the system browser (Huawei's) has the plain ArkWeb user agent.
  if (/\bArkWeb\//.test(ua)) return 'huawei';
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrome\/|Chromium\/|EdgA?\//.test(ua)) return 'chromium';
  return 'other';
}

/** The current browser (in the app). */
export function currentBrowser(): BrowserInfo {
  if (typeof navigator === 'undefined') return classifyBrowser('');
  return classifyBrowser(navigator.userAgent, navigator.maxTouchPoints ?? 0);
}
