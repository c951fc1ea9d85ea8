#!/usr/bin/env bash
# Start-up time of the bot: from process start to the first answered question (a knowledge question with
# deliveryMode expectReplies answered 200 with a card), over N runs of the built program; prints each run
# and the median. Usage: bash bench/startup.sh [runs=5]   (builds Release first)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
port=39781
dotnet build "$root/src/CooperationBot" -c Release -v quiet -nologo >/dev/null
dll="$root/src/CooperationBot/bin/Release/net10.0/CooperationBot.dll"
body='{"type":"message","id":"startup","text":"Hoeveel Marokkanen zijn teruggekeerd?","locale":"nl-NL","channelId":"msteams","serviceUrl":"http://127.0.0.1:1/","conversation":{"id":"a:startup"},"from":{"id":"29:u"},"recipient":{"id":"28:b"},"deliveryMode":"expectReplies"}'

times=()
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  ASPNETCORE_ENVIRONMENT=Development dotnet "$dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
  pid=$!
  # Each poll has an activity id of its own (a repeated id is a channel retry, answered empty); the answer must hold a reply.
  until curl -fs -X POST "http://127.0.0.1:$port/api/messages" -H 'content-type: application/json' \
      -d "${body/\"id\":\"startup\"/\"id\":\"startup-$i-$(date +%s%N)\"}" 2>/dev/null | grep -q '"activities":\[{'; do
    sleep 0.01
    if [ $(( ($(date +%s%N) - start) / 1000000 )) -gt 30000 ]; then echo "run $i: no answer within 30 s" >&2; kill "$pid"; exit 1; fi
  done
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "run $i: ${ms} ms"
  times+=("$ms")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median start-up to first answer: ${median} ms over ${runs} runs"
