/**
 * The one explicit list of faults, and the only one: the `FaultId` type, the route /guide/<id>,
 * the backup and practice-file schemas, the manifest shortcuts, the month statistics, practice's
 * scenarios and the bench all derive from it. What the home screen and the search need is here,
 * eagerly (small: it is on the first path); everything else loads lazily with `load*()`.
 * Another fault: a new folder `<id>/` (machine, content, guide, scenarios, prevention), plus one
 * entry below.
 */
import type { Scenario } from './scenario';
import type { ChoiceEvent, Guide, Lang, Prevention } from './types';

export interface FaultEntry<Id extends string = FaultId> {
  /** Stable: in addresses (/guide/<id>), stored incidents, backups and practice files. */
  id: Id;
  /** The message exactly as the terminal shows it. */
  terminalMessage: string;
  /** Title and one-line meaning, per language. */
  title: Record<Lang, string>;
  meaning: Record<Lang, string>;
  /** Words of the message or of its description that find this guide in search. */
  keywords: readonly string[];
  /** Host response codes that lead to this guide, and the answer they give to its first question. */
  codes: readonly { code: string; event: ChoiceEvent }[];
  /** The guide: machine and text, in both languages. */
  load: () => Promise<Guide>;
  /** Prevention advice, for the prevention page (lazily: it is not on the counter path). */
  loadPrevention: () => Promise<Prevention>;
  /** Practice mode's made-up incidents of this fault (lazily: practice only). */
  loadScenarios: () => Promise<readonly Scenario[]>;
}

/** What the rest of the app reads: the list and the lookups over it. */
export interface Registry<Id extends string> {
  faults: readonly FaultEntry<Id>[];
  /** The ids, in the registry's order. */
  faultIds: readonly Id[];
  faultById: (id: string) => FaultEntry<Id> | undefined;
  isFaultId: (id: unknown) => id is Id;
  /** A fault's guide (machine + text), its chunk loaded once; a failed load is tried again next time. */
  loadGuide: (id: Id) => Promise<Guide>;
}

/**
 * The registry over a list of entries. The app's is `createRegistry(<the list below>)`; a test
 * that adds a fault (tests/unit/fourthFault.test.tsx) builds one over the same list plus its own
 * entry and puts it in this module's place, so every consumer sees it exactly as a real entry.
 */
export function createRegistry<const E extends readonly FaultEntry<string>[]>(
  entries: E,
): Registry<E[number]['id']> {
  type Id = E[number]['id'];
  const list = entries as readonly FaultEntry<Id>[];
  const faultIds = list.map((f) => f.id);
  const faultById = (id: string) => list.find((f) => f.id === id);
  const guideCache = new Map<string, Promise<Guide>>();
  return {
    faults: list,
    faultIds,
    faultById,
    isFaultId: (id: unknown): id is Id => typeof id === 'string' && faultById(id) !== undefined,
    loadGuide: (id) => {
      let p = guideCache.get(id);
      if (!p) {
        const entry = faultById(id);
        if (!entry) return Promise.reject(new Error(`unknown fault ${id}`));
        p = entry.load();
        p.catch(() => guideCache.delete(id)); // a failed chunk load may succeed later
        guideCache.set(id, p);
      }
      return p;
    },
  };
}

const registry = createRegistry([
  {
    id: 'keyError',
    terminalMessage: '密钥错误，请重新启动客户端',
    title: { zh: '密钥错误', en: 'Key error' },
    meaning: {
      zh: 'POS机的加密密钥出错，刷卡交易暂时无法进行。',
      en: 'The terminal’s encryption key is wrong; card payments cannot go through for now.',
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
    loadScenarios: () => import('./keyError/keyError.scenarios').then((m) => m.keyErrorScenarios),
  },
  {
    id: 'securityLock',
    terminalMessage: '安全锁定',
    title: { zh: '安全锁定', en: 'Security lock' },
    meaning: {
      zh: 'POS机把自己锁住了，不能交易。',
      en: 'The terminal has locked itself and takes no payments.',
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
    loadScenarios: () =>
      import('./securityLock/securityLock.scenarios').then((m) => m.securityLockScenarios),
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
    loadScenarios: () => import('./pinEntry/pinEntry.scenarios').then((m) => m.pinEntryScenarios),
  },
  {
    id: 'commFailure',
    terminalMessage: '通讯失败',
    title: { zh: '通讯失败', en: 'Communication failure' },
    meaning: {
      zh: 'POS机连不上银行的系统，刷卡发不出去。',
      en: 'The terminal cannot reach the bank’s system, so card payments cannot be sent.',
    },
    keywords: [
      '通讯失败',
      '通信失败',
      '连接超时',
      '连接失败',
      '网络异常',
      '网络连接失败',
      '网络不通',
      '无网络',
      '没有信号',
      '无信号',
      '拨号失败',
      '接收超时',
      '发送失败',
      '签到通讯失败',
      '网络',
      '断网',
      'communication failure',
      'communication error',
      'comms error',
      'connection failed',
      'connect failed',
      'connection timeout',
      'no connection',
      'check line',
      'no line',
      'no signal',
      'no carrier',
      'network error',
      'host not responding',
      'timeout',
      'network',
    ],
    // Host codes (「请稍后重试」) open it at "a host code"; 77 / 78 (sign in again) at "sign-in failed".
    codes: [
      ...['90', '91', '92', '95', '96', '98', 'A7'].map((code) => ({
        code,
        event: 'screen.hostBusy' as const,
      })),
      ...['77', '78'].map((code) => ({ code, event: 'screen.signInFail' as const })),
    ],
    load: () => import('./commFailure/commFailure.guide').then((m) => m.commFailureGuide),
    loadPrevention: () =>
      import('./commFailure/commFailure.prevention').then((m) => m.commFailurePrevention),
    loadScenarios: () =>
      import('./commFailure/commFailure.scenarios').then((m) => m.commFailureScenarios),
  },
]);

export const { faults, faultIds, faultById, isFaultId, loadGuide } = registry;

/** A fault's id: one of the registry's. */
export type FaultId = (typeof faultIds)[number];
