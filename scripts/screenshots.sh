#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main views of the demo office in German and English (offscreen) into
# docs/screenshots/, for the README. Needs a build (./test.sh or ./run.sh); AKTENWERK_BIN names
# the folder of the programs (default build/ci/bin, else build/release/bin).
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${AKTENWERK_BIN:-build/ci/bin}
[ -x "$bin/aktenwerk" ] || bin=build/release/bin
if [ ! -x "$bin/aktenwerk" ]; then
  echo "error: no aktenwerk in build/ci/bin or build/release/bin; build first (./test.sh)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/run"
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/run" XDG_CONFIG_HOME="$work/config"
mkdir -p docs/screenshots
year=$(date +%Y)

# shot NAME OPTIONS…: one picture per language.
shot() {
  local name=$1
  shift
  for lang in de en; do
    "$bin/aktenwerk" --store "$work/store" --demo --language "$lang" "$@" \
      --screenshot "docs/screenshots/$name-$lang.png" 2>/dev/null
    echo "docs/screenshots/$name-$lang.png"
  done
}

shot mywork --user mmueller --view mywork
shot inbox --user mmueller --view inbox
shot casefile --user kschmidt --open "5.1-1/$year-0001"
shot request --user mmueller --open "5.4-2/$year-0001" --certificate-request
