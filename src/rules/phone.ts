/**
 * Terminal provider hotlines as printed on a Chinese contract or label, turned into a tidy form
 * to show and a `tel:` link to tap. Pure: no React, no window.
 *
 * Accepted (mainland China only — the providers this app is about):
 *  - 400 / 800 numbers: 400-123-4567, 4001234567
 *  - short service numbers: 95xxx bank lines (95588), 1xxxx carrier/government lines (10086, 12363)
 *  - mobiles 13x–19x, with +86 / 0086 / 86 and any spaces or dashes
 *  - landlines with area code: (0755) 12345678, 0755-12345678, 010-12345678, +86 755 12345678
 *  - an extension after 转 / 轉 / 分机 / ext / x / #, or a third dash group on a landline
 *    (0755-12345678-123); the tel link dials it after a pause (`,`)
 * Full-width digits, brackets and dashes are read as their ASCII forms.
 */

export type PhoneResult =
  { ok: true; display: string; tel: string } | { ok: false; reason: 'empty' | 'invalid' };

const EMPTY: PhoneResult = { ok: false, reason: 'empty' };
const INVALID: PhoneResult = { ok: false, reason: 'invalid' };

/** Full-width forms to ASCII (NFKC), every dash to '-', whitespace runs to one space. */
function normalise(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "<number> 转 123": the words printed before an extension on Chinese and English labels. */
const EXTENSION_WORD = /^(.*?)\s*(?:转|轉|分机|分機|ext\.?|x|#)\s*(\d{1,6})$/i;
/** "0755-12345678-123": a landline followed by a third dash group is an extension, by habit. */
const DASH_EXTENSION = /^(\(?0\d{2,3}\)?[ -]?\d{7,8})-(\d{1,6})$/;

function splitExtension(s: string): { main: string; ext?: string } {
  const m = EXTENSION_WORD.exec(s) ?? DASH_EXTENSION.exec(s);
  if (m?.[1] !== undefined && m[2] !== undefined) return { main: m[1], ext: m[2] };
  return { main: s };
}

/**
 * The national number (with its leading 0 for landlines), or null when the text is not a
 * number: letters, a '+' in the middle, a foreign country code.
 */
function nationalDigits(main: string): string | null {
  const plain = main.replace(/[()]/g, '').trim();
  if (!/^\+?[\d .\-/]+$/.test(plain)) return null;
  const digits = plain.replace(/\D/g, '');
  let national: string;
  if (plain.startsWith('+')) {
    if (!digits.startsWith('86')) return null;
    national = digits.slice(2);
  } else if (digits.startsWith('0086')) {
    national = digits.slice(4);
  } else if (/^861[3-9]\d{9}$/.test(digits)) {
    national = digits.slice(2);
  } else {
    return digits;
  }
  // In international form a landline drops its trunk 0 (+86 755 …): put it back, unless it
  // was printed anyway ("+86 (0)755 …").
  if (national.startsWith('0') || isMobile(national) || isSpecial(national)) return national;
  return `0${national}`;
}

const isMobile = (n: string): boolean => /^1[3-9]\d{9}$/.test(n);
const isTollFree = (n: string): boolean => /^[48]00\d{7}$/.test(n);
const isShort = (n: string): boolean => /^(?:95\d{3}|1\d{4})$/.test(n);
const isSpecial = (n: string): boolean => isTollFree(n) || isShort(n);

/**
 * Area code and subscriber of a landline. 010 and 02x have three digits (0 included), every
 * other area code four; subscribers have 7–8 digits and never start with 0 (real ones start
 * with 2–8, but sample numbers on contracts are often 12345678, so 1 is let through).
 */
function splitLandline(n: string): { area: string; subscriber: string } | null {
  if (!n.startsWith('0')) return null;
  const areaLength = n[1] === '1' || n[1] === '2' ? 3 : 4;
  if (n.startsWith('01') && !n.startsWith('010')) return null;
  const area = n.slice(0, areaLength);
  const subscriber = n.slice(areaLength);
  return /^[1-9]\d{6,7}$/.test(subscriber) ? { area, subscriber } : null;
}

function format(n: string): { display: string; tel: string } | null {
  if (isTollFree(n)) {
    // 400/800 numbers only work from inside China: no +86 in the link.
    return { display: `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`, tel: `tel:${n}` };
  }
  if (isShort(n)) return { display: n, tel: `tel:${n}` };
  if (isMobile(n)) {
    return { display: `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, tel: `tel:+86${n}` };
  }
  const landline = splitLandline(n);
  if (landline) {
    return {
      display: `${landline.area}-${landline.subscriber}`,
      tel: `tel:+86${n.slice(1)}`,
    };
  }
  return null;
}

export function parsePhone(input: string): PhoneResult {
  const s = normalise(input);
  if (s === '') return EMPTY;
  const { main, ext } = splitExtension(s);
  const national = nationalDigits(main);
  const formatted = national === null ? null : format(national);
  if (!formatted) return INVALID;
  if (ext === undefined) return { ok: true, ...formatted };
  // 转 as on the label; ',' is the pause phones insert before dialling the extension.
  return { ok: true, display: `${formatted.display} 转 ${ext}`, tel: `${formatted.tel},${ext}` };
}
