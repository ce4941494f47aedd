/**
 * The simulated terminal beside the guide: its screen (literal, in Chinese as on the terminal;
 * in English mode with a translation under it), indicator lights, what the trainee notices, and
 * two buttons that show how the scenario's terminal reacts to a key press or a restart.
 */
import { useState } from 'react';
import { format, useLang } from '../i18n/i18n';
import type { Light, Lights, Observation, Reaction } from '../faults/scenario';

const LIGHTS = ['power', 'network', 'alert'] as const;
const DEFAULT_LIGHTS: Required<Lights> = { power: 'on', network: 'on', alert: 'off' };

export function TerminalPanel(props: { observation: Observation; stepKey: string }) {
  const { ui, lang } = useLang();
  const t = ui.practice.terminal;
  const obs = props.observation;
  // The reaction belongs to the step it was asked at; a new step shows the plain screen again.
  const [asked, setAsked] = useState<{ step: string; kind: 'key' | 'restart' } | null>(null);
  const kind = asked?.step === props.stepKey ? asked.kind : null;
  const reaction: Reaction | undefined =
    kind === 'key' ? obs.onKeyPress : kind === 'restart' ? obs.onRestart : undefined;
  const screen = reaction?.screen ?? obs.screen;
  const note =
    reaction?.note?.[lang] ??
    (kind === 'key' && !reaction
      ? t.noChange
      : kind === 'restart' && !reaction
        ? t.sameAgain
        : null);
  const lights: Required<Lights> = { ...DEFAULT_LIGHTS, ...obs.lights };
  const caption = kind === 'key' ? t.afterKey : kind === 'restart' ? t.afterRestart : t.screenLabel;
  const announce = [format(t.announce, { text: screen.zh.replace(/\n/g, ' ') }), note]
    .filter(Boolean)
    .join(' ');

  return (
    <aside className="terminal" aria-label={t.label}>
      <div className="terminal-device">
        <div className="terminal-screen">
          <p className="terminal-caption">{caption}</p>
          {screen.zh.split('\n').map((line, i) => (
            <p key={i} className="terminal-line" lang="zh-CN">
              {line}
            </p>
          ))}
        </div>
        {lang === 'en' && screen.en !== screen.zh ? (
          <p className="terminal-means">
            {format(t.means, { text: screen.en.replace(/\n/g, ' · ') })}
          </p>
        ) : null}
        <ul className="terminal-lights">
          {LIGHTS.map((name) => (
            <li key={name}>
              <span className={`light light-${name} light-${lights[name]}`} aria-hidden="true" />
              {format(t.lightState, {
                name: t.lights[name],
                state: t.light[lights[name] satisfies Light],
              })}
            </li>
          ))}
        </ul>
        <div className="terminal-keys">
          <button type="button" onClick={() => setAsked({ step: props.stepKey, kind: 'key' })}>
            {t.pressKey}
          </button>
          <button type="button" onClick={() => setAsked({ step: props.stepKey, kind: 'restart' })}>
            {t.restart}
          </button>
        </div>
      </div>
      {note ? <p className="terminal-note">{note}</p> : null}
      {obs.scene ? (
        <p className="terminal-scene">
          <strong>{t.notice}</strong>
          {obs.scene[lang]}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </aside>
  );
}
