#!/usr/bin/env bash
# Runs the system: the inspection API and its start page on the embedded SQLite database (./data),
# with the shipped catalogs imported and demo data seeded on first run. Prints where to open it.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/prerequisites.sh
dotnet build InspectionApi -c Release --nologo -v quiet
dotnet run --project InspectionApi -c Release --no-build -- catalog validate standards-catalog
# A demonstration: demo data asked for, in the Development environment (the service refuses demo data in Production).
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet run --project InspectionApi -c Release --no-build -- --urls "${URLS:-http://localhost:5080}" --Inspection:SeedDemoData=true
