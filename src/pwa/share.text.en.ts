/**
 * "Put it on every staff phone" (pwa/ShareApp.tsx, a section of settings) in English; loaded with
 * its chunk (see i18n/featureText.ts). The WeChat caveat and the copy failure are install help's
 * own words (install.text.*.ts), not repeated here.
 */
import type { Widen } from '../i18n/featureText';

export const shareTextEn = {
  heading: 'Put it on every staff phone',
  intro: 'On another phone, open the camera and point it at this code. POS Rescue opens there.',
  qrLabel: 'QR code of this app’s address: {url}',
  making: 'Drawing the code…',
  failed: 'The code could not be drawn. Share the address instead.',
  address: 'The app’s address',
  share: 'Share the address',
  copy: 'Copy the address',
  copied: 'Address copied. Paste it into a chat, or into the other phone’s browser.',
  thenHeading: 'Then, on that phone, put it on the home screen',
  android: 'Android: tap the browser menu (⋮ or ☰), then “Add to Home screen” (添加到桌面).',
  iphone: 'iPhone: open it in Safari, tap {share}, then “{add}”.',
  wechat: 'Scanned with {app}? Then it opens inside {app}:',
  moreHelp: 'More help with installing',
} as const;

export type ShareText = Widen<typeof shareTextEn>;
