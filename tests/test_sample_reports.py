from __future__ import annotations

from pathlib import Path

import pytest

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
