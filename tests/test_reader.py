from __future__ import annotations

import json
from decimal import Decimal

from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from audit.cli import cli


def test_pipe_table_with_caption_header_and_total(read):
    doc = read("""
        Tabel 1.2 Jumlah Pegawai Menurut Jabatan

        | No | Jabatan | Jumlah |
        |----|---------|--------|
        | 1. | Kepala Balai | 1 |
        | 2. | Pelaksana | 12 |
        | Jumlah | | 13 |

        Pegawai berjumlah 13 orang. Semuanya aktif.
    """)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.caption == "Tabel 1.2 Jumlah Pegawai Menurut Jabatan"
    assert table.caption_line == 1
    assert [c.text for c in table.header[0]] == ["No", "Jabatan", "Jumlah"]
    assert [r.line for r in table.rows] == [5, 6, 7]
    assert [r.kind for r in table.rows] == ["data", "data", "total"]
    assert table.rows[1].cells[2].figure.value == 12
    assert table.rows[1].cells[2].line == 6
    assert [(s.text, s.line) for s in doc.sentences] == [
        ("Pegawai berjumlah 13 orang.", 9), ("Semuanya aktif.", 9)]


def test_caption_on_two_lines_is_joined(read):
    doc = read("""
        Tabel 6.

        Perjanjian Kinerja Awal
        | No | Kegiatan | Anggaran (Rp) |
        |---|---|---|
        | 1 | Pelatihan | 1.000.000 |
    """)
    assert doc.tables[0].caption == "Tabel 6. Perjanjian Kinerja Awal"


def test_tab_separated_table_with_two_row_header_and_number_row(read):
    doc = read(
        "Tabel 2 Pegawai Menurut Pendidikan\n"
        "No\tUnit\tPegawai yang ada\t\t\n"
        "\t\tJumlah\tS1\tD3\n"
        "1\t2\t3\t4\t5\n"
        "1\tSekretariat\t10\t6\t4\n"
        "2\tBidang Usaha\t8\t5\t3\n"
    )
    table = doc.tables[0]
    assert len(table.header) == 2
    assert table.number_row is not None
    assert table.columns[2:] == ["Pegawai yang ada / Jumlah", "Pegawai yang ada / S1",
                                 "Pegawai yang ada / D3"]
    assert [r.line for r in table.rows] == [5, 6]


def test_table_split_across_pages_with_repeated_header_is_one_table(read):
    doc = read("""
        Tabel 3 Rincian Peserta

        | No | Kejuruan | Orang |
        |----|----------|-------|
        | 1. | Las | 16 |
        | 2. | Otomotif | 32 |

        12

        | No | Kejuruan | Orang |
        |----|----------|-------|
        | 3. | Listrik | 16 |
        | JUMLAH | | 64 |
    """)
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert [r.line for r in table.rows] == [5, 6, 12, 13]
    assert table.rows[-1].kind == "total"


def test_a_long_running_footer_between_pages_does_not_split_a_table_with_its_header(read):
    piece = """
        | No | Kejuruan | Orang |
        |----|----------|-------|
        | {n}. | {name} | 16 |
    """
    footer = "Laporan Kinerja Balai Pelatihan Vokasi Tanjung Harapan Tahun Anggaran 2025"
    doc = read("Tabel 3 Rincian Peserta\n" + piece.format(n=1, name="Las")
               + f"\n        {footer}\n        21\n" + piece.format(n=2, name="Listrik"))
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 2
    # A sentence between two tables with the same header still separates them.
    sentence = "Rincian peserta kejuruan listrik pada gelombang kedua disajikan berikut ini."
    doc = read("Tabel 3 Rincian Peserta\n" + piece.format(n=1, name="Las")
               + f"\n        {sentence}\n" + piece.format(n=2, name="Listrik"))
    assert len(doc.tables) == 2


def test_a_section_heading_between_two_alike_tables_keeps_them_apart(read):
    piece = """
        | No | Indikator | Target | Realisasi |
        |----|-----------|--------|-----------|
        | 1 | {name} | 80,00 | 82,00 |
    """
    for heading in ("## 3.2 Bidang Drainase", "3.2 Bidang Drainase"):
        doc = read("## 3.1 Bidang Jalan\n" + piece.format(name="Jalan mantap")
                   + f"\n        {heading}\n" + piece.format(name="Drainase baik"))
        assert [len(t.rows) for t in doc.tables] == [1, 1], heading
    # a repeated heading that says the table goes on is no new section
    doc = read("## 3.1 Bidang Jalan\n" + piece.format(name="Jalan mantap")
               + "\n        ## 3.1 Bidang Jalan (lanjutan)\n" + piece.format(name="Jembatan"))
    assert [len(t.rows) for t in doc.tables] == [2]


def test_continuation_without_header_after_page_number_is_joined(read):
    doc = read("""
        Tabel 4 Anggaran

        | No | Kegiatan | Pagu |
        |----|----------|------|
        | 1 | Pelatihan | 1.000 |

        - 7 -

        | 2 | Sertifikasi | 2.000 |
        | Jumlah | | 3.000 |
    """)
    assert len(doc.tables) == 1
    assert [r.kind for r in doc.tables[0].rows] == ["data", "data", "total"]


def test_separate_tables_are_not_merged(read):
    doc = read("""
        Tabel 1 Pegawai
        | No | Unit | Orang |
        |---|---|---|
        | 1 | Umum | 5 |

        Tabel 2 Aset
        | No | Unit | Orang |
        |---|---|---|
        | 1 | Gedung | 2 |
    """)
    assert [t.caption for t in doc.tables] == ["Tabel 1 Pegawai", "Tabel 2 Aset"]


def test_wrapped_cell_is_merged_into_its_row(read):
    doc = read(
        "No\tIndikator\tTarget\tRealisasi\n"
        "1\tPersentase nilai penggunaan produk dalam negeri dalam pengadaan\t70\t33,49\n"
        "\tbarang dan jasa\t\t\n"
        "2\tNilai laporan keuangan\t76\t80\n"
    )
    rows = doc.tables[0].rows
    assert len(rows) == 2
    assert rows[0].cells[1].text.endswith("dalam pengadaan barang dan jasa")
    assert rows[0].lines == [2, 3]


def test_group_rows_bullets_and_totals(read):
    doc = read("""
        | No | Unit | Paket |
        |---|---|---|
        | A | JABATAN STRUKTURAL | |
        | 1. | Kepala | 1 |
        | | • Subbag Umum | 1 |
        | B | JABATAN FUNGSIONAL | |
        | 2. | Instruktur | 4 |
        | Sub Total | | 5 |
        | Jumlah ASN + PHL | | 9 |
    """)
    rows = doc.tables[0].rows
    assert [r.kind for r in rows] == ["group", "group", "data", "group", "data", "total", "total"]
    assert [r.level for r in rows[:5]] == [0, 1, 2, 0, 1]


def test_indicator_names_starting_with_jumlah_are_not_totals(read):
    doc = read("""
        | No | Indikator | Target |
        |---|---|---|
        | 1. | Jumlah tenaga kerja yang mendapat pelatihan | 200 |
        | 2. | JUMLAH TOTAL | 200 |
    """)
    assert [r.kind for r in doc.tables[0].rows] == ["data", "total"]


def test_comma_thousands_column_is_read_as_thousands(read):
    doc = read(
        "Pendidikan\t2021\t2022\n"
        "SD\t10,730\t10,072\n"
        "SLTP\t5,601\t14,055\n"
        "D1-D3\t0\t1,309\n"
        "Jumlah\t16,331\t25,436\n"
    )
    rows = doc.tables[0].rows
    assert rows[0].cells[1].figure.value == Decimal(10730)
    assert rows[2].cells[2].figure.value == Decimal(1309)


def test_a_lone_comma_figure_in_a_table_written_the_english_way_is_a_thousands_group(read):
    # pasted from an English-locale spreadsheet: "23,099" and "11.84" settle the table's
    # convention, so "3,036" beside "615" and "1,250" beside "236" are thousands too
    doc = read(
        "| Kecamatan | Mikro | Kecil | Jumlah | Binaan | Naik Kelas | % |\n"
        "|---|---|---|---|---|---|---|\n"
        "| Utara | 4,812 | 615 | 5,427 | 236 | 29 | 12.29 |\n"
        "| Selatan | 3,967 | 502 | 4,469 | 198 | 22 | 11.11 |\n"
        "| Tengah | 18,287 | 1,919 | 20,206 | 816 | 97 | 11.89 |\n"
        "| Jumlah | 27,066 | 3,036 | 30,102 | 1,250 | 148 | 11.84 |\n"
    )
    total = doc.tables[0].rows[-1]
    assert total.figure(2).value == Decimal(3036)
    assert total.figure(4).value == Decimal(1250)
    assert total.figure(6).value == Decimal("11.84")


def test_a_lone_comma_figure_stays_a_decimal_where_the_table_writes_decimal_commas(read):
    doc = read(
        "| Indikator | Target | Realisasi |\n"
        "|---|---|---|\n"
        "| Indeks A | 3,250 | 3,125 |\n"
        "| Persentase B | 91,31 | 92,40 |\n"
        "| Jumlah unit | 1.250.000 | 1.300.500 |\n"
    )
    assert doc.tables[0].rows[0].figure(1).value == Decimal("3.250")


def test_tables_command_json_lists_what_was_read(tmp_path):
    report = tmp_path / "r.md"
    report.write_text("Tabel 1 X\n| A | B |\n|---|---|\n| x | 1 |\n| Jumlah | 1 |\n",
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["tables", str(report), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    table = data["tables"][0]
    assert table["caption"] == "Tabel 1 X"
    assert table["lines"] == [2, 5]
    assert table["header"] == [["A", "B"]]
    assert table["rows"][1] == {"line": 5, "kind": "total", "level": None,
                                "cells": ["Jumlah", "1"]}


def test_google_docs_markdown_escapes_are_resolved_but_an_escaped_pipe_stays_in_its_cell(tmp_path):
    from audit.readers.text import read_text_report

    text = (
        "Belanja daerah terealisasi Rp 2.220.708.062.204,\\- dari pagu Rp 2.350.696.392.850,\\-.\n"
        "\n"
        "| Uraian | Pagu | Keterangan |\n"
        "| :---- | ----: | :---- |\n"
        "| Belanja pegawai | 1.200 | gaji \\| tunjangan |\n"
        "| Belanja barang | \\- | 2025\\-2029 |\n"
    )
    path = tmp_path / "laporan.md"
    path.write_text(text, encoding="utf-8")
    doc = read_text_report(path)
    assert len(doc.lines) == len(text.split("\n"))
    [sentence] = [s for s in doc.sentences if s.line == 1]
    assert [f.figure.text for f in sentence.figures] == ["Rp 2.220.708.062.204,-",
                                                        "Rp 2.350.696.392.850,-"]
    [table] = doc.tables
    assert table.width == 3
    assert table.rows[1].cells[1].figure.dash and table.rows[1].cells[2].text == "2025-2029"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_markdown_unescape_keeps_the_lines_and_changes_nothing_without_a_backslash(text):
    from audit.readers.text import markdown_unescape

    out = markdown_unescape(text)
    assert out.count("\n") == text.count("\n")
    if "\\" not in text:
        assert out == text
    assert out.count("|") == text.count("|")
    # a table row keeps each of its pipes where it was (a grid table is cut at them)
    for before, after in zip(text.split("\n"), out.split("\n"), strict=True):
        if before.lstrip().startswith("|"):
            assert [i for i, c in enumerate(after) if c == "|"] == \
                [i for i, c in enumerate(before) if c == "|"]


def test_an_escape_in_a_grid_table_cell_keeps_the_row(tmp_path):
    from audit.readers.text import read_text_report

    path = tmp_path / "laporan.md"
    path.write_text("Tabel 5.1 Capaian\n\n"
                    "+-----+----------------------------------+---------+-----------+\n"
                    "| No  | Indikator Kinerja                | Target  | Realisasi |\n"
                    "+=====+==================================+=========+===========+\n"
                    "| 1   | Persentase layanan tepat waktu   | 98,00   | 98,10     |\n"
                    "+-----+----------------------------------+---------+-----------+\n"
                    "| 2   | Tingkat overkapasitas hunian\\*)  | 40,00   | 42,90     |\n"
                    "+-----+----------------------------------+---------+-----------+\n",
                    encoding="utf-8")
    [table] = read_text_report(path).tables
    assert [(r.label, r.cells[-1].text) for r in table.rows] == [
        ("Persentase layanan tepat waktu", "98,10"), ("Tingkat overkapasitas hunian*)", "42,90")]


def test_a_stop_after_a_figure_ends_its_sentence_unless_the_figure_is_a_list_number(read):
    doc = read(
        "Skor PPH sebesar 87,30 dari target 88,50. Skor ini naik 1,65 poin dibanding Tahun "
        "2024 (85,65). Realisasi Rp 1.250.000. Program 2.16.02.2.01. Kegiatan lain, "
        "yaitu: 1. Pembinaan dan 2. Pengawasan.\n")
    assert [s.text for s in doc.sentences] == [
        "Skor PPH sebesar 87,30 dari target 88,50.",
        "Skor ini naik 1,65 poin dibanding Tahun 2024 (85,65).",
        "Realisasi Rp 1.250.000.",
        "Program 2.16.02.2.01. Kegiatan lain, yaitu: 1. Pembinaan dan 2. Pengawasan."]


def test_a_table_whose_first_row_is_its_title(read):
    # Word tables converted to Markdown keep the title in the first row, above the
    # separator; the column titles come right below it
    doc = read("""
        | Tabel 3.11 Realisasi Kinerja per Triwulan Tahun 2025 | | | | |
        |---|---|---|---|---|
        | Uraian | TW I | TW II | TW III | s.d. TW III |
        | Kajian diselesaikan | 1 | 2 | 3 | 6 |
        | Rekomendasi disampaikan | 2 | 5 | 7 | 14 |
    """)
    [table] = doc.tables
    assert table.caption == "Tabel 3.11 Realisasi Kinerja per Triwulan Tahun 2025"
    assert table.columns == ["Uraian", "TW I", "TW II", "TW III", "s.d. TW III"]
    assert [r.label for r in table.rows] == ["Kajian diselesaikan", "Rekomendasi disampaikan"]


def test_a_stop_after_a_table_number_ends_the_sentence(read):
    doc = read("Capaian 6 (enam) indikator disajikan pada Tabel 3.2. Seluruh capaian dihitung "
               "terhadap target perubahan sebagaimana Tabel 2.1.\n")
    assert [s.text for s in doc.sentences] == [
        "Capaian 6 (enam) indikator disajikan pada Tabel 3.2.",
        "Seluruh capaian dihitung terhadap target perubahan sebagaimana Tabel 2.1."]


def test_a_header_row_of_years_titled_by_words_is_the_header_not_data(read):
    # "2025 Berangkat" is a title that starts with a year, not 2.025 passengers
    doc = read("""
        Tabel 3.3 Jumlah Penumpang Terminal

        | Terminal | 2023 | 2024 | 2025 Berangkat | 2025 Datang | 2025 Jumlah |
        |---|---:|---:|---:|---:|---:|
        | Puspa Indah | 702.118 | 768.905 | 412.386 | 398.774 | 811.160 |
        | Tanjung Melur | 187.260 | 201.884 | 98.447 | 95.212 | 193.659 |
        | **Jumlah** | **889.378** | **970.789** | **510.833** | **493.986** | **1.004.819** |
    """)
    [table] = doc.tables
    assert table.columns[3] == "2025 Berangkat"
    assert [r.kind for r in table.rows] == ["data", "data", "total"]
    from audit.checks import footing
    assert footing.check(doc).findings == []


def test_label_and_figure_lines_are_a_table(read):
    doc = read("""
        Tabel 3.7 Publikasi Menurut Kategori Tahun 2025

        Artikel jurnal ilmiah nasional: 3 judul
        Makalah prosiding seminar nasional: 4 judul
        Video dan infografis: 3 judul
        Jumlah: {total} judul

        Realisasi 2025: 86,95
    """.replace("{total}", "10"))
    [table] = doc.tables
    assert table.caption == "Tabel 3.7 Publikasi Menurut Kategori Tahun 2025"
    assert [(r.kind, r.label) for r in table.rows] == [
        ("data", "Artikel jurnal ilmiah nasional"), ("data", "Makalah prosiding seminar nasional"),
        ("data", "Video dan infografis"), ("total", "Jumlah")]
    from audit.checks import footing
    assert footing.check(doc).findings == []
    broken = read("""
        Artikel jurnal ilmiah nasional: 3 judul
        Makalah prosiding seminar nasional: 4 judul
        Video dan infografis: 3 judul
        Jumlah: 11 judul
    """)
    assert [f.stated for f in footing.check(broken).findings] == ["11 judul"]


def test_an_indicators_role_lines_stay_prose(read):
    doc = read("""
        #### e. Nilai MCP KPK

        - Target 2025: 85,00
        - Realisasi 2025: 86,95
        - Capaian: 102,29%
    """)
    assert doc.tables == []


def test_a_column_number_row_with_formulas_closes_a_pipe_tables_header(read):
    # LibreOffice's HTML of a Renja evaluation form: titles, K | Rp, the column numbers
    doc = read("""
        | No | Kegiatan | Target |  | Realisasi TW II |  |
        | No | Kegiatan | K | Rp | K | Rp |
        | 1 | 2 | 3 | 4 | 5 = 3/4 | 6 |
        |---|---|---|---|---|---|
        | 1 | Penyediaan Gaji dan Tunjangan | 12 | 3.912.460.000 | 6 | 2.129.600.500 |
        | 2 | Penyediaan Barang Cetakan | 12 | 7.650.000 | 6 | 3.442.500 |
    """)
    [table] = doc.tables
    assert table.columns[2:4] == ["Target / K", "Target / Rp"]
    assert [r.kind for r in table.rows] == ["data", "data"]


def test_a_first_body_row_naming_an_item_by_code_is_no_second_header_row(read):
    doc = read("""
        | Kode | Sasaran Strategis | No | Indikator Kinerja | Satuan |
        |---|---|---|---|---|
        | SS1 | Meningkatnya keselamatan lalu lintas dan angkutan jalan | IKU 1 | Tingkat kecelakaan lalu lintas per 100.000 kendaraan | kejadian |
        |  |  | IKU 2 | Persentase kendaraan wajib uji yang melaksanakan uji berkala | % |
        | SS2 | Meningkatnya kinerja pelayanan angkutan umum perkotaan | IKU 3 | Load factor angkutan umum massal | % |
    """)  # noqa: E501
    [table] = doc.tables
    assert table.columns == ["Kode", "Sasaran Strategis", "No", "Indikator Kinerja", "Satuan"]
    assert [r.cells[0].text for r in table.rows] == ["SS1", "", "SS2"]


@given(st.lists(st.tuples(st.sampled_from(["Artikel jurnal", "Makalah prosiding", "Leaflet",
                                           "Buku petunjuk teknis", "Video dan infografis"]),
                          st.integers(min_value=0, max_value=99_999)),
                min_size=3, max_size=8))
def test_any_run_of_label_and_figure_lines_reads_back_row_by_row(rows):
    from audit.figures import format_id
    from audit.readers.text import parse_text
    text = "\n".join(f"{label}: {format_id(Decimal(n), 0)} judul" for label, n in rows)
    [table] = parse_text(text, "x.md").tables
    assert [(r.label, r.figure(1).value) for r in table.rows] == \
        [(label, Decimal(n)) for label, n in rows]


def test_a_column_number_row_with_a_headers_last_word_glued_to_a_number_is_no_data(read):
    # a PDF's repeated header "% Minimal B" wrapped its "B" onto the number row: "7 | B8"
    doc = read("""
        | No | Jenjang | A | B | Jumlah | % Minimal |
        |---|---|---|---|---|---|
        | 1 | 2 | 3 | 4 | 5 | B6 |
        | 1 | MI | 286 | 642 | 928 | 74,36 |
        | 2 | MTs | 201 | 352 | 553 | 80,85 |
        | | Jumlah | 487 | 994 | 1.481 | 77,45 |
    """)
    [table] = doc.tables
    assert [r.label for r in table.rows] == ["MI", "MTs", "Jumlah"]


def test_a_spanning_cell_a_converter_repeats_in_every_column_is_one_cell(read):
    # Docling prints a group row's label in each column it spans: read once, the row is a
    # group row and the budget lines under it add up to the total
    group_row = "| 036.01.WA | " + " | ".join(["Program Dukungan Manajemen"] * 5) + " |"
    doc = read("""
        | Kode | Uraian | Pagu Awal | Pagu Revisi | Realisasi | % |
        |---|---|---|---|---|---|
        {group_row}
        | 4566.EBA.956 | Layanan BMN | 410.000.000 | 398.000.000 | 389.115.250 | 97,77 |
        | 4566.EBA.962 | Layanan Umum | 1.265.000.000 | 1.230.500.000 | 1.188.402.875 | 96,58 |
        | | Jumlah | 1.675.000.000 | 1.628.500.000 | 1.577.518.125 | 96,87 |
    """.replace("{group_row}", group_row))
    [table] = doc.tables
    assert table.columns == ["Kode", "Uraian", "Pagu Awal", "Pagu Revisi", "Realisasi", "%"]
    group = table.rows[0]
    assert group.label == "036.01.WA Program Dukungan Manajemen"
    assert all(not c.text for c in group.cells[2:])
    from audit.checks import footing

    assert footing.check(doc).findings == []


def test_a_heading_in_capitals_under_a_row_is_a_row_of_its_own(read):
    # a label wraps in its own case: "PEMBIAYAAN DAERAH" and "Penerimaan Pembiayaan" are
    # rows, not the rest of the labels above them
    doc = read(
        "| Uraian | Anggaran |\n"
        "|---|---|\n"
        "| Pendapatan Lain-lain | 12.000 |\n"
        "| PEMBIAYAAN DAERAH |  |\n"
        "| Penerimaan Pembiayaan |  |\n"
        "| Penggunaan SiLPA | 60.000 |\n"
        "| Penyediaan Jasa Komunikasi, Sumber Daya Air dan | 5.000 |\n"
        "| Listrik |  |\n"
    )
    labels = [r.label for r in doc.tables[0].rows]
    assert labels[:3] == ["Pendapatan Lain-lain", "PEMBIAYAAN DAERAH", "Penerimaan Pembiayaan"]
    assert labels[-1] == "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"
