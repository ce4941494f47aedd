/**
 * The report for support: one incident as plain text in the current language, to paste into a
 * chat or an e-mail to the provider. Pure: no React, no storage, no window; the share button
 * loads the records and hands them in.
 *
 * Only what the merchant may hand over: note text is run through the card-data guard once more
 * (it is stored masked already), photos are named here and attached as files by the share
 * button (`reportPhotos`), and no PIN-flagged draft is included (drafts are left out). The S/N,
 * merchant and terminal numbers are given as saved: support asks for them.
 */
import type { ChoiceEvent, Guide, Lang } from '../faults/types';
import { dateStamp, formatDateTime, formatDay, formatDuration, formatTime } from '../i18n/format';
import type { UiText } from '../i18n/ui.en';
import { guardText } from '../rules/cardGuard';
import { parsePhone } from '../rules/phone';
import type { IncidentRecord, NoteRecord, TerminalRecord } from '../storage/records';
import { pathOf } from '../faults/engine';
import { choiceLabel, summaryLines } from '../i18n/runText';

const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );

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
  const hhmm = `${d.getHours()}`.padStart(2, '0') + `${d.getMinutes()}`.padStart(2, '0');
  return `pos-rescue-report-${dateStamp(incident.startedAt)}-${hhmm}.txt`;
}

function terminalLines(ui: UiText, incident: IncidentRecord, t?: TerminalRecord): string[] {
  const r = ui.report;
  if (!t) {
    return [`${r.terminal}${r.colon}${incident.terminalId ? r.terminalDeleted : r.notRecorded}`];
  }
  const lines = [`${r.terminal}${r.colon}${t.name}`];
  const brandModel = [t.brand, t.model].filter((s) => s && s.trim() !== '').join(' ');
  if (brandModel) lines.push(`${ui.terminals.brandModel}${r.colon}${brandModel}`);
  if (t.serial) lines.push(`${r.serial}${r.colon}${t.serial}`);
  if (t.merchantNo) lines.push(`${ui.terminals.merchantNo}${r.colon}${t.merchantNo}`);
  if (t.terminalNo) lines.push(`${ui.terminals.terminalNo}${r.colon}${t.terminalNo}`);
  if (t.provider) lines.push(`${ui.terminals.provider}${r.colon}${t.provider}`);
  if (t.providerPhone) {
    const phone = parsePhone(t.providerPhone);
    lines.push(`${ui.terminals.hotline}${r.colon}${phone.ok ? phone.display : t.providerPhone}`);
  }
  return lines;
}

/** The notes a report carries: saved (not drafts), of this incident, oldest first. */
export function reportNotes(input: Pick<ReportInput, 'incident' | 'notes'>): NoteRecord[] {
  return input.notes
    .filter((n) => !n.draft && n.incidentId === input.incident.id)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** The photos of a report, numbered as the text names them: pos-rescue-photo-1.jpg, … */
export function reportPhotos(
  input: Pick<ReportInput, 'incident' | 'notes'>,
): { name: string; blob: Blob }[] {
  return reportNotes(input).flatMap((n, i, all) => {
    if (!n.photo) return [];
    const number = all.slice(0, i + 1).filter((x) => x.photo).length;
    const ext =
      n.photo.type === 'image/png' ? 'png' : n.photo.type === 'image/webp' ? 'webp' : 'jpg';
    return [{ name: `pos-rescue-photo-${number}.${ext}`, blob: n.photo }];
  });
}

export function reportText(input: ReportInput): string {
  const { guide, lang, ui, incident, terminal } = input;
  const r = ui.report;
  const text = guide.content[lang];
  const zone = { timeZone: input.timeZone };

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
    `${r.started}${r.colon}${formatDateTime(incident.startedAt, lang, zone)}`,
    `${r.duration}${r.colon}${formatDuration(end - incident.startedAt, ui)}`,
    `${r.result}${r.colon}${result}`,
    `${r.guideVersion}${r.colon}${guide.id} v${incident.guideVersion}`,
    '',
  ];

  // Each answer with its time ("already tried" answers included: every logged answer is here).
  lines.push(`${ui.end.summaryHeading}${r.colon.trim()}`);
  for (const l of summaryLines(guide, lang, ui, incident.log)) {
    const at = formatTime(l.at, lang, zone);
    lines.push(
      `- ${at} ${ui.end.answered.replace('{step}', l.step).replace('{answer}', l.answer)}`,
    );
  }
  if (pathOf(incident.log).length === 0) lines.push(`- ${ui.end.summaryEmpty}`);

  const notes = reportNotes(input);
  const photos = reportPhotos(input);
  let photoIndex = 0;
  lines.push('', `${r.notes}${r.colon.trim()}`);
  if (notes.length === 0) lines.push(`- ${r.noNotes}`);
  for (const n of notes) {
    const sameDay =
      formatDay(n.createdAt, lang, zone) === formatDay(incident.startedAt, lang, zone);
    const at = sameDay
      ? formatTime(n.createdAt, lang, zone)
      : formatDateTime(n.createdAt, lang, zone);
    lines.push(`- ${at} (${stepName(guide, lang, ui, n.stepId)})`);
    const body = guardText(n.text).text.trim();
    if (body) lines.push(...body.split(/\r?\n/).map((l) => `  ${l}`));
    if (n.photo) {
      const file = photos[photoIndex++]?.name ?? '';
      lines.push(`  [${fill(r.photoFile, { n: photoIndex, file })}]`);
    }
  }
  return lines.join('\n');
}
