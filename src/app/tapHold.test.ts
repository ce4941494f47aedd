/** holdTaps: which taps on which links are held, and that the holder can let one through. */
import { fireEvent } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { holdTaps } from './tapHold';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
});

/** Clicks the element; true when nothing prevented the browser from following the link. */
function tap(target: Element, init: MouseEventInit = {}): boolean {
  return fireEvent.click(target, { button: 0, ...init });
}

function page() {
  document.body.innerHTML =
    '<a id="guide" href="/guide/keyError"><span id="inner">Key error</span></a>' +
    '<a id="other" href="https://example.org/">elsewhere</a>';
  return {
    guide: document.getElementById('guide')!,
    inner: document.getElementById('inner')!,
    other: document.getElementById('other')!,
  };
}

describe('holdTaps', () => {
  it('holds a plain tap on a matching link, also on an element inside it, and hides it from the app', () => {
    const { guide, inner } = page();
    const held: string[] = [];
    stop = holdTaps('a[href^="/"]', (link) => (held.push(link.id), true));
    let appSaw = 0;
    guide.addEventListener('click', () => appSaw++);
    expect(tap(guide)).toBe(false);
    expect(tap(inner)).toBe(false);
    expect(held).toEqual(['guide', 'guide']);
    expect(appSaw).toBe(0);
  });

  it('lets through a link that does not match, a tap with a modifier or another button, and one already handled', () => {
    const { guide, other } = page();
    const held: string[] = [];
    stop = holdTaps('a[href^="/"]', (link) => (held.push(link.id), true));
    expect(tap(other)).toBe(true);
    for (const modifier of ['metaKey', 'ctrlKey', 'shiftKey', 'altKey'] as const) {
      expect(tap(guide, { [modifier]: true })).toBe(true);
    }
    expect(tap(guide, { button: 1 })).toBe(true);
    expect(held).toEqual([]);
    // A listener before this one (main.tsx's hold, before the app's) has taken the tap already.
    stop();
    const handled = (e: Event) => e.preventDefault();
    document.addEventListener('click', handled, { capture: true, once: true });
    stop = holdTaps('a[href^="/"]', (link) => (held.push(link.id), true));
    expect(tap(guide)).toBe(false);
    expect(held).toEqual([]);
  });

  it('lets a tap through when the holder says no, and holds nothing once stopped', () => {
    const { guide } = page();
    let hold = false;
    stop = holdTaps('a[href^="/"]', () => hold);
    expect(tap(guide)).toBe(true);
    hold = true;
    expect(tap(guide)).toBe(false);
    stop();
    expect(tap(guide)).toBe(true);
  });
});
