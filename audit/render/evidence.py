"""The evidence a reviewer needs to confirm a finding in seconds: the table's header, the rows
that were compared, the flagged line, and, for a figure tied out across the report, every
other place it is printed (grouped by table or text, in document order).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.engine import DocumentReport
from audit.findings import Finding
from audit.model import Document, Table

# A block longer than this shows its first and last rows around an ellipsis.
MAX_BLOCK_LINES = 14
WIDTH = 160


@dataclass
class EvidenceLine:
    number: int  # 0 for the ellipsis between shown rows
    pieces: list[tuple[str, bool]]  # (text, is a compared figure)
    kind: str = "row"  # "header", "row", "target", "gap"


@dataclass
class EvidenceBlock:
    title: str
    lines: list[EvidenceLine] = field(default_factory=list)


def table_at(doc: Document, line: int) -> Table | None:
    """The table whose body, header or caption holds ``line``."""
    for table in doc.tables:
        if table.first_line <= line <= table.last_line or table.caption_line == line:
            return table
    return None


def table_name(doc: Document, line: int, lang: str = "id") -> str | None:
    """A table's caption, or ``Tabel tanpa judul, baris N`` for one without; None outside
    tables."""
    table = table_at(doc, line)
    if table is None:
        return None
    if table.caption:
        return table.caption
    return (f"Tabel tanpa judul, baris {table.first_line}" if lang == "id"
            else f"Untitled table, line {table.first_line}")


def marked(text: str, figures: list[str]) -> list[tuple[str, bool]]:
    """``text`` cut around every occurrence of the given figures (not inside a longer
    number), so that the compared figures can be highlighted."""
    wanted = sorted({f for f in figures if f and len(f) <= 60}, key=len, reverse=True)
    if not wanted:
        return [(text, False)]
    pattern = re.compile("|".join(r"(?<![\w.,])" + re.escape(f) + r"(?![\w]|[.,]\d)"
                                  for f in wanted))
    pieces: list[tuple[str, bool]] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            pieces.append((text[pos:m.start()], False))
        pieces.append((m.group(0), True))
        pos = m.end()
    if pos < len(text):
        pieces.append((text[pos:], False))
    return pieces or [(text, False)]


def _clip(text: str, figures: list[str]) -> str:
    """A long line cut so that the first compared figure stays in view."""
    text = text.rstrip()
    if len(text) <= WIDTH:
        return text
    hit = min((i for f in figures if f and (i := text.find(f)) >= 0), default=0)
    start = max(0, min(hit - WIDTH // 3, len(text) - WIDTH))
    piece = text[start:start + WIDTH - 2]
    return ("…" if start else "") + piece + ("…" if start + WIDTH - 2 < len(text) else "")


def _figures_of(finding: Finding) -> list[str]:
    """The printed forms worth highlighting: what is stated, and what it should be."""
    out = [finding.stated]
    expected = finding.expected or ""
    # "92,50 (dari 1.564 / 1.720)" → its leading figure
    m = re.match(r"^\s*(?:Rp\.?\s*)?([\d.,]+\d)", expected)
    if m:
        out.append(m.group(1))
    return [f.strip() for f in out if f and f.strip()]


def evidence(report: DocumentReport, finding: Finding, lang: str = "id") -> list[EvidenceBlock]:
    doc = report.document
    lines = doc.lines
    wanted = sorted({n for n in [finding.line, *finding.related_lines] if 1 <= n <= len(lines)})
    figures = _figures_of(finding)
    groups: dict[int, tuple[Table | None, list[int]]] = {}
    for n in wanted:
        table = table_at(doc, n)
        key = id(table) if table is not None else -n
        groups.setdefault(key, (table, []))[1].append(n)
    blocks = []
    text_title = "Teks" if lang == "id" else "Text"
    for table, numbers in sorted(groups.values(), key=lambda g: min(g[1])):
        title = table_name(doc, numbers[0], lang) if table is not None else text_title
        block = EvidenceBlock(title or text_title)
        if table is not None:
            header = sorted({c.line for row in table.header for c in row if c.line}
                            - set(numbers))
            for n in header[-3:]:
                text = _clip(lines[n - 1], [])
                block.lines.append(EvidenceLine(n, [(text, False)], "header"))
        shown = numbers
        if len(shown) > MAX_BLOCK_LINES:
            keep = set(shown[:5] + shown[-5:]) | {finding.line}
            shown = [n for n in shown if n in keep]
        previous = None
        for n in shown:
            if previous is not None and any(previous < m < n for m in numbers):
                block.lines.append(EvidenceLine(0, [("…", False)], "gap"))  # rows left out
            text = _clip(lines[n - 1], figures)
            kind = "target" if n == finding.line else "row"
            block.lines.append(EvidenceLine(n, marked(text, figures), kind))
            previous = n
        blocks.append(block)
    return blocks
