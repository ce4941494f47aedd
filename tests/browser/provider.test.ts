// A provider's own copy, built and served as a provider would (docs/deploy.md, "A provider's own
// copy"): a production build of its own with the shipped sample provider file (the shared test
// build in dist/ stays without one), served by the shipped nginx configuration. Its welcome is on
// the home, its hotlines are the call buttons of a call step until the merchant saves a number
// of their own, which then wins; settings' "put it on every staff phone" shows a QR code that
// decodes (ZXing in Node, from a screenshot) to the app's own address. A broken provider file
// stops the build with the field named.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_ENV } from '../../scripts/provider-plugin';
import { securityLockGuide } from '../../src/faults/securityLock/securityLock.guide';
import type { ChoiceEvent } from '../../src/faults/types';
import { format } from '../../src/i18n/i18n';
import { choiceLabel } from '../../src/i18n/runText';
import { uiZh } from '../../src/i18n/ui.zh';
import { shareTextZh } from '../../src/pwa/share.text.zh';
import { parsePhone } from '../../src/rules/phone';
import type { ProviderInfo } from '../../src/rules/provider.schema';
import { settingsTextZh } from '../../src/app/settings.text.zh';
import { buildProduction } from './global-setup';
import { launchBrowser, type LaunchedBrowser } from './harness';
import { startNginx, type RunningNginx } from './nginx';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const sampleFile = path.join(repoRoot, 'deploy/provider.sample.json');
const sample = JSON.parse(await readFile(sampleFile, 'utf8')) as ProviderInfo;

const telOf = (n: string) => {
  const phone = parsePhone(n);
  if (!phone.ok) throw new Error(`${n} does not dial`);
  return phone.tel;
};

/** A production build of the project with `providerFile`, into `outDir`. */
function buildWith(providerFile: string, outDir: string): Promise<void> {
  return buildProduction({ outDir, env: { [PROVIDER_ENV]: providerFile } });
}

let tmp = '';
let nginx: RunningNginx | undefined;
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-provider-'));
  await chmod(tmp, 0o755); // nginx's workers (`nobody` under root) read the site
  const site = path.join(tmp, 'site');
  await buildWith(sampleFile, site);
  nginx = await startNginx(site);
}, 240_000);

afterAll(async () => {
  await Promise.allSettled([browser?.close(), nginx?.close()]);
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('a provider’s own copy, served by nginx (zh-CN)', () => {
  it('welcomes on the home; its hotlines on a call step, until the merchant’s own number wins', async () => {
    browser = await launchBrowser({ baseUrl: nginx!.url, locale: 'zh-CN' });
    const { page } = browser;
    await page.goto(browser.url('/'));
    await page.locator('.provider-welcome').filter({ hasText: sample.welcome!.zh }).waitFor();

    await page.goto(browser.url('/guide/securityLock'));
    const answers: [string, ChoiceEvent][] = [
      ['screen', 'screen.securityLock'],
      ['tamperCheck', 'answer.no'],
      ['wrongPasswords', 'answer.yes'],
    ];
    for (const [from, event] of answers) {
      await page.locator(`main[data-state="${from}"]`).waitFor();
      const label = choiceLabel(securityLockGuide.content.zh, uiZh, from, event);
      await page.locator('.choices').getByRole('button', { name: label, exact: true }).click();
    }
    await page.locator('main[data-state="passwordReset"]').waitFor();
    const calls = page.getByRole('region', { name: uiZh.calls.heading });
    const links = calls.getByRole('link');
    await links.first().waitFor();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      sample.hotlines.map((h) => telOf(h.number)),
    );
    const first = sample.hotlines[0]!;
    expect(await links.first().textContent()).toContain(
      format(uiZh.calls.providerNamed, { provider: `${sample.name.zh} · ${first.label.zh}` }),
    );

    // The merchant's own number, saved at the step: from then on the only provider button.
    const own = '0571-88886666';
    await calls.locator('details.more > summary').click();
    await calls.getByRole('textbox', { name: uiZh.calls.saveNumberLabel }).fill(own);
    await calls.getByRole('button', { name: uiZh.calls.saveNumber }).click();
    await calls.getByRole('status').filter({ hasText: uiZh.calls.savedNumber }).waitFor();
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      telOf(own),
    ]);
    // It stays the merchant's after a reload (committed to IndexedDB, read back).
    await page.reload();
    await page.locator('main[data-state="passwordReset"]').waitFor();
    await page.locator(`a.call-button[href="${telOf(own)}"]`).waitFor();
    expect(await links.count()).toBe(1);
    await browser.expectClean();
  });

  it('settings shows a QR code of the app’s own address, and it decodes to that address', async () => {
    browser = await launchBrowser({ baseUrl: nginx!.url, locale: 'zh-CN' });
    const { page } = browser;
    await page.goto(browser.url('/settings'));
    await page.getByRole('heading', { level: 1, name: settingsTextZh.heading }).waitFor();
    const address = `${nginx!.url}/`;
    const code = page.getByRole('img', { name: format(shareTextZh.qrLabel, { url: address }) });
    await code.waitFor();
    const png = await code.screenshot();
    const require = createRequire(import.meta.url);
    const wasm = await readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    // The WebAssembly from node_modules (by default ZXing would fetch it from a CDN).
    await prepareZXingModule({
      overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.length) },
      fireImmediately: true,
    });
    const read = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'] });
    expect(read.map((r) => r.text)).toEqual([address]);
    await browser.expectClean();
  });
});

describe('a broken provider file', () => {
  it('stops the build, naming the file and the field', async () => {
    const bad = structuredClone(sample);
    bad.hotlines[0]!.number = 'call us';
    const file = path.join(tmp, 'provider.json');
    await writeFile(file, JSON.stringify(bad));
    await expect(buildWith(file, path.join(tmp, 'broken'))).rejects.toThrow(
      `${path.relative(repoRoot, file)}: hotlines[0].number: not a phone number`,
    );
  });
});
