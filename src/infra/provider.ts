/**
 * A provider's own copy (deploy time: provider.json, checked by the build —
 * scripts/provider-plugin.ts), for the screens that use it: the call buttons, the terminals page,
 * the call script. It arrives in a small chunk of its own, loaded the first time a screen asks
 * (precached like every chunk, so it is there offline); a build without the file has no chunk,
 * and this answers null at once.
 */
import { useEffect, useState } from 'react';
import type { ProviderInfo } from '../rules/provider.schema';

export type { ProviderHotline, ProviderInfo } from '../rules/provider.schema';

let loading: Promise<ProviderInfo | null> | undefined;
/** What the chunk held, once it is in (null: no provider file). */
let known: ProviderInfo | null | undefined;

/** The provider's copy, or null without one. A chunk that failed to load is tried again next time. */
export function loadProvider(): Promise<ProviderInfo | null> {
  if (!__POS_PROVIDER__) return Promise.resolve(null);
  loading ??= import('virtual:pos-rescue/provider').then(
    (mod) => (known = mod.default),
    () => {
      loading = undefined;
      return null;
    },
  );
  return loading;
}

/**
 * The provider's copy: `undefined` while its chunk loads (a screen that pre-fills a field waits
 * for it), then the copy or null. A build without a provider file has `null` at once, and no
 * code for the rest (chosen by the build, so every screen calls its hooks the same way).
 */
export const useProvider: () => ProviderInfo | null | undefined = __POS_PROVIDER__
  ? useLoadedProvider
  : () => null;

function useLoadedProvider(): ProviderInfo | null | undefined {
  const [provider, setProvider] = useState(known);
  useEffect(() => {
    if (provider !== undefined) return;
    let live = true;
    void loadProvider().then((p) => live && setProvider(p));
    return () => {
      live = false;
    };
  }, [provider]);
  return provider;
}
