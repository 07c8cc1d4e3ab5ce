"""ODT reader: a LibreOffice Writer report read like its DOCX twin (issue 11)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from audit.checks import footing
from audit.readers import read_report
from audit.readers.text import ReaderError

_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
         'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">'
         '<office:body><office:text>')
_TAIL = '</office:text></office:body></office:document-content>'


def _cell(text: str, **attrs: str) -> str:
    extra = "".join(f' table:{k.replace("_", "-")}="{v}"' for k, v in attrs.items())
    return f'<table:table-cell{extra}><text:p>{text}</text:p></table:table-cell>'


def _odt(tmp_path: Path, body: str, name: str = "laporan.odt") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", _HEAD + body + _TAIL)
    return path


def _staff_table(total: str) -> str:
    # "Jenis Kelamin" spans two columns (a covered cell follows it); "Golongan" and
    # "Jumlah" span both header rows (covered cells in the second)
    covered = "<table:covered-table-cell/>"
    return (
        "<table:table><table:table-header-rows>"
        "<table:table-row>" + _cell("Golongan", number_rows_spanned="2")
        + _cell("Jenis Kelamin", number_columns_spanned="2") + covered
        + _cell("Jumlah", number_rows_spanned="2") + "</table:table-row>"
        "<table:table-row>" + covered + _cell("L") + _cell("P") + covered
        + "</table:table-row></table:table-header-rows>"
        "<table:table-row>" + _cell("Golongan IV") + _cell("3") + _cell("2") + _cell("5")
        + "</table:table-row><table:table-row>" + _cell("Golongan III") + _cell("17")
        + _cell("21") + _cell("38") + "</table:table-row><table:table-row>"
        + _cell("Jumlah") + _cell("20") + _cell("23") + _cell(total)
        + "</table:table-row></table:table>")


def test_an_odt_report_is_read_with_its_headings_lists_and_spanned_tables(tmp_path):
    body = ('<text:h text:outline-level="2">1.4 Sumber Daya Manusia</text:h>'
            '<text:p>Pegawai berjumlah 43<text:s/>orang<text:note><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p>Data SIASN.</text:p>'
            '</text:note-body></text:note>.</text:p>'
            '<text:list><text:list-item><text:p>Golongan IV dan III.</text:p>'
            '</text:list-item></text:list>'
            '<text:p>Tabel 1.1 Pegawai Menurut Golongan</text:p>' + _staff_table("43"))
    doc = read_report(_odt(tmp_path, body))
    assert doc.kind == "odt"
    assert doc.lines[:3] == ["## 1.4 Sumber Daya Manusia", "Pegawai berjumlah 43 orang.",
                             "• Golongan IV dan III."]
    [table] = doc.tables
    assert table.caption == "Tabel 1.1 Pegawai Menurut Golongan"
    assert table.columns == ["Golongan", "Jenis Kelamin / L", "Jenis Kelamin / P", "Jumlah"]
    assert [r.label for r in table.rows] == ["Golongan IV", "Golongan III", "Jumlah"]
    assert footing.check(doc).findings == []
    assert doc.locations[table.rows[0].line] == {"table": 1, "row": 3}


def test_a_wrong_total_in_an_odt_table_is_found(tmp_path):
    doc = read_report(_odt(tmp_path, _staff_table("44")))
    [finding] = footing.check(doc).findings
    assert (finding.stated, finding.expected) == ("44", "43")


def test_an_odt_that_is_no_text_document_is_a_clear_error(tmp_path):
    path = tmp_path / "anggaran.odt"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<not-closed>")
    with pytest.raises(ReaderError, match="not a valid OpenDocument text"):
        read_report(path)
