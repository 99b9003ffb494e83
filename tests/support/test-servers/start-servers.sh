#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Adapted from the verified recipe in ../shared/test-servers (see ../shared/docs/TEST-SERVERS.md;
# "gotcha N" below refers to section 7 of that document, summarised in README.md here).
#
# start-servers.sh -- start REAL mail-test servers on loopback, unprivileged ports, no systemd.
#
#   BIND 9 (named -f)         authoritative DNS   127.0.0.1/::1 : $DNS_PORT   (UDP+TCP)
#   Postfix instance "open"   open relay, STARTTLS 127.0.0.1    : $SMTP_OPEN_PORT
#   Postfix instance "closed" relay denied, STARTTLS, AUTH only after TLS : $SMTP_CLOSED_PORT
#     + smtpd services for inconclusive verdicts: $SMTP_TLSREQ_PORT $SMTP_AUTHREQ_PORT
#       $SMTP_GREYLIST_PORT $SMTP_CONNLIMIT_PORT $SMTP_ERRLIMIT_PORT (see add_verdict_services)
#   Dovecot                   IMAP+STARTTLS / IMAPS              : $IMAP_PORT / $IMAPS_PORT
#
# Usage:  eval "$(./start-servers.sh)"      # or: ./start-servers.sh [BASE_DIR] > env-file
#         ...run tests...  (env: MAILTEST_BASE, DNS_PORT, SMTP_OPEN_PORT, ...)
#         ./stop-servers.sh "$MAILTEST_BASE"
#
# stdout: only KEY=VALUE lines (also written to $BASE/servers.env); progress/timings go to stderr.
# Knobs (env): ENABLE_DNS=1 ENABLE_SMTP=1 ENABLE_IMAP=1, DNS_PORT/SMTP_OPEN_PORT/SMTP_CLOSED_PORT/
#              IMAP_PORT/IMAPS_PORT (fixed ports instead of random free ones), READY_TIMEOUT=20 (s),
#              DOVECOT_MAIL_USER=nobody DOVECOT_MAIL_GROUP=nogroup (root mode only).
# Nothing binds anything but 127.0.0.1 / ::1.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TPL=$HERE/templates
ENABLE_DNS=${ENABLE_DNS:-1}
ENABLE_SMTP=${ENABLE_SMTP:-1}
ENABLE_IMAP=${ENABLE_IMAP:-1}
READY_TIMEOUT=${READY_TIMEOUT:-20}
PATH=$PATH:/usr/sbin:/sbin

log() { printf '[start-servers] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
T_ALL=$(now_ms)

BASE=${1:-$(mktemp -d "${TMPDIR:-/tmp}/mailtest.XXXXXX")}
mkdir -p "$BASE"
BASE=$(cd "$BASE" && pwd)
# unix socket paths (sun_path) are limited to 107 bytes
[ ${#BASE} -le 60 ] || die "BASE path too long for unix sockets: $BASE"
chmod 755 "$BASE"            # postfix/dovecot/nobody must be able to traverse it
: > "$BASE/pids"
ENVF=$BASE/servers.env
: > "$ENVF"
setenv() { printf '%s=%q\n' "$1" "$2" >> "$ENVF"; }
setenv MAILTEST_BASE "$BASE"

if [ "$(id -u)" = 0 ]; then ROOT=1; else ROOT=0; fi
ME_USER=$(id -un); ME_GROUP=$(id -gn)
HAVE_V6=0; grep -qs '^0\{31\}1 ' /proc/net/if_inet6 && HAVE_V6=1

# ------------------------------------------------------------------ ports
USED_PORTS=" "
port_free() { [ -z "$(ss -Hlntu "( sport = :$1 )" 2>/dev/null)" ]; }
pick_port() {   # pick_port VARNAME  -- keeps $VARNAME if already set in the environment
    local var=$1 p
    if [ -n "${!var:-}" ]; then USED_PORTS+="${!var} "; return; fi
    for _ in $(seq 500); do
        p=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        case "$USED_PORTS" in *" $p "*) continue;; esac
        if port_free "$p"; then USED_PORTS+="$p "; printf -v "$var" '%s' "$p"; return; fi
    done
    die "no free port found"
}

# ------------------------------------------------------------------ helpers
record_pid() { echo "$1 $2 $3" >> "$BASE/pids"; }   # name pid expected-comm
alive() { [ -d "/proc/$1" ] && ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat" 2>/dev/null; }
# wait_ready NAME PID LOGFILE CHECK-COMMAND...
wait_ready() {
    local name=$1 pid=$2 logf=$3; shift 3
    local deadline=$(( $(now_ms) + READY_TIMEOUT * 1000 ))
    until "$@" >/dev/null 2>&1; do
        if [ -n "$pid" ] && ! alive "$pid"; then
            log "$name (pid $pid) died during start-up; last log lines:"; tail -n 30 "$logf" >&2 || true
            return 1
        fi
        [ "$(now_ms)" -lt "$deadline" ] || { log "$name not ready after ${READY_TIMEOUT}s"; tail -n 30 "$logf" >&2 || true; return 1; }
        sleep 0.02
    done
}
banner_is() {   # banner_is PORT PREFIX : connect, read first line, compare
    local line
    line=$(timeout 2 bash -c 'exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1; IFS= read -r l <&3; printf "%s" "$l"' 2>/dev/null) || return 1
    [[ "$line" == "$2"* ]]
}
dns_ready() { dig @127.0.0.1 -p "$1" +norec +time=1 +tries=1 example.test SOA 2>/dev/null | grep -q 'status: NOERROR'; }
subst() {       # subst TEMPLATE OUT KEY=VALUE...
    local in=$1 out=$2 kv expr=(); shift 2
    for kv in "$@"; do expr+=(-e "s|@${kv%%=*}@|${kv#*=}|g"); done
    sed "${expr[@]}" "$in" > "$out"
    if grep -q '@[A-Z0-9_]*@' "$out"; then die "unsubstituted placeholder in $out: $(grep -o '@[A-Z0-9_]*@' "$out" | sort -u | tr '\n' ' ')"; fi
}
TIMINGS=()
# on any failure: stop whatever was already started (by PID), keep $BASE for the logs
trap 'rc=$?; if [ $rc != 0 ]; then log "start failed (rc=$rc); stopping what was started, logs kept in $BASE"; "$HERE/stop-servers.sh" "$BASE" --keep >&2 || true; fi' EXIT

# ------------------------------------------------------------------ TLS (self-signed, per run)
TLSDIR=$BASE/tls; mkdir -p "$TLSDIR"
t=$(now_ms)
openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
    -keyout "$TLSDIR/key.pem" -out "$TLSDIR/cert.pem" \
    -subj "/CN=loopback-mx.example.test" \
    -addext "subjectAltName=DNS:loopback-mx.example.test,DNS:localhost,IP:127.0.0.1,IP:::1" 2>/dev/null \
    || die "openssl req failed"
chmod 600 "$TLSDIR/key.pem"; chmod 644 "$TLSDIR/cert.pem"
TIMINGS+=("tls-cert $(( $(now_ms) - t ))ms")
setenv TLS_CERT "$TLSDIR/cert.pem"

# ------------------------------------------------------------------ DNS: BIND 9
if [ "$ENABLE_DNS" = 1 ]; then
    command -v named >/dev/null || die "named not installed (apt-get install bind9)"
    pick_port DNS_PORT
    DNSDIR=$BASE/dns; mkdir -p "$DNSDIR/zones"
    cp "$TPL"/dns/zones/*.zone "$DNSDIR/zones/"
    cp -r "$TPL/dns/dkim" "$DNSDIR/dkim"
    subst "$TPL/dns/named.conf.in" "$DNSDIR/named.conf" "DNSDIR=$DNSDIR" "DNS_PORT=$DNS_PORT"
    named-checkconf "$DNSDIR/named.conf" || die "named-checkconf failed"
    t=$(now_ms)
    # -f: foreground => $! is named itself. -g would log to stderr instead of named.log.
    named -f -c "$DNSDIR/named.conf" </dev/null >"$DNSDIR/named.stdout" 2>&1 &
    DNS_PID=$!
    record_pid dns "$DNS_PID" named
    wait_ready named "$DNS_PID" "$DNSDIR/named.log" dns_ready "$DNS_PORT" || die "DNS start failed"
    TIMINGS+=("named $(( $(now_ms) - t ))ms")
    setenv DNS_PORT "$DNS_PORT"; setenv DNS_PID "$DNS_PID"
    setenv DNS_SERVER "127.0.0.1:$DNS_PORT"
    if [ $HAVE_V6 = 1 ]; then setenv DNS_SERVER6 "[::1]:$DNS_PORT"; fi
    # named logs one line per query here (category queries): tests count queries with it
    setenv DNS_QUERY_LOG "$DNSDIR/named.log"
    log "DNS    (BIND $(named -v | awk '{print $2}'))  127.0.0.1:$DNS_PORT udp+tcp  pid $DNS_PID"
fi

# ------------------------------------------------------------------ IMAP: Dovecot (before Postfix: it also serves SASL to Postfix)
if [ "$ENABLE_IMAP" = 1 ]; then
    command -v dovecot >/dev/null || die "dovecot not installed (apt-get install dovecot-core dovecot-imapd)"
    pick_port IMAP_PORT; pick_port IMAPS_PORT
    DCDIR=$BASE/dovecot; mkdir -p "$DCDIR/run" "$DCDIR/state" "$DCDIR/mail"
    if [ $ROOT = 1 ]; then
        LOGIN_USER=dovenull; INTERNAL_USER=dovecot; INTERNAL_GROUP=dovecot
        MAIL_USER=${DOVECOT_MAIL_USER:-nobody}; MAIL_GROUP=${DOVECOT_MAIL_GROUP:-nogroup}
        NONROOT_BLOCK=""
    else
        # rootless Dovecot: every process runs as the invoking user, no chroot
        LOGIN_USER=$ME_USER; INTERNAL_USER=$ME_USER; INTERNAL_GROUP=$ME_GROUP; MAIL_USER=$ME_USER; MAIL_GROUP=$ME_GROUP
        NONROOT_BLOCK='service imap-login {\n  chroot =\n}\nservice imap-urlauth-login {\n  chroot =\n}\nservice anvil {\n  chroot =\n}\nservice ipc {\n  chroot =\n}\nservice stats {\n  chroot =\n}'
    fi
    if [ $HAVE_V6 = 1 ]; then IMAP_ADDRS="127.0.0.1, ::1"; else IMAP_ADDRS="127.0.0.1"; fi
    subst "$TPL/dovecot/dovecot.conf.in" "$DCDIR/dovecot.conf" \
        "INSTANCE=mailtest-$(basename "$BASE")" "DCDIR=$DCDIR" "TLSDIR=$TLSDIR" \
        "LOGIN_USER=$LOGIN_USER" "INTERNAL_USER=$INTERNAL_USER" "INTERNAL_GROUP=$INTERNAL_GROUP" \
        "MAIL_USER=$MAIL_USER" "MAIL_GROUP=$MAIL_GROUP" \
        "IMAP_ADDRS=$IMAP_ADDRS" "IMAP_PORT=$IMAP_PORT" "IMAPS_PORT=$IMAPS_PORT" \
        "NONROOT_BLOCK=$NONROOT_BLOCK"
    # the auth process reads the passwd-file as default_internal_user
    install -m 640 -g "$INTERNAL_GROUP" "$TPL/dovecot/users.in" "$DCDIR/users"
    chown "$MAIL_USER:$MAIL_GROUP" "$DCDIR/mail"
    doveconf -c "$DCDIR/dovecot.conf" -n >/dev/null || die "doveconf rejected $DCDIR/dovecot.conf"

    # Pre-seed method 1 (no server needed): write files straight into Maildir.
    # seed2: INBOX/new (unseen) + Junk/cur flagged Seen ("\Seen" = ":2,S").
    md=$DCDIR/mail/seed2/Maildir
    install -d -o "$MAIL_USER" -g "$MAIL_GROUP" -m 700 "$DCDIR/mail/seed2" \
        "$md" "$md/cur" "$md/new" "$md/tmp" "$md/.Junk" "$md/.Junk/cur" "$md/.Junk/new" "$md/.Junk/tmp"
    install -o "$MAIL_USER" -g "$MAIL_GROUP" -m 600 "$TPL/seed/inbox-1.eml" "$md/new/1704103200.M1P1.seed"
    install -o "$MAIL_USER" -g "$MAIL_GROUP" -m 600 "$TPL/seed/junk-1.eml"  "$md/.Junk/cur/1704106800.M2P1.seed:2,S"

    t=$(now_ms)
    dovecot -F -c "$DCDIR/dovecot.conf" </dev/null >"$DCDIR/stdout.log" 2>&1 &
    IMAP_PID=$!
    record_pid imap "$IMAP_PID" dovecot
    wait_ready dovecot "$IMAP_PID" "$DCDIR/stdout.log" banner_is "$IMAP_PORT" "* OK" || { cat "$DCDIR/dovecot.log" >&2 || true; die "Dovecot start failed"; }
    wait_ready dovecot "$IMAP_PID" "$DCDIR/dovecot.log" test -S "$DCDIR/run/auth-postfix" || die "Dovecot auth socket missing"
    TIMINGS+=("dovecot $(( $(now_ms) - t ))ms")

    # Pre-seed method 2 (server running): doveadm save -> seed1 INBOX + Junk
    t=$(now_ms)
    doveadm -c "$DCDIR/dovecot.conf" save -u seed1            < "$TPL/seed/inbox-1.eml"
    doveadm -c "$DCDIR/dovecot.conf" save -u seed1 -m Junk    < "$TPL/seed/junk-1.eml"
    TIMINGS+=("doveadm-seed(2 msgs) $(( $(now_ms) - t ))ms")

    setenv IMAP_PORT "$IMAP_PORT"; setenv IMAPS_PORT "$IMAPS_PORT"; setenv IMAP_PID "$IMAP_PID"
    setenv DOVECOT_CONF "$DCDIR/dovecot.conf"
    setenv IMAP_USERS "seed1:seed1-pass seed2:seed2-pass seed3:seed3-pass"
    log "IMAP   (Dovecot $(dovecot --version | awk '{print $1}'))  127.0.0.1:$IMAP_PORT (STARTTLS)  127.0.0.1:$IMAPS_PORT (IMAPS)  pid $IMAP_PID"
fi

# ------------------------------------------------------------------ SMTP: two Postfix instances
# Extra smtpd services of the "closed" instance (one port each), each showing one answer that
# must make the relay battery "inconclusive", from Postfix itself:
#   SMTP_TLSREQ_PORT    smtpd_tls_security_level=encrypt: "530 5.7.0 Must issue a STARTTLS command first"
#   SMTP_AUTHREQ_PORT   access-map action 530 at RCPT: "530 5.7.0 ... Authentication required"
#   SMTP_GREYLIST_PORT  access-map action 450 before the relay check (greylisting-like 4xx on RCPT)
#   SMTP_CONNLIMIT_PORT anvil: smtpd_client_connection_count_limit=1, no exceptions (421 at the 2nd connection)
#   SMTP_ERRLIMIT_PORT  smtpd_hard_error_limit=3: "421 4.7.0 ... Error: too many errors" mid-battery
add_verdict_services() {   # add_verdict_services PFDIR
    local pf=$1
    pick_port SMTP_TLSREQ_PORT; pick_port SMTP_AUTHREQ_PORT; pick_port SMTP_GREYLIST_PORT
    pick_port SMTP_CONNLIMIT_PORT; pick_port SMTP_ERRLIMIT_PORT
    printf '127.0.0.1 530 5.7.0 Authentication required\n' > "$pf/etc/auth-required"
    printf '127.0.0.1 450 4.2.0 Greylisted, see https://postgrey.schweikert.ch/help/example.com.html\n' > "$pf/etc/greylist"
    chmod 644 "$pf/etc/auth-required" "$pf/etc/greylist"
    # the battery makes ~18 errors (EXPN + 16 refusals): past smtpd_soft_error_limit (10) Postfix
    # sleeps 1 s before every reply and at smtpd_hard_error_limit (20) it ends the session; the
    # first four services raise both limits so that only their own answer decides (and tests stay fast)
    local nolimit="-o smtpd_soft_error_limit=1000 -o smtpd_hard_error_limit=1000"
    cat >> "$pf/etc/master.cf" <<EOT
127.0.0.1:$SMTP_TLSREQ_PORT inet n - n - - smtpd
  -o smtpd_tls_security_level=encrypt $nolimit
127.0.0.1:$SMTP_AUTHREQ_PORT inet n - n - - smtpd
  -o smtpd_sender_restrictions=check_client_access,texthash:$pf/etc/auth-required $nolimit
127.0.0.1:$SMTP_GREYLIST_PORT inet n - n - - smtpd
  -o smtpd_relay_restrictions=check_client_access,texthash:$pf/etc/greylist,reject_unauth_destination $nolimit
127.0.0.1:$SMTP_CONNLIMIT_PORT inet n - n - - smtpd
  -o smtpd_client_connection_count_limit=1
  -o smtpd_client_event_limit_exceptions= $nolimit
127.0.0.1:$SMTP_ERRLIMIT_PORT inet n - n - - smtpd
  -o smtpd_hard_error_limit=3
EOT
    local v; for v in SMTP_TLSREQ_PORT SMTP_AUTHREQ_PORT SMTP_GREYLIST_PORT SMTP_CONNLIMIT_PORT SMTP_ERRLIMIT_PORT; do
        setenv "$v" "${!v}"; done
}
start_postfix() {   # start_postfix NAME PORTVAR MYNETWORKS
    local name=$1 portvar=$2 mynet=$3 pf port pid sasl_enable sasl_path listen6=""
    pick_port "$portvar"; port=${!portvar}
    pf=$BASE/postfix-$name
    # layout: etc/ (config_directory) must NOT contain queue/ (postfix-script check-warn recurses into it)
    mkdir -p "$pf/etc" "$pf/queue"
    install -d -o postfix -g postfix -m 700 "$pf/data"
    chmod 755 "$pf"
    if [ "$ENABLE_IMAP" = 1 ]; then sasl_enable=yes; sasl_path=$BASE/dovecot/run/auth-postfix
    else sasl_enable=no; sasl_path=private/auth; fi
    subst "$TPL/postfix/master.cf.in" "$pf/etc/master.cf" "SMTP_LISTEN=127.0.0.1:$port"
    subst "$TPL/postfix/main.cf.in" "$pf/etc/main.cf" \
        "NAME=$name" "PFDIR=$pf" "TLSDIR=$TLSDIR" "MYNETWORKS=$mynet" \
        "SASL_ENABLE=$sasl_enable" "SASL_PATH=$sasl_path"
    if [ "$name" = closed ]; then add_verdict_services "$pf"; fi
    # Postfix refuses to use a main.cf younger than ~2s (it re-reads it every 300ms until
    # the mtime is in the past: 2.4s lost per instance). Back-date the generated files.
    touch -d '-1 minute' "$pf/etc/main.cf" "$pf/etc/master.cf"
    t=$(now_ms)
    # first "check" on an empty queue_directory creates the queue sub-directories (post-install)
    postfix -c "$pf/etc" check || die "postfix check failed for $name (errors go to $pf/postfix.log or syslog)"
    TIMINGS+=("postfix-$name-check $(( $(now_ms) - t ))ms")
    t=$(now_ms)
    # "postfix start" daemonizes (master -w) and returns once master initialized;
    # the master PID is in $queue_directory/pid/master.pid
    postfix -c "$pf/etc" start >>"$pf/start.log" 2>&1 || { cat "$pf/start.log" "$pf/postfix.log" >&2 || true; die "postfix $name failed"; }
    pid=$(tr -d ' \n' < "$pf/queue/pid/master.pid")
    record_pid "smtp-$name" "$pid" master
    wait_ready "postfix-$name" "$pid" "$pf/postfix.log" banner_is "$port" "220 " || die "postfix $name not answering"
    TIMINGS+=("postfix-$name $(( $(now_ms) - t ))ms")
    local up; up=$(echo "$name" | tr a-z A-Z)
    setenv "SMTP_${up}_PORT" "$port"; setenv "SMTP_${up}_PID" "$pid"; setenv "POSTFIX_${up}_CONF" "$pf/etc"
    log "SMTP   (Postfix $(postconf -h -c "$pf/etc" mail_version)) $name  127.0.0.1:$port  master pid $pid"
}
if [ "$ENABLE_SMTP" = 1 ]; then
    if [ $ROOT = 1 ]; then
        command -v postfix >/dev/null || die "postfix not installed"
        start_postfix open   SMTP_OPEN_PORT   "0.0.0.0/0"   # classic open-relay misconfiguration
        start_postfix closed SMTP_CLOSED_PORT ""            # nobody is in mynetworks => relay denied
    else
        log "SMTP   skipped: Postfix cannot run as non-root (\"postfix: fatal: the postfix command is reserved for the superuser\")"
    fi
fi

TIMINGS+=("total $(( $(now_ms) - T_ALL ))ms")
log "timings: ${TIMINGS[*]}"
setenv STARTUP_TIMINGS "${TIMINGS[*]}"
cat "$ENVF"
