// Debian's chromium and the launch flags every tool here uses (the browser tests' harness, the
// bench, the icon maker): written once. Playwright's own browser download does not work on our
// machines (see README).

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The launch flags, exactly; CI and every developer machine use these. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
