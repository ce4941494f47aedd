// @vitest-environment node
/**
 * hanzi.data.ts is OpenCC's table, cut to the lookup's characters (see hanzi.ts): rebuilt here
 * from the opencc-js package and the answers. Stale (a word added to an answer, opencc-js
 * updated) → this fails; `UPDATE_HANZI=1 npx vitest run --project unit src/lookup/hanzi.test.ts`
 * writes it again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import { from, to } from 'opencc-js/preset/t2cn';
import { describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import { buildAnswers } from './answers';
import { toSimplified } from './hanzi';
import { hanziPairs } from './hanzi.data';

/**
 * A character table of OpenCC's presets: `from.tw` is [[TWVariantsRevPhrases, TWVariantsRev]],
 * `to.cn` is [[TSPhrases, TSCharacters]]; the second of each group is the character table.
 */
function characters(groups: readonly (readonly unknown[])[] | undefined): string {
  const dict = groups?.[0]?.[1];
  if (typeof dict !== 'string') throw new Error('opencc-js changed its preset layout');
  return dict;
}

/** "a b|c d" → [[a, b], [c, d]]: OpenCC's dictionary format (first value is the default). */
function entries(dict: string): [string, string][] {
  return dict.split('|').map((e) => {
    const [from, to] = e.split(' ');
    return [from!, to!];
  });
}

/** Every character the answers' words use. */
function vocabulary(): Set<string> {
  const text = buildAnswers(faults)
    .flatMap((a) => a.phrases)
    .join('');
  return new Set(Array.from(text).filter((c) => /\p{Script=Han}/u.test(c)));
}

function generate(): string {
  const used = vocabulary();
  const ts = new Map(entries(characters(to.cn)));
  const variants = new Map([...entries(characters(from.hk)), ...entries(characters(from.tw))]);
  const pairs = new Map<string, string>();
  for (const [from, to] of ts) if (used.has(to) && from !== to) pairs.set(from, to);
  for (const [variant, standard] of variants) {
    const to = ts.get(standard) ?? standard;
    if (used.has(to) && variant !== to && !pairs.has(variant)) pairs.set(variant, to);
  }
  return [...pairs]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([a, b]) => a + b)
    .join('');
}

const file = path.resolve(import.meta.dirname, 'hanzi.data.ts');

describe('the traditional → simplified table', () => {
  it('is OpenCC’s, cut to the characters the answers use (not stale)', () => {
    const expected = generate();
    if (process.env.UPDATE_HANZI) {
      const head = readFileSync(file, 'utf8').split('\n')[0];
      writeFileSync(file, `${head}\nexport const hanziPairs =\n  '${expected}';\n`);
    }
    expect(hanziPairs).toBe(expected);
  });

  it('converts what opencc-js converts, for the traditional form of every word that finds an answer', () => {
    const toCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const words = buildAnswers(faults).flatMap((a) => a.phrases);
    for (const w of words) {
      const traditional = toTw(w);
      expect(toSimplified(traditional), traditional).toBe(toCn(traditional));
    }
  });

  it('leaves simplified, Latin and unknown characters alone', () => {
    expect(toSimplified('余额不足 A0 键盘')).toBe('余额不足 A0 键盘');
    expect(toSimplified('餘額不足')).toBe('余额不足');
    expect(toSimplified('已鎖定')).toBe('已锁定');
  });
});
