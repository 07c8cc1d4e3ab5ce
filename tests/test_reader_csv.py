"""CSV exports of a sheet or an application: tables one under another under title records,
narrative in single cells, the file's own line numbers in findings."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.engine import audit_document
from audit.readers import read_report
from audit.readers.text import ReaderError

EXPORT = (
    "\ufeffTabel 2.1 Jumlah Sekolah per Kecamatan Tahun 2025;;;;\r\n"
    "No;Kecamatan;SD;SMP;Jumlah\r\n"
    "1;Sukamaju;24;8;32\r\n"
    "2;\"Karang Sari;\nUtara\";18;6;24\r\n"
    "3;Mekarjaya;30;{smp};41\r\n"
    ";Jumlah;72;25;{total}\r\n"
    ";;;;\r\n"
    "Jumlah sekolah seluruhnya 97 unit, terdiri atas 72 SD dan 25 SMP.;;;;\r\n"
)


def _write(tmp_path: Path, text: str, name: str = "lampiran.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_a_semicolon_export_is_read_as_its_tables_and_paragraphs(tmp_path):
    doc = read_report(_write(tmp_path, EXPORT.format(smp="11", total="97")))
    assert doc.kind == "csv"
    [table] = doc.tables
    assert table.caption.startswith("Tabel 2.1")
    assert [r.cells[1].text for r in table.rows] == [
        "Sukamaju", "Karang Sari; Utara", "Mekarjaya", "Jumlah"]
    assert any("terdiri atas 72 SD" in s.text for s in doc.sentences)
    assert audit_document(doc).findings == []


def test_findings_give_the_files_own_line_numbers(tmp_path):
    """The quoted cell over two physical lines does not shift the lines after it."""
    findings = audit_document(read_report(_write(tmp_path, EXPORT.format(smp="11",
                                                                         total="79")))).findings
    assert [(f.rule, f.line, f.stated, f.expected) for f in findings] == [
        ("footing", 7, "79", "97")]


def test_a_comma_export_in_english_format_is_read_with_its_own_delimiter(tmp_path):
    text = ("Table 2.1 Budget\n"
            "Program,Budget,Realization,Absorption (%)\n"
            "Program A,\"1,250,000\",\"1,200,000\",96.00\n"
            "Program B,\"2,000,000\",\"1,900,000\",95.00\n"
            "Total,\"3,250,000\",\"3,100,000\",95.38\n")
    doc = read_report(_write(tmp_path, text))
    [table] = doc.tables
    assert [c.text for c in table.rows[0].cells] == ["Program A", "1,250,000", "1,200,000",
                                                     "96.00"]
    assert audit_document(doc).findings == []


def test_binary_data_named_csv_is_refused_with_a_message(tmp_path):
    path = tmp_path / "rusak.csv"
    path.write_bytes(b"\x00\x01\x02\x03" * 100)
    with pytest.raises(ReaderError, match="rusak.csv"):
        read_report(path)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=999_999), min_size=3, max_size=3),
                min_size=2, max_size=6))
def test_any_exported_table_of_counts_foots_when_its_total_is_their_sum(tmp_path_factory,
                                                                        rows):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Tabel 1.1 Rekapitulasi", "", "", ""])
    writer.writerow(["Uraian", "A", "B", "C"])
    for k, row in enumerate(rows, 1):
        writer.writerow([f"Unit {k}", *row])
    writer.writerow(["Jumlah", *(sum(col) for col in zip(*rows, strict=True))])
    path = _write(tmp_path_factory.mktemp("csv"), out.getvalue())
    doc = read_report(path)
    [table] = doc.tables
    assert [r.figure(1).value for r in table.rows[:-1]] == [row[0] for row in rows]
    assert [f for f in audit_document(doc).findings if f.rule == "footing"] == []
