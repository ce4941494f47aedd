/**
 * /guide/<fault>: asks which terminal (when several are saved), creates the incident, commits it,
 * then continues at /incident/<id> (IncidentScreen).
 */
import { useEffect, useRef, useState } from 'react';
import { faultById, loadGuide } from '../faults/registry';
import type { FaultId } from '../faults/types';
import { useLang } from '../i18n/i18n';
import { replace } from '../infra/router';
import { useServices } from '../infra/services';
import { requestPersistence } from '../storage/openStorage';
import { TerminalQuestion, useTerminalChoice } from '../terminals/TerminalQuestion';
import { TopBar } from '../ui/TopBar';
import { newIncident, pathLength } from './incidentRun';

/** /guide/<fault>: creates the incident, saves it, then continues at /incident/<id>. */
export default function StartGuide(props: { fault: FaultId; code?: string }) {
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
