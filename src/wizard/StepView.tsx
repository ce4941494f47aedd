/**
 * The one generic step screen: renders any state of any guide from its meta and its text.
 * It asks the machine what is possible (choicesOf → snapshot.can) and never re-derives rules.
 * In view: the heading, at most three body lines, what "fixed" looks like (beside the answers it
 * decides) and, on a call to support, what to have ready; the rest is behind "more".
 */
import { lazy, Suspense } from 'react';
import type { ChoiceEvent, Guide, StepMeta } from '../faults/types';
import { format, useLang } from '../i18n/i18n';
import { ConfirmButton } from '../ui/ConfirmButton';
import { PayAnotherWay } from '../ui/PayAnotherWay';
import { useFocusHeading } from '../ui/useFocusHeading';
import { choicesOf, longestToEnd, metaOf, stateId, type Snapshot } from '../faults/engine';
import { choiceLabel } from '../i18n/runText';
import { CallScript } from '../report/CallScript';
import { terminalFacts } from '../report/script';
import type { IncidentRecord, TerminalRecord } from '../storage/records';
import { CallButtons } from '../terminals/CallButtons';

const NotesPanel = lazy(() => import('../notes/NotesPanel'));

export interface StepViewProps {
  guide: Guide;
  snapshot: Snapshot;
  /** Number of steps so far, current included. */
  stepNumber: number;
  canGoBack: boolean;
  busy: boolean;
  onChoose: (event: ChoiceEvent) => void;
  onBack: () => void;
  onStartOver: () => void;
  /** For notes at this step. */
  incidentId?: string;
  /** Hotline of the incident's terminal: a scam warning says "call only this number". */
  providerPhone?: { display: string; tel: string } | undefined;
  /** The incident (for the call script) and its terminal; without them, no call buttons (practice). */
  incident?: IncidentRecord;
  terminal?: TerminalRecord | undefined;
  onTerminalSaved?: (terminal: TerminalRecord) => Promise<void>;
}

export function StepView(props: StepViewProps) {
  const { ui, lang } = useLang();
  const { guide, snapshot } = props;
  const id = stateId(snapshot);
  const meta = metaOf(guide, snapshot) as Exclude<StepMeta, { kind: 'end' }>;
  const text = guide.content[lang].states[id];
  const headingRef = useFocusHeading(`${id}:${props.stepNumber}`);
  // "Step n of at most N": N is the longest way on from here, so it never grows as you answer.
  const total = props.stepNumber + longestToEnd(guide, snapshot);
  const heading = text?.heading ?? id;
  const safety = 'safety' in meta && meta.safety !== undefined;
  const isStop = snapshot.hasTag('stopCardPayments');
  const scam = snapshot.hasTag('safety') && 'safety' in meta && meta.safety === 'scam';
  const stepCalls = 'calls' in meta ? (meta.calls ?? []) : [];
  /** A call to support (not the customer's bank, not the police): what to have ready is in view. */
  const callStep = stepCalls.includes('provider') || stepCalls.includes('chinaMobile');
  const calls = props.onTerminalSaved ? stepCalls : [];
  /** …and, outside practice, the call buttons, what to say and the saved terminal's numbers. */
  const supportCall = props.onTerminalSaved !== undefined && callStep;
  const facts = supportCall ? terminalFacts(ui, props.terminal) : [];
  const ready =
    text?.ready?.length || facts.length > 0 ? (
      <section className="ready" aria-label={ui.step.ready}>
        <h2>{ui.step.ready}</h2>
        {text?.ready?.length ? (
          <ul>
            {text.ready.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
        {facts.length > 0 ? <TerminalFacts facts={facts} /> : null}
      </section>
    ) : null;
  const readyInMore = callStep ? null : ready;

  return (
    <main
      id="main"
      className={`step step-${meta.kind}${safety ? ' step-safety' : ''}`}
      data-state={id}
    >
      <PayAnotherWay stopCards={isStop} />
      <div className="progress-row">
        <span>{format(ui.step.progress, { n: props.stepNumber, total })}</span>
        <progress max={total} value={props.stepNumber} aria-label={ui.step.progressLabel} />
      </div>
      <p className="badges">
        {safety ? <span className="badge badge-safety">{ui.step.safety}</span> : null}
        {meta.kind === 'remedy' && meta.firstAid ? (
          <span className="badge">{ui.step.firstAid}</span>
        ) : null}
        {meta.kind === 'remedy' && !isStop ? (
          <span className={`badge badge-who-${meta.who}`}>{ui.step.who[meta.who]}</span>
        ) : null}
      </p>
      <h1 ref={headingRef} tabIndex={-1} className={isStop ? 'stop' : undefined}>
        {heading}
      </h1>
      <p className="visually-hidden" aria-live="polite">
        {format(ui.step.announce, { heading })}
      </p>
      {text?.terminalText?.length ? (
        <figure className="terminal-text">
          <figcaption>{ui.step.terminalText}</figcaption>
          {text.terminalText.map((line) => (
            <p key={line} lang="zh-CN">
              {line}
            </p>
          ))}
        </figure>
      ) : null}
      {text?.body?.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {scam && props.providerPhone ? (
        <p className="warning">
          {ui.terminals.callOnly}{' '}
          <a className="call" href={props.providerPhone.tel}>
            {props.providerPhone.display}
          </a>
        </p>
      ) : null}
      {callStep ? ready : null}
      {calls.length > 0 && props.onTerminalSaved ? (
        <CallButtons
          calls={calls}
          terminal={props.terminal}
          onTerminalSaved={props.onTerminalSaved}
        />
      ) : null}
      {supportCall && props.incident ? (
        <CallScript guide={guide} incident={props.incident} terminal={props.terminal} />
      ) : null}
      {text?.more?.length || readyInMore ? (
        <details className="more">
          <summary>{ui.step.more}</summary>
          {text?.more?.map((line) => (
            <p key={line}>{line}</p>
          ))}
          {readyInMore}
        </details>
      ) : null}
      {text?.fixedLooksLike && !isStop ? (
        <p className="fixed-looks-like">
          <strong>{ui.step.fixedLooksLike}</strong>
          {text.fixedLooksLike}
        </p>
      ) : null}
      <div className="choices" role="group" aria-label={heading}>
        {choicesOf(guide, snapshot).map((event) => (
          <button
            key={event}
            type="button"
            className={`choice choice-${event.replace('.', '-')}`}
            disabled={props.busy}
            onClick={() => props.onChoose(event)}
          >
            {choiceLabel(guide.content[lang], ui, id, event)}
          </button>
        ))}
      </div>
      <nav className="step-nav" aria-label={ui.step.progressLabel}>
        <button type="button" onClick={props.onBack} disabled={!props.canGoBack || props.busy}>
          <span aria-hidden="true">← </span>
          {ui.step.back}
        </button>
        <ConfirmButton
          label={ui.step.startOver}
          question={ui.step.startOverConfirm}
          onConfirm={props.onStartOver}
          disabled={!props.canGoBack || props.busy}
        />
      </nav>
      {props.incidentId ? (
        <Suspense fallback={null}>
          <NotesPanel
            key={id}
            incidentId={props.incidentId}
            stepId={id}
            guide={guide}
            collapsible
          />
        </Suspense>
      ) : null}
    </main>
  );
}

/** The saved terminal's numbers, as support asks for them (never masked). */
export function TerminalFacts(props: { facts: readonly { label: string; value: string }[] }) {
  return (
    <dl className="terminal-facts">
      {props.facts.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
