#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rebuilds the seed corpora in tests/fuzz/corpus/<target>/ from ../shared/conformance.

A maintainer tool (python3 with PyYAML), not run by the build or CI: the corpora it writes are
checked in. Usage: tests/fuzz/corpus/extract.py [CONFORMANCE_DIR]. Output is deterministic.
See README.md beside this file for where each file comes from and under which licence.
"""

import email
import email.policy
import hashlib
import os
import re
import shutil
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CONF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "conformance")

MAX_MESSAGE = 32 * 1024     # seed messages stay small: fuzzing speed depends on it
TARGETS = ["mime", "mailbox", "headers", "received", "authresults", "dsn", "decoding"]

# source folder -> short prefix used in the corpus file names
SOURCES = {
    "mime-crymap": "crymap",
    "mime-gmime": "gmime",
    "mime-kmime": "kmime",
    "mime-mimekit": "mimekit",
    "mime-nodemailer-mailparser": "nodemailer",
    "mime-postal-mime": "postalmime",
    "mime-python-email": "python",
    "mime-stalwart-mail-parser": "stalwart",
}
SKIP = re.compile(r"(SOURCE\.txt|LICENSE|COPYING|README|\.json$|\.png$|\.jpg$|\.gz$|-summary\.txt$|LGPL)", re.I)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(target, name, data):
    d = os.path.join(HERE, target)
    os.makedirs(d, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def files(folder):
    out = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(CONF, folder)):
        dirnames.sort()
        for fn in sorted(filenames):
            p = os.path.join(dirpath, fn)
            if not SKIP.search(p):
                out.append(p)
    return out


def looks_like_message(data):
    first = data.split(b"\n", 1)[0]
    return first.startswith(b"From ") or re.match(rb"^[!-9;-~]+[ \t]*:", first) is not None


def header_fields(data):
    """(name, raw value with folds) of the top-level header block."""
    head = re.split(rb"\r?\n\r?\n", data, maxsplit=1)[0]
    lines = re.split(rb"(?<=\n)", head)
    fields = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1][1] += line
        elif b":" in line and not line.startswith(b"From "):
            name, value = line.split(b":", 1)
            fields.append([name.strip(), value])
    return [(n.decode("latin-1").lower(), v.lstrip(b" ").rstrip(b"\r\n")) for n, v in fields]


def pick_evenly(items, n):
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def main():
    for t in TARGETS:
        shutil.rmtree(os.path.join(HERE, t), ignore_errors=True)

    messages = []   # (prefix, relative name, bytes)
    for folder, prefix in SOURCES.items():
        for p in files(folder):
            data = read(p)
            if 0 < len(data) <= MAX_MESSAGE and looks_like_message(data):
                rel = os.path.relpath(p, os.path.join(CONF, folder))
                messages.append((prefix, rel, data))

    # mime: a few messages of every source, all kinds (kmime's clusterfuzz and crash inputs kept)
    per_source = {"crymap": 6, "gmime": 4, "kmime": 12, "mimekit": 8, "nodemailer": 3,
                  "postalmime": 4, "python": 8, "stalwart": 10}
    for prefix, quota in per_source.items():
        mine = [m for m in messages if m[0] == prefix]
        for _, rel, data in pick_evenly(mine, quota):
            write("mime", f"{prefix}-{rel}", data)
    for p in files("mime-kmime"):
        if "clusterfuzz" in p or "crash" in p or "abort" in p:
            write("mime", "kmime-" + os.path.basename(p), read(p))

    # mailbox: real mbox files, plus mboxes assembled from small messages (LF and CRLF)
    for rel in ["mime-gmime/tests/data/mbox/input/substring.mbox",
                "mime-gmime/tests/data/mbox/output/substring.mbox",
                "mime-gmime/tests/data/mbox/output/jwz.mbox",
                "mime-mimekit/UnitTests/TestData/mbox/simple.mbox.txt",
                "mime-mimekit/UnitTests/TestData/mbox/unmunged.mbox.txt",
                "mime-mimekit/UnitTests/TestData/mbox/issue1189.mbox.txt"]:
        write("mailbox", SOURCES[rel.split("/")[0]] + "-" + os.path.basename(rel), read(os.path.join(CONF, rel)))
    small = [m for m in messages if len(m[2]) <= 4096]
    groups = pick_evenly(small, 24)
    for i in range(0, len(groups), 3):
        parts = []
        for prefix, rel, data in groups[i:i + 3]:
            body = data.replace(b"\r\n", b"\n")
            envelope = b"From sender@example.org Mon Jan  1 00:00:00 2024\n"
            if body.startswith(b"From "):
                envelope, _, body = body.partition(b"\n")
                envelope += b"\n"
            body = envelope + re.sub(rb"(?m)^(>*From )", rb">\1", body)   # mboxrd quoting
            parts.append(body.rstrip(b"\n") + b"\n\n")
        mbox = b"".join(parts)
        write("mailbox", f"assembled-{i // 3:02d}.mbox", mbox)
        if i % 2 == 0:
            write("mailbox", f"assembled-{i // 3:02d}-crlf.mbox", mbox.replace(b"\n", b"\r\n"))
    for _, rel, data in pick_evenly([m for m in messages if m[0] == "kmime"], 6):
        write("mailbox", "kmime-" + os.path.basename(rel), data)

    # headers / received: values taken from the top-level header blocks of every message
    wanted = {"from": 8, "to": 6, "cc": 4, "reply-to": 2, "sender": 2, "subject": 10, "date": 8,
              "message-id": 4, "references": 3, "in-reply-to": 2, "content-type": 10,
              "content-disposition": 4}
    values = {k: [] for k in wanted}
    received = []
    seen = set()
    for prefix, rel, data in messages + [("dkim", p, read(p)) for p in files("dkim-dkim_verifier")]:
        for name, value in header_fields(data):
            key = (name, value)
            if key in seen or not value:
                continue
            seen.add(key)
            if name in values:
                values[name].append(value)
            elif name == "received":
                received.append(value)

    def interesting(v):
        return (b"=?" in v) + (b"*=" in v) + (b'"' in v) + (b"\n" in v) + any(c >= 0x80 for c in v) + (b"(" in v)

    for name, quota in wanted.items():
        vals = sorted(values[name], key=lambda v: (-interesting(v), hashlib.sha1(v).hexdigest()))
        for i, v in enumerate(vals[:quota]):
            write("headers", f"{name}-{i:02d}", v)

    received.sort(key=lambda v: hashlib.sha1(v).hexdigest())
    for i, v in enumerate(received[:36]):
        write("received", f"received-{i:02d}", v)
    for i in range(4):   # chains: one field per logical line, newest first
        write("received", f"chain-{i}", b"\n".join(received[36 + 4 * i:40 + 4 * i]))

    # authresults: every header of the collected case table, value only
    with open(os.path.join(CONF, "authres-cases", "ar-cases.yml"), "rb") as f:
        cases = yaml.safe_load(f)["cases"]
    n = 0
    for case in cases:
        header = case.get("header")
        if not isinstance(header, str):
            continue
        raw = header.encode("utf-8")
        m = re.match(rb"(?i)^\s*authentication-results\s*:\s?", raw)
        value = raw[m.end():] if m else raw
        write("authresults", "case-" + case["id"], value.rstrip(b"\r\n"))
        n += 1

    # dsn: bodies of message/delivery-status parts
    dsn_sources = [p for folder in SOURCES for p in files(folder)]
    k = 0
    for p in dsn_sources:
        data = read(p)
        if b"delivery-status" not in data.lower() or len(data) > 2 * 1024 * 1024:
            continue
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in msg.walk():
            if part.get_content_type() in ("message/delivery-status", "message/global-delivery-status"):
                payload = part.get_payload()
                if isinstance(payload, list):   # python parses it into header blocks
                    body = b"\n".join(bytes(sub) if hasattr(sub, "__bytes__") else sub.as_bytes() for sub in payload)
                else:
                    body = payload.encode("latin-1", "replace") if isinstance(payload, str) else payload
                write("dsn", f"{SOURCES[os.path.relpath(p, CONF).split('/')[0]]}-{os.path.basename(p)}-{k}", body)
                k += 1

    # decoding: encoded bodies (first line: a charset or transfer-encoding token) and charset texts
    enc = os.path.join(CONF, "mime-gmime", "tests", "data")
    write("decoding", "gmime-wikipedia.qp", b"utf-8\n" + read(os.path.join(enc, "encodings", "wikipedia.qp"))[:8192])
    write("decoding", "gmime-photo.b64", b"base64\n" + read(os.path.join(enc, "encodings", "photo.b64"))[:8192])
    write("decoding", "gmime-photo.uu", read(os.path.join(enc, "encodings", "photo.uu"))[:8192])
    write("decoding", "gmime-raptors.uu", read(os.path.join(enc, "mime-part", "raptors.uu.txt"))[:4096])
    for fn, cs in [("chinese.big5.txt", b"big5"), ("cyrillic.cp1251.txt", b"windows-1251"),
                   ("cyrillic.iso-8859-5.txt", b"iso-8859-5"), ("cyrillic.koi8-r.txt", b"koi8-r"),
                   ("cyrillic.utf-8.txt", b"utf-8"), ("french-fable.cp1252.txt", b"windows-1252"),
                   ("japanese.iso-2022-jp.txt", b"iso-2022-jp"), ("japanese.shift-jis.txt", b"shift_jis"),
                   ("japanese.utf-8.txt", b"UTF-8"), ("chinese.utf-8.txt", b"")]:
        write("decoding", "gmime-" + fn, cs + b"\n" + read(os.path.join(enc, "filters", fn))[:4096])
    # transfer-encoded bodies of the small messages
    k = 0
    for prefix, rel, data in messages:
        msg = email.message_from_bytes(data, policy=email.policy.compat32)
        for part in msg.walk():
            cte = (part.get("Content-Transfer-Encoding") or "").strip().lower()
            if cte in ("base64", "quoted-printable", "x-uuencode") and not part.is_multipart():
                payload = part.get_payload()
                body = payload.encode("latin-1", "replace") if isinstance(payload, str) else b""
                if 16 <= len(body) <= 8192 and k < 20:
                    cs = (part.get_content_charset() or cte).encode("ascii", "replace")
                    write("decoding", f"{prefix}-{k:02d}-{cte}", cs + b"\n" + body)
                    k += 1

    for t in TARGETS:
        d = os.path.join(HERE, t)
        print(t, len(os.listdir(d)), "files", sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d)), "bytes")


if __name__ == "__main__":
    main()
