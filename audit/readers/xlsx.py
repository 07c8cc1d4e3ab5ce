"""XLSX reader: a workbook's sheets as the text the table reader parses.

Each visible sheet becomes a ``Sheet: <name>`` line followed by its title rows (a row with
a single text cell, such as ``Tabel 3.2 Realisasi Anggaran``) as the caption, then its
table as a pipe table; a sheet without a title row gets the caption-like line ``Tabel
<sheet name>`` instead (the sheet name alone when it already starts with "Tabel"). Rows
separated by empty rows form separate sections, so notes under a table (``Sumber: ...``)
stay prose and a second table on the sheet keeps its own title; a section after an empty
row that starts with figures continues the table above.

* The header is the first row(s) with no figures (a year such as 2024 is a title, not a
  figure), up to three; a row below the first counts only when a merged title of the rows
  above reaches over it (down, or across the columns it names), so a table of words or a
  group heading under the header is not swallowed. In header rows a title merged down is
  repeated in each row, so that the table reader keeps the sub-header row in the header.
* Values are the cached results (``data_only=True``), printed the Indonesian way with the
  decimals the cell's number format shows: ``#,##0`` -> ``1.250.000``, ``0.00`` -> ``12,50``;
  a ``%`` format prints ``91,31%``, or ``91,31`` under a column title that already says
  ``%``. A formula without a cached result (a file written by a program and never opened
  in Excel) is evaluated when it is a plain ``SUM`` / ``+`` / ``-`` of cells; otherwise the
  cell is left empty.
* The formulas (``data_only=False``) are read too: a ``=SUM(D5:D10)`` down its own column
  that leaves out a component row directly above it, or takes in a row that is itself a
  total, gives a ``sum_range`` note. Such a slip keeps the printed total consistent with the
  range but not with the table, so no check on the text alone can see why it is wrong.

The workbook is loaded twice in normal (not read-only) mode: read-only worksheets do not
expose merged ranges, which the title and header detection and the percent-column lookup
need; report workbooks are small, so the cost is negligible.

Not handled: hidden sheets (skipped), hidden rows and columns (printed), charts, comments,
formulas other than SUM and ``+``/``-`` without a cached value, number formats with
conditions or scaling beyond trailing commas, and sheets laid out side by side (two tables
in the same rows).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from audit.model import is_total_label
from audit.readers._lines import LineWriter, check_package, invalid
from audit.readers.source import Location, Rendered
from audit.readers.text import ReaderError

WHAT = "Excel workbook"
MAX_HEADER_ROWS = 3

Note = tuple[int, str, str, str, str]
Coord = tuple[int, int]  # (row, column), 1-based as in openpyxl

_REF = r"\$?([A-Za-z]{1,3})\$?(\d+)"
_REF_RE = re.compile(rf"^{_REF}$")
_RANGE_RE = re.compile(rf"^{_REF}\s*:\s*{_REF}$")
_SUM_RANGE_RE = re.compile(rf"^=\s*SUM\(\s*{_REF}\s*:\s*{_REF}\s*\)\s*$", re.IGNORECASE)
_TERM_RE = re.compile(rf"\s*([+-])?\s*(SUM\(([^()]*)\)|{_REF}|\d+(?:\.\d+)?)\s*", re.IGNORECASE)


def render_xlsx(path: str | Path) -> Rendered:
    """Read an ``.xlsx`` workbook into the text form, with sheet/cell locations and notes."""
    p = Path(path)
    check_package(p, WHAT)
    try:
        values, formulas = _load(p)
        return render_workbook(values, formulas)
    except ReaderError:
        raise
    except Exception as exc:  # a reader boundary: any failure is an unreadable file
        raise invalid(p, WHAT, exc) from exc


def _load(path: Path) -> tuple[Any, Any]:
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        # openpyxl warns about every extension it does not read (data validation, ...).
        warnings.simplefilter("ignore")
        values = load_workbook(path, data_only=True)
        formulas = load_workbook(path, data_only=False)
    return values, formulas


def render_workbook(values: Any, formulas: Any, kind: str = "xlsx") -> Rendered:
    """The workbook's visible sheets as text: ``values`` and ``formulas`` are workbooks as
    openpyxl gives them (``worksheets``, sheets by title), or any objects shaped alike."""
    out = LineWriter()
    notes: list[Note] = []
    for sheet in values.worksheets:
        if sheet.sheet_state != "visible":
            continue
        view = _Sheet(sheet, formulas[sheet.title])
        notes.extend(view.render(out))
        out.blank()
    return out.rendered(kind, sorted(notes))


# ---------------------------------------------------------------- number formats

# the plan's row over the realisations it is compared with
_PLAN_ROW_RE = re.compile(r"^\s*(?:target|pagu|rencana|anggaran|sasaran)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Format:
    general: bool = True
    min_decimals: int = 0
    max_decimals: int = 0
    grouped: bool = False
    percent: bool = False
    scale: int = 0  # trailing commas: each divides by 1000
    prefix: str = ""


_QUOTED_RE = re.compile(r'"[^"]*"')
_BRACKET_RE = re.compile(r"\[[^\]]*\]")


def _first_section(code: str) -> str:
    """The positive-number section of a format code (sections split on ``;`` outside
    quotes)."""
    quoted = False
    for index, char in enumerate(code):
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            return code[:index]
    return code


def _parse_format(code: str | None) -> _Format:
    section = _first_section(code or "General")
    literals = " ".join(_QUOTED_RE.findall(section) + _BRACKET_RE.findall(section))
    bare = _BRACKET_RE.sub("", _QUOTED_RE.sub("", section))
    bare = re.sub(r"\\.|_.|\*.", "", bare)  # escaped characters and padding
    if bare.strip().lower() in ("", "general", "@"):
        return _Format(prefix=_currency(literals))
    number = re.search(r"[0#?,]*[0#?][0#?,]*(?:\.([0#?]*))?", bare)
    if number is None:
        return _Format(prefix=_currency(literals))
    integer = number.group(0).split(".")[0]
    fraction = number.group(1) or ""
    return _Format(
        general=False,
        min_decimals=fraction.count("0"),
        max_decimals=len(fraction),
        grouped=bool(re.search(r"[0#?],[0#?]", integer)),
        percent="%" in bare,
        scale=len(integer) - len(integer.rstrip(",")),
        prefix=_currency(literals),
    )


def _currency(literals: str) -> str:
    # "Rp" makes the figure a money figure for the checks, as a printed "Rp 1.250.000" does.
    return "Rp " if re.search(r"\bRp\b", literals, re.IGNORECASE) else ""


def _to_decimal(value: int | float | Decimal) -> Decimal:
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def format_number(value: int | float | Decimal, code: str | None,
                  keep_percent: bool = True) -> str:
    """A cell's number as Excel shows it, with Indonesian separators (``.`` thousands,
    ``,`` decimals)."""
    fmt = _parse_format(code)
    number = _to_decimal(value)
    if fmt.percent:
        number *= 100
    if fmt.scale:
        number /= Decimal(1000) ** fmt.scale
    if fmt.general:
        # General prints what was typed; 15 significant digits drop binary noise (0.1+0.2
        # is 0.3) and keep an 11-digit budget figure whole.
        if isinstance(value, float):
            number = Decimal(f"{float(number):.15g}")
        exponent = number.normalize().as_tuple().exponent
        decimals = max(0, -exponent) if isinstance(exponent, int) else 0
        low = decimals
    else:
        decimals, low = fmt.max_decimals, fmt.min_decimals
    quantised = number.quantize(Decimal(10) ** -decimals, rounding=ROUND_HALF_UP)
    text = f"{abs(quantised):{',' if fmt.grouped else ''}.{decimals}f}"
    if decimals > low:  # "#" places print only the digits that are not zero
        integer, _, fraction = text.partition(".")
        fraction = fraction.rstrip("0").ljust(low, "0")
        text = f"{integer}.{fraction}" if fraction else integer
    text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    sign = "-" if quantised < 0 else ""
    suffix = "%" if fmt.percent and keep_percent else ""
    return f"{sign}{fmt.prefix}{text}{suffix}"


def _format_other(value: Any) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _is_year(value: Any) -> bool:
    return _is_number(value) and float(value).is_integer() and 1900 <= value <= 2100


def _text(value: Any) -> str | None:
    """A cell value that is words (None for numbers and empties)."""
    if isinstance(value, str) and value.strip() and not value.startswith("="):
        return value.strip()
    return None


# ---------------------------------------------------------------- one sheet

@dataclass
class _Section:
    titles: list[int]  # rows above the table with a single text cell: its caption
    rows: list[int]  # the table's rows (empty for a section of prose lines)
    trailing: list[int]  # single-text rows under the table: notes, printed as prose
    header: int = 0  # how many of ``rows`` are header rows
    top: int = 0  # the last header (or column-number) row: SUM ranges start below it


def _cells_of(sheet: Any) -> dict[Coord, Any]:
    """The filled cells of a worksheet, without building the whole used rectangle (a sheet
    formatted down to row 1048576 would otherwise create a million empty cells)."""
    cells = getattr(sheet, "_cells", None)
    source = cells.values() if isinstance(cells, dict) \
        else (c for row in sheet.iter_rows() for c in row)
    out: dict[Coord, Any] = {}
    for cell in source:
        value = cell.value
        if value is None or isinstance(value, str) and not value.strip():
            continue
        out[(cell.row, cell.column)] = cell
    return out


class _Sheet:
    def __init__(self, values: Any, formulas: Any) -> None:
        self.name: str = values.title
        self.values = _cells_of(values)
        self.formula_cells = _cells_of(formulas)
        self.filled = set(self.values) | set(self.formula_cells)
        self.by_row: dict[int, list[int]] = {}
        for row, col in sorted(self.filled):
            self.by_row.setdefault(row, []).append(col)
        self.last_row = max(self.by_row, default=0)
        self.merged = [(r.min_row, r.min_col, r.max_row, r.max_col)
                       for r in values.merged_cells.ranges]
        self.evaluated: dict[Coord, Any] = {}
        self.row_lines: dict[int, int] = {}

    # -- cell access

    def formula(self, row: int, col: int) -> str | None:
        cell = self.formula_cells.get((row, col))
        value = cell.value if cell is not None else None
        return value if isinstance(value, str) and value.startswith("=") else None

    def value(self, row: int, col: int) -> Any:
        """The cached value; for a formula without one, what a plain SUM/+/- evaluates to."""
        cell = self.values.get((row, col))
        if cell is not None and not (isinstance(cell.value, str)
                                     and cell.value.startswith("=")):
            return cell.value
        if self.formula(row, col) is None:
            return cell.value if cell is not None else None
        if (row, col) not in self.evaluated:
            self.evaluated[(row, col)] = None  # a cycle through this cell evaluates to None
            self.evaluated[(row, col)] = self._evaluate(self.formula(row, col) or "")
        return self.evaluated[(row, col)]

    def number_format(self, row: int, col: int) -> str | None:
        cell = self.values.get((row, col)) or self.formula_cells.get((row, col))
        return getattr(cell, "number_format", None)

    def display(self, row: int, col: int, keep_percent: bool = True) -> str:
        value = self.value(row, col)
        if value is None:
            return ""
        if _is_number(value):
            return format_number(value, self.number_format(row, col), keep_percent)
        if isinstance(value, str):
            return value.strip()
        return _format_other(value)

    def is_number(self, row: int, col: int) -> bool:
        return _is_number(self.value(row, col))

    def row_cols(self, row: int) -> list[int]:
        return self.by_row.get(row, [])

    def coordinate(self, row: int, col: int) -> str:
        return f"{get_column_letter(col)}{row}"

    # -- formulas without a cached value

    def _evaluate(self, formula: str) -> Decimal | None:
        """``=SUM(...)``, a cell, a number, and ``+``/``-`` of those; None for anything else."""
        body = formula[1:].strip()
        total = Decimal(0)
        position = 0
        while position < len(body):
            match = _TERM_RE.match(body, position)
            if match is None or match.end() == position or (position and not match.group(1)):
                return None
            term = self._term(match)
            if term is None:
                return None
            total += -term if match.group(1) == "-" else term
            position = match.end()
        return total if body else None

    def _term(self, match: re.Match[str]) -> Decimal | None:
        if match.group(3) is not None:  # SUM(args)
            return self._sum_args(match.group(3))
        if match.group(4):  # a cell reference
            return self._number_at(match.group(4), match.group(5))
        try:
            return Decimal(match.group(2))
        except InvalidOperation:
            return None

    def _number_at(self, letters: str, row: str) -> Decimal:
        from openpyxl.utils.cell import column_index_from_string

        value = self.value(int(row), column_index_from_string(letters.upper()))
        return _to_decimal(value) if _is_number(value) else Decimal(0)

    def _sum_args(self, args: str) -> Decimal | None:
        from openpyxl.utils.cell import range_boundaries

        total = Decimal(0)
        for arg in re.split(r"[,;]", args):
            arg = arg.strip()
            if _REF_RE.match(arg):
                arg = f"{arg}:{arg}"
            if not _RANGE_RE.match(arg):
                return None
            min_col, min_row, max_col, max_row = range_boundaries(arg.replace("$", ""))
            for row in range(min_row, min(max_row, self.last_row) + 1):
                for col in self.row_cols(row):
                    if min_col <= col <= max_col:
                        value = self.value(row, col)
                        if _is_number(value):  # SUM skips words, as Excel does
                            total += _to_decimal(value)
        return total

    # -- layout

    def _is_title_row(self, row: int) -> bool:
        cols = self.row_cols(row)
        return len(cols) == 1 and _text(self.value(row, cols[0])) is not None

    def _blocks(self) -> list[list[int]]:
        """Runs of rows with content, split at empty rows."""
        blocks: list[list[int]] = []
        previous = None
        for row in sorted(self.by_row):
            if previous is None or row != previous + 1:
                blocks.append([])
            blocks[-1].append(row)
            previous = row
        return blocks

    def _sections(self) -> list[_Section]:
        sections: list[_Section] = []
        for block in self._blocks():
            lead = 0
            while lead < len(block) and self._is_title_row(block[lead]):
                lead += 1
            rest = block[lead:]
            if not rest:
                sections.append(_Section([], [], block))
                continue
            previous = sections[-1] if sections else None
            if previous is not None and previous.rows \
                    and any(self.is_number(rest[0], c) for c in self.row_cols(rest[0])):
                # An empty spacer row inside a table: the figures below continue it.
                previous.rows.extend(block)
                continue
            sections.append(_Section(block[:lead], rest, []))
        for section in sections:
            while section.rows and self._is_title_row(section.rows[-1]) \
                    and len(section.rows) > 1:
                section.trailing.insert(0, section.rows.pop())
            self._find_header(section)
        return sections

    def _find_header(self, section: _Section) -> None:
        rows = section.rows
        count = 0
        for row in rows[:MAX_HEADER_ROWS]:
            cols = self.row_cols(row)
            if any(self.is_number(row, c) and not _is_year(self.value(row, c)) for c in cols):
                break
            if count and not self._under_header_merge(rows[:count], row):
                break
            count += 1
        section.header = count
        top_index = count - 1
        if count < len(rows) and self._is_number_row(rows[count]):
            top_index = count
        section.top = rows[top_index] if top_index >= 0 else rows[0] - 1 if rows else 0

    def _under_header_merge(self, header_rows: list[int], row: int) -> bool:
        """A lower header row shows itself by the merges above it: a title merged down over
        it ("No", "Uraian") or merged across the columns it names ("Tahun 2024" over
        "Target | Realisasi"). Without that evidence a row of words is body (a table of
        words, a group heading), since the table reader takes every header row as titles."""
        cols = self.row_cols(row)
        for min_row, min_col, max_row, max_col in self.merged:
            if min_row not in header_rows:
                continue
            if max_row >= row or max_col > min_col and any(min_col <= c <= max_col
                                                             for c in cols):
                return True
        return False

    def _is_number_row(self, row: int) -> bool:
        """``1 2 3 4 5`` under the header: column numbers, not figures."""
        values = [self.value(row, c) for c in self.row_cols(row)]
        if len(values) < 3 or not all(_is_number(v) and float(v).is_integer() for v in values):
            return False
        return [int(v) for v in values] == list(range(1, len(values) + 1))

    def _origin(self, row: int, col: int) -> Coord:
        for min_row, min_col, max_row, max_col in self.merged:
            if min_row <= row <= max_row and min_col <= col <= max_col:
                return min_row, min_col
        return row, col

    def _header_display(self, row: int, col: int) -> str:
        """A header cell; a title merged down over several header rows is repeated in each,
        because the table reader keeps a sub-header row in the header only when it names
        most columns (the model drops the repeat when naming the column)."""
        origin_row, origin_col = self._origin(row, col)
        if origin_row < row and origin_col == col:
            return self.display(origin_row, origin_col)
        return self.display(row, col)

    def _percent_titled(self, section: _Section, col: int) -> bool:
        """Whether the column's title says ``%``, so its cells need not repeat it."""
        for row in section.rows[:section.header]:
            value = self.value(*self._origin(row, col))
            if isinstance(value, str) and "%" in value:
                return True
        return False

    # -- output

    def render(self, out: LineWriter) -> list[Note]:
        sections = self._sections()
        if not sections:
            return []
        first = sections[0]
        if first.titles or not first.rows:
            out.prose(f"Sheet: {self.name}", {"sheet": self.name})
        elif re.match(r"(tabel|table)\b", self.name, re.IGNORECASE):
            out.prose(self.name, {"sheet": self.name})  # a sheet named "Tabel 3.1"
        else:
            out.prose(f"Tabel {self.name}", {"sheet": self.name})
        for section in sections:
            self._render_section(section, out)
        return self._notes(sections)

    def _prose_rows(self, rows: list[int], out: LineWriter) -> None:
        for row in rows:
            col = self.row_cols(row)[0]
            line = out.prose(self.display(row, col),
                             {"sheet": self.name, "cell": self.coordinate(row, col)})
            if line is not None:
                self.row_lines[row] = line

    def _render_section(self, section: _Section, out: LineWriter) -> None:
        self._prose_rows(section.titles, out)
        if section.rows:
            cols = sorted({c for r in section.rows for c in self.row_cols(r)})
            first, last = cols[0], cols[-1]
            percent_titled = {c: self._percent_titled(section, c) for c in range(first, last + 1)}
            header = set(section.rows[:section.header])
            grid = [[self._header_display(r, c) if r in header
                     else self.display(r, c, not percent_titled[c])
                     for c in range(first, last + 1)] for r in section.rows]
            locations: list[Location] = [
                {"sheet": self.name, "cell": self.coordinate(r, first)} for r in section.rows]
            lines = out.table(grid, section.header, locations, {"sheet": self.name})
            self.row_lines.update(zip(section.rows, lines, strict=True))
        else:
            out.blank()
        self._prose_rows(section.trailing, out)
        out.blank()

    # -- SUM ranges

    def _is_total_row(self, row: int) -> bool:
        words = [t for c in self.row_cols(row) if (t := _text(self.value(row, c)))]
        return any(is_total_label(t) for t in words[:2])

    def _column_sum(self, row: int, col: int) -> tuple[int, int] | None:
        """(first, last) row of a ``=SUM(Xa:Xb)`` down the cell's own column."""
        match = _SUM_RANGE_RE.match(self.formula(row, col) or "")
        if match is None:
            return None
        letter = get_column_letter(col)
        if match.group(1).upper() != letter or match.group(3).upper() != letter:
            return None
        first, last = sorted((int(match.group(2)), int(match.group(4))))
        return first, last

    def _own_sum(self, row: int, col: int, top: int) -> tuple[int, int] | None:
        """The cell's SUM range when it lies in the cell's own table (below ``top``, its
        header); a SUM over another table's rows (``PKB | =SUM(B8:B10)`` in a quarterly
        table under a monthly one) is a figure brought over, not a total of this table."""
        span = self._column_sum(row, col)
        return span if span is not None and span[0] > top else None

    def _is_aggregate(self, row: int, col: int, top: int = 0) -> bool:
        return self._is_total_row(row) or self._own_sum(row, col, top) is not None

    def _components(self, row: int, col: int, top: int) -> list[int]:
        """The figure rows directly above a total, back to the previous total or the header.

        A row that sums rows below it (a group row carrying its items' sum) is not one of
        them; a row that sums rows above it (a subtotal) ends them like a total label; a row
        of the plan over a table of realisations (``Target (APBD Perubahan)`` above the
        months) is not one of the parts.
        """
        found: list[int] = []
        for above in range(row - 1, top, -1):
            if self._is_total_row(above):
                break
            span = self._own_sum(above, col, top)
            if span is not None:
                if span[1] < above:
                    break
                continue
            words = [t for c in self.row_cols(above) if (t := _text(self.value(above, c)))]
            if words and _PLAN_ROW_RE.match(words[0]):
                continue
            if self.is_number(above, col):
                found.append(above)
        return sorted(found)

    def _notes(self, sections: list[_Section]) -> list[Note]:
        notes: list[Note] = []
        for row, col in sorted(self.formula_cells):
            span = self._column_sum(row, col)
            if span is None or span[1] >= row or row not in self.row_lines:
                continue
            section = next((s for s in sections if row in s.rows), None)
            top = section.top if section is not None else 0
            if span[0] <= top:
                continue  # rows of another table, summed to bring a figure over
            note = self._sum_note(row, col, span, top)
            if note is not None:
                notes.append(note)
        return notes

    def _sum_note(self, row: int, col: int, span: tuple[int, int], top: int) -> Note | None:
        first, last = span
        letter = get_column_letter(col)
        expected = self._components(row, col, top)
        left_out = [r for r in expected if not first <= r <= last]
        doubled = [r for r in range(max(first, top + 1), last + 1)
                   if self._is_aggregate(r, col, top)]
        if not left_out and not doubled:
            return None
        stated = f"{letter}{first}:{letter}{last}"
        if expected:
            wanted = f"{letter}{expected[0]}:{letter}{expected[-1]}"
        else:
            # Nothing but totals above it (a grand total under subtotals): their sum is meant.
            wanted = "+".join(f"{letter}{r}" for r in doubled)
        sheet = self.name if re.fullmatch(r"\w+", self.name) else f"'{self.name}'"
        message = f"Sel {sheet}!{letter}{row} menjumlahkan {stated}"
        if left_out:
            names = ", ".join(f"{letter}{r}" for r in left_out)
            message += f", padahal baris komponen di atasnya {wanted} ({names} tertinggal)"
        if doubled:
            names = ", ".join(f"{letter}{r}" for r in doubled)
            joiner = " dan rentang itu" if left_out else ", yang"
            message += f"{joiner} ikut memuat baris total {names} (terhitung ganda)"
            if not left_out and expected:
                message += f"; baris komponen di atasnya {wanted}"
            elif not expected:
                message += f"; yang dimaksud {wanted}"
        return self.row_lines[row], "sum_range", stated, wanted, message
