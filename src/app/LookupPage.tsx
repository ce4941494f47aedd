/**
 * Results of "what does the screen say?". Never an empty page: a code that is not a terminal
 * fault explains itself, and no match offers the three faults and a new search.
 */
import { useEffect } from 'react';
import { faults } from '../faults/registry';
import { replace } from '../infra/router';
import { useLang } from '../i18n/i18n';
import { FaultCard } from '../ui/FaultCard';
import { SearchForm } from '../ui/SearchForm';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { lookup } from '../wizard/lookup';

export function LookupPage({ q }: { q: string }) {
  const { ui } = useLang();
  const result = lookup(q, faults);
  const ref = useFocusHeading(q);
  // An empty search (e.g. submitted before the app took over the page) is no search: home.
  const empty = result.kind === 'empty';
  useEffect(() => {
    if (empty) replace({ name: 'home' });
  }, [empty]);
  if (result.kind === 'empty') return null;

  let heading: string;
  let body: readonly string[] = [];
  if (result.kind === 'notAFault') {
    const info = ui.lookup[result.which];
    heading = info.heading;
    body = info.body;
  } else if (result.kind === 'guides') {
    heading = ui.lookup.heading;
  } else {
    heading = ui.lookup.noMatchHeading;
    body = ui.lookup.noMatchBody;
  }
  const shown =
    result.kind === 'guides'
      ? result.matches.map((m) => ({
          entry: faults.find((f) => f.id === m.fault)!,
          event: m.event,
        }))
      : faults.map((entry) => ({ entry, event: undefined }));
  const code = result.kind === 'guides' ? result.matches[0]?.event : undefined;

  return (
    <>
      <TopBar />
      <main id="main" className={`lookup lookup-${result.kind}`}>
        <p className="small">
          {ui.lookup.for}: <q>{q}</q>
        </p>
        <h1 ref={ref} tabIndex={-1}>
          {heading}
        </h1>
        {body.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {result.kind === 'guides' ? <h2>{ui.lookup.guideMatch}</h2> : null}
        <ul className="faults">
          {shown.map(({ entry, event }) => {
            const codeEntry = entry.codes.find((c) => c.event === event && event === code);
            const target = codeEntry
              ? { name: 'start' as const, fault: entry.id, code: codeEntry.code }
              : { name: 'start' as const, fault: entry.id };
            return (
              <li key={entry.id}>
                <FaultCard entry={entry} to={target} />
              </li>
            );
          })}
        </ul>
        <SearchForm key={q} id="lookup-again" label={ui.lookup.tryAgain} initial={q} />
      </main>
    </>
  );
}
