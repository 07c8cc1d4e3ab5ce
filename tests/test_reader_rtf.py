"""RTF reader: a report saved as Rich Text Format read like its DOCX twin (issue 11).

The documents are written here in the RTF Word writes (font table, style sheet, page
header, ``\\trowd ... \\cellx`` row definitions, ``\\listtext`` bullets in the Symbol font),
so no word processor is needed. Content is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks import footing
from audit.readers import read_report
from audit.readers.text import ReaderError

_PROLOGUE = (
    r"{\rtf1\ansi\ansicpg1252\deff0\uc1"
    r"{\fonttbl{\f0\froman Times New Roman;}{\f1\fnil\fcharset2 Symbol;}}"
    r"{\colortbl;\red0\green0\blue0;}"
    r"{\stylesheet{\s0 Normal;}{\s1\outlinelevel0 heading 1;}{\s2 Judul 2;}}"
    r"{\info{\author Penyusun 2024}}"
    r"{\header \pard\plain LKjIP 2025 Halaman {\field{\*\fldinst PAGE}{\fldrslt 7}}\par}"
    "\n")


def _rtf(tmp_path: Path, body: str, name: str = "laporan.rtf") -> Path:
    path = tmp_path / name
    path.write_bytes((_PROLOGUE + body + "}").encode("latin-1"))
    return path


def _row(cells: list[str], edges: list[int], header: bool = False,
         marks: dict[int, str] | None = None) -> str:
    """One table row as Word writes it: definitions, then each cell's paragraph."""
    marks = marks or {}
    defs = r"\trowd" + (r"\trhdr" if header else "") + "".join(
        marks.get(i, "") + rf"\cellx{edge}" for i, edge in enumerate(edges))
    cells_rtf = "".join(rf"\pard\intbl {text}\cell " for text in cells)
    return defs + "\n" + cells_rtf + r"\row" + "\n"


def _staff_table(total: str) -> str:
    # "Golongan" and "Jumlah" merged down over the two header rows; "Jenis Kelamin" one
    # cell as wide as "L" and "P" below it
    head = (_row(["Golongan", "Jenis Kelamin", "Jumlah"], [2000, 6000, 8000], header=True,
                 marks={0: r"\clvmgf", 2: r"\clvmgf"})
            + _row(["", "L", "P", ""], [2000, 4000, 6000, 8000], header=True,
                   marks={0: r"\clvmrg", 3: r"\clvmrg"}))
    edges = [2000, 4000, 6000, 8000]
    return (head + _row(["Golongan IV", "3", "2", "5"], edges)
            + _row(["Golongan III", "17", "21", "38"], edges)
            + _row(["Jumlah", "20", "23", total], edges))


def test_an_rtf_report_is_read_with_headings_lists_and_merged_tables(tmp_path):
    body = (r"\pard\plain\s1\outlinelevel0 BAB I PENDAHULUAN\par"
            r"\pard\plain\s2 1.4 Sumber Daya Manusia\par"
            r"\pard\plain Pegawai berjumlah 43 orang (empat puluh tiga) di Sekar\~Pandan, "
            r"termasuk {\v teks tersembunyi 99 }para pejabat {\deleted 41 }fungsional.\par"
            r"{\listtext\pard\plain\f1 \u61623\'3f\tab}\pard\plain Golongan IV dan III.\par"
            r"\pard\plain Kepala Dinas: Drs. Wayan Sut\'e9ja\par"
            r"\pard\plain Tabel 1.1 Pegawai Menurut Golongan\par" + _staff_table("43")
            + r"\pard\plain Sumber: SIASN\par")
    doc = read_report(_rtf(tmp_path, body))
    assert doc.kind == "rtf"
    assert doc.lines[:6] == [
        "# BAB I PENDAHULUAN", "## 1.4 Sumber Daya Manusia",
        "Pegawai berjumlah 43 orang (empat puluh tiga) di Sekar Pandan, termasuk para "
        "pejabat fungsional.",
        "• Golongan IV dan III.", "Kepala Dinas: Drs. Wayan Sutéja",
        "Tabel 1.1 Pegawai Menurut Golongan"]
    # the page header, font table and document info are no text of the body
    assert not any("Halaman" in line or "Times" in line or "Penyusun" in line
                   for line in doc.lines)
    [table] = doc.tables
    assert table.caption == "Tabel 1.1 Pegawai Menurut Golongan"
    assert table.columns == ["Golongan", "Jenis Kelamin / L", "Jenis Kelamin / P", "Jumlah"]
    assert [r.label for r in table.rows] == ["Golongan IV", "Golongan III", "Jumlah"]
    assert footing.check(doc).findings == []
    assert doc.locations[table.rows[0].line] == {"table": 1, "row": 3}
    # a title merged down is in each header row, the last column's too
    assert "| Golongan | L | P | Jumlah |" in doc.lines


def test_a_wrong_total_in_an_rtf_table_is_found(tmp_path):
    doc = read_report(_rtf(tmp_path, _staff_table("44") + r"\pard\par"))
    [finding] = footing.check(doc).findings
    assert (finding.stated, finding.expected) == ("44", "43")


def test_a_data_table_nested_in_an_rtf_layout_table_is_a_table(tmp_path):
    nested = "".join(
        rf"\pard\intbl\itap2 {a}\nestcell \pard\intbl\itap2 {b}\nestcell "
        r"{\*\nesttableprops\trowd\cellx3000\cellx6000\nestrow}{\nonesttables\par}" "\n"
        for a, b in [("Kegiatan", "Peserta"), ("Diklat PIM", "25"), ("Diklat Teknis", "40"),
                     ("Jumlah", "65")])
    body = (r"\pard\intbl\itap1 Tabel 2.1 Peserta Diklat\par" + nested
            + r"\pard\intbl\itap1 \cell \pard\intbl\itap1 Catatan: data BKPSDM.\cell "
            + r"{\trowd\cellx6000\cellx9000\row}" + "\n" + r"\pard\par")
    doc = read_report(_rtf(tmp_path, body))
    [table] = doc.tables
    assert [r.label for r in table.rows] == ["Diklat PIM", "Diklat Teknis", "Jumlah"]
    assert "Tabel 2.1 Peserta Diklat" in doc.lines
    assert "Catatan: data BKPSDM." in doc.lines
    assert footing.check(doc).findings == []


def test_a_file_named_rtf_that_is_none_is_a_clear_error(tmp_path):
    path = tmp_path / "laporan.rtf"
    path.write_text("Laporan Kinerja 2025\n", encoding="utf-8")
    with pytest.raises(ReaderError, match="not a report file"):
        read_report(path)
    from audit.readers.rtf import render_rtf
    with pytest.raises(ReaderError, match="not a valid RTF document"):
        render_rtf(path)


_RTF_PIECES = st.sampled_from([
    "{", "}", r"\par ", r"\cell ", r"\row ", r"\nestcell ", r"\nestrow ", r"\trowd",
    r"\cellx2000", r"\clvmgf", r"\clvmrg", r"\clmrg", r"\intbl ", r"\itap2 ", r"\pard",
    r"\u-3913\'3f", r"\'e9", r"\*\nesttableprops", r"\uc0", r"\bin5 ", r"\stylesheet",
    r"\s1 ", r"\outlinelevel0 ", " 1.250 ", "Jumlah ", "\\"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_RTF_PIECES, max_size=60))
def test_any_rtf_stream_reads_or_is_a_clear_error(tmp_path_factory, pieces):
    path = tmp_path_factory.mktemp("rtf") / "acak.rtf"
    path.write_bytes((r"{\rtf1\ansi " + "".join(pieces) + "}").encode("latin-1"))
    try:
        read_report(path)
    except ReaderError as exc:
        assert "\n" not in str(exc)


@given(st.lists(st.text(alphabet="abcdefghij klmnopqrstuvwxyz0123456789.,", min_size=1,
                        max_size=40).filter(lambda t: t.strip()), min_size=1, max_size=5))
def test_plain_rtf_paragraphs_come_out_as_lines(tmp_path_factory, paragraphs):
    path = tmp_path_factory.mktemp("rtf") / "paragraf.rtf"
    body = "".join(rf"\pard {text}\par" + "\n" for text in paragraphs)
    path.write_bytes((r"{\rtf1\ansi " + body + "}").encode("latin-1"))
    lines = [line for line in read_report(path).lines if line]
    assert lines == [" ".join(text.split()) for text in paragraphs]
