#!/usr/bin/env bash
# The cost of staff logins: one PBKDF2 check in isolation, then HTTP Basic requests against the running jar
# with the verified-credential cache on (default, 60 s) and off. Figures go to docs/security.md.
# Usage: bench/pbkdf2.sh [seconds-per-wrk-run]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
java bench/java/Pbkdf2Cost.java 210000 20

[ -f intake-web/target/triage-desk.jar ] || mvn -B -q package -DskipTests
command -v wrk >/dev/null || { echo "wrk not installed: skipping the HTTP part"; exit 0; }
AUTH="Authorization: Basic $(printf 'nurse:demo-nurse' | base64)"
for cache in 60 0; do
  data=$(mktemp -d)
  TRIAGE_DEMO=true TRIAGE_DATA_DIR="$data" TRIAGE_LOGIN_BASIC_CACHE_SECONDS=$cache \
    java -jar intake-web/target/triage-desk.jar --port 8765 >"$data/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null localhost:8765/health/ready && break; sleep 0.5; done
  echo "== GET /api/session with Basic, credential cache ${cache} s (2 connections, ${SECONDS_PER_RUN} s)"
  wrk -t1 -c2 -d"${SECONDS_PER_RUN}s" --latency -H "$AUTH" http://localhost:8765/api/session | grep -E "Requests/sec|50%|99%|Non-2xx" || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
