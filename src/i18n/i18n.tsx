/**
 * Language: zh-CN for Chinese browser locales, English otherwise; the merchant's switch is
 * remembered. The choice lives in localStorage (this module is its only user) because it is
 * needed synchronously before the first paint; everything else is in IndexedDB.
 * Interface text of each language is its own chunk: only the current one is loaded.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../faults/types';
import type { UiText } from './ui.en';

const storageKey = 'pos-rescue.lang';

const loaders: Record<Lang, () => Promise<UiText>> = {
  en: () => import('./ui.en').then((m) => m.uiEn),
  zh: () => import('./ui.zh').then((m) => m.uiZh),
};

export function detectLang(
  stored: string | null = readStoredLang(),
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  const first = languages[0] ?? '';
  return /^zh\b/i.test(first) ? 'zh' : 'en';
}

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked: fall back to the browser locale
  }
}

function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Not remembered across visits in this browser; the switch still works for this visit.
  }
}

export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function loadUi(lang: Lang): Promise<UiText> {
  return loaders[lang]();
}

/** Replaces {name} placeholders. */
export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

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
