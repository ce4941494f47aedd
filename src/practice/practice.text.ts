/**
 * Practice mode's text in both languages (practice.text.en.ts / .zh.ts, the pattern of
 * i18n/featureText.ts): imported statically by practice's modules, so it arrives with the
 * practice chunk and never with the first load. Screens read it with `useText(practiceText)`;
 * pure modules (csv.ts) take `practiceText[lang]`. Either way it is called `pt`, under that one
 * name, sections included (`pt.trainer.heading`, not `t.heading` after `const t = pt.trainer`).
 */
import type { FeatureText } from '../i18n/featureText';
import { practiceTextEn, type PracticeText } from './practice.text.en';
import { practiceTextZh } from './practice.text.zh';

export type { PracticeText } from './practice.text.en';

export const practiceText: FeatureText<PracticeText> = { en: practiceTextEn, zh: practiceTextZh };
