/**
 * /guide/<fault>: asks "continue the open one, or start new?" when an incident of this fault is
 * unfinished, then which terminal (when several are saved), creates the incident, commits it,
 * then continues at /incident/<id> (IncidentScreen), handing it the committed record in memory
 * so the first question shows without reading it back.
 */
import { formatDateTime } from '../i18n/format';
import { useEffect, useMemo, useRef, useState } from 'react';
import { faultById, loadGuide } from '../faults/registry';
import type { ChoiceEvent, FaultId } from '../faults/types';
import { format, useLang } from '../i18n/i18n';
import { replace } from '../infra/router';
import { useServices } from '../infra/services';
import { useIncidents } from '../infra/useRecords';
import { requestPersistence } from '../storage/persistence';
import type { IncidentRecord } from '../storage/records';
import { TerminalQuestion, useTerminalChoice } from '../terminals/TerminalQuestion';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { newIncident, pathLength } from './incidentRun';
import { primeIncident } from './useIncidentRun';

type Open = { status: 'checking' } | { status: 'none' } | { status: 'ask'; record: IncidentRecord };

/** The unfinished incident of this fault touched last, if any. */
function openOf(all: readonly IncidentRecord[], fault: FaultId): IncidentRecord | undefined {
  return all
    .filter((r) => r.status === 'inProgress' && r.fault === fault)
    .sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** /guide/<fault>: creates the incident, saves it, then continues at /incident/<id>. */
export default function StartGuide(props: { fault: FaultId; code?: string }) {
  const services = useServices();
  const { ui } = useLang();
  const [failed, setFailed] = useState(false);
  const starting = useRef(false);
  /** Once the new incident is being saved, the questions before it are answered for good. */
  const [started, setStarted] = useState(false);
  // The guide's chunk is fetched at once, alongside the storage reads, not after them.
  const guide = useMemo(() => loadGuide(props.fault), [props.fault]);
  // With several terminals saved, ask which one first; with one, it is that one.
  const [terminal, chooseTerminal] = useTerminalChoice();
  const incidents = useIncidents();
  /** "Start new" was tapped: the open incident stays as it is. */
  const [startNew, setStartNew] = useState(false);
  const open = useMemo((): Open => {
    if (started || startNew || incidents.status === 'failed') return { status: 'none' };
    if (incidents.status === 'loading') return { status: 'checking' };
    const mine = openOf(incidents.value, props.fault);
    return mine ? { status: 'ask', record: mine } : { status: 'none' };
  }, [started, startNew, incidents, props.fault]);
  useEffect(() => {
    if (!services || starting.current || terminal.status !== 'chosen') return;
    if (open.status !== 'none') return;
    starting.current = true;
    const entry = faultById(props.fault);
    // `code`: a response code the registry maps to the first answer, or (from the lookup, e.g.
    // a tamper alarm) that first answer itself; newIncident takes it only if the guide accepts it.
    const first =
      entry?.codes.find((c) => c.code.toUpperCase() === props.code?.toUpperCase())?.event ??
      (props.code && /^screen\.[A-Za-z0-9]+$/.test(props.code)
        ? (props.code as ChoiceEvent)
        : undefined);
    guide
      .then(async (g) => {
        // The merchant may have gone elsewhere while the guide loaded: start nothing then.
        if (location.pathname !== `/guide/${props.fault}`) return;
        const ids = { id: services.newId(), now: services.now(), terminalId: terminal.terminalId };
        const view = newIncident(g, ids, first);
        // Its own save must not turn into "continue the open one?" when the list reads it back.
        setStarted(true);
        await services.incidents.save(view.record); // queued and retried if the write fails
        if (location.pathname !== `/guide/${props.fault}`) return;
        // After a tap, with something worth keeping: ask the browser not to evict the data.
        void requestPersistence();
        primeIncident(g, view.record); // committed above: the incident screen may show it as is
        replace(
          { name: 'incident', id: view.record.id },
          { incident: view.record.id, step: pathLength(view) },
        );
      })
      .catch(() => setFailed(true));
  }, [services, props.fault, props.code, terminal, open, guide]);
  if (open.status === 'ask') {
    return (
      <>
        <TopBar />
        <OpenQuestion
          record={open.record}
          onContinue={() =>
            replace({ name: 'incident', id: open.record.id }, { incident: open.record.id, step: 0 })
          }
          onStartNew={() => setStartNew(true)}
        />
      </>
    );
  }
  if (terminal.status === 'ask' && open.status === 'none') {
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

/** "This fault is already open: continue it, or start new?" */
function OpenQuestion(props: {
  record: IncidentRecord;
  onContinue: () => void;
  onStartNew: () => void;
}) {
  const { ui, lang } = useLang();
  const ref = useFocusHeading('open-question');
  const time = formatDateTime(props.record.startedAt, lang, { style: 'short' });
  return (
    <main id="main" className="step open-question">
      <h1 ref={ref} tabIndex={-1}>
        {ui.home.openHeading}
      </h1>
      <p>{format(ui.home.openBody, { time })}</p>
      <div className="choices" role="group" aria-label={ui.home.openHeading}>
        <button type="button" className="choice primary" onClick={props.onContinue}>
          {ui.home.continueOpen}
        </button>
        <button type="button" className="choice" onClick={props.onStartNew}>
          {ui.home.startNew}
        </button>
      </div>
    </main>
  );
}
