// Notes with photos, terminals and backup in the real built app (real canvas, real IndexedDB):
// a note with a card number and a photo of the screen survives a reload masked and with its
// thumbnail; a backup file restores everything into a fresh browser profile; a corrupted file
// is refused and changes nothing.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { backupTextEn } from '../../src/backup/backup.text.en';
import { uiEn } from '../../src/i18n/ui.en';
import { terminalsTextEn } from '../../src/terminals/terminals.text.en';
import { makePng } from '../engines/png';
import { launchBrowser, type LaunchedBrowser } from './harness';

const ui = uiEn;
const CARD = '4111 1111 1111 1111';

interface Dump {
  incidents: unknown[];
  notes: { id: string; incidentId: string; text: string; draft?: boolean; photo?: string }[];
  terminals: unknown[];
}

/** Everything in the app's database, photos as "type size WxH". */
async function dump(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('pos-rescue');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const all = (store: string) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
        req.onerror = () => reject(new Error(String(req.error)));
      });
    const notes = await Promise.all(
      (await all('notes')).map(async (n) => {
        // Stored as bytes + type (every engine's IndexedDB takes an ArrayBuffer); older as a Blob.
        const stored = n.photo as Blob | { type: string; bytes: ArrayBuffer } | undefined;
        if (!stored) return n;
        const photo =
          stored instanceof Blob ? stored : new Blob([stored.bytes], { type: stored.type });
        const bitmap = await createImageBitmap(photo);
        const described = `${photo.type} ${photo.size} ${bitmap.width}x${bitmap.height}`;
        bitmap.close();
        return { ...n, photo: described };
      }),
    );
    const result = { incidents: await all('incidents'), notes, terminals: await all('terminals') };
    db.close();
    return result as unknown as Dump;
  });
}

/** The thumbnail has loaded; its natural size. */
async function thumbnailSize(page: Page, scope: string) {
  const img = page.locator(`${scope} img[alt="${ui.notes.photoAlt}"]`).first();
  await img.waitFor();
  await page.waitForFunction(
    (el) => el instanceof HTMLImageElement && el.complete && el.naturalWidth > 0,
    await img.elementHandle(),
  );
  return img.evaluate((el: HTMLImageElement) => ({ w: el.naturalWidth, h: el.naturalHeight }));
}

let browsers: LaunchedBrowser[] = [];
afterEach(async () => {
  await Promise.all(browsers.map((b) => b.close()));
  browsers = [];
});

describe('notes, photos and backup (built app, chromium)', () => {
  it('keeps a masked note with its photo across a reload, and restores it all from a backup', async () => {
    const a = await launchBrowser({ locale: 'en-US' });
    browsers.push(a);
    const page = a.page;

    // A terminal with a hotline: with exactly one, a new incident is tied to it.
    await page.goto(a.url('/terminals'));
    await page.getByRole('button', { name: terminalsTextEn.add }).click();
    await page.getByRole('textbox', { name: terminalsTextEn.name }).fill('front counter');
    await page.getByRole('textbox', { name: ui.terminals.hotline }).fill('400 123 4567');
    await page.getByRole('button', { name: terminalsTextEn.save, exact: true }).click();
    await page.getByRole('link', { name: '400-123-4567' }).waitFor();

    // A guide, and a note at its first step.
    await page.goto(a.url('/guide/keyError'));
    await page.locator('main[data-state="screen"]').waitFor();
    await page.locator('summary', { hasText: ui.notes.add }).click();
    const textarea = page.getByRole('textbox', { name: ui.notes.label });
    await textarea.fill(`Customer card ${CARD} declined twice`);
    await page.waitForSelector('input[type="file"][accept="image/*"]:not([disabled])', {
      state: 'attached',
    });
    await page
      .locator('input[type="file"][accept="image/*"]')
      .setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: makePng(3200, 2000) });
    // Downscaled in the browser to 1600 px on the long side.
    expect(await thumbnailSize(page, '.notes-body > .notes-photo')).toEqual({ w: 1600, h: 1000 });
    // The draft autosave masks the number in the textarea too.
    await expect.poll(() => textarea.inputValue()).toBe('Customer card •••• 1111 declined twice');
    await page.getByText('A card number was hidden: •••• 1111').waitFor();
    await page.getByRole('button', { name: ui.notes.save }).click();
    await page.getByText(ui.notes.saved).waitFor();

    await page.reload();
    await page.locator('main[data-state="screen"]').waitFor();
    await page.locator('summary', { hasText: ui.notes.add }).click();
    const list = page.getByRole('list', { name: ui.notes.listHeading });
    await list.getByText('Customer card •••• 1111 declined twice').waitFor();
    expect(await thumbnailSize(page, '.notes-list')).toEqual({ w: 1600, h: 1000 });

    const stored = await dump(page);
    expect(stored.incidents).toHaveLength(1);
    expect(stored.notes).toHaveLength(1);
    const [saved] = stored.notes;
    expect(saved?.text).toBe('Customer card •••• 1111 declined twice');
    expect(saved?.draft).toBeUndefined();
    expect(saved?.photo).toMatch(/^image\/jpeg \d+ 1600x1000$/);
    expect(Number(saved?.photo?.split(' ')[1])).toBeLessThan(1_000_000);
    expect(JSON.stringify(stored)).not.toMatch(/4111[ -]?1111/);
    expect((stored.incidents[0] as { terminalId?: string }).terminalId).toBe(
      (stored.terminals[0] as { id: string }).id,
    );

    // Export.
    await page.goto(a.url('/backup'));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: backupTextEn.exportButton }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pos-rescue-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = await readFile(await download.path(), 'utf8');
    const file = JSON.parse(exported) as {
      format: string;
      notes: { text: string; photo?: { type: string; dataBase64: string } }[];
    };
    expect(file.format).toBe('pos-rescue-backup');
    expect(file.notes[0]?.photo?.type).toBe('image/jpeg');
    expect(exported).not.toMatch(/4111[ -]?1111/);
    await a.expectClean();

    // A fresh browser profile: corrupted files first, then the real one.
    const b = await launchBrowser({ locale: 'en-US' });
    browsers.push(b);
    const fresh = b.page;
    await fresh.goto(b.url('/backup'));
    // The input is disabled until storage is open, and files set on it then are dropped
    // (setInputFiles does not wait for enabled).
    const restoreField = 'input[type="file"][accept="application/json,.json"]';
    await fresh.waitForSelector(`${restoreField}:not([disabled])`, { state: 'attached' });
    const input = fresh.locator(restoreField);
    const importFile = (name: string, text: string) =>
      input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const alert = fresh.getByRole('alert');

    await importFile('truncated.json', exported.slice(0, Math.floor(exported.length * 0.7)));
    await alert.getByText(backupTextEn.errors.notJson).waitFor();
    const empty = await dump(fresh);
    expect(empty).toEqual({ incidents: [], notes: [], terminals: [] });

    await importFile('pos-rescue-backup.json', exported);
    await fresh.getByText(backupTextEn.imported).waitFor();
    const restored = await dump(fresh);
    expect(restored).toEqual(stored);

    // A corrupted photo in an otherwise fine file: refused, nothing changes.
    const badPhoto = exported.replace('"dataBase64":"/9j/', '"dataBase64":"/9j/!!');
    expect(badPhoto).not.toBe(exported);
    await importFile('bad-photo.json', badPhoto);
    await alert
      .getByText(backupTextEn.errors.invalid.replace('{path}', 'notes.0.photo.dataBase64'))
      .waitFor();
    expect(await dump(fresh)).toEqual(stored);

    // The restored incident continues, with its note and photo.
    await fresh.goto(b.url('/'));
    await fresh.getByRole('button', { name: new RegExp(`^${ui.home.resume}`) }).click();
    await fresh.locator('main[data-state="screen"]').waitFor();
    await fresh.locator('summary', { hasText: ui.notes.add }).click();
    await fresh
      .getByRole('list', { name: ui.notes.listHeading })
      .getByText('Customer card •••• 1111 declined twice')
      .waitFor();
    expect(await thumbnailSize(fresh, '.notes-list')).toEqual({ w: 1600, h: 1000 });
    await b.expectClean();
  });
});
