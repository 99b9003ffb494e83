#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates the test messages of tests/core/auth/tst_messageauth.cpp, tst_scorecard.cpp,
# tst_authcompare.cpp and tests/cli/tst_cli_auth.cpp: DKIM-signed by an independent tool (Debian
# python3-dkim, dkimpy) with the keys in keys/, whose public halves are published in the test DNS
# zone auth.test (tests/support/test-servers/templates/dns/zones/auth.test.zone, also written here).
#
#   /usr/bin/python3 tests/data/auth/make_messages.py      (from the repository root)
#
# The signed .eml files are committed; rerunning changes the signatures (t=) but not the verdicts.
import base64
import os
import subprocess
import sys

import dkim

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
ZONE = os.path.join(ROOT, 'tests', 'support', 'test-servers', 'templates', 'dns', 'zones', 'auth.test.zone')
SIGNED = [b'from', b'to', b'subject', b'date', b'message-id', b'mime-version', b'content-type']


def key(name):
    with open(os.path.join(HERE, 'keys', name + '.pem'), 'rb') as f:
        return f.read()


def public_b64(name):
    der = subprocess.run(['openssl', 'rsa', '-in', os.path.join(HERE, 'keys', name + '.pem'), '-pubout', '-outform', 'DER'],
                         check=True, capture_output=True).stdout
    return base64.b64encode(der).decode()


def crlf(text):
    return text.strip('\n').replace('\n', '\r\n').encode() + b'\r\n'


def sign(message, selector, extra=(), canon=(b'relaxed', b'relaxed')):
    sig = dkim.sign(message, selector.encode(), b'auth.test', key(selector), canonicalize=canon,
                    include_headers=SIGNED + [h.encode() for h in extra])
    return sig + message


def write(name, trace, message):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(crlf(trace) + message)


def receiving_hop(ip, helo='mail.example.test', rdns='mail.example.test', tls=True, by='mx.receiver.test'):
    if tls:
        return (f'Received: from {helo} ({rdns} [{ip}])\n\tby {by} with ESMTPS id 4Q1x2y3z\n'
                f'\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384)\n\tfor <user@receiver.test>; Fri, 27 Nov 2026 10:00:05 +0000')
    return (f'Received: from {helo} ({rdns} [{ip}])\n\tby {by} with ESMTP id 9Z8y7x\n'
            f'\tfor <user@receiver.test>; Fri, 27 Nov 2026 10:00:07 +0000')


# the receiver's own delivery hop above the receiving hop (loopback: skipped when picking the connection)
INTERNAL = ('Received: from mx.receiver.test (localhost [127.0.0.1])\n\tby store.receiver.test with LMTP id 0a1b2c;'
            ' Fri, 27 Nov 2026 10:00:09 +0000')


def body_message(frm, subject, extra_headers='', body='Hello,\nthis is a test message.\n'):
    headers = f'''From: {frm}
To: user@receiver.test
Subject: {subject}
Date: Fri, 27 Nov 2026 10:00:00 +0000
Message-ID: <{subject.replace(' ', '-').lower()}@auth.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8'''
    if extra_headers:
        headers += '\n' + extra_headers
    return crlf(headers + '\n\n' + body)


def main():
    unsub = ('List-Unsubscribe: <https://auth.test/unsubscribe/u123>, <mailto:unsubscribe@auth.test?subject=u123>\n'
             'List-Unsubscribe-Post: List-Unsubscribe=One-Click')

    # 1. aligned pass: SPF and DKIM both pass and align; one-click unsubscribe signed.
    m = sign(body_message('News <news@auth.test>', 'Aligned pass', unsub), 's2048', ['list-unsubscribe', 'list-unsubscribe-post'])
    write('aligned.eml', f'''Return-Path: <bounce@auth.test>
{INTERNAL}
Authentication-Results: mx.receiver.test;
\tspf=pass smtp.mailfrom=bounce@auth.test;
\tdkim=pass header.d=auth.test header.s=s2048;
\tdmarc=pass header.from=auth.test
{receiving_hop('192.0.2.25')}''', m)

    # 2. SPF only: no signature; SPF passes and aligns.
    write('spf-only.eml', f'''Return-Path: <bounce@auth.test>
{receiving_hop('192.0.2.25')}''', body_message('news@auth.test', 'SPF only'))

    # 3. DKIM only: sent from an IP the SPF record does not list; the signature aligns.
    m = sign(body_message('news@auth.test', 'DKIM only'), 's2048')
    write('dkim-only.eml', f'''Return-Path: <bounce@auth.test>
{receiving_hop('192.0.2.26', rdns='nomatch.example.test')}''', m)

    # 4. forwarded through a list that appended a footer: SPF fails at the final receiver (the
    #    forwarder's IP), the body hash no longer matches; the forwarder had stamped passes.
    m = sign(body_message('news@auth.test', 'Forwarded'), 's2048')
    m += b'-- \r\nSent through the list forwarder.test\r\n'
    write('forwarded.eml', f'''Return-Path: <bounce@auth.test>
Authentication-Results: mx.receiver.test;
\tspf=fail smtp.mailfrom=bounce@auth.test;
\tdkim=fail header.d=auth.test header.s=s2048;
\tdmarc=fail header.from=auth.test
{receiving_hop('192.0.2.27', helo='list.forwarder.test', rdns='a.example.test', tls=False)}
Authentication-Results: mx.forwarder.test;
\tspf=pass smtp.mailfrom=bounce@auth.test;
\tdkim=pass header.d=auth.test header.s=s2048;
\tdmarc=pass header.from=auth.test
{receiving_hop('192.0.2.25', by='mx.forwarder.test')}''', m)

    # 5. two From fields: no single author domain (RFC 7489 §6.6.1).
    write('multiple-from.eml', f'''Return-Path: <bounce@auth.test>
{receiving_hop('192.0.2.25')}
From: other@auth.test''', body_message('news@auth.test', 'Multiple From'))

    # 6. null sender (a bounce): SPF checks postmaster@HELO (RFC 7208 §2.4).
    write('null-sender.eml', f'''Return-Path: <>
{receiving_hop('192.0.2.25', helo='mail.auth.test')}''',
          body_message('MAILER-DAEMON@mail.auth.test', 'Null sender', body='Delivery to a@b.test failed.\n'))

    # 7. a 512-bit key: permerror under RFC 8301 §3.2 (scorecard: key size fails).
    m = sign(body_message('news@auth.test', 'Small key'), 's512')
    write('small-key.eml', f'''Return-Path: <bounce@auth.test>
{receiving_hop('192.0.2.25')}''', m)

    # 8. one-click fields present but not covered by the signature's h= (1024-bit key).
    m = sign(body_message('news@auth.test', 'Unsigned unsubscribe', unsub), 's1024')
    write('unsub-unsigned.eml', f'''Return-Path: <bounce@auth.test>
{receiving_hop('192.0.2.25')}''', m)

    # an mbox of four of them, for the CLI's jsonl and --summary
    with open(os.path.join(HERE, 'batch.mbox'), 'wb') as out:
        for name in ('aligned.eml', 'spf-only.eml', 'forwarded.eml', 'dkim-only.eml'):
            with open(os.path.join(HERE, name), 'rb') as f:
                data = f.read().replace(b'\r\n', b'\n')
            out.write(b'From bounce@auth.test Fri Nov 27 10:00:00 2026\n' + data + b'\n')

    def txt(b64):
        record = 'v=DKIM1; k=rsa; p=' + b64
        return '( ' + ' '.join('"' + record[i:i + 200] + '"' for i in range(0, len(record), 200)) + ' )'

    with open(ZONE, 'w') as z:
        z.write(f''';; auth.test -- message-level authentication scenarios (core/auth/MessageAuth, issue 4).
;; Written by tests/data/auth/make_messages.py with the keys in tests/data/auth/keys/.
;; 192.0.2.25 is authorised (PTR mail.example.test, FCrDNS ok); .26 (PTR nomatch.example.test, no A)
;; and .27 (the list forwarder) are not.
$TTL 300
@                 SOA  ns1.example.test. hostmaster.example.test. ( 2026112801 3600 600 86400 300 )
@                 NS   ns1.example.test.
@                 TXT  "v=spf1 ip4:192.0.2.25 -all"
mail              TXT  "v=spf1 ip4:192.0.2.25 -all"
_dmarc            TXT  "v=DMARC1; p=reject"
s2048._domainkey  TXT  {txt(public_b64('s2048'))}
s1024._domainkey  TXT  {txt(public_b64('s1024'))}
s512._domainkey   TXT  {txt(public_b64('s512'))}
''')
    return 0


if __name__ == '__main__':
    sys.exit(main())
