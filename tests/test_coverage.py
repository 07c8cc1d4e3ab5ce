"""Coverage: an audit that could not read a report's tables says so, in every output format,
and fails the default gate instead of passing the report as clean."""

from __future__ import annotations

import json

import pytest

from audit.coverage import measure
from audit.engine import audit_document
from audit.readers.text import parse_text

# A report pasted from a viewer that lost every column: figures everywhere, no table.
_ROWS = "\n".join(
    f"Indikator kinerja nomor {i} mencapai realisasi {100 + i},{i:02d} dari target {95 + i},00"
    f" sehingga capaiannya {i + 3},{i:02d} persen." for i in range(1, 16))
UNREAD = f"LAPORAN KINERJA 2025\n\nTabel 3.1 Capaian Kinerja\n\n{_ROWS}\n"

READ = """\
Tabel 1.1 Pegawai

| Jabatan | L | P | Jumlah |
|---|---|---|---|
| Struktural | 4 | 3 | 7 |
| Fungsional | 10 | 12 | 22 |
| Pelaksana | 6 | 5 | 11 |
| Jumlah | 20 | 20 | 40 |
"""


def test_measure_counts_tables_and_figures():
    doc = parse_text(READ, "x.md")
    audit_document(doc)
    cov = measure(doc)
    assert (cov.tables, cov.tables_checked) == (1, 1)
    assert cov.table_figures == 12 and cov.table_figures_checked == 12


def test_report_without_a_readable_table_gets_a_major_coverage_finding():
    report = audit_document(parse_text(UNREAD, "x.txt"))
    rules = [(f.rule, f.severity.label) for f in report.findings]
    assert ("coverage", "major") in rules
    assert report.coverage is not None and report.coverage.tables_checked == 0


def test_a_small_note_with_few_figures_is_not_flagged():
    report = audit_document(parse_text("Rapat dilaksanakan 3 kali pada tahun 2025.\n", "x.txt"))
    assert [f.rule for f in report.findings] == []


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html", "sarif", "github"])
def test_coverage_finding_fails_the_default_gate_in_every_format(run, tmp_path, fmt):
    (tmp_path / "laporan.txt").write_text(UNREAD, encoding="utf-8")
    result = run("check", "laporan.txt", "--format", fmt)
    assert result.exit_code == 1
    assert "coverage" in result.output


def test_json_carries_a_coverage_object_per_document(run, tmp_path):
    (tmp_path / "laporan.md").write_text(READ, encoding="utf-8")
    result = run("check", "laporan.md", "--format", "json")
    doc = json.loads(result.output)["documents"][0]
    assert doc["coverage"]["tables"] == 1
    assert doc["coverage"]["tables_checked"] == 1
    assert doc["format"] == "text"


def test_most_captioned_tables_unread_is_a_coverage_finding(read):
    from audit.checks import coverage

    readable = "| Unit | Jumlah |\n|---|---|\n" + "".join(
        f"| Unit {k} | {k * 37} |\n" for k in range(1, 30))
    unreadable = "Tabel {n} Rincian\nKolom A\n12\nKolom B\n\n"
    text = "Tabel 1.1 Pegawai\n\n" + readable + "\n" + "".join(
        unreadable.format(n=f"3.{k}") for k in range(1, 5))
    [finding] = coverage.check(read(text)).findings
    assert "4 dari 5 tabel berjudul tidak terbaca" in finding.message
