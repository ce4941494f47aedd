/**
 * Language in React: the provider and `useLang`. Which language to start with, and loading each
 * language's interface text (its own chunk), live in ./lang.ts (no React: the start-up script
 * and the prerendered page use them too).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../faults/types';
import { htmlLang, loadUi, storeLang } from './lang';
import type { FeatureText } from './featureText';
import type { UiText } from './ui.en';

export { detectLang, htmlLang, loadUi } from './lang';
export { format } from './format';

interface LangState {
  lang: Lang;
  ui: UiText;
  setLang: (lang: Lang) => Promise<void>;
}

const LangContext = createContext<LangState | null>(null);

export function LangProvider(props: { initial: { lang: Lang; ui: UiText }; children: ReactNode }) {
  const [current, setCurrent] = useState(props.initial);
  const setLang = useCallback(async (lang: Lang) => {
    const ui = await loadUi(lang);
    storeLang(lang);
    document.documentElement.lang = htmlLang(lang);
    setCurrent({ lang, ui });
  }, []);
  const value = useMemo(() => ({ ...current, setLang }), [current, setLang]);
  return <LangContext.Provider value={value}>{props.children}</LangContext.Provider>;
}

export function useLang(): LangState {
  const ctx = useContext(LangContext);
  if (!ctx) throw new Error('useLang outside LangProvider');
  return ctx;
}

/** A lazy feature's own text (see featureText.ts) in the current language. */
export function useText<T>(text: FeatureText<T>): T {
  return text[useLang().lang];
}
