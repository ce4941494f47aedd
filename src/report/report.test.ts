import { describe, expect, it } from 'vitest';
import { keyErrorGuide } from '../faults/keyError/keyError.guide';
import type { ChoiceEvent, Lang } from '../faults/types';
import { uiEn } from '../i18n/ui.en';
import { uiZh } from '../i18n/ui.zh';
import type { IncidentRecord, NoteRecord, TerminalRecord } from '../storage/records';
import { isDone, stateId } from '../faults/engine';
import { choose, goBack, newIncident } from '../wizard/incidentRun';
import { format } from '../i18n/i18n';
import { reportFileName, reportText, reportTitle } from './report';
import { callScript } from './script';

const guide = keyErrorGuide;
const T0 = Date.UTC(2025, 0, 15, 1, 30); // 09:30 in Shanghai
const MIN = 60_000;

/**
 * A0 on screen → no exposure (after answering "yes" and going back) → not charged → manual
 * sign-in: already tried, did not help → reopen the app and restart → fixed. Also returns the
 * answers that stood, as the merchant gave them: state, answer, time.
 */
function walk(): { record: IncidentRecord; stood: [string, ChoiceEvent, number][] } {
  let view = newIncident(guide, { id: 'inc-1', now: T0, terminalId: 't1' });
  const stood: [string, ChoiceEvent, number][] = [];
  const answer = (event: ChoiceEvent, at: number) => {
    stood.push([stateId(view.snapshot), event, at]);
    view = choose(guide, view, event, at);
  };
  answer('screen.a0', T0 + MIN);
  // A slip, taken back: it must not show in the summary.
  view = choose(guide, view, 'answer.yes', T0 + MIN + 20_000);
  view = goBack(guide, view, T0 + MIN + 40_000);
  answer('answer.no', T0 + 2 * MIN);
  answer('answer.no', T0 + 3 * MIN);
  answer('tried', T0 + 4 * MIN);
  answer('fixed.yes', T0 + 12 * MIN);
  expect(isDone(view.snapshot)).toBe(true);
  return { record: view.record, stood };
}
const walkedIncident = () => walk().record;

const terminal: TerminalRecord = {
  id: 't1',
  name: 'front counter',
  brand: 'Newland',
  model: 'ME31',
  serial: 'N7G0012345',
  merchantNo: '898310048161234',
  terminalNo: '90010203',
  provider: 'ICBC',
  providerPhone: '4001234567',
  createdAt: 1,
  updatedAt: 1,
};

function notes(): NoteRecord[] {
  return [
    {
      id: 'n2',
      incidentId: 'inc-1',
      stepId: '',
      createdAt: T0 + 13 * MIN,
      updatedAt: T0 + 13 * MIN,
      text: 'Works again.\nTest sale OK.',
      photo: new Blob(['jpeg'], { type: 'image/jpeg' }),
    },
    {
      id: 'n1',
      incidentId: 'inc-1',
      stepId: 'signIn',
      createdAt: T0 + 5 * MIN,
      updatedAt: T0 + 5 * MIN,
      // Stored notes are masked already; an unmasked one is masked again here all the same.
      text: 'Customer card 4111 1111 1111 1111 was declined',
    },
    {
      id: 'd',
      incidentId: 'inc-1',
      stepId: 'restart',
      createdAt: T0 + 6 * MIN,
      updatedAt: T0 + 6 * MIN,
      text: 'draft with 密码 123456',
      draft: true,
    },
    {
      id: 'other',
      incidentId: 'inc-2',
      stepId: '',
      createdAt: T0,
      updatedAt: T0,
      text: 'another incident',
    },
  ];
}

const expected: Record<Lang, string[]> = {
  en: [
    'POS Rescue: Report for support — Key error',
    'Fault: Key error',
    'Terminal message: 「密钥错误，请重新启动客户端」',
    'The screen said: A0 校验错，请重新签到 (check failed, sign in again)',
    'Terminal: front counter',
    'Brand and model: Newland ME31',
    'Serial number: N7G0012345',
    'Merchant number (商户号): 898310048161234',
    'Terminal number (终端号): 90010203',
    'Provider: ICBC',
    'Provider hotline: 400-123-4567',
    'Started: 15 Jan 2025, 09:30',
    'Duration: 12 min 00 s',
    'What was checked and tried:',
    'Notes:',
    '- 09:35 (Manual sign-in)',
    '  Customer card •••• 1111 was declined',
    '- 09:43 (After the incident)',
    '  Works again.',
    '  Test sale OK.',
    '  [photo 1, attached as pos-rescue-photo-1.jpg]',
  ],
  zh: [
    'POS 急救：故障报告 — 密钥错误',
    '故障：密钥错误',
    'POS机提示：「密钥错误，请重新启动客户端」',
    '屏幕显示：A0 校验错，请重新签到',
    'POS机：front counter',
    '品牌型号：Newland ME31',
    '序列号：N7G0012345',
    '商户号：898310048161234',
    '终端号：90010203',
    '服务商：ICBC',
    '服务商电话：400-123-4567',
    '开始时间：2025年1月15日 09:30',
    '用时：12 分 00 秒',
    '已检查和尝试过的：',
    '备注：',
    '  Customer card •••• 1111 was declined',
    '- 09:35 (手动签到)',
    '- 09:43 (处理结束后)',
    '  [照片 1，附件 pos-rescue-photo-1.jpg]',
  ],
};

describe.each([
  ['en', uiEn],
  ['zh', uiZh],
] as const)('report in %s', (lang, ui) => {
  const incident = walkedIncident();
  const text = reportText({
    guide,
    lang,
    ui,
    incident,
    terminal,
    notes: notes(),
    timeZone: 'Asia/Shanghai',
  });
  const lines = text.split('\n');

  it('has the fault, the terminal, the times and the notes, line by line', () => {
    for (const line of expected[lang]) expect(lines).toContain(line);
    expect(lines[0]).toBe(reportTitle(guide, lang, ui));
  });

  it('has every answer that stood, in order, with its time, after its heading', () => {
    const from = lines.indexOf(`${ui.end.summaryHeading}${ui.report.colon.trim()}`);
    expect(from).toBeGreaterThan(0);
    // Written from the walk itself and the guide's words, not from the summary code.
    const text = guide.content[lang];
    const steps = walk().stood.map(([state, event, at]) => {
      const step = text.states[state]!.summary ?? text.states[state]!.heading;
      const said =
        event === 'tried'
          ? ui.step.triedBefore
          : (text.states[state]!.choices?.[event] ??
            (ui.step.choices as Record<string, string>)[event]!);
      const time = new Date(at + 8 * 3_600_000).toISOString().slice(11, 16);
      return `- ${time} ${ui.end.answered.replace('{step}', step).replace('{answer}', said)}`;
    });
    expect(steps).toHaveLength(5);
    expect(lines.slice(from + 1, from + 1 + steps.length)).toEqual(steps);
  });

  it('says which remedy was tried before the app was opened', () => {
    const signIn = guide.content[lang].states.signIn!.summary!;
    // Each step line starts with the time of its answer ("- 14:05 Manual sign-in: …").
    const tried = ui.end.answered
      .replace('{step}', signIn)
      .replace('{answer}', ui.step.triedBefore);
    expect(lines.map((l) => l.replace(/^- \d{1,2}:\d{2} /, '- '))).toContain(`- ${tried}`);
  });

  it('says how it ended', () => {
    const end = guide.content[lang].states[incident.endState ?? '']?.heading;
    expect(end).toBeTruthy();
    expect(lines).toContain(
      `${ui.report.result}${ui.report.colon}${ui.report.status.resolved} — ${end}`,
    );
  });

  it('never holds a card number, a draft, or another incident’s note', () => {
    expect(text).not.toMatch(/4111/);
    expect(text).not.toMatch(/123456/);
    expect(text).not.toContain('another incident');
    // Notes oldest first.
    const photoLine = '[' + format(ui.report.photoFile, { n: 1, file: 'pos-rescue-photo-1.jpg' });
    expect(text.indexOf('•••• 1111')).toBeLessThan(text.indexOf(photoLine));
  });

  it('carries a doubt left after the 10-second look, for the provider to judge', () => {
    // Not sure about exposure, nothing seen in the look, still unsure (the key error stops cards
    // there; the tamper guides go on): the packet and the call script say so.
    let view = newIncident(guide, { id: 'inc-3', now: T0 });
    for (const e of ['screen.keyError', 'answer.unsure', 'answer.unsure'] as ChoiceEvent[])
      view = choose(guide, view, e, T0 + MIN);
    expect(isDone(view.snapshot)).toBe(false);
    const look = guide.content[lang].states.lookCheck!;
    const doubt = ui.end.answered
      .replace('{step}', look.summary!)
      .replace('{answer}', look.choices!['answer.unsure']!);
    const packet = reportText({ guide, lang, ui, incident: view.record, notes: [] });
    expect(packet.split('\n').map((l) => l.replace(/^- \d{1,2}:\d{2} /, '- '))).toContain(
      `- ${doubt}`,
    );
    const said = (log: IncidentRecord['log']) =>
      callScript({ guide, lang, ui, incident: { log, startedAt: T0 } });
    expect(said(view.record.log)).toContain(ui.script.doubt);
    // Not after "none of these", nor after a doubt taken back.
    const none = choose(guide, goBack(guide, view, T0 + 2 * MIN), 'answer.no', T0 + 3 * MIN);
    expect(said(none.record.log)).not.toContain(ui.script.doubt);
  });

  it('without a terminal, or with a deleted one, says so', () => {
    const none = reportText({
      guide,
      lang,
      ui,
      incident: { ...incident, terminalId: undefined },
      notes: [],
    });
    expect(none.split('\n')).toContain(
      `${ui.report.terminal}${ui.report.colon}${ui.report.notRecorded}`,
    );
    expect(none.split('\n')).toContain(`${ui.report.notes}${ui.report.colon.trim()}`);
    expect(none.split('\n')).toContain(`- ${ui.report.noNotes}`);
    const deleted = reportText({ guide, lang, ui, incident, notes: [] });
    expect(deleted.split('\n')).toContain(
      `${ui.report.terminal}${ui.report.colon}${ui.report.terminalDeleted}`,
    );
  });
});

describe('report helpers', () => {
  it('names the file after the incident’s local start time', () => {
    const start = new Date(2025, 0, 5, 7, 4).getTime();
    expect(reportFileName({ startedAt: start } as IncidentRecord)).toBe(
      'pos-rescue-report-2025-01-05-0704.txt',
    );
  });
});
