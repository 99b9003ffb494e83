#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_test_servers.sh ENVFILE -- smoke test of the CTest fixture "test_servers": every server
# answers on loopback. Fails (never skips) when the servers did not start.
set -uo pipefail
ENVFILE=${1:?usage: $0 ENVFILE}
LOGHINT=${2:-}
if [ ! -f "$ENVFILE" ]; then
    echo "FAIL: test servers are not running: $ENVFILE missing (start log: ${LOGHINT:-see test_servers_start})"
    echo "0 passed, 1 failed"; exit 1
fi
# shellcheck disable=SC1090
source "$ENVFILE"
pass=0 fail=0
check() {   # check NAME EXPECTED ACTUAL (ACTUAL must start with EXPECTED)
    if [[ "$3" == "$2"* ]]; then pass=$((pass+1)); echo "PASS: $1"
    else fail=$((fail+1)); echo "FAIL: $1: expected '$2...', got '$3'"; fi
}
first_line() {  # first_line PORT: the greeting/banner line of a TCP server on 127.0.0.1
    timeout 5 bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1; IFS= read -r l <&3; printf "%s" "${l%$'"'\r'"'}"' 2>/dev/null
}
check "DNS MX example.test over 127.0.0.1" "10 mail.example.test." \
    "$(dig @127.0.0.1 -p "${DNS_PORT:-0}" +norec +time=2 +tries=1 example.test MX +short 2>&1 | sort | head -1)"
if [ -n "${DNS_SERVER6:-}" ]; then
    check "DNS PTR ::1 over ::1" "loopback-mx.example.test." \
        "$(dig @::1 -p "$DNS_PORT" +norec +time=2 +tries=1 -x ::1 +short 2>&1)"
fi
check "DNS NXDOMAIN" "status: NXDOMAIN" \
    "$(dig @127.0.0.1 -p "${DNS_PORT:-0}" +norec +time=2 +tries=1 nope.example.test A 2>&1 | grep -o 'status: [A-Z]*')"
check "SMTP open banner"   "220 open.mx.example.test ESMTP"   "$(first_line "${SMTP_OPEN_PORT:-0}")"
check "SMTP closed banner" "220 closed.mx.example.test ESMTP" "$(first_line "${SMTP_CLOSED_PORT:-0}")"
check "IMAP greeting"      "* OK"                             "$(first_line "${IMAP_PORT:-0}")"
check "IMAPS greeting (TLS verified against TLS_CERT)" "* OK" \
    "$( (sleep 1; printf 'a1 LOGOUT\r\n') | timeout 10 openssl s_client -quiet -connect "127.0.0.1:${IMAPS_PORT:-0}" \
        -CAfile "${TLS_CERT:-/nonexistent}" -verify_return_error -verify_ip 127.0.0.1 2>/dev/null | head -1)"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
