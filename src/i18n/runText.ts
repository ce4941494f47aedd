/**
 * The hand-off summary: what was checked and tried, in the current language, built from the
 * answer path and the guide's text. Pure, so the escalation screen, the report for support and
 * the tests share it.
 */
import { pathOf } from '../faults/engine';
import type { ChoiceEvent, Guide, GuideText, Lang, LogEntry, StepMeta } from '../faults/types';
import type { UiText } from './ui.en';

export interface SummaryLine {
  stepId: string;
  step: string;
  answer: string;
  at: number;
}

export function choiceLabel(
  text: GuideText,
  ui: UiText,
  stepId: string,
  event: ChoiceEvent,
): string {
  const own = text.states[stepId]?.choices?.[event];
  if (own) return own;
  const generic = (ui.step.choices as Record<string, string>)[event];
  return generic ?? event;
}

export function summaryLines(
  guide: Guide,
  lang: Lang,
  ui: UiText,
  log: readonly LogEntry[],
): SummaryLine[] {
  const text = guide.content[lang];
  return pathOf(log).map((entry) => {
    const st = text.states[entry.from];
    const node = guide.machine.root.states[entry.from] as { meta?: StepMeta } | undefined;
    const isAction = node?.meta?.kind === 'remedy' || node?.meta?.kind === 'info';
    return {
      stepId: entry.from,
      step: st?.summary ?? st?.heading ?? entry.from,
      // A remedy's "did that fix it?" reads better as "Restarted the terminal: No, still wrong".
      answer:
        isAction && entry.event === 'next'
          ? '✓'
          : choiceLabel(text, ui, entry.from, entry.event as ChoiceEvent),
      at: entry.at,
    };
  });
}

export function summaryText(
  guide: Guide,
  lang: Lang,
  ui: UiText,
  log: readonly LogEntry[],
  header: string[] = [],
): string {
  const lines = summaryLines(guide, lang, ui, log).map(
    (l) => `- ${ui.end.answered.replace('{step}', l.step).replace('{answer}', l.answer)}`,
  );
  return [...header, ...lines].join('\n');
}
