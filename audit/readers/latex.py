"""LaTeX ``tabular`` tables: what neural PDF-to-Markdown converters (Nougat, Mathpix) write
for the tables of a report they convert, inside otherwise plain Markdown::

    \\begin{tabular}{|c|l|r|r|}
    \\hline No & Indikator Kinerja & Target & Realisasi \\\\
    \\hline 1 & Persentase dataset & 85,00 & 87,20 \\\\
    \\hline
    \\end{tabular}

Rows end at ``\\\\`` (a row may run over two source lines), cells at an unescaped ``&``;
``\\multicolumn{n}{..}{text}`` keeps its text in the first of the n cells it spans (as a
grid table's spanning cell does), ``\\multirow{n}{*}{text}`` its text in its first row;
rules (``\\hline``, ``\\cline``), ``\\%``, ``\\&`` and font commands are read as the printed
table shows them. The leading rows without figures are the header. Each cell keeps the line
its text is printed on.
"""

from __future__ import annotations

import bisect
import re

from .layout import LayoutBlock, LayoutRow

_BEGIN_RE = re.compile(r"\\begin\{tabular\*?\}(?:\{[^{}]*\})?(?:\{(?:[^{}]|\{[^{}]*\})*\})")
_END_RE = re.compile(r"\\end\{tabular\*?\}")
MAX_TABLE_LINES = 2000
MAX_HEADER_ROWS = 3
_RULE_RE = re.compile(r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^{}]*\}|"
                      r"cmidrule(?:\([^()]*\))?\{[^{}]*\})")
_MULTICOLUMN_RE = re.compile(r"^\s*\\multicolumn\{(\d+)\}\{[^{}]*\}\{(.*)\}\s*$", re.DOTALL)
_MULTIROW_RE = re.compile(r"\\multirow\{[^{}]*\}\{[^{}]*\}\{((?:[^{}]|\{[^{}]*\})*)\}")
_FONT_RE = re.compile(r"\\(?:textbf|textit|emph|text|mathrm|mathbf|underline)\{((?:[^{}]|"
                      r"\{[^{}]*\})*)\}")
_ESCAPES = {r"\%": "%", r"\&": "&", r"\_": "_", r"\$": "$", r"\#": "#", r"\,": " ",
            r"\;": " ", "~": " "}
_FIGURE_RE = re.compile(r"^\(?-?\d[\d.,]*\)?\s*%?$")


def find_latex_tables(lines: list[str], taken: set[int]) -> list[LayoutBlock]:
    """Every ``tabular`` among the lines not already ``taken`` (0-based line numbers)."""
    blocks: list[LayoutBlock] = []
    k = 0
    while k < len(lines):
        begin = None if k in taken else _BEGIN_RE.search(lines[k])
        end = None
        if begin is not None:
            end = next((j for j in range(k, min(len(lines), k + MAX_TABLE_LINES))
                        if _END_RE.search(lines[j], begin.end() if j == k else 0)), None)
        if begin is None or end is None:
            k += 1
            continue
        block = _read_tabular(lines, k, begin.end(), end)
        if block is not None:
            blocks.append(block)
        k = end + 1
    return blocks


def _read_tabular(lines: list[str], first: int, start: int, last: int) -> LayoutBlock | None:
    text = "\n".join(lines[first:last + 1])
    starts = [0]
    for line in lines[first:last + 1]:
        starts.append(starts[-1] + len(line) + 1)
    end = _END_RE.search(text, start).start()  # type: ignore[union-attr]

    def line_at(pos: int) -> int:
        return first + bisect.bisect_right(starts, pos) - 1

    rows: list[LayoutRow] = []
    pos = start
    for m in re.finditer(r"\\\\(?:\[[^\]]*\])?", text[:end] + "\\\\"):
        if m.start() < pos:
            continue
        raw_row, at = text[pos:m.start()], pos
        pos = m.end()
        cells, cell_lines = _row_cells(raw_row, at, line_at)
        if any(cells):
            rows.append(LayoutRow(min(cell_lines), cells, cell_lines,
                                  sorted(set(range(line_at(at), line_at(m.start()) + 1)))))
    if len(rows) < 2:
        return None
    width = max(len(r.cells) for r in rows)
    for r in rows:
        r.cells += [""] * (width - len(r.cells))
        r.cell_lines += [r.line] * (width - len(r.cell_lines))
    header = 0
    while header < min(MAX_HEADER_ROWS, len(rows) - 1) \
            and not any(_FIGURE_RE.match(c) for c in rows[header].cells):
        header += 1
    # the header closes on the \begin line, which no row prints on
    separator = first if header and all(r.line != first for r in rows) else None
    return LayoutBlock(rows, set(range(first, last + 1)),
                       header_rows=header if separator is not None else 0,
                       separator_line=separator)


def _row_cells(raw: str, at: int, line_at) -> tuple[list[str], list[int]]:  # noqa: ANN001
    """The cells of one row's source (from position ``at``), each with the line its text
    starts on; a multicolumn cell's text in the first of the cells it spans."""
    cells: list[str] = []
    cell_lines: list[int] = []
    pos = 0
    for piece in re.split(r"(?<!\\)&", raw):
        offset = at + pos + len(piece) - len(piece.lstrip())
        pos += len(piece) + 1
        content = _RULE_RE.sub(" ", piece)
        span = 1
        if (m := _MULTICOLUMN_RE.match(content)) is not None:
            span, content = int(m.group(1)), m.group(2)
        text = _plain(content)
        lead = len(piece) - len(_RULE_RE.sub(" ", piece).lstrip()) if text else 0
        line = line_at(offset + max(0, lead - (len(piece) - len(piece.lstrip()))))
        cells.append(text)
        cell_lines.append(line)
        for _ in range(span - 1):
            cells.append("")
            cell_lines.append(line)
    return cells, cell_lines


def _plain(content: str) -> str:
    """A cell's text as printed: commands unwrapped, escapes resolved, spaces collapsed."""
    text = _MULTIROW_RE.sub(lambda m: m.group(1), content)
    for _ in range(3):  # nested font commands
        text = _FONT_RE.sub(lambda m: m.group(1), text)
    for escaped, plain in _ESCAPES.items():
        text = text.replace(escaped, plain)
    text = text.replace("$", "").replace("{", "").replace("}", "")
    return " ".join(text.split())
