from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from audit.figures import find_figures, format_id, parse_figure


@pytest.mark.parametrize(
    ("text", "value", "decimals", "unit"),
    [
        ("1.576", "1576", 0, None),
        ("91,31%", "91.31", 2, "%"),
        ("103.48%", "103.48", 2, "%"),
        ("Rp. 28.376.835.127,-", "28376835127", 0, "Rp"),
        ("30.629.477.000", "30629477000", 0, None),
        ("68, 12", "68.12", 2, None),
        ("92, 30 %", "92.30", 2, "%"),
        ("21,01", "21.01", 2, None),
        ("1.564 orang", "1564", 0, "orang"),
        ("18,775", "18.775", 3, None),
        ("1.500", "1500", 0, None),
        ("1,234.5", "1234.5", 1, None),
        ("Rp 1.250.000,00", "1250000.00", 2, "Rp"),
        ("-38%", "-38", 0, "%"),
        ("4 Unit", "4", 0, "unit"),
        ("83,03 persen", "83.03", 2, "%"),
        # a change column prints a rise with its sign
        ("+318", "318", 0, None),
        ("+1,65", "1.65", 2, None),
        ("+1.375", "1375", 0, None),
    ],
)
def test_reads_the_ways_reports_print_numbers(text, value, decimals, unit):
    fig = parse_figure(text)
    assert fig is not None
    assert fig.value == Decimal(value)
    assert fig.decimals == decimals
    assert fig.unit == unit
    assert fig.text == text


@pytest.mark.parametrize("text", ["-", "–", "—"])
def test_a_dash_is_an_explicit_zero(text):
    fig = parse_figure(text)
    assert fig is not None and fig.dash and fig.value == 0


@pytest.mark.parametrize("text", ["n/a", "BB", "+(5)", "Selesai", "", "0 (7 dokumen Penyusunan)",
                                  "A",
                                  "1.3 Jumlah litmas yang diselesaikan",
                                  "4.2 Persentase realisasi anggaran"])
def test_words_and_grades_are_not_figures(text):
    assert parse_figure(text) is None


def test_printed_precision_is_an_interval():
    fig = parse_figure("91,31%")
    assert fig.interval() == (Decimal("91.305"), Decimal("91.315"))
    count = parse_figure("1.564")
    assert count.interval() == (Decimal(1564), Decimal(1564))


def test_figures_in_running_text_keep_unit_and_span():
    text = ("realisasi Rp. 28.376.835.127,- atau 98,09% dari pagu, "
            "sebanyak 1.564 orang pada tahun 2023")
    found = find_figures(text)
    assert [(f.figure.value, f.figure.unit) for f in found] == [
        (Decimal("28376835127"), "Rp"),
        (Decimal("98.09"), "%"),
        (Decimal("1564"), "orang"),
        (Decimal("2023"), None),
    ]
    assert text[found[1].start:found[1].end] == "98,09%"


@given(
    st.decimals(min_value=0, max_value=10**12, places=0, allow_nan=False),
    st.integers(min_value=0, max_value=3),
    st.sampled_from([None, "%", "Rp", "orang"]),
)
def test_indonesian_formatting_round_trips(value, decimals, unit):
    scaled = value / (Decimal(10) ** decimals)
    text = format_id(scaled, decimals, unit)
    fig = parse_figure(text)
    assert fig is not None, text
    assert fig.value == scaled.quantize(Decimal(10) ** -decimals)
    assert fig.decimals == decimals
    assert fig.unit == unit


@given(st.integers(min_value=1000, max_value=10**13))
def test_grouped_thousands_are_never_decimals(n):
    text = format_id(Decimal(n), 0)
    assert "." in text
    assert parse_figure(text).value == n


def test_a_year_after_tahun_takes_no_unit_word_after_it():
    from audit.figures import find_figures, is_year

    found = find_figures("pada tahun 2025 nilai ini naik sebesar 1,42 poin; hadir 2025 orang")
    assert [(f.figure.text, f.figure.unit) for f in found] == [
        ("2025", None), ("1,42 poin", "poin"), ("2025 orang", "orang")]
    assert is_year(found[0].figure) and not is_year(found[2].figure)


@pytest.mark.parametrize("text,figures", [
    ("Bimbingan manasik haji (RO 2156.QAA.001) diikuti oleh 3.182 orang", ["3.182 orang"]),
    ("output 4957.BDB dengan pagu Rp 2.740.000.000", ["Rp 2.740.000.000"]),
    # a sentence glued to the next, or a code in lower case, still ends the figure
    ("pagu sebesar 5.000.Oleh karena itu", ["5.000"]),
])
def test_an_output_code_with_letters_is_no_figure(text, figures):
    assert [f.figure.text for f in find_figures(text)] == figures
