/**
 * A write still queued when the page goes away is not lost: each store's queue is journaled in
 * localStorage (journal.ts) and the next page takes it over when it opens the storage
 * (createStores, as infra/services does for IndexedDB). "The next page" here is a second
 * connection to the same database, opened after the first one was closed, as after a reload.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexedDbStorage, memoryStorage } from './openStorage';
import { PosRescueDb } from './db';
import { createStores, type StoreOptions } from './stores';
import {
  cleanupDbs,
  freshDb,
  incident,
  lookup,
  note,
  practiceRun,
  terminal,
  track,
} from './testUtils';
import { SETTING_KEYS } from './records';
import { servicesOver } from '../infra/services';

afterEach(async () => {
  vi.restoreAllMocks();
  localStorage.clear();
  await cleanupDbs();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** A page: the stores of a connection to `name`, journaled as the app does. */
function page(name: string, options: StoreOptions = {}) {
  const db = track(new PosRescueDb(name));
  const storage = indexedDbStorage(db);
  const stores = createStores(storage, { journal: name, retryDelaysMs: [], ...options });
  return { db, storage, stores };
}

/** The journal keys of one database in localStorage. */
function journalKeys(name: string): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith(`pos-rescue.queue.${name}.`));
}

describe('a reload while something is queued', () => {
  it('keeps a pending delete: the record reads as gone at once and is deleted once writes work', async () => {
    const name = freshDb().name;
    const first = page(name);
    await first.storage.incidents.put(incident({ id: 'a' }));
    vi.spyOn(first.storage.incidents, 'delete').mockRejectedValue(quota());
    expect(await first.stores.incidents.delete('a')).toMatchObject({ ok: false, error: 'quota' });
    first.db.close(); // the page goes away with the delete still queued

    const second = page(name);
    expect(await second.stores.incidents.get('a')).toBeUndefined();
    expect(await second.stores.incidents.list()).toEqual([]);
    expect(await second.stores.incidents.flush()).toEqual({ ok: true });
    expect(await second.storage.incidents.get('a')).toBeUndefined();
    expect(journalKeys(name)).toEqual([]); // written: nothing left to take over
  });

  it('writes a pending record after the reload, and reads show it before that', async () => {
    const name = freshDb().name;
    const first = page(name);
    vi.spyOn(first.storage.terminals, 'put').mockRejectedValue(quota());
    const counter = terminal({ id: 't', name: 'counter', providerPhone: '400-820-1234' });
    expect(await first.stores.terminals.save(counter)).toMatchObject({ ok: false });
    expect(journalKeys(name)).toHaveLength(1);
    first.db.close();

    const second = page(name);
    expect(await second.stores.terminals.list()).toEqual([counter]);
    expect(await second.stores.terminals.flush()).toEqual({ ok: true });
    expect(await second.storage.terminals.get('t')).toEqual(counter);
    expect(journalKeys(name)).toEqual([]);
  });

  it('every kind: incidents, notes, terminals, settings, practice runs and lookups', async () => {
    const name = freshDb().name;
    const first = page(name);
    for (const repo of ['incidents', 'notes', 'terminals', 'practiceRuns', 'lookups'] as const) {
      vi.spyOn(first.storage[repo], 'put').mockRejectedValue(quota());
    }
    vi.spyOn(first.storage.settings, 'set').mockRejectedValue(quota());
    const i = incident({ id: 'i' });
    const n = note({ id: 'n', incidentId: 'i', text: 'typed at the counter', draft: true });
    const l = lookup({ id: 'l', q: '卡号 •••• 1111 余额不足', close: ['msg:cardRead'] });
    await Promise.all([
      first.stores.lookups.save(l),
      first.stores.incidents.save(i),
      first.stores.notes.save(n),
      first.stores.terminals.save(terminal({ id: 't' })),
      first.stores.settings.save({ id: SETTING_KEYS.lastBackupAt, value: 1234 }),
    ]);
    first.db.close();

    const second = page(name);
    expect(await second.stores.incidents.flush()).toEqual({ ok: true });
    expect(await second.stores.notes.flush()).toEqual({ ok: true });
    expect(await second.stores.terminals.flush()).toEqual({ ok: true });
    expect(await second.stores.settings.flush()).toEqual({ ok: true });
    expect(await second.storage.incidents.get('i')).toEqual(i);
    expect(await second.storage.notes.get('n')).toEqual(n);
    expect(await second.storage.terminals.get('t')).toBeDefined();
    expect(await second.storage.settings.get(SETTING_KEYS.lastBackupAt)).toBe(1234);
    expect(await second.stores.lookups.list()).toEqual([l]);
    expect(await second.stores.lookups.flush()).toEqual({ ok: true });
    expect(await second.storage.lookups.get('l')).toEqual(l);
  });
});

describe('the journal is a rescue, never the truth', () => {
  it('a stored copy newer than the journaled one wins (another tab wrote it meanwhile)', async () => {
    const name = freshDb().name;
    const first = page(name);
    vi.spyOn(first.storage.incidents, 'put').mockRejectedValue(quota());
    await first.stores.incidents.save(incident({ id: 'a', updatedAt: 10 }));
    first.db.close();
    // Another tab wrote a newer copy before this page's queue got to it.
    const otherTab = indexedDbStorage(track(new PosRescueDb(name)));
    await otherTab.incidents.put(incident({ id: 'a', updatedAt: 20, status: 'resolved' }));

    const second = page(name);
    expect(await second.stores.incidents.flush()).toEqual({ ok: true });
    expect((await second.storage.incidents.get('a'))?.status).toBe('resolved');
  });

  it('a note keeps the photo already stored (photos are not journaled: their bytes)', async () => {
    const name = freshDb().name;
    const first = page(name);
    const photo = new Blob([new Uint8Array([0xff, 0xd8, 0xff, 1])], { type: 'image/jpeg' });
    const n = note({ id: 'n', incidentId: 'i', text: 'before', photo, updatedAt: 1 });
    await first.storage.notes.put(n);
    vi.spyOn(first.storage.notes, 'put').mockRejectedValue(quota());
    await first.stores.notes.save({ ...n, text: 'typed more', updatedAt: 2 });
    expect(localStorage.getItem(journalKeys(name)[0]!)).not.toContain('0xff');
    first.db.close();

    const second = page(name);
    expect(await second.stores.notes.flush()).toEqual({ ok: true });
    const stored = await second.storage.notes.get('n');
    expect(stored?.text).toBe('typed more');
    expect(stored?.photo?.type).toBe('image/jpeg');
  });

  it('what cannot be a record is dropped on the way in, and an unreadable journal is ignored', async () => {
    const name = freshDb().name;
    localStorage.setItem(`pos-rescue.queue.${name}.incidents.old`, '{not json');
    localStorage.setItem(
      `pos-rescue.queue.${name}.notes.old`,
      JSON.stringify([
        ['n1', note({ id: 'n1', incidentId: 'i', text: '4111 1111 1111 1111' })], // a card
        ['n2', { id: 'other', incidentId: 'i' }], // not the id it is filed under
        ['n3', note({ id: 'n3', incidentId: 'i', text: 'kept' })],
      ]),
    );
    localStorage.setItem(
      `pos-rescue.queue.${name}.lookups.old`,
      JSON.stringify([
        ['l1', lookup({ id: 'l1', q: '4111 1111 1111 1111' })], // a card in clear
        ['l2', lookup({ id: 'l2', q: '密码 123456' })], // a PIN in clear
        ['l3', lookup({ id: 'l3', q: '51' })],
      ]),
    );
    const { stores, storage } = page(name);
    expect(await stores.incidents.flush()).toEqual({ ok: true });
    expect(await stores.notes.flush()).toEqual({ ok: true });
    expect((await storage.notes.listByIncident('i')).map((n) => n.id)).toEqual(['n3']);
    expect(await stores.lookups.flush()).toEqual({ ok: true });
    expect((await storage.lookups.list()).map((l) => l.id)).toEqual(['l3']);
    expect(journalKeys(name)).toEqual([]);
  });

  it('a write taken back leaves the journal too: a reload does not write what the screen refused', async () => {
    const name = freshDb().name;
    const first = page(name);
    vi.spyOn(first.storage.practiceRuns, 'put').mockRejectedValue(quota());
    expect(
      await first.stores.practiceRuns.saveOrTakeBack(practiceRun({ id: 'p' }), null),
    ).toMatchObject({
      ok: false,
    });
    expect(journalKeys(name)).toEqual([]);
  });

  it('memory storage keeps no journal (its records would be taken over by the next page, and lost)', async () => {
    const storage = memoryStorage('noIndexedDB');
    const services = servicesOver(storage, { retryDelaysMs: [] });
    vi.spyOn(storage.incidents, 'put').mockRejectedValue(quota());
    await services.incidents.save(incident({ id: 'a' }));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pos-rescue.queue.'))).toEqual([]);
  });
});
