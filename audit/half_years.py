"""Halves of a year that a paragraph states beside the quarters they are made of.

``Pelintas pada Triwulan I berjumlah 104.600 orang, Triwulan II 111.301 orang, Triwulan III
110.183 orang, dan Triwulan IV 114.850 orang. Pelintas pada semester kedua (225.033 orang)
...``: a semester is two quarters (the first: I and II; the second: III and IV), so a count
the paragraph gives for a semester is the sum of the counts it gives for those quarters.

Only counts and amounts are added (a rate of a semester is no sum of its quarters' rates),
only quarters of their own (``s.d. Triwulan II`` is already a running total), and only
within one paragraph: the sentence that names the semester, or the one before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit.figures import Figure, FoundFigure, find_figures
from audit.model import Sentence
from audit.precision import Interval, Verdict, interval_sum, judge

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_HALF = {"pertama": 1, "satu": 1, "i": 1, "1": 1, "kedua": 2, "dua": 2, "ii": 2, "2": 2}
# the figure must follow within a few words: "Triwulan II 111.301 orang", "Triwulan I
# berjumlah 104.600 orang"
_QUARTER_RE = re.compile(r"\b(?:triwulan|tw)\s*\.?\s*(?P<q>iv|iii|ii|i|[1-4])\b"
                         r"(?P<gap>[^\d;.()%]{0,30}?)(?=\d)", re.IGNORECASE)
# the semester's own figure: in brackets after it, or after a word that gives it
# ("semester kedua (225.033 orang)", "semester I berjumlah 215.901 orang")
_SEMESTER_RE = re.compile(r"\bsemester\s+(?P<s>pertama|kedua|satu|dua|ii|i|[12])\b\s*"
                          r"(?:\(\s*|(?:\w+\s+)?(?:berjumlah|sebanyak|sebesar|mencapai|"
                          r"tercatat|yaitu|adalah)\s+)(?=\d)", re.IGNORECASE)
_PART_OF_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:dari|di\s+antara(?:nya)?)\b",
                         re.IGNORECASE)
_CUMULATIVE_RE = re.compile(r"(?:s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*$",
                            re.IGNORECASE)
_YEAR_AFTER_RE = re.compile(r"^\s*(?:tahun\s+)?(?:19|20)\d\d\b")


@dataclass(frozen=True)
class HalfYear:
    """A semester's figure as a sentence states it, and the quarters it should add up."""

    sentence: Sentence
    found: FoundFigure
    half: int
    quarters: tuple[Figure, Figure]
    computed: Interval
    verdict: Verdict


def _figure_at(text: str, start: int) -> FoundFigure | None:
    found = find_figures(text[start:start + 40])
    if not found or found[0].start != 0:
        return None
    f = found[0]
    return FoundFigure(f.figure, start + f.start, start + f.end)


def _quarters(text: str) -> dict[int, Figure]:
    """Each quarter's own count in the text (one value per quarter, or none)."""
    seen: dict[int, list[Figure]] = {}
    for m in _QUARTER_RE.finditer(text):
        if _CUMULATIVE_RE.search(text[max(0, m.start() - 14):m.start()]):
            continue
        found = _figure_at(text, m.end())
        if found is None or found.figure.is_percent or found.figure.dash \
                or _YEAR_AFTER_RE.match(text[m.end():]):
            continue
        seen.setdefault(_ROMAN[m.group("q").lower()], []).append(found.figure)
    return {q: fs[0] for q, fs in seen.items() if len({f.value for f in fs}) == 1}


def half_years(sentence: Sentence, before: Sentence | None) -> Iterator[HalfYear]:
    """The semesters the sentence gives a count for, with the quarters its paragraph gives."""
    text = sentence.text
    quarters = _quarters(before.text) if before is not None else {}
    quarters.update(_quarters(text))
    for m in _SEMESTER_RE.finditer(text):
        if _CUMULATIVE_RE.search(text[max(0, m.start() - 14):m.start()]):
            continue  # "s.d. Semester I": a running total, however it is printed
        half = _HALF[m.group("s").lower()]
        first, second = (1, 2) if half == 1 else (3, 4)
        if first not in quarters or second not in quarters:
            continue
        found = _figure_at(text, m.end())
        if found is None or found.figure.is_percent \
                or _PART_OF_RE.match(text[found.end:found.end + 40]):
            continue  # "65 dari 80 rekomendasi": a part of the semester, not its count
        parts = (quarters[first], quarters[second])
        if len({p.unit for p in parts} | {found.figure.unit} - {None}) > 1:
            continue  # another quantity: persons beside packages, Rp beside counts
        computed = interval_sum(parts)
        yield HalfYear(sentence, found, half, parts, computed, judge(found.figure, computed))
