#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ctest-start.sh BASE ENVFILE LOGFILE -- the FIXTURES_SETUP test "test_servers_start".
#
# Starts the loopback servers with start-servers.sh under BASE (keep it short: gotcha 12, unix
# socket paths) and writes their KEY=VALUE environment to ENVFILE (bash %q quoting, sourceable;
# TestServers.h reads it). The progress of the start goes to LOGFILE and to ctest's output.
# ENVFILE is only written when everything started: tests find no file and FAIL, naming LOGFILE.
# On failure start-servers.sh has already stopped what it started (its EXIT trap), by PID.
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
[ $# -eq 3 ] || { echo "usage: $0 BASE ENVFILE LOGFILE" >&2; exit 2; }
BASE=$1 ENVFILE=$2 LOGFILE=$3

rm -f "$ENVFILE" "$ENVFILE.tmp"
mkdir -p "$(dirname "$LOGFILE")"
: > "$LOGFILE"
log() { printf '[ctest-start] %s\n' "$*" | tee -a "$LOGFILE" >&2; }

# A previous run that was interrupted before its cleanup test (ctest killed, Ctrl-C) may have left
# servers behind under the same BASE: stop them first, by their recorded PIDs.
if [ -f "$BASE/pids" ]; then
    log "stopping leftovers of an earlier run in $BASE"
    "$HERE/stop-servers.sh" "$BASE" >>"$LOGFILE" 2>&1 || true
fi
case "$BASE" in /tmp/?*) rm -rf --one-file-system "$BASE" ;; esac

# stderr of start-servers.sh goes to the log file only: no server inherits ctest's pipe
# (they all redirect their own output), so ctest never waits on a daemon holding it open.
"$HERE/start-servers.sh" "$BASE" >"$ENVFILE.tmp" 2>>"$LOGFILE" </dev/null
rc=$?
cat "$LOGFILE" >&2
if [ $rc -ne 0 ]; then
    rm -f "$ENVFILE.tmp"
    log "FAILED (rc=$rc): the test servers did not start. Log: $LOGFILE; server logs kept in $BASE"
    exit 1
fi
printf 'TEST_SERVERS_LOG=%q\n' "$LOGFILE" >> "$ENVFILE.tmp"
mv -f "$ENVFILE.tmp" "$ENVFILE"
log "servers up; environment in $ENVFILE"
exit 0
