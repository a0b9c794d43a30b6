#!/usr/bin/env bash
# Installs what the project needs beyond the .NET SDK on a Debian machine, only what is missing, and
# says nothing when all is there. Safe to run repeatedly.
#   chromium         headless browser that prints PDF reports and drives the browser tests
#   fonts-noto-core  Noto fonts (Hebrew and Latin) for the reports
#   poppler-utils    pdftoppm, which turns report pages into images
set -euo pipefail

command -v dotnet >/dev/null || { echo "The .NET SDK (10.0) is required: https://dot.net" >&2; exit 1; }

packages=(chromium fonts-noto-core poppler-utils)
missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

command -v apt-get >/dev/null || {
  echo "Missing Debian packages (${missing[*]}) and no apt-get to install them: install them by hand." >&2
  exit 1
}
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root or sudo." >&2; exit 1; }
  as_root=(sudo)
fi

echo "Installing ${missing[*]} (apt-get) ..."
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! { "${as_root[@]}" apt-get update -qq \
  && "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "Could not install ${missing[*]}; see the apt-get output above." >&2
  exit 1
fi
