/**
 * The trainer view's hand-ins: the trainer scans the QR codes trainees show at the end of a run
 * (Debrief.tsx); each code is checked, rebuilt on this phone's guide and merged into the runs,
 * and the scanner keeps going. A log under the button says what each code brought (newest first).
 */
import { lazy, Suspense, useState } from 'react';
import { useServices } from '../infra/services';
import type { Guide } from '../faults/types';
import { format, useLang, useText } from '../i18n/i18n';
import { loadGuide } from '../faults/registry';
import { practiceText } from './practice.text';
import { parseCode, runFromCode, type CodeError } from './runCode';
import { scenarioById } from './scenarios';

/** The scan screen and its decoder: a chunk of their own, loaded when the trainer taps "scan". */
const QrScanner = lazy(() => import('./QrScanner'));

/** How many lines of the scan log stay on screen. */
const LOG_LINES = 20;

export function TrainerHandIns() {
  const services = useServices();
  const { lang } = useLang();
  const pt = useText(practiceText);
  const [scanning, setScanning] = useState(false);
  const [received, setReceived] = useState<string[]>([]);

  const codeError = (e: CodeError['code'] | 'wrongKind' | 'storage') => pt.qr.errors[e];

  /** A scanned trainee's code: checked, rebuilt on this phone's guide, merged. Keeps scanning. */
  const onCode = async (text: string): Promise<boolean> => {
    if (!services) return false;
    const say = (line: string) => setReceived((list) => [line, ...list].slice(0, LOG_LINES));
    const parsed = parseCode(text);
    if (!parsed.ok) return (say(`✗ ${codeError(parsed.error.code)}`), false);
    if (parsed.kind !== 'run') return (say(`✗ ${codeError('wrongKind')}`), false);
    const scenario = scenarioById(parsed.run.scenarioId);
    if (!scenario) return (say(`✗ ${codeError('unknownScenario')}`), false);
    let guide: Guide;
    try {
      guide = await loadGuide(scenario.fault);
    } catch {
      return (say(`✗ ${pt.loadFailed}`), false);
    }
    const rebuilt = runFromCode(parsed.run, guide, scenario);
    if (!rebuilt.ok) return (say(`✗ ${codeError(rebuilt.error.code)}`), false);
    try {
      const counts = await services.practiceRuns.importRuns([rebuilt.run]);
      const vars = {
        trainee: rebuilt.run.trainee,
        scenario: scenario.title[lang],
        score: rebuilt.run.result?.score ?? '—',
      };
      say(counts.skipped ? format(pt.qr.already, vars) : format(pt.qr.got, vars));
    } catch {
      say(`✗ ${codeError('storage')}`);
    }
    return false;
  };

  return (
    <section aria-labelledby="handin-heading">
      <h2 id="handin-heading">{pt.qr.handInHeading}</h2>
      {scanning ? (
        <Suspense fallback={<p role="status">{pt.qr.starting}</p>}>
          <QrScanner onText={onCode} onClose={() => setScanning(false)} />
        </Suspense>
      ) : (
        <button type="button" className="primary" onClick={() => setScanning(true)}>
          {pt.qr.scanRuns}
        </button>
      )}
      {received.length ? (
        <ul className="scan-log" aria-live="polite">
          {received.map((line, i) => (
            <li key={received.length - i}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
