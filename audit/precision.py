"""Comparison at printed precision (the XBRL Calculations 1.1 idea: intervals, not epsilons).

A printed figure stands for every value that rounds to it. A recomputed total or ratio is
itself an interval, built from the intervals of its inputs. The printed result is
*consistent* when the two intervals meet; it is a *rounding* slip when it only meets them
once truncation (or one unit at the last printed digit) is allowed; otherwise it is a break.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum

from audit.figures import Figure, format_id


class Verdict(Enum):
    CONSISTENT = "consistent"
    ROUNDING = "rounding"
    BREAK = "break"


@dataclass(frozen=True)
class Interval:
    lo: Decimal
    hi: Decimal

    @property
    def mid(self) -> Decimal:
        return (self.lo + self.hi) / 2

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, factor: Decimal) -> Interval:
        a, b = self.lo * factor, self.hi * factor
        return Interval(min(a, b), max(a, b))

    def meets(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi


ZERO = Interval(Decimal(0), Decimal(0))


def interval_of(figure: Figure, exact_integers: bool = True) -> Interval:
    lo, hi = figure.interval(exact_integers)
    return Interval(lo, hi)


def interval_sum(figures: Iterable[Figure], exact_integers: bool = True) -> Interval:
    total = ZERO
    for fig in figures:
        total = total + interval_of(fig, exact_integers)
    return total


def ratio(numerator: Interval, denominator: Interval, factor: Decimal = Decimal(100)) \
        -> Interval | None:
    """numerator / denominator × factor as an interval; None when the denominator may be 0."""
    if denominator.lo <= 0 <= denominator.hi:
        return None
    try:
        candidates = [a / b * factor for a in (numerator.lo, numerator.hi)
                      for b in (denominator.lo, denominator.hi)]
    except (InvalidOperation, ZeroDivisionError):
        return None
    return Interval(min(candidates), max(candidates))


def round_to(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(10) ** -decimals, rounding=ROUND_HALF_UP)


def judge(stated: Figure, computed: Interval, exact: bool = False) -> Verdict:
    """Whether a printed figure agrees with a recomputed interval.

    ``exact`` says the stated figure is a count or a full Rupiah amount that cannot be a
    rounded value: then any difference is a break, never a rounding slip.
    """
    mine = interval_of(stated, exact_integers=exact)
    if mine.meets(computed):
        return Verdict.CONSISTENT
    if exact:
        return Verdict.BREAK
    # the truncation interval is half-open: 0,4 is the truncation of 0,45 but not of 0,5
    if stated.value >= 0:
        truncates = stated.value <= computed.hi and computed.lo < stated.value + stated.ulp
    else:
        truncates = stated.value - stated.ulp < computed.hi and computed.lo <= stated.value
    if truncates:
        return Verdict.ROUNDING
    # Anything else is a break, however close: 72% for 71,46% is neither its rounding nor
    # its truncation.
    return Verdict.BREAK


def expected_text(stated: Figure, computed: Interval) -> str:
    """The recomputed value printed like the stated figure (same decimals and unit, and
    its decimal mark: ``97.53`` in an English table is answered ``95.73``)."""
    value = round_to(computed.mid, stated.decimals)
    text = format_id(value, stated.decimals, stated.unit)
    if stated.decimals and _POINT_DECIMAL_RE.search(stated.text):
        text = text.translate(_SWAP_MARKS)
    return text


# "97.53", "1,234.5": a point before the decimals, no comma after it
_POINT_DECIMAL_RE = re.compile(r"\.\d+(?![\d.,])(?!.*,)")
_SWAP_MARKS = str.maketrans({".": ",", ",": "."})


def difference_text(stated: Figure, computed: Interval) -> str:
    diff = stated.value - round_to(computed.mid, stated.decimals)
    sign = "+" if diff > 0 else ""
    unit = "Rp" if stated.unit == "Rp" else ("poin" if stated.unit == "%" else stated.unit)
    text = format_id(diff, stated.decimals, None)
    return f"{sign}{text}" + (f" {unit}" if unit else "")
