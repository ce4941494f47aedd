import type { Guide } from '../types';
import { securityLockEn, securityLockZh } from './securityLock.content';
import { securityLockMachine } from './securityLock.machine';

export const securityLockGuide: Guide<typeof securityLockMachine> = {
  id: 'securityLock',
  /**
   * v1: first version.
   * v2: "did you already give them anything?" after the scam warning (`scamGaveInfo` →
   * `scamReport` → `escalatedScam`); `alreadyPaid`, `checkCharge`, `hardwareCheck` are safety steps.
   */
  version: 2,
  machine: securityLockMachine,
  content: { zh: securityLockZh, en: securityLockEn },
  commonCause: { cause: 'password reset', remedies: ['passwordReset'] },
};
