import { describe, expect, it } from 'vitest';
import type { StoredData } from '../storage/backup.repo';
import { incident, lookup, note, terminal } from '../storage/testUtils';
import { parseBackup } from './backup.schema';
import {
  backupFileName,
  base64ToBytes,
  buildBackup,
  bytesToBase64,
  readBackupFile,
  restoreRecords,
  sniffImageType,
} from './backupFile';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 9, 9]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const WEBP = new TextEncoder().encode('RIFF\u0004\u0000\u0000\u0000WEBPVP8 ');

describe('backup file', () => {
  it('round-trips every record, photos included, through the format parseBackup reads', async () => {
    const data: StoredData = {
      incidents: [incident({ id: 'i1', terminalId: 't1' })],
      notes: [
        note({ id: 'n1', incidentId: 'i1', photo: new Blob([JPEG], { type: 'image/jpeg' }) }),
        // A Blob that lost its type still goes in, by its bytes.
        note({ id: 'n2', incidentId: 'i1', photo: new Blob([PNG]), draft: true }),
        note({ id: 'n3', incidentId: 'i1', photo: new Blob(['not an image']) }),
      ],
      terminals: [terminal({ id: 't1', providerPhone: '95588' })],
      practiceRuns: [],
      lookups: [lookup({ id: 'l1', q: '卡号 •••• 1111 余额不足', close: ['msg:cardRead'] })],
    };
    const built = await buildBackup(data, 42);
    expect(built.counts).toEqual({ incidents: 1, notes: 3, photos: 2, terminals: 1 });
    expect(built.photosLeftOut).toBe(1);
    expect(built.tooLargeToRestore).toBe(false);

    const parsed = parseBackup(built.json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const restored = restoreRecords(parsed.data);
    expect(restored.incidents).toEqual(data.incidents);
    expect(restored.terminals).toEqual(data.terminals);
    expect(restored.lookups).toEqual(data.lookups);
    const [n1, n2, n3] = restored.notes;
    expect(n1?.photo?.type).toBe('image/jpeg');
    expect(new Uint8Array(await n1!.photo!.arrayBuffer())).toEqual(JPEG);
    expect(n2?.photo?.type).toBe('image/png');
    expect(n2?.draft).toBe(true);
    expect(n3?.photo).toBeUndefined();
    expect(n3?.text).toBe(data.notes[2]?.text);
  });

  it('recognises images by their bytes', () => {
    expect(sniffImageType(JPEG)).toBe('image/jpeg');
    expect(sniffImageType(PNG)).toBe('image/png');
    expect(sniffImageType(WEBP)).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });

  it('encodes base64 in slices (a photo of several MB)', () => {
    const big = new Uint8Array(300_000).map((_, i) => i % 251);
    const b64 = bytesToBase64(big);
    expect(b64.length).toBe(400_000);
    expect(base64ToBytes(b64)).toEqual(big);
  });

  it('names the file by the local date', () => {
    expect(backupFileName(new Date(2025, 0, 5, 23, 59))).toBe('pos-rescue-backup-2025-01-05.json');
  });

  it('checks the size before reading the file', async () => {
    const file = new Blob(['{}']);
    Object.defineProperty(file, 'size', { value: 11 });
    file.text = () => Promise.reject(new Error('read'));
    expect(await readBackupFile(file, 10)).toEqual({
      ok: false,
      error: { code: 'tooLarge', maxBytes: 10 },
    });
  });
});
