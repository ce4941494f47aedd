// iPhone storage trap 1: WebKit drops the IndexedDB connection after the app was in the
// background ("Connection to Indexed Database server lost"), and a connection can be closed
// under the running app. The next write reopens, lands, and leaves no banner stuck.
// Also: WebKit's ephemeral store (private mode) is told apart by its refusal of Blobs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll, importBackup } from './backup.repo';
import { PosRescueDb } from './db';
import { indexedDbStorage, refusesBlobs } from './openStorage';
import { cleanupDbs, freshDb, incident, note, track } from './testUtils';
import { createStores } from './stores';

afterEach(cleanupDbs);

/** What another connection (a reload) finds. */
async function storedIds(name: string): Promise<string[]> {
  const other = track(new PosRescueDb(name));
  const ids = (await other.incidents.toArray()).map((r) => r.id).sort();
  other.close();
  return ids;
}

describe('a lost IndexedDB connection', () => {
  it('closed under the running app: the next write reopens and lands, nothing pending', async () => {
    const db = freshDb();
    const storage = indexedDbStorage(db);
    const store = createStores(storage, { retryDelaysMs: [] }).incidents;
    expect(await store.save(incident({ id: 'a' }))).toEqual({ ok: true });

    db.backendDB().close(); // the browser closes it; Dexie is not told
    expect(await store.save(incident({ id: 'b' }))).toEqual({ ok: true });
    expect(store.state()).toEqual({ pending: 0, writing: false, lastError: null });
    expect(await storedIds(db.name)).toEqual(['a', 'b']);
  });

  it('"Connection to Indexed Database server lost" (WebKit): reopened, written once, no banner', async () => {
    const db = freshDb();
    const storage = indexedDbStorage(db);
    const store = createStores(storage, { retryDelaysMs: [] }).incidents;
    await store.save(incident({ id: 'a' }));

    // WebKit fails every request of the old connection that way; Dexie is not told.
    const lost = db.backendDB();
    const put = IDBObjectStore.prototype.put;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.transaction.db === lost) {
        throw new DOMException(
          'Connection to Indexed Database server lost. Refresh the page to try again',
          'UnknownError',
        );
      }
      return put.apply(this, args);
    });
    const states: (string | null)[] = [];
    store.onChange((s) => states.push(s.lastError));
    expect(await store.save(incident({ id: 'b' }))).toEqual({ ok: true });
    expect(db.backendDB()).not.toBe(lost); // a new connection
    expect(states.every((e) => e === null)).toBe(true); // the banner never showed
    expect(await storedIds(db.name)).toEqual(['a', 'b']);

    // Notes go through the same reconnect ("The database connection is closing").
    const second = db.backendDB();
    spy.mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.transaction.db === second) {
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      }
      return put.apply(this, args);
    });
    const notes = createStores(storage, { retryDelaysMs: [] }).notes;
    expect(await notes.save(note({ id: 'n', incidentId: 'b' }))).toEqual({ ok: true });
    spy.mockRestore();
    expect((await storage.notes.listByIncident('b')).map((n) => n.id)).toEqual(['n']);
  });

  it('calls made of several requests reopen too: backup, restore, month figures, delete', async () => {
    const db = freshDb();
    const storage = indexedDbStorage(db);
    await storage.incidents.put(incident({ id: 'a' }));

    // WebKit fails every request of a lost connection that way; Dexie is not told.
    const lost = new Set<IDBDatabase>();
    for (const method of ['get', 'getAll', 'openCursor', 'put', 'delete', 'count'] as const) {
      const original = IDBObjectStore.prototype[method] as (...a: unknown[]) => IDBRequest;
      vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: unknown[]
      ) {
        if (lost.has(this.transaction.db)) {
          throw new DOMException(
            'Connection to Indexed Database server lost. Refresh the page to try again',
            'UnknownError',
          );
        }
        return original.apply(this, args);
      } as never);
    }

    lost.add(db.backendDB());
    const data = await exportAll(storage);
    expect(data.incidents.map((r) => r.id)).toEqual(['a']);

    lost.add(db.backendDB());
    const report = await importBackup(storage, {
      ...data,
      incidents: [...data.incidents, incident({ id: 'b' })],
    });
    expect(report.incidents).toMatchObject({ added: 1 });
    expect(lost.has(db.backendDB())).toBe(false);
    expect(await storedIds(db.name)).toEqual(['a', 'b']);

    // The month's figures (over every incident) and deleting an incident with its notes (one
    // transaction over two tables).
    lost.add(db.backendDB());
    const month = await createStores(storage).incidents.statsForMonth(Date.UTC(2025, 2, 15));
    expect(month.byFault.keyError).toBe(2);
    lost.add(db.backendDB());
    await storage.incidents.delete('a');
    expect(await storedIds(db.name)).toEqual(['b']);
  });

  it('after another tab upgraded, it is not reopened (old code must not write)', async () => {
    const db = freshDb();
    const storage = indexedDbStorage(db);
    await storage.incidents.put(incident({ id: 'a' }));
    db.replacedBy = { newVersion: 3 };
    db.close();
    await expect(storage.incidents.put(incident({ id: 'b' }))).rejects.toThrow();
  });
});

describe('the ephemeral store (WebKit private mode)', () => {
  it('a normal store takes the Blob probe, and keeps nothing of it', async () => {
    const db = freshDb();
    await db.open();
    expect(await refusesBlobs(db)).toBe(false);
    expect(await db.settings.toArray()).toEqual([]);
  });

  it('a store that refuses Blobs the way WebKit does is recognised', async () => {
    const db = freshDb();
    await db.open();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException(
        'Error preparing Blob/File data to be stored in object store',
        'UnknownError',
      );
    });
    expect(await refusesBlobs(db)).toBe(true);
  });
});
