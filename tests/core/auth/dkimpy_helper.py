#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reference side of tst_dkimdiff: Debian python3-dkim (dkimpy) signs and verifies.
#   dkimpy_helper.py sign MSG KEYFILE SELECTOR DOMAIN HCANON BCANON ALGORITHM LENGTH(0|1) > signed
#   dkimpy_helper.py verify MSG KEYNAME RECORDFILE          -> prints "pass" or "fail: reason"
import sys

import dkim


def main():
    cmd = sys.argv[1]
    with open(sys.argv[2], 'rb') as f:
        message = f.read()
    if cmd == 'sign':
        keyfile, selector, domain, hcanon, bcanon, algorithm, length = sys.argv[3:10]
        with open(keyfile, 'rb') as f:
            key = f.read()
        sig = dkim.sign(message, selector.encode(), domain.encode(), key,
                        canonicalize=(hcanon.encode(), bcanon.encode()),
                        signature_algorithm=algorithm.encode(),
                        include_headers=[b'from', b'to', b'subject', b'date', b'message-id'],
                        length=(length == '1'))
        sys.stdout.buffer.write(sig + message)
        return 0
    if cmd == 'verify':
        keyname, recordfile = sys.argv[3:5]
        with open(recordfile, 'rb') as f:
            record = f.read().strip()

        def dnsfunc(name, timeout=5):
            if name.rstrip(b'.').lower() == keyname.encode().lower():
                return record
            return None

        d = dkim.DKIM(message, minkey=1024)
        try:
            ok = d.verify(dnsfunc=dnsfunc)
        except dkim.DKIMException as e:
            print('fail: %s' % e)
            return 0
        print('pass' if ok else 'fail: verify returned False')
        return 0
    return 2


sys.exit(main())
