#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Converts the ValiMail ARC validation suite (YAML, several scenarios per file) into the JSON that
# tests/core/auth/tst_arcvalimail.cpp reads (the build has no YAML library).
#
#   python3 convert.py [arc-draft-validation-tests.yml] > arc-draft-validation-tests.json
#
# Output: {"source": ..., "tests": [{"scenario", "name", "description", "spec", "cv", "comment",
# "message", "txtRecords": {name: text}}]} in file order. "cv" is the YAML value as a string
# ("None", "Pass", "Fail", or "" for the three cases whose cv is left empty).
import json
import sys

import yaml

path = sys.argv[1] if len(sys.argv) > 1 else "arc-draft-validation-tests.yml"
tests = []
with open(path, encoding="utf-8") as f:
    for scenario in yaml.safe_load_all(f):
        if not scenario:
            continue
        records = {str(k): str(v) for k, v in (scenario.get("txt-records") or {}).items()}
        for name, t in scenario["tests"].items():
            cv = t.get("cv")
            tests.append({
                "scenario": scenario.get("description", ""),
                "name": name,
                "description": t.get("description", ""),
                "spec": str(t.get("spec", "")),
                "cv": "" if cv is None else str(cv),
                "comment": t.get("comment", "") or "",
                "message": t.get("message", "") or "",
                "txtRecords": records,
            })
json.dump({"source": path, "tests": tests}, sys.stdout, indent=1, ensure_ascii=False)
sys.stdout.write("\n")
