/**
 * The trainer's overview (figures from overview.ts): a learners × scenarios table — best and
 * latest score and attempts per cell, a cell opens that learner's runs of that scenario, each
 * linking to its step-by-step review (the debrief) —, first versus latest run per learner, and
 * the steps the group misses most.
 */
import { useMemo, useState } from 'react';
import type { FaultId } from '../faults/types';
import { faults } from '../faults/registry';
import { format, useLang, useText } from '../i18n/i18n';
import { formatDuration } from '../i18n/format';
import type { PracticeRunRecord } from '../storage/records';
import { NavLink } from '../ui/NavLink';
import { learnerGrid, mostMissedSteps } from './overview';
import { formatDateTime } from '../i18n/format';
import { practiceText } from './practice.text';
import { scenarioById, scenarios } from './scenarios';

export function Overview(props: {
  runs: readonly PracticeRunRecord[];
  heading: (fault: FaultId, stateId: string) => string;
}) {
  const { ui, lang } = useLang();
  const pt = useText(practiceText);
  const grid = useMemo(() => learnerGrid(props.runs, scenarios), [props.runs]);
  const missed = useMemo(() => mostMissedSteps(props.runs, scenarios), [props.runs]);
  const [open, setOpen] = useState<{ learner: string; scenarioId: string } | null>(null);
  const byId = useMemo(() => new Map(props.runs.map((r) => [r.id, r])), [props.runs]);
  const title = (id: string) => scenarioById(id)?.title[lang] ?? pt.trainer.unknownScenario;
  const score = (n: number | null) => (n === null ? '—' : String(n));
  const openRow = open ? grid.learners.find((l) => l.key === open.learner) : undefined;
  const openCell = open && openRow ? openRow.cells[open.scenarioId] : undefined;

  return (
    <section aria-labelledby="overview-heading" className="overview">
      <h2 id="overview-heading">{pt.overview.heading}</h2>
      <p className="small">{pt.overview.hint}</p>
      <div className="grid-box" role="region" aria-labelledby="overview-heading" tabIndex={0}>
        <table className="learner-grid">
          <thead>
            <tr>
              <th scope="col">{pt.overview.trainee}</th>
              {grid.scenarioIds.map((id) => (
                <th key={id} scope="col">
                  {title(id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.learners.map((row) => (
              <tr key={row.key} data-trainee={row.name}>
                <th scope="row">{row.name}</th>
                {grid.scenarioIds.map((id) => {
                  const cell = row.cells[id];
                  if (!cell) return <td key={id}>—</td>;
                  const text =
                    cell.finished === 0
                      ? format(pt.overview.cellUnfinished, { n: cell.attempts })
                      : format(pt.overview.cell, {
                          best: score(cell.best),
                          latest: score(cell.latest),
                          n: cell.attempts,
                        });
                  return (
                    <td key={id} data-scenario={id}>
                      <button
                        type="button"
                        className="grid-cell"
                        aria-expanded={open?.learner === row.key && open.scenarioId === id}
                        aria-label={format(pt.overview.cellLabel, {
                          trainee: row.name,
                          scenario: title(id),
                          best: score(cell.best),
                          latest: score(cell.latest),
                          n: cell.attempts,
                        })}
                        onClick={() => setOpen({ learner: row.key, scenarioId: id })}
                      >
                        {text}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {open && openRow && openCell ? (
        <div className="drill" aria-labelledby="drill-heading">
          <h3 id="drill-heading">
            {format(pt.overview.runsOf, {
              trainee: openRow.name,
              scenario: title(open.scenarioId),
            })}
          </h3>
          <ul className="run-list">
            {openCell.runIds.map((id) => {
              const run = byId.get(id)!;
              const r = run.result;
              return (
                <li key={id} className="run-card">
                  <p className="run-who">
                    {formatDateTime(run.startedAt, lang)} ·{' '}
                    {r
                      ? `${r.score} / 100 · ${formatDuration(r.durationMs, ui)}`
                      : pt.trainer.unfinished}
                  </p>
                  <NavLink className="run-open" to={{ name: 'practiceRun', id }}>
                    {run.status === 'finished' ? pt.overview.review : pt.trainer.resume}
                    <span className="visually-hidden">
                      : {openRow.name}, {title(open.scenarioId)}
                    </span>
                  </NavLink>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => setOpen(null)}>
            {pt.overview.closeRuns}
          </button>
        </div>
      ) : null}

      <h3>{pt.overview.improvementHeading}</h3>
      <ul className="improvement">
        {grid.learners
          .filter((l) => l.first !== null)
          .map((l) => {
            const delta = (l.last ?? 0) - (l.first ?? 0);
            return (
              <li key={l.key} data-trainee={l.name}>
                {l.finished < 2
                  ? format(pt.overview.onlyOne, { trainee: l.name, first: score(l.first) })
                  : format(pt.overview.improvement, {
                      trainee: l.name,
                      first: score(l.first),
                      last: score(l.last),
                      delta: delta > 0 ? `+${delta}` : String(delta),
                    })}
              </li>
            );
          })}
      </ul>

      <h3>{pt.overview.missedHeading}</h3>
      {missed.steps.length === 0 ? <p>{pt.overview.noneMissed}</p> : null}
      <ol className="missed">
        {missed.steps.map((m) => (
          <li key={`${m.fault}:${m.stateId}`}>
            {format(pt.overview.missed, {
              step: props.heading(m.fault, m.stateId),
              fault: faults.find((f) => f.id === m.fault)?.title[lang] ?? m.fault,
              n: m.trainees,
              total: missed.trainees,
              times: m.times,
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
