/**
 * Home: the faults with the literal terminal message (Chinese, as on the terminal) and its
 * meaning, the "what does the screen say?" search, and unfinished incidents to continue; in a
 * provider's own copy, its one-line welcome first.
 */
import providerWelcome from 'virtual:pos-rescue/provider-welcome';
import { formatDateTime } from '../i18n/format';
import { faults } from '../faults/registry';
import { format, useLang } from '../i18n/i18n';
import type { IncidentRecord } from '../storage/records';
import { InstallEntry } from '../pwa/InstallEntry';
import { ConfirmButton } from '../ui/ConfirmButton';
import { NavLink } from '../ui/NavLink';
import { FaultCard } from '../ui/FaultCard';
import { SearchForm } from '../ui/SearchForm';
import { SkippedNotice } from '../ui/SkippedNotice';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { navigate } from '../infra/router';
import { useServices } from '../infra/services';
import { useIncidents, useTerminals, valueOr } from '../infra/useRecords';
import { parsePhone } from '../rules/phone';
import { BackupReminder } from './BackupReminder';
import { preloadLookup } from './LookupPage';

export function Home() {
  const { ui, lang } = useLang();
  const ref = useFocusHeading('home');
  return (
    <>
      <TopBar showHome={false} />
      <main id="main" className="home">
        <h1 ref={ref} tabIndex={-1}>
          {ui.home.heading}
        </h1>
        {/* A provider's own copy: its one-line welcome (a few bytes; none without the file). */}
        {__POS_PROVIDER__ && providerWelcome ? (
          <p className="provider-welcome">{providerWelcome[lang]}</p>
        ) : null}
        <p>{ui.home.intro}</p>
        {/* First: an unfinished incident is what a merchant who reopens the app came back for. */}
        <Unfinished />
        <ul className="faults" aria-label={ui.home.faultsLabel}>
          {faults.map((f) => (
            <li key={f.id}>
              <FaultCard entry={f} to={{ name: 'start', fault: f.id }} />
            </li>
          ))}
        </ul>
        <CallMyProvider />
        <SkippedNotice />
        <BackupReminder />
        <SearchForm
          id="screen-search"
          label={ui.home.searchLabel}
          placeholder={ui.home.searchPlaceholder}
          onFirstUse={preloadLookup}
        />
        <nav className="home-nav" aria-label={ui.appName}>
          <NavLink to={{ name: 'history' }}>{ui.home.history}</NavLink>
          <NavLink to={{ name: 'terminals' }}>{ui.home.terminals}</NavLink>
          <NavLink to={{ name: 'backup' }}>{ui.home.backup}</NavLink>
          <NavLink to={{ name: 'prevention' }}>{ui.home.prevention}</NavLink>
          <NavLink to={{ name: 'settings' }}>{ui.home.settings}</NavLink>
          <NavLink to={{ name: 'practice' }}>{ui.home.practice}</NavLink>
          <InstallEntry />
        </nav>
      </main>
    </>
  );
}

/** Once a hotline is saved in My terminals: one tap to call it (one button per distinct number). */
function CallMyProvider() {
  const { ui } = useLang();
  const terminals = valueOr(useTerminals(), []);
  const seen = new Set<string>();
  const calls = terminals.flatMap((t) => {
    const phone = t.providerPhone ? parsePhone(t.providerPhone) : null;
    if (!phone?.ok || seen.has(phone.tel)) return [];
    seen.add(phone.tel);
    return [{ id: t.id, name: t.name, phone }];
  });
  if (calls.length === 0) return null;
  return (
    <ul className="home-calls" aria-label={ui.home.callProvider}>
      {calls.map((c) => (
        <li key={c.id}>
          <a className="call-button" href={c.phone.tel}>
            <span>
              {calls.length === 1
                ? ui.home.callProvider
                : format(ui.home.callProviderOf, { name: c.name })}
            </span>{' '}
            <span className="call-number">{c.phone.display}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The incidents still in progress, most recently touched first. */
function unfinished(all: readonly IncidentRecord[]): IncidentRecord[] {
  return all.filter((r) => r.status === 'inProgress').sort((a, b) => b.updatedAt - a.updatedAt);
}

function Unfinished() {
  const services = useServices();
  const { ui, lang } = useLang();
  const items = unfinished(valueOr(useIncidents(), []));
  if (!services || items.length === 0) return null;
  return (
    <section className="unfinished" aria-labelledby="unfinished-heading">
      <h2 id="unfinished-heading">{ui.home.unfinishedHeading}</h2>
      <ul>
        {items.map((r) => {
          const entry = faults.find((f) => f.id === r.fault);
          return (
            <li key={r.id} className="unfinished-item">
              <p>
                <strong>{entry?.title[lang] ?? r.fault}</strong>
                <br />
                <span className="small">
                  {ui.home.startedAt} {formatDateTime(r.startedAt, lang, { style: 'short' })}
                </span>
              </p>
              <button
                type="button"
                className="primary"
                onClick={() =>
                  navigate({ name: 'incident', id: r.id }, { incident: r.id, step: 0 })
                }
              >
                {ui.home.resume}
                <span className="visually-hidden">: {entry?.title[lang]}</span>
              </button>
              <ConfirmButton
                label={ui.home.abandon}
                question={ui.home.abandonConfirm}
                onConfirm={() => {
                  const now = services.now();
                  // The run functions load with the guide runner (not on the first path).
                  // The list follows the store: the incident leaves it once its write settled.
                  void Promise.all([
                    services.incidents.get(r.id),
                    import('../wizard/incidentRun'),
                  ]).then(([latest, run]) =>
                    services.incidents.save(run.abandon(latest ?? r, now)),
                  );
                }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
