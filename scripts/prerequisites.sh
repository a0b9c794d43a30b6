#!/usr/bin/env bash
# Installs what the project needs beyond the .NET SDK, only when missing. Safe to run repeatedly.
set -euo pipefail
command -v dotnet >/dev/null || { echo "The .NET SDK (10.0) is required: https://dot.net" >&2; exit 1; }
