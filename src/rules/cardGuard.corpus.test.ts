/**
 * Precision and recall of the card guard on a corpus of what merchants type into a note: card
 * numbers in every format a Chinese shop sees (must all be masked) and the numbers the app itself
 * asks them to have ready, or that sit on a receipt or a contract (must all be kept as typed).
 * The test prints both figures and fails below 100 % on either.
 */
import { describe, expect, it } from 'vitest';
import { guardText, passesLuhn } from './cardGuard';

/** The Luhn check digit that completes `body`. */
function withCheckDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (passesLuhn(body + d)) return body + d;
  throw new Error('unreachable');
}
/** A number of `length` digits starting with `prefix`, filled from a fixed seed, Luhn-valid. */
function luhnNumber(prefix: string, length: number, seed: number): string {
  let body = prefix;
  let x = seed;
  while (body.length < length - 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    body += String(x % 10);
  }
  return withCheckDigit(body);
}
/** A number that fails Luhn (the check digit bumped by one). */
function failingLuhn(prefix: string, length: number, seed: number): string {
  const ok = luhnNumber(prefix, length, seed);
  return ok.slice(0, -1) + String((Number(ok.at(-1)) + 1) % 10);
}
const fullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const groups = (digits: string, sizes: readonly number[]) => {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= digits.length) break;
    out.push(digits.slice(i, i + n));
    i += n;
  }
  if (i < digits.length) out.push(digits.slice(i));
  return out;
};
const by4 = (d: string) => groups(d, [4, 4, 4, 4, 4]);
const amexGroups = (d: string) => groups(d, [4, 6, 5]);

/** Card numbers, whole, of each brand (generated Luhn-valid unless said otherwise). */
const CARDS: { brand: string; digits: string; grouping: (d: string) => string[] }[] = [
  { brand: 'Visa 16', digits: '4111111111111111', grouping: by4 },
  { brand: 'Visa 16', digits: luhnNumber('4', 16, 1), grouping: by4 },
  { brand: 'Visa 13', digits: luhnNumber('4', 13, 2), grouping: by4 },
  { brand: 'Visa 19', digits: luhnNumber('4', 19, 3), grouping: by4 },
  { brand: 'Mastercard 51', digits: '5555555555554444', grouping: by4 },
  { brand: 'Mastercard 53', digits: luhnNumber('53', 16, 4), grouping: by4 },
  { brand: 'Mastercard 2-series', digits: luhnNumber('2221', 16, 5), grouping: by4 },
  { brand: 'UnionPay 62, 16', digits: luhnNumber('6222', 16, 6), grouping: by4 },
  { brand: 'UnionPay 62, 17', digits: luhnNumber('6217', 17, 7), grouping: by4 },
  { brand: 'UnionPay 62, 18', digits: luhnNumber('6228', 18, 8), grouping: by4 },
  { brand: 'UnionPay 62, 19', digits: luhnNumber('6212', 19, 9), grouping: by4 },
  { brand: 'UnionPay 62, 19, no Luhn', digits: failingLuhn('6230', 19, 10), grouping: by4 },
  { brand: 'UnionPay 62, 16, no Luhn', digits: failingLuhn('6259', 16, 11), grouping: by4 },
  { brand: 'Amex 34', digits: '378282246310005', grouping: amexGroups },
  { brand: 'Amex 37', digits: luhnNumber('34', 15, 12), grouping: amexGroups },
  { brand: 'JCB', digits: '3530111333300000', grouping: by4 },
  { brand: 'JCB 19', digits: luhnNumber('3566', 19, 13), grouping: by4 },
];

/** Ways a card number reaches a note: as printed, as read out, copied from a chat. */
const CARD_FORMATS: { name: string; write: (d: string, g: string[]) => string }[] = [
  { name: 'plain', write: (d) => d },
  { name: 'spaces', write: (_, g) => g.join(' ') },
  { name: 'dashes', write: (_, g) => g.join('-') },
  { name: 'full-width', write: (d) => fullWidth(d) },
  { name: 'full-width, spaces', write: (_, g) => fullWidth(g.join(' ')) },
  { name: 'split over lines', write: (_, g) => g.join('\n') },
  { name: 'in a sentence', write: (_, g) => `顾客说卡号是 ${g.join(' ')}，刷不了` },
  { name: 'English sentence', write: (d) => `customer card ${d} declined twice` },
  { name: 'after a label', write: (_, g) => `Card no.: ${g.join('-')}` },
  { name: 'dots', write: (_, g) => g.join('.') },
];

const cardCases = CARDS.flatMap((card) =>
  CARD_FORMATS.map((f) => ({
    name: `${card.brand}, ${f.name}`,
    text: f.write(card.digits, card.grouping(card.digits)),
    last4: card.digits.slice(-4),
  })),
);

/** Luhn-valid 15-digit merchant numbers with the first digits of real acquirers. */
const merchantNumbers = [
  '898310048161234', // the example from the issue: passes Luhn
  luhnNumber('102', 15, 21), // ICBC
  luhnNumber('105', 15, 22), // CCB
  luhnNumber('305', 15, 23), // Minsheng
  luhnNumber('308', 15, 24), // China Merchants
  luhnNumber('310', 15, 25), // SPDB
  luhnNumber('822', 15, 26), // a payment company
  luhnNumber('898', 15, 27),
  '102290058120017', // Luhn or not, as printed
  '898440353995567',
];
/** Merchant numbers whose first digits are also a card's: kept when labelled (as the app shows them). */
const labelledOnlyMerchantNumbers = [
  luhnNumber('403', 15, 31), // Postal Savings Bank
  luhnNumber('48', 15, 32),
  luhnNumber('6', 15, 33),
  '512345678901',
];
const terminalNumbers = ['12345678', '90010203', '00123456', '88880001', '1A2B3C4D'];
const serials = [
  'N7NL123456',
  'SN: 00001234567890123',
  'S/N 82301234567890',
  'SN8A1234567890123',
  '15204CT25618923',
  '序列号：0820123456789012',
  'A920 S/N 1170012345678',
  'S/N:5G123456',
];
const phones = [
  '13812345678',
  '138 1234 5678',
  '+86 138 1234 5678',
  '+8613812345678',
  '0086 13812345678',
  '400-820-1234',
  '4008201234',
  '400 820 1234',
  '95588',
  '95588转2',
  '95555 转 1 转 3',
  '(0755) 12345678',
  '0755-12345678-123',
  '010-12345678',
  '客服电话 400-820-1234 转 2',
  '10086',
  '12363',
  '96110',
];
const orderAndReference = [
  '订单号 20261130123456789012',
  '订单号：4200001234202611301234567890',
  '交易单号 2026113022001456781234567890',
  '参考号 401234567890',
  '参考号：123456789012',
  '凭证号 000123 批次号 000045',
  '授权码 123456',
  '流水号 000123',
  'order no. 20261130000012345',
  'Ref: 612345678901',
  'trace 000321',
  '快递单号 SF1234567890123',
  '发票号码 04400123456',
];
const amounts = [
  '¥1,234.56',
  '1234.50元',
  '收了 88 元',
  '¥12,345,678.90',
  '金额：RMB 1 234 567.00',
  '退款 -350.00',
  '￥９９.００',
  '2 × 45.00 = 90.00',
];
const dates = [
  '2026-11-30 14:05',
  '2026/11/30 14:05:33',
  '2026年11月30日 下午2点',
  '20261130140533',
  '30.11.2026',
  '11-30 09:12 到 11-30 09:40',
  '05/26',
  '2026-11-30T14:05:33+08:00',
];

const keptCases: string[] = [
  ...merchantNumbers,
  ...merchantNumbers.map((m) => `商户号：${m}`),
  ...merchantNumbers.map((m) => `商户编号 ${m}，终端号 12345678`),
  ...merchantNumbers.map((m) => `Merchant no. ${m}`),
  ...labelledOnlyMerchantNumbers.map((m) => `商户号 ${m}`),
  ...labelledOnlyMerchantNumbers.map((m) => `MID: ${m}`),
  ...terminalNumbers,
  ...terminalNumbers.map((t) => `终端号：${t}`),
  ...terminalNumbers.map((t) => `TID ${t}`),
  ...serials,
  ...phones,
  ...orderAndReference,
  ...amounts,
  ...dates,
  '商户号 898310048161234 终端号 12345678 S/N N7NL123456',
  '打了 400-820-1234，说明天 10:00 前派人',
  '11:05 重启了一次，11:20 又安全锁定',
  'Called 95588 ext 2 at 14:05, ticket 20261130-0042',
  '密钥错误 A0，签到 3 次',
];

describe('the card guard on the corpus', () => {
  it('masks every card number and keeps every other number: precision and recall 100 %', () => {
    let truePositives = 0;
    const missed: string[] = [];
    for (const c of cardCases) {
      const out = guardText(c.text);
      if (out.masked === 1 && out.text.includes(`•••• ${c.last4}`)) truePositives++;
      else missed.push(`${c.name}: ${JSON.stringify(c.text)} → ${JSON.stringify(out.text)}`);
    }
    const wronglyMasked: string[] = [];
    for (const text of keptCases) {
      const out = guardText(text);
      if (out.masked !== 0 || out.text !== text)
        wronglyMasked.push(`${JSON.stringify(text)} → ${JSON.stringify(out.text)}`);
    }
    const falsePositives = wronglyMasked.length;
    const precision = truePositives / (truePositives + falsePositives);
    const recall = truePositives / cardCases.length;
    const size = cardCases.length + keptCases.length;
    console.log(
      `card guard corpus: ${size} strings (${cardCases.length} with a card, ${keptCases.length} without) · ` +
        `precision ${(precision * 100).toFixed(1)} % · recall ${(recall * 100).toFixed(1)} %`,
    );
    expect(size).toBeGreaterThanOrEqual(200);
    expect(missed, 'card numbers left unmasked').toEqual([]);
    expect(wronglyMasked, 'numbers masked that are not cards').toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
  });

  it('counts what it hid', () => {
    const out = guardText('4111 1111 1111 1111 和 6222 0212 3456 7890 128，商户号 898310048161234');
    expect(out.masked).toBe(2);
    expect(out.text).toContain('898310048161234');
  });
});
