/**
 * Write before render, proved with a held write: the repository's `put` waits until the test
 * lets it go, and until then the screen must not move on — the next question, a saved note, a
 * saved terminal or its call button appear only once their write has settled. (Swapping the
 * order in wizard/useIncidentRun.ts — showing the step, then awaiting its write — fails here.)
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setup } from '../../src/app/screen.testkit';
import { keyErrorGuide } from '../../src/faults/keyError/keyError.guide';
import { LangProvider, loadUi } from '../../src/i18n/i18n';
import { choiceLabel } from '../../src/i18n/runText';
import { ServicesProvider } from '../../src/infra/services';
import { closeTestStorages, openTestServices } from '../../src/infra/services.testkit';
import NotesPanel from '../../src/notes/NotesPanel';
import { terminalsText } from '../../src/terminals/TerminalsPage';

afterEach(() => {
  vi.restoreAllMocks();
  closeTestStorages();
  localStorage.clear();
});

/** Makes every later call of `repo[method]` wait until `release()`, then go through. */
function hold<R extends object>(repo: R, method: keyof R & string) {
  const real = (repo[method] as (...args: unknown[]) => Promise<unknown>).bind(repo);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const calls: unknown[][] = [];
  vi.spyOn(repo, method as never).mockImplementation(((...args: unknown[]) => {
    calls.push(args);
    return gate.then(() => real(...args));
  }) as never);
  return { calls, release: () => open() };
}

/** Long enough for React to show anything it would show without waiting for the write. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const text = keyErrorGuide.content.en.states;

describe('the next question waits for its answer to be written', () => {
  it('a held incident write: the question stays (buttons busy) until the write settles', async () => {
    const { ui, user, storage } = await setup('en', '/guide/keyError');
    const first = await screen.findByRole('group', { name: text.screen!.heading });
    const put = hold(storage.incidents, 'put');
    await user.click(
      within(first).getByRole('button', {
        name: choiceLabel(keyErrorGuide.content.en, ui, 'screen', 'screen.keyError'),
      }),
    );
    await waitFor(() => expect(put.calls).toHaveLength(1));
    await settle();
    expect(screen.queryByRole('heading', { level: 1, name: text.exposure!.heading })).toBeNull();
    expect(document.querySelector('main')?.getAttribute('data-state')).toBe('screen');
    for (const b of within(first).getAllByRole('button')) expect(b).toBeDisabled();

    put.release();
    await screen.findByRole('heading', { level: 1, name: text.exposure!.heading });
    expect((await storage.incidents.listAll())[0]?.log).toHaveLength(1);
  });
});

describe('a note shows as saved once it is written', () => {
  it('a held note write: no "saved", not in the list, until the write settles', async () => {
    const ui = await loadUi('en');
    const { services, storage } = await openTestServices();
    render(
      <LangProvider initial={{ lang: 'en', ui }}>
        <ServicesProvider services={services}>
          <NotesPanel incidentId="inc-1" stepId="" />
        </ServicesProvider>
      </LangProvider>,
    );
    const user = userEvent.setup();
    const textarea = screen.getByRole('textbox', { name: ui.notes.label });
    await waitFor(() => expect(textarea).toBeEnabled());
    const put = hold(storage.notes, 'put');
    await user.type(textarea, 'provider will call back at 3');
    await user.click(screen.getByRole('button', { name: ui.notes.save }));
    await waitFor(() => expect(put.calls.length).toBeGreaterThan(0));
    await settle();
    expect(screen.queryByText(ui.notes.saved)).toBeNull();
    expect(screen.queryByRole('list', { name: ui.notes.listHeading })).toBeNull();

    put.release();
    await screen.findByText(ui.notes.saved);
    const list = await screen.findByRole('list', { name: ui.notes.listHeading });
    expect(within(list).getByText('provider will call back at 3')).toBeVisible();
  });
});

describe('a terminal shows as saved once it is written', () => {
  it('a held terminal write: the form stays, no "saved", not in the list, until the write settles', async () => {
    const { user, storage } = await setup('en', '/terminals');
    const t = terminalsText.en;
    await user.click(await screen.findByRole('button', { name: t.add }));
    await user.type(screen.getByRole('textbox', { name: t.name }), 'front counter');
    const put = hold(storage.terminals, 'put');
    await user.click(screen.getByRole('button', { name: t.save }));
    await waitFor(() => expect(put.calls).toHaveLength(1));
    await settle();
    expect(screen.queryByText(t.saved)).toBeNull();
    expect(screen.getByRole('textbox', { name: t.name })).toBeVisible();
    expect(screen.queryByRole('heading', { level: 2, name: 'front counter' })).toBeNull();

    put.release();
    await screen.findByText(t.saved);
    await screen.findByRole('heading', { level: 2, name: 'front counter' });
  });

  it('a hotline saved where the provider is to be called: its call button appears only once written', async () => {
    const { ui, user, storage } = await setup('en', '/guide/keyError');
    for (const [from, event] of [
      ['screen', 'screen.keyError'],
      ['exposure', 'answer.yes'],
      ['stopCards', 'next'],
    ] as const) {
      const group = await screen.findByRole('group', { name: text[from]!.heading });
      await user.click(
        within(group).getByRole('button', {
          name: choiceLabel(keyErrorGuide.content.en, ui, from, event),
        }),
      );
    }
    const field = await screen.findByLabelText(ui.calls.saveNumberLabel);
    await user.type(field, '400-820-1234');
    const put = hold(storage.terminals, 'put');
    await user.click(screen.getByRole('button', { name: ui.calls.saveNumber }));
    await waitFor(() => expect(put.calls).toHaveLength(1));
    await settle();
    expect(screen.queryByRole('link', { name: /400-820-1234/ })).toBeNull();

    put.release();
    await screen.findByRole('link', { name: /400-820-1234/ });
  });
});
