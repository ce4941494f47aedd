/**
 * The trainer's table as CSV (for a spreadsheet). Pure; papaparse is imported only when a CSV is
 * actually written, so it stays out of every other chunk.
 *
 * CSV formula injection: a spreadsheet runs a cell that starts with = + - @ (and, in some, a tab
 * or carriage return) as a formula, and a trainee's name is typed by hand. Such text cells get a
 * leading apostrophe, which spreadsheets show as text. Full-width ＝＋－＠ and leading spaces are
 * treated the same, as some spreadsheets normalise them. Numbers are the app's own and are left.
 */
import type { Lang } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import type { PracticeRunRecord } from '../storage/records';
import type { Scenario } from '../faults/scenario';

const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export type Cell = string | number;

export function csvSafe(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Writes rows as CSV: a UTF-8 BOM (so spreadsheets read Chinese right), CRLF, guarded cells. */
export async function toCsv(rows: readonly (readonly Cell[])[]): Promise<string> {
  const mod = await import('papaparse');
  // papaparse is CommonJS: depending on the bundler the functions sit on the default export.
  const papa = (mod as unknown as { default?: typeof mod }).default ?? mod;
  return (
    '\uFEFF' +
    papa.unparse(
      rows.map((row) => row.map(csvSafe)),
      { newline: '\r\n' },
    )
  );
}

/** ISO-like local date and time, sortable in a spreadsheet: 2025-05-06 09:30. */
export function localDateTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The trainer's table: one header row, then one row per run, in the current language. */
export function runsCsvRows(
  runs: readonly PracticeRunRecord[],
  scenarios: readonly Scenario[],
  lang: Lang,
  ui: UiText,
): Cell[][] {
  const c = ui.practice.csv;
  const header: Cell[] = [
    c.date,
    c.trainee,
    c.scenario,
    c.scenarioId,
    c.status,
    c.score,
    c.reachedEnd,
    c.steps,
    c.shortest,
    c.wrong,
    c.unsafe,
    c.unsafeKinds,
    c.seconds,
  ];
  const rows = runs.map((run): Cell[] => {
    const scenario = scenarios.find((s) => s.id === run.scenarioId);
    const r = run.result;
    return [
      localDateTime(run.startedAt),
      run.trainee,
      scenario?.title[lang] ?? ui.practice.trainer.unknownScenario,
      run.scenarioId,
      run.status === 'finished' ? c.finished : c.unfinished,
      r?.score ?? '',
      r ? (r.reachedExpectedEnd ? c.yes : c.no) : '',
      r?.stepsTaken ?? '',
      r?.shortestSteps ?? '',
      r?.wrongAnswers ?? '',
      r?.unsafe.length ?? '',
      r ? r.unsafe.map((k) => ui.practice.unsafeShort[k]).join('; ') : '',
      r ? Math.round(r.durationMs / 1000) : '',
    ];
  });
  return [header, ...rows];
}
