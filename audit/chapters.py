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
from bisect import bisect_right

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
    """The lines (1-based) where the chapters begin; empty for a report of one unit."""
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


def chapter_of(starts: list[int], line: int) -> int:
    """0 before the first chapter (or with no chapters), else the chapter's ordinal."""
    return bisect_right(starts, line)


def same_scope(a: int, b: int) -> bool:
    """Whether two mentions' chapters allow them to be one quantity."""
    return a == b or a == 0 or b == 0
