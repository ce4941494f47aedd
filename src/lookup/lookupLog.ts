/**
 * What a lookup leaves in the history (pure): the record of one search, built after its answer
 * has shown (LookupScreen queues it through the lookup store: a log, not a step — see
 * ARCHITECTURE.md, "Write before render").
 *
 * What was typed is kept only after the card guard: a card number is masked to its last four,
 * and the value of anything PIN-like is masked too (a note flags those and its writer decides;
 * nobody reviews a search, so it is masked at once). The same search with the same answer
 * within a minute is the same lookup (a merchant who searched 「51」 three times in a minute
 * looked it up once): the record is updated, not added.
 */
import type { Lang } from '../faults/types';
import { containsCardData, findPinLike, guardText, maskPinLike } from '../rules/cardGuard';
import type { LookupRecord } from '../storage/records';
import { LIMITS } from '../storage/recordRules';

/** Searches of the same text with the same answer this close together are one lookup. */
export const SAME_LOOKUP_MS = 60_000;

/** The three answers of "nothing found": what fails, the card, the terminal or the network. */
export type Ask = 'card' | 'terminal' | 'network';

/** What the lookup page showed for a search. */
export interface Shown {
  /** What was typed (in clear: masked here). */
  q: string;
  /** The id of the answer shown first, or `none`. */
  answer: string;
  /** The ids of the close answers shown beside it. */
  close: readonly string[];
  lang: Lang;
}

/** Masks cards and PIN-like values, clipped to the stored length; never a card or a PIN in clear. */
export function maskedQuery(q: string): string {
  const masked = maskPinLike(guardText(q.trim()).text);
  // Clipping may cut a long value down to one that reads like a PIN: masked once more.
  const clipped = maskPinLike(masked.slice(0, LIMITS.shortTextChars));
  const safe =
    clipped.length <= LIMITS.shortTextChars &&
    !containsCardData(clipped) &&
    findPinLike(clipped).length === 0;
  return safe ? clipped : '';
}

/** `answer` shown again for a lookup that showed `before` (an answered "not found" stays answered). */
const sameAnswer = (before: string, answer: string) =>
  before === answer || (answer === 'none' && before.startsWith('ask:'));

/**
 * The record of a search whose answer has shown: `previous` (the latest lookup of this page)
 * updated when it is the same search within a minute, else a new one.
 */
export function lookupRecord(
  shown: Shown,
  previous: LookupRecord | undefined,
  now: number,
  newId: () => string,
): LookupRecord {
  const q = maskedQuery(shown.q);
  const close = shown.close.slice(0, LIMITS.closeAnswers);
  if (
    previous &&
    previous.q === q &&
    sameAnswer(previous.answer, shown.answer) &&
    now >= previous.updatedAt &&
    now - previous.updatedAt < SAME_LOOKUP_MS
  ) {
    return { ...previous, close, updatedAt: now };
  }
  return { id: newId(), q, answer: shown.answer, close, at: now, updatedAt: now, lang: shown.lang };
}

/** "Nothing found", answered: the lookup now counts under what fails. */
export function withAsk(record: LookupRecord, ask: Ask, now: number): LookupRecord {
  return { ...record, answer: `ask:${ask}`, updatedAt: Math.max(now, record.updatedAt) };
}
