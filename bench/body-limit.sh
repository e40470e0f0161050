#!/usr/bin/env bash
# The request body limit under a hostile client: sends a 50 MB JSON body to POST /api/assessments three times
# with its Content-Length and three times chunked, and reads the server's heap (MicroProfile Metrics,
# memory_usedHeap_bytes / memory_committedHeap_bytes) and resident memory (ps) before and after. Before the
# limit, such a body was read whole before its 400 (the server at 988 MB after it). Starts triage-desk.jar
# (-Xmx512m) on a throw-away data directory, loopback only, stops by itself. Not part of `mvn verify`.
# Usage: bench/body-limit.sh [MB, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-50}
port=18613
data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
TRIAGE_DATA_DIR="$data" java -Xmx512m -jar intake-web/target/triage-desk.jar --port "$port" --rootDir "$data/root" \
  >"$data/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "server died"; tail -20 "$data/server.log"; exit 1; }
  sleep 0.5
done
python3 -c "import sys; sys.stdout.write('{\"protocol\":\"' + 'a' * ($mb * 1024 * 1024) + '\",\"answers\":{}}')" >"$data/big.json"
memory() {
  local m; m=$(curl -s "http://127.0.0.1:$port/metrics")
  printf 'heap used %s MB, committed %s MB, resident %s MB\n' \
    "$(grep '^memory_usedHeap_bytes{mp_scope="base"}' <<<"$m" | head -1 | awk '{printf "%.0f", $2/1048576}')" \
    "$(grep '^memory_committedHeap_bytes{mp_scope="base"}' <<<"$m" | head -1 | awk '{printf "%.0f", $2/1048576}')" \
    "$(ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}')"
}
echo "== $(ls -l "$data/big.json" | awk '{print $5}') bytes, uptime: $(uptime | sed 's/.*load/load/')"
echo "before: $(memory)"
for mode in length chunked; do
  for i in 1 2 3; do
    extra=(); [ "$mode" = chunked ] && extra=(-H "Transfer-Encoding: chunked")
    curl -s -o "$data/answer" -w "$mode: %{http_code} in %{time_total} s, %{size_upload} bytes sent before the answer\n" \
      -X POST "http://127.0.0.1:$port/api/assessments" -H 'Content-Type: application/json' "${extra[@]}" \
      --data-binary @"$data/big.json" || true
  done
  echo "  answer: $(cat "$data/answer")"
done
echo "after: $(memory)"
