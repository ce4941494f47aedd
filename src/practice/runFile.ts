/**
 * Practice runs as a file, so runs done on other phones reach the trainer's phone. Pure.
 *
 * Importing follows the backup rules (backup/backup.schema.ts), with the same guards (rules/untrustedJson.ts): the file
 * is untrusted, so it is checked from the cheapest to the dearest and refused rather than
 * repaired — size before parsing; JSON.parse with a reviver that aborts on a prototype-polluting
 * key or script text; the format marker and version; then the valibot schema (which also runs
 * the card-data guard over the trainee's name). Merging (newest updatedAt wins, one transaction)
 * is the repo's (storage/practiceRuns.repo.ts).
 */
import * as v from 'valibot';
import { GuardedText, MAX_TRAINEE_CHARS, PracticeRunSchema, Time } from '../backup/backup.schema';
import { HostileInput, refuseHostile, tooLarge } from '../rules/untrustedJson';
import type { PracticeRunRecord } from '../storage/records';

export { MAX_TRAINEE_CHARS };

export const RUNS_FORMAT = 'pos-rescue-practice-runs';
export const RUNS_SCHEMA_VERSION = 1;
export const DEFAULT_MAX_RUNS_BYTES = 5 * 1024 * 1024;
const MAX_RUNS = 20_000;

/** A name, as typed before a run: never a card number or PIN-like digits (card-data guard). */
export const TraineeName = v.pipe(GuardedText(MAX_TRAINEE_CHARS), v.trim(), v.nonEmpty());

const RunsFileSchema = v.object({
  format: v.literal(RUNS_FORMAT),
  schemaVersion: v.literal(RUNS_SCHEMA_VERSION),
  exportedAt: Time,
  runs: v.pipe(v.array(PracticeRunSchema), v.maxLength(MAX_RUNS)),
});

/** True for a stored run the trainer view can show (a backup restore only checks id/updatedAt). */
export function isReadableRun(value: unknown): value is PracticeRunRecord {
  return v.is(PracticeRunSchema, value);
}

export type RunsFileError =
  | { code: 'tooLarge'; maxBytes: number }
  | { code: 'notJson' }
  | { code: 'notRunsFile' }
  /** `newer`: written by a later version of the app. */
  | { code: 'unknownVersion'; newer: boolean }
  /** `path`: the first bad field, dot-separated ("runs.3.trainee"). */
  | { code: 'invalid'; path: string }
  | { code: 'hostile' };

export type RunsFileResult =
  { ok: true; runs: PracticeRunRecord[]; exportedAt: number } | { ok: false; error: RunsFileError };

const fail = (error: RunsFileError): RunsFileResult => ({ ok: false, error });

export function parseRunsFile(text: string, opts: { maxBytes?: number } = {}): RunsFileResult {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_RUNS_BYTES;
  if (tooLarge(text, maxBytes)) return fail({ code: 'tooLarge', maxBytes });

  let json: unknown;
  try {
    json = JSON.parse(text, refuseHostile);
  } catch (e) {
    return fail(e instanceof HostileInput ? { code: 'hostile' } : { code: 'notJson' });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail({ code: 'notRunsFile' });
  }
  const file = json as Record<string, unknown>;
  if (file.format !== RUNS_FORMAT) return fail({ code: 'notRunsFile' });
  if (file.schemaVersion !== RUNS_SCHEMA_VERSION) {
    const version = file.schemaVersion;
    return fail({
      code: 'unknownVersion',
      newer: typeof version === 'number' && version > RUNS_SCHEMA_VERSION,
    });
  }
  const result = v.safeParse(RunsFileSchema, json, { abortEarly: true });
  if (!result.success) {
    return fail({ code: 'invalid', path: v.getDotPath(result.issues[0]) ?? '' });
  }
  return { ok: true, runs: result.output.runs, exportedAt: result.output.exportedAt };
}

/** The export file's text. */
export function runsFileText(runs: readonly PracticeRunRecord[], exportedAt: number): string {
  return JSON.stringify(
    { format: RUNS_FORMAT, schemaVersion: RUNS_SCHEMA_VERSION, exportedAt, runs },
    null,
    1,
  );
}
