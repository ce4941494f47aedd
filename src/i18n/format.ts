/**
 * Text formats used on many screens, defined once (pure: the report, the CSV export and the
 * screens all use them): `{name}` placeholders, a duration, a date and time for people, and the
 * local date stamps of file names.
 */
import type { Lang } from '../faults/types';
import type { UiText } from './ui.en';

/** Replaces {name} placeholders. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/**
 * A duration, in whole seconds (never rounded up): "40 s", "12 min 05 s", "1 h 5 min" (and the
 * Chinese forms). One format for history, the report and practice, so one run reads the same
 * everywhere.
 */
export function formatDuration(ms: number, ui: UiText): string {
  const d = ui.common.duration;
  const total = Math.floor(Math.max(0, ms) / 1000);
  if (total < 60) return format(d.seconds, { s: total });
  const minutes = Math.floor(total / 60);
  if (minutes < 60) {
    return format(d.minutes, { m: minutes, s: String(total % 60).padStart(2, '0') });
  }
  return format(d.hours, { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/**
 * The locale of every date and time the app shows or sends: zh-CN, or en-GB for English (day
 * before month and a 24-hour clock, as on the terminal's receipts and as support reads them). One
 * choice, so the screen, the call script and the support packet show the same moment the same way.
 */
export function dateLocale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}

export interface MomentOptions {
  /** 'medium': "15 Jan 2025, 09:30"; 'short': "15/01/2025, 09:30" (lists, where room is short). */
  style?: 'short' | 'medium';
  /** A time zone (tests, a report for support elsewhere); default: the phone's. */
  timeZone?: string | undefined;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function cached(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(dateLocale(lang), options)));
  return f;
}

const zoneOf = (o: MomentOptions) => (o.timeZone ? { timeZone: o.timeZone } : {});

/** A moment for people to read, in the language: "15 Jan 2025, 09:30" / "2025年1月15日 09:30". */
export function formatDateTime(ms: number, lang: Lang, options: MomentOptions = {}): string {
  const style = options.style ?? 'medium';
  return cached(lang, { dateStyle: style, timeStyle: 'short', ...zoneOf(options) }).format(ms);
}

/** A day: "15/01/2025" / "2025/1/15". */
export function formatDay(ms: number, lang: Lang, options: MomentOptions = {}): string {
  return cached(lang, { dateStyle: 'short', ...zoneOf(options) }).format(ms);
}

/** A time of day: "09:30" (with seconds where steps follow each other within a minute). */
export function formatTime(
  ms: number,
  lang: Lang,
  options: MomentOptions & { seconds?: boolean } = {},
): string {
  const timeStyle = options.seconds ? 'medium' : 'short';
  return cached(lang, { timeStyle, ...zoneOf(options) }).format(ms);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local date, sortable: 2025-01-05 (file names). */
export function dateStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local date and time, sortable: 2025-01-05 07:04 (spreadsheets). */
export function dateTimeStamp(ms: number): string {
  const d = new Date(ms);
  return `${dateStamp(ms)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
