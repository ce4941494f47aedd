/**
 * infra/idleWork: work ahead of the merchant runs only in idle time, a slice per idle period,
 * in queue order (the guide under the finger first), and a piece that throws is dropped.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as IdleWork from './idleWork';

type Idle = (deadline: IdleDeadline) => void;
let pending: Idle[] = [];
/** Runs the next idle period, with `ms` of idle time on the test clock (each piece spends some). */
let clock = 0;
function idlePeriod(ms: number) {
  const run = pending.shift();
  if (!run) return false;
  const end = clock + ms;
  run({ didTimeout: false, timeRemaining: () => Math.max(0, end - clock) });
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
beforeEach(async () => {
  pending = [];
  clock = 0;
  vi.stubGlobal('requestIdleCallback', (cb: Idle) => pending.push(cb));
  vi.resetModules(); // a fresh queue per test
  ({ runWhenIdle } = await import('./idleWork'));
});
afterEach(() => vi.unstubAllGlobals());

describe('idle work', () => {
  it('waits for idle time, and stops each slice when the idle period ends', () => {
    const log: string[] = [];
    runWhenIdle(work('a', 10, log, 4));
    expect(log).toEqual([]); // nothing until the browser is idle
    idlePeriod(10); // 10 ms: pieces while more than 1 ms is left
    expect(log).toEqual(['a1', 'a2', 'a3']);
    idlePeriod(50);
    expect(log).toHaveLength(10);
    expect(pending).toHaveLength(0); // done: no idle callback left asked for
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
    vi.useFakeTimers();
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
