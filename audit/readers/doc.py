"""Word 97–2003 reader (``.doc``): the binary Word format many offices still exchange, as the
text the table reader parses.

A ``.doc`` is an OLE compound file (read with ``olefile``) whose ``WordDocument`` stream
holds the text and the paragraph properties, and whose table stream (``0Table`` or
``1Table``) holds the indexes into them ([MS-DOC]):

* The text of the main story is gathered piece by piece through the piece table (``Clx``):
  each piece is 8-bit (Windows-1252) or UTF-16 text at its own offset, which is also how
  the properties below are found for a character.
* Each paragraph's properties (``PapxFkp`` pages, found through ``PlcBtePapx``) say whether
  it lies in a table (``sprmPFInTable``), ends a table row (``sprmPFTtp``), and on a row's
  end, the right edge of each cell and its merges (``sprmTDefTable``, ``sprmTVertMerge``)
  and whether the row is a repeated header (``sprmTTableHeader``). A cell ends with the
  cell mark (0x07); its paragraphs are its text. Rows are laid on their cells' edges by
  :mod:`audit.readers.edges`, as RTF rows are.
* Headings: the built-in heading styles (style indexes 1–9, fixed by the format) or an
  outline level set on the paragraph, printed with Markdown's ``#`` marks.
* Field codes (between 0x13 and 0x14) are dropped and their results kept; pictures, drawn
  objects and note references leave nothing; a table nested in a cell joins its cell's
  text, unless the outer table only lays out the page (a few rows framing a data table):
  then its paragraphs are prose and the nested table a table, as the DOCX reader reads it.
* Tracked deletions and hidden text (character properties, ``ChpxFkp`` pages) are left out,
  as Word prints the document.

* List numbers, which Word computes when it prints (they are not in the text), from the
  lists' levels (``PlfLst``) and each paragraph's list and level (``sprmPIlfo``,
  ``sprmPIlvl``), as the DOCX reader prints them.

Not read: headers and footers, footnotes and text boxes (other stories of the document),
numbering a paragraph takes from its style, a list's per-use overrides, and properties a
fast save left in the piece table. An encrypted document, an Excel or PowerPoint file of
the same era, and a password-protected DOCX (also an OLE file) get a message saying so.
"""

from __future__ import annotations

import struct
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from audit.readers._lines import LineWriter, invalid, list_counter, tab_stop_row
from audit.readers.edges import CellDef, Item, Row, layout_items, lays_out_tables, write_grid
from audit.readers.source import Rendered
from audit.readers.text import ReaderError

WHAT = "Word 97-2003 document (.doc)"

_WORD_IDENT = 0xA5EC
_FKP_PAGE = 512
# Pairs of (fc, lcb) in FibRgFcLcb97 that this reader uses
_PAIR_BTE_CHPX = 12
_PAIR_BTE_PAPX = 13
_PAIR_CLX = 33
_PAIR_LISTS = 73  # PlfLst: the lists and their levels
_PAIR_LIST_USES = 74  # PlfLfo: a paragraph's list number points here

_SPRM_IN_TABLE = 0x2416
_SPRM_TTP = 0x2417
_SPRM_ITAP = 0x6649
_SPRM_INNER_CELL = 0x244B
_SPRM_LIST_USE = 0x460B  # sprmPIlfo
_SPRM_LIST_LEVEL = 0x260A  # sprmPIlvl
_SPRM_INNER_TTP = 0x244C
_SPRM_OUTLINE = 0x2640
_SPRM_TABLE_HEADER = 0x3404
_SPRM_DEF_TABLE = 0xD608
_SPRM_VERT_MERGE = 0xD62B
_SPRM_CHG_TABS = 0xC615
_SPRM_HUGE_PAPX = 0x6646
_OPERAND_SIZE = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by the sprm's spra bits

_PARAGRAPH_END = "\r\x07\x0c"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
# Characters that are marks, not text: pictures (0x01), note references (0x02), annotation
# references (0x05), drawn objects (0x08), optional hyphens (0x1F)
_DROPPED = dict.fromkeys(map(ord, "\x00\x01\x02\x03\x04\x05\x06\x08\x1f"), None)
_SPACES = {ord("\x0b"): " ", ord("\x0e"): " ", ord("\xa0"): " ", ord("\x1e"): "-"}


def render_doc(path: str | Path) -> Rendered:
    """Read a ``.doc`` report into the text form, with paragraph / table locations."""
    import olefile  # imported on demand: only .doc files need it

    p = Path(path)
    try:
        ole = olefile.OleFileIO(str(p))
    except OSError as exc:
        raise invalid(p, WHAT, exc) from exc
    try:
        _refuse_other_kinds(p, ole)
        word = ole.openstream("WordDocument").read()
        fib = _Fib.parse(p, word)
        if not ole.exists(fib.table_stream):
            raise ReaderError(f"{p}: not a valid {WHAT} (its {fib.table_stream} stream is "
                              f"missing)")
        table = ole.openstream(fib.table_stream).read()
        text, positions = _shown(*_main_text(word, table, fib), _unprinted(word, table, fib))
        data = ole.openstream("Data").read() if ole.exists("Data") else b""
        papx = _Papx(word, table, fib, data)
        renderer = _DocRenderer(_Numbering.read(table, fib))
        for paragraph in _paragraphs(text, positions, papx):
            renderer.add(paragraph)
        renderer.finish()
        return renderer.out.rendered("doc")
    except ReaderError:
        raise
    except Exception as exc:  # a reader boundary: any failure is an unreadable file
        raise invalid(p, WHAT, exc) from exc
    finally:
        ole.close()


def _refuse_other_kinds(path: Path, ole: object) -> None:
    exists = ole.exists  # type: ignore[attr-defined]
    if exists("EncryptedPackage"):
        raise ReaderError(f"{path}: a password-protected Office document; save it again "
                          f"without a password")
    if exists("Workbook") or exists("Book"):
        raise ReaderError(f"{path}: an Excel 97-2003 workbook (.xls), which this auditor "
                          f"does not read; save it as .xlsx")
    if exists("PowerPoint Document"):
        raise ReaderError(f"{path}: a PowerPoint presentation, not a report this auditor "
                          f"reads")
    if not exists("WordDocument"):
        raise ReaderError(f"{path}: an OLE compound file that is no Word document")


@dataclass
class _Fib:
    """What the File Information Block says about where things are."""

    table_stream: str
    main_chars: int
    clx: tuple[int, int]
    bte_papx: tuple[int, int]
    bte_chpx: tuple[int, int]
    lists: tuple[int, int] = (0, 0)
    list_uses: tuple[int, int] = (0, 0)

    @classmethod
    def parse(cls, path: Path, word: bytes) -> _Fib:
        if len(word) < 0x9A or struct.unpack_from("<H", word, 0)[0] != _WORD_IDENT:
            raise ReaderError(f"{path}: not a valid {WHAT} (no Word file information block; "
                              f"a Word 6 or Word 95 file? save it again as .docx)")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:
            raise ReaderError(f"{path}: an encrypted (password-protected) Word document; "
                              f"save it again without a password")
        at = 32
        words = struct.unpack_from("<H", word, at)[0]
        at += 2 + 2 * words
        longs = struct.unpack_from("<H", word, at)[0]
        lw_at = at + 2
        main_chars = struct.unpack_from("<i", word, lw_at + 3 * 4)[0]
        at = lw_at + 4 * longs
        pairs = struct.unpack_from("<H", word, at)[0]
        if pairs <= _PAIR_CLX:
            raise ReaderError(f"{path}: not a valid {WHAT} (its file information block is "
                              f"too short)")
        pairs_at = at + 2

        def pair(index: int) -> tuple[int, int]:
            fc, lcb = struct.unpack_from("<II", word, pairs_at + 8 * index)
            return fc, lcb

        return cls("1Table" if flags & 0x0200 else "0Table", max(0, main_chars),
                   pair(_PAIR_CLX), pair(_PAIR_BTE_PAPX), pair(_PAIR_BTE_CHPX),
                   *((pair(_PAIR_LISTS), pair(_PAIR_LIST_USES)) if pairs > _PAIR_LIST_USES
                     else ()))


def _main_text(word: bytes, table: bytes, fib: _Fib) -> tuple[str, list[int]]:
    """The main story's characters, and the stream offset (fc) of each."""
    fc, lcb = fib.clx
    clx = table[fc:fc + lcb]
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # property modifiers of a fast save
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5:at + 5 + size]
    count = (len(plc) - 4) // 12
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    chars: list[str] = []
    positions: list[int] = []
    for k in range(count):
        start, end = cps[k], min(cps[k + 1], fib.main_chars)
        if end <= start:
            continue
        value = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * k + 2)[0]
        if value & 0x40000000:
            offset = (value & 0x3FFFFFFF) // 2
            piece = word[offset:offset + end - start].decode("cp1252", "replace")
            step = 1
        else:
            offset = value & 0x3FFFFFFF
            piece = word[offset:offset + 2 * (end - start)].decode("utf-16-le", "replace")
            step = 2
        chars.append(piece)
        positions.extend(range(offset, offset + step * len(piece), step))
    return "".join(chars), positions


_SPRM_DELETED = 0x0800  # sprmCFRMarkDel: a tracked deletion
_SPRM_VANISH = 0x083C  # sprmCFVanish: hidden text
_ON = (0x01, 0x81)  # a toggle that is on (0x81: the opposite of a style that is off)


def _fkp_pages(word: bytes, table: bytes, plc_at: tuple[int, int]) -> list[bytes]:
    """The 512-byte property pages a PlcBte (of paragraphs or of characters) points to."""
    fc, lcb = plc_at
    plc = table[fc:fc + lcb]
    count = (len(plc) - 4) // 8
    pages = []
    for k in range(count):
        number = struct.unpack_from("<I", plc, 4 * (count + 1) + 4 * k)[0] & 0x3FFFFF
        page = word[number * _FKP_PAGE:(number + 1) * _FKP_PAGE]
        if len(page) == _FKP_PAGE:
            pages.append(page)
    return pages


def _unprinted(word: bytes, table: bytes, fib: _Fib) -> list[tuple[int, int]]:
    """Stream ranges of character runs Word does not print (tracked deletions, hidden
    text), from the ChpxFkp pages, in order."""
    ranges: list[tuple[int, int]] = []
    for page in _fkp_pages(word, table, fib.bte_chpx):
        runs = page[_FKP_PAGE - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for i in range(runs):
            offset = 2 * page[4 * (runs + 1) + i]
            if offset and _hides(page[offset + 1:offset + 1 + page[offset]]):
                ranges.append((bounds[i], bounds[i + 1]))
    return sorted(ranges)


def _hides(grpprl: bytes) -> bool:
    at = 0
    while at + 2 < len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        spra = sprm >> 13
        if sprm in (_SPRM_DELETED, _SPRM_VANISH) and grpprl[at + 2] in _ON:
            return True
        size = grpprl[at + 2] + 1 if spra == 6 else _OPERAND_SIZE[spra]
        at += 2 + size
    return False


def _shown(text: str, positions: list[int], unprinted: list[tuple[int, int]]) \
        -> tuple[str, list[int]]:
    """The text without the characters Word does not print; paragraph and cell marks stay,
    so that the paragraphs and the tables keep their shape."""
    if not unprinted:
        return text, positions
    starts = [start for start, _ in unprinted]
    chars: list[str] = []
    kept: list[int] = []
    for char, fc in zip(text, positions, strict=True):
        k = bisect_right(starts, fc) - 1
        if k >= 0 and fc < unprinted[k][1] and char not in _PARAGRAPH_END:
            continue
        chars.append(char)
        kept.append(fc)
    return "".join(chars), kept


@dataclass
class _Props:
    """The paragraph properties this reader uses."""

    istd: int = 0
    in_table: bool = False
    row_end: bool = False
    inner_row_end: bool = False
    inner_cell: bool = False
    list_use: int = 0  # 1-based into PlfLfo; 0: no list
    list_level: int = 0
    depth: int = 0
    outline: int | None = None
    header: bool = False
    cells: list[CellDef] = field(default_factory=list)


class _Papx:
    """Paragraph properties by stream offset, from the PapxFkp pages."""

    def __init__(self, word: bytes, table: bytes, fib: _Fib, data: bytes) -> None:
        self.data = data
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.props: list[_Props] = []
        for page in _fkp_pages(word, table, fib.bte_papx):
            self._read_page(page)

    def _read_page(self, page: bytes) -> None:
        runs = page[_FKP_PAGE - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page, 0)
        for i in range(runs):
            offset = 2 * page[4 * (runs + 1) + 13 * i]
            props = _Props()
            if offset:
                size = page[offset]
                if size == 0:
                    data = page[offset + 2:offset + 2 + 2 * page[offset + 1]]
                else:
                    data = page[offset + 1:offset + 2 * size]
                if len(data) >= 2:
                    props.istd = struct.unpack_from("<H", data, 0)[0]
                    _apply(props, data[2:], self.data)
            self.starts.append(bounds[i])
            self.ends.append(bounds[i + 1])
            self.props.append(props)

    def at(self, fc: int) -> _Props:
        index = bisect_right(self.starts, fc) - 1
        if index >= 0 and fc < self.ends[index]:
            return self.props[index]
        return _Props()


def _apply(props: _Props, grpprl: bytes, data: bytes) -> None:
    at = 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        spra = sprm >> 13
        if spra == 6:
            if sprm == _SPRM_DEF_TABLE:
                size = struct.unpack_from("<H", grpprl, at)[0] - 1
                at += 2
            elif sprm == _SPRM_CHG_TABS and at < len(grpprl) and grpprl[at] == 255:
                break  # a rare long tab list: the rest says nothing about tables
            else:
                size = grpprl[at] if at < len(grpprl) else 0
                at += 1
        else:
            size = _OPERAND_SIZE[spra]
        operand = grpprl[at:at + size]
        at += size
        if sprm == _SPRM_HUGE_PAPX and len(operand) == 4:
            # properties too large for their page (a wide row's cells) are in the Data
            # stream, as a size and the sprms
            offset = struct.unpack_from("<I", operand, 0)[0]
            if offset + 2 <= len(data):
                size = struct.unpack_from("<H", data, offset)[0]
                _apply(props, data[offset + 2:offset + 2 + size], b"")
            continue
        _set(props, sprm, operand)


def _set(props: _Props, sprm: int, operand: bytes) -> None:
    if not operand:
        return
    if sprm == _SPRM_IN_TABLE:
        props.in_table = operand[0] != 0
    elif sprm == _SPRM_TTP:
        props.row_end = operand[0] != 0
    elif sprm == _SPRM_INNER_TTP:
        props.inner_row_end = operand[0] != 0
    elif sprm == _SPRM_INNER_CELL:
        props.inner_cell = operand[0] != 0
    elif sprm == _SPRM_LIST_USE and len(operand) == 2:
        props.list_use = struct.unpack_from("<h", operand, 0)[0]
    elif sprm == _SPRM_LIST_LEVEL:
        props.list_level = min(operand[0], 8)
    elif sprm == _SPRM_ITAP and len(operand) == 4:
        props.depth = struct.unpack_from("<i", operand, 0)[0]
    elif sprm == _SPRM_OUTLINE:
        props.outline = operand[0]
    elif sprm == _SPRM_TABLE_HEADER:
        props.header = operand[0] != 0
    elif sprm == _SPRM_DEF_TABLE:
        props.cells = _cell_definitions(operand)
    elif sprm == _SPRM_VERT_MERGE and len(operand) >= 2 and operand[0] < len(props.cells):
        cell = props.cells[operand[0]]
        cell.merged_down = operand[1] == 1
        cell.starts_down = operand[1] == 3


def _cell_definitions(operand: bytes) -> list[CellDef]:
    """Cells of a row from ``TDefTableOperand``: edges, then a 20-byte TC80 per cell."""
    count = operand[0]
    if len(operand) < 1 + 2 * (count + 1):
        return []
    edges = struct.unpack_from(f"<{count + 1}h", operand, 1)
    cells = []
    for k in range(count):
        cell = CellDef(edges[k + 1])
        at = 1 + 2 * (count + 1) + 20 * k
        if at + 2 <= len(operand):
            flags = struct.unpack_from("<H", operand, at)[0]
            cell.merged_across = flags & 0x3 in (2, 3)
            vertical = (flags >> 5) & 0x3
            cell.merged_down = vertical == 1
            cell.starts_down = vertical == 3
        cells.append(cell)
    return cells


@dataclass
class _Paragraph:
    text: str
    end: str  # the character that ended it
    props: _Props


def _paragraphs(text: str, positions: list[int], papx: _Papx) -> list[_Paragraph]:
    """The main story's paragraphs, field codes dropped, with their properties."""
    out: list[_Paragraph] = []
    parts: list[str] = []
    fields: list[bool] = []  # per open field: is its code (not its result) being read
    start = 0
    for index, char in enumerate(text):
        if char == _FIELD_BEGIN:
            parts.append(text[start:index] if not any(fields) else "")
            fields.append(True)
            start = index + 1
        elif char == _FIELD_SEPARATOR and fields:
            fields[-1] = False
            start = index + 1
        elif char == _FIELD_END and fields:
            if not any(fields):
                parts.append(text[start:index])
            fields.pop()
            start = index + 1
        elif char in _PARAGRAPH_END and not any(fields):
            parts.append(text[start:index])
            raw = "".join(parts).translate(_DROPPED).translate(_SPACES)
            out.append(_Paragraph(_tabbed(raw), char, papx.at(positions[index])))
            parts = []
            start = index + 1
    if start < len(text) and not any(fields):
        parts.append(text[start:])
    rest = _tabbed("".join(parts).translate(_DROPPED).translate(_SPACES))
    if rest:
        out.append(_Paragraph(rest, "\r", _Props()))
    return out


def _tabbed(raw: str) -> str:
    """The paragraph's words, spaces collapsed, its tabs kept (a tab-stop table's cells)."""
    return "\t".join(" ".join(cell.split()) for cell in raw.rstrip().split("\t"))


class _DocRenderer:
    def __init__(self, numbering: _Numbering) -> None:
        self.out = LineWriter()
        self.numbering = numbering
        self.paragraphs = 0
        self.tables = 0
        self.rows: list[Row] = []
        self.cells: list[list[Item]] = []
        self.items: list[Item] = []
        # a table nested in a cell (depth 2; deeper ones join its cells' text)
        self.inner_rows: list[Row] = []
        self.inner_cells: list[list[Item]] = []
        self.inner_items: list[Item] = []
        self.tab_rows = False  # the paragraph before was a row of a tab-stop table

    def add(self, paragraph: _Paragraph) -> None:
        props = paragraph.props
        if props.in_table or props.depth > 0 or paragraph.end == "\x07":
            self._in_table(paragraph)
            return
        self._end_table()
        self.paragraphs += 1
        label = self.numbering.label(props.list_use, props.list_level)
        text = paragraph.text
        self._prose(f"{label} {text}" if label and text.strip() else text,
                    _heading_level(props))

    def _prose(self, text: str, level: int | None = None) -> None:
        if tab_stop_row(text, self.tab_rows):
            self.out.verbatim(text, {"paragraph": self.paragraphs})
            self.tab_rows = True
            return
        self.tab_rows = False
        text = " ".join(text.split())
        if text and level:
            text = "#" * level + " " + text
        if text:
            self.out.prose(text, {"paragraph": self.paragraphs})
        else:
            self.out.blank()

    def _in_table(self, paragraph: _Paragraph) -> None:
        props = paragraph.props
        text = " ".join(paragraph.text.split())
        if props.depth >= 2:
            self._in_nested(paragraph, text)
            return
        self._end_nested()
        if props.row_end and paragraph.end == "\x07":
            if self.items:  # text after the last cell mark: no cell of its own
                self._end_cell()
            if self.cells:
                self.rows.append(Row(self.cells, props.cells, props.header))
            self.cells = []
            return
        if text:
            self.items.append(text)
        if paragraph.end == "\x07":
            self._end_cell()

    def _in_nested(self, paragraph: _Paragraph, text: str) -> None:
        props = paragraph.props
        if props.inner_row_end and props.depth == 2:
            if self.inner_items:
                self.inner_cells.append(self.inner_items)
                self.inner_items = []
            if self.inner_cells:
                self.inner_rows.append(Row(self.inner_cells, props.cells, props.header))
            self.inner_cells = []
            return
        if text:
            self.inner_items.append(text)
        if props.inner_cell and props.depth == 2:
            self.inner_cells.append(self.inner_items)
            self.inner_items = []

    def _end_nested(self) -> None:
        if self.inner_items:
            self.inner_cells.append(self.inner_items)
            self.inner_items = []
        if self.inner_cells:  # a nested row that never saw its end mark
            self.inner_rows.append(Row(self.inner_cells, [], False))
            self.inner_cells = []
        if self.inner_rows:
            self.items.append(self.inner_rows)
            self.inner_rows = []

    def _end_cell(self) -> None:
        self._end_nested()
        self.cells.append(self.items)
        self.items = []

    def _end_table(self) -> None:
        self._end_nested()
        if self.items:
            self._end_cell()
        if self.cells:  # a row that never saw its end mark (a damaged file)
            self.rows.append(Row(self.cells, [], False))
            self.cells = []
        if self.rows:
            self._emit(self.rows)
            self.rows = []

    def _emit(self, rows: list[Row]) -> None:
        if not lays_out_tables(rows):
            self.tables += 1
            write_grid(self.out, rows, self.tables)
            return
        for item in layout_items(rows):
            if isinstance(item, str):
                self.paragraphs += 1
                self._prose(item)
            else:
                self._emit(item)
        self.out.blank()

    def finish(self) -> None:
        self._end_table()


# Word's number formats (nfc) as the DOCX reader names them
_FORMATS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter",
            4: "lowerLetter", 22: "decimalZero", 23: "bullet", 255: "none"}
MAX_LISTS = 4096


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "\x00."  # placeholders 0-8 stand for the numbers of levels 1-9


@dataclass
class _Numbering:
    """List numbers as Word prints them before a paragraph (they are not in the text):
    each list's levels (``PlfLst``), the list a paragraph's number points to (``PlfLfo``),
    and a counter per list and level."""

    lists: dict[int, list[_Level]] = field(default_factory=dict)  # lsid -> levels
    uses: list[int] = field(default_factory=list)  # PlfLfo entry -> lsid
    counters: dict[int, list[int | None]] = field(default_factory=dict)

    @classmethod
    def read(cls, table: bytes, fib: _Fib) -> _Numbering:
        numbering = cls()
        try:
            numbering._read_lists(table, *fib.lists)
            numbering._read_uses(table, *fib.list_uses)
        except (struct.error, IndexError, UnicodeDecodeError):
            pass  # a damaged list table: paragraphs print without their numbers
        return numbering

    def _read_lists(self, table: bytes, fc: int, lcb: int) -> None:
        if lcb < 2:
            return
        count = min(struct.unpack_from("<h", table, fc)[0], MAX_LISTS)
        at = fc + 2 + 28 * count  # the levels follow the list headers
        for k in range(max(count, 0)):
            header = fc + 2 + 28 * k
            lsid = struct.unpack_from("<i", table, header)[0]
            simple = table[header + 26] & 0x01
            levels = []
            for _ in range(1 if simple else 9):
                start, nfc = struct.unpack_from("<iB", table, at)
                chpx, papx = table[at + 24], table[at + 25]
                at += 28 + papx + chpx
                chars = struct.unpack_from("<H", table, at)[0]
                text = table[at + 2:at + 2 + 2 * chars].decode("utf-16-le")
                at += 2 + 2 * chars
                levels.append(_Level(start, _FORMATS.get(nfc, "decimal"), text))
            self.lists[lsid] = levels

    def _read_uses(self, table: bytes, fc: int, lcb: int) -> None:
        if lcb < 4:
            return
        count = min(struct.unpack_from("<I", table, fc)[0], MAX_LISTS)
        self.uses = [struct.unpack_from("<i", table, fc + 4 + 16 * k)[0]
                     for k in range(count)]

    def label(self, use: int, level: int) -> str:
        """The number (or bullet) of a paragraph of list ``use`` at ``level``; counts it."""
        if not 1 <= use <= len(self.uses) or self.uses[use - 1] not in self.lists:
            return ""
        lsid = self.uses[use - 1]
        levels = self.lists[lsid]
        level = min(level, len(levels) - 1)
        counters = self.counters.setdefault(lsid, [None] * 9)
        own = levels[level]
        counters[level] = own.start if counters[level] is None else counters[level] + 1
        for deeper in range(level + 1, 9):
            counters[deeper] = None
        if own.fmt == "bullet":
            return "•"
        if own.fmt == "none":
            return ""
        out = []
        for char in own.text:
            k = ord(char)
            if k < len(levels):
                value = counters[k] if counters[k] is not None else levels[k].start
                out.append(list_counter(value, levels[k].fmt))
            elif k >= 9:
                out.append(char)
        return "".join(out).strip()


def _heading_level(props: _Props) -> int | None:
    if props.outline is not None and props.outline < 9:
        return min(props.outline + 1, 6)
    if 1 <= props.istd <= 9:  # the fixed style indexes of the built-in headings
        return min(props.istd, 6)
    return None
