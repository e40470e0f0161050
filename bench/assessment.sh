#!/usr/bin/env bash
# Builds and runs the assessment-engine JMH benchmark (single thread, a round robin over the clinical
# vignettes, answer validation included). Not part of `mvn verify`. Run from anywhere; takes about a minute.
# Extra arguments are passed to JMH, e.g.  bench/assessment.sh -i 10
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl assessment-core -Pbench package
java -Dvignettes.dir=assessment-core/src/test/resources/vignettes \
  -jar assessment-core/target/bench/benchmarks.jar AssessmentBenchmark \
  -f 1 -t 1 -wi 3 -w 2s -i 5 -r 3s -rf json -rff assessment-core/target/bench/jmh-result.json "$@"
