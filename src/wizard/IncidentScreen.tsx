/** /incident/<id>: the step, end or read-only view of one incident (useIncidentRun runs it). */
import { useEffect } from 'react';
import { canGoBack, isDone } from '../faults/engine';
import type { Guide, Lang } from '../faults/types';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/i18n';
import { summaryLines } from '../i18n/runText';
import { runWhenIdle } from '../infra/idleWork';
import { navigate } from '../infra/router';
import { useIncidentTerminal, useProviderPhoneOf } from '../terminals/useProviderPhone';
import type { TerminalRecord } from '../storage/records';
import { SkippedNotice } from '../ui/SkippedNotice';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { EndView } from './EndView';
import type { RunView } from './incidentRun';
import { StepView } from './StepView';
import { useIncidentRun } from './useIncidentRun';

/**
 * The end screen's date format (EndView: "started at"), made in idle time while the questions
 * show: the first Intl.DateTimeFormat of a locale builds its patterns, ~80 ms at 4× CPU, which
 * was in the tap that shows the end screen (the bench's profile). Kept by i18n/format's cache.
 */
function endScreenFormat(lang: Lang): Iterator<unknown> {
  return {
    next: () => {
      formatDateTime(0, lang);
      return { done: true, value: undefined };
    },
  };
}

export default function IncidentScreen(props: { id: string }) {
  const { ui, lang } = useLang();
  useEffect(() => runWhenIdle(endScreenFormat(lang)), [lang]);
  const { loaded, busy, onChoose, onBack, onStartOver, retry, attachTerminal } = useIncidentRun(
    props.id,
  );
  const [terminal, setTerminal] = useIncidentTerminal(
    loaded.status === 'ready' ? loaded.view.record.terminalId : undefined,
  );
  const providerPhone = useProviderPhoneOf(terminal);
  /** A hotline saved at a call step: show it at once, and tie a new terminal to the incident. */
  const onTerminalSaved = async (saved: TerminalRecord) => {
    await attachTerminal(saved.id);
    setTerminal(saved);
  };

  if (loaded.status !== 'ready') {
    return (
      <>
        <TopBar />
        <LoadingOrError status={loaded.status} onRetry={retry} />
      </>
    );
  }

  const { guide, view } = loaded;
  const title = guide.content[lang].title;
  if (view.readOnly) {
    return (
      <>
        <TopBar title={title} />
        <ReadOnlyView guide={guide} view={view} />
      </>
    );
  }
  if (isDone(view.snapshot)) {
    return (
      <>
        <TopBar title={title} />
        <EndView
          guide={guide}
          snapshot={view.snapshot}
          record={view.record}
          terminal={terminal}
          onTerminalSaved={onTerminalSaved}
        />
      </>
    );
  }
  return (
    <>
      <TopBar title={title} />
      <StepView
        guide={guide}
        snapshot={view.snapshot}
        stepNumber={view.trail.length}
        canGoBack={canGoBack(view.record.log)}
        busy={busy}
        onChoose={onChoose}
        onBack={onBack}
        onStartOver={onStartOver}
        incidentId={view.record.id}
        providerPhone={providerPhone}
        incident={view.record}
        terminal={terminal}
        onTerminalSaved={onTerminalSaved}
      />
      <p className="visually-hidden">{ui.appName}</p>
    </>
  );
}

function LoadingOrError(props: { status: 'loading' | 'failed' | 'notFound'; onRetry: () => void }) {
  const { ui } = useLang();
  const ref = useFocusHeading(props.status);
  if (props.status === 'loading') {
    return (
      <main id="main" aria-busy="true">
        <p role="status">{ui.step.loading}</p>
      </main>
    );
  }
  return (
    <main id="main">
      <h1 ref={ref} tabIndex={-1}>
        {props.status === 'notFound' ? ui.step.notFound : ui.step.loadFailed}
      </h1>
      {props.status === 'notFound' ? <SkippedNotice /> : null}
      {props.status === 'failed' ? (
        <button type="button" className="primary" onClick={props.onRetry}>
          {ui.step.retry}
        </button>
      ) : null}
      <button type="button" onClick={() => navigate({ name: 'home' })}>
        {ui.end.done}
      </button>
    </main>
  );
}

function ReadOnlyView({ guide, view }: { guide: Guide; view: RunView }) {
  const { ui, lang } = useLang();
  const ref = useFocusHeading(view.record.id);
  const lines = summaryLines(guide, lang, ui, view.record.log);
  return (
    <main id="main">
      <h1 ref={ref} tabIndex={-1}>
        {ui.step.readOnlyHeading}
      </h1>
      <p>{ui.step.readOnlyBody}</p>
      <ol className="summary">
        {lines.map((l, i) => (
          <li key={i}>
            <span>{l.step}</span>: <strong>{l.answer}</strong>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="primary"
        onClick={() => navigate({ name: 'start', fault: guide.id })}
      >
        {ui.step.startAgain}
      </button>
    </main>
  );
}
