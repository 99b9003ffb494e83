#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Converts ar-cases.yml (kept unchanged next to this script) to ar-cases.json, which
# tst_authresults reads with QJsonDocument. The conversion is a plain yaml.safe_load +
# json.dump: no case, field or value is changed, added or dropped.
import json
import pathlib
import yaml

here = pathlib.Path(__file__).resolve().parent
data = yaml.safe_load((here / "ar-cases.yml").read_text(encoding="utf-8"))
(here / "ar-cases.json").write_text(
    json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(data["cases"]), "cases")
