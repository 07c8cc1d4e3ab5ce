from __future__ import annotations

import json
import textwrap

from audit.checks import RULES
from audit.engine import audit_document
from audit.readers.text import parse_text
from audit.render import sarif

REPORT = """\
Tabel 5 Peserta
| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju | 1.064 |
| 2 | Wanasari  | 176 |
| Jumlah | | 1.260 |

Tabel 6 Anggaran
| No | Kegiatan | Anggaran (Rp) |
|---|---|---|
| 1 | Pelatihan | 1.420.500.000 |
| 2 | Sertifikasi | 6.915.250.000 |
| Jumlah | | 8.335.850.000 |
"""


def sarif_of(text: str, path: str = "laporan/lkjip 2025.md") -> dict:
    report = audit_document(parse_text(textwrap.dedent(text), path))
    return json.loads(sarif.render([report])), report


def test_sarif_run_has_driver_rules_and_results():
    data, report = sarif_of(REPORT)
    assert data["version"] == "2.1.0"
    assert "sarif" in data["$schema"]
    [run] = data["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "audit"
    assert driver["version"]
    rule_ids = [r["id"] for r in driver["rules"]]
    assert {r.id for r in RULES} | {"rounding"} <= set(rule_ids)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    rounding = next(r for r in driver["rules"] if r["id"] == "rounding")
    assert rounding["defaultConfiguration"]["level"] == "warning"

    results = [r for r in run["results"] if r["ruleId"] == "footing"]
    by_line = {r["locations"][0]["physicalLocation"]["region"]["startLine"]: r for r in results}
    assert set(by_line) == {6, 13}
    assert by_line[6]["level"] == "error"  # major
    assert by_line[13]["level"] == "error"  # critical
    loc = by_line[6]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "laporan/lkjip%202025.md"
    assert "1.260" in by_line[6]["message"]["text"]
    ids = {f.line: f.fingerprint(report.document.lines) for f in report.findings}
    assert by_line[6]["partialFingerprints"] == {"auditFinding/v1": ids[6]}
    assert driver["rules"][by_line[6]["ruleIndex"]]["id"] == "footing"


def test_sarif_levels_by_severity():
    from audit.findings import Severity

    assert sarif.LEVELS[Severity.CRITICAL] == "error"
    assert sarif.LEVELS[Severity.MAJOR] == "error"
    assert sarif.LEVELS[Severity.MINOR] == "warning"
    assert sarif.LEVELS[Severity.INFO] == "note"


def test_sarif_without_findings_is_still_valid():
    data, _ = sarif_of("Tidak ada tabel di sini.\n")
    assert data["runs"][0]["results"] == []
    assert data["runs"][0]["tool"]["driver"]["rules"]
