/**
 * Screens in chunks of their own, and what shows while a chunk loads: the shell's one way to put
 * a lazily loaded screen on a route.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useLang } from '../i18n/i18n';
import { TopBar } from '../ui/TopBar';

/** `Component` in a Suspense boundary that shows `Fallback` until its chunk is in. */
export function suspended<P extends object>(
  Component: ComponentType<P> | LazyExoticComponent<ComponentType<P>>,
  Fallback: ComponentType,
): ComponentType<P> {
  return function Suspended(props: P) {
    return (
      <Suspense fallback={<Fallback />}>
        <Component {...props} />
      </Suspense>
    );
  };
}

/** A page whose module loads the first time it shows ("loading" until then). */
export function lazyPage<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> {
  return suspended(
    lazy(() => load().then((page) => ({ default: page }))),
    PageLoading,
  );
}

function PageLoading() {
  const { ui } = useLang();
  return <p role="status">{ui.step.loading}</p>;
}

/** While the guide runner loads: the same screen as a guide's own loading state. */
export function GuideLoading() {
  const { ui } = useLang();
  return (
    <>
      <TopBar />
      <main id="main" aria-busy="true">
        <p role="status">{ui.step.loading}</p>
      </main>
    </>
  );
}
