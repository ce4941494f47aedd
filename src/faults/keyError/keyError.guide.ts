import type { Guide } from '../types';
import { keyErrorEn, keyErrorZh } from './keyError.content';
import { keyErrorFacts } from './keyError.facts';
import { keyErrorMachine } from './keyError.machine';

export const keyErrorGuide: Guide<typeof keyErrorMachine> = {
  id: 'keyError',
  /**
   * v1: no scam-call check. v2: scam-call check after the exposure check.
   * v3: tamper alarm on the first screen; "did you already give them anything?" after a scam.
   * v4: the tamper alarm has its own stop and end (`stopTampered` → `escalatedTamper`) instead of
   * the key-exposure path; XE ends at `escalatedPinPad`; `alreadyPaid` / `checkCharge` are
   * safety steps (charge).
   * v5 (guides v2, the counter path): the first aid within three questions (the scam check moves
   * after it); "the message is gone" (`screenGone`); a 10-second look when unsure (`lookCheck`);
   * the network question split (`network`, `shopOnline`, `fixRouter`, `fixTerminalLink`);
   * "I already tried this" (`tried`) on every fix.
   * v6 (guides v3, issue 19): the most common cause's remedies within three questions: `restart`
   * → `signIn` at once (A0 / 99: `signIn` → `restart`), then the scam check; the network checks
   * after a failed sign-in (`network` yes → `environment`; `fixRouter` / `fixTerminalLink` end
   * with a sign-in again, → `environment`). "Not sure" after the 10-second look with nothing
   * seen still stops card payments (`lookCheck` → `stopCards` → `escalatedKeyExposed`, as in v5):
   * the key may be exposed, so no card is taken on it until the provider has checked it — a key
   * check, not a replacement (second reader of guides v3, before v6 was released).
   * Also in v6, before any release: `shopOnline` "do not know" → `fixTerminalLink` (the router
   * only on a clear "they are offline too"; review of issue 18).
   */
  version: 6,
  machine: keyErrorMachine,
  facts: keyErrorFacts,
  content: { zh: keyErrorZh, en: keyErrorEn },
  commonCause: {
    cause: 'restart, then sign-in',
    firstAnswer: 'screen.keyError',
    remedies: ['restart', 'signIn'],
  },
};
