/**
 * My terminals, through the real App and real storage (fake-indexeddb): add with a Chinese
 * hotline format, validation, edit, delete; the "which terminal?" question at guide start; the
 * provider's number on scam warnings.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../app/App';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { keyErrorGuide } from '../faults/keyError/keyError.guide';
import type { ChoiceEvent, Lang } from '../faults/types';
import { format, htmlLang, loadUi } from '../i18n/i18n';
import type { AppStorage } from '../storage/openStorage';
import type { TerminalRecord } from '../storage/records';
import { choiceLabel } from '../i18n/runText';
import { terminalsText } from './TerminalsPage';

async function setup(lang: Lang, path: string, terminals: TerminalRecord[] = []) {
  history.replaceState(null, '', path);
  localStorage.setItem('pos-rescue.lang', lang);
  document.documentElement.lang = htmlLang(lang);
  const ui = await loadUi(lang);
  const { services, storage } = await openTestServices();
  for (const t of terminals) await storage.terminals.put(t);
  const user = userEvent.setup();
  render(<App initial={{ lang, ui }} services={services} />);
  return { ui, services, storage, user };
}

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
});

const term = (id: string, name: string, extra: Partial<TerminalRecord> = {}): TerminalRecord => ({
  id,
  name,
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

describe.each(['en', 'zh'] as const)('my terminals (%s)', (lang) => {
  it('keeps the merchant and terminal numbers as typed, never as card numbers', async () => {
    const { ui, user, storage } = await setup(lang, '/terminals');
    const t = terminalsText[lang];
    await user.click(await screen.findByRole('button', { name: t.add }));
    await user.type(screen.getByRole('textbox', { name: t.name }), 'Front');
    const merchant = screen.getByRole('textbox', { name: ui.terminals.merchantNo });
    await user.type(merchant, '89831');
    await user.type(screen.getByRole('textbox', { name: ui.terminals.terminalNo }), '12345678');
    await user.click(screen.getByRole('button', { name: t.save }));
    // Too short: a clear message, focus on the field, nothing saved.
    expect(await screen.findByText(t.merchantNoInvalid)).toBeTruthy();
    expect(document.activeElement).toBe(merchant);
    expect(await storage.terminals.list()).toEqual([]);

    await user.type(merchant, '0048161234'); // 898310048161234: 15 digits, passes Luhn, not a card
    await user.click(screen.getByRole('button', { name: t.save }));
    const list = await screen.findByRole('list', { name: t.heading });
    expect(within(list).getByText('898310048161234')).toBeTruthy();
    expect(within(list).getByText('12345678')).toBeTruthy();
    const [saved] = await storage.terminals.list();
    expect(saved).toMatchObject({ merchantNo: '898310048161234', terminalNo: '12345678' });
  });

  it('adds a terminal with a Chinese landline and extension, shown tap-to-call', async () => {
    const { ui, user, storage } = await setup(lang, '/terminals');
    const t = terminalsText[lang];
    await screen.findByRole('heading', { level: 1, name: t.heading });
    expect(await screen.findByText(t.empty)).toBeVisible();
    await user.click(screen.getByRole('button', { name: t.add }));

    const name = screen.getByRole('textbox', { name: t.name });
    expect(document.activeElement).toBe(name);
    await user.type(name, '前台收银');
    await user.type(screen.getByRole('textbox', { name: t.brand }), 'Newland');
    await user.type(screen.getByRole('textbox', { name: t.model }), 'ME31');
    await user.type(screen.getByRole('textbox', { name: t.serial }), 'N7G0012345');
    await user.type(screen.getByRole('textbox', { name: ui.terminals.provider }), '拉卡拉');
    await user.type(
      screen.getByRole('textbox', { name: ui.terminals.hotline }),
      '（0755）8888 6666 转 123',
    );
    expect(
      screen.getByText(format(ui.terminals.phoneDials, { phone: '0755-88886666 转 123' })),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: t.save }));

    const list = await screen.findByRole('list', { name: t.heading });
    expect(within(list).getByRole('heading', { name: '前台收银' })).toBeVisible();
    const call = within(list).getByRole('link', { name: '0755-88886666 转 123' });
    expect(call.getAttribute('href')).toBe('tel:+8675588886666,123');
    expect(screen.getByText(t.saved)).toBeVisible();
    const [saved] = await storage.terminals.list();
    expect(saved).toMatchObject({
      name: '前台收银',
      brand: 'Newland',
      model: 'ME31',
      serial: 'N7G0012345',
      provider: '拉卡拉',
      providerPhone: '（0755）8888 6666 转 123',
    });
  });

  it('asks for a name and a dialable hotline before saving', async () => {
    const { ui, user, storage } = await setup(lang, '/terminals');
    const t = terminalsText[lang];
    await user.click(await screen.findByRole('button', { name: t.add }));
    const phone = screen.getByRole('textbox', { name: ui.terminals.hotline });
    await user.type(phone, '400-123');
    await user.tab(); // leaving the field checks it
    expect((await screen.findByText(ui.terminals.phoneInvalid)).getAttribute('role')).toBe('alert');
    expect(phone.getAttribute('aria-invalid')).toBe('true');

    await user.click(screen.getByRole('button', { name: t.save }));
    expect(await screen.findByText(t.nameRequired)).toBeVisible();
    const name = screen.getByRole('textbox', { name: t.name });
    expect(document.activeElement).toBe(name);
    expect(await storage.terminals.list()).toEqual([]);

    await user.type(name, 'front counter');
    await user.click(screen.getByRole('button', { name: t.save }));
    expect(document.activeElement).toBe(phone);
    expect(await storage.terminals.list()).toEqual([]);

    await user.clear(phone);
    await user.type(phone, '400 123 4567');
    await user.click(screen.getByRole('button', { name: t.save }));
    const list = await screen.findByRole('list', { name: t.heading });
    expect(within(list).getByRole('link', { name: '400-123-4567' }).getAttribute('href')).toBe(
      'tel:4001234567',
    );
  });

  it('refuses a card number in any text field, says why, and saves nothing', async () => {
    const { user, storage } = await setup(lang, '/terminals');
    const t = terminalsText[lang];
    expect(t.cardNumber).toBe(
      lang === 'en'
        ? 'This looks like a card number. Don’t store card numbers here.'
        : '这像是银行卡号。这里不能保存卡号。',
    );
    await user.click(await screen.findByRole('button', { name: t.add }));
    await user.type(screen.getByRole('textbox', { name: t.name }), 'front counter');
    const model = screen.getByRole('textbox', { name: t.model });
    const serial = screen.getByRole('textbox', { name: t.serial });
    await user.type(model, 'x4111111111111111');
    await user.type(serial, '4111 1111 1111 1111');
    await user.click(screen.getByRole('button', { name: t.save }));

    const alerts = await screen.findAllByText(t.cardNumber);
    expect(alerts).toHaveLength(2);
    expect(alerts.every((a) => a.getAttribute('role') === 'alert')).toBe(true);
    expect(model.getAttribute('aria-invalid')).toBe('true');
    expect(serial.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(model); // the first field in error
    expect(await storage.terminals.list()).toEqual([]);
    expect(screen.queryByText(t.saved)).toBeNull();

    // Editing a field clears its message; a serial with letters is a serial, not a card.
    await user.clear(model);
    await user.type(model, 'A920');
    expect(screen.getAllByText(t.cardNumber)).toHaveLength(1);
    await user.clear(serial);
    await user.type(serial, 'SN4111111111111111');
    expect(screen.queryByText(t.cardNumber)).toBeNull();
    await user.click(screen.getByRole('button', { name: t.save }));
    expect(await screen.findByText(t.saved)).toBeVisible();
    const [saved] = await storage.terminals.list();
    expect(saved).toMatchObject({ model: 'A920', serial: 'SN4111111111111111' });
  });

  it('refuses a card number in the name, with the message on the name', async () => {
    const { user, storage } = await setup(lang, '/terminals');
    const t = terminalsText[lang];
    await user.click(await screen.findByRole('button', { name: t.add }));
    const name = screen.getByRole('textbox', { name: t.name });
    await user.type(name, '前台 4111-1111-1111-1111');
    await user.click(screen.getByRole('button', { name: t.save }));
    expect((await screen.findByText(t.cardNumber)).getAttribute('role')).toBe('alert');
    expect(document.activeElement).toBe(name);
    expect(await storage.terminals.list()).toEqual([]);
  });

  it('edits and deletes a terminal, deleting only after confirmation', async () => {
    const { ui, user, storage } = await setup(lang, '/terminals', [
      term('t1', 'front counter', { providerPhone: '95588' }),
      term('t2', 'back office'),
    ]);
    const t = terminalsText[lang];
    const list = await screen.findByRole('list', { name: t.heading });
    const front = within(list).getByRole('heading', { name: 'front counter' }).closest('li')!;

    await user.click(within(front).getByRole('button', { name: `${t.edit}: front counter` }));
    const name = screen.getByRole('textbox', { name: t.name });
    expect((name as HTMLInputElement).value).toBe('front counter');
    await user.clear(name);
    await user.type(name, 'counter 1');
    await user.click(screen.getByRole('button', { name: t.save }));
    await waitFor(async () => expect((await storage.terminals.get('t1'))?.name).toBe('counter 1'));

    const item = (await screen.findByRole('heading', { name: 'counter 1' })).closest('li')!;
    await user.click(within(item).getByRole('button', { name: ui.common.delete }));
    const question = format(t.deleteConfirm, { name: 'counter 1' });
    const confirm = screen.getByRole('group', { name: question });
    await user.click(within(confirm).getByRole('button', { name: ui.common.cancel }));
    expect(await storage.terminals.get('t1')).toBeDefined();

    await user.click(within(item).getByRole('button', { name: ui.common.delete }));
    await user.click(
      within(screen.getByRole('group', { name: question })).getByRole('button', {
        name: ui.common.delete,
      }),
    );
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'counter 1' })).toBeNull());
    expect(screen.getByText(t.deleted)).toBeVisible();
    expect((await storage.terminals.list()).map((x) => x.id)).toEqual(['t2']);
  });
});

async function incidentsOf(storage: AppStorage) {
  return storage.incidents.listAll();
}

describe.each(['en', 'zh'] as const)('which terminal, at guide start (%s)', (lang) => {
  const two = [
    term('t1', 'front counter', { brand: 'Newland', providerPhone: '400-123-4567' }),
    term('t2', 'back office', { brand: 'PAX' }),
  ];

  it('asks first when two terminals are saved, and ties the incident to the one chosen', async () => {
    const { ui, user, storage } = await setup(lang, '/guide/keyError', two);
    const heading = await screen.findByRole('heading', { level: 1, name: ui.terminals.which });
    expect(document.activeElement === heading || document.activeElement === document.body).toBe(
      true,
    );
    const group = screen.getByRole('group', { name: ui.terminals.which });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'back office PAX',
      'front counter Newland',
      ui.terminals.notListed,
    ]);
    expect(await incidentsOf(storage)).toEqual([]); // nothing started before the answer

    await user.click(within(group).getByRole('button', { name: /back office/ }));
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('screen'),
    );
    const [incident] = await incidentsOf(storage);
    expect(incident?.terminalId).toBe('t2');
  });

  it('“not listed” starts without a terminal', async () => {
    const { ui, user, storage } = await setup(lang, '/guide/keyError', two);
    await user.click(await screen.findByRole('button', { name: ui.terminals.notListed }));
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('screen'),
    );
    const [incident] = await incidentsOf(storage);
    expect(incident).toBeDefined();
    expect(incident?.terminalId).toBeUndefined();
  });

  it('with exactly one terminal, asks nothing and uses it', async () => {
    const { ui, storage } = await setup(lang, '/guide/keyError', [two[0]!]);
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('screen'),
    );
    expect(screen.queryByRole('heading', { name: ui.terminals.which })).toBeNull();
    const [incident] = await incidentsOf(storage);
    expect(incident?.terminalId).toBe('t1');
  });
});

describe.each(['en', 'zh'] as const)('scam warning with the provider’s number (%s)', (lang) => {
  const guide = keyErrorGuide;
  const text = guide.content[lang];

  async function toScamCall(terminals: TerminalRecord[]) {
    const s = await setup(lang, '/guide/keyError', terminals);
    const steps: [string, ChoiceEvent][] = [
      ['screen', 'screen.keyError'],
      ['exposure', 'answer.no'],
      ['wasCharged', 'answer.no'],
      ['restart', 'fixed.no'],
      ['signIn', 'fixed.no'],
    ];
    for (const [from, event] of steps) {
      await waitFor(() =>
        expect(document.querySelector('main')?.getAttribute('data-state')).toBe(from),
      );
      if (from === 'exposure') {
        // A safety step that is not about scams: no extra line.
        expect(screen.queryByText(s.ui.terminals.callOnly, { exact: false })).toBeNull();
      }
      await s.user.click(
        screen.getByRole('button', { name: choiceLabel(text, s.ui, from, event) }),
      );
    }
    await waitFor(() =>
      expect(document.querySelector('main')?.getAttribute('data-state')).toBe('scamCall'),
    );
    return s;
  }

  it('says “call only this number” with a tap-to-call link when the terminal has a hotline', async () => {
    const { ui } = await toScamCall([term('t1', 'front', { providerPhone: '400-123-4567' })]);
    const line = await screen.findByText(ui.terminals.callOnly, { exact: false });
    const link = within(line).getByRole('link', { name: '400-123-4567' });
    expect(link.getAttribute('href')).toBe('tel:4001234567');
  });

  it('says nothing extra when no terminal with a hotline is linked', async () => {
    const { ui } = await toScamCall([term('t1', 'front')]);
    expect(screen.queryByText(ui.terminals.callOnly, { exact: false })).toBeNull();
  });
});
