#!/usr/bin/env bash
# Benchmark of the reporting module: writes 100,000 and 1,000,000 generated intakes with the streaming
# TriageQueueWorkbook and with a naive in-memory XSSF writer (same cells and styles), each case in its own
# JVM with a fixed -Xmx, and prints time, peak heap and the naive/streaming ratios as a Markdown table.
# Not part of `mvn verify`. Usage: bench/reporting.sh   (env: SIZES, HEAP, SMALL_HEAP, NAIVE_TIMEOUT)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
SIZES="${SIZES:-100000 1000000}"
HEAP="${HEAP:-3g}"              # the same cap for both writers: a fair comparison
SMALL_HEAP="${SMALL_HEAP:-64m}" # the streaming writer again, on a small heap
NAIVE_TIMEOUT="${NAIVE_TIMEOUT:-300}"

cp="$("$root/reporting/src/bench/build-bench.sh")"
out="$root/reporting/target/bench"
tmp="$root/reporting/target/tmp"
mkdir -p "$out" "$tmp"

# run <writer> <intakes> <xmx> [timeout]: prints the RESULT line of one JVM, the output file deleted after.
run() {
  local writer="$1" intakes="$2" xmx="$3" limit="${4:-0}" file="$out/$1-$2.xlsx" line
  line="$(timeout -k 30 "${limit}" java -Xms16m -Xmx"$xmx" -XX:+UseG1GC -Djava.io.tmpdir="$tmp" -cp "$cp" \
      org.triagedesk.reporting.bench.ReportBenchmark "$writer" "$intakes" "$file" 2>/dev/null | grep '^RESULT' \
    || echo "RESULT $writer $intakes TIMEOUT ${limit}s")"
  rm -f "$file"
  echo "$line"
}

echo "# reporting benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(java -version 2>&1 | head -1)"
echo
echo "| writer | intakes | -Xmx | time (s) | peak heap after GC (MiB) | heap pool peaks (MiB) | file (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
declare -A time heap
for n in $SIZES; do
  for writer in streaming naive; do
    limit=0; [ "$writer" = naive ] && limit="$NAIVE_TIMEOUT"
    read -r _ w i a b c d e <<<"$(run "$writer" "$n" "$HEAP" "$limit")"
    if [ "$a" = OOM ]; then
      echo "| $w | $i | $HEAP | OOM at -Xmx$HEAP after $b intakes, ${c}s | - | - | - |"
    elif [ "$a" = TIMEOUT ]; then
      echo "| $w | $i | $HEAP | not finished in $b | - | - | - |"
    else
      echo "| $w | $i | $HEAP | $a | $b | $c | $d |"
      time[$w-$n]="$a"; heap[$w-$n]="$b"
    fi
  done
done
for n in $SIZES; do
  read -r _ w i a b c d e <<<"$(run streaming "$n" "$SMALL_HEAP")"
  if [ "$a" = OOM ]; then
    echo "| $w | $i | $SMALL_HEAP | OOM after $b intakes | - | - | - |"
  else
    echo "| $w | $i | $SMALL_HEAP | $a | $b | $c | $d |"
  fi
done
echo
echo "| intakes | time naive / streaming | peak heap after GC naive / streaming |"
echo "|---:|---:|---:|"
for n in $SIZES; do
  if [ -n "${time[naive-$n]:-}" ]; then
    echo "| $n | $(awk "BEGIN{printf \"%.1f\", ${time[naive-$n]}/${time[streaming-$n]}}") | $(awk "BEGIN{printf \"%.1f\", ${heap[naive-$n]}/${heap[streaming-$n]}}") |"
  else
    echo "| $n | naive did not finish (see above) | naive did not finish |"
  fi
done
