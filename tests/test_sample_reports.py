from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from audit.checks import RULES
from audit.engine import audit_document
from audit.readers import read_report

SAMPLES = Path(__file__).resolve().parent.parent / "sample_reports"
CLEAN = sorted(p for p in SAMPLES.glob("*") if p.suffix in (".md", ".txt")
               and p.name != "README.md"
               and not p.with_name(p.stem + ".expected.json").exists())


@pytest.mark.parametrize("path", CLEAN, ids=[p.name for p in CLEAN])
def test_clean_twins_produce_no_finding(path):
    report = audit_document(read_report(path))
    assert report.findings == []
    assert report.performed > 20


SEEDED = sorted(p for p in SAMPLES.glob("*") if p.suffix in (".md", ".txt")
                and p.with_name(p.stem + ".expected.json").exists())


def _key(path: Path) -> list[dict]:
    return json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", SEEDED, ids=[p.name for p in SEEDED])
def test_seeded_reports_produce_exactly_their_answer_key(path):
    report = audit_document(read_report(path))
    found = sorted((f.line, f.rule, f.severity.label) for f in report.findings)
    expected = sorted((e["line"], e["rule"], e["severity"]) for e in _key(path))
    assert found == expected


def test_every_rule_is_seeded_at_least_twice():
    # coverage judges a whole document, not a figure that can be seeded; test_coverage.py
    # covers it on reports whose tables cannot be read
    counts = Counter(e["rule"] for path in SEEDED for e in _key(path))
    assert len(SEEDED) >= 5
    assert {rule.id for rule in RULES if counts[rule.id] < 2 and not rule.runs_last} == set()
