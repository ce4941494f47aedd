/**
 * The incident being run on screen, write before render: every choice builds the next record
 * with the pure run functions (incidentRun.ts), awaits the incident store (IndexedDB commit,
 * or its retry queue if storage fails), and only then shows the next step. The browser's back button
 * goes back one question.
 *
 * What the screen shows is the record it committed (`shown`): the first question handed over
 * by StartGuide, or the record read through `useIncident` and opened on its guide (`useGuide`),
 * then each step once its write has settled. The read is followed only until the screen shows
 * its own commits.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { canGoBack, isDone } from '../faults/engine';
import type { ChoiceEvent, Guide } from '../faults/types';
import { handoff } from '../infra/handoff';
import { replace, routeUrl } from '../infra/router';
import type { IncidentRecord } from '../storage/records';
import { useSaveTrouble, useServices, useStorageReplaced } from '../infra/services';
import { useGuide, useIncident } from '../infra/useRecords';
import { choose, goBack, openIncident, pathLength, startOver, type RunView } from './incidentRun';

export type Loaded =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'notFound' }
  | { status: 'ready'; guide: Guide; view: RunView };

type Shown = Extract<Loaded, { status: 'ready' }>;

const LOADING: Loaded = { status: 'loading' };

/** What an incident's browser-history entry carries. */
export interface EntryState {
  incident?: string;
  step?: number;
  chained?: boolean;
}

function entryState(): EntryState | null {
  return history.state as EntryState | null;
}

/**
 * After the next frame is painted (a task after it): where a step's new browser-history entry is
 * written. `pushState` is a native call with a round trip to the browser (~10 ms a step at 4×
 * CPU, the bench's profile) that the question on screen does not need; in the task that commits
 * the answer it held the next question's render back.
 */
function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => window.setTimeout(run, 0));
  else window.setTimeout(run, 0);
}

export interface IncidentRun {
  loaded: Loaded;
  /** True while a choice is being committed, or when nothing can be saved (another tab's upgrade). */
  busy: boolean;
  onChoose: (event: ChoiceEvent) => void;
  onBack: () => void;
  onStartOver: () => void;
  /** After a failed load: try again. */
  retry: () => void;
  /** Ties the incident to a terminal (saved at a call step), committed like a step. */
  attachTerminal: (terminalId: string) => Promise<void>;
}

/**
 * The record StartGuide has just committed, handed over in memory (why: app/prefetch.ts): the
 * first question shows in the same frame as the incident's address instead of after reading the
 * record back. Only ever a record that is already saved (the store resolved), so the screen never
 * runs ahead of storage.
 */
const primed = handoff<{ guide: Guide; record: IncidentRecord }>();

export function primeIncident(guide: Guide, record: IncidentRecord): void {
  primed.give({ guide, record }); // one at a time: only the incident being opened
}

/** The primed record of this incident, if that is what was handed over. */
function primedFor(id: string) {
  const p = primed.peek();
  return p?.record.id === id ? p : undefined;
}

function fromPrimed(id: string): Shown | null {
  const p = primedFor(id);
  if (!p) return null;
  try {
    return { status: 'ready', guide: p.guide, view: openIncident(p.guide, p.record) };
  } catch {
    return null;
  }
}

/** A stored record on its guide: the view to show (upgraded to this guide version), or failed. */
function opening(guide: Guide, record: IncidentRecord): { view: RunView } | 'failed' {
  try {
    return { view: openIncident(guide, record) };
  } catch {
    return 'failed';
  }
}

/** The incident read from the store and opened: what to show until the screen shows its own. */
function useStoredRun(id: string, follow: boolean) {
  const stored = useIncident(follow ? id : undefined);
  const record = stored.status === 'ready' ? stored.value : undefined;
  const guide = useGuide(record?.fault);
  const opened = useMemo(
    () => (record && guide.status === 'ready' ? opening(guide.value, record) : null),
    [record, guide],
  );
  const loaded = useMemo((): Loaded => {
    if (stored.status === 'failed' || guide.status === 'failed' || opened === 'failed') {
      return { status: 'failed' };
    }
    if (stored.status === 'ready' && !record) return { status: 'notFound' };
    if (opened && guide.status === 'ready') {
      return { status: 'ready', guide: guide.value, view: opened.view };
    }
    return { status: 'loading' };
  }, [stored, record, guide, opened]);
  /** Saved by another guide version: the upgraded record must be committed before it shows. */
  const upgraded = loaded.status === 'ready' && loaded.view.record !== record;
  const retry = () => {
    if (stored.status === 'failed') stored.retry();
    if (guide.status === 'failed') guide.retry();
  };
  return { loaded, upgraded, retry };
}

export function useIncidentRun(id: string): IncidentRun {
  const services = useServices();
  const [shown, setShown] = useState<Shown | null>(() => fromPrimed(id));
  const fromStore = useStoredRun(id, shown === null);
  const loaded: Loaded = shown ?? (fromStore.upgraded ? LOADING : fromStore.loaded);
  const [busy, setBusy] = useState(false);
  // Another tab upgraded the database: nothing can be saved until a reload, so answering on
  // would only lose answers. The banner asks for the reload.
  // From the moment another tab upgrades (not only after a failed save): nothing more can be
  // stored until a reload.
  const replaced = useStorageReplaced(services);
  const storageGone = useSaveTrouble(services?.incidents) === 'versionChange' || replaced;
  const busyRef = useRef(false);
  /** Set between the on-screen back's history.back() and the popstate it causes. */
  const goingBack = useRef(false);
  /**
   * The shown question's history entry, until it is written after the paint (`afterPaint`).
   * Written first by anything that reads or adds entries (the next answer, back), so the
   * browser's entries stay in order; dropped when the incident is no longer on screen.
   */
  const pendingEntry = useRef<(() => void) | null>(null);
  const writeEntry = useCallback(() => {
    const write = pendingEntry.current;
    pendingEntry.current = null;
    write?.();
  }, []);
  useEffect(
    () => () => {
      pendingEntry.current = null;
    },
    [],
  );

  // Shown from memory (see primeIncident): handed over once.
  useEffect(() => {
    if (primedFor(id)) primed.take();
  }, [id]);

  // Restored from storage: keep the browser's history entry in step with the restored question.
  const restored = shown === null && loaded.status === 'ready' ? loaded.view : null;
  useEffect(() => {
    if (restored)
      history.replaceState({ incident: id, step: pathLength(restored), chained: false }, '');
  }, [id, restored]);

  // Upgraded to this guide version: committed, then shown (its history entry in step too).
  const upgrade =
    fromStore.upgraded && fromStore.loaded.status === 'ready' ? fromStore.loaded : null;
  useEffect(() => {
    if (!services || !upgrade) return;
    void services.incidents.save(upgrade.view.record).then(() => {
      setShown((s) => s ?? upgrade);
      history.replaceState({ incident: id, step: pathLength(upgrade.view), chained: false }, '');
    });
  }, [services, id, upgrade]);

  /** Commit the next record, then show it (and re-enable the buttons in the same render). */
  const run = useCallback(
    async (
      make: (guide: Guide, view: RunView, now: number) => RunView | null,
      historyMode: 'push' | 'replace' | 'none',
    ) => {
      if (!services || loaded.status !== 'ready' || busyRef.current) return;
      writeEntry();
      const nextView = make(loaded.guide, loaded.view, services.now());
      if (!nextView) return;
      busyRef.current = true;
      setBusy(true);
      try {
        // The store never rejects: a failed write is queued for retry and shown in a banner.
        const saved = await services.incidents.save(nextView.record);
        if (!saved.ok && saved.error === 'versionChange') {
          // Another tab upgraded: it can never be stored, so it must not show as taken.
          services.incidents.drop(nextView.record);
          return;
        }
        setShown({ status: 'ready', guide: loaded.guide, view: nextView });
        const step = pathLength(nextView);
        // `chained`: the browser entry before this one is this incident's previous question.
        if (historyMode !== 'none') {
          const write = () => {
            // Not once the merchant has left the incident (its address is no longer shown).
            if (location.pathname !== routeUrl({ name: 'incident', id })) return;
            if (historyMode === 'push')
              history.pushState({ incident: id, step, chained: true }, '');
            else history.replaceState({ ...entryState(), incident: id, step }, '');
          };
          pendingEntry.current = write;
          afterPaint(() => {
            if (pendingEntry.current === write) writeEntry();
          });
        }
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [services, loaded, id, writeEntry],
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
      // The browser moved before the shown question's entry was written: it is not written now.
      pendingEntry.current = null;
      if (loaded.status !== 'ready') return;
      const state = e.state as EntryState | null;
      if (state?.incident !== id || typeof state.step !== 'number') return;
      const current = pathLength(loaded.view);
      // Back from an end screen leaves the finished incident as it ended.
      if (isDone(loaded.view.snapshot)) return replace({ name: 'home' });
      if (state.step < current) void backOne('none');
      else if (state.step > current) history.replaceState({ ...state, step: current }, '');
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [loaded, id, backOne]);

  const onBack = () => {
    // A second tap before the browser has gone back must not go back twice (or leave the app).
    if (loaded.status !== 'ready' || goingBack.current || busyRef.current) return;
    writeEntry();
    const st = entryState();
    // If the previous browser entry is this incident's previous question, let the browser go
    // there (so its back stack stays in step); otherwise go back in place.
    if (st?.chained && st.incident === id && st.step === pathLength(loaded.view) && st.step > 0) {
      goingBack.current = true;
      history.back();
    } else void backOne('replace');
  };

  return {
    loaded,
    busy: busy || storageGone,
    onChoose,
    onBack,
    onStartOver: () => void run((g, v, now) => startOver(g, v, now), 'replace'),
    attachTerminal: (terminalId) =>
      run(
        (_g, v, now) =>
          v.record.terminalId === terminalId
            ? null
            : { ...v, record: { ...v.record, terminalId, updatedAt: now } },
        'none',
      ),
    retry: fromStore.retry,
  };
}
