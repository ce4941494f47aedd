// "Is dist/ a build of the sources as they are?": dist/index.html is newer than every file a
// build reads. The browser tests' global setup and `npm run bench` both ask it before they rebuild.

import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What a build reads (the build config, its plugins in scripts/, the headers of deploy/…). */
export const BUILD_INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'scripts',
  'deploy',
  'package-lock.json',
];

/** Newest modification time under a path (0 when it does not exist). */
export function newestMtime(target) {
  let st;
  try {
    st = statSync(target);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs; // a deleted file shows only as a newer directory
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** True when `<root>/dist/index.html` exists and is newer than every build input of `root`. */
export function distIsFresh(root) {
  const built = newestMtime(path.join(root, 'dist', 'index.html'));
  if (built === 0) return false;
  return BUILD_INPUTS.every((input) => newestMtime(path.join(root, input)) <= built);
}
