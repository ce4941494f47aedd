/**
 * A practice run: the trainee runs the real guide machine (the generic StepView) beside the
 * simulated terminal. Every answer is allowed and recorded; the run goes on along the machine as
 * answered, and the terminal has an observation for every state. Each answer is saved to the
 * practiceRuns table before the next step shows; at the end the score is frozen on the run and
 * the debrief follows.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { navigate } from '../infra/router';
import { useServices } from '../infra/services';
import { useGuide, usePracticeRun } from '../infra/useRecords';
import type { ChoiceEvent, Guide } from '../faults/types';
import { useLang, useText } from '../i18n/i18n';
import { practiceText } from './practice.text';
import type { PracticeRunRecord } from '../storage/records';
import { useFocusHeading } from '../ui/useFocusHeading';
import { answer, isDone, replay, stateId } from '../faults/engine';
import { StepView } from '../wizard/StepView';
import { Debrief } from './Debrief';
import { PracticeFrame } from './PracticeFrame';
import { scenarioById } from './scenarios';
import { resultOf, scoreRun } from './scoring';
import { TerminalPanel } from './TerminalPanel';
import type { Reaction, Scenario } from '../faults/scenario';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed' | 'notFound' | 'unknownScenario' }
  | { status: 'ready'; guide: Guide; scenario: Scenario; run: PracticeRunRecord };

type Shown = Extract<Loaded, { status: 'ready' }>;

/** The run read from the store, on its scenario and guide: what shows until the screen's own. */
function useStoredRun(id: string, follow: boolean): Loaded {
  const stored = usePracticeRun(follow ? id : undefined);
  const run = stored.status === 'ready' ? stored.value : undefined;
  const scenario = run ? scenarioById(run.scenarioId) : undefined;
  const guide = useGuide(scenario?.fault);
  return useMemo((): Loaded => {
    if (stored.status === 'failed' || guide.status === 'failed') return { status: 'failed' };
    if (stored.status === 'loading') return { status: 'loading' };
    if (!run) return { status: 'notFound' };
    if (!scenario) return { status: 'unknownScenario' };
    if (guide.status !== 'ready') return { status: 'loading' };
    return { status: 'ready', guide: guide.value, scenario, run };
  }, [stored, run, scenario, guide]);
}

export function RunScreen({ id }: { id: string }) {
  const services = useServices();
  const { lang } = useLang();
  const pt = useText(practiceText);
  /** The run as this screen last committed it (null: as read from the store). */
  const [shown, setShown] = useState<Shown | null>(null);
  const fromStore = useStoredRun(id, shown === null);
  const loaded = shown ?? fromStore;
  const [busy, setBusy] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  // What the trainee changed on the terminal for good (a sign-in that worked): shown from then on.
  const [lasting, setLasting] = useState<Reaction | null>(null);
  const busyRef = useRef(false);

  const view = useMemo(
    () => (loaded.status === 'ready' ? replay(loaded.guide, loaded.run.log) : null),
    [loaded],
  );

  const onChoose = useCallback(
    async (event: ChoiceEvent) => {
      if (!services || loaded.status !== 'ready' || !view || busyRef.current) return;
      const { guide, scenario, run } = loaded;
      const at = services.now();
      const step = answer(guide, view.snapshot, run.log, event, at);
      let nextRun: PracticeRunRecord = { ...run, log: step.log, updatedAt: at };
      if (isDone(step.snapshot)) {
        const score = scoreRun(guide, scenario, step.log, {
          startedAt: run.startedAt,
          endedAt: at,
        });
        nextRun = {
          ...nextRun,
          status: 'finished',
          endedAt: at,
          endState: stateId(step.snapshot),
          result: resultOf(score),
        };
      }
      busyRef.current = true;
      setBusy(true);
      try {
        // `run` is what the screen keeps showing if this is not saved: after a timeout the store
        // queues it behind the late write, so what is stored ends as what the screen says.
        const saved = await services.practiceRuns.saveOrTakeBack(nextRun, run);
        setSaveFailed(!saved.ok);
        if (saved.ok) setShown({ status: 'ready', guide, scenario, run: nextRun });
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [services, loaded, view],
  );

  if (loaded.status !== 'ready' || !view) {
    return (
      <PracticeFrame>
        <Status status={loaded.status === 'ready' ? 'loading' : loaded.status} />
      </PracticeFrame>
    );
  }

  const { guide, scenario, run } = loaded;
  const title = guide.content[lang].title;
  if (run.status === 'finished' || isDone(view.snapshot) || !view.complete) {
    return (
      <PracticeFrame title={title} trainee={run.trainee}>
        <Debrief guide={guide} scenario={scenario} run={run} />
      </PracticeFrame>
    );
  }
  const current = stateId(view.snapshot);
  const observation = scenario.observations[current];
  const stepKey = `${current}:${view.trail.length}`;
  return (
    <PracticeFrame title={title} trainee={run.trainee}>
      {saveFailed ? (
        <p className="banner banner-warning" role="alert">
          {pt.saveFailed}
        </p>
      ) : null}
      {observation ? (
        <TerminalPanel
          scenario={scenario}
          observation={observation}
          stepKey={stepKey}
          lasting={lasting}
          onLasting={setLasting}
        />
      ) : null}
      <StepView
        guide={guide}
        snapshot={view.snapshot}
        stepNumber={view.trail.length}
        canGoBack={false}
        busy={busy}
        onChoose={(event) => void onChoose(event)}
        onBack={() => undefined}
        onStartOver={() => undefined}
      />
    </PracticeFrame>
  );
}

function Status({ status }: { status: Exclude<Loaded['status'], 'ready'> }) {
  const pt = useText(practiceText);
  const ref = useFocusHeading(status);
  if (status === 'loading') {
    return (
      <main id="main" aria-busy="true">
        <p role="status">{pt.loading}</p>
      </main>
    );
  }
  return (
    <main id="main">
      <h1 ref={ref} tabIndex={-1}>
        {status === 'failed'
          ? pt.loadFailed
          : status === 'notFound'
            ? pt.notFound
            : pt.trainer.unknownScenario}
      </h1>
      <button type="button" className="primary" onClick={() => navigate({ name: 'practice' })}>
        {pt.back}
      </button>
    </main>
  );
}
