/**
 * Results of "what does the screen say?" (lazy: it loads with the code table and the search
 * when the search box is first used). The answer says first WHOSE problem it is, then at most
 * three lines of what to do now, the terminal's own words to match, and a button into the guide
 * with its first answer chosen where one applies. Close answers are shown beside it with the
 * words that matched. Nothing found asks one question (the card, the terminal, the network)
 * and leads on from there: never an empty page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { faults } from '../faults/registry';
import { useLang, useText } from '../i18n/i18n';
import type { Route } from '../infra/router';
import { useServices } from '../infra/services';
import type { LookupRecord } from '../storage/records';
import { FaultCard } from '../ui/FaultCard';
import { NavLink } from '../ui/NavLink';
import { SearchForm } from '../ui/SearchForm';
import { useFocusHeading } from '../ui/useFocusHeading';
import type { Answer, GuideLink, MessageId } from './answers';
import { answerIndex, answers, answerTitle, lookupText } from './answerTitle';
import type { CodeRow } from './responseCodes';
import type { LookupText } from './lookup.text.en';
import { lookupRecord, withAsk, type Ask } from './lookupLog';
import { search, type Hit, type SearchResult } from './search';
import './lookup.css';

const index = answerIndex();

/** The terminal answers the "the terminal itself" branch of "not found" offers. */
const terminalAnswers: readonly string[] = [
  'guide:keyError',
  'guide:securityLock',
  'guide:pinEntry',
  'msg:cardRead',
  'msg:paperOut',
  'msg:lowBattery',
  'msg:tampered',
];

/** The latest lookup of this page: the same search again within a minute updates it. */
let latest: LookupRecord | undefined;

/**
 * Logs the search once its answer has shown: the record is queued through the lookup store in
 * an effect, after the answer's render was committed, and never awaited (a log, not a step: the
 * answer never waits for storage; ARCHITECTURE.md, "Write before render"). Returns what
 * "nothing found" calls when it is answered.
 */
function useLookupLog(q: string, result: SearchResult): (ask: Ask) => void {
  const services = useServices();
  const { lang } = useLang();
  // The language the answer was first shown in: switching it is not another lookup.
  const langRef = useRef(lang);
  useEffect(() => {
    langRef.current = lang;
  }, [lang]);
  const mine = useRef<LookupRecord>(undefined);
  useEffect(() => {
    if (!services) return;
    const answer = result.kind === 'found' ? result.hits[0]!.answer.id : 'none';
    const close = result.kind === 'found' ? result.hits.slice(1).map((h) => h.answer.id) : [];
    const record = lookupRecord(
      { q, answer, close, lang: langRef.current },
      latest,
      services.now(),
      services.newId,
    );
    latest = mine.current = record;
    void services.lookups.save(record);
  }, [services, q, result]);
  return useCallback(
    (ask: Ask) => {
      if (!services || !mine.current) return;
      const record = withAsk(mine.current, ask, services.now());
      if (latest?.id === record.id) latest = record;
      mine.current = record;
      void services.lookups.save(record);
    },
    [services],
  );
}

export default function LookupScreen({ q }: { q: string }) {
  const t = useText(lookupText);
  const result = useMemo(() => search(index, q), [q]);
  const onAsk = useLookupLog(q, result);
  return (
    <main id="main" className={`lookup lookup-${result.kind}`}>
      <p className="small">
        {t.searchedFor}
        {t.colon}
        <q>{q}</q>
      </p>
      {result.kind === 'found' ? (
        <>
          <AnswerView key={`answer:${q}`} hit={result.hits[0]!} t={t} main />
          {result.hits.length > 1 ? (
            <section className="also" aria-labelledby="also-heading">
              <h2 id="also-heading">{t.alsoClose}</h2>
              {result.hits.slice(1).map((hit) => (
                <AnswerView key={hit.answer.id} hit={hit} t={t} />
              ))}
            </section>
          ) : null}
        </>
      ) : (
        <NotFound key={`none:${q}`} t={t} onAsk={onAsk} />
      )}
      <SearchForm key={q} id="lookup-again" label={t.searchAgain} initial={q} />
    </main>
  );
}

/** Where an answer's button goes: the guide, its first answer chosen (see StartGuide). */
function guideRoute(link: GuideLink): Route {
  const first = link.code ?? link.answer;
  return first
    ? { name: 'start', fault: link.fault, code: first }
    : { name: 'start', fault: link.fault };
}

/** One answer; the main one has the page's heading, which takes the focus (useFocusHeading). */
function AnswerView(props: { hit: Hit; t: LookupText; main?: boolean }) {
  const { lang } = useLang();
  const ref = useFocusHeading(props.main ? props.hit.answer.id : undefined);
  const { hit, t } = props;
  const { answer } = hit;
  const whose = t.whose[answer.whose];
  const whoseLine = (t.whoseLine as Readonly<Record<string, string>>)[answer.id] ?? whose.line;
  const heading = answerTitle(answer, t, lang);
  const lines =
    answer.kind === 'code'
      ? t.advice[answer.row.advice]
      : answer.kind === 'msg'
        ? t.messages[answer.msg].lines
        : [answer.entry.meaning[lang]];
  const shows =
    answer.kind === 'code'
      ? `${answer.row.code} ${answer.row.texts[0]}`
      : answer.kind === 'msg'
        ? answer.texts[0]
        : answer.entry.terminalMessage;
  const id = `answer-${answer.id.replace(/[^a-zA-Z0-9]/g, '-')}`;
  const Heading = props.main ? 'h1' : 'h3';
  return (
    <section
      className={`answer whose-${answer.whose}`}
      aria-labelledby={id}
      data-answer={answer.id}
    >
      <Heading id={id} ref={props.main ? ref : undefined} tabIndex={props.main ? -1 : undefined}>
        {heading}
      </Heading>
      <p className="whose">
        <strong className="whose-label">{whose.label}</strong> {whoseLine}
      </p>
      <ul className="do-now" aria-label={t.doNow}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {answer.kind === 'code' ? <MeaningLine row={answer.row} t={t} lang={lang} /> : null}
      {shows ? (
        <figure className="terminal-text">
          <figcaption>{t.terminalShows}</figcaption>
          <p lang="zh-CN">{shows}</p>
        </figure>
      ) : null}
      {answer.kind === 'guide' ? (
        <FaultCard entry={answer.entry} to={guideRoute(answer.guide)} />
      ) : answer.guide ? (
        <GuideButton link={answer.guide} t={t} />
      ) : null}
      {hit.matched.length > 0 ? (
        <p className="small matched">
          {t.matched}
          {t.colon}
          {hit.matched.join(' · ')}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The table's meaning under a code's heading, where the heading does not say it already: in
 * Chinese when the terminal's words differ from the table's (quoted: not the app's own words),
 * and in both languages under a "pick up" code's heading.
 */
function MeaningLine(props: { row: CodeRow; t: LookupText; lang: 'zh' | 'en' }) {
  const { row, t, lang } = props;
  const pickUp = row.advice === 'pickUp';
  if (lang === 'en' && !pickUp) return null;
  if (lang === 'zh' && !pickUp && row.meaning.zh === row.texts[0]) return null;
  return (
    <p>
      {t.meaning}
      {t.colon}
      {lang === 'zh' ? `「${row.meaning.zh}」` : row.meaning.en}
    </p>
  );
}

function GuideButton(props: { link: GuideLink; t: LookupText }) {
  const { lang } = useLang();
  const entry = faults.find((f) => f.id === props.link.fault);
  if (!entry) return null;
  return (
    <NavLink to={guideRoute(props.link)} className="guide-button">
      {props.t.openGuide}: {entry.title[lang]}
    </NavLink>
  );
}

/** Nothing matched: one question (the card, the terminal, the network), and on from there. */
function NotFound(props: { t: LookupText; onAsk: (ask: Ask) => void }) {
  const { t, onAsk } = props;
  const ref = useFocusHeading('none');
  const [ask, setAsk] = useState<Ask>();
  const next = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ask) next.current?.focus();
  }, [ask]);
  const commFailure = faults.find((f) => f.id === 'commFailure');
  return (
    <>
      <h1 ref={ref} tabIndex={-1}>
        {t.none.heading}
      </h1>
      <p>{t.none.body}</p>
      <div className="ask" role="group" aria-label={t.none.heading}>
        {(['card', 'terminal', 'network'] as const).map((which) => (
          <button
            key={which}
            type="button"
            className="choice"
            aria-pressed={ask === which}
            onClick={() => {
              setAsk(which);
              onAsk(which);
            }}
          >
            {t.none[which]}
          </button>
        ))}
      </div>
      {ask === 'card' ? (
        <section className="answer whose-card" aria-labelledby="ask-heading">
          <h2 id="ask-heading" ref={next} tabIndex={-1}>
            {t.none.cardHeading}
          </h2>
          <ul className="do-now">
            {t.none.cardLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {ask === 'terminal' ? (
        <section aria-labelledby="ask-heading">
          <h2 id="ask-heading" ref={next} tabIndex={-1}>
            {t.none.terminalHeading}
          </h2>
          <ul className="faults">
            {terminalAnswers.map((id) => (
              <li key={id}>
                <TerminalChoice answer={answers.find((a) => a.id === id)} t={t} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ask === 'network' ? (
        <section className="answer whose-host" aria-labelledby="ask-heading">
          <h2 id="ask-heading" ref={next} tabIndex={-1}>
            {t.none.networkHeading}
          </h2>
          <ul className="do-now">
            {t.none.networkLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {commFailure ? (
            <FaultCard entry={commFailure} to={{ name: 'start', fault: commFailure.id }} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** A guide opens; a message answer opens its own page (the lookup of its first text). */
function TerminalChoice(props: { answer: Answer | undefined; t: LookupText }) {
  const { answer, t } = props;
  if (!answer) return null;
  if (answer.kind === 'guide')
    return <FaultCard entry={answer.entry} to={guideRoute(answer.guide)} />;
  if (answer.kind !== 'msg') return null;
  const msg: MessageId = answer.msg;
  return (
    <NavLink to={{ name: 'lookup', q: answer.texts[0]! }} className="fault-card message-card">
      <span className="fault-message" lang="zh-CN">
        「{answer.texts[0]}」
      </span>
      <span className="fault-title">{t.messages[msg].title}</span>
    </NavLink>
  );
}
