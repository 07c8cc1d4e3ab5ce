"""The HTML reader: a report saved as a web page, as the text the table reader parses.

Fixtures are invented pages shaped like Word's "Save as Web Page" and pandoc output.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.readers.html import render_html
from audit.readers.text import ReaderError, parse_text

WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<title>LKjIP Dinas Pangan Sukamaju</title>
<style>p.MsoNormal {margin:0cm}</style>
<!--[if gte mso 9]><xml><o:DocumentProperties>x</o:DocumentProperties></xml><![endif]-->
</head>
<body lang=IN>
<div class=WordSection1>
<h1>BAB III AKUNTABILITAS KINERJA</h1>
<p class=MsoNormal>Capaian kinerja Dinas Pangan tahun 2024 sebesar 91,31&nbsp;%.<o:p></o:p></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph><![if !supportLists]><span>1.<span>&nbsp;&nbsp;&nbsp;
</span></span><![endif]>Ketersediaan pangan meningkat</p>
<p class=MsoNormal>Tabel 3.2 Anggaran per Kegiatan</p>
<table class=MsoTableGrid border=1>
 <tr><td rowspan=2><p class=MsoNormal>No</p></td><td rowspan=2><p>Kegiatan</p></td>
     <td colspan=2><p>Anggaran (Rp)</p></td></tr>
 <tr><td><p>Pagu</p></td><td><p>Realisasi</p></td></tr>
 <tr><td>1.</td><td>Penyuluhan &amp; Pendampingan</td><td>1.000.000</td><td>900.000</td></tr>
 <tr><td>2.</td><td>Cadangan pangan caf\xe9</td><td>2.000.000</td><td>1.800.000</td></tr>
 <tr><td colspan=2>Jumlah</td><td>3.000.000</td><td>2.700.000</td></tr>
</table>
<p class=MsoNormal>Realisasi anggaran mencapai 90,00%.</p>
<script>document.write("<p>Jumlah 999</p>")</script>
</div>
</body>
</html>
"""

PANDOC_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Laporan</title></head>
<body>
<p>Rincian peserta pelatihan.</p>
<table>
<caption>Tabel 4 Peserta per Kejuruan</caption>
<thead>
<tr class="header"><th>No</th><th>Kejuruan</th><th>Peserta</th></tr>
</thead>
<tbody>
<tr class="odd"><td>1</td><td>Las</td><td>16</td></tr>
<tr class="even"><td>2</td><td>Listrik</td><td>32</td></tr>
<tr class="odd"><td>Jumlah</td><td></td><td>48</td></tr>
</tbody>
</table>
<ol start="3" type="a"><li>Butir ketiga</li><li>Butir keempat</li></ol>
<ul><li>Catatan</li></ul>
</body></html>
"""


def write(tmp_path: Path, page: str, encoding: str = "utf-8", name: str = "laporan.html"):
    path = tmp_path / name
    path.write_bytes(page.encode(encoding))
    return path


def test_word_page_prose_lines_and_its_declared_charset(tmp_path):
    rendered = render_html(write(tmp_path, WORD_PAGE, "cp1252"))
    lines = rendered.text.splitlines()
    assert rendered.kind == "html"
    assert lines[0] == "# BAB III AKUNTABILITAS KINERJA"  # a heading keeps its level
    assert lines[1] == "Capaian kinerja Dinas Pangan tahun 2024 sebesar 91,31 %."
    assert lines[2] == ""  # Word's empty paragraph
    assert lines[3] == "1. Ketersediaan pangan meningkat"
    assert "Cadangan pangan café" in rendered.text
    # head, style, conditional comments and scripts are not report text
    assert "LKjIP Dinas Pangan" not in rendered.text
    assert "margin" not in rendered.text and "999" not in rendered.text
    assert lines[-1] == "Realisasi anggaran mencapai 90,00%."


def test_rowspan_and_colspan_are_laid_out_on_the_grid(tmp_path):
    rendered = render_html(write(tmp_path, WORD_PAGE, "cp1252"))
    lines = rendered.text.splitlines()
    start = lines.index("Tabel 3.2 Anggaran per Kegiatan") + 1
    assert lines[start:start + 3] == [
        "| No | Kegiatan | Anggaran (Rp) |  |",
        "| No | Kegiatan | Pagu | Realisasi |",  # titles spanning both header rows repeat
        "|---|---|---|---|",
    ]
    assert lines[start + 3] == "| 1. | Penyuluhan & Pendampingan | 1.000.000 | 900.000 |"
    assert lines[start + 5] == "| Jumlah |  | 3.000.000 | 2.700.000 |"
    table = parse_text(rendered.text).tables[0]
    assert table.caption == "Tabel 3.2 Anggaran per Kegiatan"
    assert table.columns == ["No", "Kegiatan", "Anggaran (Rp) / Pagu",
                             "Anggaran (Rp) / Realisasi"]
    assert [r.kind for r in table.rows] == ["data", "data", "total"]
    assert [str(v) for v in table.values(2)] == ["1000000", "2000000", "3000000"]


def test_rowspan_in_the_body_leaves_the_cells_below_empty(tmp_path):
    page = """<table>
<tr><th>Program</th><th>Kegiatan</th><th>Peserta</th></tr>
<tr><td rowspan="2">Pelatihan</td><td>Las</td><td>16</td></tr>
<tr><td>Listrik</td><td>32</td></tr>
</table>"""
    text = render_html(write(tmp_path, page)).text
    assert text.count("Pelatihan") == 1
    assert "|  | Listrik | 32 |" in text


def test_pandoc_caption_thead_and_lists(tmp_path):
    rendered = render_html(write(tmp_path, PANDOC_PAGE))
    lines = rendered.text.splitlines()
    assert lines[:4] == [
        "Rincian peserta pelatihan.",
        "Tabel 4 Peserta per Kejuruan",
        "| No | Kejuruan | Peserta |",
        "|---|---|---|",
    ]
    assert "c. Butir ketiga" in lines and "d. Butir keempat" in lines and "• Catatan" in lines
    table = parse_text(rendered.text).tables[0]
    assert table.caption == "Tabel 4 Peserta per Kejuruan"
    assert table.columns == ["No", "Kejuruan", "Peserta"]
    assert table.rows[-1].kind == "total"


def test_leading_th_rows_are_the_header_without_thead(tmp_path):
    page = """<table>
<tr><th>Unit</th><th colspan="2">Pegawai</th></tr>
<tr><th></th><th>PNS</th><th>PPPK</th></tr>
<tr><td>Umum</td><td>5</td><td>2</td></tr>
</table>"""
    lines = render_html(write(tmp_path, page)).text.splitlines()
    assert lines == ["| Unit | Pegawai |  |", "|  | PNS | PPPK |", "|---|---|---|",
                     "| Umum | 5 | 2 |"]


def test_br_ends_a_prose_line_but_not_a_cell(tmp_path):
    page = ("<p>Baris pertama<br>baris kedua</p>"
            "<table><tr><td>Uraian</td><td>Nilai</td></tr>"
            "<tr><td>Indeks<br/>kepuasan | IKM</td><td>80</td></tr></table>")
    lines = render_html(write(tmp_path, page)).text.splitlines()
    assert lines[:2] == ["Baris pertama", "baris kedua"]
    assert "| Indeks kepuasan / IKM | 80 |" in lines


def test_nested_table_is_flattened_into_its_cell(tmp_path):
    page = ("<table><tr><th>Kegiatan</th><th>Lokasi</th></tr>"
            "<tr><td>Pelatihan</td><td><table><tr><td>Sukamaju</td><td>Mekarsari</td></tr>"
            "</table></td></tr></table>")
    lines = render_html(write(tmp_path, page)).text.splitlines()
    assert "| Pelatihan | Sukamaju Mekarsari |" in lines


def test_locations_are_source_lines(tmp_path):
    rendered = render_html(write(tmp_path, PANDOC_PAGE))
    assert rendered.locations[1] == {"html_line": 4}  # <p>Rincian ...
    assert rendered.locations[2] == {"html_line": 6}  # <caption>
    assert rendered.locations[3] == {"html_line": 8}  # header <tr>
    assert rendered.locations[5] == {"html_line": 11}  # first body <tr>


def test_utf8_without_a_declaration_and_cp1252_fallback(tmp_path):
    assert "Rp 1.000 – naik" in render_html(
        write(tmp_path, "<p>Rp 1.000 – naik</p>", "utf-8")).text
    assert "Pangan café" in render_html(
        write(tmp_path, "<p>Pangan café</p>", "cp1252", "lama.htm")).text


def test_entities_are_decoded(tmp_path):
    text = render_html(write(tmp_path, "<p>Bidang A &amp; B &ndash; 5&#37; &lt;target</p>")).text
    assert text == "Bidang A & B – 5% <target\n"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"  \n ", "empty file"),
    (b"PK\x03\x04\x00\x00binary\x00", "binary file"),
])
def test_unreadable_files_raise_a_one_line_reader_error(tmp_path, content, reason):
    path = tmp_path / "laporan.html"
    path.write_bytes(content)
    with pytest.raises(ReaderError) as info:
        render_html(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


def test_a_missing_file_raises_a_reader_error(tmp_path):
    with pytest.raises(ReaderError, match="cannot read file"):
        render_html(tmp_path / "tidak-ada.html")


def test_unclosed_and_stray_tags_do_not_break_the_page(tmp_path):
    page = "<p>Satu<p>Dua</span></td><ul><li>A<li>B</ul><table><tr><td>x<td>1<tr><td>y<td>2"
    lines = render_html(write(tmp_path, page)).text.splitlines()
    assert lines[:4] == ["Satu", "Dua", "• A", "• B"]
    assert lines[4:] == ["| x | 1 |", "|---|---|", "| y | 2 |"]


def test_a_column_number_row_in_thead_goes_under_the_separator(tmp_path):
    page = """<table><thead>
<tr><th>No</th><th>Kejuruan</th><th>Peserta</th></tr>
<tr><th>(1)</th><th>(2)</th><th>(3)</th></tr>
</thead><tbody><tr><td>1.</td><td>Las</td><td>16</td></tr></tbody></table>"""
    rendered = render_html(write(tmp_path, page))
    assert rendered.text.splitlines()[:3] == [
        "| No | Kejuruan | Peserta |", "|---|---|---|", "| (1) | (2) | (3) |"]
    parsed = parse_text(rendered.text).tables[0]
    assert parsed.number_row == ["(1)", "(2)", "(3)"] and len(parsed.rows) == 1


def test_a_caption_typed_into_the_first_row_is_printed_above_the_table(tmp_path):
    page = """<table>
<tr><td colspan="3">Tabel 2.3 Peserta per Kejuruan</td></tr>
<tr><td>No</td><td>Kejuruan</td><td>Peserta</td></tr>
<tr><td>1.</td><td>Las</td><td>16</td></tr>
</table>"""
    rendered = render_html(write(tmp_path, page))
    assert rendered.text.splitlines()[:3] == [
        "Tabel 2.3 Peserta per Kejuruan", "| No | Kejuruan | Peserta |", "|---|---|---|"]
    assert rendered.locations[1] == {"html_line": 2}
    assert parse_text(rendered.text).tables[0].caption == "Tabel 2.3 Peserta per Kejuruan"


HEADED = """<html><head><meta charset="utf-8"></head><body>
<h1>LAPORAN KINERJA BAPPEDA TAHUN 2025</h1>
<p class=MsoCaption>Tabel 3.3 Capaian Indikator Kinerja Utama Tahun 2025</p>
<table class=MsoTableGrid>
<tr><td>No</td><td>Indikator Kinerja</td><td>Target</td><td>Realisasi</td><td>Capaian (%)</td></tr>
<tr><td>1</td><td>Indeks kepuasan layanan perencanaan</td>
<td>80,00</td><td>84,45</td><td>105,56</td></tr>
<tr><td>2</td><td>Persentase rekomendasi penelitian yang ditindaklanjuti</td>
<td>75,00</td><td>79,17</td><td>105,56</td></tr>
</table>
<h3>a. Indeks kepuasan layanan perencanaan</h3>
<p class=MsoNormal>Indikator ini diukur melalui survei kepuasan.</p>
<p class=MsoNormal>Dengan demikian, capaian indikator ini sebesar {value}%
dan termasuk kategori Sangat Tinggi.</p>
</body></html>
"""


def test_a_heading_of_the_page_heads_the_sentences_below_it(tmp_path):
    from audit.checks import narrative_vs_table
    from audit.readers import read_report

    def findings(value: str) -> list[tuple[str, str]]:
        doc = read_report(write(tmp_path, HEADED.replace("{value}", value)))
        return [(f.stated, f.expected) for f in narrative_vs_table.check(doc).findings]

    assert findings("105,56") == []
    assert findings("105,65") == [("105,65%", "105,56")]


def test_markdown_with_its_tables_as_one_line_html_reads_them(tmp_path):
    # as PDF-to-Markdown converters (MinerU) write tables: one <table> per line, spans in
    # the header; figures they took for mathematics ("$ 9 8 , 5 4 \%$") are figures again
    from audit.readers import read_report

    path = tmp_path / "laporan.md"
    path.write_text(
        "# Laporan Kinerja 2024\n\n"
        "Persentase lulusan bersertifikat sebesar $ 9 8 , 5 4 \\%$ dari target.\n\n"
        "Tabel 1.1 Pegawai\n\n"
        '<table><tr><td rowspan="2">No</td><td rowspan="2">Jabatan</td>'
        '<td colspan="2">Jenis Kelamin</td><td rowspan="2">Jumlah</td></tr>'
        "<tr><td>L</td><td>P</td></tr><tr><td>1</td><td>Dosen</td><td>35</td><td>12</td>"
        "<td>47</td></tr><tr><td>2</td><td>Instruktur</td><td>19</td><td>3</td><td>22</td>"
        "</tr><tr><td></td><td>Jumlah</td><td>54</td><td>15</td><td>69</td></tr></table>\n\n"
        "Jumlah pegawai 69 orang.\n", encoding="utf-8")
    doc = read_report(path)
    [table] = doc.tables
    assert table.caption == "Tabel 1.1 Pegawai"
    assert [r.label for r in table.rows] == ["Dosen", "Instruktur", "Jumlah"]
    assert table.columns[2:5] == ["Jenis Kelamin / L", "Jenis Kelamin / P", "Jumlah"]
    # every line says where it stands in the file: the table's rows all on line 7
    assert {doc.locations[r.line]["source_line"] for r in table.rows} == {7}
    assert "98,54%" in doc.lines[2]


def test_a_paragraph_without_a_full_stop_does_not_run_into_the_next(tmp_path):
    # Word's HTML: a bold heading paragraph with no full stop, then the paragraph below it
    from audit.readers import read_report

    path = tmp_path / "laporan.html"
    path.write_text(
        "<html><body>"
        "<p class=MsoNormal><b>Sasaran 3: Meningkatnya luas dan efektivitas pengelolaan "
        "kawasan konservasi perairan</b></p>"
        "<p class=MsoNormal>Sampai dengan akhir tahun 2024 terdapat 9 (sembilan) kawasan "
        "konservasi perairan.</p>"
        "</body></html>", encoding="utf-8")
    texts = [s.text for s in read_report(path).sentences]
    assert texts == ["Sasaran 3: Meningkatnya luas dan efektivitas pengelolaan kawasan "
                     "konservasi perairan",
                     "Sampai dengan akhir tahun 2024 terdapat 9 (sembilan) kawasan "
                     "konservasi perairan."]


EXCEL_SHEET = """<html xmlns:x="urn:schemas-microsoft-com:office:excel">
<body>
<table border=0 cellpadding=0 cellspacing=0>
<tr><td colspan=4>REKAPITULASI HASIL EVALUASI RENJA TAHUN 2025</td></tr>
<tr><td colspan=4></td></tr>
<tr><td colspan=4>Tabel 1. Realisasi Anggaran per Program</td></tr>
<tr><td>No</td><td>Program</td><td>Pagu (Rp)</td><td>Realisasi (Rp)</td></tr>
<tr><td x:num="1">1</td><td>Program Penunjang</td><td x:num="1000000">1.000.000</td>
<td x:num="950000">950.000</td></tr>
<tr height=0 style='display:none'><td colspan=2>Kontrol impor e-Monev</td>
<td x:num="999">999</td><td x:num="0">0</td></tr>
<tr><td x:num="2">2</td><td>Program Pelayanan</td><td x:num="2000000">2.000.000</td>
<td x:num="1900000">1.900.000</td></tr>
<tr><td></td><td>Jumlah</td><td x:fmla="=SUM(C5:C7)">3.000.000</td><td>2.850.000</td></tr>
<tr><td colspan=4></td></tr>
<tr><td colspan=4>Tabel 2. Kriteria Penilaian</td></tr>
<tr><td>No</td><td>Interval</td><td>Kriteria</td><td></td></tr>
<tr><td>1</td><td>91 &le; capaian</td><td>Sangat Tinggi</td><td></td></tr>
<tr><td>2</td><td>capaian &lt; 91</td><td>Tinggi</td><td></td></tr>
<tr><td colspan=4></td></tr>
<tr><td colspan=4>Realisasi anggaran seluruh program mencapai Rp 2.850.000 atau 95,00% dari
pagu Rp 3.000.000, dengan sisa anggaran yang berasal dari efisiensi belanja barang dan jasa
pada kedua program.</td></tr>
</table>
</body></html>
"""


def test_a_sheet_saved_by_excel_splits_into_its_tables_and_prose(tmp_path):
    text = render_html(write(tmp_path, EXCEL_SHEET)).text
    lines = text.splitlines()
    # titles and the paragraph merged across the sheet are prose, each table its own
    assert "REKAPITULASI HASIL EVALUASI RENJA TAHUN 2025" in lines
    assert lines[lines.index("Tabel 1. Realisasi Anggaran per Program") + 1] == \
        "| No | Program | Pagu (Rp) | Realisasi (Rp) |"
    assert lines[lines.index("Tabel 2. Kriteria Penilaian") + 1].startswith(
        "| No | Interval | Kriteria |")
    assert any(line.startswith("Realisasi anggaran seluruh program mencapai Rp 2.850.000")
               for line in lines)
    doc = parse_text(text, "x.html", paragraph_lines=True)
    assert [t.caption for t in doc.tables] == ["Tabel 1. Realisasi Anggaran per Program",
                                              "Tabel 2. Kriteria Penilaian"]
    assert any("95,00%" in s.text for s in doc.sentences)


def test_a_row_hidden_by_its_style_is_not_read(tmp_path):
    text = render_html(write(tmp_path, EXCEL_SHEET)).text
    assert "Kontrol impor" not in text and "999" not in text


def test_a_blank_row_between_groups_of_a_table_leaves_it_whole(tmp_path):
    page = """<html><body><table>
<tr><td>No</td><td>Uraian</td><td>Jumlah</td></tr>
<tr><td>1</td><td>Laki-laki</td><td>12</td></tr>
<tr><td></td><td></td><td></td></tr>
<tr><td colspan=3>Kelompok II</td></tr>
<tr><td>2</td><td>Perempuan</td><td>15</td></tr>
</table></body></html>"""
    lines = [line for line in render_html(write(tmp_path, page)).text.splitlines()
             if line.startswith("|")]
    assert lines[0] == "| No | Uraian | Jumlah |"
    assert "| 2 | Perempuan | 15 |" in lines and "| Kelompok II |  |  |" in lines
