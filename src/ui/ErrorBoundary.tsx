import { Component, type ReactNode } from 'react';
import { useLang } from '../i18n/i18n';

/**
 * A screen that fails (most often a lazy chunk that cannot load: a flaky first visit, or caches
 * replaced by an update in another tab) shows a way on instead of a white page. Everything the
 * merchant answered is already in IndexedDB, so a reload resumes it.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: unknown): void {
    console.error(error);
  }

  render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}

function ScreenFailed() {
  const { ui } = useLang();
  return (
    <main id="main">
      <h1>{ui.step.loadFailed}</h1>
      <p>{ui.step.screenFailedBody}</p>
      <button type="button" className="primary" onClick={() => location.reload()}>
        {ui.banner.reload}
      </button>
      <p>
        <a href="/">{ui.end.done}</a>
      </p>
    </main>
  );
}
