// @vitest-environment node
// The provider plugin (scripts/provider-plugin.ts) in real Vite builds of a small entry that uses
// the app's own loader (src/infra/provider.ts) and the home's welcome module: a good file ships
// in a lazy chunk of its own with only the welcome in the entry; no file ships nothing (the lazy
// import is gone); a bad file fails the build naming each bad field. The rules themselves are
// tested field by field in src/rules/provider.schema.test.ts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDER_ENV, providerFile } from '../../scripts/provider-plugin';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const loader = path.join(projectRoot, 'src/infra/provider.ts');
const sample = JSON.parse(
  await readFile(path.join(projectRoot, 'deploy/provider.sample.json'), 'utf8'),
) as { hotlines: { label: { zh: string }; number: string }[]; welcome: { zh: string } };

let tmp: string;
let entry: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pos-rescue-provider-'));
  entry = path.join(tmp, 'entry.js');
  await writeFile(
    entry,
    [
      `import welcome from 'virtual:pos-rescue/provider-welcome';`,
      `import { loadProvider } from ${JSON.stringify(loader)};`,
      `export const shown = welcome ? welcome.zh : 'no welcome';`,
      `export const load = loadProvider;`,
    ].join('\n'),
  );
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A file in the temporary folder, named by POS_RESCUE_PROVIDER. */
async function providerEnv(text: string): Promise<NodeJS.ProcessEnv> {
  const file = path.join(tmp, `provider-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, text);
  return { [PROVIDER_ENV]: file };
}

/** Builds the entry; `root` is where provider.json is looked for when no file is named. */
async function buildWith(env: NodeJS.ProcessEnv, root = projectRoot, mode = 'production') {
  const result = await build({
    root,
    mode,
    configFile: false,
    logLevel: 'silent',
    plugins: [providerFile(env)],
    build: {
      write: false,
      minify: false,
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        external: ['react'],
        preserveEntrySignatures: 'strict',
      },
    },
  });
  const output = (Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput;
  const chunks = output.output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  return {
    entry: chunks.find((c) => c.isEntry)!,
    lazy: chunks.filter((c) => !c.isEntry),
  };
}

describe('the provider plugin, in a real build', () => {
  it('a good file: the welcome in the entry, the rest in one lazy chunk', async () => {
    const { entry: main, lazy } = await buildWith(await providerEnv(JSON.stringify(sample)));
    expect(main.code).toContain(sample.welcome.zh);
    expect(main.code).not.toContain(sample.hotlines[0]!.number);
    expect(main.code).not.toContain(sample.hotlines[0]!.label.zh);
    expect(main.code).toMatch(/import\(/);
    expect(lazy).toHaveLength(1);
    expect(lazy[0]!.code).toContain(sample.hotlines[0]!.number);
    expect(lazy[0]!.code).toContain(sample.hotlines[0]!.label.zh);
  });

  it('no file: no lazy chunk, no import, no welcome: nothing added', async () => {
    const { entry: main, lazy } = await buildWith({}, tmp);
    expect(lazy).toEqual([]);
    expect(main.code).not.toMatch(/import\(|virtual|provider-welcome/);
    expect(main.code).toContain('no welcome');
    // The loader answers null without loading anything.
    expect(main.code).toMatch(/Promise\.resolve\(null\)/);
  });

  it('a bad file fails the build, naming the file and each bad field', async () => {
    const bad = structuredClone(sample) as unknown as Record<string, unknown>;
    (bad.hotlines as Record<string, unknown>[])[1] = { label: { zh: '售后' }, number: '123' };
    const env = await providerEnv(JSON.stringify(bad));
    const name = path.relative(projectRoot, env[PROVIDER_ENV]!);
    const failed = await buildWith(env).then(
      () => null,
      (e: unknown) => (e instanceof Error ? e.message : String(e)),
    );
    expect(failed).toContain(`${name}: hotlines[1].label.en: is missing`);
    expect(failed).toContain(`${name}: hotlines[1].number: not a phone number`);
  });

  it('a file that is not JSON fails the build', async () => {
    await expect(buildWith(await providerEnv('{ "name": '))).rejects.toThrow(/is not JSON/);
  });

  it('POS_RESCUE_PROVIDER naming a missing file fails the build (it was asked for)', async () => {
    const env = { [PROVIDER_ENV]: path.join(tmp, 'missing.json') };
    await expect(buildWith(env)).rejects.toThrow(
      `${PROVIDER_ENV}=${env[PROVIDER_ENV]}: no such file`,
    );
  });

  it('under Vitest no file is read: the lazy import stays and yields null', async () => {
    const { entry: main, lazy } = await buildWith(
      await providerEnv('not even JSON'),
      projectRoot,
      'test',
    );
    expect(main.code).toMatch(/import\(/);
    expect(lazy).toHaveLength(1);
    expect(lazy[0]!.code).toMatch(/export default null|null as default|var \w+ = null/);
  });
});
