/**
 * /terminals — "My terminals": the shop's card terminals with their provider and hotline, so a
 * guide can tie an incident to one and show its provider's number as tap-to-call.
 * Text fields are capped at MAX_SHORT_TEXT_CHARS (rules/limits.ts, the backup format's limit). A
 * field holding a card number is refused with a message, not masked: the storage layer refuses it
 * too (the field list and the checks are rules/terminalFields.ts).
 */
import { useEffect, useId, useState, type FormEvent, type ReactElement } from 'react';
import { useProvider, type ProviderInfo } from '../infra/provider';
import { useServices } from '../infra/services';
import { useTerminals, valueOr } from '../infra/useRecords';
import { format, useLang, useText } from '../i18n/i18n';
import { terminalsTextEn } from './terminals.text.en';
import { terminalsTextZh } from './terminals.text.zh';
import { MAX_SHORT_TEXT_CHARS } from '../rules/limits';
import {
  normaliseMerchantNo,
  normaliseTerminalNo,
  OPTIONAL_TERMINAL_FIELDS,
  TERMINAL_FIELDS,
  TERMINAL_TEXT_FIELDS,
  terminalFieldHasCardData,
  type TerminalField,
  type TerminalTextField,
} from '../rules/terminalFields';
import { parsePhone } from '../rules/phone';
import type { TerminalRecord } from '../storage/records';
import type { Lang } from '../faults/types';
import { ConfirmButton } from '../ui/ConfirmButton';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import './terminals.css';

export const terminalsText = { en: terminalsTextEn, zh: terminalsTextZh };

type FieldName = TerminalField;
type Values = Record<FieldName, string>;

type Status = 'saved' | 'deleted' | 'failed' | null;

export function TerminalsPage() {
  const services = useServices();
  const { lang } = useLang();
  const t = useText(terminalsText);
  const headingRef = useFocusHeading('terminals');
  const terminals = useTerminals();
  const list = terminals.status === 'loading' ? null : valueOr(terminals, []);
  const [editing, setEditing] = useState<TerminalRecord | 'new' | null>(null);
  const [status, setStatus] = useState<Status>(null);
  // A provider's own copy pre-fills a new terminal (null at once in a build without one).
  const provider = useProvider();

  const done = (next: Status) => {
    setEditing(null);
    setStatus(next);
    headingRef.current?.focus();
  };

  // Committed before the page says so; not written: taken back (the form stays, the next tap
  // writes again). The list follows the store by itself.
  const save = async (record: TerminalRecord) => {
    if (!services) return;
    const shown = editing === 'new' ? null : editing;
    const result = await services.terminals.saveOrTakeBack(record, shown);
    if (result.ok) done('saved');
    else setStatus('failed');
  };

  const remove = async (terminal: TerminalRecord) => {
    if (!services) return;
    const result = await services.terminals.deleteOrTakeBack(terminal);
    if (result.ok) done('deleted');
    else setStatus('failed');
  };

  return (
    <>
      <TopBar />
      <main id="main" className="terminals">
        <h1 ref={headingRef} tabIndex={-1}>
          {t.heading}
        </h1>
        <p>{t.intro}</p>
        <p role="status" className={status === 'failed' ? 'warning' : 'small'}>
          {status === 'saved'
            ? t.saved
            : status === 'deleted'
              ? t.deleted
              : status === 'failed'
                ? t.saveFailed
                : ''}
        </p>
        {editing ? (
          <TerminalForm
            key={editing === 'new' ? 'new' : editing.id}
            initial={editing === 'new' ? undefined : editing}
            prefill={editing === 'new' ? providerPrefill(provider, lang) : {}}
            onSave={(record) => void save(record)}
            onCancel={() => done(null)}
          />
        ) : (
          <button
            type="button"
            className="primary"
            // Until the provider's copy is in (a few milliseconds), so the form opens pre-filled.
            disabled={!services || provider === undefined}
            onClick={() => {
              setStatus(null);
              setEditing('new');
            }}
          >
            {t.add}
          </button>
        )}
        {list && list.length === 0 && !editing ? <p>{t.empty}</p> : null}
        {list && list.length > 0 ? (
          <ul className="terminal-list" aria-label={t.heading}>
            {list.map((term) => (
              <TerminalItem
                key={term.id}
                terminal={term}
                onEdit={() => {
                  setStatus(null);
                  setEditing(term);
                }}
                onDelete={() => void remove(term)}
              />
            ))}
          </ul>
        ) : null}
      </main>
    </>
  );
}

function TerminalItem(props: {
  terminal: TerminalRecord;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { ui } = useLang();
  const t = useText(terminalsText);
  const term = props.terminal;
  const phone = term.providerPhone ? parsePhone(term.providerPhone) : null;
  const brandModel = [term.brand, term.model].filter(Boolean).join(' ');
  /** What the terminal has, in the order of the form; a field left empty is not shown. */
  const facts: [string, string | ReactElement | undefined][] = [
    [ui.terminals.brandModel, brandModel],
    [t.serial, term.serial],
    [ui.terminals.merchantNo, term.merchantNo],
    [ui.terminals.terminalNo, term.terminalNo],
    [ui.terminals.provider, term.provider],
    [
      ui.terminals.hotline,
      phone?.ok ? (
        <a className="call" href={phone.tel}>
          {phone.display}
        </a>
      ) : (
        term.providerPhone
      ),
    ],
  ];
  return (
    <li className="terminal-item">
      <h2>{term.name}</h2>
      <dl className="terminal-facts">
        {facts
          .filter(([, value]) => value !== undefined && value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <div className="actions">
        <button type="button" onClick={props.onEdit}>
          {t.edit}
          <span className="visually-hidden">: {term.name}</span>
        </button>
        <ConfirmButton
          label={ui.common.delete}
          question={format(t.deleteConfirm, { name: term.name })}
          onConfirm={props.onDelete}
        />
      </div>
    </li>
  );
}

/**
 * What a new terminal starts with in a provider's copy: its name and its first hotline (the file
 * lists them in calling order). The merchant may change both; what they save is theirs.
 */
function providerPrefill(
  provider: ProviderInfo | null | undefined,
  lang: Lang,
): Partial<Pick<Values, 'provider' | 'providerPhone'>> {
  if (!provider) return {};
  const first = provider.hotlines[0];
  return { provider: provider.name[lang], ...(first ? { providerPhone: first.number } : {}) };
}

function toValues(initial: TerminalRecord | undefined, prefill: Partial<Values>): Values {
  return Object.fromEntries(
    TERMINAL_FIELDS.map((f) => [f, initial?.[f] ?? prefill[f] ?? '']),
  ) as Values;
}

function TerminalForm(props: {
  initial: TerminalRecord | undefined;
  /** A new terminal's starting values (the provider's copy); none when editing. */
  prefill: Partial<Values>;
  onSave: (record: TerminalRecord) => void;
  onCancel: () => void;
}) {
  const services = useServices();
  const { ui } = useLang();
  const t = useText(terminalsText);
  const uid = useId();
  const [values, setValues] = useState<Values>(() => toValues(props.initial, props.prefill));
  const [errors, setErrors] = useState<{
    name?: boolean;
    phone?: boolean;
    merchantNo?: boolean;
    terminalNo?: boolean;
  }>({});
  /** Fields refused because they hold a card number. */
  const [cardIn, setCardIn] = useState<ReadonlySet<TerminalTextField>>(new Set());
  const id = (f: string) => `${uid}-${f}`;
  /** A field's input (the first one in error takes the focus). */
  const input = (field: FieldName) => document.getElementById(id(field));

  useEffect(() => {
    document.getElementById(`${uid}-name`)?.focus();
  }, [uid]);

  const phone = parsePhone(values.providerPhone);
  const set = (field: FieldName, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (field === 'name') setErrors((e) => ({ ...e, name: false }));
    if (field === 'providerPhone') setErrors((e) => ({ ...e, phone: false }));
    if (field === 'merchantNo' || field === 'terminalNo') {
      setErrors((e) => ({ ...e, [field]: false }));
    }
    setCardIn((cards) => {
      if (!cards.has(field as TerminalTextField)) return cards;
      const next = new Set(cards);
      next.delete(field as TerminalTextField);
      return next;
    });
  };
  const cardError = (field: TerminalTextField) => (cardIn.has(field) ? t.cardNumber : undefined);

  /** Each field's label, hint, own error and input kind (the list itself: TERMINAL_FIELDS). */
  const fields: Record<FieldName, Omit<FieldProps, 'id' | 'value' | 'onChange'>> = {
    name: { label: t.name, hint: t.nameHint, error: errors.name ? t.nameRequired : undefined },
    brand: { label: t.brand },
    model: { label: t.model, hint: t.modelHint },
    serial: { label: t.serial },
    merchantNo: {
      label: ui.terminals.merchantNo,
      hint: t.merchantNoHint,
      error: errors.merchantNo ? t.merchantNoInvalid : undefined,
      inputMode: 'numeric',
    },
    terminalNo: {
      label: ui.terminals.terminalNo,
      hint: t.terminalNoHint,
      error: errors.terminalNo ? t.terminalNoInvalid : undefined,
    },
    provider: { label: ui.terminals.provider, hint: t.providerHint },
    providerPhone: {
      label: ui.terminals.hotline,
      hint: ui.terminals.phoneHint,
      error: errors.phone ? ui.terminals.phoneInvalid : undefined,
      type: 'tel',
      onBlur: () =>
        setErrors((e) => ({ ...e, phone: values.providerPhone.trim() !== '' && !phone.ok })),
      note: phone.ok ? format(ui.terminals.phoneDials, { phone: phone.display }) : undefined,
    },
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!services) return;
    const v = Object.fromEntries(
      TERMINAL_FIELDS.map((f) => [f, values[f].trim().slice(0, MAX_SHORT_TEXT_CHARS)]),
    ) as Values;
    const nameBad = v.name === '';
    const phoneBad = v.providerPhone !== '' && !parsePhone(v.providerPhone).ok;
    const merchantNo = v.merchantNo === '' ? '' : normaliseMerchantNo(v.merchantNo);
    const terminalNo = v.terminalNo === '' ? '' : normaliseTerminalNo(v.terminalNo);
    const cards = new Set(TERMINAL_TEXT_FIELDS.filter((f) => terminalFieldHasCardData(f, v[f])));
    const bad: Partial<Record<FieldName, boolean>> = {
      name: nameBad || cards.has('name'),
      providerPhone: phoneBad,
      merchantNo: merchantNo === null || cards.has('merchantNo'),
      terminalNo: terminalNo === null || cards.has('terminalNo'),
    };
    setErrors({
      name: nameBad,
      phone: phoneBad,
      merchantNo: merchantNo === null,
      terminalNo: terminalNo === null,
    });
    setCardIn(cards);
    // Focus the first field in error, in the order of the form; nothing is saved.
    const firstBad = TERMINAL_FIELDS.find((f) => bad[f] ?? cards.has(f as TerminalTextField));
    if (firstBad) return input(firstBad)?.focus();
    const now = services.now();
    const record: TerminalRecord = {
      id: props.initial?.id ?? services.newId(),
      name: v.name,
      createdAt: props.initial?.createdAt ?? now,
      updatedAt: now,
    };
    for (const f of OPTIONAL_TERMINAL_FIELDS) if (v[f] !== '') record[f] = v[f];
    // The numbers as tidied (full-width digits, spaces and dashes gone).
    if (merchantNo) record.merchantNo = merchantNo;
    if (terminalNo) record.terminalNo = terminalNo;
    props.onSave(record);
  };

  return (
    <form className="terminal-form" onSubmit={submit} noValidate aria-labelledby={id('heading')}>
      <h2 id={id('heading')}>{props.initial ? t.editHeading : t.addHeading}</h2>
      {TERMINAL_FIELDS.map((f) => (
        <Field
          key={f}
          id={id(f)}
          {...fields[f]}
          value={values[f]}
          onChange={(v) => set(f, v)}
          // A field's own error first (missing, not a number), else a card number in it.
          error={fields[f].error ?? (f === 'providerPhone' ? undefined : cardError(f))}
        />
      ))}
      <div className="actions">
        <button type="submit" className="primary">
          {t.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {ui.common.cancel}
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  /** Shown under the field while it is valid (e.g. the number as it will be dialled). */
  note?: string | undefined;
  type?: 'text' | 'tel';
  inputMode?: 'numeric';
  autoComplete?: string;
}

function Field(props: FieldProps) {
  const describedBy = [
    props.hint ? `${props.id}-hint` : '',
    props.error ? `${props.id}-error` : '',
    props.note ? `${props.id}-note` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="small">
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        type={props.type ?? 'text'}
        {...(props.type === 'tel'
          ? { inputMode: 'tel' as const }
          : props.inputMode
            ? { inputMode: props.inputMode }
            : {})}
        value={props.value}
        maxLength={MAX_SHORT_TEXT_CHARS}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
      />
      {props.error ? (
        <p id={`${props.id}-error`} className="field-error" role="alert">
          {props.error}
        </p>
      ) : null}
      {props.note ? (
        <p id={`${props.id}-note`} className="small field-note">
          {props.note}
        </p>
      ) : null}
    </div>
  );
}
