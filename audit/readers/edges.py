"""Tables laid out by their cells' right edges: how RTF (``\\cellx``) and Word 97 binary
documents (``sprmTDefTable``) describe a row.

Neither format writes a grid: each row lists its cells with the position of each cell's right
edge, and a cell merged across or down is flagged. The rows of a table are laid on the grid of
every edge the table uses, so a cell wider than those below it spans columns as in HTML;
merged cells hand their place to the merge's first cell (in header rows the title merged down
is repeated, as the other readers do). Header rows are those the document marks as repeated
headers, else the first row and the rows its vertical merge covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from audit.readers._lines import LineWriter
from audit.readers.source import Location

MAX_HEADER_ROWS = 3


@dataclass
class CellDef:
    right: int  # the cell's right edge (twips)
    merged_across: bool = False  # joined to the cell on its left (RTF \clmrg)
    merged_down: bool = False  # joined to the cell above (\clvmrg)
    starts_down: bool = False  # the first cell of a merge down (\clvmgf)


# A cell holds paragraphs (text) and nested tables (their rows), in order
Item: TypeAlias = "str | list[Row]"


@dataclass
class Row:
    cells: list[list[Item]]
    defs: list[CellDef]
    header: bool


def write_grid(out: LineWriter, rows: list[Row], table: int) -> None:
    """The table's rows on their grid, as table number ``table`` of the document."""
    grid, continued, first = lay_out(rows)
    marked = 0
    while marked < len(rows) and rows[marked].header:
        marked += 1
    below = 1  # the first row, and the rows that continue a title it merges down
    while below < len(rows) and continued[below] & first:
        below += 1
    header_count = min(marked or below, MAX_HEADER_ROWS, len(grid))
    # a title merged down over the header rows is repeated in each of them
    for r in range(1, header_count):
        for c in sorted(continued[r]):
            if c < len(grid[r - 1]) and (c >= len(grid[r]) or not grid[r][c]):
                grid[r].extend([""] * (c + 1 - len(grid[r])))
                grid[r][c] = grid[r - 1][c]
    locations: list[Location] = [{"table": table, "row": i + 1} for i in range(len(grid))]
    out.grid(grid, header_count, locations, {"table": table})


LAYOUT_ROWS = 3  # a table of this many rows or fewer that holds a data table lays out a page


def lays_out_tables(rows: list[Row]) -> bool:
    """A table of a few rows with a table of two rows and two columns at least nested in one
    of its cells: a layout, not a table of its own (as the DOCX reader decides)."""
    if len(rows) > LAYOUT_ROWS:
        return False
    return any(not isinstance(item, str) and len(item) >= 2
               and max(len(r.cells) for r in item) >= 2
               for row in rows for cell in row.cells for item in cell)


def layout_items(rows: list[Row]) -> list[Item]:
    """The paragraphs and nested tables of a layout table (a template's frame holding a data
    table in a cell), in reading order: its paragraphs are prose, the nested table a table."""
    return [item for row in rows for cell in row.cells for item in cell]


def cell_text(items: list[Item]) -> str:
    """A cell's text; a nested table's words go into it (it has no place in a pipe row)."""
    return " ".join(item if isinstance(item, str)
                    else " ".join(cell_text(c) for r in item for c in r.cells)
                    for item in items)


def lay_out(rows: list[Row]) -> tuple[list[list[str]], list[set[int]], set[int]]:
    """Each row's cells on the grid of every right edge the table uses; per row, the grid
    columns that continue a vertical merge from the row above; and the columns where the
    first row begins one."""
    edges = sorted({d.right for row in rows for d in row.defs if d.right > 0})
    grid: list[list[str]] = []
    continued: list[set[int]] = []
    for row in rows:
        cells = [""] * len(edges)
        below: set[int] = set()
        for column, cell_def, text in _placed(row, edges):
            if column >= len(cells):
                cells.extend([""] * (column + 1 - len(cells)))
            if cell_def is not None and (cell_def.merged_across or cell_def.merged_down):
                if cell_def.merged_down:
                    below.add(column)
                continue  # the text is the merge's first cell's
            cells[column] = text
        while cells and not cells[-1]:
            cells.pop()
        grid.append(cells)
        continued.append(below)
    first = {column for column, cell_def, _ in _placed(rows[0], edges)
             if cell_def is not None and cell_def.starts_down} if rows else set()
    return grid, continued, first


def _placed(row: Row, edges: list[int]) -> list[tuple[int, CellDef | None, str]]:
    """(grid column, definition, text) of each cell of the row: a cell starts at the first
    edge right of the cell before it. A row with fewer definitions than cells (a damaged
    file) is laid out a cell per column."""
    texts = [cell_text(c) for c in row.cells]
    if len(row.defs) < len(texts):
        return [(index, None, text) for index, text in enumerate(texts)]
    texts += [""] * (len(row.defs) - len(texts))
    out = []
    left = 0
    for cell_def, text in zip(row.defs, texts, strict=True):
        out.append((next((i for i, e in enumerate(edges) if e > left), len(edges)), cell_def,
                    text))
        left = cell_def.right
    return out
