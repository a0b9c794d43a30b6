#!/usr/bin/env bash
# Runs every test: builds the solution, validates the shipped catalogs, proves the schema tests need no
# Node.js, lints the served OpenAPI document with Redocly where npx is available (optional), and runs all
# test projects. Installs what a fresh Debian machine with the .NET SDK lacks first (see
# scripts/prerequisites.sh).
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/prerequisites.sh

dotnet build Inspection.sln -c Release --nologo -v quiet
dotnet run --project InspectionApi -c Release --no-build -- catalog validate standards-catalog
bash scripts/schema-tests-without-node.sh
bash scripts/lint-openapi.sh

log=$(mktemp)
status=0
dotnet test Inspection.sln -c Release --no-build --nologo 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed"
exit $status
