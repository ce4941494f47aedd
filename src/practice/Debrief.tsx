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
    return tags?.includes('stopCardPayments')
      ? `${heading(id)} ${pt.debrief.stopsCards}`
      : heading(id);
  };
  const label = (from: string, event: Parameters<typeof choiceLabel>[3]) =>
    choiceLabel(text, ui, from, event);

  return (
    <main id="main" className="debrief">
      <h1 ref={ref} tabIndex={-1}>
        {format(pt.debrief.headingFor, { title: scenario.title[lang] })}
      </h1>
      <p className={`score-line${score.unsafe.length ? ' has-unsafe' : ''}`}>
        <span className="score-label">{pt.debrief.scoreLabel}</span>{' '}
        <span className="score-value">{format(pt.debrief.outOf, { score: score.score })}</span>
      </p>
      {pathOf(run.log).length > score.stepsTaken ? (
        <p className="warning">{pt.debrief.guideChanged}</p>
      ) : score.endState === null ? (
        <p className="warning">{pt.debrief.unfinished}</p>
      ) : null}
      <ul className="debrief-facts">
        <li className={score.reachedExpectedEnd ? 'fact-ok' : 'fact-bad'}>
          {score.reachedExpectedEnd ? pt.debrief.reached : pt.debrief.notReached}
        </li>
        {score.endState ? (
          <li>{format(pt.debrief.endReached, { end: endName(score.endState) })}</li>
        ) : null}
        {!score.reachedExpectedEnd ? (
          <li>{format(pt.debrief.endExpected, { end: endName(scenario.expectedEnd) })}</li>
        ) : null}
        <li>
          {format(pt.debrief.steps, { taken: score.stepsTaken, shortest: score.shortestSteps })}
        </li>
        <li>{format(pt.debrief.wrong, { n: score.wrongAnswers })}</li>
        <li className={score.unsafe.length ? 'fact-bad' : undefined}>
          {format(pt.debrief.unsafe, { n: score.unsafe.length })}
        </li>
        <li>
          {format(pt.debrief.time, {
            time: formatDuration(run.result?.durationMs ?? score.durationMs, ui),
          })}
        </li>
      </ul>
      <p className="small">{pt.debrief.formula}</p>

      <section className="root-cause" aria-labelledby="root-cause">
        <h2 id="root-cause">{pt.debrief.rootCause}</h2>
        <p>{scenario.rootCause[lang]}</p>
      </section>

      <h2 id="steps-heading">{pt.debrief.stepsHeading}</h2>
      <ol className="debrief-steps" aria-labelledby="steps-heading">
        {score.steps.map((s) => {
          const obs = scenario.observations[s.from];
          const cls = s.unsafe ? 'is-unsafe' : s.wrong ? 'is-wrong' : 'is-right';
          return (
            <li key={s.n} className={cls} data-state={s.from}>
              <p className="debrief-step-head">
                <span className="debrief-step-n">{format(pt.debrief.stepN, { n: s.n })}</span>
                <span className={`mark mark-${cls}`}>
                  {s.unsafe
                    ? `⚠ ${pt.debrief.unsafeMark}`
                    : s.wrong
                      ? `✗ ${pt.debrief.wrongMark}`
                      : `✓ ${pt.debrief.right}`}
                </span>
              </p>
              <p className="debrief-step-q">{heading(s.from)}</p>
              <dl>
                {obs ? (
                  <div>
                    <dt>{pt.debrief.showed}</dt>
                    <dd>
                      <span lang="zh-CN">「{obs.screen.zh.replace(/\n/g, ' ')}」</span>
                      {lang === 'en' ? <> ({obs.screen.en.replace(/\n/g, ' · ')})</> : null}
                    </dd>
                  </div>
                ) : null}
                <div>
                  <dt>{pt.debrief.answered}</dt>
                  <dd>{label(s.from, s.event)}</dd>
                </div>
                {s.expected ? (
                  <div className="recommended">
                    <dt>{pt.debrief.recommended}</dt>
                    <dd>{label(s.from, s.expected)}</dd>
                  </div>
                ) : null}
              </dl>
              {s.unsafe ? <p className="unsafe-why">{pt.unsafeKinds[s.unsafe]}</p> : null}
              <p className="small step-time">
                {format(pt.stepTime, { time: formatDuration(s.ms, ui) })}
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
              <span className="debrief-step-n">{pt.debrief.endStep}</span>
              {score.unsafeEnd ? (
                <span className="mark mark-is-unsafe">⚠ {pt.debrief.unsafeMark}</span>
              ) : null}
            </p>
            <p className="debrief-step-q">{endName(score.endState)}</p>
            {score.unsafeEnd ? <p className="unsafe-why">{pt.unsafeKinds.counterFix}</p> : null}
          </li>
        ) : null}
      </ol>

      <h2 id="flowchart-heading">{pt.debrief.flowchartHeading}</h2>
      <ul className="fc-legend">
        <li>
          <span className="swatch swatch-path" aria-hidden="true" />
          {pt.debrief.legendPath}
        </li>
        <li>
          <span className="swatch swatch-expected" aria-hidden="true" />
          {pt.debrief.legendExpected}
        </li>
        <li>
          <span className="swatch swatch-safety" aria-hidden="true" />
          {pt.debrief.legendSafety}
        </li>
      </ul>
      <Flowchart
        layout={layout}
        regionLabel={pt.debrief.flowchartHeading}
        label={format(pt.debrief.flowchartLabel, { guide: text.title })}
        zoomText={pt.flowchart}
      />

      <section className="hand-in" aria-labelledby="hand-in-heading">
        <h2 id="hand-in-heading">{pt.qr.handInHeading}</h2>
        <p className="small">{pt.qr.handInHint}</p>
        <figure className="qr-figure">
          <QrCode text={code} label={pt.qr.runLabel} making={pt.qr.making} failed={pt.qr.failed} />
          <figcaption>
            {run.trainee} · {scenario.title[lang]}
          </figcaption>
        </figure>
      </section>

      <nav className="practice-actions" aria-label={pt.heading}>
        <button type="button" className="primary" onClick={() => navigate({ name: 'practice' })}>
          {pt.debrief.again}
        </button>
        <button type="button" onClick={() => navigate({ name: 'practiceTrainer' })}>
          {pt.trainerView}
        </button>
      </nav>
    </main>
  );
}
