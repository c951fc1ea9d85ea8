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

# npm ci when node_modules is missing or package-lock.json changed since the last install.
lock_hash="$(sha256sum "$e2e/package-lock.json" | cut -d' ' -f1)"
stamp="$e2e/node_modules/.run-all-lock.sha256"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_hash" ]; then
  echo "run-all: npm ci in tests/e2e"
  (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  echo "$lock_hash" > "$stamp"
fi

cd "$root"
dotnet build CooperationBot.sln

if ! dotnet test CooperationBot.sln --no-build; then
  echo "run-all: dotnet test FAILED (continuing with the e2e tests)" >&2
  status=1
fi

if ! (cd "$e2e" && npm test); then
  status=1
fi

exit "$status"
