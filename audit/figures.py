"""Figures: numbers as printed in a report, with the precision they were printed at.

A :class:`Figure` keeps the value (``Decimal``), the number of decimals shown, the unit and
the original text, so that every comparison can be made at printed precision: ``91,31%``
stands for any value in ``[91,305; 91,315)``.

How separators are read (Indonesian convention first, then what PDF extraction produces):

* ``.`` groups thousands and ``,`` marks decimals: ``1.576`` → 1576, ``91,31`` → 91.31.
* When both appear, the last one is the decimal mark: ``28.376.835.127,00``, ``1,234.5``.
* Several of the same mark are thousands groups: ``1.234.567``, ``10,730,000``.
* One ``.`` followed by exactly three digits is a thousands group (``1.500`` → 1500), because
  that is what Indonesian authors write; otherwise it is a decimal point (``103.48%``), which is
  what English-locale spreadsheets and PDF extraction produce.
* One ``,`` is always a decimal mark (``18,775`` → 18.775), because ``,`` is the Indonesian
  decimal mark and a report that uses ``,`` for thousands is the rarer mistake. A table whose
  column only makes sense with ``,`` as thousands is the reader's job to notice, not the parser's.
* ``68, 12`` and ``92, 30 %`` (a space after the mark, from line-wrapped PDF cells) are read as
  ``68,12`` and ``92,30 %``.
* ``-``, ``–`` and ``—`` alone are an explicit zero/none (``Figure.dash``); ``n/a``, ``BB``,
  ``Selesai`` are not figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

DASHES = {"-", "–", "—", "--", "−"}

# Words that, printed right after a number, say what it counts. Kept lower-case.
UNIT_WORDS = {
    "orang", "unit", "paket", "layanan", "dokumen", "kegiatan", "program", "indikator",
    "lembaga", "lsp", "tenant", "perusahaan", "penelitian", "asesor", "kasus", "nilai",
    "poin", "juta", "miliar", "milyar", "ribu", "triliun", "persen", "kk", "sasaran",
    "desa", "kelompok", "ha", "ton", "km", "rekomendasi", "laporan", "sekolah", "peserta",
    "pegawai", "jiwa", "industri", "proyek", "modul", "kali", "bulan", "tahun", "hari",
    "gedung", "mou", "skkni", "implementasi", "buah", "set", "titik", "lokasi", "tuk",
    "ikk", "iku", "output", "aplikasi", "sistem", "inovasi", "kajian", "kab/kota", "opd",
}
SCALE_WORDS = {"ribu", "juta", "miliar", "milyar", "triliun"}

_NUMBER = r"\d+(?:[.,]\s?\d+)*"
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


@dataclass(frozen=True)
class Figure:
    """A number as printed: value, decimals shown, unit, and the printed text."""

    value: Decimal
    decimals: int
    unit: str | None
    text: str
    dash: bool = False

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def is_money(self) -> bool:
        return self.unit == "Rp"

    @property
    def half_ulp(self) -> Decimal:
        """Half a unit of the last printed digit: the printed value's rounding radius."""
        return Decimal(5) * Decimal(10) ** (-self.decimals - 1)

    @property
    def ulp(self) -> Decimal:
        return Decimal(10) ** (-self.decimals)

    def interval(self, exact_integers: bool = True) -> tuple[Decimal, Decimal]:
        """Values this printed figure may stand for.

        Whole numbers without a decimal part (counts of people, Rupiah) are exact unless
        ``exact_integers`` is false; decimals stand for the rounding interval.
        """
        if self.decimals == 0 and exact_integers and not self.is_percent:
            return self.value, self.value
        return self.value - self.half_ulp, self.value + self.half_ulp

    def __str__(self) -> str:
        return self.text


def _normalise_number(num: str) -> tuple[Decimal, int] | None:
    """Read the digits-and-separators part of a figure; see the module docstring."""
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
    """The unit of a cell, or False when trailing text makes the cell not a figure."""
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
        # "7 Talent Corner", "40 kesepakatan": a count of something, the first word naming it
        return first
    return False


def parse_figure(text: str) -> Figure | None:
    """Parse a table cell or a phrase that is exactly one figure.

    >>> parse_figure("Rp. 28.376.835.127,-").value
    Decimal('28376835127')
    >>> parse_figure("91,31%").decimals
    2
    >>> parse_figure("BB") is None
    True
    """
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


# Figures inside running text. A number may carry "Rp" before it and a unit or % after it.
_PROSE_RE = re.compile(
    r"(?<![\w.,/])"
    r"(?P<rp>Rp\.?\s*)?"
    r"(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<trail>,-)?"
    r"(?:\s*(?P<pct>%|persen\b))?"
    r"(?:\s+(?P<unit>[A-Za-z]+))?",
)


@dataclass(frozen=True)
class FoundFigure:
    """A figure found in running text, with its character span."""

    figure: Figure
    start: int
    end: int


def find_figures(text: str) -> list[FoundFigure]:
    """Every figure in a sentence, left to right, with its unit when one is printed."""
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


def format_id(value: Decimal, decimals: int, unit: str | None = None) -> str:
    """Print a value the Indonesian way at the given decimals: 1.576, 91,31%, Rp 1.250.000."""
    quantised = value.quantize(Decimal(10) ** -decimals, rounding=ROUND_HALF_UP)
    sign = "-" if quantised < 0 else ""
    text = f"{abs(quantised):,.{decimals}f}"
    text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    if unit == "%":
        return f"{sign}{text}%"
    if unit == "Rp":
        return f"{sign}Rp {text}"
    if unit:
        return f"{sign}{text} {unit}"
    return sign + text


def is_year(figure: Figure) -> bool:
    return figure.decimals == 0 and figure.unit is None and 1900 <= figure.value <= 2100 \
        and "." not in figure.text


def as_thousands(figure: Figure) -> Figure | None:
    """``10,730`` read again with ``,`` as a thousands mark, when the text allows it."""
    text = figure.text
    if figure.decimals != 3 or "." in text or text.count(",") != 1:
        return None
    int_part = text.split(",")[0].lstrip("-−( ")
    if not int_part.isdigit() or int_part == "0" or len(int_part) > 3:
        return None
    return Figure(figure.value * 1000, 0, figure.unit, text)
