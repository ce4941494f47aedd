// What a merchant does, in any engine: built only on the Driver interface (drivers.ts). Waits
// poll the page until a condition holds or a deadline passes; nothing asserts on time.
import type { Driver } from './drivers';

declare global {
  interface Window {
    __probe?: {
      issues(): string[];
      clear(): void;
      download(): { name: string; text: string } | null;
    };
  }
}

// Generous: with both cores busy a WebKit restore took over 30 s. A deadline, not a figure.
const DEADLINE_MS = 90_000;

/** Polls `fn` in the page until it returns something truthy; returns that. */
export async function waitFor<T, A = undefined>(
  d: Driver,
  what: string,
  fn: (arg: A) => T | Promise<T>,
  arg?: A,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + DEADLINE_MS;
  let last: unknown;
  for (;;) {
    try {
      const value = await d.evaluate(fn, arg);
      if (value) return value;
    } catch (e) {
      last = e; // a navigation in progress: try again
    }
    if (Date.now() > deadline) {
      // What the page shows, for the message; a hung page must not turn the timeout into a hang.
      const seen = await Promise.race([
        d
          .evaluate(() => ({
            at: location.pathname,
            text: (document.querySelector('main') ?? document.body)?.innerText.slice(0, 400),
            issues: window.__probe?.issues() ?? [],
          }))
          .catch((e: unknown) => String(e)),
        new Promise<string>((resolve) =>
          setTimeout(() => resolve('(the page did not answer)'), 5000),
        ),
      ]);
      throw new Error(
        `${d.engine}: timed out waiting for ${what}${last ? ` (${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}; the page: ${JSON.stringify(seen)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until the element is there, enabled, scrolled to the middle of the screen and still for
 * two frames (a new step focuses its heading, which may scroll the page: a click aimed before
 * that lands elsewhere). WebDriver and puppeteer click at coordinates, unlike Playwright.
 */
export function settled(d: Driver, selector: string): Promise<boolean> {
  return waitFor(
    d,
    `${selector} to hold still`,
    (sel) =>
      new Promise<boolean>((resolve) => {
        const el = document.querySelector(sel);
        if (!el || (el as HTMLButtonElement).disabled) return resolve(false);
        // As a merchant scrolls it up from under the fixed bars at the bottom ("ready offline").
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        // Not rendered (e.g. inside a closed <details>): its empty box holds still too.
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return resolve(false);
        const where = () => JSON.stringify(el.getBoundingClientRect()) + String(scrollY);
        const first = where();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve(el.isConnected && where() === first)),
        );
      }),
    selector,
  );
}

/** Waits for an element to be ready and still, then clicks it with the driver's own input. */
export async function clickWhenReady(d: Driver, selector: string): Promise<void> {
  await settled(d, selector);
  await d.click(selector);
}

/** Clicks the first `selector` element whose text contains `text` (marked, then clicked). */
export async function clickText(d: Driver, selector: string, text: string): Promise<void> {
  const mark = `m${Math.random().toString(36).slice(2)}`;
  await waitFor(
    d,
    `${selector} "${text}"`,
    ([sel, t, m]) => {
      const el = [...document.querySelectorAll(sel)].find(
        (e) => (e.textContent ?? '').includes(t) && !(e as HTMLButtonElement).disabled,
      );
      el?.setAttribute('data-probe-target', m);
      return !!el;
    },
    [selector, text, mark] as const,
  );
  await clickWhenReady(d, `[data-probe-target="${mark}"]`);
}

/**
 * Opens the <details> whose summary says `text`, with the driver's input. A summary click flips
 * `open` as part of the click itself, so a details still closed once the click has returned means
 * the click landed elsewhere (the page moved under it): only then is it clicked again.
 */
export async function openDetails(d: Driver, text: string): Promise<void> {
  const isOpen = () =>
    d.evaluate(
      (t) =>
        [...document.querySelectorAll('details')].some(
          (el) => el.open && (el.querySelector('summary')?.textContent ?? '').includes(t),
        ),
      text,
    );
  for (let attempt = 1; attempt <= 3; attempt++) {
    await clickText(d, 'summary', text);
    if (await isOpen()) return;
  }
  throw new Error(`${d.engine}: "${text}" did not open after three clicks on its summary`);
}

export interface Screen {
  path: string;
  state: string | null;
  heading: string;
  step: string;
  ready: boolean;
}

/** What is on screen now. */
export function screen(d: Driver): Promise<Screen> {
  return d.evaluate(() => {
    const main = document.querySelector('main');
    return {
      path: location.pathname,
      state: main?.getAttribute('data-state') ?? null,
      heading: document.querySelector('main h1')?.textContent ?? '',
      step: document.querySelector('.progress-row span')?.textContent ?? '',
      ready:
        !!main?.classList.contains('end') ||
        !!document.querySelector('.choices button:not([disabled])'),
    };
  });
}

/** Waits until a guide step (or end) other than `before` is on screen and answerable. */
export async function nextScreen(d: Driver, before: Screen): Promise<void> {
  await waitFor(
    d,
    `the step after ${before.state}`,
    (b) => {
      const main = document.querySelector('main');
      const now = [
        location.pathname,
        main?.getAttribute('data-state'),
        document.querySelector('.progress-row span')?.textContent ?? '',
      ].join('|');
      const ready =
        !!main?.classList.contains('end') ||
        !!document.querySelector('.choices button:not([disabled])');
      return now !== b && ready;
    },
    [before.path, before.state, before.step].join('|'),
  ).catch(async (e: Error) => {
    const now = await screen(d).catch(() => null);
    const html = await d
      .evaluate(() => document.querySelector('main')?.outerHTML.slice(0, 1500) ?? '')
      .catch(() => '');
    throw new Error(`${e.message}; on screen: ${JSON.stringify(now)} ${html}`);
  });
}

/**
 * Chooses a file in a file input once the input is enabled: the app disables its inputs until
 * storage is open, and a file set on a disabled input is dropped without a word (WebKit under
 * load: the restore then never started).
 */
export async function uploadWhenReady(d: Driver, selector: string, file: string): Promise<void> {
  await waitFor(
    d,
    `${selector} enabled`,
    (sel) => {
      const input = document.querySelector(sel);
      return input instanceof HTMLInputElement && !input.disabled;
    },
    selector,
  );
  await d.upload(selector, file);
}

/** The home screen is hydrated: a fault card's click handler is live. */
export function homeReady(d: Driver): Promise<boolean> {
  return waitFor(d, 'the home screen', () => {
    const card = document.querySelector('main .fault-card');
    return !!card && Object.keys(card).some((k) => k.startsWith('__reactProps$'));
  });
}

/**
 * The home's idle prefetch of the guide runner (src/app/start.tsx) has loaded: a test that stops
 * the server waits for it first, or the prefetch of the page loaded online would run against the
 * stopped server (the reload after it is what must come from the precache).
 */
export function guidePrefetched(d: Driver): Promise<boolean> {
  return waitFor(d, 'the idle prefetch of the guide runner', () => {
    const loaded = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.responseEnd > 0)
      .map((e) => new URL(e.name).pathname);
    return ['StartGuide', 'IncidentScreen', 'NotesPanel'].every((chunk) =>
      loaded.some((p) => p.startsWith(`/assets/${chunk}-`)),
    );
  });
}

/** Everything the probe and the server saw that a clean page must not have. */
export async function issues(d: Driver, serverFailures: readonly string[]): Promise<string[]> {
  const inPage = await d.evaluate(() => window.__probe?.issues() ?? ['the probe is missing']);
  return [...inPage, ...serverFailures];
}

/** Every record of the app's database, photos as "type bytes", for comparing two profiles. */
export function dumpDb(d: Driver): Promise<Record<string, unknown[]>> {
  return d.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('pos-rescue');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const out: Record<string, unknown[]> = {};
    for (const store of ['incidents', 'notes', 'terminals']) {
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(new Error(String(req.error)));
      });
      out[store] = rows.map((row) => {
        const p = row.photo as Blob | { type: string; bytes: ArrayBuffer } | undefined;
        if (!p) return row;
        const size = p instanceof Blob ? p.size : p.bytes.byteLength;
        return { ...row, photo: `${p.type} ${size} ${p instanceof Blob ? 'blob' : 'bytes'}` };
      });
    }
    db.close();
    return out;
  });
}
