"""Counts of rows by grade: ``8 IKU memperoleh predikat Sangat Berhasil, 2 IKU Berhasil``,
``7 (tujuh) pemerintah daerah di zona hijau, 3 (tiga) di zona kuning``, ``Sebanyak 3 (tiga)
IKU mencapai atau melampaui target``.

A sentence counts the rows of a graded table (a table with a column of grades on one of the
report's own scales) that carry a grade, or whose capaian reaches the target. The table is
the one the sentence names by number, else the one graded table whose grades the sentence
uses. A count is judged only where the table settles what it counts:

* the sentence counts two grades or more (a breakdown of the table's rows), or the noun it
  counts is the table's kind of row (``IKU``, ``indikator``: the family of the counted noun
  is that of the table's name column), and
* the sentence names no other year than the report's (``Tahun 2024 terdapat 4 IKU ...``).

A count of a part (``3 IKU pada sasaran 1``) names a group the table's rows do not all
share; it is left alone when the sentence names a sasaran, a program or a table row.

Counts above or below a value (``6 (enam) Puskesmas ... cakupan K6 di atas rata-rata kota
(24,02%)``) count the rows of the one table whose text column is titled by the counted noun
(``Puskesmas``), in the one column whose title shares a word with the clause (``% K6``) and
whose figures are printed as the value is (two decimals here).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from audit.chapters import chapter_of, chapter_starts
from audit.checks.category import Band
from audit.facts import YEAR_RE, report_year
from audit.model import TABLE_NUMBER_RE, Document, Row, Sentence, Table
from audit.prose import MAX_STATEMENT_FIGURES, noun_kind, parse_number_words

# "mencapai atau melampaui target", "belum mencapai target": rows whose capaian is at least
# 100, or below it
# (a target of the plan's end, "memenuhi target akhir RPJMD", is not the year's: the graded
# table's capaian says nothing of it)
_NOT_THE_YEARS = r"(?!\s+(?:akhir|rpjmd|renstra|jangka|periode)\b)"
_REACHED_RE = re.compile(r"\b(?:telah\s+|sudah\s+)?(?:mencapai|memenuhi)(?:\s+(?:atau|dan)\s+"
                         r"(?:melampaui|melebihi))?\s+target\b" + _NOT_THE_YEARS, re.IGNORECASE)
_NOT_REACHED_RE = re.compile(r"\b(?:belum|tidak)\s+(?:dapat\s+)?(?:mencapai|memenuhi)\s+target\b"
                             + _NOT_THE_YEARS +
                             r"|\bdi\s*bawah\s+target\b", re.IGNORECASE)
# ("tiga berpredikat Sangat Baik dan dua berpredikat Baik": a small count in words alone)
_COUNT_RE = re.compile(r"(?<![\w.,/-])(?:(?P<num>\d{1,3})(?![.,]\d)"
                       r"(?:\s*\((?P<words>[a-z ]{3,40})\))?|(?P<bare>(?:satu|dua|tiga|empat|"
                       r"lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)(?:\s+belas)?)\b)",
                       re.IGNORECASE)
# "6 (enam) dari 7 (tujuh) IKU": the whole a count is of
_OF_WHOLE_RE = re.compile(r"\bdari\s+\d{1,3}(?:\s*\([a-z ]{3,40}\))?", re.IGNORECASE)
_OF_BEFORE_RE = re.compile(r"\bdari\s+$", re.IGNORECASE)
# "IKU 5", "indikator nomor 6", "1, 3, 4, 5 dan 8": numbers that name items, no count
_CODE_BEFORE_RE = re.compile(r"(?:\b(?:IKU|IKK|IKP|IKSP|SS|SP|nomor|no\.?|indikator|sasaran|"
                             r"program|kegiatan|tabel|bab|tw|triwulan|level)\s*[-.]?\s*"
                             r"|(?<!\d\d\d)\d\s*,\s*|\d\s*,?\s+(?:dan|serta|s\.?d\.?|-)\s+)$",
                             re.IGNORECASE)
# "Dari jumlah tersebut, 45 indikator ...": counts of a whole a sentence before gave
_OF_THAT_RE = re.compile(r"\bdari\s+(?:jumlah|angka|total)\s+(?:tersebut|itu)\b", re.IGNORECASE)
# the words that introduce a grade after a count
_INTRO_RE = re.compile(r"\b(?:predikat|kategori|kriteria|zona|status|klasifikasi|"
                       r"berpredikat|berkategori|tergolong|termasuk)\b", re.IGNORECASE)
# "Dari 10 IKU tersebut", "memuat 9 (sembilan) indikator": the whole the counts are of
_WHOLE_RE = re.compile(r"\b(?:dari|terhadap|seluruh|keseluruhan)\s+(\d{1,3})\b(?!\s*[.,]\d)",
                       re.IGNORECASE)
_WORDED_WHOLE_RE = re.compile(r"\b(?:dari|seluruh|keseluruhan)\s+([a-z]+(?:\s+belas)?)\b",
                              re.IGNORECASE)
# a part of the table's rows, not a breakdown of all of them
_PART_RE = re.compile(r"\b(?:sasaran\s+(?:strategis\s+)?\d|program\s+\w|pada\s+sasaran|"
                      r"tujuan\s+\d|bidang\s+\w)", re.IGNORECASE)
_GRADE_COLUMN_RE = re.compile(r"predikat|kategori|kriteria|status|zona|keterangan|peringkat",
                              re.IGNORECASE)
_CAPAIAN_COLUMN_RE = re.compile(r"capaian|%", re.IGNORECASE)
MIN_ROWS = 3
_BEFORE = 40  # characters before a count that may make it a code, a whole or a plan


@dataclass(frozen=True)
class GradeCount:
    """A count the sentence gives of the graded table's rows; ``actual`` is the table's."""

    sentence: Sentence
    start: int
    end: int
    printed: str
    count: int
    noun: str  # what the sentence counts ("IKU"), or ""
    what: str  # the grade, or "mencapai target" / "belum mencapai target"
    table: Table
    rows: tuple[Row, ...]  # the rows that carry it
    # the rows whose capaian lies in that grade's band of the scale, where a printed grade
    # does not fit its own capaian (that cell is category's finding; the sentence may count
    # right)
    implied: tuple[Row, ...] | None = None

    @property
    def actual(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class _Graded:
    table: Table
    grade_col: int
    capaian_col: int | None
    rows: tuple[Row, ...]  # the rows graded


def grade_counts(doc: Document, grades: Collection[str],
                 continuations: Callable[[Table], list[Table]] = lambda t: [],
                 bands: Mapping[str, Band] | None = None) -> Iterator[GradeCount]:
    """The counts of graded rows the sentences give (see the module's doc); a table's
    pieces after page breaks (``continuations``) are counted with it."""
    graded = _graded_tables(doc, {g.lower() for g in grades}, continuations)
    if not graded:
        return
    report = report_year(doc)
    starts = chapter_starts(doc)
    numbered = {m.group(1): g for g in graded
                if (m := TABLE_NUMBER_RE.search(g.table.caption or ""))}
    grade_re = re.compile(r"\b(" + "|".join(sorted((re.escape(g) for g in grades), key=len,
                                                   reverse=True)) + r")\b", re.IGNORECASE)
    for sentence in doc.sentences:
        text = sentence.text
        if len(sentence.figures) > MAX_STATEMENT_FIGURES:
            continue  # a table run into one line: no statement to count
        if any(y != report for y in YEAR_RE.findall(text)) or _PART_RE.search(text) \
                or _OF_THAT_RE.search(text):
            continue
        claims = list(_claims(text, grade_re))
        if not claims:
            continue
        named = [numbered[m.group(1)] for m in TABLE_NUMBER_RE.finditer(text)
                 if m.group(1) in numbered]
        # (in a consolidated report, a unit's sentence counts its own chapter's table)
        chapter = chapter_of(starts, sentence.line)
        local = [g for g in graded if chapter_of(starts, g.table.first_line) == chapter] \
            if chapter else graded
        for start, end, printed, count, noun, what in claims:
            table = _table_for(what, named, local)
            if table is None:
                continue
            breakdown = len({c[5] for c in claims}) >= 2
            fits = _names_the_rows(noun, table)
            if fits is False or not breakdown and fits is None:
                continue  # another kind of item than the table's rows, or unsure
            wholes = {int(m.group(1)) for m in _WHOLE_RE.finditer(text)}
            if wholes and len(table.rows) not in wholes:
                continue  # "Dari 64 indikator RPJMD ..., sebanyak 45": another set of items
            if not any(c.isdigit() for c in printed) and len(table.rows) not in {
                    n for m in _WORDED_WHOLE_RE.finditer(text)
                    if (n := parse_number_words(m.group(1))) is not None}:
                # a count in words alone ("tiga berpredikat ...") only where the sentence
                # says it is of all the table's rows ("Dari enam indikator ..."): "Satu IKU
                # ... dan satu IKU ..." may count a sasaran's two
                continue
            rows = _rows_with(table, what)
            if rows is None:
                continue
            implied = _implied_rows(table, what, bands) if bands else None
            yield GradeCount(sentence, start, end, printed, count, noun, what, table.table, rows,
                             implied if implied != rows else None)


def _claims(text: str, grade_re: re.Pattern[str]) -> Iterator[tuple[int, int, str, int, str, str]]:
    """(start, end, printed, count, noun, what) of each count followed in its clause by a
    grade or by reaching the target, with no other figure between."""
    marks = []
    for m in grade_re.finditer(text):
        # "memperoleh predikat Baik atau Sangat Baik": either grade, counted together
        more = re.match(r"\s*(?:atau|dan|/)\s*", text[m.end():])
        other = grade_re.match(text, m.end() + more.end()) if more else None
        if other is not None:
            marks.append((m.start(), other.end(), f"{m.group(1).lower()}|{other.group(1).lower()}"))
        elif not any(s <= m.start() < e for s, e, _ in marks):
            marks.append((m.start(), m.end(), m.group(1).lower()))
    marks += [(m.start(), m.end(), "belum mencapai target") for m in _NOT_REACHED_RE.finditer(text)]
    marks += [(m.start(), m.end(), "mencapai target") for m in _REACHED_RE.finditer(text)
              if not _NOT_REACHED_RE.search(text, max(0, m.start() - 12), m.end())]
    introduced = False
    for start, end, count in _counts(text):
        after = sorted(k for k in marks if end <= k[0] <= end + 60
                       and not re.search(r"\d|[;.]|\bdan\b",
                                         _OF_WHOLE_RE.sub(" ", text[end:k[0]])))
        if not after:
            continue
        # the grade introduced as one ("berada pada kategori", "di zona"), or a list of
        # counts that began so ("8 IKU memperoleh predikat Sangat Berhasil, 2 IKU Berhasil")
        between = text[end:after[0][0]]
        if not (introduced or _INTRO_RE.search(between) or after[0][2].endswith("target")):
            continue
        introduced = True
        words = between.split()
        noun = " ".join(words[:2]) if words[:1] == ["sub"] else " ".join(words[:1])
        noun = noun if noun_kind(noun) else ""
        yield start, end, text[start:end], count, noun, after[0][2]


def _counts(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, count) of each count of the text, in digits or in small number words
    (``tiga``): not a number that names an item (``IKU 5``), nor the whole of another count
    (``dari 7``), nor a count whose words say another number (words_vs_number's finding: the
    count is unsure). A year before a comma (``Tahun 2023, 3 indikator``) lists nothing."""
    for m in _COUNT_RE.finditer(text):
        before = text[max(0, m.start() - _BEFORE):m.start()]
        if _OF_BEFORE_RE.search(before) or _CODE_BEFORE_RE.search(before):
            continue
        if m.group("bare"):
            bare = parse_number_words(m.group("bare"))
            if bare is not None:
                yield m.start(), m.end(), int(bare)
            continue
        words = m.group("words")
        count = int(m.group("num"))
        if words is not None and parse_number_words(words) != count:
            continue
        yield m.start(), (m.end("words") + 1 if words is not None else m.end("num")), count


def _graded_tables(doc: Document, grades: set[str],
                   continuations: Callable[[Table], list[Table]]) -> list[_Graded]:
    out = []
    pieces_of: set[int] = set()
    for table in doc.tables:
        if id(table) in pieces_of:
            continue
        pieces = continuations(table)
        pieces_of |= {id(p) for p in pieces}
        all_rows = [r for t in (table, *pieces) for r in t.rows]
        for col, name in enumerate(table.columns):
            if not _GRADE_COLUMN_RE.search(name):
                continue
            rows = tuple(r for r in all_rows
                         if r.kind == "data" and _cell_grade(r, col) in grades)
            data = [r for r in all_rows if r.kind == "data" and any(
                c.figure is not None and not c.figure.dash for c in r.cells)]
            if len(rows) < MIN_ROWS or len(rows) < len(data):
                continue  # every row with figures graded: a table of indicators, not a tally
            if len({_cell_grade(r, col) for r in rows}) == len(rows):
                continue  # each grade once: the scale itself, or a tally by grade
            if sum(bool(r.cells) and bool(YEAR_RE.fullmatch(r.cells[0].text.strip(" *")))
                   for r in rows) * 2 > len(rows):
                continue  # rows of years: one item's history, not items
            out.append(_Graded(table, col, _capaian_column(table, col), rows))
            break
    return out


def _capaian_column(table: Table, graded: int) -> int | None:
    """The capaian the grade column grades: of several (``Capaian 2025 (%) | Kategori | ... |
    Capaian terhadap Target Renstra 2026 (%)``), not one against a plan's end target, and
    the nearest before the grades (else the first after them)."""
    capaian = [c for c, n in enumerate(table.columns)
               if c != graded and _CAPAIAN_COLUMN_RE.search(n)]
    yearly = [c for c in capaian if not _PLAN_END_RE.search(table.columns[c])]
    capaian = yearly or capaian
    before = [c for c in capaian if c < graded]
    return before[-1] if before else (capaian[0] if capaian else None)


_PLAN_END_RE = re.compile(r"renstra|rpjmd|akhir\s+periode|target\s+akhir", re.IGNORECASE)


def _table_for(what: str, named: list[_Graded], graded: list[_Graded]) -> _Graded | None:
    if named:
        return named[0] if len(named) == 1 else None
    fits = [g for g in graded if what.endswith("target") and g.capaian_col is not None
            or any(_grade(r, g) in what.split("|") for r in g.rows)]
    if len(fits) > 1 and not what.endswith("target") \
            and len({tuple(_grade(r, g) for r in g.rows) for g in fits}) == 1:
        # the measurement table and an annex repeating it grade the same rows alike: one
        # table to count, whichever is taken
        return fits[0]
    return fits[0] if len(fits) == 1 else None


def _grade(row: Row, graded: _Graded) -> str:
    return _cell_grade(row, graded.grade_col)


def _cell_grade(row: Row, col: int) -> str:
    cell = row.cell(col)
    return " ".join(cell.text.lower().split()).strip(" *") if cell is not None else ""


def _rows_with(graded: _Graded, what: str) -> tuple[Row, ...] | None:
    if not what.endswith("target"):
        return tuple(r for r in graded.rows if _grade(r, graded) in what.split("|"))
    if graded.capaian_col is None:
        return None
    values = [(r, f.value) for r in graded.rows
              if (f := r.figure(graded.capaian_col)) is not None and not f.dash]
    if len(values) != len(graded.rows):
        return None
    reached = what == "mencapai target"
    return tuple(r for r, v in values if (v >= Decimal(100)) == reached)


def _implied_rows(graded: _Graded, what: str, bands: Mapping[str, Band]) \
        -> tuple[Row, ...] | None:
    """The rows whose capaian lies in the band of the grade(s) counted."""
    wanted = [bands[g] for g in what.split("|") if g in bands]
    if graded.capaian_col is None or what.endswith("target") or not wanted:
        return None
    values = [(r, f.value) for r in graded.rows
              if (f := r.figure(graded.capaian_col)) is not None and not f.dash]
    if len(values) != len(graded.rows):
        return None
    def implied(row: Row, value: Decimal) -> str | None:
        # the one band holding the value; on a bound two bands share, the printed grade
        holding = [g for g, b in bands.items() if b.contains(value)]
        if len(holding) == 1:
            return holding[0]
        printed = _grade(row, graded)
        return printed if printed in holding else None

    names = {b.label for b in wanted}
    return tuple(r for r, v in values if implied(r, v) in names)


def _names_the_rows(noun: str, graded: _Graded) -> bool | None:
    """Whether the counted noun is what the table's rows are (``IKU``, ``indikator`` for a
    table of indikator: its columns or caption so titled); None for a noun of no known
    kind."""
    kind = noun_kind(noun) if noun else None
    if kind is None:
        return None
    titles = " ".join([graded.table.caption or "", *graded.table.columns]).lower()
    titles = re.sub(r"\bsub\s+", "sub", titles)
    return any(noun_kind(w) == kind for w in re.findall(r"[a-z]+", titles))


# "6 (enam) Puskesmas telah mencapai cakupan K6 di atas rata-rata kota (24,02%)": rows above
# (or below) a value, in the column the clause names
_THRESHOLD_RE = re.compile(
    r"(?P<op>di\s+atas|di\s+bawah|lebih\s+(?:dari|tinggi\s+dari)|kurang\s+dari|melebihi|"
    r"minimal|paling\s+sedikit|sekurang-kurangnya)\s+(?:[\w-]+\s+){0,3}?\(?\s*"
    r"(?P<value>\d{1,3}(?:,\d+)?)\s*(?P<pct>%|persen)?", re.IGNORECASE)


@dataclass(frozen=True)
class ThresholdCount:
    """A count of a table's rows whose value in one column lies above or below a value."""

    sentence: Sentence
    start: int
    printed: str
    count: int
    what: str  # "di atas 24,02" as the sentence words it
    table: Table
    column: str
    rows: tuple[Row, ...]


def threshold_counts(doc: Document) -> Iterator[ThresholdCount]:
    """The counts of rows above or below a value the sentences give (see the module's doc):
    the first count of a sentence whose clause names such a value."""
    report = report_year(doc)
    for sentence in doc.sentences:
        text = sentence.text
        if len(sentence.figures) > MAX_STATEMENT_FIGURES \
                or any(y != report for y in YEAR_RE.findall(text)):
            continue
        for start, end, count in _counts(text):
            clause = re.split(r"[;.]|,\s|\bsedangkan\b|\bdan\b", text[end:end + 200])[0]
            t = _THRESHOLD_RE.search(clause)
            noun = (clause.split() or [""])[0]
            if t is None or not noun[:1].isalpha():
                continue
            found = _threshold_rows(doc, noun, clause[:t.start()], t)
            if found is not None:
                table, column, rows = found
                what = f"{' '.join(t.group('op').split())} {t.group('value')}{t.group('pct') or ''}"
                yield ThresholdCount(sentence, start, text[start:end], count, what,
                                     table, column, rows)
            break


def _threshold_rows(doc: Document, noun: str, named: str, t: re.Match[str]) \
        -> tuple[Table, str, tuple[Row, ...]] | None:
    """The one table whose rows are the noun's items (a text column titled by the noun) and
    whose one column the clause names holds values printed as the threshold is."""
    threshold = t.group("value")
    decimals = len(threshold.split(",")[1]) if "," in threshold else 0
    value = Decimal(threshold.replace(",", "."))
    tokens = {w.lower() for w in re.findall(r"[A-Za-z0-9]+", named) if len(w) >= 2} - {
        noun.lower()}
    found = []
    for table in doc.tables:
        titles = [c.lower() for c in table.columns]
        if not any(re.fullmatch(rf"\W*{re.escape(noun.lower())}\W*", c) for c in titles):
            continue
        columns = [c for c, title in enumerate(table.columns)
                   if tokens & {w.lower() for w in re.findall(r"[A-Za-z0-9]+", title)}
                   and all((f := r.figure(c)) is not None and not f.dash
                           and f.decimals == decimals for r in table.rows if r.kind == "data")]
        if len(columns) == 1:
            found.append((table, columns[0]))
    if len(found) != 1:
        return None
    table, column = found[0]
    op = " ".join(t.group("op").lower().split())
    above = op in ("di atas", "lebih dari", "lebih tinggi dari", "melebihi")
    at_least = op in ("minimal", "paling sedikit", "sekurang-kurangnya")
    rows = []
    for row in table.rows:
        fig = row.figure(column)
        if row.kind != "data" or fig is None:
            continue
        if above and fig.value > value or at_least and fig.value >= value \
                or not above and not at_least and fig.value < value:
            rows.append(row)
    return table, table.columns[column], tuple(rows)
