/**
 * The simulated terminal beside the guide: its screen (literal, in Chinese as on the terminal;
 * in English mode with a translation under it) with its status icons, indicator lights, what the
 * trainee notices, and the actions the guides ask for — a test sale, a key, the clear key held,
 * the status icons, a manual sign-in, quitting the payment app, a power restart, a reprint. How
 * the scenario's terminal reacts is terminal.ts; a reaction marked `lasting` (a sign-in that
 * worked) stays on the screen for the rest of the run.
 */
import { useState } from 'react';
import { format, useLang, useText } from '../i18n/i18n';
import {
  TERMINAL_ACTIONS,
  type Light,
  type Lights,
  type Observation,
  type Reaction,
  type Scenario,
  type TerminalAction,
} from '../faults/scenario';
import { practiceText } from './practice.text';
import { iconsAt, reactionTo, screenAt } from './terminal';

const LIGHTS = ['power', 'network', 'alert'] as const;
const DEFAULT_LIGHTS: Required<Lights> = { power: 'on', network: 'on', alert: 'off' };

export function TerminalPanel(props: {
  scenario: Scenario;
  observation: Observation;
  stepKey: string;
  /** A lasting reaction from an earlier step, or null. */
  lasting: Reaction | null;
  onLasting: (reaction: Reaction) => void;
}) {
  const { lang } = useLang();
  const pt = useText(practiceText);
  const obs = props.observation;
  // The reaction belongs to the step it was asked at; a new step shows the plain screen again.
  const [asked, setAsked] = useState<{ step: string; action: TerminalAction } | null>(null);
  const action = asked?.step === props.stepKey ? asked.action : null;
  const reaction = action ? reactionTo(props.scenario, obs, action) : undefined;
  const icons = iconsAt(props.scenario, obs);
  const screen = screenAt(obs, reaction, props.lasting);
  const iconWords = [
    `${pt.terminal.icons.signal}: ${icons.signal ? pt.terminal.icons.signalOk : pt.terminal.icons.signalOff}`,
    `${pt.terminal.icons.lock}: ${icons.locked ? pt.terminal.icons.locked : pt.terminal.icons.unlocked}`,
  ].join(' · ');
  const note = !action
    ? null
    : (reaction?.note?.[lang] ??
      (action === 'icons'
        ? iconWords
        : reaction
          ? null
          : action === 'restart'
            ? pt.terminal.sameAgain
            : action === 'keyPress'
              ? pt.terminal.noChange
              : pt.terminal.nothing));
  const lights: Required<Lights> = { ...DEFAULT_LIGHTS, ...obs.lights };
  const label = (a: TerminalAction) =>
    a === 'keyPress'
      ? pt.terminal.pressKey
      : a === 'restart'
        ? pt.terminal.restart
        : pt.terminal.actions[a];
  const caption =
    action === 'keyPress'
      ? pt.terminal.afterKey
      : action === 'restart'
        ? pt.terminal.afterRestart
        : action
          ? format(pt.terminal.after, { action: label(action) })
          : pt.terminal.screenLabel;
  const announce = [format(pt.terminal.announce, { text: screen.zh.replace(/\n/g, ' ') }), note]
    .filter(Boolean)
    .join(' ');

  const act = (a: TerminalAction) => {
    setAsked({ step: props.stepKey, action: a });
    const r = reactionTo(props.scenario, obs, a);
    if (r?.lasting) props.onLasting(r);
  };

  return (
    <aside className="terminal" aria-label={pt.terminal.label}>
      <div className="terminal-device">
        <div className="terminal-screen">
          <p className="terminal-status" aria-label={pt.terminal.icons.label}>
            <span className={icons.signal ? 'icon-signal' : 'icon-signal icon-off'}>
              {icons.signal ? '▂▄▆' : '✕'} {pt.terminal.icons.signal}
            </span>
            <span className={icons.locked ? 'icon-lock icon-on' : 'icon-lock'}>
              {icons.locked ? '■' : '□'} {pt.terminal.icons.lock}
            </span>
          </p>
          <p className="terminal-caption">{caption}</p>
          {screen.zh.split('\n').map((line, i) => (
            <p key={i} className="terminal-line" lang="zh-CN">
              {line}
            </p>
          ))}
        </div>
        {lang === 'en' && screen.en !== screen.zh ? (
          <p className="terminal-means">
            {format(pt.terminal.means, { text: screen.en.replace(/\n/g, ' · ') })}
          </p>
        ) : null}
        <ul className="terminal-lights">
          {LIGHTS.map((name) => (
            <li key={name}>
              <span className={`light light-${name} light-${lights[name]}`} aria-hidden="true" />
              {format(pt.terminal.lightState, {
                name: pt.terminal.lights[name],
                state: pt.terminal.light[lights[name] satisfies Light],
              })}
            </li>
          ))}
        </ul>
        {/* Folded by default so the question stays near the top of a phone screen; it stays open
            from step to step once opened (the element is not re-created). */}
        <details className="terminal-actions">
          <summary>{pt.terminal.actionsLabel}</summary>
          <div className="terminal-keys" role="group" aria-label={pt.terminal.actionsLabel}>
            {TERMINAL_ACTIONS.map((a) => (
              <button
                key={a}
                type="button"
                data-action={a}
                aria-pressed={action === a}
                onClick={() => act(a)}
              >
                {label(a)}
              </button>
            ))}
          </div>
        </details>
      </div>
      {note ? <p className="terminal-note">{note}</p> : null}
      {obs.scene ? (
        <p className="terminal-scene">
          <strong>{pt.terminal.notice}</strong>
          {obs.scene[lang]}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
    </aside>
  );
}
