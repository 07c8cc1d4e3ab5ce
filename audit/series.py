"""Year series that two tables print of one quantity, matched by their values.

``| Nilai realisasi investasi | Rp miliar | 1.021,36 | 1.146,82 | 1.318,48 |`` under
``Realisasi 2023 | 2024 | 2025`` and, in another table, the rows ``2023 | 905,14 | 107,22 |
1.012,36`` ... under ``Tahun | PMDN | PMA | Jumlah``: the same series, one table by year
columns, the other by year rows, named differently. Names do not tie them; their values do.
Two series from different tables that print the same figure (same digits, same decimals,
three significant digits at least) for two years or more (one, when one series' name is all
in the other's name and caption), and for exactly one other year figures one typing slip
apart (a digit changed, two swapped, one dropped or added), print one quantity with a slip in
one of them.

Which one slipped is what the rest of the report says: the value printed more often (in
tables and prose) stands; with as many witnesses on each side, a cell its own row adds up to
(``PMDN + PMA = Jumlah``) stands. Otherwise no verdict.

A series by year columns takes the columns whose title names one year and no plan or budget
word (``Realisasi 2024``, ``2025``; not ``Target Renstra 2026``, ``Pagu 2025``, ``Capaian
2025 (%)``); a series by year rows takes each numeric column of the rows labelled by a year
alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from audit.checks.near_miss import digits_of, slips
from audit.facts import YEAR_RE, name_tokens
from audit.figures import Figure
from audit.model import Cell, Document, Row, Table

MIN_EQUAL = 2  # years the two series must print alike
MIN_DIGITS = 3  # significant digits of a value that ties two series (not 1, 2, 100)
# column titles of another quantity than the year's actual value
_NOT_ACTUAL_RE = re.compile(r"target|renstra|rpjmd|rencana|proyeksi|pagu|anggaran|capaian|"
                            r"pertumbuhan|kenaikan|perubahan|selisih|%|persen|rasio",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Series:
    table: Table
    name: str  # the row label, or the column title
    cells: dict[str, tuple[Row, Cell]]  # year -> where its value is printed


@dataclass(frozen=True)
class SeriesSlip:
    """Two series alike but for one year; ``wrong`` is the cell that slipped."""

    wrong: tuple[Series, Row, Cell]
    right: tuple[Series, Row, Cell]
    year: str
    equal_years: tuple[str, ...]


def series_slips(doc: Document, printed: dict[Decimal, int]) -> Iterator[SeriesSlip]:
    """The slips between year series (see the module's doc). ``printed`` counts how often
    each value is printed in the document."""
    all_series = [s for t in doc.tables for s in _series(t)]
    by_value: dict[tuple[Decimal, int], list[Series]] = {}
    for s in all_series:
        for _, cell in s.cells.values():
            fig = cell.figure
            if fig is not None and _distinctive(fig):
                by_value.setdefault((fig.value, fig.decimals), []).append(s)
    seen: set[tuple[int, int]] = set()
    for sharing in by_value.values():
        for a in sharing:
            for b in sharing:
                if a.table is b.table or (id(b), id(a)) in seen or (id(a), id(b)) in seen:
                    continue
                seen.add((id(a), id(b)))
                slip = _compare(a, b, printed)
                if slip is not None:
                    yield slip


def _series(table: Table) -> list[Series]:
    out = []
    year_columns = {}
    for c, title in enumerate(table.columns):
        years = set(YEAR_RE.findall(title))
        if len(years) == 1 and not _NOT_ACTUAL_RE.search(title):
            year_columns[c] = years.pop()
    if len(set(year_columns.values())) >= 2 and len(set(year_columns.values())) == \
            len(year_columns):
        for row in table.rows:
            cells = {y: (row, cell) for c, y in year_columns.items()
                     if (cell := row.cell(c)) is not None and cell.figure is not None
                     and not cell.figure.dash}
            if len(cells) >= 2 and row.label.strip():
                out.append(Series(table, row.label.strip(), cells))
    year_rows = [(y, r) for r in table.rows if r.cells
                 and (y := _year_label(r.cells[0].text)) is not None]
    if len(year_rows) >= 2 and len({y for y, _ in year_rows}) == len(year_rows):
        for c, title in enumerate(table.columns):
            if c == 0 or _NOT_ACTUAL_RE.search(title):
                continue
            cells = {y: (r, cell) for y, r in year_rows
                     if (cell := r.cell(c)) is not None and cell.figure is not None
                     and not cell.figure.dash and not cell.figure.is_percent}
            if len(cells) >= 2:
                out.append(Series(table, title, cells))
    return out


def _year_label(text: str) -> str | None:
    m = YEAR_RE.fullmatch(text.strip(" *"))
    return m.group() if m else None


def _distinctive(fig: Figure) -> bool:
    return not fig.is_percent and len(digits_of(fig).rstrip("0")) >= MIN_DIGITS


def _compare(a: Series, b: Series, printed: dict[Decimal, int]) -> SeriesSlip | None:
    years = sorted(set(a.cells) & set(b.cells))
    equal, slipped = [], []
    for y in years:
        fa, fb = a.cells[y][1].figure, b.cells[y][1].figure
        assert fa is not None and fb is not None
        if fa.value == fb.value and fa.decimals == fb.decimals:
            equal.append(y)
        elif fa.decimals == fb.decimals and digits_of(fa) in slips(digits_of(fb)):
            slipped.append(y)
        else:
            return None  # another quantity that agrees by chance in some years
    needed = 1 if _named_alike(a, b) else MIN_EQUAL
    if len(equal) < needed or len(slipped) != 1 or not any(
            _distinctive(fig) for y in equal if (fig := a.cells[y][1].figure) is not None):
        return None
    y = slipped[0]
    (ra, ca), (rb, cb) = a.cells[y], b.cells[y]
    assert ca.figure is not None and cb.figure is not None
    wa = printed.get(ca.figure.value.normalize(), 0)
    wb = printed.get(cb.figure.value.normalize(), 0)
    if wa == wb:
        wa += _adds_up(a.table, ra, ca)
        wb += _adds_up(b.table, rb, cb)
    if wa == wb:
        return None
    if wa > wb:
        return SeriesSlip((b, rb, cb), (a, ra, ca), y, tuple(equal))
    return SeriesSlip((a, ra, ca), (b, rb, cb), y, tuple(equal))


def _named_alike(a: Series, b: Series) -> bool:
    """One series' name (two words at least besides generic ones: ``nilai``, ``rata-rata``,
    ``Rp miliar``) is all in the other's name and table caption (``Rata-rata nilai ujian
    madrasah`` and the ``Rata-rata`` row of ``Nilai Rata-rata Ujian Madrasah per Mata
    Pelajaran``; ``Nilai remitansi PMI ... Rp miliar`` and the ``Jumlah`` row of ``Remitansi
    PMI ... per Triwulan``): then one year printed alike is enough to tie them."""
    def words(series: Series, caption: bool) -> frozenset[str]:
        return name_tokens(series.name + (" " + (series.table.caption or "") if caption else ""))

    return any(len(small := words(x, False) - _GENERIC) >= 2 and small <= words(y, True)
               for x, y in ((a, b), (b, a)))


# words any series' name may hold: they tie no two series together
_GENERIC = frozenset({"nilai", "jumlah", "rata", "persentase", "total", "rp", "miliar", "juta",
                      "ribu", "realisasi", "capaian", "tahun", "per", "indeks", "angka"})


def _adds_up(table: Table, row: Row, cell: Cell) -> int:
    """1 when the cell is the sum of the other figures of its row (``PMDN + PMA = Jumlah``),
    rates and growth columns aside, or the total its column adds up to."""
    columns = table.columns
    others = [c.figure for c in row.cells if c is not cell and c.figure is not None
              and not c.figure.dash and not c.figure.is_percent
              and not YEAR_RE.fullmatch(c.text.strip(" *"))
              and not (c.column < len(columns) and _NOT_ACTUAL_RE.search(columns[c.column]))]
    total = sum((f.value for f in others), Decimal(0))
    if len(others) >= 2 and cell.figure is not None and total == cell.figure.value:
        return 1
    # a total row's cell its column adds up to (the quarters of "2024" to its Jumlah)
    column = [f for r in table.rows if r.kind == "data"
              and (f := r.figure(cell.column)) is not None and not f.dash]
    return int(row.kind == "total" and len(column) >= 2 and cell.figure is not None
               and sum((f.value for f in column), Decimal(0)) == cell.figure.value)
