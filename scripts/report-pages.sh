#!/usr/bin/env bash
# Renders every report (compliance, a 300-finding compliance report, improvement, self-assessment,
# preparation brief) in Hebrew and English to PDF and HTML, and every PDF page to a PNG (pdftoppm),
# into one folder for review. The models come from the shipped elderly-care-home catalog evaluated
# by the real Engine (tests/Reports.Samples).
# Usage: scripts/report-pages.sh [FOLDER]      (default: ./report-pages)
#        scripts/report-pages.sh --docs         also refresh the first-page images in docs/reports/
set -euo pipefail
cd "$(dirname "$0")/.."
docs=false
out=report-pages
for arg in "$@"; do
  case "$arg" in
    --docs) docs=true ;;
    *) out="$arg" ;;
  esac
done

bash scripts/prerequisites.sh
dotnet build tests/Reports.Benchmarks -c Release --nologo -v quiet
dotnet run --project tests/Reports.Benchmarks -c Release --no-build -- --samples "$out"
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 80 "$pdf" "${pdf%.pdf}-page"
done

if $docs; then
  mkdir -p docs/reports
  for name in compliance improvement self-assessment preparation-brief; do
    for lang in he en; do
      pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/$name-$lang.pdf" "docs/reports/$name-$lang"
    done
  done
fi
echo "$(ls "$out"/*.pdf | wc -l) PDFs and $(ls "$out"/*.png | wc -l) page images in $out"
