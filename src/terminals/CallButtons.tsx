/**
 * One large tap-to-call button per target of a step's `meta.calls`, in the machine's order. The
 * provider's number is the one saved in My terminals; without one, the hotlines of the provider's
 * own copy (a build with provider.json: ProviderHotlines) with the field to save another folded
 * under them, or else where to find the number and a field to save it right here (committed to
 * IndexedDB before the button appears). The fixed numbers
 * (10086, 12363, 110, 96110) are the only ones the app names itself; the customer's bank gets no
 * number: the customer calls the one on the back of their card.
 */
import { useId, useState, type FormEvent } from 'react';
import type { CallTarget } from '../faults/types';
import { format, useLang } from '../i18n/i18n';
import { loadProvider } from '../infra/provider';
import { useServices } from '../infra/services';
import { MAX_SHORT_TEXT_CHARS } from '../rules/limits';
import { parsePhone } from '../rules/phone';
import type { TerminalRecord } from '../storage/records';
import { ProviderHotlines } from './ProviderHotlines';

// With a provider file, its copy loads with the guide runner, so a call step shows it at once.
if (__POS_PROVIDER__) void loadProvider();

const FIXED: Partial<Record<CallTarget, string>> = {
  chinaMobile: '10086',
  complaint12363: '12363',
  police110: '110',
  antiFraud96110: '96110',
};

export interface CallButtonsProps {
  calls: readonly CallTarget[];
  /** The incident's terminal, when it has one. */
  terminal: TerminalRecord | undefined;
  /** After the hotline was saved (on the incident's terminal, or on a new one). */
  onTerminalSaved: (terminal: TerminalRecord) => void | Promise<void>;
}

export function CallButtons(props: CallButtonsProps) {
  const { ui } = useLang();
  const c = ui.calls;
  if (props.calls.length === 0) return null;
  return (
    <section className="calls" aria-label={c.heading}>
      <h2 className="visually-hidden">{c.heading}</h2>
      <ul>
        {props.calls.map((target) => (
          <li key={target}>
            {target === 'provider' ? (
              <ProviderCall terminal={props.terminal} onTerminalSaved={props.onTerminalSaved} />
            ) : target === 'customerBank' ? (
              <p className="call-note">{c.customerBank}</p>
            ) : (
              <a className="call-button" href={`tel:${FIXED[target] ?? ''}`}>
                {c[target]}
              </a>
            )}
          </li>
        ))}
      </ul>
      {props.calls.some((t) => t !== 'customerBank') ? (
        <p className="warning">{c.neverGive}</p>
      ) : null}
    </section>
  );
}

function ProviderCall(props: Omit<CallButtonsProps, 'calls'>) {
  const { ui } = useLang();
  const c = ui.calls;
  const phone = props.terminal?.providerPhone ? parsePhone(props.terminal.providerPhone) : null;
  const [saved, setSaved] = useState(false);
  if (phone?.ok) {
    const label = props.terminal?.provider
      ? format(c.providerNamed, { provider: props.terminal.provider })
      : c.provider;
    return (
      <>
        <a className="call-button" href={phone.tel}>
          <span>{label}</span> <span className="call-number">{phone.display}</span>
        </a>
        {saved ? (
          <p className="small" role="status">
            {c.savedNumber}
          </p>
        ) : null}
      </>
    );
  }
  const save = (
    <SaveHotline
      terminal={props.terminal}
      onSaved={async (t) => {
        setSaved(true);
        await props.onTerminalSaved(t);
      }}
    />
  );
  return __POS_PROVIDER__ ? <ProviderHotlines>{save}</ProviderHotlines> : save;
}

/** "The number is on your contract or the terminal label": and a field to save it, here. */
function SaveHotline(props: {
  terminal: TerminalRecord | undefined;
  onSaved: (terminal: TerminalRecord) => Promise<void>;
}) {
  const services = useServices();
  const { ui } = useLang();
  const c = ui.calls;
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<'invalid' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const phone = parsePhone(value);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!services || busy) return;
    if (!phone.ok) return setError('invalid');
    const now = services.now();
    const record: TerminalRecord = props.terminal
      ? { ...props.terminal, providerPhone: value.trim(), updatedAt: now }
      : {
          id: services.newId(),
          name: c.newTerminalName,
          providerPhone: value.trim(),
          createdAt: now,
          updatedAt: now,
        };
    setBusy(true);
    try {
      // Committed before the button shows; not written: taken back, and the field stays.
      const saved = await services.terminals.saveOrTakeBack(record, props.terminal ?? null);
      if (saved.ok) await props.onSaved(record);
      else setError('failed');
    } finally {
      setBusy(false);
    }
  };

  const errorText = error === 'invalid' ? ui.terminals.phoneInvalid : error ? c.saveFailed : '';
  return (
    <form className="save-hotline" onSubmit={(e) => void submit(e)} noValidate>
      <p>{c.noProviderNumber}</p>
      <label htmlFor={`${id}-phone`}>{c.saveNumberLabel}</label>
      <p id={`${id}-hint`} className="small">
        {ui.terminals.phoneHint}
      </p>
      <input
        id={`${id}-phone`}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        maxLength={MAX_SHORT_TEXT_CHARS}
        value={value}
        aria-invalid={error === 'invalid' ? true : undefined}
        aria-describedby={`${id}-hint${errorText ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
      />
      {errorText ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {errorText}
        </p>
      ) : phone.ok ? (
        <p className="small field-note">
          {format(ui.terminals.phoneDials, { phone: phone.display })}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy || !services}>
        {c.saveNumber}
      </button>
    </form>
  );
}
