"""ODS reader: an OpenDocument spreadsheet (LibreOffice Calc) read as a workbook.

Annex workbooks are often kept in LibreOffice Calc. Its ``content.xml`` holds everything an
Excel workbook does: per cell the value (``office:value``), the text it shows, the formula
(``of:=SUM([.D5:.D9])``) and a style naming its number format; per table the merged ranges
(``number-columns-spanned`` / ``number-rows-spanned``). This reader turns those into the
shape the XLSX reader already lays out (:func:`audit.readers.xlsx.render_workbook`), so a
sheet becomes the same captions, header rows and pipe tables, figures are printed with the
decimals their number format shows, and a ``SUM`` range that leaves out rows above it is the
same ``sum_range`` note.

* Number formats come from the data styles (``number:number-style``, ``percentage-style``,
  ``currency-style``): decimals, grouping, ``%`` and an ``Rp`` symbol become the Excel format
  code the XLSX reader prints with. A percentage cell's value is a fraction, as in Excel.
* Formulas in OpenFormula (``[.D5]``, ``[$Sheet2.D5]``, ``;`` between arguments) are
  rewritten in Excel's notation for the ``SUM`` range check.
* Repeated rows and columns (``number-rows-repeated``: Calc pads a sheet to its last row) are
  counted, not expanded, unless they hold something.
* A sheet whose table style says ``display="false"`` is hidden, and skipped as in XLSX.

Standard library only (no ODF library earns its place for reading cells).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from audit.readers._lines import check_package, invalid
from audit.readers.odt import _cell_text
from audit.readers.source import Rendered
from audit.readers.text import ReaderError
from audit.readers.xlsx import render_workbook

WHAT = "OpenDocument spreadsheet"
MAX_REPEAT = 200  # a repeated cell or row with content is expanded at most this many times
MAX_SPAN = 1000

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}
_OFFICE, _TABLE, _STYLE, _NUMBER = (f"{{{_NS[k]}}}" for k in ("office", "table", "style",
                                                               "number"))
_CELLS = (_TABLE + "table-cell", _TABLE + "covered-table-cell")
_ROW_GROUPS = {_TABLE + "table-header-rows", _TABLE + "table-rows", _TABLE + "table-row-group"}
_COLUMN_GROUPS = {_TABLE + "table-header-columns", _TABLE + "table-columns",
                  _TABLE + "table-column-group"}
_DATA_STYLES = {_NUMBER + "number-style", _NUMBER + "percentage-style",
                _NUMBER + "currency-style"}


# ---------------------------------------------------------------- the workbook's shape

@dataclass
class _Cell:
    row: int
    column: int
    value: Any
    number_format: str = "General"


@dataclass
class _Range:
    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass
class _Merged:
    ranges: list[_Range] = field(default_factory=list)


@dataclass
class _Sheet:
    title: str
    sheet_state: str = "visible"
    _cells: dict[tuple[int, int], _Cell] = field(default_factory=dict)
    merged_cells: _Merged = field(default_factory=_Merged)


class _Workbook:
    """What the XLSX renderer asks of a workbook: its sheets in order, and by title."""

    def __init__(self, sheets: list[_Sheet]) -> None:
        self.worksheets = sheets

    def __getitem__(self, title: str) -> _Sheet:
        return next(s for s in self.worksheets if s.title == title)


def render_ods(path: str | Path) -> Rendered:
    """Read an ``.ods`` workbook into the text form, with sheet/cell locations and notes."""
    p = Path(path)
    check_package(p, WHAT)
    try:
        with zipfile.ZipFile(p) as package:
            content = ElementTree.fromstring(package.read("content.xml"))
            names = set(package.namelist())
            styles = ElementTree.fromstring(package.read("styles.xml")) \
                if "styles.xml" in names else None
        body = content.find("office:body/office:spreadsheet", _NS)
        if body is None:
            raise ReaderError(f"{p}: not a valid {WHAT} (no spreadsheet body; a text "
                              f"document?)")
        formats = _Formats([content] + ([styles] if styles is not None else []))
        values: list[_Sheet] = []
        formulas: list[_Sheet] = []
        for table in body.iterfind("table:table", _NS):
            value_sheet, formula_sheet = _read_table(table, formats)
            values.append(value_sheet)
            formulas.append(formula_sheet)
        return render_workbook(_Workbook(values), _Workbook(formulas), "ods")
    except ReaderError:
        raise
    except Exception as exc:  # a reader boundary: any failure is an unreadable file
        raise invalid(p, WHAT, exc) from exc


# ---------------------------------------------------------------- number formats

class _Formats:
    """Cell style name -> the Excel-like format code of its data style."""

    def __init__(self, roots: list[ElementTree.Element]) -> None:
        self.data: dict[str, ElementTree.Element] = {}
        self.cell_styles: dict[str, str] = {}  # cell style -> data style name
        self.hidden_tables: set[str] = set()
        for root in roots:
            for element in root.iter():
                name = element.get(_STYLE + "name")
                if name is None:
                    continue
                if element.tag in _DATA_STYLES:
                    self.data[name] = element
                elif element.tag == _STYLE + "style":
                    data = element.get(_STYLE + "data-style-name")
                    if data:
                        self.cell_styles[name] = data
                    properties = element.find("style:table-properties", _NS)
                    if properties is not None and \
                            properties.get(_TABLE + "display") == "false":
                        self.hidden_tables.add(name)
        self._codes: dict[str, str] = {}

    def code(self, cell_style: str | None) -> str:
        if not cell_style or cell_style not in self.cell_styles:
            return "General"
        data = self.cell_styles[cell_style]
        if data not in self._codes:
            self._codes[data] = self._code_of(data, depth=0)
        return self._codes[data]

    def _code_of(self, name: str, depth: int) -> str:
        style = self.data.get(name)
        if style is None or depth > 3:
            return "General"
        number = style.find("number:number", _NS)
        if number is None:
            # LibreOffice puts the positive section in a style the main one maps to
            for mapping in style.findall("style:map", _NS):
                code = self._code_of(mapping.get(_STYLE + "apply-style-name", ""), depth + 1)
                if code != "General":
                    return code
            return "General"
        decimals = _int(number.get(_NUMBER + "decimal-places"))
        least = _int(number.get(_NUMBER + "min-decimal-places"), decimals)
        code = "#,##0" if number.get(_NUMBER + "grouping") == "true" else "0"
        if decimals:
            code += "." + "0" * min(least, decimals) + "#" * max(0, decimals - least)
        if style.tag == _NUMBER + "percentage-style":
            code += "%"
        symbol = style.find("number:currency-symbol", _NS)
        if symbol is not None and symbol.text:
            code = f'"{symbol.text.strip()}" {code}'
        return code


def _int(value: str | None, default: int = 0) -> int:
    try:
        return max(0, min(int(value), 30)) if value is not None else default
    except ValueError:
        return default


# ---------------------------------------------------------------- cells

_REF_RE = re.compile(
    r"\[\$?(?:'?([^.\[\]']*)'?)?\.\$?([A-Z]{1,3})\$?(\d+)"
    r"(?::\$?(?:'?[^.\[\]']*'?)?\.\$?([A-Z]{1,3})\$?(\d+))?\]")


def excel_formula(formula: str) -> str:
    """An OpenFormula formula in Excel's notation: ``of:=SUM([.D5:.D9])`` -> ``=SUM(D5:D9)``.

    >>> excel_formula("of:=[$Anggaran.D5]/[.C5]*100")
    '=Anggaran!D5/C5*100'
    """
    body = formula.split(":", 1)[1] if re.match(r"^[a-z]+:=", formula) else formula

    def ref(match: re.Match[str]) -> str:
        sheet, col, row, col2, row2 = match.groups()
        text = f"{col}{row}" + (f":{col2}{row2}" if col2 else "")
        return f"{sheet}!{text}" if sheet else text

    return _REF_RE.sub(ref, body)


def _value(cell: ElementTree.Element) -> Any:
    kind = cell.get(_OFFICE + "value-type")
    if kind in ("float", "percentage", "currency"):
        raw = cell.get(_OFFICE + "value", "")
        try:
            number = float(raw)
        except ValueError:
            return None
        return int(number) if number.is_integer() and abs(number) < 1e15 else number
    if kind == "date":
        raw = cell.get(_OFFICE + "date-value", "")
        try:
            return dt.datetime.fromisoformat(raw)
        except ValueError:
            return raw or None
    if kind == "boolean":
        return cell.get(_OFFICE + "boolean-value") == "true"
    text = _cell_text(cell)
    return text or None


def _column_styles(table: ElementTree.Element) -> list[str | None]:
    """The default cell style of each column, in order (up to the columns in use)."""
    styles: list[str | None] = []

    def walk(element: ElementTree.Element) -> None:
        for child in element:
            if child.tag == _TABLE + "table-column":
                repeat = _repeat(child.get(_TABLE + "number-columns-repeated"), MAX_SPAN)
                styles.extend([child.get(_TABLE + "default-cell-style-name")] * repeat)
            elif child.tag in _COLUMN_GROUPS:
                walk(child)

    walk(table)
    return styles


def _repeat(value: str | None, cap: int) -> int:
    try:
        return max(1, min(int(value or 1), cap))
    except ValueError:
        return 1


def _padding(value: str | None) -> int:
    """How many empty rows or cells a repeat stands for: counted, never expanded (Calc pads
    a sheet to its millionth row)."""
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def _rows(element: ElementTree.Element) -> list[ElementTree.Element]:
    rows: list[ElementTree.Element] = []
    for child in element:
        if child.tag == _TABLE + "table-row":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows += _rows(child)
    return rows


def _read_table(table: ElementTree.Element, formats: _Formats) -> tuple[_Sheet, _Sheet]:
    title = table.get(_TABLE + "name", "Sheet")
    state = "hidden" if table.get(_TABLE + "style-name") in formats.hidden_tables \
        else "visible"
    values = _Sheet(title, state)
    formulas = _Sheet(title, state)
    column_styles = _column_styles(table)
    row_number = 0
    for row in _rows(table):
        has_content = any(c.tag == _TABLE + "table-cell" and len(c) or
                          c.get(_OFFICE + "value-type") for c in row)
        raw_repeat = row.get(_TABLE + "number-rows-repeated")
        if not has_content:
            row_number += _padding(raw_repeat)  # down to the sheet's last row
            continue
        for _ in range(_repeat(raw_repeat, MAX_REPEAT)):
            row_number += 1
            _read_row(row, row_number, column_styles, formats, values, formulas)
    return values, formulas


def _read_row(row: ElementTree.Element, row_number: int, column_styles: list[str | None],
              formats: _Formats, values: _Sheet, formulas: _Sheet) -> None:
    column = 0
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        raw_repeat = cell.get(_TABLE + "number-columns-repeated")
        value = _value(cell) if cell.tag == _TABLE + "table-cell" else None
        formula = cell.get(_TABLE + "formula")
        if value is None and formula is None:
            column += _padding(raw_repeat)  # empty cells, to the last column
            continue
        for _ in range(_repeat(raw_repeat, MAX_REPEAT)):
            column += 1
            style = cell.get(_TABLE + "style-name") or (
                column_styles[column - 1] if column - 1 < len(column_styles) else None)
            code = formats.code(style)
            values._cells[(row_number, column)] = _Cell(row_number, column, value, code)
            shown = excel_formula(formula) if formula else value
            formulas._cells[(row_number, column)] = _Cell(row_number, column, shown, code)
            across = _repeat(cell.get(_TABLE + "number-columns-spanned"), MAX_SPAN)
            down = _repeat(cell.get(_TABLE + "number-rows-spanned"), MAX_SPAN)
            if across > 1 or down > 1:
                merged = _Range(row_number, column, row_number + down - 1, column + across - 1)
                values.merged_cells.ranges.append(merged)
                formulas.merged_cells.ranges.append(merged)
