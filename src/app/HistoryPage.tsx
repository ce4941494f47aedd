/** Placeholder until the history feature lands: lists nothing yet. */
import { useLang } from '../i18n/i18n';
import { TopBar } from '../ui/TopBar';

export function HistoryPage(_props: { id?: string }) {
  const { ui } = useLang();
  return (
    <>
      <TopBar />
      <main id="main">
        <h1>{ui.history.heading}</h1>
      </main>
    </>
  );
}
