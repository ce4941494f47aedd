import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import type { IncidentRecord, LookupRecord, NoteRecord, TerminalRecord } from '../storage/records';
import { guardText } from '../rules/cardGuard';
import {
  BACKUP_FORMAT,
  MAX_PHOTO_BYTES,
  parseBackup,
  type Backup,
  type BackupError,
  type BackupIncident,
  type BackupLookup,
  type BackupNote,
  type BackupPhoto,
  type BackupTerminal,
} from './backup.schema';
import { MAX_NOTE_CHARS } from '../rules/limits';

const base64 = (bytes: number[]): string => btoa(String.fromCharCode(...bytes));
/** The first bytes of a JPEG / PNG file: enough for the magic check. */
const JPEG = base64([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const PNG = base64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);

const T0 = Date.UTC(2025, 0, 15, 9, 30);

function validBackup(): Backup {
  return {
    format: 'pos-rescue-backup',
    schemaVersion: 1,
    exportedAt: T0 + 60_000,
    incidents: [
      {
        id: 'inc-1',
        fault: 'keyError',
        guideVersion: 2,
        terminalId: 'term-1',
        startedAt: T0,
        updatedAt: T0 + 1000,
        endedAt: T0 + 1000,
        status: 'resolved',
        endState: 'fixedBySignIn',
        log: [
          { from: 'start', event: 'answer.yes', at: T0 + 100 },
          { from: '', event: 'back', at: T0 + 200 },
          { from: 'start', event: 'screen.a0', at: T0 + 300 },
        ],
        snapshot: { status: 'done', value: 'fixedBySignIn', context: {} },
      },
      {
        id: 'inc-2',
        fault: 'pinEntry',
        guideVersion: 1,
        startedAt: T0,
        updatedAt: T0,
        status: 'inProgress',
        log: [],
        snapshot: null,
      },
    ],
    notes: [
      {
        id: 'note-1',
        incidentId: 'inc-1',
        stepId: 'start',
        createdAt: T0,
        updatedAt: T0 + 10,
        text: guardText('顾客卡号 4111 1111 1111 1111，金额¥1,234.56，师傅电话 13812345678').text,
        photo: { type: 'image/jpeg', dataBase64: JPEG },
      },
      {
        id: 'note-2',
        incidentId: 'inc-1',
        stepId: '',
        createdAt: T0,
        updatedAt: T0,
        text: '签到后恢复',
        draft: true,
      },
    ],
    terminals: [
      {
        id: 'term-1',
        name: '前台收银',
        brand: 'PAX',
        model: 'A920',
        serial: 'SN0820123456',
        provider: '银联商务',
        providerPhone: '0755-12345678 转 123',
        createdAt: T0,
        updatedAt: T0,
      },
    ],
    practiceRuns: [
      {
        id: 'run-1',
        scenarioId: 'keyError-basic',
        fault: 'keyError',
        guideVersion: 2,
        trainee: 'Xiao Li',
        startedAt: T0,
        updatedAt: T0,
        status: 'inProgress',
        log: [],
      },
    ],
    lookups: [
      {
        id: 'look-1',
        q: guardText('卡号 6222 0212 3456 7890 余额不足').text,
        answer: 'code:51',
        close: ['msg:cardRead'],
        at: T0,
        updatedAt: T0 + 20_000,
        lang: 'zh',
      },
      {
        id: 'look-2',
        q: 'zzqx',
        answer: 'ask:network',
        close: [],
        at: T0 + 60_000,
        updatedAt: T0 + 61_000,
        lang: 'en',
      },
    ],
  };
}

/** Marks a key to delete in `backupWith`. */
const DELETE = Symbol('delete');
/** A dot path into the backup ("notes.0.text") and the value to put there. */
type Edit = [path: string, value: unknown];

/** The valid backup as JSON text, with values changed or deleted by dot path. */
function backupWith(...edits: Edit[]): string {
  const root = JSON.parse(JSON.stringify(validBackup())) as Record<string, unknown>;
  for (const [path, value] of edits) {
    const keys = path.split('.');
    const last = keys.pop()!;
    let parent = root;
    for (const key of keys) parent = parent[key] as Record<string, unknown>;
    if (value === DELETE) Reflect.deleteProperty(parent, last);
    else parent[last] = value;
  }
  return JSON.stringify(root);
}

/** The valid backup with a raw JSON fragment in place of the value at `path`. */
function backupWithRaw(path: string, raw: string): string {
  const marker = '"@@marker@@"';
  return backupWith([path, JSON.parse(marker)]).replace(marker, raw);
}

function errorOf(text: string, opts?: { maxBytes?: number }): BackupError {
  const result = parseBackup(text, opts);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

describe('parseBackup: a valid file', () => {
  it('round-trips through JSON', () => {
    const backup = validBackup();
    const result = parseBackup(JSON.stringify(backup));
    expect(result).toEqual({ ok: true, data: backup });
  });

  it('accepts a backup without practice runs, photos or optional fields', () => {
    const text = backupWith(
      ['practiceRuns', DELETE],
      ['lookups', DELETE],
      ['notes.0.photo', DELETE],
      ['incidents.0.terminalId', DELETE],
      ['terminals.0', { id: 't', name: 'x', createdAt: T0, updatedAt: T0 }],
    );
    const result = parseBackup(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.practiceRuns).toBeUndefined();
    expect(result.data.lookups).toBeUndefined();
  });

  it('accepts an empty backup', () => {
    const text = backupWith(['incidents', []], ['notes', []], ['terminals', []]);
    expect(parseBackup(text).ok).toBe(true);
  });

  it('drops keys it does not know, except inside practice runs', () => {
    const result = parseBackup(backupWith(['extra', 1], ['terminals.0.colour', 'red']));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).not.toHaveProperty('extra');
    expect(result.data.terminals[0]).not.toHaveProperty('colour');
    expect(result.data.practiceRuns?.[0]).toHaveProperty('scenarioId', 'keyError-basic');
  });

  it('accepts PNG and a note of exactly the maximum length', () => {
    const text = backupWith(
      ['notes.0.photo', { type: 'image/png', dataBase64: PNG }],
      ['notes.1.text', '好'.repeat(MAX_NOTE_CHARS)],
    );
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('parseBackup: files that are not JSON', () => {
  const full = JSON.stringify(validBackup());

  it.each([
    ['an empty string', ''],
    ['whitespace', ' \n '],
    ['a file truncated in the middle', full.slice(0, Math.floor(full.length / 2))],
    ['a file missing its last brace', full.slice(0, -1)],
    ['text', 'hello'],
    ['NaN', 'NaN'],
  ])('refuses %s as notJson', (_name, text) => {
    expect(errorOf(text)).toEqual({ code: 'notJson' });
  });
});

describe('parseBackup: JSON that is not a backup', () => {
  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['an array holding a backup', `[${JSON.stringify(validBackup())}]`],
    ['a string', JSON.stringify(BACKUP_FORMAT)],
    ['a number', '1'],
    ['an empty object', '{}'],
    ['another format', backupWith(['format', 'other-app-backup'])],
    ['no format', backupWith(['format', DELETE])],
  ])('refuses %s as notBackup', (_name, text) => {
    expect(errorOf(text)).toEqual({ code: 'notBackup' });
  });
});

describe('parseBackup: schema versions', () => {
  it('says a version 2 file comes from a newer app', () => {
    expect(errorOf(backupWith(['schemaVersion', 2]))).toEqual({
      code: 'unknownVersion',
      newer: true,
    });
  });

  it.each([
    ['"1" (a string)', '1'],
    ['0', 0],
    ['0.5', 0.5],
    ['null', null],
    ['missing', DELETE],
  ])('refuses version %s as unknown, not newer', (_name, version) => {
    expect(errorOf(backupWith(['schemaVersion', version]))).toEqual({
      code: 'unknownVersion',
      newer: false,
    });
  });
});

describe('parseBackup: hostile files', () => {
  const full = JSON.stringify(validBackup());

  it.each([
    ['__proto__ at the top level', `{"__proto__":{"polluted":true},${full.slice(1)}`],
    [
      '__proto__ nested in a log entry',
      backupWithRaw('incidents.0.log.0.at', '1, "__proto__": {"polluted": true}'),
    ],
    [
      'constructor in a snapshot',
      backupWithRaw('incidents.0.snapshot', '{"constructor": {"prototype": {"polluted": true}}}'),
    ],
    ['prototype in a terminal', backupWithRaw('terminals.0.model', '"A920", "prototype": 1')],
    ['constructor in a practice run', backupWithRaw('practiceRuns.0.score', '{"constructor": 1}')],
  ])('refuses %s', (_name, text) => {
    expect(errorOf(text)).toEqual({ code: 'hostile' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['script in a note', 'notes.1.text', 'ok <script>alert(1)</script>'],
    ['script in a terminal name', 'terminals.0.name', '<SCRIPT src=x>'],
    ['javascript: in a phone', 'terminals.0.providerPhone', 'javascript:alert(1)'],
    ['javascript: split by a tab', 'terminals.0.provider', 'java\tscript:alert(1)'],
    ['script in a log event', 'incidents.0.log.0.event', '<script>'],
    ['script in a snapshot', 'incidents.0.snapshot', { value: ['JavaScript:x'] }],
    ['script as a key', 'practiceRuns.0.<script>', 1],
  ])('refuses %s rather than cleaning it', (_name, path, value) => {
    expect(errorOf(backupWith([path, value]))).toEqual({ code: 'hostile' });
  });

  it('does not mistake words about scripts or Java for script text', () => {
    const text = backupWith(['notes.1.text', 'Java script: description; the script ran']);
    expect(parseBackup(text).ok).toBe(true);
  });
});

describe('parseBackup: size', () => {
  const text = JSON.stringify(validBackup());

  it('refuses a file over maxBytes', () => {
    const bytes = new TextEncoder().encode(text).length;
    expect(errorOf(text, { maxBytes: bytes - 1 })).toEqual({
      code: 'tooLarge',
      maxBytes: bytes - 1,
    });
    expect(parseBackup(text, { maxBytes: bytes }).ok).toBe(true);
  });

  it('refuses an oversized file before parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(errorOf(text, { maxBytes: 10 })).toEqual({ code: 'tooLarge', maxBytes: 10 });
    expect(parse).not.toHaveBeenCalled();
  });

  it('counts bytes, not characters, for Chinese text', () => {
    const chinese = backupWith(['notes.1.text', '好'.repeat(1000)]);
    const bytes = new TextEncoder().encode(chinese).length;
    expect(chinese.length).toBeLessThan(bytes - 1);
    expect(errorOf(chinese, { maxBytes: bytes - 1 })).toMatchObject({ code: 'tooLarge' });
    expect(parseBackup(chinese, { maxBytes: bytes }).ok).toBe(true);
  });

  it('refuses with tooLarge even when the oversized file is also broken', () => {
    expect(errorOf('{'.repeat(200), { maxBytes: 100 })).toMatchObject({ code: 'tooLarge' });
  });
});

describe('parseBackup: invalid fields, with the path of the first', () => {
  // [what, path edited, value put there, path reported if not the edited one]
  const cases: [string, string, unknown, string?][] = [
    ['an id that is a number', 'incidents.0.id', 42],
    ['an empty id', 'notes.1.id', ''],
    ['an id of 101 characters', 'terminals.0.id', 'x'.repeat(101)],
    ['an unknown fault', 'incidents.0.fault', 'paperJam'],
    ['an unknown status', 'incidents.1.status', 'done'],
    ['a log that is not an array', 'incidents.0.log', {}],
    ['a log entry without time', 'incidents.0.log.1.at', DELETE],
    ['a log entry with an empty event', 'incidents.0.log.0.event', ''],
    ['a negative time', 'incidents.0.startedAt', -1],
    ['"NaN" as a time', 'notes.0.createdAt', 'NaN'],
    ['a time as a numeric string', 'terminals.0.updatedAt', '1736933400000'],
    ['a time of null', 'exportedAt', null],
    ['a fractional guide version', 'incidents.0.guideVersion', 1.5],
    ['incidents missing', 'incidents', DELETE],
    ['notes that are an object', 'notes', {}],
    ['a note whose text is a number', 'notes.1.text', 12],
    ['a note over the length limit', 'notes.1.text', 'x'.repeat(MAX_NOTE_CHARS + 1)],
    ['a draft flag as a string', 'notes.1.draft', 'yes'],
    ['a terminal without name', 'terminals.0.name', DELETE],
    ['a terminal with an empty name', 'terminals.0.name', ''],
    ['a practice run that is a string', 'practiceRuns.0', 'run'],
    ['a practice run without updatedAt', 'practiceRuns.0.updatedAt', DELETE],
    ['a lookup whose answer is no answer id', 'lookups.0.answer', 'code:51;drop'],
    ['a lookup whose answer names an unknown guide', 'lookups.0.answer', 'guide:paperJam'],
    ['a lookup whose answer looks up Object', 'lookups.0.answer', 'msg:constructor'],
    [
      'a lookup with a close answer that is no id',
      'lookups.0.close',
      ['code:51', 'x'],
      'lookups.0.close.1',
    ],
    ['a lookup with eleven close answers', 'lookups.0.close', Array(11).fill('code:51')],
    ['a lookup in another language', 'lookups.1.lang', 'fr'],
    ['a lookup without its text', 'lookups.1.q', DELETE],
    ['a lookup text over the length limit', 'lookups.1.q', 'x'.repeat(201)],
    ['a lookup without time', 'lookups.0.at', DELETE],
    ['a photo of another type', 'notes.0.photo.type', 'image/svg+xml'],
    ['a photo that is not base64', 'notes.0.photo.dataBase64', 'not base64!'],
    ['an empty photo', 'notes.0.photo.dataBase64', ''],
    ['a photo whose bytes are not its type', 'notes.0.photo.dataBase64', PNG, 'notes.0.photo'],
  ];

  it.each(cases)('refuses %s', (_name, path, value, reported = path) => {
    expect(errorOf(backupWith([path, value]))).toEqual({ code: 'invalid', path: reported });
  });

  it('refuses Infinity written as 1e999', () => {
    expect(errorOf(backupWithRaw('exportedAt', '1e999'))).toEqual({
      code: 'invalid',
      path: 'exportedAt',
    });
  });

  it('refuses a lookup whose text holds a card number or a PIN, which this app would have masked', () => {
    for (const q of ['4111 1111 1111 1111 余额不足', '密码 123456 输不进去', 'my pin is 4321']) {
      expect(errorOf(backupWith(['lookups.1.q', q]))).toEqual({
        code: 'invalid',
        path: 'lookups.1.q',
      });
    }
  });

  it('refuses more lookups than the app keeps', () => {
    const many = Array.from({ length: 501 }, (_, i) => ({
      ...validBackup().lookups![0]!,
      id: `l${i}`,
    }));
    expect(errorOf(backupWith(['lookups', many]))).toEqual({ code: 'invalid', path: 'lookups' });
  });

  it('refuses a note with a full card number, which this app would have masked', () => {
    const text = backupWith(['notes.1.text', '卡号 6222 0212 3456 7890 123 刷不了']);
    expect(errorOf(text)).toEqual({ code: 'invalid', path: 'notes.1.text' });
  });

  // Terminals and incidents are refused as the storage layer would refuse them; ids are not
  // checked (random UUIDs), and the serial is read as a code (digits glued to letters are fine).
  it.each([
    ['terminals.0.name', '前台 4111 1111 1111 1111'],
    ['terminals.0.brand', 'x4111111111111111'],
    ['terminals.0.model', '4111\n1111\n1111\n1111'],
    ['terminals.0.serial', '41111111 11111111'],
    ['terminals.0.provider', '拉卡拉 4111 1111 1111 111'],
    ['incidents.0.endState', '4111111111111111'],
    ['incidents.0.log.0.from', '4111-1111-1111-1111'],
    ['incidents.0.log.0.event', 'answer.4111111111111111'],
    ['incidents.1.previousLog', [{ from: 'start', event: '5555 5555 5555 4444', at: T0 }]],
  ])('refuses card data in %s', (path, value) => {
    const reported = path === 'incidents.1.previousLog' ? 'incidents.1.previousLog.0.event' : path;
    expect(errorOf(backupWith([path, value]))).toEqual({ code: 'invalid', path: reported });
  });

  it('refuses card data anywhere in an incident snapshot, keys included', () => {
    const deep = {
      status: 'active',
      value: 'start',
      context: { a: [{ b: 'card 4111111111111111' }] },
    };
    expect(errorOf(backupWith(['incidents.0.snapshot', deep]))).toEqual({
      code: 'invalid',
      path: 'incidents.0.snapshot',
    });
    const key = { status: 'active', context: { '4111 1111 1111 1111': true } };
    expect(errorOf(backupWith(['incidents.0.snapshot', key]))).toEqual({
      code: 'invalid',
      path: 'incidents.0.snapshot',
    });
  });

  it('accepts a serial glued to letters, and ids whatever their digits', () => {
    const text = backupWith(
      ['terminals.0.serial', 'SN4111111111111111'],
      ['terminals.0.id', '41111111-1111-4111-8111-111111111111'],
      ['incidents.0.terminalId', '41111111-1111-4111-8111-111111111111'],
    );
    expect(parseBackup(text).ok).toBe(true);
  });

  it('accepts a photo just under 10 MB decoded (no regex stack overflow on big strings)', () => {
    const chars = Math.floor(MAX_PHOTO_BYTES / 3) * 4;
    const big = JPEG + 'A'.repeat(chars - JPEG.length);
    const result = parseBackup(backupWith(['notes.0.photo.dataBase64', big]));
    expect(result.ok).toBe(true);
  });

  it('refuses a photo over 10 MB decoded', () => {
    const chars = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;
    const big = JPEG + 'A'.repeat(chars - JPEG.length + 4);
    expect(big.length % 4).toBe(0);
    const text = backupWith(['notes.0.photo.dataBase64', big]);
    expect(errorOf(text)).toEqual({ code: 'invalid', path: 'notes.0.photo.dataBase64' });
  });
});

describe('Backup types match the stored records', () => {
  // A field added to a record but not to the schema would be silently dropped on restore.
  it('has the same fields as IncidentRecord, NoteRecord, TerminalRecord and LookupRecord', () => {
    expectTypeOf<BackupIncident>().toEqualTypeOf<IncidentRecord>();
    expectTypeOf<BackupTerminal>().toEqualTypeOf<TerminalRecord>();
    expectTypeOf<BackupLookup>().toEqualTypeOf<LookupRecord>();
    expectTypeOf<Omit<BackupNote, 'photo'>>().toEqualTypeOf<Omit<NoteRecord, 'photo'>>();
    expectTypeOf<keyof BackupNote>().toEqualTypeOf<keyof NoteRecord>();
    expectTypeOf<BackupPhoto['type']>().toEqualTypeOf<'image/jpeg' | 'image/webp' | 'image/png'>();
    // Runtime half, so the test asserts something when run by vitest as well as by tsc.
    const incident: IncidentRecord = validBackup().incidents[0]!;
    expect(incident.id).toBe('inc-1');
  });
});
