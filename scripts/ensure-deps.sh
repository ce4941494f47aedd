#!/usr/bin/env bash
# Makes sure what the tests need is installed; quiet when it already is.
#  - npm packages: `npm ci` when node_modules is missing or package-lock.json
#    changed since the last install (hash kept in node_modules/.lock-hash).
#  - Debian's chromium + CJK fonts for the browser tests (Playwright's own
#    browser download does not work on our machines).
#  --npm-only: skip chromium (serving the app needs no browser).
set -euo pipefail

npm_only=false
[[ "${1:-}" == "--npm-only" ]] && npm_only=true

cd "$(dirname "${BASH_SOURCE[0]}")/.."

CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
APT_PACKAGES=(chromium fonts-noto-cjk)
HASH_FILE=node_modules/.lock-hash

log() { echo "ensure-deps: $*" >&2; }

# ---- npm -------------------------------------------------------------------
lock_hash() { sha256sum package-lock.json | cut -d' ' -f1; }

# True when every package the lockfile lists is installed at the locked
# version (optional ones may be absent: they are filtered by os/cpu). Lets a
# tree that `npm install` already brought up to date be kept instead of
# being wiped and reinstalled by `npm ci`.
tree_matches_lock() {
  node --input-type=module -e '
    import { readFileSync } from "node:fs";
    const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
    for (const [dir, meta] of Object.entries(lock.packages ?? {})) {
      if (!dir.startsWith("node_modules/")) continue;
      let version;
      try {
        version = JSON.parse(readFileSync(dir + "/package.json", "utf8")).version;
      } catch {
        if (meta.optional || meta.peer) continue;
        process.exit(1);
      }
      if (!meta.link && version !== meta.version) process.exit(1);
    }
  ' 2>/dev/null
}

want_hash="$(lock_hash)"
have_hash="$(cat "$HASH_FILE" 2>/dev/null || true)"
if [[ ! -d node_modules ]] || [[ "$want_hash" != "$have_hash" ]]; then
  if [[ -d node_modules ]] && tree_matches_lock; then
    : # installed some other way (npm install) and matches the lockfile: keep it
  else
    log "installing npm packages (npm ci)…"
    start=$SECONDS
    npm ci --no-audit --no-fund --loglevel=error
    log "npm ci done in $((SECONDS - start))s"
  fi
  echo "$want_hash" >"$HASH_FILE"
fi

# ---- chromium --------------------------------------------------------------
$npm_only && exit 0

apt_missing() {
  [[ -x "$CHROMIUM_BIN" ]] || return 0
  command -v dpkg-query >/dev/null || return 1
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" == *" installed" ]] || return 0
  done
  return 1
}

if apt_missing; then
  cmd="apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${APT_PACKAGES[*]}"
  if [[ "$(id -u)" -ne 0 ]]; then
    log "the browser tests need Debian's chromium at $CHROMIUM_BIN and CJK fonts."
    log "Install them as root, then run the tests again:"
    log "  sudo sh -c '$cmd'"
    exit 1
  fi
  log "installing ${APT_PACKAGES[*]} from Debian…"
  start=$SECONDS
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${APT_PACKAGES[@]}"
  log "apt-get install done in $((SECONDS - start))s"
  if [[ ! -x "$CHROMIUM_BIN" ]]; then
    log "chromium is still missing at $CHROMIUM_BIN after apt-get install"
    exit 1
  fi
fi
