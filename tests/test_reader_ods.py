"""ODS reader: a LibreOffice Calc annex read like its XLSX twin (issue 11).

The packages are written here as LibreOffice writes them (data styles in the automatic
styles, a positive section mapped from the main style, OpenFormula formulas with cached
values, rows padded to the sheet's end), so no spreadsheet program is needed. Content is
invented.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from audit.checks import footing, ratio
from audit.readers import read_report
from audit.readers.ods import excel_formula
from audit.readers.text import ReaderError

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')
# N1: grouped integers; N2: two decimals, its positive section in N2P0 as LibreOffice
# writes it; N3: a percentage with two decimals; ta2: a hidden sheet
_STYLES = (
    '<office:automatic-styles>'
    '<number:number-style style:name="N1"><number:number number:decimal-places="0" '
    'number:min-decimal-places="0" number:grouping="true"/></number:number-style>'
    '<number:number-style style:name="N2P0" style:volatile="true"><number:number '
    'number:decimal-places="2" number:min-decimal-places="2"/></number:number-style>'
    '<number:number-style style:name="N2"><number:text>-</number:text><number:number '
    'number:decimal-places="2" number:min-decimal-places="2"/><style:map '
    'style:condition="value()&gt;=0" style:apply-style-name="N2P0"/></number:number-style>'
    '<number:percentage-style style:name="N3"><number:number number:decimal-places="2" '
    'number:min-decimal-places="2"/><number:text>%</number:text></number:percentage-style>'
    '<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>'
    '<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N2"/>'
    '<style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/>'
    '<style:style style:name="ta2" style:family="table"><style:table-properties '
    'table:display="false"/></style:style>'
    '</office:automatic-styles>')


def _text(text: str, **attrs: str) -> str:
    extra = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return (f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p>'
            '</table:table-cell>')


def _number(value: float, shown: str, style: str = "ce1", formula: str | None = None,
            kind: str = "float") -> str:
    extra = f' table:formula="{formula}"' if formula else ""
    return (f'<table:table-cell table:style-name="{style}" office:value-type="{kind}" '
            f'office:value="{value}"{extra}><text:p>{shown}</text:p></table:table-cell>')


def _row(*cells: str) -> str:
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


_COVERED = "<table:covered-table-cell/>"
_PADDING = ('<table:table-row table:number-rows-repeated="1048560"><table:table-cell '
            'table:number-columns-repeated="1024"/></table:table-row>')


def _budget_sheet(total_formula: str, total: int = 3650000, name: str = "Anggaran",
                  style: str = "") -> str:
    """Tabel 3.1: three activities under a two-row merged header, a total and a rate."""
    rows = [
        _row(_text("Tabel 3.1 Realisasi Anggaran per Kegiatan Tahun 2025")),
        _row(_text("No", number_rows_spanned="2"), _text("Kegiatan", number_rows_spanned="2"),
             _text("Tahun 2025", number_columns_spanned="2"), _COVERED,
             _text("Capaian (%)", number_rows_spanned="2")),
        _row(_COVERED, _COVERED, _text("Pagu"), _text("Realisasi"), _COVERED),
    ]
    activities = [(1, "Pelatihan Las", 1250000, 1000000),
                  (2, "Pelatihan Listrik", 2000000, 1900000),
                  (3, "Sertifikasi Kompetensi", 1000000, 750000)]
    for index, (number, name_, pagu, realisasi) in enumerate(activities, start=4):
        share = realisasi / pagu
        rows.append(_row(_number(number, str(number), "ce1"), _text(name_),
                         _number(pagu, f"{pagu:,}".replace(",", "."), "ce1"),
                         _number(realisasi, f"{realisasi:,}".replace(",", "."), "ce1"),
                         _number(share, f"{share * 100:.2f}%".replace(".", ","), "ce3",
                                 f"of:=[.D{index}]/[.C{index}]", "percentage")))
    rows.append(_row(_text("Jumlah", number_columns_spanned="2"), _COVERED,
                     _number(total, f"{total:,}".replace(",", "."), "ce1", total_formula),
                     _number(3650000, "3.650.000", "ce1", "of:=SUM([.D4:.D6])"),
                     _number(0.8588235294, "85,88%", "ce3", "of:=[.D7]/[.C7]", "percentage")))
    styled = f' table:style-name="{style}"' if style else ""
    return (f'<table:table table:name="{name}"{styled}>'
            '<table:table-column table:number-columns-repeated="5" '
            'table:default-cell-style-name="Default"/>' + "".join(rows) + _PADDING
            + '</table:table>')


def _ods(tmp_path: Path, *sheets: str, name: str = "lampiran.ods",
         mimetype: str = "application/vnd.oasis.opendocument.spreadsheet") -> Path:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
               + _STYLES + '<office:body><office:spreadsheet>' + "".join(sheets)
               + '</office:spreadsheet></office:body></office:document-content>')
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", mimetype)
        package.writestr("content.xml", content)
    return path


def test_an_ods_sheet_is_read_as_a_captioned_table_printed_at_its_formats(tmp_path):
    doc = read_report(_ods(tmp_path, _budget_sheet("of:=SUM([.C4:.C6])", 4250000)))
    assert doc.kind == "ods"
    [table] = doc.tables
    assert table.caption == "Tabel 3.1 Realisasi Anggaran per Kegiatan Tahun 2025"
    assert table.columns == ["No", "Kegiatan", "Tahun 2025 / Pagu", "Tahun 2025 / Realisasi",
                             "Capaian (%)"]
    # grouped thousands and a percentage cell's fraction shown at its two decimals
    assert "| 1 | Pelatihan Las | 1.250.000 | 1.000.000 | 80,00 |" in doc.lines
    assert doc.locations[table.rows[0].line] == {"sheet": "Anggaran", "cell": "A4"}
    assert footing.check(doc).findings == []
    assert ratio.check(doc).findings == []


def test_a_total_typed_over_its_formula_in_an_ods_is_found(tmp_path):
    doc = read_report(_ods(tmp_path, _budget_sheet("", 4520000)))
    [finding] = footing.check(doc).findings
    assert (finding.stated, finding.expected) == ("4.520.000", "4.250.000")


def test_an_ods_sum_range_leaving_out_a_row_gives_a_note(tmp_path):
    doc = read_report(_ods(tmp_path, _budget_sheet("of:=SUM([.C4:.C5])", 3250000)))
    [(line, rule, stated, expected, _message)] = doc.reader_notes
    assert (rule, stated, expected) == ("sum_range", "C4:C5", "C4:C6")
    assert doc.lines[line - 1].startswith("| Jumlah |")


def test_a_hidden_ods_sheet_is_skipped_and_padding_rows_are_not_expanded(tmp_path):
    hidden = _budget_sheet("", 9999999, name="Lama", style="ta2")
    doc = read_report(_ods(tmp_path, _budget_sheet("of:=SUM([.C4:.C6])", 4250000), hidden))
    assert len(doc.tables) == 1
    # a million padding rows and a thousand padding columns would make a huge text
    assert len(doc.lines) < 20


def test_openformula_references_are_rewritten_in_excel_notation():
    assert excel_formula("of:=SUM([.C4:.C6])") == "=SUM(C4:C6)"
    assert excel_formula("of:=[$'Data PK'.$D$5]*100") == "=Data PK!D5*100"


@pytest.mark.parametrize("content, message", [
    ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
     '<office:body><office:text/></office:body></office:document-content>',
     "no spreadsheet body"),
    ("<office:document-content", "not a valid OpenDocument spreadsheet"),
])
def test_an_unreadable_ods_is_a_one_line_error(tmp_path, content, message):
    path = tmp_path / "lampiran.ods"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        package.writestr("content.xml", content)
    with pytest.raises(ReaderError, match=message) as caught:
        read_report(path)
    assert "\n" not in str(caught.value)
