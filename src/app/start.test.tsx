/**
 * start(): the home is marked interactive once hydrated (the mark the first-load budget counts
 * against), and the guide runner's prefetch is only asked for after that mark, at idle.
 */
import { act, waitFor } from '@testing-library/react';
import { afterEach, expect, it, onTestFinished, vi } from 'vitest';
import { INTERACTIVE_MARK as BENCH_MARK } from '../../bench/assets.mjs';
import { loadUi } from '../i18n/lang';
import { INTERACTIVE_MARK, start } from './start';

afterEach(() => {
  vi.unstubAllGlobals();
  performance.clearMarks(INTERACTIVE_MARK);
});

it('marks the home interactive, then schedules the runner prefetch for the next idle moment', async () => {
  expect(INTERACTIVE_MARK).toBe(BENCH_MARK); // the bench reads the mark the app sets
  const events: string[] = [];
  const marked = () => performance.getEntriesByName(INTERACTIVE_MARK).length;
  const idle: IdleRequestCallback[] = [];
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
    events.push(`idle asked, marks ${marked()}`);
    idle.push(cb);
    return idle.length;
  });
  const root = document.createElement('div');
  document.body.append(root);
  const app = start(root, null, { lang: 'en', ui: await loadUi('en') }, () =>
    events.push(`ready, marks ${marked()}`),
  );
  onTestFinished(() => {
    act(() => app.unmount()); // nothing of the app runs on after the test (or its environment)
    root.remove();
  });

  await waitFor(() => expect(idle).toHaveLength(1));
  expect(events).toEqual(['ready, marks 1', 'idle asked, marks 1']);
  expect(root.querySelector('.fault-card')).not.toBeNull();
});
