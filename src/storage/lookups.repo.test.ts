import { afterEach, describe, expect, it } from 'vitest';
import { computeLookupStats } from './lookups.repo';
import type { LookupRecord } from './records';
import { LIMITS } from './recordRules';
import { cleanupDbs, lookup, storageKinds } from './testUtils';

afterEach(async () => {
  await cleanupDbs();
});

describe.each(storageKinds)('lookups repo (%s)', (_kind, open) => {
  it('lists lookups newest first; gets, replaces and deletes one', async () => {
    const { lookups } = open();
    const first = lookup({ id: 'a', at: 1_000, updatedAt: 1_000 });
    const second = lookup({ id: 'b', at: 2_000, updatedAt: 2_000, answer: 'msg:paperOut' });
    await lookups.put(first);
    await lookups.put(second);
    expect((await lookups.list()).map((l) => l.id)).toEqual(['b', 'a']);
    const answered = { ...first, answer: 'none', updatedAt: 1_500 };
    await lookups.put(answered);
    expect(await lookups.get('a')).toEqual(answered);
    await lookups.delete('a');
    expect(await lookups.get('a')).toBeUndefined();
    expect(await lookups.list()).toEqual([second]);
  });

  it.each([
    ['a card number', '4111 1111 1111 1111 余额不足'],
    ['a card number without spaces', 'x4111111111111111'],
    ['a PIN', '密码 123456 输不进去'],
    ['a password', 'my password is ab12cd'],
  ])('refuses text with %s, and writes nothing', async (_what, q) => {
    const { lookups } = open();
    await expect(lookups.put(lookup({ id: 'l', q }))).rejects.toThrow(/invalid lookup/);
    expect(await lookups.list()).toEqual([]);
  });

  it.each([
    ['an answer that is no id', { answer: '51' }],
    ['a close answer that is no id', { close: ['code:51', 'constructor'] }],
    ['a language the app has not', { lang: 'fr' as 'en' }],
    ['text over the limit', { q: 'x'.repeat(LIMITS.shortTextChars + 1) }],
  ])('refuses %s', async (_what, bad: Partial<LookupRecord>) => {
    const { lookups } = open();
    await expect(lookups.put(lookup({ id: 'l', ...bad }))).rejects.toThrow(/invalid lookup/);
  });

  it(`keeps the newest ${LIMITS.lookups}: each write drops the oldest beyond the bound`, async () => {
    const storage = open();
    const full = Array.from({ length: LIMITS.lookups }, (_, i) =>
      lookup({ id: `l${i}`, at: 10_000 + i, updatedAt: 10_000 + i }),
    );
    // Filled directly where a table can take them at once; the repo write is what is tested.
    if (storage.db) await storage.db.lookups.bulkPut(full);
    else for (const l of full) await storage.lookups.put(l);
    await storage.lookups.put(lookup({ id: 'newest', at: 90_000, updatedAt: 90_000 }));
    await storage.lookups.put(lookup({ id: 'newer', at: 80_000, updatedAt: 80_000 }));
    const kept = await storage.lookups.list();
    expect(kept).toHaveLength(LIMITS.lookups);
    expect(kept.slice(0, 3).map((l) => l.id)).toEqual([
      'newest',
      'newer',
      `l${LIMITS.lookups - 1}`,
    ]);
    expect(await storage.lookups.get('l0')).toBeUndefined();
    expect(await storage.lookups.get('l1')).toBeUndefined();
    expect(await storage.lookups.get('l2')).toBeDefined();
  });
});

describe('computeLookupStats', () => {
  const march = (day: number) => new Date(2025, 2, day, 12).getTime();

  it('counts the lookups first shown in the month of now, per answer, most first', () => {
    const stats = computeLookupStats(
      [
        lookup({ answer: 'code:51', at: march(1) }),
        lookup({ answer: 'guide:keyError', at: march(3) }),
        lookup({ answer: 'code:51', at: march(31) }),
        lookup({ answer: 'none', at: march(4) }),
        lookup({ answer: 'code:51', at: new Date(2025, 1, 28, 23).getTime() }), // February
        lookup({ answer: 'code:51', at: new Date(2025, 3, 1, 0).getTime() }), // April
      ],
      new Date(2025, 2, 15),
    );
    expect(stats).toEqual({
      total: 4,
      byAnswer: [
        { answer: 'code:51', count: 2 },
        { answer: 'guide:keyError', count: 1 },
        { answer: 'none', count: 1 },
      ],
    });
  });

  it('is empty for a month without lookups', () => {
    expect(computeLookupStats([lookup({ at: march(2) })], new Date(2025, 5, 1))).toEqual({
      total: 0,
      byAnswer: [],
    });
  });
});
