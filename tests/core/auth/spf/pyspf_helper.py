#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Differential reference for tst_spfdiff: runs Debian python3-spf (pyspf) check2() on scenarios in
# the openspf suite format, answering DNS from each scenario's zonedata through spf.DNSLookup.
# stdin: [{"zonedata": {name: [{TYPE: value}]}, "tests": [{"host", "helo", "mailfrom"}]}]
# stdout: [[result, ...], ...]
import json
import sys

import spf

ZONE = {}


def lookup(name, qtype, tcpfallback=True, timeout=30):
    out = []
    for rec in ZONE.get(name.lower().rstrip('.'), []):
        for t, v in rec.items():
            if t == 'SPF':
                t = 'TXT'
            if t != qtype and t != 'CNAME':
                continue
            if t == 'TXT':
                out.append(((name, t), [s.encode() for s in (v if isinstance(v, list) else [v])]))
            elif t == 'MX':
                out.append(((name, t), (v[0], v[1])))
            else:
                out.append(((name, t), v))
    return out


spf.DNSLookup = lookup
results = []
for scenario in json.load(sys.stdin):
    ZONE = {k.lower().rstrip('.'): v for k, v in scenario['zonedata'].items()}
    row = []
    for t in scenario['tests']:
        res, _ = spf.check2(i=t['host'], s=t['mailfrom'], h=t['helo'])
        row.append(res)
    results.append(row)
json.dump(results, sys.stdout)
