/**
 * A provider's own copy (provider.json, here the shipped sample as the build would give it),
 * through the real App and real storage: its hotlines as call buttons on a call step, its first
 * hotline in "call only this number", a new terminal pre-filled with its name and first hotline,
 * its welcome on the home — and the merchant's own saved number winning over all of it.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIncident, setup } from '../app/screen.testkit';
import { keyErrorGuide } from '../faults/keyError/keyError.guide';
import { securityLockGuide } from '../faults/securityLock/securityLock.guide';
import type { ChoiceEvent } from '../faults/types';
import { format } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { parsePhone } from '../rules/phone';
import type { ProviderInfo } from '../rules/provider.schema';
import type { TerminalRecord } from '../storage/records';
import { terminalsText } from './TerminalsPage';

// The build's two modules for a provider file (scripts/provider-plugin.ts), with the sample.
const { sample } = await vi.hoisted(async () => {
  const fs = await import('node:fs');
  const file = `${import.meta.dirname}/../../deploy/provider.sample.json`;
  return { sample: JSON.parse(fs.readFileSync(file, 'utf8')) as ProviderInfo };
});
vi.mock('virtual:pos-rescue/provider', () => ({ default: sample }));
vi.mock('virtual:pos-rescue/provider-welcome', () => ({ default: sample.welcome }));

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
});

const telOf = (n: string) => {
  const phone = parsePhone(n);
  if (!phone.ok) throw new Error(`${n} does not dial`);
  return phone.tel;
};
const PROVIDER_TELS = sample.hotlines.map((h) => telOf(h.number));
const OWN = '0571-88886666';

const term = (extra: Partial<TerminalRecord> = {}): TerminalRecord => ({
  id: 't1',
  name: 'Front',
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

/** securityLock's password-reset call (a `provider` call), as in wizard/calls.test.tsx. */
const PASSWORD_RESET: ChoiceEvent[] = ['screen.securityLock', 'answer.no', 'answer.yes'];

/** The tel: links of the call buttons, once the step is `state`. */
async function callLinks(ui: UiText, state: string) {
  await waitFor(() =>
    expect(document.querySelector('main')?.getAttribute('data-state')).toBe(state),
  );
  const section = screen.getByRole('region', { name: ui.calls.heading });
  return within(section)
    .queryAllByRole('link')
    .map((a) => a.getAttribute('href'));
}

describe.each(['en', 'zh'] as const)('a provider’s own copy (%s)', (lang) => {
  const t = terminalsText[lang];

  it('a call step without a number of the merchant’s: the provider’s hotlines, each labelled', async () => {
    const { ui } = await openIncident(lang, securityLockGuide, PASSWORD_RESET);
    for (const h of sample.hotlines) {
      const title = `${sample.name[lang]} · ${h.label[lang]}`;
      const link = await screen.findByRole('link', {
        name: new RegExp(format(ui.calls.providerNamed, { provider: title })),
      });
      expect(link.getAttribute('href')).toBe(telOf(h.number));
    }
    expect(await callLinks(ui, 'passwordReset')).toEqual(PROVIDER_TELS);
  });

  it('the merchant saves their own number at the call step: from then on it wins', async () => {
    const { ui, storage, user } = await openIncident(lang, securityLockGuide, PASSWORD_RESET);
    await screen.findAllByText(sample.name[lang], { exact: false });
    // Folded under the provider's buttons: the field for another number.
    const field = screen.getByRole('textbox', { name: ui.calls.saveNumberLabel });
    expect(field.closest('details')).not.toBeNull();
    await user.click(field.closest('details')!.querySelector('summary')!);
    await user.type(field, OWN);
    await user.click(screen.getByRole('button', { name: ui.calls.saveNumber }));
    await screen.findByText(ui.calls.savedNumber);
    expect(await callLinks(ui, 'passwordReset')).toEqual([telOf(OWN)]);
    const [saved] = await storage.terminals.list();
    expect(saved?.providerPhone).toBe(OWN);
    expect((await storage.incidents.get('i1'))?.terminalId).toBe(saved?.id);
  });

  it('a terminal with its own hotline: only that number, not the provider’s', async () => {
    const { ui } = await openIncident(
      lang,
      securityLockGuide,
      PASSWORD_RESET,
      term({ providerPhone: OWN }),
    );
    const own = parsePhone(OWN);
    await screen.findAllByText(own.ok ? own.display : OWN);
    expect(await callLinks(ui, 'passwordReset')).toEqual([telOf(OWN)]);
    expect(screen.queryByText(sample.name[lang], { exact: false })).toBeNull();
  });

  describe('“call only this number” on a scam warning', () => {
    const steps: ChoiceEvent[] = [
      'screen.keyError',
      'answer.no',
      'answer.no',
      'fixed.no',
      'fixed.no',
    ];

    it('a terminal without a hotline: the provider’s first one', async () => {
      const { ui } = await openIncident(lang, keyErrorGuide, steps, term());
      const line = await screen.findByText(ui.terminals.callOnly, { exact: false });
      expect(within(line).getByRole('link').getAttribute('href')).toBe(PROVIDER_TELS[0]);
    });

    it('a terminal with one: the merchant’s', async () => {
      const { ui } = await openIncident(lang, keyErrorGuide, steps, term({ providerPhone: OWN }));
      const line = await screen.findByText(ui.terminals.callOnly, { exact: false });
      expect(within(line).getByRole('link').getAttribute('href')).toBe(telOf(OWN));
    });
  });

  it('a new terminal starts with the provider’s name and first hotline; what is saved is the merchant’s', async () => {
    const given = await openTestServices();
    await given.storage.terminals.put(term({ providerPhone: OWN, provider: 'Own provider' }));
    const { ui, storage, user } = await setup(lang, '/terminals', given);

    // Editing a saved terminal keeps its own values.
    await user.click(await screen.findByRole('button', { name: new RegExp(t.edit) }));
    expect(screen.getByRole('textbox', { name: ui.terminals.provider })).toHaveValue(
      'Own provider',
    );
    expect(screen.getByRole('textbox', { name: ui.terminals.hotline })).toHaveValue(OWN);
    await user.click(screen.getByRole('button', { name: ui.common.cancel }));

    await user.click(screen.getByRole('button', { name: t.add }));
    expect(screen.getByRole('textbox', { name: ui.terminals.provider })).toHaveValue(
      sample.name[lang],
    );
    const hotline = screen.getByRole('textbox', { name: ui.terminals.hotline });
    expect(hotline).toHaveValue(sample.hotlines[0]!.number);
    await user.type(screen.getByRole('textbox', { name: t.name }), 'Back');
    await user.clear(hotline);
    await user.type(hotline, '138 1234 5678');
    await user.click(screen.getByRole('button', { name: t.save }));
    await screen.findByText(t.saved);
    const back = (await storage.terminals.list()).find((r) => r.name === 'Back');
    expect(back).toMatchObject({ provider: sample.name[lang], providerPhone: '138 1234 5678' });
  });

  it('the home shows the provider’s welcome line', async () => {
    await setup(lang, '/');
    expect(await screen.findByText(sample.welcome![lang])).toBeTruthy();
  });
});
