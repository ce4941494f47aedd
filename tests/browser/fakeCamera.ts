// A fake camera for chromium (`--use-fake-device-for-media-stream
// --use-file-for-fake-video-capture=<file>.y4m`), fed with QR codes taken from the app's own
// screen: the <svg class="qr-code"> a page shows is read back module by module (its path is one
// "M x y h1v1h-1z" square per dark module) and drawn into a greyscale Y4M frame, the way a phone
// camera would see the code on another phone's screen. Chromium loops the file, so a file with
// several codes shows each in turn, over and over.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export const CAMERA_W = 640;
export const CAMERA_H = 480;

export interface QrPicture {
  /** Modules per side, quiet zone included. */
  size: number;
  dark: Set<string>;
  /** The text the page put in the code (data-code), for the test's own checks. */
  text: string;
}

/** Reads the QR code on screen (the nth .qr-code) as its module matrix. */
export async function qrOnScreen(page: Page, nth = 0): Promise<QrPicture> {
  const svg = page.locator('svg.qr-code').nth(nth);
  await svg.waitFor();
  const [viewBox, d, text] = await Promise.all([
    svg.getAttribute('viewBox'),
    svg.locator('path.qr-fg').getAttribute('d'),
    svg.getAttribute('data-code'),
  ]);
  const size = Number(viewBox!.split(' ')[2]);
  const dark = new Set<string>();
  for (const m of d!.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) dark.add(`${m[1]},${m[2]}`);
  if (dark.size === 0 || !(size > 20)) throw new Error('no QR code on screen');
  return { size, dark, text: text ?? '' };
}

/** One 4:2:0 frame: the code centred, as large as fits, black on white; grey around it. */
function frame(qr: QrPicture | null): Buffer {
  const y = Buffer.alloc(CAMERA_W * CAMERA_H, 0x80);
  if (qr) {
    const scale = Math.floor(Math.min(CAMERA_W, CAMERA_H) / qr.size);
    const side = scale * qr.size;
    const ox = Math.floor((CAMERA_W - side) / 2);
    const oy = Math.floor((CAMERA_H - side) / 2);
    for (let py = 0; py < side; py++) {
      const my = Math.floor(py / scale);
      for (let px = 0; px < side; px++) {
        const mx = Math.floor(px / scale);
        y[(oy + py) * CAMERA_W + ox + px] = qr.dark.has(`${mx},${my}`) ? 16 : 235;
      }
    }
  }
  const chroma = Buffer.alloc((CAMERA_W / 2) * (CAMERA_H / 2) * 2, 0x80);
  return Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
}

/**
 * Writes a Y4M file showing each code for `framesEach` frames at 10 fps (none: a blank grey
 * picture, for a camera that must exist before there is anything to show).
 */
export async function writeCameraFile(
  file: string,
  codes: readonly QrPicture[],
  framesEach = 10,
): Promise<void> {
  const header = Buffer.from(`YUV4MPEG2 W${CAMERA_W} H${CAMERA_H} F10:1 Ip A1:1 C420jpeg\n`);
  const frames = codes.length
    ? codes.flatMap((qr) => Array.from({ length: framesEach }, () => frame(qr)))
    : [frame(null)];
  await writeFile(file, Buffer.concat([header, ...frames]));
}

/** Chromium flags for a fake camera reading `file`, with the permission prompt auto-accepted. */
export function fakeCameraArgs(file: string): string[] {
  return [
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
    '--use-fake-ui-for-media-stream',
  ];
}
