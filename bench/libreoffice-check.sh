#!/usr/bin/env bash
# Opens generated triage-queue workbooks (identified and de-identified, 2,000 full-data intakes each) with
# LibreOffice headless and converts them to PDF; fails when LibreOffice reports an error or writes no PDF.
# Needs Debian's libreoffice-calc-nogui (apt-get update && apt-get install -y libreoffice-calc-nogui).
# With poppler-utils installed it also checks that the PDF shows the Summary's chart (its axis title).
# Not part of `mvn verify`: LibreOffice's start alone takes several seconds on 2 shared CPUs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
command -v soffice >/dev/null || { echo "soffice not found: apt-get install -y libreoffice-calc-nogui" >&2; exit 2; }
INTAKES="${INTAKES:-2000}"

cp="$("$root/reporting/src/bench/build-bench.sh")"
work="$root/reporting/target/libreoffice-check"
rm -rf "$work" && mkdir -p "$work/profile" "$root/reporting/target/tmp"
status=0
for variant in identified deidentified; do
  xlsx="$work/triage-queue-$variant.xlsx"
  java -Djava.io.tmpdir="$root/reporting/target/tmp" -cp "$cp" \
    org.triagedesk.reporting.bench.SampleWorkbook "$INTAKES" "$xlsx" "$variant" 2>/dev/null
  start=$(date +%s)
  # A private profile directory: no clash with another soffice, nothing left in $HOME.
  if ! timeout 300 soffice -env:UserInstallation="file://$work/profile" --headless --norestore \
      --convert-to pdf --outdir "$work" "$xlsx" >"$work/$variant.log" 2>&1; then
    echo "FAIL $variant: soffice exited with an error" >&2; status=1
  fi
  if grep -qiE "error|exception" "$work/$variant.log"; then
    echo "FAIL $variant: soffice reported: $(grep -iE 'error|exception' "$work/$variant.log" | head -3)" >&2; status=1
  fi
  pdf="${xlsx%.xlsx}.pdf"
  if [ ! -s "$pdf" ]; then
    echo "FAIL $variant: no PDF written" >&2; status=1
  elif command -v pdftotext >/dev/null && ! pdftotext "$pdf" - | grep -c "Hour of arrival" >/dev/null; then
    echo "FAIL $variant: the PDF lacks the Summary's arrivals chart" >&2; status=1
  else
    echo "OK   $variant: $INTAKES intakes, $(stat -c %s "$xlsx") bytes xlsx -> $(stat -c %s "$pdf") bytes PDF in $(( $(date +%s) - start )) s"
  fi
done
exit $status
