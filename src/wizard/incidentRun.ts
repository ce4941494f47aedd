/**
 * An incident run: the record as stored, plus what the engine derives from it. Pure functions
 * that build the next record from a choice; the React hook (useIncidentRun) only awaits the
 * write and then shows the result (write before render).
 */
import type { IncidentRecord } from '../storage/records';
import type { ChoiceEvent, Guide, StepMeta } from '../faults/types';
import {
  answer,
  back,
  choicesOf,
  isDone,
  longestWalk,
  metaOf,
  pathOf,
  replay,
  stateId,
  type Snapshot,
} from '../faults/engine';

export interface RunView {
  record: IncidentRecord;
  snapshot: Snapshot;
  /** State ids from the first question to the current one. */
  trail: string[];
  /** True when the record was made by another guide version and no longer fits. */
  readOnly: boolean;
}

export function newIncident(
  guide: Guide,
  ids: { id: string; now: number; terminalId?: string },
  firstEvent?: ChoiceEvent,
): RunView {
  const start = replay(guide, []);
  let record: IncidentRecord = {
    id: ids.id,
    fault: guide.id,
    guideVersion: guide.version,
    startedAt: ids.now,
    updatedAt: ids.now,
    status: 'inProgress',
    log: [],
    snapshot: guide.machine.getPersistedSnapshot(start.snapshot),
    ...(ids.terminalId ? { terminalId: ids.terminalId } : {}),
  };
  let view: RunView = { record, snapshot: start.snapshot, trail: start.trail, readOnly: false };
  if (firstEvent && start.snapshot.can({ type: firstEvent })) {
    view = choose(guide, view, firstEvent, ids.now);
    record = view.record;
  }
  return view;
}

/** The record after a choice: log, snapshot, status and end time. */
export function choose(guide: Guide, view: RunView, event: ChoiceEvent, now: number): RunView {
  const stepped = answer(guide, view.snapshot, view.record.log, event, now);
  return {
    record: withSnapshot(
      guide,
      { ...view.record, log: stepped.log, updatedAt: now },
      stepped.snapshot,
      now,
    ),
    snapshot: stepped.snapshot,
    trail: [...view.trail, stateId(stepped.snapshot)],
    readOnly: false,
  };
}

export function goBack(guide: Guide, view: RunView, now: number): RunView {
  const r = back(guide, view.record.log, now);
  return {
    record: withSnapshot(guide, { ...view.record, log: r.log, updatedAt: now }, r.snapshot, now),
    snapshot: r.snapshot,
    trail: r.trail,
    readOnly: false,
  };
}

/** Back to the first question; the log keeps everything that was answered. */
export function startOver(guide: Guide, view: RunView, now: number): RunView {
  let v = view;
  while (pathOf(v.record.log).length > 0) v = goBack(guide, v, now);
  return v;
}

function withSnapshot(
  guide: Guide,
  record: IncidentRecord,
  snapshot: Snapshot,
  now: number,
): IncidentRecord {
  const meta: StepMeta = metaOf(guide, snapshot);
  const done = isDone(snapshot) && meta.kind === 'end';
  const { endedAt: _e, endState: _s, ...rest } = record;
  return {
    ...rest,
    guideVersion: guide.version,
    snapshot: guide.machine.getPersistedSnapshot(snapshot),
    status: done ? meta.outcome : 'inProgress',
    ...(done ? { endedAt: now, endState: stateId(snapshot) } : {}),
  };
}

/**
 * Opens a stored record on the current guide. Same version: the log replays exactly.
 * Another version: the answers are replayed while they still fit the new guide and the merchant
 * carries on from the first step that changed (the old log is kept on the record); when not even
 * the first answer fits, the incident opens read-only. Never a crash, never a blank screen.
 */
export function openIncident(guide: Guide, record: IncidentRecord): RunView {
  if (record.fault !== guide.id)
    throw new Error(`record ${record.id} is not a ${guide.id} incident`);
  const r = replay(guide, record.log);
  const finished = record.status !== 'inProgress';
  if (r.complete) {
    // A finished incident whose answers now stop short of an end (a step was added since)
    // stays as it ended: read-only.
    if (finished && record.status !== 'abandoned' && !isDone(r.snapshot)) {
      return { record, snapshot: r.snapshot, trail: r.trail, readOnly: true };
    }
    const upgraded: IncidentRecord =
      record.guideVersion === guide.version || finished
        ? record
        : // Status is recomputed too: the new version may end where the old one went on.
          withSnapshot(guide, record, r.snapshot, record.updatedAt);
    return {
      record: upgraded,
      snapshot: r.snapshot,
      trail: r.trail,
      readOnly: record.status === 'abandoned',
    };
  }
  if (finished || r.applied === 0)
    return { record, snapshot: r.snapshot, trail: r.trail, readOnly: true };
  const kept = pathOf(record.log).slice(0, r.applied);
  return {
    record: {
      ...record,
      log: kept,
      previousLog: record.log,
      previousGuideVersion: record.guideVersion,
      guideVersion: guide.version,
      snapshot: guide.machine.getPersistedSnapshot(r.snapshot),
    },
    snapshot: r.snapshot,
    trail: r.trail,
    readOnly: false,
  };
}

/**
 * The record once the merchant abandons the incident (from home, without opening the guide):
 * ended now, its answer log and last step kept, so the history shows how far it got.
 */
export function abandon(record: IncidentRecord, now: number): IncidentRecord {
  return { ...record, status: 'abandoned', updatedAt: now, endedAt: now };
}

export function pathLength(view: RunView): number {
  return pathOf(view.record.log).length;
}

/**
 * The first question's pure work, done ahead of the tap (at idle, after the guide's chunk is
 * in), one small piece per `next()` (see infra/idleWork): a new incident built and opened as
 * StartGuide and the incident screen do, then its longest way on, which walks the whole guide
 * and is memoised per guide. The tap then finds the walk done (or half done: it finishes it).
 * No storage, no side effect but the memo. Building, opening and the choices are a piece each:
 * together they were one 60–80 ms task on a phone's CPU (the bench's profile at 4×).
 */
export function* prepareGuide(guide: Guide): Generator<void, void, void> {
  const view = newIncident(guide, { id: 'prepare', now: 0 });
  yield;
  const opened = openIncident(guide, view.record);
  yield;
  choicesOf(guide, opened.snapshot);
  yield;
  yield* longestWalk(guide, opened.snapshot);
}
