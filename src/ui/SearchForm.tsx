import { useState } from 'react';
import { navigate } from '../infra/router';
import { useLang } from '../i18n/i18n';

/**
 * "What does the screen say?": words or a response code, in either language. `onFirstUse` runs
 * at the box's first focus or keystroke (the home screen fetches the lookup's chunk then).
 */
export function SearchForm(props: {
  id: string;
  label: string;
  initial?: string;
  placeholder?: string;
  onFirstUse?: () => void;
}) {
  const { ui } = useLang();
  const [q, setQ] = useState(props.initial ?? '');
  return (
    // action + name: submitted before the app has taken over the prerendered page, the browser
    // itself opens /lookup?q=… (a route the app knows) instead of losing the query.
    <form
      role="search"
      className="search"
      action="/lookup"
      method="get"
      onSubmit={(e) => {
        e.preventDefault();
        // Nothing typed: stay where you are (no "nothing found" page for an empty search).
        if (q.trim() === '') return;
        navigate({ name: 'lookup', q });
      }}
    >
      <label htmlFor={props.id}>{props.label}</label>
      <div className="search-row">
        <input
          id={props.id}
          name="q"
          type="search"
          value={q}
          placeholder={props.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          onFocus={props.onFirstUse}
          onChange={(e) => {
            props.onFirstUse?.();
            setQ(e.target.value);
          }}
        />
        <button type="submit" className="primary">
          {ui.home.searchButton}
        </button>
      </div>
    </form>
  );
}
