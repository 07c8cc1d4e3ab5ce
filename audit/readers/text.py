"""Reader for plain-text / Markdown reports, as extracted from published PDFs.

Tables arrive as Markdown pipe tables or tab-separated lines. This reader rebuilds each
logical table: caption, header rows (several when the header spans rows), body rows with
their kind (data, group, total) and outline level, and every cell with its 1-based line.
What real extraction does and how it is undone:

* a table broken by a page turn continues after blank lines, page numbers or running
  headers, sometimes repeating its header: the pieces are joined and the repeat dropped;
* a column-number row (``1 2 3 4``, ``(1) (2) (3)``) under the header is recognised and kept
  out of the body;
* a long cell wrapped onto a line of its own is joined back into the cell above;
* a header row in the middle of a body starts a new table (two tables printed back to back);
* a header that lost cells (a title that spanned two body columns, an empty title, a
  sub-header row printed flush left) is realigned with its body when the body's content
  leaves only one reading (see "header alignment" below).

Everything that is not a table line is prose, split into sentences that keep their line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import combinations
from pathlib import Path
from typing import Literal

from audit.figures import DASHES, as_thousands, is_year, parse_figure
from audit.model import TABLE_PREFIX, Cell, Document, Row, Sentence, Table, is_total_label
from audit.printable import printable
from audit.readers.grid import find_grid_tables, find_multiline_tables, find_simple_tables
from audit.readers.keyvalue import find_key_values
from audit.readers.latex import find_latex_tables
from audit.readers.layout import (
    CAPTION_RUNS_ON_RE,
    GROUP_HEADING_RE,
    PAGE_MARK_RE,
    RANGE_CELL_RE,
    LayoutBlock,
    LayoutRow,
    find_cell_lines,
    find_space_aligned,
    is_running,
    running_lines,
)

_CAPTION_RE = re.compile(rf"^[\s*_#]*(?:lanjutan\s+)?(tabel|table)\s*{TABLE_PREFIX}[0-9IVX]+",
                         re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_PAGE_JUNK_RE = re.compile(r"^[\s\-–—]*([0-9]{1,3}|[ivxlc]{1,6})[\s\-–—]*$", re.IGNORECASE)
_NUMBER_CELL_RE = re.compile(r"^\(?(\d{1,2})\)?$")
# (1) (2) (3)=(2)/(1) ... and formulas that name a total or a constant in words:
# (5)=(4)/Jumlah(4)x100, (6) = (5) : (4) x 100%.
_FORMULA_CELL_RE = re.compile(r"^\(\d{1,2}\)(\s*[=x×*/:+\-−]\s*[()\d\s=x×*/:+\-−]*|"
                              r"\s*=\s*(?=[^|]*\(\d{1,2}\))[^|]{1,80})?$")

_LETTER_MARK = re.compile(r"^([A-H]|[IVX]{1,4})([.)]\s*|\s+)(?=\S)|^([A-H]|[IVX]{1,4})[.)]?$")
_NUMBER_MARK = re.compile(r"^\d{1,2}([.)]\s*|\s+)(?=\D)|^\d{1,2}[.)]?$")
_SUB_MARK = re.compile(r"^(\d{1,2}\.\d{1,2}\.?|[•·▪◦●○\-–*]|[a-z][.)])(\s|$)")

_CODE_RE = re.compile(r"^\d{1,4}(\.[0-9A-Z]{1,4}){1,5}$")
_HEADING_RE = re.compile(r"^\s*(\d{1,2}(\.\d{1,2})*[.)]|[a-zA-Z][.)]|[IVX]{1,4}\.)\s+\S")
# "## 3.2 Bidang B", "3.2 Bidang B": a section's heading (a Markdown heading, or a numbered
# one without its closing dot)
_SECTION_HEADING_RE = re.compile(r"^\s*(?:#{1,6}\s+\S|\d{1,2}(?:\.\d{1,2})+\s+[A-Z])")

MAX_HEADER_ROWS = 3


class ReaderError(Exception):
    """The input cannot be read as a report (not text, not UTF-8, empty ...)."""


@dataclass
class _Segment:
    kind: str  # "pipe", "tab", or "rows" (rebuilt from a layout without separators)
    lines: list[tuple[int, str]]  # (line number, raw text), separators included
    rows: list[LayoutRow] | None = None
    consumed: set[int] | None = None
    header_rows: int = 0  # rows before the header's separator (grid tables)
    separator_line: int | None = None


def read_text_report(path: str | Path) -> Document:
    """Read a ``.txt``/``.md`` report into the document model."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{p}: cannot read file ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise ReaderError(f"{p}: the file is empty")
    text = decode_text(raw)
    if text is None:
        raise ReaderError(f"{p}: looks like a binary file, not a text report")
    if p.suffix.lower() in (".md", ".markdown"):
        text = markdown_unescape(text)
    text = _MATH_FIGURE_RE.sub(_math_figure, text)
    from audit.readers.html import has_embedded_tables, render_embedded_tables
    if has_embedded_tables(text):
        rendered = render_embedded_tables(text)
        doc = parse_text(rendered.text, str(path))
        doc.locations = rendered.locations
        return doc
    return parse_text(text, str(path))


# "$ 8 5 , 1 9 %$", "98,54 $%$": a figure or a percent sign a PDF-to-Markdown converter
# took for inline mathematics, its digits spaced apart
_MATH_FIGURE_RE = re.compile(r"\$\s*((?:\d[\d\s.,]*)?\\?%?)\s*\$")


def _math_figure(m: re.Match[str]) -> str:
    inner = re.sub(r"[\s\\]", "", m.group(1))
    return inner if inner else m.group(0)


# CommonMark: a backslash before ASCII punctuation is that character. Google Docs' Markdown
# export escapes freely ("Rp 1.250.000,\-", "2025\-2029", "1\. Pendahuluan", "\*)"); the
# escape is no part of the figure or the name. "\|" stays: it is a pipe inside a table cell.
_PIPE_SPLIT_RE = re.compile(r"(?<!\\)\|")
_MD_ESCAPE_RE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\]^_`{}~])")


def markdown_unescape(text: str) -> str:
    """Markdown source with its backslash escapes resolved, line count unchanged. In a table
    row each cell keeps its width (padded at its end): a grid table's cells are cut at the
    columns of its borders."""
    if "\\" not in text:
        return text
    return "\n".join(_unescape_row(line) if line.lstrip().startswith("|")
                     else _MD_ESCAPE_RE.sub(r"\1", line) for line in text.split("\n"))


def _unescape_row(line: str) -> str:
    cells = re.split(r"(?<!\\)(\|)", line)
    return "".join(c if c == "|" else _MD_ESCAPE_RE.sub(r"\1", c).ljust(len(c))
                   for c in cells)


_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
         (b"\xfe\xff", "utf-16-be")]


def decode_text(raw: bytes) -> str | None:
    """Text in the encodings reports are saved in: UTF-8, UTF-16/32 with their byte-order
    mark (Word's "Unicode text"), UTF-16 without one, else Windows-1252 (legacy exports),
    whose undefined bytes are kept as replacement characters. None for binary data."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    head = raw[:4096]
    if b"\0" in head:
        # UTF-16 without a mark: every other byte of ASCII text is zero
        zeros_odd, zeros_even = head[1::2].count(0), head[0::2].count(0)
        for encoding, zeros in (("utf-16-le", zeros_odd), ("utf-16-be", zeros_even)):
            if zeros * 2 >= len(head) // 2 * 0.9:
                try:
                    return raw.decode(encoding)
                except UnicodeDecodeError:
                    return None
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def parse_text(text: str, path: str = "<text>", *, paragraph_lines: bool = False) -> Document:
    """The document model of a report's text. ``paragraph_lines``: every line is a whole
    paragraph (a Word or Excel reader's rendering), never a hard-wrapped piece of one, so a
    line does not carry on the sentence of the line above however long it runs."""
    # the name is printed in every output: a newline or a stray byte in it must not act there
    path = printable(path)
    lines = [_without_stray_rule(line)
             for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kinds = [_line_kind(line) for line in lines]
    grids = find_grid_tables(lines)
    grids += find_latex_tables(lines, {n for b in grids for n in b.consumed})
    for block in grids:
        for n in block.consumed:
            kinds[n] = "grid"
    segments = _segments(lines, kinds)
    taken = {n for seg in segments for n, _ in seg.lines}
    taken |= {n + 1 for b in grids for n in b.consumed}
    grids += find_multiline_tables(lines, {n - 1 for n in taken})
    taken |= {n + 1 for b in grids for n in b.consumed}
    grids += find_simple_tables(lines, {n - 1 for n in taken})
    taken |= {n + 1 for b in grids for n in b.consumed}
    cell_blocks = find_cell_lines(lines, taken)
    taken |= {n + 1 for b in cell_blocks for n in b.consumed}
    listed = find_key_values(lines, taken)
    taken |= {n + 1 for b in listed for n in b.consumed}
    aligned = find_space_aligned(lines, taken)
    segments = sorted(segments + [_layout_segment(b)
                                  for b in grids + cell_blocks + listed + aligned],
                      key=_first_line)
    cell_lines: dict[int, list[int]] = {}
    running = running_lines(lines)
    tables: list[Table] = []
    table_lines: set[int] = set()
    previous: Table | None = None
    previous_end = 0
    covered = 0  # the last line of any table so far (1-based)
    for seg in segments:
        table_lines.update(n for n, _ in seg.lines)
        if seg.consumed:
            table_lines.update(seg.consumed)
        for lrow in seg.rows or []:
            cell_lines[lrow.line + 1] = [n + 1 for n in lrow.cell_lines]
        caption, caption_line = _caption_before(lines, _first_line(seg), covered)
        covered = max([covered, *(n for n, _ in seg.lines)])
        rows = _split_cells(seg)
        if (titled := _title_row(rows)) is not None:
            caption, caption_line, rows = titled
        if previous is not None and (
            caption is None
            and _continues(previous, rows, lines, previous_end, _first_line(seg), running)
            or caption is not None and _continued_caption(caption, previous)
        ):
            pieces = _build_tables(rows, previous.caption, previous.caption_line,
                                   continuing=previous)
        else:
            pieces = _build_tables(rows, caption, caption_line,
                                   delimited=seg.kind == "rows" and seg.header_rows > 0)
        for piece in pieces:
            if piece is not previous:
                tables.append(piece)
        if pieces:
            previous = pieces[-1]
            previous_end = max(seg.consumed) if seg.consumed else seg.lines[-1][0]
    tables = [t for t in tables if t.rows and t.width >= 2]
    _place_cells(tables, cell_lines)
    for table in tables:
        table.cut_above = _after_unread_rows(lines, table, table_lines)
    caption_lines = {t.caption_line for t in tables if t.caption_line}
    furniture = {n for n, line in enumerate(lines, start=1)
                 if is_running(line, running) or PAGE_MARK_RE.match(line)
                 or line.strip() == "\f"}
    skip = table_lines | caption_lines
    if paragraph_lines and _wrapped_at_the_margin(lines, skip | furniture):
        paragraph_lines = False  # a converter's paragraph per printed line: join them again
    sentences = _sentences(lines, skip, furniture, paragraph_lines)
    return Document(path=path, lines=lines, tables=tables, sentences=sentences)


_FIGURE_TOKEN_RE = re.compile(r"(?<![\w.,])\d[\d.,]*(?!\w)")


def _after_unread_rows(lines: list[str], table: Table, table_lines: set[int]) -> bool:
    """A table without header or caption right under a line of figures no table took (a row
    number and two figures at least, no blank line between): the rest of a table whose
    middle rows the reader could not read."""
    above = table.first_line - 1
    if table.header or table.caption or above < 1 or above in table_lines:
        return False
    text = lines[above - 1]
    return bool(text.strip()) and len(_FIGURE_TOKEN_RE.findall(text)) >= 3


# ---------------------------------------------------------------- line and segment level

_STRAY_RULE_RE = re.compile(r"^(\s*)\|(?=\s)|(?<=\s)\|(\s*)$|(?<=\d\s)\|(?=\s+[A-Za-z])")


def _without_stray_rule(line: str) -> str:
    """``| 2.   Menjahit ...  17``, ``... 99,22 |`` or ``3 | Tingkat hunian ...``: one table
    rule an OCR engine read as a bar at a line's edge or after the row's number, no pipe
    table's cell wall (a pipe row has two bars at least). It is read as the space it stands
    in."""
    if line.count("|") != 1:
        return line
    return _STRAY_RULE_RE.sub(lambda m: f"{m.group(1) or ''} {m.group(2) or ''}", line, count=1)


def _line_kind(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if stripped.startswith("<!--") and stripped.endswith("-->"):
        return "comment"  # an HTML comment line, such as an audit suppression
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "pipe"
    if "\t" in line and len([c for c in line.split("\t") if c.strip()]) >= 1 \
            and line.count("\t") >= 1 and not _is_toc_line(line):
        return "tab"
    return "text"


def _is_toc_line(line: str) -> bool:
    """A table-of-contents entry (``BAB I ....\t1``) is not a table row worth reading."""
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    return len(cells) == 2 and ("...." in cells[0] or "…" in cells[0]) \
        and bool(re.fullmatch(r"[0-9ivxlc]+", cells[1], re.IGNORECASE))


def _segments(lines: list[str], kinds: list[str]) -> list[_Segment]:
    """Runs of table lines of one kind; a single blank line inside a run does not end it."""
    segments: list[_Segment] = []
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if kind not in ("pipe", "tab"):
            i += 1
            continue
        seg = _Segment(kind, [])
        while i < len(lines):
            if kinds[i] == kind:
                seg.lines.append((i + 1, lines[i]))
                i += 1
            elif kinds[i] == "blank" and i + 1 < len(lines) and kinds[i + 1] == kind \
                    and kind == "tab":
                i += 1
            elif kinds[i] == "comment" and _resumes(kinds, i, kind):
                i += 1  # a comment between two rows (a suppression) does not end the table
            else:
                break
        segments.append(seg)
    return segments


def _resumes(kinds: list[str], i: int, kind: str) -> bool:
    """Whether the run of ``kind`` lines goes on after the comment lines at ``i``."""
    while i < len(kinds) and kinds[i] == "comment":
        i += 1
    return i < len(kinds) and kinds[i] == kind


def _layout_segment(block: LayoutBlock) -> _Segment:
    """A table rebuilt from a layout, as a segment of 1-based (line, text) rows."""
    return _Segment("rows", [(r.line + 1, "") for r in block.rows], block.rows,
                    {n + 1 for n in block.consumed}, block.header_rows,
                    None if block.separator_line is None else block.separator_line + 1)


def _title_row(rows: list[tuple[int, list[str], bool]]) \
        -> tuple[str, int, list[tuple[int, list[str], bool]]] | None:
    """``| Tabel 3.11 Realisasi ... | | | |`` above the separator, the column titles below it
    (a Word table converted with its title in the first row): the title is the caption and
    the row under the separator is the header."""
    if len(rows) < 4 or rows[0][2] or not rows[1][2] or rows[2][2]:
        return None
    filled = [c.strip() for c in rows[0][1] if c.strip()]
    if len(filled) != 1 or not _CAPTION_RE.match(filled[0]) or _has_figures(rows[2][1]) \
            or not _has_figures(rows[3][1]):
        return None
    caption = re.sub(r"\s+", " ", re.sub(r"[*_#]+", "", filled[0])).strip()
    return caption, rows[0][0], [rows[2], rows[1], *rows[3:]]


def _first_line(seg: _Segment) -> int:
    return min(seg.consumed) if seg.consumed else seg.lines[0][0]


def _place_cells(tables: list[Table], cell_lines: dict[int, list[int]]) -> None:
    """A row rebuilt from one cell per line keeps, for each cell, the line it was printed on."""
    if not cell_lines:
        return
    for table in tables:
        for row in table.rows:
            where = cell_lines.get(row.line)
            if where is None:
                continue
            for cell in row.cells:
                if cell.column < len(where):
                    cell.line = where[cell.column]


def _caption_before(lines: list[str], first_line: int,
                    after: int = 0) -> tuple[str | None, int | None]:
    """The ``Tabel N ...`` caption within the few non-blank lines above a table, below line
    ``after`` (the last line of the table before it: a caption never lies inside another
    table, and a piece after a page break has none of its own)."""
    seen = 0
    idx = first_line - 2
    collected: list[str] = []
    while idx >= after and seen < 4:
        text = lines[idx].strip()
        if text:
            if _line_kind(lines[idx]) in ("pipe", "tab"):
                return None, None
            seen += 1
            collected.insert(0, text)
            if _CAPTION_RE.match(text):
                title = lines[idx + 1].strip() if idx + 1 < len(lines) else ""
                if len(collected) == 1 and (_BARE_CAPTION_RE.match(text)
                                            or CAPTION_RUNS_ON_RE.search(text)) \
                        and _CAPTION_TITLE_RE.match(title) \
                        and _line_kind(lines[idx + 1]) not in ("pipe", "tab"):
                    # "Tabel 3.3" over its title, or a caption cut after "per", the rest
                    # read into the table's first line
                    collected.append(title)
                caption = " ".join(collected)
                caption = re.sub(r"[*_#]+", "", caption)
                return re.sub(r"\s+", " ", caption).strip(), idx + 1
            if len(text) > 200:
                return None, None
        idx -= 1
    return None, None


def _split_cells(seg: _Segment) -> list[tuple[int, list[str], bool]]:
    """(line, cell texts, is_separator) for each line of a segment."""
    out = []
    below = False  # below the separator: a row repeating a spanning cell is a body row
    for number, raw in seg.lines:
        if seg.kind == "pipe":
            if _SEPARATOR_RE.match(raw):
                out.append((number, [], True))
                below = True
                continue
            body = raw.strip()
            if body.startswith("|"):
                body = body[1:]
            if body.endswith("|") and not body.endswith("\\|"):
                body = body[:-1]
            # "gaji \| tunjangan": an escaped pipe is part of its cell (Markdown)
            cells = [c.strip().replace("\\|", "|") for c in _PIPE_SPLIT_RE.split(body)]
        elif seg.kind == "rows":
            row = next(r for r in seg.rows or [] if r.line + 1 == number)
            cells = list(row.cells)
            if seg.separator_line is not None and len(out) == seg.header_rows:
                out.append((seg.separator_line, [], True))
        else:
            cells = [c.strip() for c in raw.split("\t")]
            while cells and not cells[-1]:
                cells.pop()
        out.append((number, _spans_once(cells) if below else cells, False))
    return out


SPAN_REPEATS = 3  # the same words in this many cells in a row: one cell spanning them


def _spans_once(cells: list[str]) -> list[str]:
    """A row of words with one text repeated across three cells or more (``| 036.01.WA |
    Program Dukungan Manajemen | Program Dukungan Manajemen | ... |``, ``| Realisasi |
    Realisasi | Realisasi |``): a converter that prints a spanning cell in every column it
    spans (Docling). The text stays in its first cell, as a spanning cell is read elsewhere."""
    out = list(cells)
    last = max((k for k, c in enumerate(out) if c), default=-1)
    start = 0
    while start < len(out):
        end = start
        while end + 1 < len(out) and out[end + 1] == out[start]:
            end += 1
        # (a name of two words or more, without figures, running to the row's end:
        # "kesepakatan" under three figures is the unit each of them wrapped onto the next
        # line, and "Sangat Baik | Sangat Baik | Sangat Baik | 98,10" three grades)
        if len(out[start].split()) >= 2 and not re.search(r"\d", out[start]) \
                and end - start + 1 >= SPAN_REPEATS and end == last:
            for k in range(start + 1, end + 1):
                out[k] = ""
        start = end + 1
    return out


_BARE_CAPTION_RE = re.compile(rf"^[*_#\s]*(tabel|table)\s*{TABLE_PREFIX}[0-9IVX][0-9IVX.]*[*_\s]*$",
                              re.IGNORECASE)
_CAPTION_TITLE_RE = re.compile(r"^[A-Z][^|\t]{10,150}$")
_CONTINUED_RE = re.compile(r"\b(lanjutan|sambungan|continued)\b", re.IGNORECASE)
_TABLE_NUMBER_RE = re.compile(r"\btabel\s+([\dIVX]+(?:[.\-]\d+)*)", re.IGNORECASE)


def _continued_caption(caption: str, previous: Table) -> bool:
    """``Tabel 2.3 (lanjutan)`` under table 2.3: the same table after a page break, whatever
    furniture (a footer, a "bersambung" note, a rule) stands between the pieces."""
    if not _CONTINUED_RE.search(caption):
        return False
    number = _TABLE_NUMBER_RE.search(caption)
    if number is None:
        return True
    before = _TABLE_NUMBER_RE.search(previous.caption or "")
    return before is not None and before.group(1).rstrip(".") == number.group(1).rstrip(".")


def _continues(previous: Table, rows: list[tuple[int, list[str], bool]], lines: list[str],
               previous_end: int, start: int, running: set[str] = frozenset()) -> bool:
    """Whether a caption-less piece after a page break continues the table above it."""
    # a running page header/footer between the pieces is page furniture, whatever its length
    gap = [t for t in lines[previous_end:start - 1] if not is_running(t, running)]
    header_words = {w for h in previous.header for c in h for w in _words(c.text)}
    # (blank lines pad the foot of a page; the header printed again, a title piece per
    # line, is no text between the pieces)
    if sum(1 for t in gap if t.strip() and not (_words(t) and _words(t) <= header_words)) > 8:
        return False
    body = [cells for _, cells, sep in rows if not sep and any(cells)]
    if not body:
        return False
    first = body[0]
    if _is_number_row(first) and len(body) > 1:
        first = body[1]
    header_texts = [[c.text for c in h] for h in previous.header]
    # (under a spanning title printed on a line of its own: "Jumlah Penduduk (jiwa)")
    repeated = any(any(_norm_row(row) == _norm_row(h) for h in header_texts)
                   or _repeats_header(previous, row)
                   for row in [first, *body[1:2]] if row is first or not _has_figures(first))
    # the header's lines repeated above a piece the reader found without them ("Kode
    # Program / Kegiatan ... Pagu Awal (Rp) ... %" over its own wrapped "(Rp)")
    # (most of the titles' words, on lines of nothing else; a page's running header or
    # number may stand between)
    titles = {w for h in header_texts for c in h for w in _words(c)}
    again = [t for t in gap if t.strip() and _words(t) and _words(t) <= titles]
    header_again = len(titles) >= 3 and \
        len(set().union(*map(_words, again))) * 5 >= len(titles) * 3 if again else False
    repeated = repeated or header_again
    # A running page header or footer ("LKjIP Dinas ... Tahun 2025", "21") may be long; with
    # the table's header repeated after it, only a sentence, caption or heading breaks it.
    limit = 120 if repeated else 60
    for text in gap:
        t = text.strip()
        if not t or header_again and _words(t) <= titles:
            continue
        if re.match(r"^(sheet:|tabel\s|table\s)", t, re.IGNORECASE):
            return False  # a sheet's name or a caption without a number: another table
        if _CAPTION_RE.match(t) or len(t) > limit or t.endswith((":", ".")) and len(t) > 60 \
                or _HEADING_RE.match(t):
            return False
        if _SECTION_HEADING_RE.match(t) and not _CONTINUED_RE.search(t):
            return False  # a new section's table, however alike its header
    if repeated:
        return True
    width = len([c for c in first])
    if abs(width - previous.width) > 1 and not (previous.width - 1 <= width <= previous.width):
        return False
    # Without a repeated header, only a piece that starts with figures continues the table.
    return _has_figures(first) and all(not t.strip() or _PAGE_JUNK_RE.match(t) for t in gap)


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+|%", text)}


def _norm_row(cells: list[str]) -> list[str]:
    return [" ".join(c.split()).lower() for c in cells if c.strip()]


# ---------------------------------------------------------------- table level

def _is_number_row(cells: list[str]) -> bool:
    """``1 2 3 4`` or ``(1) (2) (3)``: a column-number row under a header."""
    values = [c for c in cells if c.strip()]
    if len(values) < 3:
        return False
    if all(_FORMULA_CELL_RE.match(v.strip()) for v in values):
        return True  # (1) (2) (3)=(2)/(1) ... a column-number row with formulas
    numbers = []
    glued = 0
    for v in values:
        # "6 = 5/4 x 100": a column's number with the formula it is worked out by
        m = _NUMBER_CELL_RE.match(v.strip()) or _NUMBERED_FORMULA_RE.match(v.strip())
        if not m and (m := _GLUED_NUMBER_RE.match(v.strip())):
            glued += 1  # "B8": a header's wrapped last word ("% Minimal B") beside its number
        if not m:
            return False
        numbers.append(int(m.group(1)))
    return glued <= 1 < len(numbers) - glued \
        and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


_GLUED_NUMBER_RE = re.compile(r"^[A-Za-z]{1,3}\s?(\d{1,2})$")


_NUMBERED_FORMULA_RE = re.compile(r"^\(?(\d{1,2})\)?\s*=\s*[()\d\s/x×*:+\-−%]{1,40}$")


_YEAR_TITLE_RE = re.compile(r"^\s*(?:19[5-9]\d|20\d\d)\s+[A-Za-z]{4,}")


def _has_figures(cells: list[str]) -> bool:
    for text in cells:
        if _YEAR_TITLE_RE.match(text):
            continue  # "2025 Berangkat": a year's column, titled
        cell = Cell.make(text, 0, 0)
        if cell.figure is not None and not cell.figure.dash and not is_year(cell.figure):
            return True
    return False


def _looks_like_header(cells: list[str], width: int) -> bool:
    """A row of column titles: several text cells and no figures other than years."""
    texts = [c for c in cells if c.strip() and c.strip() not in DASHES]
    if _has_figures(cells) or len(texts) < 2 or len(texts) < len([c for c in cells if c.strip()]):
        return False
    if any(RANGE_CELL_RE.match(c.strip()) for c in texts):
        return False  # "> 60,00 | Sangat Inovatif": a row of a rating scale
    if is_total_label(texts[0]) and len(texts) < 3 and not re.search(r"\(\w+\)", texts[0]):
        return False  # (a title with its unit, "Jumlah Koperasi (unit)", heads columns)
    if _NUMBER_MARK.match(texts[0]) or _SUB_MARK.match(texts[0]) or _LETTER_MARK.match(texts[0]):
        return False
    if _code_depth(texts[0]) is not None and _code_depth(texts[0]) >= 2:
        return False  # "5.03.02 | PROGRAM KEPEGAWAIAN DAERAH": a coded group row
    return len(texts) >= 3 or len(texts) * 2 >= max(width, 2)


def _spanning_titles(cells: list[str]) -> bool:
    """``Jumlah Koperasi (unit)  |  Persentase`` or ``Anggaran Tahun 2025 (Rp)`` over the
    titles of a table's columns: titles without figures, none of them a row marker."""
    texts = [c.strip() for c in cells if c.strip()]
    return len(texts) >= 1 and not _has_figures(cells) and not (
        _NUMBER_MARK.match(texts[0]) or _SUB_MARK.match(texts[0])
        or _LETTER_MARK.match(texts[0]))


def _under_spanning_titles(header: list[Cell], cells: list[str]) -> bool:
    """``| Target 2025 |  |`` over ``| Awal | Perubahan |``: a row of titles that sit under
    header cells spanning several columns (a title followed by empty cells) is the
    header's second row, however few columns it names."""
    if _has_figures(cells):
        return False
    texts = [k for k, c in enumerate(cells) if c.strip() and c.strip() not in DASHES]
    if len(texts) < 2:
        return False
    spans: list[range] = []
    k = 0
    while k < len(header):
        if header[k].text.strip():
            end = k + 1
            while end < len(header) and not header[end].text.strip():
                end += 1
            if end - k >= 2:
                spans.append(range(k, end))
            k = end
        else:
            k += 1
    return bool(spans) and all(any(t in span for span in spans) for t in texts)


def _build_tables(rows: list[tuple[int, list[str], bool]], caption: str | None,
                  caption_line: int | None, continuing: Table | None = None,
                  delimited: bool = False) -> list[Table]:
    """Turn one segment's rows into one table (or several, when a header restarts mid-way).
    ``delimited``: the reader marked where the header ends and where each row does (a grid
    table's ``+===+`` and ``+---+``, a table rebuilt cell by cell); a body row without
    figures is then neither a header row nor the wrapped rest of the row above."""
    tables: list[Table] = []
    current = continuing
    pending_header: list[tuple[int, list[str]]] = []
    width = max((len(c) for _, c, _ in rows), default=0)
    sep_seen = any(sep for _, _, sep in rows)

    def start_table(header_rows: list[tuple[int, list[str]]], first: int) -> Table:
        header = [[Cell(t, n, i) for i, t in enumerate(cells)] for n, cells in header_rows]
        table = Table(caption, caption_line, first, first, header, [])
        tables.append(table)
        return table

    items = [(n, cells) for n, cells, sep in rows]
    separators = {n for n, _, sep in rows if sep}
    past_separator = False
    i = 0
    while i < len(items):
        number, cells = items[i]
        if number in separators:
            past_separator = True
            # Markdown: the rows just collected were the header.
            if pending_header and current is None:
                header_rows = pending_header
                pending_header = []
                # ("1 | 2 | ... | 12 = 8 + 10": the column numbers under the titles)
                numbers = [c for _, c in header_rows if _is_number_row(c)]
                titles = [(n, c) for n, c in header_rows if not _is_number_row(c)]
                if not titles or any(_has_figures(c) for _, c in titles):
                    # A data row promoted to "header" by the extractor: keep it as data.
                    current = start_table([], header_rows[0][0])
                    for n, c in header_rows:
                        _add_row(current, n, c)
                else:
                    current = start_table(titles, header_rows[0][0])
                    if numbers:
                        current.number_row = numbers[0]
            elif pending_header and current is not None:
                for n, c in pending_header:
                    _add_body_line(current, n, c, width)
                pending_header = []
            i += 1
            continue
        if not any(cells) or all(set(c.strip()) <= set("-–—=_") for c in cells):
            i += 1
            continue
        if current is None:
            if _is_number_row(cells):
                pending_header.append((number, cells))
                i += 1
                continue
            spanning = i + 1 < len(items) and _spanning_titles(cells) \
                and _looks_like_header(items[i + 1][1], width)
            if (_looks_like_header(cells, width) or spanning) \
                    and len(pending_header) < MAX_HEADER_ROWS:
                pending_header.append((number, cells))
                i += 1
                continue
            if sep_seen and (not pending_header or not _has_figures(cells)
                             and len(pending_header) < MAX_HEADER_ROWS) \
                    and _next_is_separator(items, i, separators):
                # (a second header line without figures, "| | | | Rp |", before the
                # separator: the header's too)
                pending_header.append((number, cells))
                i += 1
                continue
            header_rows = [(n, c) for n, c in pending_header if not _is_number_row(c)]
            number_rows = [c for _, c in pending_header if _is_number_row(c)]
            current = start_table(header_rows, (pending_header or [(number, cells)])[0][0])
            if number_rows:
                current.number_row = number_rows[0]
            pending_header = []
            continue  # re-handle this line as body
        # body of a table
        if _is_number_row(cells):
            if current.number_row is None:
                current.number_row = cells
            current.last_line = number
            i += 1
            continue
        if _repeats_header(current, cells):
            current.last_line = number
            i += 1
            continue
        if current.rows and _looks_like_header(cells, width) and _starts_new_block(items, i):
            current = None
            continue
        if not current.rows and current.header and len(current.header) < MAX_HEADER_ROWS \
                and not (delimited and past_separator) \
                and not (past_separator and _names_an_item(cells)) \
                and (_looks_like_header(cells, width) and not _is_group_row(cells)
                     or _under_spanning_titles(current.header[-1], cells)):
            current.header.append([Cell(t, number, k) for k, t in enumerate(cells)])
            current.last_line = number
            i += 1
            continue
        if current is continuing and len(cells) < continuing.width:
            cells = _right_aligned(cells, continuing.width)
        if delimited and past_separator:
            _add_row(current, number, cells)
        else:
            _add_body_line(current, number, cells, width)
        i += 1
    if current is None and pending_header:
        table = start_table([], pending_header[0][0])
        for n, c in pending_header:
            _add_row(table, n, c)
    for table in tables + ([continuing] if continuing is not None else []):
        _align_header(table)
        _assign_structure(table)
        _comma_thousands(table)
    return ([continuing] if continuing is not None else []) + tables


_ITEM_CODE_RE = re.compile(r"^(?:[A-Z]{1,5}[-. ]?\d{1,2}(?:\.\d{1,2})*|\d{1,2}[.)]?)$")


def _names_an_item(cells: list[str]) -> bool:
    """``| SS1 | Meningkatnya keselamatan lalu lintas ... | IKU 1 | Tingkat kecelakaan ...``
    under a pipe table's separator: a row of words that names an item by its code and a
    long name is the body's first row, not a second header row."""
    texts = [c.strip() for c in cells if c.strip()]
    return bool(texts) and bool(_ITEM_CODE_RE.match(texts[0])) \
        and any(len(t) > 40 for t in texts)


def _right_aligned(cells: list[str], width: int) -> list[str]:
    """A row of a piece read with fewer columns than the table it continues (a page holding
    only ``Jumlah`` and its figures): its words stay left, its figures fill the table's
    rightmost columns."""
    first_figure = next((k for k, c in enumerate(cells) if k and parse_figure(c) is not None),
                        len(cells))
    return cells[:first_figure] + [""] * (width - len(cells)) + cells[first_figure:]


def _next_is_separator(items: list[tuple[int, list[str]]], i: int, separators: set[int]) -> bool:
    return i + 1 < len(items) and items[i + 1][0] in separators


def _starts_new_block(items: list[tuple[int, list[str]]], i: int) -> bool:
    """A header-like row mid-table starts a new table only when figures follow it."""
    for _, cells in items[i + 1:i + 4]:
        if _has_figures(cells):
            return True
    return False


def _repeats_header(table: Table, cells: list[str]) -> bool:
    """The table's header printed again (after a page break). Extraction may place a
    title's words a little differently the second time (``%`` over ``Serapan`` read into
    the column beside it), so the same words are enough, in whatever cells."""
    norm = _norm_row(cells)
    if not norm or _has_figures(cells):
        return False
    # (a title spanning two columns may be read over both or over one of them:
    # "Anggaran (Rp) / Pagu | Anggaran (Rp) / Realisasi" or "Anggaran (Rp) Pagu | Realisasi")
    words = set(" ".join(norm).split()) - {"/"}
    for h in table.header:
        theirs = _norm_row([c.text for c in h])
        if norm == theirs:
            return True
        their_words = set(" ".join(theirs).split()) - {"/"}
        if len(words) >= 3 and words == their_words and abs(len(norm) - len(theirs)) <= 1:
            return True
        # a spanning title read into one piece's header and not the other's ("Jumlah
        # Penduduk (jiwa)" over L / P / Jumlah): the same cells, one title apart
        if len(norm) == len(theirs) >= 4 and (words < their_words or their_words < words) \
                and len(words ^ their_words) <= 3:
            return True
    return False


def _is_group_row(cells: list[str]) -> bool:
    texts = [c for c in cells if c.strip()]
    return len(texts) <= 2 and bool(_LETTER_MARK.match(texts[0])) if texts else False


def _add_body_line(table: Table, number: int, cells: list[str], width: int) -> None:
    if table.rows and _is_wrapped_continuation(table.rows[-1], cells):
        prev = table.rows[-1]
        for k, text in enumerate(cells):
            if text.strip():
                while len(prev.cells) <= k:
                    prev.cells.append(Cell("", number, len(prev.cells)))
                prev.cells[k].append(text)
        prev.lines.append(number)
        table.last_line = number
        return
    _add_row(table, number, cells)


def _add_row(table: Table, number: int, cells: list[str]) -> None:
    row = Row(number, "data", [Cell.make(t, number, k) for k, t in enumerate(cells)],
              lines=[number])
    table.rows.append(row)
    table.last_line = max(table.last_line, number)


def _is_wrapped_continuation(prev: Row, cells: list[str]) -> bool:
    """A line holding only the rest of a long text cell of the row above."""
    filled = [(k, t.strip()) for k, t in enumerate(cells) if t.strip()]
    if not filled or len(filled) > 2:
        return False
    if prev.kind == "data" and is_total_label(prev.label) and any(
            c.figure is not None for c in prev.cells):
        return False  # a total's label is printed whole: what follows opens the next group
    for k, text in filled:
        above = prev.cell(k)
        if above is None or not above.text or above.figure is not None:
            return False
        if Cell.make(text, 0, 0).figure is not None or RANGE_CELL_RE.match(text):
            return False
        if _LETTER_MARK.match(text) or _SUB_MARK.match(text) or _NUMBER_MARK.match(text) \
                or GROUP_HEADING_RE.match(text):
            return False  # a new item or a group heading ("Sasaran 2: ..."), not a wrap
        if is_total_label(text) or _CODED_ITEM_RE.match(text):
            return False  # "2  2.17.02  PROGRAM ...": a coded item of its own
        if text[0].isupper() and above.text.endswith((".", ":", ")")):
            return False  # "SURPLUS/(DEFISIT)" is whole; "PEMBIAYAAN DAERAH" opens a group
        if bool(_CAPS_GROUP_RE.match(above.text)) != bool(_CAPS_GROUP_RE.match(text)) \
                and len(text.split()) >= 2 and len(above.text.split()) >= 2:
            # a label wraps in its own case: "PEMBIAYAAN DAERAH" under a mixed-case row, or
            # "Penerimaan Pembiayaan" under it, is a heading or a row of its own
            return False
    return True


_CODED_ITEM_RE = re.compile(r"^(\d{1,3}\s+)?\d{1,2}(\.\d{1,4}){1,5}\s+[A-Za-z]")
_SPACED_CODE_RE = re.compile(r"^\d{1,4}(\s*\.\s*[0-9A-Z]{1,4}){1,5}$")
_CAPS_GROUP_RE = re.compile(r"^[A-Z][A-Z ,/&()-]{3,}$")


# A ministry's (K/L) budget codes: program ``063.01.WA`` (bagian anggaran, eselon I, program)
# over kegiatan ``3161`` over its outputs ``3161.EBA`` (KRO) and ``3161.EBA.994`` (RO) over
# komponen ``3161.EBA.994.051``: the kegiatan's four digits begin every code below it.
# a ministry's program: its budget section, unit and program (``063.01.WA``), or the
# section and program alone (``033.FC``)
_KL_PROGRAM_RE = re.compile(r"^\d{3}(?:\.\d{2})?\.[A-Z]{2}$")
_KL_OUTPUT_RE = re.compile(r"^(\d{4})((?:\.[A-Z]{3})(?:\.\d{3}){0,2})$")


def _code_depth(text: str, kegiatan: frozenset[str] = frozenset()) -> int | None:
    """``1.3.2.01`` → 4; ``2.07. 01`` (a stray space from extraction) → 3; a ministry's
    program ``063.01.WA`` → 1, its kegiatan ``3161`` (when outputs of it are coded in the
    same column: ``kegiatan``) → 2, KRO ``3161.EBA`` → 3, RO ``3161.EBA.994`` → 4."""
    text = text.strip()
    if _KL_PROGRAM_RE.match(text):
        return 1
    if text in kegiatan:
        return 2
    if (m := _KL_OUTPUT_RE.match(text)) and m.group(1) in kegiatan:
        return 2 + m.group(2).count(".")
    if not _SPACED_CODE_RE.match(text):
        return None
    groups = re.sub(r"\s+", "", text).split(".")
    if all(len(g) == 3 and g.isdigit() for g in groups[1:]):
        return None  # 70.326.240.000: an amount grouped in thousands, not a code
    return len(groups)


_LEAD_CODE_RE = re.compile(r"^(\d{3}(?:\.\d{2})?\.[A-Z]{2}|\d{4}(?:\.[A-Z]{3}(?:\.\d{3})?)?|"
                           r"\d{1,2}\.\d{2}(?:\.\d{1,2}){1,4}(?:\.\d{4})?)\s+[A-Za-z]")


def _lead_code(text: str) -> str:
    """The cell's code: the whole cell, or a budget code printed before the name in the same
    cell (``4125.EBA Layanan ...`` pasted from a PDF with single spaces; a sub kegiatan's
    ``1.02.01.2.02.0001 Penyediaan ...``)."""
    text = text.strip()
    m = _LEAD_CODE_RE.match(text)
    return m.group(1) if m else text


def _levels_from_codes(table: Table) -> bool:
    """Outline levels from a column of budget or asset codes, when the table has one.

    Codes are the authority on nesting (golongan ``1.3.2`` > kelompok ``1.3.2.01`` >
    sub-kelompok ``1.3.2.01.001``), above whatever markers (``A``, ``1``, ``a``) the No
    column prints and however the numbering restarts. An unnumbered row in capitals between
    coded rows (``JALAN DAN JEMBATAN``, ``ASET TETAP``) is a sub-group just above the coded
    row that follows it.
    """
    best: tuple[int, int, frozenset[str]] | None = None  # (rows with a code, column, kegiatan)
    for column in range(min(table.width, 4)):
        cells = [_lead_code(c.text) for r in table.rows if (c := r.cell(column)) is not None]
        kegiatan = frozenset(m.group(1) for t in cells if (m := _KL_OUTPUT_RE.match(t)))
        if any(_KL_PROGRAM_RE.match(t) for t in cells):
            # a ministry's programs over bare four-digit codes: those are its kegiatan
            kegiatan |= {t for t in cells if re.fullmatch(r"\d{4}", t)}
        depths = [d for t in cells if (d := _code_depth(t, kegiatan)) is not None]
        if len(depths) >= 3 and len(set(depths)) >= 2 and (best is None or len(depths) > best[0]):
            best = (len(depths), column, kegiatan)
    if best is None:
        return False
    _, column, kegiatan = best
    table.outline_from_codes = True
    depth_of = {id(r): d for r in table.rows if (c := r.cell(column)) is not None
                and (d := _code_depth(_lead_code(c.text), kegiatan)) is not None}
    rows = table.rows
    _nest_other_outlines(rows, column, depth_of)
    for i, row in enumerate(rows):
        if row.kind == "total":
            continue
        if id(row) in depth_of:
            row.level = 2 * depth_of[id(row)]
            continue
        label = row.label.strip(" *_")
        if _CAPS_GROUP_RE.match(label) and not _marker_level(label):
            nxt = next((depth_of[id(r)] for r in rows[i + 1:] if id(r) in depth_of), None)
            row.level = 2 * nxt - 1 if nxt is not None else None
        elif any(id(r) in depth_of for r in rows[:i]):
            # "- 51 Belanja Pegawai" under RO 3161.EBA.994: a row without a code below a
            # coded one details it, whatever its own marker says
            row.level = None
    return True


def _nest_other_outlines(rows: list[Row], column: int, depth_of: dict[int, int]) -> None:
    """``5.1.01.01.01.0001 Belanja Gaji Pokok PNS`` under sub kegiatan
    ``5.02.01.1.02.0001``: an account code of another outline than the program's, which no
    code above begins, details the coded row above it (one level below it), however many
    segments it has."""
    least = min(depth_of.values(), default=0)
    seen: set[tuple[str, ...]] = set()
    shapes: set[tuple[int, ...]] = set()
    last: int | None = None
    for row in rows:
        if id(row) not in depth_of or (cell := row.cell(column)) is None:
            continue
        code = tuple(re.sub(r"\s+", "", _lead_code(cell.text)).split("."))
        if not all(part.isdigit() for part in code):
            last = None  # a ministry's codes (063.01.WA, 3161.EBA) nest by their own rules
            continue
        depth = depth_of[id(row)]
        # (the program's own outline has the segments' widths of the codes seen: kegiatan
        # 1.02.01.2.10 after sub kegiatan 1.02.01.2.02.0001 of a table whose top rows went
        # before a page break is the program's)
        shape = tuple(len(part) for part in code)
        if len(code) >= 4 and depth > least and last is not None \
                and any(len(s) >= 2 for s in seen) \
                and not any(code[:k] in seen for k in range(1, len(code))) \
                and not any(s[:len(shape)] == shape or shape[:len(s)] == s for s in shapes):
            depth_of[id(row)] = last + 1
            continue
        seen.add(code)
        shapes.add(shape)
        last = depth


def _first_column(row: Row) -> int:
    return next((c.column for c in row.cells if c.text), len(row.cells))


def _marker_level(text: str) -> int | None:
    if _SUB_MARK.match(text):
        return 2
    if _LETTER_MARK.match(text):
        return 0
    if _NUMBER_MARK.match(text):
        return 1
    return None


# "JUMLAH TOTAL", "Jumlah": a total however its row is numbered
_BARE_TOTAL_RE = re.compile(r"\W*(jumlah|total|sub\s*-?\s*total|grand\s+total)"
                            r"(\s+(total|keseluruhan|seluruhnya|akhir))?\W*", re.IGNORECASE)


def _assign_structure(table: Table) -> None:
    """Row kinds (data/group/total) and outline levels from markers and labels."""
    seen: set[str] = set()  # the labels of the rows above, to know a group's closing sum
    for row in table.rows:
        texts = [c.text for c in row.cells if c.text]
        first_texts = [c.text for c in row.cells[:3] if c.text and c.figure is None]
        row.level = _marker_level(texts[0]) if texts else None
        if row.level is not None and len(texts) > 1 \
                and re.match(re.escape(texts[0].rstrip(".)")) + r"\s*[/.-]\s*\w", texts[1]):
            # "IV | IV/b | 1 | 0 | 1": a golongan merged down over its ruang, no list marker
            row.level = None
        if row.level is None and texts and len(texts) > 1 and texts[0] in ("•", "-", "·"):
            row.level = 2
        numbered = bool(texts) and row.cells[0].text == texts[0] and (
            texts[0].isdigit() or bool(re.fullmatch(r"\d{1,3}[.)]", texts[0]))
            and not any(_BARE_TOTAL_RE.fullmatch(t) for t in first_texts[:2]))
        if any(is_total_label(t) for t in first_texts[:2]) and not numbered:
            # "3 | Jumlah relawan terlatih", "8. | Nilai hasil evaluasi SAKIP": a numbered row
            # is an item, not the total
            row.kind = "total"
        elif not numbered and any(_closes_a_group(t, seen) for t in first_texts[:2]):
            # "4.1 | Pendapatan Asli Desa" ... "| Jumlah Pendapatan Asli Desa": the sum that
            # closes the group a row above named, however many words the name has
            row.kind = "total"
        seen |= {_plain_label(t) for t in first_texts[:2]}
    if not _levels_from_codes(table):
        # Budget codes in the first cell nest by their dotted parts: 2.09 (urusan) >
        # 2.09.02 (program) > 2.09.02.2.01 (kegiatan). Only used when the table mixes depths.
        depths = {}
        for row in table.rows:
            first = next((c.text for c in row.cells if c.text), "")
            if row.level is None and _CODE_RE.match(first):
                # "2.13.01 | Program ... | 2.13.01.2.01 | Perencanaan ...": a program's code
                # printed (merged down) beside its first kegiatan; the row is the kegiatan
                # (an amount grouped in thousands, 6.410.250.000, is no code)
                codes = [first] + [c.text for c in row.cells[:4] if _CODE_RE.match(c.text)
                                   and _code_depth(c.text) is not None]
                depths[id(row)] = max(code.count(".") + 1 for code in codes)
        if len(set(depths.values())) >= 2:
            for row in table.rows:
                if id(row) in depths and row.kind != "total":
                    row.level = 2 + depths[id(row)]
    # An unmarked row at the left edge of a table whose other rows carry markers there is a
    # section heading ("PELATIHAN INSTITUSIONAL", "Future Job Training"): the top level.
    marked_left = any(r.level is not None and _first_column(r) == 0 for r in table.rows)
    for row in table.rows:
        if row.kind != "total" and row.level is None and marked_left and _first_column(row) == 0 \
                and len([c for c in row.cells if c.text]) >= 1:
            texts = [c for c in row.cells if c.text and c.figure is None]
            if texts and texts[0].column == 0 and not texts[0].text[0].isdigit():
                row.level = 0
    # A row is a group when the rows after it sit deeper in the outline.
    rows = table.rows
    for idx, row in enumerate(rows):
        if row.kind == "total" or row.level is None:
            continue
        nxt = next((r for r in rows[idx + 1:] if r.kind != "total"), None)
        if nxt is not None and nxt.level is not None and nxt.level > row.level \
                and _first_child_below_merged(row, nxt):
            row.level = nxt.level
        elif nxt is not None and nxt.level is not None and nxt.level > row.level:
            row.kind = "group"
        elif not any(c.figure is not None and not c.figure.dash for c in row.cells[1:]) \
                and row.level == 0:
            row.kind = "group"
    for idx, row in enumerate(rows):
        if row.kind == "data" and any(_SUM_OF_RE.match(c.text.replace("*", ""))
                                      for c in row.cells[:3] if c.figure is None) \
                and _sums_the_rows_above(rows, idx):
            row.kind = "total"


# the columns in which a "Jumlah ..." row must equal the sum of the rows above it to be
# taken for their subtotal, whatever its label's length
MIN_SUMMED_COLUMNS = 2


def _sums_the_rows_above(rows: list[Row], idx: int) -> bool:
    """``Jumlah Pendapatan Asli Daerah`` after Pajak, Retribusi, ... whose amounts it adds up
    exactly in two columns or more: their subtotal, not an indicator named "Jumlah ..."."""
    above: list[Row] = []
    for r in reversed(rows[:idx]):
        if r.kind != "data":
            break
        if any(c.figure is not None for c in r.cells):
            above.append(r)
    if len(above) < 2:
        return False
    summed = missed = 0
    for cell in rows[idx].cells:
        fig = cell.figure
        if fig is None or fig.dash or fig.is_percent:
            continue
        parts = [r.figure(cell.column) for r in above]
        if any(p is None or p.is_percent for p in parts):
            continue
        if sum((p.value for p in parts if not p.dash), Decimal(0)) == fig.value:
            summed += 1
        else:
            missed += 1  # a rate column printed without its % sign, or a break
    return summed >= MIN_SUMMED_COLUMNS and summed > missed


_SUM_OF_RE = re.compile(r"^\s*(?:jumlah|total|sub\s*-?\s*total)\s+(?P<name>\S.*)$",
                        re.IGNORECASE)


def _plain_label(text: str) -> str:
    """A label as compared with another: bold marks, case and spacing aside."""
    return " ".join(text.replace("*", "").lower().split())


def _closes_a_group(text: str, seen: set[str]) -> bool:
    """``Jumlah Pendapatan Asli Desa`` below a row labelled ``Pendapatan Asli Desa``."""
    m = _SUM_OF_RE.match(text.replace("*", ""))
    return m is not None and len(m.group("name").split()) >= 2 \
        and _plain_label(m.group("name")) in seen


def _first_child_below_merged(row: Row, nxt: Row) -> bool:
    """``1 | Meningkatnya ... | 1.1 | Persentase ... | % | 95,00`` over ``| | 1.2 | Rata-rata
    ... | hari | 14,00``: the sasaran's number and name, merged down over its indicators, are
    printed on its first indicator's row. The row is that indicator (its own item number
    stands where the next row's does, and it has figures where the next row has), not a
    group over the rows below."""
    lead = next((c for c in nxt.cells if c.text), None)
    if lead is None:
        return False
    own = row.cell(lead.column)
    return own is not None and own is not next((c for c in row.cells if c.text), None) \
        and _marker_level(own.text) == nxt.level \
        and any(c.figure is not None and not c.figure.dash and c.column != lead.column
                and (o := row.cell(c.column)) is not None and o.figure is not None
                for c in nxt.cells)


def _comma_thousands(table: Table) -> None:
    """Re-read figures written with ``,`` as the thousands mark (``10,730 | 1,309 | 822``).

    A column is re-read when every figure in it is either a whole number or has exactly
    three digits after a single comma, and two at least have the comma: a mix with real
    decimals (``21,01``) keeps the decimal reading. In a table that shows the English
    convention elsewhere (``186,450,000``, ``1,234.56``, or a column re-read so) and no
    decimal comma anywhere, a lone ``3,036`` among whole numbers is a thousands group too:
    a table pasted from an English-locale spreadsheet writes all its figures one way.
    """
    cells_of = [[c for r in table.rows if (c := r.cell(column)) is not None
                 and c.figure is not None and not c.figure.dash]
                for column in range(table.width)]
    figures = [c for cells in cells_of for c in cells]
    english = any(_ENGLISH_GROUPING_RE.search(c.text) for c in figures)
    decimal_comma = any(_DECIMAL_COMMA_RE.search(c.text) for c in figures)
    pending = []
    for cells in cells_of:
        commas = [c for c in cells if as_thousands(c.figure) is not None]
        if not commas or not all(c.figure.decimals == 0 and "," not in c.text or c in commas
                                 for c in cells):
            continue
        if len(commas) >= 2:
            english = True
        pending.append(commas)
    if decimal_comma:
        pending = [commas for commas in pending if len(commas) >= 2]
    elif not english:
        return
    for commas in pending:
        for c in commas:
            c.figure = as_thousands(c.figure)


# The English convention beyond doubt: "," grouping more than one group, or before a "."
_ENGLISH_GROUPING_RE = re.compile(r"\d,\d{3},\d{3}(?!\d)|\d,\d{3}\.\d")
# A decimal comma beyond doubt: one to two or four digits after it, or after "." groups
_DECIMAL_COMMA_RE = re.compile(r"(?<![\d,.])\d+,(?:\d{1,2}|\d{4,})(?![\d,.])|\d\.\d{3},\d")


# ---------------------------------------------------------------- header alignment
#
# PDF extraction drops cells: a header cell spanning two body columns ("Indikator Kinerja"
# over the IKU number and its name) comes out as one cell, trailing empty header cells are
# lost, and a sub-header row may lose the empty cells in front of it. The header then names
# the wrong body columns, and every check that finds its columns by name (capaian =
# realisasi / target, Jumlah = sum of parts) silently skips the table or, worse, compares
# the wrong columns. The rules below realign the header with evidence from the body: what
# each body column holds (numbers, text, a running "No") against what each header cell
# promises ("Target" holds numbers, "Satuan" holds words). A rule changes the header only
# when the header as read contradicts the body and every alignment free of contradictions
# puts the figure titles over the same columns; otherwise the table is left as read,
# because a wrong alignment produces false findings downstream.

ColumnType = Literal["seq", "num", "text", "empty", "mixed"]
HeaderType = Literal["no", "num", "text", "unknown"]

MAX_MISSING_HEADER_CELLS = 2  # more than this is not a misalignment but another table

_SEQ_CELL_RE = re.compile(r"^(\d{1,3})[.)]?$")
_NO_HEADER_RE = re.compile(r"^(no\.?|nomor|no\.?\s*urut|#)$", re.IGNORECASE)
_HEADER_TOKEN_RE = re.compile(r"[a-z]+|%|\b(?:19|20)\d\d\b")
# Words a column title starts with when the column holds figures / words. The first such
# word decides: "Target Indikator" holds figures, "Indikator Kinerja" holds words.
_NUM_WORDS = frozenset({
    "target", "realisasi", "capaian", "persentase", "prosentase", "presentase", "persen", "%",
    "jumlah", "jml", "total", "pagu", "anggaran", "alokasi", "volume", "tw", "triwulan",
    "semester", "tahun", "th", "rp", "nilai", "bobot", "skor", "selisih", "deviasi", "sisa",
    "serapan", "penyerapan", "kenaikan", "penurunan", "rata", "laki", "perempuan",
})
_TEXT_WORDS = frozenset({
    "indikator", "kegiatan", "program", "sasaran", "tujuan", "uraian", "keterangan", "ket",
    "satuan", "nama", "jabatan", "unit", "kejuruan", "lokasi", "output", "rincian", "bidang",
    "jenis", "pendidikan", "sumber", "kendala", "permasalahan", "strategi", "penyebab",
    "solusi", "upaya", "perguruan", "smk", "sekolah", "lembaga", "instansi", "kabupaten",
    "kota", "provinsi", "wilayah", "pangkat", "golongan", "status", "predikat", "kategori",
    "kriteria", "deskripsi", "komponen", "aspek", "skema", "blk", "narasi",
})
_SHORT_NUM_HEADERS = frozenset({"l", "p", "l+p", "l + p", "jml", "jml."})


def _header_type(text: str) -> HeaderType:
    """What a column title promises its column holds."""
    t = re.sub(r"\s+", " ", text).strip().lower()
    if not t:
        return "unknown"
    if _NO_HEADER_RE.match(t):
        return "no"
    if t in _SHORT_NUM_HEADERS:
        return "num"
    for token in _HEADER_TOKEN_RE.findall(t):
        if token in _NUM_WORDS or token.isdigit():  # a year: "Target 2023"
            return "num"
        if token in _TEXT_WORDS:
            return "text"
    return "unknown"


def _stack_type(texts: list[str]) -> HeaderType:
    """A column's title under a multi-row header: the lowest row that says something."""
    for text in reversed(texts):
        kind = _header_type(text)
        if kind != "unknown":
            return kind
    return "unknown"


def _body_column_type(rows: list[Row], column: int) -> ColumnType:
    """What the body holds in a column, by majority so that one total label does not count."""
    seq: list[int] = []
    figures = texts = markers = 0
    for row in rows:
        cell = row.cell(column)
        if cell is None or not cell.text:
            continue
        m = _SEQ_CELL_RE.match(cell.text)
        if m:
            seq.append(int(m.group(1)))
            figures += 1
        elif cell.figure is not None:
            if not cell.figure.dash:
                figures += 1
        elif _LETTER_MARK.fullmatch(cell.text) and len(cell.text) <= 4:
            markers += 1  # "A", "II." group markers sit in the No column
        else:
            texts += 1
    filled = figures + texts + markers
    if filled == 0:
        return "empty"
    if len(seq) >= 2 and (len(seq) + markers) * 5 >= filled * 4 and _is_numbering(seq):
        return "seq"
    if figures >= 2 and figures >= 2 * texts:
        return "num"
    if texts >= 2 and texts >= 2 * figures:
        return "text"
    return "mixed"


def _is_numbering(values: list[int]) -> bool:
    """1 2 3 ..., restarting at 1 under each group: a "No" column, not a column of counts."""
    if values[0] != 1:
        return False
    steps = list(zip(values, values[1:], strict=False))
    good = sum(1 for a, b in steps if b == a + 1 or b == 1)
    return good * 5 >= len(steps) * 4


# (header promise, body content) -> +1 agreement, -1 contradiction, 0 no evidence.
_AGREEMENT: dict[tuple[HeaderType, ColumnType], int] = {
    ("no", "seq"): 1, ("no", "text"): -1,
    ("num", "num"): 1, ("num", "text"): -1,
    ("text", "text"): 1, ("text", "num"): -1, ("text", "seq"): -1,
}


def _score(promises: list[HeaderType], body: list[ColumnType]) -> tuple[int, int, int]:
    """(contradictions, agreements, agreements on figure columns) of one alignment."""
    bad = good = numeric = 0
    for promise, content in zip(promises, body, strict=False):
        verdict = _AGREEMENT.get((promise, content), 0)
        if verdict < 0:
            bad += 1
        elif verdict > 0:
            good += 1
            numeric += promise == "num"
    return bad, good, numeric


def _used_width(row: Row) -> int:
    return max((c.column + 1 for c in row.cells if c.text), default=0)


def _align_header(table: Table) -> None:
    """Realign a misaligned header with its body (see the section comment above)."""
    if not table.header or not table.rows:
        return
    changed = _place_sub_header(table)
    changed = _insert_missing_header_cells(table) or changed
    if changed:
        table.__dict__.pop("columns", None)  # cached from the old header


def _insert_missing_header_cells(table: Table) -> bool:
    """Rule A: the body is consistently k cells wider than the header.

    Every way of inserting k empty header columns is tried. The header moves only when the
    as-read alignment contradicts the body (a figure title over words, a word title over
    figures or over the running number) and all the insertions free of contradictions put
    the figure titles over the same columns. Where the missing cell is is the evidence's
    call: an unnamed "No" column, the second half of a label split in two ("Program D3" |
    339 under "Jumlah per Program"), an empty title collapsed by extraction.
    """
    width = max(len(h) for h in table.header)
    considered = [r for r in table.rows if len([c for c in r.cells if c.text]) >= 2]
    wider = [r for r in considered if _used_width(r) > width]
    if len(wider) < 2 or len(wider) * 4 < len(considered) * 3:
        return False
    body_width = max(_used_width(r) for r in wider)
    missing = body_width - width
    if not 1 <= missing <= MAX_MISSING_HEADER_CELLS:
        return False
    # A column-number row as wide as the header says the header is right, the body odd.
    if table.number_row and len([c for c in table.number_row if c.strip()]) == width:
        return False
    body = [_body_column_type(table.rows, c) for c in range(body_width)]
    stacks = [[h[c].text if c < len(h) else "" for h in table.header] for c in range(width)]
    titles = [_stack_type(s) for s in stacks]

    def promises_for(inserted: tuple[int, ...]) -> list[HeaderType]:
        it = iter(titles)
        return ["unknown" if c in inserted else next(it) for c in range(body_width)]

    as_read = tuple(range(width, body_width))
    if _score(promises_for(as_read), body)[0] == 0:
        return False  # nothing contradicts the header as read: leave it
    clean: list[tuple[int, tuple[int, ...]]] = []
    for inserted in combinations(range(body_width), missing):
        bad, good, numeric = _score(promises_for(inserted), body)
        if bad == 0 and numeric >= 1 and good >= 2:
            clean.append((good, inserted))
    if not clean:
        return False
    # Alignments that differ only in which of two adjacent text columns carries a label
    # (split label cell) place every figure column alike: they count as one answer.
    figure_maps = {tuple(c for c, p in enumerate(promises_for(ins)) if p in ("num", "no"))
                   for _, ins in clean}
    if len(figure_maps) != 1:
        return False
    # Most agreements first; among equals the latest insertion, so that a title printed over
    # a label split in two stays over its first part.
    inserted = max(clean)[1]
    for level, hrow in enumerate(table.header):
        line = hrow[0].line if hrow else table.first_line
        texts = [c.text for c in hrow] + [""] * (width - len(hrow))
        it = iter(texts)
        table.header[level] = [
            Cell("" if c in inserted else next(it), line, c) for c in range(body_width)]
    return True


def _place_sub_header(table: Table) -> bool:
    """Rule B: a lower header row printed flush left instead of under its spanning title.

    ``No | Unit | Pegawai yang ada | |`` over ``Jumlah | S1 | D3`` means the three sub-titles
    belong under "Pegawai yang ada" and the two empty cells after it. Moved only when the
    row above has exactly as many spanned slots as the row has titles and the body holds
    figures in every one of those slots.
    """
    width = table.width
    changed = False
    for level in range(1, len(table.header)):
        hrow = table.header[level]
        filled = [k for k, c in enumerate(hrow) if c.text]
        if len(filled) < 2 or filled != list(range(len(filled))) or len(filled) >= width:
            continue
        above = [c.text for c in table.header[level - 1]]
        above += [""] * (width - len(above))
        slots: list[int] = []
        starts = [k for k, t in enumerate(above) if t] + [width]
        for start, end in zip(starts, starts[1:], strict=False):
            if end - start >= 2:
                slots.extend(range(start, end))
        if len(slots) != len(filled) or slots == filled:
            continue
        if any(_body_column_type(table.rows, c) != "num" for c in slots):
            continue
        line = hrow[0].line
        texts = dict(zip(slots, (hrow[k].text for k in filled), strict=True))
        table.header[level] = [Cell(texts.get(c, ""), line, c) for c in range(width)]
        changed = True
    return changed


# ---------------------------------------------------------------- prose

_SENTENCE_END = re.compile(
    r"(?<!\bRp)(?<!\bNo)(?<!\bKab)(?<!\bKep)(?<!\bdll)(?<!\bs\.d)(?<!\bDr)(?<!\bIr)"
    r"(?<!\bNo)(?<!\bTh)(?<!\bthn)(?<![\s(][A-Za-z])(?<!^[A-Za-z0-9])(?<![0-9])"
    # a closing emphasis after the stop ends the sentence too: "**Indikator 2: ...** Dari 40"
    r"[.!?;](?:\*{1,2}|_{1,2})?\s+(?=[A-Z\"'(\d])"
)
# A stop right after a figure ends a sentence when the figure cannot be a list number or a
# code: it has decimals, four digits or more, or thousands ("target 88,50. Skor ini ...").
# "... disajikan pada Tabel 3.2. Seluruh capaian ...": the stop after a table's number
_SENTENCE_END_AFTER_REFERENCE = re.compile(
    r"\b(?:[Tt]abel|[Gg]ambar|[Gg]rafik|[Ll]ampiran)\s+[\dIVX]+(?:\.\d+)*(?P<stop>\.)\s+(?=[A-Z])")
_SENTENCE_END_AFTER_FIGURE = re.compile(
    r"\.(?:(?<=\d,\d\.)|(?<=\d,\d\d\.)|(?<=\d,\d{3}\.)|(?<=\d{4}\.)|(?<=\d\.\d{3}\.))"
    r"\s+(?=[A-Z])")


_ITEM_START_RE = re.compile(r"^\s*([-•·▪◦●*#>]|\d{1,2}[.)]\s|[a-zA-Z][.)]\s|[IVX]{1,4}\.\s|BAB\b)")
_TERMINAL_RE = re.compile(r"[.!?:;]\s*$")
MIN_WRAPPED_LENGTH = 40


# (nor on an operator or an opened bracket: "Maju (0,7072 <" / "IDM ≤ 0,8155)")
_OPEN_ENDED_RE = re.compile(r"(?:[,<>≤≥=+(]|\b(?:dan|atau|serta|yang|di|ke|dari|pada|untuk|"
                            r"dengan|oleh|sebesar|sebanyak|sejumlah|yaitu|yakni|adalah|bahwa|"
                            r"terhadap|dalam|bagi|antara|maupun))$")
# A line this long (with its indent) is a line of text a PDF extractor wrapped at the margin.
FULL_LINE_LENGTH = 75


def _continues_sentence(previous: str, line: str) -> bool:
    """Whether ``line`` carries on the sentence of ``previous``: text hard-wrapped by a PDF
    extractor or a soft-wrapped Markdown paragraph. A new item (a bullet, a numbered point,
    a heading) or a line after a finished sentence never does."""
    prev, cur = previous.strip(), line.strip()
    if len(prev) < MIN_WRAPPED_LENGTH or _TERMINAL_RE.search(prev) or not cur:
        return False
    if _ITEM_START_RE.match(cur) or _CAPTION_RE.match(cur) or prev.isupper() or cur.isupper():
        return False
    if _OPEN_ENDED_RE.search(prev):
        return True  # "... 110.183 orang, dan" / "Triwulan IV 114.850 orang.": no sentence
        # ends on a conjunction, a preposition or a comma
    if len(previous.rstrip()) >= FULL_LINE_LENGTH and prev[-1].isalpha():
        # a full line of wrapped text that stops on a word: the sentence goes on, even
        # with a name ("... adalah Kelurahan" / "Lembayung dengan 1.583 dokumen")
        return True
    return cur[0].islower() or cur[0].isdigit() or cur.startswith(("Rp", "(", "%"))


# A document whose paragraphs are its printed lines ("PDF to Word" converters, Word files
# rebuilt from a scan): many full lines of prose end mid-sentence and the next carries it on.
# A Word author's paragraphs end with their sentence.
MIN_WRAPPED_PARAGRAPHS = 5
WRAPPED_SHARE = 0.3


def _wrapped_at_the_margin(lines: list[str], skip: set[int]) -> bool:
    long_lines = wrapped = 0
    for number in range(1, len(lines)):
        line, nxt = lines[number - 1].strip(), lines[number].strip()
        if number in skip or number + 1 in skip or len(line) < MIN_WRAPPED_LENGTH \
                or _line_kind(line) != "text" or _line_kind(nxt) != "text":
            continue
        long_lines += 1
        if _continues_sentence(line, nxt):
            wrapped += 1
    return wrapped >= MIN_WRAPPED_PARAGRAPHS and wrapped >= WRAPPED_SHARE * long_lines


def _sentences(lines: list[str], skip: set[int], furniture: set[int] = frozenset(),
               paragraph_lines: bool = False) -> list[Sentence]:
    """The prose sentences outside tables; ``furniture``: the lines of page headers,
    footers and page numbers (1-based)."""
    out: list[Sentence] = []
    block = 0
    paragraph: list[tuple[int, str]] = []

    def flush() -> None:
        if not paragraph:
            return
        text, breaks = "", []
        for number, piece in paragraph:
            if text:
                text += " "
                breaks.append((len(text), number))
            text += piece.strip()
        start = 0
        pieces = sorted({(m.start() + 1, m.end()) for pattern in
                         (_SENTENCE_END, _SENTENCE_END_AFTER_FIGURE)
                         for m in pattern.finditer(text)}
                        | {(m.start("stop") + 1, m.end())
                           for m in _SENTENCE_END_AFTER_REFERENCE.finditer(text)})
        for end, nxt in pieces + [(len(text), len(text))]:
            piece = text[start:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                first = start + lead
                own = tuple((off - first, n) for off, n in breaks if first < off < end)
                line = paragraph[0][0]
                for off, n in breaks:
                    if off <= first:
                        line = n
                out.append(Sentence(piece, line, block, own))
            start = nxt
        paragraph.clear()

    idx = 0
    while idx < len(lines):
        idx += 1
        line = lines[idx - 1]
        if paragraph and idx not in skip and (not line.strip() or idx in furniture):
            # a sentence carried over a page break: the footer, the page number and the
            # next page's running header between its halves are no paragraph break
            nxt = idx
            while nxt <= len(lines) and nxt not in skip and (
                    not lines[nxt - 1].strip() or nxt in furniture):
                nxt += 1
            if nxt <= len(lines) and nxt not in skip \
                    and any(n in furniture for n in range(idx, nxt)) \
                    and _line_kind(lines[nxt - 1]) == "text" \
                    and _continues_sentence(paragraph[-1][1], lines[nxt - 1]):
                idx = nxt - 1
                continue
        if idx in skip or not line.strip() or _line_kind(line) in ("pipe", "tab", "comment"):
            flush()
            if idx in skip or not line.strip():
                block += 1
            continue
        if paragraph and (paragraph_lines or not _continues_sentence(paragraph[-1][1], line)):
            flush()
        paragraph.append((idx, line))
    flush()
    return out
