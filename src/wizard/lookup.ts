/**
 * "What does the screen say?": finds the guide from words of a terminal message or a host
 * response code, in Chinese or English. Pure; the registry supplies keywords and codes.
 * Some codes are not terminal faults at all (75/38: the customer's bank; 97: the provider);
 * they get their own answer instead of a guide, and nothing ever yields an empty page.
 */
import type { FaultEntry } from '../faults/registry';
import type { ChoiceEvent, FaultId } from '../faults/types';

export type NotAFault = 'customerBank' | 'notRegistered';

export type LookupResult =
  | { kind: 'notAFault'; which: NotAFault }
  | { kind: 'guides'; matches: { fault: FaultId; event?: ChoiceEvent }[] }
  | { kind: 'none' }
  /** Nothing typed (or only spaces): not a search at all. */
  | { kind: 'empty' };

/**
 * Near-misses people type for the words on these screens (same sound, wrong character), mapped
 * to the terminal's own word: 秘钥 / 密匙 for 密钥, 所定 / 琐定 / 锁订 for 锁定.
 */
const nearMisses: [RegExp, string][] = [
  [/秘钥|密匙|秘匙/g, '密钥'],
  [/所定|琐定|锁订|锁顶/g, '锁定'],
  [/签倒|签道/g, '签到'],
];

/**
 * Full-width to half-width, lower case, collapsed spaces, near-misses corrected, and a code
 * typed with a space inside ("a 0", "Y 5", "9 9") joined again.
 */
export function normalise(text: string): string {
  let q = text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  for (const [wrong, right] of nearMisses) q = q.replace(wrong, right);
  return q.replace(/(^|[^a-z0-9])([a-z0-9]) ([a-z0-9])(?=$|[^a-z0-9])/g, '$1$2$3');
}

const notAFaultCodes: Record<string, NotAFault> = {
  '75': 'customerBank',
  '38': 'customerBank',
  '97': 'notRegistered',
};
const notAFaultWords: { words: string[]; which: NotAFault }[] = [
  {
    words: ['次数超限', '输入次数', 'tries exceeded', 'too many pin', 'pin tries'],
    which: 'customerBank',
  },
  { words: ['未登记', '终端未登记', '未登记终端', 'not registered'], which: 'notRegistered' },
];

/** Codes stand alone or at the start: "A0", "a0 校验错", "返回码 99", "(Y5)". */
function codesIn(q: string): string[] {
  return [...q.matchAll(/(?:^|[^a-z0-9])([a-z]?[0-9][0-9a-z]?|[a-z][a-z0-9])(?=$|[^a-z0-9])/g)].map(
    (m) => (m[1] ?? '').toUpperCase(),
  );
}

export function lookup(query: string, faults: readonly FaultEntry[]): LookupResult {
  const q = normalise(query);
  if (q === '') return { kind: 'empty' };

  for (const code of codesIn(q)) {
    const which = notAFaultCodes[code];
    if (which) return { kind: 'notAFault', which };
  }
  for (const entry of notAFaultWords) {
    if (entry.words.some((w) => q.includes(w))) return { kind: 'notAFault', which: entry.which };
  }

  const scored: { fault: FaultId; event?: ChoiceEvent; score: number }[] = [];
  const codes = codesIn(q);
  for (const f of faults) {
    const byCode = f.codes.find((c) => codes.includes(c.code.toUpperCase()));
    if (byCode) {
      scored.push({ fault: f.id, event: byCode.event, score: 100 });
      continue;
    }
    const words = [f.terminalMessage, f.title.zh, f.title.en, ...f.keywords].map(normalise);
    let score = 0;
    for (const w of words) {
      if (w.length === 0) continue;
      if (q.includes(w)) score += w.length;
      else if (q.length >= 2 && w.includes(q)) score += q.length;
    }
    if (score > 0) scored.push({ fault: f.id, score });
  }
  if (scored.length === 0) return { kind: 'none' };
  scored.sort((a, b) => b.score - a.score);
  return {
    kind: 'guides',
    matches: scored.map(({ fault, event }) => (event ? { fault, event } : { fault })),
  };
}
