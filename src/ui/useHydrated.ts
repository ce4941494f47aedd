import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while React hydrates the prerendered home screen (and in the build-time render itself),
 * true otherwise. Whatever only this browser can know (the browser kind, installed or not) must
 * render the prerendered way until then, or hydration fails and the screen is rebuilt.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
