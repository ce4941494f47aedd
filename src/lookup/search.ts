/**
 * The search behind "what does the screen say?". Pure: answers and text in, ranked answers out.
 *
 * Text is normalised the same way on both sides (full-width → half-width by NFKC, lower case,
 * traditional → simplified by OpenCC's character table, same-sound slips corrected), then cut
 * into units: Chinese character pairs (so word order and extra words do not matter), English
 * words (a plural "s" dropped) and response codes. A phrase scores matched² / its units: a
 * long phrase matched whole beats a short keyword, and a long phrase touched by one pair scores
 * little. An answer scores its best phrase; a response code typed in the text scores above any
 * words. Answers within 60 % of the best are shown beside it, with the words that matched.
 */
import type { Answer } from './answers';
import { toSimplified } from './hanzi';

/** Same-sound (or same-shape) slips people type for the words on these screens. */
const slips: readonly [RegExp, string][] = [
  [/秘钥|密匙|秘匙/g, '密钥'],
  [/所定|琐定|锁订|锁顶/g, '锁定'],
  [/签倒|签道/g, '签到'],
  [/通迅|通汛|通训/g, '通讯'],
  [/效验|较验/g, '校验'],
  [/健盘|建盘/g, '键盘'],
  [/挂矢|挂实/g, '挂失'],
  [/被切卡/g, '被窃卡'],
  [/不组|不族/g, '不足'],
  [/余款不足|与额不足|于额不足/g, '余额不足'],
  [/电亮/g, '电量'],
  [/过其卡|过气卡/g, '过期卡'],
  [/无效商护/g, '无效商户'],
  [/帐/g, '账'],
];

/** Words that say nothing about which answer fits. */
const fillers =
  /pos机|刷卡机|什么原因|什么意思|是什么|怎么办|怎么回事|怎么解决|为什么|显示|提示|出现|屏幕上?|上面|一直|总是|请问/g;
const stopWords = new Set([
  'the',
  'a',
  'an',
  'to',
  'of',
  'on',
  'in',
  'is',
  'it',
  'my',
  'pos',
  'what',
  'why',
  'says',
  'shows',
  'screen',
  'please',
  'and',
  'or',
]);

/** Full-width to half-width, lower case, simplified characters, slips corrected. */
export function normalise(text: string): string {
  let s = toSimplified(text.normalize('NFKC').toLowerCase());
  for (const [wrong, right] of slips) s = s.replace(wrong, right);
  return s.replace(/\s+/g, ' ').trim();
}

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

interface Unit {
  key: string;
  /** Where it sits in the normalised text (to show the words that matched). */
  from: number;
  to: number;
}

/** Character pairs of each Chinese run (a lone character stands for itself), English words. */
function units(s: string, withSingles: boolean): Unit[] {
  const out: Unit[] = [];
  for (const m of s.matchAll(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z]+/g)) {
    const run = m[0];
    const at = m.index;
    if (cjk.test(run[0]!)) {
      if (run.length === 1) out.push({ key: run, from: at, to: at + 1 });
      for (let i = 0; i + 1 < run.length; i++) {
        out.push({ key: run.slice(i, i + 2), from: at + i, to: at + i + 2 });
      }
      if (withSingles && run.length > 1) {
        for (let i = 0; i < run.length; i++)
          out.push({ key: run[i]!, from: at + i, to: at + i + 1 });
      }
    } else if (!stopWords.has(run)) {
      const word = run.length > 3 && run.endsWith('s') ? run.slice(0, -1) : run;
      out.push({ key: word, from: at, to: at + run.length });
    }
  }
  return out;
}

/**
 * Response codes in the text: two characters on their own or at the edge of Chinese words
 * ("51余额不足", "刷卡显示03无效商户", "a0 校验错", "99PIN格式错"), never part of a longer number,
 * nor a count or an amount ("12次", "50元").
 */
export function codesIn(s: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const m of s.matchAll(/(?<![a-z0-9])([a-z0-9]{2})(?![0-9])/g)) {
    const code = m[1]!.toUpperCase();
    if (!known.has(code)) continue;
    const after = s.slice(m.index + 2);
    // A code of letters only (XE) stands alone; one with a digit may run into a word (a0mac).
    if (!/[0-9]/.test(code) && /^[a-z]/.test(after)) continue;
    if (/^\s*(元|块|次|秒|分钟|年|月|日|号|点|%|个)/.test(after)) continue;
    found.push(code);
  }
  return found;
}

interface Phrase {
  text: string;
  units: Unit[];
}

export interface Index {
  answers: readonly Answer[];
  phrases: readonly (readonly Phrase[])[];
  codes: ReadonlySet<string>;
}

export function buildIndex(answers: readonly Answer[]): Index {
  return {
    answers,
    phrases: answers.map((a) =>
      a.phrases.map((p) => {
        const text = normalise(p);
        return { text, units: dedupe(units(text, false)) };
      }),
    ),
    codes: new Set(answers.flatMap((a) => (a.kind === 'code' ? [a.row.code] : []))),
  };
}

function dedupe(list: Unit[]): Unit[] {
  const seen = new Set<string>();
  return list.filter((u) => (seen.has(u.key) ? false : (seen.add(u.key), true)));
}

export interface Hit {
  answer: Answer;
  score: number;
  /** The words of the answer that matched (a response code, or pieces of its best phrase). */
  matched: string[];
}

export type SearchResult = { kind: 'empty' } | { kind: 'none' } | { kind: 'found'; hits: Hit[] };

/** Below this, a phrase match is too thin to be an answer (one pair of a long phrase). */
const FOUND = 1;
/** Answers within this share of the best are shown beside it. */
const CLOSE = 0.6;
/** A code typed in the text is worth more than any words. */
const CODE = 100;

export function search(index: Index, query: string): SearchResult {
  const q = normalise(query);
  if (q === '') return { kind: 'empty' };
  const stripped = q.replace(fillers, ' ');
  const have = new Set(units(stripped, true).map((u) => u.key));
  const codes = new Set(codesIn(q, index.codes));
  const hits: Hit[] = [];
  index.answers.forEach((answer, i) => {
    let best = 0;
    let bestPhrase: Phrase | undefined;
    for (const p of index.phrases[i]!) {
      if (p.units.length === 0) continue;
      const m = p.units.filter((u) => have.has(u.key)).length;
      const score = (m * m) / p.units.length;
      if (score > best) {
        best = score;
        bestPhrase = p;
      }
    }
    const code = answer.kind === 'code' && codes.has(answer.row.code) ? answer.row.code : undefined;
    const score = (code ? CODE : 0) + best;
    if (score < FOUND) return;
    const matched = [
      ...(code ? [code] : []),
      ...(bestPhrase && best >= FOUND / 2 ? pieces(bestPhrase, have) : []),
    ];
    hits.push({ answer, score, matched });
  });
  if (hits.length === 0) return { kind: 'none' };
  hits.sort((a, b) => b.score - a.score);
  const top = hits[0]!.score;
  return { kind: 'found', hits: hits.filter((h) => h.score >= top * CLOSE).slice(0, 3) };
}

/** The runs of a phrase covered by matched units, as the merchant can read them. */
function pieces(p: Phrase, have: ReadonlySet<string>): string[] {
  const covered = new Array<boolean>(p.text.length).fill(false);
  for (const u of p.units) if (have.has(u.key)) covered.fill(true, u.from, u.to);
  // Words matched side by side read as one piece ("keys not loaded").
  for (let i = 1; i + 1 < p.text.length; i++) {
    if (p.text[i] === ' ' && covered[i - 1] && covered[i + 1]) covered[i] = true;
  }
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= p.text.length; i++) {
    if (i < p.text.length && covered[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(p.text.slice(start, i).trim());
      start = -1;
    }
  }
  return out.filter((s) => s !== '');
}
