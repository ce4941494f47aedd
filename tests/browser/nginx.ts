// The shipped nginx configuration (deploy/nginx.conf), run for a test: Debian's nginx as a
// foreground process on a free loopback port, with a throwaway prefix (pid, logs, temp files)
// and the site's `listen` and `root` pointed at a folder of the test's. Nothing else of the site
// file changes. scripts/ensure-deps.sh installs nginx with the browsers.
import { execFile, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, stopChild } from '../engines/processes';

export const NGINX_PATH = '/usr/sbin/nginx';

const repoRoot = path.resolve(import.meta.dirname, '../..');

export interface RunningNginx {
  /** e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
  port: number;
  /** Stops nginx; resolves once the process has exited (the port answers nothing any more). */
  close(): Promise<void>;
}

/** The shipped site file with its `listen` lines and its `root` replaced; each must be there. */
export async function siteConfig(root: string, port: number): Promise<string> {
  const shipped = await readFile(path.join(repoRoot, 'deploy/nginx.conf'), 'utf8');
  const listen = /^ {4}listen [^;]+;\n/gm;
  const rootLine = /^ {4}root [^;]+;$/gm;
  if ((shipped.match(listen) ?? []).length === 0 || (shipped.match(rootLine) ?? []).length !== 1) {
    throw new Error(
      'deploy/nginx.conf: expected `listen` lines and one `root` in its server block',
    );
  }
  let first = true;
  return shipped
    .replace(listen, () => (first ? ((first = false), `    listen 127.0.0.1:${port};\n`) : ''))
    .replace(rootLine, `    root ${root};`);
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Serves `root` (a copy of dist/) with the shipped configuration. */
export async function startNginx(root: string): Promise<RunningNginx> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-nginx-'));
  // Run as root, nginx's workers run as `nobody`: they must be able to read the site.
  await chmod(prefix, 0o755);
  await mkdir(path.join(prefix, 'temp'));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const site = path.join(prefix, 'site.conf');
    await writeFile(site, await siteConfig(root, port));
    const temp = (name: string) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`;
    await writeFile(
      path.join(prefix, 'nginx.conf'),
      [
        'worker_processes 1;',
        `pid ${path.join(prefix, 'nginx.pid')};`,
        'error_log stderr warn;',
        'events { worker_connections 64; }',
        'http {',
        '  access_log off;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((n) => `  ${temp(n)}`),
        `  include ${site};`,
        '}',
        '',
      ].join('\n'),
    );
    const args = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', 'stderr'];
    // `nginx -t` first: the shipped file must load without a warning, not only start.
    const checked = await promisify(execFile)(NGINX_PATH, ['-t', ...args]).catch(
      (e: { stderr?: string; message: string }) => ({ stderr: e.stderr ?? e.message }),
    );
    if (
      !/test is successful/.test(checked.stderr) ||
      /\[(warn|emerg|alert|crit)\]/.test(checked.stderr)
    ) {
      await rm(prefix, { recursive: true, force: true });
      throw new Error(`nginx -t:\n${checked.stderr}`);
    }
    const child = spawn(NGINX_PATH, [...args, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
    // Ready when the port answers; gone when the process ends first (a bad config, a taken port).
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) break;
      if (await answers(port)) break;
      const failed = await Promise.race([
        spawnError,
        new Promise<null>((r) => setTimeout(() => r(null), 50)),
      ]);
      if (failed) throw new Error(`${NGINX_PATH} did not start: ${failed.message}`);
    }
    if (child.exitCode === null && child.signalCode === null) {
      const url = `http://127.0.0.1:${port}`;
      let closing: Promise<void> | undefined;
      return {
        url,
        port,
        close: () =>
          (closing ??= (async () => {
            await stopChild(child); // SIGTERM: nginx's fast shutdown drops open connections
            await rm(prefix, { recursive: true, force: true });
          })()),
      };
    }
    if (!/Address already in use/.test(stderr) || attempt === 3) {
      await rm(prefix, { recursive: true, force: true });
      throw new Error(`nginx exited at start:\n${stderr}`);
    }
  }
}
