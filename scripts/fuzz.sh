#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (tests/fuzz) with clang-14 and runs each for a bounded time.
#
#   scripts/fuzz.sh [--time SECONDS] [--build-dir DIR] [--jobs N] [--no-build] [TARGET...]
#
# TARGET is mime, mailbox, headers, received, authresults, dsn or decoding (or fuzz_<name>);
# default: all. Each target first replays its committed crash reproducers
# (tests/fuzz/crashes/<target>/), then fuzzes for SECONDS (default 30) on a COPY of
# tests/fuzz/corpus/<target> (the source tree is never written to). One result line per target;
# the exit status is non-zero when any target crashed, leaked, timed out or ran out of memory,
# and the line names the saved input (crash-*, timeout-*, oom-*, leak-*) and the log.
#
# Environment: CC/CXX (default clang-14/clang++-14), FUZZ_EXTRA_ARGS (more libFuzzer flags).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The targets are the ones tests/fuzz/CMakeLists.txt lists (one source of truth).
mapfile -t all_targets < <(sed -n '/^set(DELIVERBENCH_FUZZ_TARGETS/,/^)/p' "$root/tests/fuzz/CMakeLists.txt" \
    | sed '1d;$d; s/#.*//' | tr -s ' \t' '\n' | sed '/^$/d')
seconds=30
build_dir="$root/build/fuzz"
jobs=2
do_build=1
targets=()

usage() { sed -n "3,14p" "${BASH_SOURCE[0]}" | sed "s/^# \{0,1\}//" >&2; exit "${1:-2}"; }

while [[ $# -gt 0 ]]; do
    case "$1" in
        --time) seconds="${2:?}"; shift 2 ;;
        --time=*) seconds="${1#*=}"; shift ;;
        --build-dir) build_dir="${2:?}"; shift 2 ;;
        --build-dir=*) build_dir="${1#*=}"; shift ;;
        --jobs|-j) jobs="${2:?}"; shift 2 ;;
        --no-build) do_build=0; shift ;;
        -h|--help) usage 0 ;;
        -*) echo "fuzz.sh: unknown option $1" >&2; usage ;;
        *) t="${1#fuzz_}"
           if [[ " ${all_targets[*]} " != *" $t "* ]]; then
               echo "fuzz.sh: unknown target '$1' (known: ${all_targets[*]})" >&2; exit 2
           fi
           targets+=("$t"); shift ;;
    esac
done
[[ $seconds =~ ^[0-9]+$ && $seconds -gt 0 ]] || { echo "fuzz.sh: --time needs a positive number of seconds" >&2; exit 2; }
[[ ${#targets[@]} -gt 0 ]] || targets=("${all_targets[@]}")

export CC="${CC:-clang-14}" CXX="${CXX:-clang++-14}"
for tool in "$CC" "$CXX" cmake; do
    command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
done

if [[ $do_build == 1 ]]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Configure unless a complete build tree is there (an interrupted configure leaves a
    # CMakeCache.txt without build files).
    if [[ ! -f "$build_dir/CMakeCache.txt" || ( ! -f "$build_dir/build.ninja" && ! -f "$build_dir/Makefile" ) ]]; then
        echo "[fuzz] configuring $build_dir ($CXX)"
        mkdir -p "$build_dir"
        cmake -S "$root" -B "$build_dir" "${generator[@]}" "${launcher[@]}" \
            -DCMAKE_BUILD_TYPE=Debug \
            -DDELIVERBENCH_FUZZ=ON -DDELIVERBENCH_BUILD_GUI=OFF -DDELIVERBENCH_BUILD_TESTS=OFF \
            >"$build_dir/fuzz-configure.log" 2>&1 || { cat "$build_dir/fuzz-configure.log" >&2; exit 2; }
    fi
    echo "[fuzz] building ${targets[*]/#/fuzz_} (-j$jobs)"
    build_log="$build_dir/fuzz-build.log"
    if ! cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]/#/fuzz_}" >"$build_log" 2>&1; then
        tail -n 60 "$build_log" >&2
        echo "[fuzz] BUILD FAILED (log: $build_log)" >&2
        exit 2
    fi
fi

run_dir="$build_dir/fuzz-run"
mkdir -p "$run_dir"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:allocator_may_return_null=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

failures=0
for t in "${targets[@]}"; do
    exe="$build_dir/tests/fuzz/fuzz_$t"
    if [[ ! -x "$exe" ]]; then
        echo "fuzz_$t: MISSING $exe"; failures=$((failures + 1)); continue
    fi
    work="$run_dir/$t"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    if [[ -d "$root/tests/fuzz/corpus/$t" ]]; then
        cp -R "$root/tests/fuzz/corpus/$t/." "$work/corpus/"
    fi
    dict=()
    [[ -f "$root/tests/fuzz/$t.dict" ]] && dict=(-dict="$root/tests/fuzz/$t.dict")
    common=(-timeout=10 -rss_limit_mb=2048 -max_len=1048576 -artifact_prefix="$work/artifacts/")

    # 1. regression: committed crash reproducers must pass
    crashes=()
    if [[ -d "$root/tests/fuzz/crashes/$t" ]]; then
        while IFS= read -r -d '' f; do crashes+=("$f"); done \
            < <(find "$root/tests/fuzz/crashes/$t" -type f ! -name '*.md' ! -name '*.txt' -print0 | sort -z)
    fi
    if [[ ${#crashes[@]} -gt 0 ]]; then
        if ! "$exe" "${common[@]}" "${crashes[@]}" >"$work/replay.log" 2>&1; then
            echo "fuzz_$t: REPRODUCER FAILS (one of ${#crashes[@]} in tests/fuzz/crashes/$t) log: $work/replay.log"
            grep -m1 -E "ERROR: |runtime error|FUZZ_CHECK|Running: " "$work/replay.log" | sed 's/^/    /' || true
            failures=$((failures + 1))
            continue
        fi
    fi

    # 2. bounded fuzzing on the copy of the corpus
    seeds=$(find "$work/corpus" -type f | wc -l)
    rc=0
    # shellcheck disable=SC2086
    "$exe" "${common[@]}" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
        ${FUZZ_EXTRA_ARGS:-} "$work/corpus" >"$work/fuzz.log" 2>&1 || rc=$?
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$work/fuzz.log" | grep -oE '[0-9]+$' || true)
    cov=$(grep -oE '(INITED|DONE|#[0-9]+).*cov: [0-9]+' "$work/fuzz.log" | tail -n 1 | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+' || true)
    units=$(find "$work/corpus" -type f | wc -l)
    artifact=$(find "$work/artifacts" -type f | head -n 1)
    if [[ $rc -eq 0 && -z "$artifact" ]]; then
        echo "fuzz_$t: OK ${runs:-?} runs in ${seconds}s, cov ${cov:-?}, corpus $seeds -> $units"
    else
        kind=$(grep -m1 -oE 'ERROR: (libFuzzer|AddressSanitizer|LeakSanitizer|UndefinedBehaviorSanitizer): [A-Za-z_-]+|runtime error: .*|FUZZ_CHECK failed: .*|ERROR: libFuzzer: [a-z-]+' "$work/fuzz.log" || true)
        echo "fuzz_$t: FAILED (exit $rc) ${kind:-see log} input: ${artifact:-none saved} log: $work/fuzz.log"
        failures=$((failures + 1))
    fi
done

if [[ $failures -gt 0 ]]; then
    echo "[fuzz] $failures of ${#targets[@]} targets failed"
    exit 1
fi
echo "[fuzz] all ${#targets[@]} targets ok"
