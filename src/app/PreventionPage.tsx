/** Prevent faults: the domain's prevention advice per fault, for a quiet moment. Loaded lazily. */
import { faults } from '../faults/registry';
import { preventionContent } from '../faults/prevention.content';
import { useLang } from '../i18n/i18n';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';

export function PreventionPage() {
  const { ui, lang } = useLang();
  const ref = useFocusHeading('prevention');
  return (
    <>
      <TopBar title={ui.home.prevention} />
      <main id="main" className="prevention">
        <h1 ref={ref} tabIndex={-1}>
          {ui.home.prevention}
        </h1>
        {preventionContent[lang].map((section, i) => {
          const entry = faults.find((f) => f.id === section.faultId);
          return (
            <section key={`${section.faultId}-${i}`} aria-labelledby={`prevention-${i}`}>
              <h2 id={`prevention-${i}`}>{section.heading}</h2>
              {entry ? (
                <p className="small" lang="zh-CN">
                  「{entry.terminalMessage}」
                </p>
              ) : null}
              <ul>
                {section.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          );
        })}
      </main>
    </>
  );
}
