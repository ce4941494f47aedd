/**
 * The backup file: what is stored ↔ the JSON that parseBackup reads. Photos travel as base64
 * (JSON has no binary). Uses Blob, btoa and atob, so it runs in the browser (and jsdom), not in
 * the pure layer.
 */
import { dateStamp } from '../i18n/format';
import type { ImportReport, StoredData } from '../storage/backup.repo';
import type { NoteRecord } from '../storage/records';
import type { BackupService } from '../storage/stores';
import {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  DEFAULT_MAX_BACKUP_BYTES,
  parseBackup,
  type Backup,
  type BackupError,
  type BackupParseResult,
  type BackupPhoto,
} from './backup.schema';

type PhotoType = BackupPhoto['type'];

/** The image format of a photo by its first bytes (the Blob's own type may be missing). */
export function sniffImageType(bytes: Uint8Array): PhotoType | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) {
    return 'image/png';
  }
  const ascii = String.fromCharCode(...bytes.subarray(0, 12));
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'image/webp';
  return null;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole photo into String.fromCharCode overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  // Response reads any Blob (some engines' Blob lacks arrayBuffer()).
  const buffer =
    typeof blob.arrayBuffer === 'function'
      ? await blob.arrayBuffer()
      : await new Response(blob).arrayBuffer();
  return new Uint8Array(buffer);
}

export interface BuiltBackup {
  json: string;
  counts: { incidents: number; notes: number; photos: number; terminals: number };
  /** Photos left out because their bytes are no image the format allows. */
  photosLeftOut: number;
  /** The file is bigger than an import accepts. */
  tooLargeToRestore: boolean;
}

/** The backup file's text for everything stored. */
export async function buildBackup(data: StoredData, exportedAt: number): Promise<BuiltBackup> {
  let photos = 0;
  let photosLeftOut = 0;
  const notes: Backup['notes'] = [];
  for (const note of data.notes) {
    const { photo, ...rest } = note;
    const out: Backup['notes'][number] = { ...rest };
    if (photo) {
      const bytes = await blobBytes(photo);
      const type = sniffImageType(bytes);
      if (type) {
        out.photo = { type, dataBase64: bytesToBase64(bytes) };
        photos++;
      } else {
        photosLeftOut++;
      }
    }
    notes.push(out);
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt,
    incidents: data.incidents,
    notes,
    terminals: data.terminals,
    // The schema only pins id and updatedAt of a practice run and keeps every other field.
    practiceRuns: data.practiceRuns,
    lookups: data.lookups,
  };
  const json = JSON.stringify(backup);
  return {
    json,
    counts: {
      incidents: data.incidents.length,
      notes: data.notes.length,
      photos,
      terminals: data.terminals.length,
    },
    photosLeftOut,
    tooLargeToRestore: new Blob([json]).size > DEFAULT_MAX_BACKUP_BYTES,
  };
}

/** A validated backup as records to store (photos back as Blobs). */
export function restoreRecords(data: Backup): StoredData {
  const notes = data.notes.map((note): NoteRecord => {
    const { photo, ...rest } = note;
    const record: NoteRecord = { ...rest };
    if (photo) record.photo = new Blob([base64ToBytes(photo.dataBase64)], { type: photo.type });
    return record;
  });
  return {
    incidents: data.incidents,
    notes,
    terminals: data.terminals,
    // Checked for id and updatedAt only: the practice feature owns the rest of the shape.
    practiceRuns: data.practiceRuns ?? [],
    // Files made before lookups were kept have none.
    lookups: data.lookups ?? [],
  };
}

/** pos-rescue-backup-YYYY-MM-DD.json, in local time (the merchant's date). */
export function backupFileName(date: Date): string {
  return `pos-rescue-backup-${dateStamp(date.getTime())}.json`;
}

/** Reads and validates a chosen file. The size is checked before a byte of it is read. */
export async function readBackupFile(
  file: Blob,
  maxBytes = DEFAULT_MAX_BACKUP_BYTES,
): Promise<BackupParseResult> {
  if (file.size > maxBytes) return { ok: false, error: { code: 'tooLarge', maxBytes } };
  let text: string;
  try {
    text = typeof file.text === 'function' ? await file.text() : await new Response(file).text();
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  return parseBackup(text, { maxBytes, sizeChecked: true });
}

export type RestoreResult =
  { ok: true; report: ImportReport } | { ok: false; error: BackupError | { code: 'storage' } };

/**
 * The whole restore of a chosen file, as the backup page runs it: read and validate, then one
 * transaction (the backup service: a record the app cannot use refuses the file). Any refusal or
 * failure changes nothing.
 */
export async function restoreFromFile(
  backup: Pick<BackupService, 'restore'>,
  file: Blob,
): Promise<RestoreResult> {
  const parsed = await readBackupFile(file);
  if (!parsed.ok) return parsed;
  return backup.restore(restoreRecords(parsed.data));
}
