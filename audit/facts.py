"""The fact index: (entity, attribute, period) → every mention of that quantity in a report.

A report states the same quantity in several places: the capaian table in the Ikhtisar
Eksekutif, again in BAB III, again in the Lampiran; a kegiatan's pagu in the PK, in the DIPA
revision table and in the budget realisation table. The tie-out checks need to know which
figures are *the same quantity*, and just as much which are not: a target awal and a target
revisi, a Jan (Awal) pagu and an Apr-Jun pagu, a 2022 and a 2023 realisation are different
periods and are never compared.

* **Entity**: a row's code (``4057``, ``4957.BDB``, ``5.02.01``) when it has one, otherwise its
  normalised name. Two names match by token-set similarity (case, punctuation, small typos and
  word order do not matter). Two different codes never match, whatever the names say
  (``4957.FAI`` and ``4958.FAI`` carry the same name).
* **Attribute**: a domain and a role read from the column header — ``kinerja:target``,
  ``kinerja:realisasi``, ``kinerja:capaian``, ``serapan:target`` (S), ``serapan:realisasi``
  (R), ``output:target``, ``anggaran:pagu``, ``anggaran:realisasi``.
* **Period**: a year (column header, else caption) and a qualifier (``awal``, ``revisi``,
  ``feb-mar``, ``tw ii`` ...) from the column header, else the caption. An unknown year is a
  wildcard; a qualifier is not (a plain ``Target`` column is not a ``Target Awal`` column).

Rows whose entity occurs twice in the same table are left out: the name does not identify
the quantity there, and a guess would compare two different indicators.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from difflib import SequenceMatcher
from functools import lru_cache

from audit.chapters import chapter_of
from audit.figures import UNIT_WORDS, Figure, FoundFigure, format_id, is_year
from audit.model import Cell, Document, Row, Sentence, Table
from audit.sections import heading_before, headings
from audit.vocabulary import indonesian_header

CODE_RE = re.compile(
    r"(?<![\w.])(\d{4}\.[A-Z]{3}|\d{1,3}(?:\.\d{1,2}){2,4}(?:\.\d{4})?|"
    r"(?!19\d\d|20\d\d)[1-9]\d{3})"
    r"(?![\w.]|,\d)")
# Indicator codes as reports print them: IKK-4, IKU 2, SS.1, SP9.
_INDICATOR_PREFIXES = "IKU|IKK|IKSS|IKSK|IKP|IKD|IKS"
INDICATOR_CODE_RE = re.compile(
    rf"\b({_INDICATOR_PREFIXES}|SS|SP|SK)\s*[-.]?\s*(\d{{1,2}}(?:\.\d{{1,2}})?)(?!\d)"
    r"(?![.,]\d)", re.IGNORECASE)
# a column titled by an indicator code's prefix ("IKP", "Kode IKU"): its cells "1.1", "2"
# are the codes without it
_CODE_PREFIX_COLUMN_RE = re.compile(rf"^\s*(?:kode\s+|no\.?\s+)?({_INDICATOR_PREFIXES})\s*$",
                                    re.IGNORECASE)
_BARE_CODE_RE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})?)\.?\s*$")
YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d)\b")  # a year a report may be about
_YEAR_HEADER_RE = re.compile(r"^\s*(?:tahun\s+|th\.?\s*)?(19[5-9]\d|20\d\d)\s*$", re.IGNORECASE)
_TW_RE = re.compile(r"\b(?:tw|triwulan)\s*\.?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_SEMESTER_RE = re.compile(r"\b(?:smt|semester)\s*\.?\s*(ii|i|[12])\b", re.IGNORECASE)
_UP_TO = r"(?:s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"  # "s.d. TW III": cumulative
_CUMULATIVE_BEFORE_RE = re.compile(rf"{_UP_TO}\s*$", re.IGNORECASE)
_CUMULATIVE_PREFIX_RE = re.compile(rf"^{_UP_TO}\s*", re.IGNORECASE)
_MONTHS = r"jan|feb|mar|apr|mei|may|jun|jul|agu|aug|ags|sep|okt|oct|nov|des|dec"
_MONTH_RANGE_RE = re.compile(rf"\b({_MONTHS})[a-z]*\.?\s*(?:[-–s/d]+\s*({_MONTHS})[a-z]*)?\b",
                             re.IGNORECASE)
_AWAL_RE = re.compile(r"\bawal\b|\bsemula\b|\bmurni\b", re.IGNORECASE)
_REVISI_RE = re.compile(r"\brevisi\b|\bperubahan\b|\bmenjadi\b|\bp-?apbd\b|\bfinal\b",
                        re.IGNORECASE)
_SUMMARY_HEAD_RE = re.compile(r"^[\s*#_]*(ikhtisar|ringkasan)\s+eksekutif[\s*_]*$", re.IGNORECASE)
_SUMMARY_END_RE = re.compile(r"^[\s*#_]*(bab\s+[i1]\b|bab\s+satu|kata\s+pengantar|daftar\s+isi)",
                             re.IGNORECASE)

STOPWORDS = {
    "dan", "yang", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "atau", "oleh",
    "serta", "the", "of", "and", "terhadap", "melalui", "bidang", "tahun", "no", "nomor",
}
_NAME_COLUMN_RE = re.compile(r"indikator", re.IGNORECASE)
# a row that names a sasaran and the program funding it is the program's, for its pagu
_BUDGET_LINE_COLUMN_RE = re.compile(r"^(?:nama\s+)?(?:program|kegiatan|sub\s*kegiatan)\b",
                                    re.IGNORECASE)
_NAME_COLUMN2_RE = re.compile(
    r"kegiatan|program|uraian|nama|layanan|satuan\s+kerja|unit|skema|kejuruan|sasaran|"
    r"jabatan|pangkat|blk|output|komponen|sektor|perguruan|smk", re.IGNORECASE)

@dataclass(frozen=True)
class Entity:
    """What a figure is about: a code, a name, or both."""

    code: str | None
    name: str

    @property
    def tokens(self) -> frozenset[str]:
        return name_tokens(self.name)

    @property
    def label(self) -> str:
        text = f"{self.code} {self.name}".strip() if self.code and self.code not in self.name \
            else self.name
        return text if len(text) <= 70 else text[:67] + "..."

    @property
    def specific(self) -> bool:
        """A code or a name of at least two content words: ``Jumlah`` alone names nothing."""
        return bool(self.code) or len(self.tokens) >= 2


@dataclass(frozen=True)
class Period:
    year: str | None
    qualifier: str | None

    def compatible(self, other: Period) -> bool:
        if self.qualifier != other.qualifier:
            return False
        return self.year is None or other.year is None or self.year == other.year

    def __str__(self) -> str:
        return " ".join(p for p in (self.qualifier, self.year) if p) or "-"


_UNSET = object()


@dataclass
class Mention:
    """One printed figure of a quantity, with where it stands."""

    entity: Entity
    attribute: str
    period: Period
    figure: Figure
    line: int
    scale: Decimal = Decimal(1)
    table: Table | None = None
    column: str = ""
    in_summary: bool = False
    row: Row | None = field(default=None, repr=False)
    # For a sum of budget lines (see rolled_up): the first and last line added.
    summed_lines: tuple[int, int] | None = None
    # indicator_unit, worked out once: clusters compare every mention with many others.
    unit_cache: object = field(default=_UNSET, repr=False, compare=False)

    @property
    def value(self) -> Decimal:
        return self.figure.value * self.scale

    @property
    def where(self) -> str:
        """``Tabel 3.1 baris 230`` or ``baris 972``: how a message names this location."""
        if self.summed_lines is not None:
            first, last = self.summed_lines
            return f"jumlah rincian {self.entity.code}.* baris {first}–{last}"
        if self.table is not None and self.table.caption:
            caption = self.table.caption
            short = m.group(0) if (m := re.match(r"tabel\s*[0-9IVX]+(?:\s*\.\s*\d+)*",
                                                 caption, re.IGNORECASE)) else caption[:40]
            short = re.sub(r"\s+", " ", short).strip()
            return f"{short} baris {self.line}"
        if self.table is not None:
            return f"tabel baris {self.line}"
        return f"teks baris {self.line}"

    @property
    def is_money(self) -> bool:
        return self.attribute.startswith("anggaran:") and not self.figure.is_percent


# --------------------------------------------------------------------------- names


def normalise_indicator_code(prefix: str, number: str) -> str:
    """``IKU 02`` → ``IKU-2``, ``IKP 1.1`` → ``IKP-1.1``."""
    return f"{prefix.upper()}-" + ".".join(str(int(part)) for part in number.split("."))


def indicator_code(text: str) -> str | None:
    """The one indicator code a text names (``IKK-4``), or None for none or several."""
    codes = {normalise_indicator_code(m.group(1), m.group(2))
             for m in INDICATOR_CODE_RE.finditer(text)}
    return codes.pop() if len(codes) == 1 else None


_NAME_CHARS = 400


@lru_cache(maxsize=4096)
def name_tokens(text: str) -> frozenset[str]:
    # A name is a few dozen words; a longer "name" is a runaway cell or line, and its first
    # words are all that can identify it (and all that bounded work can afford to read).
    text = INDICATOR_CODE_RE.sub(" ", text[:_NAME_CHARS])
    text = text.lower()
    text = CODE_RE.sub(" ", text)
    words = re.findall(r"[a-z][a-z0-9]+", text)
    return frozenset(w for w in words if w not in STOPWORDS)


@lru_cache(maxsize=1 << 16)
def token_equal(a: str, b: str) -> bool:
    """The same word, or the same word with a small typo (``kelembangaan``)."""
    if a == b:
        return True
    if len(a) < 5 or len(b) < 5 or a[0] != b[0]:
        return False
    # "mendapat" / "mendapatkan", "meningkat" / "meningkatnya": the same word with a suffix.
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 6 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    # The ratio can reach 0,85 only if the lengths are close: 2·min / (la + lb) bounds it.
    if 2 * min(len(a), len(b)) < 0.85 * (len(a) + len(b)):
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.85


@lru_cache(maxsize=1 << 16)
def name_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Token-set similarity: shared tokens (small typos allowed) over the larger set."""
    return _token_match(a, b)[0]


@lru_cache(maxsize=1 << 16)
def _token_match(a: frozenset[str], b: frozenset[str]) -> tuple[float, bool]:
    """The similarity, and whether each name keeps a word the other lacks (a substitution:
    "... evaluasi sosial" against "... evaluasi pendidikan")."""
    if not a or not b:
        return 0.0, False
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    remaining = set(large)
    shared = 0
    for token in small:
        hit = token if token in remaining else next(
            (t for t in remaining if token_equal(token, t)), None)
        if hit is not None:
            remaining.discard(hit)
            shared += 1
    return shared / len(large), shared < len(small) and bool(remaining)


@lru_cache(maxsize=1 << 14)
def normalise_code(code: str) -> str:
    parts = code.split(".")
    if parts[0].isdigit():
        parts[0] = str(int(parts[0]))
    return ".".join(parts)


@lru_cache(maxsize=1 << 16)
def same_entity(a: Entity, b: Entity, threshold: float = 0.8) -> bool:
    if a.code and b.code:
        return normalise_code(a.code) == normalise_code(b.code)
    # "TPT (%)" in a comparison table and "Tingkat Pengangguran Terbuka (TPT)" in the
    # capaian table: a label that is only an acronym names the indicator that defines it
    for short, long in ((a, b), (b, a)):
        if (only := _ACRONYM_ONLY_RE.fullmatch(short.name)) is not None:
            return f"({only.group(1)})" in long.name
    # "Nilai IPLM" in a comparison table and "Nilai Indeks Pembangunan Literasi Masyarakat
    # (IPLM)" in the capaian table: the acronym the long name defines, with nothing but words
    # of the long name beside it
    for short, long in ((a, b), (b, a)):
        if _abbreviates(short, long):
            return True
    if not (a.specific and b.specific) or len(a.tokens) < 2 or len(b.tokens) < 2:
        return False
    # One name may add words to the other (a shortened or a longer form of the same name);
    # a word swapped for another names a different indicator.
    similarity, substituted = _token_match(a.tokens, b.tokens)
    if similarity >= threshold and not substituted:
        return True
    # "Angka Kematian Bayi (AKB)" and "Angka Kematian Bayi (AKB) per 1.000 Kelahiran Hidup":
    # the shorter name whole inside the longer, and the same acronym in both
    acronym = _ACRONYM_IN_NAME_RE.search(a.name)
    return acronym is not None and len(a.tokens) >= 3 and len(b.tokens) >= 3 \
        and (a.tokens <= b.tokens or b.tokens <= a.tokens) \
        and acronym.group(1) in re.findall(r"\(([A-Z]{2,6})\)", b.name)


_ACRONYM_IN_NAME_RE = re.compile(r"\(([A-Z]{2,6})\)")
_BARE_ACRONYM_RE = re.compile(r"(?<![(\w])([A-Z]{2,6})(?![)\w])")


def _abbreviates(short: Entity, long: Entity) -> bool:
    """``short`` names ``long`` by the acronym ``long`` defines: ``Nilai IPLM`` for ``Nilai
    Indeks Pembangunan Literasi Masyarakat (IPLM)``; every other word of ``short`` is one of
    ``long``'s."""
    defined = set(_ACRONYM_IN_NAME_RE.findall(long.name))
    used = set(_BARE_ACRONYM_RE.findall(short.name)) & defined
    if len(used) != 1 or _ACRONYM_IN_NAME_RE.search(short.name):
        return False
    acronym = used.pop().lower()
    rest = short.tokens - {acronym}
    return bool(rest) and rest <= long.tokens
# an acronym alone, with at most a unit or a polarity mark: "TPT (%)", "IKM *)"
_ACRONYM_ONLY_RE = re.compile(r"\s*([A-Z]{2,6})(?:\s*\([^()]{0,12}\)|\s*\*\)?)*\s*")


# --------------------------------------------------------------------------- headers


# The end of the plan's target ("Target Akhir Renstra", "target jangka menengah"): another
# quantity than the year's target, in column titles and in prose alike.
END_TARGET_RE = re.compile(r"\btarget\s+(akhir|jangka\s+menengah|renstra|rpjmd)\b|"
                            r"\bakhir\s+(periode\s+)?renstra\b|"
                            r"\b(thd\.?|terhadap)\s+(target\s+)?(akhir\s+)?(renstra|rpjmd)\b",
                            re.IGNORECASE)


_MONEY_UNIT_RE = re.compile(r"\(?\s*rp\.?\s*(?:000|juta|ribu)?\s*\)?|rupiah")


_ROLE_ABBREVIATIONS = {"real": "realisasi", "tgt": "target", "trgt": "target"}
_ROLE_ABBREVIATION_RE = re.compile(r"\b(real|tgt|trgt)\b\.?")


@lru_cache(maxsize=1 << 14)
def attribute_of(column_name: str) -> str | None:
    """The quantity a column holds, read from its header; None when the header says nothing
    a restatement elsewhere could be matched on."""
    name = " ".join(indonesian_header(column_name).lower().split())
    if not name:
        return None
    # "Real. 2024", "Tgt 2025": the roles abbreviated in a narrow column
    name = _ROLE_ABBREVIATION_RE.sub(lambda m: _ROLE_ABBREVIATIONS[m.group(1)], name)
    parts = [p.strip() for p in name.split(" / ")]
    dated = len(parts) >= 2 and bool(_YEAR_HEADER_RE.match(parts[-1]))
    if re.search(r"\btarget\b", name) and re.search(r"\bakhir\b", name) and not re.search(
            r"capaian|kemajuan|\bthd\b|terhadap|%|persen", name):
        # "Target Akhir Renstra 2026", "Target Kinerja / 2026 (Akhir)": the plan's end
        # target, a quantity of its own ("target akhir Renstra ... sebesar 97,50%")
        return "kinerja:akhir"
    if len(parts) >= 2 and (_YEAR_HEADER_RE.match(parts[-1]) or re.fullmatch(
            # ("Target / PK Awal", "Target / DPA Perubahan": the document's version)
            r"(?:(?:pk|dpa|dipa|apbd|renja|rkt)\s+)?"
            r"(awal|murni|induk|semula|perubahan|revisi|setelah\s+perubahan)", parts[-1])
            # "Realisasi / TW III", "Realisasi / s.d. TW III": the quarter is the period
            or _TW_RE.fullmatch(_CUMULATIVE_PREFIX_RE.sub("", parts[-1]))):
        # "Realisasi / Th. 2021", "Target 2025 / Perubahan": the year or the version is the
        # period (see qualifier_of), the group header the role.
        parts.pop()
        name = " / ".join(parts)
    if len(parts) >= 2 and _MONEY_UNIT_RE.fullmatch(parts[-1]):
        # "Realisasi / Rp" beside "Realisasi / %": the unit under its group's title; money
        # realised is the budget's realisasi (what the group's title says of the rest)
        if re.search(r"\brealisasi\b", parts[-2]):
            return "anggaran:realisasi"
        parts.pop()
        name = " / ".join(parts)
    last = parts[-1]
    role_target = re.fullmatch(r"(s|s\s*\(%\))", last) or re.search(r"\b(target|rencana)\b", last)
    role_real = re.fullmatch(r"(r|r\s*\(%\))", last) or re.search(r"\brealisasi\b", last)
    if re.search(r"penyerapan|serapan", name):
        if role_target:
            return "serapan:target"
        if role_real:
            return "serapan:realisasi"
        return None
    if re.search(r"\bkeluaran\b|\boutput\b", name) and not re.search(r"\bnama\b|\bnarasi\b", last):
        if role_target:
            return "output:target"
        if role_real:
            return "output:realisasi"
        return None
    if re.search(r"\bkeuangan\b", last) and "%" not in last:
        return "anggaran:realisasi"
    if re.search(r"\bpagu\b|\banggaran\b", name):
        if "%" in last or re.search(r"capaian|persen|prosentase|sisa|efisiensi", last):
            return None
        if re.search(r"\brealisasi\b", last):
            return "anggaran:realisasi"
        if re.search(r"\bpagu\b|\banggaran\b", last) or (
                len(parts) >= 2 and re.fullmatch(r"total|jumlah", last)):
            return "anggaran:pagu"  # "Anggaran (Rp. 000) / Total" over RM | PHLN columns
        return None
    if re.search(r"efisiensi|kemajuan|selisih|sisa|bobot|rata", name):
        return None
    if re.search(r"\b(?:proyeksi|prognosa|prognosis|perkiraan|estimasi)\b", name):
        return None  # "Proyeksi Capaian (%)": a forecast, not the year's capaian
    if dated and re.fullmatch(r"target\s+(?:renstra|rpjmd)", name):
        # "Target Renstra / 2029": the plan's target for the year it names, as a Renstra
        # table's "2029" column under "Target" is
        return "kinerja:target"
    if END_TARGET_RE.search(name):
        # "Target Akhir Renstra (2026)", "Capaian terhadap Target Akhir Renstra": measured
        # against the end of the plan, another quantity than the year's target and capaian
        return None
    if re.search(r"prosentase|persentase|persen|%", last) and "capaian" not in last \
            and last != "%":
        return None
    # A bare "%" column is ambiguous (capaian kinerja or serapan anggaran): not matched on.
    if re.search(r"\bcapaian\b|^% capaian|\bpersentase capaian\b", last):
        return "kinerja:capaian"
    if re.search(r"\btarget\b", last):
        return "kinerja:target"
    if re.search(r"\brealisasi\b", last):
        return "kinerja:realisasi"
    return None


@lru_cache(maxsize=8192)  # asked of the same few column names for every row
def qualifier_of(text: str) -> str | None:
    """awal / revisi / a month range / a quarter, when the text names one."""
    text = indonesian_header(text)
    if m := _TW_RE.search(text):
        roman = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}
        q = m.group(1).lower()
        # "s.d. TW III" is the sum or the position up to the quarter, "TW III" the quarter
        cumulative = _CUMULATIVE_BEFORE_RE.search(text[:m.start()])
        return ("s.d. tw " if cumulative else "tw ") + roman.get(q, q)
    if m := _SEMESTER_RE.search(text):
        # "Target Smt I", "Realisasi s.d. Semester I": half a year, not the year
        q = {"1": "i", "2": "ii"}.get(m.group(1).lower(), m.group(1).lower())
        cumulative = _CUMULATIVE_BEFORE_RE.search(text[:m.start()])
        return ("s.d. smt " if cumulative else "smt ") + q
    if _AWAL_RE.search(text):
        return "awal"
    if _REVISI_RE.search(text):
        return "revisi"
    if m := _MONTH_RANGE_RE.search(text):
        return "-".join(g.lower()[:3] for g in m.groups() if g)
    return None


def period_of(column_name: str, caption: str | None) -> Period:
    column_name = indonesian_header(column_name)
    caption = indonesian_header(caption) if caption else caption
    years = YEAR_RE.findall(column_name)
    if not years and caption:
        cap_years = set(YEAR_RE.findall(caption))
        # "Tahun 2016-2023" names a span, not the period of one column.
        years = list(cap_years) if len(cap_years) == 1 and not re.search(
            r"\d{4}\s*[-–]\s*\d{4}|s\.?d\.?", caption) else []
    year = years[0] if len(set(years)) == 1 else None
    qualifier = qualifier_of(column_name)
    if qualifier is None and caption:
        # (a note in brackets, "(dua IKU direvisi dalam PK Perubahan)", names no version of
        # the table's own columns)
        q = qualifier_of(re.sub(r"\((?:[^()\s]+\s+){3,}[^()]*\)", " ", caption))
        # a caption "... s.d. Semester I" gives its period to the columns that name none,
        # not to one that says it is the year's ("Capaian thd Target Tahunan")
        semester = q is not None and "smt" in q and not re.search(
            r"\btahun(?:an)?\b", column_name, re.IGNORECASE)
        qualifier = q if q in ("awal", "revisi") or semester else None
        # ("Realisasi ... dan Target Akhir Renstra": the plan gives the end target only, a
        # "Target 2025" beside it is the year's own)
        # (a year the caption's realisasi span covers: "Realisasi 2023-2025" and "Target
        # 2025"; a "Target 2026" beyond it is the plan's end target)
        spans = [range(int(a), int(b) + 1) for a, b in re.findall(
            r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", caption)]
        end_only = re.search(r"\bakhir\s+(?:renstra|rpjmd|rencana\s+strategis)\b", caption,
                             re.IGNORECASE) and not _PLAN_CAPTION_RE.search(column_name) \
            and not re.search(r"\bakhir\b", column_name, re.IGNORECASE) \
            and year is not None and any(int(year) in span for span in spans)
        if qualifier is None and not end_only and _PLAN_CAPTION_RE.search(caption) and (
                re.search(r"\btarget\b", column_name, re.IGNORECASE)
                # "Target ... dalam Renstra 2025-2029" over columns named by their years
                # (a caption of targets only: "Realisasi 2023-2025 dan Target Renstra" gives
                # its year columns to the realisasi)
                or re.search(r"\btarget\b", caption, re.IGNORECASE)
                and not re.search(r"realisasi|capaian", f"{caption} {column_name}",
                                  re.IGNORECASE)):
            # "Target IKK pada Renstra 2025–2029 / 2025": the plan's target for the year,
            # which the year's Perjanjian Kinerja may set otherwise
            qualifier = "renstra"
        elif qualifier is None and _AGAINST_PLAN_RE.search(f"{caption} {column_name}"):
            # "Capaian IKU ... terhadap Target Tahunan RPJMD (%)": a capaian on the plan's
            # target, not on the Perjanjian Kinerja's
            qualifier = "renstra"
    return Period(year, qualifier)


_AGAINST_PLAN_RE = re.compile(r"\bcapaian\b.{0,60}\b(?:terhadap|thd\.?)\s+(?:target\s+)?"
                              r"(?:tahunan\s+)?(?:renstra|rpjmd|rencana\s+strategis)\b",
                              re.IGNORECASE)


_PLAN_CAPTION_RE = re.compile(r"\b(renstra|rpjmd|rencana\s+strategis)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def scale_of(column_name: str, caption: str | None) -> Decimal:
    """What one unit of a money column stands for: ``Pagu (Rp 000)``, a caption ending
    ``(dalam ribuan rupiah)``, ``Nilai (Rp miliar)``. A rate column (``%``, ``Capaian``) is
    never scaled by its table's caption."""
    column = column_name.lower()
    text = column if _RATE_COLUMN_RE.search(column) else f"{column} {(caption or '').lower()}"
    if re.search(r"rp\.?\s*000\b|\(000\)|ribuan|dalam ribu|ribu rupiah|rp\.?\s*\(?ribu\b", text):
        return Decimal(1000)
    if re.search(r"dalam juta|rp\.?\s*\(?juta\b|\(juta\)|juta rupiah", text):
        return Decimal(1_000_000)
    if re.search(r"dalam mil[iy]ar|rp\.?\s*\(?mil[iy]ar\b|\(mil[iy]ar\)|mil[iy]ar rupiah", text):
        return Decimal(1_000_000_000)
    return Decimal(1)


_RATE_COLUMN_RE = re.compile(r"%|persen|capaian|realisasi fisik|\bfisik\b")
_UNIT_TITLE_RE = re.compile(r"^\s*satuan\s*$", re.IGNORECASE)


# --------------------------------------------------------------------------- rows


# a column of predicates ("Kategori", "Predikat Capaian"): its cells grade the row, never name it
_GRADE_TITLE_RE = re.compile(r"(?:kategori|predikat|kriteria|peringkat|status)"
                             r"(?:\s+(?:capaian|kinerja|penilaian))?", re.IGNORECASE)


def _grade_cell(table: Table, cell: Cell) -> bool:
    title = table.columns[cell.column].strip() if cell.column < len(table.columns) else ""
    return bool(_GRADE_TITLE_RE.fullmatch(title)) and len(cell.text.split()) <= 3


_PERIOD_LABEL_RE = re.compile(
    r"(?:tw|triwulan|semester|smt)\.?\s*(?:I{1,3}|IV|[1-4])|(?:s\.?\s?d\.?|s/d)\s+.*|"
    r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|"
    r"desember", re.IGNORECASE)


def row_entity(table: Table, row: Row) -> Entity | None:
    # "4958 Pendidikan Tinggi Vokasi" parses as a figure with a unit; it is a name.
    texts = [c for c in row.cells if c.text and (c.figure is None or len(name_tokens(c.text)) >= 2)
             and not _grade_cell(table, c)]
    if any(YEAR_RE.fullmatch(c.text.strip()) for c in row.cells[:3]):
        return None  # a row per year is a period, not an entity
    if texts and all(_PERIOD_LABEL_RE.fullmatch(c.text.strip()) for c in texts):
        return None  # "TW II", "Semester I", "Maret": a period of whatever the table is about
    code = None
    code_cell: Cell | None = None
    for c in row.cells:
        if m := CODE_RE.search(c.text):
            if len(CODE_RE.findall(c.text)) >= 2 and c.figure is None \
                    and not CODE_RE.sub("", c.text).strip(" ,;/&dan"):
                # "2.11.02, 2.11.03, 2.11.04": a row over several budget lines is none of them
                continue
            if c.figure is not None and c.figure.decimals == 0 and not is_year(c.figure) \
                    and "." not in c.text:
                # A bare number in a "Kode" column is a code; elsewhere it is a figure.
                name = table.columns[c.column].lower() if c.column < len(table.columns) else ""
                if "kode" not in name:
                    continue
            if code is not None and not m.group(1).startswith(f"{code}."):
                break
            # "2.13.01 | Program ... | 2.13.01.2.01 | Kegiatan ...": the row is the deepest
            # budget line it prints, the kegiatan under its program
            code = m.group(1)
            code_cell = c
    if code is None:
        # "IKK-1" in its own column or at the head of the indicator's name; "1.1" under a
        # column titled "IKP"
        for c in row.cells:
            if c.figure is None and (m := INDICATOR_CODE_RE.match(c.text.strip())):
                code = normalise_indicator_code(m.group(1), m.group(2))
                break
            title = table.columns[c.column] if c.column < len(table.columns) else ""
            if (p := _CODE_PREFIX_COLUMN_RE.match(title)) and (m := _BARE_CODE_RE.match(c.text)):
                code = normalise_indicator_code(p.group(1), m.group(1))
                code_cell = None
                break
    # "4957 Pelatihan Vokasi Industri": the cell that carries the code names the row.
    name_cell = code_cell if code_cell is not None and len(name_tokens(code_cell.text)) >= 2 \
        else _beside_deeper_code(row, code_cell)
    for pattern in (_NAME_COLUMN_RE, _BUDGET_LINE_COLUMN_RE, _NAME_COLUMN2_RE) \
            if name_cell is None else ():
        for c in texts:
            col = table.columns[c.column] if c.column < len(table.columns) else ""
            if pattern.search(col) and len(name_tokens(c.text)) >= 2:
                name_cell = c
                break
        if name_cell:
            break
    if name_cell is None and texts:
        name_cell = max(texts, key=lambda c: len(c.text))
    if code is None and name_cell is not None and _merged_down(table, name_cell.column):
        # "015.08.DK Program ... | 4230.QAH.001 | Layanan Pengelolaan ...": the program merged
        # down over its outputs prints on the first one's row; the row is that output
        own = [c for c in texts if c.column > name_cell.column and c.figure is None
               and len(name_tokens(c.text)) >= 2]
        name_cell = own[0] if own else name_cell
    name = name_cell.text if name_cell else ""
    if not name and not code:
        return None
    return Entity(code, name)


def _merged_down(table: Table, column: int) -> bool:
    """A text column printed on the first row of each run only (a cell merged down over the
    rows after it), while a later text column names every row."""
    data = [r for r in table.rows if r.kind == "data"]
    if len(data) < 3:
        return False
    def text_at(row: Row, col: int) -> bool:
        cell = row.cell(col)
        return cell is not None and cell.figure is None and bool(cell.text.strip())
    empty = sum(1 for r in data if not text_at(r, column))
    later = [c for c in range(column + 1, table.width) if all(text_at(r, c) for r in data)]
    return bool(later) and empty * 2 >= len(data) and empty < len(data)


def _beside_deeper_code(row: Row, code_cell: Cell | None) -> Cell | None:
    """The name printed right after a kegiatan's code in a row that prints its program's
    code and name before it: the kegiatan's name, not the program's."""
    if code_cell is None or sum(1 for c in row.cells if CODE_RE.search(c.text)) < 2:
        return None
    # ("1.03.10.2.01 | 1.03.10 Program Penyelenggaraan Jalan | Penyelenggaraan Jalan Kota":
    # the code alone in its cell, its program merged down beside it; the kegiatan's name is
    # the first named cell after it that prints no shallower code)
    for after in sorted((c for c in row.cells if c.column > code_cell.column),
                        key=lambda c: c.column):
        if after.figure is not None or len(name_tokens(after.text)) < 2:
            return None
        if (m := CODE_RE.search(after.text)) and m.group(1) != code_cell.text.strip() \
                and code_cell.text.strip().startswith(f"{m.group(1)}."):
            continue
        return after
    return None


def _aligned(table: Table) -> bool:
    """A header narrower than the body means the extraction shifted cells: the header no
    longer says what a column holds."""
    if not table.header:
        return False
    named = sum(1 for name in table.columns if name.strip())
    return named >= table.width - 1 and len(table.header[-1]) >= table.width - 1


def _year_series_columns(table: Table, caption: str) -> list[tuple[int, str]]:
    """``Perbandingan Realisasi ... | 2023 | 2024 | 2025``: each year column holds that
    year's realisasi (or capaian), when the caption names exactly one of the two."""
    roles = {role for role, word in (("kinerja:realisasi", r"realisasi"),
                                     ("kinerja:capaian", r"capaian"),
                                     ("kinerja:target", r"target"))
             if re.search(rf"\b{word}\b", caption, re.IGNORECASE)}
    years = [i for i, name in enumerate(table.columns) if _YEAR_HEADER_RE.match(name)]
    if len(years) < 2:
        return []
    if len(roles) != 1:
        return _years_by_caption(table, caption, years)
    role = roles.pop()
    return [(i, role) for i in years]


# "Realisasi ... Tahun 2023-2025 dan Target Akhir Renstra 2026": each role word with the
# years (a range or one year) that follow it before the next role word
_ROLE_YEARS_RE = re.compile(
    r"\b(realisasi|target|capaian)\b(?:(?!\b(?:realisasi|target|capaian)\b).){0,60}?"
    r"\b(19[5-9]\d|20\d\d)(?:\s*[-–—/]\s*|\s+s\.?\s?d\.?\s+)?(19[5-9]\d|20\d\d)?",
    re.IGNORECASE)


def _years_by_caption(table: Table, caption: str, years: list[int]) -> list[tuple[int, str]]:
    """Year columns whose roles the caption assigns by years: a column whose year falls in
    exactly one role's years takes that role."""
    spans = [(f"kinerja:{m.group(1).lower()}", int(m.group(2)), int(m.group(3) or m.group(2)))
             for m in _ROLE_YEARS_RE.finditer(caption)]
    out = []
    for i in years:
        match = _YEAR_HEADER_RE.match(table.columns[i])
        assert match is not None
        year = int(match.group(1))
        owners = {role for role, lo, hi in spans if lo <= year <= hi}
        if len(owners) == 1:
            out.append((i, owners.pop()))
    return out


_ROLE_CELL = {"target": "kinerja:target", "realisasi": "kinerja:realisasi",
              "capaian": "kinerja:capaian", "capaian kinerja": "kinerja:capaian"}


def _year_rows(table: Table, summary: range) -> list[Mention] | None:
    """One indicator over the years, one row per year::

        Tabel 23. Perbandingan Realisasi Indikator Kinerja Kegiatan (IKK-5) Tahun 2020 s.d 2023
        | Tahun | Indikator Kinerja Kegiatan |           |                 |
        |       | Jumlah sarana yang ditingkatkan ...   |                 |
        |       | Target    | Realisasi | Capaian Kinerja |
        | 2023  | 4 Layanan | 4 Layanan | 100%            |

    The indicator is named by the caption's code or by the one long name above the role row;
    each year row states that year's target, realisasi and capaian. None for other tables.
    """
    rows = table.rows
    first_year = next((i for i, r in enumerate(rows)
                       if r.cells and YEAR_RE.fullmatch(r.cells[0].text.strip())), None)
    if first_year is None:
        return None
    if first_year == 0:
        # The role row was read as the header (the reader split the table there).
        role_texts = {i: name.split(" / ")[-1] for i, name in enumerate(table.columns)}
    else:
        role_texts = {c.column: c.text for c in rows[first_year - 1].cells}
    roles = {column: _ROLE_CELL[key] for column, text in role_texts.items()
             if (key := re.sub(r"\s+", " ", text.strip().lower())) in _ROLE_CELL}
    if len(roles) < 2 or len(set(roles.values())) != len(roles):
        return None
    names = [c.text for r in rows[:max(first_year - 1, 0)] for c in r.cells
             if c.figure is None and len(name_tokens(c.text)) >= 3]
    code = indicator_code(table.caption or "")
    if len(names) > 1 or not (names or code):
        return None
    entity = Entity(code, names[0] if names else "")
    found: list[Mention] = []
    for row in rows[first_year:]:
        year_text = row.cells[0].text.strip() if row.cells else ""
        if not YEAR_RE.fullmatch(year_text):
            continue
        for column, attribute in roles.items():
            if (m := _series_mention(entity, attribute, year_text, table, row, column,
                                     role_texts.get(column, ""), summary)) is not None:
                found.append(m)
    return found


def _series_mention(entity: Entity, attribute: str, year: str, table: Table, row: Row,
                    column: int, column_name: str, summary: range) -> Mention | None:
    """One year's value of an indicator in a table of its values over the years."""
    cell = row.cell(column)
    if cell is None or cell.figure is None or cell.figure.dash or is_year(cell.figure):
        return None
    return Mention(entity=entity, attribute=attribute, period=Period(year, None),
                   figure=cell.figure, line=cell.line, table=table, column=column_name,
                   in_summary=cell.line in summary, row=row)


# "IKU 6: Persentase cakupan ...", "Indikator 3. ...": a heading that names an indicator
_NAMING_HEADING_RE = re.compile(
    r"^\W*(?:(?:iku|ikk|indikator(?:\s+kinerja)?)\s*[-.]?\s*\d{1,2}\s*[:.)\-–—]\s*|"
    r"[a-z0-9]{1,3}[.)]\s+)?(?P<name>.+?)\W*$", re.IGNORECASE)


def _role_rows(table: Table, summary: range,
               found_headings: list[tuple[int, str]]) -> list[Mention] | None:
    """One indicator's target, realisasi and capaian over the years, one row per role::

        Tabel 3.13 Target, Realisasi, dan Capaian IKU 6 Tahun 2023-2025
        | Uraian    | 2023  | 2024  | 2025  |
        | Target    | 78,00 | 80,00 | 82,00 |
        | Realisasi | 76,12 | 79,36 | 82,41 |

    The indicator is the one the heading above names (``IKU 6: Persentase cakupan PJU ...``),
    with the caption's code. None for other tables."""
    years = {i: m.group(1) for i, name in enumerate(table.columns)
             if (m := _YEAR_HEADER_RE.match(name.split(" / ")[-1]))}
    if len(years) < 2:
        return None
    roles: dict[int, str] = {}
    for k, row in enumerate(table.rows):
        key = re.sub(r"\s*\(%\)\s*$", "", re.sub(r"\s+", " ", row.label.strip().lower()))
        if key in _ROLE_CELL:
            roles[k] = _ROLE_CELL[key]
    if len(roles) < 2 or len(set(roles.values())) != len(roles):
        return None
    entity = _headed_indicator(table, found_headings)
    if entity is None:
        return None
    found: list[Mention] = []
    for k, attribute in roles.items():
        row = table.rows[k]
        for column, year in years.items():
            if (m := _series_mention(entity, attribute, year, table, row, column, year,
                                     summary)) is not None:
                found.append(m)
    return found


def _headed_indicator(table: Table, found_headings: list[tuple[int, str]]) -> Entity | None:
    """The indicator the heading above a table names (``IKU 6: Persentase cakupan PJU``,
    ``Indikator 6 — ...``), with the caption's or the heading's code; None when it names
    none."""
    heading = heading_before(found_headings, table.caption_line or table.first_line)
    m = _NAMING_HEADING_RE.match(re.sub(r"[#*_]", " ", heading).strip())
    name = m.group("name") if m else ""
    code = indicator_code(table.caption or "") or indicator_code(heading)
    if len(name_tokens(name)) < 3 and not code:
        return None
    return Entity(code, name if len(name_tokens(name)) >= 3 else "")


def _card_rows(table: Table, summary: range, found_headings: list[tuple[int, str]],
               year: str | None) -> list[Mention] | None:
    """One indicator's card, a role per row and one value column::

        ##### Indikator 6 — Persentase makam yang tertata dan terdata
        | Uraian         | Nilai  |
        | Target 2025    | 78,00% |
        | Realisasi 2024 | 76,52% |

    The indicator is the one the heading above names; each row's label gives the role and
    its year (the report's year when it names none). None for other tables."""
    if table.width != 2 or len(table.rows) < 3:
        return None
    roles = [(row, attr) for row in table.rows
             if (attr := attribute_of(row.cells[0].text if row.cells else "")) is not None]
    if len(roles) < 3:
        return None
    entity = _headed_indicator(table, found_headings)
    if entity is None:
        return None
    found: list[Mention] = []
    for row, attr in roles:
        cell = row.cell(1)
        if cell is None or cell.figure is None or cell.figure.dash or is_year(cell.figure):
            continue
        period = period_of(row.cells[0].text, table.caption)
        if period.year is None and year is not None:
            period = Period(year, period.qualifier)
        found.append(Mention(entity=entity, attribute=attr, period=period, figure=cell.figure,
                             line=cell.line, table=table, column=row.cells[0].text,
                             in_summary=cell.line in summary, row=row))
    return found


_CAPTION_ROLE_RE = re.compile(r"\b(realisasi|target|capaian)\b", re.IGNORECASE)
_TARGET_ROW_RE = re.compile(r"^\s*target\b.*?\b(19[5-9]\d|20\d\d)\b", re.IGNORECASE)


def _indicators_by_year(table: Table, summary: range) -> list[Mention] | None:
    """Several indicators over the years, a row per year and a column per indicator::

        Tabel 3.7 Realisasi IKU Terpilih Tahun 2021-2025
        | Tahun | IKU 2 Indeks RB | IKU 8 Realisasi Anggaran (%) |
        | 2024  | 78,92           | 95,88                        |
        | Target Renstra 2029 | 85,00 | 96,00                     |

    Each column is the indicator its title names by code (the name after it aside); each
    year row holds the role the caption names (one role only), a ``Target ... 2029`` row
    that year's target. None for other tables."""
    # ("Realisasi IKU ... Tahun 2021-2025 dan Target Akhir Renstra": the years' role is the
    # one the caption names besides the plan's end target)
    caption = END_TARGET_RE.sub(" ", table.caption or "")
    roles = {m.group(1).lower() for m in _CAPTION_ROLE_RE.finditer(caption)}
    if len(roles) != 1 or table.width < 3:
        return None
    role = _ROLE_CELL[roles.pop()]
    years = [r for r in table.rows if r.cells and YEAR_RE.fullmatch(r.cells[0].text.strip())]
    if len(years) < 2:
        return None
    columns = [(c, code) for c, name in enumerate(table.columns)
               if c > 0 and (code := indicator_code(name)) is not None]
    if len(columns) < 2 or len({code for _, code in columns}) != len(columns):
        return None
    found: list[Mention] = []
    for row in table.rows:
        label = row.cells[0].text.strip() if row.cells else ""
        if YEAR_RE.fullmatch(label):
            attribute, year = role, label
        elif (m := _TARGET_ROW_RE.match(label)) and not END_TARGET_RE.search(label):
            attribute, year = "kinerja:target", m.group(1)
        else:
            continue
        for column, code in columns:
            name = INDICATOR_CODE_RE.sub("", table.columns[column]).strip(" -:")
            if (m := _series_mention(Entity(code, name), attribute, year, table, row, column,
                                     table.columns[column], summary)) is not None:
                found.append(m)
    return found


def summary_range(doc: Document) -> range:
    """Lines of the Ikhtisar Eksekutif (executive summary), or an empty range."""
    start = None
    for i, text in enumerate(doc.lines, start=1):
        if start is None and _SUMMARY_HEAD_RE.match(text):
            start = i
        elif start is not None and _SUMMARY_END_RE.match(text) and i > start + 3:
            return range(start, i)
    return range(start, len(doc.lines) + 1) if start else range(0)


def report_year(doc: Document) -> str | None:
    """The year a report is about: the most frequent year on its first page and captions."""
    counts: Counter[str] = Counter()
    for text in doc.lines[:60]:
        counts.update(YEAR_RE.findall(text))
    for table in doc.tables:
        if table.caption:
            counts.update(YEAR_RE.findall(table.caption))
    if not counts:
        return None
    (year, n), *rest = counts.most_common(2)
    if rest and rest[0][1] == n:
        return None
    return year


_REGION_RE = re.compile(
    r"\b(?i:kabupaten|kab\.|kota|provinsi|prov\.)\s+((?:[A-Z][\w'-]+[ \t]*){1,3})")


def report_region(doc: Document) -> frozenset[str]:
    """The words of the region the report is about ("Kabupaten Tanah Seruni" → {tanah,
    seruni}), from its first page: the commonest region named there; empty if none."""
    counts: Counter[str] = Counter()
    for text in doc.lines[:40]:
        for m in _REGION_RE.finditer(text):
            counts[" ".join(m.group(1).split()[:2]).lower()] += 1
    if not counts:
        return frozenset()
    (name, _), *rest = counts.most_common(2)
    return frozenset(w for w in re.findall(r"[a-z]+", name) if len(w) >= 3)


def _own_region_columns(table: Table, names: list[str], region: frozenset[str]) \
        -> list[tuple[int, str]]:
    """In a comparison of regions (``Kab. Tanah Seruni | Provinsi ... | Nasional``), the
    column of the report's own region holds its realisasi; the others are other entities."""
    if not region:
        return []
    own = [i for i, name in enumerate(names)
           if region <= set(re.findall(r"[a-z]+", name.lower()))]
    others = [i for i, name in enumerate(names)
              if re.search(r"\b(provinsi|nasional|indonesia|kabupaten|kota|kab\.)", name,
                           re.IGNORECASE) and i not in own]
    return [(own[0], "kinerja:realisasi")] if len(own) == 1 and others else []


def table_mentions(doc: Document) -> list[Mention]:
    """Every table cell that restates a quantity, with its entity, attribute and period.

    Worked out once per document (several checks ask for it): a copy of the list each time,
    so that no check's filtering reaches another's."""
    memo = doc.__dict__.get("_table_mentions")
    if memo is None:
        memo = doc.__dict__["_table_mentions"] = _table_mentions(doc)
    return list(memo)


# "Target 2025 Awal | Perubahan": a title spanning two version columns, read into the first
# one only (an extraction that lost the spanning cell). The bare version word continues it.
_VERSION_ONLY_RE = re.compile(r"^\s*(perubahan|revisi|setelah\s+perubahan|menjadi)\s*$",
                              re.IGNORECASE)
_ENDS_FIRST_VERSION_RE = re.compile(
    r"^(?P<head>.*\S)\s*/?\s*\b(?P<version>awal|murni|semula|sebelum\s+perubahan)\s*$",
    re.IGNORECASE)


def version_columns(columns: list[str]) -> list[str]:
    """Column names with a lost spanning title given back to the version columns under it:
    ``["Target 2025 Awal", "Perubahan"]`` → ``["Target 2025 / Awal",
    "Target 2025 / Perubahan"]``; other names unchanged."""
    out = list(columns)
    for i in range(1, len(out)):
        if not _VERSION_ONLY_RE.match(out[i]):
            continue
        m = _ENDS_FIRST_VERSION_RE.match(out[i - 1])
        if m is None or "/" in m.group("head") and m.group("head").rstrip().endswith("/"):
            continue
        head = m.group("head").rstrip(" /")
        out[i - 1] = f"{head} / {m.group('version')}"
        out[i] = f"{head} / {out[i].strip()}"
    return out


def _numbers_rows(table: Table, column: int) -> bool:
    """The column is a running row number: 1, 2, 3 ... down every row that has a figure."""
    values = [f.value for r in table.rows if (f := r.figure(column)) is not None and not f.dash]
    return len(values) >= 3 and values == list(range(1, len(values) + 1))


def _table_mentions(doc: Document) -> list[Mention]:
    summary = summary_range(doc)
    # A column that names no year, in a table whose caption names none, is about the year
    # the report covers: comparing it only with that year is narrower than a wildcard.
    year = report_year(doc)
    region = report_region(doc)
    found_headings = headings(doc)
    mentions: list[Mention] = []
    for table in doc.tables:
        if not table.rows:
            continue
        if (series := _year_rows(table, summary)) is not None:
            mentions.extend(series)  # its header is the role row in the body, not above it
            continue
        if (series := _role_rows(table, summary, found_headings)) is not None:
            mentions.extend(series)
            continue
        if (card := _card_rows(table, summary, found_headings, year)) is not None:
            mentions.extend(card)
            continue
        if (by_year := _indicators_by_year(table, summary)) is not None:
            mentions.extend(by_year)
            continue
        if not _aligned(table):
            continue
        names = version_columns(table.columns)
        columns = [(i, attr) for i, name in enumerate(names)
                   if (attr := attribute_of(name)) is not None]
        # a column numbering the rows 1, 2, 3 ... holds no quantity, whatever the header
        # laid over it says ("Realisasi" misplaced over "No" by an extraction)
        columns = [(i, a) for i, a in columns if not _numbers_rows(table, i)]
        caption = table.caption or ""
        # bare year columns beside titled ones ("2023 | Realisasi 2024 | 2025" under a
        # spanning "Realisasi" the extraction kept for one column only) take the role their
        # caption gives them
        taken = {i for i, _ in columns}
        columns += [(i, a) for i, a in _year_series_columns(table, caption) if i not in taken]
        if not columns:
            columns = _own_region_columns(table, names, region)
        if re.search(r"\bpagu\b|\bdipa\b", caption, re.IGNORECASE):
            # "Perubahan Pagu | Jan (Awal) | Feb-Mar | Apr-Jun": each dated column is a pagu.
            columns += [(i, "anggaran:pagu") for i, name in enumerate(names)
                        if attribute_of(name) is None and qualifier_of(name) is not None]
        if re.search(r"anggaran|keuangan|pagu", caption, re.IGNORECASE) \
                and not re.search(r"kinerja", caption, re.IGNORECASE):
            # In a budget table a bare "Realisasi" is money spent, not an output.
            columns = [(i, "anggaran:realisasi" if a == "kinerja:realisasi" else a)
                       for i, a in columns if a != "kinerja:target"]
        keys = [(a, period_of(names[i], table.caption)) for i, a in columns]
        # Two columns holding the same quantity (Realisasi PDN, Realisasi TKDN) are not
        # told apart by their header: neither is used.
        kept = []
        for (i, a), k in zip(columns, keys, strict=True):
            if keys.count(k) == 1:
                kept.append((i, a))
                continue
            # "Anggaran / RM | Anggaran / Total": the total column is the budget line's pagu.
            twins = [j for (j, _), k2 in zip(columns, keys, strict=True) if k2 == k]
            totals = [j for j in twins if re.search(r"(total|jumlah)\s*$", names[j],
                                                    re.IGNORECASE)]
            if totals == [i]:
                kept.append((i, a))
        columns = kept
        if not columns:
            continue
        entities: list[tuple[Row, Entity]] = []
        for row in table.rows:
            if row.kind == "group" and not any(c.figure for c in row.cells[1:]):
                continue  # a heading; a group row with its own pagu is a budget line
            entity = row_entity(table, row)
            if entity is not None and entity.specific:
                entities.append((row, entity))
        # "Pengukuran Indikator Kinerja Kegiatan 4 (IKK-4)" over a one-row table names its
        # row; "Rincian Kegiatan IKK-4" lists the activities under the indicator instead.
        caption_code = indicator_code(caption) if re.search(
            r"indikator|pengukuran|capaian", caption, re.IGNORECASE) and not re.search(
            r"rincian|daftar|\bsub\b", caption, re.IGNORECASE) else None
        if caption_code and len(entities) == 1 and entities[0][1].code is None:
            entities = [(entities[0][0], Entity(caption_code, entities[0][1].name))]
        # A code shared by rows of different names ("2.15.02" for the two indicators of one
        # program) is their parent's code, not theirs: those rows are known by their names.
        by_code: dict[str, list[int]] = {}
        for i, (_, e) in enumerate(entities):
            if e.code is not None:
                by_code.setdefault(e.code, []).append(i)
        for indices in by_code.values():
            names_ = {entities[i][1].tokens for i in indices}
            if len(indices) >= 2 and len(names_) == len(indices) and all(names_):
                for i in indices:
                    row, e = entities[i]
                    entities[i] = (row, Entity(None, e.name))
        # An entity met twice in one table does not identify a quantity there.
        ambiguous = {i for i, (_, a) in enumerate(entities) for j, (_, b) in enumerate(entities)
                     if i != j and same_entity(a, b)}
        # "Nilai produksi ... | Rp Miliar | 480,00": a row's own unit may scale its figures
        units = [c for c, n in enumerate(names) if _UNIT_TITLE_RE.match(n)]
        for i, (row, entity) in enumerate(entities):
            if i in ambiguous:
                continue
            unit_cell = row.cell(units[0]) if len(units) == 1 else None
            row_scale = scale_of(unit_cell.text, None) if unit_cell is not None else Decimal(1)
            for column, attr in columns:
                cell = row.cell(column)
                if cell is None or cell.figure is None or cell.figure.dash:
                    continue
                if is_year(cell.figure):
                    continue
                name = names[column]
                period = period_of(name, table.caption)
                if period.year is None and year is not None:
                    period = Period(year, period.qualifier)
                mentions.append(Mention(
                    entity=entity, attribute=attr, period=period,
                    figure=cell.figure, line=cell.line,
                    scale=scale_of(name, table.caption)
                    if _RATE_COLUMN_RE.search(name.lower())
                    else max(scale_of(name, table.caption), row_scale),
                    table=table, column=name, in_summary=cell.line in summary, row=row))
    return mentions


_OUTPUT_CODE_RE = re.compile(r"^(\d{4})\.[A-Z]{3}$")


def parent_code(code: str) -> str | None:
    """The budget line a code rolls up into: 4957.BDB → 4957, 2.09.01.2.01 → 2.09.01."""
    if m := _OUTPUT_CODE_RE.match(code):
        return m.group(1)
    parts = code.split(".")
    if len(parts) == 5 and all(p.isdigit() for p in parts):
        return ".".join(parts[:3])
    return None


def rolled_up(money: list[Mention]) -> list[Mention]:
    """Sums of a table's budget lines per parent code.

    Table 3.3 lists 4957.BDB, 4957.DCH ... without a 4957 row; their pagu adds up to the
    kegiatan's pagu. Where the table prints the parent row too, the sum counts only when that
    row equals it (the table confirms its own figure). Such a sum may cover only part of the
    parent, so it is evidence for one side of a conflict, never a statement to judge.
    """
    groups: dict[tuple[int, str, str, str], list[Mention]] = {}
    for m in money:
        if m.table is None or not m.entity.code or m.figure.dash:
            continue
        parent = parent_code(m.entity.code)
        if parent is not None:
            groups.setdefault((id(m.table), m.column, m.attribute, parent), []).append(m)
    sums: list[Mention] = []
    for (_, _, attribute, parent), parts in groups.items():
        table = parts[0].table
        if len(parts) < 2:
            continue
        total = sum((m.value for m in parts), Decimal(0))
        printed = [m.value for m in money if m.table is table and m.column == parts[0].column
                   and m.entity.code == parent]
        if printed and total not in printed:
            continue  # the table's own parent row does not foot: footing's finding, no evidence
        lines = sorted(m.line for m in parts)
        sums.append(Mention(
            entity=Entity(parent, ""), attribute=attribute, period=parts[0].period,
            figure=Figure(total, 0, None, format_id(total, 0)), line=lines[0], table=table,
            column=parts[0].column, summed_lines=(lines[0], lines[-1])))
    return sums


# --------------------------------------------------------------------------- comparison


_SATUAN_RE = re.compile(r"satuan", re.IGNORECASE)


def indicator_unit(m: Mention) -> str | None:
    """The unit an indicator is counted in: printed with the figure or in a Satuan column."""
    if m.unit_cache is not _UNSET:
        return m.unit_cache  # type: ignore[return-value]
    m.unit_cache = _indicator_unit(m)
    return m.unit_cache  # type: ignore[return-value]


_PERCENT_NAME_RE = re.compile(r"^\s*(?:\d+[.)]?\s*)?(?:persentase|prosentase|presentase)\b",
                              re.IGNORECASE)


def _indicator_unit(m: Mention) -> str | None:
    if m.figure.unit:
        return "%" if m.figure.is_percent else m.figure.unit.lower()
    if m.row is None or m.table is None:
        return None
    for cell in m.row.cells:
        header = m.table.columns[cell.column] if cell.column < len(m.table.columns) else ""
        if _SATUAN_RE.search(header) and cell.text.strip():
            unit = cell.text.strip().lower()
            return "%" if unit in ("%", "persen", "persentase") else unit
    # "Tingkat Pengangguran Terbuka (TPT) (%)": the unit printed after the name
    if re.search(r"\(\s*(%|persen)\s*\)\s*$", m.entity.name or "", re.IGNORECASE):
        return "%"
    return None


def _named_percent(m: Mention, own: str | None, other: str | None) -> bool:
    """A table cell with no unit of its own whose indicator's name says it is a percentage
    ("Persentase ..."), beside a mention printed as one: the name supplies the unit. (It
    never separates two mentions: a count printed for a percentage may be the break; and
    a prose figure counts things ("10.431 berkas") as often as it restates the rate.)"""
    return own is None and other == "%" and m.table is not None \
        and bool(_PERCENT_NAME_RE.match(m.entity.name))


def _unitless_column(m: Mention, own: str | None, other: Mention, unit: str | None) -> bool:
    """A table that prints no unit for the indicator (a comparison table of years without a
    Satuan column) beside one whose Satuan says "%": the same indicator in the same unit,
    when both print the same decimals (a count beside a rate does not)."""
    return own is None and unit == "%" and m.table is not None and other.table is not None \
        and not m.figure.unit and m.figure.decimals > 0 \
        and m.figure.decimals == other.figure.decimals


def comparable_units(a: Mention, b: Mention) -> bool:
    fa, fb = a.figure, b.figure
    if a.attribute.startswith(("serapan", "output")) or a.attribute == "kinerja:capaian":
        return True  # these columns are percentages whether or not a % is printed
    # "88,96" in a row whose Satuan column says "%" is a percentage like "88,96%".
    ua, ub = indicator_unit(a), indicator_unit(b)
    if (ua == "%") != (ub == "%") and not _named_percent(a, ua, ub) \
            and not _named_percent(b, ub, ua) and not _unitless_column(a, ua, b, ub) \
            and not _unitless_column(b, ub, a, ua):
        return False
    if fa.unit and fb.unit and not fa.is_money and not fb.is_money \
            and fa.unit.lower()[:4] != fb.unit.lower()[:4]:
        return False
    # "3.071 dari 3.154 perkara" is no value of a percentage indicator
    if _count_beside_percent(a, ua, b) or _count_beside_percent(b, ub, a):
        return False
    # "296.159 unit" is no amount of a "Realisasi 2025 (Rp)" column
    if _money_column(a) and _counted(fb) or _money_column(b) and _counted(fa):
        return False
    # "86,52 ton" is no count of "kelompok", whatever the row's Satuan column says
    na, nb = _measure(ua), _measure(ub)
    return not (na and nb and na != nb)


_MONEY_COLUMN_RE = re.compile(r"\bRp\b|\brupiah\b", re.IGNORECASE)


def _money_column(m: Mention) -> bool:
    """A table figure in rupiah by its column, its table's caption or its Satuan cell."""
    return m.table is not None and (
        bool(_MONEY_COLUMN_RE.search(f"{m.column} {m.table.caption or ''}"))
        or (indicator_unit(m) or "").startswith(("rp", "rupiah")))


def _counted(figure: Figure) -> bool:
    """A figure printed with the thing it counts (``unit``, ``orang``), not with money."""
    return bool(figure.unit) and not figure.is_money and not figure.is_percent \
        and not (figure.unit or "").lower().startswith("rp")


def _count_beside_percent(a: Mention, unit_a: str | None, b: Mention) -> bool:
    """``a`` is a percentage (by its figure or its indicator's unit) and ``b`` a bare whole
    number over 100: a count, never the same quantity."""
    fb = b.figure
    percent = a.figure.is_percent or unit_a == "%" or bool(
        re.match(r"\W*(?:persentase|prosentase)\b", a.entity.label, re.IGNORECASE))
    return percent and not fb.is_percent and fb.unit is None and fb.decimals == 0 \
        and fb.value > 100


_UNIT_SYNONYMS = {"hektar": "ha", "hektare": "ha", "jiwa": "orang", "org": "orang",
                  "buah": "unit"}
# units that name what is counted or measured; a score, a percentage or a scale word does not
_MEASURES = (UNIT_WORDS | {"kg", "liter", "m3"}) - {
    "nilai", "poin", "persen", "ribu", "juta", "miliar", "milyar", "triliun", "indikator",
    "output", "implementasi"}


def _measure(unit: str | None) -> str | None:
    """A unit that names what is counted or measured (ton, ha, kelompok, orang), normalised;
    None for a score, a scale word or an unknown unit."""
    words = (unit or "").lower().split()
    word = _UNIT_SYNONYMS.get(words[0], words[0]) if words else None
    return word if word in _MEASURES else None


def agree(a: Mention, b: Mention) -> bool:
    """Whether two printed figures may stand for the same value (each at its own precision)."""
    if a.figure.value == b.figure.value and a.figure.decimals == b.figure.decimals \
            and a.figure.is_percent == b.figure.is_percent and a.scale != b.scale:
        # "42,00" in a summary table and "42,00" under "Rp juta/KK/tahun": the same print,
        # one of the scales misread, never a break between them
        return True
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    if lo_a == hi_a or lo_b == hi_b:
        return lo_a <= hi_b and lo_b <= hi_a
    # 114,23 stands for [114,225; 114,235) and 114,24 for [114,235; 114,245): rounded
    # intervals are half-open, so two neighbours only touch and do not agree.
    return lo_a < hi_b and lo_b < hi_a


def _interval(m: Mention) -> tuple[Decimal, Decimal]:
    f = m.figure
    if f.decimals == 0 and not f.is_percent and not m.attribute.startswith(("serapan", "output")) \
            and m.attribute != "kinerja:capaian":
        if m.scale > 1:
            # an amount printed in thousands stands for the rupiah it was rounded (or cut)
            # from: 6.458.190 (Rp 000) is anything from 6.458.189.500 to 6.458.190.999
            return m.value - m.scale / 2, m.value + m.scale - 1
        return m.value, m.value
    return (f.value - f.half_ulp) * m.scale, (f.value + f.half_ulp) * m.scale


def last_digit_only(a: Mention, b: Mention) -> bool:
    """The two differ by no more than one unit at the coarser last printed digit."""
    ulp = max(a.figure.ulp * a.scale, b.figure.ulp * b.scale)
    if a.figure.decimals == 0 and b.figure.decimals == 0 and not a.figure.is_percent:
        return False
    return abs(a.value - b.value) <= ulp * Decimal("1.5")


def _candidate_pairs(group: list[Mention], chapters: list[int] | None = None) \
        -> list[tuple[int, int]]:
    """Pairs that may name one entity: the same code, or at least one shared name word, in
    the same chapter of a consolidated report (or one of them before the first chapter).

    Comparing every pair is quadratic in a report's length; two names that are 80% alike
    share a word, so the index loses nothing ``same_entity`` would accept.
    """
    index: dict[tuple[int, str], list[int]] = {}
    for i, m in enumerate(group):
        chapter = chapter_of(chapters, m.line) if chapters else 0
        keys = {f"code:{normalise_code(m.entity.code)}"} if m.entity.code else set()
        keys |= {f"word:{t}" for t in m.entity.tokens}
        for key in keys:
            index.setdefault((chapter, key), []).append(i)
    pairs: set[tuple[int, int]] = set()
    by_key: dict[str, list[int]] = {}
    for (_chapter, key), members in index.items():
        by_key.setdefault(key, []).extend(members)
        if len(members) > 1:
            pairs.update((a, b) for n, a in enumerate(members) for b in members[n + 1:])
    for (chapter, key), members in index.items():
        if chapter == 0 and chapters:
            # document-wide mentions (the summary) meet every chapter's mentions of the word
            pairs.update((min(a, b), max(a, b)) for a in members for b in by_key[key]
                         if a != b)
    return sorted(pairs)


def clusters(mentions: list[Mention], chapters: list[int] | None = None) \
        -> list[list[Mention]]:
    """Mentions of one quantity: same attribute, compatible period, matching entity and unit.

    Built by linking every pair that matches; a cluster holding two explicit years is split
    by year, and its undated mentions dropped, since they could belong to either.
    """
    by_attr: dict[tuple[str, str | None], list[Mention]] = {}
    for m in mentions:
        by_attr.setdefault((m.attribute, m.period.qualifier), []).append(m)
    result: list[list[Mention]] = []
    for group in by_attr.values():
        parent = list(range(len(group)))

        def find(i: int, parent: list[int] = parent) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i, j in _candidate_pairs(group, chapters):
            a, b = group[i], group[j]
            if a.table is b.table and a.table is not None:
                continue
            if a.period.compatible(b.period) and comparable_units(a, b) \
                    and same_entity(a.entity, b.entity):
                parent[find(i)] = find(j)
        sets: dict[int, list[Mention]] = {}
        for i, m in enumerate(group):
            sets.setdefault(find(i), []).append(m)
        for members in (part for found in sets.values()
                        for part in _by_chapter(found, chapters)):
            years = {m.period.year for m in members if m.period.year}
            if len(years) <= 1:
                result.append(members)
            else:
                for year in sorted(years):
                    result.append([m for m in members if m.period.year == year])
    return [c for c in result if len({id(m.table) if m.table else m.line for m in c}) >= 2]


def _by_chapter(members: list[Mention], chapters: list[int] | None) -> list[list[Mention]]:
    """A cluster that a mention outside the units' chapters (a summary, a recap) joined to
    two units' chapters is no one quantity: each unit's mentions are one, and the mentions
    outside the chapters (a consolidated value under the same name) another."""
    if not chapters:
        return [members]
    parts: dict[int, list[Mention]] = {}
    for m in members:
        parts.setdefault(chapter_of(chapters, m.line), []).append(m)
    if len(parts.keys() - {0}) < 2:
        return [members]
    return list(parts.values())


def value_classes(cluster: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped by agreeing value, largest group first."""
    classes: list[list[Mention]] = []
    for m in sorted(cluster, key=lambda m: m.line):
        for cls in classes:
            if all(agree(m, other) for other in cls):
                cls.append(m)
                break
        else:
            classes.append([m])
    return sorted(classes, key=lambda c: (-len(c), c[0].line))


_FILLER = {"memiliki", "pagu", "anggaran", "sebesar", "rp", "total", "output", "yaitu",
           "adalah", "senilai", "realisasi", "kegiatan", "program", "alokasi", "dialokasikan",
           "mendapat", "memperoleh", "dengan", "rincian", "berikut", "sebagai"}


_NOT_A_LEVEL_RE = re.compile(
    r"\b(?:kenaikan|penurunan|penambahan|pengurangan|bertambah|berkurang|naik|turun|"
    r"meningkat|menurun|dikurangi|ditambah|selisih|sisa|efisiensi|silpa)\b", re.IGNORECASE)
_ARRIVES_AT_RE = re.compile(r"\bmenjadi\s+(?:sebesar\s+)?$", re.IGNORECASE)


_PAGU_WORD_RE = re.compile(r"\b(?:pagu|alokasi|dialokasikan|dianggarkan|anggarannya)\b",
                           re.IGNORECASE)


def _spent_share(ff: FoundFigure, sentence: Sentence, pagus: set[Decimal]) -> bool:
    """A percentage printed after the amount in its sentence is the amount's share of one of
    the line's pagu amounts, at the percentage's printed precision."""
    shares = [f.figure for f in sentence.figures if f.start > ff.end and f.figure.is_percent]
    return any(p > 0 and abs(ff.figure.value * 100 / p - share.value) <= share.half_ulp
               for p in pagus for share in shares if share.value < 100)


def prose_money_mentions(doc: Document, entities: list[Mention]) -> list[Mention]:
    """Rupiah amounts in prose tied to a budget line the tables name.

    The words between the previous figure and this one must name one table entity (its
    tokens nearly all present, and making up most of those words), and the amount must be
    a full Rupiah figure. Anything less certain is not a mention.
    """
    summary = summary_range(doc)
    known: list[Entity] = list(dict.fromkeys(m.entity for m in entities))
    position = {e: i for i, e in enumerate(known)}  # candidates in document order
    # by name word and code, so that a figure is compared with the entities that could
    # match it rather than with every budget line of a long report
    by_word: dict[str, list[Entity]] = {}
    by_code: dict[str, list[Entity]] = {}
    for e in known:
        if e.code:
            by_code.setdefault(normalise_code(e.code), []).append(e)
        for t in e.tokens:
            by_word.setdefault(t, []).append(e)
    values_of: dict[Entity, set[Decimal]] = {}
    pagu_of: dict[Entity, set[Decimal]] = {}
    for m in entities:
        values_of.setdefault(m.entity, set()).add(m.value)
        if m.attribute == "anggaran:pagu":
            pagu_of.setdefault(m.entity, set()).add(m.value)
    found: list[Mention] = []
    for sentence in doc.sentences:
        start = 0
        # "(2.09.01)" reads as a figure too; it is a code and must stay in the window.
        spans = [m.span() for m in CODE_RE.finditer(sentence.text)]
        for ff in sentence.figures:
            if any(a <= ff.start < b for a, b in spans):
                continue
            window, start = sentence.text[start:ff.start], ff.end
            fig = ff.figure
            if fig.unit != "Rp" or fig.value < 1_000_000:
                continue
            if _NOT_A_LEVEL_RE.search(window) and not _ARRIVES_AT_RE.search(window):
                # "Kenaikan pagu Program ... sebesar Rp668.650.000", "sisa anggaran Rp ...":
                # a change or a remainder, not the line's pagu or realisasi ("naik menjadi
                # Rp X" arrives at the level)
                continue
            codes = {normalise_code(m.group(1)) for m in CODE_RE.finditer(window)}
            words = name_tokens(window) - _FILLER
            if codes:
                # "Program Penunjang ... (2.09.01) dengan pagu Rp ...": the code decides.
                candidates = sorted({e for c in codes for e in by_code.get(c, [])},
                                    key=position.__getitem__)
            elif not words:
                continue
            else:
                near = sorted({e for w in words for e in by_word.get(w, [])},
                              key=position.__getitem__)
                candidates = [e for e in near if len(e.tokens) >= 2
                              and name_similarity(e.tokens, words) >= 0.8]
            if not candidates:
                continue
            values = {v for c in candidates for v in values_of.get(c, set())}
            if len({c.code or c.name for c in candidates}) > 1 and len(values) > 1:
                continue  # several budget lines carry this name: which one is meant is unclear
            # "menyerap anggaran ... Rp X dari pagu Rp Y": what was absorbed is spent
            attribute = "anggaran:realisasi" if re.search(
                r"realisasi|terealisasi|terserap|penyerapan|menyerap|diserap|dibelanjakan",
                window, re.IGNORECASE) else "anggaran:pagu"
            if attribute == "anggaran:pagu" and not _PAGU_WORD_RE.search(window) \
                    and _spent_share(ff, sentence, pagu_of.get(candidates[0], set())):
                # "Belanja modal sebesar Rp 114.870.000 ..., dengan tingkat penyerapan
                # 97,35%": no role word before it, and a share after it that the amount is
                # of the line's pagu: the amount is what was spent
                attribute = "anggaran:realisasi"
            found.append(Mention(
                entity=candidates[0], attribute=attribute,
                period=Period(None, qualifier_of(window) if re.search(
                    r"\bawal\b|revisi|perubahan", window, re.IGNORECASE) else None),
                figure=fig, line=sentence.line, in_summary=sentence.line in summary))
    return found
