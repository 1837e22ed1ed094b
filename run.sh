#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Aktenwerk on the local store.
# ./run.sh --demo seeds a demo district office into an empty store first.
# Other options go to the program: --store DIR, --user LOGIN, --language de|en, --view mywork|inbox|files.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target aktenwerk aktenwerk-cli
exec ./build/release/bin/aktenwerk "$@"
