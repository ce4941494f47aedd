import { describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import { containsCardData, findPinLike } from '../rules/cardGuard';
import { isAnswerId, isShowableLookup, LIMITS } from '../storage/recordRules';
import { buildAnswers } from './answers';
import { lookupRecord, maskedQuery, SAME_LOOKUP_MS, withAsk, type Shown } from './lookupLog';

const T0 = Date.UTC(2026, 11, 7, 9, 0);

describe('maskedQuery: what a lookup keeps of what was typed', () => {
  it.each([
    ['6222 0212 3456 7890 余额不足', '•••• 7890 余额不足'],
    ['4111111111111111', '•••• 1111'],
    ['密码 123456 输不进去', '密码 •••• 输不进去'],
    ['pin is 0000 and card 4111-1111-1111-1111', 'pin is •••• and card •••• 1111'],
    ['  51 余额不足  ', '51 余额不足'],
    ['请输入密码', '请输入密码'],
  ])('"%s" → "%s"', (typed, kept) => {
    expect(maskedQuery(typed)).toBe(kept);
  });

  it('clips to the stored length and never leaves a card or a PIN in clear', () => {
    const long = `${'很长的一句话'.repeat(40)} 4111 1111 1111 1111`;
    const kept = maskedQuery(long);
    expect(kept.length).toBeLessThanOrEqual(LIMITS.shortTextChars);
    // A value cut down to PIN size by the clipping is masked as well.
    const cut = `${'x'.repeat(LIMITS.shortTextChars - 10)} 密码 ${'ab12'.repeat(10)}`;
    for (const q of [kept, maskedQuery(cut)]) {
      expect(containsCardData(q)).toBe(false);
      expect(findPinLike(q)).toEqual([]);
    }
  });
});

describe('lookupRecord: one search, one record', () => {
  let n = 0;
  const newId = () => `look-${++n}`;
  const shown = (over: Partial<Shown> = {}): Shown => ({
    q: '51',
    answer: 'code:51',
    close: ['code:61'],
    lang: 'zh',
    ...over,
  });

  it('builds a showable record, masked, the close answers in their order', () => {
    const r = lookupRecord(shown({ q: '卡号4111111111111111 51' }), undefined, T0, newId);
    expect(r).toMatchObject({ q: '卡号•••• 1111 51', answer: 'code:51', close: ['code:61'] });
    expect(r).toMatchObject({ at: T0, updatedAt: T0, lang: 'zh' });
    expect(isShowableLookup(r)).toBe(true);
  });

  it('the same search three times within a minute is one lookup', () => {
    const first = lookupRecord(shown(), undefined, T0, newId);
    const second = lookupRecord(shown(), first, T0 + 20_000, newId);
    const third = lookupRecord(shown(), second, T0 + 50_000, newId);
    expect(new Set([first.id, second.id, third.id]).size).toBe(1);
    expect(third).toMatchObject({ at: T0, updatedAt: T0 + 50_000 });
  });

  it('a new lookup after a minute, for other text, or for another answer', () => {
    const first = lookupRecord(shown(), undefined, T0, newId);
    for (const next of [
      lookupRecord(shown(), first, T0 + SAME_LOOKUP_MS, newId),
      lookupRecord(shown({ q: '61' }), first, T0 + 1000, newId),
      lookupRecord(shown({ answer: 'msg:paperOut' }), first, T0 + 1000, newId),
      lookupRecord(shown(), first, T0 - 1000, newId), // the clock went back
    ]) {
      expect(next.id).not.toBe(first.id);
    }
  });

  it('"nothing found" answered stays answered when searched again', () => {
    const none = lookupRecord(
      shown({ q: 'zzqx', answer: 'none', close: [] }),
      undefined,
      T0,
      newId,
    );
    const asked = withAsk(none, 'network', T0 + 5000);
    expect(asked).toMatchObject({ id: none.id, answer: 'ask:network', updatedAt: T0 + 5000 });
    const again = lookupRecord(
      shown({ q: 'zzqx', answer: 'none', close: [] }),
      asked,
      T0 + 9000,
      newId,
    );
    expect(again).toMatchObject({ id: none.id, answer: 'ask:network' });
  });
});

describe('answer ids', () => {
  it('every answer the lookup can show, and the three asks, are ids a record may hold', () => {
    const ids = [...buildAnswers(faults).map((a) => a.id), 'none', 'ask:card', 'ask:terminal'];
    for (const id of [...ids, 'ask:network']) expect(isAnswerId(id), id).toBe(true);
  });
});
