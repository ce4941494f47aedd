import { describe, expect, it } from 'vitest';
import { parsePhone } from './phone';

const toFullWidth = (s: string): string =>
  s.replace(/[0-9()\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function expectOk(input: string, display: string, tel: string): void {
  expect(parsePhone(input)).toEqual({ ok: true, display, tel });
}

describe('parsePhone: 400 / 800 numbers', () => {
  it.each(['400-123-4567', '4001234567', '400 123 4567', '400-1234-567', '+86 400 123 4567'])(
    'reads %s',
    (input) => expectOk(input, '400-123-4567', 'tel:4001234567'),
  );

  it('reads an 800 number', () => expectOk('800-820-8820', '800-820-8820', 'tel:8008208820'));
});

describe('parsePhone: short service numbers', () => {
  it.each(['95588', '95533', '10086', '12363', '12315'])('reads %s', (input) =>
    expectOk(input, input, `tel:${input}`),
  );

  it('reads a short number with a menu choice', () =>
    expectOk('95588 转 8', '95588 转 8', 'tel:95588,8'));
});

describe('parsePhone: mobiles', () => {
  it.each([
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '+86 138 1234 5678',
    '+86-13812345678',
    '+8613812345678',
    '0086 13812345678',
    '008613812345678',
    '86 13812345678',
    '(+86) 138 1234 5678',
  ])('reads %s', (input) => expectOk(input, '138 1234 5678', 'tel:+8613812345678'));

  it.each(['13012345678', '15912345678', '19912345678'])('accepts the 13x–19x range: %s', (n) =>
    expectOk(n, `${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`, `tel:+86${n}`),
  );
});

describe('parsePhone: landlines', () => {
  it.each([
    '(0755) 12345678',
    '0755-12345678',
    '0755 1234 5678',
    '075512345678',
    '（0755）12345678',
    '+86 755 12345678',
    '+86 (0)755 12345678',
    '0086 755 12345678',
  ])('reads %s', (input) => expectOk(input, '0755-12345678', 'tel:+8675512345678'));

  it('reads a Beijing number (three-digit area code)', () =>
    expectOk('010-12345678', '010-12345678', 'tel:+861012345678'));

  it('reads a Guangzhou number', () =>
    expectOk('(020) 87654321', '020-87654321', 'tel:+862087654321'));

  it('reads a 7-digit subscriber behind a four-digit area code', () =>
    expectOk('0391-2345678', '0391-2345678', 'tel:+863912345678'));
});

describe('parsePhone: extensions', () => {
  it.each([
    ['0755-12345678 转 123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['0755-12345678转123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['(0755) 12345678 轉 123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['0755-12345678 分机 123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['0755-12345678 ext. 123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['0755-12345678 EXT 123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['0755-12345678 x123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['0755-12345678#123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['0755-12345678-123', '0755-12345678 转 123', 'tel:+8675512345678,123'],
    ['400-123-4567 转 8', '400-123-4567 转 8', 'tel:4001234567,8'],
    ['4001234567#8', '400-123-4567 转 8', 'tel:4001234567,8'],
  ])('reads %s', (input, display, tel) => expectOk(input, display, tel));
});

describe('parsePhone: full-width input', () => {
  it('reads full-width digits, brackets and dashes', () => {
    expectOk(toFullWidth('(0755)12345678'), '0755-12345678', 'tel:+8675512345678');
    expectOk(toFullWidth('400-123-4567'), '400-123-4567', 'tel:4001234567');
    expectOk(
      `${toFullWidth('+86')}\u3000${toFullWidth('13812345678')}`,
      '138 1234 5678',
      'tel:+8613812345678',
    );
  });

  it('reads a full-width extension', () =>
    expectOk(
      `${toFullWidth('0755-12345678')}转${toFullWidth('123')}`,
      '0755-12345678 转 123',
      'tel:+8675512345678,123',
    ));
});

describe('parsePhone: rejections', () => {
  it.each(['', '   ', '\u3000'])('calls %j empty', (input) => {
    expect(parsePhone(input)).toEqual({ ok: false, reason: 'empty' });
  });

  it.each([
    ['letters', '400-ABC-4567'],
    ['a label in front', '客服电话 400-123-4567'],
    ['words', 'call the bank'],
    ['too short', '1234'],
    ['a three-digit emergency number', '110'],
    ['a short number that is neither 95xxx nor 1xxxx', '96588'],
    ['a local number without area code', '12345678'],
    ['a mobile one digit short', '1381234567'],
    ['a mobile one digit long', '138123456789'],
    ['a mobile outside 13x–19x', '12812345678'],
    ['a 400 number one digit long', '400-123-45678'],
    ['a landline whose subscriber starts with 0', '0755-02345678'],
    ['a landline with a 9-digit subscriber', '0755-123456789'],
    ['an area code 01x other than 010', '011-12345678'],
    ['a foreign country code', '+1 415 555 0100'],
    ['a + in the middle', '138+12345678'],
    ['an extension with nothing before it', '转 123'],
    ['an extension too long', '0755-12345678 转 1234567'],
  ])('rejects %s', (_name, input) => {
    expect(parsePhone(input)).toEqual({ ok: false, reason: 'invalid' });
  });
});
