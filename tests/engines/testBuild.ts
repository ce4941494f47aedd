// A test copy of the production build for the cross-engine tests: the same files, plus the
// error probe (tests/engines/probe.js) as the first script of the page and in the service
// worker's precache (so it also runs offline). The shipped dist/ is never touched.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'probe.js');

export interface TestBuild {
  root: string;
  remove(): Promise<void>;
}

export async function makeTestBuild(distDir: string): Promise<TestBuild> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-engines-'));
  await cp(distDir, root, { recursive: true });
  await cp(PROBE, path.join(root, 'test-probe.js'));
  const htmlPath = path.join(root, 'index.html');
  const html = await readFile(htmlPath, 'utf8');
  const probed = html.replace(/<head>/, '<head>\n    <script src="/test-probe.js"></script>');
  if (probed === html) throw new Error('no <head> in index.html');
  await writeFile(htmlPath, probed);
  const swPath = path.join(root, 'sw.js');
  const sw = await readFile(swPath, 'utf8');
  const withProbe = sw.replace(
    /precacheAndRoute\(\[/,
    'precacheAndRoute([{url:"test-probe.js",revision:"probe"},',
  );
  if (withProbe === sw) throw new Error('no precache list in sw.js');
  await writeFile(swPath, withProbe);
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** A server for a test build that remembers every failed response (status >= 400). */
export async function serveTestBuild(
  root: string,
  failures: string[],
  port = 0,
): Promise<RunningServer> {
  return startServer({
    root,
    port,
    host: '127.0.0.1',
    onResponse: (method, url, status) => {
      if (status >= 400) failures.push(`${method} ${url}: HTTP ${status}`);
    },
  });
}
