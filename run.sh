#!/usr/bin/env bash
# Runs the system: the web interface and the inspection API on the embedded SQLite database (./data),
# with the shipped catalogs imported and demo data seeded on first run. Prints where to open it.
# The service is published first (as it would be deployed), so that the web interface is served trimmed
# and compressed, as users download it.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/prerequisites.sh
published=.run/publish
echo "Building and publishing the service to $published (the first time takes a few minutes) ..."
dotnet publish InspectionApi -c Release -o "$published" --nologo -v quiet
dotnet "$published/Inspection.Api.dll" catalog validate standards-catalog
# A demonstration: demo data asked for, in the Development environment (the service refuses demo data in Production).
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
exec dotnet "$published/Inspection.Api.dll" --urls "${URLS:-http://localhost:5080}" --Inspection:SeedDemoData=true
