import { afterEach, describe, expect, it } from 'vitest';
import type { PracticeRunRecord } from './records';
import { cleanupDbs, incident, practiceRun, storageKinds } from './testUtils';

afterEach(async () => {
  await cleanupDbs();
});

describe.each(storageKinds)('practice runs repo (%s)', (_kind, open) => {
  it('puts, gets, lists newest first, and keeps runs out of incidents', async () => {
    const storage = open();
    const repo = storage.practiceRuns;
    await repo.put(practiceRun({ id: 'a', startedAt: 1 }));
    await repo.put(practiceRun({ id: 'b', startedAt: 3 }));
    await repo.put(practiceRun({ id: 'c', startedAt: 2 }));
    expect((await repo.list()).map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(await repo.get('c')).toEqual(practiceRun({ id: 'c', startedAt: 2 }));
    expect(await storage.incidents.listAll()).toEqual([]);
  });

  it('deletes one run by id', async () => {
    const repo = open().practiceRuns;
    await repo.put(practiceRun({ id: 'a' }));
    await repo.put(practiceRun({ id: 'b' }));
    await repo.delete('a');
    await repo.delete('missing');
    expect((await repo.list()).map((r) => r.id)).toEqual(['b']);
  });

  it('clears practice runs only', async () => {
    const storage = open();
    const repo = storage.practiceRuns;
    await storage.incidents.put(incident({ id: 'real' }));
    await repo.put(practiceRun({ id: 'a' }));
    await repo.clear();
    expect(await repo.list()).toEqual([]);
    expect((await storage.incidents.listAll()).map((r) => r.id)).toEqual(['real']);
  });

  it('imports by id, newest updatedAt wins', async () => {
    const repo = open().practiceRuns;
    await repo.put(practiceRun({ id: 'a', updatedAt: 5, trainee: 'here' }));
    await repo.put(practiceRun({ id: 'b', updatedAt: 5, trainee: 'here' }));
    const counts = await repo.importRuns([
      practiceRun({ id: 'a', updatedAt: 9, trainee: 'newer' }),
      practiceRun({ id: 'b', updatedAt: 5, trainee: 'same age' }),
      practiceRun({ id: 'c', updatedAt: 1, trainee: 'new' }),
    ]);
    expect(counts).toEqual({ added: 1, updated: 1, skipped: 1 });
    const byId = Object.fromEntries((await repo.list()).map((r) => [r.id, r.trainee]));
    expect(byId).toEqual({ a: 'newer', b: 'here', c: 'new' });
  });

  it('imports nothing when one run is bad', async () => {
    const repo = open().practiceRuns;
    await repo.put(practiceRun({ id: 'a', updatedAt: 5 }));
    const bad = { ...practiceRun({ id: 'x' }), log: 'nope' } as unknown as PracticeRunRecord;
    await expect(
      repo.importRuns([practiceRun({ id: 'a', updatedAt: 9, trainee: 'B' }), bad]),
    ).rejects.toThrow(/log/);
    expect((await repo.list()).map((r) => [r.id, r.trainee])).toEqual([['a', 'Li']]);
  });
});
