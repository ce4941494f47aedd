/**
 * The report for support: one incident as plain text in the current language, to paste into a
 * chat or an e-mail to the provider. Pure: no React, no storage, no window; the share button
 * loads the records and hands them in.
 *
 * Only what the merchant may hand over: note text is run through the card-data guard once more
 * (it is stored masked already), photos are only counted, and no PIN-flagged draft is included
 * (drafts are left out).
 */
import type { ChoiceEvent, Guide, Lang } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import { guardText } from '../rules/cardGuard';
import { parsePhone } from '../rules/phone';
import type { IncidentRecord, NoteRecord, TerminalRecord } from '../storage/records';
import { pathOf } from '../faults/engine';
import { choiceLabel, summaryText } from '../i18n/runText';

export interface ReportInput {
  guide: Guide;
  lang: Lang;
  ui: UiText;
  incident: IncidentRecord;
  /** The incident's terminal, when it has one that still exists. */
  terminal?: TerminalRecord;
  notes: readonly NoteRecord[];
  /** Time zone for the times shown (default: the phone's). */
  timeZone?: string;
}

const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );

function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}

/** "12 min", "1 h 5 min", "under 1 min" (and the Chinese forms). */
export function formatDuration(ms: number, ui: UiText): string {
  const minutes = Math.round(Math.max(0, ms) / 60_000);
  if (minutes < 1) return ui.report.underMinute;
  if (minutes < 60) return fill(ui.report.minutes, { m: minutes });
  return fill(ui.report.hoursMinutes, { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** The name of a step for a note: its summary or heading, or "after the incident". */
export function stepName(guide: Guide, lang: Lang, ui: UiText, stepId: string): string {
  if (stepId === '') return ui.notes.afterIncident;
  const st = guide.content[lang].states[stepId];
  return st?.summary ?? st?.heading ?? stepId;
}

export function reportTitle(guide: Guide, lang: Lang, ui: UiText): string {
  return `${ui.appName}${ui.report.colon}${ui.report.title} — ${guide.content[lang].title}`;
}

/** pos-rescue-report-YYYY-MM-DD-HHMM.txt, from the incident's start (local time). */
export function reportFileName(incident: IncidentRecord): string {
  const d = new Date(incident.startedAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `pos-rescue-report-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}.txt`;
}

function terminalLines(ui: UiText, incident: IncidentRecord, t?: TerminalRecord): string[] {
  const r = ui.report;
  if (!t) {
    return [`${r.terminal}${r.colon}${incident.terminalId ? r.terminalDeleted : r.notRecorded}`];
  }
  const lines = [`${r.terminal}${r.colon}${t.name}`];
  const brandModel = [t.brand, t.model].filter((s) => s && s.trim() !== '').join(' ');
  if (brandModel) lines.push(`${r.brandModel}${r.colon}${brandModel}`);
  if (t.serial) lines.push(`${r.serial}${r.colon}${t.serial}`);
  if (t.provider) lines.push(`${r.provider}${r.colon}${t.provider}`);
  if (t.providerPhone) {
    const phone = parsePhone(t.providerPhone);
    lines.push(`${r.hotline}${r.colon}${phone.ok ? phone.display : t.providerPhone}`);
  }
  return lines;
}

export function reportText(input: ReportInput): string {
  const { guide, lang, ui, incident, terminal } = input;
  const r = ui.report;
  const text = guide.content[lang];
  const zone = input.timeZone ? { timeZone: input.timeZone } : {};
  const dateTime = new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...zone,
  });
  const day = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'short', ...zone });
  const time = new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short', ...zone });

  const end = incident.endedAt ?? incident.updatedAt;
  const endHeading = incident.endState ? text.states[incident.endState]?.heading : undefined;
  const result = r.status[incident.status] + (endHeading ? ` — ${endHeading}` : '');
  const screen = pathOf(incident.log)
    .filter((e) => e.event.startsWith('screen.'))
    .map((e) => choiceLabel(text, ui, e.from, e.event as ChoiceEvent));

  const lines: string[] = [
    reportTitle(guide, lang, ui),
    '',
    `${r.fault}${r.colon}${text.title}`,
    `${r.terminalMessage}${r.colon}「${text.terminalMessage}」`,
    ...screen.map((s) => `${r.screenSaid}${r.colon}${s}`),
    ...terminalLines(ui, incident, terminal),
    `${r.started}${r.colon}${dateTime.format(incident.startedAt)}`,
    `${r.duration}${r.colon}${formatDuration(end - incident.startedAt, ui)}`,
    `${r.result}${r.colon}${result}`,
    '',
  ];

  const checked = summaryText(guide, lang, ui, incident.log, [
    `${ui.end.summaryHeading}${r.colon.trim()}`,
  ]);
  lines.push(checked);
  if (pathOf(incident.log).length === 0) lines.push(`- ${ui.end.summaryEmpty}`);

  const notes = input.notes
    .filter((n) => !n.draft && n.incidentId === incident.id)
    .sort((a, b) => a.createdAt - b.createdAt);
  lines.push('', `${r.notes}${r.colon.trim()}`);
  if (notes.length === 0) lines.push(`- ${r.noNotes}`);
  for (const n of notes) {
    const sameDay = day.format(n.createdAt) === day.format(incident.startedAt);
    const at = sameDay ? time.format(n.createdAt) : dateTime.format(n.createdAt);
    lines.push(`- ${at} (${stepName(guide, lang, ui, n.stepId)})`);
    const body = guardText(n.text).text.trim();
    if (body) lines.push(...body.split(/\r?\n/).map((l) => `  ${l}`));
    if (n.photo) lines.push(`  [${r.onePhoto}]`);
  }
  return lines.join('\n');
}
