"""The document model every check reads: tables and prose, each piece with its source line.

Readers build it; checks only read it. Nothing here parses text from a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Literal

from audit.figures import Figure, FoundFigure, find_figures, parse_figure

RowKind = Literal["data", "group", "total"]

# the letter an annex's tables are numbered under: "Tabel L2.2", "Tabel A.1"
TABLE_PREFIX = r"(?-i:[A-Z][.-]?)?"
# "Tabel 3.2", "Table IV", "Tabel L2.2": a table named by its number (group 1), in a caption or
# a sentence
TABLE_NUMBER_RE = re.compile(rf"\b(?:tabel|table)\s+({TABLE_PREFIX}[0-9IVX]+(?:\.[0-9]+)*)",
                             re.IGNORECASE)

# a column beside a row's name that is not part of it: its unit or a remark
ASIDE_COLUMN_RE = re.compile(r"\W*(?:satuan|keterangan|ket\b|catatan)", re.IGNORECASE)
_TOTAL_RE = re.compile(
    r"^\s*(?:[A-Z]{1,3}[.)]?\s+)?(jumlah|total|sub\s*-?\s*(?:total|jumlah)|grand\s+total|"
    r"nilai\s+hasil\s+evaluasi|rata[- ]rata|jml\.?|kumulatif|"
    # "s.d. TW IV", "s/d Triwulan III": the period's cumulative, under the periods' rows
    r"(?:s\.?\s?d\.?|s/d|sampai\s+dengan)\s+(?:tw|triwulan|semester|bulan|b\.)\b)(?P<rest>.*)$",
    re.IGNORECASE,
)
_AVERAGE_RE = re.compile(r"rata[- ]rata|average", re.IGNORECASE)
_CUMULATIVE_RE = re.compile(r"^\s*(?:kumulatif|(?:s\.?\s?d\.?|s/d|sampai\s+dengan)\s)",
                            re.IGNORECASE)


_EMPHASIS_RE = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")


def _strip_emphasis(text: str) -> str:
    """``**2.146.750.000**`` (a bold subtotal in Markdown) is the figure 2.146.750.000."""
    m = _EMPHASIS_RE.match(text)
    return m.group(2).strip() if m else text


@dataclass
class Cell:
    text: str
    line: int
    column: int
    figure: Figure | None = None

    @classmethod
    def make(cls, text: str, line: int, column: int) -> Cell:
        text = _strip_emphasis(text.strip())
        return cls(text, line, column, parse_figure(text))

    def append(self, text: str) -> None:
        """Join a wrapped continuation line into this cell."""
        text = text.strip()
        if not text:
            return
        joined = f"{self.text} {text}".strip() if self.text else text
        self.text = joined
        self.figure = parse_figure(joined)


@dataclass
class Row:
    line: int
    kind: RowKind
    cells: list[Cell]
    level: int | None = None
    lines: list[int] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The row's words: its non-figure cells joined, markers and all."""
        return " ".join(c.text for c in self.cells if c.text and c.figure is None).strip()

    def figure(self, column: int) -> Figure | None:
        if 0 <= column < len(self.cells):
            return self.cells[column].figure
        return None

    def cell(self, column: int) -> Cell | None:
        if 0 <= column < len(self.cells):
            return self.cells[column]
        return None

    @property
    def is_average(self) -> bool:
        return bool(_AVERAGE_RE.search(self.label))

    @property
    def is_cumulative(self) -> bool:
        """``s.d. TW IV``, ``Kumulatif``: the periods above taken together, which is their
        sum for counts and money, but the last value or the average for a rate or index."""
        return bool(_CUMULATIVE_RE.search(self.label))


@dataclass
class Table:
    caption: str | None
    caption_line: int | None
    first_line: int
    last_line: int
    header: list[list[Cell]]
    rows: list[Row]
    number_row: list[str] | None = None
    # The arithmetic checks that could judge at least one figure of this table (coverage).
    checked_by: set[str] = field(default_factory=set)
    # Nesting read from a column of codes (1.3.2 > 1.3.2.01): a group with one coded child
    # equals it, and a group's members are certain.
    outline_from_codes: bool = False
    # The table is the tail of one the reader could not read whole: the lines right above
    # it hold figures but no row it could read (OCR damage), so its totals lack parts.
    cut_above: bool = False

    @property
    def width(self) -> int:
        widths = [len(r) for r in self.header] + [len(r.cells) for r in self.rows]
        return max(widths, default=0)

    @cached_property
    def columns(self) -> list[str]:
        """One name per column: header rows joined top to bottom, spanning cells carried right.

        A two-row header ``PEGAWAI | | | ;  JUMLAH | S1 | D3`` gives ``PEGAWAI / JUMLAH``,
        ``PEGAWAI / S1``, ``PEGAWAI / D3``.
        """
        names: list[list[str]] = [[] for _ in range(self.width)]
        for level, hrow in enumerate(self.header):
            carry = ""
            for col in range(self.width):
                text = hrow[col].text if col < len(hrow) else ""
                if text:
                    carry = text
                elif level < len(self.header) - 1 and carry and col > 0:
                    # A spanning top-level header cell covers the empty cells to its right,
                    # but only while the row below names sub-columns there.
                    below = self.header[level + 1]
                    if col < len(below) and below[col].text:
                        text = carry
                else:
                    carry = ""
                if text and (not names[col] or names[col][-1] != text):
                    names[col].append(text)
        return [" / ".join(parts) for parts in names]

    def group_of(self, column: int) -> str | None:
        """The top header of a column under a multi-row header, when it spans siblings."""
        name = self.columns[column]
        return name.split(" / ")[0] if " / " in name else None

    @property
    def name(self) -> str:
        return self.caption or f"tabel baris {self.first_line}"

    def numeric_columns(self) -> list[int]:
        """Columns in which at least two body rows hold a figure that is not a dash."""
        counts = [0] * self.width
        for row in self.rows:
            for cell in row.cells:
                if cell.figure is not None and not cell.figure.dash:
                    counts[cell.column] += 1
        return [i for i, n in enumerate(counts) if n >= 2]

    def values(self, column: int) -> list[Decimal | None]:
        return [(r.figure(column).value if r.figure(column) else None) for r in self.rows]


@dataclass
class Sentence:
    text: str
    line: int
    block: int = 0
    # A sentence hard-wrapped over several lines (PDF text, a soft-wrapped Markdown
    # paragraph): (offset in ``text``, line) where each further line begins.
    breaks: tuple[tuple[int, int], ...] = ()

    @cached_property
    def figures(self) -> list[FoundFigure]:
        return find_figures(self.text)

    @property
    def end_line(self) -> int:
        """The line a sentence wrapped over several lines ends on."""
        return self.line_of(len(self.text) - 1)

    def line_of(self, offset: int) -> int:
        """The line on which the character at ``offset`` of the sentence is printed."""
        line = self.line
        for start, number in self.breaks:
            if offset < start:
                break
            line = number
        return line


@dataclass
class Document:
    path: str
    lines: list[str]
    tables: list[Table]
    sentences: list[Sentence]
    # What the file was ("text", "pdf", "docx", ...), and for a file that is not text, the
    # place each line of ``lines`` came from ({"page": 3}, {"paragraph": 12} ...).
    kind: str = "text"
    locations: dict[int, dict[str, int | str]] = field(default_factory=dict)
    pages: int | None = None
    # Findings only a reader can make (an XLSX SUM range that leaves out rows ...):
    # (line, rule, stated, expected, message).
    reader_notes: list[tuple[int, str, str, str, str]] = field(default_factory=list)

    def line_text(self, line: int) -> str:
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1]
        return ""


def is_total_label(text: str) -> bool:
    """``Jumlah``, ``JUMLAH TOTAL``, ``Sub Total``, ``Jumlah ASN + PHL``; not ``Jumlah tenaga
    kerja yang dilatih`` (an indicator name that happens to start with "Jumlah")."""
    m = _TOTAL_RE.match(text.strip())
    if not m:
        return False
    rest = m.group("rest").strip(" :.")
    if re.match(r"^\s*(?:[A-Z]{1,3}[.)]?\s+)?(sub\s*-?\s*(?:total|jumlah)|grand\s+total)\b",
                text.strip(), re.IGNORECASE):
        # "Sub Total Program Penunjang ...", "Subjumlah KPPN Rantau Jaya": no indicator is
        # named "Sub Total"
        return True
    if "+" in rest:
        return len(rest.split()) <= 6
    if re.match(r"(?:sub\s+)?(?:program|kegiatan|sub\s+kegiatan|bidang(?:\s+urusan)?|urusan|"
                r"sasaran|kro|ro)\s+\d{1,4}(?:\.[0-9A-Z]{1,4})+\b", rest, re.IGNORECASE):
        return True  # "Jumlah Bidang Urusan 1.01 Pendidikan": a unit of the budget, by code
    if re.fullmatch(r"\(?\s*[A-Z0-9IVX]{1,4}\s*(?:s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|-|–)\s*"
                    r"[A-Z0-9IVX]{1,4}\s*\)?", rest, re.IGNORECASE):
        return True  # "JUMLAH (I s.d. V)": the total of the groups I to V
    return len(rest.split()) <= 2
