#!/usr/bin/env node
// Draws the app icon (a card terminal with a card in its slot and a first-aid cross) as SVG and
// renders the PNGs the web app manifest and iOS need with headless chromium. The build does not
// run this: run it by hand after changing the drawing, and commit what it writes to public/.
//
//   node scripts/make-icons.mjs
//
// Writes public/favicon.svg, public/icons/icon-192.png, icon-512.png (rounded, transparent
// corners), icon-maskable-512.png (full bleed, drawing inside the 80 % safe circle) and
// apple-touch-icon-180.png (full bleed, no transparency: iOS rounds the corners itself).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const publicDir = path.join(root, 'public');
const iconsDir = path.join(publicDir, 'icons');

const BLUE = '#0b5cad'; // --primary of app.css (light) and the manifest's theme_color
const WHITE = '#ffffff';
const INK = '#10161f'; // the dark theme's background: the terminal's screen
const SCREEN_TEXT = '#7ed69a';
const KEY = '#0b5cad';
const CARD = '#f2b705';
const CARD_STRIPE = '#14181f';
const RED = '#c5221f';

/** The drawing on a 512 × 512 canvas; `detail` adds the keypad and the text on the screen. */
function drawing({ detail }) {
  const keys = [];
  if (detail) {
    for (let row = 0; row < 4; row++) {
      for (let col = 0; col < 3; col++) {
        keys.push(
          `<rect x="${166 + col * 60}" y="${236 + row * 48}" width="36" height="30" rx="8" fill="${KEY}"/>`,
        );
      }
    }
  }
  return [
    // The bank card, half inserted at the top.
    `<rect x="176" y="28" width="136" height="92" rx="10" fill="${CARD}" stroke="${INK}" stroke-width="6"/>`,
    `<rect x="179" y="50" width="130" height="16" fill="${CARD_STRIPE}"/>`,
    // The terminal.
    `<rect x="124" y="76" width="240" height="376" rx="40" fill="${WHITE}" stroke="${INK}" stroke-width="8"/>`,
    `<rect x="160" y="108" width="168" height="100" rx="14" fill="${INK}"/>`,
    detail ? `<rect x="180" y="140" width="92" height="16" rx="8" fill="${SCREEN_TEXT}"/>` : '',
    detail ? `<rect x="180" y="170" width="56" height="16" rx="8" fill="${SCREEN_TEXT}"/>` : '',
    ...keys,
    // The first-aid badge.
    `<circle cx="370" cy="378" r="104" fill="${RED}" stroke="${WHITE}" stroke-width="16"/>`,
    `<rect x="312" y="356" width="116" height="44" rx="6" fill="${WHITE}"/>`,
    `<rect x="348" y="320" width="44" height="116" rx="6" fill="${WHITE}"/>`,
  ].join('');
}

/**
 * @param {{ size?: number, shape: 'rounded' | 'square', scale?: number, detail?: boolean }} o
 *   `scale` shrinks the drawing around the centre (maskable icons keep it in the safe circle).
 */
function iconSvg({ size, shape, scale = 1, detail = true }) {
  const bg =
    shape === 'rounded'
      ? `<rect width="512" height="512" rx="112" fill="${BLUE}"/>`
      : `<rect width="512" height="512" fill="${BLUE}"/>`;
  const art =
    scale === 1
      ? drawing({ detail })
      : `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${drawing({ detail })}</g>`;
  const dims = size ? ` width="${size}" height="${size}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"${dims}>${bg}${art}</svg>`;
}

const outputs = [
  { file: 'icons/icon-192.png', size: 192, shape: 'rounded' },
  { file: 'icons/icon-512.png', size: 512, shape: 'rounded' },
  // The drawing reaches 274 px from the centre; the safe circle's radius is 205 px.
  { file: 'icons/icon-maskable-512.png', size: 512, shape: 'square', scale: 0.72 },
  { file: 'icons/apple-touch-icon-180.png', size: 180, shape: 'square', scale: 0.82 },
];

await mkdir(iconsDir, { recursive: true });
await writeFile(
  path.join(publicDir, 'favicon.svg'),
  iconSvg({ shape: 'rounded', detail: false }) + '\n',
);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const out of outputs) {
    await page.setViewportSize({ width: out.size, height: out.size });
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">${iconSvg(out)}</body></html>`,
    );
    const png = await page.screenshot({
      clip: { x: 0, y: 0, width: out.size, height: out.size },
      omitBackground: true,
    });
    await writeFile(path.join(publicDir, out.file), png);
    console.log(`wrote public/${out.file} (${png.length} bytes)`);
  }
} finally {
  await browser.close();
}
console.log('wrote public/favicon.svg');
