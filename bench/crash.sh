#!/usr/bin/env bash
# Crash durability (issue 13): no acknowledged intake lost, none stored twice, under kill -9.
# For each database, bench/crash.py starts triage-desk.jar on loopback in demo mode, runs CLIENTS concurrent
# kiosk clients that submit intakes with Idempotency-Key headers, kill -9s the server at a random moment
# (2-8 s into the load), restarts it, retries every unanswered submission with its own key and body, and
# repeats CYCLES times; then it checks every acknowledged intake is stored once and intact.
#   PostgreSQL: a private PostgreSQL 15 cluster (fsync on) under target/bench-crash, port 5532.
#   H2: the embedded default, a fresh data directory under target/bench-crash.
# Bounded: each database gets at most DEADLINE seconds (default 900): no new kill cycle starts in the last
# 300 s, and what was stored is checked and reported whatever the number of cycles done (10 are needed to pass). Not part of `mvn verify`.
# Usage: bench/crash.sh [postgresql|h2|both, default both] [cycles, default 10] [clients, default 6]
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-both}
cycles=${2:-10}
clients=${3:-6}
deadline=${DEADLINE:-900}
pg_port=5532 # the server listens on 5533 (on PostgreSQL) or 5534 (on H2), so that both can run at once
work=$PWD/target/bench-crash
jar=intake-web/target/triage-desk.jar
pg=intake-web/src/test/scripts/private-postgres.sh
[ -f "$jar" ] || mvn -B -q package -DskipTests -pl intake-web -am
# The server runs from a copy: a build that repackages the jar meanwhile must not change it under the runs.
mkdir -p "$work"
cp "$jar" "$work/triage-desk-$which.jar"
jar=$work/triage-desk-$which.jar
command -v python3 >/dev/null || { echo "needs python3"; exit 1; }

run() { # name, server port, then environment assignments for the server
  local name=$1 port=$2; shift 2
  rm -rf "$work/$name-run"; mkdir -p "$work/$name-run"
  echo "== $name: $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "== bench/crash.sh: $cycles kill -9 cycles, $clients concurrent kiosk clients"
  env "$@" python3 bench/crash.py "$jar" "$port" "$work/$name-run" "$cycles" "$clients" "$deadline"
  echo "== $name done: load $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ "$which" = both ] || [ "$which" = postgresql ]; then
  trap '"$pg" stop "$work/postgresql" >/dev/null 2>&1 || true' EXIT
  "$pg" start "$work/postgresql" "$pg_port"
  run postgresql 5533 TRIAGE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/triage" TRIAGE_DB_USER=triage TRIAGE_DB_PASSWORD=triage
  psql -X -A -t -h 127.0.0.1 -p "$pg_port" -U triage -d triage \
    -c "SELECT 'rows in intake: ' || count(*) || ', distinct idempotency keys: ' || count(DISTINCT idempotency_key) FROM intake"
  "$pg" stop "$work/postgresql"
fi
if [ "$which" = both ] || [ "$which" = h2 ]; then
  rm -rf "$work/h2-data"
  run h2 5534 TRIAGE_DATA_DIR="$work/h2-data"
fi
