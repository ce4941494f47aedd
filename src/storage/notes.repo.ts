/**
 * Notes and screen photos attached to an incident. Note text arrives already passed through
 * the card-data guard; as a last line of defence `put` refuses text that still holds an
 * unmasked card number, so none ever reaches the database.
 */
import { containsCardData } from '../rules/cardGuard';
import type { PosRescueDb } from './db';
import type { NoteRecord } from './records';

export interface NotesRepo {
  /** Insert or replace. Resolves after the write committed; rejects on failure. */
  put(note: NoteRecord): Promise<void>;
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

export function createNotesRepo(db: PosRescueDb): NotesRepo {
  const fail = (e: unknown): never => {
    throw db.explain(e);
  };
  return {
    async put(note) {
      assertNote(note);
      await db.transaction('rw', db.notes, () => db.notes.put(note)).catch(fail);
    },
    async listByIncident(incidentId) {
      const notes = await db.notes.where('incidentId').equals(incidentId).toArray().catch(fail);
      return notes.sort(byCreatedAt);
    },
    async delete(id) {
      await db.transaction('rw', db.notes, () => db.notes.delete(id)).catch(fail);
    },
  };
}
