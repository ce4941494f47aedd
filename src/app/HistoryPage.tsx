/**
 * History: this month's figures, every incident newest first (fault, status, duration), and one
 * incident's timeline. Loaded lazily: it is never on the first path.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { faults } from '../faults/registry';
import type { Guide, Lang } from '../faults/types';
import { format, useLang } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import type { MonthStats } from '../storage/incidents.repo';
import type { IncidentRecord } from '../storage/records';
import { ConfirmButton } from '../ui/ConfirmButton';
import { SkippedNotice } from '../ui/SkippedNotice';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { loadGuide } from '../faults/registry';
import { choiceLabel } from '../i18n/runText';
import { navigate } from '../infra/router';
import { deleteIncident, listIncidents, readIncident, useServices } from '../infra/services';

const ShareReportButton = lazy(() => import('../report/ShareReportButton'));

export function HistoryPage(props: { id?: string }) {
  return props.id ? <IncidentTimeline id={props.id} /> : <HistoryList />;
}

/** "4 min", "1 h 5 min", "40 s" in the current language. */
export function formatDuration(ms: number, ui: UiText): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return format(ui.history.seconds, { n: s });
  const m = Math.round(s / 60);
  if (m < 60) return format(ui.history.minutes, { n: m });
  return format(ui.history.hours, { h: Math.floor(m / 60), m: m % 60 });
}

function dateFormat(lang: Lang) {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

function HistoryList() {
  const services = useServices();
  const { ui, lang } = useLang();
  const ref = useFocusHeading('history');
  const [items, setItems] = useState<IncidentRecord[] | null>(null);
  const [stats, setStats] = useState<MonthStats | null>(null);
  useEffect(() => {
    if (!services) return;
    let live = true;
    void Promise.all([
      listIncidents(services),
      services.storage.incidents.statsForMonth(services.now()),
    ]).then(
      ([list, s]) => {
        if (!live) return;
        setItems(list);
        setStats(s);
      },
      () => live && setItems([]),
    );
    return () => {
      live = false;
    };
  }, [services]);
  const fmt = dateFormat(lang);
  return (
    <>
      <TopBar title={ui.history.heading} />
      <main id="main" className="history">
        <h1 ref={ref} tabIndex={-1}>
          {ui.history.heading}
        </h1>
        {stats ? (
          <section aria-labelledby="stats-heading" className="stats">
            <h2 id="stats-heading">{ui.history.thisMonth}</h2>
            <dl>
              {faults.map((f) => (
                <div key={f.id}>
                  <dt>{f.title[lang]}</dt>
                  <dd>{stats.byFault[f.id]}</dd>
                </div>
              ))}
              <div>
                <dt>{ui.history.resolvedShare}</dt>
                <dd>
                  {stats.resolvedWithoutSupportShare === null
                    ? '—'
                    : `${Math.round(stats.resolvedWithoutSupportShare * 100)}%`}
                </dd>
              </div>
              <div>
                <dt>{ui.history.medianFix}</dt>
                <dd>
                  {stats.medianTimeToFixMs === null
                    ? '—'
                    : formatDuration(stats.medianTimeToFixMs, ui)}
                </dd>
              </div>
            </dl>
          </section>
        ) : null}
        <SkippedNotice />
        {items === null ? (
          <p role="status">{ui.step.loading}</p>
        ) : items.length === 0 ? (
          <p>{ui.history.empty}</p>
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
                    <span className={`status status-${r.status}`}>
                      {ui.history.status[r.status]}
                    </span>
                    <span className="small">
                      {fmt.format(r.startedAt)} · {formatDuration(duration, ui)}
                    </span>
                  </a>
                </li>
              );
            })}
          </ul>
        )}
      </main>
    </>
  );
}

function IncidentTimeline({ id }: { id: string }) {
  const services = useServices();
  const { ui, lang } = useLang();
  const ref = useFocusHeading(`history:${id}`);
  const [state, setState] = useState<
    { record: IncidentRecord; guide: Guide } | 'loading' | 'missing'
  >('loading');
  useEffect(() => {
    if (!services) return;
    let live = true;
    void (async () => {
      const record = await readIncident(services, id);
      if (!record) return live && setState('missing');
      const guide = await loadGuide(record.fault);
      if (live) setState({ record, guide });
    })().catch(() => live && setState('missing'));
    return () => {
      live = false;
    };
  }, [services, id]);

  if (state === 'loading') {
    return (
      <>
        <TopBar title={ui.history.heading} />
        <main id="main">
          <p role="status">{ui.step.loading}</p>
        </main>
      </>
    );
  }
  if (state === 'missing') {
    return (
      <>
        <TopBar title={ui.history.heading} />
        <main id="main">
          <h1 ref={ref} tabIndex={-1}>
            {ui.step.notFound}
          </h1>
          <SkippedNotice />
        </main>
      </>
    );
  }
  const { record, guide } = state;
  const text = guide.content[lang];
  const fmt = dateFormat(lang);
  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en', { timeStyle: 'medium' });
  return (
    <>
      <TopBar title={ui.history.heading} />
      <main id="main" className="history-item-page">
        <h1 ref={ref} tabIndex={-1}>
          {text.title}
        </h1>
        <p lang="zh-CN" className="small">
          「{text.terminalMessage}」
        </p>
        <p>
          <span className={`status status-${record.status}`}>
            {ui.history.status[record.status]}
          </span>{' '}
          {fmt.format(record.startedAt)} ·{' '}
          {formatDuration((record.endedAt ?? record.updatedAt) - record.startedAt, ui)}
        </p>
        {record.endState && text.states[record.endState] ? (
          <p>{text.states[record.endState]!.heading}</p>
        ) : null}
        <h2>{ui.history.timeline}</h2>
        <ol className="timeline">
          {record.log.map((entry, i) => (
            <li key={i}>
              <time dateTime={new Date(entry.at).toISOString()}>{time.format(entry.at)}</time>{' '}
              {entry.event === 'back' ? (
                <em>{ui.history.wentBack}</em>
              ) : (
                <>
                  <span>
                    {text.states[entry.from]?.summary ??
                      text.states[entry.from]?.heading ??
                      entry.from}
                  </span>
                  : <strong>{choiceLabel(text, ui, entry.from, entry.event)}</strong>
                </>
              )}
            </li>
          ))}
        </ol>
        <div className="actions">
          <Suspense fallback={null}>
            <ShareReportButton guide={guide} record={record} />
          </Suspense>
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
            question={ui.history.deleteConfirm}
            onConfirm={() => {
              if (services)
                void deleteIncident(services, record.id).then(() => navigate({ name: 'history' }));
            }}
          />
        </div>
      </main>
    </>
  );
}
