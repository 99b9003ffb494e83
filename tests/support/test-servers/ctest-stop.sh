#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest-stop.sh BASE ENVFILE -- the FIXTURES_CLEANUP test "test_servers_stop".
#
# Stops exactly the processes recorded in BASE/pids (and their children), by PID (stop-servers.sh),
# then checks that no process of this run is left: any process whose command line or environment
# names BASE (named -c BASE/..., dovecot -c BASE/..., postfix daemons get MAIL_CONFIG=BASE/...).
# Those are stopped by PID too. BASE is removed unless the start failed (its logs are kept then;
# the next start removes them).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -eq 2 ] || { echo "usage: $0 BASE ENVFILE" >&2; exit 2; }
BASE=$1 ENVFILE=$2
log() { printf '[ctest-stop] %s\n' "$*" >&2; }

keep=()
[ -f "$ENVFILE" ] || keep=(--keep)   # start failed or never ran: keep the logs for reading
rm -f "$ENVFILE"
rc=0
if [ -f "$BASE/pids" ]; then
    "$HERE/stop-servers.sh" "$BASE" "${keep[@]}" || rc=$?
else
    log "nothing recorded in $BASE/pids: nothing to stop"
fi

alive() { [ -d "/proc/$1" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }
leftovers() {   # PIDs (not us) whose argv or environment mention BASE, one grep over /proc
    # the pattern comes from a file: grep's own argv must not contain it
    grep -alsF -f <(printf '%s/\n' "$BASE") /proc/[0-9]*/cmdline /proc/[0-9]*/environ 2>/dev/null |
        sed -E 's|^/proc/([0-9]+)/.*|\1|' | sort -u | while read -r p; do
            [ "$p" = $$ ] && continue
            alive "$p" && echo "$p"
        done
}
left=$(leftovers | tr '\n' ' ')
if [ -n "${left// /}" ]; then
    log "processes of this run still alive after stop: $left -- stopping them by PID"
    for p in $left; do kill -TERM "$p" 2>/dev/null; done
    sleep 1
    for p in $left; do alive "$p" && kill -KILL "$p" 2>/dev/null; done
    sleep 0.2
    left=$(leftovers | tr '\n' ' ')
    if [ -n "${left// /}" ]; then log "STILL alive: $left"; rc=1; fi
fi
log "processes still alive from this run: ${left:-none}"
exit $rc
