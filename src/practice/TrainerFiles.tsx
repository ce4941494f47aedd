/**
 * The trainer view's files: the per-step and per-run tables as CSV, the runs to a file and from
 * a file (runs done on other phones), and "delete all". Files are saved through ui/download.ts
 * (no server involved); what each action came to is handed up as a message for the page to show.
 */
import { useState } from 'react';
import { useServices } from '../infra/services';
import type { FaultId, Guide } from '../faults/types';
import { format, useLang, useText } from '../i18n/i18n';
import { dateStamp } from '../i18n/format';
import type { PracticeImportCounts } from '../storage/practiceRuns.repo';
import type { PracticeRunRecord } from '../storage/records';
import { ConfirmButton } from '../ui/ConfirmButton';
import { downloadBlob } from '../ui/download';
import { runsCsvRows, stepsCsvRows, toCsv } from './csv';
import { practiceText, type PracticeText } from './practice.text';
import { DEFAULT_MAX_RUNS_BYTES, parseRunsFile, runsFileText, type RunsFileError } from './runFile';
import { scenarios } from './scenarios';

/** The outcome of a file action, shown under the page's heading. */
export type FileMessage = { kind: 'ok' | 'error'; text: string };

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Why a runs file was refused, in the trainer's words. */
function importErrorText(pt: PracticeText, e: RunsFileError): string {
  switch (e.code) {
    case 'tooLarge':
      return format(pt.trainer.importErrors.tooLarge, {
        mb: Math.round(e.maxBytes / 1024 / 1024),
      });
    case 'unknownVersion':
      return e.newer ? pt.trainer.importErrors.newer : pt.trainer.importErrors.unknownVersion;
    case 'invalid':
      return format(pt.trainer.importErrors.invalid, { path: e.path || '—' });
    default:
      return pt.trainer.importErrors[e.code];
  }
}

export function TrainerFiles(props: {
  /** The readable runs; null while they load. */
  runs: readonly PracticeRunRecord[] | null;
  /** The guides loaded so far, for the step headings of the per-step CSV. */
  guides: Partial<Record<FaultId, Guide>>;
  onMessage: (message: FileMessage) => void;
}) {
  const { runs, guides, onMessage } = props;
  const services = useServices();
  const { ui, lang } = useLang();
  const pt = useText(practiceText);
  const [busy, setBusy] = useState(false);
  const say = (kind: FileMessage['kind'], text: string) => onMessage({ kind, text });

  /** Makes a file's text and saves it; a failure on the way says so and saves nothing. */
  const save = async (name: string, type: string, text: () => string | Promise<string>) => {
    try {
      downloadBlob(new Blob([await text()], { type }), name);
    } catch {
      say('error', pt.trainer.exportFailed);
    }
  };

  const onStepsCsv = () => {
    if (!runs || !services) return;
    void save(`practice-steps-${dateStamp(services.now())}.csv`, CSV_TYPE, () =>
      toCsv(stepsCsvRows(runs, scenarios, guides, lang, ui)),
    );
  };

  const onCsv = () => {
    if (!runs || !services) return;
    void save(`practice-runs-${dateStamp(services.now())}.csv`, CSV_TYPE, () =>
      toCsv(runsCsvRows(runs, scenarios, lang)),
    );
  };

  const onExport = () => {
    if (!runs || !services) return;
    const now = services.now();
    void save(`practice-runs-${dateStamp(now)}.json`, 'application/json', () =>
      runsFileText(runs, now),
    );
  };

  const onImport = async (file: File) => {
    if (!services) return;
    setBusy(true);
    say('ok', pt.trainer.importing);
    try {
      if (file.size > DEFAULT_MAX_RUNS_BYTES) {
        say('error', importErrorText(pt, { code: 'tooLarge', maxBytes: DEFAULT_MAX_RUNS_BYTES }));
        return;
      }
      const parsed = parseRunsFile(await file.text());
      if (!parsed.ok) {
        say('error', importErrorText(pt, parsed.error));
        return;
      }
      let counts: PracticeImportCounts;
      try {
        counts = await services.practiceRuns.importRuns(parsed.runs);
      } catch {
        say('error', pt.trainer.importErrors.storage);
        return;
      }
      say('ok', format(pt.trainer.imported, { ...counts }));
    } catch {
      say('error', pt.trainer.importErrors.notJson);
    } finally {
      setBusy(false);
    }
  };

  const onClear = async () => {
    if (!services) return;
    try {
      await services.practiceRuns.clear();
      say('ok', pt.trainer.cleared);
    } catch {
      say('error', pt.saveFailed);
    }
  };

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{pt.trainer.exportHeading}</h2>
      <div className="practice-actions">
        <button type="button" className="primary" disabled={!runs?.length} onClick={onStepsCsv}>
          {pt.csvSteps}
        </button>
        <button type="button" disabled={!runs?.length} onClick={onCsv}>
          {pt.csvRuns}
        </button>
        <button type="button" disabled={!runs?.length} onClick={onExport}>
          {pt.trainer.exportFile}
        </button>
      </div>
      <p className="small">{pt.trainer.exportHint}</p>
      <div className="file-field">
        <label htmlFor="runs-file" className="button">
          {pt.trainer.importLabel}
        </label>
        <input
          id="runs-file"
          className="visually-hidden-file"
          type="file"
          accept="application/json,.json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void onImport(file);
          }}
        />
      </div>
      <ConfirmButton
        label={pt.trainer.clearAll}
        question={pt.trainer.clearConfirm}
        className="danger-outline"
        disabled={!runs?.length}
        onConfirm={() => void onClear()}
      />
    </section>
  );
}
