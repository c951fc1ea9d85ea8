#!/usr/bin/env bash
# Same-run latency comparison of the CooperationBot answering code: "before" (a built worktree of an earlier
# commit) against "after" (a repository's working tree, by default this one). Make the before worktree with
#   git worktree add --detach <dir> <commit> && dotnet build -c Release <dir>/bench/CooperationBot.Benchmarks
#
#   bench/compare-latency.sh --before DIR [--no-build] [--items N] [--out DIR] [AFTER_REPO [ROUNDS]] [-- LATENCY_OPTIONS...]
#
#   AFTER_REPO       default: the repository this script is in
#   ROUNDS           default 5; each round runs before, then after (B A B A ...)
#   --no-build       do not build the after benchmark (use the DLL already in its bin/Release)
#   --before DIR     the before worktree, already built in Release (required)
#   --items N        synthetic knowledge size (default 10000)
#   --out DIR        where the raw outputs go (default: a new /tmp/bench-compare.XXXXXX)
#   -- OPTIONS       passed unchanged to `latency` on both sides, e.g. -- --in-memory --questions 5000
#
# Each run is:  dotnet <repo>/bench/CooperationBot.Benchmarks/bin/Release/net10.0/CooperationBot.Benchmarks.dll latency N [OPTIONS]
# whose output is a markdown table (bench/CooperationBot.Benchmarks/LatencyCommand.cs):
#   | items | load (s) | index build (ms) | warm build (ms) | knowledge heap (MB) | heap after build (MB) | working set (MB) | p50 (µs) | p99 (µs) | max (µs) | mean (µs) | answered |
#   |---|---|...
#   | 10,000 | 9.6 | 5928 | 2659 | 71 | 78 | 255 | 1017 | 4568 | 61914 | 1150 | 70% of 20,000 |
# The columns are looked up by their header names, not by position.
set -euo pipefail

BEFORE=
AFTER=$(cd "$(dirname "$0")/.." && pwd)
ROUNDS=5
ITEMS=10000
BUILD=1
OUT=
OPTS=()
positional=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --before) BEFORE=${2:?--before needs a directory}; shift 2 ;;
    --items) ITEMS=${2:?--items needs a number}; shift 2 ;;
    --out) OUT=${2:?--out needs a directory}; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    --) shift; OPTS=("$@"); break ;;
    -*) echo "compare-latency: unknown option $1" >&2; exit 2 ;;
    *) positional+=("$1"); shift ;;
  esac
done
[[ ${#positional[@]} -le 2 ]] || { echo "compare-latency: too many arguments: ${positional[*]}" >&2; exit 2; }
[[ ${#positional[@]} -ge 1 ]] && AFTER=${positional[0]}
[[ ${#positional[@]} -ge 2 ]] && ROUNDS=${positional[1]}
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "compare-latency: ROUNDS must be a positive integer, got '$ROUNDS'" >&2; exit 2; }
[[ $ITEMS =~ ^[1-9][0-9]*$ ]] || { echo "compare-latency: --items must be a positive integer, got '$ITEMS'" >&2; exit 2; }

[[ -n $BEFORE ]] || { echo "compare-latency: --before DIR is required (a worktree of the earlier commit, built in Release)" >&2; exit 2; }
BEFORE=$(cd "$BEFORE" && pwd)
AFTER=$(cd "$AFTER" && pwd)
REL=bench/CooperationBot.Benchmarks/bin/Release/net10.0/CooperationBot.Benchmarks.dll
BEFORE_DLL=$BEFORE/$REL
AFTER_DLL=$AFTER/$REL
[[ -n $OUT ]] || OUT=$(mktemp -d /tmp/bench-compare.XXXXXX)
mkdir -p "$OUT"

# Git state without taking index.lock in a repository someone else is working in.
describe() {
  local head dirty
  head=$(git -C "$1" rev-parse --short HEAD 2>/dev/null || echo '?')
  dirty=$(git --no-optional-locks -C "$1" status --porcelain 2>/dev/null | wc -l || echo '?')
  echo "$head, $dirty changed/untracked paths"
}

if [[ $BUILD -eq 1 ]]; then
  echo "== building after: $AFTER ($(describe "$AFTER"))"
  if ! (cd "$AFTER" && dotnet build -c Release bench/CooperationBot.Benchmarks) >"$OUT/build-after.log" 2>&1; then
    tail -30 "$OUT/build-after.log" >&2
    echo "compare-latency: the after build failed (log: $OUT/build-after.log)" >&2
    exit 1
  fi
  tail -3 "$OUT/build-after.log"
fi
for dll in "$BEFORE_DLL" "$AFTER_DLL"; do
  [[ -f $dll ]] || { echo "compare-latency: missing $dll (build it: dotnet build -c Release bench/CooperationBot.Benchmarks)" >&2; exit 1; }
done

echo "before: $BEFORE ($(describe "$BEFORE")), dll $(date -r "$BEFORE_DLL" '+%F %T')"
echo "after:  $AFTER ($(describe "$AFTER")), dll $(date -r "$AFTER_DLL" '+%F %T')"
echo "command: dotnet <repo>/$REL latency $ITEMS ${OPTS[*]:-}"
echo "rounds: $ROUNDS (before, after alternating); raw output: $OUT"
env | grep -E '^(DOTNET|COMPlus)_' | sed 's/^/env: /' || true
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Prints "p50 p99 build warm answered" from one latency output (exactly one data row expected).
parse() {
  awk -F'|' '
    function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }
    function num(s)  { s = trim(s); gsub(/,/, "", s); if (s !~ /^[0-9]+(\.[0-9]+)?$/) bad = 1; return s }
    /^\| *items *\|/ {
      for (i = 2; i < NF; i++) {
        h = trim($i)
        if (h ~ /^p50 /) c50 = i; else if (h ~ /^p99 /) c99 = i
        else if (h == "index build (ms)") cb = i; else if (h == "warm build (ms)") cw = i
        else if (h == "answered") ca = i
      }
      next
    }
    /^\| *[0-9][0-9,]* *\|/ && c50 && c99 && cb {
      rows++
      ans = ca ? trim($ca) : "NA"; gsub(/ /, "_", ans)
      out = num($c50) " " num($c99) " " num($cb) " " (cw ? num($cw) : "NA") " " ans
    }
    END {
      if (!c50 || !c99 || !cb) { print "no header with p50, p99 and index build columns" > "/dev/stderr"; exit 1 }
      if (rows != 1) { print "expected 1 data row, found " rows + 0 > "/dev/stderr"; exit 1 }
      if (bad) { print "a figure is not a number: " out > "/dev/stderr"; exit 1 }
      print out
    }' "$1"
}

declare -a B50 B99 BB BW A50 A99 AB AW
ANS_B=() ANS_A=()
run() { # side round dll repo -> sets REPLY to the parsed line
  local side=$1 round=$2 dll=$3 repo=$4 file="$OUT/$1-$2.txt" start end
  start=$(date +%s.%N)
  if ! (cd "$repo" && dotnet "$dll" latency "$ITEMS" "${OPTS[@]}") >"$file" 2>&1; then
    cat "$file" >&2
    echo "compare-latency: $side round $round failed (output: $file)" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  if ! REPLY=$(parse "$file"); then
    cat "$file" >&2
    echo "compare-latency: cannot parse $file" >&2
    exit 1
  fi
  printf '  round %d %-6s %s  (%.0f s)\n' "$round" "$side" "$(sed -n '3p' "$file")" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')"
}

for ((r = 1; r <= ROUNDS; r++)); do
  run before "$r" "$BEFORE_DLL" "$BEFORE"; read -r p50 p99 b w ans <<<"$REPLY"
  B50+=("$p50"); B99+=("$p99"); BB+=("$b"); BW+=("$w"); ANS_B+=("$ans")
  run after "$r" "$AFTER_DLL" "$AFTER"; read -r p50 p99 b w ans <<<"$REPLY"
  A50+=("$p50"); A99+=("$p99"); AB+=("$b"); AW+=("$w"); ANS_A+=("$ans")
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NA" || b == "NA" || b == 0) print "n/a"; else printf "%.3f", a / b }'; }

echo
echo "items $ITEMS, options: ${OPTS[*]:-(none)}; latency in µs, build in ms"
echo
echo "| round | before p50 | before p99 | before build | before warm build | after p50 | after p99 | after build | after warm build | p99 after/before |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for ((i = 0; i < ROUNDS; i++)); do
  echo "| $((i + 1)) | ${B50[i]} | ${B99[i]} | ${BB[i]} | ${BW[i]} | ${A50[i]} | ${A99[i]} | ${AB[i]} | ${AW[i]} | $(ratio "${A99[i]}" "${B99[i]}") |"
done
mb50=$(median "${B50[@]}"); mb99=$(median "${B99[@]}"); mbb=$(median "${BB[@]}"); mbw=$(median "${BW[@]}")
ma50=$(median "${A50[@]}"); ma99=$(median "${A99[@]}"); mab=$(median "${AB[@]}"); maw=$(median "${AW[@]}")
echo "| median | $mb50 | $mb99 | $mbb | $mbw | $ma50 | $ma99 | $mab | $maw | |"
echo
echo "ratio after/before of the medians:  p99 $(ratio "$ma99" "$mb99")   build $(ratio "$mab" "$mbb")   (p50 $(ratio "$ma50" "$mb50"), warm build $(ratio "$maw" "$mbw"))"
echo "answered: before ${ANS_B[0]//_/ }, after ${ANS_A[0]//_/ }"
for ((i = 0; i < ROUNDS; i++)); do
  [[ ${ANS_B[i]} == "${ANS_B[0]}" && ${ANS_A[i]} == "${ANS_A[0]}" ]] || echo "NOTE: the answered share differs between rounds (round $((i + 1)): ${ANS_B[i]//_/ } / ${ANS_A[i]//_/ })"
done
[[ ${ANS_B[0]} == "${ANS_A[0]}" ]] || echo "NOTE: before and after answer a different share of the questions: the answers changed, check with the 'answers' command"
