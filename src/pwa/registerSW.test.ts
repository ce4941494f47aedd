import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: Record<string, unknown>) => void;

/** A stand-in for workbox-window's Workbox: records listeners and calls. */
class FakeWorkbox {
  static last: FakeWorkbox;
  listeners = new Map<string, Listener[]>();
  registration = { waiting: null as object | null, installing: null };
  messageSkipWaiting = vi.fn();
  update = vi.fn(() => Promise.resolve());
  constructor(
    public url: string,
    public options: object,
  ) {
    FakeWorkbox.last = this;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  register() {
    return Promise.resolve(this.registration);
  }
  fire(type: string, event: Record<string, unknown> = {}) {
    this.listeners.get(type)?.forEach((l) => l(event));
  }
}

vi.mock('workbox-window', () => ({ Workbox: FakeWorkbox }));

async function start() {
  vi.resetModules(); // registerSW registers once per page: a fresh module per test
  const { registerSW } = await import('./registerSW');
  const sw = await import('./swState'); // the instance registerSW writes to
  const reload = vi.fn();
  await registerSW({ reload });
  return { wb: FakeWorkbox.last, reload, ...sw };
}

beforeEach(() => {
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: {} },
  });
});
afterEach(() => {
  // @ts-expect-error: jsdom has no serviceWorker; remove the stand-in again
  delete navigator.serviceWorker;
});

describe('registerSW', () => {
  it('registers /sw.js for the whole site', async () => {
    const { wb } = await start();
    expect(wb.url).toBe('/sw.js');
    expect(wb.options).toEqual({ scope: '/' });
  });

  it('first install → ready to work offline; an update activating is not that', async () => {
    const { wb, getSwStatus } = await start();
    wb.fire('activated', { isUpdate: true });
    expect(getSwStatus().offlineReady).toBe(false);
    wb.fire('activated', {});
    expect(getSwStatus().offlineReady).toBe(true);
  });

  it('a waiting version shows the bar and is applied only on the tap, then reloads once in control', async () => {
    const { wb, reload, getSwStatus, applyUpdate } = await start();
    wb.fire('waiting');
    expect(getSwStatus().updateReady).toBe(true);
    expect(wb.messageSkipWaiting).not.toHaveBeenCalled();
    // The first install's own claim (no tap) never reloads.
    wb.fire('controlling', { isUpdate: false });
    expect(reload).not.toHaveBeenCalled();

    wb.registration.waiting = {};
    applyUpdate();
    expect(wb.messageSkipWaiting).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    wb.fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledOnce();
  });

  it('an update applied in another tab: offers the reload, does not reload by itself', async () => {
    const { wb, reload, getSwStatus, applyUpdate } = await start();
    wb.fire('controlling', { isUpdate: true });
    expect(getSwStatus().updateReady).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    applyUpdate(); // nothing waiting any more: just reload
    expect(reload).toHaveBeenCalledOnce();
  });
});
