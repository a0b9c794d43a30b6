#!/usr/bin/env bash
# Validates the standards catalogs against standards-catalog/schema/ruleset.schema.json with ajv (MIT):
# every catalog file must validate, and broken variants of the minimal test catalog must be rejected.
# Needs Node.js with npm; installs the pinned packages (package-lock.json) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
schema_dir=standards-catalog/schema

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-schema: '$tool' is not installed; the schema check needs Node.js 18+ with npm (https://nodejs.org, or apt-get install nodejs npm)." >&2
    exit 1
  fi
done

# Install when node_modules is missing or older than the lock file (npm writes the marker on install).
marker="$schema_dir/node_modules/.package-lock.json"
if [ ! -f "$marker" ] || [ "$schema_dir/package-lock.json" -nt "$marker" ]; then
  log=$(mktemp)
  if ! (cd "$schema_dir" && npm ci --no-audit --no-fund --loglevel=error) >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "check-schema: 'npm ci' failed in $schema_dir" >&2
    exit 1
  fi
  rm -f "$log"
fi

cd "$schema_dir"
exec node check.mjs
