import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { faultIds } from '../faults/registry';
import type { PosRescueDb } from './db';
import { classifyStorageError } from './openStorage';
import { computeMonthStats, createIncidentsRepo, monthRange } from './incidents.repo';
import { createStores } from './stores';
import type { IncidentRecord } from './records';
import { cleanupDbs, freshDb, incident, note, storageKinds } from './testUtils';

/** Zero for every fault of the registry. */
const noneOfEach = () => Object.fromEntries(faultIds.map((id) => [id, 0]));

afterEach(async () => {
  await cleanupDbs();
});

/** Local-time epoch ms (stats use the phone's calendar month). */
const local = (y: number, m: number, d: number, h = 12, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();
const MIN = 60_000;

describe.each(storageKinds)('incidents repo (%s)', (_kind, open) => {
  describe('put / get', () => {
    it('stores a record and gives back an equal copy', async () => {
      const { incidents } = open();
      const rec = incident({
        log: [{ from: 'restart', event: 'fixed.no', at: 5 }],
        terminalId: 't1',
      });
      await incidents.put(rec);
      const got = await incidents.get(rec.id);
      expect(got).toEqual(rec);
      expect(got).not.toBe(rec);
      got?.log.push({ from: 'x', event: 'next', at: 6 });
      expect((await incidents.get(rec.id))?.log).toHaveLength(1);
    });

    it('replaces the record with the same id (one record per run)', async () => {
      const { incidents } = open();
      const rec = incident();
      await incidents.put(rec);
      const later = { ...rec, updatedAt: rec.updatedAt + 10, status: 'resolved' as const };
      await incidents.put(later);
      expect(await incidents.get(rec.id)).toEqual(later);
      expect(await incidents.listAll()).toHaveLength(1);
    });

    it('returns undefined for an unknown id', async () => {
      const { incidents } = open();
      expect(await incidents.get('nope')).toBeUndefined();
    });

    it('rejects a record it could not list or resume later', async () => {
      const { incidents } = open();
      const noUpdatedAt = { ...incident(), updatedAt: undefined } as unknown as IncidentRecord;
      await expect(incidents.put(noUpdatedAt)).rejects.toThrow(/updatedAt/);
      await expect(incidents.put({ ...incident(), id: '' })).rejects.toThrow(/id/);
      const noLog = { ...incident(), log: undefined } as unknown as IncidentRecord;
      await expect(incidents.put(noLog)).rejects.toThrow(/log/);
      expect(await incidents.listAll()).toEqual([]);
    });
  });

  describe('lists', () => {
    it('listAll: every incident, most recently started first', async () => {
      const { incidents } = open();
      await incidents.put(incident({ id: 'b', startedAt: 2_000, updatedAt: 9_000 }));
      await incidents.put(incident({ id: 'c', startedAt: 3_000, status: 'resolved' }));
      await incidents.put(incident({ id: 'a', startedAt: 1_000, status: 'abandoned' }));
      expect((await incidents.listAll()).map((r) => r.id)).toEqual(['c', 'b', 'a']);
    });

    it('lists are empty on a new phone', async () => {
      const { incidents } = open();
      expect(await incidents.listAll()).toEqual([]);
    });
  });

  describe('delete', () => {
    it('deletes the incident and its notes, not other incidents’ notes', async () => {
      const { incidents, notes } = open();
      await incidents.put(incident({ id: 'x' }));
      await incidents.put(incident({ id: 'y' }));
      await notes.put(note({ id: 'x1', incidentId: 'x' }));
      await notes.put(note({ id: 'x2', incidentId: 'x' }));
      await notes.put(note({ id: 'y1', incidentId: 'y' }));

      await incidents.delete('x');

      expect(await incidents.get('x')).toBeUndefined();
      expect(await notes.listByIncident('x')).toEqual([]);
      expect((await notes.listByIncident('y')).map((n) => n.id)).toEqual(['y1']);
      expect(await incidents.get('y')).toBeDefined();
    });

    it('deleting an unknown id is not an error', async () => {
      const { incidents } = open();
      await expect(incidents.delete('nope')).resolves.toBeUndefined();
    });
  });

  describe('statsForMonth (the incident store, over what is stored)', () => {
    it('counts, resolved share and median time to fix over the month of `now`', async () => {
      const storage = open();
      const { incidents } = storage;
      const store = createStores(storage).incidents;
      const recs: IncidentRecord[] = [
        // March: 3 resolved (5, 20, 9 min), 1 escalated, 1 abandoned, 1 in progress.
        incident({
          fault: 'keyError',
          status: 'resolved',
          startedAt: local(2025, 3, 1, 0, 0),
          endedAt: local(2025, 3, 1, 0, 5),
        }),
        incident({
          fault: 'keyError',
          status: 'resolved',
          startedAt: local(2025, 3, 15),
          endedAt: local(2025, 3, 15) + 20 * MIN,
        }),
        incident({
          fault: 'pinEntry',
          status: 'resolved',
          startedAt: local(2025, 3, 31, 23, 50),
          endedAt: local(2025, 4, 1, 0, 0) - MIN,
        }),
        incident({
          fault: 'keyError',
          status: 'escalated',
          startedAt: local(2025, 3, 20),
          endedAt: local(2025, 3, 20) + 40 * MIN,
        }),
        incident({ fault: 'pinEntry', status: 'abandoned', startedAt: local(2025, 3, 21) }),
        incident({ fault: 'keyError', status: 'inProgress', startedAt: local(2025, 3, 22) }),
        // Other months: ignored.
        incident({
          fault: 'securityLock',
          status: 'escalated',
          startedAt: local(2025, 2, 28, 23, 59),
        }),
        incident({
          fault: 'securityLock',
          status: 'resolved',
          startedAt: local(2025, 4, 1, 0, 0),
          endedAt: local(2025, 4, 1, 1, 0),
        }),
      ].map((r) => ({ ...r, updatedAt: r.endedAt ?? r.startedAt }));
      for (const r of recs) await incidents.put(r);

      const stats = await store.statsForMonth(new Date(2025, 2, 18));
      expect(stats).toEqual({
        byFault: { ...noneOfEach(), keyError: 4, pinEntry: 2 },
        resolvedWithoutSupportShare: 3 / 4,
        medianTimeToFixMs: 9 * MIN,
      });
      // `now` as epoch ms works the same.
      expect(await store.statsForMonth(local(2025, 3, 31, 23, 59))).toEqual(stats);
    });

    it('has nulls, and zero for every fault, in a month without incidents', async () => {
      const storage = open();
      await storage.incidents.put(incident({ startedAt: local(2025, 1, 5) }));
      expect(await createStores(storage).incidents.statsForMonth(local(2025, 6, 1))).toEqual({
        byFault: noneOfEach(),
        resolvedWithoutSupportShare: null,
        medianTimeToFixMs: null,
      });
    });
  });
});

describe('computeMonthStats', () => {
  it('takes the mean of the two middle times for an even count', () => {
    const resolved = (minutes: number) =>
      incident({ status: 'resolved', startedAt: 0, endedAt: minutes * MIN });
    expect(
      computeMonthStats([resolved(1), resolved(10), resolved(4), resolved(6)]).medianTimeToFixMs,
    ).toBe(5 * MIN);
  });

  it('share is 0 when everything was escalated, and abandoned runs do not count', () => {
    const stats = computeMonthStats([
      incident({ status: 'escalated' }),
      incident({ status: 'abandoned' }),
    ]);
    expect(stats.resolvedWithoutSupportShare).toBe(0);
    expect(stats.medianTimeToFixMs).toBeNull();
  });

  it('skips resolved incidents without a usable endedAt in the median', () => {
    const stats = computeMonthStats([
      incident({ status: 'resolved', startedAt: 100 }),
      incident({ status: 'resolved', startedAt: 100, endedAt: 50 }),
      incident({ status: 'resolved', startedAt: 100, endedAt: 400 }),
    ]);
    expect(stats.resolvedWithoutSupportShare).toBe(1);
    expect(stats.medianTimeToFixMs).toBe(300);
  });

  it('monthRange is the local calendar month, end exclusive', () => {
    const [start, end] = monthRange(new Date(2024, 1, 29, 15));
    expect(start).toBe(new Date(2024, 1, 1).getTime());
    expect(end).toBe(new Date(2024, 2, 1).getTime());
  });
});

/** Makes the database's writes to `table` fail like a full disk. */
function failWrites(db: PosRescueDb, table: string, when: (req: DBCoreMutateRequest) => boolean) {
  db.use({
    stack: 'dbcore',
    name: 'failWrites',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req) =>
            name === table && when(req)
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : t.mutate(req),
        };
      },
    }),
  });
}

describe('incidents repo (indexeddb) failures', () => {
  it('put rejects, never swallows, when the disk is full', async () => {
    const db = freshDb();
    failWrites(db, 'incidents', () => true);
    const repo = createIncidentsRepo(db);
    const error = await repo.put(incident()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(classifyStorageError(error)).toBe('quota');
    expect(await repo.listAll()).toEqual([]);
  });

  it('put rejects when the database is closed', async () => {
    const db = freshDb();
    const repo = createIncidentsRepo(db);
    await repo.put(incident());
    db.close();
    const error = await repo.put(incident()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Dexie.DatabaseClosedError);
    expect(classifyStorageError(error)).toBe('unavailable');
  });

  it('delete is one transaction: if removing the incident fails, its notes stay', async () => {
    const db = freshDb();
    const repo = createIncidentsRepo(db);
    await repo.put(incident({ id: 'x' }));
    await db.notes.put(note({ id: 'x1', incidentId: 'x' }));
    failWrites(db, 'incidents', (req) => req.type === 'delete');
    // Middlewares apply from the next open.
    db.close({ disableAutoOpen: false });

    await expect(repo.delete('x')).rejects.toBeDefined();
    expect(await db.notes.get('x1')).toBeDefined();
    expect(await repo.get('x')).toBeDefined();
  });
});
