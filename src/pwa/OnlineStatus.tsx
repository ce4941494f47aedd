/**
 * A small status line: online or offline. Never blocks anything (the app works the same either
 * way); it only tells the shopkeeper why, say, a phone number cannot be looked up online. The
 * line keeps its height in both states so nothing on the screen moves when the signal comes
 * and goes.
 */
import { useSyncExternalStore } from 'react';
import { useLang } from '../i18n/i18n';

function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const isOnline = () => navigator.onLine;
const serverOnline = () => true;

export function OnlineStatus() {
  const { ui } = useLang();
  const online = useSyncExternalStore(subscribe, isOnline, serverOnline);
  return (
    <p role="status" className={`online-status ${online ? 'is-online' : 'is-offline'}`}>
      <span className="online-dot" aria-hidden="true" />
      {online ? ui.pwa.online : ui.pwa.offline}
    </p>
  );
}
