"""Sections of a report: the headings that say what the sentences below them are about.

A bullet such as ``- Realisasi 2025: 86,95`` names nothing; the heading above it
(``**Indikator 5: Nilai MCP KPK**``) does. Checks that tie prose to tables read a sentence
together with the heading it stands under.
"""

from __future__ import annotations

import re

from audit.model import Document

_HEADING_LINE_RE = re.compile(
    r"^\s*(#{1,6}\s+\S|\*\*[^*]{3,120}\*\*\s*$|\d{1,2}(\.\d{1,2}){1,3}\.?\s+[A-Z]|"
    r"[A-Za-z][^.]{2,90}:\s*$)")
REACH = 25  # lines below a heading that it still names the subject of


def headings(doc: Document) -> list[tuple[int, str]]:
    """Lines that head what follows: Markdown headings, bold lead lines, numbered section
    titles, a short line ending in a colon before a list."""
    return [(n, line) for n, line in enumerate(doc.lines, start=1)
            if _HEADING_LINE_RE.match(line) and not line.lstrip().startswith("|")]


def heading_before(found: list[tuple[int, str]], line: int) -> str:
    """The nearest heading above ``line`` within reach, or ''."""
    text = ""
    for n, heading in found:
        if n >= line:
            break
        if line - n <= REACH:
            text = heading
    return text
