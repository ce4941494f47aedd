/**
 * The stores (incidents, notes, terminals, settings, practice runs, lookups), built by createStores as
 * the app builds them, on both storage kinds: each write goes through
 * its store's queue (committed before save resolves, ordered, coalesced, kept and retried on a
 * full disk), reads see the queue, deletes drop it first, and flushing before a reload reports
 * what is still pending. The queue itself is tested in writeQueue.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotesRepo } from './notes.repo';
import { memoryStorage } from './openStorage';
import type { NoteRecord } from './records';
import { createStores, flushStores } from './stores';
import { LIMITS } from './recordRules';
import { cleanupDbs, incident, lookup, note, practiceRun, storageKinds } from './testUtils';

afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await cleanupDbs();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** No automatic retries: every retry in these tests is one the test asks for. */
const manual = { retryDelaysMs: [] };
/** With a save timeout, for the tests where a write hangs (fake timers). */
const bounded = { retryDelaysMs: [], timeoutMs: 1000 };

/** Fake timeouts only: fake-indexeddb's own scheduling (setImmediate) keeps running. */
const fakeTimeouts = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

/** Makes the repo's next calls of `method` hang until the test lets them go (in call order). */
function hang<R extends object, K extends keyof R>(repo: R, method: K) {
  const real = (repo[method] as (...args: unknown[]) => Promise<unknown>).bind(repo);
  const waiting: (() => Promise<unknown>)[] = [];
  const spy = vi.spyOn(repo, method as never).mockImplementation(((...args: unknown[]) => {
    let go!: () => Promise<unknown>;
    const settled = new Promise((resolve, reject) => {
      go = () => real(...args).then(resolve, reject);
    });
    waiting.push(go);
    return settled;
  }) as never);
  return {
    waiting,
    /** Lets every hung call go, and calls through from now on. */
    release: async () => {
      spy.mockRestore();
      await Promise.all(waiting.splice(0).map((go) => go()));
    },
  };
}

describe.each(storageKinds)('the incident store (%s)', (_kind, open) => {
  it('save resolves once the record is committed; the last save of an id wins', async () => {
    const storage = open();
    const store = createStores(storage, manual).incidents;
    const first = incident({ id: 'a' });
    const second = { ...first, updatedAt: first.updatedAt + 1, status: 'resolved' as const };
    const results = await Promise.all([store.save(first), store.save(second)]);
    expect(results).toEqual([{ ok: true }, { ok: true }]);
    expect(await storage.incidents.get('a')).toEqual(second);
    expect(store.state()).toEqual({ pending: 0, writing: false, lastError: null });
  });

  it('a write that fails on a full disk is kept, read back, coalesced, and written by flush', async () => {
    const storage = open();
    const store = createStores(storage, manual).incidents;
    const older = incident({ id: 'old', startedAt: 1 });
    await store.save(older);
    const put = vi.spyOn(storage.incidents, 'put').mockRejectedValue(quota());

    const step1 = incident({ id: 'new', startedAt: 2 });
    const step2 = { ...step1, updatedAt: step1.updatedAt + 1 };
    expect(await store.save(step1)).toEqual({ ok: false, error: 'quota', pending: 1 });
    expect(await store.save(step2)).toEqual({ ok: false, error: 'quota', pending: 1 });
    // The queue is the truth: the newest copy, listed first (most recently started).
    expect(await store.get('new')).toBe(step2);
    expect((await store.list()).map((r) => r.id)).toEqual(['new', 'old']);
    expect(await store.flush()).toEqual({ ok: false, error: 'quota', pending: 1 });

    put.mockRestore(); // space freed
    expect(await store.flush()).toEqual({ ok: true });
    expect(await storage.incidents.get('new')).toEqual(step2);
    expect(store.state().pending).toBe(0);
  });

  it('delete drops the queued copy first, so a retry cannot bring the incident back', async () => {
    const storage = open();
    const store = createStores(storage, manual).incidents;
    const put = vi.spyOn(storage.incidents, 'put').mockRejectedValue(quota());
    await store.save(incident({ id: 'a' }));
    await store.delete('a');
    put.mockRestore();
    expect(await store.retryPending()).toEqual({ ok: true });
    expect(await store.get('a')).toBeUndefined();
    expect(await storage.incidents.listAll()).toEqual([]);
  });

  it('deleting an incident drops its queued notes too, so no retry writes them back as orphans', async () => {
    const storage = open();
    const stores = createStores(storage, manual);
    await stores.incidents.save(incident({ id: 'a' }));
    await stores.notes.save(note({ id: 'kept', incidentId: 'b' }));
    const put = vi.spyOn(storage.notes, 'put').mockRejectedValue(quota());
    await stores.notes.save(note({ id: 'n', incidentId: 'a' }));
    await stores.notes.save(note({ id: 'other', incidentId: 'b' }));
    await stores.incidents.delete('a');
    put.mockRestore();
    expect(await stores.notes.retryPending()).toEqual({ ok: true });
    expect(await storage.notes.listByIncident('a')).toEqual([]);
    expect((await storage.notes.listByIncident('b')).map((n) => n.id).sort()).toEqual([
      'kept',
      'other',
    ]);
  });

  it('drop takes a record back out of the queue, unless a newer copy replaced it', async () => {
    const storage = open();
    const store = createStores(storage, manual).incidents;
    vi.spyOn(storage.incidents, 'put').mockRejectedValue(quota());
    const first = incident({ id: 'a' });
    const second = { ...first, updatedAt: first.updatedAt + 1 };
    await store.save(first);
    await store.save(second);
    store.drop(first);
    expect(await store.get('a')).toBe(second);
    store.drop(second);
    expect(await store.get('a')).toBeUndefined();
    expect(store.state().pending).toBe(0);
  });
});

describe.each(storageKinds)('the note store (%s)', (_kind, open) => {
  it('lists the queued notes of an incident with the stored ones, oldest first', async () => {
    const storage = open();
    const store = createStores(storage, manual).notes;
    await store.save(note({ id: 'b', incidentId: 'i1', createdAt: 200 }));
    vi.spyOn(storage.notes, 'put').mockRejectedValue(quota());
    expect(await store.save(note({ id: 'a', incidentId: 'i1', createdAt: 100 }))).toMatchObject({
      ok: false,
      error: 'quota',
    });
    await store.save(note({ id: 'z', incidentId: 'i2', createdAt: 50 }));
    expect((await store.listByIncident('i1')).map((n) => n.id)).toEqual(['a', 'b']);
    expect((await store.listByIncident('i2')).map((n) => n.id)).toEqual(['z']);
  });

  it('a deleted draft is not written by a later retry', async () => {
    const storage = open();
    const store = createStores(storage, manual).notes;
    const put = vi.spyOn(storage.notes, 'put').mockRejectedValue(quota());
    await store.save(note({ id: 'd', incidentId: 'i1', draft: true }));
    await store.delete('d');
    put.mockRestore();
    expect(await store.flush()).toEqual({ ok: true });
    expect(await storage.notes.listByIncident('i1')).toEqual([]);
  });
});

describe.each(storageKinds)('the note store, deletes through the queue (%s)', (_kind, open) => {
  it('a delete that fails is kept and retried: the note reads as gone, a flush says it is pending', async () => {
    const storage = open();
    const store = createStores(storage, manual).notes;
    await store.save(note({ id: 'd', incidentId: 'i1', draft: true }));
    const del = vi.spyOn(storage.notes, 'delete').mockRejectedValue(quota());
    expect(await store.delete('d')).toEqual({ ok: false, error: 'quota', pending: 1 });
    // Still stored, but the queue is the truth: a reload of the panel does not bring it back.
    expect((await storage.notes.listByIncident('i1')).map((n) => n.id)).toEqual(['d']);
    expect(await store.listByIncident('i1')).toEqual([]);
    expect(store.state()).toEqual({ pending: 1, writing: false, lastError: 'quota' });
    expect(await store.flush()).toEqual({ ok: false, error: 'quota', pending: 1 });

    del.mockRestore(); // connection back
    expect(await store.flush()).toEqual({ ok: true });
    expect(await storage.notes.listByIncident('i1')).toEqual([]);
    expect(store.state().pending).toBe(0);
  });

  it('a save after a delete of the same id replaces it, and a delete after a save replaces that', async () => {
    const storage = open();
    const store = createStores(storage, manual).notes;
    const put = vi.spyOn(storage.notes, 'put').mockRejectedValue(quota());
    const del = vi.spyOn(storage.notes, 'delete').mockRejectedValue(quota());
    const typedAgain = note({ id: 'd', incidentId: 'i1', text: 'typed again', draft: true });
    await store.save(note({ id: 'd', incidentId: 'i1', draft: true }));
    await store.delete('d');
    await store.save(typedAgain);
    expect(store.state().pending).toBe(1);
    expect(await store.listByIncident('i1')).toEqual([typedAgain]);
    await store.save(note({ id: 'e', incidentId: 'i1' }));
    await store.delete('e');
    expect((await store.listByIncident('i1')).map((n) => n.id)).toEqual(['d']);

    put.mockRestore();
    del.mockRestore();
    expect(await store.flush()).toEqual({ ok: true });
    expect(await storage.notes.listByIncident('i1')).toEqual([typedAgain]);
  });
});

describe('the note store, a write under way', () => {
  it('deletes only after the write of that note has landed', async () => {
    const events: string[] = [];
    const writes: (() => void)[] = [];
    const repo: NotesRepo = {
      put: (n: NoteRecord) =>
        new Promise<void>((resolve) => {
          events.push(`put ${n.id}`);
          writes.push(() => {
            events.push(`written ${n.id}`);
            resolve();
          });
        }),
      get: () => Promise.resolve(undefined),
      listByIncident: () => Promise.resolve([]),
      delete: (id) => {
        events.push(`delete ${id}`);
        return Promise.resolve();
      },
    };
    // Every store is built by createStores: here over memory storage with this notes repo.
    const store = createStores({ ...memoryStorage('noIndexedDB'), notes: repo }, manual).notes;
    const saving = store.save(note({ id: 'n', incidentId: 'i1' }));
    await vi.waitFor(() => expect(writes).toHaveLength(1));
    const deleting = store.delete('n');
    writes[0]!();
    expect(await Promise.all([saving, deleting])).toEqual([{ ok: true }, { ok: true }]);
    expect(events).toEqual(['put n', 'written n', 'delete n']);
  });
});

describe('deleting an incident while a write hangs (it never hangs itself)', () => {
  it('a note write that hangs: the delete fails after the save timeout, and nothing is deleted', async () => {
    fakeTimeouts();
    const storage = memoryStorage('noIndexedDB');
    const stores = createStores(storage, bounded);
    await stores.incidents.save(incident({ id: 'a' }));
    const put = hang(storage.notes, 'put');
    void stores.notes.save(note({ id: 'n', incidentId: 'a' }));
    let result: unknown;
    void stores.incidents.delete('a').then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(999);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toEqual({ ok: false, error: 'timeout', pending: 1 });
    expect(await storage.incidents.get('a')).toBeDefined();

    await put.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(await stores.incidents.delete('a')).toEqual({ ok: true });
    expect(await storage.incidents.get('a')).toBeUndefined();
    expect(await storage.notes.listByIncident('a')).toEqual([]);
  });

  it('an incident write that hangs: the delete says timeout, reads say gone, and it lands after the write', async () => {
    fakeTimeouts();
    const storage = memoryStorage('noIndexedDB');
    const stores = createStores(storage, bounded);
    const put = hang(storage.incidents, 'put');
    void stores.incidents.save(incident({ id: 'a' }));
    let result: unknown;
    void stores.incidents.delete('a').then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(1000);
    expect(result).toEqual({ ok: false, error: 'timeout', pending: 1 });
    expect(await stores.incidents.get('a')).toBeUndefined();
    expect(await stores.incidents.list()).toEqual([]);

    await put.release(); // the hung write lands, then the queued delete after it
    await vi.advanceTimersByTimeAsync(0);
    expect(await stores.incidents.flush()).toEqual({ ok: true });
    expect(await storage.incidents.get('a')).toBeUndefined();
  });
});

describe.each(storageKinds)('the practice run store (%s)', (_kind, open) => {
  it('saveOrTakeBack: a run that could not be written is not kept for a later retry', async () => {
    const storage = open();
    const store = createStores(storage, manual).practiceRuns;
    const put = vi.spyOn(storage.practiceRuns, 'put').mockRejectedValue(quota());
    expect(await store.saveOrTakeBack(practiceRun({ id: 'p' }), null)).toEqual({
      ok: false,
      error: 'quota',
      pending: 1,
    });
    expect(store.state().pending).toBe(0);
    put.mockRestore();
    expect(await store.flush()).toEqual({ ok: true });
    expect(await store.list()).toEqual([]);

    expect(await store.saveOrTakeBack(practiceRun({ id: 'p', trainee: 'again' }), null)).toEqual({
      ok: true,
    });
    expect((await storage.practiceRuns.get('p'))?.trainee).toBe('again');
  });

  it('saveOrTakeBack: a timed-out write that commits later is overwritten by the copy the screen shows', async () => {
    fakeTimeouts();
    const storage = open();
    const store = createStores(storage, bounded).practiceRuns;
    const shown = practiceRun({ id: 'p', updatedAt: 1 });
    expect(await store.saveOrTakeBack(shown, null)).toEqual({ ok: true });
    const put = hang(storage.practiceRuns, 'put');
    const next = { ...shown, updatedAt: 2, status: 'finished' as const };
    const saving = store.saveOrTakeBack(next, shown);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await saving).toEqual({ ok: false, error: 'timeout', pending: 1 });
    // The screen says "not saved" and stays on `shown`: so do the reads…
    expect(await store.get('p')).toEqual(shown);

    await put.release(); // …and the disk, once the write that was under way has landed.
    await vi.advanceTimersByTimeAsync(0);
    expect(await store.flush()).toEqual({ ok: true });
    expect(await storage.practiceRuns.get('p')).toEqual(shown);
  });

  it('saveOrTakeBack: a new run whose write timed out does not appear later', async () => {
    fakeTimeouts();
    const storage = open();
    const store = createStores(storage, bounded).practiceRuns;
    const put = hang(storage.practiceRuns, 'put');
    const saving = store.saveOrTakeBack(practiceRun({ id: 'p' }), null);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await saving).toEqual({ ok: false, error: 'timeout', pending: 1 });
    expect(await store.list()).toEqual([]);

    await put.release();
    await vi.advanceTimersByTimeAsync(0);
    expect(await store.flush()).toEqual({ ok: true });
    expect(await storage.practiceRuns.list()).toEqual([]);
  });

  it('reads and clears through the queue', async () => {
    const storage = open();
    const store = createStores(storage, manual).practiceRuns;
    await store.save(practiceRun({ id: 'a', startedAt: 1 }));
    const put = vi.spyOn(storage.practiceRuns, 'put').mockRejectedValue(quota());
    await store.save(practiceRun({ id: 'b', startedAt: 2 }));
    expect((await store.list()).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await store.get('b'))?.id).toBe('b');
    await store.clear();
    put.mockRestore();
    expect(await store.flush()).toEqual({ ok: true });
    expect(await store.list()).toEqual([]);
  });
});

describe.each(storageKinds)('the lookup store (%s)', (_kind, open) => {
  it('a lookup that cannot be written yet is listed and counted, and written by flush', async () => {
    const storage = open();
    const store = createStores(storage, manual).lookups;
    const march = (day: number) => new Date(2025, 2, day, 12).getTime();
    await store.save(lookup({ id: 'a', answer: 'code:51', at: march(1) }));
    const put = vi.spyOn(storage.lookups, 'put').mockRejectedValue(quota());
    const queued = lookup({ id: 'b', answer: 'code:51', at: march(2) });
    expect(await store.save(queued)).toEqual({ ok: false, error: 'quota', pending: 1 });
    expect((await store.list()).map((l) => l.id)).toEqual(['b', 'a']);
    expect(await store.statsForMonth(march(15))).toEqual({
      total: 2,
      byAnswer: [{ answer: 'code:51', count: 2 }],
    });
    put.mockRestore();
    expect(await store.flush()).toEqual({ ok: true });
    expect(await storage.lookups.get('b')).toEqual(queued);
  });

  it('the same lookup saved again (searched again, then answered) is one record, the newest', async () => {
    const storage = open();
    const store = createStores(storage, manual).lookups;
    const first = lookup({ id: 'a', answer: 'none' });
    const answered = { ...first, answer: 'ask:network', updatedAt: first.updatedAt + 5_000 };
    expect(await Promise.all([store.save(first), store.save(answered)])).toEqual([
      { ok: true },
      { ok: true },
    ]);
    expect(await store.list()).toEqual([answered]);
  });

  it(`lists at most the newest ${LIMITS.lookups}, queued ones included`, async () => {
    const storage = open();
    const store = createStores(storage, manual).lookups;
    const full = Array.from({ length: LIMITS.lookups }, (_, i) => lookup({ at: 10_000 + i }));
    if (storage.db) await storage.db.lookups.bulkPut(full);
    else for (const l of full) await storage.lookups.put(l);
    vi.spyOn(storage.lookups, 'put').mockRejectedValue(quota());
    await store.save(lookup({ id: 'queued', at: 90_000 }));
    const listed = await store.list();
    expect(listed).toHaveLength(LIMITS.lookups);
    expect(listed[0]!.id).toBe('queued');
    expect(listed.map((l) => l.id)).not.toContain(full[0]!.id);
  });
});

describe('flushing every store before a reload', () => {
  it('is ok only when no store has anything pending', async () => {
    const storage = memoryStorage('noIndexedDB');
    const stores = createStores(storage, manual);
    expect(await flushStores(stores)).toEqual({ ok: true });
    const put = vi.spyOn(storage.notes, 'put').mockRejectedValue(quota());
    await stores.notes.save(note({ id: 'n', incidentId: 'i1', draft: true }));
    expect(await flushStores(stores)).toEqual({
      ok: false,
      error: 'quota',
      pending: 1,
      stores: ['notes'],
    });
    put.mockRestore();
    expect(await flushStores(stores)).toEqual({ ok: true });
    expect((await storage.notes.listByIncident('i1')).map((n) => n.id)).toEqual(['n']);
  });
});
