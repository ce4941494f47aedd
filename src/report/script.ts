/**
 * What to say on a call to the provider: a few short lines to read out, built from the guide's
 * screen text, the saved terminal (S/N, merchant and terminal numbers, model) and the answer
 * log (what was tried, "already tried" answers included: every answered remedy step is read
 * from the log, whatever its answer; and a doubt about tampering the 10-second look left). Pure: no React, no storage, no window.
 *
 * Only what the merchant may give on a call they made themselves: never a password or a PIN
 * (nothing here has one), and the numbers support asks for, unmasked.
 */
import { formatDateTime } from '../i18n/format';
import type { ChoiceEvent, Guide, Lang, StepMeta } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import type { IncidentRecord, TerminalRecord } from '../storage/records';
import { pathOf } from '../faults/engine';
import { choiceLabel, summaryLines } from '../i18n/runText';

const fill = (template: string, vars: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

export interface ScriptInput {
  guide: Guide;
  lang: Lang;
  ui: UiText;
  incident: Pick<IncidentRecord, 'log' | 'startedAt'>;
  terminal?: TerminalRecord | undefined;
  timeZone?: string;
}

/** The terminal facts support asks for, in the order they ask: model, S/N, merchant, terminal. */
export function terminalFacts(
  ui: UiText,
  terminal: TerminalRecord | undefined,
): { label: string; value: string }[] {
  if (!terminal) return [];
  const t = ui.terminals;
  const model = [terminal.brand, terminal.model].filter((s) => s && s.trim() !== '').join(' ');
  return [
    ...(model ? [{ label: t.brandModel, value: model }] : []),
    ...(terminal.serial ? [{ label: ui.report.serial, value: terminal.serial }] : []),
    ...(terminal.merchantNo ? [{ label: t.merchantNo, value: terminal.merchantNo }] : []),
    ...(terminal.terminalNo ? [{ label: t.terminalNo, value: terminal.terminalNo }] : []),
  ];
}

/** What was tried: each answered remedy or info step with its answer ("Restarted: No, still wrong"). */
export function triedLines(guide: Guide, lang: Lang, ui: UiText, log: IncidentRecord['log']) {
  return summaryLines(guide, lang, ui, log).filter((l) => {
    const node = guide.machine.root.states[l.stepId] as { meta?: StepMeta } | undefined;
    return node?.meta?.kind === 'remedy';
  });
}

export function callScript(input: ScriptInput): string[] {
  const { guide, lang, ui, incident, terminal } = input;
  const s = ui.script;
  const text = guide.content[lang];
  const screen = pathOf(incident.log)
    .filter((e) => e.event.startsWith('screen.'))
    .map((e) => choiceLabel(text, ui, e.from, e.event as ChoiceEvent));
  const lines = [s.hello, fill(s.screen, { text: text.terminalMessage })];
  for (const said of screen) lines.push(fill(s.screenChoice, { text: said }));
  const model = [terminal?.brand, terminal?.model].filter((v) => v && v.trim() !== '').join(' ');
  if (model) lines.push(fill(s.model, { value: model }));
  if (terminal?.serial) lines.push(fill(s.serial, { value: terminal.serial }));
  if (terminal?.merchantNo) lines.push(fill(s.merchantNo, { value: terminal.merchantNo }));
  if (terminal?.terminalNo) lines.push(fill(s.terminalNo, { value: terminal.terminalNo }));
  lines.push(
    fill(s.since, {
      time: formatDateTime(incident.startedAt, lang, { style: 'short', timeZone: input.timeZone }),
    }),
  );
  const tried = triedLines(guide, lang, ui, incident.log).map((l) =>
    l.answer === '✓' ? l.step : `${l.step} (${l.answer})`,
  );
  const sep = lang === 'zh' ? '；' : '; ';
  lines.push(tried.length > 0 ? fill(s.tried, { list: tried.join(sep) }) : s.nothingTried);
  // "Nothing seen, still unsure" at the 10-second look: the provider hears the doubt and judges it.
  if (pathOf(incident.log).some((e) => e.from === 'lookCheck' && e.event === 'answer.unsure'))
    lines.push(s.doubt);
  const missing = [
    ...(terminal?.serial ? [] : [ui.report.serial]),
    ...(terminal?.merchantNo ? [] : [ui.terminals.merchantNo]),
    ...(terminal?.terminalNo ? [] : [ui.terminals.terminalNo]),
  ];
  if (missing.length > 0)
    lines.push(fill(s.missing, { list: missing.join(lang === 'zh' ? '、' : ', ') }));
  return lines;
}
