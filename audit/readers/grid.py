"""Grid and simple tables: the tables pandoc writes (``pandoc -t markdown``, ``-t rst``, Emacs org
and reStructuredText sources) when a cell holds more than one line.

::

    +-----+---------------------------+--------+
    | No  | Indikator Kinerja         | Target |
    +=====+===========================+========+
    | 1.  | Persentase perangkat      | 95,00  |
    |     | daerah yang terhubung     |        |
    +-----+---------------------------+--------+

Column boundaries are the ``+`` of the border lines; one row is every line between two
borders, each cell the text of its column on those lines joined; rows above a ``+===+``
border are the header. A cell spanning columns (no ``|`` at an inner boundary) keeps its
text in the first column of the span, as the table's title row would print it.

A pandoc *simple* table (short cells) has a header line over a line of dash runs, one run
per column; its rows follow until a blank line::

      No   Kelompok Data        Dataset  Dipublikasikan
      ---- -------------------- -------- --------------
      1.   Pemerintahan umum          38             31

Each word goes to the column whose dashes it overlaps most (right-aligned figures and a
header wider than its dashes still land in their column).

Each cell keeps the line its figure is printed on (a wrapped cell ``Rp`` / ``6.992.235.000``
points at the second line), so findings point where the reviewer looks.
"""

from __future__ import annotations

import re

from .layout import LayoutBlock, LayoutRow

_BORDER_RE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_CONTENT_RE = re.compile(r"^\s*[|+].*[|+]\s*$")


def _is_border(line: str) -> bool:
    return bool(_BORDER_RE.match(line))


def find_grid_tables(lines: list[str]) -> list[LayoutBlock]:
    """Every grid table among the lines (0-based line numbers in the blocks)."""
    blocks: list[LayoutBlock] = []
    i = 0
    while i < len(lines):
        if not _is_border(lines[i]):
            i += 1
            continue
        start = i
        end = i + 1
        while end < len(lines) and (_is_border(lines[end]) or _CONTENT_RE.match(lines[end])):
            end += 1
        # a grid table ends on a border; trailing content lines are not part of it
        while end - 1 > start and not _is_border(lines[end - 1]):
            end -= 1
        block = _read_grid(lines, start, end)
        if block is not None:
            blocks.append(block)
        i = max(end, i + 1)
    return blocks


def _read_grid(lines: list[str], start: int, end: int) -> LayoutBlock | None:
    borders = [k for k in range(start, end) if _is_border(lines[k])]
    if len(borders) < 2:
        return None
    bounds = sorted({m.start() for k in borders for m in re.finditer(r"\+", lines[k])})
    if len(bounds) < 3:
        return None  # one column: a boxed note, not a table
    header_end = next((k for k in borders if "=" in lines[k]), None)
    rows: list[LayoutRow] = []
    header_rows = 0
    for top, bottom in zip(borders, borders[1:], strict=False):
        content = list(range(top + 1, bottom))
        if not content:
            continue
        cells, cell_lines = _row_cells(lines, content, bounds)
        if not any(cells):
            continue
        rows.append(LayoutRow(content[0], cells, cell_lines, content))
        if header_end is not None and bottom <= header_end:
            header_rows += 1
    if not rows:
        return None
    return LayoutBlock(rows, set(range(start, end)), header_rows=header_rows,
                       separator_line=header_end)


def _row_cells(lines: list[str], content: list[int],
               bounds: list[int]) -> tuple[list[str], list[int]]:
    width = len(bounds) - 1
    pieces: list[list[tuple[int, str]]] = [[] for _ in range(width)]
    for k in content:
        line = lines[k]
        # the boundaries this line marks with "|" (a spanning cell leaves some out)
        marked = [b for b in bounds if b < len(line) and line[b] in "|+"]
        for a, b in zip(marked, marked[1:], strict=False):
            text = line[a + 1:b].strip()
            if text:
                pieces[bounds.index(a)].append((k, text))
    cells, cell_lines = [], []
    for col in range(width):
        texts = pieces[col]
        cells.append(" ".join(t for _, t in texts))
        # the line a reviewer looks at: where the cell's figure is printed
        at = next((k for k, t in texts if any(ch.isdigit() for ch in t)),
                  texts[0][0] if texts else content[0])
        cell_lines.append(at)
    return cells, cell_lines


_DASH_RUNS_RE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
_FIGURE_RE = re.compile(r"\d")
_ONE_RUN_RE = re.compile(r"^\s*-{8,}\s*$")
MAX_HEADER_LINES = 6  # a multiline table's header lines between its rule and its dash runs
MAX_TABLE_LINES = 2000


def find_multiline_tables(lines: list[str], taken: set[int]) -> list[LayoutBlock]:
    """Every pandoc *multiline* table among the lines not already ``taken`` (0-based): what
    ``pandoc -t plain`` and ``-t markdown`` write when a cell wraps::

        ------------------------------------------------
        Uraian              Anggaran (Rp)   Realisasi (Rp)
        ------------------- --------------- --------------
        Hasil Pengelolaan   8.420.000.000   8.617.452.884
        Kekayaan Daerah

        Pajak Daerah        98.500.000.000  101.246.873.520
        ------------------------------------------------

    A rule of one dash run opens it, the header's lines follow down to the line of dash runs
    that gives each column's extent, and a rule closes it; rows are the groups of lines
    between blank lines, each cell the words over its column's dashes on those lines joined.
    Without a header the dash runs open and close the table."""
    blocks: list[LayoutBlock] = []
    k = 0
    while k < len(lines):
        block = None if k in taken else _multiline_at(lines, k, taken)
        if block is None:
            k += 1
            continue
        blocks.append(block)
        k = max(block.consumed) + 1
    return blocks


def _multiline_at(lines: list[str], k: int, taken: set[int]) -> LayoutBlock | None:
    if _ONE_RUN_RE.match(lines[k]):
        ruler = k + 1
        while ruler < len(lines) and ruler - k <= MAX_HEADER_LINES and lines[ruler].strip() \
                and ruler not in taken and not _DASH_RUNS_RE.match(lines[ruler]):
            ruler += 1
        if ruler == k + 1 or ruler >= len(lines) or not _DASH_RUNS_RE.match(lines[ruler]):
            return None
        closing = _ONE_RUN_RE
        header = list(range(k + 1, ruler))
    elif _DASH_RUNS_RE.match(lines[k]) and (k == 0 or not lines[k - 1].strip()):
        ruler, closing, header = k, _DASH_RUNS_RE, []
    else:
        return None
    end = ruler + 1
    while end < len(lines) and end - ruler <= MAX_TABLE_LINES and end not in taken \
            and not closing.match(lines[end]) and not _DASH_RUNS_RE.match(lines[end]):
        end += 1
    if end >= len(lines) or not closing.match(lines[end]):
        return None
    body = range(ruler + 1, end)
    if not header and not any(not lines[n].strip() for n in body):
        return None  # a headerless *simple* table: one line per row, read as such
    extents = [(m.start(), m.end()) for m in re.finditer(r"-+", lines[ruler])]
    groups: list[list[int]] = [header] if header else []
    current: list[int] = []
    for n in body:
        if lines[n].strip():
            current.append(n)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    rows = []
    for group in groups:
        cells, cell_lines = _wrapped_cells(lines, group, extents)
        if any(cells):
            rows.append(LayoutRow(group[0], cells, cell_lines, group))
    if len(rows) < 2:
        return None
    header_rows = int(bool(header))
    if header and len(rows) > 2 and not rows[1].cells[0] \
            and not any(_FIGURE_RE.search(c) for c in rows[1].cells):
        # "| | APBD Murni | APBD Perubahan | |": the second line of a two-row header, which
        # pandoc prints as the first body row
        header_rows = 2
    return LayoutBlock(rows, set(range(k, end + 1)), header_rows=header_rows,
                       separator_line=ruler if header else None)


def _wrapped_cells(lines: list[str], group: list[int],
                   extents: list[tuple[int, int]]) -> tuple[list[str], list[int]]:
    """The cells of one row printed over the lines of ``group``, and for each the line a
    reviewer looks at (where its figure is printed)."""
    pieces: list[list[tuple[int, str]]] = [[] for _ in extents]
    for n in group:
        for col, text in enumerate(_simple_cells(lines[n], extents)):
            if text:
                pieces[col].append((n, text))
    cells = [" ".join(t for _, t in texts) for texts in pieces]
    cell_lines = [next((n for n, t in texts if any(ch.isdigit() for ch in t)),
                       texts[0][0] if texts else group[0]) for texts in pieces]
    return cells, cell_lines


def find_simple_tables(lines: list[str], taken: set[int]) -> list[LayoutBlock]:
    """Every pandoc simple table among the lines not already ``taken`` (0-based)."""
    blocks: list[LayoutBlock] = []
    for k, line in enumerate(lines):
        if k in taken or not _DASH_RUNS_RE.match(line):
            continue
        extents = [(m.start(), m.end()) for m in re.finditer(r"-+", line)]
        head = k - 1 if k > 0 and lines[k - 1].strip() and k - 1 not in taken else None
        body = []
        n = k + 1
        while n < len(lines) and lines[n].strip() and n not in taken \
                and not _DASH_RUNS_RE.match(lines[n]):
            body.append(n)
            n += 1
        if not body:
            continue
        rows = [LayoutRow(j, cells, [j] * len(extents), [j])
                for j in ([head] if head is not None else []) + body
                if any(cells := _simple_cells(lines[j], extents))]
        if len(rows) < 2:
            continue
        consumed = set(range(head if head is not None else k, n))
        if n < len(lines) and _DASH_RUNS_RE.match(lines[n]):
            consumed.add(n)  # a closing rule
        blocks.append(LayoutBlock(rows, consumed, header_rows=int(head is not None),
                                  separator_line=k if head is not None else None))
    return blocks


def _simple_cells(line: str, extents: list[tuple[int, int]]) -> list[str]:
    cells: list[list[str]] = [[] for _ in extents]
    for m in re.finditer(r"\S+", line):
        a, b = m.start(), m.end()
        overlaps = [min(e, b) - max(s, a) for s, e in extents]
        best = max(range(len(extents)), key=lambda i: overlaps[i])
        if overlaps[best] <= 0:
            best = min(range(len(extents)),
                       key=lambda i: min(abs(extents[i][0] - a), abs(extents[i][1] - b)))
        cells[best].append(m.group())
    return [" ".join(words) for words in cells]
