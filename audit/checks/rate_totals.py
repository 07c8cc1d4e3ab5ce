"""Rates on total and average rows: a ``Jumlah`` row's capaian or serapan is not a sum.

A column of rates does not add down, so footing leaves its total row alone; but the total
row's rate still follows a rule, and reports follow one of two:

* a row labelled **Rata-rata** declares the mean of the rows above it: the plain mean, or
  the mean weighted by one of the table's additive columns (the sasaran's averages weighed
  by their count of indikator);
* a ``Jumlah`` / ``Total`` row of a PP 39 or E.81 form prints each rate as the mean of its
  rows **weighted by a budget or volume column** (the pagu-weighted physical progress).

The first is taken from the label alone. The second is discovered from the table: the
convention (the plain mean, or the mean weighted by one of the table's additive columns)
that explains at least two total-row rates, in two different columns or rows, is the
table's; a total-row rate that it does not explain, and that no other reading explains
either, is reported. Rates that the ratio check already derives from two columns of their
own row (``Realisasi / Target × 100`` on the total row too) are left to it.

Components are intervals, so a mean of rounded rates is judged at printed precision.

Passes (pagu-weighted: (200 × 40 + 100 × 70) / 300 = 50,00)::

    | Kegiatan | Pagu | Fisik (%) | Keuangan (%) |
    | A        | 200  | 40,00     | 30,00        |
    | B        | 100  | 70,00     | 60,00        |
    | Jumlah   | 300  | 50,00     | 40,00        |

Fails (the same table with ``Keuangan`` total 46,00: the weighting gives 40,00)::

    | Jumlah   | 300  | 50,00     | 46,00        |
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from audit.checks.base import (
    cell_finding,
    column_label,
    is_additive_column,
    row_label,
    rule_for,
)
from audit.checks.footing import is_index_column
from audit.checks.hierarchy import top_level, total_candidates
from audit.figures import Figure
from audit.findings import CheckResult
from audit.model import Row, Table, is_total_label
from audit.precision import (
    Interval,
    Verdict,
    expected_text,
    interval_of,
    interval_sum,
    judge,
)

RULE_ID = "ratio"

# Caps some reports put on each capaian before averaging them.
_CAPS = (Decimal(100), Decimal(110), Decimal(120), Decimal(125), Decimal(150))


# a total row's rate to judge: the row, its column, the printed rate, the rows it averages
_TotalRate = tuple[Row, int, Figure, list[Row]]


@dataclass(frozen=True)
class Mean:
    """The plain mean (``weight`` None) or the mean weighted by column ``weight``; with
    ``cap``, each rate counted at most at the cap (capaian above 120% taken as 120%, as
    some reports average)."""

    weight: int | None
    cap: Decimal | None = None

    def describe(self, table: Table) -> str:
        if self.weight is None and self.cap is not None:
            return f"rata-rata baris-barisnya (tiap nilai dibatasi {self.cap})"
        if self.weight is None:
            return "rata-rata baris-barisnya"
        return f"rata-rata baris-barisnya dibobot {column_label(table, self.weight)}"


def check_table(table: Table, rate_columns: list[int],
                judged: set[tuple[int, int]]) -> CheckResult:
    """Judge the total and average rows of ``rate_columns``, except the cells ``judged``
    already (``(id(row), column)``: a formula of their own row explains them)."""
    result = CheckResult()
    if not rate_columns:
        return result
    weights = [c for c in table.numeric_columns()
               if c not in rate_columns and is_additive_column(table, c)
               and not is_index_column(table, c)]
    conventions = [Mean(None), *(Mean(w) for w in weights)]
    cells: list[_TotalRate] = []
    for index, row in enumerate(table.rows):
        if row.kind != "total":
            continue
        parts = _components(table, index)
        for p in rate_columns:
            stated = row.figure(p)
            if stated is None or stated.dash or (id(row), p) in judged:
                continue
            if row.is_average:
                if not any(_fits(stated, _mean(parts, p, Mean(None, cap))) for cap in _CAPS) \
                        and not ((is_total_label(row.label) or _SUM_AND_MEAN_RE.match(row.label))
                                 and _fits(stated, _sum(parts, p))) \
                        and not any(_fits(stated, _mean(parts, p, Mean(w)))
                                    for w in weights + _counts(table, p)):
                    # ("Rata-rata seluruh indikator" over sasaran rows of 4, 2, 1 and 1
                    # indikator: the mean of the indikator, each sasaran weighed by its count)
                    # ("Jumlah/Rata-rata": the shares' column adds up to its 100,00)
                    _judge(table, row, p, stated, parts, Mean(None), result)
            else:
                cells.append((row, p, stated, parts))
    if not cells:
        return result
    explained = {m: [(r.line, p) for r, p, s, parts in cells
                     if _fits(s, _mean(parts, p, m))] for m in conventions}
    best = max(conventions, key=lambda m: len(explained[m]))
    support = explained[best]
    for row, p, stated, parts in cells:
        if (row.line, p) in support:
            result.passed()
        elif _distinctive([c for c in support if c != (row.line, p)], cells, best,
                          conventions) \
                and not any(_fits(stated, _mean(parts, p, m)) for m in conventions):
            _judge(table, row, p, stated, parts, best, result)
    return result


# "JUMLAH / RATA-RATA": the counts of the row add up, its rates are means
_SUM_AND_MEAN_RE = re.compile(r"^\W*(?:jumlah|total)\s*/\s*rata", re.IGNORECASE)


def _counts(table: Table, p: int) -> list[int]:
    """Columns of whole counts other than ``p`` (``Capaian Kinerja / Jumlah Indikator``,
    taken for a rate by its group's title): weights a mean of the rows may use."""
    out = []
    for c in table.numeric_columns():
        figures = [f for r in table.rows if r.kind != "total" and (f := r.figure(c)) is not None
                   and not f.dash]
        if c != p and len(figures) >= 2 and all(f.decimals == 0 and f.value > 0 and not
                                                f.is_percent for f in figures) \
                and not is_index_column(table, c):
            out.append(c)
    return out


def _distinctive(support: list[tuple[int, int]], cells: list[_TotalRate], best: Mean,
                 conventions: list[Mean]) -> bool:
    """Other rates of the table follow ``best`` and not by chance: two of them, or one that no
    other convention explains (a weighted mean that differs from the plain one)."""
    if len(support) >= 2:
        return True
    if not support:
        return False
    [(line, p)] = support
    row, _, stated, parts = next(c for c in cells if (c[0].line, c[1]) == (line, p))
    return not any(_fits(stated, _mean(parts, p, m)) for m in conventions if m != best)


def _components(table: Table, index: int) -> list[Row]:
    rows = table.rows
    if rows[index].is_average:
        # a mean of the rows above, since the previous mean; a Jumlah row between is no row
        start = max((i + 1 for i in range(index)
                     if rows[i].kind == "total" and rows[i].is_average), default=0)
        return [r for r in rows[start:index] if r.kind != "total"]
    candidates = total_candidates(table, index)
    return [r for r in candidates[0] if not (r.kind == "total" and r.is_average)] \
        if candidates else []


def _mean(parts: list[Row], p: int, mean: Mean) -> Interval | None:
    """The mean of the rows' rates as an interval (each rate stands for its rounding
    interval, a weight is exact as printed); None without at least two rows to average."""
    rows = top_level(parts, p if mean.weight is None else mean.weight)
    terms: list[tuple[Interval, Decimal]] = []
    for row in rows:
        rate = row.figure(p)
        if rate is None or rate.dash:
            continue
        if mean.weight is None:
            weight = Decimal(1)
        else:
            w = row.figure(mean.weight)
            if w is None or w.dash or w.value <= 0:
                return None
            weight = w.value
        span = interval_of(rate, exact_integers=False)
        if mean.cap is not None:
            span = Interval(min(span.lo, mean.cap), min(span.hi, mean.cap))
        terms.append((span, weight))
    total = sum((w for _, w in terms), Decimal(0))
    if len(terms) < 2 or total <= 0:
        return None
    lo = sum((i.lo * w for i, w in terms), Decimal(0)) / total
    hi = sum((i.hi * w for i, w in terms), Decimal(0)) / total
    return Interval(lo, hi)


def _sum(parts: list[Row], p: int) -> Interval | None:
    """The rows' figures of column ``p`` added up, as an interval; None without two."""
    figures = [f for row in top_level(parts, p) if (f := row.figure(p)) is not None
               and not f.dash]
    return interval_sum(figures, exact_integers=False) if len(figures) >= 2 else None


def _fits(stated: Figure, computed: Interval | None) -> bool:
    return computed is not None and judge(stated, computed) is Verdict.CONSISTENT


def _judge(table: Table, row: Row, p: int, stated: Figure, parts: list[Row], mean: Mean,
           result: CheckResult) -> None:
    computed = _mean(parts, p, mean)
    if computed is None:
        return
    verdict = judge(stated, computed)
    if verdict is Verdict.CONSISTENT:
        result.passed()
        return
    rule, severity = rule_for(verdict, RULE_ID)
    lines = [r.line for r in parts if r.figure(p) is not None]
    message = (f"{row_label(row.label, row.line)}: {column_label(table, p)} menyatakan "
               f"{stated.text}, padahal {mean.describe(table)} (baris {lines[0]}–{lines[-1]}) "
               f"= {expected_text(stated, computed)}.")
    inputs = (mean.weight,) if mean.weight is not None else ()
    result.failed(cell_finding(rule, severity, table, row, p, stated, computed, message,
                               lines, inputs))
