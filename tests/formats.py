"""Render a sample report into other file formats, for format-invariance tests.

A sample report (``sample_reports/*.md`` with pipe tables, ``*.txt`` with tab-separated
tables) is split by :func:`parse_blocks` into an ordered list of :class:`Block` (one per
prose line, one per blank line, one per table), and each ``render_*`` function writes the
same content as one file format:

=====================  ========================================================================
``render_docx``        Word document (python-docx): paragraphs, real tables, repeating header
                       rows (``w:tblHeader``), spanning header titles merged (``w:gridSpan``).
``render_html``        standalone HTML page: ``<p>``, ``<table>`` with ``<thead>``/``<tbody>``,
                       ``colspan`` for spanning header titles.
``render_pdf``         A4 PDF (fpdf2, core font Helvetica), ruled tables, wrapped cells,
                       header rows repeated after a page break, page-number footer.
``render_pdf_unruled`` the same PDF without any cell border.
``render_layout_text`` what ``pdftotext -layout`` prints for such a PDF (simulated).
``render_cell_lines_text`` what plain ``pdftotext`` prints: one table cell per line (simulated).
=====================  ========================================================================

Every renderer is deterministic (same input, same bytes) and returns ``None``.

What every rendered format does with the Markdown source
---------------------------------------------------------
* ``**bold**`` markers are removed; DOCX, HTML and PDF print the text bold instead. A
  single ``*`` (the inverse-indicator mark ``*)``) is text and is kept.
* A line starting with ``#`` is a heading: the ``#`` are removed (Word heading style,
  ``<hN>``, larger bold type in the PDF, a plain line in the text formats).
* Cell text has its runs of whitespace collapsed to one space.
* Nothing else is changed: figures are printed exactly as in the source (``103.48``, ``-``,
  ``Rp.``, ``*)`` ...), prose is not reflowed in the text formats (one source prose line is
  one output line), blank lines are kept (empty paragraphs in DOCX, ``<p>&nbsp;</p>`` in
  HTML, a half-line gap in the PDF).

Only the PDF changes characters; see :data:`PDF_REPLACEMENTS`.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import textwrap
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

__all__ = [
    "Block",
    "FORMATS",
    "HAVE_PDFTOTEXT",
    "PDF_REPLACEMENTS",
    "RENDERERS",
    "SUFFIXES",
    "figure_tokens",
    "header_spans",
    "is_column_number_row",
    "latin1",
    "parse_blocks",
    "pdftotext_layout",
    "pdftotext_plain",
    "plain",
    "render",
    "render_cell_lines_text",
    "render_docx",
    "render_html",
    "render_layout_text",
    "render_pdf",
    "render_pdf_unruled",
]

# A fixed timestamp for every file date (DOCX core properties and zip entries, PDF dates).
FIXED_DATE = datetime(2026, 1, 20, 8, 0, 0, tzinfo=UTC)


# --------------------------------------------------------------------------- blocks


@dataclass
class Block:
    """One piece of a report, in reading order.

    ``kind`` is ``"prose"`` (one source line of text: paragraph, heading, list item, page
    footer ...), ``"blank"`` (one empty source line) or ``"table"``.

    For a table, ``rows`` holds every row as a list of cell strings (raw source text,
    ``**`` included, padded with ``""`` to the table's width); the first ``header_rows`` of
    them are the header. ``caption`` is the text of the caption line (the last non-blank
    prose line before the table, when it starts with ``Tabel``/``Table``), which stays in
    the block list as an ordinary prose block at ``caption_line``. ``row_lines`` gives the
    1-based source line of each row.
    """

    kind: Literal["prose", "blank", "table"]
    line: int
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    caption: str | None = None
    caption_line: int | None = None
    row_lines: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    @property
    def header(self) -> list[list[str]]:
        return self.rows[: self.header_rows]

    @property
    def body(self) -> list[list[str]]:
        return self.rows[self.header_rows:]

    @property
    def is_heading(self) -> bool:
        return self.kind == "prose" and self.text.lstrip().startswith("#")

    @property
    def heading_level(self) -> int:
        return len(self.text.lstrip()) - len(self.text.lstrip().lstrip("#"))


_MD_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_CAPTION = re.compile(r"^[\s*_#]*(tabel|table)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _line_kind(line: str) -> str:
    stripped = line.strip()
    if not stripped:
        return "blank"
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "pipe"
    if "\t" in line:
        return "tab"
    return "prose"


def _pipe_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.replace("\\|", "|").strip() for c in cells]


def is_column_number_row(row: list[str]) -> bool:
    """``1 2 3 4 5`` or ``(1) (2) (3)``: the column numbers printed under a header."""
    cells = [c.strip() for c in row if c.strip()]
    if len(cells) < 2:
        return False
    return all(re.fullmatch(rf"\(?{k}\)?", c) for k, c in enumerate(cells, start=1))


def _tab_header_rows(rows: list[list[str]]) -> int:
    """How many leading rows of a tab-separated table are header rows.

    The rule (tab tables have no separator line): the first row is always a header row
    (it may hold years such as ``2023``); each following row is a header row as long as none
    of its cells is a figure (a digit-bearing number such as ``35``, ``1.``, ``95,00``,
    ``Rp 1.000``, ``12%``, or a ``-`` placeholder; ``S1`` or ``IV/b`` are not figures); a
    column-number row (``1 2 3 4``) is a header row and ends the header. So
    ``No | Jabatan | Pegawai yang ada`` / ``| | Jumlah | S1 | D3 | SLTA`` / ``1 2 3 4 5 6``
    are three header rows and ``1 | Kepala Dinas | 1 | 1 | - | -`` is the first body row.
    A body whose first rows hold no figure at all (a group row ``A | JABATAN STRUKTURAL``
    right under a one-row header without column numbers) would be counted as header: no
    sample report has that.
    """
    count = 1
    for row in rows[1:]:
        if is_column_number_row(row):
            return count + 1
        if any(_is_figure_cell(c) for c in row):
            return count
        count += 1
    return count


def _is_continuation(row: list[str], previous: list[str]) -> int | None:
    """The column of a wrapped cell's tail printed as a row of its own, or None.

    ``| pada Depo Arsip | | | |`` under ``4 | Pengelola Arsip Dinamis ...``: one non-empty
    cell, no digit, starting lower-case, first column empty, and the row above has text in
    that column.
    """
    filled = [j for j, c in enumerate(row) if c.strip()]
    if len(filled) != 1 or filled[0] == 0 or row[0].strip():
        return None
    j = filled[0]
    text = row[j].strip()
    if _DIGIT.search(text) or not text[0].islower():
        return None
    if j >= len(previous) or not previous[j].strip():
        return None
    return j


def parse_blocks(text: str) -> list[Block]:
    """Split a sample report (Markdown pipe tables or tab-separated tables) into blocks.

    * Every non-table source line is one block: ``prose`` or ``blank`` (line granularity,
      so the text renderers keep the source's lines).
    * A run of consecutive pipe lines (``| a | b |``) or of consecutive lines holding a tab
      is one ``table`` block. Markdown: the rows above the ``|---|`` separator are the
      header (no separator: no header row). Tab text: see :func:`_tab_header_rows`.
    * In tab tables, a long cell wrapped onto a line of its own (``\\tpada Depo Arsip\\t\\t``)
      is joined back into the cell above (see :func:`_is_continuation`), as the cell would
      be in the document the text was extracted from.
    * A table split by a page break stays two table blocks (the second with its repeated
      header), with the page-footer lines between them as prose, as in the source.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        kind = _line_kind(lines[i])
        if kind in ("prose", "blank"):
            blocks.append(Block(kind, i + 1, text=lines[i] if kind == "prose" else ""))
            i += 1
            continue
        start = i
        while i < len(lines) and _line_kind(lines[i]) == kind:
            i += 1
        blocks.append(_table_block(kind, lines[start:i], start + 1, blocks))
    return blocks


def _table_block(kind: str, raw: list[str], first_line: int, before: list[Block]) -> Block:
    rows: list[list[str]] = []
    row_lines: list[int] = []
    header_rows = 0
    if kind == "pipe":
        for offset, line in enumerate(raw):
            if _MD_SEPARATOR.match(line) and "-" in line:
                if not header_rows:
                    header_rows = len(rows)
                continue
            rows.append(_pipe_cells(line))
            row_lines.append(first_line + offset)
    else:
        for offset, line in enumerate(raw):
            rows.append([c.strip() for c in line.split("\t")])
            row_lines.append(first_line + offset)
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    if kind == "tab":
        header_rows = _tab_header_rows(rows)
        joined: list[list[str]] = []
        joined_lines: list[int] = []
        for k, (row, line) in enumerate(zip(rows, row_lines, strict=True)):
            j = _is_continuation(row, joined[-1]) if k > header_rows else None
            if j is not None:
                joined[-1][j] = f"{joined[-1][j]} {row[j].strip()}"
                continue
            joined.append(row)
            joined_lines.append(line)
        rows, row_lines = joined, joined_lines
    caption, caption_line = None, None
    for b in reversed(before):
        if b.kind == "blank":
            continue
        if b.kind == "prose" and _CAPTION.match(b.text):
            caption, caption_line = b.text.strip(), b.line
        break
    return Block("table", first_line, rows=rows, header_rows=header_rows, caption=caption,
                 caption_line=caption_line, row_lines=row_lines)


# --------------------------------------------------------------------------- cell helpers

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def plain(text: str) -> str:
    """Text as printed: ``**`` markers and a heading's ``#`` removed, spaces collapsed."""
    text = _BOLD.sub(r"\1", text)
    text = re.sub(r"^\s*#+\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _spans(text: str) -> list[tuple[str, bool]]:
    """A prose line or cell as (text, bold) runs."""
    text = re.sub(r"^\s*#+\s+", "", text)
    parts = re.split(r"\*\*(.+?)\*\*", text)
    runs = [(p, k % 2 == 1) for k, p in enumerate(parts) if p]
    return runs or [("", False)]


def _is_bold_cell(text: str) -> bool:
    return "**" in text


def header_spans(row: list[str]) -> list[tuple[int, int]]:
    """(first column, number of columns) of each cell of a header row once merged.

    A non-empty header cell followed by empty cells is a title spanning them (``Pegawai
    yang ada`` over ``Jumlah | S1 | D3 | SLTA``): it absorbs the empty cells to its right.
    An empty cell with nothing to its left (or after another empty cell at the start) stays
    one cell.
    """
    spans: list[tuple[int, int]] = []
    for j, text in enumerate(row):
        if not text.strip() and spans and row[spans[-1][0]].strip():
            first, n = spans[-1]
            spans[-1] = (first, n + 1)
        else:
            spans.append((j, 1))
    return spans


def _row_spans(block: Block, r: int) -> list[tuple[int, int]]:
    if r < block.header_rows:
        return header_spans(block.rows[r])
    return [(j, 1) for j in range(block.width)]


_FIGURE_CELL = re.compile(
    r"^(rp\.?\s*)?[-−(]?\s*\d[\d.,]*(,-|,--)?\s*(%|‰)?\)?$|^[-−–]$", re.IGNORECASE)


def _is_figure_cell(text: str) -> bool:
    return bool(_FIGURE_CELL.match(plain(text)))


def figure_tokens(text: str) -> list[str]:
    """The whitespace-separated tokens of a cell that hold a digit, as printed."""
    return [t for t in plain(text).split() if _DIGIT.search(t)]


# --------------------------------------------------------------------------- DOCX


def render_docx(blocks: list[Block], path: str | Path) -> None:
    """Write a Word document.

    Prose lines are paragraphs (``#`` lines headings, a table caption in the ``Caption``
    style, ``**`` as bold runs), each blank line an empty paragraph. A table is a real Word
    table in the ``Table Grid`` style, one Word row per row of the block: its header rows are
    marked as repeating header rows (``w:trPr/w:tblHeader``) and a spanning header title is
    merged with the empty cells to its right (one ``w:tc`` with ``w:gridSpan``), see
    :func:`header_spans`. Figure cells are right-aligned, all cells vertically centred.
    The file's dates and zip entry times are fixed, so the bytes are reproducible.
    """
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Document()
    props = doc.core_properties
    props.author = "audit test generator"
    props.last_modified_by = "audit test generator"
    props.created = FIXED_DATE.replace(tzinfo=None)
    props.modified = FIXED_DATE.replace(tzinfo=None)
    props.revision = 1
    props.title = next((plain(b.text) for b in blocks if b.kind == "prose"), "")
    caption_lines = {b.caption_line for b in blocks if b.kind == "table" and b.caption_line}
    style_names = {s.name for s in doc.styles}

    def add_runs(paragraph, text: str, bold: bool = False) -> None:
        for chunk, is_bold in _spans(text):
            run = paragraph.add_run(re.sub(r"\s+", " ", chunk) if bold else chunk)
            if is_bold or bold:
                run.bold = True

    for block in blocks:
        if block.kind == "blank":
            doc.add_paragraph()
        elif block.kind == "prose":
            if block.is_heading:
                doc.add_heading(plain(block.text), level=min(block.heading_level, 9))
                continue
            style = "Caption" if block.line in caption_lines and "Caption" in style_names \
                else None
            add_runs(doc.add_paragraph(style=style), block.text)
        else:
            table = doc.add_table(rows=len(block.rows), cols=block.width)
            table.style = "Table Grid"
            for r, row in enumerate(block.rows):
                tr = table.rows[r]
                if r < block.header_rows:
                    tr_pr = tr._tr.get_or_add_trPr()
                    header = OxmlElement("w:tblHeader")
                    header.set(qn("w:val"), "true")
                    tr_pr.append(header)
                cells = tr.cells
                for j, text in enumerate(row):
                    cell = cells[j]
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    paragraph = cell.paragraphs[0]
                    if r < block.header_rows:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        add_runs(paragraph, plain(text), bold=True)
                    else:
                        if _is_figure_cell(text):
                            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        add_runs(paragraph, re.sub(r"\s+", " ", text.strip()))
                if r < block.header_rows:
                    for first, n in header_spans(row):
                        if n > 1:
                            cells[first].merge(cells[first + n - 1])
    doc.save(str(path))
    _fix_zip_dates(Path(path))


def _fix_zip_dates(path: Path) -> None:
    """Rewrite a zip (docx) with fixed entry dates and order, for reproducible bytes."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 20, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)


# --------------------------------------------------------------------------- HTML


def render_html(blocks: list[Block], path: str | Path) -> None:
    """Write a standalone HTML page, like Word's "save as web page, filtered", simplified.

    Each prose line is a ``<p>`` (``#`` lines ``<h1>``-``<h6>``, a caption
    ``<p class="MsoCaption">``, ``**`` as ``<b>``), each blank line ``<p>&nbsp;</p>``. A
    table is ``<table border="1">`` with its header rows as ``<th>`` cells in ``<thead>`` (a
    spanning title with ``colspan``, see :func:`header_spans`) and its body in ``<tbody>``;
    figure cells carry ``align="right"``.
    """
    title = next((plain(b.text) for b in blocks if b.kind == "prose"), "Laporan")
    caption_lines = {b.caption_line for b in blocks if b.kind == "table" and b.caption_line}
    out = [
        "<!DOCTYPE html>",
        '<html lang="id">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(title)}</title>",
        "<style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 4px;"
        "vertical-align:middle}</style>",
        "</head>",
        "<body>",
    ]

    def inline(text: str) -> str:
        return "".join(f"<b>{html.escape(t)}</b>" if bold else html.escape(t)
                       for t, bold in _spans(text))

    for block in blocks:
        if block.kind == "blank":
            out.append("<p>&nbsp;</p>")
        elif block.kind == "prose":
            if block.is_heading:
                level = min(max(block.heading_level, 1), 6)
                out.append(f"<h{level}>{html.escape(plain(block.text))}</h{level}>")
            elif block.line in caption_lines:
                out.append(f'<p class="MsoCaption">{inline(block.text)}</p>')
            else:
                out.append(f'<p class="MsoNormal">{inline(block.text)}</p>')
        else:
            out.append('<table border="1" cellspacing="0" cellpadding="0" '
                       'class="MsoTableGrid">')
            if block.header_rows:
                out.append("<thead>")
                for row in block.header:
                    cells = []
                    for first, n in header_spans(row):
                        span = f' colspan="{n}"' if n > 1 else ""
                        cells.append(f"<th{span}>{html.escape(plain(row[first]))}</th>")
                    out.append("<tr>" + "".join(cells) + "</tr>")
                out.append("</thead>")
            out.append("<tbody>")
            for row in block.body:
                cells = []
                for text in row:
                    align = ' align="right"' if _is_figure_cell(text) else ""
                    content = inline(re.sub(r"\s+", " ", text.strip()))
                    cells.append(f"<td{align}>{content}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody>")
            out.append("</table>")
    out += ["</body>", "</html>", ""]
    Path(path).write_text("\n".join(out), encoding="utf-8")


# --------------------------------------------------------------------------- PDF

#: Characters the PDF core font (Helvetica, latin-1) cannot print, and what is printed
#: instead. Any other character outside latin-1 is decomposed (NFKD) and printed without
#: its accents, or as ``?``. ``×`` (U+00D7) is latin-1 and printed as is.
PDF_REPLACEMENTS = {
    "≤": "<=",
    "≥": ">=",
    "≠": "<>",
    "–": "-",  # en dash
    "—": "-",  # em dash
    "−": "-",  # minus sign
    "‐": "-",  # hyphen
    "‰": "o/oo",  # per mille: 22,42‰ -> 22,42o/oo
    "•": "\u00b7",  # bullet -> middle dot
    "→": "->",
    "“": '"',
    "”": '"',
    "‘": "'",
    "’": "'",
    "…": "...",
    "\u00a0": " ",
}


def latin1(text: str) -> str:
    """Text the core PDF fonts can print (see :data:`PDF_REPLACEMENTS`)."""
    out = []
    for ch in text:
        if ch in PDF_REPLACEMENTS:
            out.append(PDF_REPLACEMENTS[ch])
        elif ord(ch) < 256:
            out.append(ch)
        else:
            decomposed = unicodedata.normalize("NFKD", ch).encode("latin-1", "ignore")
            out.append(decomposed.decode("latin-1") or "?")
    return "".join(out)


_MM_PER_PT = 25.4 / 72


def _make_pdf_class():
    from fpdf import FPDF

    class ReportPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, f"Halaman {self.page_no()}", align="C")

    return ReportPDF


def render_pdf(blocks: list[Block], path: str | Path, *, ruled: bool = True) -> None:
    """Write an A4 PDF with fpdf2 and the core font Helvetica.

    * Prose: 10 pt, each source line one paragraph wrapped at the text width (``**`` bold,
      ``#`` lines 13 pt bold, a caption line bold); a blank line is a 2 mm gap.
    * Tables: 9 pt (down to 6 pt when the columns do not fit the 180 mm text width).
      Column widths are proportional to content: a column is never narrower than its
      longest word (so a figure is never broken), and the width left over goes to the
      columns in proportion to how much wider their longest cell is. A long cell is
      wrapped in its cell with ``multi_cell``, so a row spans several text lines; the row
      height is the tallest cell's, every cell of the row is drawn at that height, and the
      text of each cell is vertically centred (a one-line figure next to a three-line label
      sits on the label's middle line). Header cells are bold and centred, figure cells
      right-aligned, other cells left-aligned. ``ruled=True`` draws every cell border;
      ``ruled=False`` draws none.
    * A row that does not fit on the page starts a new page, and the header rows are
      drawn again at its top (a caption is kept with its table's first rows).
    * Each page has a footer ``Halaman N`` (centred, 8 pt).
    * Characters outside latin-1 are replaced (:data:`PDF_REPLACEMENTS`: ``≤`` -> ``<=``,
      ``≥`` -> ``>=``, ``‰`` -> ``o/oo``, ``–``/``−`` -> ``-``, ``•`` -> ``·`` ...).

    Text order in the content stream: row by row, cell by cell from left to right, and
    within a wrapped cell its lines from top to bottom (one text object per line); header
    rows repeated after a page break are drawn again before the rows of that page.
    """
    pdf_class = _make_pdf_class()
    pdf = pdf_class(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(latin1(next((plain(b.text) for b in blocks if b.kind == "prose"), "")))
    pdf.set_author("audit test generator")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    table_after = {b.caption_line: b for b in blocks if b.kind == "table" and b.caption_line}
    caption_lines = set(table_after)
    layouts: dict[int, _PdfTableLayout] = {}
    for block in blocks:
        if block.kind == "blank":
            pdf.ln(2)
        elif block.kind == "prose":
            if block.line in table_after:
                table = table_after[block.line]
                layout = layouts[id(table)] = _pdf_table_layout(pdf, table)
                need = 6 + layout.header_height + (layout.heights[table.header_rows]
                                                   if len(table.rows) > table.header_rows
                                                   else 0)
                if pdf.will_page_break(need):
                    pdf.add_page()
            _pdf_prose(pdf, block, caption=block.line in caption_lines)
        else:
            layout = layouts.get(id(block)) or _pdf_table_layout(pdf, block)
            _pdf_table(pdf, block, layout, ruled=ruled)
    pdf.output(str(path))


def render_pdf_unruled(blocks: list[Block], path: str | Path) -> None:
    """:func:`render_pdf` without any table border (cells separated by white space only)."""
    render_pdf(blocks, path, ruled=False)


def _pdf_prose(pdf, block: Block, caption: bool) -> None:
    if block.is_heading:
        pdf.set_font("Helvetica", "B", 13)
        pdf.multi_cell(0, 6.5, latin1(plain(block.text)), new_x="LMARGIN", new_y="NEXT")
        return
    size, line_h = 10, 5
    for text, bold in _spans(block.text):
        pdf.set_font("Helvetica", "B" if bold or caption else "", size)
        pdf.write(line_h, latin1(text))
    pdf.ln(line_h)


@dataclass
class _PdfTableLayout:
    size: float
    line_h: float
    widths: list[float]
    lines: list[list[list[str]]]  # per row, per span, the wrapped lines
    spans: list[list[tuple[int, int]]]
    heights: list[float]
    header_height: float


_CELL_PAD = 1.9  # mm, left/right inside a cell (Word's default cell margin, 0.19 cm)
_ROW_PAD = 0.9  # mm, above and below the text of a row


def _cell_font(pdf, block: Block, r: int, text: str, size: float) -> None:
    bold = r < block.header_rows or _is_bold_cell(text)
    pdf.set_font("Helvetica", "B" if bold else "", size)


def _pdf_table_layout(pdf, block: Block) -> _PdfTableLayout:
    ncol = block.width
    avail = pdf.epw
    spans = [_row_spans(block, r) for r in range(len(block.rows))]
    widths: list[float] = []
    size = 9.0
    for size in (9.0, 8.0, 7.0, 6.0):
        natural = [0.0] * ncol
        minimum = [0.0] * ncol
        for r, row in enumerate(block.rows):
            for first, n in spans[r]:
                if n > 1:
                    continue
                text = latin1(plain(row[first]))
                _cell_font(pdf, block, r, row[first], size)
                natural[first] = max(natural[first], pdf.get_string_width(text))
                longest = max((pdf.get_string_width(w) for w in text.split()), default=0.0)
                minimum[first] = max(minimum[first], longest)
        natural = [w + 2 * _CELL_PAD + 0.5 for w in natural]
        minimum = [w + 2 * _CELL_PAD + 0.5 for w in minimum]
        if sum(natural) <= avail:
            widths = [w * avail / sum(natural) for w in natural]
            break
        if sum(minimum) <= avail:
            slack = [n - m for n, m in zip(natural, minimum, strict=True)]
            extra = avail - sum(minimum)
            widths = [m + extra * s / sum(slack) for m, s in zip(minimum, slack, strict=True)]
            break
    else:
        widths = [m * avail / sum(minimum) for m in minimum]
    pdf.c_margin = _CELL_PAD
    line_h = size * _MM_PER_PT * 1.25
    lines: list[list[list[str]]] = []
    heights: list[float] = []
    for r, row in enumerate(block.rows):
        row_lines = []
        for first, n in spans[r]:
            width = sum(widths[first:first + n])
            text = latin1(plain(row[first]))
            _cell_font(pdf, block, r, row[first], size)
            wrapped = pdf.multi_cell(width, line_h, text, dry_run=True, output="LINES") \
                if text else [""]
            row_lines.append(wrapped)
        lines.append(row_lines)
        heights.append(max(len(x) for x in row_lines) * line_h + 2 * _ROW_PAD)
    header_height = sum(heights[: block.header_rows])
    return _PdfTableLayout(size, line_h, widths, lines, spans, heights, header_height)


def _pdf_table(pdf, block: Block, layout: _PdfTableLayout, ruled: bool) -> None:
    pdf.set_auto_page_break(False)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    bottom = pdf.h - 18

    def draw_row(r: int) -> None:
        y = pdf.get_y()
        height = layout.heights[r]
        for (first, n), wrapped in zip(layout.spans[r], layout.lines[r], strict=True):
            x = pdf.l_margin + sum(layout.widths[:first])
            width = sum(layout.widths[first:first + n])
            if ruled:
                pdf.rect(x, y, width, height)
            text = block.rows[r][first]
            if not plain(text):
                continue
            _cell_font(pdf, block, r, text, layout.size)
            if r < block.header_rows:
                align = "C"
            elif _is_figure_cell(text):
                align = "R"
            else:
                align = "L"
            top = y + (height - len(wrapped) * layout.line_h) / 2
            pdf.set_xy(x, top)
            pdf.multi_cell(width, layout.line_h, latin1(plain(text)), align=align,
                           new_x="RIGHT", new_y="TOP")
        pdf.set_xy(pdf.l_margin, y + height)

    if pdf.get_y() + layout.header_height + (
            layout.heights[block.header_rows] if len(block.rows) > block.header_rows else 0
    ) > bottom:
        pdf.add_page()
    for r in range(block.header_rows):
        draw_row(r)
    for r in range(block.header_rows, len(block.rows)):
        if pdf.get_y() + layout.heights[r] > bottom:
            pdf.add_page()
            for h in range(block.header_rows):
                draw_row(h)
        draw_row(r)
    pdf.ln(2)
    pdf.set_auto_page_break(True, margin=18)


# --------------------------------------------------------------------------- text layouts

LAYOUT_WRAP = 35  # characters: label cells longer than this wrap onto several lines
LAYOUT_GAP = 2  # spaces between two columns (at least; more where a cell is short)


def _wrap(text: str, width: int) -> list[str]:
    if not text:
        return [""]
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def _layout_table(block: Block, half_lines: bool = False) -> list[str]:
    rows = [[plain(c) for c in row] for row in block.rows]
    ncol = block.width
    widths = [1] * ncol
    for r, row in enumerate(rows):
        for first, n in _row_spans(block, r):
            if n > 1:
                continue
            text = row[first]
            longest = max((len(w) for w in text.split()), default=0)
            if r < block.header_rows:
                # a header title wraps to the width of its column's body, not wider
                widths[first] = max(widths[first], longest)
            else:
                widths[first] = max(widths[first], longest, min(len(text), LAYOUT_WRAP))
    out: list[str] = []
    for r, row in enumerate(rows):
        cells = []
        for first, n in _row_spans(block, r):
            width = sum(widths[first:first + n]) + LAYOUT_GAP * (n - 1)
            cells.append((first, width, _wrap(row[first], width)))
        height = max(len(wrapped) for _, _, wrapped in cells)
        # positions in half lines from the top of the row
        placed: dict[int, list[str]] = {}
        for k, (first, width, wrapped) in enumerate(cells):
            start = height - len(wrapped) if half_lines else 2 * ((height - len(wrapped)) // 2)
            for i, text in enumerate(wrapped):
                if r < block.header_rows:
                    text = text.center(width)
                elif _is_figure_cell(row[first]):
                    text = text.rjust(width)
                else:
                    text = text.ljust(width)
                slot = placed.setdefault(start + 2 * i, [" " * w for _, w, _ in cells])
                slot[k] = text
        out.extend((" " * LAYOUT_GAP).join(placed[y]).rstrip() for y in sorted(placed))
    return out


def render_layout_text(blocks: list[Block], path: str | Path, *, half_lines: bool = False) -> None:
    """Write text as ``pdftotext -layout`` prints a PDF of the report (simulated).

    * Prose lines are copied as they are (``**`` and a heading's ``#`` removed).
    * A table has no pipe and no tab: its columns are aligned and separated by at least
      :data:`LAYOUT_GAP` (2) spaces (more where a cell is shorter than its column). A
      column is as wide as its longest cell up to :data:`LAYOUT_WRAP` (35) characters
      (never narrower than its longest word); a longer cell wraps at word boundaries onto
      several lines. A row takes as many lines as its tallest cell, and every cell is
      vertically centred in them: a cell of ``k`` lines in a row of ``n`` lines starts on
      line ``(n - k) // 2``. So the figures of a row whose label wraps onto 3 lines are on
      the label's middle line, and onto 2 lines on its first line (the label's tail is on
      the next line, with nothing else).
    * Header cells wrap to the width of their column's body (``Capaian (%)`` over a column
      of ``102,69`` prints as ``Capaian`` / ``(%)``), are centred in it, and are vertically
      centred like body cells. A spanning title is centred over the columns it spans.
    * Body figure cells are right-aligned in their column, text cells left-aligned.
    * Trailing spaces are removed; empty cells leave only spaces.

    ``half_lines=True`` mimics what the real ``pdftotext -layout`` does with a vertically
    centred PDF (checked with poppler 22 on :func:`render_pdf` output): a cell offset by
    half a line (a one-line figure next to a two-line label) is printed on a line of its
    own between the label's lines, so the label's first line stands alone above the
    figures and its second line alone below them. For an odd offset the cell shares the
    middle line as in the default mode.
    """
    out: list[str] = []
    for block in blocks:
        if block.kind == "blank":
            out.append("")
        elif block.kind == "prose":
            out.append(plain(block.text) if block.is_heading else _BOLD.sub(r"\1", block.text))
        else:
            out.extend(_layout_table(block, half_lines))
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def render_cell_lines_text(blocks: list[Block], path: str | Path) -> None:
    """Write text as plain ``pdftotext`` prints a PDF of the report (simulated).

    Prose lines are copied as they are (``**`` and a heading's ``#`` removed). A table is
    printed one cell per line: the header cells row by row (a spanning title once), then
    each body row's cells from left to right; an empty cell prints nothing (no empty line),
    so the reader cannot tell which column a line belongs to from the text alone. Cells are
    not wrapped (one cell, one line).
    """
    out: list[str] = []
    for block in blocks:
        if block.kind == "blank":
            out.append("")
        elif block.kind == "prose":
            out.append(plain(block.text) if block.is_heading else _BOLD.sub(r"\1", block.text))
        else:
            for row in block.rows:
                out.extend(plain(c) for c in row if plain(c))
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- registry

RENDERERS = {
    "docx": render_docx,
    "html": render_html,
    "pdf": render_pdf,
    "pdf_unruled": render_pdf_unruled,
    "layout_text": render_layout_text,
    "cell_lines_text": render_cell_lines_text,
}
FORMATS = list(RENDERERS)
SUFFIXES = {
    "docx": ".docx",
    "html": ".html",
    "pdf": ".pdf",
    "pdf_unruled": ".pdf",
    "layout_text": ".txt",
    "cell_lines_text": ".txt",
}


def render(source: str | Path, fmt: str, directory: str | Path) -> Path:
    """Render the report file ``source`` as ``fmt`` into ``directory``; return the path.

    The file is named ``<stem>.<fmt><suffix>`` (``lkjip_rsud.layout_text.txt``).
    """
    source = Path(source)
    blocks = parse_blocks(source.read_text(encoding="utf-8"))
    target = Path(directory) / f"{source.stem}.{fmt}{SUFFIXES[fmt]}"
    RENDERERS[fmt](blocks, target)
    return target


# --------------------------------------------------------------------------- pdftotext

HAVE_PDFTOTEXT = shutil.which("pdftotext") is not None


def _pdftotext(pdf_path: str | Path, *options: str) -> str:
    if not HAVE_PDFTOTEXT:
        raise RuntimeError("pdftotext (poppler-utils) is not on PATH")
    done = subprocess.run(["pdftotext", *options, str(pdf_path), "-"], check=True,
                          capture_output=True)
    return done.stdout.decode("utf-8")


def pdftotext_layout(pdf_path: str | Path) -> str:
    """The text of a PDF as ``pdftotext -layout`` prints it (needs poppler-utils)."""
    return _pdftotext(pdf_path, "-layout", "-enc", "UTF-8")


def pdftotext_plain(pdf_path: str | Path) -> str:
    """The text of a PDF as plain ``pdftotext`` prints it (needs poppler-utils)."""
    return _pdftotext(pdf_path, "-enc", "UTF-8")
