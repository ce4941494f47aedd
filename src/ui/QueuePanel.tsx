import { useLang } from '../i18n/i18n';

/** "Queue waiting? Take payment another way now": on every step of every guide. */
export function QueuePanel() {
  const { ui } = useLang();
  return (
    <details className="queue">
      <summary>{ui.queue.summary}</summary>
      <ul>
        {ui.queue.body.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
