/**
 * The trainer view: every practice run on this phone (trainee, scenario, score, unsafe choices,
 * time, date), per-scenario figures with the step most trainees miss, the table as CSV, runs
 * to and from a file (runs done on other phones), and "delete all".
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useServices } from '../infra/services';
import { useGuides, usePracticeRuns, valueOr } from '../infra/useRecords';
import type { FaultId, Guide } from '../faults/types';
import { format, useLang, useText } from '../i18n/i18n';
import type { PracticeImportCounts } from '../storage/practiceRuns.repo';
import { ConfirmButton } from '../ui/ConfirmButton';
import { NavLink } from '../ui/NavLink';
import { useFocusHeading } from '../ui/useFocusHeading';
import { loadGuide } from '../faults/registry';
import { runsCsvRows, stepsCsvRows, toCsv } from './csv';
import { Overview } from './Overview';
import { practiceText } from './practice.text';
import { QrCode } from '../ui/QrCode';
import { parseCode, planCodeText, runFromCode, type CodeError } from './runCode';
import { dateStamp, formatDateTime, formatDuration } from '../i18n/format';
import { PracticeFrame } from './PracticeFrame';
import {
  DEFAULT_MAX_RUNS_BYTES,
  isReadableRun,
  parseRunsFile,
  runsFileText,
  type RunsFileError,
} from './runFile';
import { scenarioById, scenarios } from './scenarios';
import { scenarioStats } from './scoring';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** The scan screen and its decoder: a chunk of their own, loaded when the trainer taps "scan". */
const QrScanner = lazy(() => import('./QrScanner'));

/** Saves text as a file through a temporary link (works offline; no server involved). */
function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function TrainerView() {
  const services = useServices();
  const { ui, lang } = useLang();
  const pt = useText(practiceText);
  const p = pt;
  const t = p.trainer;
  const ref = useFocusHeading('practice-trainer');
  const stored = usePracticeRuns();
  // A backup restore checks only id and updatedAt of a run: show what can be read.
  const all = useMemo(() => (stored.status === 'loading' ? null : valueOr(stored, [])), [stored]);
  const runs = useMemo(() => all?.filter(isReadableRun) ?? null, [all]);
  const unreadable = (all?.length ?? 0) - (runs?.length ?? 0);
  // Step headings for "most missed step" come from the guides (small lazy chunks).
  const guides = valueOr(useGuides(), {});
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const x = pt;
  const [scanning, setScanning] = useState(false);
  const [received, setReceived] = useState<string[]>([]);
  const [plan, setPlan] = useState<string[]>([]);
  const [showPlan, setShowPlan] = useState(false);

  const heading = useCallback(
    (fault: FaultId, stateId: string) =>
      guides[fault]?.content[lang].states[stateId]?.heading ?? stateId,
    [guides, lang],
  );

  const importError = (e: RunsFileError): string => {
    const m = t.importErrors;
    switch (e.code) {
      case 'tooLarge':
        return format(m.tooLarge, { mb: Math.round(e.maxBytes / 1024 / 1024) });
      case 'unknownVersion':
        return e.newer ? m.newer : m.unknownVersion;
      case 'invalid':
        return format(m.invalid, { path: e.path || '—' });
      default:
        return m[e.code];
    }
  };

  const onCsv = async () => {
    if (!runs || !services) return;
    try {
      const csv = await toCsv(runsCsvRows(runs, scenarios, lang));
      download(`practice-runs-${dateStamp(services.now())}.csv`, csv, 'text/csv;charset=utf-8');
    } catch {
      setMessage({ kind: 'error', text: t.exportFailed });
    }
  };

  const onStepsCsv = async () => {
    if (!runs || !services) return;
    try {
      const csv = await toCsv(stepsCsvRows(runs, scenarios, guides, lang, ui));
      download(`practice-steps-${dateStamp(services.now())}.csv`, csv, 'text/csv;charset=utf-8');
    } catch {
      setMessage({ kind: 'error', text: t.exportFailed });
    }
  };

  const codeError = (e: CodeError['code'] | 'wrongKind' | 'storage') => x.qr.errors[e];

  /** A scanned trainee's code: checked, rebuilt on this phone's guide, merged. Keeps scanning. */
  const onCode = async (text: string): Promise<boolean> => {
    if (!services) return false;
    const say = (line: string) => setReceived((list) => [line, ...list].slice(0, 20));
    const parsed = parseCode(text);
    if (!parsed.ok) return (say(`✗ ${codeError(parsed.error.code)}`), false);
    if (parsed.kind !== 'run') return (say(`✗ ${codeError('wrongKind')}`), false);
    const scenario = scenarioById(parsed.run.scenarioId);
    if (!scenario) return (say(`✗ ${codeError('unknownScenario')}`), false);
    let guide: Guide;
    try {
      guide = await loadGuide(scenario.fault);
    } catch {
      return (say(`✗ ${p.loadFailed}`), false);
    }
    const rebuilt = runFromCode(parsed.run, guide, scenario);
    if (!rebuilt.ok) return (say(`✗ ${codeError(rebuilt.error.code)}`), false);
    try {
      const counts = await services.practiceRuns.importRuns([rebuilt.run]);
      const vars = {
        trainee: rebuilt.run.trainee,
        scenario: scenario.title[lang],
        score: rebuilt.run.result?.score ?? '—',
      };
      say(counts.skipped ? format(x.qr.already, vars) : format(x.qr.got, vars));
    } catch {
      say(`✗ ${codeError('storage')}`);
    }
    return false;
  };

  const onExport = () => {
    if (!runs || !services) return;
    try {
      const now = services.now();
      download(`practice-runs-${dateStamp(now)}.json`, runsFileText(runs, now), 'application/json');
    } catch {
      setMessage({ kind: 'error', text: t.exportFailed });
    }
  };

  const onImport = async (file: File) => {
    if (!services) return;
    setBusy(true);
    setMessage({ kind: 'ok', text: t.importing });
    try {
      if (file.size > DEFAULT_MAX_RUNS_BYTES) {
        setMessage({
          kind: 'error',
          text: importError({ code: 'tooLarge', maxBytes: DEFAULT_MAX_RUNS_BYTES }),
        });
        return;
      }
      const parsed = parseRunsFile(await file.text());
      if (!parsed.ok) {
        setMessage({ kind: 'error', text: importError(parsed.error) });
        return;
      }
      let counts: PracticeImportCounts;
      try {
        counts = await services.practiceRuns.importRuns(parsed.runs);
      } catch {
        setMessage({ kind: 'error', text: t.importErrors.storage });
        return;
      }
      setMessage({ kind: 'ok', text: format(t.imported, { ...counts }) });
    } catch {
      setMessage({ kind: 'error', text: t.importErrors.notJson });
    } finally {
      setBusy(false);
    }
  };

  const onClear = async () => {
    if (!services) return;
    try {
      await services.practiceRuns.clear();
      setMessage({ kind: 'ok', text: t.cleared });
    } catch {
      setMessage({ kind: 'error', text: p.saveFailed });
    }
  };

  const stats = runs ? scenarioStats(runs, scenarios) : [];

  return (
    <PracticeFrame title={t.heading}>
      <main id="main" className="trainer" aria-busy={runs === null}>
        <h1 ref={ref} tabIndex={-1}>
          {t.heading}
        </h1>
        {stored.status === 'failed' ? (
          <p className="field-error" role="alert">
            {p.loadFailed}
          </p>
        ) : null}
        {message ? (
          <p
            className={message.kind === 'error' ? 'field-error' : 'practice-ok'}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        ) : null}

        {runs?.length ? <Overview runs={runs} heading={heading} /> : null}

        <section aria-labelledby="handin-heading">
          <h2 id="handin-heading">{x.qr.handInHeading}</h2>
          {scanning ? (
            <Suspense fallback={<p role="status">{x.qr.starting}</p>}>
              <QrScanner onText={onCode} onClose={() => setScanning(false)} />
            </Suspense>
          ) : (
            <button type="button" className="primary" onClick={() => setScanning(true)}>
              {x.qr.scanRuns}
            </button>
          )}
          {received.length ? (
            <ul className="scan-log" aria-live="polite">
              {received.map((line, i) => (
                <li key={received.length - i}>{line}</li>
              ))}
            </ul>
          ) : null}
        </section>

        <section aria-labelledby="plan-heading">
          <h2 id="plan-heading">{x.plan.heading}</h2>
          <p className="small">{x.plan.hint}</p>
          <fieldset className="plan-pick">
            <legend>{x.plan.pick}</legend>
            {scenarios.map((s) => (
              <label key={s.id} className="plan-option">
                <input
                  type="checkbox"
                  checked={plan.includes(s.id)}
                  onChange={(e) => {
                    setShowPlan(false);
                    setPlan((list) =>
                      e.target.checked ? [...list, s.id] : list.filter((id) => id !== s.id),
                    );
                  }}
                />
                <span>
                  {plan.includes(s.id) ? `${plan.indexOf(s.id) + 1}. ` : ''}
                  {s.title[lang]}
                </span>
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            disabled={plan.length === 0}
            aria-expanded={showPlan}
            onClick={() => setShowPlan((v) => !v)}
          >
            {showPlan ? x.plan.hide : x.plan.show}
          </button>
          {plan.length === 0 ? <p className="small">{x.plan.none}</p> : null}
          {showPlan && plan.length ? (
            <figure className="qr-figure">
              <QrCode
                text={planCodeText(plan)}
                label={x.qr.planLabel}
                making={x.qr.making}
                failed={x.qr.failed}
              />
              <figcaption>{format(x.plan.title, { n: plan.length })}</figcaption>
            </figure>
          ) : null}
        </section>

        <h2 id="runs-heading">
          {t.runsHeading} {runs ? `(${runs.length})` : ''}
        </h2>
        {runs === null ? <p role="status">{p.loading}</p> : null}
        {runs?.length === 0 ? <p>{t.noRuns}</p> : null}
        {unreadable > 0 ? <p className="small">{format(t.unreadable, { n: unreadable })}</p> : null}
        {runs?.length ? (
          <ul className="run-list" aria-labelledby="runs-heading">
            {runs.map((run) => {
              const scenario = scenarioById(run.scenarioId);
              const title = scenario?.title[lang] ?? t.unknownScenario;
              const r = run.result;
              return (
                <li key={run.id} className="run-card" data-run={run.id}>
                  <p className="run-who">
                    <strong>{run.trainee}</strong> · {title}
                  </p>
                  <dl className="run-facts">
                    <div>
                      <dt>{t.score}</dt>
                      <dd>{r ? `${r.score} / 100` : t.unfinished}</dd>
                    </div>
                    <div className={r?.unsafe.length ? 'fact-bad' : undefined}>
                      <dt>{t.unsafe}</dt>
                      <dd>{r ? r.unsafe.length : '—'}</dd>
                    </div>
                    <div>
                      <dt>{t.time}</dt>
                      <dd>{r ? formatDuration(r.durationMs, ui) : '—'}</dd>
                    </div>
                    <div>
                      <dt>{t.date}</dt>
                      <dd>{formatDateTime(run.startedAt, lang)}</dd>
                    </div>
                  </dl>
                  {scenario ? (
                    <NavLink className="run-open" to={{ name: 'practiceRun', id: run.id }}>
                      {run.status === 'finished' ? t.debrief : t.resume}
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

        {stats.length ? (
          <section aria-labelledby="stats-heading">
            <h2 id="stats-heading">{t.statsHeading}</h2>
            <ul className="stats-list">
              {stats.map((s) => {
                const scenario = scenarioById(s.scenarioId)!;
                return (
                  <li key={s.scenarioId}>
                    <p>
                      <strong>{scenario.title[lang]}</strong>
                      <br />
                      {format(t.statsRuns, { n: s.runs, avg: s.averageScore ?? '—' })}
                      <br />
                      {s.mostMissed
                        ? format(t.mostMissed, {
                            step: heading(scenario.fault, s.mostMissed.stateId),
                            n: s.mostMissed.trainees,
                            total: s.runs,
                          })
                        : t.noneMissed}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="export-heading">
          <h2 id="export-heading">{t.exportHeading}</h2>
          <div className="practice-actions">
            <button
              type="button"
              className="primary"
              disabled={!runs?.length}
              onClick={() => void onStepsCsv()}
            >
              {x.csvSteps}
            </button>
            <button type="button" disabled={!runs?.length} onClick={() => void onCsv()}>
              {x.csvRuns}
            </button>
            <button type="button" disabled={!runs?.length} onClick={onExport}>
              {t.exportFile}
            </button>
          </div>
          <p className="small">{t.exportHint}</p>
          <div className="file-field">
            <label htmlFor="runs-file" className="button">
              {t.importLabel}
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
            label={t.clearAll}
            question={t.clearConfirm}
            className="danger-outline"
            disabled={!runs?.length}
            onConfirm={() => void onClear()}
          />
        </section>
        <p className="practice-links">
          <NavLink to={{ name: 'practice' }}>{p.back}</NavLink>
        </p>
      </main>
    </PracticeFrame>
  );
}
