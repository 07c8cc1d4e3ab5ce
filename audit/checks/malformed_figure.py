"""malformed_figure: a printed figure that has no single reading is reported, not guessed.

Text extracted from PDFs and OCR output damages figures. Damage that leaves one reading is
repaired when the figure is read (``1.O00``, ``12 .500``, ``1.234.`` at the end of a
sentence; see ``audit.figures``). What is left has the shape of a figure with one slip and
two readings: a digit group of the wrong length (``3.000.0000``: 30.000.000 or 3.000.000?
``1.234.56``: 1.234,56 or 123.456?) or ``.`` and ``,`` mixed (``1.234,567.890``). Such a
figure would otherwise drop out of every total silently, or be read one way without a word.

Where: a table cell in a column of figures (not a column of codes), and a number in running
text whose context says it is an amount (``Rp`` before it, ``%`` or a counted noun such as
``orang`` after it, or ``sebesar``/``sebanyak``/``menjadi`` before it). Dates
(``01.02.2025``), budget codes (``1.02.02.2.01``, ``2.07. 01``), DIPA numbers, versions and
addresses have two or more odd groups or a leading zero and are never reported.

``stated`` is the printed text; ``expected`` the likeliest reading(s).

A cell among figures whose OCR letters could not be repaired (``3OO``: no digit after the
``O``) is reported the same way, with the reading the letters as digits give.

Severity: ``minor`` (a formatting fault that hides what the figure is).

Passes (``1.O00`` is OCR's 1.000 and is read so)::

    | Kegiatan | Pagu (Rp) |
    |---|---|
    | Kegiatan A | 2.500.000 |
    | Kegiatan B | 1.O00.000 |
    | Kegiatan C | 1.000.000 |

Fails (the last digit group has four digits: 30.000.000 or 3.000.000?)::

    | Kegiatan | Pagu (Rp) |
    |---|---|
    | Kegiatan A | 2.500.000 |
    | Kegiatan B | 3.000.0000 |
    | Kegiatan C | 1.000.000 |
"""

from __future__ import annotations

import re

from audit.checks.base import Rule, column_label
from audit.figures import Malformed, find_malformed, malformed_cell
from audit.findings import CheckResult, Finding, Severity
from audit.model import Cell, Document, Table

DOC_ID = """malformed_figure: angka tercetak tanpa satu bacaan tunggal dilaporkan, tidak ditebak.

Teks hasil ekstraksi PDF dan keluaran OCR merusak angka. Kerusakan yang hanya menyisakan satu
bacaan diperbaiki pada saat angka dibaca (``1.O00``, ``12 .500``, ``1.234.`` di akhir
kalimat; lihat ``audit.figures``). Yang tersisa berbentuk angka dengan satu kekeliruan dan dua
kemungkinan bacaan: kelompok digit dengan panjang yang salah (``3.000.0000``: 30.000.000 atau
3.000.000? ``1.234.56``: 1.234,56 atau 123.456?) atau ``.`` dan ``,`` yang bercampur
(``1.234,567.890``). Tanpa pemeriksaan ini, angka semacam itu akan hilang begitu saja dari
setiap penjumlahan, atau dibaca dengan satu cara tanpa keterangan apa pun.

Cakupan: sel tabel dalam kolom angka (bukan kolom kode), dan bilangan dalam teks yang
konteksnya menunjukkan bahwa bilangan itu suatu besaran (``Rp`` di depannya, ``%`` atau kata
benda hitungan seperti ``orang`` di belakangnya, atau ``sebesar``/``sebanyak``/``menjadi`` di
depannya). Tanggal (``01.02.2025``), kode anggaran (``1.02.02.2.01``, ``2.07. 01``), nomor
DIPA, nomor versi dan alamat memiliki dua atau lebih kelompok digit yang janggal atau nol di
depan, dan tidak pernah dilaporkan.

``stated`` adalah teks yang tercetak; ``expected`` adalah bacaan yang paling mungkin.

Sel di antara angka yang huruf hasil OCR-nya tidak dapat diperbaiki (``3OO``: tidak ada digit
setelah ``O``) dilaporkan dengan cara yang sama, dengan bacaan yang diperoleh apabila huruf
tersebut dibaca sebagai digit.

Tingkat keparahan: ``minor`` (kesalahan format yang mengaburkan nilai angka tersebut).

Lolos (``1.O00`` adalah 1.000 hasil OCR dan dibaca demikian)::

    | Kegiatan | Pagu (Rp) |
    |---|---|
    | Kegiatan A | 2.500.000 |
    | Kegiatan B | 1.O00.000 |
    | Kegiatan C | 1.000.000 |

Gagal (kelompok digit terakhir terdiri atas empat digit: 30.000.000 atau 3.000.000?)::

    | Kegiatan | Pagu (Rp) |
    |---|---|
    | Kegiatan A | 2.500.000 |
    | Kegiatan B | 3.000.0000 |
    | Kegiatan C | 1.000.000 |
"""

RULE_ID = "malformed_figure"

# A cell holding a dotted code with several parts that are not thousands groups (2.09.01,
# 1.02.02.2.01): a column that holds such codes is a column of codes, whatever else it holds.
_CODE_RE = re.compile(r"^\d+(?:\.\d+){2,}\.?(?:\s|$)")


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    for table in doc.tables:
        for column in _figure_columns(table):
            name = table.columns[column] if column < len(table.columns) else column
            for row in table.rows:
                cell = row.cell(column)
                if cell is None or cell.figure is not None or not cell.text:
                    continue
                found = malformed_cell(cell.text)
                if found is None:
                    continue
                where = f"baris {cell.line}, {column_label(table, column)}"
                result.failed(_finding(found, cell.line, where, table.caption,
                                       f"{row.label}|{name}"))
            # A row whose only figure is unreadable can be taken for a header row (the table
            # goes on below it as if it started there): look there too, so the figure is not
            # lost with the row. Its column is named by the table it interrupted.
            for cell in _header_cells(table, column):
                found = malformed_cell(cell.text) if cell.figure is None else None
                if found is not None:
                    above = _interrupted(doc, table, cell.line)
                    where = f"baris {cell.line}, " + (
                        column_label(above, column) if above else f"kolom ke-{column + 1}")
                    caption = above.caption if above else table.caption
                    result.failed(_finding(found, cell.line, where, caption,
                                           f"header|{cell.text}"))
    for sentence in doc.sentences:
        for found in find_malformed(sentence.text):
            result.failed(_finding(found, sentence.line, f"baris {sentence.line}", None,
                                   found.text))
    return result


def _figure_columns(table: Table) -> list[int]:
    """Columns where most body cells are figures and none is a dotted code: there a cell
    that is almost a figure is a damaged figure, not a code or a label."""
    out = []
    by_column: dict[int, list[Cell]] = {}
    for row in table.rows:  # one pass over the cells there are, not width × rows
        for c in row.cells:
            if c.text:
                by_column.setdefault(c.column, []).append(c)
    for column in sorted(by_column):
        cells = by_column[column]
        read = sum(1 for c in cells if c.figure is not None)
        # The malformed cells count as figures too, so that two of them in a short column
        # do not hide each other (nor one taken for a header row); but one figure must read.
        almost = sum(1 for c in cells + _header_cells(table, column)
                     if c.figure is None and malformed_cell(c.text))
        if not read or read + almost < 2 or (read + almost) * 2 <= len(cells):
            continue
        if any(_is_code(c.text) for c in cells):
            continue
        out.append(column)
    return out


def _interrupted(doc: Document, table: Table, line: int) -> Table | None:
    """The table of the same width that ends on the line above ``line``: the one a row
    taken for a header really belongs to."""
    return next((t for t in doc.tables if t is not table and t.width == table.width
                 and t.last_line == line - 1), None)


def _header_cells(table: Table, column: int) -> list[Cell]:
    return [h[column] for h in table.header if column < len(h) and h[column].text]


def _is_code(text: str) -> bool:
    m = _CODE_RE.match(text.strip())
    if not m:
        return False
    groups = m.group(0).strip().rstrip(".").split(".")
    return sum(1 for g in groups[1:] if len(g) != 3) >= 2


def _finding(found: Malformed, line: int, where: str, table: str | None,
             anchor: str) -> Finding:
    readings = [r.text for r in found.readings]
    if found.doubt:
        readings.append(found.doubt)
    message = (f"Angka '{found.text}' ({where}) tidak lazim: {found.reason}; "
               + (f"dibaca {' atau '.join(readings)}?" if found.readings
                  else "angka ini tidak dinilai."))
    return Finding(
        rule=RULE_ID,
        severity=Severity.MINOR,
        line=line,
        stated=found.text,
        expected=" atau ".join(r.text for r in found.readings),
        message=message,
        table=table,
        anchor=anchor,
    )


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MINOR,
    summary="Angka yang bentuknya rusak (kelompok digit, titik dan koma) dilaporkan dengan "
            "kemungkinan bacaannya, tidak ditebak.",
    summary_en=("A figure whose form is damaged (digit groups, dots and commas) is reported with "
                "its possible readings, not guessed."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
