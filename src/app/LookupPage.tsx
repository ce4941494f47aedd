/**
 * Results of "what does the screen say?". Never an empty page: a code that is not a terminal
 * fault explains itself, and no match offers the three faults and a new search.
 */
import { useState } from 'react';
import { faults } from '../faults/registry';
import { useLang } from '../i18n/i18n';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { lookup } from '../wizard/lookup';
import { navigate } from './router';

export function LookupPage({ q }: { q: string }) {
  const { ui, lang } = useLang();
  const result = lookup(q, faults);
  const ref = useFocusHeading(q);
  const [again, setAgain] = useState(q);

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
                <a
                  className="fault-card"
                  href={
                    codeEntry ? `/guide/${entry.id}?code=${codeEntry.code}` : `/guide/${entry.id}`
                  }
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(target);
                  }}
                >
                  <span className="fault-message" lang="zh-CN">
                    「{entry.terminalMessage}」
                  </span>
                  <span className="fault-title">{entry.title[lang]}</span>
                  <span className="fault-meaning">{entry.meaning[lang]}</span>
                </a>
              </li>
            );
          })}
        </ul>
        <form
          role="search"
          className="search"
          onSubmit={(e) => {
            e.preventDefault();
            navigate({ name: 'lookup', q: again });
          }}
        >
          <label htmlFor="lookup-again">{ui.lookup.tryAgain}</label>
          <div className="search-row">
            <input
              id="lookup-again"
              type="search"
              value={again}
              autoComplete="off"
              onChange={(e) => setAgain(e.target.value)}
            />
            <button type="submit" className="primary">
              {ui.home.searchButton}
            </button>
          </div>
        </form>
      </main>
    </>
  );
}
