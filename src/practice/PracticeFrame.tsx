/**
 * What every practice screen wears: the top bar, the banner "PRACTICE — not a real incident" and
 * the practice colours (practice.css), so nobody mistakes a drill for a real fault.
 */
import type { ReactNode } from 'react';
import { format, useText } from '../i18n/i18n';
import { practiceText } from './practice.text';
import { TopBar } from '../ui/TopBar';

export function PracticeFrame(props: { title?: string; trainee?: string; children: ReactNode }) {
  const pt = useText(practiceText);
  return (
    <div className="practice">
      <TopBar title={props.title ?? pt.heading} />
      <section className="practice-banner" aria-label={pt.bannerLabel}>
        <p>
          <strong>{pt.banner}</strong>
          {props.trainee ? (
            <span className="practice-trainee">
              {format(pt.traineeIs, { name: props.trainee })}
            </span>
          ) : null}
        </p>
      </section>
      {props.children}
    </div>
  );
}
