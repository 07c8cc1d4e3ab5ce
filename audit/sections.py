"""Sections of a report: the headings that say what the sentences below them are about.

A bullet such as ``- Realisasi 2025: 86,95`` names nothing; the heading above it
(``**Indikator 5: Nilai MCP KPK**``) does. Checks that tie prose to tables read a sentence
together with the heading it stands under.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from audit.model import Document

_HEADING_LINE_RE = re.compile(
    r"^\s*(#{1,6}\s+\S|\*\*[^*]{3,120}\*\*\s*$|\d{1,2}(\.\d{1,2}){1,3}\.?\s+[A-Z]|"
    r"[A-Za-z][^.]{2,90}:\s*$)")
# "Indikator 4. Tingkat kepatuhan ...": a report's own structure names the indicator the
# sentences below are about, in any text layout (a sasaran heading covers several)
_SUBJECT_LINE_RE = re.compile(
    r"^\s*(indikator|iku|ikk)\s+(\d{1,2}|[IVX]{1,4}|[A-H])\s*[:.)]\s+\S", re.IGNORECASE)
# "IKU 7 Persentase realisasi anggaran": the number run into the title, on a short line of
# its own that is no sentence (the paragraph may follow without a blank line)
_SUBJECT_TITLE_RE = re.compile(
    r"^\s*(?i:indikator|iku|ikk)\s+(\d{1,2}|[IVX]{1,4})\s+[A-Z][^.|]{3,90}[^.:|\s]\s*$")
# "IKU 3 Persentase pelaku usaha yang naik kelas. Dari 260 ...": a paragraph opening with
# the indicator's number and name is about it, though its sentence runs on in the line
_SUBJECT_LEAD_RE = re.compile(
    r"^\s*((?i:indikator|iku|ikk)\s+(?:\d{1,2}|[IVX]{1,4})\s+[A-Z][^.:|]{3,90}?)(?:\.\s|$)")
# a caption or a source note stands alone too, but heads a table, not the prose after it
_NOT_A_TITLE_RE = re.compile(r"(tabel|table|gambar|grafik|diagram|sumber|keterangan|catatan)\b",
                             re.IGNORECASE)
REACH = 25  # lines below a heading that it still names the subject of


def headings(doc: Document) -> list[tuple[int, str]]:
    """Lines that head what follows: Markdown headings, bold lead lines, numbered section
    titles, a short line ending in a colon before a list, a line naming an indicator or a
    sasaran by its number, and in plain text a short line standing alone between blank
    lines (a title, not a sentence)."""
    memo = doc.__dict__.get("_headings")
    if memo is None:
        memo = doc.__dict__["_headings"] = _headings(doc)
    return list(memo)


def _headings(doc: Document) -> list[tuple[int, str]]:
    lines = doc.lines
    # a table's rows are no headings, however they begin ("2.9  Pembinaan ...")
    in_tables = {n for t in doc.tables for n in range(t.first_line, t.last_line + 1)}
    out = []
    for n, line in enumerate(lines, start=1):
        if line.lstrip().startswith("|") or n in in_tables:
            continue
        if _HEADING_LINE_RE.match(line) or _SUBJECT_LINE_RE.match(line) \
                or _SUBJECT_TITLE_RE.match(line) \
                or _standalone_title(lines, n - 1):
            out.append((n, line))
        elif lead := _SUBJECT_LEAD_RE.match(line):
            out.append((n, lead.group(1)))
        elif (m := _RUN_IN_RE.match(line)) and not _NOT_A_TITLE_RE.match(m.group(1)):
            # "**IKK 1.1 Indeks Kerukunan ... .** Realisasi tahun 2025 ...": a run-in heading
            # names what its paragraph goes on about ("Realisasi ini ..." on the next line)
            last = n
            while last < len(lines) and lines[last].strip() \
                    and not lines[last].lstrip().startswith("|"):
                last += 1
            out.append((n, RunIn(m.group(1), last)))
    return out


class RunIn(str):
    """A run-in heading: it heads the sentences after it on its own line, and the lines of
    its paragraph (up to ``last``), no further."""

    last: int

    def __new__(cls, text: str, last: int) -> RunIn:
        self = super().__new__(cls, text)
        self.last = last
        return self

    def __reduce__(self) -> tuple[type[RunIn], tuple[str, int]]:
        # a report audited in a worker process comes back pickled, its headings with it
        return RunIn, (str(self), self.last)


_RUN_IN_RE = re.compile(r"^\s*\*\*([^*]{3,120})\*\*\s*\S")


def _standalone_title(lines: list[str], i: int) -> bool:
    text = lines[i].strip()
    if not text or len(text) > 100 or not text[0].isupper() or text.endswith((".", ",", ";")) \
            or ":" in text or _NOT_A_TITLE_RE.match(text):
        return False
    blank_before = i == 0 or not lines[i - 1].strip()
    blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
    return blank_before and blank_after and len(re.findall(r"\d[\d.,]*", text)) <= 1


def heading_before(found: list[tuple[int, str]], line: int) -> str:
    """The nearest heading above ``line`` within reach, or ''."""
    # the headings are in line order: from the last one at or above the line, back to the
    # first that still reaches it (a bisection, not a scan of the whole report)
    for k in range(bisect_right(found, (line, "\U0010ffff")) - 1, -1, -1):
        n, heading = found[k]
        if line - n > MAX_PARAGRAPH + REACH:
            break
        if isinstance(heading, RunIn):
            if line <= heading.last:
                return heading
        elif n < line and line - n <= REACH:
            if _LIST_INTRO_RE.match(heading) and k > 0:
                continue  # "Ringkasan kinerja:" over bullets: the heading above names them
            return heading
    return ""


# A short line introducing a list ("Ringkasan kinerja:", "Faktor pendukung:") names no
# subject of its own; the bullets under it are about the section it stands in
_LIST_INTRO_RE = re.compile(r"^\s*[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s*:\s*$")


MAX_PARAGRAPH = 40  # lines a run-in heading's paragraph may run (never farther back)
