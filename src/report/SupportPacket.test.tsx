/**
 * The support packet: reads the incident's terminal and saved notes, shows the summary as it will
 * be sent, and shares it through the share sheet, else the clipboard, else a .txt download.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeTestStorages, openTestServices } from '../infra/services.testkit';
import { ServicesProvider } from '../infra/services';
import { keyErrorGuide } from '../faults/keyError/keyError.guide';
import { LangProvider, loadUi } from '../i18n/i18n';
import { newIncident } from '../wizard/incidentRun';
import SupportPacket from './SupportPacket';

afterEach(() => {
  closeTestStorages();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

async function setup() {
  const ui = await loadUi('en');
  const { services, storage } = await openTestServices();
  const record = newIncident(keyErrorGuide, { id: 'inc-1', now: 1_000, terminalId: 't1' }).record;
  await storage.incidents.put(record);
  await storage.terminals.put({
    id: 't1',
    name: 'front counter',
    providerPhone: '400 123 4567',
    createdAt: 1,
    updatedAt: 1,
  });
  await storage.notes.put({
    id: 'n1',
    incidentId: 'inc-1',
    stepId: '',
    createdAt: 2_000,
    updatedAt: 2_000,
    text: 'technician comes at 3',
  });
  await storage.notes.put({
    id: 'n2',
    incidentId: 'inc-1',
    stepId: '',
    createdAt: 3_000,
    updatedAt: 3_000,
    text: 'half typed',
    draft: true,
  });
  // userEvent installs its own clipboard: set it up before a test replaces navigator's.
  const user = userEvent.setup();
  render(
    <LangProvider initial={{ lang: 'en', ui }}>
      <ServicesProvider services={services}>
        <SupportPacket guide={keyErrorGuide} record={record} />
      </ServicesProvider>
    </LangProvider>,
  );
  // Its buttons wait for the notes and the terminal (see the first test).
  await waitFor(() => expect(screen.getByRole('button', { name: ui.report.share })).toBeEnabled());
  return { ui, user };
}

describe('the support packet', () => {
  it('cannot be sent before the notes and the terminal are read (it would say none)', async () => {
    const ui = await loadUi('en');
    const { services, storage } = await openTestServices();
    const record = newIncident(keyErrorGuide, { id: 'inc-1', now: 1_000, terminalId: 't1' }).record;
    await storage.terminals.put({
      id: 't1',
      name: 'front counter',
      createdAt: 1,
      updatedAt: 1,
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const read = services.notes.listByIncident.bind(services.notes);
    vi.spyOn(services.notes, 'listByIncident').mockImplementation(async (id) => {
      await gate;
      return read(id);
    });
    render(
      <LangProvider initial={{ lang: 'en', ui }}>
        <ServicesProvider services={services}>
          <SupportPacket guide={keyErrorGuide} record={record} />
        </ServicesProvider>
      </LangProvider>,
    );
    for (const name of [ui.report.share, ui.report.copy, ui.report.download, ui.report.print])
      expect(screen.getByRole('button', { name })).toBeDisabled();
    expect(screen.queryByText(/Terminal:/)).toBeNull(); // not "a terminal that was deleted"

    release();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: ui.report.share })).toBeEnabled(),
    );
    expect(screen.getByText(/Terminal: front counter/)).toBeVisible();
  });

  it('shows the summary it will send: terminal, hotline, saved notes only', async () => {
    await setup();
    const text = await screen.findByText(/Terminal: front counter/);
    expect(text.textContent).toContain('Provider hotline: 400-123-4567');
    expect(text.textContent).toContain('technician comes at 3');
    expect(text.textContent).not.toContain('half typed');
  });

  it('opens the share sheet with the report: terminal, hotline, saved notes only', async () => {
    const { ui, user } = await setup();
    const share = vi.fn(async (_data: ShareData) => undefined);
    vi.stubGlobal('navigator', { ...navigator, share, canShare: () => true });
    await user.click(screen.getByRole('button', { name: ui.report.share }));
    await waitFor(() => expect(share).toHaveBeenCalledTimes(1));
    const data = share.mock.calls[0]![0];
    expect(data.title).toBe('POS Rescue: Report for support — Key error');
    expect(data.text).toContain('Terminal: front counter');
    expect(data.text).toContain('Provider hotline: 400-123-4567');
    expect(data.text).toContain('  technician comes at 3');
    expect(data.text).not.toContain('half typed');
  });

  it('closing the share sheet is not an error', async () => {
    const { ui, user } = await setup();
    const share = vi.fn(async () => {
      throw new DOMException('cancelled', 'AbortError');
    });
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, share, clipboard: { writeText } });
    await user.click(screen.getByRole('button', { name: ui.report.share }));
    await waitFor(() => expect(share).toHaveBeenCalled());
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.queryByText(ui.report.failed)).toBeNull();
  });

  it('copies to the clipboard where there is no share sheet', async () => {
    const { ui, user } = await setup();
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } });
    await user.click(screen.getByRole('button', { name: ui.report.share }));
    await screen.findByText(ui.report.copied);
    expect(writeText.mock.calls[0]![0]).toContain('technician comes at 3');
  });

  it('downloads a .txt file when neither works', async () => {
    const { ui, user } = await setup();
    vi.stubGlobal('navigator', {
      ...navigator,
      share: undefined,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:report';
    });
    URL.revokeObjectURL = vi.fn();
    let fileName = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      fileName = this.download;
    });
    await user.click(screen.getByRole('button', { name: ui.report.share }));
    await screen.findByText(ui.report.downloaded);
    expect(fileName).toMatch(/^pos-rescue-report-\d{4}-\d{2}-\d{2}-\d{4}\.txt$/);
    expect(await blob!.text()).toContain('Terminal: front counter');
  });
});
