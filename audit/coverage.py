"""How much of a document the audit could check: the measure behind "never pass a report unread".

A report whose tables the reader could not rebuild gives no finding, and no finding looks
like a clean report. Coverage says what was read and what could be judged:

* ``lines``, ``pages`` (for a PDF), ``tables``: what the reader found;
* ``tables_checked``: tables on which at least one arithmetic check (footing, crossfooting,
  ratio) could run;
* ``table_figures`` / ``table_figures_checked``: figures in table cells, and those in tables
  that an arithmetic check ran on;
* ``prose_figures`` / ``prose_figures_tied``: figures in sentences (years left out), and those
  whose value at printed precision is also printed in some table, so a tie-out could judge it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

from audit.figures import Figure, is_year
from audit.model import Document


@dataclass
class Coverage:
    lines: int
    pages: int | None
    tables: int
    tables_checked: int
    table_figures: int
    table_figures_checked: int
    prose_figures: int
    prose_figures_tied: int

    @property
    def figures(self) -> int:
        return self.table_figures + self.prose_figures

    @property
    def checked_share(self) -> float:
        """Share of all figures that some check could judge."""
        if not self.figures:
            return 1.0
        return (self.table_figures_checked + self.prose_figures_tied) / self.figures

    def as_dict(self) -> dict[str, int | float | None]:
        data: dict[str, int | float | None] = dict(asdict(self))
        data["checked_share"] = round(self.checked_share, 3)
        return data


def _counts(figure: Figure | None) -> bool:
    return figure is not None and not figure.dash and not is_year(figure)


def _key(value: Decimal) -> Decimal:
    return value.normalize()


def measure(doc: Document) -> Coverage:
    table_figures = checked = 0
    values: set[Decimal] = set()
    for table in doc.tables:
        figures = [c.figure for r in table.rows for c in r.cells if _counts(c.figure)]
        table_figures += len(figures)
        if table.checked_by:
            checked += len(figures)
        values.update(_key(f.value) for f in figures if f is not None)
    prose = [f.figure for s in doc.sentences for f in s.figures if _counts(f.figure)]
    tied = sum(1 for f in prose if _key(f.value) in values)
    return Coverage(
        lines=len(doc.lines), pages=doc.pages, tables=len(doc.tables),
        tables_checked=sum(1 for t in doc.tables if t.checked_by),
        table_figures=table_figures, table_figures_checked=checked,
        prose_figures=len(prose), prose_figures_tied=tied,
    )
