import { describe, expect, it } from 'vitest';
import { fitWithin } from './photo';

// The canvas part runs in the browser test (tests/browser/notes.test.ts): jsdom has no canvas.
describe('fitWithin', () => {
  it('scales the long side down to 1600 px, keeping the aspect ratio', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4032, 1960)).toEqual({ width: 1600, height: 778 });
  });

  it('never enlarges, never returns 0', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 });
    expect(fitWithin(100_000, 10)).toEqual({ width: 1600, height: 1 });
  });

  it('refuses an image without a size', () => {
    expect(() => fitWithin(0, 100)).toThrow(RangeError);
    expect(() => fitWithin(Number.NaN, 100)).toThrow(RangeError);
  });
});
