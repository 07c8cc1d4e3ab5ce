"""HTML reader: a report saved as a web page (Word's "Save as Web Page", pandoc) as text.

The page is parsed with the standard library's ``html.parser`` into a small tree (with the
end tags HTML lets authors leave out: ``<p>``, ``<li>``, ``<td>``, ``<tr>``), then walked:

* block elements (``p``, ``div``, ``h1``-``h6``, ``li``, ...) and ``<br>`` end a prose line;
  a heading is printed with its level marked as Markdown marks it (``### g. Indeks ...``),
  so that it heads the sentences below it ("indikator ini") as in the other formats;
  an empty paragraph (Word's ``<p>&nbsp;</p>``) is a blank line; ``<ol>`` items get their
  number (``start`` and ``type`` honoured), ``<ul>`` items a bullet. Word's own list
  numbers are already text in the page and come through as they are;
* ``<table>`` is laid out on its grid: ``colspan`` / ``rowspan`` put the text in the first
  cell and empty cells in the rest (in header rows a title spanning rows is repeated in
  each, so the table reader keeps a sub-header row in the header); header rows are the
  ``<thead>`` rows, else the leading rows made only of ``<th>``, else the first row (and
  the rows its ``rowspan`` covers); the
  ``<caption>`` is printed on the line above the table (so is a first row that is one cell
  across the table), otherwise the paragraph before it serves, as in a printed report;
* ``script``, ``style`` and the ``head`` are dropped; entities are decoded by the parser.

The charset is the BOM's, else the one a ``<meta>`` tag declares, else UTF-8, else cp1252
(what Word writes for an Indonesian locale).

An element hidden by its own ``style`` (``display:none``: a spreadsheet's hidden rows) or
the ``hidden`` attribute is not printed and not read.

Not handled: style sheets (a class that hides text leaves it printed), images' alt text, and
layout made with ``div`` grids instead of tables.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from audit.readers._lines import FIGURE_CELL_RE, LineWriter, one_line, roman
from audit.readers.source import Location, Rendered
from audit.readers.text import ReaderError, decode_text

WHAT = "HTML document"
MAX_HEADER_ROWS = 3
MAX_SPAN = 200  # a colspan of 10000 in a broken page must not build a huge grid

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
         "param", "source", "track", "wbr"}
_DROPPED = {"script", "style", "head", "title", "noscript", "template", "svg", "xml",
            "object", "iframe"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
           "dd", "blockquote", "section", "article", "header", "footer", "main", "nav",
           "aside", "pre", "address", "figure", "figcaption", "center", "hr", "form",
           "fieldset", "body", "html", "caption", "tr", "td", "th"}
_PARAGRAPHS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Opening one of these ends an open <p> (the HTML rule for omitted </p>).
_CLOSES_P = {"address", "article", "aside", "blockquote", "div", "dl", "fieldset", "footer",
             "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol",
             "p", "pre", "section", "table", "ul", "li", "center", "figure"}
_TABLE_SCOPE = {"table", "td", "th", "caption", "html", "#root"}
_SPACE_RE = re.compile(r"[\s\u00a0]+")
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""",
                         re.IGNORECASE)


@dataclass
class _Text:
    text: str
    line: int


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Node | _Text] = field(default_factory=list)

    def elements(self, *tags: str) -> list[_Node]:
        return [c for c in self.children if isinstance(c, _Node) and c.tag in tags]


def render_html(path: str | Path) -> Rendered:
    """Read an ``.html``/``.htm`` report into the text form, with source line locations."""
    p = Path(path)
    text = _decode(p)
    try:
        root = _parse(text)
        return _HtmlRenderer().render(root)
    except ReaderError:
        raise
    except Exception as exc:  # a reader boundary: any failure is an unreadable file
        raise ReaderError(f"{p}: not a valid {WHAT} ({one_line(str(exc))})") from exc


_TABLE_TAG_RE = re.compile(r"<(/?)table\b[^>]*>", re.IGNORECASE)


def has_embedded_tables(text: str) -> bool:
    """Text (Markdown) that carries its tables as HTML ``<table>`` elements."""
    return any(not m.group(1) for m in _TABLE_TAG_RE.finditer(text))


def render_embedded_tables(text: str) -> Rendered:
    """Markdown or plain text whose tables are HTML, as PDF-to-Markdown converters (MinerU,
    Docling's HTML mode) write them, often a whole table on one line: the lines outside
    the tables pass through as they are, each table is laid out on its grid as in an HTML
    page. Each output line's ``source_line`` is its line in the file."""
    renderer = _HtmlRenderer(key="source_line")
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        if not has_embedded_tables(lines[i]):
            renderer.out.verbatim(lines[i], {"source_line": i + 1})
            i += 1
            continue
        depth, j = 0, i
        while j < len(lines):
            depth += sum(-1 if m.group(1) else 1 for m in _TABLE_TAG_RE.finditer(lines[j]))
            j += 1
            if depth <= 0:
                break
        renderer.offset = i
        renderer.out.blank()
        renderer._walk(_parse("\n".join(lines[i:j])))
        renderer._flush()
        renderer.out.blank()
        i = j
    return renderer.out.rendered("text")


# ---------------------------------------------------------------- bytes to text

def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise ReaderError(f"{path}: empty file, not a valid {WHAT}")
    declared = _CHARSET_RE.search(raw[:8192])
    if declared and not raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                        codecs.BOM_UTF16_BE)):
        name = declared.group(1).decode("ascii", "replace")
        try:
            return raw.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common; fall back as if there were none
    text = decode_text(raw)  # byte-order marks, UTF-16 without one, UTF-8, then cp1252
    if text is None:
        raise ReaderError(f"{path}: looks like a binary file, not a valid {WHAT}")
    return text


# ---------------------------------------------------------------- text to tree

class _TreeBuilder(HTMLParser):
    """A forgiving tree builder: closes what HTML lets authors leave open."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {}, 1)
        self.stack: list[_Node] = [self.root]

    def _close(self, tags: set[str], scope: set[str]) -> None:
        """Pop the innermost open element in ``tags`` (and all inside it), not crossing an
        element in ``scope``."""
        for depth in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[depth].tag
            if tag in tags:
                del self.stack[depth:]
                return
            if tag in scope:
                return

    def _close_implied(self, tag: str) -> None:
        if tag in _CLOSES_P:
            self._close({"p"}, _TABLE_SCOPE | {"li"})
        if tag == "li":
            self._close({"li"}, {"ul", "ol"} | _TABLE_SCOPE)
        elif tag in ("dt", "dd"):
            self._close({"dt", "dd"}, {"dl"} | _TABLE_SCOPE)
        elif tag in ("td", "th"):
            self._close({"td", "th"}, {"tr", "table"})
        elif tag == "tr":
            self._close({"tr"}, {"table"})
        elif tag in ("thead", "tbody", "tfoot"):
            self._close({"thead", "tbody", "tfoot"}, {"table"})

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        if tag in _VOID:
            self.stack[-1].children.append(node)
            return
        self._close_implied(tag)
        self.stack[-1].children.append(node)
        self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        if tag not in _VOID:
            self._close_implied(tag)
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        scope = {"table"} if tag in ("td", "th", "tr", "thead", "tbody", "tfoot") else set()
        self._close({tag}, scope)

    def handle_data(self, data: str) -> None:
        if data:
            self.stack[-1].children.append(_Text(data, self.getpos()[0]))


def _parse(text: str) -> _Node:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    return builder.root


# ---------------------------------------------------------------- tree to lines

def _inline_text(node: _Node) -> str:
    """All the words under a node on one line (a table cell, a caption)."""
    parts: list[str] = []

    def walk(n: _Node) -> None:
        for child in n.children:
            if isinstance(child, _Text):
                parts.append(child.text)
            elif child.tag not in _DROPPED:
                spaced = child.tag in _BLOCKS or child.tag in ("br", "table")
                if spaced:
                    parts.append(" ")
                walk(child)
                if spaced:
                    parts.append(" ")

    walk(node)
    return _SPACE_RE.sub(" ", "".join(parts)).strip()


def _span(value: str | None) -> int:
    try:
        return min(max(int((value or "1").strip()), 1), MAX_SPAN)
    except ValueError:
        return 1


def _list_marker(kind: str, value: int) -> str:
    if kind == "a":
        return chr(ord("a") + (value - 1) % 26) + "."
    if kind == "A":
        return chr(ord("A") + (value - 1) % 26) + "."
    if kind in ("i", "I"):
        numeral = roman(value)
        return (numeral.upper() if kind == "I" else numeral) + "."
    return f"{value}."


@dataclass
class _TableRow:
    node: _Node
    in_head: bool


class _HtmlRenderer:
    def __init__(self, key: str = "html_line") -> None:
        self.out = LineWriter()
        self.buffer: list[str] = []
        self.buffer_line: int | None = None
        self.tables = 0
        # where a line came from: its line in the page (or, for a table embedded in a text
        # file, in that file: ``offset`` is the fragment's first line there, less one)
        self.key = key
        self.offset = 0

    def _at(self, line: int) -> Location:
        return {self.key: line + self.offset}

    def render(self, root: _Node) -> Rendered:
        self._walk(root)
        self._flush()
        return self.out.rendered("html")

    # -- prose

    def _flush(self) -> bool:
        """End the current prose line; True when it had words."""
        text = "".join(self.buffer)
        line = self.buffer_line
        self.buffer, self.buffer_line = [], None
        location: Location | None = self._at(line) if line else None
        return self.out.prose(text, location) is not None

    def _text(self, piece: _Text) -> None:
        if self.buffer_line is None and piece.text.strip():
            self.buffer_line = piece.line
        self.buffer.append(piece.text)

    def _walk(self, node: _Node) -> None:
        counter: int | None = None
        if node.tag == "ol":
            counter = _span(node.attrs.get("start")) - 1 if node.attrs.get("start") else 0
        for child in node.children:
            if isinstance(child, _Text):
                self._text(child)
            elif child.tag in _DROPPED or _hidden(child):
                continue
            elif child.tag == "br":
                self._flush()
            elif child.tag == "table":
                self._flush()
                self._table(child)
            elif child.tag == "li":
                if counter is not None:
                    counter = _span(child.attrs["value"]) if child.attrs.get("value") \
                        else counter + 1
                marker = _list_marker(node.attrs.get("type", "1"), counter) \
                    if counter is not None else "•"
                self._block(child, marker)
            elif child.tag in _HEADINGS:
                # a heading keeps its level as Markdown marks it, so that the sections of
                # the page head the sentences below them as in any other format
                self._block(child, "#" * int(child.tag[1]))
            elif child.tag in _BLOCKS:
                self._block(child, None)
            else:
                self._walk(child)

    def _block(self, node: _Node, marker: str | None) -> None:
        self._flush()
        before = self.out.next_line
        if marker:
            self.buffer.append(marker + " ")
            self.buffer_line = node.line
        self._walk(node)
        wrote = self._flush() or self.out.next_line != before
        if not wrote and node.tag in _PARAGRAPHS:
            self.out.blank()  # Word's empty paragraph: a blank line, as in the DOCX reader

    # -- tables

    def _rows(self, table: _Node) -> list[_TableRow]:
        head: list[_TableRow] = []
        body: list[_TableRow] = []
        foot: list[_TableRow] = []
        for child in table.elements("thead", "tbody", "tfoot", "tr"):
            if _hidden(child):
                continue
            if child.tag == "tr":
                body.append(_TableRow(child, False))
            else:
                target = head if child.tag == "thead" else foot if child.tag == "tfoot" else body
                target.extend(_TableRow(tr, child.tag == "thead") for tr in child.elements("tr")
                              if not _hidden(tr))
        # A <tfoot> may come before the body in the source; it prints after it.
        return head + body + foot

    def _grid(self, rows: list[_TableRow], header_count: int) -> list[list[str]]:
        grid: list[list[str]] = []
        # grid column -> (rows a rowspan still covers, its title when it is a header cell)
        pending: dict[int, tuple[int, str]] = {}
        for index, row in enumerate(rows):
            cells: list[str] = []
            in_header = index < header_count
            for cell in row.node.elements("td", "th"):
                _skip_spanned(cells, pending, in_header)
                colspan = _span(cell.attrs.get("colspan"))
                rowspan = _span(cell.attrs.get("rowspan"))
                text = _inline_text(cell)
                if rowspan > 1:
                    for offset in range(colspan):
                        pending[len(cells) + offset] = (rowspan - 1, "" if offset else text)
                cells.extend([text] + [""] * (colspan - 1))
            # Columns a rowspan from above still covers after this row's last cell.
            while any(n > 0 for c, (n, _) in pending.items() if c >= len(cells)):
                if not _skip_spanned(cells, pending, in_header):
                    cells.append("")
            grid.append(cells)
        return grid

    def _header_count(self, rows: list[_TableRow]) -> int:
        head = 0
        while head < len(rows) and rows[head].in_head:
            head += 1
        if head:
            return min(head, MAX_HEADER_ROWS)
        all_th = 0
        while all_th < len(rows) and _only_th(rows[all_th].node):
            all_th += 1
        if all_th and all_th < len(rows):
            return min(all_th, MAX_HEADER_ROWS)
        if not rows:
            return 0
        # The first row, and the rows its rowspans reach down over (a two-row header).
        spans = [_span(c.attrs.get("rowspan")) for c in rows[0].node.elements("td", "th")]
        return min(max(spans, default=1), MAX_HEADER_ROWS, len(rows))

    def _table(self, table: _Node) -> None:
        for caption in table.elements("caption"):
            self.out.prose(_inline_text(caption), self._at(caption.line))
        all_rows = self._rows(table)
        for rows in _sheet_sections(all_rows, self._grid(all_rows, 0)):
            self.tables += 1
            titles = _title_rows(rows, self._grid(rows, 0))
            for title in rows[:titles]:
                self.out.prose(_inline_text(title.node), self._at(title.node.line))
            rows = rows[titles:]
            header_count = self._header_count(rows)
            grid = self._grid(rows, header_count)
            locations: list[Location] = [self._at(r.node.line) for r in rows]
            self.out.grid(grid, header_count, locations, self._at(table.line))


MAX_SECTION_TITLES = 3


def _sheet_sections(rows: list[_TableRow], grid: list[list[str]]) -> list[list[_TableRow]]:
    """A spreadsheet saved as a web page is one table per sheet, holding several tables one
    under another: a blank row, a title row or two (``Tabel 2. Kriteria ...``), a header;
    or a blank row and paragraphs in cells merged across the sheet. There the table is split,
    and each piece is a table of its own (the writer prints a piece of paragraphs as prose);
    a blank row anywhere else (a spacer between groups of rows) leaves the table whole."""
    def filled(i: int) -> list[str]:
        return [c for c in grid[i] if c.strip()]

    sections: list[list[int]] = [[]]
    i = 0
    while i < len(rows):
        if filled(i) or not sections[-1]:
            sections[-1].append(i)
            i += 1
            continue
        start = i
        while i < len(rows) and not filled(i):
            i += 1
        run = 0  # rows of one cell of text: titles, or paragraphs
        while i + run < len(rows) and len(filled(i + run)) == 1:
            run += 1
        head = i + run
        # (a section of titles only, "Periode ...", ends at a blank row before a header)
        only_titles = all(len(filled(k)) <= 1 for k in sections[-1])
        header_next = head < len(rows) and len(filled(head)) >= 2 \
            and not any(FIGURE_CELL_RE.match(c) for c in filled(head))
        new_table = header_next and (0 < run <= MAX_SECTION_TITLES or run == 0 and only_titles) \
            or run > 0 and (head >= len(rows) or not filled(head))  # text below a table
        if new_table:
            sections.append([])
        else:
            sections[-1].extend(range(start, i))
    return [[rows[k] for k in section] for section in sections if section]


def _skip_spanned(cells: list[str], pending: dict[int, tuple[int, str]],
                  in_header: bool) -> bool:
    """Fill the grid columns a rowspan from a row above covers; True if any was filled.

    Empty in the body, so that a merged label or figure is not counted twice; in a header
    row the title is repeated, because the table reader takes a sub-header row for a header
    only when it names most columns (see the DOCX reader's ``_repeat_merged_titles``).
    """
    filled = False
    while pending.get(len(cells), (0, ""))[0] > 0:
        remaining, text = pending[len(cells)]
        pending[len(cells)] = (remaining - 1, text)
        cells.append(text if in_header else "")
        filled = True
    return filled


def _title_rows(rows: list[_TableRow], grid: list[list[str]]) -> int:
    """Leading rows made of one cell across the whole table: a caption typed into the
    table, printed above it where the table reader looks for a caption (as in the DOCX
    reader). A header row and a body row must remain."""
    width = max((len(r) for r in grid), default=0)
    count = 0
    while count < min(2, len(rows) - 2) and width >= 2:
        cells = rows[count].node.elements("td", "th")
        if len(cells) != 1 or _span(cells[0].attrs.get("colspan")) != width \
                or not _inline_text(cells[0]):
            break
        count += 1
    return count


_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _hidden(node: _Node) -> bool:
    """Hidden by its own style (a spreadsheet's hidden row, Word's hidden text): not printed,
    so not read."""
    return bool(_HIDDEN_STYLE_RE.search(node.attrs.get("style") or "")) \
        or "hidden" in node.attrs


def _only_th(tr: _Node) -> bool:
    cells = tr.elements("td", "th")
    return bool(cells) and all(c.tag == "th" for c in cells)
