/**
 * Fault 2 — 「安全锁定」 (security lock). Pure: no text, no side effects, no context (nothing
 * branches on an earlier answer, so there is nothing to remember).
 * Order: what the screen says → (75 / 38: the customer's bank, not the terminal) →
 * safety (tamper, scam call; a merchant who already gave a scammer something stops here) → was
 * the customer charged → cause checks, most common first, each
 * with its remedy: wrong passwords (reset) → update / maintenance (wait, ask the provider) →
 * relocation (move it back) → network (check what the provider says) → hardware (repair) →
 * the provider (remote lock, unlock).
 * The stop-card remedies (`stopUsing`, `scamReport`) come before `wasCharged` on purpose:
 * stopping card payments never risks a second charge, and `stopUsing` says to check the bank SMS.
 */
import { setup } from 'xstate';
import { chargeSteps, scamSteps } from '../shared/safetySteps';
import type { GuideEvent, StepMeta } from '../types';

export const securityLockMachine = setup({
  types: {
    events: {} as GuideEvent,
    meta: {} as StepMeta,
  },
}).createMachine({
  id: 'securityLock',
  initial: 'screen',
  states: {
    screen: {
      meta: {
        kind: 'question',
        choices: [
          'screen.securityLock',
          'screen.alertIrruption',
          'screen.tampered',
          'screen.pinTries',
          'screen.other',
        ],
      },
      on: {
        'screen.securityLock': 'tamperCheck',
        // Tamper alarms (Ingenico, Adyen): keys are erased, no counter step can help.
        'screen.alertIrruption': 'stopUsing',
        'screen.tampered': 'stopUsing',
        'screen.pinTries': 'customerPinTries',
        'screen.other': 'tamperCheck',
      },
    },
    /**
     * 75 / 38 「密码输入次数超限」: the cardholder's PIN tries are used up at the card issuer.
     * The terminal is not locked and not faulty, so this is not an escalation: the merchant has
     * nobody to call, and `callFirst` ('bank') would tell them to call a bank about their
     * terminal. The run ends `resolved` in the honest sense that nothing is left to do at the
     * terminal (`notTerminalFault`); the customer deals with their own bank.
     */
    customerPinTries: {
      meta: { kind: 'info', choices: ['next'], calls: ['customerBank'] },
      on: { next: 'notTerminalFault' },
    },
    tamperCheck: {
      tags: ['safety'],
      meta: {
        kind: 'question',
        choices: ['answer.yes', 'answer.no', 'answer.unsure'],
        safety: 'tamper',
      },
      on: { 'answer.yes': 'stopUsing', 'answer.unsure': 'stopUsing', 'answer.no': 'scamCall' },
    },
    stopUsing: {
      tags: ['safety', 'stopCardPayments'],
      meta: { kind: 'remedy', who: 'you', choices: ['next'], safety: 'tamper' },
      on: { next: 'escalatedTamper' },
    },
    ...scamSteps(),
    ...chargeSteps('wrongPasswords'),
    wrongPasswords: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: {
        'answer.yes': 'passwordReset',
        'answer.no': 'updateNotice',
        'answer.unsure': 'updateNotice',
      },
    },
    passwordReset: {
      meta: {
        kind: 'remedy',
        who: 'provider',
        choices: ['fixed.yes', 'fixed.no'],
        calls: ['provider'],
      },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'updateNotice' },
    },
    updateNotice: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: { 'answer.yes': 'waitForUpdate', 'answer.no': 'moved', 'answer.unsure': 'moved' },
    },
    waitForUpdate: {
      meta: {
        kind: 'remedy',
        who: 'provider',
        choices: ['fixed.yes', 'fixed.no'],
        calls: ['provider'],
      },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'moved' },
    },
    moved: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: {
        'answer.yes': 'moveBack',
        'answer.no': 'networkCheck',
        'answer.unsure': 'networkCheck',
      },
    },
    moveBack: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedRelocation' },
    },
    networkCheck: {
      meta: { kind: 'question', choices: ['answer.yes', 'answer.no', 'answer.unsure'] },
      on: {
        'answer.yes': 'checkConnection',
        'answer.unsure': 'checkConnection',
        'answer.no': 'hardwareCheck',
      },
    },
    checkConnection: {
      meta: { kind: 'remedy', who: 'you', choices: ['fixed.yes', 'fixed.no'] },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'hardwareCheck' },
    },
    /** A wrong answer either sends a repairable lock to repair or keeps broken hardware in use. */
    hardwareCheck: {
      tags: ['safety'],
      meta: {
        kind: 'question',
        choices: ['answer.yes', 'answer.no', 'answer.unsure'],
        safety: 'counterFix',
      },
      on: {
        'answer.yes': 'escalatedHardware',
        'answer.no': 'providerUnlock',
        'answer.unsure': 'providerUnlock',
      },
    },
    providerUnlock: {
      meta: {
        kind: 'remedy',
        who: 'provider',
        choices: ['fixed.yes', 'fixed.no'],
        calls: ['provider'],
      },
      on: { 'fixed.yes': 'resolved', 'fixed.no': 'escalatedProvider' },
    },
    resolved: { type: 'final', meta: { kind: 'end', outcome: 'resolved' } },
    /** 75 / 38: see `customerPinTries`. Resolved, no `callFirst`: nothing to escalate. */
    notTerminalFault: { type: 'final', meta: { kind: 'end', outcome: 'resolved' } },
    escalatedTamper: {
      type: 'final',
      tags: ['stopCardPayments'],
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
    escalatedRelocation: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
    escalatedHardware: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
    escalatedProvider: {
      type: 'final',
      meta: {
        kind: 'end',
        outcome: 'escalated',
        callFirst: 'provider',
        calls: ['provider', 'complaint12363'],
      },
    },
  },
});
