/**
 * The trainer view: every practice run on this phone and what the trainer does with them. This
 * page reads the runs and the guides and lays out the sections, each its own component: the
 * learners × scenarios overview (Overview.tsx), the trainees' QR hand-ins (TrainerHandIns.tsx),
 * the session plan (TrainerPlan.tsx), the runs and the per-scenario figures (TrainerRuns.tsx),
 * and the files — CSV, runs to and from a file, "delete all" (TrainerFiles.tsx), whose outcome
 * is the message line under the heading.
 */
import { useCallback, useMemo, useState } from 'react';
import { useGuides, usePracticeRuns, valueOr } from '../infra/useRecords';
import type { FaultId } from '../faults/types';
import { useLang, useText } from '../i18n/i18n';
import { NavLink } from '../ui/NavLink';
import { useFocusHeading } from '../ui/useFocusHeading';
import { Overview } from './Overview';
import { practiceText } from './practice.text';
import { PracticeFrame } from './PracticeFrame';
import { isReadableRun } from './runFile';
import { TrainerFiles, type FileMessage } from './TrainerFiles';
import { TrainerHandIns } from './TrainerHandIns';
import { TrainerPlan } from './TrainerPlan';
import { RunList, ScenarioFigures } from './TrainerRuns';

export function TrainerView() {
  const { lang } = useLang();
  const pt = useText(practiceText);
  const ref = useFocusHeading('practice-trainer');
  const stored = usePracticeRuns();
  // A backup restore checks only id and updatedAt of a run: show what can be read.
  const all = useMemo(() => (stored.status === 'loading' ? null : valueOr(stored, [])), [stored]);
  const runs = useMemo(() => all?.filter(isReadableRun) ?? null, [all]);
  const unreadable = (all?.length ?? 0) - (runs?.length ?? 0);
  // Step headings for "most missed step" come from the guides (small lazy chunks).
  const guides = valueOr(useGuides(), {});
  const [message, setMessage] = useState<FileMessage | null>(null);

  const heading = useCallback(
    (fault: FaultId, stateId: string) =>
      guides[fault]?.content[lang].states[stateId]?.heading ?? stateId,
    [guides, lang],
  );

  return (
    <PracticeFrame title={pt.trainer.heading}>
      <main id="main" className="trainer" aria-busy={runs === null}>
        <h1 ref={ref} tabIndex={-1}>
          {pt.trainer.heading}
        </h1>
        {stored.status === 'failed' ? (
          <p className="field-error" role="alert">
            {pt.loadFailed}
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
        <TrainerHandIns />
        <TrainerPlan />
        <RunList runs={runs} unreadable={unreadable} />
        {runs ? <ScenarioFigures runs={runs} heading={heading} /> : null}
        <TrainerFiles runs={runs} guides={guides} onMessage={setMessage} />

        <p className="practice-links">
          <NavLink to={{ name: 'practice' }}>{pt.back}</NavLink>
        </p>
      </main>
    </PracticeFrame>
  );
}
