"""The XLSX reader: workbook sheets as the text the table reader parses, and SUM-range notes.

Workbooks are written with openpyxl into a temporary directory, so no formula has a cached
result: the reader's own evaluation of plain SUMs is what fills the total cells. Content is
invented.
"""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from audit.readers.text import ReaderError, parse_text
from audit.readers.xlsx import format_number, render_xlsx


def save(workbook, tmp_path: Path, name: str = "laporan.xlsx") -> Path:
    path = tmp_path / name
    workbook.save(path)
    return path


def budget_workbook(total_formula: str = "=SUM(C5:C7)") -> openpyxl.Workbook:
    """A titled sheet with a two-row merged header, three activities and a total."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Realisasi"
    sheet["A1"] = "Tabel 3.1 Realisasi Anggaran per Kegiatan Tahun 2024"
    sheet.append(["No", "Kegiatan", "Tahun 2024", None, "Capaian (%)"])
    sheet.append([None, None, "Pagu", "Realisasi", None])
    for merged in ("A2:A3", "B2:B3", "C2:D2", "E2:E3"):
        sheet.merge_cells(merged)
    activities = [(1, "Pelatihan Las", 1250000, 1000000, 0.8),
                  (2, "Pelatihan Listrik", 2000000, 1900000, 0.95),
                  (3, "Sertifikasi Kompetensi", 500000, 400000, 0.8)]
    sheet.append([])  # row 4: an empty spacer row inside the table
    for activity in activities:
        sheet.append(list(activity))
    sheet.append(["Jumlah", None, total_formula, "=SUM(D5:D7)", 0.9131])
    for row in range(5, 9):
        sheet[f"C{row}"].number_format = "#,##0"
        sheet[f"D{row}"].number_format = "#,##0"
        sheet[f"E{row}"].number_format = "0.00%"
    sheet.append([])
    sheet.append(["Sumber: Subbagian Keuangan"])
    return workbook


def test_sheet_line_title_caption_and_merged_header(tmp_path):
    rendered = render_xlsx(save(budget_workbook(), tmp_path))
    lines = rendered.text.splitlines()
    assert rendered.kind == "xlsx"
    assert lines[:5] == [
        "Sheet: Realisasi",
        "Tabel 3.1 Realisasi Anggaran per Kegiatan Tahun 2024",
        "| No | Kegiatan | Tahun 2024 |  | Capaian (%) |",
        "| No | Kegiatan | Pagu | Realisasi | Capaian (%) |",
        "|---|---|---|---|---|",
    ]
    table = parse_text(rendered.text).tables[0]
    assert table.caption == "Tabel 3.1 Realisasi Anggaran per Kegiatan Tahun 2024"
    assert table.columns == ["No", "Kegiatan", "Tahun 2024 / Pagu", "Tahun 2024 / Realisasi",
                             "Capaian (%)"]


def test_figures_are_printed_the_indonesian_way_at_the_format_decimals(tmp_path):
    rendered = render_xlsx(save(budget_workbook(), tmp_path))
    lines = rendered.text.splitlines()
    # the spacer row is dropped; the percent column's title says % so its cells do not
    assert lines[5] == "| 1 | Pelatihan Las | 1.250.000 | 1.000.000 | 80,00 |"
    assert lines[8] == "| Jumlah |  | 3.750.000 | 3.300.000 | 91,31 |"
    table = parse_text(rendered.text).tables[0]
    assert [r.kind for r in table.rows] == ["data", "data", "data", "total"]
    assert table.values(2) == [Decimal(1250000), Decimal(2000000), Decimal(500000),
                               Decimal(3750000)]


def test_notes_under_the_table_stay_prose(tmp_path):
    rendered = render_xlsx(save(budget_workbook(), tmp_path))
    lines = rendered.text.splitlines()
    assert lines[-1] == "Sumber: Subbagian Keuangan"
    assert lines[-2] == ""
    assert parse_text(rendered.text).tables[0].rows[-1].cells[0].text == "Jumlah"


@pytest.mark.parametrize("value, code, printed", [
    (1250000, "#,##0", "1.250.000"),
    (1250000.456, "#,##0.00", "1.250.000,46"),
    (12.5, "0.00", "12,50"),
    (2024, "0", "2024"),
    (2024, "General", "2024"),
    (0.1 + 0.2, "General", "0,3"),
    (28376835127.0, "General", "28376835127"),
    (0.9131, "0.00%", "91,31%"),
    (0.5, "0%", "50%"),
    (1.5, "0.0#", "1,5"),
    (1.25, "0.0#", "1,25"),
    (-1500, "#,##0;(#,##0)", "-1.500"),
    (2500000, '[$Rp-421]#,##0', "Rp 2.500.000"),
    (2500000, '"Rp"#,##0', "Rp 2.500.000"),
    (1234567, "#,##0,", "1.235"),
])
def test_number_formats(value, code, printed):
    assert format_number(value, code) == printed


def test_percent_keeps_its_sign_without_a_percent_title(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Capaian"
    sheet.append(["Indikator", "Capaian"])
    sheet.append(["Peserta lulus", 0.9131])
    sheet["B2"].number_format = "0.00%"
    lines = render_xlsx(save(workbook, tmp_path)).text.splitlines()
    assert lines == ["Tabel Capaian", "| Indikator | Capaian |", "|---|---|",
                     "| Peserta lulus | 91,31% |"]


def test_locations_name_the_sheet_and_cell(tmp_path):
    rendered = render_xlsx(save(budget_workbook(), tmp_path))
    assert rendered.locations[1] == {"sheet": "Realisasi"}
    assert rendered.locations[2] == {"sheet": "Realisasi", "cell": "A1"}
    assert rendered.locations[3] == {"sheet": "Realisasi", "cell": "A2"}
    assert rendered.locations[6] == {"sheet": "Realisasi", "cell": "A5"}
    assert rendered.locations[9] == {"sheet": "Realisasi", "cell": "A8"}
    assert rendered.locations[11] == {"sheet": "Realisasi", "cell": "A10"}


def test_a_sum_range_leaving_out_a_row_gives_exactly_one_note(tmp_path):
    rendered = render_xlsx(save(budget_workbook("=SUM(C5:C6)"), tmp_path))
    assert len(rendered.notes) == 1
    line, rule, stated, expected, message = rendered.notes[0]
    assert rendered.text.splitlines()[line - 1].startswith("| Jumlah |")
    assert (rule, stated, expected) == ("sum_range", "C5:C6", "C5:C7")
    assert message == ("Sel Realisasi!C8 menjumlahkan C5:C6, padahal baris komponen di "
                       "atasnya C5:C7 (C7 tertinggal)")
    # the printed total is what the short range gives, as Excel would show it
    assert "| Jumlah |  | 3.250.000 |" in rendered.text


def test_a_correct_sum_range_gives_no_note(tmp_path):
    assert render_xlsx(save(budget_workbook("=SUM(C5:C7)"), tmp_path)).notes == []


def test_a_range_taking_in_a_total_row_and_subtotals_are_fine(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Pagu"
    sheet.append(["No", "Uraian", "Pagu"])
    sheet.append(["A", "Program Pelatihan", None])
    sheet.append([1, "Pelatihan Las", 100])
    sheet.append([2, "Pelatihan Listrik", 200])
    sheet.append(["Sub Total", None, "=SUM(C3:C4)"])  # row 5: correct
    sheet.append(["B", "Program Sertifikasi", None])
    sheet.append([3, "Uji Kompetensi", 50])
    sheet.append(["Sub Total", None, "=SUM(C7:C7)"])  # row 8: correct
    sheet.append(["Jumlah", None, "=SUM(C2:C8)"])  # row 9: counts C5 and C8 twice
    rendered = render_xlsx(save(workbook, tmp_path))
    assert len(rendered.notes) == 1
    _, _, stated, expected, message = rendered.notes[0]
    assert (stated, expected) == ("C2:C8", "C5+C8")
    assert "C5, C8" in message and "Pagu!C9" in message
    assert "| Jumlah |  | 700 |" in rendered.text  # 100 + 200 + 300 + 50 + 50


def test_column_number_row_under_the_header_is_not_a_component(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["No", "Kejuruan", "Peserta"])
    sheet.append([1, 2, 3])
    sheet.append([1, "Las", 16])
    sheet.append([2, "Listrik", 32])
    sheet.append(["Jumlah", None, "=SUM(C3:C4)"])
    rendered = render_xlsx(save(workbook, tmp_path))
    assert rendered.notes == []
    table = parse_text(rendered.text).tables[0]
    assert table.number_row == ["1", "2", "3"]
    assert table.values(2)[-1] == Decimal(48)


def test_cached_values_are_used_when_present(tmp_path):
    path = save(budget_workbook("=SUM(C5:C7)"), tmp_path)
    # Put a cached result in the formula cell, as Excel does when it saves: the reader must
    # print the cached value, not its own evaluation.
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet_xml = members["xl/worksheets/sheet1.xml"].decode()
    assert "<f>SUM(C5:C7)</f><v></v>" in sheet_xml
    members["xl/worksheets/sheet1.xml"] = sheet_xml.replace(
        "<f>SUM(C5:C7)</f><v></v>", "<f>SUM(C5:C7)</f><v>3750001</v>").encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    assert "| Jumlah |  | 3.750.001 |" in render_xlsx(path).text


def test_unsupported_formula_without_cache_is_left_empty(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Uraian", "Nilai"])
    sheet.append(["Rata-rata", "=AVERAGE(B3:B4)"])
    sheet.append(["Satu", 1])
    sheet.append(["Dua", "=B3+1"])
    text = render_xlsx(save(workbook, tmp_path)).text
    assert "| Rata-rata |  |" in text and "| Dua | 2 |" in text


def test_sheet_without_title_gets_a_caption_line_and_hidden_sheets_are_skipped(tmp_path):
    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Pegawai"
    first.append(["Unit", "Jumlah"])
    first.append(["Umum", 5])
    hidden = workbook.create_sheet("Referensi")
    hidden.append(["kode", "nama"])
    hidden.sheet_state = "hidden"
    named = workbook.create_sheet("Tabel 1.2 Aset")
    named.append(["Aset", "Unit"])
    named.append(["Gedung", 2])
    text = render_xlsx(save(workbook, tmp_path)).text
    assert text.splitlines()[0] == "Tabel Pegawai"
    assert "Referensi" not in text and "kode" not in text
    assert "Tabel 1.2 Aset" in text.splitlines() and "Tabel Tabel" not in text
    assert parse_text(text).tables[1].caption == "Tabel 1.2 Aset"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected"),
    (b"No;Uraian;Pagu\n1;Las;100\n", "not an OOXML/ZIP package"),
    (b"PK\x03\x04 rusak", "not a valid Excel workbook"),
])
def test_unreadable_files_raise_a_one_line_reader_error(tmp_path, content, reason):
    path = tmp_path / "laporan.xlsx"
    path.write_bytes(content)
    with pytest.raises(ReaderError) as info:
        render_xlsx(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


def test_a_docx_renamed_to_xlsx_raises_a_reader_error(tmp_path):
    path = tmp_path / "laporan.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ReaderError, match="not a valid Excel workbook"):
        render_xlsx(path)


def test_sum_range_finding_renders_in_sarif_and_is_a_known_rule(run, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Anggaran"
    ws.append(["Kegiatan", "Pagu"])
    for name, pagu in [("Rapat", 100), ("Reses", 200), ("Kunjungan", 300)]:
        ws.append([name, pagu])
    ws.append(["Jumlah", "=SUM(B2:B3)"])
    wb.save(tmp_path / "annex.xlsx")
    result = run("check", "annex.xlsx", "--format", "sarif")
    assert "Traceback" not in result.output
    assert '"ruleId": "sum_range"' in result.output
    assert run("explain", "sum_range").exit_code == 0


def test_two_sheets_with_the_same_header_stay_two_tables(tmp_path):
    from openpyxl import Workbook

    from audit.readers import read_report

    wb = Workbook()
    for n, name in enumerate(["TW1", "TW2"]):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = name
        ws.append(["Kegiatan", "Realisasi"])
        ws.append(["Rapat", 10 + n])
        ws.append(["Reses", 20 + n])
        ws.append(["Jumlah", 30 + 2 * n])
    wb.save(tmp_path / "tw.xlsx")
    doc = read_report(tmp_path / "tw.xlsx")
    assert len(doc.tables) == 2


def test_a_findings_json_and_sarif_location_is_the_cell_of_the_stated_figure(run, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Pegawai"
    ws["A1"] = "Tabel 1.2 Pegawai menurut Jenis Kelamin"
    ws.append(["Unit", "L", "P", "Jumlah"])
    ws.append(["Sekretariat", 6, 4, 10])
    ws.append(["Bidang Bina Marga", 3, 3, 7])  # 3 + 3 is 6: D4 is the break
    ws.append(["Bidang Cipta Karya", 2, 2, 4])
    wb.save(tmp_path / "pegawai.xlsx")
    result = run("check", "pegawai.xlsx", "--format", "json")
    [finding] = json.loads(result.stdout)["documents"][0]["findings"]
    assert (finding["rule"], finding["sheet"], finding["cell"]) == ("crossfooting", "Pegawai", "D4")
    sarif = json.loads(run("check", "pegawai.xlsx", "--format", "sarif").stdout)
    assert sarif["runs"][0]["results"][0]["properties"]["cell"] == "D4"


def test_a_sentence_naming_a_sheet_counts_the_rows_of_that_sheets_table(tmp_path):
    from audit.checks import count_claim
    from audit.readers import read_report

    def found(count: str) -> list[tuple[str, str]]:
        book = openpyxl.Workbook()
        iku = book.active
        iku.title = "IKU"
        iku.append(["Capaian Indikator Kinerja Utama Tahun 2025"])
        iku.append([])
        iku.append(["No", "Indikator Kinerja Utama", "Target", "Realisasi", "Capaian (%)"])
        for row in ([1, "Realisasi penerimaan PKB", 101.5, 104.62, 103.07],
                    [2, "Realisasi penerimaan BBNKB", 43.6, 38.48, 88.27],
                    [3, "Persentase kepatuhan wajib pajak", 60.0, 61.93, 103.22]):
            iku.append(row)
        narasi = book.create_sheet("Narasi")
        narasi.append([f"Kinerja UPTD diukur melalui {count} indikator kinerja utama "
                       "sebagaimana tercantum pada sheet IKU."])
        doc = read_report(save(book, tmp_path))
        return [(f.stated, f.expected) for f in count_claim.check(doc).findings]

    assert found("3 (tiga)") == []
    assert found("4 (empat)") == [("4 (empat)", "3 (tiga)")]


def _months_and_quarters(month_total: str = "=SUM(B4:B7)") -> openpyxl.Workbook:
    """A monthly table under its target row, and a quarterly table below it whose cells sum
    the monthly table's rows."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Pendapatan"
    sheet["A1"] = "Tabel 2.1 Realisasi Pajak per Bulan"
    sheet.append(["Bulan", "PKB", "BBNKB"])
    sheet.append(["Target (APBD Perubahan)", 1200, 600])
    for month, a, b in (("Januari", 100, 50), ("Februari", 110, 55), ("Maret", 120, 60),
                        ("April", 130, 65)):
        sheet.append([month, a, b])
    sheet.append(["Jumlah", month_total, "=SUM(C4:C7)"])
    sheet.append([])
    sheet["A10"] = "Tabel 2.2 Realisasi Pajak per Triwulan"
    sheet.append(["Jenis Pajak", "Triwulan I", "Triwulan II"])
    sheet.append(["PKB", "=SUM(B4:B6)", "=SUM(B7:B7)"])
    sheet.append(["BBNKB", "=SUM(C4:C6)", "=SUM(C7:C7)"])
    sheet.append(["Jumlah", "=SUM(B12:B13)", "=SUM(C12:C13)"])
    return workbook


def test_sums_of_another_tables_rows_and_a_plan_row_left_out_are_no_slips(tmp_path):
    """``=SUM(B4:B7)`` under the months leaves out the target row above them, and
    ``PKB | =SUM(B4:B6)`` brings the first quarter over from the monthly table: neither is
    a total leaving out rows, and the quarterly Jumlah adds no total twice."""
    rendered = render_xlsx(save(_months_and_quarters(), tmp_path))
    assert rendered.notes == []


def test_a_monthly_total_leaving_out_a_month_is_still_noted(tmp_path):
    rendered = render_xlsx(save(_months_and_quarters("=SUM(B4:B6)"), tmp_path))
    assert [(n[1], n[2], n[3]) for n in rendered.notes] == [("sum_range", "B4:B6", "B4:B7")]
