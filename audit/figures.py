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

Extraction and OCR damage is repaired only where one reading is left, and ``Figure.text``
keeps what was printed:

* a trailing dot after a grouped figure (``1.234.`` at the end of a sentence or cell) → 1234;
* in a table cell, ``O``/``o`` for ``0`` between digits (``2O5``, ``9O,5``) or inside a
  thousands group (``1.O00``), ``l``/``I`` for ``1`` inside a thousands group (``1.l50``), and
  a space beside the mark of a thousands-grouped figure (``12 .500``, ``1 .234.567``);
* in running text, only ``O``/``o`` inside a thousands group that also holds a digit
  (``1.2O0.000``): prose is full of words and codes next to numbers.

A number that runs on into more digits (``3.000.0000``, ``01.02.2025``, ``1.02.02.2.01``) is
not read in prose by its first part; :func:`malformed_reading` says what such a number could
mean when it has the shape of a figure (the ``malformed_figure`` check reports it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

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
    (?P<neg>[-−(+])?\s*
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


# The largest figure a report can mean: 18 integer digits (a quintillion rupiah is far beyond
# any budget) and 6 decimals. Longer digit runs are an OCR storm, a pasted hash or an account
# number: read as text, so that no arithmetic ever sees them (and a Decimal sum of a column
# of such figures always fits the context's 28 digits exactly).
MAX_INTEGER_DIGITS = 18
MAX_DECIMALS = 6


def _normalise_number(num: str) -> tuple[Decimal, int] | None:
    """Read the digits-and-separators part of a figure; see the module docstring.

    None when the number has no single reading, or lies beyond what a report can mean."""
    if len(num) > 4 * MAX_INTEGER_DIGITS:
        return None
    parsed = _normalise_any_number(num)
    if parsed is None:
        return None
    value, decimals = parsed
    if decimals > MAX_DECIMALS or value.adjusted() >= MAX_INTEGER_DIGITS:
        return None
    return parsed


def too_long(num: str) -> bool:
    """Digits and marks whose value would pass :data:`MAX_INTEGER_DIGITS` or
    :data:`MAX_DECIMALS`: a figure no report can mean."""
    digits = re.sub(r"[^\d]", "", num)
    if len(digits) > MAX_INTEGER_DIGITS + MAX_DECIMALS:
        return True
    parsed = _normalise_any_number(num) if len(num) <= 4 * MAX_INTEGER_DIGITS else None
    return parsed is not None and (parsed[1] > MAX_DECIMALS
                                   or parsed[0].adjusted() >= MAX_INTEGER_DIGITS)


_SPACE_AFTER_MARK_RE = re.compile(r"([.,])\s+")


def _normalise_any_number(num: str) -> tuple[Decimal, int] | None:
    num = _SPACE_AFTER_MARK_RE.sub(r"\1", num)
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
    read = _read_figure(text.strip())
    # A new object per call: checks tell two mentions of the same printed text apart by
    # identity (a prose figure and its sentence, a cell and its restatements).
    return None if read is None else Figure(read.value, read.decimals, read.unit, read.text,
                                            read.dash)


# Reports print the same cells many times over (`-`, `100,00`, `Orang`) and every reader and
# check parses them again: one reading per distinct text serves all.
@lru_cache(maxsize=1 << 16)
def _read_figure(stripped: str) -> Figure | None:
    if not stripped:
        return None
    if stripped in DASHES:
        return Figure(Decimal(0), 0, None, stripped, dash=True)
    figure = _parse_clean(stripped)
    if figure is not None and figure.unit and set(figure.unit) == {"o"}:
        # "1.0OO" and "2OO" are OCR's zeros, not a count of something called "oo": read them
        # as damage (1.000; 2OO has no digit after its O's, so it stays unread, not 2).
        figure = None
    # Damage is repaired only in what the ordinary reading rejects, so no other figure that
    # reads today can read differently because of the repair.
    return figure or _parse_damaged(stripped)


_ITEM_CODE_RE = re.compile(r"^\d{1,2}\.\d{1,2}$")


def _parse_clean(stripped: str) -> Figure | None:
    """A cell read by the rules of the module docstring, without any damage repair."""
    m = _CELL_RE.match(stripped)
    if not m:
        return None
    unit = _unit(m.group("rp"), m.group("pct"), m.group("unit"))
    if unit is False:
        return None
    if _ITEM_CODE_RE.match(m.group("num")) and m.group("unit") and m.group("unit")[0].isupper() \
            and len(m.group("unit").split()) >= 2:
        # "1.3 Jumlah litmas yang diselesaikan": an item's number and its name, no count of
        # 1,3 "Jumlah" (a decimal point before one or two digits is no Indonesian figure)
        return None
    parsed = _normalise_number(m.group("num"))
    if parsed is None:
        return None
    value, decimals = parsed
    neg = m.group("neg")
    if neg == "(" and not m.group("close") or m.group("close") and neg != "(":
        return None
    if neg and neg != "+":  # "+318": a rise printed with its sign
        value = -value
    return Figure(value, decimals, unit if isinstance(unit, str) else None, stripped)


# ---------------------------------------------------------------------------------------------
# Extraction damage in table cells.

# A cell whose number may hold OCR letters, a space beside a mark, or a trailing dot. The
# letters are matched case-sensitively on purpose: "l" and "I" are OCR's ones, "L"/"i" are not.
_DAMAGED_CELL_RE = re.compile(
    r"""^(?P<head>[-−(]?\s*(?:(?i:rp)\.?\s*)?)
    (?P<num>\d[\dOoIl]*(?:[ \t]*[.,][ \t]*[\dOoIl]+)*)
    (?P<dot>\.(?![-\d.,]))?
    (?P<tail>.*)$""",
    re.VERBOSE | re.DOTALL,
)
_GROUPED_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_AS_DIGITS = str.maketrans("OoIl", "0011")
# Whitespace before a mark, or more than the one space after it that the ordinary rules allow.
_SPACE_DAMAGE_RE = re.compile(r"\s[.,]|[.,]\s{2,}")


def _parse_damaged(stripped: str) -> Figure | None:
    """A cell the ordinary rules reject, read again with extraction damage undone."""
    m = _DAMAGED_CELL_RE.match(stripped)
    if not m:
        return None
    num = m.group("num")
    trailing_dot = m.group("dot") is not None
    if not (trailing_dot or _SPACE_DAMAGE_RE.search(num) or any(c in "OoIl" for c in num)):
        return None
    repaired = _repair_number(num, trailing_dot)
    if repaired is None:
        return None
    figure = _parse_clean(m.group("head") + repaired + m.group("tail"))
    if figure is None:
        return None
    return Figure(figure.value, figure.decimals, figure.unit, stripped)


def _repair_number(num: str, trailing_dot: bool) -> str | None:
    """The digits and marks of a damaged cell figure with the damage undone, or None when
    the damage leaves the figure open to more than one reading.

    A trailing dot, a space beside a mark and an ``l``/``I`` are repaired only in a figure
    that is thousands-grouped once repaired, because the grouping is what shows the text is
    one figure (``1.`` alone is a row number, ``2.07. 01`` a budget code, ``II`` a numeral).
    An ``O`` needs less: digits on both sides (``2O5``, ``9O,5``) already leave one reading.
    """
    compact = re.sub(r"\s*([.,])\s*", r"\1", num)
    repaired = compact.translate(_AS_DIGITS)
    grouped = _GROUPED_RE.fullmatch(repaired) is not None
    if (trailing_dot or _SPACE_DAMAGE_RE.search(num)) and not grouped:
        return None
    for i, char in enumerate(compact):
        if char in "lI" and not (grouped and _group_index(compact, i) > 0):
            return None
    for run in re.finditer(r"[Oo]+", compact):
        in_thousands_group = grouped and _group_index(compact, run.start()) > 0
        if not (in_thousands_group or _between_digits(compact, run.start(), run.end())):
            return None
    return repaired


def _group_index(num: str, position: int) -> int:
    """Which digit group a position of a number falls in: 0 before the first mark."""
    return sum(1 for c in num[:position] if c in ".,")


def _between_digits(num: str, start: int, end: int) -> bool:
    """A run of letters with a real digit before it and a digit (or a mark and a digit)
    after it: ``2O5``, ``9O,5``; not ``2O`` (which may be a code) nor ``9,5O``."""
    before = num[start - 1] if start > 0 else ""
    after = num[end:end + 2]
    return before.isdigit() and (after[:1].isdigit()
                                 or after[:1] in (".", ",") and after[1:2].isdigit())


# Figures inside running text. A number may carry "Rp" before it and a unit or % after it.
_PROSE_RE = re.compile(
    r"(?<![\w.,/])"
    r"(?P<rp>Rp\.?\s*)?"
    # A thousands group may carry OCR's "O" for 0 when it holds a real digit too (1.2O0.000).
    r"(?P<num>\d{1,3}(?:\.(?:\d{3}|(?=[Oo]{0,2}\d)[\dOo]{3}))+(?:,\d+)?|\d+(?:[.,]\d+)?)"
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


_YEAR_BEFORE_RE = re.compile(r"\b(?:tahun|th\.?|thn\.?|TA)\s*$", re.IGNORECASE)


def find_figures(text: str) -> list[FoundFigure]:
    """Every figure in a sentence, left to right, with its unit when one is printed."""
    found: list[FoundFigure] = []
    for m in _PROSE_RE.finditer(text):
        if _runs_on(text, m.end("num")):
            # 3.000.0000, 01.02.2025, 1.02.02.2.01: the match is only the start of a longer
            # number; reading that start would silently give a figure that was never printed.
            continue
        num = m.group("num").translate(_AS_DIGITS)
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
        elif unit_word in UNIT_WORDS and not (
                decimals == 0 and 1900 <= value <= 2100 and num.isdigit()
                and _YEAR_BEFORE_RE.search(text[max(0, m.start() - 12):m.start()])):
            # ("pada tahun 2025 nilai ini naik": a year, whatever word follows it)
            unit = "%" if unit_word == "persen" else unit_word
        else:
            unit = None
            end = m.end("trail") if m.group("trail") else m.end("num")
        printed = text[m.start():end].strip()
        found.append(FoundFigure(Figure(value, decimals, unit, printed), m.start(), end))
    return found


def _runs_on(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` continues: a digit, a mark and a digit, or OCR's
    zeros (``1.OOO``; but not ``5.000.Oleh``, a sentence glued to the next one)."""
    return bool(_RUNS_ON_RE.match(text, end))


# (and "2156.QAA.001", "4957.BDB": an output code of the central budget, not 2156 or 4957)
_RUNS_ON_RE = re.compile(r"\d|[Oo](?:[\dOo]|[.,]\d)|[.,](?:\d|[Oo][\dOo])|\.[A-Z]{2,4}(?![a-z])")


# ---------------------------------------------------------------------------------------------
# Malformed figures: the shape of a grouped figure with one thing wrong, so that it has no
# single reading. They are not repaired; ``malformed_figure`` reports them with their readings.


@dataclass(frozen=True)
class Malformed:
    """A printed number that looks like a figure but has no single reading.

    ``readings`` are the likeliest values, most likely first; ``doubt`` says what else may
    have happened when that cannot be written as a value (a digit lost in a middle group).
    """

    text: str
    reason: str
    readings: tuple[Figure, ...]
    doubt: str | None = None
    start: int = 0
    end: int = 0


_ORDINALS = {1: "pertama", 2: "kedua", 3: "ketiga", 4: "keempat", 5: "kelima", 6: "keenam"}


def _reading(value: Decimal, decimals: int) -> Figure:
    return Figure(value, decimals, None, format_id(value, decimals))


def malformed_reading(num: str) -> Malformed | None:
    """What a number of digits and marks that the ordinary rules reject could mean.

    Only the shapes of a figure with one slip are taken: thousands groups of three digits but
    one (``3.000.0000``, ``12.34.567``, ``1.234.56``), or ``.`` and ``,`` mixed where the last
    is the decimal mark or none is (``1.234,567.890``). Dates (``01.02.2025``), codes
    (``1.02.02.2.01``, ``019.10.2.579337``), versions and addresses have two or more odd groups
    or a leading zero, and are left alone.

    >>> [r.text for r in malformed_reading("3.000.0000").readings]
    ['30.000.000', '3.000.000']
    >>> malformed_reading("1.02.02.2.01") is None
    True
    """
    num = re.sub(r"\s*([.,])\s*", r"\1", num.strip())
    if not re.fullmatch(r"\d+(?:[.,]\d+){2,5}", num) or _normalise_number(num) is not None:
        return None
    groups = re.split(r"[.,]", num)
    marks = re.findall(r"[.,]", num)
    first = groups[0]
    if not 1 <= len(first) <= 3 or first.startswith("0") or set(marks) == {","}:
        # A leading zero is a code or a date; commas alone are a list (1,2,3).
        return None
    whole = Decimal("".join(groups))
    if set(marks) == {"."}:
        return _malformed_groups(num, groups, whole)
    # Mixed marks: the last one as the decimal mark, or every mark a thousands mark.
    readings = []
    if _all_threes(groups[1:-1]):
        int_digits = "".join(groups[:-1])
        readings.append(_reading(Decimal(f"{int_digits}.{groups[-1]}"), len(groups[-1])))
    if _all_threes(groups[1:]):
        readings.append(_reading(whole, 0))
    if not readings:
        return None
    return Malformed(num, "tanda titik dan koma bercampur", tuple(readings))


def _all_threes(groups: list[str]) -> bool:
    return all(len(g) == 3 for g in groups)


def _malformed_groups(num: str, groups: list[str], whole: Decimal) -> Malformed | None:
    """``.``-grouped digits with exactly one group that is not three digits long."""
    bad = [i for i, g in enumerate(groups) if i > 0 and len(g) != 3]
    if len(bad) != 1:
        return None
    index = bad[0]
    size = len(groups[index])
    last = index == len(groups) - 1
    where = "terakhir" if last else _ORDINALS.get(index + 1, f"ke-{index + 1}")
    reason = f"kelompok digit {where} {size} angka"
    if last and size == 4:
        # One digit too many at the end: the digits as printed, or the group cut to three.
        cut = Decimal("".join(groups[:-1]) + groups[-1][:3])
        return Malformed(num, reason, (_reading(whole, 0), _reading(cut, 0)))
    if last and size in (1, 2):
        # 1.234.56: a decimal point typed as a dot, or the grouping is off.
        decimal = Decimal(f"{''.join(groups[:-1])}.{groups[-1]}")
        return Malformed(num, reason, (_reading(decimal, size), _reading(whole, 0)))
    if not last and size == 2 and groups[index].startswith("0"):
        # 1.02.001: a zero-padded two-digit part is how budget codes are numbered.
        return None
    if not last and size in (2, 4):
        doubt = "ada angka yang hilang" if size == 2 else "ada angka yang berlebih"
        return Malformed(num, reason, (_reading(whole, 0),), doubt)
    return None


_MALFORMED_CELL_RE = re.compile(
    r"""^\s*[-−(]?\s*
    (?P<rp>(?i:rp)\.?\s*)?
    (?P<num>\d[\dOoIl]*(?:\s*[.,]\s*[\dOoIl]+)*)
    (?:,-|,--|\.-|\.)?
    \s*(?P<pct>%)?
    \s*(?P<unit>(?i:[a-z/&]+(?:\s[a-z/&.0-9]+){0,3}))?
    \s*\)?\s*$""",
    # Not IGNORECASE as a whole: "l"/"I" are OCR's ones, "L"/"i" are not.
    re.VERBOSE,
)


def malformed_cell(text: str) -> Malformed | None:
    """A table cell that is one malformed figure (with its Rp, % or unit), or None.

    Besides the shapes of :func:`malformed_reading`, a cell whose OCR letters could not be
    repaired (``3OO``, ``2O``, ``1l``: no digit after the letter, so no single reading) is
    named with the reading the letters as digits give; the caller decides whether the cell
    stands among figures, where that reading is the likely one.
    """
    stripped = text.strip()
    m = _MALFORMED_CELL_RE.match(stripped)
    if not m or _unit(m.group("rp"), m.group("pct"), m.group("unit")) is False:
        return None
    num = re.sub(r"\s*([.,])\s*", r"\1", m.group("num"))
    letters = sorted({c for c in num if c in "OoIl"})
    digits = num.translate(_AS_DIGITS)
    if too_long(digits):
        size = len(re.sub(r"[^\d]", "", digits))
        shown = stripped if len(stripped) <= 40 else stripped[:37] + "..."
        return Malformed(shown, f"{size} angka, lebih panjang dari angka mana pun yang dapat "
                         "dimaksud laporan", (), "tidak dinilai", 0, len(stripped))
    found = malformed_reading(digits)
    if not letters:
        if found is None:
            return None
        return Malformed(stripped, found.reason, found.readings, found.doubt, 0, len(stripped))
    named = " dan ".join(f"'{c}'" for c in letters)
    reason = f"huruf {named} di tempat angka"
    if found is not None:
        return Malformed(stripped, f"{reason}, {found.reason}", found.readings, found.doubt,
                         0, len(stripped))
    parsed = _normalise_number(digits)
    if parsed is None:
        return None
    return Malformed(stripped, reason, (_reading(*parsed),), None, 0, len(stripped))


# In running text a malformed number is a figure only when its context says it is an amount:
# Rp before it, % after it, a counted noun after it, or a word that introduces an amount.
# Codes are followed by "Program", "Kegiatan" or "Sasaran", so those nouns do not count.
_MALFORMED_PROSE_RE = re.compile(
    r"(?<![\w.,/])(?P<rp>Rp\.?\s*)?(?P<num>\d+(?:[.,]\d+){2,5})(?![\w/]|[.,]\w)"
    r"(?:,-)?(?:\s*(?P<pct>%|persen\b))?(?:\s+(?P<unit>[A-Za-z]+))?",
)
_AMOUNT_WORDS_RE = re.compile(
    r"\b(?:sebesar|senilai|sebanyak|berjumlah|mencapai|menjadi|hanya|total|jumlah)\s*:?\s*$",
    re.IGNORECASE,
)
_CODE_NOUNS = {"program", "kegiatan", "sasaran", "indikator", "output", "iku", "ikk", "tahun",
               "bulan", "hari", "nilai", "poin", "sistem", "aplikasi", "dokumen", "laporan"}


def find_malformed(text: str) -> list[Malformed]:
    """Malformed figures in running text, with their spans; see :func:`malformed_reading`."""
    out: list[Malformed] = []
    for m in _MALFORMED_PROSE_RE.finditer(text):
        unit = (m.group("unit") or "").lower()
        amount = (m.group("rp") or m.group("pct")
                  or unit in UNIT_WORDS and unit not in _CODE_NOUNS
                  # the word just before: a bounded look-back keeps a long line linear
                  or _AMOUNT_WORDS_RE.search(text, max(0, m.start() - 40), m.start()))
        if not amount:
            continue
        found = malformed_reading(m.group("num"))
        if found is None:
            continue
        printed = text[m.start():m.end("num")]
        out.append(Malformed(printed, found.reason, found.readings, found.doubt,
                             m.start(), m.end("num")))
    return out


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


_FACTOR_BEFORE_RE = re.compile(r"(?:\bdikali(?:kan)?|\bkali|[x×*])\s*$", re.IGNORECASE)


def is_formula_factor(text: str, found: FoundFigure) -> bool:
    """``realisasi dibagi pagu dikali 100%``, ``R/T x 100``: the 100 a formula multiplies by
    is no value of anything."""
    return found.figure.value == 100 and bool(_FACTOR_BEFORE_RE.search(text[:found.start]))


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
