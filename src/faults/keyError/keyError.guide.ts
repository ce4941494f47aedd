import type { Guide } from '../types';
import { keyErrorEn, keyErrorZh } from './keyError.content';
import { keyErrorMachine } from './keyError.machine';

export const keyErrorGuide: Guide<typeof keyErrorMachine> = {
  id: 'keyError',
  /**
   * v1: no scam-call check. v2: scam-call check after the exposure check.
   * v3: tamper alarm on the first screen; "did you already give them anything?" after a scam.
   * v4: the tamper alarm has its own stop and end (`stopTampered` → `escalatedTamper`) instead of
   * the key-exposure path; XE ends at `escalatedPinPad`; `alreadyPaid` / `checkCharge` are
   * safety steps (charge).
   */
  version: 4,
  machine: keyErrorMachine,
  content: { zh: keyErrorZh, en: keyErrorEn },
  commonCause: { cause: 'restart / sign-in', remedies: ['restart', 'signIn'] },
};
