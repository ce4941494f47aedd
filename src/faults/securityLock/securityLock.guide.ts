import type { Guide } from '../types';
import { securityLockEn, securityLockZh } from './securityLock.content';
import { securityLockMachine } from './securityLock.machine';

export const securityLockGuide: Guide<typeof securityLockMachine> = {
  id: 'securityLock',
  /**
   * v1: first version.
   * v2: "did you already give them anything?" after the scam warning (`scamGaveInfo` →
   * `scamReport` → `escalatedScam`); `alreadyPaid`, `checkCharge`, `hardwareCheck` are safety steps.
   * v3 (guides v2, the counter path): 「系统升级中／维护中」 on the first screen (`waitForUpdate`,
   * `upgradeLater`); one tamper choice; every look-only check on one screen (`lookChecks`) before
   * ONE provider call (`passwordReset` or `callProvider`); `lookCheck`, `screenGone`; `tried`.
   * v4 (guides v3, issue 19): "not sure" after the 10-second look with nothing seen goes on
   * (`lookCheck` → `wasCharged`), the doubt in the packet.
   */
  version: 4,
  machine: securityLockMachine,
  content: { zh: securityLockZh, en: securityLockEn },
  commonCause: { cause: 'password reset', remedies: ['passwordReset'] },
};
