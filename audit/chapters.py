"""Chapters of a consolidated report: one per unit, each with its own indicators.

A province's or a ministry's report puts every unit's chapter in one document, and two units
often share an indicator's name (``Persentase ...``) with different figures: those are two
quantities, not one printed two ways. Tie-outs therefore match an indicator within its
chapter; what stands before the first chapter (the cover, the executive summary, the
consolidated tables) belongs to no chapter and is matched document-wide.

A chapter starts at a heading line that names a unit (``DINAS PENDIDIKAN``, ``## Badan
Kepegawaian Daerah``, ``**INSPEKTORAT**``), when the document has such headings for at least
three different units, each chapter with tables of its own. (A repeated
``BAB I`` is no evidence: tables of contents and page breaks repeat it too.) A report of
one unit has no chapters.

Whatever a unit is called (``LAPAS KELAS IIA ...``, ``Puskesmas ...``), its chapter shows in
the document's structure: sections at one heading level, three at least in a row, with
different titles, each with tables, whose sub-sections repeat the same titles
(``A. Gambaran Umum``, ``B. Capaian Kinerja``, ``C. Realisasi Anggaran``) and whose tables
repeat the same row labels (the indicators they share) are the units' chapters. A chapter of
the report's own (``BAB III Akuntabilitas Kinerja``) whose sections differ is no unit's, nor
are one unit's sections per indicator (their tables name different indicators).

Passes (one unit: no chapters)::

    DINAS PANGAN KABUPATEN SUKAMAJU
    BAB I PENDAHULUAN

Chapters (lines 3, 6 and 9 start three units' chapters, each with its tables)::

    IKHTISAR EKSEKUTIF
    ...
    DINAS PENDIDIKAN
    | ... |
    ...
    DINAS KESEHATAN
    | ... |
    ...
    BADAN KEPEGAWAIAN DAERAH
    | ... |
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from audit.model import Document

_UNIT_HEADING_RE = re.compile(
    r"^\s*(?:#{1,4}\s+)?(?:\*\*)?\s*(?:\d{1,2}[.)]\s+)?"
    r"(?P<name>(?:DINAS|BADAN|INSPEKTORAT|SEKRETARIAT|SATUAN|KANTOR|BIRO|RSUD|RUMAH\s+SAKIT|"
    r"UPT|UPTD|BALAI|KECAMATAN|DIREKTORAT)\b[^|*#]{0,90}?)\s*(?:\*\*)?\s*$",
    re.IGNORECASE)


MIN_UNITS = 3  # distinct units, each with its own tables, make a consolidated report


def _is_heading(line: str) -> bool:
    """A unit's name as a heading: upper case, or a Markdown heading, and short."""
    text = line.strip()
    return len(text) <= 100 and (text.lstrip("#*0123456789.) ").isupper()
                                 or text.startswith("#"))


def chapter_starts(doc: Document) -> list[int]:
    """The lines (1-based) where the chapters begin; empty for a report of one unit.
    Worked out once per document."""
    memo = doc.__dict__.get("_chapter_starts")
    if memo is None:
        memo = doc.__dict__["_chapter_starts"] = _named_units(doc) or _repeated_sections(doc)
    return list(memo)


def _named_units(doc: Document) -> list[int]:
    units = [(n, " ".join(m.group("name").upper().split()))
             for n, line in enumerate(doc.lines, start=1)
             if (m := _UNIT_HEADING_RE.match(line)) and _is_heading(line)]
    names = {name for _, name in units}
    if len(names) >= MIN_UNITS:
        starts, seen_last = [], None
        for n, name in units:
            if name != seen_last:
                starts.append(n)
                seen_last = name
        # each a real chapter: tables of its own (a list of UPT headings in a chapter on
        # the organisation is no consolidation)
        with_tables = sum(1 for a, b in zip(starts, [*starts[1:], len(doc.lines) + 1],
                                            strict=True)
                          if any(a <= t.first_line < b for t in doc.tables))
        if with_tables >= MIN_UNITS:
            return starts
    return []


_MARKED_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BAB_RE = re.compile(r"^\s*(?:\*\*)?BAB\s+[IVXLC\d]+\b")
_LETTERED_RE = re.compile(r"^\s*(?:\*\*)?[A-H]\.\s+[A-Z][^.]{2,78}$")
_ENUMERATOR_RE = re.compile(r"^(?:bab\s+)?(?:[a-z]|\d{1,2}(?:\.\d{1,2})*|[ivxlc]+)[.)]?\s+")
MIN_SHARED = 2  # sub-section titles the units' chapters have in common


def _headings(doc: Document) -> list[tuple[int, int, str]]:
    """(line, level, title) of each heading: Markdown's marks, or else (text from a PDF or
    a page) ``BAB IV ...`` lines over ``A. Gambaran Umum`` lines."""
    marked = [(n, len(m.group(1)), m.group(2)) for n, line in enumerate(doc.lines, start=1)
              if (m := _MARKED_RE.match(line))]
    if marked:
        return marked
    out = []
    for n, line in enumerate(doc.lines, start=1):
        if _BAB_RE.match(line) and _is_heading(line):
            out.append((n, 1, line.strip(" *")))
        elif _LETTERED_RE.match(line):
            out.append((n, 2, line.strip(" *")))
    return out


def _title(text: str) -> str:
    return _ENUMERATOR_RE.sub("", " ".join(text.lower().strip("* ").split()))


def _repeated_sections(doc: Document) -> list[int]:
    """The units' chapters the document's structure shows (see the module's docstring)."""
    headings = _headings(doc)  # in line order
    heading_lines = [n for n, _, _ in headings]
    tables = sorted(doc.tables, key=lambda t: t.first_line)
    table_lines = [t.first_line for t in tables]
    # (each table's row labels worked out once, whichever level's sections hold it)
    labels_of = [{" ".join(r.label.lower().split()) for r in t.rows if r.kind == "data"}
                 for t in tables]
    for level in sorted({lv for _, lv, _ in headings}):
        tops = [(n, title) for n, lv, title in headings if lv == level]
        sections = []
        for index, (n, title) in enumerate(tops):
            end = tops[index + 1][0] if index + 1 < len(tops) else len(doc.lines) + 1
            inside = headings[bisect_right(heading_lines, n):bisect_left(heading_lines, end)]
            subs = {_title(t) for _, lv, t in inside if lv > level}
            labels = set().union(*labels_of[bisect_right(table_lines, n):
                                            bisect_left(table_lines, end)])
            sections.append(_Section(n, _title(title), subs, labels))
        run: list[_Section] = []
        shared: set[str] = set()  # the sub-section titles every section of the run has
        for section in [*sections, _Section(0, "", set(), set())]:
            if section.labels and len(shared & section.subs if run else section.subs) \
                    >= MIN_SHARED and section.title not in {r.title for r in run}:
                shared = shared & section.subs if run else set(section.subs)
                run.append(section)
                continue
            if len(run) >= MIN_UNITS and _share_labels(run):
                return [r.line for r in run]
            opens = section.labels and len(section.subs) >= MIN_SHARED
            run, shared = ([section], set(section.subs)) if opens else ([], set())
    return []


@dataclass
class _Section:
    line: int
    title: str
    subs: set[str]  # its sub-sections' titles
    labels: set[str]  # its tables' row labels


def _share_labels(run: list[_Section]) -> bool:
    """Row labels printed in two of the sections at least: indicators the units share."""
    seen: dict[str, int] = {}
    for section in run:
        for label in section.labels:
            seen[label] = seen.get(label, 0) + 1
    return sum(1 for count in seen.values() if count >= 2) >= MIN_SHARED


def chapter_of(starts: list[int], line: int) -> int:
    """0 before the first chapter (or with no chapters), else the chapter's ordinal."""
    return bisect_right(starts, line)


def same_scope(a: int, b: int) -> bool:
    """Whether two mentions' chapters allow them to be one quantity."""
    return a == b or a == 0 or b == 0
