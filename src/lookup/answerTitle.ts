/**
 * Every answer by its stable id (pure), with its title in either language and a search that
 * shows it again: what the lookup page heads an answer with, and what the history lists a
 * recorded lookup (storage/records.ts, LookupRecord) and the month's counts under.
 */
import { faults } from '../faults/registry';
import type { Lang } from '../faults/types';
import { buildAnswers, type Answer } from './answers';
import { lookupTextEn, type LookupText } from './lookup.text.en';
import { lookupTextZh } from './lookup.text.zh';
import { buildIndex, search, type Index } from './search';

export const lookupText = { en: lookupTextEn, zh: lookupTextZh };

export const answers = buildAnswers(faults);
const byId = new Map<string, Answer>(answers.map((a) => [a.id, a]));

/**
 * An answer's heading: a code's in English the meaning, in Chinese the terminal's words quoted
 * (they are not the app's own). A "pick up" code never heads the page with 「请没收」 / "pick up":
 * staff never take a card, so it says what the bank did (the lookup page shows the table's
 * meaning under it).
 */
export function answerTitle(answer: Answer, t: LookupText, lang: Lang): string {
  if (answer.kind === 'code') {
    const { code, texts, meaning, advice } = answer.row;
    if (advice === 'pickUp') return `${code}${lang === 'zh' ? ' ' : ': '}${t.pickUpTitle}`;
    return lang === 'zh' ? `${code} 「${texts[0]}」` : `${code}: ${meaning.en}`;
  }
  if (answer.kind === 'msg') return t.messages[answer.msg].title;
  return answer.entry.title[lang];
}

/**
 * The title of an answer id as a recorded lookup holds it: an answer's heading, or what
 * "nothing found" was answered with. Undefined for an id this version does not know (a code
 * or guide removed since): the history then shows the id itself.
 */
export function titleOfId(id: string, lang: Lang): string | undefined {
  const t = lookupText[lang];
  const answer = byId.get(id);
  if (answer) return answerTitle(answer, t, lang);
  if (id === 'none') return t.logged.none;
  if (id === 'ask:card' || id === 'ask:terminal' || id === 'ask:network') {
    return t.logged[id.slice(4) as 'card' | 'terminal' | 'network'];
  }
  return undefined;
}

let index: Index | undefined;

/** The search index over every answer, built once, when first needed. */
export function answerIndex(): Index {
  return (index ??= buildIndex(answers));
}

/**
 * What to search to show an answer again: the first of its own words (a code, the terminal's
 * words, a guide's message and title) whose search shows it first. Undefined when none does
 * (the history then searches what was typed).
 */
export function queryOfId(id: string): string | undefined {
  const answer = byId.get(id);
  if (!answer) return undefined;
  const own = answer.kind === 'code' ? [answer.row.code, ...answer.phrases] : answer.phrases;
  return own.find((q) => {
    const result = search(answerIndex(), q);
    return result.kind === 'found' && result.hits[0]!.answer.id === id;
  });
}
