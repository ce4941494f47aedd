/** Prevent faults: the domain's prevention advice per fault, for a quiet moment. Loaded lazily. */
import { useEffect, useState } from 'react';
import { faults, type FaultEntry } from '../faults/registry';
import type { Prevention } from '../faults/types';
import { useLang } from '../i18n/i18n';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';

/** Every fault's advice, in registry order; a fault whose chunk fails to load is left out. */
function usePrevention(): { entry: FaultEntry; advice: Prevention }[] | null {
  const [sections, setSections] = useState<{ entry: FaultEntry; advice: Prevention }[] | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    void Promise.allSettled(faults.map((entry) => entry.loadPrevention())).then((results) => {
      if (!live) return;
      setSections(
        results.flatMap((r, i) =>
          r.status === 'fulfilled' ? [{ entry: faults[i]!, advice: r.value }] : [],
        ),
      );
    });
    return () => {
      live = false;
    };
  }, []);
  return sections;
}

export function PreventionPage() {
  const { ui, lang } = useLang();
  const ref = useFocusHeading('prevention');
  const sections = usePrevention();
  return (
    <>
      <TopBar title={ui.home.prevention} />
      <main id="main" className="prevention" aria-busy={sections === null}>
        <h1 ref={ref} tabIndex={-1}>
          {ui.home.prevention}
        </h1>
        {(sections ?? []).map(({ entry, advice }) => (
          <section key={entry.id} aria-labelledby={`prevention-${entry.id}`}>
            <h2 id={`prevention-${entry.id}`}>{advice[lang].heading}</h2>
            <p className="small" lang="zh-CN">
              「{entry.terminalMessage}」
            </p>
            <ul>
              {advice[lang].items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
