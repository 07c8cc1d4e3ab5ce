"""RTF reader: a report saved as Rich Text Format (Word's *Save as RTF*, LibreOffice, WordPad)
as the text the table reader parses.

RTF is a stream of control words, groups and text; this reader walks it once with the
standard library (the RTF libraries on PyPI strip tables to text, and the tables are what
the checks need):

* A paragraph (ended by ``\\par``) is one line. ``\\line`` and ``\\tab`` are spaces, ``\\'hh``
  a byte in the document's code page (``\\ansicpg``), ``\\uN`` a Unicode character followed
  by ``\\ucN`` fallback characters that are skipped; ``\\~`` is a space, ``\\-`` nothing.
* A heading is a paragraph with an outline level (``\\outlinelevelN``) or a style the
  style sheet names ``heading N`` / ``Judul N``, printed with Markdown's ``#`` marks.
* Tables are the paragraphs marked ``\\intbl``: ``\\cell`` ends a cell and ``\\row`` a row,
  whose ``\\trowd ... \\cellxN`` definitions give each cell's right edge. Cells are laid on
  the grid of every edge the table's rows use, so a cell wider than those below it spans
  columns as in HTML; ``\\clmgf``/``\\clmrg`` join cells across, ``\\clvmgf``/``\\clvmrg``
  down (in header rows the title merged down is repeated, as the other readers do).
  Header rows are those marked ``\\trhdr`` (Word's repeated header), else the first row and
  the rows its vertical merge covers. A nested table is flattened into its cell.
* Left out: destinations that are no printed text (font and colour tables, style sheet,
  document info, pictures, field instructions, bookmarks, page headers and footers,
  footnotes, comments), hidden text (``\\v``) and tracked deletions (``\\deleted``).

Not handled: text boxes and shapes (``\\shp``), and list numbers Word computes without
writing them (it normally writes them in ``\\listtext``, which is kept).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from audit.readers._lines import LineWriter, invalid
from audit.readers.edges import CellDef, Item, Row, layout_items, lays_out_tables, write_grid
from audit.readers.source import Rendered
from audit.readers.text import ReaderError

WHAT = "RTF document"

_TOKEN_RE = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # a control word and its parameter
    r"|\\'([0-9a-fA-F]{2})"  # a byte in the code page
    r"|\\([^a-zA-Z'])"  # a control symbol
    r"|([{}])"
    r"|[\r\n]+"
    r"|([^\\{}\r\n]+)")

# Destinations whose content is no printed text of the body
_SKIPPED = {
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr",
    "headerf", "footer", "footerl", "footerr", "footerf", "footnote", "fldinst", "listtable",
    "listoverridetable", "rsidtbl", "xmlnstbl", "generator", "themedata",
    "colorschememapping", "latentstyles", "datastore", "object", "annotation", "atnid",
    "atnauthor", "atndate", "revtbl", "pgdsctbl", "nonshppict", "shpinst", "bkmkstart",
    "bkmkend", "filetbl", "pnseclvl", "template", "userprops", "docvar", "mmathPr",
    "ftnsep", "ftnsepc", "aftnsep", "aftnsepc", "ftncn", "nonesttables",
}
_SYMBOLS = {"line": " ", "tab": " ", "emdash": "—", "endash": "–", "lquote": "‘",
            "rquote": "’", "ldblquote": "“", "rdblquote": "”", "bullet": "•",
            "emspace": " ", "enspace": " ", "qmspace": " "}
_CONTROL_SYMBOLS = {"~": " ", "_": "-", "-": "", "\\": "\\", "{": "{", "}": "}"}
# Word writes a Symbol or Wingdings glyph as a private-use character U+F0xx; the bullets and
# the signs reports use are printed as what they show, other glyphs dropped.
_SYMBOL_FONT = {0xB7: "•", 0xA7: "•", 0xD8: "•", 0xFC: "•", 0x76: "•", 0x6F: "•", 0xA8: "•",
                0x6E: "•", 0x71: "•", 0x2D: "-", 0xB3: "≥", 0xA3: "≤", 0xB1: "±", 0xB4: "×",
                0xB8: "÷", 0xAE: "→"}
_HEADING_STYLE_RE = re.compile(r"^(?:heading|judul)\s*(\d)\b", re.IGNORECASE)
_SPACE_RE = re.compile(r"\s+")


def render_rtf(path: str | Path) -> Rendered:
    """Read an ``.rtf`` report into the text form, with paragraph / table locations."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{p}: cannot read file ({exc.strerror or exc})") from exc
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReaderError(f"{p}: not a valid {WHAT} (it does not start with {{\\rtf)")
    try:
        renderer = _RtfRenderer(_codec(data))
        renderer.run(data.decode("latin-1"))
        return renderer.out.rendered("rtf")
    except ReaderError:
        raise
    except Exception as exc:  # a reader boundary: any failure is an unreadable file
        raise invalid(p, WHAT, exc) from exc


def _character(code: int) -> str:
    if 0xF000 <= code <= 0xF0FF:
        return _SYMBOL_FONT.get(code - 0xF000, "")
    try:
        return chr(code)
    except ValueError:
        return ""


def _codec(data: bytes) -> str:
    match = re.search(rb"\\ansicpg(\d+)", data[:4096])
    name = f"cp{int(match.group(1))}" if match else "cp1252"
    try:
        codecs.lookup(name)
    except LookupError:
        return "cp1252"
    return name


@dataclass
class _Group:
    skip: bool = False
    hidden: bool = False
    uc: int = 1
    style_sheet: bool = False  # inside the style sheet: names headings' styles
    nested_props: bool = False  # row definitions of a nested table


@dataclass
class _Level:
    """The table being read at one nesting depth (1: a table in the body)."""
    rows: list[Row] = field(default_factory=list)
    cells: list[list[Item]] = field(default_factory=list)  # the current row's
    items: list[Item] = field(default_factory=list)  # the current cell's
    defs: list[CellDef] = field(default_factory=list)
    pending: CellDef = field(default_factory=lambda: CellDef(0))
    header: bool = False

    def end_cell(self) -> None:
        self.cells.append(self.items)
        self.items = []

    def end_row(self) -> None:
        if self.items:  # text after the last \cell: no cell of its own
            self.end_cell()
        if self.cells:
            self.rows.append(Row(self.cells, list(self.defs), self.header))
        self.cells = []


@dataclass
class _Paragraph:
    parts: list[str] = field(default_factory=list)
    in_table: bool = False
    nesting: int = 1
    outline: int | None = None
    style: int = 0

    def text(self) -> str:
        return _SPACE_RE.sub(" ", "".join(self.parts)).strip()


class _RtfRenderer:
    def __init__(self, codec: str) -> None:
        self.codec = codec
        self.out = LineWriter()
        self.groups = [_Group()]
        self.paragraph = _Paragraph()
        self.paragraphs = 0
        self.heading_styles: dict[int, int] = {}
        self.style_number: int | None = None
        self.style_name: list[str] = []
        self.levels: list[_Level] = []  # the tables being read, outermost first
        self.tables = 0
        self.skip_chars = 0

    # -- the token stream

    def run(self, text: str) -> None:
        for match in _TOKEN_RE.finditer(text):
            word, param, byte, symbol, brace, chars = match.groups()
            group = self.groups[-1]
            if brace == "{":
                self.groups.append(_Group(group.skip, group.hidden, group.uc,
                                          group.style_sheet, group.nested_props))
                self.skip_chars = 0
                continue
            if brace == "}":
                self._close_group()
                continue
            if word is not None:
                self._control(word, int(param) if param is not None else None, group)
            elif byte is not None:
                self._chars(bytes([int(byte, 16)]).decode(self.codec, "replace"), group)
            elif symbol is not None:
                if symbol == "*":
                    group.skip = True  # an optional destination this reader does not know
                elif symbol in ("\n", "\r"):
                    self._paragraph_end()
                else:
                    self._chars(_CONTROL_SYMBOLS.get(symbol, ""), group)
            elif chars is not None:
                self._chars(chars.encode("latin-1").decode(self.codec, "replace"), group)
        self._paragraph_end()
        self._table_end()

    def _close_group(self) -> None:
        # (an unbalanced "}" in a damaged file leaves the document's group in place)
        closing = self.groups.pop() if len(self.groups) > 1 else self.groups[0]
        if closing.style_sheet and self.style_number is not None:
            self._style_entry_end()

    def _chars(self, text: str, group: _Group) -> None:
        if self.skip_chars:
            dropped = min(self.skip_chars, len(text))
            self.skip_chars -= dropped
            text = text[dropped:]
        if not text:
            return
        if group.style_sheet:
            if not group.skip:
                self.style_name.append(text)
            return
        if group.skip or group.hidden:
            return
        self.paragraph.parts.append(text)

    def _control(self, word: str, param: int | None, group: _Group) -> None:
        if word == "nesttableprops":
            group.nested_props = True
            group.skip = False  # (after its "\\*"): the nested rows' definitions
            return
        if word in _SKIPPED:
            if word == "stylesheet":
                group.style_sheet = True
            else:
                group.skip = True
            return
        if group.style_sheet:
            if word == "s" and param is not None:
                self.style_number = param
                self.style_name = []
            return
        if word == "u" and param is not None:
            self._chars(_character(param + 65536 if param < 0 else param), group)
            self.skip_chars = group.uc
            return
        self.skip_chars = 0
        if word == "uc" and param is not None:
            group.uc = max(0, param)
        elif word == "v":
            group.hidden = param != 0
        elif word == "deleted":
            group.hidden = param != 0
        elif word == "bin" and param:
            group.skip = True  # binary data follows; its bytes are tokens this pass skips
        elif group.skip:
            return
        elif word in _SYMBOLS:
            self._chars(_SYMBOLS[word], group)
        elif word in ("par", "sect"):
            self._paragraph_end()
        elif word == "pard":
            self.paragraph.in_table = False
            self.paragraph.nesting = 1
            self.paragraph.outline = None
            self.paragraph.style = 0
        elif word == "intbl":
            self.paragraph.in_table = True
        elif word == "itap" and param is not None:
            self.paragraph.nesting = param
            self.paragraph.in_table = param > 0
        elif word == "outlinelevel" and param is not None:
            self.paragraph.outline = param
        elif word == "s" and param is not None:
            self.paragraph.style = param
        elif word in ("cell", "nestcell"):
            self._cell_end()
        elif word in ("row", "nestrow"):
            self._row_end(self._definitions(group))
        elif word in ("trowd", "trhdr", "clmrg", "clvmrg", "clvmgf", "cellx"):
            self._definition(word, param, self._definitions(group))

    def _definitions(self, group: _Group) -> _Level:
        """The table a row definition belongs to: a nested one's are in its properties."""
        depth = self.paragraph.nesting if group.nested_props else 1
        return self._level(depth)

    @staticmethod
    def _definition(word: str, param: int | None, level: _Level) -> None:
        if word == "trowd":
            level.defs = []
            level.pending = CellDef(0)
            level.header = False
        elif word == "trhdr":
            level.header = True
        elif word == "clmrg":
            level.pending.merged_across = True
        elif word == "clvmrg":
            level.pending.merged_down = True
        elif word == "clvmgf":
            level.pending.starts_down = True
        elif word == "cellx" and param is not None:
            level.pending.right = param
            level.defs.append(level.pending)
            level.pending = CellDef(0)

    def _style_entry_end(self) -> None:
        name = "".join(self.style_name).strip().rstrip(";").strip()
        match = _HEADING_STYLE_RE.match(name)
        if match and self.style_number is not None:
            self.heading_styles[self.style_number] = int(match.group(1))
        self.style_number = None
        self.style_name = []

    # -- paragraphs and tables

    def _level(self, depth: int) -> _Level:
        """The table at ``depth``; a deeper one still open ends in its parent's cell."""
        depth = max(1, min(depth, 8))
        while len(self.levels) > depth:
            inner = self.levels.pop()
            inner.end_row()
            if inner.rows:
                self.levels[-1].items.append(inner.rows)
        while len(self.levels) < depth:
            self.levels.append(_Level())
        return self.levels[-1]

    def _paragraph_end(self) -> None:
        paragraph = self.paragraph
        text = paragraph.text()
        self.paragraph = _Paragraph(in_table=paragraph.in_table, nesting=paragraph.nesting,
                                    outline=paragraph.outline, style=paragraph.style)
        if paragraph.in_table:
            if text:
                self._level(paragraph.nesting).items.append(text)
            return
        self._table_end()
        self.paragraphs += 1
        self._prose(text, self._heading_level(paragraph))

    def _heading_level(self, paragraph: _Paragraph) -> int | None:
        if paragraph.outline is not None and paragraph.outline < 9:
            return paragraph.outline + 1
        return self.heading_styles.get(paragraph.style)

    def _prose(self, text: str, level: int | None = None) -> None:
        if text and level:
            text = "#" * min(level, 6) + " " + text
        if text:
            self.out.prose(text, {"paragraph": self.paragraphs})
        else:
            self.out.blank()

    def _cell_end(self) -> None:
        level = self._level(self.paragraph.nesting)
        text = self.paragraph.text()
        if text:
            level.items.append(text)
        self.paragraph.parts = []
        level.end_cell()

    def _row_end(self, level: _Level) -> None:
        text = self.paragraph.text()
        self.paragraph.parts = []
        if text:
            level.items.append(text)
        level.end_row()
        self.paragraph.in_table = True  # until a paragraph outside the table

    def _table_end(self) -> None:
        if not self.levels:
            return
        outer = self._level(1)
        outer.end_row()
        self.levels = []
        if outer.rows:
            self._emit(outer.rows)

    def _emit(self, rows: list[Row]) -> None:
        if lays_out_tables(rows):
            for item in layout_items(rows):
                if isinstance(item, str):
                    self.paragraphs += 1
                    self._prose(item)
                else:
                    self._emit(item)
            return
        self.tables += 1
        write_grid(self.out, rows, self.tables)
