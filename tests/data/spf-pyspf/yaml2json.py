#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Converts the openspf/pyspf YAML suites (multi-document) and dmarc-cases.yml to JSON for the
# QtTest harnesses (Qt has no YAML reader). Needs python3-yaml (Debian) at conversion time only.
#   python3 yaml2json.py IN.yml OUT.json
# A multi-document file becomes a JSON array of its documents; a single document stays as it is.
# Scalars are kept as YAML typed them, except that the bare scalar TIMEOUT stays the string "TIMEOUT".
import json
import sys

import yaml


def main():
    src, dst = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        docs = [d for d in yaml.safe_load_all(f) if d is not None]
    data = docs if len(docs) != 1 or src.endswith("-tests.yml") else docs[0]
    with open(dst, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True, ensure_ascii=False, default=str)
        f.write("\n")


if __name__ == "__main__":
    main()
