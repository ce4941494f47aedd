import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../faults/types';
import {
  DB_VERSION,
  DEFAULT_DURABILITY,
  PosRescueDb,
  SCHEMA,
  upgradeIncidentV1,
  type VersionChangeInfo,
} from './db';
import { classifyStorageError } from './openStorage';
import { createIncidentsRepo } from './incidents.repo';
import { createLookupsRepo } from './lookups.repo';
import { cleanupDbs, freshDb, incident, lookup, terminal, track } from './testUtils';

afterEach(async () => {
  await cleanupDbs();
});

const answers: LogEntry[] = [
  { from: 'restart', event: 'fixed.no', at: 1_700_000_001_000 },
  { from: 'exposure', event: 'answer.no', at: 1_700_000_005_000 },
];

/** Version 1 exactly as it shipped, opened with plain Dexie (not PosRescueDb). */
function openRawV1(name: string): Dexie {
  const v1 = track(new Dexie(name));
  v1.version(1).stores({ incidents: 'id, fault, status, startedAt', settings: 'key' });
  return v1;
}

function indexNames(db: Dexie, table: string): string[] {
  return db
    .table(table)
    .schema.indexes.map((i) => i.name)
    .sort();
}

describe('schema', () => {
  it('opens at the current version with every table and index', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['incidents', 'lookups', 'notes', 'practiceRuns', 'settings', 'terminals'].sort(),
    );
    expect(db.incidents.schema.primKey.name).toBe('id');
    expect(indexNames(db, 'incidents')).toEqual(
      ['[status+updatedAt]', 'fault', 'startedAt', 'status', 'updatedAt'].sort(),
    );
    expect(indexNames(db, 'notes')).toEqual(['incidentId', 'updatedAt']);
    expect(indexNames(db, 'terminals')).toEqual(['updatedAt']);
    expect(db.settings.schema.primKey.name).toBe('key');
    expect(indexNames(db, 'practiceRuns')).toEqual(['scenarioId', 'updatedAt']);
    expect(indexNames(db, 'lookups')).toEqual(['at']);
  });

  it('keeps practice runs apart from incidents', async () => {
    const db = freshDb();
    await db.practiceRuns.put({
      id: 'p1',
      scenarioId: 'keyError-basic',
      fault: 'keyError',
      guideVersion: 3,
      trainee: 'Li',
      startedAt: 1,
      updatedAt: 2,
      status: 'inProgress',
      log: [],
    });
    expect(await db.incidents.count()).toBe(0);
    expect(await db.practiceRuns.where('scenarioId').equals('keyError-basic').count()).toBe(1);
  });

  it('takes the database name as a parameter', async () => {
    const a = freshDb();
    const b = freshDb();
    await a.incidents.put(incident({ id: 'only-in-a' }));
    expect(await b.incidents.get('only-in-a')).toBeUndefined();
    expect(a.name).not.toBe(b.name);
  });
});

describe('migration v1 → v2', () => {
  it('renames answers to log, fills in updatedAt and keeps everything else', async () => {
    const name = 'test-' + crypto.randomUUID();
    const v1 = openRawV1(name);
    await v1.table('incidents').bulkPut([
      // Had updatedAt already.
      {
        id: 'a',
        fault: 'keyError',
        guideVersion: 1,
        startedAt: 1_700_000_000_000,
        updatedAt: 1_700_000_009_000,
        status: 'inProgress',
        answers,
        snapshot: { value: 'scam' },
      },
      // No updatedAt: the latest known time is the last answer.
      {
        id: 'b',
        fault: 'pinEntry',
        guideVersion: 1,
        startedAt: 1_700_000_000_000,
        status: 'inProgress',
        answers,
        snapshot: null,
      },
      // No updatedAt, ended: endedAt is the latest; no answers at all.
      {
        id: 'c',
        fault: 'securityLock',
        guideVersion: 1,
        startedAt: 1_600_000_000_000,
        endedAt: 1_600_000_060_000,
        status: 'escalated',
        endState: 'callProvider',
        snapshot: null,
      },
    ]);
    await v1.table('settings').put({ key: 'lang', value: 'zh' });
    v1.close();

    const db = track(new PosRescueDb(name));
    const a = await db.incidents.get('a');
    const b = await db.incidents.get('b');
    const c = await db.incidents.get('c');

    expect(a).toEqual({
      id: 'a',
      fault: 'keyError',
      guideVersion: 1,
      startedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_009_000,
      status: 'inProgress',
      log: answers,
      snapshot: { value: 'scam' },
    });
    expect(b).not.toHaveProperty('answers');
    expect(b?.log).toEqual(answers);
    expect(b?.updatedAt).toBe(1_700_000_005_000);
    expect(c?.log).toEqual([]);
    expect(c?.updatedAt).toBe(1_600_000_060_000);
    expect(c?.endState).toBe('callProvider');
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'zh' });

    // The new indexes cover the upgraded records.
    const unfinished = await db.incidents
      .where('[status+updatedAt]')
      .between(['inProgress', Dexie.minKey], ['inProgress', Dexie.maxKey])
      .reverse()
      .toArray();
    expect(unfinished.map((r) => r.id)).toEqual(['a', 'b']);
    expect(await db.incidents.where('updatedAt').above(0).count()).toBe(3);

    // The new tables exist and take writes.
    await db.notes.put({
      id: 'n1',
      incidentId: 'a',
      stepId: '',
      createdAt: 1,
      updatedAt: 1,
      text: 'x',
    });
    expect(await db.notes.count()).toBe(1);
    expect(db.verno).toBe(DB_VERSION);
  });

  it('upgrades an empty v1 database', async () => {
    const name = 'test-' + crypto.randomUUID();
    const v1 = openRawV1(name);
    await v1.open();
    v1.close();
    const db = track(new PosRescueDb(name));
    expect(await db.incidents.count()).toBe(0);
    expect(await db.terminals.count()).toBe(0);
  });

  describe('upgradeIncidentV1', () => {
    it('keeps a log that is already there and drops answers', () => {
      const rec: Record<string, unknown> = {
        startedAt: 5,
        updatedAt: 7,
        log: answers,
        answers: [],
      };
      upgradeIncidentV1(rec);
      expect(rec).toEqual({ startedAt: 5, updatedAt: 7, log: answers });
    });

    it('falls back to 0 when no time is known', () => {
      const rec: Record<string, unknown> = {};
      upgradeIncidentV1(rec);
      expect(rec).toEqual({ log: [], updatedAt: 0 });
    });
  });
});

describe('migration v2 → v3', () => {
  it('adds the lookups table and leaves every v2 record as it was', async () => {
    const name = 'test-' + crypto.randomUUID();
    // Version 2 exactly as it shipped, opened with plain Dexie (not PosRescueDb).
    const v2 = track(new Dexie(name));
    v2.version(2).stores(SCHEMA[2]);
    const before = incident({ id: 'kept' });
    await v2.table('incidents').put(before);
    await v2.table('settings').put({ key: 'lang', value: 'en' });
    await v2.table('terminals').put(terminal({ id: 't1' }));
    v2.close();

    const db = track(new PosRescueDb(name));
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.incidents.get('kept')).toEqual(before);
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'en' });
    expect(await db.terminals.count()).toBe(1);
    expect(await db.lookups.count()).toBe(0);
    await createLookupsRepo(db).put(lookup({ id: 'l1' }));
    expect(await db.lookups.where('at').above(0).primaryKeys()).toEqual(['l1']);
  });
});

describe('transaction durability', () => {
  async function durabilityOf(db: PosRescueDb): Promise<string> {
    return db.transaction('rw', db.settings, async () => {
      await db.settings.put({ key: 'k', value: 1 });
      return Dexie.currentTransaction.idbtrans.durability;
    });
  }

  it("defaults to 'strict'", async () => {
    expect(DEFAULT_DURABILITY).toBe('strict');
    const db = freshDb();
    expect(db.durability).toBe('strict');
    expect(await durabilityOf(db)).toBe('strict');
  });

  it("can be opened 'relaxed' (bench)", async () => {
    const db = freshDb({ durability: 'relaxed' });
    expect(await durabilityOf(db)).toBe('relaxed');
  });
});

describe('another tab', () => {
  it('upgrading the database elsewhere closes this connection for good and tells the UI', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = freshDb();
    await db.incidents.put(incident({ id: 'x' }));
    const events: VersionChangeInfo[] = [];
    db.onVersionChange((e) => events.push(e));

    const newer = track(new Dexie(db.name));
    newer.version(DB_VERSION + 1).stores({ incidents: 'id', extra: 'id' });
    await newer.open(); // not blocked: this tab let go

    expect(events).toEqual([{ newVersion: DB_VERSION + 1 }]);
    expect(db.isOpen()).toBe(false);
    expect(db.replacedBy).toEqual({ newVersion: DB_VERSION + 1 });
    // No silent reopen with the old code: queries fail, and say why.
    const error = await createIncidentsRepo(db)
      .get('x')
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Dexie.VersionChangeError);
    expect(classifyStorageError(error)).toBe('versionChange');
    expect(db.isOpen()).toBe(false);
  });

  it('deleting the database elsewhere is reported with newVersion null', async () => {
    const db = freshDb();
    await db.open();
    const listener = vi.fn();
    db.onVersionChange(listener);
    await Dexie.delete(db.name);
    expect(listener).toHaveBeenCalledWith({ newVersion: null });
  });

  it('unsubscribing stops the notifications', async () => {
    const db = freshDb();
    await db.open();
    const listener = vi.fn();
    const off = db.onVersionChange(listener);
    off();
    await Dexie.delete(db.name);
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports an upgrade blocked by a tab that keeps the old version open', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = 'test-' + crypto.randomUUID();
    const old = openRawV1(name);
    old.on('versionchange', () => false); // an old tab that does not let go
    await old.open();

    const db = track(new PosRescueDb(name));
    const blocked = new Promise<void>((resolve) => db.onBlocked(resolve));
    const opening = db.open();
    await blocked;
    expect(db.isOpen()).toBe(false);

    old.close();
    await opening;
    expect(db.verno).toBe(DB_VERSION);
  });
});
