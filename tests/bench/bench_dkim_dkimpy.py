#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reference side of bench_dkim (issue 4): Debian python3-dkim (dkimpy) verifies the messages
# bench_dkim signed, the keys answered from memory (no DNS), each set for at least SECONDS of
# CPU time (time.process_time(), as bench_dkim measures its own side).
#   bench_dkim_dkimpy.py MANIFEST KEYS SECONDS
# MANIFEST lines: "SET FILE KEYNAME"; KEYS lines: "KEYNAME RECORD".
# Prints per set: "SET SECONDS_PER_MESSAGE ITERATIONS PASSED TOTAL" (PASSED/TOTAL: last iteration).
import sys
import time

import dkim


def main():
    manifest, keysfile, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    records = {}
    with open(keysfile, 'rb') as f:
        for line in f:
            name, _, record = line.rstrip(b'\n').partition(b' ')
            if name:
                records[name.lower()] = record
    sets = {}
    order = []
    with open(manifest, 'rb') as f:
        for line in f:
            parts = line.rstrip(b'\n').split(b' ')
            if len(parts) != 3:
                continue
            name = parts[0].decode()
            with open(parts[1], 'rb') as m:
                message = m.read()
            if name not in sets:
                sets[name] = []
                order.append(name)
            sets[name].append(message)

    def dnsfunc(name, timeout=5):
        return records.get(name.rstrip(b'.').lower())

    for name in order:
        messages = sets[name]
        iterations = 0
        start = time.process_time()
        while True:
            passed = 0
            for message in messages:
                d = dkim.DKIM(message, minkey=1024)
                try:
                    if d.verify(dnsfunc=dnsfunc):
                        passed += 1
                except dkim.DKIMException:
                    pass
            iterations += 1
            elapsed = time.process_time() - start
            if elapsed >= seconds and iterations >= 3:
                break
        print('%s %.9f %d %d %d' % (name, elapsed / (iterations * len(messages)), iterations, passed, len(messages)))
        sys.stdout.flush()
    return 0


sys.exit(main())
