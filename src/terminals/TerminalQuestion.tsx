/**
 * At the start of a guide: "which terminal has the fault?", asked only when the shop saved more
 * than one. One question, one large button per terminal, plus "not listed".
 */
import { useCallback, useMemo, useState } from 'react';
import { useTerminals } from '../infra/useRecords';
import { useLang } from '../i18n/i18n';
import type { TerminalRecord } from '../storage/records';
import { useFocusHeading } from '../ui/useFocusHeading';

export type TerminalChoice =
  | { status: 'loading' }
  | { status: 'ask'; terminals: TerminalRecord[] }
  /** terminalId undefined: none saved, "not listed", or the list could not be read. */
  | { status: 'chosen'; terminalId?: string };

/** Which terminal a new incident is about: asked when there are several, else decided at once. */
export function useTerminalChoice(): [TerminalChoice, (terminalId?: string) => void] {
  const terminals = useTerminals();
  /** The merchant's answer, once asked. */
  const [chosen, setChosen] = useState<TerminalChoice | null>(null);
  const choice = useMemo((): TerminalChoice => {
    if (chosen) return chosen;
    if (terminals.status === 'loading') return { status: 'loading' };
    const list = terminals.status === 'ready' ? terminals.value : [];
    if (list.length > 1) return { status: 'ask', terminals: list };
    return list[0] ? { status: 'chosen', terminalId: list[0].id } : { status: 'chosen' };
  }, [chosen, terminals]);
  const choose = useCallback(
    (terminalId?: string) =>
      setChosen(terminalId ? { status: 'chosen', terminalId } : { status: 'chosen' }),
    [],
  );
  return [choice, choose];
}

export function TerminalQuestion(props: {
  terminals: readonly TerminalRecord[];
  onChoose: (terminalId?: string) => void;
}) {
  const { ui } = useLang();
  const ref = useFocusHeading('terminal-question');
  return (
    <main id="main" className="step terminal-question">
      <h1 ref={ref} tabIndex={-1}>
        {ui.terminals.which}
      </h1>
      <div className="choices" role="group" aria-label={ui.terminals.which}>
        {props.terminals.map((t) => {
          const detail = [t.brand, t.model, t.provider].filter(Boolean).join(' · ');
          return (
            <button
              key={t.id}
              type="button"
              className="choice"
              onClick={() => props.onChoose(t.id)}
            >
              {t.name}
              {detail ? <span className="choice-detail"> {detail}</span> : null}
            </button>
          );
        })}
        <button type="button" className="choice" onClick={() => props.onChoose()}>
          {ui.terminals.notListed}
        </button>
      </div>
    </main>
  );
}
