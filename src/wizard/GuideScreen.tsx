/**
 * Runs an incident on screen. Write before render: every choice builds the next record with the
 * pure engine, awaits the saver (IndexedDB commit, or the retry queue if storage fails), and only
 * then shows the next step. The browser's back button goes back one question.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { navigate, replace } from '../app/router';
import { readIncident, useSaveTrouble, useServices, useStorageReplaced } from '../app/services';
import { faultById } from '../faults/registry';
import type { ChoiceEvent, FaultId, Guide } from '../faults/types';
import { useLang } from '../i18n/i18n';
import { requestPersistence } from '../storage/health';
import { TerminalQuestion, useTerminalChoice } from '../terminals/TerminalQuestion';
import { useProviderPhone } from '../terminals/useTerminal';
import { SkippedNotice } from '../ui/SkippedNotice';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { canGoBack, isDone } from './engine';
import { EndView } from './EndView';
import {
  choose,
  goBack,
  newIncident,
  openIncident,
  pathLength,
  startOver,
  type RunView,
} from './incidentRun';
import { StepView } from './StepView';
import { summaryLines } from './summary';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'notFound' }
  | { status: 'ready'; guide: Guide; view: RunView };

/** What an incident's browser-history entry carries. */
interface EntryState {
  incident?: string;
  step?: number;
  chained?: boolean;
}

function entryState(): EntryState | null {
  return history.state as EntryState | null;
}

const guideCache = new Map<FaultId, Promise<Guide>>();

export function loadGuide(fault: FaultId): Promise<Guide> {
  let p = guideCache.get(fault);
  if (!p) {
    const entry = faultById(fault);
    if (!entry) return Promise.reject(new Error(`unknown fault ${fault}`));
    p = entry.load();
    p.catch(() => guideCache.delete(fault)); // a failed chunk load may succeed later
    guideCache.set(fault, p);
  }
  return p;
}

/** /guide/<fault>: creates the incident, saves it, then continues at /incident/<id>. */
export function StartGuide(props: { fault: FaultId; code?: string }) {
  const services = useServices();
  const { ui } = useLang();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  // With several terminals saved, ask which one first; with one, it is that one.
  const [terminal, chooseTerminal] = useTerminalChoice();
  useEffect(() => {
    if (!services || started.current || terminal.status !== 'chosen') return;
    started.current = true;
    const entry = faultById(props.fault);
    const first = entry?.codes.find(
      (c) => c.code.toUpperCase() === props.code?.toUpperCase(),
    )?.event;
    loadGuide(props.fault)
      .then(async (guide) => {
        // The merchant may have gone elsewhere while the guide loaded: start nothing then.
        if (location.pathname !== `/guide/${props.fault}`) return;
        const ids = { id: services.newId(), now: services.now(), terminalId: terminal.terminalId };
        const view = newIncident(guide, ids, first);
        await services.saver.save(view.record); // queued and retried if the write fails
        if (location.pathname !== `/guide/${props.fault}`) return;
        // After a tap, with something worth keeping: ask the browser not to evict the data.
        void requestPersistence();
        replace(
          { name: 'incident', id: view.record.id },
          { incident: view.record.id, step: pathLength(view) },
        );
      })
      .catch(() => setFailed(true));
  }, [services, props.fault, props.code, terminal]);
  if (terminal.status === 'ask') {
    return (
      <>
        <TopBar />
        <TerminalQuestion terminals={terminal.terminals} onChoose={chooseTerminal} />
      </>
    );
  }
  return (
    <>
      <TopBar />
      <main id="main" aria-busy={!failed}>
        <p role="status">{failed ? ui.step.loadFailed : ui.step.loading}</p>
      </main>
    </>
  );
}

/** /incident/<id> */
export function IncidentScreen(props: { id: string }) {
  const services = useServices();
  const { ui, lang } = useLang();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  // Another tab upgraded the database: nothing can be saved until a reload, so answering on
  // would only lose answers. The banner asks for the reload.
  const replaced = useStorageReplaced(services);
  const storageGone = useSaveTrouble(services?.saver ?? undefined) === 'versionChange' || replaced;
  const busyRef = useRef(false);
  /** Set between the on-screen back's history.back() and the popstate it causes. */
  const goingBack = useRef(false);
  const [attempt, setAttempt] = useState(0);
  const providerPhone = useProviderPhone(
    loaded.status === 'ready' ? loaded.view.record.terminalId : undefined,
  );

  useEffect(() => {
    if (!services) return;
    let live = true;
    (async () => {
      const record = await readIncident(services, props.id);
      if (!live) return;
      if (!record) return setLoaded({ status: 'notFound' });
      const guide = await loadGuide(record.fault);
      const view = openIncident(guide, record);
      if (view.record !== record) await services.saver.save(view.record); // upgraded to this guide version
      if (!live) return;
      setLoaded({ status: 'ready', guide, view });
      // Keep the browser's history entry in step with the restored question.
      history.replaceState({ incident: props.id, step: pathLength(view), chained: false }, '');
    })().catch(() => live && setLoaded({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [services, props.id, attempt]);

  /** Commit the next record, then show it (and re-enable the buttons in the same render). */
  const run = useCallback(
    async (
      make: (guide: Guide, view: RunView, now: number) => RunView | null,
      historyMode: 'push' | 'replace' | 'none',
    ) => {
      if (!services || loaded.status !== 'ready' || busyRef.current) return;
      const nextView = make(loaded.guide, loaded.view, services.now());
      if (!nextView) return;
      busyRef.current = true;
      setBusy(true);
      try {
        // The saver never rejects: a failed write is queued for retry and shown in a banner.
        const saved = await services.saver.save(nextView.record);
        if (!saved.ok && saved.error === 'versionChange') {
          // Another tab upgraded: it can never be stored, so it must not show as taken.
          if (services.saver.peek(nextView.record.id) === nextView.record) {
            services.saver.forget(nextView.record.id);
          }
          return;
        }
        setLoaded({ status: 'ready', guide: loaded.guide, view: nextView });
        const step = pathLength(nextView);
        // `chained`: the browser entry before this one is this incident's previous question.
        if (historyMode === 'push')
          history.pushState({ incident: props.id, step, chained: true }, '');
        else if (historyMode === 'replace')
          history.replaceState({ ...entryState(), incident: props.id, step }, '');
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [services, loaded, props.id],
  );

  const onChoose = (event: ChoiceEvent) =>
    void run((g, v, now) => choose(g, v, event, now), 'push');

  const backOne = useCallback(
    (historyMode: 'replace' | 'none') =>
      run((g, v, now) => (canGoBack(v.record.log) ? goBack(g, v, now) : null), historyMode),
    [run],
  );

  // Browser back (and forward) within the incident.
  useEffect(() => {
    const onPop = (e: PopStateEvent) => {
      goingBack.current = false;
      if (loaded.status !== 'ready') return;
      const state = e.state as EntryState | null;
      if (state?.incident !== props.id || typeof state.step !== 'number') return;
      const current = pathLength(loaded.view);
      // Back from an end screen leaves the finished incident as it ended.
      if (isDone(loaded.view.snapshot)) return replace({ name: 'home' });
      if (state.step < current) void backOne('none');
      else if (state.step > current) history.replaceState({ ...state, step: current }, '');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [loaded, props.id, backOne]);

  const onBack = () => {
    // A second tap before the browser has gone back must not go back twice (or leave the app).
    if (loaded.status !== 'ready' || goingBack.current || busyRef.current) return;
    const st = entryState();
    // If the previous browser entry is this incident's previous question, let the browser go
    // there (so its back stack stays in step); otherwise go back in place.
    if (
      st?.chained &&
      st.incident === props.id &&
      st.step === pathLength(loaded.view) &&
      st.step > 0
    ) {
      goingBack.current = true;
      history.back();
    } else void backOne('replace');
  };

  if (loaded.status !== 'ready') {
    return (
      <>
        <TopBar />
        <LoadingOrError
          status={loaded.status}
          onRetry={() => {
            setLoaded({ status: 'loading' });
            setAttempt((a) => a + 1);
          }}
        />
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
          providerPhone={providerPhone}
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
        busy={busy || storageGone}
        onChoose={onChoose}
        onBack={onBack}
        onStartOver={() => void run((g, v, now) => startOver(g, v, now), 'replace')}
        incidentId={view.record.id}
        providerPhone={providerPhone}
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
