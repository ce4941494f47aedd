/**
 * In-memory implementations of the repos, for when IndexedDB is missing or cannot be opened
 * (private mode, some in-app browsers). The wizard keeps working; nothing survives a reload,
 * which the UI says (AppStorage.kind === 'memory').
 *
 * Same behaviour as the IndexedDB repos (a shared contract test runs against both): records are
 * copied in and out, orderings match, delete cascades to notes.
 */
import { assertIncident, type IncidentsRepo } from './incidents.repo';
import { assertLookup, byNewestLookup, overBound, type LookupsRepo } from './lookups.repo';
import { assertNote, byCreatedAt, type NotesRepo } from './notes.repo';
import {
  assertPracticeRun,
  byStartedDesc,
  mergeRuns,
  type PracticeRunsRepo,
} from './practiceRuns.repo';
import type {
  IncidentRecord,
  LookupRecord,
  NoteRecord,
  PracticeRunRecord,
  TerminalRecord,
} from './records';
import type { SettingsRepo } from './settings.repo';
import { assertTerminal, byName, type TerminalsRepo } from './terminals.repo';

/** A deep copy, as IndexedDB stores one (structured clone where the browser has it). */
function clone<T>(value: T): T {
  if (typeof structuredClone === 'function') return structuredClone(value);
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Notes carry a Blob (immutable): copy the record, keep the same photo. */
function cloneNote(note: NoteRecord): NoteRecord {
  const { photo, ...rest } = note;
  const copy = clone(rest) as NoteRecord;
  if (photo !== undefined) copy.photo = photo;
  return copy;
}

export interface MemoryRepos {
  incidents: IncidentsRepo;
  notes: NotesRepo;
  terminals: TerminalsRepo;
  settings: SettingsRepo;
  practiceRuns: PracticeRunsRepo;
  lookups: LookupsRepo;
}

export function createMemoryRepos(): MemoryRepos {
  const incidents = new Map<string, IncidentRecord>();
  const notes = new Map<string, NoteRecord>();
  const terminals = new Map<string, TerminalRecord>();
  const settings = new Map<string, unknown>();
  const runs = new Map<string, PracticeRunRecord>();
  const lookups = new Map<string, LookupRecord>();

  const incidentsRepo: IncidentsRepo = {
    async put(record) {
      assertIncident(record);
      incidents.set(record.id, clone(record));
    },
    async get(id) {
      const r = incidents.get(id);
      return r && clone(r);
    },
    async listAll() {
      return [...incidents.values()].sort((a, b) => b.startedAt - a.startedAt).map(clone);
    },
    async delete(id) {
      for (const [noteId, note] of notes) if (note.incidentId === id) notes.delete(noteId);
      incidents.delete(id);
    },
  };

  const notesRepo: NotesRepo = {
    async put(note) {
      assertNote(note);
      notes.set(note.id, cloneNote(note));
    },
    async get(id) {
      const n = notes.get(id);
      return n && cloneNote(n);
    },
    async listByIncident(incidentId) {
      return [...notes.values()]
        .filter((n) => n.incidentId === incidentId)
        .sort(byCreatedAt)
        .map(cloneNote);
    },
    async delete(id) {
      notes.delete(id);
    },
  };

  const terminalsRepo: TerminalsRepo = {
    async put(terminal) {
      assertTerminal(terminal);
      terminals.set(terminal.id, clone(terminal));
    },
    async list() {
      return [...terminals.values()].sort(byName).map(clone);
    },
    async get(id) {
      const t = terminals.get(id);
      return t && clone(t);
    },
    async delete(id) {
      terminals.delete(id);
    },
  };

  const settingsRepo: SettingsRepo = {
    async get<T>(key: string) {
      return settings.has(key) ? (clone(settings.get(key)) as T) : undefined;
    },
    async set(key, value) {
      settings.set(key, clone(value));
    },
    async delete(key) {
      settings.delete(key);
    },
  };

  const practiceRunsRepo: PracticeRunsRepo = {
    async put(run) {
      assertPracticeRun(run);
      runs.set(run.id, clone(run));
    },
    async get(id) {
      const r = runs.get(id);
      return r && clone(r);
    },
    async list() {
      return [...runs.values()].sort(byStartedDesc).map(clone);
    },
    async delete(id) {
      runs.delete(id);
    },
    async clear() {
      runs.clear();
    },
    async importRuns(incoming) {
      incoming.forEach(assertPracticeRun);
      const { put, counts } = mergeRuns([...runs.values()], incoming);
      for (const r of put) runs.set(r.id, clone(r));
      return counts;
    },
  };

  const lookupsRepo: LookupsRepo = {
    async put(lookup) {
      assertLookup(lookup);
      lookups.set(lookup.id, clone(lookup));
      for (const id of overBound([...lookups.values()])) lookups.delete(id);
    },
    async get(id) {
      const l = lookups.get(id);
      return l && clone(l);
    },
    async list() {
      return [...lookups.values()].sort(byNewestLookup).map(clone);
    },
    async delete(id) {
      lookups.delete(id);
    },
  };

  return {
    incidents: incidentsRepo,
    notes: notesRepo,
    terminals: terminalsRepo,
    settings: settingsRepo,
    practiceRuns: practiceRunsRepo,
    lookups: lookupsRepo,
  };
}
