"""Sums of table rows that a sentence names but does not quote.

``Curat dan Curanmor bersama-sama berjumlah 248 kasus``, ``jalur SNBP dan SNBT berjumlah 97
orang``: the sentence names two rows of a table (by their labels, or by the acronyms the
labels print in brackets) and gives what they come to, without printing the parts. The
parts are in the table, in some column; which one the sentence means is not said. So the
sum is judged only where the table settles it: a column whose two cells add up to the
stated figure passes; when none does, exactly one column whose sum the stated figure is one
typing slip away from (a digit changed, two swapped, one dropped or added) is taken for the
one meant (of several, the report year's column, for a sentence naming no year), and the
slip is reported. Anything else (no column, several) is no verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.checks.near_miss import digits_of, slips
from audit.facts import YEAR_RE, name_tokens, report_year
from audit.figures import Figure, FoundFigure, find_figures, format_id
from audit.model import ASIDE_COLUMN_RE, Document, Row, Sentence, Table

# "A dan B bersama-sama mencapai N"; without "bersama-sama" only a verb that adds up
# ("jalur SNBP dan SNBT berjumlah 97 orang"), since "A dan B mencapai N" may mean each
_SUM_RE = re.compile(
    r"(?P<a>(?:[\w-]+[,\s]+){1,5}?)(?:dan|serta)\s+(?P<b>(?:[\w-]+[,\s]+){1,5}?)"
    r"(?:(?:secara\s+)?bersama-sama\s+(?:berjumlah|mencapai|sebanyak|sebesar|menjadi)|"
    r"berjumlah|seluruhnya\s+(?:berjumlah|sebanyak))\s+",
    re.IGNORECASE)
_SUM_WORDS = ("bersama-sama", "berjumlah", "seluruhnya")
_EACH_RE = re.compile(r"\b(?:masing-masing|masing|setiap|tiap|rata-rata)\b", re.IGNORECASE)
# ("(P2EPD)": an acronym may hold a digit)
_ACRONYM_RE = re.compile(r"\(([A-Za-z][A-Za-z0-9]{2,11})\)")
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
        lowered = sentence.text.lower()
        if not any(word in lowered for word in _SUM_WORDS):
            continue
        m = _SUM_RE.search(sentence.text)
        if m is None or _EACH_RE.search(m.group(0)):
            continue  # "bidan dan perawat masing-masing berjumlah 20 orang": each, no sum
        found = find_figures(sentence.text[m.end():m.end() + 40])
        if not found or found[0].start != 0:
            continue
        stated = FoundFigure(found[0].figure, m.end(), m.end() + found[0].end)
        judged = _judge(doc, m.group("a"), m.group("b"), stated.figure,
                        None if YEAR_RE.search(sentence.text) else report_year(doc))
        if judged is not None:
            table, parts, column, expected = judged
            yield NamedSum(sentence, stated, parts, table, column, expected)


def _judge(doc: Document, a: str, b: str, stated: Figure, year: str | None) \
        -> tuple[Table, tuple[Row, Row], int, str | None] | None:
    for table in doc.tables:
        first, second = row_named(table, a), row_named(table, b)
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
        if len(slipped) > 1 and year is not None:
            # "jalur SNBP dan SNBT berjumlah 97" over 2023, 2024 and 2025 columns: a sentence
            # naming no year speaks of the report's
            slipped = [(c, t) for c, t in slipped
                       if c < len(table.columns) and year in table.columns[c]]
        if len(slipped) == 1:
            column, total = slipped[0]
            return table, (first, second), column, format_id(total.value, total.decimals)
        return None
    return None


# "Kab. Batang Rimbo" in a table, "Kabupaten Batang Rimbo" in the prose
_ABBREVIATED = {"kab": "kabupaten", "kec": "kecamatan", "kel": "kelurahan", "prov": "provinsi"}


def _expanded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(_ABBREVIATED.get(w, w) for w in words)


def row_named(table: Table, phrase: str) -> Row | None:
    """The one data row of the table the phrase names: every word of its label, or the
    acronym its label prints in brackets."""
    words = _expanded(name_tokens(phrase)) - _NOT_A_NAME
    if not words:
        return None
    said = {w.lower() for w in re.findall(r"\b[A-Za-z][A-Za-z0-9]{2,11}\b", phrase)}
    # a row by its name, not its remark or unit ("... Kabupaten/Kota | Bertambah")
    asides = {c for c, name in enumerate(table.columns) if ASIDE_COLUMN_RE.match(name)}
    rows = []
    for row in table.rows:
        if row.kind != "data" or not row.label:
            continue
        name = " ".join(c.text for c in row.cells if c.text and c.figure is None
                        and c.column not in asides).strip()
        label, plain, acronyms = _label_keys(name)
        if plain and plain <= words or label and label <= words or acronyms & said:
            rows.append(row)
    return rows[0] if len(rows) == 1 else None


@lru_cache(maxsize=1 << 14)
def _label_keys(label: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A row label's words, its words without its bracketed acronyms, and those acronyms."""
    return (frozenset(_expanded(name_tokens(label)) - _NOT_A_NAME),
            frozenset(_expanded(name_tokens(_ACRONYM_RE.sub(" ", label))) - _NOT_A_NAME),
            frozenset(a.lower() for a in _ACRONYM_RE.findall(label)))
