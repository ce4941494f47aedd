/**
 * A provider's own copy on a call step (issue 22): where the terminal has no hotline of its own,
 * the provider's hotlines from its file (infra/provider.ts) as call buttons, each with its
 * label; under them, folded, the field that saves the merchant's own number, which from then on
 * wins. CallButtons renders this only in a build with a provider file: without one, this module
 * and its text are not in the build at all.
 */
import type { ReactNode } from 'react';
import { format, useLang, useText } from '../i18n/i18n';
import { useProvider } from '../infra/provider';
import { hotlinesTextEn } from './hotlines.text.en';
import { hotlinesTextZh } from './hotlines.text.zh';
import { providerHotlines } from './useProviderPhone';

const hotlinesText = { en: hotlinesTextEn, zh: hotlinesTextZh };

/** `children`: the merchant's own-number field (shown as it is when there is no provider copy). */
export function ProviderHotlines(props: { children: ReactNode }) {
  const { ui, lang } = useLang();
  const t = useText(hotlinesText);
  const provider = useProvider();
  // A few milliseconds from the precache (CallButtons asked for it when the guide runner loaded).
  if (provider === undefined) return <p role="status">{ui.step.loading}</p>;
  const hotlines = providerHotlines(provider, lang);
  if (hotlines.length === 0) return <>{props.children}</>;
  return (
    <>
      <ul className="provider-hotlines">
        {hotlines.map((h) => (
          <li key={h.tel}>
            <a className="call-button" href={h.tel}>
              <span>{format(ui.calls.providerNamed, { provider: h.title })}</span>{' '}
              <span className="call-number">{h.display}</span>
            </a>
          </li>
        ))}
      </ul>
      <details className="more">
        <summary>{t.ownNumber}</summary>
        {props.children}
      </details>
    </>
  );
}
