/**
 * The history detail: the incident's notes and photos on its timeline, and the support packet
 * with the S/N, the merchant and terminal numbers and the note, in both languages.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { securityLockGuide } from '../faults/securityLock/securityLock.guide';
import { htmlLang, loadUi } from '../i18n/i18n';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { choose, newIncident } from '../wizard/incidentRun';
import { App } from './App';
import { historyText } from './HistoryPage';

afterEach(() => {
  closeTestStorages();
  localStorage.clear();
});

describe.each(['en', 'zh'] as const)('history detail (%s)', (lang) => {
  it('shows notes and photos on the timeline, and the packet carries the numbers', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:photo');
    URL.revokeObjectURL = vi.fn();
    localStorage.setItem('pos-rescue.lang', lang);
    document.documentElement.lang = htmlLang(lang);
    const ui = await loadUi(lang);
    const { services, storage } = await openTestServices();
    const t0 = Date.UTC(2026, 10, 30, 6, 0);
    await storage.terminals.put({
      id: 't1',
      name: 'Front',
      serial: 'N7NL123456',
      merchantNo: '898310048161234',
      terminalNo: '12345678',
      providerPhone: '400-820-1234',
      createdAt: 1,
      updatedAt: 1,
    });
    let view = newIncident(securityLockGuide, { id: 'i1', now: t0, terminalId: 't1' });
    view = choose(securityLockGuide, view, 'screen.securityLock', t0 + 60_000);
    await storage.incidents.put(view.record);
    await storage.notes.put({
      id: 'n1',
      incidentId: 'i1',
      stepId: 'tamperCheck',
      createdAt: t0 + 90_000,
      updatedAt: t0 + 90_000,
      text: '商户号 898310048161234 locked since 9:00',
      photo: new Blob(['jpeg'], { type: 'image/jpeg' }),
    });
    history.replaceState(null, '', '/history/i1');
    render(<App initial={{ lang, ui }} services={services} />);

    const note = await screen.findAllByText(/商户号 898310048161234 locked since 9:00/);
    expect(note.length).toBeGreaterThan(0);
    const onTimeline = document.querySelector('.timeline .timeline-note');
    expect(onTimeline?.textContent).toContain('898310048161234');
    expect(onTimeline?.querySelector('img')?.getAttribute('alt')).toBe(ui.notes.photoAlt);

    const packet = await screen.findByRole('region', { name: ui.report.title });
    const text = await within(packet).findByText(/N7NL123456/);
    for (const n of ['898310048161234', '12345678', 'locked since 9:00', 'pos-rescue-photo-1.jpg'])
      expect(text.textContent).toContain(n);
    expect(within(packet).getByRole('img')).toBeTruthy();
    expect(within(packet).getByRole('button', { name: ui.report.print })).toBeTruthy();
  });
});

describe.each(['en', 'zh'] as const)('deleting from the history detail (%s)', (lang) => {
  it('a delete that fails says so on the screen, and the next tap deletes', async () => {
    localStorage.setItem('pos-rescue.lang', lang);
    document.documentElement.lang = htmlLang(lang);
    const ui = await loadUi(lang);
    const t = historyText[lang];
    const { services, storage } = await openTestServices();
    const view = newIncident(securityLockGuide, { id: 'i1', now: Date.UTC(2026, 10, 30, 6, 0) });
    await storage.incidents.put(view.record);
    const del = vi
      .spyOn(storage.incidents, 'delete')
      .mockRejectedValue(new DOMException('lost', 'UnknownError'));
    history.replaceState(null, '', '/history/i1');
    render(<App initial={{ lang, ui }} services={services} />);
    const user = userEvent.setup();
    const confirmDelete = async () => {
      await user.click(await screen.findByRole('button', { name: ui.common.delete }));
      await user.click(
        within(screen.getByRole('group', { name: t.deleteConfirm })).getByRole('button', {
          name: ui.common.delete,
        }),
      );
    };

    await confirmDelete();
    expect((await screen.findByText(t.deleteFailed)).getAttribute('role')).toBe('alert');
    expect(location.pathname).toBe('/history/i1');

    del.mockRestore(); // connection back: the next tap deletes (never a dead end)
    await confirmDelete();
    await screen.findByText(t.empty);
    expect(await storage.incidents.listAll()).toEqual([]);
  });
});
