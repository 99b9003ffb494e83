#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Quick start (2): install dependencies (test servers included), build, run the whole suite.
# Extra arguments go to ctest (e.g. -L unit, -R tst_mime).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh" --tests
dir="$("$root/scripts/build.sh" RelWithDebInfo -DDELIVERBENCH_BUILD_TESTS=ON | tail -n 1)"
cd "$dir"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
