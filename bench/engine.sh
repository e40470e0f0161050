#!/usr/bin/env bash
# Assessment engine, JMH, one thread, answer validation included: prints the median (p0.50), p0.95 and the bytes
# allocated per assessment (JMH -prof gc), for the vignette mix. Not part of `mvn verify`. About 1 minute per jar.
#
#   bench/engine.sh                      # the working tree's engine
#   BASELINE_JAR=/path/benchmarks.jar ROUNDS=3 bench/engine.sh
#       # also an older build of the same benchmark (mvn -pl assessment-core -Pbench package at that commit),
#       # run alternately with this one, ROUNDS times each, so both see the same machine load; prints the ratio.
# Extra arguments go to JMH.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
ROUNDS="${ROUNDS:-1}"
mvn -B -q -pl assessment-core -Pbench package
current="$root/assessment-core/target/bench/benchmarks.jar"
out="$root/assessment-core/target/bench"

# run <label> <jar> <round>: one JMH fork, sampling mode and gc profiler, JSON result kept for the summary.
run() {
  java -Dvignettes.dir=assessment-core/src/test/resources/vignettes -jar "$2" 'AssessmentBenchmark.assessVignetteMix' \
    -f 1 -t 1 -wi 3 -w 2s -i 5 -r 2s -bm sample -tu us -prof gc -rf json -rff "$out/engine-$1-$3.json" "${@:4}" \
    >"$out/engine-$1-$3.log" 2>&1
  python3 - "$out/engine-$1-$3.json" "$1" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))[0]
p = result["primaryMetric"]["scorePercentiles"]
alloc = result["secondaryMetrics"]["gc.alloc.rate.norm"]["score"]
print(f"{sys.argv[2]:9} median {p['50.0']:.3f} us  p0.95 {p['95.0']:.3f} us  alloc {alloc:.0f} B/op")
PY
}

echo "# engine benchmark $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), load:$(uptime | sed 's/.*load average://')"
for round in $(seq 1 "$ROUNDS"); do
  run current "$current" "$round" "$@"
  if [ -n "${BASELINE_JAR:-}" ]; then
    run baseline "$BASELINE_JAR" "$round" "$@"
  fi
done
if [ -n "${BASELINE_JAR:-}" ]; then
  python3 - "$out" "$ROUNDS" <<'PY'
import json, statistics, sys
out, rounds = sys.argv[1], int(sys.argv[2])
med = {k: statistics.median(json.load(open(f"{out}/engine-{k}-{r}.json"))[0]["primaryMetric"]["scorePercentiles"]["50.0"]
       for r in range(1, rounds + 1)) for k in ("current", "baseline")}
print(f"median of medians: current {med['current']:.3f} us, baseline {med['baseline']:.3f} us, "
      f"baseline/current {med['baseline'] / med['current']:.2f}x")
PY
fi
echo "load after:$(uptime | sed 's/.*load average://')"
