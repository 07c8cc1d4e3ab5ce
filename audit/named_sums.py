"""Sums of table rows that a sentence names but does not quote.

``Curat dan Curanmor bersama-sama berjumlah 248 kasus``: the sentence names two rows of a
table (by their labels, or by the acronyms the labels print in brackets) and gives what they
come to, without printing the parts. The parts are in the table, in some column; which one
the sentence means is not said. So the sum is judged only where the table settles it: a
column whose two cells add up to the stated figure passes; when none does, exactly one
column whose sum the stated figure is one typing slip away from (a digit changed, two
swapped, one dropped or added) is taken for the one meant, and the slip is reported.
Anything else (no column, several) is no verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from audit.checks.near_miss import digits_of, slips
from audit.facts import name_tokens
from audit.figures import Figure, FoundFigure, find_figures, format_id
from audit.model import Document, Row, Sentence, Table

_SUM_RE = re.compile(
    r"(?P<a>(?:[\w-]+[,\s]+){1,5}?)(?:dan|serta)\s+(?P<b>(?:[\w-]+[,\s]+){1,5}?)"
    r"(?:secara\s+)?bersama-sama\s+(?:berjumlah|mencapai|sebanyak|sebesar|menjadi)\s+",
    re.IGNORECASE)
_ACRONYM_RE = re.compile(r"\(([A-Za-z]{3,12})\)")
# words that name no row on their own
_NOT_A_NAME = frozenset({"yaitu", "yakni", "kelompok", "jumlah", "produksi", "kasus", "dan",
                         "serta", "secara", "tahun", "total"})


@dataclass(frozen=True)
class NamedSum:
    """A sentence's sum of two named rows; ``expected`` is None where a column adds up to
    the stated figure, else the sum of the one column it is a slip of."""

    sentence: Sentence
    found: FoundFigure  # the stated figure, at its place in the sentence
    parts: tuple[Row, Row]
    table: Table
    column: int
    expected: str | None


def named_row_sums(doc: Document) -> Iterator[NamedSum]:
    """Each sentence's sum of two named rows that a table settles (see the module's doc)."""
    for sentence in doc.sentences:
        # the pattern backtracks over every word; most sentences lack its one fixed word
        if "bersama-sama" not in sentence.text.lower():
            continue
        m = _SUM_RE.search(sentence.text)
        if m is None:
            continue
        found = find_figures(sentence.text[m.end():m.end() + 40])
        if not found or found[0].start != 0:
            continue
        stated = FoundFigure(found[0].figure, m.end(), m.end() + found[0].end)
        judged = _judge(doc, m.group("a"), m.group("b"), stated.figure)
        if judged is not None:
            table, parts, column, expected = judged
            yield NamedSum(sentence, stated, parts, table, column, expected)


def _judge(doc: Document, a: str, b: str, stated: Figure) \
        -> tuple[Table, tuple[Row, Row], int, str | None] | None:
    for table in doc.tables:
        first, second = _row_named(table, a), _row_named(table, b)
        if first is None or second is None or first is second:
            continue
        slipped = []
        for column in range(1, table.width):
            x, y = first.figure(column), second.figure(column)
            if x is None or y is None or x.dash or y.dash or x.is_percent or y.is_percent:
                continue
            total = Figure(x.value + y.value, max(x.decimals, y.decimals), None, "")
            if total.value == stated.value:
                return table, (first, second), column, None
            if total.decimals == stated.decimals and digits_of(stated) in slips(digits_of(total)):
                slipped.append((column, total))
        if len(slipped) == 1:
            column, total = slipped[0]
            return table, (first, second), column, format_id(total.value, total.decimals)
        return None
    return None


def _row_named(table: Table, phrase: str) -> Row | None:
    """The one data row of the table the phrase names: every word of its label, or the
    acronym its label prints in brackets."""
    words = name_tokens(phrase) - _NOT_A_NAME
    if not words:
        return None
    said = {w.lower() for w in re.findall(r"[A-Za-z]{3,12}", phrase)}
    rows = []
    for row in table.rows:
        if row.kind != "data" or not row.label:
            continue
        label = name_tokens(row.label) - _NOT_A_NAME
        acronyms = {a.lower() for a in _ACRONYM_RE.findall(row.label)}
        plain = name_tokens(_ACRONYM_RE.sub(" ", row.label)) - _NOT_A_NAME
        if plain and plain <= words or label and label <= words or acronyms & said:
            rows.append(row)
    return rows[0] if len(rows) == 1 else None
