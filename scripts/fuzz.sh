#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang and runs each for a while (default 60 s):
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# New inputs that find new paths are written to build/fuzz/corpus/<target>; crashes to build/fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ -n "${missing[*]:-}" ]; then
  DEBIAN_FRONTEND=noninteractive ${SUDO:-$( [ "$(id -u)" -eq 0 ] || echo sudo )} apt-get install -y -qq "${missing[@]}"
fi
seconds=${1:-60}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(fuzz_fileplancsv fuzz_filereference)
cmake --preset fuzz >/dev/null
cmake --build build/fuzz --target "${targets[@]}"
for t in "${targets[@]}"; do
  mkdir -p "build/fuzz/corpus/$t"
  echo "== $t for ${seconds}s"
  (cd build/fuzz && "./tests/fuzz/$t" -max_total_time="$seconds" -print_final_stats=1 \
      "corpus/$t" "../../tests/data/fuzz/$t" 2>&1 | grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Done" || true)
done
