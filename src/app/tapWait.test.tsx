/**
 * A tap on a fault that comes before the guide runner is loaded (its own test file, so the
 * runner's chunks are not in yet): the screen changes once they are, never suspending, and a
 * second tap while it waits is the same tap, not a second guide on the history stack.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import { closeTestStorages } from '../infra/services.testkit';
import { setup } from './screen.testkit';

afterEach(closeTestStorages);

describe('a tap before the guide runner is in', () => {
  it('is held until the runner is in, and two quick taps open the guide once', async () => {
    const entry = faults[1]!;
    await setup('en');
    const link = screen.getByRole('link', { name: new RegExp(entry.title.en) });
    const depth = history.length;

    fireEvent.click(link);
    fireEvent.click(link);
    expect(location.pathname).toBe('/'); // held, not suspended on a half-loaded screen

    // The first question, with its answers.
    await waitFor(() => {
      expect(location.pathname).toMatch(/^\/incident\//);
      expect(document.querySelector('main[data-state] .choices button')).not.toBeNull();
    });
    expect(history.length).toBe(depth + 1);
  });
});
