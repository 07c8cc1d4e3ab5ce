"""Reading claims out of running text: numbers in words, counted nouns, list items.

Shared by the prose checks (``words_vs_number``, ``count_claim``, ``narrative_arithmetic``).
Nothing here judges; it only reads what the author wrote.

* :func:`parse_number_words` reads Indonesian number words back into a number, tolerating
  what authors and spellers vary on: ``milyar``/``miliar``, ``se-`` forms (``seratus``,
  ``se ribu``, ``se-ribu``), case, hyphens, a trailing ``rupiah``, ``koma`` decimals.
* :func:`words_for` spells a number with num2words (the reference speller, never our own).
* :func:`noun_kind` maps a counted noun (``IKU``, ``Indikator Kinerja``, ``kegiatan``) to one
  family, so that a claim about indicators is only compared with a list of indicators.
* :func:`list_marker` recognises a list item's marker and its style (``1.``, ``1)``, ``a.``,
  ``-``/``•``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from audit.figures import is_year

if TYPE_CHECKING:
    from audit.figures import Figure, FoundFigure
    from audit.model import Sentence

DIGITS = {
    "nol": 0, "kosong": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
}
# Single words that stand for a whole small number.
WHOLE = {"sepuluh": 10, "sebelas": 11, "seratus": 100}
SMALL_MULT = {"belas": 10, "puluh": 10, "ratus": 100}
SCALES = {
    "ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "milliar": 10**9,
    "triliun": 10**12, "trilyun": 10**12, "trilliun": 10**12,
}
# "seribu", "sejuta", "semiliar": one of a scale written as one word.
SE_SCALES = {"se" + k: v for k, v in SCALES.items()}
FILLER = {"rupiah", "rp", "dan", "persen"}
NUMBER_WORDS = set(DIGITS) | set(WHOLE) | set(SMALL_MULT) | set(SCALES) | set(SE_SCALES) \
    | {"koma"}

_TOKEN_SPLIT = re.compile(r"[\s\-–—/,.]+")

# A "sentence" with more figures than this is a table or a list run into one line, not a
# statement about a few quantities: the checks that read statements leave it out, which also
# bounds their work per sentence.
MAX_STATEMENT_FIGURES = 60


# between two cells of a row pasted as a line: spaces, a bound's sign, a unit mark
_CELL_GAP_RE = re.compile(r"^[\s≤≥<>%]*$")
FIGURE_RUN = 4  # bare figures in a row that make a table's row, not a statement


def in_figure_run(sentence: Sentence, found: FoundFigure) -> bool:
    """The figure stands among four or more figures parted by nothing but spaces (a bound's
    sign at most): a table's row that no table was rebuilt from (``kunjungan 24.815 28.000
    31.000 33.500 35.000``), not a statement about one of them. Prose lists figures with
    commas, words or units between them."""
    figures = sentence.figures
    index = next((i for i, f in enumerate(figures) if f is found), None)
    if index is None:
        return False
    low = high = index
    while low > 0 and _CELL_GAP_RE.match(sentence.text[figures[low - 1].end:figures[low].start]):
        low -= 1
    while high + 1 < len(figures) and _CELL_GAP_RE.match(
            sentence.text[figures[high].end:figures[high + 1].start]):
        high += 1
    return high - low + 1 >= FIGURE_RUN


def tokens(text: str) -> list[str]:
    """Lower-case words of a number phrase, hyphens, dashes and stray punctuation dropped."""
    return [t for t in _TOKEN_SPLIT.split(text.lower().strip(" ()*_\"'")) if t]


def is_number_phrase(text: str) -> bool:
    """Every word is a number word (``rupiah`` allowed): ``(dua puluh enam)``, not ``(unit)``."""
    words = [t for t in tokens(text) if t not in FILLER]
    return bool(words) and all(t in NUMBER_WORDS for t in words)


def parse_number_words(text: str) -> Decimal | None:
    """``dua puluh enam`` → 26, ``Dua Puluh Delapan Milyar ... Rupiah`` → 28 376 835 127.

    Returns None when the phrase is not a well-formed number in words (unknown word, two
    digits in a row, a multiplier without its digit, scales out of order).

    >>> parse_number_words("seratus sebelas")
    Decimal('111')
    >>> parse_number_words("dua koma lima")
    Decimal('2.5')
    """
    words = [t for t in tokens(text) if t not in FILLER]
    if not words:
        return None
    # "koma" splits the whole part from digits read one by one.
    if "koma" in words:
        at = words.index("koma")
        whole = parse_number_words(" ".join(words[:at])) if at else Decimal(0)
        frac = words[at + 1:]
        if whole is None or not frac or any(w not in DIGITS or w == "se" for w in frac):
            return None
        digits = "".join(str(DIGITS[w]) for w in frac)
        return whole + Decimal(f"0.{digits}")
    total = 0
    group = 0          # value of the current group under a thousand
    digit: int | None = None
    group_rank = 1000  # the last magnitude used inside the group: keeps ratus > puluh > unit
    last_scale = 10**16
    for word in words:
        if word in DIGITS:
            if digit is not None:
                return None
            digit = DIGITS[word]
            continue
        if word in WHOLE:
            if digit is not None:
                return None
            value = WHOLE[word]
            rank = 100 if value == 100 else 10
            if rank >= group_rank:
                return None
            group += value
            # "sepuluh"/"sebelas" close the tens and units; "seratus" leaves them open.
            group_rank = 100 if value == 100 else 1
            continue
        if word in SMALL_MULT:
            if digit is None or digit == 0:
                return None
            rank = SMALL_MULT[word]
            if rank >= group_rank:
                return None
            group += digit + 10 if word == "belas" else digit * rank
            # "dua belas" closes the tens and units of the group.
            group_rank = 1 if word == "belas" else rank
            digit = None
            continue
        scale = SCALES.get(word) or SE_SCALES.get(word)
        if scale is None:
            return None
        if word in SE_SCALES:
            if digit is not None or group:
                return None
            value = 1
        else:
            value = group + (digit or 0)
            if value == 0:
                return None
        if scale >= last_scale:
            return None
        total += value * scale
        last_scale = scale
        group, digit, group_rank = 0, None, 1000
    if digit is not None:
        if group_rank <= 1:
            return None
        group += digit
    return Decimal(total + group)


_WORD_ALT = "|".join(sorted(NUMBER_WORDS - {"koma", "se"}, key=len, reverse=True))
# A run of number words (``dua puluh enam``, ``Dua-Puluh``), whole words only: "lima" inside
# "kelimaratus" or "Kalimantan" is no number.
NUMBER_RUN = rf"(?:{_WORD_ALT})(?:[\s-]+(?:{_WORD_ALT}))*"


def words_for(value: Decimal | int) -> str:
    """The number spelled by num2words in Indonesian (``26`` → ``dua puluh enam``)."""
    from num2words import num2words  # imported when a number is spelled, not at start-up

    if isinstance(value, Decimal) and value != value.to_integral_value():
        return str(num2words(value, lang="id"))
    return str(num2words(int(value), lang="id"))


def normalise_words(text: str) -> str:
    """Words in one canonical spelling, for printing and for string comparison."""
    out = []
    for t in tokens(text):
        if t in ("milyar", "milliar"):
            t = "miliar"
        elif t in ("trilyun", "trilliun"):
            t = "triliun"
        out.append(t)
    return " ".join(out)


# ---------------------------------------------------------------- counted nouns

# Families of nouns that count the same kind of item; the first word of a noun phrase decides.
_NOUN_FAMILIES = {
    "indikator": "indikator", "iku": "indikator", "ikk": "indikator", "iks": "indikator",
    "ikss": "indikator", "ikp": "indikator", "ik": "indikator",
    "program": "program", "kegiatan": "kegiatan", "subkegiatan": "subkegiatan",
    "sasaran": "sasaran", "sp": "sasaran", "tujuan": "tujuan", "misi": "misi",
    "prespektif": "perspektif", "perspektif": "perspektif", "strategi": "strategi",
    "kebijakan": "kebijakan", "bidang": "bidang", "seksi": "seksi", "unit": "unit",
    "output": "output", "keluaran": "output", "komponen": "komponen", "aspek": "aspek",
    "faktor": "faktor", "tahap": "tahap", "tahapan": "tahap", "langkah": "langkah",
    "kendala": "kendala", "permasalahan": "permasalahan", "masalah": "permasalahan",
    "inovasi": "inovasi", "rekomendasi": "rekomendasi", "layanan": "layanan",
    "kejuruan": "kejuruan", "jenis": "jenis", "kategori": "kategori", "prioritas": "prioritas",
    "agenda": "agenda", "pilar": "pilar", "arah": "arah", "nilai": "nilai",
    # units a table lists one per row: audit objects, offices, villages, schools ...
    "obyek": "obyek", "objek": "obyek", "opd": "opd", "satker": "satker",
    "puskesmas": "puskesmas", "kecamatan": "kecamatan", "desa": "desa",
    "kelompok": "kelompok", "sekolah": "sekolah", "urusan": "urusan",
}


def noun_kind(phrase: str) -> str | None:
    """The family of a counted noun phrase: ``IKU`` and ``Indikator Kinerja`` → indikator.

    ``Sub Kegiatan`` is its own family: a list of sub-activities is not a list of activities.
    """
    words = re.findall(r"[a-z]+", phrase.lower())
    if not words:
        return None
    if words[0] == "sub" and len(words) > 1:
        words = ["sub" + words[1]] + words[2:]
    return _NOUN_FAMILIES.get(words[0])


# ---------------------------------------------------------------- list items

_MARKER_RE = re.compile(
    r"""^[\s>]*(?:[-–•·▪◦●○*]\s+)?(?:\*\*|__)?\s*
    (?:
        (?P<num>\d{1,2})(?P<numend>[.)])(?!\d)
      | \((?P<pnum>\d{1,2})\)
      | (?P<let>[a-z])(?P<letend>[.)])
      | (?P<bullet>[-–•·▪◦●○*])
    )\s+(?=\S)""",
    re.VERBOSE,
)


def list_marker(line: str) -> tuple[str, int | None, str] | None:
    """A list item's style, its number (letters count a=1) and the item text, or None.

    >>> list_marker("2) **Sasaran Program 2 ...**")[:2]
    ('n)', 2)
    """
    m = _MARKER_RE.match(line)
    if not m:
        return None
    rest = line[m.end():].strip(" *_")
    if m.group("num"):
        return "n" + m.group("numend"), int(m.group("num")), rest
    if m.group("pnum"):
        return "(n)", int(m.group("pnum")), rest
    if m.group("let"):
        return "a" + m.group("letend"), ord(m.group("let")) - ord("a") + 1, rest
    return "bullet", None, rest


# ---------------------------------------------------------------- worked-out figures

def worked_out(fig: Figure, sentence: Sentence) -> bool:
    """The figure is exactly the sum or the difference of two other figures of its sentence:
    the sentence works it out, it restates no cell."""
    values = [f.figure.value for f in sentence.figures
              if f.figure is not fig and not f.figure.dash and not is_year(f.figure)
              and f.figure.is_percent == fig.is_percent]
    if sum_or_difference(values, fig.value):
        return True
    # "naik Rp 204.523.900,- atau 2,07% dibandingkan ... (Rp 9.885.067.450,-)": a percentage
    # of two amounts the sentence prints; "85,00% ... terhadap target awal 80,00%
    # capaiannya 106,25%": the ratio of two percentages it prints
    amounts = [f.figure for f in sentence.figures
               if f.figure is not fig and not f.figure.dash and not is_year(f.figure)
               and f.figure.value]
    if percentage_of(fig, ((a.value, b.value) for a in amounts for b in amounts
                           if a is not b and (a.value < b.value
                                              or a.is_percent and b.is_percent))):
        return True
    # "22 layanan; 134 hari kerja; rata-rata 6,09 hari kerja": an average the sentence works
    # out from two of its own figures
    return averaged(fig, sentence, [a.value for a in amounts])


def averaged(fig: Figure, sentence: Sentence, values: list[Decimal]) -> bool:
    """``fig``, printed after ``rata-rata``, is a / b of two of the values at its printed
    precision: an average worked out from them."""
    at = next((f for f in sentence.figures if f.figure is fig), None)
    if at is None or fig.is_percent or not fig.decimals \
            or not _AVERAGE_BEFORE_RE.search(sentence.text[max(0, at.start - 30):at.start]):
        return False
    step = Decimal(1).scaleb(-fig.decimals)
    return any((a / b).quantize(step, rounding=ROUND_HALF_UP) == fig.value
               for a in values for b in values if b and a > b)


_AVERAGE_BEFORE_RE = re.compile(r"\brata-rata\b[^\d]*$", re.IGNORECASE)


def percentage_of(fig: Figure, pairs: Iterable[tuple[Decimal, Decimal]]) -> bool:
    """``fig``, a percentage, is a / b × 100 at its printed precision for one of the pairs."""
    step = Decimal(1).scaleb(-fig.decimals)
    return fig.is_percent and any(
        b and (a / b * 100).quantize(step, rounding=ROUND_HALF_UP) == fig.value
        for a, b in pairs)


def sum_or_difference(values: list[Decimal], target: Decimal) -> bool:
    """Two of ``values`` add up to ``target``, or one less another gives it."""
    return any(a + b == target or a - b == target
               for i, a in enumerate(values) for b in values[i + 1:] + values[:i])
