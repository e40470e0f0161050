#!/usr/bin/env bash
# Two Payara Micro instances in one Payara (Hazelcast) cluster on loopback, sharing one PostgreSQL, driven over
# HTTP. Checks, and prints PASS or FAIL for each:
#   1. both instances joined one cluster (Payara's Data Grid status in each log says two members);
#   2. an intake submitted on A appears in the queue read on B within 5 s, and B's live event stream announces
#      it within 5 s;
#   3. a nurse's change on B is seen on A at once, with the new version (A read the intake first, so a stale
#      shared cache would show the old one);
#   4. an EMERGENCY submitted on B raises the alert that nurses on A and on B both read;
#   5. a staff login session made on A is not known on B (sessions are per instance: sticky sessions).
# Loopback only, bounded in time; everything under target/cluster-bench, removed at the start of each run.
# Usage: bench/cluster.sh            (build first: mvn -B -q package -DskipTests)
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD/intake-web/target/cluster-bench
WAR=$PWD/intake-web/target/ROOT.war
MICRO=$PWD/intake-web/target/payara/payara-micro.jar
PG=$PWD/intake-web/src/test/scripts/private-postgres.sh
PG_PORT=${PG_PORT:-55731}
A_PORT=${A_PORT:-18731}
B_PORT=${B_PORT:-18732}
NURSE=nurse:demo-nurse
KIOSK="Authorization: Bearer demo-kiosk-token"
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }

failures=0
check() { # check NAME CONDITION-RESULT(0/1) DETAIL
  if [ "$2" -eq 0 ]; then echo "PASS $1: $3"; else echo "FAIL $1: $3"; failures=$((failures + 1)); fi
}
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  "$PG" stop "$ROOT/pg" >/dev/null 2>&1
}
trap cleanup EXIT

rm -rf "$ROOT" && mkdir -p "$ROOT"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$PG" start "$ROOT/pg" "$PG_PORT" >/dev/null || { echo "PostgreSQL did not start" >&2; exit 1; }

start() { # start NAME PORT
  mkdir -p "$ROOT/$1"
  # Clustering on for this mode only (the README's jar has --nohazelcast): a named cluster, members over TCP on loopback.
  java -Xmx512m -Djava.io.tmpdir="$ROOT/$1" \
    -Dtriage.demo=true -Dtriage.data.dir="$ROOT/$1/data" \
    -Dtriage.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/triage" -Dtriage.db.user=triage \
    -Dtriage.db.password=triage \
    -jar "$MICRO" --deploy "$WAR" --port "$2" --rootDir "$ROOT/$1/payara" --disablephonehome \
    --clustername triage-bench \
    --clustermode tcpip:127.0.0.1:5931,127.0.0.1:5932 --startport 5931 \
    --interfaces 127.0.0.1 > "$ROOT/$1.log" 2>&1 &
  pids+=($!)
}
ready() { # ready PORT: waits up to 600 s for /health/ready
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ] && return 0
    sleep 1
  done
  return 1
}
# One after the other: the first migrates the schema and seeds the demo accounts, the second finds them.
start a "$A_PORT"
ready "$A_PORT" || { echo "A never became ready; see $ROOT/a.log" >&2; exit 1; }
start b "$B_PORT"
ready "$B_PORT" || { echo "B never became ready; see $ROOT/b.log" >&2; exit 1; }
A=http://127.0.0.1:$A_PORT
B=http://127.0.0.1:$B_PORT

# 1. One cluster of two.
members() { grep -o 'DG Size: [0-9]*' "$1" | tail -1 | grep -o '[0-9]*$'; } # Payara's "Data Grid Status"
sleep 2
ma=$(members "$ROOT/a.log"); mb=$(members "$ROOT/b.log")
[ "${ma:-0}" = 2 ] && [ "${mb:-0}" = 2 ]
check "one cluster" $? "Payara Data Grid size seen by A: ${ma:-none}, by B: ${mb:-none}"

intake() { # intake FAMILY ANSWERS-JSON -> prints the reply body
  curl -s -X POST "$1/api/intakes" -H "$KIOSK" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d "{\"patient\":{\"givenName\":\"Bench\",\"familyName\":\"$2\",\"birthDate\":\"1970-01-01\",\"language\":\"en\"},\"protocol\":\"upper-back-pain\",\"answers\":$3}"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d'+sys.argv[1]))" "$1"; }

# 2. Arrival on A, seen on B (queue read and live stream).
family="Cluster$(date +%s)"
curl -s -N -u "$NURSE" -H 'Accept: text/event-stream' "$B/api/queue/events" --max-time 12 \
  > "$ROOT/b-events.txt" 2>/dev/null &
events=$!
sleep 1
t0=$(date +%s%N)
id=$(intake "$A" "$family" '{"age":40,"pain_quality":["aching"]}' | json "['id']")
seen=""
for _ in $(seq 1 50); do
  if curl -s -u "$NURSE" "$B/api/queue?size=200" | grep -q "\"$family\""; then
    seen=$(( ($(date +%s%N) - t0) / 1000000 )); break
  fi
  sleep 0.1
done
[ -n "$seen" ]
check "arrival on A in B's queue" $? "intake $id seen on B after ${seen:-more than 5000} ms"
wait "$events"
grep -q '^event: queue' "$ROOT/b-events.txt"
check "B's live stream" $? "$(grep -c '^event: queue' "$ROOT/b-events.txt") 'queue' event(s) on B's stream within 12 s of A's arrival"

# 3. A nurse's change on B is seen on A (A read it first).
v_a=$(curl -s -u "$NURSE" "$A/api/intakes/$id" | json "['version']")
v_b=$(curl -s -u "$NURSE" -X POST "$B/api/intakes/$id/status" -H 'Content-Type: application/json' \
  -d "{\"status\":\"CALLED\",\"version\":$v_a}" | json "['version']")
after=$(curl -s -u "$NURSE" "$A/api/intakes/$id")
s_a=$(echo "$after" | json "['intake']['status']"); v_a2=$(echo "$after" | json "['version']")
[ "$s_a" = CALLED ] && [ "$v_a2" = "$v_b" ]
check "B's change read on A" $? "A read version $v_a; B moved it to CALLED (version $v_b); A now reads $s_a, version $v_a2"

# 4. An emergency on B reaches the nurses on A and B.
emergency="Alert$(date +%s)"
eid=$(intake "$B" "$emergency" '{"age":58,"sweating_clammy":true,"pain_quality":["burning"]}' | json "['id']")
on_a=$(curl -s -u "$NURSE" "$A/api/queue/alerts" | grep -cE "\"id\":$eid[,}]")
on_b=$(curl -s -u "$NURSE" "$B/api/queue/alerts" | grep -cE "\"id\":$eid[,}]")
[ "$on_a" -ge 1 ] && [ "$on_b" -ge 1 ]
check "emergency alert on both" $? "intake $eid in A's alerts: $on_a, in B's: $on_b"
curl -s -u "$NURSE" -X POST "$A/api/intakes/$eid/acknowledge" -H 'Content-Type: application/json' \
  -d "{\"version\":$(curl -s -u "$NURSE" "$A/api/intakes/$eid" | json "['version']")}" > /dev/null

# 5. Sessions are per instance.
jar="$ROOT/cookies.txt"
curl -s -c "$jar" -b "$jar" -o /dev/null "$A/login.html"
curl -s -c "$jar" -b "$jar" -o /dev/null -H "Origin: $A" -H 'Sec-Fetch-Site: same-origin' \
  -d 'username=nurse&password=demo-nurse' "$A/login"
on_a=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$A/api/queue")
on_b=$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$B/api/queue")
[ "$on_a" = 200 ] && [ "$on_b" = 401 ]
check "sessions stay on their instance" $? "the session cookie from A's login: $on_a on A, $on_b on B (sticky sessions needed, docs/operations.md)"

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$failures check(s) failed"
[ "$failures" -eq 0 ]
