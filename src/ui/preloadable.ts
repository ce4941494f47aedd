/**
 * React.lazy with a preload: once the module is loaded (by `preload()` on a pointerdown or at
 * idle, or by a first render), the component renders directly instead of suspending. A lazy
 * component always suspends on its first render, even when its chunk is already in memory, and
 * React 19 then holds the revealed content back for its Suspense throttle (about 300 ms): that
 * was most of the 650 ms from a tap on a fault to its first question (README, "Figures").
 */
import { createElement, lazy, type ComponentType } from 'react';

export type Preloadable<P extends object> = ComponentType<P> & {
  preload: () => Promise<unknown>;
  /** True once the module is in: a render now shows it at once, without suspending. */
  isLoaded: () => boolean;
};

export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    pending ??= load().then(
      (m) => {
        loaded = m.default;
        return m;
      },
      (e: unknown) => {
        pending = undefined; // a failed chunk load may succeed later
        throw e;
      },
    );
    return pending;
  };
  const Lazy = lazy(preload);
  const Component = (props: P) => createElement(loaded ?? Lazy, props);
  return Object.assign(Component, { preload, isLoaded: () => loaded !== undefined });
}
