/**
 * What a stored record may hold, field by field: one set of rules for the backup import (which
 * refuses a file that breaks any of them) and for every screen that reads records (which skips a
 * record a screen could not show, with a notice, instead of breaking).
 *
 * Pure: no Dexie, no valibot, no browser globals. A record may have reached the database before
 * these rules existed (an older import, another tool, a bug), so readers never assume them.
 */
import { faults } from '../faults/registry';
import type { FaultId } from '../faults/types';
import { MAX_NOTE_CHARS, MAX_SHORT_TEXT_CHARS } from '../rules/limits';
import { OPTIONAL_TERMINAL_FIELDS } from '../rules/terminalFields';
import { HOSTILE_NAMES } from '../rules/untrustedJson';
import type { IncidentRecord, LookupRecord, NoteRecord, TerminalRecord } from './records';

export { HOSTILE_NAMES };

/** Sane sizes: far above anything the app writes, far below what makes a screen crawl. */
export const LIMITS = {
  /** Entries of an answer log (a guide has ~10 steps; backs included, 1000 is a lot). */
  logEntries: 1000,
  /** Records per table in one backup file. */
  records: 20_000,
  idChars: 100,
  stateIdChars: 60,
  shortTextChars: MAX_SHORT_TEXT_CHARS,
  noteChars: MAX_NOTE_CHARS,
  /** The XState snapshot as JSON text. */
  snapshotChars: 20_000,
  /** Lookups kept: the newest so many (a busy counter looks up a few a day). */
  lookups: 500,
  /** Close answers a lookup records beside the one it showed first (the page shows a few). */
  closeAnswers: 10,
} as const;

/** The largest time `Date` can represent (±8.64e15 ms); beyond it `new Date(t)` is invalid. */
export const DATE_LIMIT_MS = 8.64e15;
/** An import refuses times after this (2200-01-01): no phone's clock is that wrong. */
export const LATEST_TIME_MS = Date.UTC(2200, 0, 1);

/** The fault ids, from the one list of faults. */
export const FAULT_IDS = faults.map((f) => f.id) as readonly FaultId[];
export const INCIDENT_STATUSES = ['inProgress', 'resolved', 'escalated', 'abandoned'] as const;

/** A time `Date` can show: what a reader needs not to crash. */
export function isShowableTime(t: unknown): t is number {
  return typeof t === 'number' && Number.isFinite(t) && Math.abs(t) <= DATE_LIMIT_MS;
}

/** A time an import accepts: epoch ms from 1970 to 2200. */
export function isSaneTime(t: unknown): t is number {
  return typeof t === 'number' && Number.isFinite(t) && t >= 0 && t <= LATEST_TIME_MS;
}

const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_CHARS = /^[A-Za-z0-9_-]+$/;

/**
 * A record id as the app makes them (crypto.randomUUID, or a time-random fallback) or as tests
 * and older versions did ("inc-1"). `hasCardNumber` decides for anything but a canonical UUID:
 * a UUID's hex digit groups read like a card one time in a few hundred, and a UUID is generated,
 * never typed.
 */
export function isRecordId(id: unknown, hasCardNumber: (s: string) => boolean): id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > LIMITS.idChars) return false;
  if (!ID_CHARS.test(id) || HOSTILE_NAMES.has(id)) return false;
  return CANONICAL_UUID.test(id) || !hasCardNumber(id);
}

/** camelCase, digits only in short runs (a card number cannot hide in one). */
const STATE_ID = /^[A-Za-z](?:[A-Za-z_]|[0-9](?![0-9]{4}))*$/;

/** A guide state id (camelCase in every machine); `''` only where the rule allows it. */
export function isStateId(s: unknown): s is string {
  return (
    typeof s === 'string' &&
    s.length <= LIMITS.stateIdChars &&
    STATE_ID.test(s) &&
    !HOSTILE_NAMES.has(s)
  );
}

const GUIDE_EVENT =
  /^(?:answer\.(?:yes|no|unsure)|fixed\.(?:yes|no)|next|tried|back|screen\.((?:[A-Za-z_]|[0-9](?![0-9]{4}))+))$/;

/** An event of the guides' vocabulary (types.ts: ChoiceEvent) or `back`. */
export function isGuideEvent(e: unknown): e is IncidentRecord['log'][number]['event'] {
  if (typeof e !== 'string' || e.length > LIMITS.stateIdChars + 7) return false;
  const m = GUIDE_EVENT.exec(e);
  return m !== null && !(m[1] !== undefined && HOSTILE_NAMES.has(m[1]));
}

const ANSWER_ID =
  /^(?:code:[0-9A-Z]{2,3}|msg:([A-Za-z]{1,40})|guide:(\w{1,40})|ask:(?:card|terminal|network)|none)$/;

/**
 * The id of an answer of "what does the screen say?" (lookup/answers.ts): `code:<code>`,
 * `msg:<camelCase>`, `guide:<fault id>`, `ask:card|terminal|network` (what "not found" asked),
 * or `none`. Never a name that looks something up on Object, never room for a card number.
 */
export function isAnswerId(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ANSWER_ID.exec(s);
  if (m === null) return false;
  if (m[1] !== undefined) return !HOSTILE_NAMES.has(m[1]);
  return m[2] === undefined || (FAULT_IDS as readonly string[]).includes(m[2]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key a screen can list by: a string, not empty, within the id limit. */
function isShowableId(id: unknown): id is string {
  return typeof id === 'string' && id.length > 0 && id.length <= LIMITS.idChars;
}

function isLogEntry(e: unknown): boolean {
  return (
    isObject(e) &&
    (e.from === '' || isStateId(e.from)) &&
    isGuideEvent(e.event) &&
    isShowableTime(e.at)
  );
}

/** A log a screen can replay and list without crashing or crawling. */
export function isShowableLog(log: unknown): boolean {
  return Array.isArray(log) && log.length <= LIMITS.logEntries && log.every(isLogEntry);
}

const hasOwn = (o: Record<string, unknown>, k: string) => Object.hasOwn(o, k);

/**
 * An incident Home, History and the incident screen can show. Anything else is skipped with a
 * notice (and left in the database: the merchant may still have a backup tool that reads it).
 */
export function isShowableIncident(r: unknown): r is IncidentRecord {
  return (
    isObject(r) &&
    isShowableId(r.id) &&
    (FAULT_IDS as readonly unknown[]).includes(r.fault) &&
    (INCIDENT_STATUSES as readonly unknown[]).includes(r.status) &&
    typeof r.guideVersion === 'number' &&
    isShowableTime(r.startedAt) &&
    isShowableTime(r.updatedAt) &&
    (!hasOwn(r, 'endedAt') || r.endedAt === undefined || isShowableTime(r.endedAt)) &&
    (r.endState === undefined || isStateId(r.endState)) &&
    isShowableLog(r.log) &&
    (r.previousLog === undefined || isShowableLog(r.previousLog))
  );
}

/** A photo as stored: bytes with their type (since v3), or a Blob (written before). */
export function isStoredPhoto(p: unknown): boolean {
  if (typeof Blob !== 'undefined' && p instanceof Blob) return true;
  return (
    isObject(p) &&
    typeof p.type === 'string' &&
    (p.bytes instanceof ArrayBuffer ||
      (typeof p.bytes === 'object' && p.bytes !== null && 'byteLength' in p.bytes))
  );
}

/** A note the notes panel can show. */
export function isShowableNote(n: unknown): n is NoteRecord {
  return (
    isObject(n) &&
    typeof n.id === 'string' &&
    typeof n.incidentId === 'string' &&
    typeof n.stepId === 'string' &&
    typeof n.text === 'string' &&
    n.text.length <= LIMITS.noteChars &&
    isShowableTime(n.createdAt) &&
    isShowableTime(n.updatedAt) &&
    (n.photo === undefined || isStoredPhoto(n.photo))
  );
}

/** A terminal the terminals page and the guide can show. */
export function isShowableTerminal(t: unknown): t is TerminalRecord {
  return (
    isObject(t) &&
    typeof t.id === 'string' &&
    typeof t.name === 'string' &&
    t.name.length <= LIMITS.shortTextChars &&
    OPTIONAL_TERMINAL_FIELDS.every(
      (k) =>
        t[k] === undefined || (typeof t[k] === 'string' && t[k].length <= LIMITS.shortTextChars),
    ) &&
    isShowableTime(t.createdAt) &&
    isShowableTime(t.updatedAt)
  );
}

/** A lookup the history can list (its text is checked for card data by the repo and the import). */
export function isShowableLookup(l: unknown): l is LookupRecord {
  return (
    isObject(l) &&
    isShowableId(l.id) &&
    typeof l.q === 'string' &&
    l.q.length <= LIMITS.shortTextChars &&
    isAnswerId(l.answer) &&
    Array.isArray(l.close) &&
    l.close.length <= LIMITS.closeAnswers &&
    l.close.every(isAnswerId) &&
    isShowableTime(l.at) &&
    isShowableTime(l.updatedAt) &&
    (l.lang === 'zh' || l.lang === 'en')
  );
}
