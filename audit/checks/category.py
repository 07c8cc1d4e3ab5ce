"""category: a capaian labelled with a rating (predikat/kategori) its value does not fall into.

Reports often print their own rating scale (``91 ≤ 100 | Sangat Tinggi``, ``76 ≤ 90 Tinggi``,
``> 100 Sangat Baik``, ``Capaian ≥ 90%: Sangat Berhasil``) and then label each capaian with a
category. A label whose band does not contain the capaian is a finding. Only a scale stated
in the document itself is used, never an assumed one; a label the scale does not know is
left alone. A scale of another measure (``Keterangan kategori IKUB: 0,00-20,99 Sangat
Rendah; ...``, ``Pratama | 501 - 600``) grades the values the prose gives that measure
(``Nilai IKUB ... 78,42 berada pada kategori Tinggi``); so does a scale of the standard
words a sentence states for a named measure (``Predikat IKPA ditetapkan dengan skala: Sangat
Baik (nilai lebih dari atau sama dengan 95), Baik (89 sampai dengan kurang dari 95), ...``),
which grades the sentences and tables naming that measure and not the capaian.

Severity: ``major``.

Passes (scale ``76 ≤ 90 Tinggi`` and ``91 ≤ 100 Sangat Tinggi`` stated in the report)::

    | Indikator              | Capaian | Kategori      |
    | Persentase lulusan ... | 95,2%   | Sangat Tinggi |

Fails (82,5 lies in the Tinggi band)::

    | Persentase lulusan ... | 82,5%   | Sangat Tinggi |
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from decimal import Decimal

from audit.checks.base import Rule
from audit.facts import YEAR_RE
from audit.figures import find_figures, format_id, is_year, parse_figure
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Row, Sentence, Table

DOC_ID = """category: capaian diberi predikat/kategori yang rentangnya tidak memuat nilainya.

Laporan sering mencantumkan skala penilaiannya sendiri (``91 ≤ 100 | Sangat Tinggi``,
``76 ≤ 90 Tinggi``, ``> 100 Sangat Baik``, ``Capaian ≥ 90%: Sangat Berhasil``), lalu memberi
setiap capaian sebuah kategori. Kategori yang rentangnya tidak memuat nilai capaian merupakan
temuan. Hanya skala yang dinyatakan dalam dokumen itu sendiri yang digunakan, tidak pernah skala
yang diasumsikan; kategori yang tidak dikenal oleh skala tersebut tidak dinilai. Skala
untuk besaran lain (``Keterangan kategori IKUB: 0,00-20,99 Sangat Rendah; ...``, ``Pratama |
501 - 600``) menilai nilai besaran itu yang disebut di teks (``Nilai IKUB ... 78,42 berada
pada kategori Tinggi``); demikian pula skala berkata baku yang dinyatakan sebuah kalimat
untuk besaran bernama (``Predikat IKPA ditetapkan dengan skala: Sangat Baik (nilai lebih
dari atau sama dengan 95), Baik (89 sampai dengan kurang dari 95), ...``), yang menilai
kalimat dan tabel yang menyebut besaran itu, bukan capaian.

Tingkat keparahan: ``major``.

Lolos (skala ``76 ≤ 90 Tinggi`` dan ``91 ≤ 100 Sangat Tinggi`` dinyatakan dalam laporan)::

    | Indikator              | Capaian | Kategori      |
    | Persentase lulusan ... | 95,2%   | Sangat Tinggi |

Gagal (82,5 berada pada rentang Tinggi)::

    | Persentase lulusan ... | 82,5%   | Sangat Tinggi |
"""

RULE_ID = "category"

# (the traffic-light statuses of the Ministry of Finance's performance management, hijau /
# kuning / merah, are a scale too)
_LABEL = (r"(sangat\s+tinggi|sangat\s+rendah|sangat\s+baik|sangat\s+kurang|sangat\s+berhasil|"
          r"cukup\s+berhasil|kurang\s+berhasil|tidak\s+berhasil|tinggi|sedang|rendah|baik|"
          r"cukup|kurang|berhasil|hijau|kuning|merah)")
_NUM = r"(\d{1,3}(?:[.,]\d+)?)\s*%?"
# "capaian 85% sampai dengan 100% berpredikat Berhasil": the word that joins a band to its name
_LINK = r"(?:[\s|:%]*(?:ber)?(?:predikat|kategori)\b)?"
# "76 - 90", "75,00 ≤ x < 90,00", "75,00 ≤ capaian < 90,00", "75,00 – < 90,00": the
# variable may be named, the upper bound may carry its own operator
_RANGE_RE = re.compile(rf"{_NUM}\s*(?:<|≤|<=|-|–|s\.?d\.?|sampai(?:\s+dengan)?)\s*"
                       rf"(?:(?:[a-z]{{1,10}}\s*)?(?:<|≤|<=)\s*|kurang\s+dari\s+)?{_NUM}"
                       rf"{_LINK}[\s|:%]*{_LABEL}\s*\|?\s*(?:[;.,]\s*(?:dan|atau)?\s*)?$",
                       re.IGNORECASE)
# ("lebih dari atau sama dengan 91,00": at least 91,00)
_OPEN_RE = re.compile(rf"(?:capaian\s*)?(>|≥|>=|<|≤|<=|kurang\s+dari|lebih\s+dari)"
                      rf"(?:\s+atau\s+sama\s+dengan)?\s*{_NUM}"
                      rf"{_LINK}[\s|:%]*{_LABEL}\s*\|?\s*(?:[;.,]\s*(?:dan|atau)?\s*)?$",
                      re.IGNORECASE)
# "91,00 ke atas | Sangat Baik", "50,99 ke bawah | Sangat Kurang"
# ("50,00% atau kurang: Sangat Rendah", "100% atau lebih")
_WORDED_OPEN_RE = re.compile(rf"{_NUM}\s*(?:ke\s*|atau\s+)(atas|bawah|lebih|kurang)[\s|:%]*"
                             rf"{_LABEL}\s*\|?\s*(?:[;.,]\s*(?:dan|atau)?\s*)?$", re.IGNORECASE)

# "91 ≤ X | Sangat Tinggi", "100 < capaian | Sangat Baik": the bound first, then the variable
_BOUND_FIRST_RE = re.compile(rf"{_NUM}\s*(<|≤|<=|>|≥|>=)\s*[a-z]{{1,10}}\b(?!\s*[<≤>≥])"
                             rf"{_LINK}[\s|:%]*{_LABEL}\s*\|?\s*(?:[;.,]\s*(?:dan|atau)?\s*)?$",
                             re.IGNORECASE)
# "Sangat Baik (capaian >= 90,00%), Baik (75,00% - 89,99%), ... dan Kurang (< 60,00%)": the
# condition in brackets after its name
_BRACKETED_CONDITION_RE = re.compile(
    rf"\b(?P<label>{_LABEL[1:-1]})\s*\(\s*"
    r"(?P<condition>(?:nilai\s+)?(?:capaian\s*)?(?:[<>≤≥=]*|(?:lebih|kurang)\s+dari"
    r"(?:\s+atau\s+sama\s+dengan)?)\s*\d(?:[^()]*?\d)?\s*%?)\s*\)",
    re.IGNORECASE)

_COLOURS = {"hijau", "kuning", "merah"}
_NAMED_CONDITION_RE = re.compile(
    rf"\b(?P<label>{_LABEL[1:-1]})\s+(?:apabila|jika|bila|bilamana)\s+"
    r"(?P<condition>(?:nilai\s+)?(?:capaian\s*)?[<>≤≥=]*\s*\d[^,;:]*?\d\s*%?)(?=\s*(?:[,;.]|dan\b|$))",
    re.IGNORECASE)


@dataclass(frozen=True)
class Band:
    label: str
    lo: Decimal | None
    hi: Decimal | None
    # "> 80 – 90": above the lower end up to the upper, the bands abutting exactly
    above: bool = False
    # "85 ≤ capaian < 100" beside "≥ 100": bands that abut exactly, printed as such, are
    # not widened
    abutting: bool = False
    # "75,00% ≤ capaian < 90,00%": the upper bound printed as excluded, exactly
    hi_open: bool = False

    def contains(self, value: Decimal) -> bool:
        if self.hi_open and self.hi is not None and value >= self.hi:
            return False
        if self.above and self.lo is not None and self.hi is not None:
            return self.lo < value <= self.hi
        if self.abutting:
            return (self.lo is None or value >= self.lo) and (self.hi is None or value <= self.hi)
        # Bands printed at whole points (76 ≤ 90, 91 ≤ 100) leave 90,5 in neither band, so
        # each is widened to the next band's floor: by one unit of its printed last digit
        # (1 for "90", 0,01 for "84,99").
        lo_ok = self.lo is None or value >= self.lo - _step(self.lo)
        hi_ok = self.hi is None or value <= self.hi + _step(self.hi)
        return lo_ok and hi_ok


def _step(bound: Decimal) -> Decimal:
    exponent = bound.as_tuple().exponent
    return Decimal(1).scaleb(exponent) if isinstance(exponent, int) and exponent < 0 \
        else Decimal(1)


def _num(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


_HAS_LETTER_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"\d")


def _norm(label: str) -> str:
    return " ".join(label.lower().split())


def scale_of(doc: Document) -> dict[str, Band]:
    """The rating scale the report states, from table rows or lines (worked out once per
    document: count_claim asks for it too)."""
    memo = doc.__dict__.get("_scale_of")
    if memo is None:
        memo = doc.__dict__["_scale_of"] = _scale_of(doc)
    return memo


def _scale_of(doc: Document) -> dict[str, Band]:
    # A scale table read from cells printed one per line (or from Word) is on no one line:
    # its rows are read as the lines they would be in a pipe table.
    # Bounds first, names last, as the patterns read them ("Sangat Tinggi | ≥ 91,00" too).
    # (a dash between two bound cells, "76,00 | - | 90,99", stays between them)
    # (a row naming its band twice, "Capaian ≥ 100% | Sangat Baik | Hijau", is read once
    # with each name last)
    rows = []
    grouped = _grouped_scales(doc)
    for table in doc.tables:
        if id(table) in grouped:
            # a table of several scales: the capaian's rows only (the others are subjects')
            rows += [line for title, group in grouped[id(table)]
                     if _subject_in(title) is None for row in group for line in _scale_lines(row)]
            continue
        rows += [line for row in table.rows for line in _scale_lines(row)]
    # "Hijau apabila capaian ≥ 100%, Kuning apabila 80% ≤ capaian < 100%, dan Merah ...": a
    # scale stated in a sentence, each band's name before its condition, read as the line
    # the condition and the name would make
    # (a scale a sentence gives for another measure, "Predikat IKPA: Sangat Baik (nilai
    # lebih dari atau sama dengan 95), ...", is that measure's: see subject_scales)
    rows += [row for s in doc.sentences if _subject_of(s) is None
             for row in _sentence_rows(s)]
    return _bands_of([*doc.lines, *rows])


def _sentence_rows(sentence: Sentence) -> list[str]:
    return [f"{m.group('condition')} {m.group('label')}"
            for pattern in (_NAMED_CONDITION_RE, _BRACKETED_CONDITION_RE)
            for m in pattern.finditer(sentence.text)]


# an acronym that names a measure (IKPA, IKM, SAKIP), not an indicator (IKU, IKK)
_SUBJECT_RE = re.compile(r"\b(?!IK[A-Z]?\b)([A-Z]{3,6})\b")


def _subject_of(sentence: Sentence) -> str | None:
    """The measure a scale stated in the sentence is of, named before its first band
    (``Predikat IKPA ditetapkan dengan skala: Sangat Baik (...)``); None for the capaian's
    own scale or a sentence that states none."""
    first = min((m.start() for pattern in (_NAMED_CONDITION_RE, _BRACKETED_CONDITION_RE)
                 if (m := pattern.search(sentence.text))), default=None)
    if first is None:
        return None
    lead = sentence.text[:first]
    if re.search(r"capaian|kinerja", lead, re.IGNORECASE):
        return None
    m = _SUBJECT_RE.search(lead)
    return m.group(1) if m else None


def _subject_in(title: str) -> str | None:
    """The measure a scale's title names (``Kategori IKIP (indeks)``: IKIP); None for the
    capaian's own scale."""
    if re.search(r"capaian|kinerja", title, re.IGNORECASE):
        return None
    m = _SUBJECT_RE.search(title)
    return m.group(1) if m else None


def _scale_lines(row: Row) -> list[str]:
    """A scale table's row as the lines the band patterns read: bounds first, a name last
    (a row naming its band twice, ``Capaian ≥ 100% | Sangat Baik | Hijau``, once per name)."""
    texts = [c.text for c in row.cells]
    names = [t for t in texts if _HAS_LETTER_RE.search(t) and not _DIGIT_RE.search(t)]
    bounds = [t for t in texts if t not in names]
    return ["| " + " | ".join([*bounds, name]) + " |" for name in names or [""]]


def _grouped_scales(doc: Document) -> dict[int, list[tuple[str, list[Row]]]]:
    """Tables that stack several scales (``| Jenis Skala | Rentang | Predikat |``), each
    named once in the first column over its bands: by table, each scale's title and rows."""
    out: dict[int, list[tuple[str, list[Row]]]] = {}
    for table in doc.tables:
        if table.width < 3 or len(table.rows) < 6:
            continue
        groups: list[tuple[str, list[Row]]] = []
        for row in table.rows:
            first = row.cell(0)
            title = first.text.strip() if first is not None else ""
            if title and not _DIGIT_RE.search(title.replace("(%)", "")):
                groups.append((title, [row]))
            elif not title and groups:
                groups[-1][1].append(row)
            else:
                groups = []
                break
        if len(groups) >= 2 and all(len(rows) >= 3 for _, rows in groups):
            # (the first column names the scale: its text is no band's name)
            out[id(table)] = [(title, [_without_title(r) for r in rows]) for title, rows in groups]
    return out


def _without_title(row: Row) -> Row:
    return replace(row, cells=[c for c in row.cells if c.column != 0])


def subject_scales(doc: Document) -> list[tuple[str, dict[str, Band]]]:
    """Scales of the standard words stated for a named measure: by a sentence (``Predikat
    IKPA ...: Sangat Baik (nilai lebih dari atau sama dengan 95), Baik (89 sampai dengan
    kurang dari 95), ...``) or in a table of several scales (``Kategori IKIP (indeks) | 80,00
    – 89,99 | Baik``). They grade that measure's values, not the capaian."""
    out = []
    for sentence in doc.sentences:
        subject = _subject_of(sentence)
        if subject is not None and len(bands := _bands_of(_sentence_rows(sentence))) >= 3:
            out.append((subject, bands))
    for groups in _grouped_scales(doc).values():
        for title, rows in groups:
            subject = _subject_in(title)
            if subject is not None and (bands := _named_rows(rows)) is not None \
                    and _in_order(bands):
                out.append((subject, bands))
    return out


def _named_rows(rows: list[Row]) -> dict[str, Band] | None:
    """The bands of a scale whose rows each give one name, of any words (``Baik Sekali``,
    ``Pratama``), and one interval; None where a row does not."""
    bands: dict[str, Band] = {}
    for row in rows:
        cells = [c.text.strip() for c in row.cells if c.text.strip()]
        names = [t for t in cells if re.search(r"[A-Za-z]{3}", t) and not _DIGIT_RE.search(t)]
        band = _row_band(" ".join(t for t in cells if t not in names))
        if len(names) != 1 or band is None:
            return None
        bands.setdefault(_norm(names[0]), Band(_norm(names[0]), *band))
    return bands


def _in_order(bands: dict[str, Band]) -> bool:
    """Three bands at least, in order without overlap."""
    ordered = sorted(bands.values(), key=_band_key)
    return len(bands) >= 3 and all(_below(a, b) for a, b in zip(ordered, ordered[1:],
                                                                  strict=False))


# (the band patterns backtrack over a line of tens of thousands of characters, a table
# run into one line by a broken export: no band is stated at that length)
MAX_BAND_TEXT = 1500


def _bands_of(texts: list[str]) -> dict[str, Band]:
    bands: dict[str, Band] = {}
    # ("Kriteria: >= 91,00 Sangat Tinggi; 76,00 - 90,99 Tinggi; ...": bands in one line,
    # each its own piece)
    pieces = [piece for text in texts
              for piece in (text.split(";") if text.count(";") >= 2 else [text])]
    for text in pieces:
        if not _DIGIT_RE.search(text) or len(text) > MAX_BAND_TEXT:
            continue  # every band pattern needs a bound; a band is said in a line or two
        # a scale table's row number ("| 5 | < 50,00 | Sangat Kurang |") is no bound
        line = re.sub(r"^\|\s*\d{1,2}\.?\s*\|", "|", text.strip())
        line = line.strip("|").replace("|", " ")
        line = re.sub(r"([<>])\s+=", r"\1=", line)  # "> = 91,00%" as a scan prints ">="
        if m := _RANGE_RE.search(line):
            lo, hi = sorted((_num(m.group(1)), _num(m.group(2))))
            bands.setdefault(_norm(m.group(3)), Band(_norm(m.group(3)), lo, hi))
        elif m := _OPEN_RE.search(line):
            op, value, label = m.group(1), _num(m.group(2)), _norm(m.group(3))
            band = Band(label, value, None) if op.lower() in (">", "≥", ">=", "lebih dari") \
                else Band(label, None, value)
            bands.setdefault(label, band)
        elif m := _BOUND_FIRST_RE.search(line):
            value, label = _num(m.group(1)), _norm(m.group(3))
            # the variable stands above the bound when the bound is the smaller side
            band = Band(label, value, None) if m.group(2) in ("<", "≤", "<=") \
                else Band(label, None, value)
            bands.setdefault(label, band)
        elif m := _WORDED_OPEN_RE.search(line):
            value, label = _num(m.group(1)), _norm(m.group(3))
            band = Band(label, value, None) if m.group(2).lower() in ("atas", "lebih") \
                else Band(label, None, value)
            bands.setdefault(label, band)
    if len(bands) < 2:
        return {}
    ordered = sorted(bands.values(), key=lambda b: (b.lo is not None, b.lo or 0))
    if all(a.hi is not None and a.hi == b.lo for a, b in zip(ordered, ordered[1:], strict=False)):
        # each band ends where the next begins: the scale leaves no gap to bridge
        bands = {k: replace(b, abutting=True) for k, b in bands.items()}
    return bands


# a letter grade: A-E, and the doubled grades of the SAKIP and records-supervision scales
# (AA, BB, CC)
_GRADE = r"(?:AA|BB|CC|[A-F][+-]?(?![A-Za-z0-9]))"
_GRADE_ROW_RE = re.compile(rf"^\|?\s*(?P<grade>{_GRADE})\s*\|\s*{_NUM}\s*(?:-|–|s\.?d\.?|sampai)"
                           rf"\s*{_NUM}\s*\|")
_GRADE_CLAIM_RE = re.compile(
    # (no other figure between the value and its grade: "64,29% dan nilai SAKIP 73,42 dengan
    # predikat BB" grades 73,42)
    r"(?P<value>\b\d{1,3}[.,]\d{1,2}\b)[^.\d]{0,80}?\b(?P<word>kategori|mutu(?:\s+pelayanan)?|"
    rf"predikat|nilai|grade)\s+(?P<grade>{_GRADE})\b")


# "Dengan nilai tersebut, mutu pelayanan ... termasuk kategori A": a grade given to the
# value the sentence before introduced with the same noun
_BACK_GRADE_RE = re.compile(
    r"\b(?P<noun>nilai|angka|skor|indeks)\s+(?:tersebut|ini)\b[^.\d]{0,80}?"
    rf"\b(?P<word>kategori|mutu(?:\s+pelayanan)?|predikat|grade)\s+(?P<grade>{_GRADE})\b",
    re.IGNORECASE)


def _graded_back(sentence: Sentence, before: Sentence | None) \
        -> tuple[str, re.Match[str]] | None:
    """The value a figure-less sentence grades by referring back (``nilai tersebut``):
    the figure the sentence before (in the same paragraph or the one just above) gives
    right after the same noun (``Nilai IKM tahun 2025 sebesar 86,75``)."""
    m = _BACK_GRADE_RE.search(sentence.text)
    # (the scale's own intervals may stand before it: "yaitu AA (> 90-100), ..., nilai
    # tersebut termasuk kategori A")
    if m is None or before is None or _DIGIT_RE.search(
            _PROSE_GRADE_BRACKETED_RE.sub(" ", sentence.text[:m.start("grade")])) \
            or sentence.line - before.line > 3:
        return None
    v = re.search(rf"\b{m.group('noun')}\b[^.\d]{{0,60}}?(?:tahun\s+(?:19|20)\d\d\s+)?"
                  r"[^.\d]{0,20}?(?P<value>\b\d{1,3}[.,]\d{1,2}\b)", before.text, re.IGNORECASE)
    return (v.group("value"), m) if v else None


def grades_of(doc: Document) -> dict[str, Band]:
    """Letter grades the report defines by interval (``| B | 76,61 - 88,30 | Baik |``),
    as an IKM scale does."""
    grades: dict[str, Band] = {}
    for text in doc.lines:
        if m := _GRADE_ROW_RE.match(text.strip()):
            lo, hi = sorted((_num(m.group(2)), _num(m.group(3))))
            grades.setdefault(m.group("grade").lower(), Band(m.group("grade").lower(), lo, hi))
    return grades if len(grades) >= 2 else {}


# "nilai IKM 88,31-100,00 termasuk mutu pelayanan A (Sangat Baik), 76,61-88,30 mutu B ...",
# "3,5324-4,00 = A; 3,0644-3,5323 = B; ...": a grade after each interval of one sentence
_PROSE_GRADE_RE = re.compile(rf"(?<![\d.,]){_NUM}\s*(?:-|–|s\.?d\.?|sampai(?:\s+dengan)?)\s*"
                             rf"{_NUM}\s*[=:]?\s*(?:[a-z]+\s+){{0,5}}(?P<grade>{_GRADE})\b")
# "kategori A (Sangat Baik) berada pada rentang 88,31–100,00, kategori C (Kurang Baik) pada
# 65,00–76,60": the grade first, its interval after
_PROSE_GRADE_FIRST_RE = re.compile(
    rf"\b(?:kategori|mutu(?:\s+pelayanan)?|predikat|grade)\s+(?P<grade>{_GRADE})\b"
    r"(?:\s*\([^()]{1,30}\))?\s*(?:berada\s+)?(?:pada\s+)?(?:rentang\s+|nilai\s+|interval\s+)?"
    rf"{_NUM}\s*(?:-|–|s\.?d\.?|sampai(?:\s+dengan)?)\s*{_NUM}")


# "A (Sangat Baik) 88,31-100,00; B (Baik) 76,61-88,30; ...": each grade named in brackets,
# its interval after the name (whatever separates the items: an OCR engine may read the
# semicolons as colons, which would let the interval seem to grade the next letter)
_PROSE_NAMED_GRADE_FIRST_RE = re.compile(
    rf"(?<![A-Za-z])(?P<grade>{_GRADE})\s*\([A-Za-z][A-Za-z ]{{1,25}}\)\s*:?\s*"
    rf"{_NUM}\s*(?:-|–|s\.?d\.?|sampai(?:\s+dengan)?)\s*{_NUM}")


def _defines_a_scale(text: str) -> bool:
    """The sentence gives three graded intervals or more: it states a scale."""
    return len(_PROSE_GRADE_RE.findall(text)) + len(_PROSE_GRADE_FIRST_RE.findall(text)) >= 3


# "AA (> 90-100), A (> 80-90), BB (> 70-80), ... dan D (0-30)": each grade with its
# interval in brackets, the lower end excluded where ">" says so
_PROSE_GRADE_BRACKETED_RE = re.compile(
    rf"(?<![A-Za-z])(?P<grade>{_GRADE})\s*\(\s*(?P<above>>)?\s*(?P<lo>\d{{1,3}}(?:[.,]\d+)?)\s*"
    rf"(?:-|–|s\.?d\.?)\s*(?P<hi>\d{{1,3}}(?:[.,]\d+)?)\s*\)")


def prose_grades(doc: Document) -> list[dict[str, Band]]:
    """The letter-grade scales a sentence gives, interval by interval (three grades or more,
    each once, on intervals that do not overlap)."""
    scales: list[dict[str, Band]] = []
    for sentence in doc.sentences:
        bands: dict[str, Band] = {}
        named = list(_PROSE_NAMED_GRADE_FIRST_RE.finditer(sentence.text))
        found = named if len(named) >= 3 else \
            sorted([*_PROSE_GRADE_RE.finditer(sentence.text),
                    *_PROSE_GRADE_FIRST_RE.finditer(sentence.text)], key=lambda m: m.start())
        for m in found:
            grade = m.group("grade").lower()
            if grade in bands:
                break
            bounds = [g for i, g in enumerate(m.groups(), 1)
                      if g is not None and i != m.re.groupindex["grade"]]
            lo, hi = sorted((_num(bounds[0]), _num(bounds[1])))
            bands[grade] = Band(grade, lo, hi)
        ordered = sorted(bands.values(), key=lambda b: b.lo)
        if len(ordered) >= 3 and all(a.hi < b.lo for a, b in zip(ordered, ordered[1:],
                                                                  strict=False)):
            scales.append(bands)
    return scales


def _bracketed_grades(sentence: Sentence) -> dict[str, Band] | None:
    """``yaitu AA (> 90-100), A (> 80-90), BB (> 70-80), ... dan D (0-30), nilai tersebut
    termasuk kategori A``: a letter scale stated in the sentence that grades by it. Which
    measure the scale is of only that sentence tells (a SAKIP scale is no IKM's), so it
    judges that sentence's grade alone."""
    bands: dict[str, Band] = {}
    for m in _PROSE_GRADE_BRACKETED_RE.finditer(sentence.text):
        grade = m.group("grade").lower()
        if grade in bands:
            return None
        lo, hi = sorted((_num(m.group("lo")), _num(m.group("hi"))))
        bands[grade] = Band(grade, lo, hi, above=bool(m.group("above")))
    ordered = sorted(bands.values(), key=lambda b: b.lo)
    # (bands that abut, "A (> 80-90)" over "BB (> 70-80)", exclude the shared end below)
    if len(ordered) >= 3 and all(a.hi < b.lo or a.hi == b.lo and b.above
                                 for a, b in zip(ordered, ordered[1:], strict=False)):
        return bands
    return None


_LETTER_RE = re.compile(_GRADE)
_REFERENCE_BEFORE_RE = re.compile(r"\b(?:tabel|gambar|grafik|lampiran|bab|pasal|ayat|nomor|no)"
                                  r"\.?\s*$", re.IGNORECASE)
# "80,01 - 90,00", "> 80 – 90" (above 80 up to 90: the band's lower end left open)
_RANGE_CELL_RE = re.compile(rf"(?:[>≥]\s*)?{_NUM}\s*(?:-|–|s\.?d\.?|sampai)\s*{_NUM}")


def grade_scales(doc: Document) -> list[tuple[Table | str | None, dict[str, Band]]]:
    """Every letter-grade scale the report defines: the lines ``| B | 76,61 - 88,30 |`` and
    the tables whose rows give a letter beside one interval or more (an IKM table gives the
    same grades on the 1–4 and the 25–100 scale: one scale per interval column)."""
    scales: list[tuple[Table | str | None, dict[str, Band]]] = []
    if grades := grades_of(doc):
        scales.append((None, grades))
    scales += [(None, bands) for bands in prose_grades(doc)
               if all(bands != known for _, known in scales)]
    # (a scale stated with bracketed intervals goes by the words of its sentence, as a
    # table's goes by its caption: "Interval mutu: A (88,31-100,00), ..." grades "mutu")
    scales += [(sentence.text, bands) for sentence in doc.sentences
               if (bands := _bracketed_grades(sentence)) is not None]
    for table in doc.tables:
        by_column: dict[int, dict[str, Band]] = {}
        for row in table.rows:
            letters = [c.text.strip() for c in row.cells if _LETTER_RE.fullmatch(c.text.strip())]
            if len(letters) != 1:
                continue
            grade = letters[0].lower()
            for cell in row.cells:
                if m := _RANGE_CELL_RE.fullmatch(cell.text.strip()):
                    lo, hi = sorted((_num(m.group(1)), _num(m.group(2))))
                    above = cell.text.strip().startswith(">") and lo > 0
                    by_column.setdefault(cell.column, {}).setdefault(
                        grade, Band(grade, lo, hi, above))
        scales += [(table, bands) for bands in by_column.values()
                   if len(bands) >= 2 and all(bands != known for _, known in scales)]
    return scales


_LINKING_WORDS = frozenset({"dengan", "berada", "pada", "yang", "sehingga", "masuk", "dalam",
                            "memperoleh", "mendapat", "termasuk", "tahun", "sebesar", "nilai"})


# (the name a rating's words: "B (Baik)", "C (Kurang Baik)"; not "C (Pembaca Mahir)", a
# reading level named by a letter)
_GRADE_WITH_NAME_RE = re.compile(rf"^\s*({_GRADE})\s*\(\s*(?i:{_LABEL[1:-1]})(?:\s+(?i:baik))?"
                                 r"\s*\)\s*$")


def _graded_cell(text: str) -> str:
    """``B (Baik)``: the letter a cell grades by, its name in brackets aside."""
    m = _GRADE_WITH_NAME_RE.match(text)
    return m.group(1) if m else text.strip()


def _names_word(table: Table | str, said: str) -> bool:
    """The words between a value and its grade (``dengan mutu pelayanan``, ``berada pada
    kategori``) share one with the scale table's caption or column titles: a SAKIP table of
    ``Predikat`` does not grade ``mutu pelayanan B`` of a satisfaction index."""
    words = {w for w in re.findall(r"[a-z]{4,}", said.lower()) if w not in _LINKING_WORDS}
    if not words:
        return True  # "72,20 (BB)": nothing said, nothing against the scale
    text = table.lower() if isinstance(table, str) \
        else " ".join([table.caption or "", *table.columns]).lower()
    return any(re.search(rf"\b{w}", text) for w in words)


def _agreement(bands: dict[str, Band], rows: list, col: int, vcol: int,
               share: Decimal = Decimal("0.75")) -> int | None:
    """How many rows lie in their grade's band, when a ``share`` of them do (the grades describe
    this column; a column of years or counts beside them agrees with few); else None."""
    lo, hi = _span(bands)
    hits = 0
    for row in rows:
        cell, fig = row.cell(col), row.figure(vcol)
        if cell is None or fig is None or not lo <= fig.value <= hi:
            return None
        grade = bands.get(_norm(_graded_cell(cell.text)))
        hits += grade is not None and grade.contains(fig.value)
    return hits if hits >= len(rows) * share else None


def _same_year(table: Table, col: int, vcol: int) -> bool:
    """The grade column's title names the year the value column's title names."""
    columns = table.columns
    if max(col, vcol) >= len(columns):
        return False
    years = set(YEAR_RE.findall(columns[col]))
    return bool(years) and years == set(YEAR_RE.findall(columns[vcol]))


def _same_decimals(bands: dict[str, Band], rows: list, vcol: int) -> bool:
    places = {-v.as_tuple().exponent for b in bands.values() for v in (b.lo, b.hi)
              if v is not None and isinstance(v.as_tuple().exponent, int)}
    return all(f is not None and f.decimals in places for r in rows
               if (f := r.figure(vcol)) is not None)


def _scale_for(scales: list[tuple[Table | str | None, dict[str, Band]]], values: list[Decimal]) \
        -> dict[str, Band] | None:
    """The one scale whose span holds every value (85,30 is on the 25–100 scale, not 1–4)."""
    fitting = [bands for _, bands in scales
               if all(any(b.contains(v) for b in bands.values()) for v in values)]
    return fitting[0] if len(fitting) == 1 else None


_COMPARED_WITH_RE = re.compile(r"\b(?:dibandingkan|dibanding|daripada|semula|sebelumnya|"
                               r"tahun\s+lalu)\b[^.;]*$", re.IGNORECASE)


def _best_scale(scales: list[tuple[Table | str | None, dict[str, Band]]], values: list[Decimal],
                graded: list[Row], col: int, vcol: int, share: Decimal) -> dict[str, Band] | None:
    """Of the scales whose span holds every value, the one most rows lie in their grade's
    band on (a SAKIP ``B 60-70`` and a service index's ``B 3,51-4,00`` in one report)."""
    fitting = [bands for _, bands in scales
               if all(any(b.contains(v) for b in bands.values()) for v in values)]
    ranked = [(hits, bands) for bands in fitting
              if (hits := _agreement(bands, graded, col, vcol, share)) is not None]
    if not ranked:
        return None
    best = max(h for h, _ in ranked)
    winners = [b for h, b in ranked if h == best]
    return winners[0] if len(winners) == 1 else None


def _graded_tables(doc: Document, scales: list[tuple[Table | str | None, dict[str, Band]]],
                   result: CheckResult, words: bool = False) -> None:
    """``| U1 | Persyaratan | 3,412 | 85,30 | A |``: a letter column beside value columns;
    each value column is judged on the scale its values lie in, one finding per row."""
    own = {id(t) for t, _ in scales if t is not None}
    every = scales
    for table in doc.tables:
        if id(table) in own:
            continue
        if words:  # a measure's own scale (IKPA) grades a table that names the measure
            titles = " ".join([table.caption or "", *table.columns])
            scales = [(t, b) for t, b in every if not isinstance(t, str) or _names(titles, t)]
        letters = {g for _, bands in scales for g in bands}
        for col in range(table.width):
            graded = [r for r in table.rows if (c := r.cell(col)) is not None
                      and (words or _LETTER_RE.fullmatch(_graded_cell(c.text)))
                      and _norm(_graded_cell(c.text)) in letters]
            if len(graded) < 2 or _tally_by_grade(table, col, letters):
                continue
            pairs = []
            beyond: set[tuple[int, int]] = set()  # (row, column) off the column's scale
            for vcol in range(table.width):
                rows = [r for r in graded if (f := r.figure(vcol)) is not None and not f.dash]
                if len(rows) == len(graded) - 1 >= 3 and rows == graded[:-1]:
                    # "U1 ... U9" then "IKM Unit Pelayanan | | | 88,61 | A": the last graded
                    # row (the index itself) prints its value in another column
                    rows = graded[:-1]
                elif len(rows) != len(graded):
                    continue
                values = [f.value for r in rows if (f := r.figure(vcol)) is not None]
                # (three rows in four in their grade's band; for letters, half: a column no
                # scale of the report describes, 3,68 under SAKIP's "B 60-70", is not graded)
                share = Decimal("0.75") if words else Decimal("0.5")
                if vcol == col:
                    continue
                if (bands := _best_scale(scales, values, rows, col, vcol, share)) is not None:
                    pairs.append((vcol, bands))
                elif len(rows) >= 4 and (bands := _best_scale(
                        scales, values[:-1], rows[:-1], col, vcol, share)) is not None \
                        and not any(b.contains(values[-1]) for b in bands.values()):
                    # "U1 ... U9" on the 1-4 scale, then "Nilai IKM | 84,37 | B" on the
                    # 25-100 one in the same column: the unsur are judged, the index left
                    pairs.append((vcol, bands))
                    beyond.add((id(rows[-1]), vcol))
            if len(pairs) > 1 and (words or len({id(b) for _, b in pairs}) < len(pairs)):
                # the column the grades describe best: most rows in their band, then the
                # column printed with the scale's decimals (scores 55,80 beside counts 41,
                # or beside ranks 1, 2, 36 on the same scale); letters on two scales (an IKM
                # table's 1-4 and 25-100 columns) are each judged
                # ("Zona 2025" grades "Nilai 2025" rather than "Nilai 2024")
                ranks = [(_agreement(bands, graded, col, vcol) or 0,
                          _same_year(table, col, vcol),
                          _same_decimals(bands, graded, vcol)) for vcol, bands in pairs]
                pairs = [p for p, r in zip(pairs, ranks, strict=True) if r == max(ranks)]
                if len(pairs) > 1 and (words or len({id(b) for _, b in pairs}) < len(pairs)):
                    continue
            for row in graded:
                cell = row.cell(col)
                assert cell is not None
                grade = _norm(_graded_cell(cell.text))
                for vcol, bands in pairs:
                    fig = row.figure(vcol)
                    if fig is None or grade not in bands or (id(row), vcol) in beyond:
                        continue
                    if not bands[grade].contains(fig.value):
                        # (a letter grades a score or an index, not a capaian)
                        _judge(bands, grade, fig.value, fig.text, cell.line, table.caption,
                               result, what="Capaian" if words else "Nilai")
                        break
                else:
                    if pairs:
                        result.passed()


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    scales = grade_scales(doc)
    if scales:
        previous: Sentence | None = None
        for sentence in doc.sentences:
            before, previous = previous, sentence
            if (back := _graded_back(sentence, before)) is not None:
                value_text, m = back
                named = [(t, b) for t, b in scales if t is None or _names_word(
                    t, sentence.text[:m.end("word")])]
                grades = _scale_for(named, [_num(value_text)])
                if grades is not None and m.group("grade").lower() in grades:
                    _judge(grades, m.group("grade").lower(), _num(value_text), value_text,
                           sentence.line_of(m.start("grade")), None, result, what="Nilai")
            if _defines_a_scale(sentence.text):
                continue  # "kategori A berada pada rentang 88,31–100,00, kategori C ...": the
                # scale itself, its bounds no values graded
            for m in _GRADE_CLAIM_RE.finditer(sentence.text):
                if _REFERENCE_BEFORE_RE.search(sentence.text[:m.start("value")]):
                    continue  # "menurut skala Tabel 3.1, ... mutu A": a table's number
                if _COMPARED_WITH_RE.search(sentence.text[max(0, m.start("value") - 50):
                                                          m.start("value")]):
                    # "mencapai 73,07, naik 5,70 dibanding tahun 2024 sebesar 67,37, dan
                    # berada pada kategori BB": the value compared with is not the one graded
                    continue
                value = _num(m.group("value"))
                # "84,17 dengan mutu pelayanan B" is no grade of a table that defines
                # "Predikat" for SAKIP scores: a scale's table names the word its grades go by
                named = [(t, b) for t, b in scales if t is None or _names_word(
                    t, sentence.text[m.end("value"):m.end("word")])]
                grades = _scale_for(named, [value])
                if grades is None or m.group("grade").lower() not in grades:
                    continue  # a grade the report's own table does not define: no scale
                _judge(grades, m.group("grade").lower(), value, m.group("value"),
                       sentence.line_of(m.start("grade")), None, result, what="Nilai")
        _graded_tables(doc, scales, result)
    named = named_scales(doc)
    _named_claims(doc, named, result)
    _graded_tables(doc, named, result, words=True)
    bands = scale_of(doc)
    tables = doc.tables
    if not bands:
        # "- 75,00% ≤ capaian < 90,00%: **Baik**;": the report's one scale given as a list
        # grades the capaian its sentences print (its tables were graded as named above)
        listed = _listed_scales(doc)
        if len(listed) != 1:
            return result
        bands, tables = listed[0], []
    label_re = re.compile(r"\b" + "|".join(sorted((re.escape(k) for k in bands),
                                                   key=len, reverse=True)) + r"\b", re.IGNORECASE)
    for table in tables:
        for value_col, label_col in _graded_columns(table, bands):
            for row in table.rows:
                fig, cell = row.figure(value_col), row.cell(label_col)
                if fig is None or fig.dash or cell is None:
                    continue
                label = _norm(cell.text)
                if label in bands:
                    _judge(bands, label, fig.value, fig.text, cell.line, table.caption, result)
    for sentence in doc.sentences:
        # (the label must stay in the figure's clause: "... capaian 93,30%, dan 1 (satu)
        # indikator berpredikat Cukup, yaitu ..." names the next indicator's category)
        # ("tercapai 88,28% dengan kategori ...": the share attained is the capaian)
        m = re.search(r"(?:capaian|tercapai)" + _same_clause_gap(80) + _NUM
                      + _same_clause_gap(40) +
                      r"(?:kategori|predikat|kriteria)\s+(?P<label>[a-z ]+)", sentence.text,
                      re.IGNORECASE) \
            or re.search(r"capaian\s+(?:sebesar\s+)?" + _NUM + r"\s*\((?P<label>[A-Za-z ]+)\)",
                         sentence.text, re.IGNORECASE) \
            or re.search(r"\(\s*capaian\s+(?:sebesar\s+)?" + _NUM
                         + r"\s*[,;]\s*(?:predikat\s+|kategori\s+)?(?P<label>[A-Za-z ]+)\)",
                         sentence.text, re.IGNORECASE)  # "capaian 83,33% (Cukup)", "(capaian
        # 95,21%, Sangat Berhasil)"
        if not m or _BOUND_BEFORE_RE.search(sentence.text[:m.start(1)]):
            continue  # "capaian di atas 76%, dengan 7 indikator berkategori ...": a bound
        lm = label_re.match(m.group("label").strip())
        if lm and _JOINED_LABEL_RE.match(m.group("label").strip()[lm.end():]) \
                and label_re.match(_JOINED_LABEL_RE.sub("", m.group("label").strip()[lm.end():],
                                                        count=1)):
            continue  # "seluruh IKU berada pada kategori Tinggi dan Sangat Tinggi": a set's
            # grades, not the grade of the figure before it
        # "capaiannya 40/46 × 100% = 86,96% dengan kategori Baik": what the formula comes to
        worked = m.group(0).rsplit("=", 1)[-1]
        figs = [f for f in find_figures(worked) if f.figure.is_percent]
        if lm and len(figs) == 1:
            _judge(bands, _norm(lm.group(0)), figs[0].figure.value, figs[0].figure.text,
                   sentence.line_of(m.start("label")), None, result)
    _predicates_after_their_capaian(doc, bands, label_re, result)
    return result


def _graded_columns(table: Table, bands: dict[str, Band]) -> list[tuple[int, int]]:
    """(value column, grade column) pairs of a table that grades its rows on the scale.

    One grade column grades its capaian; several (``Capaian Kinerja / Predikat`` and
    ``Anggaran / Predikat``) each grade the rate printed between the grade before it and
    itself, where most rows agree with that reading."""
    capaian = [i for i, n in enumerate(table.columns) if re.search(r"capaian|%", n, re.I)]
    # a Predikat column over a Keterangan (remarks) column beside it
    labels = [i for i, n in enumerate(table.columns)
              if re.search(r"kategori|predikat|kriteria|status", n, re.I)] or \
        [i for i, n in enumerate(table.columns) if re.search(r"keterangan", n, re.I)]
    if len(labels) > 1:
        pairs = []
        for k, label in enumerate(labels):
            own = [c for c in capaian if (labels[k - 1] if k else -1) < c < label]
            if own and _mostly_in_band(bands, table, own[-1], label) \
                    and not _tally_by_grade(table, label, bands):
                pairs.append((own[-1], label))
        return pairs
    if len(labels) != 1:
        return []
    if len(capaian) > 1:
        # "Tahun 2024 | Tahun 2025" each with its capaian, the predicate after them: it
        # grades the period printed right before it, when most rows agree with it
        capaian = [max((c for c in capaian if c < labels[0]), default=capaian[0])]
        if not _mostly_in_band(bands, table, capaian[0], labels[0]):
            return []
    elif not capaian and labels[0] > 0 and re.search(
            r"rata-rata|nilai|skor|indeks", table.columns[labels[0] - 1], re.I) \
            and _mostly_in_band(bands, table, labels[0] - 1, labels[0]):
        # "| Rata-rata | Predikat |": a score graded right beside it on the scale, where
        # most rows agree with it
        capaian = [labels[0] - 1]
    if len(capaian) != 1 or _tally_by_grade(table, labels[0], bands):
        return []
    if " / " in table.columns[labels[0]] and table.columns[labels[0]].rsplit(" / ", 1)[0] \
            != table.columns[capaian[0]].rsplit(" / ", 1)[0]:
        return []  # "Sistem Merit / Nilai | Kategori": it grades its own group's value
    return [(capaian[0], labels[0])]


def _tally_by_grade(table: Table, label_col: int, bands: Collection[str]) -> bool:
    """``| 1. | Sangat Tinggi | 5 | 62,50 |``: a table whose rows are the grades themselves
    (how many indikator got each, and their share), no indicator graded; each row names
    one grade and nothing else."""
    graded = 0
    for row in table.rows:
        if row.kind != "data":
            continue
        cell = row.cell(label_col)
        others = [c for c in row.cells if c.column != label_col and c.figure is None
                  and not re.fullmatch(r"\W*(?:\d{1,2}|[ivx]{1,4}|[a-z])?\W*", c.text, re.I)]
        if cell is None or _norm(cell.text) not in bands or others:
            return False
        graded += 1
    return graded >= 2


def _mostly_in_band(bands: dict[str, Band], table: Table, value_col: int, label_col: int) -> bool:
    """Three in four of the rows labelled on the scale lie in their label's band."""
    graded = [(bands[label], fig.value) for row in table.rows
              if (fig := row.figure(value_col)) is not None and not fig.dash
              and (cell := row.cell(label_col)) is not None
              and (label := _norm(cell.text)) in bands]
    hits = sum(1 for band, value in graded if band.contains(value))
    return len(graded) >= 2 and hits * 4 >= len(graded) * 3


_BOUND_BEFORE_RE = re.compile(r"(?:\b(?:di\s+atas|di\s+bawah|lebih\s+dari|kurang\s+dari|minimal|"
                              r"maksimal|melebihi|sekurang-kurangnya|paling\s+(?:sedikit|"
                              r"rendah|tinggi))|[<>≤≥])\s*$", re.IGNORECASE)
_GIVEN_RE = re.compile(r"\b(?:memperoleh|mendapat(?:kan)?|meraih|berada\s+pada|masuk|"
                       r"termasuk)\s+(?:dalam\s+)?(?:predikat|kategori|kriteria)\s+"
                       r"(?P<label>[A-Za-z ]+)", re.IGNORECASE)
_CAPAIAN_FIGURE_RE = re.compile(r"\b(?:tercapai|capaian(?:nya)?|mencapai)\s+(?:sebesar\s+)?"
                                + _NUM + r"\s*(?:%|persen)", re.IGNORECASE)
_CODE_BEFORE_RE = re.compile(r"\b(?:IKU|IKK|IKD|IKP|indikator|sasaran)\s*-?\s*$", re.IGNORECASE)
_NEGATED_RE = re.compile(r"\b(?:tidak|tak|bukan|belum|tanpa)\b", re.IGNORECASE)
BACK_SENTENCES = 3  # how far back in its paragraph a predicate looks for its capaian


def _predicates_after_their_capaian(doc: Document, bands: dict[str, Band], label_re: re.Pattern,
                                    result: CheckResult) -> None:
    """``... indikator ini tercapai 83,28%. ... sehingga IKU 1 memperoleh predikat Baik.``:
    a predicate given in a sentence without figures is the category of the capaian the
    paragraph stated last (the one capaian of the nearest sentence before it that states
    one, at most three sentences back)."""
    sentences = doc.sentences
    for index, sentence in enumerate(sentences):
        m = _GIVEN_RE.search(sentence.text)
        if m is None or any(not is_year(f.figure) and not _CODE_BEFORE_RE.search(
                sentence.text[:f.start]) for f in sentence.figures):
            continue  # a figure of its own ("IKU 1" names, it does not measure)
        lm = label_re.match(m.group("label").strip())
        if lm is None or _NEGATED_RE.search(sentence.text[:m.start()]):
            continue  # "Tidak ada indikator yang berada pada kategori Cukup": none is
        for back in range(index - 1, max(-1, index - 1 - BACK_SENTENCES), -1):
            before = sentences[back]
            if before.block != sentence.block:
                break
            stated = list(_CAPAIAN_FIGURE_RE.finditer(before.text))
            if not stated:
                continue
            if len(stated) == 1:
                value = stated[0].group(1)
                _judge(bands, _norm(lm.group(0)), _num(value), f"{value}%",
                       sentence.line_of(m.start("label")), None, result)
            break


_JOINED_LABEL_RE = re.compile(r"^\s*(?:,|dan|atau|serta|hingga|sampai(?:\s+dengan)?|s\.d\.|"
                              r"-|–)\s*", re.IGNORECASE)


def _same_clause_gap(chars: int) -> str:
    """Up to ``chars`` characters of one clause: no full stop, no "; ", no ", dan ..."
    (but ", dan termasuk kategori ...": the same subject goes on to its predicate)."""
    return (rf"(?:(?!,\s*(?:dan|serta|sedangkan|namun|sementara)\b(?!\s+(?:termasuk|tergolong|"
            rf"berada|memperoleh|mendapat\w*|masuk)\b)|;)[^.]){{0,{chars}}}?")


# ---------------------------------------------------------------- named scales

# a row's bounds: "501 - 600", "601 sampai 700", "901 - 1.000"; or one open bound: "> 60,00",
# "≥ 91", "< 20,00", "91 ke atas"
# (the variable may stand between the bounds: "80% ≤ capaian < 100%", "80 - < 100")
_ROW_BOUNDS_RE = re.compile(r"(?<![\d.,])(\d[\d.,]*)\s*%?\s*"
                            r"(?:-|–|s\.?\s?d\.?|sampai(?:\s+dengan)?|(?:<=?|≤)\s*[a-z]{1,12}\s*(?=[<≤]))"
                            r"\s*(?:(?:<=?|≤)\s*|kurang\s+dari\s+)?(\d[\d.,]*)(?![\d.,])",
                            re.IGNORECASE)
# ("capaian lebih dari atau sama dengan 90%": at least 90)
_ROW_OPEN_RE = re.compile(r"(?P<op>>=?|≥|<=?|≤|(?:kurang|lebih)\s+dari"
                          r"(?:\s+atau\s+sama\s+dengan)?)\s*(?P<n>\d[\d.,]*)|"
                          r"(?P<m>\d[\d.,]*)\s*ke\s*(?P<dir>atas|bawah)", re.IGNORECASE)
_STANDARD_LABEL_RE = re.compile(rf"^{_LABEL}$", re.IGNORECASE)
_NAMED_BEFORE_RE = re.compile(r"\b(?:ber)?(?:predikat|kategori|peringkat|kriteria|klasifikasi|"
                              r"status)\b[^.;]{0,40}$", re.IGNORECASE)


def _row_band(text: str) -> tuple[Decimal | None, Decimal | None] | None:
    """The interval a scale row's cells give: two bounds, or one open bound."""
    if m := _ROW_BOUNDS_RE.search(text):
        lo, hi = parse_figure(m.group(1)), parse_figure(m.group(2))
        if lo is None or hi is None or lo.value > hi.value:
            return None
        return lo.value, hi.value
    if m := _ROW_OPEN_RE.search(text):
        bound = parse_figure(m.group("n") or m.group("m"))
        if bound is None:
            return None
        up = m.group("op").lower().startswith((">", "≥", "lebih")) if m.group("op") \
            else m.group("dir") == "atas"
        return (bound.value, None) if up else (None, bound.value)
    return None


def named_scales(doc: Document) -> list[tuple[Table | str | None, dict[str, Band]]]:
    """Scales whose grades are words of the report's own (``Pratama | 501 - 600``, ``Madya |
    601 - 700``; ``> 60,00 | Sangat Inovatif``): a table whose every row gives one name and
    one interval, three rows at least, intervals in order without overlap. The standard
    words (Sangat Tinggi ... Rendah) are the scale of ``scale_of``, not of this. Worked out
    once per document."""
    memo = doc.__dict__.get("_named_scales")
    if memo is None:
        memo = doc.__dict__["_named_scales"] = _named_scales(doc)
    return memo


def _named_scales(doc: Document) -> list[tuple[Table | str | None, dict[str, Band]]]:
    out: list[tuple[Table | str | None, dict[str, Band]]] = []
    for table in doc.tables:
        bands = _named_rows(table.rows)
        if bands is not None and _ordered_scale(bands):
            out.append((table, bands))
    # a scale stated in a line of prose for a measure other than the capaian grades that
    # measure's values, whatever its words
    for run in _inline_runs(doc):
        out.append((None, {_norm(name): Band(_norm(name), *band, hi_open=hi_open)
                           for name, band, hi_open in run}))
    # a scale of the standard words a sentence states for a named measure (IKPA)
    out += subject_scales(doc)
    # (a list of the standard words, "Zona Hijau: nilai 81,00 - 100,00", is this scale's
    # too where scale_of reads none: it reads bounds before their names)
    standard: dict[str, Band] | None = None
    for bands in _listed_scales(doc):
        if _ordered_scale(bands, standard_words=False):
            out.append((None, bands))
        elif _ordered_scale(bands, standard_words=True):
            if standard is None:
                standard = scale_of(doc)
            if any(standard.get(k) != b for k, b in bands.items()):
                out.append((None, bands))
    return out


def _ordered_scale(bands: dict[str, Band], standard_words: bool = False) -> bool:
    """Three bands at least, in order without overlap, named by the report's own words (or,
    with ``standard_words``, by the standard ones)."""
    return _in_order(bands) \
        and standard_words == all(_STANDARD_LABEL_RE.match(label) for label in bands) \
        and (standard_words or not any(_STANDARD_LABEL_RE.match(label) for label in bands))


# "- Zona Hijau (kepatuhan tinggi): nilai 81,00 - 100,00;": a list item naming a grade, an
# aside in brackets, and its interval after a colon
_LISTED_BAND_RE = re.compile(
    r"^[\s>]*(?:[-–•·▪*]|\d{1,2}[.)]|[a-z][.)])\s+(?P<name>[A-Za-z][A-Za-z /-]{1,40}?)\s*"
    r"(?:\([^()\d]{0,60}\))?\s*[:=]\s*(?P<bounds>[^:;]{1,60}?)\s*[;.,]?\s*$")


# ("75% sampai dengan kurang dari 90%": 90 itself is the next band's)
_UPPER_EXCLUDED_RE = re.compile(r"(?<![<≤])<(?!=)\s*\d|(?:sampai(?:\s+dengan)?|s\.?d\.?|-|–)"
                                r"\s*kurang\s+dari\s*\d", re.IGNORECASE)
# "- 75,00% ≤ capaian < 90,00%: **Baik**;": the interval first, the grade after the colon
_BOUNDS_THEN_NAME_RE = re.compile(
    r"^[\s>]*(?:[-–•·▪*]|\d{1,2}[.)]|[a-z][.)])\s+(?P<bounds>[^:;A-Za-z]{0,20}[A-Za-z]*"
    r"[^:;A-Za-z]{1,30}?)\s*:\s*[*_]*(?P<name>[A-Za-z][A-Za-z /-]{1,40}?)[*_]*\s*[;.,]?\s*$")


# "85,00 - 100 .... Sangat Bersih", "< 60,00 Kurang Bersih": a line of a band and its grade
# only (tab-aligned with a dotted leader in a Word file), no list marker
_BARE_BAND_RE = re.compile(
    r"^\s*(?P<bounds>(?:[<>≤≥]=?\s*)?\d[\d.,]*\s*%?(?:\s*(?:-|–|s\.?\s?d\.?|sampai(?:\s+dengan)?)"
    r"\s*(?:kurang\s+dari\s+|<\s*)?\d[\d.,]*\s*%?)?)[\s.…]+(?P<name>[A-Za-z][A-Za-z /-]{1,40}?)"
    r"\s*$", re.IGNORECASE)


def _listed_scales(doc: Document) -> list[dict[str, Band]]:
    """Scales given as a list, one grade per item (see ``_LISTED_BAND_RE``), three items at
    least on consecutive lines. A word every name begins with (``Zona``) is the scale's,
    not the grade's: tables print ``Hijau``."""
    runs: list[list[tuple[str, tuple[Decimal | None, Decimal | None], bool]]] = [[]]
    for line in doc.lines:
        m = _LISTED_BAND_RE.match(line) or _BOUNDS_THEN_NAME_RE.match(line) \
            or _BARE_BAND_RE.match(line)
        band = _row_band(m.group("bounds")) if m else None
        if m is None or band is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((" ".join(m.group("name").split()), band,
                         bool(_UPPER_EXCLUDED_RE.search(m.group("bounds")))))
    runs += _bracketed_runs(doc)
    scales = []
    for run in runs:
        if len(run) < 3:
            continue
        firsts = {name.split()[0].lower() for name, _, _ in run}
        if len(firsts) == 1 and all(len(name.split()) > 1 for name, _, _ in run):
            run = [(name.split(" ", 1)[1], band, hi_open) for name, band, hi_open in run]
        scales.append({_norm(name): Band(_norm(name), *band, hi_open=hi_open)
                       for name, band, hi_open in run})
    return scales


# "Tertinggal (0,4907 < IDM ≤ 0,5989), Berkembang (0,5989 < IDM ≤ 0,7072), ...": a grade
# of the report's own words, its condition in brackets after it
_BRACKETED_BAND_RE = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*"
                                r"\((?P<bounds>[^()]{1,60})\)")


def _bracketed_runs(doc: Document) \
        -> list[list[tuple[str, tuple[Decimal | None, Decimal | None], bool]]]:
    """Scales stated in one sentence as names with bracketed conditions, three at least,
    named by the report's own words (the standard ones are ``scale_of``'s)."""
    runs = []
    for sentence in doc.sentences:
        run = []
        for m in _BRACKETED_BAND_RE.finditer(sentence.text):
            band = _row_band(m.group("bounds"))
            if band is not None and _DIGIT_RE.search(m.group("bounds")):
                run.append((m.group("name"), band,
                            bool(_UPPER_EXCLUDED_RE.search(m.group("bounds")))))
        if len(run) >= 3 and not all(_STANDARD_LABEL_RE.match(n) for n, _, _ in run):
            runs.append(run)
    return runs


# "0,00-20,99 Sangat Rendah; 21,00-40,99 Rendah; ...": each interval, then its grade
_INLINE_BAND_RE = re.compile(r"(?<![\d.,])(?P<bounds>\d{1,3}(?:[.,]\d+)?\s*[-–]\s*"
                             r"\d{1,3}(?:[.,]\d+)?)\s*%?\s*[:=]?\s*"
                             r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s*(?=[;,.]|$)")


def _inline_runs(doc: Document) \
        -> list[list[tuple[str, tuple[Decimal | None, Decimal | None], bool]]]:
    """Scales stated in one sentence as intervals each followed by its grade, three at
    least (a note under a table: ``Keterangan kategori IKUB: 0,00-20,99 Sangat Rendah;
    21,00-40,99 Rendah; ...``)."""
    runs = []
    # (a sentence ends at each ";": the scale is read across its paragraph)
    paragraphs: dict[int, list[str]] = {}
    for sentence in doc.sentences:
        paragraphs.setdefault(sentence.block, []).append(sentence.text)
    for texts in paragraphs.values():
        text = " ".join(texts)
        run = []
        found = list(_INLINE_BAND_RE.finditer(text))
        for m in found:
            band = _row_band(re.sub(r"\s+", "", m.group("bounds")))
            if band is not None:
                run.append((m.group("name"), band, False))
        # the scale of a measure of its own ("kategori IKUB"), not of the capaian
        if len(run) >= 3 and not re.search(r"capaian|%", text[:found[0].start()],
                                           re.IGNORECASE):
            runs.append(run)
    return runs


_SCORE_UNITS = {"poin", "skor", "nilai", "level", "indeks"}


def _span(bands: dict[str, Band]) -> tuple[Decimal, Decimal]:
    """Where a scale's values can lie: its printed bounds, half as low and twice as high
    for bands open below or above (a score of 62,35 on "> 60,00", not a count of 3)."""
    finite = [v for b in bands.values() for v in (b.lo, b.hi) if v is not None]
    return min(finite) / 2, max(finite) * 2


def _band_key(band: Band) -> tuple[bool, Decimal]:
    # a band open below ("< 20,00") comes first
    return band.lo is not None, band.lo if band.lo is not None else (band.hi or Decimal(0))


def _below(a: Band, b: Band) -> bool:
    """Band ``a`` lies below band ``b`` (touching bounds allowed: "40 – 60" under "> 60")."""
    return a.hi is not None and b.lo is not None and a.hi <= b.lo


def _named_claims(doc: Document, scales: list[tuple[Table | str | None, dict[str, Band]]],
                  result: CheckResult) -> None:
    """``nilai 742 berada pada rentang 701 - 800 sehingga ... mempertahankan predikat Madya``,
    ``mencapai 62,35 dengan predikat Inovatif``: a grade of a named scale given to the
    nearest figure before it in the sentence (the bands' own bounds, printed beside it,
    are not values)."""
    subjects = {t for t, _ in scales if isinstance(t, str)}
    for table, bands in scales:
        # a measure's own scale grades the sentences that name it, and only those
        subject = table if isinstance(table, str) else None
        bounds = {b.lo for b in bands.values()} | {b.hi for b in bands.values()}
        lo, hi = _span(bands)
        names = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(
            bands, key=len, reverse=True)) + r")\b", re.IGNORECASE)
        for sentence in doc.sentences:
            named = {x for x in subjects if _names(sentence.text, x)}
            if subject not in named if subject else named:
                continue
            for m in names.finditer(sentence.text):
                if not _NAMED_BEFORE_RE.search(sentence.text[:m.start()]):
                    continue
                if _longer_label(sentence.text, m, bands):
                    continue  # "predikat Sangat Baik" is no "Baik" of a scale without it
                before = [f for f in sentence.figures if f.end <= m.start()
                          and not is_year(f.figure) and f.figure.value not in bounds]
                if not before or before[-1].figure.is_percent:
                    continue
                fig = before[-1].figure
                if not lo <= fig.value <= hi or (fig.unit or "poin").lower() not in _SCORE_UNITS:
                    continue  # "1 (satu) kabupaten memperoleh predikat ...": a count
                _judge(bands, _norm(m.group(1)), fig.value, fig.text,
                       sentence.line_of(m.start()), None, result, what="Nilai")


_WORD_BEFORE_RE = re.compile(r"(\w+)\s+$")


def _names(text: str, subject: str) -> bool:
    return re.search(rf"\b{re.escape(subject)}\b", text) is not None


def _longer_label(text: str, m: re.Match[str], bands: dict[str, Band]) -> bool:
    """The name matched is the end of a longer standard one the scale does not have
    (``Sangat Baik`` read where the scale names only ``Baik``)."""
    before = _WORD_BEFORE_RE.search(text[max(0, m.start() - 20):m.start()])
    if before is None:
        return False
    longer = _norm(f"{before.group(1)} {m.group(1)}")
    return bool(_STANDARD_LABEL_RE.match(longer)) and longer not in bands


def _bounds_text(band: Band) -> str:
    """A band as reports print it: ``65,00 – < 75,00``, ``≥ 90,00``."""
    def shown(bound: Decimal) -> str:
        exponent = bound.as_tuple().exponent
        return format_id(bound, -exponent if isinstance(exponent, int) and exponent < 0 else 0)

    if band.lo is None and band.hi is not None:
        return f"{'<' if band.hi_open else '≤'} {shown(band.hi)}"
    if band.hi is None and band.lo is not None:
        return f"≥ {shown(band.lo)}"
    if band.lo is None or band.hi is None:
        return "…"
    return f"{'> ' if band.above else ''}{shown(band.lo)} – {'< ' if band.hi_open else ''}" \
        f"{shown(band.hi)}"


def _shown(label: str) -> str:
    """A category as reports print it: ``Sangat Baik``; a letter grade in capitals (``BB``)."""
    return label.upper() if re.fullmatch(_GRADE, label.upper()) else label.title()


def _judge(bands: dict[str, Band], label: str, value: Decimal, text: str, line: int,
           table: str | None, result: CheckResult, what: str = "Capaian") -> None:
    band = bands[label]
    if band.contains(value):
        result.passed()
        return
    right = [b.label for b in bands.values() if b.contains(value)]
    if len(right) > 1:
        # a scale naming each band twice (Baik and its colour, Kuning): the name of the kind
        # the report gave
        right = [r for r in right if (r in _COLOURS) == (label in _COLOURS)]
    if len(right) > 1:
        # two scales in one report (Berhasil ... and Baik ...): the one the label is of
        right = [r for r in right if r.split()[-1] == label.split()[-1]] or right
    expected = _shown(right[0]) if len(right) == 1 else "lain"
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=line, stated=f"{text} {_shown(label)}",
        expected=expected,
        message=(f"{what} {text} diberi kategori '{_shown(label)}', tetapi menurut skala "
                 f"yang dinyatakan laporan kategori itu berlaku untuk "
                 f"{_bounds_text(band)}; {text} termasuk '{expected}'."),
        table=table, anchor=f"{label}|{text}",
    ))


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Kategori/predikat capaian sesuai skala penilaian yang dinyatakan laporan.",
    summary_en="A capaian's category/rating agrees with the rating scale the report states.",
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
