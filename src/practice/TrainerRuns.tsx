/**
 * The trainer view's runs: every readable run on this phone as a card (trainee, scenario, score,
 * unsafe choices, time, date, a link to its debrief or to continue it), then the figures per
 * scenario with the step most trainees miss.
 */
import { useMemo } from 'react';
import type { FaultId } from '../faults/types';
import { format, useLang, useText } from '../i18n/i18n';
import { formatDateTime, formatDuration } from '../i18n/format';
import type { PracticeRunRecord } from '../storage/records';
import { NavLink } from '../ui/NavLink';
import { practiceText } from './practice.text';
import { scenarioById, scenarios } from './scenarios';
import { scenarioStats } from './scoring';

/** The runs as cards; `runs` is null while they load, `unreadable` counts the ones not shown. */
export function RunList(props: { runs: readonly PracticeRunRecord[] | null; unreadable: number }) {
  const { runs, unreadable } = props;
  const { ui, lang } = useLang();
  const pt = useText(practiceText);
  return (
    <>
      <h2 id="runs-heading">
        {pt.trainer.runsHeading} {runs ? `(${runs.length})` : ''}
      </h2>
      {runs === null ? <p role="status">{pt.loading}</p> : null}
      {runs?.length === 0 ? <p>{pt.trainer.noRuns}</p> : null}
      {unreadable > 0 ? (
        <p className="small">{format(pt.trainer.unreadable, { n: unreadable })}</p>
      ) : null}
      {runs?.length ? (
        <ul className="run-list" aria-labelledby="runs-heading">
          {runs.map((run) => {
            const scenario = scenarioById(run.scenarioId);
            const title = scenario?.title[lang] ?? pt.trainer.unknownScenario;
            const r = run.result;
            return (
              <li key={run.id} className="run-card" data-run={run.id}>
                <p className="run-who">
                  <strong>{run.trainee}</strong> · {title}
                </p>
                <dl className="run-facts">
                  <div>
                    <dt>{pt.trainer.score}</dt>
                    <dd>{r ? `${r.score} / 100` : pt.trainer.unfinished}</dd>
                  </div>
                  <div className={r?.unsafe.length ? 'fact-bad' : undefined}>
                    <dt>{pt.trainer.unsafe}</dt>
                    <dd>{r ? r.unsafe.length : '—'}</dd>
                  </div>
                  <div>
                    <dt>{pt.trainer.time}</dt>
                    <dd>{r ? formatDuration(r.durationMs, ui) : '—'}</dd>
                  </div>
                  <div>
                    <dt>{pt.trainer.date}</dt>
                    <dd>{formatDateTime(run.startedAt, lang)}</dd>
                  </div>
                </dl>
                {scenario ? (
                  <NavLink className="run-open" to={{ name: 'practiceRun', id: run.id }}>
                    {run.status === 'finished' ? pt.trainer.debrief : pt.trainer.resume}
                    <span className="visually-hidden">
                      : {run.trainee}, {title}
                    </span>
                  </NavLink>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}

/** Per scenario: how many runs, the average score and the step most trainees missed. */
export function ScenarioFigures(props: {
  runs: readonly PracticeRunRecord[];
  /** A step's heading in the current language (its id while the guide loads). */
  heading: (fault: FaultId, stateId: string) => string;
}) {
  const { runs, heading } = props;
  const { lang } = useLang();
  const pt = useText(practiceText);
  const stats = useMemo(() => scenarioStats(runs, scenarios), [runs]);
  if (!stats.length) return null;
  return (
    <section aria-labelledby="stats-heading">
      <h2 id="stats-heading">{pt.trainer.statsHeading}</h2>
      <ul className="stats-list">
        {stats.map((s) => {
          const scenario = scenarioById(s.scenarioId)!;
          return (
            <li key={s.scenarioId}>
              <p>
                <strong>{scenario.title[lang]}</strong>
                <br />
                {format(pt.trainer.statsRuns, { n: s.runs, avg: s.averageScore ?? '—' })}
                <br />
                {s.mostMissed
                  ? format(pt.trainer.mostMissed, {
                      step: heading(scenario.fault, s.mostMissed.stateId),
                      n: s.mostMissed.trainees,
                      total: s.runs,
                    })
                  : pt.trainer.noneMissed}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
