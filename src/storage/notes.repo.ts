/**
 * Notes and screen photos attached to an incident. Note text arrives already passed through
 * the card-data guard; as a last line of defence `put` refuses text that still holds an
 * unmasked card number, so none ever reaches the database.
 */
import { containsCardData } from '../rules/cardGuard';
import type { PosRescueDb } from './db';
import type { NoteRecord, StoredNote, StoredPhoto } from './records';
import { isShowableNote } from './recordRules';
import { reportSkipped } from './skipped';

export interface NotesRepo {
  /** Insert or replace. Resolves after the write committed; rejects on failure. */
  put(note: NoteRecord): Promise<void>;
  get(id: string): Promise<NoteRecord | undefined>;
  /** The notes of one incident, oldest first (createdAt). */
  listByIncident(incidentId: string): Promise<NoteRecord[]>;
  delete(id: string): Promise<void>;
}

export function assertNote(note: NoteRecord): void {
  if (typeof note?.id !== 'string' || note.id === '') throw new TypeError('invalid note: bad id');
  if (typeof note.incidentId !== 'string' || note.incidentId === '') {
    throw new TypeError('invalid note: bad incidentId');
  }
  if (typeof note.text !== 'string') throw new TypeError('invalid note: bad text');
  // The message never quotes the text: it may end up in a log.
  if (containsCardData(note.text)) throw new TypeError('invalid note: unmasked card number');
}

export function byCreatedAt(a: NoteRecord, b: NoteRecord): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

async function blobBytes(blob: Blob): Promise<ArrayBuffer> {
  // Response reads any Blob (some engines' Blob lacks arrayBuffer()).
  return typeof blob.arrayBuffer === 'function'
    ? blob.arrayBuffer()
    : new Response(blob).arrayBuffer();
}

/**
 * The note as IndexedDB keeps it: the photo as bytes + type. Async (reading the Blob), so it
 * runs before the transaction opens: a transaction commits as soon as it waits on anything else.
 */
export async function toStoredNote(note: NoteRecord): Promise<StoredNote> {
  const { photo, ...rest } = note;
  if (!photo) return rest;
  const stored: StoredPhoto = { type: photo.type, bytes: await blobBytes(photo) };
  return { ...rest, photo: stored };
}

/** The note as screens use it (the photo as a Blob), from either stored form. */
export function fromStoredNote(stored: StoredNote): NoteRecord {
  const { photo, ...rest } = stored;
  if (!photo) return rest;
  if (photo instanceof Blob) return { ...rest, photo };
  return { ...rest, photo: new Blob([photo.bytes], { type: photo.type }) };
}

/** The notes a screen can show, as screens use them; the rest is reported as skipped. */
export function showableNotes(records: readonly unknown[]): NoteRecord[] {
  const ok: NoteRecord[] = [];
  const bad: unknown[] = [];
  for (const r of records) {
    if (isShowableNote(r)) ok.push(fromStoredNote(r));
    else bad.push(r);
  }
  reportSkipped('notes', bad);
  return ok;
}

export function createNotesRepo(db: PosRescueDb): NotesRepo {
  const fail = (e: unknown): never => {
    throw db.explain(e);
  };
  return {
    async put(note) {
      assertNote(note);
      const stored = await toStoredNote(note);
      await db
        .reconnecting(() => db.transaction('rw', db.notes, () => db.notes.put(stored)))
        .catch(fail);
    },
    async get(id) {
      const note = await db.reconnecting(() => db.notes.get(id)).catch(fail);
      return note === undefined ? undefined : showableNotes([note])[0];
    },
    async listByIncident(incidentId) {
      const notes = await db
        .reconnecting(() => db.notes.where('incidentId').equals(incidentId).toArray())
        .catch(fail);
      return showableNotes(notes).sort(byCreatedAt);
    },
    async delete(id) {
      await db
        .reconnecting(() => db.transaction('rw', db.notes, () => db.notes.delete(id)))
        .catch(fail);
    },
  };
}
