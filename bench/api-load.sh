#!/usr/bin/env bash
# Load on the running application over loopback with wrk (Debian package `wrk`): POST /api/assessments
# (evaluate only) and POST /api/intakes (assess + store in H2), then GET /api/queue. Starts triage-desk.jar on
# a throw-away data directory, bounded runs, stops by itself. Not part of `mvn verify`.
# Usage: bench/api-load.sh [seconds per run, default 20] [connections, default 8]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
conns=${2:-8}
port=18090
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk"; exit 1; }
data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$data"' EXIT
TRIAGE_DATA_DIR="$data" java -jar intake-web/target/triage-desk.jar --port "$port" >"$data/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "server died"; cat "$data/server.log" | tail -20; exit 1; }
  sleep 0.2
done
run() { # name path body expected-status
  echo "== $1 ($secs s, $conns connections, 2 threads)"
  BODY="$3" EXPECT="$4" wrk -t2 -c"$conns" -d"${secs}s" --latency -s bench/wrk/post-json.lua "http://127.0.0.1:$port$2" \
    | grep -E "Latency|50%|90%|99%|Requests/sec|unexpected|Non-2xx|Socket errors"
}
# Warm-up, not reported: the JIT compiles the hot paths first.
BODY=bench/wrk/assessment.json EXPECT=200 wrk -t2 -c"$conns" -d10s -s bench/wrk/post-json.lua "http://127.0.0.1:$port/api/assessments" >/dev/null
run "POST /api/assessments" /api/assessments bench/wrk/assessment.json 200
run "POST /api/intakes" /api/intakes bench/wrk/intake.json 201
echo "== GET /api/queue with $(curl -s "http://127.0.0.1:$port/api/queue" | grep -o '"ticket"' | wc -l) waiting ($secs s)"
wrk -t2 -c"$conns" -d"${secs}s" --latency "http://127.0.0.1:$port/api/queue" | grep -E "Latency|50%|99%|Requests/sec"
