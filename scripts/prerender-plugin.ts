/**
 * `vite build` only: paints the home screen from HTML. The built index.html gets
 *  - inside #root, the home screen rendered with react-dom/server in both languages
 *    (`<div data-prerender="zh">…</div><div data-prerender="en">…</div>`), by src/app/prerender.tsx;
 *  - in <head>, a tiny blocking classic script (assets/lang-<hash>.js, same origin: the CSP
 *    allows it, and it is precached like every other file) that sets <html lang> before the first
 *    paint; app.css then shows only that language's copy (and none off the home address).
 * src/main.tsx keeps that copy, drops the other, and hydrates after the first paint, so the app's
 * script is off the critical path and nothing moves when it arrives.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { PROVIDER_PLUGIN, type ProviderApi } from './provider-plugin.js';
import { withSourceLoader } from './sourceLoader.mjs';
import type { Lang } from '../src/faults/types';

interface PrerenderModule {
  renderHome(lang: Lang): Promise<string>;
  langBootScript(): string;
}

const LANGS: readonly Lang[] = ['zh', 'en'];
const ROOT_DIV = '<div id="root"></div>';

async function renderAll(
  root: string,
  plugins: Plugin[],
): Promise<{ home: Record<Lang, string>; boot: string }> {
  // A throwaway SSR loader without this config (and so without this plugin or the PWA one); with
  // the provider's modules, as the home shows its welcome.
  return withSourceLoader(
    root,
    async (load) => {
      const mod = (await load('/src/app/prerender.tsx')) as unknown as PrerenderModule;
      const home = {} as Record<Lang, string>;
      for (const lang of LANGS) home[lang] = await mod.renderHome(lang);
      return { home, boot: mod.langBootScript() };
    },
    { plugins },
  );
}

export function prerenderHome(): Plugin {
  let root = process.cwd();
  let sourcePlugins: Plugin[] = [];
  let rendered: { home: Record<Lang, string>; boot: string } | undefined;
  let bootFile = '';
  return {
    name: 'pos-rescue:prerender-home',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      const provider = config.plugins.find((p) => p.name === PROVIDER_PLUGIN);
      if (!provider) throw new Error(`prerender-home: the ${PROVIDER_PLUGIN} plugin is missing`);
      sourcePlugins = [(provider.api as ProviderApi).sourcePlugin()];
    },
    async buildStart() {
      rendered = await renderAll(root, sourcePlugins);
      const hash = createHash('sha256').update(rendered.boot).digest('hex').slice(0, 8);
      bootFile = `assets/lang-${hash}.js`;
      this.emitFile({ type: 'asset', fileName: bootFile, source: rendered.boot });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!rendered) throw new Error('prerender-home: nothing rendered');
        if (!html.includes(ROOT_DIV)) {
          throw new Error(`prerender-home: index.html has no ${ROOT_DIV}`);
        }
        const copies = LANGS.map(
          (lang) => `<div data-prerender="${lang}">${rendered!.home[lang]}</div>`,
        );
        let out = html.replace(ROOT_DIV, `<div id="root">${copies.join('')}</div>`);
        // Before the first script or stylesheet, so it runs as soon as it arrives.
        const boot = `<script src="/${bootFile}"></script>\n    `;
        const first = out.search(/<script\b|<link\s+rel="stylesheet"/i);
        if (first < 0) throw new Error('prerender-home: no script or stylesheet in index.html');
        out = out.slice(0, first) + boot + out.slice(first);
        return out;
      },
    },
  };
}
