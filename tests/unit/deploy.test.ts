// @vitest-environment node
// deploy/nginx.conf and docs/deploy.md are written by hand, for people to read and adapt;
// deploy/headers.mjs is the list they must carry. This reads the file's directives and compares
// them with that list, both ways (nothing missing, nothing extra), and checks that the recipe
// quotes every value. tests/browser/webServer.test.ts runs the configuration in nginx.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CACHE_CONTROL,
  COMPRESSIBLE,
  CONTENT_TYPES,
  GZIP_LEVEL,
  HASHED_PREFIX,
  SECURITY_HEADERS,
} from '../../deploy/headers.mjs';
import { PROVIDER_LIMITS } from '../../src/rules/limits';
import { parseProviderFile } from '../../src/rules/provider.schema';

const read = (file: string) =>
  readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8');
const conf = read('deploy/nginx.conf')
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .join('\n');

/** The words of every `name …;` directive with that name, in order. */
function directives(name: string): string[][] {
  return [...conf.matchAll(new RegExp(`^${name}\\s+([^;{]*);`, 'gm'))].map((m) =>
    m[1]!.trim().split(/\s+/),
  );
}

/** The lines inside the first `<opening> {` … `}` block. */
function block(opening: string): string[] {
  const start = conf.indexOf(`${opening} {`);
  expect(start, opening).toBeGreaterThanOrEqual(0);
  const body = conf.slice(conf.indexOf('{', start) + 1, conf.indexOf('}', start));
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A media type without its parameters. */
const media = (type: string) => type.split(';')[0]!.trim();

describe('deploy/nginx.conf carries deploy/headers.mjs', () => {
  it('adds exactly the security headers and Cache-Control, on every response', () => {
    const added = [...conf.matchAll(/^add_header\s+(\S+)\s+("[^"]*"|\S+)(\s+always)?;/gm)];
    expect(added.every((m) => m[3] !== undefined)).toBe(true);
    const headers = Object.fromEntries(added.map((m) => [m[1]!, m[2]!.replace(/^"|"$/g, '')]));
    expect(headers).toEqual({ ...SECURITY_HEADERS, 'Cache-Control': '$pos_rescue_cache_control' });
    // Only at the server level: an add_header inside a location would drop all of these there.
    expect(conf.match(/add_header/g)).toHaveLength(added.length);
  });

  it('caches hashed files for a year, revalidates the rest, keeps no error', () => {
    const rules = block('map "$status:$uri" $pos_rescue_cache_control').map((line) => {
      const m = /^("[^"]*"|\S+)\s+"([^"]*)";$/.exec(line);
      expect(m, line).not.toBeNull();
      return [m![1]!.replace(/^"|"$/g, ''), m![2]!] as const;
    });
    expect(rules).toEqual([
      [`~^(200|206|304):${HASHED_PREFIX}`, CACHE_CONTROL.hashed],
      ['~^(200|206|304):', CACHE_CONTROL.revalidate],
      ['default', CACHE_CONTROL.error],
    ]);
  });

  it('types every kind of file of the build as the list does, with the charset where it has one', () => {
    const types: Record<string, string> = {};
    for (const line of block('types')) {
      const [type, ...extensions] = line.replace(/;$/, '').split(/\s+/);
      for (const ext of extensions) types[`.${ext}`] = type!;
    }
    expect(types).toEqual(
      Object.fromEntries(Object.entries(CONTENT_TYPES).map(([ext, t]) => [ext, media(t)])),
    );
    const withCharset = new Set(
      Object.values(CONTENT_TYPES)
        .filter((t) => t.includes('charset=utf-8'))
        .map(media),
    );
    expect(directives('charset')).toEqual([['utf-8']]);
    // text/html gets the charset without being listed (nginx warns when it is).
    withCharset.delete('text/html');
    expect(new Set(directives('charset_types')[0])).toEqual(withCharset);
  });

  it('compresses exactly the compressible types, at the shared level', () => {
    expect(directives('gzip')).toEqual([['on']]);
    expect(directives('gzip_comp_level')).toEqual([[String(GZIP_LEVEL)]]);
    expect(directives('gzip_vary')).toEqual([['on']]);
    const compressible = new Set(COMPRESSIBLE.map((ext) => media(CONTENT_TYPES[ext]!)));
    // text/html is always compressed once gzip is on (nginx warns when it is listed).
    compressible.delete('text/html');
    expect(new Set(directives('gzip_types')[0])).toEqual(compressible);
  });

  it('falls back to index.html for app routes only, and answers a missing file with a 404', () => {
    expect(block('location /')).toEqual(['try_files $uri /index.html;']);
    expect(block(`location ^~ ${HASHED_PREFIX}`)).toEqual(['try_files $uri =404;']);
    expect(block('location ~ "\\.[A-Za-z0-9]+$"')).toEqual(['try_files $uri =404;']);
  });
});

describe('docs/deploy.md quotes deploy/headers.mjs', () => {
  const doc = read('docs/deploy.md');
  it.each(Object.entries(SECURITY_HEADERS))('%s: %s', (name, value) => {
    expect(doc).toContain(`| \`${name}\``);
    expect(doc).toContain(`\`${value}\``);
  });

  it.each(Object.values(CACHE_CONTROL))('Cache-Control: %s', (value) => {
    expect(doc).toContain(`\`${value}\``);
  });

  it.each(['.webmanifest', '.wasm', '.js'])('the type of %s', (ext) => {
    expect(doc).toContain(`\`${ext}\` → \`${media(CONTENT_TYPES[ext]!)}\``);
  });
});

describe('docs/deploy.md, "A provider\'s own copy", says what the build checks', () => {
  const doc = read('docs/deploy.md');
  const section = doc.split("## A provider's own copy")[1]!.split(/^## /m)[0]!;

  it('its example is the shipped sample, and the sample passes the build’s check', () => {
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    const sample = read('deploy/provider.sample.json');
    expect(JSON.parse(example!)).toEqual(JSON.parse(sample));
    expect(parseProviderFile(sample).ok).toBe(true);
  });

  it('its table gives the limits the build enforces', () => {
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    const limitOf = (field: string) =>
      rows.find((r) => r.startsWith(`| \`${field}`))?.split('|')[3];
    expect(limitOf('name.zh')).toContain(`${PROVIDER_LIMITS.nameChars} characters`);
    expect(limitOf('hotlines`')).toContain(`${PROVIDER_LIMITS.hotlines}`);
    expect(limitOf('hotlines[n].label')).toContain(`${PROVIDER_LIMITS.labelChars} characters`);
    expect(limitOf('hotlines[n].number')).toContain(`${PROVIDER_LIMITS.numberChars} characters`);
    expect(limitOf('welcome.zh')).toContain(`${PROVIDER_LIMITS.welcomeChars} characters`);
  });

  it('its example of a refused file is what the check says', () => {
    const bad = JSON.parse(read('deploy/provider.sample.json')) as Record<string, unknown>;
    (bad.hotlines as { number: string }[])[1]!.number = 'call us';
    bad.welcom = bad.welcome;
    const parsed = parseProviderFile(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    for (const problem of parsed.ok ? [] : parsed.problems) {
      expect(section).toContain(`provider.json: ${problem}`);
    }
  });
});
