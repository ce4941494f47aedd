/**
 * The debrief after a run: the score and what it is made of, the hidden root cause, and every
 * step — what the terminal showed, the trainee's choice, what the guide recommends — with wrong
 * and unsafe choices marked; then the guide as a flowchart with the trainee's path highlighted.
 */
import { useMemo } from 'react';
import { navigate } from '../infra/router';
import type { Guide } from '../faults/types';
import { format, useLang, useText } from '../i18n/i18n';
import type { PracticeRunRecord } from '../storage/records';
import { useFocusHeading } from '../ui/useFocusHeading';
import { pathOf } from '../faults/engine';
import { choiceLabel } from '../i18n/runText';
import { flowchartLayout } from './flowchart';
import { Flowchart } from './Flowchart';
import { practiceText } from './practice.text';
import { QrCode } from '../ui/QrCode';
import { runCodeText } from './runCode';
import { formatDuration } from '../i18n/format';
import { scoreRun, shortestCorrectPath } from './scoring';
import type { Scenario } from '../faults/scenario';

export function Debrief(props: { guide: Guide; scenario: Scenario; run: PracticeRunRecord }) {
  const { guide, scenario, run } = props;
  const { ui, lang } = useLang();
  const pt = useText(practiceText);
  const p = pt;
  const d = p.debrief;
  const x = pt;
  const code = useMemo(() => runCodeText(run), [run]);
  const text = guide.content[lang];
  const ref = useFocusHeading(`debrief:${run.id}`);
  const score = useMemo(
    () =>
      scoreRun(guide, scenario, run.log, {
        startedAt: run.startedAt,
        ...(run.endedAt === undefined ? {} : { endedAt: run.endedAt }),
      }),
    [guide, scenario, run],
  );
  const expectedTrail = useMemo(() => {
    const path = shortestCorrectPath(guide, scenario);
    return path ? [...path.map((s) => s.from), scenario.expectedEnd] : [];
  }, [guide, scenario]);
  const layout = useMemo(
    () => flowchartLayout(guide, lang, ui, { path: score.trail, expected: expectedTrail }),
    [guide, lang, ui, score.trail, expectedTrail],
  );
  const heading = (id: string) => text.states[id]?.heading ?? id;
  /** Two ends may share a heading; the one that stops card payments says so. */
  const endName = (id: string) => {
    const tags = (guide.machine.root.states[id] as { tags?: readonly string[] } | undefined)?.tags;
    return tags?.includes('stopCardPayments') ? `${heading(id)} ${d.stopsCards}` : heading(id);
  };
  const label = (from: string, event: Parameters<typeof choiceLabel>[3]) =>
    choiceLabel(text, ui, from, event);

  return (
    <main id="main" className="debrief">
      <h1 ref={ref} tabIndex={-1}>
        {format(d.headingFor, { title: scenario.title[lang] })}
      </h1>
      <p className={`score-line${score.unsafe.length ? ' has-unsafe' : ''}`}>
        <span className="score-label">{d.scoreLabel}</span>{' '}
        <span className="score-value">{format(d.outOf, { score: score.score })}</span>
      </p>
      {pathOf(run.log).length > score.stepsTaken ? (
        <p className="warning">{d.guideChanged}</p>
      ) : score.endState === null ? (
        <p className="warning">{d.unfinished}</p>
      ) : null}
      <ul className="debrief-facts">
        <li className={score.reachedExpectedEnd ? 'fact-ok' : 'fact-bad'}>
          {score.reachedExpectedEnd ? d.reached : d.notReached}
        </li>
        {score.endState ? <li>{format(d.endReached, { end: endName(score.endState) })}</li> : null}
        {!score.reachedExpectedEnd ? (
          <li>{format(d.endExpected, { end: endName(scenario.expectedEnd) })}</li>
        ) : null}
        <li>{format(d.steps, { taken: score.stepsTaken, shortest: score.shortestSteps })}</li>
        <li>{format(d.wrong, { n: score.wrongAnswers })}</li>
        <li className={score.unsafe.length ? 'fact-bad' : undefined}>
          {format(d.unsafe, { n: score.unsafe.length })}
        </li>
        <li>
          {format(d.time, {
            time: formatDuration(run.result?.durationMs ?? score.durationMs, ui),
          })}
        </li>
      </ul>
      <p className="small">{d.formula}</p>

      <section className="root-cause" aria-labelledby="root-cause">
        <h2 id="root-cause">{d.rootCause}</h2>
        <p>{scenario.rootCause[lang]}</p>
      </section>

      <h2 id="steps-heading">{d.stepsHeading}</h2>
      <ol className="debrief-steps" aria-labelledby="steps-heading">
        {score.steps.map((s) => {
          const obs = scenario.observations[s.from];
          const cls = s.unsafe ? 'is-unsafe' : s.wrong ? 'is-wrong' : 'is-right';
          return (
            <li key={s.n} className={cls} data-state={s.from}>
              <p className="debrief-step-head">
                <span className="debrief-step-n">{format(d.stepN, { n: s.n })}</span>
                <span className={`mark mark-${cls}`}>
                  {s.unsafe ? `⚠ ${d.unsafeMark}` : s.wrong ? `✗ ${d.wrongMark}` : `✓ ${d.right}`}
                </span>
              </p>
              <p className="debrief-step-q">{heading(s.from)}</p>
              <dl>
                {obs ? (
                  <div>
                    <dt>{d.showed}</dt>
                    <dd>
                      <span lang="zh-CN">「{obs.screen.zh.replace(/\n/g, ' ')}」</span>
                      {lang === 'en' ? <> ({obs.screen.en.replace(/\n/g, ' · ')})</> : null}
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{d.answered}</dt>
                  <dd>{label(s.from, s.event)}</dd>
                </div>
                {s.expected ? (
                  <div className="recommended">
                    <dt>{d.recommended}</dt>
                    <dd>{label(s.from, s.expected)}</dd>
                  </div>
                ) : null}
              </dl>
              {s.unsafe ? <p className="unsafe-why">{p.unsafeKinds[s.unsafe]}</p> : null}
              <p className="small step-time">
                {format(x.stepTime, { time: formatDuration(s.ms, ui) })}
              </p>
            </li>
          );
        })}
        {score.endState ? (
          <li
            className={
              score.unsafeEnd ? 'is-unsafe' : score.reachedExpectedEnd ? 'is-right' : 'is-wrong'
            }
          >
            <p className="debrief-step-head">
              <span className="debrief-step-n">{d.endStep}</span>
              {score.unsafeEnd ? (
                <span className="mark mark-is-unsafe">⚠ {d.unsafeMark}</span>
              ) : null}
            </p>
            <p className="debrief-step-q">{endName(score.endState)}</p>
            {score.unsafeEnd ? <p className="unsafe-why">{p.unsafeKinds.counterFix}</p> : null}
          </li>
        ) : null}
      </ol>

      <h2 id="flowchart-heading">{d.flowchartHeading}</h2>
      <ul className="fc-legend">
        <li>
          <span className="swatch swatch-path" aria-hidden="true" />
          {d.legendPath}
        </li>
        <li>
          <span className="swatch swatch-expected" aria-hidden="true" />
          {d.legendExpected}
        </li>
        <li>
          <span className="swatch swatch-safety" aria-hidden="true" />
          {d.legendSafety}
        </li>
      </ul>
      <Flowchart
        layout={layout}
        regionLabel={d.flowchartHeading}
        label={format(d.flowchartLabel, { guide: text.title })}
        zoomText={x.flowchart}
      />

      <section className="hand-in" aria-labelledby="hand-in-heading">
        <h2 id="hand-in-heading">{x.qr.handInHeading}</h2>
        <p className="small">{x.qr.handInHint}</p>
        <figure className="qr-figure">
          <QrCode text={code} label={x.qr.runLabel} making={x.qr.making} failed={x.qr.failed} />
          <figcaption>
            {run.trainee} · {scenario.title[lang]}
          </figcaption>
        </figure>
      </section>

      <nav className="practice-actions" aria-label={p.heading}>
        <button type="button" className="primary" onClick={() => navigate({ name: 'practice' })}>
          {d.again}
        </button>
        <button type="button" onClick={() => navigate({ name: 'practiceTrainer' })}>
          {p.trainerView}
        </button>
      </nav>
    </main>
  );
}
