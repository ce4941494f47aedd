import { describe, expect, it } from 'vitest';
import { mergeByNewest } from './merge';

describe('mergeByNewest', () => {
  const rec = (id: string, updatedAt: number, label = '') => ({ id, updatedAt, label });

  it('puts records that are new', () => {
    const incoming = [rec('a', 1), rec('b', 1)];
    expect(mergeByNewest([], incoming)).toEqual({ put: incoming, skipped: 0 });
  });

  it('lets the newer updatedAt win on either side', () => {
    const existing = [rec('a', 5, 'mine'), rec('b', 5, 'mine')];
    const incoming = [rec('a', 9, 'theirs'), rec('b', 2, 'theirs')];
    expect(mergeByNewest(existing, incoming)).toEqual({ put: [incoming[0]], skipped: 1 });
  });

  it('keeps what is there on a tie, so restoring twice writes nothing', () => {
    const records = [rec('a', 5), rec('b', 6)];
    const first = mergeByNewest([], records);
    const second = mergeByNewest(first.put, records);
    expect(second).toEqual({ put: [], skipped: records.length });
  });

  it('collapses duplicate ids in the incoming list to the newest copy', () => {
    const incoming = [rec('a', 1, 'old'), rec('a', 3, 'newest'), rec('a', 2, 'middle')];
    const result = mergeByNewest([rec('a', 0)], incoming);
    expect(result.put).toEqual([incoming[1]]);
    expect(result.skipped).toBe(2);
    expect(new Set(result.put.map((r) => r.id)).size).toBe(result.put.length);
  });

  it('counts every incoming record once: put or skipped', () => {
    const existing = [rec('a', 5), rec('c', 1)];
    const incoming = [rec('a', 4), rec('b', 1), rec('b', 2), rec('c', 2), rec('d', 1)];
    const result = mergeByNewest(existing, incoming);
    expect(result.put.map((r) => [r.id, r.updatedAt])).toEqual([
      ['b', 2],
      ['c', 2],
      ['d', 1],
    ]);
    expect(result.put.length + result.skipped).toBe(incoming.length);
  });
});
