// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsCardData } from './cardGuard';
import { MAX_SHORT_TEXT_CHARS, PROVIDER_LIMITS } from './limits';
import { parsePhone } from './phone';
import { parseProviderFile, type ProviderInfo } from './provider.schema';

const sampleText = readFileSync(
  path.resolve(import.meta.dirname, '../../deploy/provider.sample.json'),
  'utf8',
);
const sample = JSON.parse(sampleText) as ProviderInfo;

/** The sample with one change, as a file's text. */
function variant(change: (file: Record<string, unknown>) => void): string {
  const file = structuredClone(sample) as unknown as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

function problemsOf(text: string): string[] {
  const parsed = parseProviderFile(text);
  expect(parsed.ok, 'refused').toBe(false);
  return parsed.ok ? [] : parsed.problems;
}

const hotline = (file: Record<string, unknown>, i: number) =>
  (file.hotlines as Record<string, unknown>[])[i]!;

describe('a provider file that is right', () => {
  it('the shipped sample passes, as written', () => {
    expect(parseProviderFile(sampleText)).toEqual({ ok: true, provider: sample });
  });

  it('the welcome is optional', () => {
    const parsed = parseProviderFile(variant((f) => delete f.welcome));
    expect(parsed.ok && parsed.provider.welcome).toBeUndefined();
  });

  it('texts and numbers are trimmed; full-width digits and 转 are read as typed ones are', () => {
    const parsed = parseProviderFile(
      variant((f) => {
        f.name = { zh: '  示例支付  ', en: ' Example Pay ' };
        hotline(f, 0).number = ' ４００－１２３－４５６７ 转 2 ';
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.provider.name).toEqual({ zh: '示例支付', en: 'Example Pay' });
    expect(parsed.provider.hotlines[0]!.number).toBe('４００－１２３－４５６７ 转 2');
    expect(parsePhone(parsed.provider.hotlines[0]!.number)).toMatchObject({
      ok: true,
      display: '400-123-4567 转 2',
    });
  });

  // Like the terminals form: a number that parses as a Chinese phone number is never a card
  // number, so the card guard is not run over it; and none of these is flagged by it either, so
  // the number is never masked where the app guards text (the support packet, notes).
  it.each([
    '400-123-4567 转 2',
    '+86 138 1234 5678',
    '8613812345678',
    '0086 755 1234 5678 转 123',
    '(0755) 1234-5678',
    '0755-12345678-123',
    '95588 转 8',
    '800-820-8820',
  ])('the hotline %s passes the phone rules alone, and the card guard does not flag it', (n) => {
    const parsed = parseProviderFile(variant((f) => (hotline(f, 0).number = n)));
    expect(parsed.ok).toBe(true);
    expect(containsCardData(n)).toBe(false);
  });

  it('the name and a number fit the terminal fields they pre-fill', () => {
    expect(PROVIDER_LIMITS.nameChars).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
    expect(PROVIDER_LIMITS.numberChars).toBeLessThanOrEqual(MAX_SHORT_TEXT_CHARS);
  });
});

describe('a bad provider file is refused, naming each bad field', () => {
  it.each<[string, (f: Record<string, unknown>) => void, string]>([
    ['no name', (f) => delete f.name, 'name: is missing'],
    ['a name in one language', (f) => (f.name = { zh: '示例' }), 'name.en: is missing'],
    ['an empty name', (f) => (f.name = { zh: '   ', en: 'Example' }), 'name.zh: is empty'],
    ['a name that is a number', (f) => (f.name = { zh: '示例', en: 7 }), 'name.en: must be text'],
    ['a name that is text', (f) => (f.name = 'Example'), 'name: must be { "zh": "…", "en": "…" }'],
    [
      'a name too long',
      (f) => (f.name = { zh: '示'.repeat(61), en: 'Example' }),
      'name.zh: is longer than 60 characters',
    ],
    [
      'a name over two lines',
      (f) => (f.name = { zh: '示例\n支付', en: 'Example' }),
      'name.zh: must be one line',
    ],
    [
      'a name that reads backwards (a direction override)',
      (f) => (f.name = { zh: '示例', en: 'Example \u202ePay' }),
      'name.en: must be one line',
    ],
    [
      'a name with a third language',
      (f) => (f.name = { zh: '示例', en: 'Example', fr: 'Exemple' }),
      'name.fr: is not a field here',
    ],
    ['no hotline', (f) => (f.hotlines = []), 'hotlines: needs at least one hotline'],
    ['hotlines not a list', (f) => (f.hotlines = '400-123-4567'), 'hotlines: must be a list'],
    [
      'too many hotlines',
      (f) => (f.hotlines = Array.from({ length: 6 }, () => hotline(f, 0))),
      'hotlines: has more than 5 hotlines',
    ],
    [
      'a hotline that is not a phone number',
      (f) => (hotline(f, 1).number = '12345678901234'),
      'hotlines[1].number: not a phone number',
    ],
    [
      'a foreign number',
      (f) => (hotline(f, 0).number = '+1 212 555 0100'),
      'hotlines[0].number: not a phone number',
    ],
    [
      'a web address for a number',
      (f) => (hotline(f, 0).number = 'https://pay.example.com'),
      'hotlines[0].number: not a phone number',
    ],
    [
      'a hotline without a number',
      (f) => delete hotline(f, 1).number,
      'hotlines[1].number: is missing',
    ],
    [
      'a number written as a number',
      (f) => (hotline(f, 0).number = 4001234567),
      'hotlines[0].number: must be text',
    ],
    [
      'a number too long',
      (f) => (hotline(f, 0).number = `400-123-4567 ${' '.repeat(40)}转 2`),
      'hotlines[0].number: is longer than 40 characters',
    ],
    [
      'a label in one language',
      (f) => (hotline(f, 0).label = { en: 'Service' }),
      'hotlines[0].label.zh: is missing',
    ],
    [
      'a label too long',
      (f) => (hotline(f, 1).label = { zh: '售后', en: 'R'.repeat(41) }),
      'hotlines[1].label.en: is longer than 40 characters',
    ],
    [
      'a hotline with a field the app does not know',
      (f) => (hotline(f, 0).hours = '9-18'),
      'hotlines[0].hours: is not a field here',
    ],
    [
      'a card number in the welcome',
      (f) => (f.welcome = { zh: '测试卡 6222 0212 3456 7890 126', en: 'Welcome' }),
      'welcome.zh: holds a card number',
    ],
    [
      'a web address in the welcome',
      (f) => (f.welcome = { zh: '欢迎', en: 'See www.example.com for help' }),
      'welcome.en: holds a web address',
    ],
    [
      'a host name in a label',
      (f) => (hotline(f, 0).label = { zh: '客服 pay.example.cn', en: 'Service' }),
      'hotlines[0].label.zh: holds a web address',
    ],
    [
      'a welcome too long',
      (f) => (f.welcome = { zh: '欢迎', en: 'W'.repeat(121) }),
      'welcome.en: is longer than 120 characters',
    ],
    [
      'a misspelt field',
      (f) => (f.welcom = f.welcome),
      'welcom: is not a field here ("name", "hotlines" and an optional "welcome")',
    ],
  ])('%s', (_what, change, problem) => {
    const problems = problemsOf(variant(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('says every bad field at once, not only the first', () => {
    const problems = problemsOf(
      variant((f) => {
        delete f.name;
        hotline(f, 1).number = 'call us';
        f.welcome = { zh: '欢迎', en: 'http://example.com' };
      }),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'name',
      'hotlines[1].number',
      'welcome.en',
    ]);
  });

  it.each([
    ['not JSON', '{ "name": ', '(the whole file): is not JSON'],
    ['a list', '[]', '(the whole file): must be an object'],
    ['null', 'null', '(the whole file): must be an object'],
    ['a prototype key', '{ "__proto__": { "x": 1 } }', '(the whole file): holds a key or text'],
    [
      'script text',
      sampleText.replace('Example Pay Services', '<script>alert(1)</script>'),
      '(the whole file): holds a key or text',
    ],
    [
      'a file too large',
      JSON.stringify({ ...sample, padding: 'x'.repeat(PROVIDER_LIMITS.fileBytes) }),
      '(the whole file): is larger than 16 KB',
    ],
  ])('%s', (_what, text, problem) => {
    expect(problemsOf(text)).toEqual([expect.stringContaining(problem)]);
  });
});
