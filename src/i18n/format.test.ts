import { describe, expect, it } from 'vitest';
import {
  dateLocale,
  dateStamp,
  dateTimeStamp,
  format,
  formatDateTime,
  formatDay,
  formatDuration,
  formatTime,
} from './format';
import { uiEn } from './ui.en';
import { uiZh } from './ui.zh';

const S = 1000;
const MIN = 60 * S;

describe('formatDuration: one format for history, report and practice', () => {
  it.each([
    [0, '0 s', '0 秒'],
    [999, '0 s', '0 秒'], // whole seconds, never rounded up
    [40 * S, '40 s', '40 秒'],
    [MIN + S, '1 min 01 s', '1 分 01 秒'],
    [12 * MIN, '12 min 00 s', '12 分 00 秒'],
    [65 * MIN, '1 h 5 min', '1 小时 5 分'],
    [-5, '0 s', '0 秒'],
  ])('%d ms → %s / %s', (ms, en, zh) => {
    expect(formatDuration(ms, uiEn)).toBe(en);
    expect(formatDuration(ms, uiZh)).toBe(zh);
  });
});

describe('stamps and placeholders', () => {
  it('stamps local dates and times, zero-padded and sortable', () => {
    const t = new Date(2025, 0, 5, 7, 4).getTime();
    expect(dateStamp(t)).toBe('2025-01-05');
    expect(dateTimeStamp(t)).toBe('2025-01-05 07:04');
  });

  it('fills known placeholders and keeps unknown ones', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('moments: one locale and one set of formats for every screen, the script and the packet', () => {
  // 2025-01-15 09:30:05 in Shanghai.
  const at = Date.UTC(2025, 0, 15, 1, 30, 5);
  const timeZone = 'Asia/Shanghai';

  it('English is day before month with a 24-hour clock (en-GB); Chinese is zh-CN', () => {
    expect(dateLocale('en')).toBe('en-GB');
    expect(dateLocale('zh')).toBe('zh-CN');
    expect(formatDateTime(at, 'en', { timeZone })).toBe('15 Jan 2025, 09:30');
    expect(formatDateTime(at, 'zh', { timeZone })).toBe('2025年1月15日 09:30');
    expect(formatDateTime(at, 'en', { style: 'short', timeZone })).toBe('15/01/2025, 09:30');
    expect(formatDay(at, 'en', { timeZone })).toBe('15/01/2025');
    expect(formatTime(at, 'en', { timeZone })).toBe('09:30');
    expect(formatTime(at, 'en', { seconds: true, timeZone })).toBe('09:30:05');
    expect(formatTime(at, 'zh', { seconds: true, timeZone })).toBe('09:30:05');
  });
});
