#!/usr/bin/env bash
# Lints the OpenAPI document the service serves with Redocly CLI's recommended rules (@redocly/cli
# 2.77.0 through npx) and fails on any error. Optional: test.sh runs it only where npx is on the PATH;
# without Node the .NET tests in tests/InspectionApi.Tests/ApiDocument check the same main rules.
# Expects the Release build that test.sh makes first.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npx >/dev/null; then
  echo "lint-openapi: npx not found, Redocly lint skipped (the .NET ApiDocument tests still check the document)"
  exit 0
fi

work=$(mktemp -d)
port=${LINT_OPENAPI_PORT:-5187}
ASPNETCORE_ENVIRONMENT=Testing Inspection__DataFolder="$work/data" Inspection__CatalogFolder="$PWD/standards-catalog" \
  Auth__FirstAdministratorPassword=lint-openapi-only-password \
  dotnet InspectionApi/bin/Release/net10.0/Inspection.Api.dll --urls "http://127.0.0.1:$port" >"$work/service.log" 2>&1 &
service=$!
trap 'kill "$service" 2>/dev/null || true; wait "$service" 2>/dev/null || true; rm -rf "$work"' EXIT

for _ in $(seq 1 120); do
  if curl -sf "http://127.0.0.1:$port/openapi/v1.json" -o "$work/v1.json"; then
    break
  fi
  if ! kill -0 "$service" 2>/dev/null; then
    echo "lint-openapi: the service stopped:" >&2
    cat "$work/service.log" >&2
    exit 1
  fi
  sleep 1
done
[ -s "$work/v1.json" ] || { echo "lint-openapi: no document from the service" >&2; exit 1; }

npx --yes @redocly/cli@2.77.0 lint "$work/v1.json" --extends recommended --format summary --max-problems 1000
