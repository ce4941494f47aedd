/**
 * Which language to show, without React: the start-up script (src/main.tsx) needs it before it
 * loads anything else, and the prerendered page needs the same answer even earlier (see
 * `langBootScript`). zh-CN for Chinese browser locales, English otherwise; the merchant's switch
 * is remembered in localStorage (src/i18n is its only user) because it is needed synchronously.
 */
import type { Lang } from '../faults/types';
import type { UiText } from './ui.en';

export const LANG_STORAGE_KEY = 'pos-rescue.lang';

/**
 * The rule itself: a stored choice wins, else the browser's first language. Self-contained on
 * purpose (no outside names): `langBootScript` ships its source text.
 */
export function pickLang(stored: string | null, languages: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  return /^zh\b/i.test(languages[0] ?? '') ? 'zh' : 'en';
}

/** `<html lang>` of a language. Self-contained too (see pickLang). */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function detectLang(
  stored: string | null = readStoredLang(),
  languages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Lang {
  return pickLang(stored, languages);
}

function readStoredLang(): string | null {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null; // storage blocked (or no window): fall back to the browser locale
  }
}

export function storeLang(lang: Lang): void {
  try {
    localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered across visits in this browser; the switch still works for this visit.
  }
}

const loaders: Record<Lang, () => Promise<UiText>> = {
  en: () => import('./ui.en').then((m) => m.uiEn),
  zh: () => import('./ui.zh').then((m) => m.uiZh),
};

/** Interface text of one language: its own chunk, only the current one is loaded. */
export function loadUi(lang: Lang): Promise<UiText> {
  return loaders[lang]();
}

/**
 * Source of the tiny classic script that the built index.html runs in <head>, before the first
 * paint (build time only; see scripts/prerender-plugin.ts). The page holds the home screen
 * prerendered in both languages; this sets `<html lang>` to the one the app will render, so CSS
 * shows that one from the first paint on (no flash, no layout shift when the app hydrates it),
 * and marks any other address (`data-deep`: /incident/…, /guide/…) so the prerendered home is
 * never shown there. Same rule as detectLang: pickLang and htmlLang's own source text.
 */
export function langBootScript(): string {
  return [
    '(function () {',
    `  var pickLang = ${pickLang.toString()};`,
    `  var htmlLang = ${htmlLang.toString()};`,
    '  var stored = null;',
    `  try { stored = localStorage.getItem(${JSON.stringify(LANG_STORAGE_KEY)}); } catch (e) {}`,
    '  var root = document.documentElement;',
    '  root.lang = htmlLang(pickLang(stored, navigator.languages || []));',
    "  if (location.pathname !== '/') root.setAttribute('data-deep', '');",
    '})();',
    '',
  ].join('\n');
}
