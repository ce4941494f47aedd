/**
 * History: this month's figures (incidents per fault, and lookups per answer), every incident
 * newest first (fault, status, duration), what was looked up (masked as it was stored, each
 * opening its answer again), and one incident's timeline. Loaded lazily: it is never on the
 * first path.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { faults } from '../faults/registry';
import { formatDateTime, formatDuration, formatTime } from '../i18n/format';
import { useLang, useText } from '../i18n/i18n';
import { historyTextEn } from './history.text.en';
import { historyTextZh } from './history.text.zh';
import { queryOfId, titleOfId } from '../lookup/answerTitle';
import type { LookupRecord, NoteRecord } from '../storage/records';
import { ConfirmButton } from '../ui/ConfirmButton';
import { SkippedNotice } from '../ui/SkippedNotice';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { choiceLabel } from '../i18n/runText';
import { navigate } from '../infra/router';
import { useServices } from '../infra/services';
import {
  useGuide,
  useIncident,
  useIncidents,
  useLookups,
  useLookupStats,
  useMonthStats,
  useNotes,
  valueOr,
} from '../infra/useRecords';
import './history.css';

export const historyText = { en: historyTextEn, zh: historyTextZh };

const SupportPacket = lazy(() => import('../report/SupportPacket'));

export function HistoryPage(props: { id?: string }) {
  return props.id ? <IncidentTimeline id={props.id} /> : <HistoryList />;
}

function HistoryList() {
  const services = useServices();
  const { ui, lang } = useLang();
  const t = useText(historyText);
  const ref = useFocusHeading('history');
  const incidents = useIncidents();
  const items = incidents.status === 'loading' ? null : valueOr(incidents, []);
  // The month of the moment the page opened (the clock is read once, not at every render).
  const [now] = useState(() => services?.now() ?? Date.now());
  const monthStats = useMonthStats(now);
  const stats = monthStats.status === 'ready' ? monthStats.value : null;
  return (
    <>
      <TopBar title={t.heading} />
      <main id="main" className="history">
        <h1 ref={ref} tabIndex={-1}>
          {t.heading}
        </h1>
        {stats ? (
          <section aria-labelledby="stats-heading" className="stats">
            <h2 id="stats-heading">{t.thisMonth}</h2>
            <dl>
              {faults.map((f) => (
                <div key={f.id}>
                  <dt>{f.title[lang]}</dt>
                  <dd>{stats.byFault[f.id]}</dd>
                </div>
              ))}
              <div>
                <dt>{t.resolvedShare}</dt>
                <dd>
                  {stats.resolvedWithoutSupportShare === null
                    ? '—'
                    : `${Math.round(stats.resolvedWithoutSupportShare * 100)}%`}
                </dd>
              </div>
              <div>
                <dt>{t.medianFix}</dt>
                <dd>
                  {stats.medianTimeToFixMs === null
                    ? '—'
                    : formatDuration(stats.medianTimeToFixMs, ui)}
                </dd>
              </div>
            </dl>
          </section>
        ) : null}
        <LookupFigures now={now} />
        <SkippedNotice />
        {items === null ? (
          <p role="status">{ui.step.loading}</p>
        ) : items.length === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <ul className="history-list">
            {items.map((r) => {
              const entry = faults.find((f) => f.id === r.fault);
              const duration = (r.endedAt ?? r.updatedAt) - r.startedAt;
              return (
                <li key={r.id}>
                  <a
                    href={`/history/${encodeURIComponent(r.id)}`}
                    className="history-item"
                    onClick={(e) => {
                      e.preventDefault();
                      navigate({ name: 'historyItem', id: r.id });
                    }}
                  >
                    <strong>{entry?.title[lang] ?? r.fault}</strong>
                    <span className={`status status-${r.status}`}>{t.status[r.status]}</span>
                    <span className="small">
                      {formatDateTime(r.startedAt, lang)} · {formatDuration(duration, ui)}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        )}
        <LookupList />
      </main>
    </>
  );
}

/** The answers looked up most this month, with their counts ("51 「可用余额不足」 ×7"). */
function LookupFigures({ now }: { now: number }) {
  const { lang } = useLang();
  const t = useText(historyText);
  const read = useLookupStats(now);
  if (read.status !== 'ready' || read.value.total === 0) return null;
  const { total, byAnswer } = read.value;
  return (
    <section aria-labelledby="lookup-stats-heading" className="stats">
      <h2 id="lookup-stats-heading">{t.lookedUpThisMonth}</h2>
      <dl>
        {byAnswer.slice(0, TOP_ANSWERS).map(({ answer, count }) => (
          <div key={answer}>
            <dt>{titleOfId(answer, lang) ?? answer}</dt>
            <dd>×{count}</dd>
          </div>
        ))}
        <div>
          <dt>{t.lookupsTotal}</dt>
          <dd>{total}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The top answers the month figures list. */
const TOP_ANSWERS = 5;
/** The lookups the history lists (the newest; up to LIMITS.lookups are kept). */
const LISTED_LOOKUPS = 20;

/** What was looked up, newest first: the answer, what was typed (masked), when; opens it again. */
function LookupList() {
  const t = useText(historyText);
  const read = useLookups();
  const items = read.status === 'ready' ? read.value : [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="lookups-heading">
      <h2 id="lookups-heading">{t.lookedUp}</h2>
      <ul className="history-list">
        {items.slice(0, LISTED_LOOKUPS).map((l) => (
          <li key={l.id}>
            <LookupItem lookup={l} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function LookupItem({ lookup }: { lookup: LookupRecord }) {
  const { lang } = useLang();
  const t = useText(historyText);
  const q = queryOfId(lookup.answer) ?? lookup.q;
  const body = (
    <>
      <strong>{titleOfId(lookup.answer, lang) ?? lookup.answer}</strong>
      {lookup.q ? (
        <span>
          {t.typed}
          <q>{lookup.q}</q>
        </span>
      ) : null}
      <span className="small">{formatDateTime(lookup.at, lang)}</span>
    </>
  );
  if (q.trim() === '') return <div className="history-item">{body}</div>;
  return (
    <a
      href={`/lookup?q=${encodeURIComponent(q)}`}
      className="history-item"
      onClick={(e) => {
        e.preventDefault();
        navigate({ name: 'lookup', q });
      }}
    >
      {body}
    </a>
  );
}

function IncidentTimeline({ id }: { id: string }) {
  const services = useServices();
  const { ui, lang } = useLang();
  const t = useText(historyText);
  const ref = useFocusHeading(`history:${id}`);
  const incident = useIncident(id);
  const stored = incident.status === 'ready' ? incident.value : undefined;
  const guideRead = useGuide(stored?.fault);
  const notesRead = useNotes(id);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const state =
    incident.status === 'failed' ||
    guideRead.status === 'failed' ||
    (incident.status === 'ready' && !stored)
      ? 'missing'
      : !stored || guideRead.status !== 'ready' || notesRead.status === 'loading'
        ? 'loading'
        : {
            record: stored,
            guide: guideRead.value,
            // An unreadable notes table leaves the timeline without notes, not without answers.
            notes: valueOr(notesRead, []).filter((n) => !n.draft),
          };

  if (state === 'loading') {
    return (
      <>
        <TopBar title={t.heading} />
        <main id="main">
          <p role="status">{ui.step.loading}</p>
        </main>
      </>
    );
  }
  if (state === 'missing') {
    return (
      <>
        <TopBar title={t.heading} />
        <main id="main">
          <h1 ref={ref} tabIndex={-1}>
            {ui.step.notFound}
          </h1>
          <SkippedNotice />
        </main>
      </>
    );
  }
  const { record, guide, notes } = state;
  // The answers and the notes, on one timeline by time.
  const timeline = [
    ...record.log.map((entry, i) => ({ at: entry.at, key: `a${i}`, entry })),
    ...notes.map((note) => ({ at: note.createdAt, key: `n${note.id}`, note })),
  ].sort((a, b) => a.at - b.at);
  const text = guide.content[lang];
  return (
    <>
      <TopBar title={t.heading} />
      <main id="main" className="history-item-page">
        <h1 ref={ref} tabIndex={-1}>
          {text.title}
        </h1>
        <p lang="zh-CN" className="small">
          「{text.terminalMessage}」
        </p>
        <p>
          <span className={`status status-${record.status}`}>{t.status[record.status]}</span>{' '}
          {formatDateTime(record.startedAt, lang)} ·{' '}
          {formatDuration((record.endedAt ?? record.updatedAt) - record.startedAt, ui)}
        </p>
        {record.endState && text.states[record.endState] ? (
          <p>{text.states[record.endState]!.heading}</p>
        ) : null}
        <h2>{t.timeline}</h2>
        <ol className="timeline">
          {timeline.map((item) => (
            <li key={item.key} className={'note' in item ? 'timeline-note' : undefined}>
              <time dateTime={new Date(item.at).toISOString()}>
                {formatTime(item.at, lang, { seconds: true })}
              </time>{' '}
              {'note' in item ? (
                <NoteOnTimeline note={item.note} />
              ) : item.entry.event === 'back' ? (
                <em>{t.wentBack}</em>
              ) : (
                <>
                  <span>
                    {text.states[item.entry.from]?.summary ??
                      text.states[item.entry.from]?.heading ??
                      item.entry.from}
                  </span>
                  : <strong>{choiceLabel(text, ui, item.entry.from, item.entry.event)}</strong>
                </>
              )}
            </li>
          ))}
        </ol>
        <Suspense fallback={null}>
          <SupportPacket guide={guide} record={record} />
        </Suspense>
        <div className="actions">
          {record.status === 'inProgress' ? (
            <button
              type="button"
              className="primary"
              onClick={() =>
                navigate({ name: 'incident', id: record.id }, { incident: record.id, step: 0 })
              }
            >
              {ui.home.resume}
            </button>
          ) : null}
          <ConfirmButton
            label={ui.common.delete}
            question={t.deleteConfirm}
            onConfirm={() => {
              if (!services) return;
              setDeleteFailed(false);
              // Never rejects, never hangs (storage/stores.ts): ok once committed, else why not
              // (and the incident stays, so the next tap deletes).
              void services.incidents.deleteOrTakeBack(record).then((result) => {
                if (result.ok) navigate({ name: 'history' });
                else setDeleteFailed(true);
              });
            }}
          />
        </div>
        {deleteFailed ? (
          <p className="warning" role="alert">
            {t.deleteFailed}
          </p>
        ) : null}
      </main>
    </>
  );
}

/** A note on the history timeline: its text (stored masked) and its photo. */
function NoteOnTimeline({ note }: { note: NoteRecord }) {
  const { ui } = useLang();
  const url = useMemo(() => (note.photo ? URL.createObjectURL(note.photo) : null), [note.photo]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return (
    <>
      <em>{ui.notes.heading}</em>: <span className="note-text">{note.text}</span>
      {url ? <img className="timeline-photo" src={url} alt={ui.notes.photoAlt} /> : null}
    </>
  );
}
