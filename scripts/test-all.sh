#!/usr/bin/env bash
# Everything CI checks, in order (`npm test` runs this; so does .ci/run).
# Every step runs even when an earlier one failed, so one run shows all the
# problems; the exit status is non-zero when any step failed. The last line is
#   tests: N passed, N failed
# summed from Vitest's JSON reports (unit + browser). A failed step that is not
# explained by failing tests (lint, format, types, build, a crashed run) counts
# as one failed test there, so the line never reads green when the run is red.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-deps.sh

REPORT_DIR=.tmp/test-reports
rm -rf "$REPORT_DIR"
mkdir -p "$REPORT_DIR"

failed_steps=()
unexplained_failures=0
step_no=0

# step NAME REPORT_FILE(or -) COMMAND...
step() {
  local name=$1 report=$2
  shift 2
  step_no=$((step_no + 1))
  echo
  echo "==> [$step_no] $name: $*"
  local start=$SECONDS rc=0
  "$@" || rc=$?
  local took=$((SECONDS - start))
  if [[ $rc -eq 0 ]]; then
    echo "<== [$step_no] $name: ok (${took}s)"
    return 0
  fi
  echo "<== [$step_no] $name: FAILED with exit code $rc (${took}s)"
  failed_steps+=("$name")
  # A test step whose report shows failing tests is already counted there.
  if [[ $report == - ]] || [[ "$(count_failed "$report")" == 0 ]]; then
    unexplained_failures=$((unexplained_failures + 1))
  fi
  return 0
}

count_failed() {
  node -e '
    const fs = require("node:fs");
    try {
      const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
      console.log(r.numFailedTests ?? 0);
    } catch { console.log(0); }
  ' "$1"
}

vitest_project() {
  local project=$1
  npx vitest run --project "$project" \
    --reporter=default --reporter=json --outputFile.json="$REPORT_DIR/$project.json"
}

if [[ -f eslint.config.js || -f eslint.config.mjs || -f eslint.config.ts ]]; then
  step lint - npx eslint . --max-warnings 0
else
  echo
  echo "==> lint: skipped (no eslint.config.js yet)"
fi
step format - npx prettier --check .
step typecheck - npx tsc -p .
step unit "$REPORT_DIR/unit.json" vitest_project unit
step build - npx vite build
if [[ " ${failed_steps[*]} " == *" build "* ]]; then
  echo
  echo "==> browser tests: skipped (the build failed)"
else
  step browser "$REPORT_DIR/browser.json" vitest_project browser
fi

summary=$(
  node -e '
    const fs = require("node:fs");
    const extraFailed = Number(process.argv[1]);
    let passed = 0, failed = extraFailed, skipped = 0;
    for (const file of process.argv.slice(2)) {
      if (!fs.existsSync(file)) continue;
      const r = JSON.parse(fs.readFileSync(file, "utf8"));
      passed += r.numPassedTests ?? 0;
      failed += r.numFailedTests ?? 0;
      skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    }
    console.log(`tests: ${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
  ' "$unexplained_failures" "$REPORT_DIR/unit.json" "$REPORT_DIR/browser.json"
)

echo
if [[ ${#failed_steps[@]} -gt 0 ]]; then
  echo "failed steps: ${failed_steps[*]}"
  # The failing tests by name, here at the end where a truncated log still shows them.
  node -e '
    const fs = require("node:fs");
    for (const file of process.argv.slice(1)) {
      if (!fs.existsSync(file)) continue;
      const r = JSON.parse(fs.readFileSync(file, "utf8"));
      for (const t of r.testResults ?? []) {
        for (const a of t.assertionResults ?? []) {
          if (a.status !== "failed") continue;
          const why = (a.failureMessages ?? []).join(" ").split("\n")[0].slice(0, 300);
          console.log(`  FAILED ${t.name.replace(process.cwd() + "/", "")} > ${a.fullName}: ${why}`);
        }
      }
    }
  ' "$REPORT_DIR/unit.json" "$REPORT_DIR/browser.json"
fi
echo "$summary"
[[ ${#failed_steps[@]} -eq 0 ]]
