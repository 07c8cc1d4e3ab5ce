"""Where a finding is in the file the reviewer holds: the page (PDF), the paragraph or table
(DOCX), and for a workbook the cell of the stated figure itself (``Realisasi!F32``), not only
the row it stands in."""

from __future__ import annotations

import re

from audit.findings import Finding
from audit.model import Document

_CELL_RE = re.compile(r"([A-Z]{1,3})(\d+)")


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _column_letters(n: int) -> str:
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(65 + rest) + out
    return out


def finding_location(doc: Document, finding: Finding) -> dict[str, int | str]:
    """The reader's location of the finding's line; in a sheet, moved from the row's first
    cell to the cell that prints the stated figure, when one cell of the row does."""
    where = dict(doc.locations.get(finding.line, {}))
    cell = where.get("cell")
    m = _CELL_RE.fullmatch(cell) if isinstance(cell, str) else None
    stated = (finding.stated or "").strip()
    if m is None or not stated:
        return where
    for table in doc.tables:
        if not table.first_line <= finding.line <= table.last_line:
            continue
        row = next((r for r in table.rows if finding.line in (r.lines or [r.line])), None)
        columns = [c.column for c in (row.cells if row is not None else [])
                   if c.text.strip() == stated]
        if len(columns) == 1:
            letter = _column_letters(_column_number(m.group(1)) + columns[0])
            where["cell"] = f"{letter}{m.group(2)}"
        break
    return where
