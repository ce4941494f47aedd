import { useEffect, useRef, useState } from 'react';
import { useLang } from '../i18n/i18n';

/**
 * A destructive action asks in place ("Sure? Yes / Cancel") instead of window.confirm, which
 * blocks, cannot be styled large enough, and is missing in some in-app browsers.
 */
export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => void;
  disabled?: boolean;
  className?: string;
}) {
  const { ui } = useLang();
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yesRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        className={props.className}
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={props.question}>
      <p>{props.question}</p>
      <button
        ref={yesRef}
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel ?? props.label}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {ui.common.cancel}
      </button>
    </div>
  );
}
