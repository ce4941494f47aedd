import { describe, expect, it } from 'vitest';
import {
  MASK_PREFIX,
  containsCardData,
  findPinLike,
  guardText,
  containsCardDataInCode,
  isCardNumber,
  maskCard,
  maskPinLike,
  passesLuhn,
} from './cardGuard';

/** Published test card numbers (Luhn-valid, never issued). */
const VISA = '4111111111111111';
const MASTERCARD = '5555555555554444';
const AMEX = '378282246310005';
const VISA_13 = '4222222222222';
const UNIONPAY_LUHN = '6212345678901232';
/** 19 digits starting with 62 that fail Luhn: only the UnionPay rule can catch it. */
const UNIONPAY_19_NO_LUHN = '6222021234567890123';

const toFullWidth = (s: string): string =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const groupsOf4 = (digits: string, sep: string): string => digits.match(/.{1,4}/g)!.join(sep);
const lastFour = (digits: string): string => digits.slice(-4);

describe('passesLuhn / isCardNumber', () => {
  it.each([VISA, MASTERCARD, AMEX, VISA_13, UNIONPAY_LUHN])('%s passes Luhn', (pan) => {
    expect(passesLuhn(pan)).toBe(true);
    expect(isCardNumber(pan)).toBe(true);
  });

  it('fails Luhn when one digit changes', () => {
    const changed = VISA.slice(0, -1) + String((Number(VISA.slice(-1)) + 1) % 10);
    expect(passesLuhn(changed)).toBe(false);
    expect(isCardNumber(changed)).toBe(false);
  });

  it('accepts 16–19 digits starting with 62 without Luhn, not shorter ones', () => {
    expect(passesLuhn(UNIONPAY_19_NO_LUHN)).toBe(false);
    expect(isCardNumber(UNIONPAY_19_NO_LUHN)).toBe(true);
    expect(isCardNumber(UNIONPAY_19_NO_LUHN.slice(0, 16))).toBe(true);
    const fifteen = UNIONPAY_19_NO_LUHN.slice(0, 15);
    expect(passesLuhn(fifteen)).toBe(false);
    expect(isCardNumber(fifteen)).toBe(false);
  });

  it('rejects lengths outside 13–19 even when Luhn passes', () => {
    expect(passesLuhn('0000000000000000000000')).toBe(true);
    expect(isCardNumber('000000000000')).toBe(false);
    expect(isCardNumber('00000000000000000000')).toBe(false);
  });
});

describe('guardText: masking card numbers', () => {
  it.each([
    ['contiguous', VISA, VISA],
    ['spaced 4-4-4-4', groupsOf4(VISA, ' '), VISA],
    ['dashes', groupsOf4(MASTERCARD, '-'), MASTERCARD],
    ['dots', groupsOf4(MASTERCARD, '.'), MASTERCARD],
    ['full-width digits', toFullWidth(VISA), VISA],
    ['full-width digits and spaces', groupsOf4(toFullWidth(VISA), '\u3000'), VISA],
    ['full-width dashes', groupsOf4(VISA, '－'), VISA],
    ['spaced with a double space', groupsOf4(VISA, '  '), VISA],
    ['spaces around dashes', groupsOf4(VISA, ' - '), VISA],
    ['15-digit Amex 4-6-5', `${AMEX.slice(0, 4)} ${AMEX.slice(4, 10)} ${AMEX.slice(10)}`, AMEX],
    ['13-digit Visa', VISA_13, VISA_13],
    ['19-digit UnionPay without Luhn', UNIONPAY_19_NO_LUHN, UNIONPAY_19_NO_LUHN],
    ['19-digit UnionPay 4-4-4-4-3', groupsOf4(UNIONPAY_19_NO_LUHN, ' '), UNIONPAY_19_NO_LUHN],
  ])('masks %s to the last four', (_name, written, pan) => {
    const note = `card ${written} declined`;
    const result = guardText(note);
    expect(result.text).toBe(`card ${maskCard(pan)} declined`);
    expect(result.text.endsWith(`${lastFour(pan)} declined`)).toBe(true);
    expect(result.masked).toBe(1);
    expect(containsCardData(note)).toBe(true);
    expect(containsCardData(result.text)).toBe(false);
  });

  it('uses ASCII digits for the last four of a full-width number', () => {
    expect(maskCard(toFullWidth(VISA))).toBe(MASK_PREFIX + lastFour(VISA));
  });

  it('masks a number embedded in Chinese text without spaces', () => {
    const result = guardText(`顾客卡号${UNIONPAY_19_NO_LUHN}刷卡失败，提示密钥错误`);
    expect(result.text).toBe(`顾客卡号${maskCard(UNIONPAY_19_NO_LUHN)}刷卡失败，提示密钥错误`);
    expect(result.masked).toBe(1);
  });

  it('masks two cards in one note and keeps everything around them', () => {
    const note = `第一张 ${groupsOf4(VISA, ' ')}，第二张${AMEX}。金额¥1,234.56，电话13812345678`;
    const result = guardText(note);
    expect(result.masked).toBe(2);
    expect(result.text).toBe(
      `第一张 ${maskCard(VISA)}，第二张${maskCard(AMEX)}。金额¥1,234.56，电话13812345678`,
    );
  });

  it('masks two cards written one after the other', () => {
    const result = guardText(`${VISA} ${MASTERCARD}`);
    expect(result.text).toBe(`${maskCard(VISA)} ${maskCard(MASTERCARD)}`);
    expect(result.masked).toBe(2);
  });

  it('masks a card next to a year without swallowing the year', () => {
    const result = guardText(`2024 ${VISA}`);
    expect(result.text).toBe(`2024 ${maskCard(VISA)}`);
  });

  it('masks a card after a serial number glued to letters', () => {
    const result = guardText(`SN12345 ${VISA}`);
    expect(result.text).toBe(`SN12345 ${maskCard(VISA)}`);
  });
});

describe('guardText: numbers that are not cards stay as written', () => {
  const notCards: [string, string][] = [
    ['a mobile number', '师傅电话 13812345678'],
    ['a mobile number with +86 and spaces', '+86 138 1234 5678'],
    ['a mobile number with 0086', '0086 13812345678'],
    ['a 400 hotline', '客服 400-123-4567'],
    ['a landline with extension', '0755-12345678 转 123'],
    ['an amount', '金额¥1,234.56，退款 ¥88.00'],
    ['a date and a time', '2024-05-01 12:30 与 2024.05.01'],
    ['a date followed by a phone number', '2024-05-01 13812345678'],
    ['a 12-digit merchant number', '商户号 123456789012'],
    ['an 8-digit terminal id', '终端号 12345678'],
    ['a 12-digit number not starting with a card prefix', '商户号 123456789012'],
    ['a 15-digit merchant number starting with 1 that fails Luhn', '商户编号 102100000000002'],
    ['dates with slashes', '2024/05/01 12:30，05/01/2024'],
    ['mobiles separated by commas', '13812345678,13912345678，13712345678'],
    ['mobiles on separate lines', '13812345678\n13912345678\r\n0755-12345678'],
    ['a large amount with thousands separators', '¥12,345,678.90'],
    ['a photo file name with a date and time', 'IMG_20240501_1230.jpg'],
    ['a 400 hotline without dashes', '4001234567'],
    ['an 8-digit terminal id and a date', '终端号 12345678 2024-05-01'],
    ['11 digits starting with a card prefix', '41111111111'],
    ['a reference number longer than 19 digits', '参考号 12345678901234567890123'],
    ['the last four of a mask followed by other digits', `${maskCard(VISA)} 1234 5678 9`],
  ];

  it.each(notCards)('leaves %s untouched', (_name, note) => {
    const result = guardText(note);
    expect(result.text).toBe(note);
    expect(result.masked).toBe(0);
    expect(containsCardData(note)).toBe(false);
  });
});

describe('guardText: notes are free text, so digits glued to letters count', () => {
  // The letter exemption is for serial numbers (containsCardDataInCode); a note saying
  // "card#4111…" or "4111…a" holds a card number all the same.
  it.each([
    ['after a letter', `x${VISA}`, `x${maskCard(VISA)}`],
    ['before a letter', `${VISA}a`, `${maskCard(VISA)}a`],
    ['between letters', `SN: PX${VISA}`, `SN: PX${maskCard(VISA)}`],
    ['before letters', `${VISA}AB`, `${maskCard(VISA)}AB`],
  ])('masks a card %s', (_name, note, expected) => {
    expect(guardText(note).text).toBe(expected);
    expect(containsCardData(note)).toBe(true);
  });
});

describe('guardText: separators and groupings the reviewer found', () => {
  it.each([
    ['newlines', groupsOf4(VISA, '\n'), VISA],
    ['Windows line breaks', groupsOf4(VISA, '\r\n'), VISA],
    ['commas', groupsOf4(VISA, ','), VISA],
    ['commas and spaces', groupsOf4(VISA, ', '), VISA],
    ['full-width commas', groupsOf4(VISA, '，'), VISA],
    ['slashes', groupsOf4(MASTERCARD, '/'), MASTERCARD],
    ['underscores', groupsOf4(MASTERCARD, '_'), MASTERCARD],
    ['tabs', groupsOf4(VISA, '\t'), VISA],
    ['a newline and indentation', groupsOf4(VISA, '\n  '), VISA],
    ['8+8 groups', `${VISA.slice(0, 8)} ${VISA.slice(8)}`, VISA],
    ['8+8 groups with a dash', `${MASTERCARD.slice(0, 8)}-${MASTERCARD.slice(8)}`, MASTERCARD],
  ])('masks a card split by %s', (_name, written, pan) => {
    const result = guardText(`卡号：${written}。`);
    expect(result.text).toBe(`卡号：${maskCard(pan)}。`);
    expect(result.masked).toBe(1);
  });
});

describe('guardText: partial numbers in drafts, masked without Luhn', () => {
  // A draft is autosaved while the merchant pauses. 15 of 16 digits is the whole card (the
  // last is the Luhn check digit), so 12–19 digits written like a card are masked as typed.
  it.each([
    ['15 of 16 digits, 4-4-4-3', '4111 1111 1111 111', '4111111111111111'.slice(0, 15)],
    ['13 of 16 digits, 4-4-4-1', '4111 1111 1111 1', '4111111111111'],
    ['12 digits, 4-4-4, Visa prefix', '4111 1111 1111', '411111111111'],
    ['12 plain digits, Mastercard prefix', '555555555555', '555555555555'],
    ['15 digits, 8-7, Visa prefix', `${VISA.slice(0, 8)} ${VISA.slice(8, 15)}`, VISA.slice(0, 15)],
    ['Mastercard 2-series, 4-4-4-3', '2221 0012 3456 789', '222100123456789'],
    ['a 16-digit number that fails Luhn', '4111111111111112', '4111111111111112'],
    [
      'a 15-digit 62 number that fails Luhn',
      UNIONPAY_19_NO_LUHN.slice(0, 15),
      UNIONPAY_19_NO_LUHN.slice(0, 15),
    ],
  ])('masks %s', (_name, written, digits) => {
    const result = guardText(`草稿 ${written}`);
    expect(result.text).toBe(`草稿 ${maskCard(digits)}`);
    expect(containsCardData(result.text)).toBe(false);
  });

  it('masks each step of a card being typed from 12 digits on', () => {
    const typed = groupsOf4(VISA, ' ');
    for (let n = 1; n <= typed.length; n++) {
      const draft = typed.slice(0, n);
      const digits = draft.replace(/\D/g, '').length;
      const result = guardText(draft);
      expect(result.masked, draft).toBe(digits >= 12 ? 1 : 0);
    }
  });

  it('masks the whole card, not a longer partial span, when a card is followed by digits', () => {
    expect(guardText(`${groupsOf4(VISA, ' ')} 05/26`).text).toBe(`${maskCard(VISA)} 05/26`);
  });

  it('masks a 12-digit number that starts like a card, unless a label says what it is', () => {
    // Trade-off: 12 digits starting with 4 may be a card being typed, and a card left in the
    // database is worse than a masked number. After 商户号 / merchant no. it is what it says.
    expect(guardText('512345678901').text).toBe(maskCard('512345678901'));
    expect(guardText('商户号 512345678901').text).toBe('商户号 512345678901');
  });
});

describe('containsCardDataInCode: serial numbers', () => {
  it.each(['SN0820123456', 'N7G0012345', `SN${VISA}`, `${VISA}AB`, '15204CT25618923', 'A920'])(
    'accepts %s: digits glued to letters belong to the code',
    (serial) => {
      expect(containsCardDataInCode(serial)).toBe(false);
    },
  );

  it.each([
    VISA,
    groupsOf4(VISA, ' '),
    `SN ${VISA}`,
    `SN: ${groupsOf4(MASTERCARD, '-')}`,
    '4111 1111 1111 111',
  ])('refuses %s', (serial) => {
    expect(containsCardDataInCode(serial)).toBe(true);
  });
});

describe('guardText: idempotence', () => {
  const notes = [
    `${groupsOf4(VISA, ' ')} 和 ${toFullWidth(AMEX)}`,
    `顾客卡号${UNIONPAY_19_NO_LUHN}，${MASTERCARD}-0000，密码123456`,
    `${VISA} ${VISA_13}`,
    '电话13812345678，金额¥1,234.56',
  ];

  it.each(notes)('guarding the guarded text of %s changes nothing', (note) => {
    const once = guardText(note);
    const twice = guardText(once.text);
    expect(twice.text).toBe(once.text);
    expect(twice.masked).toBe(0);
    expect(twice.pinLike).toEqual(once.pinLike);
    expect(containsCardData(once.text)).toBe(false);
  });
});

describe('guardText: the mask prefix shields only the four digits a mask leaves', () => {
  it('still masks a whole card number typed after bullets', () => {
    const result = guardText(`${MASK_PREFIX}${VISA}`);
    expect(result.text).toBe(`${MASK_PREFIX}${maskCard(VISA)}`);
    expect(containsCardData(`${MASK_PREFIX}${VISA}`)).toBe(true);
  });
});

describe('guardText: PIN and password flags', () => {
  const pinPhrases = [
    'PIN 1234',
    'pin:123456',
    'PIN: 0000',
    'password is 9876',
    'Password: abc123',
    'PIN code 4321',
    '密码123456',
    '密码：1234',
    '密码是 888888',
    '口令 abc123',
    '口令：２５８０',
    'PIN码 1234',
  ];

  it.each(pinPhrases)('flags "%s" and leaves it in the text', (phrase) => {
    const note = `今天 ${phrase}，明天再试`;
    const result = guardText(note);
    expect(result.pinLike).toEqual([phrase]);
    expect(result.text).toBe(note);
    expect(result.masked).toBe(0);
  });

  it('flags from the keyword on: the fragment of 主管密码 is 密码 and its value', () => {
    expect(guardText('主管密码 123456 别外传').pinLike).toEqual(['密码 123456']);
  });

  it('lists several fragments in order, each once', () => {
    const result = guardText('PIN 1234, 密码是 888888, again PIN 1234');
    expect(result.pinLike).toEqual(['PIN 1234', '密码是 888888']);
  });

  const notPins = [
    'forgot the password',
    'the password is wrong',
    'PIN entry failed 3 times',
    'PIN pad is dark',
    'pinpad 1234 model',
    'spin 1234',
    '密码错误',
    '密码错误3次',
    '无法输入密码',
    '请输入密码',
    '密码键盘没反应',
    '口令',
    'PIN 12',
  ];

  it.each(notPins)('does not flag "%s"', (note) => {
    expect(guardText(note).pinLike).toEqual([]);
    expect(findPinLike(note)).toEqual([]);
  });

  it('finds fragments in the masked text, so a masked card is never flagged as a PIN', () => {
    const result = guardText(`PIN ${VISA}`);
    expect(result.text).toBe(`PIN ${maskCard(VISA)}`);
    expect(result.pinLike).toEqual([]);
  });
});

describe('guardText: property over generated strings', () => {
  /** A small seeded PRNG (mulberry32), so a failure reproduces. */
  function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const separators = [
    ' ',
    '  ',
    '-',
    ' - ',
    '.',
    ',',
    ', ',
    '/',
    '_',
    '\n',
    '\r\n',
    '\t',
    '，',
    '\u3000',
    '－',
    '',
    '',
  ];
  const fillers = ['', '', 'x', 'SN', '卡号', '¥', '+86 ', '•', MASK_PREFIX, '：', 'a', ' ', '\n'];

  function generate(next: () => number): string {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    let s = '';
    const parts = 1 + Math.floor(next() * 8);
    for (let p = 0; p < parts; p++) {
      s += pick(fillers);
      const groups = 1 + Math.floor(next() * 6);
      for (let g = 0; g < groups; g++) {
        if (g > 0) s += pick(separators);
        const len = 1 + Math.floor(next() * (next() < 0.3 ? 19 : 8));
        let digits = '';
        for (let d = 0; d < len; d++) digits += String(Math.floor(next() * 10));
        // Sometimes a real card, so that whole cards are generated too.
        if (next() < 0.1) digits = pick([VISA, MASTERCARD, AMEX, groupsOf4(VISA, ' ')]);
        s += next() < 0.1 ? toFullWidth(digits) : digits;
      }
    }
    return s;
  }

  it('never leaves card data after guarding, and guarding twice changes nothing', () => {
    const next = random(20250115);
    let masked = 0;
    for (let n = 0; n < 5000; n++) {
      const input = generate(next);
      const once = guardText(input);
      masked += once.masked;
      expect(containsCardData(once.text), JSON.stringify(input)).toBe(false);
      expect(guardText(once.text).text, JSON.stringify(input)).toBe(once.text);
    }
    expect(masked).toBeGreaterThan(500); // the generator does produce cards to mask
  });
});

describe('maskPinLike: text kept without review (a search) loses the value of a PIN', () => {
  it.each([
    ['今天 密码 123456 输不进去', '今天 密码 •••• 输不进去'],
    ['PIN: 0000', 'PIN: ••••'],
    ['password is ab12cd, PIN 1234', 'password is ••••, PIN ••••'],
    ['口令：２５８０', '口令：••••'],
  ])('"%s" → "%s", and nothing PIN-like is left', (text, masked) => {
    expect(maskPinLike(text)).toBe(masked);
    expect(findPinLike(maskPinLike(text))).toEqual([]);
  });

  it.each(['密码错误', '请输入密码', 'PIN pad is dark', '51 余额不足', 'PIN 12'])(
    'leaves "%s" as written',
    (text) => {
      expect(maskPinLike(text)).toBe(text);
    },
  );
});
