#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci "$@"
