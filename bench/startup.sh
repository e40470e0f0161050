#!/usr/bin/env bash
# Measures start-up: JVM start of README command 1's `java -jar intake-web/target/triage-desk.jar` to the first
# 200 from /health/ready, each run on a fresh, empty data directory; then the resident memory (RSS) of the
# server once ready and idle for 5 s, and the CPU time the start cost. Prints every run, then median, min, max.
# Usage: bench/startup.sh [runs, default 5] [jar, default intake-web/target/triage-desk.jar] [java options..., default
# README command 1's -Xmx384m]
# (build first: mvn -B -q package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=${2:-intake-web/target/triage-desk.jar}
shift $(( $# > 2 ? 2 : $# ))
# README command 1's JVM options unless others are given.
[ $# -gt 0 ] || set -- -Xmx384m
port=${PORT:-18080}
times=() cpus=() rss=()
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); java: $(java -version 2>&1 | head -1); options: $*"
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  TRIAGE_DATA_DIR="$data" java "$@" -jar "$jar" --port "$port" >"$data/server.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    sleep 0.05
    if ! kill -0 "$pid" 2>/dev/null; then echo "server died; see $data/server.log"; exit 1; fi
  done
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  # CPU time (user + system) of the server's processes until ready: on a machine busy with other work the wall
  # time stretches, the CPU a start costs much less.
  ticks=0
  for p in $pid $(pgrep -P "$pid" || true); do
    ticks=$(( ticks + $(awk '{print $14 + $15}' "/proc/$p/stat") ))
  done
  cpu=$(( ticks * 1000 / $(getconf CLK_TCK) ))
  sleep 5
  # The whole process tree: a launcher may start the server as its child.
  kb=0
  for p in $pid $(pgrep -P "$pid" || true); do
    kb=$(( kb + $(awk '/^VmRSS/ {print $2}' "/proc/$p/status") ))
  done
  times+=("$ms"); cpus+=("$cpu"); rss+=("$(( kb / 1024 ))")
  echo "run $run: ready in $ms ms (CPU $cpu ms), RSS once ready and idle $(( kb / 1024 )) MB, load $(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %s, min %s, max %s", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "ready (ms): $(stats "${times[@]}")"
echo "CPU to ready (ms): $(stats "${cpus[@]}")"
echo "RSS (MB):   $(stats "${rss[@]}")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
