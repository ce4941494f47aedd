import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, PosRescueDb } from './db';
import { classifyStorageError, openStorage, type AppStorage } from './openStorage';
import { estimateUsage, requestPersistence } from './persistence';
import { cleanupDbs, incident, track } from './testUtils';

const storages: AppStorage[] = [];

async function open(...args: Parameters<typeof openStorage>): Promise<AppStorage> {
  const storage = await openStorage(...args);
  storages.push(storage);
  if (storage.db) track(storage.db);
  return storage;
}

afterEach(async () => {
  vi.unstubAllGlobals();
  for (const s of storages.splice(0)) s.close();
  await cleanupDbs();
});

const quotaDom = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it.each<[string, unknown]>([
    ['a QuotaExceededError DOMException', quotaDom()],
    ['Dexie.QuotaExceededError', new Dexie.QuotaExceededError('full', quotaDom())],
    [
      'an AbortError whose inner is a QuotaExceededError',
      new Dexie.AbortError('aborted', quotaDom()),
    ],
    [
      'an AbortError wrapping a Dexie.QuotaExceededError',
      new Dexie.AbortError('aborted', new Dexie.QuotaExceededError('full')),
    ],
    ['an AbortError that lost its inner but names it', new Dexie.AbortError('QuotaExceededError ')],
    ['an OpenFailedError on a full disk', new Dexie.OpenFailedError('open', quotaDom())],
    ['Firefox’s legacy quota name', { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }],
  ])('quota: %s', (_label, error) => {
    expect(classifyStorageError(error)).toBe('quota');
  });

  it.each<[string, unknown]>([
    ['DatabaseClosedError', new Dexie.DatabaseClosedError('closed')],
    ['MissingAPIError', new Dexie.MissingAPIError('no indexedDB')],
    [
      'an InvalidStateError DOMException (private mode)',
      new DOMException('x', 'InvalidStateError'),
    ],
    ['Dexie.InvalidStateError', new Dexie.InvalidStateError('x')],
    [
      'OpenFailedError around MissingAPIError',
      new Dexie.OpenFailedError('x', new Dexie.MissingAPIError('y')),
    ],
    ['a SecurityError (storage blocked by policy)', new DOMException('x', 'SecurityError')],
  ])('unavailable: %s', (_label, error) => {
    expect(classifyStorageError(error)).toBe('unavailable');
  });

  it.each<[string, unknown]>([
    ['VersionChangeError', new Dexie.VersionChangeError('upgraded elsewhere')],
    ['VersionError', new DOMException('x', 'VersionError')],
    [
      'DatabaseClosedError after an upgrade elsewhere (wrapped by the db)',
      new Dexie.VersionChangeError('x', new Dexie.DatabaseClosedError('closed')),
    ],
  ])('versionChange: %s', (_label, error) => {
    expect(classifyStorageError(error)).toBe('versionChange');
  });

  it.each<[string, unknown]>([
    ['a plain AbortError', new Dexie.AbortError('Transaction aborted')],
    ['a TypeError (bad record)', new TypeError('invalid incident record')],
    ['a DataCloneError', new DOMException('x', 'DataCloneError')],
    ['null', null],
    ['a string', 'QuotaExceededError'],
    ['undefined', undefined],
  ])('unknown: %s', (_label, error) => {
    expect(classifyStorageError(error)).toBe('unknown');
  });

  it('survives an error that is its own inner, and deep chains', () => {
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = { name: 'AbortError', inner: loop };
    expect(classifyStorageError(loop)).toBe('unknown');
  });
});

describe('requestPersistence', () => {
  it('is unsupported without navigator.storage.persist', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistence()).toBe('unsupported');
  });

  it('is granted without asking again when already persisted', async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persist, persisted: async () => true } });
    expect(await requestPersistence()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports what persist() answers', async () => {
    vi.stubGlobal('navigator', {
      storage: { persist: async () => true, persisted: async () => false },
    });
    expect(await requestPersistence()).toBe('granted');
    vi.stubGlobal('navigator', {
      storage: { persist: async () => false, persisted: async () => false },
    });
    expect(await requestPersistence()).toBe('denied');
  });

  it('is denied when the browser throws', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        persist: () => Promise.reject(new Error('nope')),
      },
    });
    expect(await requestPersistence()).toBe('denied');
  });
});

describe('estimateUsage', () => {
  it('returns usage and quota', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: async () => ({ usage: 1234, quota: 5_000_000 }) },
    });
    expect(await estimateUsage()).toEqual({ usage: 1234, quota: 5_000_000 });
  });

  it('is null without the API, with incomplete answers, or when it throws', async () => {
    vi.stubGlobal('navigator', {});
    expect(await estimateUsage()).toBeNull();
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1 }) } });
    expect(await estimateUsage()).toBeNull();
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.reject(new Error('x')) },
    });
    expect(await estimateUsage()).toBeNull();
  });
});

describe('openStorage', () => {
  it('opens IndexedDB under the given name', async () => {
    const name = 'test-' + crypto.randomUUID();
    const storage = await open(name);
    expect(storage.kind).toBe('indexeddb');
    expect(storage.reason).toBeUndefined();
    expect(storage.db).toBeInstanceOf(PosRescueDb);
    expect(storage.db?.name).toBe(name);
    expect(storage.db?.isOpen()).toBe(true);
    await storage.incidents.put(incident({ id: 'persisted' }));
    storage.close();

    const again = await open(name);
    expect(await again.incidents.get('persisted')).toBeDefined();
  });

  it('passes the durability through', async () => {
    const storage = await open('test-' + crypto.randomUUID(), { durability: 'relaxed' });
    expect(storage.db?.durability).toBe('relaxed');
  });

  it('forwards "updated in another tab" to the UI', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = 'test-' + crypto.randomUUID();
    const storage = await open(name);
    const listener = vi.fn();
    storage.onVersionChange(listener);
    const newer = track(new Dexie(name));
    newer.version(DB_VERSION + 1).stores({ incidents: 'id' });
    await newer.open();
    expect(listener).toHaveBeenCalledWith({ newVersion: DB_VERSION + 1 });
  });

  describe('falls back to memory, and the wizard keeps working', () => {
    async function expectWorkingMemory(storage: AppStorage) {
      expect(storage.kind).toBe('memory');
      expect(storage.db).toBeUndefined();
      const rec = incident();
      await storage.incidents.put(rec);
      expect(await storage.incidents.listAll()).toEqual([rec]);
      const off = storage.onVersionChange(() => undefined);
      expect(off).toBeTypeOf('function');
      off();
    }

    it('when there is no IndexedDB', async () => {
      vi.stubGlobal('indexedDB', undefined);
      const storage = await open('test-' + crypto.randomUUID());
      expect(storage.reason).toBe('noIndexedDB');
      await expectWorkingMemory(storage);
    });

    it('when opening fails (private mode, in-app browser)', async () => {
      vi.spyOn(indexedDB, 'open').mockImplementation(() => {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      });
      const storage = await open('test-' + crypto.randomUUID());
      expect(storage.reason).toBe('openFailed');
      expect(classifyStorageError(storage.error)).toBe('unavailable');
      await expectWorkingMemory(storage);
    });

    it('when opening hangs', async () => {
      vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
      const storage = await open('test-' + crypto.randomUUID(), { timeoutMs: 30 });
      expect(storage.reason).toBe('timeout');
      await expectWorkingMemory(storage);
    });
  });

  it('an upgrade blocked by an old tab waits for that tab (no memory), telling the UI at once', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = 'test-' + crypto.randomUUID();
    const old = track(new Dexie(name));
    old.version(1).stores({ incidents: 'id, fault, status, startedAt', settings: 'key' });
    old.on('versionchange', () => false); // a frozen tab that does not let go
    await old.open();
    await old.table('incidents').put(incident({ id: 'kept' }));

    let blocked!: () => void;
    const told = new Promise<void>((resolve) => (blocked = resolve));
    const opening = open(name, { timeoutMs: 50, onBlocked: () => blocked() });
    await told;
    // Far past the timeout: still waiting for the other tab, not on memory.
    let settled = false;
    void opening.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(settled).toBe(false);

    old.close(); // the merchant closes the other tab
    const storage = await opening;
    expect(storage.kind).toBe('indexeddb');
    expect((await storage.incidents.get('kept'))?.id).toBe('kept');
    storage.close();
  });
});
