/** The backup page (backup/BackupPage.tsx) in English; loaded with its chunk (see i18n/featureText.ts). */
import type { Widen } from '../i18n/featureText';

export const backupTextEn = {
  heading: 'Backup',
  intro:
    'Everything is stored only in this phone’s browser. Save a backup file now and then. After a new phone or cleared browser data, restore it here.',
  exportHeading: 'Save a backup',
  exportHint:
    'Incidents, notes with photos, terminals and what you looked up, in one file on your phone.',
  exportButton: 'Save backup file',
  exporting: 'Preparing the file…',
  exported:
    'Saved {file}. Incidents: {incidents}. Notes: {notes} (photos: {photos}). Terminals: {terminals}.',
  exportFailed: 'The backup could not be made. Try again.',
  photosLeftOut: 'Photos that could not be put in the file: {n}.',
  tooLargeToRestore:
    'This file is larger than 100 MB and cannot be restored. Delete some old photos, then save again.',
  importHeading: 'Restore from a backup file',
  importHint:
    'Nothing is deleted. For each record, the newer copy is kept: the phone’s or the file’s.',
  importButton: 'Choose a backup file (.json)',
  importing: 'Checking the file…',
  imported: 'Restored.',
  importedLine: '{table}: {added} added, {updated} updated, {skipped} unchanged',
  tables: {
    incidents: 'Incidents',
    notes: 'Notes',
    terminals: 'Terminals',
    practiceRuns: 'Practice runs',
    lookups: 'Looked up',
  },
  errors: {
    tooLarge: 'This file is larger than {mb} MB and cannot be restored. Nothing was changed.',
    notJson: 'This file is damaged or is not a backup: it cannot be read. Nothing was changed.',
    notBackup: 'This is not a POS Rescue backup file. Nothing was changed.',
    newerVersion:
      'This backup was made by a newer version of POS Rescue. Update the app, then try again. Nothing was changed.',
    unknownVersion: 'This backup’s version is not known. Nothing was changed.',
    invalid: 'This backup file was changed or is damaged ({path}). Nothing was changed.',
    hostile: 'This file contains code and was refused. Nothing was changed.',
    storage: 'The phone could not store the backup (storage full or blocked). Nothing was changed.',
  },
} as const;

export type BackupText = Widen<typeof backupTextEn>;
