/**
 * The one explicit list of faults. What the home screen and the search need is here, eagerly
 * (small); each guide's machine and text load lazily with `load()`.
 * A fourth fault: a new folder exporting a `Guide`, plus one entry below.
 */
import type { ChoiceEvent, FaultId, Guide, Lang, Prevention } from './types';

export interface FaultEntry {
  id: FaultId;
  /** The message exactly as the terminal shows it. */
  terminalMessage: string;
  /** Title and one-line meaning, per language. */
  title: Record<Lang, string>;
  meaning: Record<Lang, string>;
  /** Words of the message or of its description that find this guide in search. */
  keywords: string[];
  /** Host response codes that lead to this guide, and the answer they give to its first question. */
  codes: { code: string; event: ChoiceEvent }[];
  load: () => Promise<Guide>;
  /** Prevention advice, for the prevention page (lazily: it is not on the counter path). */
  loadPrevention: () => Promise<Prevention>;
}

export const faults: readonly FaultEntry[] = [
  {
    id: 'keyError',
    terminalMessage: '密钥错误，请重新启动客户端',
    title: { zh: '密钥错误', en: 'Key error' },
    meaning: {
      zh: '终端的加密密钥出错，刷卡交易暂时无法进行。',
      en: '“Key error, please restart the client”: the terminal’s encryption key is wrong.',
    },
    keywords: [
      '密钥',
      '重新启动客户端',
      '客户端',
      '签到',
      '校验错',
      'key',
      'restart the client',
      'sign in',
      'sign-in',
      'mac',
      'check error',
    ],
    codes: [
      { code: 'A0', event: 'screen.a0' },
      { code: '99', event: 'screen.99' },
      { code: 'XE', event: 'screen.xe' },
    ],
    load: () => import('./keyError/keyError.guide').then((m) => m.keyErrorGuide),
    loadPrevention: () =>
      import('./keyError/keyError.prevention').then((m) => m.keyErrorPrevention),
  },
  {
    id: 'securityLock',
    terminalMessage: '安全锁定',
    title: { zh: '安全锁定', en: 'Security lock' },
    meaning: {
      zh: '终端把自己锁住了，不能交易。',
      en: '“Security locked”: the terminal has locked itself and takes no payments.',
    },
    keywords: [
      '安全锁定',
      '锁定',
      '锁机',
      '锁',
      '解锁',
      '远程锁定',
      '移机',
      '拆机',
      '系统升级',
      '维护',
      'tamper',
      'tampered',
      'alert irruption',
      'irruption',
      'locked',
      'lock',
      'unlock',
      'security',
      'maintenance',
      'relocation',
    ],
    codes: [],
    load: () => import('./securityLock/securityLock.guide').then((m) => m.securityLockGuide),
    loadPrevention: () =>
      import('./securityLock/securityLock.prevention').then((m) => m.securityLockPrevention),
  },
  {
    id: 'pinEntry',
    terminalMessage: '无法输入密码',
    title: { zh: '无法输入密码', en: 'Cannot enter the PIN' },
    meaning: {
      zh: '顾客在密码键盘上输不进密码，或按键没反应。',
      en: 'The customer cannot type the PIN on the PIN pad, or the keys do nothing.',
    },
    keywords: [
      '无法输入密码',
      '输入密码',
      '请输入密码',
      '密码错误',
      '输不了密码',
      '密码键盘',
      '清除键',
      '按键',
      '没反应',
      '通讯失败',
      'pin',
      'pin pad',
      'pinpad',
      'keypad',
      'password',
      'keys',
      'cannot enter',
      'wrong pin',
      'not responding',
    ],
    codes: [{ code: 'Y5', event: 'screen.y5' }],
    load: () => import('./pinEntry/pinEntry.guide').then((m) => m.pinEntryGuide),
    loadPrevention: () =>
      import('./pinEntry/pinEntry.prevention').then((m) => m.pinEntryPrevention),
  },
];

export function faultById(id: string): FaultEntry | undefined {
  return faults.find((f) => f.id === id);
}

const guideCache = new Map<FaultId, Promise<Guide>>();

/** A fault's guide (machine + text), its chunk loaded once; a failed load is tried again next time. */
export function loadGuide(fault: FaultId): Promise<Guide> {
  let p = guideCache.get(fault);
  if (!p) {
    const entry = faultById(fault);
    if (!entry) return Promise.reject(new Error(`unknown fault ${fault}`));
    p = entry.load();
    p.catch(() => guideCache.delete(fault)); // a failed chunk load may succeed later
    guideCache.set(fault, p);
  }
  return p;
}
