#!/usr/bin/env bash
# Start-up time of the bot, per run: from process start to the first answered question (a knowledge question with
# deliveryMode expectReplies answered 200 with a card) and from process start to GET /readyz answering 200 (the
# readiness checks: knowledge loaded, store reachable; Development has no app id, so no signing-key or token check).
# Prints each run and, per variant, the medians of both.
#
#   bash bench/startup.sh [runs=5]
#       the build output, as before: dotnet build -c Release, then bin/Release/net10.0/CooperationBot.dll
#   bash bench/startup.sh --publish [runs=5]
#       what App Service and the container run: dotnet publish src/CooperationBot -c Release into a temporary folder
#   bash bench/startup.sh [runs=5] --variant 'NAME|WHAT|ENV' [--variant ...]
#       several variants alternated run by run (A B A B ...), so machine noise hits each alike. WHAT is the extra
#       arguments of a dotnet publish (empty: the plain `dotnet publish -c Release`; variants with the same WHAT share
#       one publish), `build` for the build output, or `dir:/path` for a folder that holds CooperationBot.dll already.
#       ENV is space-separated VAR=value pairs for the process, e.g. DOTNET_TieredPGO=0.
#       Example: --variant 'jit|-p:PublishReadyToRun=false|' --variant 'r2r|-p:PublishReadyToRun=true -r linux-x64|'
#
# How a run is measured: the bot starts as `dotnet CooperationBot.dll` (Development, no app id) on a free loopback
# port, with a new empty temporary folder as its working directory, so the SQLite store and the briefing key file
# (.data/ under the working directory) are created as on a fresh install; the knowledge file is found beside the
# program, as in a deployment. One loop, every 10 ms until both have succeeded once: GET /readyz (a short request,
# waited for), and POST /api/messages with the question sent in the background, a new one as soon as the previous
# came back without an answer (each with an activity id of its own: a repeated id is a channel retry, answered
# empty; the answer must hold a reply). So a slow first answer does not hold up the /readyz polls, and the answer's
# time is when its own curl ended (`date +%s%N` written by it), not when the loop noticed. Before the port listens
# both fail at once; a POST sent then is late by at most one 10 ms pause and one /readyz request. The process is
# killed after each run and on every exit path; nothing answering within 30 s (or STARTUP_LIMIT_MS) ends the script
# with a message and the tail of the bot's output.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$root/src/CooperationBot"
# How long a run may take before the script gives up (tests/infra/startup.sh sets it lower to check that path).
limit_ms="${STARTUP_LIMIT_MS:-30000}"
limit_text="$(awk -v ms="$limit_ms" 'BEGIN { printf "%g s", ms / 1000 }')"

runs=5
mode=build
specs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --publish) mode=publish; shift ;;
    --variant) [ $# -ge 2 ] || { echo "startup.sh: --variant needs 'NAME|WHAT|ENV'" >&2; exit 2; }
               specs+=("$2"); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
    *[!0-9]*|'') echo "startup.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
    *) runs="$1"; shift ;;
  esac
done
if [ "${#specs[@]}" -eq 0 ]; then
  if [ "$mode" = publish ]; then specs=("publish||"); else specs=("build|build|"); fi
fi

work="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# A loopback port nothing listens on: random candidates below Linux's range for outgoing connections (32768 up), each
# tried with a connect that must fail. Another process may still take it first: measure then starts the run again.
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 12000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "startup.sh: no free loopback port found" >&2
  return 1
}

# Resolves each variant's program folder, building or publishing once per distinct WHAT.
names=(); dirs=(); envs=()
declare -A built=()
for spec in "${specs[@]}"; do
  IFS='|' read -r name what envspec <<<"$spec"
  [ -n "$name" ] || { echo "startup.sh: a variant needs a name: '$spec'" >&2; exit 2; }
  if [ "$what" = build ]; then
    if [ -z "${built[build]:-}" ]; then
      echo "building Release (dotnet build)" >&2
      dotnet build "$project" -c Release -v quiet -nologo >/dev/null
      built[build]="$project/bin/Release/net10.0"
    fi
    dir="${built[build]}"
  elif [[ "$what" == dir:* ]]; then
    dir="${what#dir:}"
  else
    if [ -z "${built["p:$what"]:-}" ]; then
      dir="$work/publish-${#built[@]}"
      echo "publishing: dotnet publish -c Release -o <temp> $what" >&2
      # shellcheck disable=SC2086 # the extra publish arguments are meant to split on spaces
      dotnet publish "$project" -c Release -o "$dir" -v quiet -nologo $what >/dev/null
      built["p:$what"]="$dir"
    fi
    dir="${built["p:$what"]}"
  fi
  [ -f "$dir/CooperationBot.dll" ] || { echo "startup.sh: no CooperationBot.dll in $dir" >&2; exit 1; }
  names+=("$name"); dirs+=("$dir"); envs+=("$envspec")
done

body='{"type":"message","id":"startup","text":"Hoeveel Marokkanen zijn teruggekeerd?","locale":"nl-NL","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"a:startup"},"from":{"id":"29:u"},"recipient":{"id":"28:b"},"deliveryMode":"expectReplies"}'

# One POST of the question in the background: its reply goes to $1.out, the time it ended (ns) to $1.end.
post_question() {
  local stem="$1" port="$2" id="$3"
  curl -fs --max-time 10 -X POST "http://127.0.0.1:$port/api/messages" -H 'content-type: application/json' \
    -d "${body/\"id\":\"startup\"/\"id\":\"$id\"}" >"$stem.out" 2>/dev/null || true
  # Written aside and renamed, so the loop never reads a half-written time; the folder is gone if the script ended.
  { date +%s%N >"$stem.time" && mv "$stem.time" "$stem.end"; } 2>/dev/null || true
}

# One run of variant $1 (index), run number $2: sets answer_ms and ready_ms, or port_taken when the bot could not
# listen on the chosen port (someone took it between the check and the bot's start).
measure() {
  local v="$1" run="$2" port data log start answered="" ready="" code poll=0 asking=""
  port_taken=""
  port="$(free_port)"
  data="$work/run-$run-$v"
  mkdir -p "$data"
  log="$data/bot.log"
  local -a extra=()
  # shellcheck disable=SC2206 # VAR=value pairs split on spaces
  [ -n "${envs[$v]}" ] && extra=(${envs[$v]})
  start=$(now_ms)
  (cd "$data" && exec env ASPNETCORE_ENVIRONMENT=Development "${extra[@]}" \
      dotnet "${dirs[$v]}/CooperationBot.dll" --urls "http://127.0.0.1:$port") >"$log" 2>&1 &
  pid=$!
  while [ -z "$answered" ] || [ -z "$ready" ]; do
    if [ -z "$ready" ]; then
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/readyz" 2>/dev/null || true)"
      [ "$code" = 200 ] && ready=$(( $(now_ms) - start ))
    fi
    if [ -z "$answered" ]; then
      if [ -n "$asking" ] && [ -f "$asking.end" ]; then
        grep -q '"activities":\[{' "$asking.out" && answered=$(( $(cat "$asking.end") / 1000000 - start ))
        asking=""
      fi
      if [ -z "$answered" ] && [ -z "$asking" ]; then
        poll=$((poll + 1))
        asking="$data/post-$poll"
        post_question "$asking" "$port" "startup-$run-$v-$poll" &
      fi
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      if grep -qi 'address already in use' "$log"; then
        wait "$pid" 2>/dev/null || true
        pid=""; wait; rm -rf "$data"; port_taken=1
        return 0
      fi
      echo "startup.sh: run $run (${names[$v]}): the bot exited before answering; its output ends with:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    if [ $(( $(now_ms) - start )) -gt "$limit_ms" ]; then
      echo "startup.sh: run $run (${names[$v]}): no answer within $limit_text (first answer: ${answered:-none}, /readyz 200: ${ready:-never}); the bot's output ends with:" >&2
      tail -n 20 "$log" >&2
      exit 1
    fi
    [ -n "$answered" ] && [ -n "$ready" ] || sleep 0.01
  done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  pid=""
  wait # the last background POST, if any
  rm -rf "$data"
  answer_ms="$answered"; ready_ms="$ready"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A answers=() readies=()
for run in $(seq 1 "$runs"); do
  for v in "${!names[@]}"; do
    for _ in 1 2 3; do
      measure "$v" "$run"
      [ -z "$port_taken" ] && break
      echo "run $run ${names[$v]}: the port was taken before the bot listened; starting the run again" >&2
    done
    if [ -n "$port_taken" ]; then echo "startup.sh: run $run (${names[$v]}): no free port in 3 tries" >&2; exit 1; fi
    echo "run $run ${names[$v]}: first answer ${answer_ms} ms, /readyz 200 ${ready_ms} ms"
    answers[$v]="${answers[$v]:-} $answer_ms"
    readies[$v]="${readies[$v]:-} $ready_ms"
  done
done
for v in "${!names[@]}"; do
  # shellcheck disable=SC2086 # the lists split on spaces
  echo "median ${names[$v]} over $runs runs: first answer $(median ${answers[$v]}) ms, /readyz 200 $(median ${readies[$v]}) ms  (first answer:${answers[$v]}; /readyz:${readies[$v]})"
done
