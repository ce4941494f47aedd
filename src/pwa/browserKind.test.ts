import { describe, expect, it } from 'vitest';
import { classifyBrowser, type BrowserKind } from './browserKind';

/** Real user-agent strings, as sent by the browsers on phones (one per row). */
const cases: [string, BrowserKind, string][] = [
  // WeChat (Android with Tencent's XWEB, iPhone), WeCom
  [
    'WeChat Android',
    'wechat',
    'Mozilla/5.0 (Linux; Android 13; 22081212C Build/TKQ1.220829.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MMWEBSDK/20230303 MMWEBID/6973 MicroMessenger/8.0.34.2340(0x2800225B) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  ],
  [
    'WeChat Android (X5 engine, MQQBrowser inside)',
    'wechat',
    'Mozilla/5.0 (Linux; Android 9; MI 8 Build/PKQ1.180729.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/66.0.3359.126 MQQBrowser/6.2 TBS/045223 Mobile Safari/537.36 MMWEBID/2373 MicroMessenger/7.0.12.1620(0x27000C36) Process/tools NetType/4G Language/zh_CN ABI/arm64',
  ],
  [
    'WeChat iPhone',
    'wechat',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.31(0x18001f2e) NetType/4G Language/en',
  ],
  [
    'WeCom (企业微信) Android',
    'wechat',
    'Mozilla/5.0 (Linux; Android 12; V2134A Build/SP1A.210812.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/101.0.4951.74 Mobile Safari/537.36 wxwork/4.1.6 MicroMessenger/7.0.1 NetType/WIFI Language/zh ColorScheme/Light',
  ],
  // QQ app
  [
    'QQ Android',
    'qq',
    'Mozilla/5.0 (Linux; Android 10; MI 8 Build/QKQ1.190910.002; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/109.0.5414.86 MQQBrowser/6.2 TBS/046715 Mobile Safari/537.36 V1_AND_SQ_8.9.78_4548_YYB_D QQ/8.9.78.12275 NetType/WIFI WebP/0.3.0 AppId/537175315 Pixel/1080 StatusBarHeight/82 SimpleUISwitch/0 QQTheme/2099',
  ],
  [
    'QQ iPhone',
    'qq',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 12_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/16A366 QQ/7.7.8.421 V1_IPH_SQ_7.7.8_1_APP_A Pixel/750 Core/UIWebView Device/Apple(iPhone 8) NetType/WIFI QBWebViewType/1',
  ],
  // Other in-app browsers
  [
    'Alipay Android',
    'inApp',
    'Mozilla/5.0 (Linux; U; Android 12; zh-CN; PGBM10 Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.59 Mobile Safari/537.36 UCBS/3.22.2.59_230817175331 ChannelId(1) NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:360|0|3.0) AliApp(AP/10.5.26.8000) AlipayClient/10.5.26.8000 Language/zh-Hans useStatusBar/true isConcaveScreen/true Region/CNAriver/1.0.0',
  ],
  [
    'DingTalk Android',
    'inApp',
    'Mozilla/5.0 (Linux; U; Android 11; zh-CN; M2011K2C Build/RKQ1.200928.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.1.233 Mobile Safari/537.36 AliApp(DingTalk/6.5.50) com.alibaba.android.rimet/28026094 Channel/700159 language/zh-CN abi/64 UT4Aplus/0.2.25 colorScheme/light',
  ],
  // iOS
  [
    'Safari iPhone',
    'iosSafari',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  ],
  [
    'Chrome iPhone',
    'iosOther',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  ],
  [
    'Edge iPhone',
    'iosOther',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/125.2535.85 Mobile/15E148 Safari/605.1.15',
  ],
  // Chinese phone makers' browsers
  [
    'Huawei browser (HarmonyOS 2)',
    'huawei',
    'Mozilla/5.0 (Linux; Android 10; HarmonyOS; NOH-AN00; HMSCore 6.13.0.352) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/15.0.4.302 Mobile Safari/537.36',
  ],
  [
    'Huawei browser (EMUI)',
    'huawei',
    'Mozilla/5.0 (Linux; Android 10; TAS-AN00) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/88.0.4324.93 HuaweiBrowser/11.1.1.301 Mobile Safari/537.36 HarmonyOS/2.0.0',
  ],
  [
    'HarmonyOS NEXT browser (ArkWeb)',
    'huawei',
    'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
  ],
  [
    'Xiaomi browser',
    'xiaomi',
    'Mozilla/5.0 (Linux; U; Android 13; zh-cn; Redmi Note 12 Build/TKQ1.221114.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.5993.80 Mobile Safari/537.36 XiaoMi/MiuiBrowser/14.28.0-gn',
  ],
  [
    'OPPO browser',
    'oppo',
    'Mozilla/5.0 (Linux; U; Android 11; zh-cn; PDRM00 Build/RKQ1.200903.002) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/70.0.3538.80 Mobile Safari/537.36 HeyTapBrowser/40.7.27.2',
  ],
  [
    'vivo browser',
    'vivo',
    'Mozilla/5.0 (Linux; Android 14; V2314A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/87.0.4280.141 Mobile Safari/537.36 VivoBrowser/19.3.1.0',
  ],
  [
    'QQ Browser',
    'qqBrowser',
    'Mozilla/5.0 (Linux; U; Android 7.1.1; zh-cn; vivo X9 Build/NMF26F) AppleWebKit/537.36 (KHTML, like Gecko)Version/4.0 Chrome/37.0.0.0 MQQBrowser/7.9 Mobile Safari/537.36',
  ],
  [
    'UC Browser',
    'uc',
    'Mozilla/5.0 (Linux; U; Android 4.4.2; en-US; HM NOTE 1W Build/KOT49H) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 UCBrowser/11.0.5.850 U3/0.8.0 Mobile Safari/534.30',
  ],
  // Installable through beforeinstallprompt
  [
    'Samsung Internet',
    'samsung',
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  ],
  [
    'Chrome Android',
    'chromium',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  ],
  [
    'Edge Android',
    'chromium',
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 EdgA/126.0.2592.61',
  ],
  [
    'Chrome Windows',
    'chromium',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  ],
  [
    'Firefox Android',
    'firefox',
    'Mozilla/5.0 (Android 13; Mobile; rv:109.0) Gecko/114.0 Firefox/114.0',
  ],
  ['unknown', 'other', 'SomeBrowser/1.0'],
  ['empty', 'other', ''],
];

describe('classifyBrowser', () => {
  it.each(cases)('%s → %s', (_name, kind, ua) => {
    expect(classifyBrowser(ua).kind).toBe(kind);
  });

  it('marks the in-app browsers (cannot install, may lose storage)', () => {
    for (const [, kind, ua] of cases) {
      expect(classifyBrowser(ua).inApp).toBe(
        kind === 'wechat' || kind === 'qq' || kind === 'inApp',
      );
    }
  });

  it('knows iOS and Android', () => {
    const ua = (name: string) => cases.find((c) => c[0] === name)![2];
    expect(classifyBrowser(ua('Safari iPhone'))).toMatchObject({ ios: true, android: false });
    expect(classifyBrowser(ua('WeChat iPhone'))).toMatchObject({ ios: true, inApp: true });
    expect(classifyBrowser(ua('Xiaomi browser'))).toMatchObject({ ios: false, android: true });
  });

  it('takes a Mac with a touch screen for an iPad (iPadOS Safari claims to be a Mac)', () => {
    const mac =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
    expect(classifyBrowser(mac, 5)).toMatchObject({ kind: 'iosSafari', ios: true });
    expect(classifyBrowser(mac, 0)).toMatchObject({ kind: 'other', ios: false });
  });
});
