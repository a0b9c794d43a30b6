#!/usr/bin/env bash
# Runs the system. Until the inspection service exists this validates the shipped standards catalogs
# and shows the differences between the two published versions of the care-home catalog.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/prerequisites.sh
dotnet build InspectionApi -c Release --nologo -v quiet
catalog() { dotnet run --project InspectionApi -c Release --no-build -- catalog "$@"; }
catalog validate standards-catalog
catalog diff standards-catalog/elderly-care-home/elderly-care-home-1.0.0.yaml standards-catalog/elderly-care-home/elderly-care-home-1.1.0.yaml
