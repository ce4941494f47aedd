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
import { containsCardData, findPinLike } from '../rules/cardGuard';
import { MAX_NOTE_CHARS } from '../rules/limits';
import { parsePhone } from '../rules/phone';
import { terminalFieldHasCardData, type TerminalTextField } from '../rules/terminalFields';
import type { LogEntry } from '../faults/types';
import { HostileInput, isPlainObject, refuseHostile, tooLarge } from '../rules/untrustedJson';
import {
  FAULT_IDS,
  INCIDENT_STATUSES,
  isAnswerId,
  isGuideEvent,
  isRecordId,
  isSaneTime,
  isStateId,
  LIMITS,
} from '../storage/recordRules';

export const BACKUP_FORMAT = 'pos-rescue-backup';
export const BACKUP_SCHEMA_VERSION = 1;
export const DEFAULT_MAX_BACKUP_BYTES = 100 * 1024 * 1024;
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_TRAINEE_CHARS = 60;

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
// Field rules (storage/recordRules.ts holds the limits and identifier rules; screens share them)

/** A record id: no card number in it (storage/recordRules.ts: isRecordId says why UUIDs pass). */
export const Id = v.custom<string>((input) => isRecordId(input, containsCardData));
/** Epoch ms from 1970 to 2200: JSON can carry 1e999 (Infinity), 1e300 or 9e15 (past `Date`). */
export const Time = v.custom<number>(isSaneTime);
/** A count or version: a small non-negative integer. */
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));
/** Free text the merchant typed: bounded, and never a card number. */
export const GuardedText = (maxChars: number = LIMITS.shortTextChars) =>
  v.pipe(
    v.string(),
    v.maxLength(maxChars),
    v.check((text) => !containsCardData(text)),
  );
/** A state id of a guide (camelCase), never a name that looks something up on Object. */
export const StateId = v.custom<string>(isStateId);
/** A state id, or '' (a note written after the incident; a `back` entry's `from`). */
const StateIdOrEmpty = v.custom<string>((input) => input === '' || isStateId(input));
/** An event of the guides' vocabulary (`answer.yes`, `screen.<option>`, `back`, …), nothing else. */
export const LogEvent = v.custom<LogEntry['event']>(isGuideEvent);
export const FaultIdSchema = v.picklist(FAULT_IDS);

export const LogSchema = v.pipe(
  v.array(v.object({ from: StateIdOrEmpty, event: LogEvent, at: Time })),
  v.maxLength(LIMITS.logEntries),
);

/**
 * Whether any string (keys included) or number inside a JSON value fails its test; without
 * recursion (a file may nest deeply).
 */
function someLeaf(
  value: unknown,
  test: (s: string) => boolean,
  testNumber: (n: number) => boolean = () => false,
): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (test(item)) return true;
    } else if (typeof item === 'number') {
      if (testNumber(item)) return true;
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        if (test(key)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** JSON text of at most `max` characters (false when it cannot even be turned into text). */
function smallJson(value: unknown, max: number): boolean {
  try {
    const text = JSON.stringify(value);
    return text === undefined || text.length <= max;
  } catch {
    return false;
  }
}

const IncidentSchema = v.object({
  id: Id,
  fault: FaultIdSchema,
  guideVersion: Count,
  terminalId: v.optional(Id),
  startedAt: Time,
  updatedAt: Time,
  endedAt: v.optional(Time),
  status: v.picklist(INCIDENT_STATUSES),
  endState: v.optional(StateId),
  log: LogSchema,
  previousLog: v.optional(LogSchema),
  previousGuideVersion: v.optional(Count),
  // The XState persisted snapshot: opaque here; the reviver has already checked its keys and
  // strings, and the wizard replays the log rather than trusting it. It is stored as it is, so
  // it is bounded and its strings (keys included) get the card-data guard too.
  snapshot: v.pipe(
    v.unknown(),
    v.check((snapshot) => smallJson(snapshot, LIMITS.snapshotChars)),
    // No card number in any string; no time or absurd number (a snapshot holds state values
    // and small counters only: times stay out of the machines' context).
    v.check(
      (snapshot) =>
        !someLeaf(snapshot, containsCardData, (n) => !Number.isFinite(n) || Math.abs(n) > 1e6),
    ),
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
  stepId: StateIdOrEmpty,
  createdAt: Time,
  updatedAt: Time,
  // This app masks card numbers before saving; a file with one was not written by it.
  text: GuardedText(MAX_NOTE_CHARS),
  photo: v.optional(PhotoSchema),
  draft: v.optional(v.boolean()),
});

/** A terminal field the merchant types into: refused with a card number, as the storage layer does. */
const terminalText = (field: TerminalTextField) =>
  v.pipe(
    v.string(),
    v.maxLength(LIMITS.shortTextChars),
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
  // As the terminals form keeps it: a number that parses as a Chinese phone number, so never a
  // card number.
  providerPhone: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(LIMITS.shortTextChars),
      v.check((phone) => phone === '' || parsePhone(phone).ok),
    ),
  ),
  createdAt: Time,
  updatedAt: Time,
});

const ResultSchema = v.object({
  score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  reachedExpectedEnd: v.boolean(),
  stepsTaken: Count,
  shortestSteps: Count,
  wrongAnswers: Count,
  unsafe: v.pipe(
    v.array(v.picklist(['keyExposure', 'tamper', 'scam', 'charge', 'counterFix'])),
    v.maxLength(LIMITS.logEntries),
  ),
  durationMs: Time,
});

/** A practice run, every field (practice/runFile.ts reads its own files with this too). */
export const PracticeRunSchema = v.object({
  id: Id,
  scenarioId: Id,
  fault: FaultIdSchema,
  guideVersion: Count,
  trainee: v.pipe(GuardedText(MAX_TRAINEE_CHARS), v.trim(), v.nonEmpty()),
  startedAt: Time,
  updatedAt: Time,
  endedAt: v.optional(Time),
  status: v.picklist(['inProgress', 'finished']),
  endState: v.optional(StateId),
  log: LogSchema,
  result: v.optional(ResultSchema),
});

/** An answer of "what does the screen say?" by its id (`code:51`, `msg:paperOut`, `ask:card`…). */
const AnswerId = v.custom<string>(isAnswerId);

/** A lookup: what was typed is kept masked (no card number, no PIN-like value), as the app writes it. */
const LookupSchema = v.object({
  id: Id,
  q: v.pipe(
    GuardedText(),
    v.check((q) => findPinLike(q).length === 0),
  ),
  answer: AnswerId,
  close: v.pipe(v.array(AnswerId), v.maxLength(LIMITS.closeAnswers)),
  at: Time,
  updatedAt: Time,
  lang: v.picklist(['zh', 'en']),
});

const table = <T extends v.GenericSchema>(schema: T) =>
  v.pipe(v.array(schema), v.maxLength(LIMITS.records));

const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.literal(BACKUP_SCHEMA_VERSION),
  exportedAt: Time,
  incidents: table(IncidentSchema),
  notes: table(NoteSchema),
  terminals: table(TerminalSchema),
  practiceRuns: v.optional(table(PracticeRunSchema)),
  // The app keeps the newest LIMITS.lookups: a file with more was not written by it.
  lookups: v.optional(v.pipe(v.array(LookupSchema), v.maxLength(LIMITS.lookups))),
});

export type Backup = v.InferOutput<typeof BackupSchema>;
export type BackupIncident = Backup['incidents'][number];
export type BackupNote = Backup['notes'][number];
export type BackupPhoto = NonNullable<BackupNote['photo']>;
export type BackupTerminal = Backup['terminals'][number];
export type BackupLookup = NonNullable<Backup['lookups']>[number];

// ---------------------------------------------------------------------------------------------
// Parsing

export type BackupParseResult = { ok: true; data: Backup } | { ok: false; error: BackupError };

function fail(error: BackupError): BackupParseResult {
  return { ok: false, error };
}

export interface ParseOptions {
  maxBytes?: number;
  /**
   * The file's size on disk was already checked against `maxBytes`: do not measure the text
   * again. (Random bytes decode to U+FFFD, three bytes each in UTF-8: a 60 MB file would
   * measure as 180 MB and be called "larger than 100 MB".)
   */
  sizeChecked?: boolean;
}

export function parseBackup(text: string, opts: ParseOptions = {}): BackupParseResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BACKUP_BYTES;
  if (!opts.sizeChecked && tooLarge(text, maxBytes)) return fail({ code: 'tooLarge', maxBytes });

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
