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
  const t = pt.terminal;
  const x = pt.terminal;
  const obs = props.observation;
  // The reaction belongs to the step it was asked at; a new step shows the plain screen again.
  const [asked, setAsked] = useState<{ step: string; action: TerminalAction } | null>(null);
  const action = asked?.step === props.stepKey ? asked.action : null;
  const reaction = action ? reactionTo(props.scenario, obs, action) : undefined;
  const icons = iconsAt(props.scenario, obs);
  const screen = screenAt(obs, reaction, props.lasting);
  const iconWords = `${x.icons.signal}: ${icons.signal ? x.icons.signalOk : x.icons.signalOff} · ${x.icons.lock}: ${icons.locked ? x.icons.locked : x.icons.unlocked}`;
  const note = !action
    ? null
    : (reaction?.note?.[lang] ??
      (action === 'icons'
        ? iconWords
        : reaction
          ? null
          : action === 'restart'
            ? t.sameAgain
            : action === 'keyPress'
              ? t.noChange
              : x.nothing));
  const lights: Required<Lights> = { ...DEFAULT_LIGHTS, ...obs.lights };
  const label = (a: TerminalAction) =>
    a === 'keyPress' ? t.pressKey : a === 'restart' ? t.restart : x.actions[a];
  const caption =
    action === 'keyPress'
      ? t.afterKey
      : action === 'restart'
        ? t.afterRestart
        : action
          ? format(x.after, { action: label(action) })
          : t.screenLabel;
  const announce = [format(t.announce, { text: screen.zh.replace(/\n/g, ' ') }), note]
    .filter(Boolean)
    .join(' ');

  const act = (a: TerminalAction) => {
    setAsked({ step: props.stepKey, action: a });
    const r = reactionTo(props.scenario, obs, a);
    if (r?.lasting) props.onLasting(r);
  };

  return (
    <aside className="terminal" aria-label={t.label}>
      <div className="terminal-device">
        <div className="terminal-screen">
          <p className="terminal-status" aria-label={x.icons.label}>
            <span className={icons.signal ? 'icon-signal' : 'icon-signal icon-off'}>
              {icons.signal ? '▂▄▆' : '✕'} {x.icons.signal}
            </span>
            <span className={icons.locked ? 'icon-lock icon-on' : 'icon-lock'}>
              {icons.locked ? '■' : '□'} {x.icons.lock}
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
        <div className="terminal-keys" role="group" aria-label={x.actionsLabel}>
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
