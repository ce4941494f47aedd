import { describe, expect, it } from 'vitest';
import { forgetHandoffs, handoff } from './handoff';

describe('a hand-off', () => {
  it('is empty until given; peek keeps the value, take forgets it', () => {
    const h = handoff<string>();
    expect(h.peek()).toBeUndefined();
    h.give('Li');
    expect(h.peek()).toBe('Li');
    expect(h.peek()).toBe('Li');
    expect(h.take()).toBe('Li');
    expect(h.peek()).toBeUndefined();
    expect(h.take()).toBeUndefined();
  });

  it('holds one value: a new one replaces the last (an empty string is a value)', () => {
    const h = handoff<string>();
    h.give('first');
    h.give('');
    expect(h.take()).toBe('');
  });

  it('forgetHandoffs empties every hand-off, as a fresh start of the app would', () => {
    const a = handoff<number>();
    const b = handoff<{ id: string }>();
    a.give(1);
    b.give({ id: 'x' });
    forgetHandoffs();
    expect(a.peek()).toBeUndefined();
    expect(b.peek()).toBeUndefined();
  });
});
