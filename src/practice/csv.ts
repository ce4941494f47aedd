/**
 * The trainer's table as CSV (for a spreadsheet). Pure; papaparse is imported only when a CSV is
 * actually written, so it stays out of every other chunk.
 *
 * CSV formula injection: a spreadsheet runs a cell that starts with = + - @ (and, in some, a tab
 * or carriage return) as a formula, and a trainee's name is typed by hand. Such text cells get a
 * leading apostrophe, which spreadsheets show as text. Full-width ＝＋－＠ and leading spaces are
 * treated the same, as some spreadsheets normalise them. Numbers are the app's own and are left.
 */
import type { FaultId, Guide, Lang } from '../faults/types';
import { dateTimeStamp } from '../i18n/format';
import type { UiText } from '../i18n/ui.en';
import type { PracticeRunRecord } from '../storage/records';
import type { Scenario } from '../faults/scenario';
import { choiceLabel, durationSeconds } from '../i18n/runText';
import { practiceText } from './practice.text';
import { scoreRun } from './scoring';

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

/** The trainer's table: one header row, then one row per run, in the current language. */
export function runsCsvRows(
  runs: readonly PracticeRunRecord[],
  scenarios: readonly Scenario[],
  lang: Lang,
): Cell[][] {
  const pt = practiceText[lang];
  const header: Cell[] = [
    pt.csv.date,
    pt.csv.trainee,
    pt.csv.scenario,
    pt.csv.scenarioId,
    pt.csv.status,
    pt.csv.score,
    pt.csv.reachedEnd,
    pt.csv.steps,
    pt.csv.shortest,
    pt.csv.wrong,
    pt.csv.unsafe,
    pt.csv.unsafeKinds,
    pt.csv.seconds,
  ];
  const rows = runs.map((run): Cell[] => {
    const scenario = scenarios.find((s) => s.id === run.scenarioId);
    const r = run.result;
    return [
      dateTimeStamp(run.startedAt),
      run.trainee,
      scenario?.title[lang] ?? pt.trainer.unknownScenario,
      run.scenarioId,
      run.status === 'finished' ? pt.csv.finished : pt.csv.unfinished,
      r?.score ?? '',
      r ? (r.reachedExpectedEnd ? pt.csv.yes : pt.csv.no) : '',
      r?.stepsTaken ?? '',
      r?.shortestSteps ?? '',
      r?.wrongAnswers ?? '',
      r?.unsafe.length ?? '',
      r ? r.unsafe.map((k) => pt.unsafeShort[k]).join('; ') : '',
      r ? durationSeconds(r.durationMs) : '',
    ];
  });
  return [header, ...rows];
}

/**
 * One row per answer: every step of every run, with the question, the answer, the guide's own
 * answer there, whether the choice was the best, an unsafe or a wasted one, and the seconds spent
 * on the step. Steps come from scoring the run on its guide (runs whose guide is not given, or
 * that no longer replay, contribute the steps that still fit).
 */
export function stepsCsvRows(
  runs: readonly PracticeRunRecord[],
  scenarios: readonly Scenario[],
  guides: Partial<Record<FaultId, Guide>>,
  lang: Lang,
  ui: UiText,
): Cell[][] {
  const pt = practiceText[lang];
  const header: Cell[] = [
    pt.csv.date,
    pt.csv.trainee,
    pt.csv.scenario,
    pt.csv.scenarioId,
    pt.stepsCsv.runId,
    pt.stepsCsv.stepN,
    pt.stepsCsv.stepId,
    pt.stepsCsv.step,
    pt.stepsCsv.answer,
    pt.stepsCsv.recommended,
    pt.stepsCsv.kind,
    pt.stepsCsv.unsafeKind,
    pt.stepsCsv.seconds,
  ];
  const rows: Cell[][] = [];
  for (const run of runs) {
    const scenario = scenarios.find((sc) => sc.id === run.scenarioId);
    const guide = guides[run.fault];
    if (!scenario || !guide) continue;
    const text = guide.content[lang];
    const score = scoreRun(guide, scenario, run.log, {
      startedAt: run.startedAt,
      ...(run.endedAt === undefined ? {} : { endedAt: run.endedAt }),
    });
    for (const step of score.steps) {
      rows.push([
        dateTimeStamp(step.at),
        run.trainee,
        scenario.title[lang],
        run.scenarioId,
        run.id,
        step.n,
        step.from,
        text.states[step.from]?.heading ?? step.from,
        choiceLabel(text, ui, step.from, step.event),
        step.expected ? choiceLabel(text, ui, step.from, step.expected) : '',
        pt.stepKind[step.kind],
        step.unsafe ? pt.unsafeShort[step.unsafe] : '',
        durationSeconds(step.ms),
      ]);
    }
  }
  return [header, ...rows];
}
