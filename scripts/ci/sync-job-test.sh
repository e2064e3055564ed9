#!/usr/bin/env bash
# Checks scripts/ci/sync-job.sh against a stub notion-wix (NOTION_WIX_BIN) printing a canned --json report:
# summary table, GITHUB_OUTPUT, exit 4 as a warning (0) unless SYNC_PARTIAL_FAILS=true, failures passed through.
# Run by Maven in phase test (exec execution sync-job-test, also with -Dskip.npm); by hand: scripts/ci/sync-job-test.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cat >"$tmp/stub" <<'STUB'
#!/usr/bin/env bash
printf '{"runId":"run-1","outcome":"%s","dryRun":false,"counts":{"created":2},"failures":[{"title":"Bad|Page","kind":"WIX","message":"m"}]}\n' "$STUB_OUTCOME"
exit "$STUB_CODE"
STUB
chmod +x "$tmp/stub"

fail() { echo "FAIL: $*" >&2; exit 1; }
run() { # outcome code partial-fails -> prints the job's exit code
  : >"$tmp/summary"; : >"$tmp/output"
  local rc=0
  STUB_OUTCOME=$1 STUB_CODE=$2 SYNC_PARTIAL_FAILS=$3 NOTION_WIX_BIN="$tmp/stub" SYNC_REPORT_DIR="$tmp/report" \
    GITHUB_STEP_SUMMARY="$tmp/summary" GITHUB_OUTPUT="$tmp/output" "$here/sync-job.sh" 2>/dev/null || rc=$?
  echo "$rc"
}

[[ $(run PARTIAL 4 false) == 0 ]] || fail "partial should be a warning"
grep -q '| run id | run-1 |' "$tmp/summary" || fail "summary lacks the run id"
grep -q '| Bad\\|Page | WIX | m |' "$tmp/summary" || fail "summary lacks the escaped failure row"
grep -q '^outcome=PARTIAL$' "$tmp/output" || fail "GITHUB_OUTPUT lacks the outcome"
[[ $(run PARTIAL 4 true) == 4 ]] || fail "partial should fail when SYNC_PARTIAL_FAILS=true"
[[ $(run FAILED 5 false) == 5 ]] || fail "a failed run must keep its exit code"
[[ $(run SUCCEEDED 0 false) == 0 ]] || fail "success must exit 0"
echo "sync-job-test: ok"
