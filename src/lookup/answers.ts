/**
 * Everything "what does the screen say?" can answer, each with a stable id that a later round
 * records and counts (`code:51`, `msg:paperOut`, `guide:keyError`). Pure.
 *  - every response code of the table (responseCodes.ts);
 *  - the terminal messages that are not codes (below), each a one-screen answer, some with a
 *    guide that goes further (its first answer chosen);
 *  - every guide of the registry, found by its words (the registry's keywords and more below).
 * What each says on screen lives in lookup.text.*.ts; here are the words that find it.
 */
import type { FaultEntry } from '../faults/registry';
import type { ChoiceEvent, FaultId } from '../faults/types';
import { responseCodes, type CodeRow, type Whose } from './responseCodes';

export type MessageId =
  | 'signInFail'
  | 'paperOut'
  | 'cardRead'
  | 'lowBattery'
  | 'notActivated'
  | 'duplicate'
  | 'chargedTwice'
  | 'maintenance'
  | 'tampered'
  | 'pinPadLink';

/** Where a button goes: a guide, with its first answer chosen where one applies. */
export interface GuideLink {
  fault: FaultId;
  /** A response code the registry entry maps to its first answer. */
  code?: string;
  /** Or a first answer of the guide's own (`screen.<option>`). */
  answer?: ChoiceEvent;
}

export type Answer =
  | {
      id: `code:${string}`;
      kind: 'code';
      whose: Whose;
      row: CodeRow;
      phrases: readonly string[];
      guide?: GuideLink;
    }
  | {
      id: `msg:${MessageId}`;
      kind: 'msg';
      whose: Whose;
      msg: MessageId;
      texts: readonly string[];
      phrases: readonly string[];
      guide?: GuideLink;
    }
  | {
      id: `guide:${string}`;
      kind: 'guide';
      whose: Whose;
      entry: FaultEntry;
      phrases: readonly string[];
      guide: GuideLink;
    };

interface Message {
  id: MessageId;
  whose: Whose;
  /** The guide that goes further; named by id, skipped when the registry has no such guide. */
  /**
   * What terminals show, literally (zh first: the first one is shown to match). Empty for a
   * case the merchant hears of rather than reads on the screen (the customer says they paid twice).
   */
  texts: string;
  /** Other words people type for it, and the English of terminals that show English. */
  words: string;
  guide?: { fault: string; code?: string; answer?: ChoiceEvent };
}

// prettier-ignore
const messages: readonly Message[] = [
  { id: 'signInFail', whose: 'shop', texts: '签到失败|请先签到|未签到|签到不成功', words: '签不了到|签到不了|logon failed|log on failed|sign on failed|sign-in failed|please sign in|please logon|not logged on', guide: { fault: 'commFailure', answer: 'screen.signInFail' } },
  { id: 'paperOut', whose: 'shop', texts: '打印机缺纸|缺纸|请装纸', words: '没纸|没有纸|纸用完|打印纸用完|小票打不出|打不出小票|打印失败|paper out|out of paper|no paper|printer out of paper|printer error' },
  { id: 'cardRead', whose: 'card', texts: '读卡失败|读卡错误|请重新刷卡|卡片读取失败|读IC卡失败|请插卡', words: '刷卡失败|刷不了卡|读不了卡|读卡器故障|挥卡失败|芯片读不了|磁条读不了|card read error|read error|swipe again|chip error|card error|please insert card|insert chip|use chip reader|chip read error' },
  { id: 'lowBattery', whose: 'shop', texts: '电量低|电池电量不足|电量不足|请充电|低电量', words: '没电|电池没电|自动关机|low battery|battery low|please charge' },
  { id: 'notActivated', whose: 'provider', texts: '终端未激活|设备未激活|未激活|请先激活|激活失败', words: '怎么激活|激活不了|not activated|terminal not activated|activation failed|activate terminal' },
  { id: 'duplicate', whose: 'shop', texts: '重复交易|交易重复|疑似重复交易', words: 'duplicate transaction|duplicate' },
  { id: 'chargedTwice', whose: 'shop', texts: '', words: '扣了两次|被扣两次|扣两次|重复扣款|多扣了一次|刷了两次|charged twice|double charge|double charged|charged two times' },
  { id: 'maintenance', whose: 'host', texts: '系统维护中|系统维护|系统升级中|系统升级|维护中|升级中|正在升级', words: '服务暂停|暂停服务|system maintenance|maintenance|updating|upgrading|system upgrade', guide: { fault: 'securityLock', answer: 'screen.upgrading' } },
  { id: 'tampered', whose: 'provider', texts: '防拆触发|触发防拆|被拆机|拆机报警', words: '拆机|防拆|被拆|tampered|tamper|tamper detected|alert irruption|irruption|attack detected', guide: { fault: 'securityLock', answer: 'screen.tampered' } },
  { id: 'pinPadLink', whose: 'shop', texts: '密码键盘未连接|请连接密码键盘|密码键盘连接失败|找不到密码键盘', words: '密码键盘没连上|密码键盘连不上|pin pad not connected|pinpad not connected|pin pad error|pinpad error|no pin pad|no pinpad|connect pin pad', guide: { fault: 'pinEntry', code: 'Y5' } },
];

/**
 * More words per guide than the registry's keywords: how merchants describe the three faults in
 * their own words, and what terminals that speak English show.
 */
const guideWords: Record<string, { whose: Whose; words: string }> = {
  keyError: {
    whose: 'shop',
    words:
      '密钥错误|密钥错|密钥出错|密钥失效|请重新启动客户端|key error|keys not loaded|key not loaded|no keys|key missing|missing key|mac error|invalid key|load keys|key fail',
  },
  securityLock: {
    whose: 'shop',
    words:
      '已锁定|被锁定|锁机了|机器锁了|被锁了|锁住了|机器被锁|terminal locked|locked|security lock|device locked',
  },
  pinEntry: {
    whose: 'shop',
    words:
      '键盘无反应|键盘没反应|按键无反应|按键没反应|密码键盘没反应|密码键盘无反应|输不了密码|密码输不进去|输不进密码|按键失灵|键盘失灵|pin pad not working|keypad not working|cannot enter pin|keys not working|enter pin',
  },
  commFailure: { whose: 'host', words: '' },
};

/**
 * Other words people type for some codes (the code's own texts come first): their words for the
 * meaning, the table's older wording and English names (which terminals that speak English show:
 * "PICK UP CARD"), and the appendix's instructions to the terminal. Search words only: never shown
 * as a meaning or a heading.
 */
const codeWords: Record<string, string> = {
  '04': 'pick up card|pick-up card|pick up the card',
  '07': 'pick up card special condition',
  '10': '显示部分批准金额，提示操作员|partial approval',
  '33': 'expired card pick up',
  '34': 'suspected fraud pick up',
  '35': 'contact acquirer security pick up',
  '36': 'restricted card pick up',
  '37': 'call acquirer security pick up',
  '41': 'lost card|lost card pick up',
  '43': 'stolen card|stolen card pick up',
  '51': 'insufficient funds|not enough money|余额不够|钱不够',
  '54': 'card expired|卡过期',
  '55': 'wrong pin|pin incorrect|密码不对',
  '60': 'contact acquirer security',
  '66': 'call acquirer security',
  '67': 'hard capture|hard capture pick up',
  '75': 'too many pin tries|pin tries exceeded|密码错太多次',
  '79': 'POS终端重传脱机数据',
  '91': '发卡方或交换中心不能操作|card issuer or switch inoperative',
  '97': 'terminal not found',
};

const split = (s: string) => (s === '' ? [] : s.split('|'));

/** The answers, built once from the code table, the messages and the registry. */
export function buildAnswers(faults: readonly FaultEntry[]): Answer[] {
  const codeGuide = new Map<string, GuideLink>();
  for (const f of faults) {
    for (const c of f.codes) codeGuide.set(c.code.toUpperCase(), { fault: f.id, code: c.code });
  }
  const out: Answer[] = responseCodes.map((row) => {
    const guide = codeGuide.get(row.code);
    return {
      id: `code:${row.code}`,
      kind: 'code',
      whose: row.whose,
      row,
      phrases: [...row.texts, row.meaning.zh, row.meaning.en, ...split(codeWords[row.code] ?? '')],
      ...(guide ? { guide } : {}),
    };
  });
  for (const m of messages) {
    const fault = m.guide && faults.find((f) => f.id === m.guide?.fault)?.id;
    if (m.guide && !fault) continue;
    const texts = split(m.texts);
    out.push({
      id: `msg:${m.id}`,
      kind: 'msg',
      whose: m.whose,
      msg: m.id,
      texts,
      phrases: [...texts, ...split(m.words)],
      ...(m.guide && fault ? { guide: { ...m.guide, fault } } : {}),
    });
  }
  for (const f of faults) {
    const extra = guideWords[f.id];
    out.push({
      id: `guide:${f.id}`,
      kind: 'guide',
      whose: extra?.whose ?? 'shop',
      entry: f,
      phrases: [
        f.terminalMessage,
        f.title.zh,
        f.title.en,
        ...f.keywords,
        ...split(extra?.words ?? ''),
      ],
      guide: { fault: f.id },
    });
  }
  return out;
}
