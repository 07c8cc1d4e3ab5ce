"""PDF input: words laid out by position, ruled tables read from their grid, running page
furniture dropped, and clear errors for scans and damaged files. PDFs are made in the test
with fpdf2 (a test-only dependency)."""

from __future__ import annotations

import json

from fpdf import FPDF

from audit.engine import audit_document
from audit.readers import read_report, sniff

ROWS = [
    ("No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"),
    ("1", "Persentase desa tangguh bencana", "40,00", "36,00", "90,00"),
    ("2", "Persentase relawan terlatih", "80,00", "72,00", "90,00"),
    ("3", "Persentase rambu evakuasi terpasang", "50,00", "45,00", "90,00"),
]


def _pdf(path, rows=ROWS, ruled=True, pages=1):
    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=10)
    pdf.set_auto_page_break(False)
    for page in range(pages):
        pdf.add_page()
        pdf.cell(0, 8, "LKjIP BPBD Kabupaten Contoh Tahun 2025", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.multi_cell(0, 6, f"Capaian kinerja bagian {page + 1} disajikan pada tabel berikut.",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, f"Tabel 3.{page + 1} Capaian Indikator Kinerja", new_x="LMARGIN",
                 new_y="NEXT")
        widths = [12, 80, 25, 25, 28]
        for row in rows:
            for w, text in zip(widths, row, strict=True):
                pdf.cell(w, 7, text, border=1 if ruled else 0)
            pdf.ln(7)
        pdf.set_y(-15)
        pdf.cell(0, 8, f"{page + 1}", align="C")
    pdf.output(str(path))
    return path


def test_ruled_table_in_a_pdf_is_read_and_checked(tmp_path):
    seeded = [list(r) for r in ROWS]
    seeded[3][4] = "85,00"  # 45 / 50 = 90,00
    doc = read_report(_pdf(tmp_path / "lkjip.pdf", seeded))
    assert doc.kind == "pdf" and doc.pages == 1
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.caption.startswith("Tabel 3.1")
    assert table.columns == list(ROWS[0])
    report = audit_document(doc)
    assert [(f.rule, f.stated, f.expected) for f in report.findings] == [
        ("ratio", "85,00", "90,00")]
    assert doc.locations[report.findings[0].line] == {"page": 1}


def test_unruled_table_in_a_pdf_is_read_from_word_positions(tmp_path):
    doc = read_report(_pdf(tmp_path / "lkjip.pdf", ruled=False))
    assert len(doc.tables) == 1
    assert [r.cells[1].text for r in doc.tables[0].rows] == [r[1] for r in ROWS[1:]]
    assert audit_document(doc).findings == []


def test_running_header_and_page_numbers_are_dropped(tmp_path):
    doc = read_report(_pdf(tmp_path / "lkjip.pdf", pages=3))
    assert doc.pages == 3
    assert not any("LKjIP BPBD" in line for line in doc.lines)
    assert not any(line.strip() in {"1", "2", "3"} for line in doc.lines)


def test_json_findings_carry_the_page(run, tmp_path):
    seeded = [list(r) for r in ROWS]
    seeded[1][4] = "99,00"
    _pdf(tmp_path / "lkjip.pdf", seeded, pages=2)
    result = run("check", "lkjip.pdf", "--format", "json")
    assert result.exit_code == 1
    findings = json.loads(result.output)["documents"][0]["findings"]
    assert {f["page"] for f in findings} == {1, 2}


def test_pdf_named_txt_is_read_as_pdf(tmp_path):
    path = _pdf(tmp_path / "lkjip.pdf")
    renamed = tmp_path / "lkjip.txt"
    renamed.write_bytes(path.read_bytes())
    assert sniff(renamed) == "pdf"
    assert len(read_report(renamed).tables) == 1


def test_pdf_without_text_layer_asks_for_ocr(run, tmp_path):
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a "scan": marks on the page, no text
    pdf.output(str(tmp_path / "scan.pdf"))
    result = run("check", "scan.pdf")
    assert result.exit_code == 2
    assert "no text layer" in result.output and "ocrmypdf" in result.output
    assert "Traceback" not in result.output


def test_damaged_pdf_is_a_clear_error(run, tmp_path):
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf")
    result = run("check", "rusak.pdf")
    assert result.exit_code == 2
    assert result.output.startswith("audit: error: rusak.pdf")


def test_unknown_file_named_is_an_error_and_skipped_in_a_directory(run, tmp_path):
    (tmp_path / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a report")
    result = run("check", "foto.jpg")
    assert result.exit_code == 2
    (tmp_path / "d").mkdir()
    # a PowerPoint file: no reader for it
    (tmp_path / "d" / "catatan.pptx").write_bytes(b"PK\x03\x04 slides")
    (tmp_path / "d" / "laporan.md").write_text("Laporan singkat tanpa tabel.\n", encoding="utf-8")
    result = run("check", "d")
    assert result.exit_code == 0
    assert "skipped" in result.output and "catatan.pptx" in result.output


STAFF = [
    ("Unit Kerja", "L", "P", "Jumlah"),
    ("Kepala Dinas", "0", "1", "1"),
    ("Sekretariat (Subbagian Umum dan Kepegawaian; Subbagian Perencanaan dan Keuangan)",
     "7", "6", "13"),
    ("Bidang Ketersediaan dan Kerawanan Pangan", "5", "3", "8"),
    ("Bidang Distribusi dan Cadangan Pangan", "5", "2", "7"),
    ("Jumlah", "17", "12", "29"),
]
PARAGRAPH = ("Jumlah pegawai dinas pada akhir tahun 2025 tercatat sebanyak 29 orang yang tersebar "
             "pada sekretariat dan bidang teknis, dengan rincian menurut unit kerja dan jenis "
             "kelamin sebagaimana disajikan pada tabel berikut ini.")


def _small_type_table_pdf(path):
    """A justified paragraph over a table set in smaller type than the text, its long label
    wrapped in its cell: the page's lines mostly in the table's type."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(150, 6, PARAGRAPH, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 8, "Tabel 1.1 Jumlah Pegawai Menurut Unit Kerja", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=8)
    widths = (100, 20, 20, 25)
    for row in STAFF:
        top = pdf.get_y()
        pdf.multi_cell(widths[0], 4, row[0], new_x="RIGHT", new_y="TOP")
        bottom = pdf.get_y()
        pdf.set_xy(pdf.l_margin + widths[0], top)
        for w, text in zip(widths[1:], row[1:], strict=True):
            pdf.cell(w, 4, text, align="R")
        pdf.set_xy(pdf.l_margin, max(bottom, top + 4) + 1)
    for i in range(12):  # more lines in the table's type than in the text's
        pdf.cell(0, 4, f"Catatan {i + 1}: data kepegawaian bersumber dari aplikasi kepegawaian",
                 new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def test_table_in_smaller_type_keeps_its_columns_beside_a_long_label(tmp_path):
    doc = read_report(_small_type_table_pdf(tmp_path / "lkjip.pdf"))
    (table,) = [t for t in doc.tables if (t.caption or "").startswith("Tabel 1.1")]
    assert [r.cells[-1].text for r in table.rows] == [r[-1] for r in STAFF[1:]]
    assert [f for f in audit_document(doc).findings if f.rule in ("footing", "crossfooting")] \
        == []


def test_justified_paragraph_stays_one_paragraph(tmp_path):
    doc = read_report(_small_type_table_pdf(tmp_path / "lkjip.pdf"))
    assert any(s.text == PARAGRAPH for s in doc.sentences)


_LEFT = ["Balai Besar menguji 2.336 sampel sepanjang tahun 2025, naik dari",
         "2.172 sampel pada tahun sebelumnya. Pengujian terbanyak dilakukan pada",
         "triwulan III ketika musim panen kelapa sawit dan kakao mencapai",
         "puncaknya di wilayah kerja balai di tiga provinsi binaan utama.",
         "Sebagian besar sampel berasal dari pelaku usaha perkebunan rakyat",
         "yang mengikuti program sertifikasi mutu hasil secara bertahap.",
         "Balai juga menerima sampel dari instansi pemerintah daerah dan",
         "perguruan tinggi untuk keperluan penelitian serta pengawasan mutu.",
         "Waktu layanan rata-rata pengujian tercatat tujuh hari kerja penuh.",
         "Layanan daring mempercepat pendaftaran sampel oleh para pelanggan."]
_RIGHT = ["Penerimaan negara bukan pajak dari jasa pengujian mencapai",
          "Rp 2.612.845.000 atau 75,13% dari total realisasi PNBP balai.",
          "Jasa kalibrasi dan sertifikasi produk menyumbang sisanya sesuai",
          "tarif yang ditetapkan dalam peraturan pemerintah tentang jenis",
          "dan tarif atas jenis penerimaan negara bukan pajak yang berlaku.",
          "Target penerimaan tahun depan ditetapkan lebih tinggi mengikuti",
          "bertambahnya ruang lingkup akreditasi laboratorium penguji balai.",
          "Seluruh penerimaan disetor ke kas negara tepat waktu setiap bulan",
          "sesuai ketentuan pengelolaan keuangan negara yang berlaku umum.",
          "Tidak terdapat piutang penerimaan pada akhir tahun anggaran ini."]


def test_a_page_in_two_columns_is_read_down_the_left_column_then_the_right(tmp_path):
    """Prose set in two columns whose lines sit at the same heights: each column's lines
    stay together in reading order instead of being run together across the gutter."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=7)
    for k, (left, right) in enumerate(zip(_LEFT, _RIGHT, strict=True)):
        y = 30 + k * 5
        pdf.text(15, y, left)
        pdf.text(112, y, right)
    path = tmp_path / "duakolom.pdf"
    pdf.output(str(path))
    doc = read_report(path)
    text = " ".join(s.text for s in doc.sentences)
    assert "naik dari 2.172 sampel pada tahun sebelumnya" in text
    assert "mencapai Rp 2.612.845.000 atau 75,13% dari total realisasi PNBP" in text
