#!/usr/bin/env bash
# The one test command: installs what a fresh machine lacks, builds the solution, runs the .NET tests,
# then the end-to-end tests (tests/e2e, node --test). Exits non-zero if any stage failed.
# The e2e runner's summary is printed last on purpose (CI reads the closing lines).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
e2e="$root/tests/e2e"
status=0

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ! -x /usr/bin/chromium ]; then
  echo "run-all: installing Debian chromium for the browser tests"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi

# npm ci when node_modules is missing or package-lock.json is newer than npm's record of the last install.
installed="$e2e/node_modules/.package-lock.json"
if [ ! -f "$installed" ] || [ "$e2e/package-lock.json" -nt "$installed" ]; then
  echo "run-all: npm ci in tests/e2e"
  (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi

# A local PostgreSQL server for the store tests that run against PostgreSQL as well as SQLite.
bash "$root/tests/postgres/ensure-postgres.sh"

cd "$root"
dotnet build CooperationBot.sln

# Code style as .editorconfig says (file-scoped namespaces, _camelCase fields, import order, no unused usings).
if ! dotnet format CooperationBot.sln --verify-no-changes --no-restore; then
  echo "run-all: dotnet format found code to tidy: run 'dotnet format CooperationBot.sln'" >&2
  status=1
fi

# infra/ in Bicep: every file builds and lints with no error and no warning, offline (the CLI comes from NuGet).
if ! bash "$root/tests/infra/bicep.sh"; then
  echo "run-all: the Bicep files in infra/ do not build or lint cleanly" >&2
  status=1
fi

# bench/startup.sh (start-up to the first answer) still measures both times and fails cleanly, on the Debug build above.
if ! bash "$root/tests/infra/startup.sh"; then
  echo "run-all: bench/startup.sh does not measure or fail as it should" >&2
  status=1
fi

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

if ! dotnet test CooperationBot.sln --no-build 2>&1 | tee "$logs/dotnet.log"; then
  echo "run-all: dotnet test FAILED (continuing with the e2e tests)" >&2
  status=1
fi

if ! (cd "$e2e" && npm test) 2>&1 | tee "$logs/e2e.log"; then
  status=1
fi

# One closing line over both runners: the .NET summaries ("Passed:  N", "Failed:  N") and node's ("# pass N").
sum() { grep -oE "$1" "$2" | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'; }
passed=$(( $(sum 'Passed: +[0-9]+' "$logs/dotnet.log") + $(sum '^# pass [0-9]+' "$logs/e2e.log") ))
failed=$(( $(sum 'Failed: +[0-9]+' "$logs/dotnet.log") + $(sum '^# fail [0-9]+' "$logs/e2e.log") ))
echo "total: $passed passed, $failed failed"
exit "$status"
