"""change_vs_table: a change the text states (``naik 2,91 poin``, ``meningkat 3,46%``) agrees
with the two values the report's tables give for the years compared.

Narratives compare an indicator with last year in many words: ``dibandingkan tahun lalu
(2024) ... naik 3,91 poin``, ``meningkat 5,95% dibandingkan tahun 2024``, ``turun dari ...``.
The sentence seldom prints both values, but the report's tables do: the capaian table gives
this year's realisasi and the comparison table gives the years before. This check finds
the indicator the sentence (or the heading above it) names, reads its realisasi for the two
years from the tables (or a base value the sentence itself quotes for the earlier year), and
recomputes the change:

* ``poin`` (or a figure in the indicator's own unit) is a difference in points;
* ``%`` / ``persen`` is a relative change, or, as authors often write it, a difference of
  two percentages: either reading passes;
* the direction word must agree (``naik`` over a value that fell is a break).

Nothing is judged when the indicator, the compared year or either value is uncertain.

Severity: ``major``.

Passes (87,10 − 84,19 = 2,91; 2,91 / 84,19 = 3,46%)::

    Dibandingkan tahun lalu (2024) sebesar 84,19%, realisasi indikator ini naik 2,91 poin,
    atau meningkat 3,46% secara relatif.

Fails::

    ... naik 3,91 poin ...
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from decimal import Decimal

from audit.checks.base import Rule
from audit.claims import (
    ACRONYM_RE,
    IndicatorCatalog,
    acronym_in,
    acronyms_of,
    find_by_name,
)
from audit.facts import (
    INDICATOR_CODE_RE,
    YEAR_RE,
    Entity,
    Mention,
    name_tokens,
    normalise_code,
    normalise_indicator_code,
    period_of,
    report_year,
    same_entity,
    table_mentions,
)
from audit.figures import Figure, FoundFigure, find_figures, is_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import ASIDE_COLUMN_RE, Document, Row, Sentence, Table
from audit.precision import Interval, Verdict, expected_text, interval_of, judge
from audit.prose import noun_kind
from audit.sections import heading_before, headings

DOC_ID = """change_vs_table: perubahan yang dinyatakan teks (``naik 2,91 poin``,
``meningkat 3,46%``) sesuai dengan dua nilai yang dicantumkan tabel laporan untuk tahun-tahun
yang dibandingkan.

Uraian naratif membandingkan suatu indikator dengan tahun lalu dalam berbagai rumusan:
``dibandingkan tahun lalu (2024) ... naik 3,91 poin``, ``meningkat 5,95% dibandingkan tahun
2024``, ``turun dari ...``. Kalimatnya jarang mencantumkan kedua nilai, tetapi tabel laporan
mencantumkannya: tabel capaian memuat realisasi tahun ini dan tabel perbandingan memuat
tahun-tahun sebelumnya. Pemeriksaan ini mencari indikator yang disebut kalimat tersebut (atau
judul di atasnya), membaca realisasinya untuk kedua tahun dari tabel (atau nilai dasar tahun
pembanding yang dikutip kalimat itu sendiri), lalu menghitung ulang perubahannya:

* ``poin`` (atau angka dalam satuan indikator itu sendiri) adalah selisih dalam poin;
* ``%`` / ``persen`` adalah perubahan relatif, atau, sebagaimana sering ditulis penyusun,
  selisih dua persentase: kedua pembacaan dinyatakan lolos;
* kata arahnya harus sesuai (``naik`` untuk nilai yang turun merupakan ketidaksesuaian).

Tidak ada penilaian apabila indikator, tahun pembanding, atau salah satu nilainya tidak pasti.

Tingkat keparahan: ``major``.

Lolos (87,10 − 84,19 = 2,91; 2,91 / 84,19 = 3,46%)::

    Dibandingkan tahun lalu (2024) sebesar 84,19%, realisasi indikator ini naik 2,91 poin,
    atau meningkat 3,46% secara relatif.

Gagal::

    ... naik 3,91 poin ...
"""

RULE_ID = "change_vs_table"

# a duration's change in the words of time: "lebih cepat 0,28 hari" is a fall of 0,28
_UP = r"naik|meningkat|bertambah|peningkatan|kenaikan|lebih\s+tinggi|lebih\s+lambat|lebih\s+lama"
_DOWN = r"turun|menurun|berkurang|penurunan|lebih\s+rendah|lebih\s+cepat|lebih\s+singkat"
_CHANGE_BEFORE_RE = re.compile(
    rf"\b(?P<verb>{_UP}|{_DOWN})\b(\s+(sebesar|sejumlah|menjadi\s+lebih))?\s*$", re.IGNORECASE)
_UP_RE = re.compile(rf"^({_UP})", re.IGNORECASE)
_POINTS_AFTER_RE = re.compile(r"^\s*(poin|point|basis\s+poin)", re.IGNORECASE)
_RELATIVE_HINT_RE = re.compile(r"relatif|dari\s+(nilai|capaian|realisasi)\s+tahun", re.IGNORECASE)
_BACK_RE = re.compile(r"\b(ini|tersebut|itu)\b", re.IGNORECASE)
_LAST_YEAR_RE = re.compile(r"\btahun\s+(lalu|sebelumnya)\b", re.IGNORECASE)
_BASE_RE = re.compile(r"(tahun\s+(lalu|sebelumnya)|\b(19|20)\d\d\b)\)?\s*(?:\(\s*)?(yang\s+)?"
                      r"(sebesar|sebanyak|yaitu|adalah|mencapai|tercatat|berjumlah|sejumlah)?"
                      r"\s*$", re.IGNORECASE)


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    _changes_below_a_table(doc, result)
    year = report_year(doc)
    if year is None:
        return result
    realisasi = [m for m in table_mentions(doc) if m.attribute == "kinerja:realisasi"]
    catalog = IndicatorCatalog(realisasi)
    acronyms = {**_nested_acronyms(realisasi), **acronyms_of(realisasi)}
    capaian = [m for m in table_mentions(doc) if m.attribute == "kinerja:capaian"]
    capaian_catalog = IndicatorCatalog(capaian)
    capaian_acronyms = {**_nested_acronyms(capaian), **acronyms_of(capaian)}
    found_headings = headings(doc)
    previous = {id(b): a for a, b in zip(doc.sentences, doc.sentences[1:], strict=False)}
    row_names = _RowNames(doc.tables)
    year_rows = _YearRows(doc.tables)
    for sentence in doc.sentences:
        figures = [f for f in sentence.figures if not is_year(f.figure)]
        before = previous.get(id(sentence))
        earlier = before if before is not None and before.block == sentence.block else None
        paragraph = earlier.text if earlier is not None else ""
        for index, found in enumerate(figures):
            previous_end = figures[index - 1].end if index else 0
            window = sentence.text[previous_end:found.start]
            verb = _change_verb(window)
            if verb is None:
                continue
            heading = heading_before(found_headings, sentence.line)
            if _of_capaian(sentence.text[:found.start], sentence.text[found.end:]) \
                    and not _own_level_explains(sentence.text, figures, found, year):
                # "Capaian IKM naik 1,36 poin dibanding tahun 2024": a change of the
                # capaian, judged by the capaian columns of the two years or not at all
                if capaian:
                    _judge(sentence, found, figures, verb, year, capaian_catalog,
                           capaian_acronyms, doc.tables, heading, result, paragraph,
                           row_names, year_rows, year_columns=False)
                continue
            judged = bool(realisasi) and _judge(
                sentence, found, figures, verb, year, catalog, acronyms,
                doc.tables, heading, result, paragraph, row_names, year_rows)
            if not judged:
                _judge_anchored(sentence, found, figures, verb, year, earlier,
                                year_rows, realisasi, result)
    return result


# "Perubahan dibanding 2024: +2,25 poin persen": a change named as such, its sign its way
_SIGNED_CHANGE_RE = re.compile(r"\b(?:perubahan|pertumbuhan|selisih)\b(?:[^.;\d]|\b(?:19|20)\d\d\b)"
                               r"{0,40}?[:=]?\s*(?P<sign>[+\-−–])\s*$", re.IGNORECASE)


# "- Perubahan dibanding 2024: +2,25", "• Realisasi naik 2,15 poin": an item of a list whose
# words before the figure name no subject; it is about what the heading above names
_ITEM_RE = re.compile(r"^\s*(?:[-•*▪◦]|\d{1,2}[.)]|[a-z][.)])\s+")


def _bare_item(before: str) -> bool:
    return bool(_ITEM_RE.match(before)) and not name_tokens(before) - _NOT_A_SUBJECT


def _change_verb(window: str) -> str | None:
    """The word of change right before a figure (``naik``, ``turun``), or the sign of a
    figure stated as a change (``Perubahan: +2,25``), as ``naik`` or ``turun``."""
    m = _CHANGE_BEFORE_RE.search(window)
    if m is not None:
        return m.group("verb")
    signed = _SIGNED_CHANGE_RE.search(window)
    if signed is not None:
        return "naik" if signed.group("sign") == "+" else "turun"
    return None


_ROLE_WORD_RE = re.compile(r"\b(capaian|realisasi)\b", re.IGNORECASE)


def _own_level_explains(text: str, figures: list[FoundFigure], found: FoundFigure,
                        year: str) -> bool:
    """``... mencapai 77,50% ... capaian 103,33%, atau naik 15,00 poin dari 62,50%``: the
    base the change quotes is this year's level's, not the capaian's: the sentence's own
    level minus that base is the change (the capaian minus it is not)."""
    quoted = _quoted_base(text, figures, found, year)
    if quoted is None:
        return False
    change = interval_of(found.figure, False)
    return any(f.figure.is_percent == quoted.is_percent and f.figure is not quoted
               and judge(found.figure, _abs(interval_of(f.figure, False)
                                            - interval_of(quoted, False)))
               is Verdict.CONSISTENT and change.hi > 0
               for f in figures if f.end <= found.start)


def _of_capaian(before: str, after: str) -> bool:
    """Whether the change's subject is the capaian: its clause (back to the figure before
    it) says so (``Capaian IKM naik``, ``Capaian ini naik``), or names nothing and follows a
    capaian printed as the sentence's own (``... capaian 95,00%, naik 2,87 poin``; not one
    in brackets, ``(capaian 100,00 persen), dan naik 7,14 poin``, which is an aside) —
    unless the words after the change compare with a realisasi."""
    if re.search(r"\brealisasi\b", re.split(r"[.;]", after)[0], re.IGNORECASE):
        return False
    figures = [f for f in find_figures(before) if not is_year(f.figure)]
    clause = before[figures[-1].end:] if figures else before
    if _ROLE_WORD_RE.search(clause):
        words = _ROLE_WORD_RE.findall(clause)
        return words[-1].lower() == "capaian"
    if not figures or name_tokens(clause) - _NOT_A_SUBJECT:
        return False
    lead = before[:figures[-1].start]
    return bool(re.search(r"\bcapaian\s+(?:(?:sebesar|mencapai|menjadi)\s+)?$", lead,
                          re.IGNORECASE)) and "(" not in lead[-25:]


def _nested_acronyms(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """``Angka Kematian Ibu (AKI)`` and ``Angka Kematian Ibu (AKI) per 100.000 Kelahiran
    Hidup``: one acronym for names of which one only adds words to the other."""
    found: dict[str, list[Mention]] = {}
    for m in mentions:
        for acronym in ACRONYM_RE.findall(m.entity.name):
            found.setdefault(acronym, []).append(m)
    out = {}
    for acronym, ms in found.items():
        names = sorted({m.entity.tokens for m in ms}, key=len)
        if all(a <= b for a, b in zip(names, names[1:], strict=False)):
            out[acronym] = ms
    return out


_COMPARED_AFTER_RE = re.compile(r"^[^.;]{0,40}?\b(?:dibandingkan|dibanding|terhadap|dari|sejak)"
                                r"\s+(?:dengan\s+)?(?:(?:realisasi|capaian|nilai)\s+)?"
                                r"(?:tahun\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


_FIGURE_IN_RE = re.compile(r"\d")
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:dibandingkan|dibanding|terhadap|sejak)\s+(?:dengan\s+)?"
    r"(?:(?:realisasi|capaian|nilai|kondisi|akhir|posisi)\s+)*(?:tahun\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE)
_FIGURE_JUST_BEFORE_RE = re.compile(r"\d\s*(?:%|persen|poin|point|[a-z/]+)?\s*$",
                                    re.IGNORECASE)
_YEARS_AGO_RE = re.compile(r"\b(dua|tiga|empat|lima|[2-5])\s+tahun\s+(?:lalu|sebelumnya)\b",
                           re.IGNORECASE)
_COUNT_WORDS = {"dua": 2, "tiga": 3, "empat": 4, "lima": 5}


def _compared_year(text: str, year: str, after: str = "", before: str | None = None) -> str | None:
    if (m := _COMPARED_AFTER_RE.match(after)) and m.group(1) != year \
            and not _FIGURE_IN_RE.search(after[:m.start(1)]) and "," not in after[:m.start(1)]:
        # "lebih cepat 3 hari kerja dari tahun 2024": the year named right after the change,
        # in its own clause, whatever the sentence opened with ("Dibandingkan dua tahun
        # sebelumnya, ...")
        return m.group(1)
    if m := _YEARS_AGO_RE.search(text):
        # "dibandingkan kondisi dua tahun sebelumnya": the year two before the report's
        word = m.group(1).lower()
        return str(int(year) - _COUNT_WORDS.get(word, int(word) if word.isdigit() else 0))
    if last := _LAST_YEAR_RE.search(text):
        # "SSGI 2024 tercatat 20,10%, turun 2,30 poin dibanding tahun sebelumnya": the year
        # before another year the sentence names for its own figure, which the tables may
        # list under either year; only "tahun lalu (2024)" names the year compared with
        own = [m for m in YEAR_RE.finditer(text) if m.group() != year
               and not 0 <= m.start() - last.end() <= 12]
        return None if own else str(int(year) - 1)
    others = {y for y in YEAR_RE.findall(text) if y != year}
    if len(others) > 1 and before is not None:
        # "Dibanding akhir tahun 2024 (108,20 ton), cadangan naik 10,20 ton ..., dan dibanding
        # tahun 2023 (96,50 ton) naik 21,90 ton": the year its own clause compares with,
        # before it, when no other change stands between
        # ("IKTL turun 0,28 poin dibanding tahun 2024 ... dan turun 0,42 poin dibanding tahun
        # 2023": a year named right after a change's figure is that change's, not the next)
        named = [m for m in _COMPARED_BEFORE_RE.finditer(before)
                 if not _FIGURE_JUST_BEFORE_RE.search(before[:m.start()])]
        if named and named[-1].group(1) in others and \
                len(_CHANGE_WORD_RE.findall(before[named[-1].end():])) <= 1 and \
                not re.search(r"[;]", before[named[-1].end():]):
            return named[-1].group(1)
    if len(others) > 1 and (m := _COMPARED_AFTER_RE.match(after)) and m.group(1) in others:
        # "turun 1,56 poin dibandingkan tahun 2024 dan ... turun 3,50 poin sejak tahun 2023":
        # each change names the year it is measured from right after it
        return m.group(1)
    return others.pop() if len(others) == 1 else None


def _by_code_before(text: str, found: FoundFigure, figures: list[FoundFigure],
                    catalog: IndicatorCatalog) -> list[Mention]:
    """``IKU 3 bertambah 5,13 poin``, ``... disusul IKU 6 yang meningkat 6,25 poin``: the
    indicator code printed last before the change, with no other figure between them."""
    codes = list(INDICATOR_CODE_RE.finditer(text[:found.start]))
    if not codes:
        return []
    last = codes[-1]
    if any(last.end() <= f.start < found.start for f in figures):
        return []
    code = normalise_indicator_code(last.group(1), last.group(2))
    return sorted((m for entity, ms in catalog.of.items()
                   if entity.code and normalise_code(entity.code) == code for m in ms),
                  key=lambda m: m.line)


def _names_a_component(clause: str, label: str) -> bool:
    """Whether the clause names one of the parts the indicator's name lists in brackets
    (``pengawasan pesawat`` of ``Jumlah alat angkut (kapal dan pesawat) yang ...``): it
    speaks of that part, not of the indicator."""
    # (a list of parts, "kapal dan pesawat"; never an acronym, "(IKM)")
    inside = name_tokens(" ".join(b for b in re.findall(r"\(([^()]*)\)", label)
                                  if re.search(r",|\b(?:dan|serta|atau)\b", b)))
    outside = name_tokens(re.sub(r"\([^()]*\)", " ", label))
    return bool((name_tokens(clause) - _NOT_A_SUBJECT) & (inside - outside))


def _corroborated(mentions: list[Mention], paragraph: str, year: str) -> list[Mention]:
    """The loosely named indicators whose value for the year the paragraph prints
    ("Cadangan pangan pemerintah daerah mencapai 77,61% dari kebutuhan"), every mention of
    them."""
    printed = {f.figure.value for f in find_figures(paragraph)}
    entities = {m.entity for m in mentions if m.period.year == year
                and m.period.qualifier is None and m.figure.value in printed}
    return [m for m in mentions if m.entity in entities]


def _one_value(mentions: list[Mention], tables: list[Table], entity: Entity,
               year: str, year_columns: bool = True) -> Figure | None:
    """The one value the mentions (and, with ``year_columns``, a column headed by the year
    alone) give for that year; None when they disagree (another check reports that) or
    give none."""
    figures = _values(mentions, tables, entity, year, year_columns)
    return figures[0] if len({f.value for f in figures}) == 1 else None


def _values(mentions: list[Mention], tables: list[Table], entity: Entity,
            year: str, year_columns: bool = True) -> list[Figure]:
    """Every figure the tables print for the indicator in that year, each cell once."""
    figures = [m.figure for m in mentions if m.period.year == year and m.period.qualifier is None]
    for pattern in (r"\bsmt\b", r"^s\.d\. tw\b"):
        if figures:
            break
        # a semester or quarterly report gives the year's position as of its period
        # ("Realisasi s.d. Smt I", "s.d. TW III"; a single quarter's figure is not it)
        figures = [m.figure for m in mentions if m.period.year == year
                   and m.period.qualifier is not None
                   and re.search(pattern, m.period.qualifier)]
    if year_columns:
        figures += _year_column(tables, entity, year)
    return list({id(f): f for f in figures}.values())


_PART_OF_YEAR_RE = re.compile(r"\b(?:semester|triwulan|tw|s\.\s?d\.?|sampai\s+dengan|bulan)\b",
                              re.IGNORECASE)


def _disputed_current(found: FoundFigure, printed: list[Figure], before: Figure) -> Figure | None:
    """This year's value to judge the change by when the tables print two or three values
    for it (cross_table reports that): None when the change agrees with any of them;
    else the one printed most often, or the first (the capaian table's)."""
    if not 2 <= len({f.value for f in printed}) <= 3 \
            or any(_change_agrees(found.figure, f, before) for f in printed):
        return None
    return max(printed, key=lambda f: sum(g.value == f.value for g in printed))


# (past the number in words: "bertambah 7 (tujuh) KUA")
_WORD_AFTER_RE = re.compile(r"\s+(?:\([a-z\s-]+\)\s*)?([A-Za-z]{2,})\b")


def _counted_noun(text: str, found: FoundFigure) -> str | None:
    """What a figure counts: its unit, or the noun right after it (``4 (empat) kejadian``)."""
    if found.figure.unit:
        return found.figure.unit.lower()
    m = re.match(r"\s*(?:\([a-z ]+\)\s*)?([a-z]{3,})\b", text[found.end:])
    return m.group(1) if m and m.group(1) not in _NOT_A_COUNTED_NOUN else None


_NOT_A_COUNTED_NOUN = frozenset({"poin", "persen", "point", "dari", "atau", "dan", "pada",
                                  "menjadi", "dibandingkan", "dibanding", "sehingga", "yang"})


def _counted(found: FoundFigure, text: str) -> bool:
    """A change counted in items: a whole number followed by what it counts (``4 PD``, ``12
    desa``), not by a unit of the rate (``poin``, ``persen``)."""
    fig = found.figure
    m = _WORD_AFTER_RE.match(text, found.end)
    if fig.unit or fig.decimals or fig.is_percent or m is None:
        return False
    word = m.group(1)
    return word.isupper() or noun_kind(word) is not None
_RATE_NAME_RE = re.compile(r"\W*(?:persentase|proporsi|rasio|tingkat|prevalensi|indeks|nilai|"
                           r"rata-rata|angka)\b", re.IGNORECASE)


def _judge(sentence: Sentence, found: FoundFigure, figures: list[FoundFigure], verb: str,
           year: str, catalog: IndicatorCatalog, acronyms: dict[str, list[Mention]],
           tables: list[Table], heading: str, result: CheckResult,
           paragraph: str = "", row_names: _RowNames | None = None,
           year_rows: _YearRows | None = None, year_columns: bool = True) -> bool:
    """Judge the change against the indicator the sentence names; False when it names none
    whose two values the tables give (the change may still be anchored by its values)."""
    text = sentence.text
    compared = _compared_year(text, year, text[found.end:], text[:found.start])
    if compared is None or compared == year or _between_past_years(text, found, year):
        return True
    # The indicator is named in the clause before the change (back to the previous figure),
    # or, when the clause points back ("indikator ini", "nilai tersebut"), by the heading.
    previous_end = max((f.end for f in figures if f.end <= found.start), default=0)
    clause = text[previous_end:found.start]
    # "CRR naik 2,55 poin": Cost Recovery Rate (CRR); an acronym the clause prints names
    # its indicator before any word it shares with others ("Nilai AKIP Dinas ...")
    acronym = acronym_in(clause, acronyms)
    mentions = _by_code_before(text, found, figures, catalog) or (
        acronyms[acronym] if acronym is not None else
        find_by_name(clause, catalog, loose=False) or find_by_name(clause, catalog, loose=True))
    prior = [f for f in figures if f.end <= found.start]
    if not mentions and prior and not _CHANGE_WORD_RE.search(text[:prior[-1].start]) \
            and not re.search(r"\bmenjadi\b", text[:prior[-1].start], re.IGNORECASE):
        # "Rata-rata dwelling time tahun 2025 sebesar 2,97 hari, lebih cepat 0,28 hari": the
        # sentence named its indicator before this year's value (no change of its own), and
        # the change follows it
        mentions = find_by_name(text[:previous_end], catalog, loose=False) or \
            find_by_name(text[:previous_end], catalog, loose=True)
    if not mentions and paragraph and not find_by_name(text[:found.start], catalog, loose=True):
        # "... mantap tercapai 74,09%. Dibandingkan realisasi tahun 2024 sebesar 70,62%,
        # kemantapan jalan naik 3,47 poin": the indicator the paragraph's previous sentence
        # names in full, when this sentence names none
        carried = find_by_name(paragraph, catalog, loose=False) or \
            _corroborated(find_by_name(paragraph, catalog, loose=True), paragraph, year)
        # only when this clause's own words point at it ("kemantapan jalan" under "panjang
        # jalan ... mantap"); "Nilai IKM naik ..." after a sentence on another indicator
        # speaks of its own subject
        # ("Dibandingkan tahun 2024 sebesar 75,26%, realisasi naik 2,35 poin": a clause
        # naming nothing but the role speaks of the paragraph's indicator too)
        own = name_tokens(clause)
        mentions = carried if _BACK_RE.search(clause) or not own - _NOT_A_SUBJECT else \
            [m for m in carried if m.entity.tokens & own]
    if not mentions and heading \
            and not (name_tokens(clause) - _NOT_A_SUBJECT - _COUNT_WORDS.keys()) \
            and (coded := INDICATOR_CODE_RE.search(heading)):
        # "**IKP 1.1 Jumlah BUM Desa ...**" over "realisasi tahun 2025 meningkat 312 unit":
        # the heading's indicator code, where a table lists the rows by code alone
        code = normalise_indicator_code(coded.group(1), coded.group(2))
        mentions = sorted((m for entity, ms in catalog.of.items()
                           if entity.code and normalise_code(entity.code) == code for m in ms),
                          key=lambda m: m.line)
    if not mentions and heading:
        mentions = find_by_name(f"{heading} {clause}", catalog, loose=False) or \
            find_by_name(f"{heading} {clause}", catalog, loose=True)
        own = name_tokens(clause)
        if mentions and not _BACK_RE.search(clause) and not (mentions[0].entity.tokens & own) \
                and not _bare_item(text[:found.start]):
            mentions = []  # the heading's subject, but the clause speaks of something else
    entities = {m.entity for m in mentions}
    names = sorted({e.tokens for e in entities}, key=len)
    if not mentions:
        return False
    if not all(a <= b for a, b in zip(names, names[1:], strict=False)) \
            and not _one_quantity(mentions, year):
        return True  # several indicators could be meant
    entity = max(entities, key=lambda e: len(e.tokens))
    if _names_a_component(clause, entity.label):
        return True  # "pengawasan pesawat bertambah 432 unit" under "... (kapal dan pesawat)"
    if _counted(found, text) and _RATE_NAME_RE.match(entity.label):
        # "PD berpredikat BB bertambah 4 PD" beside "Persentase Perangkat Daerah berpredikat
        # ...": a count of items is no change of a rate
        return True
    rows = row_names or _RowNames(tables)
    row_values = None
    if rows.another_than(clause, entity):
        # "Harga cabai merah keriting ... turun 16,30%": a row of a price table, judged by
        # that row's own year columns when it has them, never by the indicator's values
        row_values = _row_change_values(tables, clause, year, compared)
        if row_values is None:
            return True
    current = _one_value(mentions, tables, entity, year, year_columns) if row_values is None \
        else row_values[0]
    # the base the sentence itself quotes first: a wrong quoted base is narrative_vs_table's
    # finding, the change is judged against what its own sentence says it started from
    quoted = _quoted_base(text, figures, found, year, compared)
    listed = _one_value(mentions, tables, entity, compared, year_columns) \
        if row_values is None \
        else row_values[1]
    counted_in = _counted_noun(text, found)
    own = [f.figure for f in figures if f.end <= found.start and not f.figure.is_percent
           and f.figure is not quoted and counted_in is not None
           and _counted_noun(text, f) == counted_in]
    if quoted is None and own and current is not None \
            and not _same_magnitude(own[-1], current):
        # "Areal berhutan ... seluas 869.453,20 ha ..., berkurang 513,69 ha", "terjadi 4
        # kejadian, berkurang 1 kejadian" beside a rate of 0,095: the sentence's own value of
        # what changed, far from the indicator its words recalled
        return True
    if quoted is not None and not _same_magnitude(quoted, listed or current):
        # "Dibandingkan tahun 2024 yang sebanyak 3.347 orang, jumlah pencari kerja turun
        # 3,2%" beside an indicator of 36,51%: the sentence speaks of another quantity
        return True
    if quoted is not None and listed is not None and quoted.value != listed.value and \
            year_rows is not None and _distinctive(quoted) and any(
                not same_entity(Entity(None, r.label or ""), entity)
                for _, r, _ in year_rows.find(compared, quoted)):
        # "jumlah peserta ... naik 127 orang" from "818 orang" in 2024: the row that printed
        # 818 for 2024 is the quantity, not the indicator the loose words recalled
        return False
    if year_rows is not None and current is not None and quoted is None \
            and _printed_for_another_row(figures, found, clause, paragraph, year, current,
                                         entity, year_rows):
        return False
    before = quoted or listed
    if current is None and before is not None and before.value != 0 and row_values is None \
            and not _PART_OF_YEAR_RE.search(text):
        # two tables disagree on this year's value: a change that fits neither is a break
        # (not in a sentence of quarters or semesters, whose values the tables give by period)
        current = _disputed_current(
            found, _values(mentions, tables, entity, year, year_columns), before)
    if current is None or before is None or before.value == 0:
        return False  # the tables lack a value: the change may still be anchored by one
    if re.search(r"\btarget\b", clause, re.IGNORECASE) \
            and not re.search(r"\b(realisasi|capaian)\b", clause, re.IGNORECASE):
        # "target tahun 2025 lebih tinggi 10 KK dibandingkan target tahun 2024": a change of
        # the targets, not of the realisasi this check reads
        return True
    money = [f for f in figures if f.end <= found.start and (f.figure.unit or "").startswith("Rp")]
    if money and not (current.unit or "").startswith("Rp") and not current.decimals == 0:
        # "Dibanding realisasi 2024 sebesar Rp 1,65 triliun, total realisasi ... meningkat
        # 3,48 persen": the change is of the amount, not of the indicator's rate
        return True
    if _own_values_follow(text, figures, found) or _own_pair_gives(figures, found):
        return True  # "bertambah 6 desa, dari 44 desa ... menjadi 50 desa": the sentence's own
        # two values are what the change is of (narrative_arithmetic judges them)
    stated = found.figure
    unit = (stated.unit or "").strip().lower()
    # "6 (enam) desa": the number in words between the figure and its noun
    rest = re.sub(r"^\s*\([a-z ]+\)", "", text[found.end:found.end + 60])
    if not unit and (noun := re.match(r"\s+([a-z]{3,})\b", rest[:20])) \
            and noun.group(1).lower() not in ("poin", "persen", "point", "basis", "atau",
                                               "dari", "dibanding", "dibandingkan", "jika",
                                               "sehingga", "menjadi", "pada", "dan"):
        unit = noun.group(1).lower()  # "bertambah 57 bidang": counted in bidang
    if unit and unit not in ("%", "persen", "poin") and not unit.startswith("rp") and (
            current.is_percent or before.is_percent
            or re.match(r"\s*(persentase|prosentase|rasio|tingkat|indeks)\b", entity.label,
                        re.IGNORECASE)):
        # "panjang jalan bertambah 5,22 km": a change counted in km is not the change of the
        # percentage indicator whose words the clause shares
        return True
    _verdict(sentence, found, verb, current, before, year, compared, result)
    return True


def _verdict(sentence: Sentence, found: FoundFigure, verb: str, current: Figure,
             before: Figure, year: str, compared: str, result: CheckResult,
             where: tuple[Table, Row, int, int] | None = None) -> None:
    """Recompute the change from ``before`` (the compared year) to ``current`` and judge the
    stated figure: direction first, then points or relative, whichever the wording allows."""
    text = sentence.text
    stated = found.figure
    diff = interval_of(current, False) - interval_of(before, False)
    after = text[found.end:found.end + 30]
    points_only = bool(_POINTS_AFTER_RE.match(after)) or not stated.is_percent and \
        not re.match(r"\s*(%|persen)", after)
    readings: list[tuple[str, Interval]] = [("selisih", _abs(diff))]
    if not points_only:
        readings.append(("perubahan relatif", _abs(_relative(diff, interval_of(before, False)))))
    up = bool(_UP_RE.match(verb))
    if diff.lo > 0 and not up or diff.hi < 0 and up:
        _report(sentence, found, stated, f"{'naik' if diff.lo > 0 else 'turun'}", readings[0],
                current, before, year, compared, result, direction=True, where=where)
        return
    if any(judge(stated, value) is Verdict.CONSISTENT for _, value in readings):
        result.passed()
        return
    if _RELATIVE_HINT_RE.search(text[found.end:found.end + 40]) and len(readings) > 1:
        reading = readings[1]
    else:
        # the reading the stated figure comes nearest to is the one its author meant
        reading = min(readings, key=lambda r: abs(r[1].mid - stated.value))
    _report(sentence, found, stated, verb, reading, current, before, year, compared, result,
            where=where)


class _YearRows:
    """Every row of a table with one column per year (``Realisasi 2023 | 2024 | 2025``,
    ``s.d. TW III 2024 | s.d. TW III 2025``), indexed by (year, value) when first asked for:
    the figure index a change is anchored in when its sentence names no indicator."""

    def __init__(self, tables: list[Table]) -> None:
        self._tables = tables
        self._index: dict[tuple[str, Decimal], list[tuple[Table, Row, dict[str, int]]]] | None \
            = None

    def find(self, year: str, figure: Figure) -> list[tuple[Table, Row, dict[str, int]]]:
        if self._index is None:
            self._index = {}
            for table in self._tables:
                if re.search(r"\btarget\b", table.caption or "", re.IGNORECASE) and \
                        not re.search(r"\brealisasi\b", table.caption or "", re.IGNORECASE):
                    continue  # "Target IKU Rencana Strategis 2025-2029": years of targets
                columns = _columns_by_year(table)
                for row in table.rows if len(columns) >= 2 else ():
                    for y, c in columns.items():
                        cell = row.figure(c)
                        if cell is not None and not cell.dash:
                            self._index.setdefault((y, cell.value), []).append(
                                (table, row, columns))
        return [(t, r, cols) for t, r, cols in self._index.get((year, figure.value), ())
                if (cell := r.figure(cols[year])) is not None
                and cell.decimals == figure.decimals]


def _columns_by_year(table: Table) -> dict[str, int]:
    """Year -> column, for the years that head exactly one column not called a target."""
    by_year: dict[str, list[int]] = {}
    for c, name in enumerate(table.columns):
        years = set(YEAR_RE.findall(name))
        if len(years) == 1 and not re.search(r"target|renstra|pagu|anggaran", name,
                                             re.IGNORECASE):
            by_year.setdefault(years.pop(), []).append(c)
    return {y: cs[0] for y, cs in by_year.items() if len(cs) == 1}


def _distinctive(figure: Figure) -> bool:
    """A value printed with at least three significant digits: one table cell holding it in
    the year's column is evidence, not coincidence."""
    return not is_year(figure) and len(re.sub(r"\D", "", figure.text).lstrip("0")) >= 3


# words that say when, how or compared with what, never what changed
_NOT_A_SUBJECT = frozenset(
    "naik meningkat bertambah peningkatan kenaikan lebih tinggi turun menurun berkurang "
    "penurunan rendah sebesar sejumlah menjadi dibandingkan dibanding terhadap dari sejak "
    "dengan tahun lalu sebelumnya posisi periode pada tw triwulan semester smt iii ii iv "
    "sedangkan sementara serta atau yaitu adalah mengalami indikator ini tersebut itu nilai "
    "realisasi angka kinerja secara keseluruhan total hal demikian sehingga maka perubahan "
    "pertumbuhan selisih".split())

_OTHER_ROLE_RE = re.compile(r"\b(target|capaian\w*|anggaran|pagu)\b", re.IGNORECASE)


def _speaks_of(named: frozenset[str], table: Table, row: Row) -> bool:
    """Whether the words a clause says a change of (``jumlah pedagang terlatih``) fit the
    row: some shared, and no other row of its table sharing more."""
    if not named:
        return True

    def score(r: Row) -> int:
        return len(named & name_tokens(f"{r.label or ''} {table.caption or ''}"))

    mine = score(row)
    return mine > 0 and all(score(r) <= mine for r in table.rows if r is not row)


def _same_kind(change: Figure, anchor: Figure) -> bool:
    """``bertambah 7 desa`` is a change of a count of desa, not of the percentage printed
    before it: a change counted in a noun needs an anchor counted in the same noun."""
    unit = (change.unit or "").strip().lower()
    if not unit or unit in ("%", "persen", "poin", "point") or unit.startswith("poin"):
        return True
    return (anchor.unit or "").strip().lower() == unit


def _change_agrees(stated: Figure, now: Figure, base: Figure) -> bool:
    """Whether ``stated`` is the change from ``base`` to ``now``, in points or relative."""
    if base.value == 0 or now is stated or base is stated:
        return False
    diff = interval_of(now, False) - interval_of(base, False)
    readings = [_abs(diff), _abs(_relative(diff, interval_of(base, False)))]
    return any(judge(stated, r) is Verdict.CONSISTENT for r in readings)


def _tables_agree(realisasi: list[Mention], row: Row, year: str, value: Figure) -> bool:
    """Whether every table giving the row's indicator for the year gives the anchored value
    (when they disagree another check reports it, and the change has no one value)."""
    entity = Entity(None, row.label or "")
    return all(m.figure.value == value.value for m in realisasi
               if m.period.year == year and m.period.qualifier is None
               and same_entity(m.entity, entity))


def _judge_anchored(sentence: Sentence, found: FoundFigure, figures: list[FoundFigure],
                    verb: str, year: str, earlier: Sentence | None, year_rows: _YearRows,
                    realisasi: list[Mention], result: CheckResult) -> None:
    """A change whose sentence names no indicator the tables know, anchored by its values:
    ``... dan 19,20% pada TW III, dan turun 2,53 poin dibandingkan TW III 2024`` or
    ``Dibandingkan tahun 2024 sebanyak 1.272 orang, jumlah peserta meningkat 421 orang``.
    The value of the report year printed just before the change (in its sentence, or in the
    paragraph's previous sentence when this one prints none), or the base it quotes for the
    compared year, is looked up in the tables with a column for each year; one row holding
    it there, whose words the paragraph shares, gives both values."""
    text = sentence.text
    compared = _compared_year(text, year, text[found.end:], text[:found.start])
    if compared is None or compared == year or _between_past_years(text, found, year):
        return
    before_change = [f for f in figures if f.end <= found.start]
    clause_start = before_change[-1].end if before_change else 0
    if _OTHER_ROLE_RE.search(text[clause_start:found.start]):
        return  # a change of the target, the capaian or the budget, not of the value
    quoted = _quoted_base(text, figures, found, year, compared)
    own = [f for f in reversed(before_change) if f.figure is not quoted
           and not _CHANGE_BEFORE_RE.search(text[max(0, f.start - 30):f.start])]
    candidates = [f.figure for f in own]
    # what the change is said of: the words between the value it starts from and the verb
    starts = [f.end for f in before_change if f.figure is quoted] + [f.end for f in own[:1]]
    subject = text[max(starts, default=0):found.start]
    if earlier is not None and not candidates and quoted is None:
        candidates = [f.figure for f in reversed(earlier.figures) if not is_year(f.figure)]
    candidates = [c for c in candidates if _distinctive(c)
                  and not (c.unit or "").lower().startswith("rp")]
    if quoted is not None:
        if not _distinctive(quoted):
            return
        rows = year_rows.find(compared, quoted)
        nearest = candidates[:1]
        if nearest:
            rows = [r for r in rows if (cell := r[1].figure(r[2].get(year, -1))) is not None
                    and cell.value == nearest[0].value] or rows
    else:
        rows = []
        for candidate in candidates[:3]:
            rows = year_rows.find(year, candidate)
            if rows:
                break
    rows = [r for r in rows if year in r[2] and compared in r[2]]
    words = name_tokens(f"{earlier.text if earlier is not None else ''} {text}")
    named = name_tokens(subject) - _NOT_A_SUBJECT
    # "indikator ini", "nilai tersebut": the sentence speaks of what was named before it
    back = bool(_BACK_RE.search(text[:found.start]))
    # "sedangkan realisasi fisik naik 6,72 poin" after the row of realisasi keuangan: the
    # clause names a subject of its own, which the anchored row must be
    rows = [r for r in rows if _speaks_of(named, r[0], r[1])
            and (back or name_tokens(r[1].label or "") & words)
            and not _names_a_component(subject, r[1].label or "")]
    pairs = {(now, base) for _, row, columns in rows
             if (now := row.figure(columns[year])) is not None
             and (base := row.figure(columns[compared])) is not None
             and not now.dash and not base.dash}
    if len({(now.value, base.value) for now, base in pairs}) != 1:
        return
    current, base = pairs.pop()
    table, row, columns = next((t, r, c) for t, r, c in rows if r.figure(c[year]) is current)
    stated = found.figure
    anchor = quoted if quoted is not None else candidates[0]
    if base.value == 0 or not _same_kind(stated, anchor):
        return
    # the paragraph's own figures give the change: a value it misprints beside the table's
    # is narrative_vs_table's finding, and the table's misprint cross_table's
    printed = [f.figure for f in figures if f is not found] + \
        [f.figure for f in (earlier.figures if earlier is not None else ())
         if not is_year(f.figure)]
    if any(_change_agrees(stated, now, base) for now in printed) or \
            any(_change_agrees(stated, current, then) for then in printed):
        return
    if not _tables_agree(realisasi, row, year, current) or \
            not _tables_agree(realisasi, row, compared, base):
        return
    _verdict(sentence, found, verb, current, base, year, compared, result,
             where=(table, row, columns[year], columns[compared]))


_SINCE_YEAR_RE = re.compile(r"^\W*(?:[a-z]+\s+){0,3}?(?:dari|dibanding(?:kan)?|terhadap)\s+"
                            r"(?:tahun\s+)?(?:19|20)\d\d\b", re.IGNORECASE)


def _between_past_years(text: str, found: FoundFigure, year: str) -> bool:
    """``kunjungan tahun 2024 bertambah 2.702 kunjungan dari tahun 2023``: the change ends in
    the year its clause names before it, not in the report's year."""
    start = max(0, found.start - 60)
    named = list(YEAR_RE.finditer(text, start, found.start))
    if named and any(m.end() == named[-1].end()
                     for m in _COMPARED_BEFORE_RE.finditer(text, 0, named[-1].end())):
        # "Dibanding realisasi tahun 2024 sebesar 18,93%, ... turun 3,13 poin, dan dibanding
        # tahun 2023 ...": the year before is the one compared with, not where it ends
        return False
    return bool(named) and named[-1].group() != year \
        and bool(_SINCE_YEAR_RE.match(text[found.end:found.end + 60]))


def _printed_for_another_row(figures: list[FoundFigure], found: FoundFigure, clause: str,
                             paragraph: str, year: str, current: Figure, entity: Entity,
                             year_rows: _YearRows) -> bool:
    """``UKBI diikuti oleh 2.538 orang ... Jumlah peserta ini meningkat 14,63%``: the value
    the change starts from, printed before it (in the previous sentence when this one points
    back), is another row's value for the year, not the named indicator's: the words
    recalled the wrong indicator, and the values decide."""
    lead = [f.figure for f in figures if f.end <= found.start]
    if not lead and _BACK_RE.search(clause) and paragraph:
        lead = [f.figure for f in find_figures(paragraph) if not is_year(f.figure)]
    lead = [f for f in lead if _distinctive(f) and not (f.unit or "").lower().startswith("rp")]
    if not lead or any(f.value == current.value for f in lead):
        return False
    for figure in reversed(lead):
        holders = year_rows.find(year, figure)
        if holders:
            return not any(same_entity(Entity(None, r.label or ""), entity)
                           for _, r, _ in holders)
    return False


def _own_values_follow(text: str, figures: list[FoundFigure], found: FoundFigure) -> bool:
    """``... bertambah 6 desa, dari 44 desa pada tahun 2024 menjadi 50 desa``: the change is
    followed, in its clause, by the two values it is the change between."""
    after = [f for f in figures if f.start > found.end]
    if len(after) < 2:
        return False
    lead = text[found.end:after[0].start]
    between = text[after[0].end:after[1].start]
    return bool(re.search(r"\bdari\b", lead)) and not re.search(r"[.;]", lead) \
        and bool(re.search(r"\b(menjadi|ke)\b", between)) and not re.search(r"[.;]", between)


def _own_pair_gives(figures: list[FoundFigure], found: FoundFigure) -> bool:
    """``tercatat 318.313 kunjungan, meningkat 12,90% dibanding tahun 2024 yang mencatat
    281.934 kunjungan``: a value before the change and one after it, in the sentence, give
    the change stated (as a difference or relative to the later-named one): it is the
    change of the sentence's own quantity, whatever indicator its words recall."""
    stated = found.figure
    before = [f.figure for f in figures if f.end <= found.start and not f.figure.is_percent]
    after = [f.figure for f in figures if f.start >= found.end and not f.figure.is_percent]
    return any(a.unit == b.unit and _change_agrees(stated, a, b) for a in before for b in after)


def _one_quantity(mentions: list[Mention], year: str) -> bool:
    """Names that differ yet print the same value for the report year in every table
    (``Jumlah kunjungan ke perpustakaan`` in the capaian table, ``Jumlah kunjungan (orang)``
    in the comparison table): one indicator named two ways, not a choice between two."""
    values: dict[Entity, set[Decimal]] = {}
    for m in mentions:
        if m.period.year == year and m.period.qualifier is None:
            values.setdefault(m.entity, set()).add(m.figure.value)
    return len(values) == len({m.entity for m in mentions}) >= 2 \
        and len(set().union(*values.values())) == 1


# "2024", "Realisasi / 2024", "Produksi (ton) 2024" (a title over its years, read as one)
_YEAR_COLUMN_RE = re.compile(r"^(?:.*[/\s])?(?:realisasi\s+|tahun\s+|th\.?\s*)?((?:19|20)\d\d)\s*$",
                             re.IGNORECASE)


def _year_columns(table: Table, year: str | None) -> list[int]:
    """The columns headed by that year in a table that does not call them a target or a
    capaian (``Capaian 2024 (%)`` beside ``Realisasi 2024``), nor its caption (``Target
    Renstra 2021-2026`` over bare years)."""
    return [c for c, name in enumerate(table.columns)
            if (m := _YEAR_COLUMN_RE.match(name)) and m.group(1) == year
            # (not "Perubahan 2025 thd 2024": a change between two years)
            and len(set(YEAR_RE.findall(name))) == 1
            and not re.search(r"target|capaian|persentase\s+capaian|predikat", name,
                              re.IGNORECASE)
            and period_of(name, table.caption).qualifier != "renstra"]


def _year_column(tables: list[Table], entity: Entity, year: str | None) -> list[Figure]:
    """The indicator's value in a column headed by that year (``2023 | 2024 | 2025``,
    ``Realisasi / 2024``), in a table that does not call it a target."""
    found: list[Figure] = []
    for table in tables:
        columns = _year_columns(table, year)
        if not columns:
            continue
        for row in table.rows:
            if not row.label or not same_entity(Entity(None, row.label), entity):
                continue
            found += [f for c in columns if (f := row.figure(c)) is not None and not f.dash]
    return found


# "naik 7,14 poin dari 71,43": the value the change starts from, right after it
_FROM_AFTER_RE = re.compile(r"^\s*(?:poin|point|persen|%)?\s*(?:persen)?\s*(?:dari|dibandingkan|"
                            r"dibanding)\s+(?:(?:nilai|realisasi|capaian|angka)\s+)?$",
                            re.IGNORECASE)


def _quoted_base(text: str, figures: list[FoundFigure], found: FoundFigure,
                 year: str, compared: str | None = None) -> Figure | None:
    """``Dibandingkan tahun lalu (2024) sebesar 84,19%``: the earlier value in the sentence
    (``Pada tahun 2025 sebanyak 14`` is the report year's, not a base; ``realisasi tahun 2023
    yang mencapai 88,10`` is no base of a change from 2024)."""
    later = [f for f in figures if f.start >= found.end]
    if later and _FROM_AFTER_RE.match(text[found.end:later[0].start]) \
            and not re.match(r"\s*(?:%|persen)?\s*(?:pada\s+)?(?:tahun\s+)?" + year,
                             text[later[0].end:later[0].end + 30]):
        return later[0].figure  # "naik 7,14 poin dari 71,43 persen pada tahun 2024"
    for k, f in enumerate(figures):
        if f is found:
            continue
        m = _BASE_RE.search(text[max(0, f.start - 40):f.start])
        if m and not (m.group(3) and (m.group(1) >= year
                                      or compared is not None and m.group(1) != compared)):
            nxt = figures[k + 1] if k + 1 < len(figures) else None
            if nxt is not None and nxt is not found and _in_points(found.figure) \
                    and nxt.figure.is_percent and not f.figure.is_percent \
                    and _RATE_IN_BRACKETS.match(text[f.end:nxt.start]):
                return nxt.figure  # "sebanyak 41 desa (25,00%), atau turun 2,44 poin"
            return f.figure
    return None


# "41 desa (": the count's rate follows in brackets
_RATE_IN_BRACKETS = re.compile(r"^\s*[A-Za-z]{0,15}\s*\(\s*$")


def _in_points(change: Figure) -> bool:
    """``turun 2,44 poin``: a change between two rates (a change in %, ``meningkat 6,33%``,
    may be the relative change of an amount)."""
    return (change.unit or "").strip().lower().startswith(("poin", "point"))


class _RowNames:
    """The names the tables' rows print, read once per report when first asked for."""

    def __init__(self, tables: list[Table]) -> None:
        self._tables = tables
        self._names: list[tuple[frozenset[str], str]] | None = None

    def another_than(self, clause: str, entity: Entity) -> bool:
        """The clause names, whole, a row of some table that is not the indicator: the
        change is that row's (a commodity's price beside the indicator on price stability)."""
        if self._names is None:
            # the name cell alone: the row's label may carry its unit ("Beras medium kg")
            self._names = [(tokens, cell.text) for table in self._tables for row in table.rows
                           for cell in row.cells if cell.figure is None and cell.text
                           and len(tokens := name_tokens(cell.text)) >= 2]
        words = name_tokens(clause)
        return any(tokens <= words and not tokens <= entity.tokens
                   and not same_entity(Entity(None, text), entity)
                   for tokens, text in self._names)


def _row_change_values(tables: list[Table], clause: str, year: str,
                       compared: str) -> tuple[Figure, Figure] | None:
    """The two years' values of the one row the clause names in a table with a column for
    each year (``Produksi daging sapi potong meningkat ...``: the ``Sapi Potong`` row of
    ``Tabel 3.7 Produksi Daging per Jenis Ternak``, its caption naming the rest)."""
    words = name_tokens(clause)
    scored: list[tuple[int, Figure, Figure]] = []
    for table in tables:
        columns = {y: _year_columns(table, y) for y in (year, compared)}
        if len(columns[year]) != 1 or len(columns[compared]) != 1:
            continue
        caption = name_tokens(table.caption or "")
        for row in table.rows:
            tokens = name_tokens(row.label or "")
            now, before = row.figure(columns[year][0]), row.figure(columns[compared][0])
            if len(tokens) < 2 or not tokens <= words or now is None or before is None:
                continue
            scored.append((len(tokens) + len((caption & words) - tokens), now, before))
    scored.sort(key=lambda t: -t[0])
    if not scored or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1], scored[0][2]


def _same_magnitude(quoted: Figure, listed: Figure | None) -> bool:
    """Whether a base the sentence quotes can be the indicator's value: within a factor of
    two of what the tables give (a typo in it stays near; another quantity does not)."""
    if listed is None or listed.value == 0 or quoted.value == 0:
        return True
    ratio = abs(quoted.value / listed.value)
    return Decimal("0.5") <= ratio <= 2


def _abs(interval: Interval) -> Interval:
    if interval.lo >= 0:
        return interval
    if interval.hi <= 0:
        return Interval(-interval.hi, -interval.lo)
    return Interval(Decimal(0), max(-interval.lo, interval.hi))


def _relative(diff: Interval, base: Interval) -> Interval:
    candidates = [a / b * 100 for a in (diff.lo, diff.hi) for b in (base.lo, base.hi) if b]
    return Interval(min(candidates), max(candidates))


_LEVEL_BEFORE_RE = re.compile(r"\b(?:mencapai|sebanyak|sebesar|sejumlah|berjumlah|tercatat)\s*$",
                              re.IGNORECASE)


def _another_level_before(sentence: Sentence, found: FoundFigure, current: Figure) -> bool:
    """The change's own clause states its subject's level, far from the table value it was
    matched to (another quantity, not a slip of it)."""
    clause_start = max((m.end() for m in re.finditer(r"[.;]\s", sentence.text[:found.start])),
                       default=0)
    return any(f.start >= clause_start and f.end <= found.start and not is_year(f.figure)
               and not f.figure.is_percent
               and _LEVEL_BEFORE_RE.search(sentence.text[max(0, f.start - 20):f.start])
               and not _same_magnitude(f.figure, current)
               for f in sentence.figures)


def _report(sentence: Sentence, found: FoundFigure, stated: Figure, verb: str,
            reading: tuple[str, Interval], current: Figure, before: Figure, year: str,
            compared: str, result: CheckResult, direction: bool = False,
            where: tuple[Table, Row, int, int] | None = None) -> None:
    name, value = reading
    if _another_level_before(sentence, found, current):
        return  # "Jumlah kunjungan mencapai 98.818 orang atau naik 8,02%" linked to a row
        # whose value is 71,80: the sentence's own level is of another quantity
    expected = expected_text(stated, value)
    source = ""
    related: list[int] = []
    caption = None
    if where is not None:
        table, row, now_col, before_col = where
        caption = table.caption
        related = [row.line]
        source = (f" ({caption or f'tabel baris {table.first_line}'}, baris {row.line} "
                  f"'{row.label}', kolom '{table.columns[before_col]}' dan "
                  f"'{table.columns[now_col]}')")
    if direction:
        message = (f"Teks menyebut perubahan dengan kata yang berlawanan arah: nilai {year} "
                   f"{current.text} dan nilai {compared} {before.text}{source}, jadi {verb}.")
        expected = f"{verb} {expected}"
    else:
        message = (f"Teks menyebut {verb} {stated.text}, padahal dari nilai {compared} "
                   f"{before.text} ke nilai {year} {current.text}{source} {name}nya "
                   f"{expected}.")
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=sentence.line_of(found.start),
        stated=stated.text, expected=expected, message=message, related_lines=related,
        table=caption, anchor=f"{compared}-{year}|{stated.text}",
    ))


BELOW_LINES = 6  # how far below a table a sentence still comments on it
_CHANGE_WORD_RE = re.compile(rf"\b(?:{_UP}|{_DOWN})\b", re.IGNORECASE)


_CHANGE_THEN_FIGURE_RE = re.compile(
    rf"\b(?:{_UP}|{_DOWN})\b(?:\s+(?:sebesar|sejumlah|sebanyak))?\s*$", re.IGNORECASE)


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding ``end`` begins: after the last figure, clause break or
    sentence start before it."""
    breaks = [m.end() for m in re.finditer(r"[;:,]|\d\b|\b(?:sedangkan|sebaliknya|dan)\b",
                                           text[:end], re.IGNORECASE)]
    return breaks[-1] if breaks else 0


def _changes_below_a_table(doc: Document, result: CheckResult) -> None:
    """``dari tabel di atas terdapat peningkatan ... lulusan SLTP sebesar 151%, SMTA Umum
    116%, SMTA Kejuruan 64%`` below a table with a column for each of two years: each
    percentage after the change word is the change of the row its clause names, in points
    or relative to the earlier year. A sentence is judged only when another of its figures
    agrees with its row, which shows that it reads the table that way; a figure that agrees
    with neither reading is reported."""
    tables = sorted(doc.tables, key=lambda t: t.first_line)
    sentences = sorted(doc.sentences, key=lambda s: s.line)
    starts = [s.line for s in sentences]
    for i, table in enumerate(tables):
        years = _two_years(table)
        if years is None:
            continue
        end = min(table.last_line + BELOW_LINES + 1,
                  tables[i + 1].first_line if i + 1 < len(tables) else 1 << 30)
        for sentence in sentences[bisect_right(starts, table.last_line):
                                      bisect_left(starts, end)]:
            _judge_listed_changes(sentence, table, years, result)


_MONTH_NAMES = ("jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "sep", "okt", "nov",
                "des")
_SUB_PERIOD_RE = re.compile(
    r"\b(?:(?P<month>jan(?:uari)?|feb(?:ruari)?|mar(?:et)?|apr(?:il)?|mei|juni?|juli?|"
    r"agu(?:stus)?|agt|sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?)\.?|"
    r"(?:tw|triwulan)\s*\.?\s*(?P<tw>iv|iii|ii|i|[1-4])|"
    r"(?:smt|semester)\s*\.?\s*(?P<smt>ii|i|[12]))\b", re.IGNORECASE)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _period_key(name: str) -> tuple[str, int] | None:
    """``2024`` → (2024, 0); ``Juni 2025`` → (2025, 6), ``Desember 2025`` → (2025, 12); ``TW
    III 2025`` → (2025, 9); ``Semester I 2025`` → (2025, 6): a column's period, in order."""
    found = set(YEAR_RE.findall(name))
    if len(found) != 1:
        return None
    subs = list(_SUB_PERIOD_RE.finditer(name))
    if len(subs) > 1:
        return None  # "Jan-Jun 2025": a span
    sub = 0
    if subs:
        m = subs[0]
        if m.group("month"):
            sub = _MONTH_NAMES.index(m.group("month").lower()[:3].replace("agt", "agu")) + 1
        elif m.group("tw"):
            tw = m.group("tw").lower()
            sub = 3 * (_ROMAN.get(tw) or int(tw))
        else:
            smt = m.group("smt").lower()
            sub = 6 * (_ROMAN.get(smt) or int(smt))
    return found.pop(), sub


def _two_years(table: Table) -> tuple[int, int] | None:
    """The columns of the earlier and the later period, in a table with exactly two (two
    years, or two months or quarters of one year: ``Juni 2025 | Desember 2025``)."""
    by_period: dict[tuple[str, int], list[int]] = {}
    for c, name in enumerate(table.columns):
        key = _period_key(name)
        if key is not None and not re.search(r"target", name, re.IGNORECASE):
            by_period.setdefault(key, []).append(c)
    if len(by_period) != 2 or any(len(c) != 1 for c in by_period.values()):
        return None
    (_, (early,)), (_, (late,)) = sorted(by_period.items())
    return early, late


def _judge_listed_changes(sentence: Sentence, table: Table, years: tuple[int, int],
                          result: CheckResult) -> None:
    verb = _CHANGE_WORD_RE.search(sentence.text)
    if verb is None:
        return
    figures = [f for f in sentence.figures if f.start > verb.end() and not is_year(f.figure)]
    # (a row by its name, not its unit: "PBI-JK APBN | Jiwa")
    units = {c for c, name in enumerate(table.columns) if ASIDE_COLUMN_RE.match(name)}
    rows = [(r, name_tokens(" ".join(c.text for c in r.cells if c.figure is None
                                     and c.column not in units))) for r in table.rows]
    judged: list[tuple[FoundFigure, Row, Figure, Figure, list[tuple[str, Interval]], bool]] = []
    previous_end = verb.end()
    last: tuple[FoundFigure, Row] | None = None
    for found in figures:
        text = sentence.text
        clause = name_tokens(text[previous_end:found.start])
        # "PBI-JK APBN turun 1.042 jiwa (2,08%)": a count right after its change word is the
        # change of the row named before that word; the share in brackets after it, the same
        # row's
        right_after = _CHANGE_THEN_FIGURE_RE.search(text[:found.start])
        if right_after is not None and not found.figure.is_percent:
            clause = name_tokens(text[_clause_start(text, right_after.start()):found.start])
        elif not found.figure.is_percent:
            previous_end = found.end
            continue
        previous_end = found.end
        named = [(r, t) for r, t in rows if t and t <= clause]
        widest = max((len(t) for _, t in named), default=0)
        named = [r for r, t in named if len(t) == widest]
        if not named and last is not None and found.figure.is_percent \
                and re.fullmatch(r"\s*[A-Za-z]*\s*\(\s*", text[last[0].end:found.start]):
            named = [last[1]]
        if len(named) != 1:
            continue
        last = (found, named[0])
        before, now = named[0].figure(years[0]), named[0].figure(years[1])
        if before is None or now is None or before.dash or now.dash or before.value == 0:
            continue
        diff = interval_of(now, False) - interval_of(before, False)
        readings = [("perubahan relatif", _abs(_relative(diff, interval_of(before, False)))),
                    ("selisih", _abs(diff))]
        agrees = any(judge(found.figure, v) is Verdict.CONSISTENT for _, v in readings)
        judged.append((found, named[0], before, now, readings, agrees))
    if not any(agrees for *_, agrees in judged):
        return  # nothing in the sentence reads the table this way: it says something else
    for found, row, before, now, readings, agrees in judged:
        if agrees:
            result.passed()
            continue
        stated = found.figure
        if any(judge(stated, v) is Verdict.ROUNDING for _, v in readings):
            continue
        name, value = min(readings, key=lambda r: abs(r[1].mid - stated.value))
        expected = expected_text(stated, value)
        columns = table.columns
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.MAJOR, line=sentence.line_of(found.start),
            stated=stated.text, expected=expected,
            message=(f"Teks menyebut perubahan {stated.text} untuk baris tabel di atasnya "
                     f"({table.caption or f'tabel baris {table.first_line}'}, baris "
                     f"{row.line} '{row.label}'): dari {before.text} "
                     f"(kolom '{columns[years[0]]}') ke {now.text} (kolom '{columns[years[1]]}') "
                     f"{name}nya {expected}; angka lain kalimat ini cocok dengan tabel yang "
                     f"sama."),
            related_lines=[row.line], table=table.caption,
            anchor=f"below|{stated.text}"))


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Perubahan yang disebut teks (naik/turun) sesuai dengan nilai kedua tahun di tabel.",
    summary_en=("A change the text states (up/down) agrees with the values of both years in the "
                "tables."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
