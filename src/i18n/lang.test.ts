import { afterEach, describe, expect, it } from 'vitest';
import { detectLang, htmlLang, LANG_STORAGE_KEY, langBootScript, pickLang } from './lang';

/** Runs the boot script as the built page does (a classic script in <head>). */
function runBoot(): void {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script's own source text
  const script = new Function(langBootScript()) as () => void;
  script();
}

function setLanguages(languages: string[]): void {
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
}

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('data-deep');
  history.replaceState(null, '', '/');
});

describe('language', () => {
  it.each([
    [null, ['zh-CN', 'en'], 'zh'],
    [null, ['zh-TW'], 'zh'],
    [null, ['zh'], 'zh'],
    [null, ['en-US', 'zh-CN'], 'en'],
    [null, ['fr-FR'], 'en'],
    [null, [], 'en'],
    ['en', ['zh-CN'], 'en'],
    ['zh', ['en-US'], 'zh'],
    ['de', ['zh-CN'], 'zh'],
  ] as const)('stored %s, browser %j → %s', (stored, languages, lang) => {
    expect(pickLang(stored, languages)).toBe(lang);
  });

  it('the boot script of the built page picks what the app picks, before any paint', () => {
    const cases: [string | null, string[]][] = [
      [null, ['zh-CN']],
      [null, ['en-US']],
      [null, ['zh-HK', 'en']],
      ['en', ['zh-CN']],
      ['zh', ['en-GB']],
    ];
    for (const [stored, languages] of cases) {
      localStorage.clear();
      if (stored) localStorage.setItem(LANG_STORAGE_KEY, stored);
      setLanguages(languages);
      runBoot();
      expect(document.documentElement.lang).toBe(htmlLang(detectLang()));
    }
  });

  it('marks any address but the home screen, where the prerendered home must not show', () => {
    runBoot();
    expect(document.documentElement.hasAttribute('data-deep')).toBe(false);
    history.replaceState(null, '', '/incident/abc');
    runBoot();
    expect(document.documentElement.hasAttribute('data-deep')).toBe(true);
  });
});
