import { afterEach, describe, expect, it } from 'vitest';
import { memoryStorage } from './openStorage';
import type { NoteRecord } from './records';
import { cleanupDbs, note, storageKinds } from './testUtils';

afterEach(async () => {
  await cleanupDbs();
});

describe.each(storageKinds)('notes repo (%s)', (_kind, open) => {
  it('lists an incident’s notes oldest first', async () => {
    const { notes } = open();
    await notes.put(note({ id: 'c', incidentId: 'i1', createdAt: 300 }));
    await notes.put(note({ id: 'a', incidentId: 'i1', createdAt: 100, updatedAt: 900 }));
    await notes.put(note({ id: 'b', incidentId: 'i1', createdAt: 200 }));
    await notes.put(note({ id: 'z', incidentId: 'i2', createdAt: 50 }));
    expect((await notes.listByIncident('i1')).map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect((await notes.listByIncident('i2')).map((n) => n.id)).toEqual(['z']);
    expect(await notes.listByIncident('none')).toEqual([]);
  });

  it('put replaces a draft with the final note', async () => {
    const { notes } = open();
    const draft = note({ id: 'n', incidentId: 'i1', text: 'restar', draft: true });
    await notes.put(draft);
    const final: NoteRecord = { ...draft, text: 'restarted twice', draft: false, updatedAt: 5_000 };
    await notes.put(final);
    expect(await notes.listByIncident('i1')).toEqual([final]);
  });

  it('deletes one note', async () => {
    const { notes } = open();
    await notes.put(note({ id: 'a', incidentId: 'i1' }));
    await notes.put(note({ id: 'b', incidentId: 'i1' }));
    await notes.delete('a');
    expect((await notes.listByIncident('i1')).map((n) => n.id)).toEqual(['b']);
  });

  it('rejects a note without an incident', async () => {
    const { notes } = open();
    await expect(notes.put(note({ incidentId: '' }))).rejects.toThrow(/incidentId/);
  });

  it('refuses text with an unmasked card number, drafts included, and writes nothing', async () => {
    const { notes } = open();
    for (const text of [
      'card 4111 1111 1111 1111',
      '６２２２０２１２３４５６７８９０',
      '4111-1111-1111-1111',
    ]) {
      await expect(notes.put(note({ id: 'n', incidentId: 'i1', text }))).rejects.toThrow(
        /card number/,
      );
      await expect(
        notes.put(note({ id: 'd', incidentId: 'i1', text, draft: true })),
      ).rejects.toThrow(/card number/);
    }
    expect(await notes.listByIncident('i1')).toEqual([]);
    // The masked form, phones and serials are fine.
    await notes.put(note({ id: 'ok', incidentId: 'i1', text: 'card •••• 1111, call 13812345678' }));
    expect((await notes.listByIncident('i1')).map((n) => n.id)).toEqual(['ok']);
  });
});

describe('notes repo (memory)', () => {
  // fake-indexeddb cannot clone jsdom's Blob, so photo storage in IndexedDB is left to the
  // browser tests; the memory fallback must at least keep the photo.
  it('keeps the photo Blob of a note', async () => {
    const { notes } = memoryStorage('noIndexedDB');
    const photo = new Blob(['png bytes'], { type: 'image/png' });
    await notes.put(note({ id: 'p', incidentId: 'i1', photo }));
    const [got] = await notes.listByIncident('i1');
    expect(got?.photo).toBe(photo);
    expect(got?.photo?.type).toBe('image/png');
  });
});
