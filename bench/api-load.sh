#!/usr/bin/env bash
# Load on the running application over loopback with wrk (Debian package `wrk`): POST /api/assessments
# (evaluate only, public) and POST /api/intakes (assess + store in H2 with its audit record, as the demo kiosk
# with its Bearer token and a fresh Idempotency-Key per intake, as the kiosk sends). Starts README command 1's
# triage-desk.jar in demo mode on a throw-away data directory, warms up, runs each case for a bounded time,
# and stops the server. Prints requests/s, p50, p99 and the error count (any other status than the expected
# 200 or 201, or a socket error) for each. Not part of `mvn verify`.
# Usage: bench/api-load.sh [seconds per run, default 20] [connections, default 32]; WARMUP=s per case (30);
#        JAR=another build's triage-desk.jar (default README command 1's)
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-20}
conns=${2:-32}
port=${PORT:-18090}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk"; exit 1; }
data=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT
TRIAGE_DEMO=true TRIAGE_DATA_DIR="$data" java -Xmx384m -jar "${JAR:-intake-web/target/triage-desk.jar}" --port "$port" >"$data/server.log" 2>&1 &
pid=$!
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 "$pid" 2>/dev/null || { echo "server died"; tail -20 "$data/server.log"; exit 1; }
  sleep 0.2
done
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo '+changes'); $secs s per case, $conns connections, 2 wrk threads"
load() { # path body expected-status seconds [auth]
  BODY="$2" EXPECT="$3" AUTH="${5:-}" IDEMPOTENCY="${5:+1}" RUN="$RANDOM$RANDOM" \
    wrk -t2 -c"$conns" -d"$4s" --timeout 10s -s bench/wrk/post-json.lua "http://127.0.0.1:$port$1" | grep RESULT | sed 's/^RESULT //'
}
kiosk="Bearer demo-kiosk-token"
# Warm-up, not reported: the JIT compiles the hot paths first. 10 s was too short: a run after it measured
# 1,472 assessments/s where the same server gave 3,186/s a minute later (2 cores, wrk beside the server).
warm=${WARMUP:-30}
load /api/assessments bench/wrk/assessment.json 200 "$warm" >/dev/null
load /api/intakes bench/wrk/intake.json 201 "$warm" "$kiosk" >/dev/null
# The server's CPU time per request, and wrk's: steadier than requests/s on a shared machine, and they show
# how much of the two cores the load generator itself took.
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
measure() { # label, then load's arguments
  local label=$1; shift
  local before after result
  before=$(ticks)
  result=$( { TIMEFORMAT='%U %S'; time load "$@" ; } 2>"$data/wrk.time" )
  after=$(ticks)
  local requests wrk_cpu
  requests=$(sed -E 's/.* of ([0-9]+)$/\1/' <<<"$result")
  wrk_cpu=$(awk '{printf "%.1f", $1 + $2}' "$data/wrk.time")
  echo "$label $result"
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" -v w="$wrk_cpu" -v s="$4" \
    'BEGIN {printf "    server CPU %.1f s (%.0f us a request, %.2f cores); wrk CPU %s s (%.2f cores)\n", t/hz, t/hz*1e6/n, t/hz/s, w, w/s}'
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "POST /api/assessments:" /api/assessments bench/wrk/assessment.json 200 "$secs"
measure "POST /api/intakes:    " /api/intakes bench/wrk/intake.json 201 "$secs" "$kiosk"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
