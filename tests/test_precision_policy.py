"""The rounding policy: a printed figure agrees with a recomputed value when it is its
rounding at the printed decimals; its truncation is a minor rounding slip; anything else,
however close, is a break."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from audit.figures import format_id, parse_figure
from audit.precision import Interval, Verdict, judge

values = st.decimals(min_value=Decimal("0.5"), max_value=Decimal("999"), places=4)
decimals = st.integers(0, 2)


def _off_boundary(value: Decimal, places: int) -> bool:
    """Exactly half-way between two printed values: both readings are fair, so skip it."""
    return (value.scaleb(places) % 1) != Decimal("0.5")


def _judge(printed: Decimal, places: int, computed: Decimal) -> Verdict:
    figure = parse_figure(format_id(printed, places) + "%")
    assert figure is not None
    return judge(figure, Interval(computed, computed))


@given(values, decimals)
def test_the_rounding_agrees(value, places):
    q = Decimal(1).scaleb(-places)
    assert _judge(value.quantize(q, ROUND_HALF_UP), places, value) is Verdict.CONSISTENT


@given(values, decimals)
def test_the_truncation_is_a_rounding_slip(value, places):
    q = Decimal(1).scaleb(-places)
    truncated, rounded = value.quantize(q, ROUND_DOWN), value.quantize(q, ROUND_HALF_UP)
    assume(truncated != rounded and _off_boundary(value, places))
    assert _judge(truncated, places, value) is Verdict.ROUNDING


@given(values, decimals, st.sampled_from([-2, -1, 1, 2]))
def test_any_other_figure_is_a_break(value, places, units):
    q = Decimal(1).scaleb(-places)
    rounded = value.quantize(q, ROUND_HALF_UP)
    other = rounded + units * q
    assume(other > 0 and other != value.quantize(q, ROUND_DOWN) and _off_boundary(value, places))
    assert _judge(other, places, value) is Verdict.BREAK


def test_74_percent_for_71_46_is_a_break_not_a_truncation():
    assert _judge(Decimal(74), 0, Decimal("71.46")) is Verdict.BREAK
    assert _judge(Decimal(71), 0, Decimal("71.46")) is Verdict.CONSISTENT
