import type { Guide } from '../types';
import { pinEntryEn, pinEntryZh } from './pinEntry.content';
import { pinEntryFacts } from './pinEntry.facts';
import { pinEntryMachine } from './pinEntry.machine';

export const pinEntryGuide: Guide<typeof pinEntryMachine> = {
  id: 'pinEntry',
  /**
   * v1: first version.
   * v2: scam-call check after the tamper check (`scamCall` → `scamWarning` → `scamGaveInfo` →
   * `scamReport` → `escalatedScam`); Y5 ends at `escalatedPinPad` (the provider), no longer at
   * China Mobile; `alreadyPaid`, `checkCharge`, `display`, `keypad` are safety steps.
   * v3 (guides v2, the counter path): 「密码错误」 is an info step (`wrongPinInfo`); the scam check
   * after the first aid; `lookCheck`, `screenGone`; keypad and network questions split
   * (`pinPadStars`, `shopOnline`, …); "China Mobile?" asked once before a hand-off (`carrier`);
   * no provider remedy before the one call; `tried`.
   * v4: a tamper alarm on the first question (`screen.tampered` → `stopUsing` →
   * `escalatedTamper`), as in the security-lock and key-error guides: a terminal that shows
   * "Tampered" or "Alert Irruption!" has erased its keys, so it stops at once instead of going
   * through "something else" and the tamper question. Every v3 answer still fits.
   * v5 (guides v3, issue 19): after `clearKey`, `cancelRestart` (cancel the sale, push the
   * external PIN pad's cable in, restart, start the sale again), first aid, before the scam check
   * and any repair; `wrongPinInfo` "the customer has no other card" (`answer.unsure`) →
   * `noOtherCard` (pay by QR or cash; resolved); `config` gone (its three answers led to the same
   * place: the provider checks limits and settings on the one call), `network` / its fixes →
   * `carrier`; "not sure" after the 10-second look with nothing seen goes on to the cheap
   * remedies, the doubt remembered (context `doubt`): a fixed run with it ends at
   * `resolvedTellProvider` (send the provider the record). Changed after the second reader,
   * before v5 was released (the doubt's end, too): the clear key first, on the live PIN screen
   * (`tamperCheck` / `lookCheck` → `clearKey`), then the charge check before a sale is started
   * again (`clearKey` → `wasCharged` → `cancelRestart`; recorded as successful: `alreadyPaid` →
   * `resolved`, the PIN did go in); Y5: `wasCharged` → `pinPadCable` as before.
   * Also in v5, before any release: `shopOnline` "do not know" → `fixTerminalLink` (the router
   * only on a clear "they are offline too"; review of issue 18).
   */
  version: 5,
  machine: pinEntryMachine,
  facts: pinEntryFacts,
  content: { zh: pinEntryZh, en: pinEntryEn },
  commonCause: {
    cause: 'clear key, then cancel and restart',
    firstAnswer: 'screen.noResponse',
    remedies: ['clearKey', 'cancelRestart'],
  },
};
