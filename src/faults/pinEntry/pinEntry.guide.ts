import type { Guide } from '../types';
import { pinEntryEn, pinEntryZh } from './pinEntry.content';
import { pinEntryMachine } from './pinEntry.machine';

export const pinEntryGuide: Guide<typeof pinEntryMachine> = {
  id: 'pinEntry',
  /**
   * v1: first version.
   * v2: scam-call check after the tamper check (`scamCall` → `scamWarning` → `scamGaveInfo` →
   * `scamReport` → `escalatedScam`); Y5 ends at `escalatedPinPad` (the provider), no longer at
   * China Mobile; `alreadyPaid`, `checkCharge`, `display`, `keypad` are safety steps.
   */
  version: 2,
  machine: pinEntryMachine,
  content: { zh: pinEntryZh, en: pinEntryEn },
  commonCause: { cause: 'clear key', remedies: ['clearKey'] },
};
