import Dexie, { type DBCore } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, type PosRescueDb } from './db';
import { createIncidentsRepo, type IncidentsRepo } from './incidents.repo';
import type { IncidentRecord } from './records';
import { cleanupDbs, freshDb, incident, track } from './testUtils';
import {
  createSaver as createQueue,
  DELETED,
  type QueueHooks,
  type SaverOptions,
  type SaverState,
} from './writeQueue';

/** A queue over a repo of these tests; one without `delete` refuses deletes (none of its tests asks). */
function createSaver<T extends { id: string }>(
  repo: { put(record: T): Promise<unknown>; delete?(id: string): Promise<unknown> },
  options?: SaverOptions,
  hooks?: QueueHooks<T>,
) {
  return createQueue(
    {
      put: (record) => repo.put(record),
      delete: (id) => (repo.delete ? repo.delete(id) : Promise.reject(new TypeError('no delete'))),
    },
    options,
    hooks,
  );
}

afterEach(async () => {
  vi.useRealTimers();
  await cleanupDbs();
});

/** Chrome's full disk, as Dexie reports it: an aborted transaction with the cause in `inner`. */
const quotaAbort = () =>
  new Dexie.AbortError(
    'QuotaExceededError',
    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  );

/** A real IndexedDB repo whose put fails with a wrapped quota error while `full` is true. */
function flakyRepo(db = freshDb()) {
  const real = createIncidentsRepo(db);
  const calls: IncidentRecord[] = [];
  const repo = {
    full: false,
    calls,
    real,
    put(record: IncidentRecord): Promise<void> {
      calls.push(record);
      return repo.full ? Promise.reject(quotaAbort()) : real.put(record);
    },
  };
  return repo;
}

interface Deferred {
  resolve: () => void;
  reject: (e: unknown) => void;
}

/** A repo whose every put waits until the test settles it. */
function manualRepo() {
  const waiting: { record: IncidentRecord; d: Deferred }[] = [];
  const stored = new Map<string, IncidentRecord>();
  return {
    waiting,
    stored,
    put(record: IncidentRecord): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        waiting.push({
          record,
          d: {
            resolve: () => {
              stored.set(record.id, record);
              resolve();
            },
            reject,
          },
        });
      });
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

/** The record after one more step. */
function step(rec: IncidentRecord, n: number): IncidentRecord {
  return {
    ...rec,
    updatedAt: rec.updatedAt + n,
    log: [...rec.log, { from: `s${n}`, event: 'next', at: rec.updatedAt + n }],
  };
}

describe('saving', () => {
  it('writes the record and reports ok', async () => {
    const repo = flakyRepo();
    const saver = createSaver(repo);
    const rec = incident();
    expect(await saver.save(rec)).toEqual({ ok: true });
    expect(await repo.real.get(rec.id)).toEqual(rec);
    expect(saver.state().pending).toBe(0);
    expect(saver.state()).toEqual({ pending: 0, writing: false, lastError: null });
  });

  it('serializes writes: one at a time, in call order, the last step wins on disk', async () => {
    const db = freshDb();
    const real = createIncidentsRepo(db);
    let inFlight = 0;
    let maxInFlight = 0;
    const order: { id: string; steps: number }[] = [];
    const repo = {
      async put(r: IncidentRecord) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        order.push({ id: r.id, steps: r.log.length });
        try {
          await real.put(r);
        } finally {
          inFlight--;
        }
      },
    };
    const saver = createSaver(repo);
    let rec = incident();
    const results = [];
    for (let i = 1; i <= 12; i++) {
      rec = step(rec, i);
      // Not awaited: the wizard (or a double tap) may be faster than the disk.
      results.push(saver.save(rec));
      results.push(saver.save({ ...rec, id: 'other' }));
      if (i % 3 === 0) await tick();
    }
    expect((await Promise.all(results)).every((r) => r.ok)).toBe(true);
    expect(maxInFlight).toBe(1);
    for (const id of [rec.id, 'other']) {
      const steps = order.filter((o) => o.id === id).map((o) => o.steps);
      // Never an older step after a newer one (steps in between may be skipped: newest wins).
      expect(steps).toEqual([...new Set(steps)].sort((a, b) => a - b));
      expect(steps.at(-1)).toBe(12);
    }
    expect((await real.get(rec.id))?.log).toHaveLength(12);
    expect((await real.get('other'))?.log).toHaveLength(12);
  });

  it('a step saved while the previous write is in flight waits for it, then wins', async () => {
    const repo = manualRepo();
    const saver = createSaver(repo);
    const v1 = incident();
    const v2 = step(v1, 1);
    const r1 = saver.save(v1);
    await tick();
    const r2 = saver.save(v2);
    await tick();
    expect(repo.waiting.map((w) => w.record)).toEqual([v1]); // v2 has not overtaken
    repo.waiting[0]?.d.resolve();
    await tick();
    expect(repo.waiting.map((w) => w.record)).toEqual([v1, v2]);
    repo.waiting[1]?.d.resolve();
    expect(await r1).toEqual({ ok: true });
    expect(await r2).toEqual({ ok: true });
    expect(repo.stored.get(v1.id)).toBe(v2);
  });
});

describe('a step superseded before it was written', () => {
  it('is never written itself and reports the outcome of the step that replaced it', async () => {
    const repo = manualRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    const v1 = incident();
    const v2 = step(v1, 1);
    const v3 = step(v2, 2);
    const r1 = saver.save(v1);
    await tick();
    const r2 = saver.save(v2);
    const r3 = saver.save(v3);
    expect(saver.state().pending).toBe(1);
    repo.waiting[0]?.d.resolve();
    await vi.waitFor(() => expect(repo.waiting).toHaveLength(2));
    expect(repo.waiting[1]?.record).toBe(v3); // v2 skipped
    repo.waiting[1]?.d.reject(quotaAbort());
    await tick();
    expect(repo.waiting).toHaveLength(2); // one attempt for the two queued saves
    expect(await r1).toEqual({ ok: true });
    expect(await r3).toEqual({ ok: false, error: 'quota', pending: 1 });
    expect(await r2).toEqual({ ok: false, error: 'quota', pending: 1 });
    expect(repo.stored.get(v1.id)).toBe(v1);
  });
});

describe('when a write fails', () => {
  it('reports the error, keeps the record pending, and writes it on retryPending()', async () => {
    const repo = flakyRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    const states: SaverState[] = [];
    saver.onChange((s) => states.push(s));
    repo.full = true;
    const rec = incident();

    expect(await saver.save(rec)).toEqual({ ok: false, error: 'quota', pending: 1 });
    expect(saver.state().pending).toBe(1);
    expect(saver.state()).toEqual({ pending: 1, writing: false, lastError: 'quota' });
    expect(states.at(-1)).toEqual({ pending: 1, writing: false, lastError: 'quota' });
    expect(await repo.real.get(rec.id)).toBeUndefined();

    // Still full: still pending, not dropped; a flush before a reload says so too.
    expect(await saver.retryPending()).toEqual({ ok: false, error: 'quota', pending: 1 });
    expect(await saver.flush()).toEqual({ ok: false, error: 'quota', pending: 1 });

    repo.full = false;
    expect(await saver.retryPending()).toEqual({ ok: true });
    expect(await repo.real.get(rec.id)).toEqual(rec);
    expect(saver.state()).toEqual({ pending: 0, writing: false, lastError: null });
    expect(states.at(-1)).toEqual({ pending: 0, writing: false, lastError: null });
  });

  it('retries pending records on the next save', async () => {
    const repo = flakyRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    repo.full = true;
    const a = incident();
    await saver.save(a);
    repo.full = false;
    const b = incident();
    expect(await saver.save(b)).toEqual({ ok: true });
    expect(await repo.real.get(a.id)).toEqual(a);
    expect(await repo.real.get(b.id)).toEqual(b);
    expect(saver.state().pending).toBe(0);
  });

  it('keeps only the newest record per id in the queue', async () => {
    const repo = flakyRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    repo.full = true;
    const v1 = incident();
    const v2 = step(v1, 1);
    const v3 = step(v2, 2);
    const other = incident();
    for (const r of [v1, v2, other, v3]) await saver.save(r);
    expect(saver.state().pending).toBe(2);

    repo.full = false;
    repo.calls.length = 0;
    expect(await saver.retryPending()).toEqual({ ok: true });
    expect(repo.calls).toEqual([v3, other]);
    expect(await repo.real.get(v1.id)).toEqual(v3);
  });

  it('a record that keeps failing does not hold back the others', async () => {
    const db = freshDb();
    const real = createIncidentsRepo(db);
    const repo = {
      put: (r: IncidentRecord) =>
        r.id === 'bad'
          ? Promise.reject(new DOMException('could not be cloned', 'DataCloneError'))
          : real.put(r),
    };
    const saver = createSaver(repo, { retryDelaysMs: [] });
    expect(await saver.save(incident({ id: 'bad' }))).toEqual({
      ok: false,
      error: 'unknown',
      pending: 1,
    });
    const good = incident();
    expect(await saver.save(good)).toEqual({ ok: true });
    expect(await real.get(good.id)).toEqual(good);
    expect(saver.state().pending).toBe(1);
  });

  it('recovers from a quota error raised inside IndexedDB', async () => {
    const db = freshDb();
    let full = true;
    db.use({
      stack: 'dbcore',
      name: 'diskFull',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return {
            ...t,
            mutate: (req) =>
              full
                ? Promise.reject(new DOMException('quota', 'QuotaExceededError'))
                : t.mutate(req),
          };
        },
      }),
    });
    const real = createIncidentsRepo(db);
    const saver = createSaver(real, { retryDelaysMs: [] });
    const rec = incident();
    expect(await saver.save(rec)).toMatchObject({ ok: false, error: 'quota' });
    expect(await real.get(rec.id)).toBeUndefined();
    full = false;
    expect(await saver.retryPending()).toEqual({ ok: true });
    expect(await real.get(rec.id)).toEqual(rec);
  });

  it("reports 'versionChange' once another tab upgraded the database", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db: PosRescueDb = freshDb();
    const saver = createSaver(createIncidentsRepo(db));
    expect(await saver.save(incident())).toEqual({ ok: true });
    const newer = track(new Dexie(db.name));
    newer.version(DB_VERSION + 1).stores({ incidents: 'id' });
    await newer.open();
    expect(await saver.save(incident())).toEqual({
      ok: false,
      error: 'versionChange',
      pending: 1,
    });
  });
});

describe('a write that hangs', () => {
  it("reports 'timeout' but keeps its place: later steps do not overtake it", async () => {
    const repo = manualRepo();
    const saver = createSaver(repo, { timeoutMs: 20, retryDelaysMs: [] });
    const v1 = incident();
    const v2 = step(v1, 1);
    expect(await saver.save(v1)).toEqual({ ok: false, error: 'timeout', pending: 1 });
    expect(saver.state().lastError).toBe('timeout');
    expect(await saver.save(v2)).toEqual({ ok: false, error: 'timeout', pending: 1 });
    expect(repo.waiting.map((w) => w.record)).toEqual([v1]);

    repo.waiting[0]?.d.resolve();
    await vi.waitFor(() => expect(repo.waiting).toHaveLength(2));
    expect(repo.waiting[1]?.record).toBe(v2);
    repo.waiting[1]?.d.resolve();
    await saver.idle();
    expect(repo.stored.get(v1.id)).toBe(v2);
    expect(saver.state()).toEqual({ pending: 0, writing: false, lastError: null });
  });
});

describe('automatic retries', () => {
  function fakeRepo() {
    const stored = new Map<string, IncidentRecord>();
    const repo = {
      error: null as unknown,
      attempts: 0,
      stored,
      async put(r: IncidentRecord) {
        repo.attempts++;
        if (repo.error) throw repo.error;
        stored.set(r.id, r);
      },
    };
    return repo;
  }

  it('retry with backoff until the write goes through', async () => {
    vi.useFakeTimers();
    const repo = fakeRepo();
    repo.error = quotaAbort();
    const saver = createSaver(repo, { retryDelaysMs: [1000, 5000] });
    const rec = incident();
    expect(await saver.save(rec)).toMatchObject({ ok: false, error: 'quota' });
    expect(repo.attempts).toBe(1);

    await vi.advanceTimersByTimeAsync(999);
    expect(repo.attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(repo.attempts).toBe(2);
    // The last delay repeats.
    await vi.advanceTimersByTimeAsync(5000);
    expect(repo.attempts).toBe(3);
    await vi.advanceTimersByTimeAsync(5000);
    expect(repo.attempts).toBe(4);

    repo.error = null;
    await vi.advanceTimersByTimeAsync(5000);
    expect(repo.stored.get(rec.id)).toBe(rec);
    expect(saver.state().pending).toBe(0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(repo.attempts).toBe(5);
  });

  it('does not retry by itself after a version change (only a reload helps)', async () => {
    vi.useFakeTimers();
    const repo = fakeRepo();
    repo.error = new Dexie.VersionChangeError('upgraded elsewhere');
    const saver = createSaver(repo, { retryDelaysMs: [1000] });
    expect(await saver.save(incident())).toMatchObject({ ok: false, error: 'versionChange' });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(repo.attempts).toBe(1);
    expect(saver.state().pending).toBe(1);
  });
});

describe('onChange', () => {
  it('tells a banner when something is pending and when all is saved', async () => {
    const repo = flakyRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    const seen: SaverState[] = [];
    const off = saver.onChange((s) => seen.push(s));
    repo.full = true;
    await saver.save(incident());
    expect(seen).toContainEqual({ pending: 1, writing: true, lastError: null });
    expect(seen.at(-1)).toEqual({ pending: 1, writing: false, lastError: 'quota' });
    off();
    repo.full = false;
    await saver.retryPending();
    expect(seen.at(-1)).toEqual({ pending: 1, writing: false, lastError: 'quota' });
  });

  it('a listener that throws does not break saving', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const repo = flakyRepo();
    const saver = createSaver(repo);
    saver.onChange(() => {
      throw new Error('banner bug');
    });
    const rec = incident();
    expect(await saver.save(rec)).toEqual({ ok: true });
    expect(await repo.real.get(rec.id)).toEqual(rec);
  });
});

describe('works with any repo that has put (notes drafts, memory storage)', () => {
  it('saves through the memory repos too', async () => {
    const { createMemoryRepos } = await import('./memory');
    const { incidents }: { incidents: IncidentsRepo } = createMemoryRepos();
    const saver = createSaver(incidents);
    const rec = incident();
    expect(await saver.save(rec)).toEqual({ ok: true });
    expect(await incidents.get(rec.id)).toEqual(rec);
  });
});

describe('reading through the queue', () => {
  it('queued and entries show what failed to write, forget drops it for good', async () => {
    let fail = true;
    const stored = new Map<string, { id: string; v: number }>();
    const saver = createSaver<{ id: string; v: number }>(
      {
        put: async (r) => {
          if (fail) throw new DOMException('full', 'QuotaExceededError');
          stored.set(r.id, r);
        },
      },
      { retryDelaysMs: [] },
    );
    const result = await saver.save({ id: 'a', v: 2 });
    expect(result.ok).toBe(false);
    expect(saver.queued('a')).toEqual({ id: 'a', v: 2 });
    expect(saver.entries()).toEqual([['a', { id: 'a', v: 2 }]]);
    saver.forget('a', { id: 'a', v: 2 }); // another copy of it: not the one queued
    expect(saver.queued('a')).toEqual({ id: 'a', v: 2 });
    saver.forget('a');
    expect(saver.queued('a')).toBeUndefined();
    expect(saver.state().lastError).toBeNull();
    fail = false;
    await saver.retryPending();
    expect(stored.has('a')).toBe(false);
  });
});

describe('flush (before an update reloads the app)', () => {
  it('waits for the write under way, then reports ok', async () => {
    const repo = manualRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    const rec = incident();
    const saving = saver.save(rec);
    await vi.waitFor(() => expect(repo.waiting).toHaveLength(1));
    const flushing = saver.flush();
    repo.waiting[0]?.d.resolve();
    expect(await flushing).toEqual({ ok: true });
    expect(await saving).toEqual({ ok: true });
    expect(repo.stored.get(rec.id)).toBe(rec);
  });
});

describe('a queued delete (a tombstone for the id)', () => {
  /** A store of plain records whose put and delete fail while `down` is true. */
  function tombstoneRepo() {
    const stored = new Map<string, { id: string; v: number }>();
    const calls: string[] = [];
    const repo = {
      down: false,
      stored,
      calls,
      async put(r: { id: string; v: number }) {
        calls.push(`put ${r.id} v${r.v}`);
        if (repo.down) throw new DOMException('lost', 'UnknownError');
        stored.set(r.id, r);
      },
      async delete(id: string) {
        calls.push(`delete ${id}`);
        if (repo.down) throw new DOMException('lost', 'UnknownError');
        stored.delete(id);
      },
    };
    return repo;
  }

  it('is written in line with the saves, and reads as gone while it waits', async () => {
    const repo = tombstoneRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    await saver.save({ id: 'a', v: 1 });
    repo.down = true;
    expect(await saver.remove('a')).toEqual({ ok: false, error: 'unknown', pending: 1 });
    expect(saver.queued('a')).toBe(DELETED);
    expect(saver.entries()).toEqual([['a', DELETED]]);
    expect(saver.state()).toEqual({ pending: 1, writing: false, lastError: 'unknown' });
    expect(await saver.flush()).toEqual({ ok: false, error: 'unknown', pending: 1 });
    expect(repo.stored.has('a')).toBe(true);

    repo.down = false;
    expect(await saver.retryPending()).toEqual({ ok: true });
    expect(repo.stored.has('a')).toBe(false);
    expect(saver.queued('a')).toBeUndefined();
    expect(repo.calls).toEqual(['put a v1', 'delete a', 'delete a', 'delete a']);
  });

  it('is coalesced: a later save replaces it, a later delete replaces a save', async () => {
    const repo = tombstoneRepo();
    const saver = createSaver(repo, { retryDelaysMs: [] });
    repo.down = true;
    await saver.save({ id: 'a', v: 1 });
    await saver.remove('a');
    await saver.save({ id: 'a', v: 2 });
    expect(saver.queued('a')).toEqual({ id: 'a', v: 2 });
    await saver.save({ id: 'b', v: 1 });
    await saver.remove('b');
    expect(saver.state().pending).toBe(2);

    repo.down = false;
    repo.calls.length = 0;
    expect(await saver.retryPending()).toEqual({ ok: true });
    expect(repo.calls).toEqual(['put a v2', 'delete b']);
    expect([...repo.stored.values()]).toEqual([{ id: 'a', v: 2 }]);
  });

  it('waits for a write of the same id under way, so that write cannot bring it back', async () => {
    const repo = manualRepo();
    const deletes: string[] = [];
    const saver = createSaver(
      {
        put: (r: IncidentRecord) => repo.put(r),
        delete: async (id: string) => {
          deletes.push(id);
          repo.stored.delete(id);
        },
      },
      { retryDelaysMs: [] },
    );
    const rec = incident();
    const saving = saver.save(rec);
    await vi.waitFor(() => expect(repo.waiting).toHaveLength(1));
    const removing = saver.remove(rec.id);
    await tick();
    expect(deletes).toEqual([]);
    repo.waiting[0]?.d.resolve();
    expect(await Promise.all([saving, removing])).toEqual([{ ok: true }, { ok: true }]);
    expect(deletes).toEqual([rec.id]);
    expect(repo.stored.has(rec.id)).toBe(false);
  });

  it('is retried automatically like a failed write', async () => {
    vi.useFakeTimers();
    const repo = tombstoneRepo();
    const saver = createSaver(repo, { retryDelaysMs: [1000] });
    repo.stored.set('a', { id: 'a', v: 1 });
    repo.down = true;
    expect(await saver.remove('a')).toMatchObject({ ok: false });
    repo.down = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(repo.stored.has('a')).toBe(false);
    expect(saver.state().pending).toBe(0);
  });
});

describe('idle within a time (a wait that never hangs)', () => {
  it('is true once the writes settled, false when one is still under way after the timeout', async () => {
    vi.useFakeTimers();
    const repo = manualRepo();
    const saver = createSaver(repo, { retryDelaysMs: [], timeoutMs: 1000 });
    expect(await saver.idle(1000)).toBe(true);
    void saver.save(incident());
    let settled: boolean | undefined;
    void saver.idle(1000).then((v) => (settled = v));
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toBe(false);
    repo.waiting[0]?.d.resolve();
    expect(await saver.idle(10)).toBe(true);
  });
});
