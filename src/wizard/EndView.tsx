/**
 * The end of a guide: "fixed", or the hand-off to support with who to call, what to have
 * ready, and what was checked and tried (copyable, in the current language).
 */
import { formatDateTime } from '../i18n/format';
import { lazy, Suspense, useState } from 'react';
import { navigate } from '../infra/router';
import type { Guide, StepMeta } from '../faults/types';
import { useLang } from '../i18n/i18n';
import type { IncidentRecord } from '../storage/records';
import { useFocusHeading } from '../ui/useFocusHeading';
import { metaOf, stateId, type Snapshot } from '../faults/engine';
import { summaryLines, summaryText } from '../i18n/runText';
import { CallScript } from '../report/CallScript';
import { terminalFacts } from '../report/script';
import type { TerminalRecord } from '../storage/records';
import { CallButtons } from '../terminals/CallButtons';
import { useProviderPhoneOf } from '../terminals/useProviderPhone';
import { TerminalFacts } from './StepView';

const NotesPanel = lazy(() => import('../notes/NotesPanel'));
const SupportPacket = lazy(() => import('../report/SupportPacket'));

export interface EndViewProps {
  guide: Guide;
  snapshot: Snapshot;
  record: IncidentRecord;
  /** The incident's terminal, when it has one (its hotline, S/N, merchant and terminal numbers). */
  terminal?: TerminalRecord | undefined;
  onTerminalSaved: (terminal: TerminalRecord) => Promise<void>;
}

export function EndView({ guide, snapshot, record, terminal, onTerminalSaved }: EndViewProps) {
  const { ui, lang } = useLang();
  const id = stateId(snapshot);
  const meta = metaOf(guide, snapshot) as Extract<StepMeta, { kind: 'end' }>;
  const text = guide.content[lang].states[id];
  const headingRef = useFocusHeading(id);
  const lines = summaryLines(guide, lang, ui, record.log);
  const escalated = meta.outcome === 'escalated';
  const stopCards = snapshot.hasTag('stopCardPayments');
  const title = guide.content[lang].title;
  const calls = meta.calls ?? [];
  const providerPhone = useProviderPhoneOf(terminal);
  const facts = terminalFacts(ui, terminal);
  const copyText = summaryText(guide, lang, ui, record.log, [
    `${ui.appName} — ${title} (${guide.content[lang].terminalMessage})`,
    `${ui.home.startedAt}: ${formatDateTime(record.startedAt, lang)}`,
    `${text?.heading ?? id}`,
    `${ui.end.summaryHeading}:`,
  ]);

  return (
    <main id="main" className={`end end-${meta.outcome}`} data-state={id}>
      <p className="badges">
        <span className={`badge badge-${meta.outcome}`}>
          {escalated ? ui.end.escalatedTitle : ui.end.resolvedTitle}
        </span>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {text?.heading ?? id}
      </h1>
      {stopCards ? (
        <p className="stop-banner" role="alert">
          {text?.body?.[0]}
        </p>
      ) : null}
      {calls.length > 0 ? (
        // The end of a hand-off leads with the call.
        <section aria-labelledby="who-to-call">
          <h2 id="who-to-call">{ui.end.whoToCall}</h2>
          <CallButtons calls={calls} terminal={terminal} onTerminalSaved={onTerminalSaved} />
          {calls.includes('provider') && providerPhone ? (
            <p className="warning">
              {ui.terminals.callOnly} <span className="nowrap">{providerPhone.display}</span>
            </p>
          ) : null}
          <p className="warning">{ui.end.neverGive}</p>
        </section>
      ) : null}
      {text?.body?.slice(stopCards ? 1 : 0).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {text?.more?.length ? (
        // As on a step: the rest of the end's text, one tap away (never dropped).
        <details className="more">
          <summary>{ui.step.more}</summary>
          {text.more.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </details>
      ) : null}

      {escalated ? (
        <>
          <section aria-labelledby="have-ready">
            <h2 id="have-ready">{ui.end.haveReady}</h2>
            {facts.length > 0 ? <TerminalFacts facts={facts} /> : null}
            <ul>
              {ui.end.haveReadyItems.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
          {calls.includes('provider') || calls.includes('chinaMobile') ? (
            <CallScript guide={guide} incident={record} terminal={terminal} />
          ) : null}
        </>
      ) : null}

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">{ui.end.summaryHeading}</h2>
        {lines.length === 0 ? (
          <p>{ui.end.summaryEmpty}</p>
        ) : (
          <ol className="summary">
            {lines.map((l, i) => (
              <li key={i}>
                <span>{l.step}</span>: <strong>{l.answer}</strong>
              </li>
            ))}
          </ol>
        )}
        <CopyButton text={copyText} />
      </section>

      <Suspense fallback={null}>
        <SupportPacket guide={guide} record={record} terminal={terminal} />
      </Suspense>

      <Suspense fallback={null}>
        <NotesPanel incidentId={record.id} stepId="" guide={guide} />
      </Suspense>

      {escalated && !calls.includes('complaint12363') ? (
        <p className="small">{ui.end.complaint}</p>
      ) : null}

      <p>
        <button type="button" className="primary" onClick={() => navigate({ name: 'home' })}>
          {ui.end.done}
        </button>
      </p>
    </main>
  );
}

function CopyButton({ text }: { text: string }) {
  const { ui } = useLang();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="copy">
      <button
        type="button"
        onClick={() => {
          if (!navigator.clipboard) return setStatus('failed');
          navigator.clipboard.writeText(text).then(
            () => setStatus('copied'),
            () => setStatus('failed'),
          );
        }}
      >
        {ui.end.copy}
      </button>
      <span role="status">
        {status === 'copied' ? ui.end.copied : status === 'failed' ? ui.end.copyFailed : ''}
      </span>
      {status === 'failed' ? (
        <textarea readOnly value={text} aria-label={ui.end.summaryHeading} rows={8} />
      ) : null}
    </div>
  );
}
