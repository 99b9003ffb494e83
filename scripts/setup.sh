#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian/Ubuntu packages Deliverbench needs.
#   scripts/setup.sh          build and run dependencies
#   scripts/setup.sh --tests  also the test tools and the real servers the tests start
# Idempotent and quick when everything is already there.
set -euo pipefail

want_tests=0
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        *) echo "usage: $0 [--tests]" >&2; exit 2 ;;
    esac
done

build_packages=(
    cmake ninja-build ccache pkg-config g++ file
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qtkeychain-qt6-dev libqt6sql6-sqlite
    qt6-translations-l10n
    libc-ares-dev libssl-dev libpsl-dev publicsuffix libexpected-dev
    appstream desktop-file-utils dpkg-dev
)
test_packages=(
    xvfb xauth imagemagick clang-14 libclang-rt-14-dev
    bind9 bind9-dnsutils postfix dovecot-core dovecot-imapd swaks
    libnet-ssleay-perl libauthen-sasl-perl openssl curl ca-certificates iproute2 procps
    libgmime-3.0-dev python3-dkim python3-spf poppler-utils
)

packages=("${build_packages[@]}")
if [[ $want_tests == 1 ]]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for pkg in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "[setup] all ${#packages[@]} packages present"
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then SUDO="sudo"; else
        echo "[setup] need root or sudo to install: ${missing[*]}" >&2; exit 1
    fi
fi

# The test servers are started by the test suite itself on loopback; the packages must
# not start the system services (TEST-SERVERS.md gotcha 1), and postfix must not ask.
if [[ $want_tests == 1 && ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
fi
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections 2>/dev/null || true

echo "[setup] installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "[setup] done"
