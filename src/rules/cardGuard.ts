/**
 * The card-data guard: run on every note save (drafts included) and, through
 * `containsCardData`, once more by the storage layer and the backup import, so that no unmasked
 * card number ever reaches the database.
 *
 * Pure: no React, no Dexie, no window.
 *
 * What counts as a card number (PAN):
 *  - digits that pass the Luhn check with the prefix and a length of a card a Chinese shop
 *    takes (`fitsCardBrand`: Visa 4 with 13/16/19, Mastercard 51–55 and 22–27 with 16, Amex
 *    34/37 with 15, JCB 35 with 16–19, Diners 30/36/38/39 with 14/16–19, Maestro 50/56–59 and
 *    the 6-series — UnionPay 62, Discover — with 13–19 or 16–19, UnionPay 81 with 16–19), or
 *  - 16–19 digits starting with 62 or 81 (UnionPay: some of its cards do not use Luhn).
 *  A Luhn-valid number outside those (a 15-digit merchant number 898310048161234, an
 *  8986… SIM number, +8613812345678) is not a card: about one number in ten passes Luhn by
 *  chance, and the merchant is asked to have exactly these numbers ready.
 * What counts as part of one (masked too, without Luhn): 12–19 digits written like a card and
 * either starting with a card prefix (34/35/37, 4, 5, 6) or grouped 4-4-4 and more. A draft is
 * saved while the merchant pauses, and "4111 1111 1111 111" is the whole card once the Luhn
 * check digit is worked out. So a card-like number that fails the checksum (16 digits starting
 * with 4, 5 or 6) is masked: it is a card mistyped or half typed far more often than anything
 * else a merchant writes, and masking it loses nothing support needs.
 * A number right after a label that says what it is and that is not a card (商户号, 终端号,
 * S/N, 订单号, 参考号, merchant no., order, ref, phone, …) is kept unless it is a whole card by
 * the first rule: "商户号 403100048161235" stays, "订单号 4111 1111 1111 1111" is masked.
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
/**
 * First digits of the cards a Chinese shop takes: Amex/JCB, Visa, Mastercard/Maestro, UnionPay
 * and the 6-series. Not 30/36/38/39 (Diners, rare here): 30x–31x are the first digits of many
 * banks' 15-digit merchant numbers (305 Minsheng, 308 China Merchants, 310 SPDB).
 */
const CARD_PREFIX = /^(?:3[457]|[4-6])/;

/** Full-width digits to ASCII; other characters unchanged. */
export function asciiDigits(s: string): string {
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
  if (passesLuhn(digits) && fitsCardBrand(digits)) return true;
  return digits.length >= MIN_UNIONPAY_NO_LUHN && /^(?:62|81)/.test(digits);
}

/** Prefixes and lengths of the cards a Chinese shop takes (see the top of this file). */
const CARD_BRANDS: readonly [RegExp, readonly number[]][] = [
  [/^4/, [13, 16, 19]],
  [/^(?:5[1-5]|2[2-7])/, [16]],
  [/^3[47]/, [15]],
  [/^35/, [16, 17, 18, 19]],
  [/^3[0689]/, [14, 16, 17, 18, 19]],
  [/^5[06-9]/, [13, 14, 15, 16, 17, 18, 19]],
  [/^6/, [16, 17, 18, 19]],
  [/^81/, [16, 17, 18, 19]],
];

/** Whether ASCII digits have the prefix and length of a card brand. */
export function fitsCardBrand(digits: string): boolean {
  return CARD_BRANDS.some(
    ([prefix, lengths]) => prefix.test(digits) && lengths.includes(digits.length),
  );
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

/**
 * What may stand between a label and its number: spaces, a colon, "#", "=", "No.", 是 / 为.
 * Anchored at the end: the label must come right before the number.
 */
const LABEL_CONNECTOR = '(?:\\s|[:：#=＝]|是|为|為|(?<![A-Za-z])No\\.?)*$';
/**
 * Labels of numbers that are not cards, as merchants copy them from a receipt, a contract or a
 * chat: merchant and terminal numbers, serial numbers, order / reference / batch / voucher
 * numbers, phone numbers. Latin labels only as whole words.
 */
const NOT_CARD_LABEL = new RegExp(
  '(?:商户号|商户编号|商户代码|终端号|终端编号|终端代码|序列号|机身号|机器号|订单号|订单编号|' +
    '交易号|交易单号|流水号|参考号|凭证号|批次号|授权码|授权号|运单号|快递单号|发票号|单号|' +
    '手机号?|电话|客服|热线|' +
    '(?<![A-Za-z])(?:S\\s*/\\s*N|SN|MID|TID|merchant(?:\\s+(?:no|number|id|code))?|' +
    'terminal(?:\\s+(?:no|number|id|code))?|serial(?:\\s+(?:no|number))?|' +
    'order(?:\\s+(?:no|number|id))?|ref(?:erence)?(?:\\s+(?:no|number))?|' +
    'invoice(?:\\s+(?:no|number))?|trace(?:\\s+(?:no|number))?|batch(?:\\s+(?:no|number))?|' +
    'auth(?:orization)?\\s+code|phone|tel|mobile|hotline)(?![A-Za-z]))' +
    LABEL_CONNECTOR,
  'i',
);
/** How far before a number its label is looked for. */
const LABEL_WINDOW = 32;

/** Whether the number starting at `index` comes right after a not-a-card label. */
function afterNotCardLabel(text: string, index: number): boolean {
  return NOT_CARD_LABEL.test(text.slice(Math.max(0, index - LABEL_WINDOW), index));
}

/** Every card number in a text, in order, with its position in the original text. */
function findCards(text: string, reading: Reading = 'text'): CardSpan[] {
  const found: CardSpan[] = [];
  for (const run of text.matchAll(NUMBER_RUN)) {
    const cards = cardsInRun(groupsOf(text, run, reading));
    // Right after "商户号", "S/N", "order" …: only a whole card is still a card. Only the number
    // the label names (the one the run starts with), so guarding twice gives the same text.
    const labelled = afterNotCardLabel(text, run.index);
    found.push(
      ...cards.filter((c) => !labelled || c.start !== run.index || isCardNumber(c.digits)),
    );
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

/** A PIN-like value as `maskPinLike` leaves it: no digit in it, so it is no longer PIN-like. */
export const PIN_MASK = '••••';
const PIN_LIKE_VALUE = new RegExp(`${VALUE_CHAR}{4,20}$`);

/**
 * Masks the value of every PIN-like fragment ("密码 123456" → "密码 ••••"). For text nobody
 * reviews before it is kept (a search is logged as typed): a note flags them instead, and the
 * merchant decides.
 */
export function maskPinLike(text: string): string {
  return text.replace(PIN_LIKE, (fragment) => fragment.replace(PIN_LIKE_VALUE, PIN_MASK));
}

/** The guard run on every note save: mask card numbers, flag PIN-like fragments. */
export function guardText(text: string): GuardResult {
  const { text: masked, masked: count } = maskCards(text);
  // Flags are looked for after masking, so each fragment can be found in the returned text.
  return { text: masked, masked: count, pinLike: findPinLike(masked) };
}
