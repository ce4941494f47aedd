import { useLang } from '../i18n/i18n';

/**
 * "Queue waiting? Take payment another way now": on every step of every guide. Where card
 * payments must stop (key exposed, tamper, scam), it never says when cards may be taken again.
 */
export function PayAnotherWay(props: { stopCards?: boolean }) {
  const { ui } = useLang();
  const lines = props.stopCards
    ? [...ui.queue.body.slice(0, -1), ui.queue.stopLast]
    : ui.queue.body;
  return (
    <details className="queue">
      <summary>{ui.queue.summary}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
