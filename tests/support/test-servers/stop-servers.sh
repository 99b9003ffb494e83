#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Adapted from the verified recipe in ../shared/test-servers (gotcha numbers: README.md).
# stop-servers.sh [BASE_DIR] [--keep]
# Stops exactly the processes recorded by start-servers.sh in $BASE/pids (and the
# children those master processes had at stop time), by PID -- never by name.
# BASE defaults to $MAILTEST_BASE. Without --keep the temp dir is removed afterwards.
set -uo pipefail

KEEP=0; BASE=${MAILTEST_BASE:-}
for a in "$@"; do case "$a" in --keep) KEEP=1;; *) BASE=$a;; esac; done
[ -n "$BASE" ] && [ -f "$BASE/pids" ] || { echo "usage: $0 BASE_DIR [--keep]  (no $BASE/pids)" >&2; exit 2; }

log() { printf '[stop-servers] %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# alive: exists and is not a zombie (a zombie still answers kill -0)
alive() { [ -d "/proc/$1" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }
comm_of() { cat "/proc/$1/comm" 2>/dev/null; }
children_of() { # direct children of PID, read from /proc/*/stat (no pgrep/pkill by name)
    # field 2 "(comm)" may contain spaces: strip it before taking the ppid
    cat /proc/[0-9]*/stat 2>/dev/null | sed -E 's/^([0-9]+) \(.*\) . ([0-9]+) .*/\1 \2/' |
        awk -v pp="$1" '$2 == pp { print $1 }'
}
wait_gone() {   # wait_gone TIMEOUT_MS PID...
    local deadline=$(( $(now_ms) + $1 )) p any; shift
    while :; do
        any=0; for p in "$@"; do alive "$p" && any=1; done
        [ $any = 0 ] && return 0
        [ "$(now_ms)" -lt "$deadline" ] || return 1
        sleep 0.05
    done
}

rc=0
# stop in reverse start order (postfix before dovecot: smtpd uses dovecot's auth socket)
while read -r name pid want; do
    [ -n "$pid" ] || continue
    if ! alive "$pid"; then log "$name: pid $pid already gone"; continue; fi
    have=$(comm_of "$pid")
    if [ "$have" != "$want" ]; then
        log "$name: pid $pid is '$have', expected '$want' -- NOT killing (pid reused?)"; rc=1; continue
    fi
    kids=$(children_of "$pid" | tr '\n' ' ')
    t=$(now_ms)
    kill -TERM "$pid"
    if ! wait_gone 10000 "$pid"; then log "$name: pid $pid ignored SIGTERM, sending SIGKILL"; kill -KILL "$pid"; wait_gone 2000 "$pid"; fi
    # children normally exit with their master; kill stragglers individually by PID
    for k in $kids; do alive "$k" && kill -TERM "$k" 2>/dev/null; done
    # shellcheck disable=SC2086
    wait_gone 3000 $kids || for k in $kids; do alive "$k" && kill -KILL "$k" 2>/dev/null; done
    log "$name: stopped pid $pid (+children: ${kids:-none}) in $(( $(now_ms) - t ))ms"
done < <(tac "$BASE/pids")

if [ $KEEP = 1 ]; then log "kept $BASE"
else rm -rf --one-file-system "$BASE" && log "removed $BASE"; fi
exit $rc
