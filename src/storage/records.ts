/**
 * The shapes of what is stored on the phone. Plain data: no Dexie here, so screens, backup
 * validation and tests can share the types without pulling in the database code.
 */
import type { FaultId, Lang, SafetyKind } from '../faults/types';
import type { LogEntry } from '../faults/types';

export type IncidentStatus = 'inProgress' | 'resolved' | 'escalated' | 'abandoned';

export interface IncidentRecord {
  id: string;
  fault: FaultId;
  /** The guide version the log was recorded with. */
  guideVersion: number;
  /** The terminal this incident is about (id of a TerminalRecord), if any. */
  terminalId?: string;
  startedAt: number;
  updatedAt: number;
  /** Set when the incident reached an end or was abandoned. */
  endedAt?: number;
  status: IncidentStatus;
  /** End state id when resolved/escalated. */
  endState?: string;
  /** Append-only answer log ('back' entries included), with times. */
  log: LogEntry[];
  /** When a guide update changed the path: the log as it was recorded, and its guide version. */
  previousLog?: LogEntry[];
  previousGuideVersion?: number;
  /** XState persisted snapshot of the current step (machine.getPersistedSnapshot). */
  snapshot: unknown;
}

export interface NoteRecord {
  id: string;
  incidentId: string;
  /** State id the note was written at ('' = after the incident). */
  stepId: string;
  createdAt: number;
  updatedAt: number;
  /** Text after the card-data guard (never an unmasked card number). */
  text: string;
  /**
   * A photo of the terminal screen, downscaled, as a Blob while the app holds it. IndexedDB keeps
   * its bytes and type instead (StoredPhoto: WebKit's private mode refuses any Blob in
   * IndexedDB); notes.repo.ts converts both ways, and still reads the Blobs stored before.
   */
  photo?: Blob;
  /** True while the note is an autosaved draft. */
  draft?: boolean;
}

/** A photo as IndexedDB holds it: an ArrayBuffer every engine stores, in every mode. */
export interface StoredPhoto {
  type: string;
  bytes: ArrayBuffer;
}

/** A note as IndexedDB holds it. */
export type StoredNote = Omit<NoteRecord, 'photo'> & { photo?: StoredPhoto | Blob };

export interface TerminalRecord {
  id: string;
  /** "front counter" */
  name: string;
  brand?: string;
  model?: string;
  serial?: string;
  /** 商户号 / 商户编号: 15 digits on most acquirers' receipts. Never masked (not card data). */
  merchantNo?: string;
  /** 终端号 / 终端编号: 8 characters on most receipts. Never masked. */
  terminalNo?: string;
  provider?: string;
  /** As printed on the contract or label: 400-xxx-xxxx, (0755) xxxxxxxx, 转 extensions. */
  providerPhone?: string;
  createdAt: number;
  updatedAt: number;
}

/**
 * The settings the app keeps, by key (the language is not one of them: it lives in localStorage,
 * read before the first paint, src/i18n/lang.ts).
 */
export const SETTING_KEYS = {
  /** Epoch ms of the last backup file made on this phone (settings page: "last backup"). */
  lastBackupAt: 'lastBackupAt',
  /** Epoch ms the merchant answered the "this browser may delete your records" reminder. */
  backupReminderAnsweredAt: 'backupReminderAnsweredAt',
  /** A trainee's session plan, as scanned from the trainer's code (practice/plan.ts). */
  practicePlan: 'practicePlan',
} as const;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];

/** A setting as the `settings` table holds it. Values are untrusted: readers check them. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A setting as the settings store keeps it: a record like the others, its key as its id. */
export interface Setting {
  id: SettingKey;
  value: unknown;
}

/** How a finished practice run was scored (practice/scoring.ts), frozen when the run ended. */
export interface PracticeResult {
  /** 0–100, see practice/scoring.ts for the formula. */
  score: number;
  reachedExpectedEnd: boolean;
  /** Answers given. */
  stepsTaken: number;
  /** Answers on the shortest correct path of the scenario. */
  shortestSteps: number;
  /** Every answer that differs from the scenario's (unsafe ones included). */
  wrongAnswers: number;
  /** One entry per unsafe choice (a wrong answer at a safety check, or the wrong kind of end). */
  unsafe: SafetyKind[];
  /** endedAt − startedAt. */
  durationMs: number;
}

/**
 * One run of practice mode. Kept in its own table so a practice run never shows up in the
 * incident history or in the monthly statistics.
 */
export interface PracticeRunRecord {
  id: string;
  /** The practice scenario that was played (practice/scenarios.ts). */
  scenarioId: string;
  /** The scenario's fault, so a list needs no scenario to show it. */
  fault: FaultId;
  /** The guide version the run was played on. */
  guideVersion: number;
  /** The trainee's name as the trainer typed it before the run (a first name is enough). */
  trainee: string;
  startedAt: number;
  updatedAt: number;
  endedAt?: number;
  status: 'inProgress' | 'finished';
  /** End state id once finished. */
  endState?: string;
  /** Answers given, same shape as an incident's log. */
  log: LogEntry[];
  /** Set when the run finished. */
  result?: PracticeResult;
}

/**
 * One lookup of "what does the screen say?" (lookup/lookupLog.ts builds it): what was typed,
 * the answer it gave, when, in which language. A log, not a step: written after the answer has
 * shown (ARCHITECTURE.md, "Write before render"). The table keeps the newest `LIMITS.lookups`.
 */
export interface LookupRecord {
  id: string;
  /**
   * What was typed, after the card guard (a card number masked to its last four) and with the
   * value of anything PIN-like masked; at most `MAX_SHORT_TEXT_CHARS`. Never the text in clear.
   */
  q: string;
  /**
   * The answer shown first, by its stable id (`code:51`, `msg:paperOut`, `guide:keyError`), or
   * `none` when nothing matched, then `ask:card` / `ask:terminal` / `ask:network` once the
   * merchant answered "what fails?".
   */
  answer: string;
  /** The close answers shown beside it (ids, in their order). */
  close: string[];
  /** When it was first shown. */
  at: number;
  /** When it last changed (searched again within a minute, or "what fails?" answered). */
  updatedAt: number;
  /** The interface language it was shown in. */
  lang: Lang;
}

/** The tables a backup file carries, in the order the backup page lists them. */
export const BACKUP_TABLES = [
  'incidents',
  'notes',
  'terminals',
  'practiceRuns',
  'lookups',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
