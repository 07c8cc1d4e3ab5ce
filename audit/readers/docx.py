"""DOCX reader: a Word report as the text the table reader parses.

The body is walked in document order at the XML level (``w:p`` and ``w:tbl``, and what a
content control ``w:sdt`` wraps), because python-docx's ``document.paragraphs`` and
``document.tables`` lose the order between the two, and its ``row.cells`` repeats a merged
cell once per grid column it covers, which would print a spanning title or a merged
"Program" label several times and make the footing checks add it up twice.

* Merged cells are laid out on the table grid: a ``w:gridSpan`` cell puts its text in the
  first grid column and empty cells after it; a ``w:vMerge`` continuation is an empty cell.
  The table reader's column naming carries a spanning title over the empty cells itself.
  Only in header rows is a title merged down repeated (see ``_repeat_merged_titles``).
* Header rows are the rows marked "repeat as header row" (``w:tblHeader``); without any,
  the first row, and the rows below it that continue a vertical merge started in it (a
  two-row header whose "No" and "Uraian" span both rows). A first row that is one cell
  across the table (a caption typed into it) is printed as the caption line above it.
* Automatic numbering is not text in the file. It is recomputed from the numbering part
  (per ``numId`` and level, with the level's format and text such as ``%1.`` or ``%1.%2``),
  because "1.", "a." and "A" markers give the table reader the outline of a list or a table.
* A cell's paragraphs and line breaks are joined by spaces; a nested table's text is
  flattened into its cell, unless the outer table only lays out the page (a few rows, a
  data table nested in a cell): then its paragraphs are prose and the nested table a table.

Text boxes (a key-figures panel, a table set in a box) are read where they are anchored,
each once (not the fallback copy Word keeps for older readers); footnotes are printed after
the body under "Catatan kaki". Not handled: shapes without text boxes, headers and footers,
comments, tracked deletions (left out, as Word prints them struck through) and a caption
placed below its table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.readers._lines import (
    LineWriter,
    check_package,
    invalid,
    list_counter,
    tab_stop_row,
)
from audit.readers.source import Location, Rendered
from audit.readers.text import ReaderError

WHAT = "Word document"
MAX_HEADER_ROWS = 3  # as many header rows as the table reader takes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
W_P, W_TBL, W_TR, W_TC = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
W_VAL = _W + "val"
# Elements that only wrap other content (content controls, custom XML, smart tags).
_WRAPPERS = {_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "smartTag"}
# Subtrees whose text is not paragraph text: text boxes and drawings (their fallback copy
# would print the text twice), deleted runs, and the paragraph and run properties.
_SKIP_IN_PARAGRAPH = {_W + "txbxContent", _W + "drawing", _W + "pict", _MC + "Fallback",
                      _W + "del", _W + "pPr", _W + "rPr", _W + "object"}


def render_docx(path: str | Path) -> Rendered:
    """Read a ``.docx`` report into the text form, with paragraph / table locations."""
    p = Path(path)
    check_package(p, WHAT)
    try:
        from docx import Document as open_document

        document = open_document(str(p))
        return _DocxRenderer(document).render()
    except ReaderError:
        raise
    except Exception as exc:  # a reader boundary: any failure is an unreadable file
        raise invalid(p, WHAT, exc) from exc


def _on(element: Any) -> bool:
    """A boolean property (``w:tblHeader``, ``w:vanish``): present and not switched off."""
    return element is not None and element.get(W_VAL) not in ("0", "false", "off")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _unwrap(element: Any, tags: set[str]) -> Iterator[Any]:
    """The children of ``element`` with a tag in ``tags``, looking through wrappers."""
    for child in element:
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _unwrap(child, tags)


# ---------------------------------------------------------------- numbering

@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = None  # lvlText, e.g. "%1." ; None: the decimal default


def _parse_level(lvl: Any) -> _Level:
    level = _Level()
    start = lvl.find(_W + "start")
    if start is not None:
        level.start = _int(start.get(W_VAL), 1)
    fmt = lvl.find(_W + "numFmt")
    if fmt is not None:
        level.fmt = fmt.get(W_VAL) or "decimal"
    text = lvl.find(_W + "lvlText")
    if text is not None:
        level.text = text.get(W_VAL) or ""
    return level


@dataclass
class _Numbering:
    """List numbers as Word prints them, counted per ``numId`` and level in document order."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    style_numbering: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    style_parent: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)

    @classmethod
    def of(cls, document: Any) -> _Numbering:
        numbering = cls()
        numbering._load_numbering(document)
        numbering._load_styles(document)
        return numbering

    def _load_numbering(self, document: Any) -> None:
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: every list falls back to "1.", "2."
            return
        abstract: dict[str, dict[int, _Level]] = {}
        for node in root.findall(_W + "abstractNum"):
            levels = {_int(lvl.get(_W + "ilvl"), 0): _parse_level(lvl)
                      for lvl in node.findall(_W + "lvl")}
            abstract[node.get(_W + "abstractNumId") or ""] = levels
        for num in root.findall(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            levels = dict(abstract.get(ref.get(W_VAL) if ref is not None else "", {}))
            for override in num.findall(_W + "lvlOverride"):
                ilvl = _int(override.get(_W + "ilvl"), 0)
                lvl = override.find(_W + "lvl")
                level = _parse_level(lvl) if lvl is not None else levels.get(ilvl, _Level())
                start = override.find(_W + "startOverride")
                if start is not None:
                    level = _Level(_int(start.get(W_VAL), 1), level.fmt, level.text)
                levels[ilvl] = level
            self.levels[num.get(_W + "numId") or ""] = levels

    def _load_styles(self, document: Any) -> None:
        try:
            root = document.styles.element
        except Exception:
            return
        for style in root.findall(_W + "style"):
            style_id = style.get(_W + "styleId") or ""
            based = style.find(_W + "basedOn")
            if based is not None and based.get(W_VAL):
                self.style_parent[style_id] = based.get(W_VAL)
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                self.style_numbering[style_id] = _num_pr(num_pr)

    def _style_num(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.style_numbering:
                return self.style_numbering[style_id]
            style_id = self.style_parent.get(style_id)
        return None, None

    def label(self, paragraph: Any) -> str:
        """The list number or bullet Word prints before this paragraph ("" for none)."""
        num_id, ilvl = self._numbering_of(paragraph)
        if not num_id or num_id == "0":
            return ""
        ilvl = min(max(ilvl or 0, 0), 8)
        levels = self.levels.get(num_id, {})
        counters = self.counters.setdefault(num_id, [None] * 9)
        level = levels.get(ilvl, _Level())
        counters[ilvl] = level.start if counters[ilvl] is None else counters[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = None
        if level.fmt == "bullet":
            return "•"
        if level.fmt == "none":
            return ""
        template = level.text if level.text is not None else f"%{ilvl + 1}."

        def number(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            of = levels.get(k, _Level())
            value = counters[k] if counters[k] is not None else of.start
            return list_counter(value, of.fmt)

        return re.sub(r"%([1-9])", number, template).strip()

    def _numbering_of(self, paragraph: Any) -> tuple[str | None, int | None]:
        p_pr = paragraph.find(_W + "pPr")
        style_id = None
        num_id: str | None = None
        ilvl: int | None = None
        if p_pr is not None:
            style = p_pr.find(_W + "pStyle")
            style_id = style.get(W_VAL) if style is not None else None
            num_pr = p_pr.find(_W + "numPr")
            if num_pr is not None:
                num_id, ilvl = _num_pr(num_pr)
        if num_id is None:
            style_num, style_ilvl = self._style_num(style_id)
            num_id = style_num
            ilvl = ilvl if ilvl is not None else style_ilvl
        return num_id, ilvl


def _num_pr(num_pr: Any) -> tuple[str | None, int | None]:
    num = num_pr.find(_W + "numId")
    lvl = num_pr.find(_W + "ilvl")
    return (num.get(W_VAL) if num is not None else None,
            _int(lvl.get(W_VAL), 0) if lvl is not None else None)


# ---------------------------------------------------------------- text

def _run_text(element: Any, out: list[str], tabs: bool = False) -> None:
    """The printed characters under ``element``, in order; breaks (and, unless ``tabs``,
    tabs) as spaces."""
    for child in element:
        tag = child.tag
        if tag in _SKIP_IN_PARAGRAPH:
            continue
        if tag == _W + "t":
            out.append(child.text or "")
        elif tabs and tag in (_W + "tab", _W + "ptab"):
            out.append("\t")
        elif tag in (_W + "tab", _W + "br", _W + "cr", _W + "ptab"):
            # A paragraph is one line of prose: a soft break inside a sentence must not cut
            # it in two for the sentence checks.
            out.append(" ")
        elif tag == _W + "noBreakHyphen":
            out.append("-")
        elif tag == _MC + "AlternateContent":
            choice = child.find(_MC + "Choice")
            if choice is not None:
                _run_text(choice, out, tabs)
        else:
            _run_text(child, out, tabs)


def _tabbed(paragraph: Any) -> str:
    """The paragraph with its tabs kept: a row of a table typed with tab stops."""
    parts: list[str] = []
    _run_text(paragraph, parts, tabs=True)
    return "\t".join(re.sub(r"[^\S\t]+", " ", cell).strip()
                     for cell in "".join(parts).rstrip().split("\t"))


def _plain(paragraph: Any) -> str:
    parts: list[str] = []
    _run_text(paragraph, parts)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


# ---------------------------------------------------------------- tables

@dataclass
class _Grid:
    titles: list[str]  # leading full-width rows: the caption typed into the table
    rows: list[list[str]]
    header_count: int


@dataclass
class _RowCells:
    texts: list[str]
    # grid column -> "restart" / "continue" for vertically merged cells
    merges: dict[int, str]
    header_mark: bool
    lone_cell: bool = False  # a single cell across the row (a caption typed into the table)


class _DocxRenderer:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.numbering = _Numbering.of(document)
        self.out = LineWriter()
        self.paragraphs = 0
        self.tables = 0
        self.tab_rows = False  # the paragraph before was a row of a tab-stop table

    def render(self) -> Rendered:
        body = self.document.element.body
        self._walk(body)
        self._footnotes()
        return self.out.rendered("docx")

    def _walk(self, container: Any) -> None:
        for element in _unwrap(container, {W_P, W_TBL}):
            if element.tag == W_P:
                self._paragraph(element)
                for box in _text_boxes(element):
                    # a text box (a key-figures panel, a table set in a box) anchored in the
                    # paragraph: its contents as a block of their own after it
                    self.out.blank()
                    self._walk(box)
                    self.out.blank()
            else:
                self._table(element)

    def _footnotes(self) -> None:
        """The footnotes, after the body under a heading of their own: a note may carry a
        figure ("termasuk 1.245 pengunjung layanan keliling") a reviewer checks too."""
        from lxml import etree

        part = next((rel.target_part for rel in self.document.part.rels.values()
                     if rel.reltype.endswith("/footnotes") and not rel.is_external), None)
        if part is None:
            return
        try:
            root = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            return
        notes = [fn for fn in root.iter(_W + "footnote")
                 if fn.get(_W + "type") not in ("separator", "continuationSeparator",
                                                "continuationNotice")]
        if not any(_plain(p) for fn in notes for p in fn.iter(W_P)):
            return
        self.out.blank()
        self.out.prose("Catatan kaki", {"footnotes": 0})
        self.out.blank()
        for number, fn in enumerate(notes, start=1):
            text = " ".join(t for p in fn.iter(W_P) if (t := _plain(p)))
            if text:
                self.out.prose(f"{number}) {text}", {"footnote": number})

    def _paragraph_text(self, paragraph: Any) -> str:
        text = _plain(paragraph)
        # An empty numbered paragraph still takes a number in Word: count it, print nothing.
        label = self.numbering.label(paragraph)
        return f"{label} {text}" if label and text else text

    def _paragraph(self, paragraph: Any) -> None:
        self.paragraphs += 1
        text = self._paragraph_text(paragraph)
        tabbed = _tabbed(paragraph) if text else ""
        # a row of a table typed with tab stops: written tab-separated, as the text reader
        # reads such rows
        if tab_stop_row(tabbed, self.tab_rows):
            label = self.numbering.label(paragraph)
            self.out.verbatim(f"{label} {tabbed}" if label else tabbed,
                              {"paragraph": self.paragraphs})
            self.tab_rows = True
            return
        self.tab_rows = False
        if text:
            self.out.prose(text, {"paragraph": self.paragraphs})
        else:
            self.out.blank()

    def _cell_text(self, tc: Any) -> str:
        parts: list[str] = []
        for child in _unwrap(tc, {W_P, W_TBL}):
            if child.tag == W_P:
                parts.append(self._paragraph_text(child))
            else:
                # A nested table has no place in a pipe row: its words go into the cell.
                parts.extend(self._paragraph_text(p) for p in child.iter(W_P))
        return " ".join(p for p in parts if p)

    def _row(self, tr: Any) -> _RowCells:
        tr_pr = tr.find(_W + "trPr")
        before = after = 0
        header = False
        if tr_pr is not None:
            grid_before = tr_pr.find(_W + "gridBefore")
            grid_after = tr_pr.find(_W + "gridAfter")
            before = _int(grid_before.get(W_VAL), 0) if grid_before is not None else 0
            after = _int(grid_after.get(W_VAL), 0) if grid_after is not None else 0
            header = _on(tr_pr.find(_W + "tblHeader"))
        texts = [""] * before
        merges: dict[int, str] = {}
        cells = list(_unwrap(tr, {W_TC}))
        for tc in cells:
            tc_pr = tc.find(_W + "tcPr")
            span, merge = 1, None
            if tc_pr is not None:
                grid_span = tc_pr.find(_W + "gridSpan")
                span = max(1, _int(grid_span.get(W_VAL), 1)) if grid_span is not None else 1
                merge = _merge_state(tc_pr)
            if merge:
                for column in range(len(texts), len(texts) + span):
                    merges[column] = merge
            text = "" if merge == "continue" else self._cell_text(tc)
            texts.extend([text] + [""] * (span - 1))
        texts.extend([""] * after)
        lone = len(cells) == 1 and not before and not after and bool(texts and texts[0])
        return _RowCells(texts, merges, header, lone)

    def _grid(self, tbl: Any) -> _Grid:
        rows = [self._row(tr) for tr in _unwrap(tbl, {W_TR})]
        titles = _title_rows(rows)
        body = rows[titles:]
        count = _header_count(body)
        _repeat_merged_titles(body[:count])
        return _Grid([r.texts[0] for r in rows[:titles]], [r.texts for r in body], count)

    def _table(self, tbl: Any) -> None:
        if _lays_out_tables(tbl):
            # a borderless layout table holding a data table in a cell (a template's
            # two-column page): its cells are read in order, the nested table as a table
            for tr in _unwrap(tbl, {W_TR}):
                for tc in _unwrap(tr, {W_TC}):
                    for child in _unwrap(tc, {W_P, W_TBL}):
                        if child.tag == W_P:
                            self._paragraph(child)
                        else:
                            self._table(child)
            return
        self.tables += 1
        grid = self._grid(tbl)
        number = self.tables
        for index, title in enumerate(grid.titles):
            self.out.prose(title, {"table": number, "row": index + 1})
        locations: list[Location] = [{"table": number, "row": r + 1 + len(grid.titles)}
                                     for r in range(len(grid.rows))]
        self.out.grid(grid.rows, grid.header_count, locations, {"table": number})


LAYOUT_ROWS = 3  # a table of this many rows or fewer that holds a data table lays out a page


_TXBX = _W + "txbxContent"


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in a paragraph, each once: not the copy Word keeps for older
    readers (``mc:Fallback``), nor a box inside another box (that box's walk reaches it)."""
    boxes = []
    for box in paragraph.iter(_TXBX):
        ancestors = list(box.iterancestors())
        inside = ancestors[:ancestors.index(paragraph)] if paragraph in ancestors else ancestors
        if any(a.tag in (_MC + "Fallback", _TXBX) for a in inside):
            continue
        boxes.append(box)
    return boxes


def _lays_out_tables(tbl: Any) -> bool:
    """A table of a few rows with a table of two rows and two columns at least nested in one
    of its cells: a layout, not a table of its own."""
    rows = list(_unwrap(tbl, {W_TR}))
    if not rows or len(rows) > LAYOUT_ROWS:
        return False
    for tr in rows:
        for tc in _unwrap(tr, {W_TC}):
            for child in _unwrap(tc, {W_TBL}):
                inner = list(_unwrap(child, {W_TR}))
                if len(inner) >= 2 and max(len(list(_unwrap(r, {W_TC}))) for r in inner) >= 2:
                    return True
    return False


def _merge_state(tc_pr: Any) -> str | None:
    """"restart" / "continue" for a vertically merged cell (or an old-style ``w:hMerge``
    continuation, which is printed empty the same way), None otherwise."""
    v_merge = tc_pr.find(_W + "vMerge")
    if v_merge is not None:
        return "restart" if v_merge.get(W_VAL) == "restart" else "continue"
    h_merge = tc_pr.find(_W + "hMerge")
    if h_merge is not None and h_merge.get(W_VAL) != "restart":
        return "continue"
    return None


def _repeat_merged_titles(header: list[_RowCells]) -> None:
    """Print a title merged down over several header rows ("No", "Uraian") in each of them.

    The table reader takes a row above the separator as a header row only when it looks
    like one (titles over most columns); a sub-header row such as ``| | | Target |
    Realisasi |`` under a wide table does not, and would be read as the first body row.
    Repeating the merged titles makes it look like what it is, and costs nothing: the
    model names a column by its header rows with repeats dropped ("No", not "No / No").
    Body rows keep their continuations empty, so no figure or label is counted twice.
    """
    for above, row in zip(header, header[1:], strict=False):
        for column, state in row.merges.items():
            if state == "continue" and column < len(above.texts) and column < len(row.texts):
                row.texts[column] = above.texts[column]


def _title_rows(rows: list[_RowCells]) -> int:
    """Leading rows made of one cell across the whole table: a caption ("Tabel 2.1 ...")
    typed into the table. Printed above it, it is the caption the table reader looks for;
    left in, it would be taken for the header. A header row and a body row must remain."""
    width = max((len(r.texts) for r in rows), default=0)
    count = 0
    while count < min(2, len(rows) - 2) and width >= 2 and rows[count].lone_cell \
            and len(rows[count].texts) == width:
        count += 1
    return count


def _header_count(rows: list[_RowCells]) -> int:
    """Rows marked as repeating header; otherwise the first row and the rows that continue
    its vertical merges."""
    if not rows:
        return 0
    marked = 0
    while marked < len(rows) and rows[marked].header_mark:
        marked += 1
    if marked:
        return min(marked, MAX_HEADER_ROWS)
    spanning = {c for c, state in rows[0].merges.items() if state == "restart"}
    count = 1
    while count < min(len(rows), MAX_HEADER_ROWS):
        continued = {c for c, state in rows[count].merges.items() if state == "continue"}
        if not continued & spanning:
            break
        count += 1
    return count
