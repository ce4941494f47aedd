/**
 * The trainer view's session plan: the trainer ticks scenarios in the order trainees should run
 * them, and shows the plan as a QR code that trainees scan on their phones (PracticeScreen.tsx,
 * plan.ts). Changing the pick hides the code, so an old plan is never shown under a new list.
 */
import { useState } from 'react';
import { format, useLang, useText } from '../i18n/i18n';
import { practiceText } from './practice.text';
import { QrCode } from '../ui/QrCode';
import { planCodeText } from './runCode';
import { scenarios } from './scenarios';

export function TrainerPlan() {
  const { lang } = useLang();
  const pt = useText(practiceText);
  const [plan, setPlan] = useState<string[]>([]);
  const [showPlan, setShowPlan] = useState(false);

  return (
    <section aria-labelledby="plan-heading">
      <h2 id="plan-heading">{pt.plan.heading}</h2>
      <p className="small">{pt.plan.hint}</p>
      <fieldset className="plan-pick">
        <legend>{pt.plan.pick}</legend>
        {scenarios.map((s) => (
          <label key={s.id} className="plan-option">
            <input
              type="checkbox"
              checked={plan.includes(s.id)}
              onChange={(e) => {
                setShowPlan(false);
                setPlan((list) =>
                  e.target.checked ? [...list, s.id] : list.filter((id) => id !== s.id),
                );
              }}
            />
            <span>
              {plan.includes(s.id) ? `${plan.indexOf(s.id) + 1}. ` : ''}
              {s.title[lang]}
            </span>
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        disabled={plan.length === 0}
        aria-expanded={showPlan}
        onClick={() => setShowPlan((v) => !v)}
      >
        {showPlan ? pt.plan.hide : pt.plan.show}
      </button>
      {plan.length === 0 ? <p className="small">{pt.plan.none}</p> : null}
      {showPlan && plan.length ? (
        <figure className="qr-figure">
          <QrCode
            text={planCodeText(plan)}
            label={pt.qr.planLabel}
            making={pt.qr.making}
            failed={pt.qr.failed}
          />
          <figcaption>{format(pt.plan.title, { n: plan.length })}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
