/**
 * Practice mode's entry (lazy-loaded by App: nothing of practice is on the first-load path).
 * /practice: the trainee's name and the scenarios; /practice/run/<id>: a run, then its debrief;
 * /practice/trainer: the trainer view.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import * as v from 'valibot';
import { handoff } from '../infra/handoff';
import { navigate, type Route } from '../infra/router';
import { useServices } from '../infra/services';
import { usePracticeRuns, useSetting, valueOr } from '../infra/useRecords';
import { faults } from '../faults/registry';
import { format, useLang, useText } from '../i18n/i18n';
import { SETTING_KEYS, type PracticeRunRecord } from '../storage/records';
import { NavLink } from '../ui/NavLink';
import { useFocusHeading } from '../ui/useFocusHeading';
import { loadGuide } from '../faults/registry';
import { PracticeFrame } from './PracticeFrame';
import { RunScreen } from './RunScreen';
import { MAX_TRAINEE_CHARS, TraineeName } from './runFile';
import { loadScenarios, scenarios } from './scenarios';
import { TrainerView } from './TrainerView';
import type { Scenario } from '../faults/scenario';
import { planProgress, readPlan, type SessionPlan } from './plan';
import { practiceText } from './practice.text';
import { parseCode } from './runCode';
import './practice.css';

/** The scan screen and its decoder: a chunk of their own, loaded when a trainee taps "scan". */
const QrScanner = lazy(() => import('./QrScanner'));

export type PracticeRoute = Extract<
  Route,
  { name: 'practice' | 'practiceTrainer' | 'practiceRun' }
>;

/** The practice screens, once every fault's scenarios have loaded (App's lazy route). */
export async function loadPracticeScreen() {
  await loadScenarios();
  return { default: PracticeScreen };
}

export function PracticeScreen({ route }: { route: PracticeRoute }) {
  switch (route.name) {
    case 'practiceRun':
      return <RunScreen key={route.id} id={route.id} />;
    case 'practiceTrainer':
      return <TrainerView />;
    default:
      return <PracticeHome />;
  }
}

/** The last trainee's name, kept while the app is open so "another scenario" keeps it. */
const lastTrainee = handoff<string>();
function rememberTrainee(name: string): void {
  lastTrainee.give(name);
}

/**
 * The trainee's session plan as stored, and how to keep a new one (or its end: null): committed
 * before the screen says so, else taken back (false: the screen says "not saved"). The plan on
 * screen follows the store.
 */
function useSessionPlan(): [SessionPlan | null, (next: SessionPlan | null) => Promise<boolean>] {
  const services = useServices();
  const read = useSetting(SETTING_KEYS.practicePlan);
  const keep = async (next: SessionPlan | null) => {
    if (!services) return false;
    const shown = read.status === 'ready' ? read.value : undefined;
    const saved = await services.settings.saveOrTakeBack(
      { id: SETTING_KEYS.practicePlan, value: next },
      shown === undefined ? null : { id: SETTING_KEYS.practicePlan, value: shown },
    );
    return saved.ok;
  };
  return [readPlan(valueOr(read, null)), keep];
}

function PracticeHome() {
  const services = useServices();
  const pt = useText(practiceText);
  const ref = useFocusHeading('practice-home');
  const [name, setName] = useState(lastTrainee.peek() ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const [plan, keepPlan] = useSessionPlan();
  const runs = valueOr(usePracticeRuns(), []);
  const [scanning, setScanning] = useState(false);
  const [planMessage, setPlanMessage] = useState<{ ok: boolean; text: string } | null>(null);

  /** The trainer's session code: checked, then kept (settings) before it shows. */
  const onPlanCode = async (text: string): Promise<boolean> => {
    if (!services) return false;
    const parsed = parseCode(text);
    if (!parsed.ok)
      return (setPlanMessage({ ok: false, text: pt.qr.errors[parsed.error.code] }), false);
    if (parsed.kind !== 'plan')
      return (setPlanMessage({ ok: false, text: pt.qr.errors.wrongKind }), false);
    if (parsed.scenarioIds.some((id) => !scenarios.some((s) => s.id === id))) {
      return (setPlanMessage({ ok: false, text: pt.qr.errors.unknownScenario }), false);
    }
    const next: SessionPlan = { scenarioIds: parsed.scenarioIds, since: services.now() };
    if (!(await keepPlan(next))) return (setPlanMessage({ ok: false, text: pt.saveFailed }), false);
    setPlanMessage({ ok: true, text: format(pt.qr.gotPlan, { n: next.scenarioIds.length }) });
    return true;
  };

  const leavePlan = async () =>
    setPlanMessage((await keepPlan(null)) ? null : { ok: false, text: pt.saveFailed });

  const progress = plan ? planProgress(plan, scenarios, runs, name) : null;

  const start = async (scenario: Scenario) => {
    const parsed = v.safeParse(TraineeName, name);
    if (!parsed.success) {
      setError(name.trim() ? pt.traineeInvalid : pt.traineeMissing);
      inputRef.current?.focus();
      return;
    }
    if (!services || busy) return;
    setBusy(true);
    setError(null);
    try {
      const guide = await loadGuide(scenario.fault);
      const now = services.now();
      const run: PracticeRunRecord = {
        id: services.newId(),
        scenarioId: scenario.id,
        fault: scenario.fault,
        guideVersion: guide.version,
        trainee: parsed.output,
        startedAt: now,
        updatedAt: now,
        status: 'inProgress',
        log: [],
      };
      // Not written: said below like a guide that failed to load; nothing was kept.
      if (!(await services.practiceRuns.saveOrTakeBack(run, null)).ok) throw new Error('not saved');
      rememberTrainee(parsed.output);
      navigate({ name: 'practiceRun', id: run.id });
    } catch {
      setError(pt.saveFailed);
      setBusy(false);
    }
  };

  return (
    <PracticeFrame>
      <main id="main" className="practice-home">
        <h1 ref={ref} tabIndex={-1}>
          {pt.heading}
        </h1>
        <p>{pt.intro}</p>
        <div className="field">
          <label htmlFor="trainee-name">{pt.traineeLabel}</label>
          <p id="trainee-hint" className="small">
            {pt.traineeHint}
          </p>
          <input
            ref={inputRef}
            id="trainee-name"
            type="text"
            value={name}
            maxLength={MAX_TRAINEE_CHARS}
            autoComplete="off"
            enterKeyHint="done"
            aria-invalid={error === pt.traineeMissing || error === pt.traineeInvalid}
            aria-describedby={error ? 'trainee-hint trainee-error' : 'trainee-hint'}
            onChange={(e) => {
              setName(e.target.value);
              if (error) setError(null);
            }}
          />
          {error ? (
            <p id="trainee-error" className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        {planMessage ? (
          <p
            className={planMessage.ok ? 'practice-ok' : 'field-error'}
            role={planMessage.ok ? 'status' : 'alert'}
          >
            {planMessage.text}
          </p>
        ) : null}
        {progress ? (
          <PlanProgress
            progress={progress}
            disabled={busy || !services}
            onStart={(scenario) => void start(scenario)}
            onLeave={() => void leavePlan()}
          />
        ) : null}
        {scanning ? (
          <Suspense fallback={<p role="status">{pt.qr.starting}</p>}>
            <QrScanner onText={onPlanCode} onClose={() => setScanning(false)} />
          </Suspense>
        ) : (
          <p>
            <button type="button" onClick={() => setScanning(true)}>
              {pt.qr.scanPlan}
            </button>
          </p>
        )}
        <h2>{pt.chooseHeading}</h2>
        <ScenarioList disabled={busy || !services} onStart={(scenario) => void start(scenario)} />
        <p className="practice-links">
          <NavLink to={{ name: 'practiceTrainer' }}>{pt.trainerView}</NavLink>
        </p>
      </main>
    </PracticeFrame>
  );
}

/** The trainer's session plan on the trainee's phone: what is done, what comes next. */
function PlanProgress(props: {
  progress: NonNullable<ReturnType<typeof planProgress>>;
  disabled: boolean;
  onStart: (scenario: Scenario) => void;
  onLeave: () => void;
}) {
  const { progress } = props;
  const { lang } = useLang();
  const pt = useText(practiceText);
  return (
    <section className="session-plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">
        {format(pt.plan.yourPlan, { done: progress.done, n: progress.steps.length })}
      </h2>
      <ol className="plan-steps">
        {progress.steps.map(({ scenario, done }) => (
          <li key={scenario.id} className={done ? 'plan-done' : undefined}>
            {scenario.title[lang]}
            {done ? <span className="plan-mark"> ✓ {pt.plan.doneMark}</span> : null}
          </li>
        ))}
      </ol>
      {progress.next ? (
        <>
          <p>{format(pt.plan.next, { title: progress.next.title[lang] })}</p>
          <button
            type="button"
            className="primary"
            disabled={props.disabled}
            onClick={() => props.onStart(progress.next!)}
          >
            {pt.plan.startNext}
          </button>
        </>
      ) : (
        <p className="practice-ok">{pt.plan.allDone}</p>
      )}
      <button type="button" onClick={props.onLeave}>
        {pt.plan.clear}
      </button>
    </section>
  );
}

/** Every scenario, by fault: one button each. */
function ScenarioList(props: { disabled: boolean; onStart: (scenario: Scenario) => void }) {
  const { lang } = useLang();
  return faults.map((fault) => (
    <section key={fault.id} className="scenario-group" aria-labelledby={`group-${fault.id}`}>
      <h3 id={`group-${fault.id}`}>
        {fault.title[lang]} <span lang="zh-CN">「{fault.terminalMessage}」</span>
      </h3>
      <ul className="scenario-list">
        {scenarios
          .filter((s) => s.fault === fault.id)
          .map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="scenario-button"
                disabled={props.disabled}
                onClick={() => props.onStart(s)}
              >
                {s.title[lang]}
              </button>
            </li>
          ))}
      </ul>
    </section>
  ));
}
