/** "What to say": the call script (script.ts) as short lines to read out on the call. */
import type { Guide } from '../faults/types';
import { useLang } from '../i18n/i18n';
import type { IncidentRecord, TerminalRecord } from '../storage/records';
import { callScript } from './script';

export function CallScript(props: {
  guide: Guide;
  incident: Pick<IncidentRecord, 'log' | 'startedAt'>;
  terminal: TerminalRecord | undefined;
}) {
  const { ui, lang } = useLang();
  const lines = callScript({ lang, ui, ...props });
  return (
    <section className="call-script" aria-labelledby="call-script-heading">
      <h2 id="call-script-heading">{ui.script.heading}</h2>
      <p className="small">{ui.script.intro}</p>
      <blockquote>
        {lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </blockquote>
    </section>
  );
}
