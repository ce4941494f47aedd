// Hostile backups, generated: a real export of a phone's data (incidents walked with the real
// guides, a note with a photo, a terminal, a practice run, two lookups) is mutated at every field of every
// record type by a seeded generator, and each variant goes through the same restore the backup
// page runs. For every variant: a refusal leaves the database byte-identical and has a message
// in both languages; whatever is accepted holds no card number and every screen can show it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { faults } from '../faults/registry';
import { backupTextEn } from './backup.text.en';
import { backupTextZh } from './backup.text.zh';
import { containsCardData } from '../rules/cardGuard';
import { exportAll } from '../storage/backup.repo';
import { indexedDbStorage, type AppStorage } from '../storage/openStorage';
import { createStores, type BackupService } from '../storage/stores';
import {
  isShowableIncident,
  isShowableLookup,
  isShowableNote,
  isShowableTerminal,
} from '../storage/recordRules';
import { cleanupDbs, dumpDatabase, freshDb } from '../storage/testUtils';
import { buildBackup, restoreFromFile } from './backupFile';
import { errorMessage } from './BackupPage';
import { choose, newIncident } from '../wizard/incidentRun';
import { choicesOf } from '../faults/engine';

const T0 = Date.UTC(2026, 10, 20, 9, 30);
/** A 1×1 JPEG's first bytes are enough: the file keeps them as they are. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0]);

const CARDS = [
  '4111111111111111',
  '4111 1111 1111 1111',
  '6222-0212-3456-7890',
  '４１１１１１１１１１１１１１１１',
  'x4111111111111111y',
];
const ABSURD_NUMBERS = ['1e16', '1e300', '9e15', '1e999', '-1e17', '8640000000000001'];
const HOSTILE_VALUES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const WRONG_TYPES = ['{}', '[]', 'null', 'true', '"x"'];

/** A seeded generator (same seed, same cases, every run). */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every leaf and object of a JSON value, with its path. */
function walk(value: Json, path: Path = [], out: { path: Path; value: Json }[] = []) {
  out.push({ path, value });
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], out);
  }
  return out;
}

/** The JSON text with the value at `path` replaced by raw JSON text (which may be invalid JSON). */
function replaceAt(root: Json, path: Path, rawJson: string): string {
  const marker = `\u0000MARK${Math.random()}\u0000`;
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path.at(-1)!] = marker;
  return JSON.stringify(copy).replace(JSON.stringify(marker), rawJson);
}

const isInside = (path: Path, key: string) => path.includes(key);

let storage: AppStorage;
let backup: BackupService;
let goodText: string;
let good: Json;

/**
 * Fixed ids in the app's canonical UUID form (never crypto.randomUUID here: a random UUID's hex
 * digit groups read like a card number one time in a few hundred, which made this test fail at
 * random; the app allows a canonical UUID for that reason, see storage/recordRules.ts).
 */
const uuid = (phone: string, n: number) =>
  `0c0ffee0-${phone}${String(n).padStart(2, '0')}-4abc-8def-a1b2c3d4e5f6`;

/** `phone`: two hex letters that keep the ids of two phones apart. */
async function seed(s: AppStorage, phone: string) {
  // Each guide walked along its first choices to an end, and one left in progress.
  let n = 0;
  let ids = 0;
  for (const entry of faults) {
    const guide = await entry.load();
    let view = newIncident(guide, { id: uuid(phone, ids++), now: T0 + n++ * 1000 }, undefined);
    for (let i = 0; i < 6; i++) {
      const events = choicesOf(guide, view.snapshot);
      if (events.length === 0) break;
      view = choose(guide, view, events[0]!, T0 + n++ * 1000);
    }
    await s.incidents.put(view.record);
  }
  const [first] = await s.incidents.listAll();
  await s.notes.put({
    id: uuid(phone, ids++),
    incidentId: first!.id,
    stepId: 'screen',
    createdAt: T0,
    updatedAt: T0 + 1,
    text: '顾客卡号 •••• 1111，师傅电话 13812345678',
    photo: new Blob([JPEG], { type: 'image/jpeg' }),
  });
  await s.terminals.put({
    id: uuid(phone, ids++),
    name: '前台',
    model: 'P2',
    serial: 'SN0820123456',
    provider: '银联商务',
    providerPhone: '400-123-4567',
    createdAt: T0,
    updatedAt: T0,
  });
  await s.db!.practiceRuns.put({
    id: uuid(phone, ids++),
    scenarioId: 'keyError-exposure',
    fault: 'keyError',
    guideVersion: 2,
    trainee: '小李',
    startedAt: T0,
    updatedAt: T0 + 5,
    endedAt: T0 + 5,
    status: 'finished',
    endState: 'stopCards',
    log: [{ from: 'screen', event: 'screen.keyError', at: T0 + 1 }],
    result: {
      score: 80,
      reachedExpectedEnd: true,
      stepsTaken: 3,
      shortestSteps: 2,
      wrongAnswers: 1,
      unsafe: [],
      durationMs: 5,
    },
  });
  await s.lookups.put({
    id: uuid(phone, ids++),
    q: '卡号 •••• 1111 余额不足',
    answer: 'code:51',
    close: ['msg:cardRead', 'guide:pinEntry'],
    at: T0,
    updatedAt: T0 + 2,
    lang: 'zh',
  });
  await s.lookups.put({
    id: uuid(phone, ids++),
    q: 'nothing like it',
    answer: 'ask:network',
    close: [],
    at: T0 + 10,
    updatedAt: T0 + 20,
    lang: 'en',
  });
}

beforeEach(async () => {
  const source = indexedDbStorage(freshDb());
  await seed(source, 'aa');
  goodText = (await buildBackup(await exportAll(source), T0 + 60_000)).json;
  good = JSON.parse(goodText) as Json;
  storage = indexedDbStorage(freshDb());
  backup = createStores(storage).backup;
  // The phone being restored onto already holds data of its own.
  await seed(storage, 'bb');
});
afterEach(cleanupDbs);

interface Case {
  name: string;
  text: string;
  /** false: the file may be accepted (an unknown key is dropped), but nothing bad may land. */
  mustRefuse: boolean;
}

function generate(seedValue: number, count: number): Case[] {
  const random = lcg(seedValue);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const nodes = walk(good).filter((n) => n.path.length > 0);
  const strings = nodes.filter((n) => typeof n.value === 'string');
  const numbers = nodes.filter((n) => typeof n.value === 'number');
  const objects = nodes.filter((n) => n.value !== null && typeof n.value === 'object');
  const required = nodes.filter(
    (n) =>
      !isInside(n.path, 'snapshot') &&
      [
        'id',
        'incidentId',
        'fault',
        'status',
        'log',
        'startedAt',
        'updatedAt',
        'text',
        'name',
        'q',
        'answer',
        'at',
        'lang',
      ].includes(String(n.path.at(-1))),
  );
  const cases: Case[] = [];
  const where = (p: Path) => p.join('.');
  const kinds = [
    () => {
      const n = pick(strings);
      // A terminal's serial is read as a code (rules/cardGuard.ts): digits glued to letters are
      // part of it by design, so there the card comes without letters around it.
      const card = pick(
        n.path.at(-1) === 'serial' ? CARDS.filter((c) => !/[a-z]/i.test(c)) : CARDS,
      );
      return {
        name: `card in ${where(n.path)}`,
        text: replaceAt(good, n.path, JSON.stringify(card)),
        mustRefuse: true,
      };
    },
    () => {
      // A card number glued to the real value: the field keeps its shape otherwise.
      const n = pick(strings);
      const v = `${n.value as string} ${pick(CARDS)}`;
      return {
        name: `card appended to ${where(n.path)}`,
        text: replaceAt(good, n.path, JSON.stringify(v)),
        mustRefuse: true,
      };
    },
    () => {
      const n = pick(numbers);
      const x = pick(ABSURD_NUMBERS);
      return {
        name: `${x} at ${where(n.path)}`,
        text: replaceAt(good, n.path, x),
        mustRefuse: true,
      };
    },
    () => {
      const n = pick(strings);
      const x = pick(HOSTILE_VALUES);
      return {
        name: `"${x}" at ${where(n.path)}`,
        text: replaceAt(good, n.path, JSON.stringify(x)),
        mustRefuse: true,
      };
    },
    () => {
      const n = pick([...strings, ...numbers].filter((x) => !isInside(x.path, 'snapshot')));
      const x = pick(
        WRONG_TYPES.filter((t) => t !== JSON.stringify(typeof n.value === 'string' ? 'x' : 0)),
      );
      const raw = typeof n.value === 'string' && x === '"x"' ? '12' : x;
      return {
        name: `${raw} at ${where(n.path)}`,
        text: replaceAt(good, n.path, raw),
        mustRefuse: true,
      };
    },
    () => {
      const n = pick(strings);
      return {
        name: `1 MB string at ${where(n.path)}`,
        text: replaceAt(good, n.path, JSON.stringify('A'.repeat(1_000_000))),
        mustRefuse: true,
      };
    },
    () => {
      const n = pick(required);
      const parentPath = n.path.slice(0, -1);
      const copy = structuredClone(good) as Record<string | number, Json>;
      let parent = copy;
      for (const key of parentPath) parent = parent[key] as Record<string | number, Json>;
      delete parent[n.path.at(-1)!];
      return { name: `no ${where(n.path)}`, text: JSON.stringify(copy), mustRefuse: true };
    },
    () => {
      const n = pick(objects);
      const key = pick(['__proto__', 'constructor', 'prototype']);
      const raw = JSON.stringify(n.value).replace(/^([{[])/, (m) =>
        m === '{' ? `{"${key}":{"polluted":true},` : m,
      );
      const fixed = raw.replace(/,}$/, '}');
      return {
        name: `"${key}" key in ${where(n.path)}`,
        text: replaceAt(good, n.path, fixed.startsWith('[') ? `{"${key}":1}` : fixed),
        mustRefuse: true,
      };
    },
    () => {
      const n = pick(objects.filter((o) => !Array.isArray(o.value)));
      const v = { ...(n.value as Record<string, Json>), extra: pick(CARDS) };
      return {
        name: `unknown key with a card in ${where(n.path)}`,
        text: replaceAt(good, n.path, JSON.stringify(v)),
        mustRefuse: false,
      };
    },
  ];
  for (let i = 0; i < count; i++) cases.push(pick(kinds)());
  return cases;
}

/** A case whose file must be refused: the good file with the value at `path` replaced. */
const refused = (name: string, path: Path, json: string): Case => ({
  name,
  text: replaceAt(good, path, json),
  mustRefuse: true,
});

/** Fixed cases from the issue and a few more. */
function fixedCases(): Case[] {
  const g = good as { incidents: { log: Json[] }[] };
  const entry = g.incidents[0]!.log[0]!;
  const bigLog = replaceAt(
    good,
    ['incidents', 0, 'log'],
    JSON.stringify(Array.from({ length: 100_000 }, () => entry)),
  );
  return [
    { name: 'log of 100,000 entries', text: bigLog, mustRefuse: true },
    refused('startedAt 1e16', ['incidents', 0, 'startedAt'], '1e16'),
    refused('log time 1e300', ['incidents', 0, 'log', 0, 'at'], '1e300'),
    refused('note time 9e15', ['notes', 0, 'createdAt'], '9e15'),
    refused('event __proto__', ['incidents', 0, 'log', 0, 'event'], '"__proto__"'),
    refused(
      'event screen.constructor',
      ['incidents', 0, 'log', 0, 'event'],
      '"screen.constructor"',
    ),
    refused('event answer.maybe', ['incidents', 0, 'log', 0, 'event'], '"answer.maybe"'),
    refused('fault unknown', ['incidents', 0, 'fault'], '"paperJam"'),
    refused('terminal phone is a card', ['terminals', 0, 'providerPhone'], '"6222021234567890"'),
    refused('incident terminalId is a card', ['incidents', 0, 'terminalId'], '"4111111111111111"'),
    refused('note stepId is a card', ['notes', 0, 'stepId'], '"4111111111111111"'),
    refused('trainee is a card', ['practiceRuns', 0, 'trainee'], '"4111 1111 1111 1111"'),
    refused('lookup text holds a PIN', ['lookups', 0, 'q'], '"密码 123456"'),
    refused('lookup answer looks up Object', ['lookups', 0, 'answer'], '"msg:constructor"'),
    refused('lookup close answer is a card', ['lookups', 0, 'close', 1], '"code:4111111111111111"'),
    {
      name: 'random bytes',
      text: String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)),
      mustRefuse: true,
    },
    { name: 'truncated', text: goodText.slice(0, goodText.length >> 1), mustRefuse: true },
  ];
}

/** Every string of the database (photo bytes aside): no card number anywhere. */
function assertNoCard(dump: string) {
  const data = JSON.parse(dump) as Record<string, unknown[]>;
  for (const [table, rows] of Object.entries(data)) {
    for (const row of rows) {
      for (const { value } of walk(row as Json)) {
        if (typeof value === 'string' && !/^bytes:/.test(value)) {
          expect(containsCardData(value), `card in ${table}: ${value.slice(0, 40)}`).toBe(false);
        }
      }
    }
  }
}

describe('hostile backup files (seeded property test)', () => {
  it('the real export restores; every hostile variant is refused with a message and changes nothing', async () => {
    let before = await dumpDatabase(storage.db!);
    const cases = [...fixedCases(), ...generate(20261201, 400)];
    let refused = 0;
    const seenMessages = new Set<string>();
    for (const c of cases) {
      const result = await restoreFromFile(backup, new Blob([c.text]));
      const after = await dumpDatabase(storage.db!);
      if (!result.ok) {
        refused++;
        expect(after, `${c.name}: the database changed after a refusal`).toBe(before);
        for (const text of [backupTextEn, backupTextZh]) {
          const message = errorMessage(text, result.error);
          expect(message.length, c.name).toBeGreaterThan(10);
          expect(message, c.name).not.toMatch(/undefined|\{\w+\}/);
          seenMessages.add(message);
        }
      } else {
        expect(c.mustRefuse, `${c.name} was accepted`).toBe(false);
        assertNoCard(after);
        before = after;
      }
    }
    expect(refused).toBeGreaterThanOrEqual(cases.filter((c) => c.mustRefuse).length);
    expect(seenMessages.size).toBeGreaterThan(4);

    // The genuine file lands, and everything in it is showable.
    const ok = await restoreFromFile(backup, new Blob([goodText]));
    expect(ok.ok).toBe(true);
    const all = await exportAll(storage);
    expect(all.incidents.every(isShowableIncident)).toBe(true);
    expect(all.notes.every(isShowableNote)).toBe(true);
    expect(all.terminals.every(isShowableTerminal)).toBe(true);
    expect(all.lookups.every(isShowableLookup)).toBe(true);
    expect(all.lookups).toHaveLength(4);
    expect(all.incidents.length).toBe(faults.length * 2);
  });
});
