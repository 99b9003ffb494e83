#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Inspection benchmark against GMime 3 (issue 2). Not part of ctest.
#
#   scripts/bench.sh [--size MB] [--big MB] [--runs N] [--build-dir DIR] [--jobs N] [--no-build]
#   scripts/bench.sh --dkim [--seconds S] [--build-dir DIR] [--jobs N] [--no-build]
#
# --dkim runs the DKIM benchmark instead (issue 4, tests/bench/bench_dkim.cpp): verification
# vs dkimpy on the same signed messages and body hashing vs `openssl dgst -sha256`.
# Builds build/bench in Release (-DDELIVERBENCH_BENCH=ON), generates (once, cached) a mixed
# mbox of --size MB (default 200) and a single message of --big MB (default 100) into
# build/bench/data, then runs tests/bench's bench_inspect (Deliverbench) and bench_gmime
# (GMime 3) in turn, --runs times each (default 3), each run a separate process. Prints the
# best of the runs for each side, the throughput ratio, the peak RSS of both on the big
# message, and the agreement check: the per-leaf (size, SHA-256) lists of both tools on both
# files, and how many leaves differ. MB = 10^6 bytes. --no-build uses the binaries as they are.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size=200
big=100
runs=3
build_dir="$root/build/bench"
jobs=2
do_build=1

while [[ $# -gt 0 ]]; do
    case "$1" in
        --size) size="${2:?}"; shift 2 ;;
        --big) big="${2:?}"; shift 2 ;;
        --runs) runs="${2:?}"; shift 2 ;;
        --build-dir) build_dir="${2:?}"; shift 2 ;;
        --jobs|-j) jobs="${2:?}"; shift 2 ;;
        --no-build) do_build=0; shift ;;
        --dkim) dkim=1; shift ;;
        --seconds) dkim_seconds="${2:?}"; shift 2 ;;
        -h|--help) sed -n '3,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

if [[ ${dkim:-0} == 1 ]]; then
    if [[ $do_build == 1 ]]; then
        generator=()
        command -v ninja >/dev/null && generator=(-G Ninja)
        mkdir -p "$build_dir"
        [[ -f "$build_dir/CMakeCache.txt" ]] || cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
            -DDELIVERBENCH_BENCH=ON -DDELIVERBENCH_BUILD_GUI=OFF -DDELIVERBENCH_BUILD_TESTS=OFF >"$build_dir/bench-configure.log" 2>&1 \
            || { cat "$build_dir/bench-configure.log" >&2; exit 2; }
        echo "[bench] building bench_dkim (-j$jobs)"
        cmake --build "$build_dir" --parallel "$jobs" --target bench_dkim >"$build_dir/bench-build.log" 2>&1 \
            || { tail -n 40 "$build_dir/bench-build.log" >&2; echo "[bench] BUILD FAILED" >&2; exit 2; }
    fi
    exec "$build_dir/tests/bench/bench_dkim" --data "$build_dir/data/dkim" --seconds "${dkim_seconds:-1}"
fi

pkg-config --exists gmime-3.0 || { echo "bench.sh: GMime 3 not found (apt-get install libgmime-3.0-dev)" >&2; exit 2; }

if [[ $do_build == 1 ]]; then
    generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    mkdir -p "$build_dir"
    if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
        echo "[bench] configuring $build_dir (Release)"
        cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release \
            -DDELIVERBENCH_BENCH=ON -DDELIVERBENCH_BUILD_GUI=OFF -DDELIVERBENCH_BUILD_TESTS=OFF \
            >"$build_dir/bench-configure.log" 2>&1 || { cat "$build_dir/bench-configure.log" >&2; exit 2; }
    fi
    echo "[bench] building (-j$jobs)"
    if ! cmake --build "$build_dir" --parallel "$jobs" --target gen_mbox bench_inspect bench_gmime >"$build_dir/bench-build.log" 2>&1; then
        tail -n 40 "$build_dir/bench-build.log" >&2
        echo "[bench] BUILD FAILED (log: $build_dir/bench-build.log)" >&2
        exit 2
    fi
fi
bin="$build_dir/tests/bench"

data="$build_dir/data"
mkdir -p "$data"
version="$("$bin/gen_mbox" --version)"
mbox="$data/mixed-${size}MB.mbox"
bigmsg="$data/single-${big}MB.mbox"
gen() { # MODE FILE SIZE: regenerate when missing or made by another generator version
    local stamp="$2.stamp"
    if [[ ! -f "$2" || ! -f "$stamp" || "$(cat "$stamp")" != "$version" ]]; then
        "$bin/gen_mbox" "--$1" "$2" --size-mb "$3"
        echo "$version" >"$stamp"
    fi
}
warm="$data/warm-1MB.mbox"
gen mbox "$mbox" "$size"
gen big "$bigmsg" "$big"
gen mbox "$warm" 1

field() { # JSON-LINE KEY -> value (numbers and plain strings only)
    sed -E "s/.*\"$2\":\"?([^,\"}]*)\"?.*/\1/" <<<"$1"
}

best_line=""
run_side() { # TOOL FILE RUNS [LEAVES] -> sets best_line (highest mbps), prints each run
    local exe="$1" file="$2" n="$3" leaves="${4:-}" line mbps best=-1
    best_line=""
    for ((i = 1; i <= n; i++)); do
        if [[ $i == 1 && -n "$leaves" ]]; then
            line="$("$exe" "$file" --leaves "$leaves")"
        else
            line="$("$exe" "$file")"
        fi
        echo "    run $i: $line"
        mbps="$(field "$line" mbps)"
        if awk -v a="$mbps" -v b="$best" 'BEGIN { exit !(a > b) }'; then
            best="$mbps"; best_line="$line"
        fi
    done
}

cat "$mbox" "$bigmsg" >/dev/null   # both files in the page cache before the first timed run

echo "[bench] mixed mbox: $mbox ($(stat -c %s "$mbox") bytes), best of $runs"
run_side "$bin/bench_inspect" "$mbox" "$runs" "$data/mixed.deliverbench.leaves"; ours="$best_line"
run_side "$bin/bench_gmime" "$mbox" "$runs" "$data/mixed.gmime.leaves"; theirs="$best_line"

echo "[bench] single big message: $bigmsg ($(stat -c %s "$bigmsg") bytes), best of $runs"
run_side "$bin/bench_inspect" "$bigmsg" "$runs" "$data/big.deliverbench.leaves"; ours_big="$best_line"
run_side "$bin/bench_gmime" "$bigmsg" "$runs" "$data/big.gmime.leaves"; theirs_big="$best_line"

# one more run each on the big message that says where the memory went (tests/bench/mem_sampler.h):
# the heap, the resident pages of the memory-mapped input (GMime read()s it: none), and library
# pages touched for the first time during the run
mem_ours="$("$bin/bench_inspect" "$bigmsg" --mem)"; echo "    mem: $mem_ours"
mem_theirs="$("$bin/bench_gmime" "$bigmsg" --mem)"; echo "    mem: $mem_theirs"
# and once more after a warm-up on a 1 MB mixed mbox (untimed, before the baseline): the code
# pages both tools touch on first use are resident then, so the growth is what the message costs
mem_ours_warm="$("$bin/bench_inspect" "$bigmsg" --mem --warm "$warm")"; echo "    mem, warm: $mem_ours_warm"
mem_theirs_warm="$("$bin/bench_gmime" "$bigmsg" --mem --warm "$warm")"; echo "    mem, warm: $mem_theirs_warm"

mismatches() { # A B -> number of leaves that differ (by position), plus the count difference
    awk 'NR == FNR { a[FNR] = $0; na = FNR; next }
         { b[FNR] = $0; nb = FNR }
         END { n = (na > nb ? na : nb); d = 0
               for (i = 1; i <= n; i++) if (a[i] != b[i]) d++
               print d }' "$1" "$2"
}
mm_mixed="$(mismatches "$data/mixed.deliverbench.leaves" "$data/mixed.gmime.leaves")"
mm_big="$(mismatches "$data/big.deliverbench.leaves" "$data/big.gmime.leaves")"

ratio="$(awk -v a="$(field "$ours" mbps)" -v b="$(field "$theirs" mbps)" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
ratio_big="$(awk -v a="$(field "$ours_big" mbps)" -v b="$(field "$theirs_big" mbps)" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"

echo
echo "=== result ==="
echo "deliverbench: $ours"
echo "gmime:        $theirs"
echo "mixed mbox throughput: deliverbench $(field "$ours" mbps) MB/s, gmime $(field "$theirs" mbps) MB/s, ratio ${ratio}x (target >= 3x)"
echo "big message throughput: deliverbench $(field "$ours_big" mbps) MB/s, gmime $(field "$theirs_big" mbps) MB/s, ratio ${ratio_big}x"
grow() { # JSON-LINE -> peak RSS minus the RSS before the file was opened (kB)
    echo $(( $(field "$1" maxrss_kb) - $(field "$1" baseline_rss_kb) ))
}
echo "big message peak RSS: deliverbench $(field "$ours_big" maxrss_kb) kB, gmime $(field "$theirs_big" maxrss_kb) kB (libraries included)"
echo "big message RSS growth while inspecting: deliverbench $(grow "$ours_big") kB, gmime $(grow "$theirs_big") kB (target: deliverbench <= gmime)"
anon_growth() { # JSON-LINE -> peak RssAnon minus RssAnon at the start (kB)
    echo $(( $(field "$1" peak_anon_kb) - $(field "$1" start_anon_kb) ))
}
echo "  of which heap (RssAnon growth): deliverbench $(anon_growth "$mem_ours") kB, gmime $(anon_growth "$mem_theirs") kB"
echo "  of which input pages mapped at peak: deliverbench $(field "$mem_ours" peak_input_kb) kB, gmime $(field "$mem_theirs" peak_input_kb) kB"
echo "  of which library pages first touched: deliverbench $(field "$mem_ours" lib_growth_kb) kB, gmime $(field "$mem_theirs" lib_growth_kb) kB"
sum_growth() { # JSON-LINE -> heap growth + input pages at peak + library pages first touched (kB)
    echo $(( $(anon_growth "$1") + $(field "$1" peak_input_kb) + $(field "$1" lib_growth_kb) ))
}
# After a warm-up the growth of maxrss is within the kernel's batched RSS counting (it even came
# out below the baseline for GMime), so the warm comparison adds up the three parts, each read
# exactly from /proc/self/smaps and status.
echo "big message memory after a warm-up on $(basename "$warm") (heap + input pages + library pages):" \
     "deliverbench $(sum_growth "$mem_ours_warm") kB, gmime $(sum_growth "$mem_theirs_warm") kB (target: deliverbench <= gmime)"
echo "  heap: deliverbench $(anon_growth "$mem_ours_warm") kB, gmime $(anon_growth "$mem_theirs_warm") kB;" \
     "input pages mapped at peak: deliverbench $(field "$mem_ours_warm" peak_input_kb) kB, gmime $(field "$mem_theirs_warm" peak_input_kb) kB;" \
     "library pages first touched: deliverbench $(field "$mem_ours_warm" lib_growth_kb) kB, gmime $(field "$mem_theirs_warm" lib_growth_kb) kB"
echo "agreement: mixed mbox $(wc -l <"$data/mixed.deliverbench.leaves") vs $(wc -l <"$data/mixed.gmime.leaves") leaves, $mm_mixed mismatching; big message $mm_big mismatching"
echo "leaf lists: $data/{mixed,big}.{deliverbench,gmime}.leaves (MESSAGE_INDEX SIZE SHA256)"
