#!/usr/bin/env bash
# Excel report benchmark against its peer: the streaming TriageQueueWorkbook (Summary, Queue, Overrides) and
# fastexcel writing the same Queue sheet (same columns, cell types and styles; bench-only dependency, Maven
# profile "bench"), 100,000 generated intakes each, every case in its own JVM under the same -Xmx, alternately
# ROUNDS times so both see the same machine load. Then 1,000,000 intakes with the streaming writer under the
# same -Xmx (flat memory). Prints a Markdown table, the median ratios and the load. Not part of `mvn verify`.
#
#   bench/report.sh                       # env: ROUNDS (3), INTAKES (100000), MILLION (1000000; 0 skips), HEAP (256m)
#   BEFORE=<commit> bench/report.sh       # also the reporting module as it was at <commit>, compiled aside
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
ROUNDS="${ROUNDS:-3}"
INTAKES="${INTAKES:-100000}"
MILLION="${MILLION:-1000000}"
HEAP="${HEAP:-256m}"

cp="$("$root/reporting/src/bench/build-bench.sh" 2>/dev/null)"
out="$root/reporting/target/bench"
tmp="$root/reporting/target/tmp"
mkdir -p "$out" "$tmp"
before_cp=""
if [ -n "${BEFORE:-}" ]; then
  # The module's main classes at that commit, compiled against the same libraries, placed first on the path.
  src="$out/before-src"
  rm -rf "$src" "$out/before-classes" && mkdir -p "$src" "$out/before-classes"
  git archive "$BEFORE" reporting/src/main/java | tar -x -C "$src"
  javac -nowarn -d "$out/before-classes" -cp "$cp" $(find "$src" -name '*.java') >&2
  before_cp="$out/before-classes:$cp"
fi

# run <label> <writer> <intakes> <classpath>: one JVM; prints "label wall cpuMain cpuJvm heapAfterGc poolPeak file"
run() {
  local file="$out/$1-$3.xlsx" line
  line="$(java -Xms16m -Xmx"$HEAP" -XX:+UseG1GC -Djava.io.tmpdir="$tmp" -cp "$4" \
      org.triagedesk.reporting.bench.ReportBenchmark "$2" "$3" "$file" 2>/dev/null | grep '^RESULT')"
  rm -f "$file"
  read -r _ _ _ wall heap pool size cpu jvm <<<"$line"
  echo "$1 $3 $wall $cpu $jvm $heap $pool $size"
}

echo "# report benchmark $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), $(nproc) CPUs, -Xmx$HEAP, $(java -version 2>&1 | head -1)"
echo "load before:$(uptime | sed 's/.*load average://')"
echo
echo "| writer | intakes | wall (s) | main-thread CPU (s) | JVM CPU (s) | peak heap after GC (MiB) | heap pool peaks (MiB) | file (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
results="$out/report-results.txt"
: >"$results"
for round in $(seq 1 "$ROUNDS"); do
  for case in streaming fastexcel ${BEFORE:+before}; do
    if [ "$case" = before ]; then r="$(run before streaming "$INTAKES" "$before_cp")"
    else r="$(run "$case" "$case" "$INTAKES" "$cp")"; fi
    echo "$r" >>"$results"
    echo "| ${r// / | } |"
  done
done
if [ "$MILLION" != 0 ]; then
  r="$(run streaming streaming "$MILLION" "$cp")"
  echo "| ${r// / | } |"
fi
echo
python3 - "$results" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
def med(label, col):
    return statistics.median(float(r[col]) for r in rows if r[0] == label)
labels = sorted({r[0] for r in rows}, key=["streaming", "fastexcel", "before"].index)
print("| median of the rounds | wall (s) | main-thread CPU (s) | JVM CPU (s) |")
print("|---|---:|---:|---:|")
for label in labels:
    print(f"| {label} | {med(label, 2):.2f} | {med(label, 3):.2f} | {med(label, 4):.2f} |")
for label in labels:
    if label != "fastexcel":
        print(f"| {label} / fastexcel | {med(label, 2) / med('fastexcel', 2):.2f}x | "
              f"{med(label, 3) / med('fastexcel', 3):.2f}x | {med(label, 4) / med('fastexcel', 4):.2f}x |")
PY
echo
echo "load after:$(uptime | sed 's/.*load average://')"
