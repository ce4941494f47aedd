import { act, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProviderInfo } from '../rules/provider.schema';

const sample = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../deploy/provider.sample.json'), 'utf8'),
) as ProviderInfo;

/** A fresh copy of the loader, over a build whose provider module is `factory`'s. */
async function loaderOver(factory: () => { default: ProviderInfo | null }) {
  vi.resetModules();
  vi.doMock('virtual:pos-rescue/provider', factory);
  return import('./provider');
}

afterEach(() => {
  vi.doUnmock('virtual:pos-rescue/provider');
});

describe('loadProvider', () => {
  it('loads the provider’s copy once, however often it is asked for', async () => {
    const factory = vi.fn(() => ({ default: sample }));
    const { loadProvider } = await loaderOver(factory);
    const first = loadProvider();
    expect(loadProvider()).toBe(first);
    expect(await first).toEqual(sample);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('answers null when the build had no provider file', async () => {
    const { loadProvider } = await loaderOver(() => ({ default: null }));
    expect(await loadProvider()).toBeNull();
  });

  it('a chunk that failed to load answers null, and is tried again the next time', async () => {
    let offline = true;
    const { loadProvider } = await loaderOver(() => {
      if (offline) throw new Error('Failed to fetch dynamically imported module');
      return { default: sample };
    });
    expect(await loadProvider()).toBeNull();
    offline = false;
    vi.resetModules(); // the module system forgets the failed import, as a browser does
    expect(await loadProvider()).toEqual(sample);
  });
});

describe('useProvider', () => {
  it('is undefined while the chunk loads, then the copy; a later screen has it at once', async () => {
    const { useProvider } = await loaderOver(() => ({ default: sample }));
    const seen: (ProviderInfo | null | undefined)[] = [];
    function Probe(props: { id: string }) {
      const provider = useProvider();
      seen.push(provider);
      return <p data-testid={props.id}>{provider === undefined ? 'loading' : provider?.name.en}</p>;
    }
    render(<Probe id="first" />);
    expect(screen.getByTestId('first').textContent).toBe('loading');
    expect(await screen.findByText(sample.name.en)).toBeTruthy();
    seen.length = 0;
    await act(async () => {
      render(<Probe id="later" />);
    });
    expect(seen[0]).toEqual(sample);
  });

  it('is null without a provider file', async () => {
    const { useProvider } = await loaderOver(() => ({ default: null }));
    function Probe() {
      const provider = useProvider();
      return <p>{provider === undefined ? 'loading' : provider === null ? 'none' : 'some'}</p>;
    }
    render(<Probe />);
    expect(await screen.findByText('none')).toBeTruthy();
  });
});
