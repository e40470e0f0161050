#!/usr/bin/env bash
# Measures start-up: JVM start of triage-desk.jar to the first 200 from /health/ready, on a fresh data dir.
# Usage: bench/startup.sh [runs]   (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=intake-web/target/triage-desk.jar
port=18080
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  TRIAGE_DATA_DIR="$data" java -jar "$jar" --port "$port" >"$data/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1; do
    sleep 0.1
    if ! kill -0 "$pid" 2>/dev/null; then echo "server died; see $data/server.log"; exit 1; fi
  done
  end=$(date +%s%N)
  echo "run $run: ready in $(( (end - start) / 1000000 )) ms"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
