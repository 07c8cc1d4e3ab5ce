"""malformed_figure: a figure with no single reading is reported with its readings."""

from __future__ import annotations

import re
import textwrap

import pytest

from audit.checks import malformed_figure, rule_by_id
from audit.engine import audit_document
from audit.figures import malformed_reading
from audit.findings import Severity
from audit.readers.text import parse_text


def _audit(text: str):
    doc = parse_text(textwrap.dedent(text).lstrip("\n"), "x.md")
    return audit_document(doc).findings


def _malformed(text: str):
    return [f for f in _audit(text) if f.rule == "malformed_figure"]


_BUDGET = """
    Tabel 3.5 Realisasi Anggaran

    | Kode | Kegiatan | Pagu (Rp) | Realisasi (Rp) |
    |---|---|---|---|
    | 2.09.01 | Program Penunjang | 4.500.000 | 4.250.000 |
    | 2.09.01.2.01 | Perencanaan | {pagu} | 2.000.000 |
    | 2.09.01.2.02 | Administrasi | 1.500.000 | 1.250.000 |
    """


def test_a_group_of_four_digits_in_a_table_is_reported_with_both_readings():
    (finding,) = _malformed(_BUDGET.format(pagu="3.000.0000"))
    assert finding.severity is Severity.MINOR
    assert finding.stated == "3.000.0000"
    assert finding.expected == "30.000.000 atau 3.000.000"
    assert finding.line == 6
    assert finding.table == "Tabel 3.5 Realisasi Anggaran"
    assert finding.message == (
        "Angka '3.000.0000' (baris 6, kolom 'Pagu (Rp)') tidak lazim: kelompok digit terakhir "
        "4 angka; dibaca 30.000.000 atau 3.000.000?")


@pytest.mark.parametrize(
    ("pagu", "expected", "reason"),
    [
        ("12.34.567", "1.234.567", "kelompok digit kedua 2 angka"),
        ("1.234.56", "1.234,56 atau 123.456", "kelompok digit terakhir 2 angka"),
        ("1.2345.678", "12.345.678", "kelompok digit kedua 4 angka"),
        ("1.234,567.890", "1.234.567,890 atau 1.234.567.890", "tanda titik dan koma bercampur"),
        ("Rp 3.000.0000,-", "30.000.000 atau 3.000.000", "kelompok digit terakhir 4 angka"),
    ],
)
def test_other_malformed_cells(pagu, expected, reason):
    (finding,) = _malformed(_BUDGET.format(pagu=pagu))
    assert finding.stated == pagu
    assert finding.expected == expected
    assert reason in finding.message


def test_a_malformed_figure_in_the_first_row_is_not_lost_in_the_header():
    text = _BUDGET.replace("| 2.09.01 | Program Penunjang | 4.500.000 |",
                           "| 2.09.01 | Program Penunjang | 4.500.0000 |")
    (finding,) = _malformed(text.format(pagu="3.000.000"))
    assert (finding.stated, finding.line) == ("4.500.0000", 5)
    assert finding.expected == "45.000.000 atau 4.500.000"


def test_a_lost_digit_is_named_as_the_other_reading():
    (finding,) = _malformed(_BUDGET.format(pagu="12.34.567"))
    assert finding.message.endswith("dibaca 1.234.567 atau ada angka yang hilang?")


@pytest.mark.parametrize("pagu", ["3.000.000", "3.OOO.000", "3.000.000.", "3. 000.000",
                                  "3 .000.000", "3.l00.000"])
def test_well_formed_and_repaired_cells_pass(pagu):
    assert _malformed(_BUDGET.format(pagu=pagu)) == []


def test_a_repaired_cell_takes_part_in_the_arithmetic():
    text = """
        Tabel 1 Pegawai

        | Unit | Jumlah (orang) |
        |---|---|
        | Sekretariat | 1.2O0 |
        | Bidang A | 3O0 |
        | Bidang B | 1.50O |
        | Jumlah | 3.000 |
        """
    assert _audit(text) == []
    broken = text.replace("| Jumlah | 3.000 |", "| Jumlah | 3.100 |")
    (footing,) = [f for f in _audit(broken) if f.rule == "footing"]
    assert footing.expected == "3.000"


def test_ocr_letters_that_cannot_be_repaired_are_reported_among_figures():
    text = """
        Tabel 1 Pegawai

        | Unit | Jumlah (orang) |
        |---|---|
        | Sekretariat | 1.200 |
        | Bidang A | 3OO |
        | Bidang B | 1.500 |
        | Jumlah | 3.000 |
        """
    (finding,) = _malformed(text)
    assert (finding.stated, finding.expected) == ("3OO", "300")
    assert "huruf 'O' di tempat angka" in finding.message


def test_a_column_of_codes_is_not_a_column_of_figures():
    text = """
        Tabel 2.2 Program

        | No | Kode | Uraian | Pagu (Rp) |
        |---|---|---|---|
        | 1 | 1.02.001 | Program A | 1.000.000 |
        | 2 | 1.02.02.2.01 | Kegiatan B | 2.000.000 |
        | 3 | 2.07. 01 | Kegiatan C | 3.000.000 |
        | 4 | 2.07.01.2.01 | Sub kegiatan | 3.000.000 |
        """
    assert _malformed(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Laporan ini disusun pada tanggal 01.02.2025 di Blitar.",
        "Kegiatan 1.02.02.2.01 Penyusunan Dokumen dengan pagu Rp 1.000.000.",
        "Program 2.07. 01 Penunjang Urusan dilaksanakan sepanjang 2024.",
        "Kode program 1.02.001 Program Penunjang tercantum di DPA.",
        "Nomor SP DIPA-019.10.2.579337/2022 tanggal 30.11.2021 telah disahkan.",
        "NIP. 19780512 200312 1 003 dan telepon (0342) 801.234 atau 0812.3456.7890.",
        "Aplikasi versi 2.10.1 dan 1.234.5 dirilis di alamat 192.168.100.1.",
        "Sub bab 3.1.2 membahas capaian; lihat juga 3.1.10 dan 4.2.100.",
        "Sebanyak 1.2O0.000 orang dan 1.234. orang terlayani.",
    ],
)
def test_dates_codes_and_numbers_that_are_not_figures_are_not_reported(sentence):
    assert _malformed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "stated", "expected"),
    [
        ("Pagu kegiatan sebesar Rp 3.000.0000 untuk tahun 2025.", "Rp 3.000.0000",
         "30.000.000 atau 3.000.000"),
        ("Tenaga kesehatan yang dilatih sebanyak 12.34.567 orang.", "12.34.567", "1.234.567"),
        ("Serapan anggaran menjadi 1.234.56% dari target.", "1.234.56",
         "1.234,56 atau 123.456"),
    ],
)
def test_a_malformed_amount_in_prose_is_reported(sentence, stated, expected):
    (finding,) = _malformed(sentence)
    assert (finding.stated, finding.expected, finding.line) == (stated, expected, 1)
    assert finding.message.startswith(f"Angka '{stated}' (baris 1) tidak lazim: ")


def test_prose_does_not_read_a_malformed_figure_one_way():
    doc = parse_text("Pagu kegiatan sebesar Rp 3.000.0000 untuk tahun 2025.", "x.md")
    assert [f.figure.text for f in doc.sentences[0].figures] == ["2025"]


@pytest.mark.parametrize("text", ["01.02.2025", "1.02.02.2.01", "2.07.01", "192.168.1.1",
                                  "1,2,3", "0812.3456.7890", "019.10.2.579337", "1.02.001",
                                  "3.000.000", "1.234,56", "12.34", "1.2.3"])
def test_shapes_that_are_not_malformed_figures(text):
    assert malformed_reading(text) is None


def _doc_example(verdict: str) -> str:
    doc = malformed_figure.__doc__ or ""
    m = re.search(rf"{verdict}[^\n]*::\n\n((?:    .*\n|\n)+)", doc)
    assert m, verdict
    return textwrap.dedent(m.group(1))


def test_the_docstring_examples_hold():
    rule = rule_by_id("malformed_figure")
    assert rule is not None and rule.severity is Severity.MINOR
    assert malformed_figure.check(parse_text(_doc_example("Passes"), "x.md")).findings == []
    fails = malformed_figure.check(parse_text(_doc_example("Fails"), "x.md")).findings
    assert [f.stated for f in fails] == ["3.000.0000"]
