"""near_miss: a figure in the text is one typing slip away from a table figure about the same
thing, and is printed nowhere else in the report.

The commonest real break in a draft is a figure retyped into the narrative with a slip: two
adjacent digits swapped (16.535 → 16.553), one digit changed, dropped or doubled. Linking a
sentence to a table by its phrasing misses most of them, because authors phrase restatements
in endless ways. This check needs no phrasing. It indexes every table figure once by its
digits, and for each figure of a sentence asks two questions:

* does the same value appear anywhere else in the report (a table cell or another sentence)?
  If so, the figure is a faithful restatement (or a deliberate other quantity): no finding;
* is it one slip away from a table figure printed with the same precision and unit, in a
  row whose own words (its label, its code) the sentence also uses? Then the two are one
  fact printed two ways.

Both conditions are needed: a typing slip alone is common by chance between unrelated
figures, and so are shared words.

Between two tables the same holds for figures of six significant digits or more (a long
amount does not meet another by chance), with an acronym also naming a row (``KDP`` for
``Konstruksi Dalam Pengerjaan``); the slip is the figure its own table does not vouch for,
where the other's row holds a sum it is a term of or its column adds up to its total row.

Figures with fewer than three significant digits, years, and sentences comparing periods or
revisions are left alone, except in a clause that names a row of a breakdown table whole and
prints the row's own share beside the figure (``disusul Pengadilan Agama Tanjung Wangi
sebanyak 68 perkara (15,53%)`` against the row ``66 | 15,53``): the share vouches for the
row, so one slip from another of its cells is that cell mistyped, however short.

Severity: ``critical`` for money, ``major`` otherwise.

Passes (the text restates the table)::

    | Kegiatan               | Peserta |
    | Pelatihan kewirausahaan | 16.535 |

    Pelatihan kewirausahaan diikuti 16.535 peserta.

Fails (two digits swapped, and 16.553 appears nowhere else)::

    Pelatihan kewirausahaan diikuti 16.553 peserta.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import lru_cache
from itertools import combinations, product

from audit.chapters import chapter_of, chapter_starts, same_scope
from audit.checks.base import Rule
from audit.claims import REFERENCE_BEFORE_RE, quarters_in
from audit.facts import (
    END_TARGET_RE,
    INDICATOR_CODE_RE,
    YEAR_RE,
    attribute_of,
    name_tokens,
    report_year,
    scale_of,
)
from audit.figures import Figure, FoundFigure, format_id, is_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import TABLE_NUMBER_RE, Cell, Document, Row, Sentence, Table, is_total_label
from audit.precision import Verdict, interval_sum, judge
from audit.prose import (
    MAX_STATEMENT_FIGURES,
    averaged,
    in_figure_run,
    percentage_of,
    sum_or_difference,
    worked_out,
)
from audit.sections import heading_before, headings

DOC_ID = """near_miss: angka di teks berbeda satu salah ketik dari angka tabel tentang hal yang
sama, dan tidak tercetak di bagian lain laporan.

Ketidaksesuaian nyata yang paling umum dalam draf adalah angka yang diketik ulang ke dalam
uraian naratif dengan satu salah ketik: dua digit bersebelahan tertukar (16.535 → 16.553),
satu digit berubah, hilang atau berganda. Mengaitkan kalimat dengan tabel melalui rumusan
kalimatnya melewatkan sebagian besar kesalahan ini, karena penyusun mengulang angka dengan
rumusan yang tidak terhingga ragamnya. Pemeriksaan ini tidak memerlukan rumusan kalimat.
Setiap angka tabel diindeks satu kali menurut digitnya, dan untuk setiap angka dalam kalimat
diajukan dua pertanyaan:

* apakah nilai yang sama muncul di tempat lain dalam laporan (sel tabel atau kalimat lain)?
  Jika ya, angka tersebut merupakan pengulangan yang setia (atau memang besaran lain yang
  disengaja): tidak ada temuan;
* apakah angka tersebut berjarak satu salah ketik dari angka tabel yang tercetak dengan
  presisi dan satuan yang sama, pada baris yang kata-katanya sendiri (labelnya, kodenya) juga
  digunakan dalam kalimat tersebut? Jika ya, keduanya adalah satu fakta yang tercetak dengan
  dua cara.

Kedua syarat diperlukan: satu salah ketik saja sering terjadi secara kebetulan di antara
angka-angka yang tidak berhubungan, demikian pula kesamaan kata.

Di antara dua tabel berlaku hal yang sama untuk angka dengan enam digit signifikan atau lebih
(jumlah yang panjang tidak bertemu angka lain secara kebetulan), dengan singkatan yang juga
menamai baris (``KDP`` untuk ``Konstruksi Dalam Pengerjaan``); yang salah ketik adalah angka
yang tidak dijamin tabelnya sendiri, sedangkan baris angka lainnya memuat penjumlahan yang
menyertakannya atau kolomnya cocok dengan baris jumlahnya.

Angka dengan kurang dari tiga digit signifikan, tahun, dan kalimat yang membandingkan periode
atau revisi tidak dinilai, kecuali dalam anak kalimat yang menyebut utuh satu baris tabel
rincian dan mencantumkan porsi baris itu di samping angkanya (``disusul Pengadilan Agama
Tanjung Wangi sebanyak 68 perkara (15,53%)`` terhadap baris ``66 | 15,53``): porsinya
menjamin barisnya, sehingga angka yang berbeda satu ketikan dari sel lain baris itu adalah
sel tersebut yang salah ketik, sependek apa pun.

Tingkat keparahan: ``critical`` untuk uang, ``major`` untuk selebihnya.

Lolos (teks menyebut kembali angka tabel)::

    | Kegiatan               | Peserta |
    | Pelatihan kewirausahaan | 16.535 |

    Pelatihan kewirausahaan diikuti 16.535 peserta.

Gagal (dua digit tertukar, dan 16.553 tidak muncul di tempat lain)::

    Pelatihan kewirausahaan diikuti 16.553 peserta.
"""

RULE_ID = "near_miss"
MIN_SIGNIFICANT = 3
# A figure this long is one slip from a table figure by chance too rarely for words to be
# needed: "anggaran belanja sebesar Rp 9.714.080.000" beside a Jumlah of 9.741.080.000.
MIN_LONE_SIGNIFICANT = 7
MIN_SHARED_WORDS = 2
MANY_PRINTS = 3  # cells printing one value: the report's own fact, a slip of it needs less

# Words every row and sentence of a report shares: they say nothing about which row.
_GENERIC = {
    "jumlah", "total", "persentase", "persen", "capaian", "target", "realisasi", "anggaran",
    "pagu", "kegiatan", "program", "sub", "indikator", "kinerja", "nilai", "rata", "tingkat",
    "orang", "unit", "paket", "dokumen", "tahun", "sebesar", "sebanyak", "rp", "rupiah",
    "daerah", "kabupaten", "kota", "provinsi", "dinas", "badan", "pelaksanaan",
    "layanan", "pelayanan", "laporan", "data", "sasaran", "strategis", "utama", "yang",
}
_PERIOD_RE = re.compile(
    # ("menjadi B" is not here: B is the value the change arrives at, this year's figure)
    r"\b(tahun\s+(lalu|sebelumnya)|dibanding\w*|sebelum\w*|semula|"
    r"naik|turun|meningkat|menurun|peningkatan|penurunan|selisih|"
    # ("lebih kecil dari 207.148 penumpang": the figure compared with, printed as it is)
    r"bertambah|berkurang|lebih\s+\w+(?!\s+dari(?:pada)?\s*$)|kurang\s+dari|"
    # "naik hingga 95", never "sampai dengan triwulan III" (a cumulative period: the figure
    # is this period's own)
    r"(?:hingga|sampai)(?!\s+(?:dengan|akhir|triwulan|tw|semester|bulan|tanggal)\b))\b",
    re.IGNORECASE)
# An average of several figures is derived from them, never one of them restated; it is
# compared only with a cell that is itself an average ("Rata-rata waktu penyelesaian").
_AVERAGE_RE = re.compile(r"\b(?:rata-rata|rerata|rata\s+rata)\b", re.IGNORECASE)
# Which version of a figure the clause names (pagu murni or perubahan, target awal or
# revisi): versions differ by small amounts that can look like a slip, so the figure is
# compared only with cells that name the same version.
_VERSION_RE = re.compile(r"\b(awal|murni|revisi|perubahan)\b", re.IGNORECASE)
# "Pagu DIPA ... semula sebesar Rp A dan setelah revisi menjadi Rp B": of a budget, the
# version before the revision (its pagu awal), not a value a change started from
_BUDGET_BEFORE_REVISION_RE = re.compile(
    r"\b(?:pagu|anggaran|dipa|dpa|apbd|apbn)\b(?:(?![.;]).){0,60}\bsemula\s+(?:sebesar\s+)?$",
    re.IGNORECASE)
_SHARE_RE = re.compile(r"\W*\s*(dari|terhadap)\s+(seluruh|total|jumlah|keseluruhan)\b",
                       re.IGNORECASE)
# the role a sentence gives the figure right after it ("capaian 95,80", "target 95,00")
_ROLE_BEFORE_RE = re.compile(r"\b(capaian|realisasi|target)(?:nya)?\b(?!.*\b(?:capaian|realisasi|"
                             r"target)\b)", re.IGNORECASE)
WINDOW = 15  # words before a figure that may name what it is about
CHANGE_WORDS = 5  # words before a figure in which a change word makes it another quantity
# a difference named as the clause's subject: "Selisih antara target dan realisasi sebesar
# 5,18 poin" (anywhere since the previous figure, not only in the last words)
_SAME_PERIOD_RE = re.compile(r"\b(?:triwulan|tw|semester|bulan|periode)\s+(?:yang\s+)?"
                             r"(?:sama|tersebut)\b", re.IGNORECASE)
_DIFFERENCE_RE = re.compile(r"\b(?:selisih|kesenjangan|deviasi)\b", re.IGNORECASE)
MAX_FIGURES = MAX_STATEMENT_FIGURES
WORKED_BACK = 3  # sentences of the paragraph before a figure it may be worked out from


@dataclass(frozen=True)
class _Place:
    table: Table
    row: Row
    cell: Cell

    @property
    def words(self) -> frozenset[str]:
        """What names this cell: its row's words and codes, its column's title, and for a
        total row (``Jumlah``) the table's caption."""
        codes = {c.text.strip() for c in self.row.cells if re.fullmatch(r"[\d.]+\d", c.text)
                 and c.figure is None}
        text = f"{self.row.label} {self.column}"
        if self.names_row:
            text += f" {self.table.caption or ''}"
        return (name_tokens(text) - _GENERIC) | frozenset(codes) | _indicator_codes(text) \
            | _numbered_names(self.row.label)

    @property
    def names_row(self) -> bool:
        """Whether the table's caption names this row: a total row, or a small table's rows.
        Any other row is named only by a word of its own label (a column's title names
        every row of the table alike)."""
        return self.row.kind == "total" or len(self.table.rows) <= 3

    @property
    def column(self) -> str:
        """The title of the cell's column ("" past the titled columns)."""
        return self.table.columns[self.cell.column] \
            if self.cell.column < len(self.table.columns) else ""

    @property
    def context(self) -> str:
        """What surrounds the cell: its row's label, its column's title, the caption."""
        return f"{self.row.label} {self.column} {self.table.caption or ''}"

    @property
    def is_average(self) -> bool:
        """The cell holds an average: its row or column says so."""
        return bool(_AVERAGE_RE.search(f"{self.row.label} {self.column}"))

    @property
    def label_words(self) -> frozenset[str]:
        return (name_tokens(self.row.label) - _GENERIC) | _indicator_codes(self.row.label) \
            | _numbered_names(self.row.label)

    @property
    def role(self) -> str | None:
        """The role of the cell's column (kinerja:target, :realisasi, :capaian) if any."""
        name = self.column
        attribute = attribute_of(name)
        if attribute and attribute.startswith("kinerja:"):
            return attribute
        # "Target 2025 / PK Perubahan": the role word the header begins with
        word = re.search(r"\b(target|realisasi|capaian)\b", name, re.IGNORECASE)
        return f"kinerja:{word.group(1).lower()}" if word else None

    @property
    def years(self) -> set[str]:
        """The years the cell's column, row or caption name."""
        return set(YEAR_RE.findall(self.context))

    @property
    def quarters(self) -> set[str]:
        """The quarters the cell's row, column or caption name."""
        return quarters_in(self.context)

    @property
    def version_words(self) -> frozenset[str]:
        return frozenset(v.lower() for v in _VERSION_RE.findall(self.context))

    @property
    def row_values(self) -> frozenset[Decimal]:
        return frozenset(c.figure.value.normalize() for c in self.row.cells
                         if c.figure is not None and c is not self.cell
                         and _informative(c.figure))

    @property
    def strong(self) -> frozenset[str]:
        """Words that name the row on their own: its codes and acronyms (``CRR``, ``BOR``)."""
        acronyms = {a.lower() for a in re.findall(r"\b[A-Z]{2,6}\b", self.row.label)}
        return frozenset(w for w in self.words if "." in w or "-" in w or w in acronyms)


# "indikator ini", "nilai tersebut": the sentence is about what the one before named
_BACK_REFERENCE_RE = re.compile(
    r"\b(?:indikator|sasaran|nilai|capaian|angka|skor|realisasi|target|persentase)\s+"
    r"(?:ini|tersebut)\b", re.IGNORECASE)
_ITS_RE = re.compile(r"\W*(?:jumlah|nilai|realisasi|capaian|angka|totall?|persentase)nya\b",
                     re.IGNORECASE)
_CODE_NAMED_RE = re.compile(r"\bkode\b(?:\s+[a-z]+){0,3}\s*:?\s*$", re.IGNORECASE)
_NON_DIGIT_RE = re.compile(r"\D")


def _knows_quarters(table: Table) -> bool:
    """The table has a quarter in its caption, a column or a row (a quarterly table)."""
    text = " ".join([table.caption or "", *table.columns, *(r.label for r in table.rows)])
    return bool(quarters_in(text)) or bool(re.search(r"\b(?:tw|triwulan)\b", text, re.I))


def _operand_of_a_share(value: Decimal, own: Figure, sentence: Sentence) -> bool:
    """``value``, standing for the sentence's figure ``own``, is the part or the base of a
    percentage the sentence prints, with another of its figures, at the percentage's
    printed precision."""
    others = [f.figure for f in sentence.figures if f.figure is not own and not f.figure.dash
              and not is_year(f.figure)]
    shares = [o for o in others if o.is_percent]
    values = [o.value for o in others if not o.is_percent and o.value > 0]
    return value > 0 and any(
        percentage_of(share, [(value, v) for v in values] + [(v, value) for v in values])
        for share in shares)


def _share_of_a_total(value: Decimal, sentence: Sentence, table: Table) -> bool:
    """``value`` is the part of a percentage the sentence prints, of a total the table
    prints (its total or subtotal rows), at the percentage's printed precision."""
    shares = [f.figure for f in sentence.figures if f.figure.is_percent]
    totals = [f.value for r in table.rows if r.kind == "total" or is_total_label(r.label or "")
              for c in r.cells if (f := c.figure) is not None and not f.is_percent
              and not f.dash and f.value > 0]
    return value > 0 and bool(totals) and any(
        percentage_of(share, [(value, t) for t in totals]) for share in shares)


_NUMBERED_NAME_RE = re.compile(r"\b([A-Za-z]{4,})\s+(\d{1,2})\b(?![.,]\d)")


def _numbered_names(text: str) -> frozenset[str]:
    """``Programa 2``, ``Koridor 4``: a name with its number, one word (``programa-2``) that
    tells its row from the others that share the name."""
    return frozenset(f"{m.group(1).lower()}-{m.group(2)}" for m in _NUMBERED_NAME_RE.finditer(text))


def _indicator_codes(text: str) -> frozenset[str]:
    """``IKK-4``, ``IKU 2`` as one word each: ``ikk-4``."""
    return frozenset(f"{m.group(1).lower()}-{m.group(2)}" for m in INDICATOR_CODE_RE.finditer(text))


@lru_cache(maxsize=1 << 14)
def digits_of(figure: Figure) -> str:
    """The figure's digits as printed, without its marks or leading zeros: what a slip
    changes (``2.315,40`` → ``231540``)."""
    return _NON_DIGIT_RE.sub("", format(figure.value.scaleb(figure.decimals).to_integral_value(),
                                   "f")).lstrip("0")


def _whole_rupiah(figure: Figure) -> Figure:
    """``Rp 33.902.879.204,00``: zero sen printed after a rupiah amount add no precision;
    it is the amount a budget table prints as ``33.920.879.204``."""
    if figure.is_money and figure.decimals and figure.value == figure.value.to_integral_value():
        return replace(figure, decimals=0)
    return figure


def _significant(figure: Figure) -> int:
    return len(digits_of(figure).rstrip("0")) if figure.decimals == 0 else len(digits_of(figure))


def _informative(figure: Figure) -> bool:
    """Precise enough that the same value in a row and in a sentence ties them (290 too)."""
    return _significant(figure) >= MIN_SIGNIFICANT or _round_by_one_zero(figure)


def _round_by_one_zero(figure: Figure) -> bool:
    """A count whose one closing zero leaves it short of significant digits (460, 2.310):
    a slip of it is taken only when two of its digits are swapped (406 for 460), the slip
    least likely to meet it by chance."""
    digits = digits_of(figure)
    return figure.decimals == 0 and _significant(figure) < MIN_SIGNIFICANT \
        and len(digits) >= MIN_SIGNIFICANT and len(digits) - len(digits.rstrip("0")) == 1


def slips(digits: str) -> set[str]:
    """Every digit string one typing slip away: a digit changed, two adjacent swapped, one
    dropped or one added."""
    out: set[str] = set()
    for i, ch in enumerate(digits):
        for d in "0123456789":
            if d != ch:
                out.add(digits[:i] + d + digits[i + 1:])
        if i + 1 < len(digits) and digits[i + 1] != ch:
            out.add(digits[:i] + digits[i + 1] + ch + digits[i + 2:])
        out.add(digits[:i] + digits[i + 1:])
    for i in range(len(digits) + 1):
        for d in "0123456789":
            out.add(digits[:i] + d + digits[i:])
    # a figure is not printed with a leading zero: such a variant is no slip of one
    return {s for s in out if s and s[0] != "0" and s != digits}


def _comparable(a: Figure, b: Figure) -> bool:
    """Printed alike: the same decimals, and neither a percentage nor money against the other
    (a bare figure in a table column of % or Rp is fine)."""
    if a.decimals != b.decimals:
        return False
    if a.is_percent and b.unit not in (None, "%") or b.is_percent and a.unit not in (None, "%"):
        return False
    return not (a.is_money and b.unit not in (None, "Rp") or b.is_money and a.unit not in
                (None, "Rp"))


def _decimal_mark(figure: Figure) -> str:
    """The character before the printed decimals (``,`` in ``35,25``, ``.`` in ``43.4``)."""
    digits = re.sub(r"[^\d.,]", "", figure.text)
    return digits[-figure.decimals - 1] if figure.decimals and len(digits) > figure.decimals \
        else ""


def _decimal_slip(a: Figure, b: Figure) -> bool:
    """One figure printed with one decimal more than the other, the whole part alike and
    the shorter not the longer rounded or cut (35,5 for 35,25: a decimal digit dropped; never
    35,3 or 35,2 for 35,25, which are 35,25 at a coarser precision)."""
    fine, coarse = (a, b) if a.decimals > b.decimals else (b, a)
    if fine.decimals - coarse.decimals != 1 or coarse.decimals < 1 \
            or int(fine.value) != int(coarse.value) or _decimal_mark(fine) != _decimal_mark(coarse):
        return False  # (a dropped digit keeps the mark: "43.4" beside "43,34" is a number)
    if not _comparable(coarse, replace(fine, decimals=coarse.decimals)):
        return False
    step = Decimal(1).scaleb(-coarse.decimals)
    return coarse.value not in {fine.value.quantize(step, rounding=ROUND_HALF_UP),
                                fine.value.quantize(step, rounding=ROUND_DOWN)}


def _index(doc: Document) -> tuple[dict[str, list[_Place]], set[Decimal]]:
    """Table figures by their digits (for slips), and every value a table prints."""
    by_digits: dict[str, list[_Place]] = {}
    values: set[Decimal] = set()
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                fig = cell.figure
                if fig is None:
                    continue
                values.add(fig.value.normalize())
                if not fig.dash and not is_year(fig) and _informative(fig):
                    by_digits.setdefault(digits_of(fig), []).append(_Place(table, row, cell))
    return by_digits, values


def _prose_counts(doc: Document) -> dict[Decimal, int]:
    counts: dict[Decimal, int] = {}
    for sentence in doc.sentences:
        for found in sentence.figures:
            key = found.figure.value.normalize()
            counts[key] = counts.get(key, 0) + 1
    return counts


_SCALES = {"ribu": 3, "juta": 6, "miliar": 9, "milyar": 9, "triliun": 12}
def _scale(figure: Figure) -> int | None:
    """``Rp 6,91 miliar`` → 9: the power of ten its scale word stands for."""
    words = (figure.unit or "").lower().split()
    return next((_SCALES[w] for w in words if w in _SCALES), None)


def _restates_its_sentence(fig: Figure, power: int, sentence: Sentence,
                           found: FoundFigure) -> bool:
    """An amount in juta or miliar that is another amount of its own sentence rounded."""
    scale = Decimal(10) ** power
    half = Decimal(5) * Decimal(10) ** (-fig.decimals - 1) * scale
    printed = fig.value * scale
    return any(f is not found and f.figure.is_money and _scale(f.figure) is None
               and printed - half <= f.figure.value < printed + half
               for f in sentence.figures)


def _column_scale(table: Table, column: int) -> int:
    """The power of ten a money column's figures stand for (0: whole rupiah), from its own
    name or the table's caption (``Tabel 3.18 ... (Rp 000)``)."""
    name = table.columns[column] if column < len(table.columns) else ""
    return len(str(scale_of(name, table.caption))) - 1


def _scaled_index(doc: Document, power: int, decimals: int) -> dict[str, list[_Place]]:
    """Money cells as a sentence in juta/miliar would print them: 6.193.400.000 → 6,19;
    a cell of a column in Rp miliar (1.842,67) as it stands."""
    out: dict[str, list[_Place]] = {}
    unit = Decimal(10) ** power
    quantum = Decimal(1).scaleb(-decimals)
    for table in doc.tables:
        scales = {c: _column_scale(table, c) for c in range(table.width)}
        for row in table.rows:
            for cell in row.cells:
                fig = cell.figure
                if fig is None or fig.dash:
                    continue
                scale = scales.get(cell.column, 0)
                rupiah = fig.value.scaleb(scale)
                if (fig.decimals and not scale) or abs(rupiah) < unit:
                    continue
                shown = (rupiah / unit).quantize(quantum, rounding=ROUND_HALF_UP)
                out.setdefault(re.sub(r"\D", "", format(shown, "f")).lstrip("0"), []).append(
                    _Place(table, row, cell))
    return out


_RANGE_WORDS = r"(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"
# ("3,50-<4,20": a bound's sign after the dash)
_RANGE_BEFORE_RE = re.compile(rf"\d\s*%?\s*{_RANGE_WORDS}\s*[<>≤≥]?\s*$", re.IGNORECASE)
_RANGE_AFTER_RE = re.compile(rf"^\s*%?\s*{_RANGE_WORDS}\s*[<>≤≥]?\s*\d", re.IGNORECASE)


# (a colon divides only with a space before it: "Realisasi 2025: 86,95" labels its figure)
_OPERATOR_BEFORE_RE = re.compile(r"(?:[×*÷/]|(?<=\s)[x:])\s*\(?\s*$")
_OPERATOR_AFTER_RE = re.compile(r"\s*%?\s*\)?\s*(?:[×*÷/]|x(?=\s))\s*\(?\s*\d")


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    by_digits, in_tables = _index(doc)
    if not by_digits:
        return result
    found_headings = headings(doc)
    scaled: dict[tuple[int, int], dict[str, list[_Place]]] = {}
    prose_counts = _prose_counts(doc)
    report = report_year(doc)
    row_names: list[frozenset[str]] | None = None  # read when a slip first needs them
    previous: Sentence | None = None
    history: list[Sentence] = []
    for sentence in doc.sentences:
        # "Indikator ini mencapai 97,05 persen": the figures of the sentence before (in the
        # same paragraph) name the row this one is about
        paragraph = previous if previous is not None and previous.block == sentence.block \
            else None
        back = paragraph if _BACK_REFERENCE_RE.search(sentence.text) else None
        # the paragraph so far (its last few sentences): what a figure may be worked out from
        # (statements only: a table run into one "sentence" works nothing out, and its
        # figures would make every pair of them a candidate)
        earlier = [s for s in history[-WORKED_BACK:] if s.block == sentence.block
                   and len(s.figures) <= MAX_FIGURES]
        history.append(sentence)
        previous = sentence
        if len(sentence.figures) > MAX_FIGURES or not _WORD_RE.search(sentence.text):
            # a table flattened into one "sentence", or a cell of an unread table alone on
            # its line ("88,00"): no statement to compare
            continue
        # "Retribusi daerah terealisasi Rp 23,72 miliar (102,20%)": an amount the sentence
        # prints in juta or miliar names the row that holds it in full
        rounded = [(f.figure.value, f.figure.decimals, p) for f in sentence.figures
                   if (p := _scale(f.figure)) is not None]
        for found in sentence.figures:
            fig = _whole_rupiah(found.figure)
            power = _scale(fig)
            if re.match(r"0\d", fig.text):
                continue  # "(0741) 552 190": a leading zero makes a code, not a quantity
            if fig.dash or is_year(fig) or _significant(fig) < (
                    2 if power else MIN_SIGNIFICANT) and not _round_by_one_zero(fig):
                continue
            if in_figure_run(sentence, found):
                continue  # a pasted table row no table was rebuilt from: no statement
            if power is not None and _restates_its_sentence(fig, power, sentence, found):
                continue  # "Rp 4.705.961.290,-, atau sekitar Rp 4,71 miliar": a rounding
            # the clause before the figure, back to the previous figure (at most 8 words)
            # years do not end the clause: "realisasi tahun 2024 sebesar 84,20"
            previous_end = max((f.end for f in sentence.figures if f.end <= found.start
                                and not is_year(f.figure)), default=0)
            before = " ".join(sentence.text[previous_end:found.start].split()[-8:])
            after = sentence.text[found.end:found.end + 40]
            # a change word governs the figure only from close by: "naik sebesar 12", not
            # "... masih menjadi tujuan utama penanaman modal dengan nilai 1.824,67"
            average = bool(_AVERAGE_RE.search(" ".join(before.split()[-CHANGE_WORDS:])))
            # "dari 64,35 pada 2023 menjadi 68,05 pada 2024 dan 70,20 pada 2025": each value of
            # a series is its year's level, bound by the year after it, whatever change word
            # the sentence began with
            series_year = _series_year(sentence.text, found)
            # "meningkat menjadi 71,15": the level a change arrived at, this year's value
            arrived = bool(_ARRIVED_RE.search(before))
            original_budget = fig.is_money and bool(
                _BUDGET_BEFORE_REVISION_RE.search(sentence.text[:found.start]))
            if series_year is None and not arrived and not original_budget and _PERIOD_RE.search(
                    " ".join(before.split()[-CHANGE_WORDS:])) \
                    or _DIFFERENCE_RE.search(sentence.text[previous_end:found.start]) \
                    or _SHARE_RE.match(after):
                continue  # "turun sebesar 367.987.000", "85,45% dari seluruh ...": another quantity
            if END_TARGET_RE.search(sentence.text[:found.start]):
                continue  # "Target akhir periode Renstra (2029) ... IKM 87,00": another period
            if _CODE_NAMED_RE.search(before) \
                    or REFERENCE_BEFORE_RE.search(sentence.text[:found.start]):
                continue  # "(kode urusan 2.15)", "Tabel 43.4": a code or a number, no quantity
            if _RANGE_BEFORE_RE.search(sentence.text[max(0, found.start - 20):found.start]) \
                    or _RANGE_AFTER_RE.match(after):
                continue  # "Menuju Informatif 80,00-89,99": a bound of a scale, not a fact
            if _OPERATOR_BEFORE_RE.search(before) or _OPERATOR_AFTER_RE.match(after):
                continue  # "NRR tertimbang = NRR × 0,111": a formula's constant, no quantity
            if worked_out(fig, sentence) or _worked_from(fig, sentence, earlier):
                continue  # the sum or difference of two other figures of its paragraph
            version = {v.lower() for v in _VERSION_RE.findall(before)} or (
                {"awal", "murni"} if original_budget else set())
            # another year's value ("realisasi tahun 2024 sebesar 84,20") is compared only
            # with cells that name that year, never with this year's
            other_years = {y for y in YEAR_RE.findall(" ".join(before.split()[-CHANGE_WORDS:]))
                           if y != report}
            if series_year is not None:
                other_years = {series_year} - {report}
            elif not other_years:
                other_years = _sentence_about(sentence.text, found.start, report)
            # the words near the figure name what it is about, not the whole paragraph
            near = " ".join(sentence.text[:found.start].split()[-WINDOW:]) + " " + \
                " ".join(_words_after(sentence.text[found.end:]))
            # a bullet or sentence under a heading is about what the heading names
            heading = heading_before(found_headings, sentence.line)
            if paragraph is not None and _ITS_RE.match(sentence.text):
                # "Paspor elektronik terus diminati. Jumlahnya mencapai 8.487 buku": the
                # sentence's "-nya" is what the one before it named
                near += " " + " ".join(paragraph.text.split()[-WINDOW:])
            own_words = name_tokens(near) - _GENERIC
            near += " " + heading
            words = name_tokens(near) - _GENERIC
            said_quarters = quarters_in(near)
            if not said_quarters and paragraph is not None \
                    and _SAME_PERIOD_RE.search(sentence.text[:found.start]):
                # "Pada triwulan yang sama 146 laporan ...": the quarter the sentence before
                # named
                said_quarters = quarters_in(paragraph.text)
                if len(said_quarters) == 1:
                    words |= name_tokens(f"triwulan {next(iter(said_quarters))}") - _GENERIC
            # (the code's own number reads as a figure: the words right before, not the
            # clause since the previous figure)
            own_codes = _indicator_codes(" ".join(sentence.text[:found.start].split()[-4:]))
            codes = set(re.findall(r"\b\d{1,4}(?:\.\d{1,4}){1,5}\b", near))
            codes |= _indicator_codes(near) | _numbered_names(near)
            key = fig.value.normalize()
            others = {f.figure.value.normalize() for f in sentence.figures
                      if f is not found and _informative(f.figure)}
            if _listed_in_brackets(sentence, found):
                # "desa bersinar (99,67%), klien ... (95,44%) dan berkas P21 (91,67%)": each
                # bracketed figure is its own item's; another item's value is no reason to
                # think this one is not a slip
                others = set()
            if back is not None:
                others |= {f.figure.value.normalize() for f in back.figures
                           if _informative(f.figure)
                           and not is_year(f.figure)}
            if power is not None:
                # "Rp 6,91 miliar": compared with money cells rounded the way it is printed
                index = scaled.setdefault((power, fig.decimals),
                                          _scaled_index(doc, power, fig.decimals))
                if digits_of(fig) in index or prose_counts.get(key, 0) > 1:
                    continue
                matches = _near(fig, words | codes, others, index, scaled_to=power)
            else:
                if key in in_tables or prose_counts.get(key, 0) > 1:
                    continue  # printed elsewhere too: a restatement, or another quantity
                budget_talk = bool(_BUDGET_TALK_RE.search(near))
                matches = _near(fig, words | codes, others, by_digits,
                                budget=budget_talk, rounded=rounded,
                                said_label=sentence.text[:found.start].lower())
                elsewhere = [m for m in matches if heading and heading_before(
                    found_headings, m.table.first_line) != heading]
                if elsewhere:
                    # the heading's words name the tables under it: a table of another
                    # section must be named by the sentence's own words
                    kept = {id(m.cell) for m in _near(fig, own_words | codes, others,
                                                      by_digits, budget=budget_talk,
                                                      rounded=rounded)}
                    matches = [m for m in matches if m not in elsewhere or id(m.cell) in kept]
            # "3,17 dari target 3,10": the target is quoted beside it, so 3,17 is not a slip of
            # the target but (perhaps) of the realisasi
            role = _ROLE_BEFORE_RE.search(" ".join(before.split()[-3:]))
            said = f"kinerja:{role.group(1).lower()}" if role else None
            matches = [m for m in matches if m.cell.figure is not None
                       and not _row_derived(fig, m.row, m.table)
                       and (not average or m.is_average)
                       and m.cell.figure.value.normalize() not in others
                       # "capaian 95,80 persen dari target" is no slip of a target cell
                       and (said is None or m.role in (None, said))
                       and (not other_years or other_years & m.years)
                       # (a sentence that names no other year speaks of the report's, not
                       # of a column titled "Realisasi 2024")
                       and (other_years or report is None
                            or set(YEAR_RE.findall(m.column)) in (set(), {report}))
                       # "IKU 8 sebesar 80,00%" is no slip of the IKU 3 row's figure
                       and (not own_codes or not (theirs := _indicator_codes(m.row.label))
                            or bool(own_codes & theirs))
                       # "Triwulan IV" is no slip of a "Triwulan II" row's figure, nor a
                       # quarter's figure of a table that knows no quarters (a year's)
                       and (not said_quarters or bool(said_quarters & m.quarters)
                            or not m.quarters and _knows_quarters(m.table))
                       and (version <= m.version_words
                            # "semula": the table's pagu awal or murni, whichever it names
                            or original_budget and bool(version & m.version_words)
                            # a table that names no version shows the budget in force
                            or version <= {"perubahan", "revisi"} and not m.version_words)]
            if len(codes) >= 2:
                # "program 8.01.05 dan 8.01.06 dengan serapan gabungan 96,77%": a figure of a
                # sentence naming two rows of the table by code is of both, no slip of one
                matches = [m for m in matches if len(_rows_coded(m.table, codes)) < 2]
            if matches:
                if row_names is None:
                    row_names = _row_names(doc)
                # the rows its own clause names ("..., sedangkan Program Penunjang Urusan
                # memperoleh Rp 12,84 miliar" is not about the row named before "sedangkan")
                clause = _CLAUSE_START_RE.split(sentence.text[:found.start])[-1]
                named = _named_rows(row_names, clause)
                # the words since the figure before it name the row all the same ("... pokok
                # dengan koefisien variasi 5,12%, meningkatnya pasar rakyat dalam kondisi
                # baik dengan capaian 95,42%")
                local = name_tokens(sentence.text[previous_end:found.start])
                own = any(len(t := name_tokens(_row_name(m.row))) >= 3
                          and len(t & local) * 5 >= len(t) * 4 for m in matches)
                if named and not own \
                        and not any(name_tokens(_row_name(m.row)) in named for m in matches):
                    # "Persentase desa yang menyampaikan laporan ... (111 desa)": the sentence
                    # names its own indicator; a slip of another row's figure is not its subject
                    continue
            if said is None and not re.search(r"\btarget", near, re.IGNORECASE) and \
                    len({m.cell.figure.value for m in matches if m.cell.figure is not None}) > 1:
                # "Balai meluluskan 1.586 orang": one slip from the target 1.536 and from the
                # realisasi 1.576; a sentence that names no target states what was done
                done = [m for m in matches if m.role != "kinerja:target"]
                matches = done or matches
            if matches and _operand_of_a_share(fig.value, found.figure, sentence) and not any(
                    _operand_of_a_share(m.cell.figure.value, found.figure, sentence)
                    for m in matches if m.cell.figure is not None):
                # "Dari 128,40 ha, seluas 55,85 ha ..., atau 43,50%": its own sentence computes
                # a share from it that holds, and would not from the cell it seems a slip of
                continue
            tables = {id(m.table): m.table for m in matches}.values()
            if matches and not fig.is_percent \
                    and any(_share_of_a_total(fig.value, sentence, t) for t in tables) \
                    and not any(_share_of_a_total(m.cell.figure.value, sentence, m.table)
                                for m in matches if m.cell.figure is not None):
                # "... menyerap 528 orang, atau 65,02% dari peserta aparatur": a share of the
                # table's Sub Jumlah (812) that holds for 528 and not for the row's 328
                continue
            counts: dict[Decimal, int] = {}
            for m in matches:
                if m.cell.figure is not None:
                    counts[m.cell.figure.value] = counts.get(m.cell.figure.value, 0) + 1
            if not counts:
                continue
            ranked = sorted(counts.values(), reverse=True)
            if len(ranked) > 1 and not (ranked[0] >= 2 and ranked[1] == 1):
                continue  # several figures it could be, none printed more often: not one fact
            top = max(counts, key=counts.__getitem__)
            matches = [m for m in matches if m.cell.figure is not None
                       and m.cell.figure.value == top]
            if not fig.decimals and _part_of_an_unprinted_whole(sentence, found, in_tables):
                continue  # "153 dari 260 orang": the boys of SD and SMP together (59 + 94),
                # of all pupils of both levels (106 + 154), sums the sentence works out
            shown = None
            if power is not None and matches[0].cell.figure is not None:
                word = next(w for w in (fig.unit or "").split() if w.lower() in _SCALES)
                value = (matches[0].cell.figure.value / Decimal(10) ** power).quantize(
                    Decimal(1).scaleb(-fig.decimals), rounding=ROUND_HALF_UP)
                shown = f"{format_id(value, fig.decimals)} {word}"
            result.failed(_finding(sentence, found.start, fig, matches, shown))
    _between_tables(doc, by_digits, prose_counts, result)
    _between_sentences(doc, prose_counts, in_tables, result)
    _introduced_totals(doc, result)
    _anchored_in_a_row(doc, result)
    return result


_COMPARED_CLAUSE_RE = re.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang|"
                                 r"menjadi|dibandingkan?|sebelumnya|semula|target|realisasi|"
                                 r"capaian|rencana)\b", re.IGNORECASE)
_ITS_SHARE_RE = re.compile(r"^\s*[A-Za-z]{0,20}\s*\(\s*$")
_ROLE_TITLE_RE = re.compile(r"\b(?:target|realisasi|capaian|rencana|pagu)\b", re.IGNORECASE)


def _title(table: Table, column: int) -> str:
    return table.columns[column] if column < len(table.columns) else ""


# a clause of a sentence: what lies between commas, semicolons and "sedangkan"
_CLAUSE_SPLIT_RE = re.compile(r"[;,]\s|\bsedangkan\b|\bserta\b")


def _anchored_in_a_row(doc: Document, result: CheckResult) -> None:
    """A clause that names one table row whole (``disusul Pengadilan Agama Tanjung Wangi
    sebanyak 68 perkara (15,53%)``) and prints one of that row's cells (15,53) restates the
    row: its other figure, one slip from another cell of the row (66) and equal to none, is
    that cell mistyped, however few its digits (the row's own figure vouches for the match,
    which a resemblance alone could not)."""
    rows: list[tuple[frozenset[str], Row, Table]] = []
    for table in doc.tables:
        if any(_ROLE_TITLE_RE.search(name) for name in table.columns):
            continue  # an indicator's row holds targets of several versions: not one fact each
        for row in table.rows:
            tokens = frozenset(name_tokens(row.label or "")) - _GENERIC
            if len(tokens) >= 2 and row.kind == "data":
                rows.append((tokens, row, table))
    if not rows:
        return
    for sentence in doc.sentences:
        if len(sentence.figures) > MAX_FIGURES:
            continue
        text = sentence.text
        cuts = [0, *(m.end() for m in _CLAUSE_SPLIT_RE.finditer(text)), len(text)]
        for start, end in zip(cuts, cuts[1:], strict=False):
            figures = [f for f in sentence.figures if start <= f.start < end
                       and not is_year(f.figure) and not f.figure.dash]
            if len(figures) != 2:
                continue
            if _COMPARED_CLAUSE_RE.search(text[start:end]):
                continue  # "naik dari 398 perkara menjadi 425 perkara": two periods' values
            words = frozenset(name_tokens(text[start:end]))
            named = [(r, t) for tokens, r, t in rows if tokens <= words]
            if len(named) != 1:
                continue
            row, table = named[0]
            cells = [c for c in row.cells if c.figure is not None and not c.figure.dash]
            for anchor, other in (figures, figures[::-1]):
                if not anchor.figure.is_percent \
                        or not _ITS_SHARE_RE.match(text[other.end:anchor.start]):
                    continue  # only "68 perkara (15,53%)": a count and its share, one fact
                held = [c for c in cells if c.figure.value == anchor.figure.value
                        and _comparable(c.figure, anchor.figure)]
                # (the anchor must be distinctive: "1" meets a row by chance)
                if len(held) != 1 or not _informative(anchor.figure) \
                        or any(c.figure.value == other.figure.value for c in cells):
                    continue
                fig = other.figure
                near = [c for c in cells if c is not held[0] and _comparable(c.figure, fig)
                        and digits_of(c.figure) in slips(digits_of(fig))]
                if len(near) > 1:
                    # "Tahun 2022 | Tahun 2023 | Kontribusi 2023 (%)": the year of the
                    # anchor's column
                    year = set(YEAR_RE.findall(_title(table, held[0].column)))
                    near = [c for c in near if year
                            and set(YEAR_RE.findall(_title(table, c.column))) == year]
                if len(near) != 1:
                    continue
                cell = near[0].figure
                severity = Severity.CRITICAL if fig.is_money else Severity.MAJOR
                result.failed(Finding(
                    rule=RULE_ID, severity=severity, line=sentence.line_of(other.start),
                    stated=fig.text, expected=format_id(cell.value, cell.decimals, fig.unit),
                    message=(f"Teks baris {sentence.line_of(other.start)} menyebut "
                             f"'{row.label}' dengan {anchor.figure.text}, seperti baris "
                             f"{row.line}{' ' + table.caption if table.caption else ''}, "
                             f"tetapi {fig.text} di sampingnya tidak ada di baris itu; baris "
                             f"itu memuat {cell.text}, yang hanya berbeda satu ketikan."),
                    related_lines=[row.line], table=table.caption,
                    anchor=f"row|{row.label}|{fig.text}",
                ))
                break


_ARRIVED_RE = re.compile(r"\b(?:naik|turun|meningkat|menurun|bertambah|berkurang)\s+"
                         r"(?:\w+\s+)?menjadi(?:\s+sebesar|\s+sebanyak)?\s*$", re.IGNORECASE)
_SERIES_LINK_RE = re.compile(r"(?:\b(?:dari|menjadi|dan|serta|lalu|kemudian)|[,(])\s*$",
                             re.IGNORECASE)
_YEAR_AFTER_RE = re.compile(r"^\s*%?\s*(?:[A-Za-z]+\s+)?(?:pada\s+)(?:akhir\s+)?(?:tahun\s+)?"
                            r"((?:19|20)\d\d)\b(?!\s*[-–])", re.IGNORECASE)


_COMPARED_YEAR_RE = re.compile(
    r"\b(?:dibandingkan|dibanding|daripada|sejak|semenjak|terhadap|dari|sampai|hingga|s\.?d\.?)"
    r"\s+(?:dengan\s+)?(?:(?:tahun|akhir|awal|realisasi|capaian|periode)\s+){0,2}$", re.IGNORECASE)


def _sentence_about(text: str, start: int, report: str | None) -> set[str]:
    """``Persentase kelulusan tahun 2023 tercatat 99,61% karena 1 dari 259 peserta ...``: a
    sentence that names only another year than the report's, and not as the year compared
    with (``Dibanding tahun 2024, ...``), is about that year; its figures are that year's."""
    if report is None or report in YEAR_RE.findall(text):
        return set()
    years = {m.group() for m in YEAR_RE.finditer(text, 0, start)
             if not _COMPARED_YEAR_RE.search(text[max(0, m.start() - 40):m.start()])}
    return years if len(years) == 1 else set()


def _series_year(text: str, found: FoundFigure) -> str | None:
    """The year a value of a series is bound to (``... dari 64,35 pada 2023 menjadi 68,05
    pada 2024``): printed right after it, with a series word (``dari``, ``menjadi``, ``dan``)
    right before it; None for anything else (``naik 3,70 poin pada tahun 2025`` is a
    change)."""
    if not _SERIES_LINK_RE.search(text[max(0, found.start - 12):found.start]):
        return None
    m = _YEAR_AFTER_RE.match(text[found.end:found.end + 30])
    return m.group(1) if m else None


_OPEN_BRACKET_RE = re.compile(r"[\w)]\s*\(\s*$")
_CLOSE_BRACKET_RE = re.compile(r"^\s*%?\s*\)")


def _listed_in_brackets(sentence: Sentence, found: FoundFigure) -> bool:
    """Whether the figure and every other figure of its sentence stand alone in brackets
    after words (``A (91,67%), B (95,44%) dan C (88,10%)``): a list of items, each with its
    own value."""
    text = sentence.text

    def bracketed(f: FoundFigure) -> bool:
        return bool(_OPEN_BRACKET_RE.search(text[max(0, f.start - 3):f.start])) \
            and bool(_CLOSE_BRACKET_RE.match(text[f.end:f.end + 3]))

    # ("Koridor 4 terendah (43,27%)": a name's own number is no item's value)
    figures = [f for f in sentence.figures if not is_year(f.figure) and _informative(f.figure)]
    return len(figures) >= 2 and all(bracketed(f) for f in figures)


MIN_CLAUSE_WORDS = 4  # naming words two clauses must share to speak of one figure
MIN_CLAUSE_NAMES = 2  # of which words that are no role or unit: the entity's own name


@dataclass(frozen=True)
class _Mention:
    sentence: Sentence
    found: FoundFigure
    clause: frozenset[str]


def _between_sentences(doc: Document, prose_counts: dict[Decimal, int], in_tables: set[Decimal],
                       result: CheckResult) -> None:
    """Two sentences restating one figure, one of them with a slip: ``realisasi keuangan
    Program Pendidikan Vokasi sebesar 24,47%`` in BAB III and the same clause with 24,77% in
    BAB IV, where 24,77 is also printed elsewhere (a table's Jumlah) and 24,47 nowhere. The
    clause each figure closes (the words since the figure before it) must name the same thing
    in the same words, with no change, period or version word; the figure printed once is the
    slip, the one printed more than once stands. With no such majority nothing is said."""
    mentions: list[_Mention] = []
    by_digits: dict[str, list[_Mention]] = {}
    starts = chapter_starts(doc)
    for sentence in doc.sentences:
        if len(sentence.figures) > MAX_FIGURES:
            continue
        for found in sentence.figures:
            fig = found.figure
            if fig.dash or is_year(fig) or not _informative(fig) \
                    or REFERENCE_BEFORE_RE.search(sentence.text[:found.start]):
                continue  # ("Tabel 13.4": a table's number, not a quantity)
            if in_figure_run(sentence, found):
                continue  # a pasted table row no table was rebuilt from: no statement
            clause = _clause_words(sentence, found)
            if clause is None:
                continue
            mention = _Mention(sentence, found, clause)
            mentions.append(mention)
            by_digits.setdefault(digits_of(fig), []).append(mention)
    for mention in mentions:
        fig = mention.found.figure
        key = fig.value.normalize()
        if prose_counts.get(key, 0) != 1 or key in in_tables:
            continue
        if worked_out(fig, mention.sentence):
            continue
        partners = [other for variant in sorted(slips(digits_of(fig)))
                    for other in by_digits.get(variant, ())
                    if other.sentence is not mention.sentence
                    # a unit's chapter restates its own figures, not another unit's
                    and same_scope(chapter_of(starts, mention.sentence.line),
                                   chapter_of(starts, other.sentence.line))
                    and _comparable(fig, other.found.figure)
                    and _same_clause(mention.clause, other.clause)]
        vouched = [p for p in partners
                   if prose_counts.get(v := p.found.figure.value.normalize(), 0) > 1
                   or v in in_tables]
        if len({p.found.figure.value for p in vouched}) != 1:
            continue
        result.failed(_sentence_finding(mention, vouched[0]))


def _clause_words(sentence: Sentence, found: FoundFigure) -> frozenset[str] | None:
    """The naming words of the clause a figure closes, or None when the clause speaks of a
    change, a comparison, a period or a version (another quantity than the one it names)."""
    previous_end = max((f.end for f in sentence.figures if f.end <= found.start
                        and not is_year(f.figure)), default=0)
    # "Sampai dengan akhir Triwulan II tahun 2023, realisasi keuangan ...": the clause is
    # what follows the comma; the period before it is compared apart
    clause = re.split(r",\s", _CLAUSE_START_RE.split(
        sentence.text[previous_end:found.start])[-1])[-1]
    if _PERIOD_RE.search(clause) or _DIFFERENCE_RE.search(clause) \
            or _VERSION_RE.search(clause) or _SHARE_RE.match(sentence.text[found.end:]):
        return None
    words = name_tokens(clause)
    if len(words) < MIN_CLAUSE_WORDS or len(words - _GENERIC) < MIN_CLAUSE_NAMES:
        return None
    return words | {f"@{p}" for p in _periods(sentence.text[:found.start])}


_PERIOD_NAME_RE = re.compile(
    r"\b(?:(?:tw|triwulan|semester|smt)\.?\s*(?:[IV]+|[1-4])|(?:19|20)\d\d|s\.?\s?d\.?|"
    r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    r"desember)\b", re.IGNORECASE)


def _periods(text: str) -> set[str]:
    """The periods a sentence names before a figure (``Triwulan II``, ``2023``, ``s.d.``)."""
    return {re.sub(r"\W", "", m.group()).lower().replace("triwulan", "tw")
            for m in _PERIOD_NAME_RE.finditer(text)}


def _same_clause(a: frozenset[str], b: frozenset[str]) -> bool:
    """The same naming words, allowing one word more or less on either side; the same
    periods, unless one of the two names none (a sentence that leaves it to its context)."""
    periods_a = {w for w in a if w.startswith("@")}
    periods_b = {w for w in b if w.startswith("@")}
    if periods_a and periods_b and periods_a != periods_b:
        return False
    a, b = a - periods_a, b - periods_b
    return len(a ^ b) <= 1 and len(a & b) >= MIN_CLAUSE_WORDS


def _sentence_finding(mention: _Mention, other: _Mention) -> Finding:
    fig, theirs = mention.found.figure, other.found.figure
    line = mention.sentence.line_of(mention.found.start)
    their_line = other.sentence.line_of(other.found.start)
    message = (
        f"Teks baris {line} menyebut {fig.text}, angka yang tidak tercetak di tempat lain "
        f"dalam laporan; kalimat baris {their_line} menyebut hal yang sama dengan kata-kata "
        f"yang sama ('{_excerpt(other)}') dengan nilai {theirs.text}, yang juga tercetak di "
        f"bagian lain laporan. Keduanya berbeda karena "
        f"{_slip_name(digits_of(fig), digits_of(theirs))}. Kemungkinan salah ketik di baris "
        f"{line}.")
    money = fig.is_money or theirs.is_money
    return Finding(
        rule=RULE_ID, severity=Severity.CRITICAL if money else Severity.MAJOR, line=line,
        stated=fig.text, expected=theirs.text, message=message, related_lines=[their_line],
        anchor=f"{' '.join(sorted(mention.clause))}")


def _excerpt(mention: _Mention) -> str:
    """The clause that names the figure, up to the figure itself."""
    text = mention.sentence.text[:mention.found.end]
    words = text.split()
    return ("... " if len(words) > 12 else "") + " ".join(words[-12:])


_WORD_RE = re.compile(r"[A-Za-z]{3,}")
_CLAUSE_START_RE = re.compile(r";|\b(?:sedangkan|namun|tetapi|sementara\s+itu)\b",
                              re.IGNORECASE)
AFTER_WORDS = 8  # words after a figure, to its clause's end, that may name it


def _words_after(text: str) -> list[str]:
    """The words after a figure that still speak of it: three, or on to the end of its
    clause (``seluas 6.123 ha daerah irigasi berada dalam kondisi baik``), at most eight."""
    words = text.split()[:AFTER_WORDS]
    out: list[str] = []
    for word in words:
        if word.lower() in ("dan", "sedangkan", "serta", "namun", "tetapi", "sehingga"):
            break
        out.append(word)
        if word[-1:] in ",;:.":
            break
    return out if len(out) >= 3 else words[:3]


INTRO_LINES = 6  # how far before a table (or after it) a sentence still introduces it
_NOT_A_NOUN = {"persen", "tahun", "bulan", "hari", "jam", "rp", "rupiah", "dan", "atau",
               "dari", "pada", "di", "ke", "yang", "kali",
               # "per 31 Desember 2025": a date
               "januari", "februari", "maret", "april", "juni", "juli", "agustus",
               "september", "oktober", "november", "desember"}


_PART_SHARE_RE = re.compile(r"\s+[a-z]{4,}\s*(?:\(|atau\s+)\d{1,2}(?:,\d+)?\s*(?:%|persen)",
                            re.IGNORECASE)


def _introduced_totals(doc: Document, result: CheckResult) -> None:
    """``Survei ini melibatkan 24 responden.`` just above a table whose ``Jumlah Responden``
    total is 214: a count followed by the noun that the total's column (or the caption)
    names, in the sentences that introduce the table or comment on it right below, is the
    table's total. A count one slip from that total, printed nowhere in the table, is the
    slip. Short counts are compared here (they meet by chance elsewhere) because the place
    and the noun tie them to one cell."""
    tables = sorted(doc.tables, key=lambda t: t.first_line)
    report = report_year(doc)
    # sentences by line, so that each table looks only at the few around it
    sentences = sorted(doc.sentences, key=lambda s: s.line)
    starts = [s.line for s in sentences]
    heading_lines = [n for n, _ in headings(doc)]
    for i, table in enumerate(tables):
        totals = [r for r in table.rows if r.kind == "total"]
        if len(totals) != 1:
            continue
        start = table.caption_line or table.first_line
        low = max(tables[i - 1].last_line if i else 0, start - INTRO_LINES)
        high = min(tables[i + 1].caption_line or tables[i + 1].first_line
                   if i + 1 < len(tables) else table.last_line + INTRO_LINES + 1,
                   table.last_line + INTRO_LINES + 1)
        values = {c.figure.value for r in table.rows for c in r.cells if c.figure is not None}
        caption = name_tokens(table.caption or "")
        first = bisect_right(starts, low)
        for j, sentence in enumerate(sentences[first:bisect_left(starts, high)], start=first):
            if not (low < sentence.line < start or table.last_line < sentence.line < high) \
                    or len(sentence.figures) > MAX_FIGURES:
                continue
            a, b = sorted((sentence.line, start if sentence.line < start else table.last_line))
            if bisect_right(heading_lines, a) < bisect_left(heading_lines, b) \
                    or _cites_another_table(sentence.text, table):
                continue  # a heading between them, or "Sesuai Tabel 1.2, ...": another subject
            # the figures printed in this sentence and the ones beside it: a total restated
            # there is not mistyped here ("perempuan 29 orang. ... terdapat 23 orang PPNPN")
            beside = {f.figure.value for s in sentences[max(0, j - 1):j + 2]
                      if s.block == sentence.block for f in s.figures}
            # the table on the sentence's other side: "TW IV 39 klien" restates its count
            neighbour = tables[i - 1] if sentence.line < start and i else \
                tables[i + 1] if sentence.line > table.last_line and i + 1 < len(tables) \
                else None
            # (not when the sentence names this table by its number: "menerima 540
            # pengaduan ... (Tabel 3.6)" speaks of it, whatever the table before prints)
            theirs = _values_of(neighbour) if neighbour is not None \
                and not _cites_this_table(sentence.text, table) else set()
            for found in sentence.figures:
                fig = found.figure
                if fig.dash or fig.decimals or fig.is_percent or fig.is_money or is_year(fig) \
                        or fig.value in values or fig.value in theirs:
                    continue
                noun = re.match(r"\s+([a-z]{4,})\b", sentence.text[found.end:].lower())
                if noun is None or noun.group(1) in _NOT_A_NOUN:
                    continue
                if _PART_SHARE_RE.match(sentence.text[found.end:]):
                    continue  # "21 pengaduan atau 56,76% ...": a part with its share
                if sum(1 for f in sentence.figures if re.match(
                        rf"\s+{noun.group(1)}\b", sentence.text[f.end:].lower())) >= 3:
                    continue  # "128 pengaduan ..., 84 pengaduan, 41 pengaduan, 37 ...": the
                    # parts of a whole by another division than the table's
                if quarters_in(sentence.text[:found.start]) and not _knows_quarters(table):
                    continue  # "pada Triwulan I sebanyak 783": a quarter's, the table a year's
                if _TARGET_BEFORE_RE.search(sentence.text[max(0, found.start - 30):found.start]):
                    continue  # "melampaui target 60 medali": the target, not the total won
                if _APPROXIMATE_BEFORE_RE.search(sentence.text[:found.start]):
                    continue  # "rata-rata tambahan sekitar 14 judul setiap tahun"
                if worked_out(fig, sentence) or _row_derived(fig, totals[0], table):
                    continue  # "dari 214 ..., 163 ..., masih 51 yang belum": 214 − 163
                if fig.value == sum(1 for r in table.rows if r.kind == "data"):
                    continue  # "pada 10 jenis pelayanan ... Tabel 3.5": a count of its rows
                said = " ".join(sentence.text[:found.start].split()[-CHANGE_WORDS:])
                if {y for y in YEAR_RE.findall(said) if y != report} \
                        - set(YEAR_RE.findall(table.caption or "")):
                    continue  # "Dibanding tahun 2024 yang menghasilkan 36 judul": 2024's
                word = name_tokens(noun.group(1))
                previous_end = max((f.end for f in sentence.figures if f.end <= found.start),
                                   default=0)
                clause = name_tokens(sentence.text[previous_end:found.start])
                # the total row, and a row the figure's own clause names by its whole label
                # ("Kecelakaan kapal ... yaitu 48 operasi" beside the row Kecelakaan Kapal)
                named_rows = [r for r in table.rows if r.kind == "data"
                              and len(label := name_tokens(r.label or "")) >= 2
                              and label <= clause]
                rows = [totals[0], *named_rows] if len(named_rows) <= 1 else [totals[0]]
                if _introduced_slip(sentence, found, noun.group(1), word, table, rows, caption,
                                    beside, start, result):
                    continue


_APPROXIMATE_BEFORE_RE = re.compile(r"\b(?:sekitar|kurang\s+lebih|lebih\s+kurang|kira-kira|"
                                    r"rata-rata|rerata)\s*$|±\s*$", re.IGNORECASE)


def _cited(text: str, table: Table) -> tuple[str | None, set[str]]:
    """The table's own number and the numbers of the tables the text names."""
    own = TABLE_NUMBER_RE.search(table.caption or "")
    return (own.group(1) if own else None), {m.group(1) for m in TABLE_NUMBER_RE.finditer(text)}


def _cites_this_table(text: str, table: Table) -> bool:
    """Whether the sentence names this table by its number."""
    own, cited = _cited(text, table)
    return own is not None and own in cited


def _cites_another_table(text: str, table: Table) -> bool:
    """Whether the sentence names a table by a number that is not this table's."""
    own, cited = _cited(text, table)
    return bool(cited) and own is not None and own not in cited


def _introduced_slip(sentence: Sentence, found: FoundFigure, noun: str, word: frozenset[str],
                     table: Table, rows: list[Row], caption: frozenset[str],
                     beside: set[Decimal], start: int, result: CheckResult) -> bool:
    """Report the figure when it is one slip from a cell of those rows whose column (or the
    caption) the noun after the figure names."""
    fig = found.figure
    if any(c.figure is not None and not c.figure.dash and _share_of(fig, c.figure, sentence)
           for row in rows for c in row.cells):
        return False  # "91 employees (57.59%)" of the total's 158: a part, worked out right
    for row in rows:
        for cell in row.cells:
            other = cell.figure
            if other is None or other.dash or other.decimals or other.is_percent \
                    or cell.column >= len(table.columns):
                continue
            named = name_tokens(table.columns[cell.column]) | caption
            if _share_of(fig, other, sentence) or other.value in beside:
                continue  # "17 orang ... atau 45,95% dari seluruh pegawai" (of 37)
            if word and word <= named and digits_of(fig) in slips(digits_of(other)):
                side = "sebelum" if sentence.line < start else "sesudah"
                where = table.caption or f"tabel baris {table.first_line}"
                which = "baris jumlahnya" if row.kind == "total" else f"baris '{row.label}'"
                why = (f"Teks baris {sentence.line_of(found.start)} menyebut {fig.text} "
                       f"{noun} tepat {side} {where}, yang {which} "
                       f"(baris {cell.line}, kolom '{table.columns[cell.column]}') "
                       f"memuat {other.text}; keduanya berbeda karena "
                       f"{_slip_name(digits_of(fig), digits_of(other))}, dan {fig.text} "
                       f"tidak tercetak di tabel itu. Kemungkinan salah ketik.")
                result.failed(_finding(sentence, found.start, fig,
                                       [_Place(table, row, cell)], why=why))
                return True
    return False


def _share_of(part: Figure, whole: Figure, sentence: Sentence) -> bool:
    """The sentence prints ``part`` as a share of ``whole``: one of its percentages is
    part / whole x 100 at its printed precision. The count is then a part of the total, which
    the sentence's own arithmetic vouches for, and no slip of it."""
    if not whole.value:
        return False
    share = part.value * 100 / whole.value
    for f in sentence.figures:
        if f.figure.is_percent:
            low, high = f.figure.interval()
            if low <= share < high:
                return True
    return False


def _values_of(table: Table) -> set[Decimal]:
    return {c.figure.value for r in table.rows for c in r.cells if c.figure is not None}


_TARGET_BEFORE_RE = re.compile(r"\b(target|rencana|sasaran|pagu|kuota)\b\W*(?:\w+\W+){0,2}$",
                               re.IGNORECASE)
MIN_TABLE_SIGNIFICANT = 6  # between two tables, only figures too long to meet by chance


def _between_tables(doc: Document, by_digits: dict[str, list[_Place]],
                    prose_counts: dict[Decimal, int], result: CheckResult) -> None:
    """A table figure printed nowhere else that is one slip from a figure of another table's
    row about the same thing (two shared name words, or an acronym of the other's name:
    ``KDP`` for ``Konstruksi Dalam Pengerjaan``). Which of the two is the slip: the one whose
    column does not add up to its own total row, where the other's does (the table's own
    arithmetic vouches for it). When neither or both are vouched for, nothing is said."""
    counts: dict[Decimal, int] = {}
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.figure is not None and not cell.figure.dash:
                    key = cell.figure.value.normalize()
                    counts[key] = counts.get(key, 0) + 1
    vouched: dict[tuple[int, int], bool] = {}
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                fig = cell.figure
                if fig is None or fig.dash or is_year(fig) \
                        or _significant(fig) < MIN_TABLE_SIGNIFICANT:
                    continue
                key = fig.value.normalize()
                if counts.get(key, 0) > 1 or prose_counts.get(key, 0):
                    continue
                here = _Place(table, row, cell)
                places = [p for v in sorted(slips(digits_of(fig))) for p in by_digits.get(v, ())
                          if p.table is not table and p.cell.figure is not None
                          and _comparable(fig, p.cell.figure) and _same_thing(here, p)
                          and counts.get(p.cell.figure.value.normalize(), 0) == 1]
                if len(places) != 1:
                    continue
                other = places[0]
                if _vouched(other, vouched) and not _vouched(here, vouched):
                    result.failed(_table_finding(here, other))


def _initials(label: str) -> str:
    return "".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", label)).lower()


def _same_thing(a: _Place, b: _Place) -> bool:
    if len(a.words & b.words) >= MIN_SHARED_WORDS:
        return True
    acronyms_a = {x.lower() for x in re.findall(r"\b[A-Z]{2,6}\b", a.row.label)}
    acronyms_b = {x.lower() for x in re.findall(r"\b[A-Z]{2,6}\b", b.row.label)}
    return bool(acronyms_a & {_initials(b.row.label)} or acronyms_b & {_initials(a.row.label)})


def _vouched(place: _Place, memo: dict[tuple[int, int], bool]) -> bool:
    """The place's own table vouches for its figure: its row holds a sum it is a term of
    (Saldo Akhir = Awal + Tambah − Kurang), or its column adds up to the table's one total
    row (the total itself included)."""
    if place.row.kind == "data" and _in_a_row_sum(place):
        return True
    key = (id(place.table), place.cell.column)
    if key not in memo:
        column = place.cell.column
        totals = [r for r in place.table.rows if r.kind == "total"]
        parts = [f for r in place.table.rows if r.kind == "data"
                 and (f := r.figure(column)) is not None]
        stated = totals[0].figure(column) if len(totals) == 1 else None
        memo[key] = stated is not None and len(parts) >= 2 and judge(
            stated, interval_sum(parts), exact=True) is Verdict.CONSISTENT
    # (a data cell of a column that adds up, or the total it adds up to)
    return memo[key] and place.row.kind in ("data", "total")


def _in_a_row_sum(place: _Place) -> bool:
    """The figure is, exactly, a signed sum of two or three other figures of its row."""
    fig = place.cell.figure
    assert fig is not None
    others = [c.figure.value for c in place.row.cells if c is not place.cell
              and c.figure is not None and not c.figure.dash and c.figure.decimals == 0
              and not c.figure.is_percent][:10]
    for size in (2, 3):
        for terms in combinations(others, size):
            for signs in product((1, -1), repeat=size):
                if sum(s * t for s, t in zip(signs, terms, strict=True)) == fig.value:
                    return True
    return False


def _table_finding(here: _Place, other: _Place) -> Finding:
    fig, theirs = here.cell.figure, other.cell.figure
    assert fig is not None and theirs is not None
    def where(p: _Place) -> str:
        name = p.table.caption or f"tabel baris {p.table.first_line}"
        column = p.table.columns[p.cell.column] if p.cell.column < len(p.table.columns) else ""
        label = p.row.label if len(p.row.label) <= 60 else p.row.label[:57] + "..."
        return f"{name} baris {p.cell.line} ('{label}', kolom '{column}')"
    message = (f"{where(here)} memuat {fig.text}, angka yang tidak tercetak di tempat lain; "
               f"{where(other)} memuat {theirs.text}, yang berbeda karena "
               f"{_slip_name(digits_of(fig), digits_of(theirs))}, dan kolomnya cocok dengan baris "
               f"jumlahnya. Kemungkinan salah ketik di sini.")
    column = other.table.columns[other.cell.column] \
        if other.cell.column < len(other.table.columns) else ""
    money = fig.is_money or theirs.is_money or bool(re.search(
        r"\b(rp|pagu|anggaran|belanja|dana|nilai)\b", f"{column} {here.row.label}",
        re.IGNORECASE))
    return Finding(
        rule=RULE_ID, severity=Severity.CRITICAL if money else Severity.MAJOR,
        line=here.cell.line, stated=fig.text, expected=theirs.text, message=message,
        related_lines=[other.cell.line], table=here.table.caption,
        anchor=f"{here.row.label}|{other.row.label}")


def _worked_from(fig: Figure, sentence: Sentence, before: list[Sentence]) -> bool:
    """``... s.d. TW II sebanyak 43.179 ... Pada TW I tercatat 20.902 persalinan dan pada TW
    II 22.277``: the figure is the whole of the sentence before less a part of its own (or
    the like), worked out across the paragraph."""
    if not before:
        return False
    values = [f.figure.value for s in (*before, sentence) for f in s.figures
              if f.figure is not fig and not f.figure.dash and not is_year(f.figure)
              and f.figure.is_percent == fig.is_percent]
    if sum_or_difference(values, fig.value):
        return True
    # "... melestarikan 114 objek ... Terhadap target akhir Renstra 2029 (150 objek),
    # capaian baru 76,00%": a percentage of a count of the sentence before and one of its own
    counts = [f.figure.value for s in (*before, sentence) for f in s.figures
              if f.figure is not fig and not f.figure.dash and not is_year(f.figure)
              and not f.figure.is_percent and f.figure.value]
    # ("TW I: 22 layanan; 134 hari kerja; rata-rata 6,09 hari kerja": an average of them)
    return percentage_of(fig, ((a, b) for a in counts for b in counts if a != b)) \
        or averaged(fig, sentence, counts)


def _row_derived(fig: Figure, row: Row, table: Table) -> bool:
    """The figure is the difference of two cells of the row, or the sum of two cells of
    columns of one kind: worked out from it ("masih terdapat 858 keluarga yang belum
    terdampingi": 6.842 − 5.984; "Susenas dan Sakernas bersama 660 rumah tangga": the two
    Target cells), not a slip. (A total and one of its parts, 148 + 36, add up to nothing
    an author states: 184 is then the swap of 148.)"""
    # cells printed like the figure (858 from 6.842 − 5.984, not 76,40 from 78,40 − the
    # row number 2)
    cells = [(f.value, name_tokens(table.columns[c.column]) if c.column < len(table.columns)
              else frozenset()) for c in row.cells
             if (f := c.figure) is not None and not f.dash and not f.is_percent
             and f.decimals == fig.decimals and c.column > 0]
    # (a difference with a one-digit cell, 119 − 1 for 118, is no sign of working out: a
    # one-digit slip of 119 looks the same)
    return any(a - b == fig.value and abs(b) >= 10 or a + b == fig.value and bool(ka & kb)
               for i, (a, ka) in enumerate(cells) for b, kb in cells[i + 1:] + cells[:i])


def _rows_coded(table: Table, codes: set[str]) -> set[int]:
    """The rows of the table whose own code cell prints one of ``codes``."""
    return {id(row) for row in table.rows
            if any(c.figure is None and c.text.strip() in codes for c in row.cells)}


def _row_name(row: Row) -> str:
    """The row's name: its text cells before its figures (not the predicate after them,
    ``... | 105,56 | Sangat Tinggi``)."""
    first = next((k for k, c in enumerate(row.cells) if k and c.figure is not None),
                 len(row.cells))
    return " ".join(c.text for c in row.cells[:first] if c.figure is None and c.text.strip())


def _row_names(doc: Document) -> list[frozenset[str]]:
    """The name words of every table row long enough to be named in prose (three or more)."""
    return [tokens for table in doc.tables for row in table.rows
            if len(tokens := name_tokens(_row_name(row))) >= 3]


def _named_rows(rows: list[frozenset[str]], text: str) -> set[frozenset[str]]:
    """The table rows a text names nearly whole (nine in ten of their name words present):
    the indicators a sentence is about."""
    words = name_tokens(text)
    return {tokens for tokens in rows if len(tokens & words) * 10 >= len(tokens) * 9}


def _label_said(label: str, text: str) -> bool:
    """The sentence says the row's label word for word, two words at least ("komponen
    pengukuran kinerja yang memperoleh ..." for the row "Pengukuran Kinerja")."""
    words = re.findall(r"[a-z]+", label.lower())
    return len(words) >= 2 and bool(re.search(r"\b" + r"\W+".join(words) + r"\b", text))


def _near(fig: Figure, words: set[str], others: set[Decimal],
          by_digits: dict[str, list[_Place]], scaled_to: int | None = None,
          budget: bool = False,
          rounded: list[tuple[Decimal, int, int]] | None = None,
          said_label: str = "") -> list[_Place]:
    """Table cells one slip from ``fig`` in a row the sentence names: by two of its words, by
    its whole label said word for word (``said_label``: the sentence's text before the
    figure, lower-cased), by its code or acronym, or by another figure of the sentence printed
    in that row (the pagu quoted beside the realisasi)."""
    # every cell that is one slip away: a row holding two slips of the figure (3,12 and 3,25
    # for 3,21) offers both, and the value printed in more cells wins
    out: dict[int, _Place] = {}
    for variant in sorted(slips(digits_of(fig))):  # sorted: the same places in every run
        for place in by_digits.get(variant, ()):
            other = place.cell.figure
            if other is None or scaled_to is None and not _comparable(fig, other) \
                    and not _decimal_slip(fig, other):
                continue
            if (_round_by_one_zero(other) or _round_by_one_zero(fig)) and \
                    _slip_name(digits_of(fig), digits_of(other)) != "dua digit bertukar tempat":
                continue  # (720 for 702: a round count meets others by chance but by a swap)
            shared = place.words & words
            # a word of the row's own label that the table's other rows mostly lack: the
            # words a sentence shares with every row ("peserta", "pelatihan") name none
            own = shared & place.label_words
            named = place.names_row or bool(own and own - _common(place.table))
            # (an acronym every row prints, "KPPN Rantau Jaya", "KPPN Lubuk Sari", names none)
            # (or one word, of a value three cells or more print: "wisatawan mancanegara
            # 1.562" beside 1.526 in the Mancanegara row of the monthly, quarterly and
            # ticket tables)
            if len(shared) >= MIN_SHARED_WORDS and named \
                    or named and said_label and _label_said(place.row.label, said_label) \
                    or named and own and len(by_digits.get(variant, ())) >= MANY_PRINTS \
                    and _significant(fig) >= 4 \
                    or place.strong - _common(place.table) & words \
                    or others & place.row_values or _significant(fig) >= MIN_LONE_SIGNIFICANT \
                    or budget and _whole_budget(fig, place) \
                    or named and rounded and _holds_rounded(place, rounded):
                out[id(place.cell)] = place
    return list(out.values())


@lru_cache(maxsize=256)
def _common_words(labels: tuple[str, ...]) -> frozenset[str]:
    counts: dict[str, int] = {}
    for label in labels:
        for word in name_tokens(label):
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= 3 and n * 3 >= len(labels))


def _common(table: Table) -> frozenset[str]:
    """Words that a third of a table's rows (three rows at least, of four or more) print in
    their label: they tell none of those rows apart."""
    labels = tuple(r.label or "" for r in table.rows if r.kind == "data")
    return _common_words(labels) if len(labels) >= 4 else frozenset()


def _holds_rounded(place: _Place, rounded: list[tuple[Decimal, int, int]]) -> bool:
    """The row prints in full an amount the sentence gives in juta or miliar (23.719.717.700
    for ``Rp 23,72 miliar``)."""
    return any(value >= 1000 and (value / Decimal(10) ** power).quantize(
        Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) == said
        for value in place.row_values for said, decimals, power in rounded)


_BUDGET_TALK_RE = re.compile(r"\b(anggaran|pagu|belanja|apbd|dpa)\b", re.IGNORECASE)


def _whole_budget(fig: Figure, place: _Place) -> bool:
    """An amount of six significant digits or more, in a sentence about the budget, one slip
    from a budget table's grand total: the whole budget restated with a slip (``anggaran
    belanja sebesar Rp 9.714.080.000`` beside a Jumlah of 9.741.080.000)."""
    return fig.is_money and place.row.kind == "total" and _significant(fig) >= 6 \
        and is_total_label(place.row.label) \
        and not re.search(r"\bsub\b", place.row.label, re.IGNORECASE)


def _slip_name(a: str, b: str) -> str:
    if len(a) != len(b):
        return "satu digit hilang atau berlebih"
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return "dua digit bertukar tempat"
    return "satu digit berbeda"


_OF_WHOLE_AFTER_RE = re.compile(r"\s*(?:[a-z]+\s+){0,2}?dari\s+(?:total\s+|seluruh\s+)?$",
                                re.IGNORECASE)


def _part_of_an_unprinted_whole(sentence: Sentence, found: FoundFigure,
                                in_tables: set[Decimal]) -> bool:
    """``153 dari 260 orang``: a part of a whole printed in no table, both worked out by the
    sentence itself."""
    after = next((f for f in sentence.figures if f.start > found.end), None)
    return after is not None and not after.figure.is_percent \
        and bool(_OF_WHOLE_AFTER_RE.fullmatch(sentence.text[found.end:after.start])) \
        and after.figure.value.normalize() not in in_tables


def _finding(sentence: Sentence, offset: int, fig: Figure, places: list[_Place],
             shown: str | None = None, why: str | None = None) -> Finding:
    place = places[0]
    other = place.cell.figure
    assert other is not None
    where = place.table.caption or f"tabel baris {place.table.first_line}"
    label = place.row.label if len(place.row.label) <= 60 else place.row.label[:57] + "..."
    column = place.table.columns[place.cell.column] if place.cell.column < len(
        place.table.columns) else ""
    line = sentence.line_of(offset)
    message = (
        f"Teks baris {line} menyebut {fig.text}, angka yang tidak tercetak di tempat lain "
        f"dalam laporan; {where} baris {place.cell.line} ('{label}'"
        f"{', kolom ' + repr(column) if column else ''}) memuat {other.text}"
        f"{f' (= {shown})' if shown else ''}, yang berbeda "
        f"karena {_slip_name(digits_of(fig), digits_of(other))} dan kalimatnya menyebut baris yang "
        f"sama. Kemungkinan salah ketik di salah satu tempat."
    )
    message = why or message
    if len(places) > 1:
        others = ", ".join(f"baris {p.cell.line}" for p in places[1:])
        message += f" Nilai {other.text} juga tercetak di {others}."
    # (a figure printed with its own unit, "2.264 orang", is a count whatever the column's
    # title says: "Realisasi Kinerja dan Anggaran / K")
    money = fig.is_money or other.is_money or "Rp" in (fig.unit or "") or not fig.unit \
        and bool(re.search(r"\b(rp|pagu|anggaran|belanja|dana)\b",
                           f"{column} {place.table.caption or ''}", re.IGNORECASE))
    return Finding(
        rule=RULE_ID, severity=Severity.CRITICAL if money else Severity.MAJOR, line=line,
        stated=fig.text, expected=f"{shown} ({other.text})" if shown else other.text,
        message=message,
        related_lines=sorted({p.cell.line for p in places}), table=place.table.caption,
        anchor=f"{place.row.label}|{column}",
    )


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Angka di teks berbeda satu salah ketik dari angka tabel tentang hal yang sama.",
    summary_en=("A figure in the text is one typing slip away from a table figure about the same "
                "thing."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
