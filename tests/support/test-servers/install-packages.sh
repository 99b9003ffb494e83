#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# NOTE: scripts/setup.sh --tests is the project's installer; this is the recipe's stand-alone one.
# install-packages.sh -- Debian 12 packages for start-servers.sh (run as root, e.g. from .ci/run).
# Makes sure apt does NOT start the distro's own named/postfix/dovecot (they would bind
# 0.0.0.0:53/25/143/993...) and that postfix is installed without a system configuration.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

# 1. forbid init scripts from starting services during install (Docker images usually ship this)
if [ ! -x /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod 755 /usr/sbin/policy-rc.d
fi
# 2. postfix: no /etc/postfix/main.cf, no questions
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections

apt-get update
apt-get install -y --no-install-recommends \
    bind9 bind9-dnsutils \
    postfix \
    dovecot-core dovecot-imapd \
    swaks libnet-ssleay-perl libauthen-sasl-perl \
    openssl curl ca-certificates iproute2 \
    libc-ares-dev
