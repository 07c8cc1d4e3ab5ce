"""A frozen copy of the figure parser as it was before extraction damage was repaired.

The damage-repair properties (tests/test_figures_damage.py) compare the live parser with this
one on generated input: every figure the old parser read, and every undamaged figure in running
text, must still be read exactly the same way. Do not update this file when the parser changes;
it is the baseline those properties are about.
"""

from __future__ import annotations

import re
from decimal import Decimal

from audit.figures import DASHES, SCALE_WORDS, UNIT_WORDS, Figure, FoundFigure

_CELL_RE = re.compile(
    r"""^\s*
    (?P<neg>[-−(])?\s*
    (?P<rp>rp\.?\s*)?
    (?P<num>\d+(?:[.,]\s?\d+)*)
    (?P<trail>,-|,--|\.-)?
    \s*(?P<pct>%)?
    \s*(?P<unit>[a-z/&]+(?:\s[a-z/&.0-9]+){0,3})?
    \s*(?P<close>\))?
    \s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _normalise_number(num: str) -> tuple[Decimal, int] | None:
    num = re.sub(r"([.,])\s+", r"\1", num)
    dots, commas = num.count("."), num.count(",")
    if dots and commas:
        dec_mark = "." if num.rfind(".") > num.rfind(",") else ","
        group_mark = "," if dec_mark == "." else "."
        if num.count(dec_mark) > 1:
            return None
        int_part, frac = num.split(dec_mark)
        if not _grouped_ok(int_part, group_mark):
            return None
        digits = int_part.replace(group_mark, "")
        return Decimal(f"{digits}.{frac}"), len(frac)
    mark = "." if dots else "," if commas else ""
    if not mark:
        return Decimal(num), 0
    parts = num.split(mark)
    if len(parts) > 2:
        if not _grouped_ok(num, mark):
            return None
        return Decimal("".join(parts)), 0
    int_part, frac = parts
    if mark == "." and len(frac) == 3 and int_part not in ("0", "") and len(int_part) <= 3:
        return Decimal(int_part + frac), 0
    return Decimal(f"{int_part}.{frac}"), len(frac)


def _grouped_ok(int_part: str, mark: str) -> bool:
    groups = int_part.split(mark)
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _unit(rp: str | None, pct: str | None, unit: str | None) -> str | None | bool:
    if pct:
        if unit:
            return False
        return "%"
    word = unit.lower() if unit else None
    if word == "persen":
        return "%"
    if rp:
        if word and word not in SCALE_WORDS:
            return False
        return "Rp"
    if word is None:
        return None
    first = word.split()[0]
    if first in UNIT_WORDS or (len(first) >= 2 and first.isalpha()):
        return first
    return False


def parse_figure(text: str) -> Figure | None:
    stripped = text.strip()
    if not stripped:
        return None
    if stripped in DASHES:
        return Figure(Decimal(0), 0, None, stripped, dash=True)
    m = _CELL_RE.match(stripped)
    if not m:
        return None
    unit = _unit(m.group("rp"), m.group("pct"), m.group("unit"))
    if unit is False:
        return None
    parsed = _normalise_number(m.group("num"))
    if parsed is None:
        return None
    value, decimals = parsed
    neg = m.group("neg")
    if neg == "(" and not m.group("close") or m.group("close") and neg != "(":
        return None
    if neg:
        value = -value
    return Figure(value, decimals, unit if isinstance(unit, str) else None, stripped)


_PROSE_RE = re.compile(
    r"(?<![\w.,/])"
    r"(?P<rp>Rp\.?\s*)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<trail>,-)?"
    r"(?:\s*(?P<pct>%|persen\b))?"
    r"(?:\s+(?P<unit>[A-Za-z]+))?",
)


def find_figures(text: str) -> list[FoundFigure]:
    found: list[FoundFigure] = []
    for m in _PROSE_RE.finditer(text):
        num = m.group("num")
        parsed = _normalise_number(num)
        if parsed is None:
            continue
        value, decimals = parsed
        unit_word = (m.group("unit") or "").lower()
        unit: str | None
        end = m.end()
        if m.group("pct"):
            unit = "%"
            if m.group("unit"):
                end = m.end("pct")
        elif m.group("rp"):
            unit = "Rp"
            if unit_word in SCALE_WORDS:
                unit = "Rp " + ("miliar" if unit_word == "milyar" else unit_word)
            elif m.group("unit"):
                end = m.end("trail") if m.group("trail") else m.end("num")
        elif unit_word in UNIT_WORDS:
            unit = "%" if unit_word == "persen" else unit_word
        else:
            unit = None
            end = m.end("trail") if m.group("trail") else m.end("num")
        printed = text[m.start():end].strip()
        found.append(FoundFigure(Figure(value, decimals, unit, printed), m.start(), end))
    return found
