"""What every check shares: its rule description and the severity policy for money."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from audit.figures import Figure, is_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Row, Table
from audit.precision import Interval, Verdict, difference_text, expected_text

_MONEY_RE = re.compile(
    r"\b(rp|rupiah|pagu|anggaran|biaya|dana|belanja|dipa|dpa|apbd|apbn|keuangan|ribuan)\b",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(
    r"%|persen|capaian|rasio|tingkat|serapan|kemajuan|efisiensi|proporsi|prosentase",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Rule:
    """A check's identity and documentation; ``doc`` holds its pass and fail examples."""

    id: str
    severity: Severity
    summary: str
    doc: str
    run: Callable[[Document], CheckResult]
    # A check that reads what the others did (coverage) runs after them.
    runs_last: bool = False
    # The same documentation in the other language: ``summary`` and ``doc_id`` are
    # Indonesian, ``summary_en`` and ``doc`` (the module docstring) English. The examples in
    # the two docs are the same text (a test holds them together).
    summary_en: str = ""
    doc_id: str = ""


# "Target Kinerja dan Anggaran / K | Rp": the sub-column says which of the two it holds
_PERFORMANCE_LEAF_RE = re.compile(r"^\s*(k|kinerja|fisik|volume|vol|output|keluaran|"
                                  r"k\s*\(%\)|fisik\s*\(%\))\s*$", re.IGNORECASE)


def is_money_column(table: Table, column: int) -> bool:
    name = table.columns[column] if column < len(table.columns) else ""
    if " / " in name and _PERFORMANCE_LEAF_RE.match(name.split(" / ")[-1]):
        return False
    if _MONEY_RE.search(name) or _MONEY_RE.search(table.caption or ""):
        return True
    figures = [r.figure(column) for r in table.rows if r.figure(column) is not None]
    return any(f.unit == "Rp" for f in figures if f is not None)


def is_percent_column(table: Table, column: int) -> bool:
    """A column of rates or percentages: they do not add up down the column."""
    name = table.columns[column] if column < len(table.columns) else ""
    figures = [f for r in table.rows if (f := r.figure(column)) is not None and not f.dash]
    if figures and sum(1 for f in figures if f.is_percent) * 2 >= len(figures):
        return True
    if re.search(r"\(\s*%\s*\)", name):
        # "Tingkat Capaian Kinerja dan Realisasi Anggaran (%) / Rp": the title declares a
        # percentage, whatever money word it also holds
        return True
    *groups, own = name.split(" / ")
    if groups and re.fullmatch(r"\s*%\s*", own):
        return True  # "Anggaran Tahun 2025 (Rp) / %": the column's own title is the rate
    if _MONEY_RE.search(name):
        return False
    # "Serapan Lulusan / Kerja" counts graduates absorbed by work; "serapan" over a money
    # column is a rate, but a group title alone does not make its sub-columns rates.
    return bool(_PERCENT_RE.search(own)) or any(
        _PERCENT_RE.search(re.sub(r"serapan", " ", g, flags=re.IGNORECASE)) for g in groups)


_NON_ADDITIVE_RE = re.compile(
    r"\b(nilai|indeks|index|skor|score|rata|peringkat|level|predikat|akreditasi|ipk)\b",
    re.IGNORECASE,
)


_AVERAGE_PRICE_RE = re.compile(r"\brata[- ]?rata\b|\brerata\b|\brp\.?\s*/\s*[a-z]{1,8}\b",
                               re.IGNORECASE)


def is_additive_column(table: Table, column: int) -> bool:
    """Whether figures in this column may be added down the column (counts, money)."""
    if is_percent_column(table, column):
        return False
    name = table.columns[column] if column < len(table.columns) else ""
    *groups, own = name.split(" / ")
    figures = [f for r in table.rows if (f := r.figure(column)) is not None and not f.dash]
    if _AVERAGE_PRICE_RE.search(own):
        return False  # "Harga Rata-rata (Rp/kg)": money, but an average or a price per unit
    if _NON_ADDITIVE_RE.search(own) and not _MONEY_RE.search(name):
        # "Nilai Perolehan", "Nilai Buku": a column of whole amounts in the millions is money,
        # whatever its title says; a "Nilai" of scores (82,45) is not added up
        return bool(figures) and all(f.decimals == 0 and abs(f.value) >= 1_000_000
                                     for f in figures)
    if any(_NON_ADDITIVE_RE.search(g) for g in groups) and not _MONEY_RE.search(name):
        # "Status Akreditasi / A": schools counted per grade add up; "Nilai IKM / TW I"
        # (scores with decimals) do not
        return bool(figures) and all(f.decimals == 0 for f in figures)
    return True


# "Satuan" (the unit), never "Satuan Kerja" (a work unit, the row's name)
_UNIT_COLUMN_RE = re.compile(r"^\s*satuan\s*(\([^)]*\))?\s*$", re.IGNORECASE)
# Units of a measure that is not counted up: a rate, a score, an index, an average.
_RATE_UNIT_RE = re.compile(r"%|persen|\bnilai\b|indeks|index|rasio|skor|poin|predikat|"
                           r"\bper\s|/|rata|tingkat", re.IGNORECASE)
_RATE_NAME_RE = re.compile(r"^\W*(persentase|prosentase|rasio|indeks|nilai|rata-rata|"
                           r"tingkat|angka|skor|cakupan)\b", re.IGNORECASE)


def unit_column(table: Table) -> int | None:
    """The column that gives each row its own unit (``Satuan``), as forms that list a
    program's, a kegiatan's and a sub kegiatan's own indicator print it."""
    return next((i for i, name in enumerate(table.columns)
                 if _UNIT_COLUMN_RE.match(name.split(" / ")[-1])), None)


def has_row_units(table: Table) -> bool:
    """Rows measured in different units (dokumen, laporan, %, unit): each row's figures
    outside money columns are its own indicator's, not parts of its parent's."""
    column = unit_column(table)
    if column is None:
        return False
    units = {c.text.strip().lower() for r in table.rows
             if r.kind != "total" and (c := r.cell(column)) is not None and c.text.strip()}
    return len(units) >= 2


def names_a_rate(label: str) -> bool:
    """``Persentase ...``, ``Rasio ...``, ``Indeks ...``: a label naming a rate or a score."""
    return bool(_RATE_NAME_RE.match(label))


def is_rate_row(table: Table, row: Row) -> bool:
    """In a table whose rows each carry their own indicator and unit (an evaluation form),
    a row measured as a rate, a score or an index (by its unit, else its name): its values
    over quarters or years are not summed (the cumulative is the last value or the mean).
    A ``Persentase`` row of shares under a ``Jumlah`` row does add up to 100, and is no
    such row."""
    column = unit_column(table)
    if column is None:
        return False
    unit = row.cell(column).text if row.cell(column) is not None else ""
    if unit.strip():
        return bool(_RATE_UNIT_RE.search(unit))
    return any(_RATE_NAME_RE.match(c.text) for c in row.cells[:4] if c.figure is None)


def is_year_column(table: Table, column: int) -> bool:
    """A column of years (2021 | 2022 | 2023): labels, never added or divided."""
    figures = [f for r in table.rows if (f := r.figure(column)) is not None and not f.dash]
    return bool(figures) and all(is_year(f) for f in figures)


def money_severity(table: Table, column: int, figure: Figure | None = None,
                   row: Row | None = None) -> Severity:
    """Critical where Rupiah do not tie: a money figure, a money column, or a row whose unit
    column says Rupiah (``Nilai transaksi | Rp | ...`` over quarters)."""
    if (figure is not None and figure.is_money) or is_money_column(table, column) \
            or row is not None and _RUPIAH_UNIT_RE.match(row_unit(table, row)):
        return Severity.CRITICAL
    return Severity.MAJOR


_RUPIAH_UNIT_RE = re.compile(r"^\s*(?:rp\b|rupiah\b)", re.IGNORECASE)


def row_unit(table: Table, row: Row) -> str:
    """The text of the row's cell in the table's unit column ('' without one)."""
    column = unit_column(table)
    cell = row.cell(column) if column is not None else None
    return cell.text if cell is not None else ""


def column_label(table: Table, column: int) -> str:
    name = table.columns[column] if column < len(table.columns) else ""
    return f"kolom '{name}'" if name else f"kolom ke-{column + 1}"


def row_label(row_label_text: str, line: int) -> str:
    text = row_label_text if len(row_label_text) <= 60 else row_label_text[:57] + "..."
    return f"'{text}' (baris {line})" if text else f"baris {line}"


def cell_finding(rule: str, severity: Severity, table: Table, row: Row, column: int,
                 stated: Figure, computed: Interval, message: str,
                 related_lines: list[int], inputs: tuple[int, ...] = ()) -> Finding:
    """A table cell that does not match what its table recomputes (footing, crossfooting,
    ratio): stated and expected at the cell's printed precision, anchored on row and column
    rather than on the line, so the fingerprint survives lines moving."""
    name = table.columns[column] if column < len(table.columns) else column
    cell = row.cell(column)
    return Finding(
        # a row rebuilt from one cell per line spans lines: point at the figure's own
        rule=rule, severity=severity, line=cell.line if cell else row.line, stated=stated.text,
        expected=expected_text(stated, computed), message=message,
        related_lines=related_lines, table=table.caption,
        difference=difference_text(stated, computed), anchor=f"{row.label}|{name}",
        cells=frozenset((column, *inputs)),
    )


def rule_for(verdict: Verdict, rule_id: str, severity: Severity = Severity.MAJOR) \
        -> tuple[str, Severity]:
    """The rule and severity of a recomputed figure that is not consistent: a truncation
    (``rounding``) is minor, anything else the check's own rule at its severity."""
    return ("rounding", Severity.MINOR) if verdict is Verdict.ROUNDING else (rule_id, severity)


def every_table(check_table: Callable[..., CheckResult],
                context: Callable[[Document, Table], object] | None = None) \
        -> Callable[[Document], CheckResult]:
    """A document check that runs a table check on each table and adds up the outcomes;
    ``context``, when given, is what the document says about the table beyond its rows (the
    notes under it), passed to the table check as its second argument."""
    rule_id = check_table.__module__.rsplit(".", 1)[-1]

    def check(doc: Document) -> CheckResult:
        result = CheckResult()
        for table in doc.tables:
            try:
                outcome = check_table(table) if context is None \
                    else check_table(table, context(doc, table))
            except Exception as exc:  # noqa: BLE001 - one odd table must not silence the rest
                result.errors.append(f"check '{rule_id}' failed on {table.name} "
                                     f"(baris {table.first_line}): {type(exc).__name__}: {exc}")
                continue
            if outcome.performed:
                table.checked_by.add(rule_id)
            result.extend(outcome)
        return result

    return check
