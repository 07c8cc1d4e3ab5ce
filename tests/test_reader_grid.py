"""Grid and simple tables, as pandoc writes them from a Word document
(``pandoc -f docx -t markdown``): cells wrapped over several lines between ``+---+`` borders,
the header closed by ``+===+``; short tables as dash runs under a header line."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.engine import audit_document
from audit.readers.text import parse_text

GRID = """\
Tabel 2.2 Pagu Anggaran per Program Tahun 2025

+---------+------------------------------+------------------+
| Kode    | Program                      | Pagu Perubahan   |
+=========+==============================+==================+
| 2.16.01 | Program Penunjang Urusan     | Rp               |
|         | Pemerintahan Daerah          | 7.168.256.000    |
+---------+------------------------------+------------------+
| 2.16.02 | Program Informasi dan        | Rp               |
|         | Komunikasi Publik            | 2.874.150.000    |
+---------+------------------------------+------------------+
|         | Jumlah                       | Rp               |
|         |                              | {total:<17}|
+---------+------------------------------+------------------+

Pagu seluruh program tersebut disajikan di atas.
"""


def test_a_grid_tables_wrapped_cells_join_their_row():
    doc = parse_text(GRID.format(total="10.042.406.000"), "laporan.md")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.caption.startswith("Tabel 2.2")
    assert table.columns == ["Kode", "Program", "Pagu Perubahan"]
    assert [r.cells[1].text for r in table.rows] == [
        "Program Penunjang Urusan Pemerintahan Daerah", "Program Informasi dan Komunikasi Publik",
        "Jumlah"]
    first = table.rows[0]
    amount = first.cells[2]
    assert amount.text == "Rp 7.168.256.000"
    assert amount.line == 7  # the line the figure is printed on, below its "Rp"
    # the borders and wrapped lines are no prose
    assert all("Rp" not in s.text for s in doc.sentences)


def test_a_grid_total_that_does_not_foot_is_found_where_it_is_printed():
    findings = audit_document(parse_text(GRID.format(total="10.024.406.000"),
                                         "laporan.md")).findings
    assert [(f.rule, f.stated, f.expected) for f in findings] == [
        ("footing", "Rp 10.024.406.000", "Rp 10.042.406.000")]
    assert findings[0].line == 13  # the line of the total's figure
    assert audit_document(parse_text(GRID.format(total="10.042.406.000"),
                                     "laporan.md")).findings == []


SIMPLE = """\
Tabel 3.5 Dataset Statistik Sektoral Tahun 2025

  No   Kelompok Data                      Dataset  Dipublikasikan       %
  ---- -------------------------------- --------- -------------- -------
  1.   Pemerintahan umum                       38             31   81,58
  2.   Ekonomi dan perdagangan                 46             33   71,74
       Jumlah                                  84             {pub}   76,19

Sebagian besar dataset telah dipublikasikan.
"""


def test_a_simple_tables_columns_are_its_dash_runs():
    doc = parse_text(SIMPLE.format(pub="64"), "laporan.md")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.columns == ["No", "Kelompok Data", "Dataset", "Dipublikasikan", "%"]
    assert table.rows[-1].label == "Jumlah"
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(SIMPLE.format(pub="46"), "laporan.md")).findings
    assert ("footing", "46", "64") in {(f.rule, f.stated, f.expected) for f in broken}


_WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


def _grid(header: list[str], rows: list[list[str]], widths: list[int]) -> str:
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border]
    for n, row in enumerate([header, *rows]):
        wrapped = [textwrap.wrap(cell, w) or [""] for cell, w in zip(row, widths, strict=True)]
        for k in range(max(len(w) for w in wrapped)):
            out.append("|" + "|".join(f" {(w[k] if k < len(w) else ''):<{width}} "
                                      for w, width in zip(wrapped, widths, strict=True)) + "|")
        out.append(border.replace("-", "=") if n == 0 else border)
    return "\n".join(out)


@settings(max_examples=60, deadline=None)
@given(labels=st.lists(st.lists(_WORDS, min_size=1, max_size=6).map(" ".join),
                       min_size=2, max_size=5),
       values=st.lists(st.integers(1, 10**9), min_size=5, max_size=5),
       width=st.integers(10, 30))
def test_any_grid_table_reads_back_cell_for_cell(labels, values, width):
    rows = [[label, f"{v:,}".replace(",", ".")] for label, v in zip(labels, values, strict=False)]
    text = "Uraian rincian berikut.\n\n" + _grid(["Uraian", "Nilai"], rows, [width, 13]) + "\n"
    doc = parse_text(text, "x.md")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.columns == ["Uraian", "Nilai"]
    assert [[c.text for c in r.cells] for r in table.rows] == rows


MULTILINE = """\
Tabel 3.3 Perbandingan Realisasi Pendapatan Daerah Tahun 2024 dan 2025

  ----------------------------------------------------------------------------
  Uraian                        Realisasi 2024   Realisasi 2025   Kenaikan
  ----------------------------- ---------------- ---------------- ------------
                                                                  Rp

  Pajak Daerah                  92.418.336       101.246.873      8.828.537

  Retribusi Daerah              41.206.774       39.884.215       (1.322.559)

  Hasil Pengelolaan Kekayaan    7.985.210        8.617.452        632.242
  Daerah yang Dipisahkan

  Jumlah Pendapatan Asli Daerah {pad:<16} 149.748.540      8.138.220

  Pendapatan Transfer           1.358.905.114    1.387.277.409    28.372.295

  JUMLAH PENDAPATAN DAERAH      1.500.515.434    1.537.025.949    36.510.515
  ----------------------------------------------------------------------------

Pendapatan daerah disajikan di atas.
"""


def test_a_multiline_tables_rows_are_the_groups_between_blank_lines():
    """``pandoc -t plain`` of a Word table: a rule, the header, dash runs giving each
    column's extent, rows separated by blank lines, a wrapped label joined to its row and a
    second header row (printed as the first body row) joined to the header."""
    doc = parse_text(MULTILINE.format(pad="141.610.320"), "laporan.txt")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.caption.startswith("Tabel 3.3")
    labels = [r.cells[0].text for r in table.rows]
    assert labels[0] == "Pajak Daerah"  # the "Rp" line under the header is no row
    assert labels[2] == "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan"
    assert table.rows[3].cells[1].text == "141.610.320"  # not fused into the label
    assert [r.kind for r in table.rows] == ["data", "data", "data", "total", "data", "total"]
    assert audit_document(doc).findings == []


def test_a_multiline_tables_wrong_subtotal_is_found_and_the_grand_total_still_foots():
    findings = audit_document(parse_text(MULTILINE.format(pad="141.601.320"),
                                         "laporan.txt")).findings
    # one finding, on the subtotal's line, naming the misprinted amount and its sum; the
    # grand total below (which adds the subtotal's parts correctly) is not flagged
    assert [f.line for f in findings] == [15]
    assert "141.601.320" in findings[0].message and "141.610.320" in findings[0].message
