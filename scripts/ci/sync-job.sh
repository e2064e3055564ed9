#!/usr/bin/env bash
# One scheduled sync job, the same locally and in GitHub Actions (the workflow only calls this script).
#
# Contract:
#   - runs `<NOTION_WIX_BIN> sync --json [--dry-run] [--full]`; NOTION_WIX_BIN defaults to
#     `node scripts/notion/sync.js` (tests point it at a stub or the sandbox-backed launcher);
#   - writes the run report to "$SYNC_REPORT_DIR/run-report.json" (default target/sync-job) for the artifact;
#   - appends a Markdown table to "$GITHUB_STEP_SUMMARY" when that variable names a file;
#   - writes `exit_code=` and `outcome=` to "$GITHUB_OUTPUT" when set (the workflow's issue step reads them);
#   - exits with the sync's code, except 4 (partial) which becomes 0 unless SYNC_PARTIAL_FAILS=true.
# Reporting to SWARM and alerting are done by the product itself (SWARM_WEBHOOK_URL, ALERT_WEBHOOK_URL);
# this script does not re-implement them. It never uses `set -x`: secrets are in the environment.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
report_dir=${SYNC_REPORT_DIR:-$repo_root/target/sync-job}
report_file=$report_dir/run-report.json
mkdir -p "$report_dir"

args=(sync --json)
if [[ ${SYNC_DRY_RUN:-false} == true ]]; then args+=(--dry-run); fi
if [[ ${SYNC_FULL:-false} == true ]]; then args+=(--full); fi

if [[ -n ${NOTION_WIX_BIN:-} ]]; then
  read -r -a bin <<<"$NOTION_WIX_BIN"
else
  bin=(node "$repo_root/scripts/notion/sync.js")
  args=("${args[@]:1}") # sync.js is already the sync command
fi

code=0
"${bin[@]}" "${args[@]}" >"$report_file" || code=$?

# Renders the summary from the report; a missing or non-JSON report (exit 1/2 before a run) still gets a line.
summary=$(node - "$report_file" "$code" 2>"$report_dir/outcome.txt" <<'JS'
const fs = require('fs');
const [file, code] = process.argv.slice(2);
let r = null;
try { r = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { /* no report */ }
const cell = (v) => String(v ?? '—').replace(/\|/g, '\\|').replace(/\n/g, ' ');
if (!r) {
  console.log(`### notion-wix sync\n\nNo run report (exit code ${code}); see the job log.`);
  process.exit(0);
}
const c = r.counts || {};
const rows = [
  ['run id', r.runId], ['outcome', r.outcome], ['exit code', code], ['dry run', r.dryRun],
  ['started', r.startedAt], ['finished', r.finishedAt],
  ...Object.entries(c).map(([k, v]) => [k, v]),
  ['images imported', r.imagesImported], ['error', r.errorSummary],
];
const lines = ['### notion-wix sync', '', '| | |', '|---|---|', ...rows.map(([k, v]) => `| ${cell(k)} | ${cell(v)} |`)];
const failures = r.failures || [];
if (failures.length) {
  lines.push('', '| failed item | kind | message |', '|---|---|---|');
  for (const f of failures) lines.push(`| ${cell(f.title)} | ${cell(f.kind)} | ${cell(f.message)} |`);
}
console.log(lines.join('\n'));
console.error(`outcome=${r.outcome}`);
JS
) || summary="### notion-wix sync"$'\n\n'"Summary could not be rendered (exit code $code)."

outcome=$(sed -n 's/^outcome=//p' "$report_dir/outcome.txt" | head -n 1)
if [[ -n ${GITHUB_STEP_SUMMARY:-} ]]; then printf '%s\n' "$summary" >>"$GITHUB_STEP_SUMMARY"; fi
if [[ -n ${GITHUB_OUTPUT:-} ]]; then printf 'exit_code=%s\noutcome=%s\n' "$code" "${outcome:-NONE}" >>"$GITHUB_OUTPUT"; fi

if [[ $code -eq 4 && ${SYNC_PARTIAL_FAILS:-false} != true ]]; then
  echo "::warning::notion-wix sync was partial (exit 4): some items failed, the rest applied" >&2
  exit 0
fi
exit "$code"
