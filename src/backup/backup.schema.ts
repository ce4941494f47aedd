/**
 * Validation of a backup file before anything of it reaches the database. Pure: no Dexie, no
 * window; the import screen reads the file, calls `parseBackup`, and turns photos back into
 * Blobs itself.
 *
 * The file is untrusted (it may have been edited, truncated or made up), so the checks run from
 * the cheapest to the dearest and refuse rather than repair:
 *  1. size, before parsing;
 *  2. JSON.parse with a reviver that aborts on a prototype-polluting key or script text;
 *  3. the format marker and schema version, so the UI can say "not a backup" / "newer app";
 *  4. the valibot schema, which also runs the card-data guard over every note, the text fields
 *     of every terminal, and the strings of every incident that are not generated ids.
 */
import * as v from 'valibot';
import {
  containsCardData,
  terminalFieldHasCardData,
  type TerminalTextField,
} from '../rules/cardGuard';
import { faultIds } from '../faults/registry';
import { MAX_NOTE_CHARS } from '../rules/limits';
import { Id, StateId, Time } from '../rules/schemaAtoms';
import type { LogEntry } from '../faults/types';
import { HostileInput, isPlainObject, refuseHostile, tooLarge } from '../rules/untrustedJson';

export const BACKUP_FORMAT = 'pos-rescue-backup';
export const BACKUP_SCHEMA_VERSION = 1;
export const DEFAULT_MAX_BACKUP_BYTES = 100 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export type BackupError =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notJson' }
  | { code: 'notBackup' }
  /** `newer`: written by a later version of the app (tell the merchant to update). */
  | { code: 'unknownVersion'; newer: boolean }
  /** `path`: the first bad field, dot-separated ("notes.3.text"). */
  | { code: 'invalid'; path: string }
  | { code: 'hostile' };

// ---------------------------------------------------------------------------------------------
// Field rules

const ShortText = v.pipe(v.string(), v.maxLength(200));
/**
 * A state id the app wrote: no card number in it. Ids (`Id`) are not checked: they are random
 * UUIDs, and some of their digit runs (8-4-4-4 groups) read like a partial card.
 */
const GuardedStateId = v.pipe(
  StateId,
  v.check((s) => !containsCardData(s)),
);

/** Every string inside a JSON value, without recursion (a file may nest deeply). */
function someString(value: unknown, test: (s: string) => boolean): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (test(item)) return true;
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/**
 * Only a non-empty string is required of an answer: an event the guide does not know (older
 * guide version) is already handled by replay(), which stops at the first answer that no longer
 * fits. The type claims the engine's event type so restored records need no cast.
 */
const LogEvent = v.custom<LogEntry['event']>(
  (input) =>
    typeof input === 'string' &&
    input.length > 0 &&
    input.length <= 100 &&
    !containsCardData(input),
);

const LogEntrySchema = v.object({ from: GuardedStateId, event: LogEvent, at: Time });

const IncidentSchema = v.object({
  id: Id,
  fault: v.picklist(faultIds),
  guideVersion: v.pipe(v.number(), v.integer(), v.minValue(0)),
  terminalId: v.optional(Id),
  startedAt: Time,
  updatedAt: Time,
  endedAt: v.optional(Time),
  status: v.picklist(['inProgress', 'resolved', 'escalated', 'abandoned']),
  endState: v.optional(GuardedStateId),
  log: v.array(LogEntrySchema),
  previousLog: v.optional(v.array(LogEntrySchema)),
  previousGuideVersion: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  // The XState persisted snapshot: opaque here; the reviver has already checked its keys and
  // strings, and the wizard replays the log rather than trusting it. It is stored as it is, so
  // its strings (keys included) get the card-data guard too.
  snapshot: v.pipe(
    v.unknown(),
    v.check((snapshot) => !someString(snapshot, containsCardData)),
  ),
});

/** Leading base64 characters of each allowed image format's magic bytes. */
const IMAGE_MAGIC = { 'image/jpeg': '/9j/', 'image/png': 'iVBORw0KGgo', 'image/webp': 'UklGR' };

/** Decoded size of a base64 string (4 characters carry 3 bytes, minus the padding). */
function base64Bytes(s: string): number {
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  return (s.length / 4) * 3 - padding;
}

const PhotoSchema = v.pipe(
  v.object({
    type: v.picklist(['image/jpeg', 'image/webp', 'image/png']),
    dataBase64: v.pipe(
      v.string(),
      v.nonEmpty(),
      // Length first, so an oversized string is refused before the regex walks it.
      v.maxLength(Math.ceil(MAX_PHOTO_BYTES / 3) * 4),
      // A flat character class: a grouped pattern like (?:[…]{4})* overflows V8's regex
      // stack on a photo of a few MB.
      v.regex(/^[A-Za-z0-9+/]+={0,2}$/),
      v.check((s) => s.length % 4 === 0 && base64Bytes(s) <= MAX_PHOTO_BYTES),
    ),
  }),
  // The bytes must be the image the type says, not some other file behind an image label.
  v.check((photo) => photo.dataBase64.startsWith(IMAGE_MAGIC[photo.type])),
);

const NoteSchema = v.object({
  id: Id,
  incidentId: Id,
  stepId: StateId,
  createdAt: Time,
  updatedAt: Time,
  // This app masks card numbers before saving; a file with one was not written by it.
  text: v.pipe(
    v.string(),
    v.maxLength(MAX_NOTE_CHARS),
    v.check((text) => !containsCardData(text)),
  ),
  photo: v.optional(PhotoSchema),
  draft: v.optional(v.boolean()),
});

/** A terminal field the merchant types into: refused with a card number, as the storage layer does. */
const terminalText = (field: TerminalTextField) =>
  v.pipe(
    ShortText,
    v.check((text) => !terminalFieldHasCardData(field, text)),
  );

const TerminalSchema = v.object({
  id: Id,
  name: v.pipe(terminalText('name'), v.nonEmpty()),
  brand: v.optional(terminalText('brand')),
  model: v.optional(terminalText('model')),
  serial: v.optional(terminalText('serial')),
  merchantNo: v.optional(terminalText('merchantNo')),
  terminalNo: v.optional(terminalText('terminalNo')),
  provider: v.optional(terminalText('provider')),
  providerPhone: v.optional(ShortText),
  createdAt: Time,
  updatedAt: Time,
});

/** Only what merging needs; the practice feature refines the rest. Other keys are kept. */
const PracticeRunSchema = v.looseObject({ id: Id, updatedAt: Time });

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: Time,
  incidents: v.array(IncidentSchema),
  notes: v.array(NoteSchema),
  terminals: v.array(TerminalSchema),
  practiceRuns: v.optional(v.array(PracticeRunSchema)),
});

export type Backup = v.InferOutput<typeof BackupSchema>;
export type BackupIncident = Backup['incidents'][number];
export type BackupNote = Backup['notes'][number];
export type BackupPhoto = NonNullable<BackupNote['photo']>;
export type BackupTerminal = Backup['terminals'][number];

// ---------------------------------------------------------------------------------------------
// Parsing

export type BackupParseResult = { ok: true; data: Backup } | { ok: false; error: BackupError };

function fail(error: BackupError): BackupParseResult {
  return { ok: false, error };
}

export function parseBackup(text: string, opts: { maxBytes?: number } = {}): BackupParseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  if (tooLarge(text, maxBytes)) return fail({ code: 'tooLarge', maxBytes });

  let json: unknown;
  try {
    json = JSON.parse(text, refuseHostile);
  } catch (e) {
    return fail(e instanceof HostileInput ? { code: 'hostile' } : { code: 'notJson' });
  }

  if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) return fail({ code: 'notBackup' });
  const version = json.schemaVersion;
  if (version !== BACKUP_SCHEMA_VERSION) {
    const newer = typeof version === 'number' && version > BACKUP_SCHEMA_VERSION;
    return fail({ code: 'unknownVersion', newer });
  }

  const result = v.safeParse(BackupSchema, json, { abortEarly: true });
  if (!result.success) {
    return fail({ code: 'invalid', path: v.getDotPath(result.issues[0]) ?? '' });
  }
  return { ok: true, data: result.output };
}
