#!/usr/bin/env bash
# Makes sure what the tests need is installed; quiet when it already is.
#  - npm packages: `npm ci` when node_modules is missing or package-lock.json
#    changed since the last install (hash kept in node_modules/.lock-hash).
#  - Debian's browsers for the browser tests (Playwright's own browser download
#    does not work on our machines): chromium, firefox-esr, WebKitGTK's
#    WebKitWebDriver + MiniBrowser under Xvfb, PyGObject + WebKit2 4.1 for the
#    persistent-store WebKit browser (tests/engines/webkit-persistent.py), CJK
#    fonts, the zh_CN.UTF-8 locale (WebKit takes its language from LANG), and
#    nginx (tests/browser/webServer.test.ts runs the shipped deploy/nginx.conf
#    as its own foreground process; where Debian starts services on install it
#    also starts nginx's, which the tests do not use).
#  As root it installs what is missing (apt-get update first); otherwise it
#  stops and prints the exact command.
#  --npm-only: skip the browsers (serving the app needs none).
set -euo pipefail

npm_only=false
[[ "${1:-}" == "--npm-only" ]] && npm_only=true

cd "$(dirname "${BASH_SOURCE[0]}")/.."

CHROMIUM_BIN="${CHROMIUM_BIN:-/usr/bin/chromium}"
APT_PACKAGES=(chromium fonts-noto-cjk firefox-esr webkit2gtk-driver xvfb python3-gi gir1.2-webkit2-4.1 locales nginx)
REQUIRED_BINS=("$CHROMIUM_BIN" /usr/bin/firefox-esr /usr/bin/WebKitWebDriver /usr/bin/Xvfb
  /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser /usr/sbin/nginx)
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

# ---- browsers --------------------------------------------------------------
$npm_only && exit 0

apt_missing() {
  local bin
  for bin in "${REQUIRED_BINS[@]}"; do [[ -x "$bin" ]] || return 0; done
  command -v dpkg-query >/dev/null || return 1
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" == *" installed" ]] || return 0
  done
  return 1
}

zh_locale_missing() {
  command -v locale >/dev/null || return 1
  ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'
}

LOCK='-o DPkg::Lock::Timeout=600'
if apt_missing || zh_locale_missing; then
  cmd="apt-get $LOCK update && DEBIAN_FRONTEND=noninteractive apt-get $LOCK install -y ${APT_PACKAGES[*]} && localedef -i zh_CN -f UTF-8 zh_CN.UTF-8"
  if [[ "$(id -u)" -ne 0 ]]; then
    log "the browser tests need Debian's chromium, firefox-esr and WebKitGTK (+ Xvfb), nginx,"
    log "CJK fonts and the zh_CN.UTF-8 locale. Install them as root, then run the tests again:"
    log "  sudo sh -c '$cmd'"
    exit 1
  fi
  start=$SECONDS
  if apt_missing; then
    log "installing ${APT_PACKAGES[*]} from Debian (about 275 MB the first time)…"
    # shellcheck disable=SC2086 # $LOCK is two words on purpose
    apt-get $LOCK update -q
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get $LOCK install -y -q "${APT_PACKAGES[@]}"
  fi
  if zh_locale_missing; then
    log "generating the zh_CN.UTF-8 locale…"
    localedef -i zh_CN -f UTF-8 zh_CN.UTF-8
  fi
  log "browsers ready in $((SECONDS - start))s"
  for bin in "${REQUIRED_BINS[@]}"; do
    if [[ ! -x "$bin" ]]; then
      log "$bin is still missing after apt-get install"
      exit 1
    fi
  done
fi
