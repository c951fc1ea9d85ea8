#!/usr/bin/env bash
# Checks bench/startup.sh against the Debug build that tests/run-all.sh has just made (no Release build or publish):
# one measured run gives both times and the medians; a run that cannot answer in time ends with a message and leaves
# no bot process behind; a bot that exits, a folder without the program and an unknown argument each end the script
# with a message and a non-zero status.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
script="$root/bench/startup.sh"
program="$root/src/CooperationBot/bin/Debug/net10.0"
if [ ! -f "$program/CooperationBot.dll" ]; then
  echo "startup.sh check: no $program/CooperationBot.dll: build the solution first (dotnet build CooperationBot.sln)" >&2
  exit 1
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
failures=0
fail() { echo "startup.sh check: $1" >&2; failures=$((failures + 1)); }
bots() { pgrep -f "$program/CooperationBot.dll" || true; }
before="$(bots)"

# One run: both times on the run's line, then the medians.
if bash "$script" 1 --variant "debug|dir:$program|" >"$out/run.txt" 2>"$out/run.err"; then
  grep -qE '^run 1 debug: first answer [0-9]+ ms, /readyz 200 [0-9]+ ms$' "$out/run.txt" \
    || fail "a run does not print both times: $(cat "$out/run.txt")"
  grep -qE '^median debug over 1 runs: first answer [0-9]+ ms, /readyz 200 [0-9]+ ms' "$out/run.txt" \
    || fail "no median line: $(cat "$out/run.txt")"
else
  fail "one run against the Debug build failed: $(cat "$out/run.err")"
fi

# Nothing answers within the limit: a message naming it, a non-zero status, the bot killed.
if STARTUP_LIMIT_MS=1 bash "$script" 1 --variant "debug|dir:$program|" >"$out/late.txt" 2>"$out/late.err"; then
  fail "a run over the time limit succeeded"
else
  grep -q 'no answer within 0.001 s' "$out/late.err" || fail "no message for a run over the time limit: $(cat "$out/late.err")"
fi

# The bot exits at start-up (no knowledge file where it is told to look): the message and the tail of its output.
if bash "$script" 1 --variant "broken|dir:$program|Knowledge__Path=/nonexistent/knowledge.yaml" >/dev/null 2>"$out/exit.err"; then
  fail "a run whose bot exits at start-up succeeded"
else
  grep -q 'the bot exited before answering' "$out/exit.err" || fail "no message for a bot that exits: $(cat "$out/exit.err")"
fi

if bash "$script" 1 --variant "missing|dir:$out/nothing|" >/dev/null 2>"$out/missing.err"; then
  fail "a folder without CooperationBot.dll was accepted"
else
  grep -q 'no CooperationBot.dll in' "$out/missing.err" || fail "no message for a folder without the program: $(cat "$out/missing.err")"
fi

status=0
bash "$script" --no-such-option >/dev/null 2>"$out/usage.err" || status=$?
[ "$status" -eq 2 ] && grep -q "unknown argument '--no-such-option'" "$out/usage.err" \
  || fail "an unknown argument did not end with status 2 and a message (status $status)"

bash "$script" --help | grep -q -- "--variant 'NAME|WHAT|ENV'" || fail "--help does not show the usage"

sleep 0.5
if [ "$(bots)" != "$before" ]; then
  fail "a bot process was left running: $(bots | tr '\n' ' ')"
fi

if [ "$failures" -gt 0 ]; then
  echo "startup.sh check: $failures failed" >&2
  exit 1
fi
echo "startup.sh check: bench/startup.sh measured one run and failed cleanly in 4 ways; --help shows the usage"
