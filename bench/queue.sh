#!/usr/bin/env bash
# GET /api/queue latency with a realistic table: WAITING intakes in the queue and months of closed ones
# behind them (issue 11: p99 under 50 ms with 200 waiting and 100,000 closed). Starts triage-desk.jar once
# to create the schema, stops it, fills the H2 file directly with generated rows (the API would take many
# minutes for 100,000), starts it again in demo mode and runs wrk as the demo nurse (Basic, cached after the
# first check). Not part of `mvn verify`.
# Usage: bench/queue.sh [waiting, default 200] [closed, default 100000] [seconds, default 20] [connections, default 4]
set -euo pipefail
cd "$(dirname "$0")/.."
waiting=${1:-200}
closed=${2:-100000}
secs=${3:-20}
conns=${4:-4}
port=18091
h2=${H2_JAR:-$HOME/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install -y wrk"; exit 1; }
[ -f "$h2" ] || { echo "needs the H2 jar Payara bundles (2.2.224): set H2_JAR"; exit 1; }
data=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data"' EXIT
start() {
  TRIAGE_DEMO=true TRIAGE_DATA_DIR="$data" java -jar intake-web/target/triage-desk.jar --port "$port" >"$data/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "server died"; tail -20 "$data/server.log"; exit 1; }
    sleep 0.2
  done
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }
start
stop
# Generated rows: closed ones spread over the last 120 days (rank empty, as the application leaves them),
# waiting ones over the last two hours with every urgency.
cat >"$data/fill.sql" <<SQL
INSERT INTO intake (id, version, ticket, arrived_at, status, given_name, family_name, birth_date, language,
  protocol_id, protocol_version, answers_json, assessed_urgency, final_urgency, red_flags, top_causes,
  assessment_json, submitted_via, submitted_by, queue_rank, closed_at, below_red_flag)
SELECT NEXT VALUE FOR intake_seq, 1, 'Z-' || MOD(X, 999), DATEADD('MINUTE', -MOD(X * 7, 172800), CURRENT_TIMESTAMP),
  'SEEN', 'Closed', 'Bench', DATE '1970-01-01', 'en', 'upper-back-pain', '0.1.1', '{}',
  'ROUTINE', 'ROUTINE', '', 'MSK_STRAIN', '{}', 'KIOSK', 'bench', NULL, CURRENT_TIMESTAMP, FALSE
FROM SYSTEM_RANGE(1, $closed);
INSERT INTO intake (id, version, ticket, arrived_at, status, given_name, family_name, birth_date, language,
  protocol_id, protocol_version, answers_json, assessed_urgency, final_urgency, red_flags, top_causes,
  assessment_json, submitted_via, submitted_by, queue_rank, below_red_flag)
SELECT NEXT VALUE FOR intake_seq, 0, 'W-' || X, DATEADD('SECOND', -X * 30, CURRENT_TIMESTAMP), 'WAITING',
  'Waiting', 'Bench', DATE '1970-01-01', 'en', 'upper-back-pain', '0.1.1', '{}',
  CASEWHEN(MOD(X, 5) = 0, 'EMERGENCY', CASEWHEN(MOD(X, 5) = 1, 'URGENT', CASEWHEN(MOD(X, 5) = 2, 'SOON',
    CASEWHEN(MOD(X, 5) = 3, 'ROUTINE', 'SELF_CARE')))), NULL, '', 'MSK_STRAIN', '{}', 'KIOSK', 'bench', MOD(X, 5), FALSE
FROM SYSTEM_RANGE(1, $waiting);
SQL
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$data/triage" -user triage -password "" -script "$data/fill.sql"
start
auth=(-H "Authorization: Basic $(printf 'nurse:demo-nurse' | base64)")
total=$(curl -s -D - -o /dev/null "${auth[@]}" "http://127.0.0.1:$port/api/queue" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')
echo "== $(date -u +%FT%TZ) $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg); in the queue: $total; closed: $closed"
wrk -t1 -c"$conns" -d5s "${auth[@]}" "http://127.0.0.1:$port/api/queue" >/dev/null # warm-up
echo "== GET /api/queue (first page of 50), $secs s, $conns connections"
wrk -t1 -c"$conns" -d"${secs}s" --latency "${auth[@]}" "http://127.0.0.1:$port/api/queue" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
echo "== GET /api/queue?urgency=EMERGENCY&size=200, $secs s, $conns connections"
wrk -t1 -c"$conns" -d"${secs}s" --latency "${auth[@]}" "http://127.0.0.1:$port/api/queue?urgency=EMERGENCY&size=200" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx"
