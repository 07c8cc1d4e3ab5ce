"""The DOCX reader: a Word report as the text the table reader parses.

Fixtures are built with python-docx in a temporary directory; their content is invented.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn

from audit.readers.docx import render_docx
from audit.readers.text import ReaderError, parse_text


def save(document, tmp_path: Path, name: str = "laporan.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def fill(table, rows: list[list[str]]) -> None:
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            if text:
                table.cell(r, c).text = text


def mark_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def budget_document() -> docx.Document:
    """Prose, a caption, a table with a two-row merged header, prose after it."""
    document = docx.Document()
    document.add_paragraph("Realisasi anggaran Balai Latihan Kerja Sukamaju tahun 2024.")
    document.add_paragraph("Tabel 3.1 Realisasi Anggaran per Kegiatan")
    table = document.add_table(rows=5, cols=4)
    fill(table, [
        ["No", "Kegiatan", "Tahun 2024", ""],
        ["", "", "Pagu", "Realisasi"],
        ["1.", "Pelatihan Las", "1.250.000", "1.000.000"],
        ["2.", "Pelatihan Listrik", "2.000.000", "1.900.000"],
        ["Jumlah", "", "3.250.000", "2.900.000"],
    ])
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 1).merge(table.cell(1, 1))
    table.cell(0, 2).merge(table.cell(0, 3))
    document.add_paragraph("Serapan anggaran mencapai 89,23%.")
    return document


def test_paragraphs_and_tables_keep_document_order(tmp_path):
    rendered = render_docx(save(budget_document(), tmp_path))
    lines = rendered.text.splitlines()
    assert rendered.kind == "docx"
    assert lines[0] == "Realisasi anggaran Balai Latihan Kerja Sukamaju tahun 2024."
    assert lines[1] == "Tabel 3.1 Realisasi Anggaran per Kegiatan"
    assert lines[2].startswith("| No | Kegiatan | Tahun 2024 |")
    assert lines[-1] == "Serapan anggaran mencapai 89,23%."
    assert lines[-2] == ""  # a blank line after each table


def test_merged_header_cells_are_laid_out_on_the_grid(tmp_path):
    rendered = render_docx(save(budget_document(), tmp_path))
    lines = rendered.text.splitlines()
    # gridSpan: the title in the first grid column, an empty cell for the rest of the span;
    # the titles merged down over both header rows are repeated so the sub-header row is
    # read as a header row.
    assert lines[2] == "| No | Kegiatan | Tahun 2024 |  |"
    assert lines[3] == "| No | Kegiatan | Pagu | Realisasi |"
    assert lines[4] == "|---|---|---|---|"
    table = parse_text(rendered.text).tables[0]
    assert table.caption == "Tabel 3.1 Realisasi Anggaran per Kegiatan"
    assert table.columns == ["No", "Kegiatan", "Tahun 2024 / Pagu", "Tahun 2024 / Realisasi"]
    assert [r.kind for r in table.rows] == ["data", "data", "total"]
    assert [str(v) for v in table.values(3)] == ["1000000", "1900000", "2900000"]


def test_vertically_merged_body_cell_is_printed_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    fill(table, [
        ["Program", "Kegiatan", "Peserta"],
        ["Program Pelatihan", "Las", "16"],
        ["", "Listrik", "32"],
        ["Jumlah", "", "48"],
    ])
    table.cell(1, 0).merge(table.cell(2, 0))
    rendered = render_docx(save(document, tmp_path))
    assert rendered.text.count("Program Pelatihan") == 1
    assert "|  | Listrik | 32 |" in rendered.text
    table_model = parse_text(rendered.text).tables[0]
    assert [r.cells[0].text for r in table_model.rows] == ["Program Pelatihan", "", "Jumlah"]


def test_rows_marked_as_repeating_header_are_the_header(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    fill(table, [
        ["Unit", "Pegawai", "Pegawai"],
        ["", "PNS", "PPPK"],
        ["Umum", "5", "2"],
        ["Teknis", "7", "3"],
    ])
    mark_header(table.rows[0])
    mark_header(table.rows[1])
    lines = render_docx(save(document, tmp_path)).text.splitlines()
    assert lines[2] == "|---|---|---|"
    assert lines[3] == "| Umum | 5 | 2 |"


def test_without_marked_rows_the_first_row_is_the_header(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    fill(table, [["Unit", "Pegawai"], ["Umum", "5"], ["Teknis", "7"]])
    lines = render_docx(save(document, tmp_path)).text.splitlines()
    assert lines[:2] == ["| Unit | Pegawai |", "|---|---|"]


def add_outline_numbering(document) -> str:
    """A two-level list: ``1.`` / ``2.`` with ``a)`` / ``b)`` under each; returns its numId."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%2)"/></w:lvl>'
        "</w:abstractNum>")
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(abstract)  # abstractNum elements come before num elements
    numbering.append(num)
    return "90"


def numbered(document, text: str, num_id: str, level: int) -> None:
    paragraph = document.add_paragraph(text)
    p_pr = paragraph._p.get_or_add_pPr()
    p_pr.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
        "</w:numPr>"))


def test_numbered_lists_keep_the_numbers_word_prints(tmp_path):
    document = docx.Document()
    document.add_paragraph("Sasaran strategis:")
    document.add_paragraph("Meningkatnya kompetensi tenaga kerja", style="List Number")
    document.add_paragraph("Meningkatnya produktivitas", style="List Number")
    num_id = add_outline_numbering(document)
    numbered(document, "Pelatihan berbasis kompetensi", num_id, 0)
    numbered(document, "Kejuruan las", num_id, 1)
    numbered(document, "Kejuruan listrik", num_id, 1)
    document.add_paragraph("Paragraf sela tanpa nomor.")
    numbered(document, "Sertifikasi kompetensi", num_id, 0)
    numbered(document, "Uji kompetensi", num_id, 1)
    lines = render_docx(save(document, tmp_path)).text.splitlines()
    assert lines == [
        "Sasaran strategis:",
        "1. Meningkatnya kompetensi tenaga kerja",
        "2. Meningkatnya produktivitas",
        "1. Pelatihan berbasis kompetensi",
        "a) Kejuruan las",
        "b) Kejuruan listrik",
        "Paragraf sela tanpa nomor.",
        "2. Sertifikasi kompetensi",  # the same list continues after the paragraph
        "a) Uji kompetensi",  # a new parent restarts the level below
    ]


def test_numbered_rows_inside_a_table_give_the_outline(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    fill(table, [["Uraian", "Orang"], ["", "16"], ["", "32"]])
    for row in (1, 2):
        cell_paragraph = table.cell(row, 0).paragraphs[0]
        cell_paragraph.style = document.styles["List Number"]
        cell_paragraph.add_run(["Las", "Listrik"][row - 1])
    text = render_docx(save(document, tmp_path)).text
    assert "| 1. Las | 16 |" in text and "| 2. Listrik | 32 |" in text


def test_cell_paragraphs_breaks_and_pipes_stay_in_one_cell(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    fill(table, [["Uraian", "Nilai"], ["", "80"]])
    cell = table.cell(1, 0)
    cell.paragraphs[0].add_run("Indeks kepuasan")
    cell.paragraphs[0].runs[0].add_break()
    cell.paragraphs[0].add_run("masyarakat | IKM")
    cell.add_paragraph("(survei tahunan)")
    text = render_docx(save(document, tmp_path)).text
    assert "| Indeks kepuasan masyarakat / IKM (survei tahunan) | 80 |" in text


def test_nested_table_text_is_flattened_into_its_cell(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    fill(table, [["Kegiatan", "Lokasi"], ["Pelatihan", ""]])
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Sukamaju"
    inner.cell(0, 1).text = "Mekarsari"
    text = render_docx(save(document, tmp_path)).text
    row = next(line for line in text.splitlines() if line.startswith("| Pelatihan"))
    assert row.count("|") == 3  # still two cells
    assert "Sukamaju" in row and "Mekarsari" in row


def test_locations_name_the_paragraph_and_the_table_row(tmp_path):
    rendered = render_docx(save(budget_document(), tmp_path))
    assert rendered.locations[1] == {"paragraph": 1}
    assert rendered.locations[2] == {"paragraph": 2}
    assert rendered.locations[3] == {"table": 1, "row": 1}
    assert rendered.locations[5] == {"table": 1}  # the separator
    assert rendered.locations[8] == {"table": 1, "row": 5}  # Jumlah
    assert rendered.locations[10] == {"paragraph": 3}


def test_empty_paragraphs_collapse_into_one_blank_line(tmp_path):
    document = docx.Document()
    document.add_paragraph("BAB I")
    for _ in range(3):
        document.add_paragraph("")
    document.add_paragraph("PENDAHULUAN")
    rendered = render_docx(save(document, tmp_path))
    assert rendered.text == "BAB I\n\nPENDAHULUAN\n"
    assert rendered.locations[3] == {"paragraph": 5}


def test_tab_in_a_paragraph_does_not_make_a_table_row(tmp_path):
    document = docx.Document()
    document.add_paragraph("Nama\t:\tBalai Latihan Kerja Sukamaju")
    rendered = render_docx(save(document, tmp_path))
    assert "\t" not in rendered.text
    assert parse_text(rendered.text).tables == []


def write_zip(path: Path, members: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected"),
    (b"Ini bukan dokumen Word.", "not an OOXML/ZIP package"),
    (b"PK\x03\x04 rusak", "not a valid Word document"),
])
def test_unreadable_files_raise_a_one_line_reader_error(tmp_path, content, reason):
    path = tmp_path / "laporan.docx"
    path.write_bytes(content)
    with pytest.raises(ReaderError) as info:
        render_docx(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message


def test_a_zip_that_is_not_a_word_document_raises_a_reader_error(tmp_path):
    path = tmp_path / "laporan.docx"
    write_zip(path, {"isi.txt": "bukan docx"})
    with pytest.raises(ReaderError, match="not a valid Word document"):
        render_docx(path)


def test_a_missing_file_raises_a_reader_error(tmp_path):
    with pytest.raises(ReaderError, match="cannot read file"):
        render_docx(tmp_path / "tidak-ada.docx")


def test_a_column_number_row_marked_as_header_goes_under_the_separator(tmp_path):
    # Authors mark the column numbers as a repeating header row so they print on every
    # page; above the separator the table reader would take them for data.
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    fill(table, [["No", "Kejuruan", "Peserta"], ["1", "2", "3"], ["1.", "Las", "16"],
                 ["Jumlah", "", "16"]])
    mark_header(table.rows[0])
    mark_header(table.rows[1])
    rendered = render_docx(save(document, tmp_path))
    assert rendered.text.splitlines()[:3] == [
        "| No | Kejuruan | Peserta |", "|---|---|---|", "| 1 | 2 | 3 |"]
    assert rendered.locations[3] == {"table": 1, "row": 2}
    parsed = parse_text(rendered.text).tables[0]
    assert parsed.columns == ["No", "Kejuruan", "Peserta"]
    assert parsed.number_row == ["1", "2", "3"]
    assert [r.kind for r in parsed.rows] == ["data", "total"]


def test_a_caption_typed_into_the_first_row_is_printed_above_the_table(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=4, cols=3)
    fill(table, [["Tabel 2.3 Peserta per Kejuruan", "", ""], ["No", "Kejuruan", "Peserta"],
                 ["1.", "Las", "16"], ["2.", "Listrik", "32"]])
    table.cell(0, 0).merge(table.cell(0, 2))
    rendered = render_docx(save(document, tmp_path))
    lines = rendered.text.splitlines()
    assert lines[:3] == ["Tabel 2.3 Peserta per Kejuruan", "| No | Kejuruan | Peserta |",
                         "|---|---|---|"]
    assert rendered.locations[1] == {"table": 1, "row": 1}
    assert rendered.locations[2] == {"table": 1, "row": 2}
    parsed = parse_text(rendered.text).tables[0]
    assert parsed.caption == "Tabel 2.3 Peserta per Kejuruan"
    assert parsed.columns == ["No", "Kejuruan", "Peserta"] and len(parsed.rows) == 2


def test_a_program_code_merged_beside_its_first_kegiatan_makes_no_group_row():
    # "2.13.01 | Program ... | 2.13.01.2.01 | Perencanaan ..." then kegiatan rows whose
    # program cells the merge left empty: the first row is a kegiatan like the others
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    text = """\
Tabel 2.2 Pagu per Program dan Kegiatan

| Kode Program | Program | Kode Kegiatan | Kegiatan | Pagu (Rp) |
|---|---|---|---|---|
| 2.13.01 | Program Penunjang | 2.13.01.2.01 | Perencanaan | 121.500.000 |
|  |  | 2.13.01.2.02 | Administrasi Keuangan | 7.124.600.000 |
|  |  | 2.13.01.2.06 | Administrasi Umum | 268.400.000 |
| 2.13.02 | Program Penataan Desa | 2.13.02.2.01 | Penataan Desa | 410.000.000 |
| Jumlah |  |  |  | 7.924.500.000 |
"""
    assert audit_document(parse_text(text, "x.md")).findings == []


def test_a_table_typed_with_tab_stops_is_read_as_a_table(tmp_path):
    # a clerk's table without a Word table: tabbed paragraphs, an empty cell as two tabs,
    # a label wrapped onto a paragraph of its own that starts with a tab
    document = docx.Document()
    document.add_paragraph("1.\tPendahuluan")  # a list item's tab is prose
    document.add_paragraph("Tabel 3.7 Obat Kedaluwarsa per Kelompok")
    for text in ("No\tKelompok Obat\tItem\tKemasan",
                 "1.\tObat Generik\t12\t1.250",
                 "2.\tObat Program\t\t830",
                 "3.\tBahan Medis Habis Pakai untuk\t9\t2.446",
                 "\tPelayanan Puskesmas",
                 "\tJumlah\t21\t{total}"):
        document.add_paragraph(text)
    document.add_paragraph("Obat kedaluwarsa dimusnahkan sesuai ketentuan.")

    def footing_findings(total: str) -> list[tuple[str, str]]:
        text = docx.Document()
        for paragraph in document.paragraphs:
            text.add_paragraph(paragraph.text.replace("{total}", total))
        doc = parse_text(render_docx(save(text, tmp_path)).text, "x.docx",
                         paragraph_lines=True)
        from audit.checks import footing
        assert doc.tables and doc.tables[0].caption.startswith("Tabel 3.7")
        return [(f.stated, f.expected) for f in footing.check(doc).findings]

    assert footing_findings("4.526") == []
    assert footing_findings("4.626") == [("4.626", "4.526")]
    rendered = render_docx(save(document, tmp_path)).text.splitlines()
    assert rendered[0] == "1. Pendahuluan"


def test_a_data_table_nested_in_a_layout_table_is_read_as_a_table(tmp_path):
    # a template's two-column page: text on the left, the data table in the right cell
    document = docx.Document()
    layout = document.add_table(rows=1, cols=2)
    layout.cell(0, 0).text = "Tingkat pendidikan PNS menjadi unsur kualifikasi."
    right = layout.cell(0, 1)
    right.paragraphs[0].text = "Tabel 1.3 PNS Menurut Pendidikan"
    inner = right.add_table(rows=4, cols=3)
    fill(inner, [["Pendidikan", "Jumlah", "%"], ["S1", "2.100", "70,00"],
                 ["SMA", "900", "30,00"], ["Jumlah", "3.100", "100,00"]])
    doc = parse_text(render_docx(save(document, tmp_path)).text, "x.docx",
                     paragraph_lines=True)
    [table] = doc.tables
    assert table.caption == "Tabel 1.3 PNS Menurut Pendidikan"
    from audit.checks import footing

    [finding] = footing.check(doc).findings
    assert (finding.stated, finding.expected) == ("3.100", "3.000")


# A "PDF to Word" conversion: each printed line of the PDF became a paragraph of its own
CONVERTED_LINES = [
    "IKU 1 Persentase desa perbatasan yang terlayani infrastruktur dasar. Realisasi tahun",
    "2025 mencapai 70,12% dari target 68,50% sehingga capaian indikator ini sebesar",
    "102,36% dengan kategori Sangat Tinggi. Capaian tersebut didukung oleh pembangunan",
    "jalan desa, sarana air bersih dan jaringan listrik yang dilaksanakan bersama dinas",
    "teknis terkait serta pemerintah kabupaten di kawasan perbatasan negara.",
    "IKU 2 Persentase pelaku usaha binaan yang naik kelas. Dari 260 pelaku usaha binaan,",
    "sebanyak 68 pelaku usaha mengalami peningkatan omzet sehingga realisasi mencapai",
    "26,15% dari target 30,00%. Capaian indikator ini sebesar 87,17% dengan kategori",
    "Tinggi, sebagaimana disajikan pada tabel capaian indikator kinerja utama di atas.",
]


def test_a_converters_paragraph_per_printed_line_is_read_as_wrapped_prose(tmp_path):
    document = docx.Document()
    document.add_paragraph("BAB III AKUNTABILITAS KINERJA")
    for line in CONVERTED_LINES:
        document.add_paragraph(line)
    doc = parse_text(render_docx(save(document, tmp_path)).text, "x.docx",
                     paragraph_lines=True)
    texts = [s.text for s in doc.sentences]
    assert ("Realisasi tahun 2025 mencapai 70,12% dari target 68,50% sehingga capaian "
            "indikator ini sebesar 102,36% dengan kategori Sangat Tinggi.") in texts
    assert "BAB III AKUNTABILITAS KINERJA" in texts  # a heading is no part of a sentence


def test_a_word_authors_paragraphs_stay_paragraphs(tmp_path):
    document = docx.Document()
    for line in ["Capaian indikator pertama sebesar 102,36% dengan kategori Sangat Tinggi",
                 "sasaran kedua diukur dengan dua indikator kinerja utama.",
                 "Realisasi anggaran tahun 2025 sebesar 97,21% dari pagu perubahan.",
                 "Rincian disajikan pada lampiran laporan kinerja ini."]:
        document.add_paragraph(line)
    doc = parse_text(render_docx(save(document, tmp_path)).text, "x.docx",
                     paragraph_lines=True)
    assert len(doc.sentences) == 4


_TEXT_BOX = (
    '<w:r {w} {v}><w:pict><v:shape style="width:200pt;height:80pt"><v:textbox>'
    '<w:txbxContent><w:p><w:r><w:t>Sekilas Kinerja 2025</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>Kunjungan perpustakaan sepanjang tahun sebanyak 98.818 orang.</w:t>'
    '</w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
).format(w=nsdecls("w"), v='xmlns:v="urn:schemas-microsoft-com:vml"')

_FOOTNOTES = (
    '<w:footnotes {w}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
    '</w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Data per 31 Desember 2025; termasuk 1.245 '
    'pengunjung layanan keliling.</w:t></w:r></w:p></w:footnote>'
    '</w:footnotes>'
).format(w=nsdecls("w"))


def test_text_boxes_are_read_where_anchored_and_footnotes_after_the_body(tmp_path):
    """A key-figures text box prints its paragraphs after the paragraph it is anchored in;
    the footnotes come after the body under "Catatan kaki", a figure in them read too."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    anchor = document.add_paragraph("Ringkasan capaian utama disajikan pada kotak berikut.")
    anchor._p.append(parse_xml(_TEXT_BOX))
    document.add_paragraph("Uraian selanjutnya.")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                _FOOTNOTES.encode("utf-8"), document.part.package)
    document.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")
    lines = [line for line in render_docx(save(document, tmp_path)).text.splitlines() if line]
    assert lines == [
        "Ringkasan capaian utama disajikan pada kotak berikut.",
        "Sekilas Kinerja 2025",
        "Kunjungan perpustakaan sepanjang tahun sebanyak 98.818 orang.",
        "Uraian selanjutnya.",
        "Catatan kaki",
        "1) Data per 31 Desember 2025; termasuk 1.245 pengunjung layanan keliling.",
    ]
