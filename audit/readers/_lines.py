"""Shared output of the DOCX, HTML and XLSX readers: the text form the table reader parses.

Each reader walks its own format and hands prose lines and tables (already expanded to a
grid) to a :class:`LineWriter`, which writes them the way ``audit.readers.text`` reads them
back: one prose line per paragraph, each table as a Markdown pipe table with its header
rows above a ``|---|`` separator, and a blank line after it. Keeping the writing in one
place keeps the three readers' output alike, so the checks see the same shapes whatever
the input format was.
"""

from __future__ import annotations

import re
from pathlib import Path

from audit.readers.source import Location, Rendered
from audit.readers.text import ReaderError

_SPACE_RE = re.compile(r"\s+")

# An OLE compound file: what an encrypted (password-protected) OOXML file, a legacy .doc
# or a legacy .xls is. Saying so is far more useful than "not a zip file".
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK"


def clean_cell(text: str) -> str:
    """One table cell on one line; a ``|`` in the text would split the cell in two."""
    return _SPACE_RE.sub(" ", text.replace("|", "/")).strip()


def clean_prose(text: str) -> str:
    """One prose line: tabs would make the table reader take it for a tab-separated row, and a
    leading ``|`` for a pipe row."""
    line = _SPACE_RE.sub(" ", text).strip()
    if line.startswith("|"):
        line = line.replace("|", "/")
    return line


_COLUMN_NUMBER_RE = re.compile(r"^\(?(\d{1,2})\)?$")
_COLUMN_FORMULA_RE = re.compile(r"^\(\d{1,2}\)\s*[=x×*/:+\-−][()\d\s=x×*/:+\-−]*$")


def is_column_number_row(cells: list[str]) -> bool:
    """``1 2 3 4``, ``(1) (2) (3)=(2)/(1)``: the column numbers printed under a header."""
    values = [c.strip() for c in cells if c.strip()]
    if len(values) < 3:
        return False
    numbers: list[int] = []
    for value in values:
        match = _COLUMN_NUMBER_RE.match(value)
        if match:
            numbers.append(int(match.group(1)))
        elif not _COLUMN_FORMULA_RE.match(value):
            return False
    if len(numbers) < len(values):
        return all(v.startswith("(") for v in values)
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# a cell holding a figure alone: "1.250", "(2.500)", "Rp 4.000", "95,5%"
FIGURE_CELL_RE = re.compile(r"^\s*[-(]?\s*(?:Rp\.?\s*)?\d[\d.,]*\s*%?\)?\s*$")


def _text_in_a_frame(rows: list[list[str]]) -> bool:
    """Every row holds one cell of text at most (titles, paragraphs), no figures alone."""
    filled = [[c for c in row if c.strip()] for row in rows]
    return all(len(cells) <= 1 for cells in filled) \
        and not any(FIGURE_CELL_RE.match(cells[0]) for cells in filled if cells)


def tab_stop_row(tabbed: str, after_a_row: bool) -> bool:
    """A paragraph that is a row of a table typed with tab stops instead of a Word table:
    two tabs or more, or one right after such a row (a label wrapped onto a paragraph of its
    own, a header's second line). A lone tab (a list's "1.<tab>", a contents line) is prose,
    and so is a form's "Nama<tab>:<tab>..." line."""
    tabs = tabbed.count("\t")
    form = any(cell.strip() == ":" for cell in tabbed.split("\t"))
    return not form and (tabs >= 2 or tabs == 1 and after_a_row)


class LineWriter:
    """Collects output lines and their source locations, numbering lines from 1."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.locations: dict[int, Location] = {}

    @property
    def next_line(self) -> int:
        return len(self.lines) + 1

    def _add(self, text: str, location: Location | None) -> int:
        self.lines.append(text)
        number = len(self.lines)
        if location:
            self.locations[number] = dict(location)
        return number

    def blank(self) -> None:
        """A blank line; runs of them collapse into one, none at the top."""
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def verbatim(self, text: str, location: Location | None) -> int:
        """A line of a text file, kept as it is (a blank one too: it parts blocks)."""
        return self._add(text, location)

    def prose(self, text: str, location: Location | None) -> int | None:
        """A prose line (nothing for an empty one); returns its line number."""
        line = clean_prose(text)
        if not line:
            return None
        return self._add(line, location)

    def table(self, rows: list[list[str]], header_count: int, row_locations: list[Location],
              separator_location: Location | None = None) -> list[int]:
        """A pipe table: ``header_count`` header rows, the separator, the body; then a blank.

        A table without header rows gets an empty one so that the output stays valid
        Markdown; the table reader skips empty rows. Returns the line of each row, in the
        order of ``rows``.
        """
        width = max((len(r) for r in rows), default=0)
        if width == 0:
            return []

        def emit(cells: list[str], location: Location | None) -> int:
            padded = [clean_cell(c) for c in cells] + [""] * (width - len(cells))
            return self._add("| " + " | ".join(padded) + " |", location)

        # A column-number row ("1 2 3 4") is often marked as a repeating header row so that
        # it prints on every page; above the separator the table reader would take its
        # figures for data and demote the whole header, below it it is read as what it is.
        titles = [i for i in range(header_count) if not is_column_number_row(rows[i])]
        order = titles + [i for i in range(len(rows)) if i not in titles]
        if not titles:
            emit([], separator_location)
        by_row: dict[int, int] = {}
        for position, index in enumerate(order):
            if position == len(titles):
                self._add("|" + "---|" * width, separator_location)
            by_row[index] = emit(rows[index], row_locations[index])
        if len(order) == len(titles):
            self._add("|" + "---|" * width, separator_location)
        lines = [by_row[i] for i in range(len(rows))]
        self.blank()
        return lines

    def grid(self, rows: list[list[str]], header_count: int, row_locations: list[Location],
             separator_location: Location | None = None) -> None:
        """A table laid out on its grid; a one-column table is a framed box of text, not
        figures (the table reader would drop it), so its lines are kept as prose. So is a
        wider table whose rows hold one cell of text each, merged across the row (a
        spreadsheet's narrative sheet saved as a web page, a Word table framing text)."""
        if max((len(r) for r in rows), default=0) <= 1 or _text_in_a_frame(rows):
            for cells, location in zip(rows, row_locations, strict=True):
                self.prose(" ".join(c for c in cells if c.strip()), location)
            self.blank()
            return
        self.table(rows, header_count, row_locations, separator_location)

    def rendered(self, kind: str,
                 notes: list[tuple[int, str, str, str, str]] | None = None) -> Rendered:
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        text = "\n".join(self.lines) + "\n" if self.lines else ""
        return Rendered(text=text, kind=kind, locations=self.locations, notes=notes or [])


_ROMAN = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]


def roman(value: int) -> str:
    """Lower-case roman numeral: the counter of ``i.``, ``ii.`` lists (DOCX and HTML)."""
    out = ""
    for amount, letters in _ROMAN:
        while value >= amount:
            out += letters
            value -= amount
    return out or str(value)


def _letters(value: int) -> str:
    # Word repeats the letter after z: a..z, aa..zz, aaa...
    if value < 1:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def list_counter(value: int, fmt: str) -> str:
    """A list item's number in a Word numbering format (DOCX and DOC)."""
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return roman(value)
    if fmt == "upperRoman":
        return roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def one_line(text: str) -> str:
    """An exception's text as one line, for a ReaderError message."""
    return _SPACE_RE.sub(" ", text).strip()


def check_package(path: Path, what: str) -> None:
    """Reject, with a clear message, what cannot be an OOXML (ZIP) package before opening it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if not head:
        raise ReaderError(f"{path}: empty file (0 bytes), not a valid {what}")
    if head.startswith(OLE_MAGIC):
        raise ReaderError(
            f"{path}: not a valid {what} (password-protected, or the old binary format); "
            "save it again without a password in the current format")
    if not head.startswith(ZIP_MAGIC):
        raise ReaderError(f"{path}: not a valid {what} (not an OOXML/ZIP package)")


def invalid(path: Path, what: str, exc: BaseException) -> ReaderError:
    detail = one_line(str(exc)) or type(exc).__name__
    return ReaderError(f"{path}: not a valid {what} ({detail})")
