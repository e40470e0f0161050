#!/usr/bin/env bash
# Compiles the reporting module, its test fixtures and the bench sources (reporting/src/bench/java) into
# reporting/target; prints the classpath to run them with. Used by bench/reporting.sh and bench/libreoffice-check.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
mvn -B -q -Dstyle.color=never ${MVN_OFFLINE--o} -pl reporting -Pbench test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test >&2
target="$root/reporting/target"
mkdir -p "$target/bench-classes"
deps="$(cat "$target/classpath.txt")"
javac -nowarn -d "$target/bench-classes" \
  -cp "$target/classes:$target/test-classes:$deps" \
  $(find "$root/reporting/src/bench/java" -name '*.java') >&2
echo "$target/bench-classes:$target/classes:$target/test-classes:$deps"
