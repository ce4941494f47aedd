import type { Guide } from '../types';
import { securityLockEn, securityLockZh } from './securityLock.content';
import { securityLockFacts } from './securityLock.facts';
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
   * v4 (guides v3, issue 19): the most common cause asked third, right after the tamper check
   * (`wrongPasswords`, "stop trying"), a yes straight to the reset call (`passwordReset`), a no
   * to `lookChecks` → scam → `hardwareCheck` → `callProvider`; the charge check once unlocked,
   * before the next card (every fix → `wasCharged` → `resolved`); `screen.upgrading` →
   * `waitForUpdate` (30 minutes; "finished but locked" `answer.no` → `tamperCheck`, "still
   * upgrading" `answer.unsure` → `upgradeLater`, the one call: when does it end?), no `tried` on a
   * wait; "not sure" after the 10-second look with nothing seen goes on (`lookCheck` →
   * `wrongPasswords`) and is remembered (context `doubt`, the only context): a fixed run with it
   * ends at `resolvedTellProvider` (send the provider the record), and the call script says it
   * (second reader, before v4 was released).
   */
  version: 4,
  machine: securityLockMachine,
  facts: securityLockFacts,
  content: { zh: securityLockZh, en: securityLockEn },
  commonCause: {
    cause: 'wrong passwords: the reset call',
    firstAnswer: 'screen.securityLock',
    remedies: ['passwordReset'],
  },
};
