/**
 * infra/idleWork: work ahead of the merchant runs only in idle time, in short slices (a new task
 * each while the idle period lasts), in queue order (the guide under the finger first), and a
 * piece that throws is dropped.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as IdleWork from './idleWork';

type Idle = (deadline: IdleDeadline) => void;
let pending: Idle[] = [];
/**
 * Runs the next idle period, with `ms` of idle time on the test clock (each piece spends some):
 * its first slice, and with `whole` the slices that follow it in new tasks (timers).
 */
let clock = 0;
function idlePeriod(ms: number, whole = true) {
  const run = pending.shift();
  if (!run) return false;
  const end = clock + ms;
  run({ didTimeout: false, timeRemaining: () => Math.max(0, end - clock) });
  if (whole) vi.runAllTimers();
  return true;
}

/** A piece of work that logs each step and costs `cost` ms of the clock. */
function* work(name: string, steps: number, log: string[], cost = 1) {
  for (let i = 1; i <= steps; i++) {
    clock += cost;
    log.push(`${name}${i}`);
    yield;
  }
}

let runWhenIdle: typeof IdleWork.runWhenIdle;
let SLICE_MS: number;
beforeEach(async () => {
  pending = [];
  clock = 0;
  vi.stubGlobal('requestIdleCallback', (cb: Idle) => pending.push(cb));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.resetModules(); // a fresh queue per test
  ({ runWhenIdle, SLICE_MS } = await import('./idleWork'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('idle work', () => {
  it('waits for idle time, and stops each slice when the idle period ends', () => {
    const log: string[] = [];
    runWhenIdle(work('a', 10, log, 1));
    expect(log).toEqual([]); // nothing until the browser is idle
    idlePeriod(4); // 4 ms: pieces while more than 1 ms is left
    expect(log).toEqual(['a1', 'a2', 'a3']);
    while (idlePeriod(50));
    expect(log).toHaveLength(10);
    expect(pending).toHaveLength(0); // done: no idle callback left asked for
  });

  it('runs a long idle period as tasks of SLICE_MS (a slow CPU makes pieces longer)', () => {
    const log: string[] = [];
    const perSlice = Math.ceil(SLICE_MS / 4); // the last piece starts before SLICE_MS
    // Pieces of 4 ms, as on a phone at 4×, and an idle period of 50 ms.
    runWhenIdle(work('a', 40, log, 4));
    idlePeriod(50, false);
    expect(log).toHaveLength(perSlice);
    // The idle period goes on: the next slice is a new task (a tap in between goes first).
    expect(vi.getTimerCount()).toBe(1);
    expect(pending).toHaveLength(0);
    vi.advanceTimersToNextTimer();
    expect(log).toHaveLength(2 * perSlice);
    // Until the idle period ends (less than 1 ms left): then the next one is waited for.
    vi.runAllTimers();
    expect(log).toHaveLength(Math.ceil((50 - 1) / 4)); // pieces while more than 1 ms is left
    expect(pending).toHaveLength(1);
    while (idlePeriod(50));
    expect(log).toHaveLength(40);
  });

  it('runs queued work in order, the one asked for first ahead, each once', () => {
    const log: string[] = [];
    const a = work('a', 2, log);
    const b = work('b', 2, log);
    const c = work('c', 2, log);
    runWhenIdle(a);
    runWhenIdle(b);
    runWhenIdle(c, { first: true });
    runWhenIdle(a); // already queued: not twice
    while (idlePeriod(50));
    expect(log).toEqual(['c1', 'c2', 'a1', 'a2', 'b1', 'b2']);
  });

  it('drops a piece of work that throws and goes on with the next', () => {
    const log: string[] = [];
    function* broken() {
      log.push('x1');
      yield;
      throw new Error('a guide that does not load');
    }
    runWhenIdle(broken());
    runWhenIdle(work('b', 1, log));
    while (idlePeriod(50));
    expect(log).toEqual(['x1', 'b1']);
  });
});

describe('idle work without requestIdleCallback (Safari)', () => {
  it('runs in short slices with a pause before each', async () => {
    vi.unstubAllGlobals();
    vi.stubGlobal('requestIdleCallback', undefined);
    // Timers only: Vitest's fake timers would otherwise bring a requestIdleCallback of their own.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(typeof requestIdleCallback).not.toBe('function');
    try {
      vi.resetModules();
      const idle = await import('./idleWork');
      const log: string[] = [];
      idle.runWhenIdle(work('a', 3, log));
      vi.advanceTimersByTime(idle.GAP_MS - 1);
      expect(log).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(log.length).toBeGreaterThan(0);
      vi.runAllTimers();
      expect(log).toEqual(['a1', 'a2', 'a3']);
    } finally {
      vi.useRealTimers();
    }
  });
});
