/**
 * Call buttons where the call happens, read from the machines: for every state of every guide
 * whose meta has `calls`, the screen shows one tap-to-call per target (the saved provider
 * hotline, the fixed numbers), the customer's bank as text, and — on a call to support — what to
 * say with the S/N, merchant and terminal numbers. Without a saved hotline: where to find it, and
 * a field that saves it without leaving the step.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { openIncident } from '../app/screen.testkit';
import { keyErrorGuide } from '../faults/keyError/keyError.guide';
import { pinEntryGuide } from '../faults/pinEntry/pinEntry.guide';
import { securityLockGuide } from '../faults/securityLock/securityLock.guide';
import { stateId, type Snapshot } from '../faults/engine';
import type { CallTarget, ChoiceEvent, Guide, StepMeta } from '../faults/types';
import type { UiText } from '../i18n/ui.en';
import { closeTestStorages } from '../infra/services.testkit';
import { parsePhone } from '../rules/phone';
import type { TerminalRecord } from '../storage/records';

const guides: Guide[] = [keyErrorGuide, securityLockGuide, pinEntryGuide];
const FIXED: Partial<Record<CallTarget, string>> = {
  chinaMobile: 'tel:10086',
  complaint12363: 'tel:12363',
  police110: 'tel:110',
  antiFraud96110: 'tel:96110',
};
const TERMINAL: TerminalRecord = {
  id: 't1',
  name: 'Front counter',
  brand: 'Newland',
  model: 'ME31',
  serial: 'N7NL123456',
  merchantNo: '898310048161234',
  terminalNo: '12345678',
  provider: 'Lakala',
  providerPhone: '400-820-1234',
  createdAt: 1,
  updatedAt: 1,
};

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
});

function allEvents(guide: Guide) {
  const types = new Set<ChoiceEvent>();
  for (const node of Object.values(guide.machine.root.states)) {
    const meta = (node as { meta?: StepMeta }).meta;
    if (meta && meta.kind !== 'end') meta.choices.forEach((c) => types.add(c));
  }
  return [...types].map((type) => ({ type }));
}

/** Every state with `meta.calls`, with the shortest answers that reach it. */
function callStates(guide: Guide) {
  const seen = new Set<string>();
  return getShortestPaths(guide.machine, { events: allEvents(guide) }).flatMap((p) => {
    const s = p.state as Snapshot;
    const meta = guide.machine.root.states[stateId(s)]?.meta as StepMeta | undefined;
    // Once per state (a machine with context reaches some states in several ways).
    if (!meta || !('calls' in meta) || !meta.calls?.length || seen.has(stateId(s))) return [];
    seen.add(stateId(s));
    const events = p.steps.slice(1).map((st) => (st.event as { type: ChoiceEvent }).type);
    return [{ state: stateId(s), calls: meta.calls, events }];
  });
}

function expectCallsShown(ui: UiText, calls: readonly CallTarget[], terminal?: TerminalRecord) {
  const section = screen.getByRole('region', { name: ui.calls.heading });
  const links = within(section).queryAllByRole('link');
  const hrefs = links.map((a) => a.getAttribute('href'));
  const expected = calls.flatMap((c) =>
    c === 'provider'
      ? terminal?.providerPhone
        ? [(parsePhone(terminal.providerPhone) as { tel: string }).tel]
        : []
      : c === 'customerBank'
        ? []
        : [FIXED[c]],
  );
  expect(hrefs).toEqual(expected);
  for (const a of links) {
    // Tall enough for a thumb: the class carries min-height 56px (checked in the browser tests).
    expect(a.className).toContain('call-button');
  }
  if (calls.includes('customerBank')) expect(within(section).getByText(ui.calls.customerBank));
}

describe.each(['en', 'zh'] as const)('call buttons from meta.calls (%s)', (lang) => {
  for (const guide of guides) {
    const states = callStates(guide);
    it(`${guide.id}: has call steps`, () => {
      expect(states.length).toBeGreaterThan(0);
    });
    for (const { state, calls, events } of states) {
      it(`${guide.id}.${state}: ${calls.join(', ')}`, async () => {
        const { ui } = await openIncident(lang, guide, events, TERMINAL);
        await waitFor(() =>
          expect(document.querySelector('main')?.getAttribute('data-state')).toBe(state),
        );
        // The provider button carries the saved number once the terminal is read.
        if (calls.includes('provider')) await screen.findAllByText('400-820-1234');
        expectCallsShown(ui, calls, TERMINAL);
        if (calls.includes('provider') || calls.includes('chinaMobile')) {
          const script = screen.getByRole('region', { name: ui.script.heading });
          for (const n of ['N7NL123456', '898310048161234', '12345678']) {
            expect(within(script).getByText(new RegExp(n))).toBeTruthy();
          }
          // What to have ready is in view on a call, not behind "more".
          const ready = screen.getByRole('region', { name: ui.step.ready });
          expect(ready.closest('details')).toBeNull();
          expect(within(ready).getByText('N7NL123456')).toBeTruthy();
          for (const item of guide.content[lang].states[state]?.ready ?? [])
            expect(within(ready).getByText(item)).toBeTruthy();
        }
      });
    }
  }

  it('without a saved hotline: says where to find it, and saves it without leaving the step', async () => {
    const target = callStates(securityLockGuide).find((s) => s.state === 'passwordReset');
    if (!target) throw new Error('securityLock.passwordReset has no calls');
    const { ui, storage } = await openIncident(lang, securityLockGuide, target.events);
    await screen.findByText(ui.calls.noProviderNumber);
    const user = userEvent.setup();
    const field = screen.getByRole('textbox', { name: ui.calls.saveNumberLabel });
    await user.type(field, '12');
    await user.click(screen.getByRole('button', { name: ui.calls.saveNumber }));
    expect(await screen.findByText(ui.terminals.phoneInvalid)).toBeTruthy();
    expect(await storage.terminals.list()).toEqual([]);

    await user.clear(field);
    await user.type(field, '95588 转 2');
    await user.click(screen.getByRole('button', { name: ui.calls.saveNumber }));
    const call = await screen.findByRole('link', { name: new RegExp(ui.calls.provider) });
    expect(call.getAttribute('href')).toBe('tel:95588,2');
    expect(document.querySelector('main')?.getAttribute('data-state')).toBe('passwordReset');
    // Committed: a terminal with the hotline, tied to the incident.
    const [saved] = await storage.terminals.list();
    expect(saved?.providerPhone).toBe('95588 转 2');
    const incident = await storage.incidents.get('i1');
    expect(incident?.terminalId).toBe(saved?.id);
  });
});
