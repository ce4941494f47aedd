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
 * What counts as part of one (masked too, without Luhn): 12–19 digits written like a card and
 * either starting with a card prefix (3, 4, 5, 6) or grouped 4-4-4 and more. A draft is saved
 * while the merchant pauses, and "4111 1111 1111 111" is the whole card once the Luhn check
 * digit is worked out.
 * Digits may be full-width (０-９) and may be split by spaces, dashes, dots, commas, slashes,
 * underscores or line breaks, as people copy them from a receipt or a chat
 * ("6222 0212 3456 7890", "6222-0212-3456-7890", "4111\n1111\n1111\n1111"), in groups of 4–6 or
 * of 8 ("41111111 11111111").
 *
 * In notes, digits glued to a letter count ("x4111…", "4111…a"): notes are free text. Only codes
 * such as a terminal's serial number (`containsCardDataInCode`) read such digits as part of the
 * code, and those are refused rather than masked, since masking would corrupt a genuine serial.
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
const SPACE = '[ \\t\\u00A0\\u2009\\u202F\\u3000]';
/** Dashes of every width and dots (full-width included), as used between groups of digits. */
const DASH_OR_DOT = '[\\-\\u2010-\\u2015\\u2212\\uFF0D.\\uFF0E]';
/** Commas, slashes and underscores (full-width too), as in a list or a form copied into a note. */
const PUNCTUATION = '[,/_\\uFF0C\\uFF0F\\uFF3F]';
const LINE_BREAK = '(?:\\r\\n|[\\n\\r\\u2028\\u2029])';
/**
 * What may stand between two groups of one number: a space or two, or one dash, dot, comma,
 * slash, underscore or line break with up to two spaces either side.
 */
const SEPARATOR = `(?:${SPACE}{1,2}|${SPACE}{0,2}(?:${DASH_OR_DOT}|${PUNCTUATION}|${LINE_BREAK})${SPACE}{0,2})`;
/** A number as typed: digit groups joined by separators. Linear: separators and digits are disjoint. */
const NUMBER_RUN = new RegExp(`${DIGIT}+(?:${SEPARATOR}${DIGIT}+)*`, 'g');
const DIGIT_GROUP = new RegExp(`${DIGIT}+`, 'g');
const LATIN_LETTER = /[A-Za-z]/;

const MIN_PAN = 13;
const MAX_PAN = 19;
const MIN_UNIONPAY_NO_LUHN = 16;
/** Shortest part of a card that is masked without a Luhn check (see the top of this file). */
const MIN_PARTIAL = 12;
/** First digits of the cards a Chinese shop takes: Amex/JCB/Diners, Visa, Mastercard, UnionPay. */
const CARD_PREFIX = /^[3-6]/;

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
   * Cannot be part of a card: the last four left by an earlier mask (so guarding masked text
   * changes nothing), or, in a code only, glued to a Latin letter ("SN8A1234…").
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

/** How a text is read: free text (notes, names) or a code such as a serial number. */
type Reading = 'text' | 'code';

function groupsOf(text: string, run: RegExpExecArray, reading: Reading): Group[] {
  const groups: Group[] = [];
  const runEnd = run.index + run[0].length;
  for (const m of run[0].matchAll(DIGIT_GROUP)) {
    const start = run.index + m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const digits = asciiDigits(m[0]);
    const gluedToLetter =
      reading === 'code' &&
      ((start === run.index && LATIN_LETTER.test(before)) ||
        (end === runEnd && LATIN_LETTER.test(after)));
    const blocked = gluedToLetter || (start === run.index && isLastFourOfMask(text, start, digits));
    groups.push({ start, end, digits, blocked });
  }
  return groups;
}

/**
 * Whether groups i..j (inclusive) are written like one card number. A single group is any
 * length; several must look like card grouping: every group but the last 4–6 digits (4-4-4-4,
 * 4-4-4-4-3, 4-6-5) or every group but the last 8 digits (8-8), the last 1–8. Without this, a
 * date or a "+86" next to a phone number would join into 13+ digits and be masked one time in
 * ten (the Luhn odds).
 */
function groupedLikeCard(groups: readonly Group[], i: number, j: number): boolean {
  const byEight = i < j && groups[i]?.digits.length === 8;
  for (let k = i; k <= j; k++) {
    const g = groups[k];
    if (!g || g.blocked) return false;
    const len = g.digits.length;
    if (k < j && (byEight ? len !== 8 : len < 4 || len > 6)) return false;
    if (k === j && i < j && len > 8) return false;
  }
  return true;
}

/** Decides whether the digits of groups i..j, already known to be grouped like a card, are one. */
type Accept = (digits: string, groups: readonly Group[], i: number, j: number) => boolean;

const wholeCard: Accept = (digits) => isCardNumber(digits);

/** Part of a card, or a card that fails Luhn: see the top of this file. */
const partialCard: Accept = (digits, groups, i, j) => {
  if (digits.length < MIN_PARTIAL || digits.length > MAX_PAN) return false;
  if (CARD_PREFIX.test(digits)) return true;
  // 4-4-4 and more (Mastercard's 2-series and other prefixes): 13+ digits written as a card.
  return j - i >= 3 && [i, i + 1, i + 2].every((k) => groups[k]?.digits.length === 4);
};

/**
 * Spans of groups lo..hi-1 that `accept` takes. Greedy from the left, longest first, so that
 * "4111 1111 1111 1111" is one card and not a 13-digit prefix of it.
 */
function spansIn(
  groups: readonly Group[],
  lo: number,
  hi: number,
  accept: Accept,
): [number, number][] {
  const found: [number, number][] = [];
  let i = lo;
  while (i < hi) {
    let bestJ = -1;
    let digits = '';
    for (let j = i; j < hi; j++) {
      digits += groups[j]?.digits ?? '';
      if (digits.length > MAX_PAN) break;
      if (groupedLikeCard(groups, i, j) && accept(digits, groups, i, j)) bestJ = j;
      // Every longer span holds group j before its end and group j+1: when those two cannot be
      // grouped like a card, no longer span can either (keeps "1 1 1 …" linear).
      if (j + 1 >= hi || !groupedLikeCard(groups, j, j + 1)) break;
    }
    if (bestJ >= 0) found.push([i, bestJ]);
    i = bestJ >= 0 ? bestJ + 1 : i + 1;
  }
  return found;
}

/**
 * Card numbers in one run of digit groups: whole cards first, then parts of cards in what is
 * left between them, so a Luhn-valid card is masked as itself ("4111 1111 1111 1111 05" keeps
 * the 05) rather than swallowed by a longer partial span.
 */
function cardsInRun(groups: readonly Group[]): CardSpan[] {
  const whole = spansIn(groups, 0, groups.length, wholeCard);
  const all: [number, number][] = [];
  let from = 0;
  for (const span of [...whole, [groups.length, groups.length] as [number, number]]) {
    all.push(...spansIn(groups, from, span[0], partialCard));
    if (span[0] < groups.length) all.push(span);
    from = span[1] + 1;
  }
  all.sort((a, b) => a[0] - b[0]);
  return all.map(([i, j]) => ({
    start: groups[i]?.start ?? 0,
    end: groups[j]?.end ?? 0,
    digits: groups
      .slice(i, j + 1)
      .map((g) => g.digits)
      .join(''),
  }));
}

/** Every card number in a text, in order, with its position in the original text. */
function findCards(text: string, reading: Reading = 'text'): CardSpan[] {
  const found: CardSpan[] = [];
  for (const run of text.matchAll(NUMBER_RUN)) {
    found.push(...cardsInRun(groupsOf(text, run, reading)));
  }
  return found;
}

/** The final check of the storage layer and the backup import: is any card number unmasked? */
export function containsCardData(text: string): boolean {
  return findCards(text).length > 0;
}

/**
 * The same check for a code such as a terminal's serial number: digits glued to a Latin letter
 * are part of the code ("SN4111111111111111", "15204CT25618923"), not a card number. Such
 * fields are refused, never masked.
 */
export function containsCardDataInCode(code: string): boolean {
  return findCards(code, 'code').length > 0;
}

/**
 * The terminal fields a merchant types free text into, checked by the storage layer, the
 * terminals form and the backup import alike. The hotline is left out: the form only takes a
 * number that parses as a Chinese phone number, and "+8613812345678" is 13 digits that pass
 * Luhn one time in ten.
 */
export const TERMINAL_TEXT_FIELDS = ['name', 'brand', 'model', 'serial', 'provider'] as const;
export type TerminalTextField = (typeof TERMINAL_TEXT_FIELDS)[number];

/** Whether a terminal field holds card data: the serial is read as a code, the rest as text. */
export function terminalFieldHasCardData(field: TerminalTextField, value: string): boolean {
  return field === 'serial' ? containsCardDataInCode(value) : containsCardData(value);
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
