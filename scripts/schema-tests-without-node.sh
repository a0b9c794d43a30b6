#!/usr/bin/env bash
# Proves that the tests need no Node.js: runs the catalog schema tests (JsonSchema.Net; they replaced an
# ajv check that ran under Node) with a PATH on which neither node nor npm can be found. Expects the
# Release build that test.sh makes first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Node may live in a folder everything else needs too (/usr/bin): such a folder is replaced on the PATH
# by a mirror of links to everything in it but Node's commands.
mirrors=$(mktemp -d)
trap 'rm -rf "$mirrors"' EXIT
path_without_node=""
IFS=: read -ra folders <<<"$PATH"
for folder in "${folders[@]}"; do
  [ -d "$folder" ] || continue
  if [ -e "$folder/node" ] || [ -e "$folder/nodejs" ] || [ -e "$folder/npm" ] || [ -e "$folder/npx" ]; then
    mirror="$mirrors/$(printf '%s' "$folder" | tr '/' '_')"
    mkdir -p "$mirror"
    for entry in "$folder"/*; do
      case "${entry##*/}" in
        node | nodejs | npm | npx | corepack) ;;
        *) ln -s "$entry" "$mirror/" ;;
      esac
    done
    folder=$mirror
  fi
  path_without_node="${path_without_node:+$path_without_node:}$folder"
done

if env PATH="$path_without_node" bash -c 'command -v node || command -v nodejs || command -v npm'; then
  echo "schema-tests-without-node: node or npm is still on the PATH built without them" >&2
  exit 1
fi

log=$(mktemp)
trap 'rm -rf "$mirrors" "$log"' EXIT
status=0
env PATH="$path_without_node" dotnet test tests/Standards.Tests -c Release --no-build --nologo \
  --filter "FullyQualifiedName~Inspection.Standards.Tests.Schema." >"$log" 2>&1 || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
if [ "$status" -ne 0 ] || [ "$passed" -eq 0 ]; then
  cat "$log" >&2
  echo "schema-tests-without-node: the schema tests failed or none ran without node on the PATH" >&2
  exit 1
fi
echo "Schema tests with no node or npm on the PATH: $passed of them passed."
