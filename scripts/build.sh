#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds into build/<type>. Usage: scripts/build.sh [Release|Debug|RelWithDebInfo] [cmake -D options...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
type="${1:-Release}"; shift || true
dir="$root/build/${type,,}"
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [[ ! -f "$dir/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE="$type" "$@" >&2
elif [[ $# -gt 0 ]]; then
    cmake "$dir" "$@" >&2
fi
cmake --build "$dir" --parallel "$(nproc)" >&2
echo "$dir"
