/**
 * Practice mode's entry (lazy-loaded by App: nothing of practice is on the first-load path).
 * /practice: the trainee's name and the scenarios; /practice/run/<id>: a run, then its debrief;
 * /practice/trainer: the trainer view.
 */
import { useRef, useState } from 'react';
import * as v from 'valibot';
import { navigate, type Route } from '../infra/router';
import { useServices } from '../infra/services';
import { faults } from '../faults/registry';
import { useLang } from '../i18n/i18n';
import { practiceRunsRepo } from '../storage/practiceRuns.repo';
import type { PracticeRunRecord } from '../storage/records';
import { NavLink } from '../ui/NavLink';
import { useFocusHeading } from '../ui/useFocusHeading';
import { loadGuide } from '../faults/registry';
import { PracticeFrame } from './PracticeFrame';
import { RunScreen } from './RunScreen';
import { MAX_TRAINEE_CHARS, TraineeName } from './runFile';
import { scenarios } from './scenarios';
import { TrainerView } from './TrainerView';
import type { Scenario } from '../faults/scenario';
import './practice.css';

export type PracticeRoute = Extract<
  Route,
  { name: 'practice' | 'practiceTrainer' | 'practiceRun' }
>;

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
let lastTrainee = '';
function rememberTrainee(name: string): void {
  lastTrainee = name;
}

function PracticeHome() {
  const services = useServices();
  const { ui, lang } = useLang();
  const p = ui.practice;
  const ref = useFocusHeading('practice-home');
  const [name, setName] = useState(lastTrainee);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const start = async (scenario: Scenario) => {
    const parsed = v.safeParse(TraineeName, name);
    if (!parsed.success) {
      setError(name.trim() ? p.traineeInvalid : p.traineeMissing);
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
      await practiceRunsRepo(services.storage).put(run);
      rememberTrainee(parsed.output);
      navigate({ name: 'practiceRun', id: run.id });
    } catch {
      setError(p.saveFailed);
      setBusy(false);
    }
  };

  return (
    <PracticeFrame>
      <main id="main" className="practice-home">
        <h1 ref={ref} tabIndex={-1}>
          {p.heading}
        </h1>
        <p>{p.intro}</p>
        <div className="field">
          <label htmlFor="trainee-name">{p.traineeLabel}</label>
          <p id="trainee-hint" className="small">
            {p.traineeHint}
          </p>
          <input
            ref={inputRef}
            id="trainee-name"
            type="text"
            value={name}
            maxLength={MAX_TRAINEE_CHARS}
            autoComplete="off"
            enterKeyHint="done"
            aria-invalid={error === p.traineeMissing || error === p.traineeInvalid}
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
        <h2>{p.chooseHeading}</h2>
        {faults.map((fault) => (
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
                      disabled={busy || !services}
                      onClick={() => void start(s)}
                    >
                      {s.title[lang]}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
        <p className="practice-links">
          <NavLink to={{ name: 'practiceTrainer' }}>{p.trainerView}</NavLink>
        </p>
      </main>
    </PracticeFrame>
  );
}
