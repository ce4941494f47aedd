/**
 * Traditional → simplified, character by character, for search only. Pure. The table is
 * OpenCC's (the `opencc-js` package: its Taiwan and Hong Kong variant tables, then its
 * traditional → simplified character table), cut down to the characters the lookup's own words
 * use: a traditional character whose simplified form no answer contains could not match
 * anything anyway. `hanzi.data.ts` is generated, never written by hand: `hanzi.test.ts` rebuilds
 * it from opencc-js and the answers, and fails when it is stale (UPDATE_HANZI=1 rewrites it).
 */
import { hanziPairs } from './hanzi.data';

const table = new Map<string, string>();
const chars = Array.from(hanziPairs);
for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);

export function toSimplified(text: string): string {
  return text.replace(
    /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/g,
    (ch) => table.get(ch) ?? ch,
  );
}
