/**
 * /backup — save everything to one JSON file, and restore such a file. Loaded lazily: valibot
 * and the backup code stay off the first-load path (this page is their only importer).
 *
 * A restore: the file's size is checked before it is read, parseBackup validates it (format,
 * version, schema, card-data guard, hostile content), then one transaction merges it by newest
 * `updatedAt` (storage/backup.repo.ts). Any refusal or failure changes nothing.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import { useServices } from '../infra/services';
import { format, useText } from '../i18n/i18n';
import type { ImportReport } from '../storage/backup.repo';
import { BACKUP_TABLES, SETTING_KEYS } from '../storage/records';
import { downloadBlob } from '../ui/download';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import './backup.css';
import { backupTextEn, type BackupText } from './backup.text.en';
import { backupTextZh } from './backup.text.zh';
import type { BackupError } from './backup.schema';
import { backupFileName, buildBackup, restoreFromFile, type BuiltBackup } from './backupFile';

type ExportState =
  | { status: 'idle' | 'busy' | 'failed' }
  | { status: 'done'; fileName: string; built: Omit<BuiltBackup, 'json'> };

type ImportState =
  | { status: 'idle' | 'busy' }
  | { status: 'refused'; error: BackupError | { code: 'storage' } }
  | { status: 'done'; report: ImportReport };

export const backupText = { en: backupTextEn, zh: backupTextZh };

export function errorMessage(b: BackupText, error: BackupError | { code: 'storage' }): string {
  const e = b.errors;
  switch (error.code) {
    case 'tooLarge':
      return format(e.tooLarge, { mb: Math.round(error.maxBytes / (1024 * 1024)) });
    case 'notJson':
      return e.notJson;
    case 'notBackup':
      return e.notBackup;
    case 'unknownVersion':
      return error.newer ? e.newerVersion : e.unknownVersion;
    case 'invalid':
      return format(e.invalid, { path: error.path || '—' });
    case 'hostile':
      return e.hostile;
    case 'storage':
      return e.storage;
  }
}

export function BackupPage() {
  const services = useServices();
  const b = useText(backupText);
  const headingRef = useFocusHeading('backup');
  const [exported, setExported] = useState<ExportState>({ status: 'idle' });
  const [imported, setImported] = useState<ImportState>({ status: 'idle' });
  const resultRef = useRef<HTMLDivElement>(null);

  const onExport = async () => {
    if (!services) return;
    setExported({ status: 'busy' });
    try {
      const now = services.now();
      const { json, ...built } = await buildBackup(await services.backup.exportAll(), now);
      const fileName = backupFileName(new Date(now));
      downloadBlob(new Blob([json], { type: 'application/json' }), fileName);
      // For the settings page ("last backup: …"): the store never rejects (a failed write is
      // queued and retried), so a failure here cannot spoil the backup.
      await services.settings.save({ id: SETTING_KEYS.lastBackupAt, value: now });
      setExported({ status: 'done', fileName, built });
    } catch {
      setExported({ status: 'failed' });
    }
  };

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again runs again
    if (!file || !services) return;
    setImported({ status: 'busy' });
    const result = await restoreFromFile(services.backup, file);
    setImported(
      result.ok
        ? { status: 'done', report: result.report }
        : { status: 'refused', error: result.error },
    );
    resultRef.current?.focus();
  };

  return (
    <>
      <TopBar />
      <main id="main" className="backup">
        <h1 ref={headingRef} tabIndex={-1}>
          {b.heading}
        </h1>
        <p>{b.intro}</p>

        <section aria-labelledby="backup-export">
          <h2 id="backup-export">{b.exportHeading}</h2>
          <p className="small">{b.exportHint}</p>
          <button
            type="button"
            className="primary"
            disabled={!services || exported.status === 'busy'}
            onClick={() => void onExport()}
          >
            {b.exportButton}
          </button>
          <div role="status">
            {exported.status === 'busy' ? <p>{b.exporting}</p> : null}
            {exported.status === 'failed' ? <p className="warning">{b.exportFailed}</p> : null}
            {exported.status === 'done' ? (
              <>
                <p>
                  {format(b.exported, {
                    file: exported.fileName,
                    incidents: exported.built.counts.incidents,
                    notes: exported.built.counts.notes,
                    photos: exported.built.counts.photos,
                    terminals: exported.built.counts.terminals,
                  })}
                </p>
                {exported.built.photosLeftOut > 0 ? (
                  <p className="warning">
                    {format(b.photosLeftOut, { n: exported.built.photosLeftOut })}
                  </p>
                ) : null}
                {exported.built.tooLargeToRestore ? (
                  <p className="warning">{b.tooLargeToRestore}</p>
                ) : null}
              </>
            ) : null}
          </div>
        </section>

        <section aria-labelledby="backup-import">
          <h2 id="backup-import">{b.importHeading}</h2>
          <p className="small" id="backup-import-hint">
            {b.importHint}
          </p>
          <label className="button file-button">
            <input
              type="file"
              accept="application/json,.json"
              className="visually-hidden"
              aria-describedby="backup-import-hint"
              disabled={!services || imported.status === 'busy'}
              onChange={(e) => void onImport(e)}
            />
            {b.importButton}
          </label>
          <div ref={resultRef} tabIndex={-1} className="backup-result">
            {imported.status === 'busy' ? <p role="status">{b.importing}</p> : null}
            {imported.status === 'refused' ? (
              <p role="alert" className="warning">
                {errorMessage(b, imported.error)}
              </p>
            ) : null}
            {imported.status === 'done' ? (
              <div role="status">
                <p>
                  <strong>{b.imported}</strong>
                </p>
                <ul>
                  {BACKUP_TABLES.map((table) => {
                    const c = imported.report[table];
                    // Practice runs and lookups: a line only when the file had some.
                    const optional = table === 'practiceRuns' || table === 'lookups';
                    if (optional && c.added + c.updated + c.skipped === 0) {
                      return null;
                    }
                    return (
                      <li key={table}>
                        {format(b.importedLine, {
                          table: b.tables[table],
                          added: c.added,
                          updated: c.updated,
                          skipped: c.skipped,
                        })}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null}
          </div>
        </section>
      </main>
    </>
  );
}
