"""ODT reader: an OpenDocument Text report (LibreOffice Writer) as the text the table reader
parses.

The document is the ``content.xml`` part of the ZIP package, read with the standard library
(no ODF library earns its place for this): the body's headings, paragraphs, lists, tables,
sections and text frames are walked in document order, as the DOCX reader walks Word's.

* A paragraph is one line; ``text:s`` is its run of spaces, ``text:tab`` and
  ``text:line-break`` a space (a soft break does not cut a sentence); footnote and endnote
  bodies, tracked deletions and annotations are not paragraph text.
* A heading (``text:h``) keeps its outline level as Markdown marks it, so that it heads the
  sentences below it as in the other formats.
* List items get a bullet unless the file prints their number (``text:number``); the
  numbering LibreOffice computes from styles is not text in the file.
* Tables are laid out on their grid: a cell spanning columns puts its text in the first
  column, and the covered cells after it (``table:covered-table-cell``, which the file
  prints for every column and row a span covers) are empty, except in
  header rows, where a title merged down is repeated (the table reader keeps a sub-header
  row in the header). Header rows are the ``table:table-header-rows``; without them the
  first row and the rows its row span covers. A nested table's text is flattened into its
  cell; a table of one column is a framed box of text, printed as prose.

Not handled: the numbering of list items computed from list styles, page headers and footers
(they are in ``styles.xml``), and change-tracked insertions shown apart from the text.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from audit.readers._lines import LineWriter, check_package, invalid
from audit.readers.source import Location, Rendered
from audit.readers.text import ReaderError

WHAT = "OpenDocument text"
MAX_HEADER_ROWS = 3
MAX_SPAN = 200  # a span of 10000 in a damaged file must not build a huge grid
MAX_REPEAT = 200

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
_TEXT, _TABLE, _DRAW = (f"{{{_NS[k]}}}" for k in ("text", "table", "draw"))
_OFFICE = f"{{{_NS['office']}}}"
# Subtrees that are no part of a paragraph's printed text
_NOT_TEXT = {_TEXT + "note-body", _TEXT + "tracked-changes", _OFFICE + "annotation",
             _TEXT + "note-citation", _TEXT + "bookmark-ref"}
_CONTAINERS = {_TEXT + "section", _TEXT + "list", _TEXT + "list-item", _TEXT + "list-header",
               _TEXT + "index-body", _TEXT + "table-of-content", _DRAW + "frame",
               _DRAW + "text-box", _OFFICE + "text", _TEXT + "soft-page-break"}
_SPACE_RE = re.compile(r"\s+")


def render_odt(path: str | Path) -> Rendered:
    """Read an ``.odt`` report into the text form, with paragraph / table locations."""
    p = Path(path)
    check_package(p, WHAT)
    try:
        with zipfile.ZipFile(p) as package:
            content = package.read("content.xml")
        root = ElementTree.fromstring(content)
        body = root.find("office:body/office:text", _NS)
        if body is None:
            raise ReaderError(f"{p}: not a valid {WHAT} (no text body; a spreadsheet or "
                              f"a drawing?)")
        renderer = _OdtRenderer()
        renderer.walk(body)
        return renderer.out.rendered("odt")
    except ReaderError:
        raise
    except Exception as exc:  # a reader boundary: any failure is an unreadable file
        raise invalid(p, WHAT, exc) from exc


def _inline(element: ElementTree.Element, out: list[str]) -> None:
    """The printed characters under ``element``, in order."""
    if element.text:
        out.append(element.text)
    for child in element:
        tag = child.tag
        if tag in _NOT_TEXT:
            pass
        elif tag == _TEXT + "s":
            out.append(" " * min(int(child.get(_TEXT + "c", "1") or 1), MAX_SPAN))
        elif tag in (_TEXT + "tab", _TEXT + "line-break"):
            out.append(" ")
        elif tag == _TABLE + "table":
            out.append(" " + " ".join(_cell_text(c) for c in child.iter(_TABLE + "table-cell"))
                       + " ")
        else:
            _inline(child, out)
        if child.tail:
            out.append(child.tail)


def _text(element: ElementTree.Element) -> str:
    parts: list[str] = []
    _inline(element, parts)
    return _SPACE_RE.sub(" ", "".join(parts)).strip()


def _cell_text(cell: ElementTree.Element) -> str:
    return " ".join(t for child in cell if (t := _text(child)))


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), MAX_SPAN))
    except ValueError:
        return 1


class _OdtRenderer:
    def __init__(self) -> None:
        self.out = LineWriter()
        self.paragraphs = 0
        self.tables = 0

    def walk(self, element: ElementTree.Element, marker: str | None = None) -> None:
        for child in element:
            tag = child.tag
            if tag == _TEXT + "p" or tag == _TEXT + "h":
                self._paragraph(child, marker)
                marker = None  # a list item's marker goes on its first paragraph only
            elif tag == _TABLE + "table":
                self._table(child)
            elif tag == _TEXT + "list-item":
                number = child.find("text:number", _NS)
                self.walk(child, number.text.strip() if number is not None and number.text
                          else "•")
            elif tag in _CONTAINERS or tag.startswith(_DRAW):
                self.walk(child, marker)

    def _paragraph(self, element: ElementTree.Element, marker: str | None) -> None:
        self.paragraphs += 1
        text = _text(element)
        # (frames anchored in the paragraph hold text boxes of their own)
        frames = list(element.iter(_DRAW + "text-box"))
        if element.tag == _TEXT + "h" and text:
            level = _span(element.get(_TEXT + "outline-level"))
            text = "#" * min(level, 6) + " " + text
        elif marker and text:
            text = f"{marker} {text}"
        if text and not frames:
            self.out.prose(text, {"paragraph": self.paragraphs})
        elif not frames:
            self.out.blank()
        for frame in frames:
            self.walk(frame)

    def _table(self, table: ElementTree.Element) -> None:
        self.tables += 1
        number = self.tables
        rows: list[tuple[ElementTree.Element, bool]] = []
        for child in table.findall("table:table-header-rows", _NS):
            rows += [(r, True) for r in child.findall("table:table-row", _NS)]
        header_ids = {id(r) for r, _ in rows}
        for child in _own_rows(table):
            if id(child) not in header_ids:
                rows.append((child, False))
        grid: list[list[str]] = []
        spans: list[list[int]] = []
        for row, _ in rows:
            cells: list[str] = []
            downs: list[int] = []
            for cell in row:
                if cell.tag not in (_TABLE + "table-cell", _TABLE + "covered-table-cell"):
                    continue
                # (a cell spanning columns is followed by a covered cell for each column it
                # covers: those are the empty cells after its text)
                repeat = min(_span(cell.get(_TABLE + "number-columns-repeated")), MAX_REPEAT)
                text = _cell_text(cell) if cell.tag == _TABLE + "table-cell" else ""
                for _ in range(repeat):
                    cells.append(text)
                    downs.append(_span(cell.get(_TABLE + "number-rows-spanned")))
            while cells and not cells[-1]:
                cells.pop()
                downs.pop()
            grid.append(cells)
            spans.append(downs)
        marked = sum(1 for _, head in rows if head)
        header_count = marked or (min(max(spans[0], default=1), len(grid)) if grid else 0)
        header_count = min(header_count, MAX_HEADER_ROWS, len(grid))
        # a title merged down over the header rows is repeated in each of them
        for r in range(1, header_count):
            for c, text in enumerate(grid[r - 1]):
                if c < len(grid[r]) and not grid[r][c] and spans[r - 1][c] > 1:
                    grid[r][c] = text
                    spans[r][c] = spans[r - 1][c] - 1
        locations: list[Location] = [{"table": number, "row": i + 1} for i in range(len(grid))]
        self.out.grid(grid, header_count, locations, {"table": number})


def _own_rows(table: ElementTree.Element) -> list[ElementTree.Element]:
    """The table's body rows, in order (inside row groups too), not a nested table's."""
    rows: list[ElementTree.Element] = []
    for child in table:
        if child.tag == _TABLE + "table-row":
            rows.append(child)
        elif child.tag in (_TABLE + "table-rows", _TABLE + "table-row-group"):
            rows += _own_rows(child)
    return rows
