"""What a non-text reader hands over: the report as printed text, and where each line came from.

Every reader (PDF, DOCX, XLSX, HTML, the text layouts of extraction tools) turns its input
into the one text form the table reader parses: prose lines, and tables as Markdown pipe or
tab-separated lines with their caption on the line above. Line numbers in findings are line
numbers of that text, which ``audit tables FILE`` prints, so the two always agree; the
``locations`` map adds the original place (page, paragraph, table ordinal, sheet cell).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Location = dict[str, int | str]


@dataclass
class Rendered:
    """A report as the text the table reader parses, with the source place of each line."""

    text: str
    kind: str  # "pdf", "doc", "docx", "odt", "ods", "rtf", "xlsx", "html", "csv", "text"
    # 1-based line of ``text`` -> where it came from: {"page": 3}, {"paragraph": 12},
    # {"table": 2}, {"sheet": "Realisasi", "cell": "B12"} ...
    locations: dict[int, Location] = field(default_factory=dict)
    pages: int | None = None
    # Findings a reader can only make itself (an XLSX SUM range that skips rows, ...),
    # as (line, rule, stated, expected, message) in the rendered text's line numbers.
    notes: list[tuple[int, str, str, str, str]] = field(default_factory=list)
