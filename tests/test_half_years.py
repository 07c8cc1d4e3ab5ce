"""A semester's count stated beside the quarters it is made of (audit/half_years.py, judged
by narrative_arithmetic)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks import narrative_arithmetic
from audit.figures import format_id
from audit.readers.text import parse_text

PARAGRAPH = ("Secara triwulanan, pelintas pada Triwulan I berjumlah {q1} orang, Triwulan II "
             "{q2} orang, Triwulan III {q3} orang, dan Triwulan IV {q4} orang. Pelintas pada "
             "semester kedua ({s2} orang) lebih banyak dibanding semester pertama ({s1} "
             "orang).")


def _findings(text: str) -> list[tuple[str, str]]:
    doc = parse_text(f"# Laporan Kinerja Tahun 2025\n\n{text}\n", "x.md")
    return [(f.stated, f.expected) for f in narrative_arithmetic.check(doc).findings]


def _n(value: int) -> str:
    return format_id(Decimal(value), 0)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=1_000, max_value=999_999), min_size=4, max_size=4))
def test_semesters_that_are_their_quarters_pass(q):
    text = PARAGRAPH.format(q1=_n(q[0]), q2=_n(q[1]), q3=_n(q[2]), q4=_n(q[3]),
                            s1=_n(q[0] + q[1]), s2=_n(q[2] + q[3]))
    assert _findings(text) == []


def test_a_semester_that_is_not_its_quarters_is_reported_with_both_quarters():
    text = PARAGRAPH.format(q1="104.600", q2="111.301", q3="110.183", q4="114.850",
                            s1="215.901", s2="224.033")
    assert _findings(text) == [("224.033 orang", "225.033 orang")]


def test_running_totals_and_rates_are_not_added():
    # "s.d. Triwulan II" is already the first half's total; rates do not add up
    assert _findings("Realisasi s.d. Triwulan II 215.901 orang dan Triwulan IV 114.850 "
                     "orang; semester pertama (200.000 orang).") == []
    assert _findings("Capaian Triwulan III 91,20% dan Triwulan IV 95,40%, sehingga semester "
                     "kedua (93,30%).") == []
    # a part of the semester's count is no count of the semester
    assert _findings("Pada TW I diterbitkan 37 rekomendasi dan pada TW II 43 rekomendasi. "
                     "Secara kumulatif s.d. Semester I, 65 dari 80 rekomendasi diterbitkan "
                     "tepat waktu, dan pada semester I sebanyak 65 di antaranya lengkap.") == []
