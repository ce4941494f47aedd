/**
 * A tap on a fault that comes before the guide runner is loaded (its own test file, so the
 * runner's chunks are not in yet) waits for them; when the merchant goes elsewhere meanwhile
 * (Back, another link), it is dropped.
 */
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import { navigate } from '../infra/router';
import { closeTestStorages } from '../infra/services.testkit';
import { TAP_WAIT_MS } from './prefetch';
import { setup } from './screen.testkit';

afterEach(closeTestStorages);

describe('a tap before the guide runner is in', () => {
  it('is dropped when the merchant went elsewhere while it waited', async () => {
    await setup('en');
    fireEvent.click(screen.getByRole('link', { name: new RegExp(faults[0]!.title.en) }));
    expect(location.pathname).toBe('/'); // held
    navigate({ name: 'settings' }); // e.g. Back, or another link, within the wait
    // Past the longest wait (app/prefetch.ts): a timer due later fires after it.
    await new Promise((resolve) => setTimeout(resolve, TAP_WAIT_MS + 150));
    expect(location.pathname).toBe('/settings');
  });
});
