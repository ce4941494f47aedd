/**
 * Interface text that belongs to one lazily loaded feature (install help, history, practice…)
 * lives beside that feature, not in ui.en.ts / ui.zh.ts, so it ships in the feature's chunk and
 * not in the first-load language chunk. The pattern (ARCHITECTURE.md, "Text and languages"):
 *
 *   src/<feature>/<name>.text.en.ts   export const historyTextEn = { … } as const;
 *                                     export type HistoryText = Widen<typeof historyTextEn>;
 *   src/<feature>/<name>.text.zh.ts   export const historyTextZh: HistoryText = { … };
 *   the feature's screen              const t = useText(historyText);   // from i18n.tsx
 *                                     with historyText = { en: historyTextEn, zh: historyTextZh }
 *
 * Typed so that Chinese must have every key English has (and no other). Both languages are
 * imported statically by the feature's own module, so they load with its chunk, never earlier.
 */
import type { Lang } from '../faults/types';

/** The shape of `as const` text: string literals widened to string, tuples to readonly arrays. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };

/** A feature's text in both languages. */
export type FeatureText<T> = Readonly<Record<Lang, T>>;
