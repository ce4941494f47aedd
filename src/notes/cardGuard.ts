/**
 * The card-data guard: run on every note save (drafts included) and, through
 * `containsCardData`, once more by the storage layer and the backup import, so that no unmasked
 * card number ever reaches the database.
 *
 * Pure: no React, no Dexie, no window.
 *
 * What counts as a card number (PAN):
 *  - 13–19 digits that pass the Luhn check, or
 *  - 16–19 digits starting with 62 (UnionPay: some of its cards do not use Luhn).
 * Digits may be full-width (０-９) and may be split by spaces, dashes or dots, as people copy
 * them from a receipt ("6222 0212 3456 7890", "6222-0212-3456-7890").
 *
 * What counts as a PIN or password: a keyword (PIN, password, 密码, 口令, …) followed by a value
 * with digits in it. Those are only flagged, never rewritten: the merchant decides.
 */

/** How a masked card number reads: short, clearly not a number, keeps the last four. */
export const MASK_PREFIX = '•••• ';

export interface GuardResult {
  /** The text with every card number masked to its last four digits. */
  text: string;
  /** How many card numbers were masked. */
  masked: number;
  /** Fragments that look like a PIN or password, as they appear in `text`. */
  pinLike: string[];
}

const DIGIT = '[0-9\\uFF10-\\uFF19]';
const SPACE = '[ \\u00A0\\u2009\\u202F\\u3000]';
/** Dashes of every width and dots (full-width included), as used between groups of digits. */
const DASH_OR_DOT = '[\\-\\u2010-\\u2015\\u2212\\uFF0D.\\uFF0E]';
/** What may stand between two groups of one number: a space or two, or one dash/dot. */
const SEPARATOR = `(?:${SPACE}{1,2}|${SPACE}?${DASH_OR_DOT}${SPACE}?)`;
/** A number as typed: digit groups joined by separators. Linear: separators and digits are disjoint. */
const NUMBER_RUN = new RegExp(`${DIGIT}+(?:${SEPARATOR}${DIGIT}+)*`, 'g');
const DIGIT_GROUP = new RegExp(`${DIGIT}+`, 'g');
const LATIN_LETTER = /[A-Za-z]/;

const MIN_PAN = 13;
const MAX_PAN = 19;
const MIN_UNIONPAY_NO_LUHN = 16;

/** Full-width digits to ASCII; other characters unchanged. */
function asciiDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The Luhn (mod 10) check on a string of ASCII digits. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True when a string of ASCII digits is a card number by the rules at the top of this file. */
export function isCardNumber(digits: string): boolean {
  if (!/^\d+$/.test(digits) || digits.length < MIN_PAN || digits.length > MAX_PAN) return false;
  if (passesLuhn(digits)) return true;
  return digits.length >= MIN_UNIONPAY_NO_LUHN && digits.startsWith('62');
}

/** The masked form of a card number (ASCII or full-width digits). */
export function maskCard(digits: string): string {
  return MASK_PREFIX + asciiDigits(digits).slice(-4);
}

interface Group {
  start: number;
  end: number;
  digits: string;
  /**
   * Cannot be part of a card: glued to a Latin letter (a serial number such as "SN8A1234…") or
   * the last four left by an earlier mask (so guarding masked text changes nothing).
   */
  blocked: boolean;
}

interface CardSpan {
  start: number;
  end: number;
  digits: string;
}

/**
 * The four digits a mask leaves. Only exactly four: a longer number typed after bullets is not
 * shielded by them ("•••• 4111111111111111" is still masked).
 */
function isLastFourOfMask(text: string, start: number, digits: string): boolean {
  return (
    digits.length === 4 &&
    start >= MASK_PREFIX.length &&
    text.startsWith(MASK_PREFIX, start - MASK_PREFIX.length)
  );
}

function groupsOf(text: string, run: RegExpExecArray): Group[] {
  const groups: Group[] = [];
  const runEnd = run.index + run[0].length;
  for (const m of run[0].matchAll(DIGIT_GROUP)) {
    const start = run.index + m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const digits = asciiDigits(m[0]);
    const blocked =
      (start === run.index &&
        (LATIN_LETTER.test(before) || isLastFourOfMask(text, start, digits))) ||
      (end === runEnd && LATIN_LETTER.test(after));
    groups.push({ start, end, digits, blocked });
  }
  return groups;
}

/**
 * Whether groups i..j (inclusive) are written like one card number. A single group is any
 * length; several must look like card grouping (4-4-4-4, 4-4-4-4-3, 4-6-5): every group but the
 * last 4–6 digits, the last 1–7. Without this, a date or a "+86" next to a phone number would
 * join into 13+ digits and be masked one time in ten (the Luhn odds).
 */
function groupedLikeCard(groups: readonly Group[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) {
    const g = groups[k];
    if (!g || g.blocked) return false;
    const len = g.digits.length;
    if (k < j && (len < 4 || len > 6)) return false;
    if (k === j && i < j && len > 7) return false;
  }
  return true;
}

/**
 * Card numbers in one run of digit groups. Greedy from the left, longest first, so that
 * "4111 1111 1111 1111" is one card and not a 13-digit prefix of it.
 */
function cardsInRun(groups: readonly Group[]): CardSpan[] {
  const found: CardSpan[] = [];
  let i = 0;
  while (i < groups.length) {
    let best: CardSpan | undefined;
    let bestJ = i;
    let digits = '';
    for (let j = i; j < groups.length; j++) {
      digits += groups[j]?.digits ?? '';
      if (digits.length > MAX_PAN) break;
      if (isCardNumber(digits) && groupedLikeCard(groups, i, j)) {
        best = { start: groups[i]?.start ?? 0, end: groups[j]?.end ?? 0, digits };
        bestJ = j;
      }
      // Every longer span holds group j before its end and group j+1: when those two cannot be
      // grouped like a card, no longer span can either (keeps "1 1 1 …" linear).
      if (!groupedLikeCard(groups, j, j + 1)) break;
    }
    if (best) found.push(best);
    i = best ? bestJ + 1 : i + 1;
  }
  return found;
}

/** Every card number in a text, in order, with its position in the original text. */
function findCards(text: string): CardSpan[] {
  const found: CardSpan[] = [];
  for (const run of text.matchAll(NUMBER_RUN)) {
    found.push(...cardsInRun(groupsOf(text, run)));
  }
  return found;
}

/** The final check of the storage layer and the backup import: is any card number unmasked? */
export function containsCardData(text: string): boolean {
  return findCards(text).length > 0;
}

/** Masks every card number; the rest of the text (prices, phones, dates, serials) is kept as is. */
function maskCards(text: string): { text: string; masked: number } {
  const cards = findCards(text);
  if (cards.length === 0) return { text, masked: 0 };
  let out = '';
  let from = 0;
  for (const card of cards) {
    out += text.slice(from, card.start) + maskCard(card.digits);
    from = card.end;
  }
  return { text: out + text.slice(from), masked: cards.length };
}

/*
 * A PIN/password keyword, then an optional "code"/"码" and a connector ("is", "是", ":"), then a
 * value of 4–20 letters/digits with at least one digit. Requiring a value with a digit is what
 * keeps "forgot the password", 「密码错误」, 「请输入密码」 (terminal messages) unflagged.
 */
const PIN_KEYWORD =
  '(?:(?<![A-Za-z])(?:pin|passwords?|passcode|passwd|pwd)(?:\\s*(?:code|number|no\\.?))?(?![A-Za-z])|密码|密碼|口令)';
const PIN_SUFFIX = '(?:码|碼|号|號)?';
const PIN_CONNECTOR = '(?:\\s*(?:(?:is|was)(?![A-Za-z])|是|为|為|:|：|=|＝|-))*';
const VALUE_CHAR = '[A-Za-z0-9\\uFF10-\\uFF19]';
const PIN_VALUE = `(?=${VALUE_CHAR}*[0-9\\uFF10-\\uFF19])${VALUE_CHAR}{4,20}(?!${VALUE_CHAR})`;
const PIN_LIKE = new RegExp(`${PIN_KEYWORD}${PIN_SUFFIX}${PIN_CONNECTOR}\\s*${PIN_VALUE}`, 'gi');

/** Fragments that look like a PIN or password with its value, unique, in order of appearance. */
export function findPinLike(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PIN_LIKE), (m) => m[0]))];
}

/** The guard run on every note save: mask card numbers, flag PIN-like fragments. */
export function guardText(text: string): GuardResult {
  const { text: masked, masked: count } = maskCards(text);
  // Flags are looked for after masking, so each fragment can be found in the returned text.
  return { text: masked, masked: count, pinLike: findPinLike(masked) };
}
