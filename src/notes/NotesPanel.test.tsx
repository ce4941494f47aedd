/**
 * The notes panel with real storage (fake-indexeddb; memory storage where a photo Blob is
 * involved, which fake-indexeddb cannot clone): masking on every save, drafts included, the PIN
 * flag, drafts restored after a remount, photos.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServicesProvider, type Services } from '../infra/services';
import { closeTestStorages, memoryTestServices, openTestServices } from '../infra/services.testkit';
import type { Lang } from '../faults/types';
import { format, LangProvider, loadUi } from '../i18n/i18n';
import type { AppStorage } from '../storage/openStorage';
import { flushStores } from '../storage/stores';
import type { NoteRecord } from '../storage/records';
import { containsCardData } from '../rules/cardGuard';
import NotesPanel, { type NotesPanelProps } from './NotesPanel';

vi.mock('./photo', () => ({
  downscalePhoto: vi.fn(async () => new Blob(['small jpeg'], { type: 'image/jpeg' })),
}));

const CARD = '4111 1111 1111 1111';
/** Every text handed to the notes repo, to prove nothing unmasked was ever written. */
function recordWrites(storage: AppStorage): string[] {
  const texts: string[] = [];
  const put = storage.notes.put.bind(storage.notes);
  vi.spyOn(storage.notes, 'put').mockImplementation((note: NoteRecord) => {
    texts.push(note.text);
    return put(note);
  });
  return texts;
}

async function renderPanel(
  services: Services,
  lang: Lang = 'en',
  props: Partial<NotesPanelProps> = {},
) {
  const ui = await loadUi(lang);
  const tree = (p: Partial<NotesPanelProps>) => (
    <LangProvider initial={{ lang, ui }}>
      <ServicesProvider services={services}>
        <NotesPanel incidentId="inc-1" stepId="restart" {...p} />
      </ServicesProvider>
    </LangProvider>
  );
  const view = render(tree(props));
  const textarea = screen.getByRole('textbox', { name: ui.notes.label });
  await waitFor(() => expect((textarea as HTMLTextAreaElement).disabled).toBe(false));
  return { ui, view, textarea: textarea as HTMLTextAreaElement, tree };
}

const stored = (storage: AppStorage) => storage.notes.listByIncident('inc-1');

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:thumbnail');
  URL.revokeObjectURL = vi.fn();
});
afterEach(closeTestStorages);

describe.each(['en', 'zh'] as const)('notes panel (%s)', (lang) => {
  it('masks a card number in the autosaved draft, before it is written', async () => {
    const { services, storage } = await openTestServices();
    const writes = recordWrites(storage);
    const { ui, textarea } = await renderPanel(services, lang);
    const user = userEvent.setup();
    await user.type(textarea, `customer card ${CARD} declined`);

    await waitFor(() => expect(textarea.value).toBe('customer card •••• 1111 declined'));
    expect(screen.getByText(format(ui.notes.cardHidden, { masked: '•••• 1111' }))).toBeVisible();
    await waitFor(async () =>
      expect(await stored(storage)).toMatchObject([
        { text: 'customer card •••• 1111 declined', draft: true, stepId: 'restart' },
      ]),
    );
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.filter(containsCardData)).toEqual([]);
  });

  it('keeps a merchant number that passes Luhn, and counts the two cards it hid', async () => {
    const { services } = await openTestServices();
    const { ui, textarea } = await renderPanel(services, lang);
    const user = userEvent.setup();
    await user.type(textarea, `商户号 898310048161234, ${CARD} / 5555 5555 5555 4444`);

    await waitFor(() =>
      expect(textarea.value).toBe('商户号 898310048161234, •••• 1111 / •••• 4444'),
    );
    expect(
      screen.getByText(format(ui.notes.cardHiddenMany, { n: 2, masked: '•••• 1111, •••• 4444' })),
    ).toBeTruthy();
  });

  it('masks a card number on save, and lists the saved note', async () => {
    const { services, storage } = await openTestServices();
    const writes = recordWrites(storage);
    const { ui, textarea } = await renderPanel(services, lang);
    const user = userEvent.setup();
    // Pasted and saved at once: no draft write comes first.
    await user.click(textarea);
    await user.paste(`refund to ${CARD.replace(/ /g, '-')} tomorrow`);
    await user.click(screen.getByRole('button', { name: ui.notes.save }));

    const list = await screen.findByRole('list', { name: ui.notes.listHeading });
    expect(within(list).getByText('refund to •••• 1111 tomorrow')).toBeVisible();
    // The editor is empty now: the status still says what was hidden in the note just saved.
    const status = screen.getByText(ui.notes.saved, { exact: false });
    expect(status).toBeVisible();
    expect(status).toHaveTextContent(
      `${ui.notes.saved} ${format(ui.notes.cardHidden, { masked: '•••• 1111' })}`,
    );
    expect(textarea.value).toBe('');
    const notes = await stored(storage);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.text).toBe('refund to •••• 1111 tomorrow');
    expect(notes[0]?.draft).toBeUndefined();

    // Deleted again: the status no longer speaks of a note that is gone.
    await user.click(within(list).getByRole('button', { name: ui.notes.deleteNote }));
    await user.click(
      within(screen.getByRole('group', { name: ui.notes.deleteNoteConfirm })).getByRole('button', {
        name: ui.notes.deleteNote,
      }),
    );
    await waitFor(() => expect(screen.queryByText(ui.notes.saved, { exact: false })).toBeNull());
    expect(await stored(storage)).toEqual([]);
    expect(writes.filter(containsCardData)).toEqual([]);
    expect(JSON.stringify(notes)).not.toMatch(/4111/);
  });

  it('flags a PIN and refuses to save the note until it is removed; the draft is kept', async () => {
    const { services, storage } = await openTestServices();
    const { ui, textarea } = await renderPanel(services, lang);
    const user = userEvent.setup();
    await user.type(textarea, 'the password is 123456, call back');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(format(ui.notes.pinFlag, { text: 'password is 123456' }));
    await user.click(screen.getByRole('button', { name: ui.notes.save }));
    await waitFor(() => expect(screen.getByText(ui.notes.pinBlocked)).toBeVisible());
    expect(document.activeElement).toBe(textarea);
    expect(screen.queryByRole('list', { name: ui.notes.listHeading })).toBeNull();
    await waitFor(async () =>
      expect(await stored(storage)).toMatchObject([
        { text: 'the password is 123456, call back', draft: true },
      ]),
    );

    // Removed: now it saves, as the same note (no leftover draft).
    await user.clear(textarea);
    await user.type(textarea, 'the caller asked for a password, hung up');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: ui.notes.save }));
    await screen.findByRole('list', { name: ui.notes.listHeading });
    const notes = await stored(storage);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ text: 'the caller asked for a password, hung up' });
    expect(notes[0]?.draft).toBeUndefined();
  });

  it('restores the draft into the textarea after a remount (reload, next step and back)', async () => {
    const { services } = await openTestServices();
    const first = await renderPanel(services, lang, { collapsible: true });
    const user = userEvent.setup();
    await user.click(screen.getByText(first.ui.notes.add));
    await user.type(first.textarea, `restarted twice, card ${CARD}`);
    // Gone before the autosave fired: the pending draft is written on the way out.
    first.view.unmount();

    const second = await renderPanel(services, lang, { collapsible: true });
    await waitFor(() => expect(second.textarea.value).toBe('restarted twice, card •••• 1111'));
    // A waiting draft opens the collapsed panel by itself.
    expect(second.textarea.closest('details')?.open).toBe(true);
    second.view.unmount();

    // Another step has its own (empty) draft.
    const other = await renderPanel(services, lang, { stepId: 'signIn' });
    expect(other.textarea.value).toBe('');
  });
});

describe('a cleared draft whose delete fails (lost connection, full disk)', () => {
  it('does not come back after a remount, and holds back an update reload until it is deleted', async () => {
    const { services, storage } = memoryTestServices({ retryDelaysMs: [] });
    const first = await renderPanel(services);
    const user = userEvent.setup();
    await user.type(first.textarea, 'old draft');
    first.view.unmount(); // written on the way out
    await waitFor(async () =>
      expect((await stored(storage)).map((n) => n.text)).toEqual(['old draft']),
    );

    const del = vi
      .spyOn(storage.notes, 'delete')
      .mockRejectedValue(new DOMException('lost', 'UnknownError'));
    const second = await renderPanel(services);
    expect(second.textarea.value).toBe('old draft');
    await user.clear(second.textarea);
    second.view.unmount(); // the emptied draft is deleted on the way out: that delete fails
    await waitFor(() => expect(del).toHaveBeenCalled());
    await Promise.allSettled(del.mock.results.map((r) => r.value as Promise<void>));
    expect(await stored(storage)).toHaveLength(1);

    // The queue is the truth: the old draft does not come back into the editor…
    const third = await renderPanel(services);
    expect(third.textarea.value).toBe('');
    third.view.unmount();
    // …and an update reload waits for the delete, which is written once the connection is back.
    expect(await flushStores(services)).toMatchObject({ ok: false, stores: ['notes'] });
    del.mockRestore();
    expect(await flushStores(services)).toEqual({ ok: true });
    expect(await stored(storage)).toEqual([]);
  });
});

describe('notes panel photos', () => {
  it('adds a downscaled photo to the draft, shows it, and deletes it after confirmation', async () => {
    const { services, storage } = memoryTestServices();
    const { ui, view } = await renderPanel(services, 'en', { stepId: '' });
    const user = userEvent.setup();
    const input = screen.getByLabelText(ui.notes.addPhoto, { exact: false });
    expect(input.getAttribute('accept')).toBe('image/*');
    expect(input.getAttribute('capture')).toBe('environment');
    await user.upload(input, new File([new Uint8Array(64)], 'screen.png', { type: 'image/png' }));

    const img = await screen.findByRole('img', { name: ui.notes.photoAlt });
    expect(img.getAttribute('src')).toBe('blob:thumbnail');
    await waitFor(async () => {
      const [draft] = await stored(storage);
      expect(draft?.draft).toBe(true);
      expect(draft?.photo?.type).toBe('image/jpeg');
    });

    // A photo-only note can be saved; the report counts it.
    await user.click(screen.getByRole('button', { name: ui.notes.save }));
    const list = await screen.findByRole('list', { name: ui.notes.listHeading });
    expect(within(list).getByRole('img', { name: ui.notes.photoAlt })).toBeVisible();

    await user.click(within(list).getByRole('button', { name: ui.notes.deletePhoto }));
    await user.click(
      within(screen.getByRole('group', { name: ui.notes.deletePhotoConfirm })).getByRole('button', {
        name: ui.notes.deletePhoto,
      }),
    );
    await waitFor(() => expect(within(list).queryByRole('img')).toBeNull());
    const [saved] = await stored(storage);
    expect(saved?.photo).toBeUndefined();
    act(() => view.unmount());
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:thumbnail');
  });
});
