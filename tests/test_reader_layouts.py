"""Tables in the text that PDF extraction tools print: space-aligned columns and one cell
per line. Fixtures are invented and shaped like ``pdftotext -layout`` and plain ``pdftotext``
output: wrapped labels centred around the row's figures, headers over several lines, page
footers between the pieces of a table."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.engine import audit_document
from audit.findings import Severity
from audit.readers.text import parse_text

FIXTURES = Path(__file__).parent / "fixtures"

LAYOUT = """\
Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025

  No         Indikator Kinerja            Satuan     Target    Realisasi    Capaian
                                                                              (%)
                Persentase ibu hamil
  1       yang mendapatkan pelayanan         %         95,00      91,20       96,00
                 kesehatan sesuai
                     standar
  2      Persentase balita gizi buruk        %         100        100,00      100,00
                yang ditangani
  3      Cakupan imunisasi dasar            %         92,00      87,40       95,00
           lengkap
         Jumlah                                         287,00    278,60

Dari tabel di atas terlihat bahwa seluruh indikator telah mencapai target yang ditetapkan.
"""


def test_space_aligned_columns_wrapped_labels_join_their_row():
    doc = parse_text(LAYOUT, "laporan.txt")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.caption.startswith("Tabel 3.1")
    assert table.columns == ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                             "Capaian (%)"]
    labels = [r.cells[1].text for r in table.rows]
    assert labels == [
        "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
        "Persentase balita gizi buruk yang ditangani",
        "Cakupan imunisasi dasar lengkap",
        "Jumlah",
    ]
    assert [r.kind for r in table.rows] == ["data", "data", "data", "total"]
    # each row sits on the line that carries its figures
    assert [r.line for r in table.rows] == [6, 9, 11, 13]
    assert table.rows[0].figure(5).value == Decimal("96.00")
    # the wrapped lines are table, not prose
    assert all(s.line not in range(3, 14) for s in doc.sentences)


def test_space_aligned_breaks_are_found_on_the_printed_line():
    seeded = LAYOUT.replace("      96,00", "      69,00").replace("287,00", "288,00")
    report = audit_document(parse_text(seeded, "laporan.txt"))
    found = {(f.rule, f.line, f.stated) for f in report.findings}
    assert ("ratio", 6, "69,00") in found
    assert ("footing", 13, "288,00") in found
    clean = audit_document(parse_text(LAYOUT, "laporan.txt"))
    assert clean.findings == []


def test_label_with_figures_separated_by_single_spaces():
    text = (
        "Tabel 2.4 Pendapatan BLUD\n\n"
        "Uraian                 Target                Realisasi        %\n"
        "Kapitasi JKN 2.640.000.000 2.656.011.000 100,61\n"
        "Retribusi pelayanan 1.200.000.000 1.080.000.000 90,00\n"
        "Jumlah 3.840.000.000 3.736.011.000 97,29\n"
    )
    table = parse_text(text, "x.txt").tables[0]
    assert [r.cells[0].text for r in table.rows] == ["Kapitasi JKN", "Retribusi pelayanan",
                                                     "Jumlah"]
    assert table.rows[0].figure(2).value == Decimal("2656011000")
    assert table.rows[2].kind == "total"


def test_justified_prose_with_wide_gaps_is_not_a_table():
    text = (
        "Pada  tahun  2025  realisasi  anggaran  mencapai  Rp  12.500.000.000  atau  95,20\n"
        "persen  dari  pagu  yang  ditetapkan  dalam  DPA  perubahan  sebesar  13.130.000.000\n"
    )
    doc = parse_text(text, "x.txt")
    assert doc.tables == []
    assert len(doc.sentences) >= 1


CELLS = """\
Tabel 3.1 Capaian Indikator Kinerja Utama
No
Indikator Kinerja
Satuan
Target
Realisasi
Capaian
(%)
1
Persentase desa tangguh
bencana
%
40,00
36,00
90,00
2
Waktu tanggap kejadian
bencana
menit
30
25
120,00
LKjIP BPBD Kabupaten Sukamaju Tahun 2025
14

3
Jumlah relawan terlatih
orang
200
180
90,00

Berdasarkan tabel di atas, dua indikator belum mencapai target yang ditetapkan dalam dokumen.
LKjIP BPBD Kabupaten Sukamaju Tahun 2025
15

Kesimpulan disajikan pada bab berikut.
LKjIP BPBD Kabupaten Sukamaju Tahun 2025
16
"""


def test_one_cell_per_line_rows_rebuilt_from_the_header_width():
    doc = parse_text(CELLS, "bpbd.txt")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert table.columns == ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                             "Capaian (%)"]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows == [
        ["1", "Persentase desa tangguh bencana", "%", "40,00", "36,00", "90,00"],
        ["2", "Waktu tanggap kejadian bencana", "menit", "30", "25", "120,00"],
        ["3", "Jumlah relawan terlatih", "orang", "200", "180", "90,00"],
    ]
    # a numbered item named "Jumlah ..." is not a total row
    assert table.rows[2].kind == "data"
    # every cell keeps the line it was printed on
    assert table.rows[0].cells[5].line == 15
    assert table.rows[2].cells[4].line == 30


def test_one_cell_per_line_break_points_at_the_figure_line():
    seeded = CELLS.replace("90,00\n2", "99,00\n2")
    report = audit_document(parse_text(seeded, "bpbd.txt"))
    assert [(f.rule, f.line, f.stated) for f in report.findings] == [("ratio", 15, "99,00")]


def _render_layout(rows: list[tuple[str, int, int]]) -> str:
    lines = ["Tabel 1.2 Jumlah Pegawai", "", f"{'Jabatan':<30}{'L':>8}{'P':>8}{'Jumlah':>10}"]
    for label, men, women in rows:
        lines.append(f"{label:<30}{men:>8}{women:>8}{men + women:>10}")
    total_m = sum(m for _, m, _ in rows)
    total_w = sum(w for _, _, w in rows)
    lines.append(f"{'Jumlah':<30}{total_m:>8}{total_w:>8}{total_m + total_w:>10}")
    return "\n".join(lines) + "\n"


_LABELS = st.sampled_from(["Pengelola Keuangan", "Analis Kebijakan", "Penyuluh Kesehatan",
                           "Pranata Komputer", "Arsiparis", "Bendahara", "Pengadministrasi"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_LABELS, st.integers(0, 400), st.integers(0, 400)),
                min_size=2, max_size=8, unique_by=lambda r: r[0]))
def test_consistent_space_aligned_table_reads_whole_and_passes(rows):
    doc = parse_text(_render_layout(rows), "x.txt")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert len(table.rows) == len(rows) + 1
    assert audit_document(doc).findings == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(_LABELS, st.integers(0, 400), st.integers(0, 400)),
                min_size=2, max_size=8, unique_by=lambda r: r[0]),
       st.integers(0, 7), st.integers(1, 9))
def test_one_changed_total_in_a_space_aligned_table_is_one_finding(rows, which, delta):
    text = _render_layout(rows)
    lines = text.splitlines()
    target = 3 + which % len(rows)
    label, men, women = rows[which % len(rows)]
    lines[target] = f"{label:<30}{men:>8}{women:>8}{men + women + delta:>10}"
    report = audit_document(parse_text("\n".join(lines) + "\n", "x.txt"))
    crossfoot = [f for f in report.findings if f.rule == "crossfooting"]
    assert len(crossfoot) == 1 and crossfoot[0].line == target + 1


def _budget_line(code: str, label: str, pagu: str = "", real: str = "", pct: str = "") -> str:
    return f"{code:<14}{label:<36}{pagu:>15}{real:>15}{pct:>8}".rstrip()


CENTRED_BUDGET = "\n".join([
    "Tabel 3.5 Realisasi Anggaran",
    "",
    _budget_line("Kode", "Program / Kegiatan", "Pagu", "Realisasi", "%"),
    _budget_line("(1)", "(2)", "(3)", "(4)", "(5)"),
    _budget_line("", "PROGRAM PENUNJANG URUSAN"),
    _budget_line("2.01.01", "PEMERINTAHAN DAERAH", "1.000.000.000", "900.000.000", "90,00"),
    _budget_line("2.01.01.2.01", "Perencanaan, Penganggaran, dan", "400.000.000",
                 "380.000.000", "95,00"),
    _budget_line("", "Evaluasi Kinerja Perangkat Daerah"),
    _budget_line("", "Penyediaan Jasa Penunjang"),
    _budget_line("2.01.01.2.08", "Urusan Pemerintahan Daerah", "600.000.000", "520.000.000",
                 "86,67"),
    _budget_line("", "Kabupaten/Kota"),
    "",
    "  Laporan Kinerja Dinas Contoh Tahun 2025                                    7",
    "",
    _budget_line("2.01.02", "PROGRAM PENGELOLAAN KEUANGAN", "500.000.000", "450.000.000",
                 "90,00"),
    _budget_line("", "Penyusunan Laporan Keuangan"),
    _budget_line("2.01.02.2.01", "Akhir Tahun dan Laporan", "500.000.000", "450.000.000",
                 "90,00"),
    _budget_line("", "Semesteran"),
    _budget_line("", "JUMLAH", "1.500.000.000", "1.350.000.000", "90,00"),
    "",
    "Catatan kaki laporan berulang pada setiap halaman sebagai penanda dokumen resmi.",
    "  Laporan Kinerja Dinas Contoh Tahun 2025                                    8",
    "  Laporan Kinerja Dinas Contoh Tahun 2025                                    9",
]) + "\n"


def test_centred_labels_in_several_columns_and_a_page_break_read_as_one_table():
    doc = parse_text(CENTRED_BUDGET, "x.txt")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    labels = [r.cells[1].text for r in table.rows]
    assert labels == [
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
        # a cell does not end on "dan": the next line is still its own
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        # a label that began above its figure line, and ends below it
        "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        "PROGRAM PENGELOLAAN KEUANGAN",
        "Penyusunan Laporan Keuangan Akhir Tahun dan Laporan Semesteran",
        "JUMLAH",
    ]
    # the running footer between the pieces is page furniture: the total foots over both
    assert audit_document(doc).findings == []


def test_a_changed_kegiatan_after_the_page_break_is_found():
    row = _budget_line("2.01.02.2.01", "Akhir Tahun dan Laporan", "500.000.000",
                       "450.000.000", "90,00")
    seeded = CENTRED_BUDGET.replace(row, row.replace("  500.000.000", "  550.000.000"))
    found = {(f.rule, f.line) for f in audit_document(parse_text(seeded, "x.txt")).findings}
    # the piece after the page break is read: the kegiatan's own rate breaks
    assert ("ratio", 17) in found


STAFF_CELLS = """\
Tabel 1.1 Pegawai menurut Golongan
No
Golongan
Jumlah Pegawai
L
P
Jumlah
A. Pegawai Negeri Sipil
1
Golongan IV
3
1
4
2
Golongan III
14
9
23
B. PPPK
3
PPPK Teknis
6
2
8
Jumlah
23
12
35

Pegawai tersebut tersebar pada tiga bidang dan satu sekretariat di kantor badan.
"""

BUDGET_CELLS = """\
Tabel 3.5 Realisasi Anggaran
Kode
Program/Kegiatan
Pagu (Rp)
Realisasi (Rp)
%
1.05.01
PROGRAM PENUNJANG URUSAN
PEMERINTAHAN DAERAH
4.000.000.000
3.900.000.000
97,50
1.05.01.2.02
Administrasi Keuangan
3.000.000.000
2.940.000.000
98,00
1.05.01.2.08
Penyediaan Jasa Penunjang
1.000.000.000
960.000.000
96,00
Kode
Program/Kegiatan
Pagu (Rp)
Realisasi (Rp)
%
1.05.03
PROGRAM PENANGGULANGAN BENCANA
2.000.000.000
1.900.000.000
95,00
1.05.03.2.02
Pelayanan Pencegahan
2.000.000.000
1.900.000.000
95,00
Jumlah
6.000.000.000
5.800.000.000
96,67

Realisasi anggaran dipengaruhi oleh efisiensi belanja perjalanan dinas pada semester kedua.
"""


def test_cell_per_line_spanning_title_and_group_rows():
    table = parse_text(STAFF_CELLS, "x.txt").tables[0]
    assert table.columns[2:] == ["Jumlah Pegawai / L", "Jumlah Pegawai / P",
                                 "Jumlah Pegawai / Jumlah"]
    assert [r.kind for r in table.rows] == ["group", "data", "data", "group", "data", "total"]
    assert audit_document(parse_text(STAFF_CELLS, "x.txt")).findings == []
    broken = STAFF_CELLS.replace("14\n9\n23", "14\n9\n24")
    found = [(f.rule, f.stated) for f in audit_document(parse_text(broken, "x.txt")).findings]
    assert ("crossfooting", "24") in found


def test_cell_per_line_rows_keyed_by_budget_codes_with_a_repeated_header():
    doc = parse_text(BUDGET_CELLS, "x.txt")
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert [r.cells[0].text for r in table.rows] == [
        "1.05.01", "1.05.01.2.02", "1.05.01.2.08", "1.05.03", "1.05.03.2.02", ""]
    assert table.rows[0].cells[1].text == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"
    # programme rows are groups over their kegiatan: the total adds the programmes only
    assert audit_document(doc).findings == []


def test_unaligned_budget_rows_with_labels_centred_over_three_lines():
    # pdftotext -layout of a Word table whose label column is wider than its text: the
    # figures do not line up in columns, each label is printed above, beside and below them
    from audit.readers.text import parse_text

    text = """Tabel 3.6 Realisasi Anggaran

Kode               Program/Kegiatan/Sub Kegiatan           Pagu      Realisasi       %
                   PROGRAM PENUNJANG URUSAN
7.01.01            PEMERINTAHAN DAERAH            2.571.162.000  2.485.413.950   96,67
                   KABUPATEN/KOTA
                   Perencanaan, Penganggaran, dan
7.01.01.2.01       Evaluasi Kinerja Perangkat        84.850.000     83.536.500   98,45
                   Daerah
7.01.01.2.01.0001  Penyusunan Dokumen Perencanaan    84.850.000     83.536.500   98,45
                   Perangkat Daerah
"""
    [table] = parse_text(text, "x.txt").tables
    assert [r.label for r in table.rows][:2] == [
        "7.01.01 PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "7.01.01.2.01 Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"]
    assert "PROGRAM" not in " ".join(table.columns)


GROUPED = """\
Tabel 3.2 Pengukuran Kinerja Puskesmas Tahun 2025

      No  Sasaran / Indikator Kinerja                    Target    Realisasi    Capaian
          Sasaran 1: Meningkatnya derajat kesehatan
          keluarga di wilayah kerja
      1.1   Cakupan kunjungan ibu hamil K6                90,00       92,40      102,67
      1.2   Persentase bayi dengan ASI eksklusif          70,00       65,10       93,00
          Sasaran 2: Meningkatnya mutu layanan
          laboratorium
      2.1   Indeks kepuasan pasien                        85,00       86,70      102,00

Seluruh indikator diukur terhadap Perjanjian Kinerja tahun 2025.
"""


def test_a_group_heading_wrapped_between_rows_is_a_row_of_its_own():
    # "Sasaran 2: ..." and its wrapped rest neither end the row above nor begin the one below
    table = parse_text(GROUPED, "laporan.txt").tables[0]
    labels = [r.cells[1].text for r in table.rows]
    assert labels == [
        "Sasaran 1: Meningkatnya derajat kesehatan keluarga di wilayah kerja",
        "Cakupan kunjungan ibu hamil K6",
        "Persentase bayi dengan ASI eksklusif",
        "Sasaran 2: Meningkatnya mutu layanan laboratorium",
        "Indeks kepuasan pasien",
    ]
    assert table.columns[1] == "Sasaran / Indikator Kinerja"


TOP_ALIGNED = """\
Tabel 3.8 Pagu dan Realisasi Anggaran Tahun 2025

     Kode              Program / Kegiatan              Pagu (Rp)        Realisasi (Rp)    Serapan
     1.02.01           PROGRAM PENUNJANG URUSAN     9.000.000.000     8.550.000.000     95,00
                       PEMERINTAHAN DAERAH
                       KABUPATEN/KOTA
      1.02.01.2.01      Perencanaan, Penganggaran,     400.000.000       380.000.000     95,00
                        dan Evaluasi Kinerja
        1.02.01.2.01.0001  Penyusunan Dokumen          400.000.000       380.000.000     95,00
                           Perencanaan Daerah
      1.02.01.2.10      Peningkatan Pelayanan        8.600.000.000     8.170.000.000     95,00
                        BLUD
        1.02.01.2.10.0001  Pelayanan dan Penunjang  8.600.000.000     8.170.000.000     95,00
                           Pelayanan BLUD

Tabel 3.9 Pendapatan BLUD

     No   Uraian                          Target           Realisasi         %
          Pendapatan jasa layanan
     1    rawat jalan dan rawat inap    5.000.000.000    4.900.000.000     98,00
          (umum dan asuransi)
          Pendapatan kerja sama
     2    dengan pihak ketiga             400.000.000      410.000.000    102,50
          (sewa lahan parkir)
          Jumlah                        5.400.000.000    5.310.000.000     98,33
"""


def test_a_table_printed_from_the_top_keeps_its_reading_beside_a_centred_one():
    # Tabel 3.9's cells are centred vertically; Tabel 3.8's rows show labels printed from
    # the top (the first row's label is whole on its line and wraps below), and are read so.
    doc = parse_text(TOP_ALIGNED, "laporan.txt")
    budget = doc.tables[0]
    assert [r.cells[1].text for r in budget.rows] == [
        "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja",
        "Penyusunan Dokumen Perencanaan Daerah",
        "Peningkatan Pelayanan BLUD",
        "Pelayanan dan Penunjang Pelayanan BLUD",
    ]
    revenue = doc.tables[1]
    assert revenue.rows[0].cells[1].text == \
        "Pendapatan jasa layanan rawat jalan dan rawat inap (umum dan asuransi)"


CONTINUED = """\
                         LKjIP Dinas Contoh Tahun 2025                              11
Tabel 3.8 Pagu dan Realisasi Anggaran

   Uraian                       Pagu (Rp)     Realisasi (Rp)     Sisa (Rp)    % Serapan
   Belanja pegawai            800.000.000       760.000.000      40.000.000       95,00
   Belanja barang dan jasa    600.000.000       540.000.000      60.000.000       90,00

                         LKjIP Dinas Contoh Tahun 2025                              12
Tabel 3.8 (lanjutan)
                                                                  %
   Uraian                       Pagu (Rp)     Realisasi (Rp)     Sisa (Rp)  Serapan
   Belanja modal              400.000.000       380.000.000      20.000.000       95,00
   Jumlah                   1.800.000.000     1.680.000.000     120.000.000       93,33

                         LKjIP Dinas Contoh Tahun 2025                              13
"""


def test_a_repeated_header_whose_titles_fall_into_other_columns_still_continues_the_table():
    doc = parse_text(CONTINUED, "laporan.txt")
    [table] = [t for t in doc.tables if t.caption.startswith("Tabel 3.8")]
    assert [r.cells[0].text for r in table.rows] == [
        "Belanja pegawai", "Belanja barang dan jasa", "Belanja modal", "Jumlah"]
    assert audit_document(doc).findings == []


def _page(header: str, body: list[str], number: int) -> list[str]:
    # pdftotext starts every page after the first with a form feed
    top = "LKjIP Tahun 2025           Badan Kepegawaian Kota Lembah Sari"
    return [top if number == 1 else "\f" + top, "", "",
            header, *body, "", "", f"                        Halaman {number} dari 3"]


BUDGET_HEADER = ("Kode                Program / Kegiatan / Sub Kegiatan              Pagu (Rp)"
                 "        Realisasi (Rp)")


def _budget_pages(sub_total: str) -> str:
    page1 = _page(BUDGET_HEADER, [
        "5.03.01             PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH",
        "5.03.01.2.01        Perencanaan dan Evaluasi Kinerja              78.250.000"
        "           76.598.400",
        "5.03.01.2.06        Administrasi Umum Perangkat Daerah           339.950.000"
        "          333.227.450"], 1)
    page2 = _page(BUDGET_HEADER, [
        "5.03.01.2.08        Penyediaan Jasa Penunjang Urusan             535.000.000"
        "          521.735.214",
        f"Sub Total Program Penunjang Urusan Pemerintahan Daerah          {sub_total}"
        "          931.561.064",
        "5.03.02             PROGRAM KEPEGAWAIAN DAERAH",
        "5.03.02.2.02        Mutasi dan Promosi ASN                       417.150.000"
        "          407.378.400",
        "5.03.02.2.03        Penilaian Kinerja Aparatur                   210.800.000"
        "          204.714.100",
        "Sub Total Program Kepegawaian Daerah                             627.950.000"
        "          612.092.500"], 2)
    page3 = _page(BUDGET_HEADER, [
        "Jumlah                                                         1.581.150.000"
        "        1.543.653.564"], 3)
    return "\n".join(["Tabel 3.5 Realisasi Anggaran per Program Tahun 2025", "",
                      *page1, *page2, *page3, "Sumber: LRA 2025."]) + "\n"


def test_a_table_header_repeated_on_every_page_joins_the_pieces_not_page_furniture():
    # The header repeats on each page like a running header does, but below the page's
    # top: the three pieces are one table, and its Sub Totals and Jumlah foot across pages.
    doc = parse_text(_budget_pages("953.200.000"), "bkpsdm.txt")
    [table] = doc.tables
    assert [r.label.split()[0] for r in table.rows if r.kind == "total"] == \
        ["Sub", "Sub", "Jumlah"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_budget_pages("935.200.000"), "bkpsdm.txt"))
    assert [(f.rule, f.stated, f.expected) for f in broken.findings
            if f.rule == "footing"] == [("footing", "935.200.000", "953.200.000")]


def test_a_coded_line_without_figures_is_a_group_row_not_a_label_fragment():
    doc = parse_text(_budget_pages("953.200.000"), "bkpsdm.txt")
    [table] = doc.tables
    groups = [[c.text for c in r.cells][:2] for r in table.rows
              if r.label.startswith("5.03.02 ") or "KEPEGAWAIAN" in r.label]
    assert groups == [["5.03.02", "PROGRAM KEPEGAWAIAN DAERAH"]]


def test_a_long_group_heading_under_the_header_opens_the_body_and_keeps_one_table():
    text = "\n".join([
        "Tabel 3.2 Pengukuran Capaian Kinerja",
        "No   Indikator Kinerja                       Satuan    Target   Realisasi   Capaian (%)",
        "Sasaran 1: Meningkatnya penerapan sistem merit dalam manajemen ASN daerah",
        " 1   Nilai Indeks Sistem Merit                Nilai     285,0     297,5      104,39",
        " 2   Indeks Profesionalitas ASN               Nilai     72,00     70,35       97,71",
        "Sasaran 2: Meningkatnya kualitas pelayanan administrasi kepegawaian daerah",
        " 3   Persentase layanan tepat waktu           %         95,00     93,48       98,40",
        " 4   Persentase usulan mutasi diproses        %         90,00     91,20      101,33",
        "", "Sumber: data BKPSDM.", ""])
    [table] = parse_text(text, "capaian.txt").tables
    assert table.columns[-1] == "Capaian (%)"
    assert [r.label for r in table.rows if r.label.startswith("Sasaran")] == [
        "Sasaran 1: Meningkatnya penerapan sistem merit dalam manajemen ASN daerah",
        "Sasaran 2: Meningkatnya kualitas pelayanan administrasi kepegawaian daerah"]
    assert len([r for r in table.rows if r.figure(5) is not None]) == 4


def test_an_indicator_named_in_three_tables_is_a_cell_not_a_running_footer():
    from audit.readers.layout import running_lines

    name = "Nilai Tingkat Kegemaran Membaca masyarakat"
    table = ["No", "Indikator Kinerja", "Target", "Realisasi", "1", name, "62,50", "64,18"]
    lines = ["Tabel 2.1 Perjanjian Kinerja", *table, "",
             "LKjIP Dinas Perpustakaan Kota Banyu Asri Tahun 2025", "14", "",
             "Tabel 3.1 Capaian", *table, "", "Tabel 3.3 Perbandingan", *table, "",
             "LKjIP Dinas Perpustakaan Kota Banyu Asri Tahun 2025", "15", "", "Penutup.",
             "LKjIP Dinas Perpustakaan Kota Banyu Asri Tahun 2025", "16"]
    running = running_lines(lines)
    assert "LKjIP Dinas Perpustakaan Kota Banyu Asri Tahun 2025" in running
    assert name not in running


CAPAIAN_CELLS = """\
Capaian kinerja disajikan pada tabel berikut.
LKjIP Dinas Ketahanan Pangan Tahun 2025
13

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025
No
Sasaran Strategis
Indikator Kinerja
Satuan
Target
Realisasi
Capaian (%)
1
2
3
4
5
6
7
1
Meningkatnya ketersediaan pangan
Skor Pola Pangan Harapan
skor
88,50
87,15
98,47
2
Persentase cadangan pangan pemerintah daerah yang tersedia tepat waktu sesuai kebutuhan minimal
%
75,00
77,61
103,48

LKjIP Dinas Ketahanan Pangan Tahun 2025
14

No
Sasaran Strategis
Indikator Kinerja
Satuan
Target
Realisasi
Capaian (%)
1
2
3
4
5
6
7
3
Menurunnya kerawanan pangan
Persentase desa rawan pangan yang ditangani
%
100,00
85,00
{capaian}

Indikator 1 dan 2 melampaui target yang ditetapkan dalam Perjanjian Kinerja tahun 2025
sehingga kedua indikator berpredikat Sangat Tinggi.
LKjIP Dinas Ketahanan Pangan Tahun 2025
15
"""


def test_one_cell_per_line_with_a_merged_sasaran_a_long_name_and_a_repeated_header():
    # The sasaran is printed once for the rows it spans; a 14-word indicator name is one
    # cell; the header and its column numbers printed again after the page break are dropped.
    doc = parse_text(CAPAIAN_CELLS.format(capaian="85,00"), "ketapang.txt")
    [table] = doc.tables
    assert table.columns[:4] == ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan"]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[1][1:4] == ["", "Persentase cadangan pangan pemerintah daerah yang tersedia "
                            "tepat waktu sesuai kebutuhan minimal", "%"]
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(CAPAIAN_CELLS.format(capaian="58,00"), "k.txt"))
    assert [(f.rule, f.stated) for f in broken.findings] == [("ratio", "58,00")]


COLUMNS = """\
Penerima bantuan per kecamatan disajikan berikut.

Tabel 3.5
Keluarga Penerima Manfaat Bantuan Sosial per Kecamatan Tahun 2025
Kecamatan
PKH
1.842
2.315
1.467
{total}

Banyuasri Barat
Banyuasri Timur
Karangsono
Jumlah

Jumlah KPM
BPNT
2.476
2.931
1.988
7.395

Kecamatan Banyuasri Timur menerima bantuan terbanyak.
"""


def test_a_table_printed_a_column_at_a_time_is_rebuilt_when_its_runs_line_up():
    doc = parse_text(COLUMNS.format(total="5.624"), "dinsos.txt")
    [table] = doc.tables
    assert table.columns == ["Kecamatan", "PKH", "BPNT"]
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["Banyuasri Barat", "1.842", "2.476"], ["Banyuasri Timur", "2.315", "2.931"],
        ["Karangsono", "1.467", "1.988"], ["Jumlah", "5.624", "7.395"]]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(COLUMNS.format(total="5.264"), "dinsos.txt"))
    assert [(f.rule, f.stated) for f in broken.findings] == [("footing", "5.264")]


def test_columns_of_unequal_length_are_left_unread():
    text = COLUMNS.format(total="5.624").replace("1.988\n", "")
    assert parse_text(text, "dinsos.txt").tables == []


# Text selected in a PDF viewer and pasted: cells parted by single spaces, nothing aligned,
# labels wrapped before their figures, the page footer wherever the page broke.
PASTED = """\
Capaian seluruh indikator kinerja utama disajikan pada Tabel 3.2 berikut ini.
Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025
No Sasaran / Indikator Kinerja Satuan Target Realisasi Capaian Predikat
(%)
Sasaran 1: Meningkatnya cakupan kepemilikan dokumen kependudukan
1 Persentase penduduk wajib KTP yang memiliki KTP-el % 98,50 98,85 100,36 Sangat Baik
2 Persentase anak usia 0-18 tahun yang
memiliki akta kelahiran % 95,00 96,12 101,18 Sangat Baik
3 Rata-rata waktu tunggu antrean pelayanan tatap
muka menit 30 34 88,24 Baik
Tabel di atas memuat tiga indikator; dua di antaranya memperoleh predikat Sangat Baik dan satu
indikator memperoleh predikat Baik karena waktu tunggu antrean masih di atas target.
Tabel 3.9 Realisasi Anggaran per Program dan Kegiatan Tahun 2025
Kode Program / Kegiatan Pagu (Rp) Realisasi (Rp) Sisa (Rp) %
2.12.02 PROGRAM PENDAFTARAN PENDUDUK 1.400.650.000 1.342.880.350 57.769.650 95,88
2.12.02.1.01 Pelayanan Pendaftaran Penduduk 1.184.250.000 1.139.762.350 44.487.650 96,24
2.12.02.1.02 Penataan Pendaftaran Penduduk dan
LKjIP Dinas Contoh Tahun 2025 | 9
Pemutakhiran Data 216.400.000 203.118.000 13.282.000 93,86
Jumlah 1.400.650.000 1.342.880.350 57.769.650 95,88
Total realisasi belanja sebesar Rp 1.342.880.350,- dari pagu Rp 1.400.650.000,- atau 95,88%.
"""


def _pasted_tables():
    doc = parse_text(PASTED, "laporan.txt")
    return {t.caption.split()[1]: t for t in doc.tables}


def test_pasted_header_of_single_spaced_titles_names_the_columns():
    tables = _pasted_tables()
    assert tables["3.2"].columns == ["No Sasaran / Indikator Kinerja", "Satuan", "Target",
                                     "Realisasi", "Capaian", "Predikat"]
    assert tables["3.9"].columns == ["Kode", "Program / Kegiatan", "Pagu (Rp)",
                                     "Realisasi (Rp)", "Sisa (Rp)", "%"]


def test_pasted_rows_keep_wrapped_labels_units_and_trailing_predicates():
    rows = [r for r in _pasted_tables()["3.2"].rows if r.kind != "group"]
    assert [r.cells[0].text for r in rows] == [
        "1 Persentase penduduk wajib KTP yang memiliki KTP-el",
        "2 Persentase anak usia 0-18 tahun yang memiliki akta kelahiran",
        "3 Rata-rata waktu tunggu antrean pelayanan tatap muka"]
    assert [r.cells[1].text for r in rows] == ["%", "%", "menit"]
    assert [r.cells[5].text for r in rows] == ["Sangat Baik", "Sangat Baik", "Baik"]
    # the paragraph after the table is no part of its last row
    assert "Tabel di atas" not in rows[-1].cells[0].text


def test_pasted_budget_row_wrapped_over_a_page_footer_keeps_its_code_and_name():
    table = _pasted_tables()["3.9"]
    by_code = {r.cells[0].text: r for r in table.rows if r.cells[0].text}
    assert by_code["2.12.02.1.02"].cells[1].text == \
        "Penataan Pendaftaran Penduduk dan Pemutakhiran Data"
    assert by_code["2.12.02.1.02"].figure(2).value == Decimal("216400000")
    assert table.rows[-1].kind == "total"


def test_a_pasted_budget_table_is_checked_like_any_other():
    broken = PASTED.replace("1.184.250.000 1.139.762.350", "1.184.250.000 1.193.762.350")
    findings = audit_document(parse_text(broken, "laporan.txt")).findings
    assert any(f.line == 16 and "1.193.762.350" in f.message for f in findings)
    assert not [f for f in audit_document(parse_text(PASTED, "laporan.txt")).findings
                if f.severity.label in ("critical", "major")]


# An unruled PDF's table as pdftotext -layout prints it: a blank line between the header and
# the first group row, the predicate a single space after the capaian.
UNRULED = """\
              Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

No  Sasaran / Indikator Kinerja                Satuan  Target  Realisasi  Capaian  Predikat
                                                                             (%)

    Sasaran 1: Meningkatnya Pendapatan Asli Daerah
1   Persentase realisasi PAD terhadap target     %     100,00     102,68   102,68 Sangat Baik
2   Persentase pertumbuhan PAD                   %      22,00      25,44   115,64 Sangat Baik
3   Rasio PAD terhadap total Pendapatan Daerah   %      14,50      14,06    96,97 Sangat Baik
"""


def test_unruled_header_above_a_blank_line_and_a_group_row_names_the_columns():
    [table] = parse_text(UNRULED, "laporan.txt").tables
    assert table.columns[-4:] == ["Target", "Realisasi", "Capaian (%)", "Predikat"]
    # the group row under the blank line opens the body: a row of its own, no header
    assert table.rows[0].cells[1].text == "Sasaran 1: Meningkatnya Pendapatan Asli Daerah"
    rows = table.rows[1:]
    assert [r.cells[-1].text for r in rows] == ["Sangat Baik"] * 3
    assert rows[1].figure(len(table.columns) - 2).value == Decimal("115.64")


BUDGET_UNRULED = """\
              Tabel 3.6 Pagu dan Realisasi Anggaran Tahun 2025

No   Program / Kegiatan                           Pagu         Realisasi     %         Sisa
                                             Perubahan (Rp)       (Rp)                  (Rp)

 1   Program Penunjang Urusan Pemerintahan Daerah
     Kabupaten/Kota
1.1  Administrasi Keuangan Perangkat Daerah    6.812.450.000  6.604.118.250  96,94  208.331.750
1.2  Administrasi Umum Perangkat Daerah          386.250.000    371.809.500  96,26   14.440.500
     Sub Total Program 1                       7.198.700.000  6.975.927.750  96,91  222.772.250
 2   Program Pengelolaan Pendapatan Daerah
2.1  Penagihan Pajak Daerah                      736.900.000    681.347.300  92,46   55.552.700
     Sub Total Program 2                         736.900.000    681.347.300  92,46   55.552.700
"""


def test_numbered_program_rows_without_figures_are_group_rows_not_header_or_labels():
    [table] = parse_text(BUDGET_UNRULED, "laporan.txt").tables
    assert table.columns[:2] == ["No", "Program / Kegiatan"]
    labels = [" ".join(c.text for c in r.cells[:2] if c.text) for r in table.rows]
    assert labels[0] == "1 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
    assert "2 Program Pengelolaan Pendapatan Daerah" in labels
    assert labels[1].startswith("1.1 Administrasi Keuangan")  # no piece of the group above
    assert [r.kind for r in table.rows].count("total") == 2


SCALE_LAYOUT = """\
              Tabel 3.1 Skala Predikat Capaian Kinerja

      No       Rentang Capaian (%)            Predikat

       1       91,00 ke atas                  Sangat Baik
       2       76,00 s.d. 90,99               Baik
       3       66,00 s.d. 75,99               Cukup
       4       65,99 ke bawah                 Kurang
"""


def test_a_rating_scale_of_ranges_is_a_table_with_one_row_per_band():
    [table] = parse_text(SCALE_LAYOUT, "laporan.txt").tables
    assert table.columns == ["No", "Rentang Capaian (%)", "Predikat"]
    assert [r.cells[1].text for r in table.rows] == [
        "91,00 ke atas", "76,00 s.d. 90,99", "66,00 s.d. 75,99", "65,99 ke bawah"]


# A table cut by a page break (form feed) whose header is printed again, its columns a few
# characters to the right on the new page, a spanning title with its unit over them.
PAGE_BROKEN = (
    "Tabel 1.1 Jumlah Koperasi per Kecamatan Tahun 2025\n"
    "\n"
    "                          Jumlah Koperasi (unit)        Persentase\n"
    "  No    Kecamatan                                       Koperasi\n"
    "                        Aktif   Tidak Aktif   Jumlah    Aktif (%)\n"
    "  1    Seruni Kota        58        17          75        77,33\n"
    "  2    Pasar Lama         46        14          60        76,67\n"
    "\f                              Jumlah Koperasi (unit)        Persentase\n"
    "  No        Kecamatan                                           Koperasi\n"
    "                            Aktif   Tidak Aktif   Jumlah    Aktif (%)\n"
    "   3    Tanjung Barat          39        16          55        70,91\n"
    "   4    Tanjung Timur          42        13          55        76,36\n"
    "           Jumlah             185        60         245        75,51\n"
)


def test_a_table_cut_by_a_page_break_joins_by_its_repeated_header():
    [table] = parse_text(PAGE_BROKEN, "laporan.txt").tables
    assert table.columns[2:5] == ["Jumlah Koperasi (unit) / Aktif",
                                  "Jumlah Koperasi (unit) / Tidak Aktif",
                                  "Jumlah Koperasi (unit) / Jumlah"]
    assert [r.cells[1].text for r in table.rows] == [
        "Seruni Kota", "Pasar Lama", "Tanjung Barat", "Tanjung Timur", "Jumlah"]
    assert [r.figure(3).value for r in table.rows] == [17, 14, 16, 13, 60]
    assert audit_document(parse_text(PAGE_BROKEN, "laporan.txt")).findings == []


# A budget table as pdftotext -layout prints a PDF from a browser: the code and the name in
# one cell, names wrapped below their figures, a program row after each Sub Total, the last
# program's row just before a page break.
BROWSER_BUDGET = (
    "Realisasi anggaran per program dan kegiatan disajikan pada tabel berikut ini, dihitung\n"
    "terhadap pagu perubahan yang ditetapkan dalam APBD Perubahan Tahun Anggaran 2025.\n"
    "                Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan Tahun 2025\n"
    "                                                  Anggaran Tahun 2025 (Rp)\n"
    "No      Kode              Program / Kegiatan     Pagu         Realisasi      %\n"
    " 1   2.17.01      PROGRAM PENUNJANG URUSAN PEMERINTAHAN\n"
    "     2.17.01.2.02 Administrasi Keuangan      5.184.360.000  5.027.918.450   96,98\n"
    "                  Perangkat Daerah\n"
    "     2.17.01.2.03 Administrasi Barang           38.000.000     36.850.000   96,97\n"
    "                  Milik Daerah\n"
    "Sub Total Program 2.17.01                    5.222.360.000  5.064.768.450   96,98\n"
    " 2   2.17.02      PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM\n"
    "     2.17.02.2.01 Penerbitan Izin Usaha         42.500.000     40.875.000   96,18\n"
    "                  Simpan Pinjam\n"
    "Sub Total Program 2.17.02                       42.500.000     40.875.000   96,18\n"
    " 3   2.17.08      PROGRAM PENGEMBANGAN UMKM\n"
    "\f\n"
)


def test_a_browser_printed_budget_table_keeps_its_rows_and_programs():
    doc = parse_text(BROWSER_BUDGET, "laporan.txt")
    [table] = doc.tables
    labels = [r.cells[0].text for r in table.rows]
    assert "2.17.01.2.03 Administrasi Barang Milik Daerah" in labels
    assert "2 2.17.02 PROGRAM PELAYANAN IZIN USAHA SIMPAN PINJAM" in labels
    assert "3 2.17.08 PROGRAM PENGEMBANGAN UMKM" in labels  # before the page break
    assert [r.kind for r in table.rows].count("total") == 2
    assert audit_document(doc).findings == []


def test_a_justified_sentence_spread_over_the_line_is_prose_not_a_row():
    text = ("Sasaran 3: Meningkatnya konsumsi ikan masyarakat\n"
            "Angka   konsumsi  ikan  masyarakat  Kabupaten  Tanjung  Lestari  tahun  2025  "
            "mencapai  35,84\n"
            "kg/kapita/tahun, dari target 36,00 kg/kapita/tahun.\n")
    doc = parse_text(text, "laporan.txt")
    assert doc.tables == []
    assert any("35,84" in s.text for s in doc.sentences)


CELLS_TOTAL_AFTER = """\
Tabel 1.2 Jumlah Pegawai menurut Golongan

No

Golongan/Status

L

P

Jumlah

1

PNS Golongan IV

4

1

5

2

PNS Golongan III

11

9

20

3

PPPK

3

3

6

18

13

{total}

Jumlah
1.5 Isu Strategis
Isu strategis yang dihadapi pada tahun 2025 adalah menjaga kondusivitas wilayah setelah
pemilihan kepala daerah serentak dan rendahnya kepatuhan organisasi kemasyarakatan.
"""


def test_plain_pdftotext_prints_the_total_label_after_its_figures():
    doc = parse_text(CELLS_TOTAL_AFTER.format(total="31"), "laporan.txt")
    [table] = doc.tables
    assert [r.label for r in table.rows][-1] == "Jumlah"
    assert [c.text for c in table.rows[-1].cells][-3:] == ["18", "13", "31"]
    assert [c.text for c in table.rows[-2].cells][-3:] == ["3", "3", "6"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(CELLS_TOTAL_AFTER.format(total="32"), "laporan.txt"))
    assert {(f.rule, f.stated, f.expected) for f in broken.findings} >= {("footing", "32", "31")}


OFFSET_DASH = """\
Tabel 3.4 Perolehan Medali menurut Cabang Olahraga

No    Cabang Olahraga            Emas        Perak         Perunggu      Jumlah

1.    Atletik                       4           3                5           12
2.    Renang                        3           2                2            7
3.    Catur                         1               -            1            2
4.    Tenis Meja                    -           1                 -           1
5.    Panahan                       2           1                1            4
      Jumlah                       10           7                9           26

Perolehan medali dirinci di atas.
"""


def test_a_dash_printed_off_its_column_stays_in_that_column():
    doc = parse_text(OFFSET_DASH, "laporan.txt")
    [table] = doc.tables
    assert table.columns == ["No", "Cabang Olahraga", "Emas", "Perak", "Perunggu", "Jumlah"]
    assert [c.text for c in table.rows[2].cells] == ["3.", "Catur", "1", "-", "1", "2"]
    assert audit_document(doc).findings == []


CELLS_NUMBER_ROW_AND_GROUPS = """\
Tabel 1.1 Keadaan Pegawai Menurut Jabatan dan Pendidikan

No
Jabatan
Jumlah
S1
D3
1
2
3
4
5
A
JABATAN STRUKTURAL
1
Kepala Dinas
1
1
-
2
Sekretaris
2
1
{d3}
B
JABATAN FUNGSIONAL
1
Pustakawan Ahli
5
4
1

Pegawai fungsional terbanyak adalah pustakawan ahli, sedangkan jabatan struktural diisi oleh
pegawai berpendidikan sarjana sesuai ketentuan yang berlaku.
"""


def test_cells_after_a_column_number_row_and_lone_group_markers_are_rows():
    doc = parse_text(CELLS_NUMBER_ROW_AND_GROUPS.format(d3="1"), "laporan.txt")
    [table] = doc.tables
    assert [r.kind for r in table.rows] == ["group", "data", "data", "group", "data"]
    assert [c.text for c in table.rows[0].cells][0] == "A. JABATAN STRUKTURAL"
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(CELLS_NUMBER_ROW_AND_GROUPS.format(d3="2"), "x.txt"))
    assert [(f.rule, f.stated, f.expected) for f in broken.findings] == [
        ("crossfooting", "2", "3")]


SCALE_CELLS = """\
Capaian per indikator disajikan berikut.

Tabel 3.1 Capaian Indikator Kinerja Tahun 2025
No
Indikator Kinerja
Target
Realisasi
Capaian (%)
Predikat
1
Persentase arsip yang tertata
80,00
76,47
95,59
Sangat Tinggi
2
Persentase koleksi yang terdigitalisasi
25,00
18,60
74,40
{grade}

Tabel 3.2 Skala Nilai Peringkat Kinerja
{scale}

Skala tersebut dipakai untuk seluruh indikator.
"""

KEYED_SCALE = """\
No
Interval Capaian
Predikat
1
≥ 91
Sangat Tinggi
2
76 ≤ 90
Tinggi
3
66 ≤ 75
Sedang
4
≤ 65
Rendah"""

UNKEYED_SCALE = """\
Capaian (%)
Predikat
≥ 91,00
Sangat Tinggi
76,00 - 90,99
Tinggi
66,00 - 75,99
Sedang
< 66,00
Rendah"""


def test_a_rating_scale_printed_one_cell_per_line_is_read_and_judges_the_grades():
    # Plain pdftotext prints the scale a cell per line; its interval cells are no figures,
    # yet each row gives one cell per header column: the scale is read, with or without
    # row numbers, and the grade the capaian table gives is judged against it.
    for scale in (KEYED_SCALE, UNKEYED_SCALE):
        doc = parse_text(SCALE_CELLS.format(grade="Sedang", scale=scale), "skala.txt")
        caps = [t for t in doc.tables if "Skala" in (t.caption or "")]
        assert len(caps) == 1
        assert [r.cells[-1].text for r in caps[0].rows] == [
            "Sangat Tinggi", "Tinggi", "Sedang", "Rendah"]
        assert [f.rule for f in audit_document(doc).findings] == []
        broken = audit_document(parse_text(SCALE_CELLS.format(grade="Tinggi", scale=scale),
                                           "skala.txt"))
        assert [(f.rule, f.stated) for f in broken.findings] == [("category", "74,40 Tinggi")]


POKDAKAN_CELLS = """\
Tabel 3.5 Jumlah Kelompok Binaan per Kecamatan
No
Kecamatan
2024
2025
1
Lintang
58
66
2
Batu Karang
112
124
3
Teluk Gading
96
101
Jumlah
266
{total}
3. Nilai Tukar Nelayan (NTN)
NTN tahun 2025 sebesar 103,12 dari target 104,50.
"""


def test_a_closing_total_row_ends_a_cell_per_line_table_before_the_next_heading():
    doc = parse_text(POKDAKAN_CELLS.format(total="291"), "pokdakan.txt")
    [table] = doc.tables
    assert [[c.text for c in r.cells] for r in table.rows][-1] == ["Jumlah", "", "266", "291"]
    assert audit_document(doc).findings == []
    assert any("Nilai Tukar Nelayan" in s.text for s in doc.sentences)
    broken = audit_document(parse_text(POKDAKAN_CELLS.format(total="281"), "pokdakan.txt"))
    assert [(f.rule, f.stated, f.expected) for f in broken.findings] == \
        [("footing", "281", "291")]


AVERAGE_CELLS = """\
Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025
No
Sasaran Strategis
Indikator Kinerja
Target
Realisasi
Capaian (%)
Predikat
1
Meningkatnya mutu pelayanan
Indeks Kepuasan Masyarakat
82,00
84,36
102,88
Sangat Baik
2
Bed Occupancy Rate
75,00
71,84
95,79
Baik
3
Cost Recovery Rate
90,00
86,45
{capaian}
Baik
Rata-rata capaian
98,24
Baik
"""


def test_a_closing_average_row_fills_the_columns_beside_its_predicate():
    # "Rata-rata capaian | 98,24 | Baik": the one figure belongs to the capaian column,
    # anchored by the predicate after it; the table is read, not left out.
    doc = parse_text(AVERAGE_CELLS.format(capaian="96,06"), "rsud.txt")
    [table] = doc.tables
    last = [c.text for c in table.rows[-1].cells]
    assert last[2:] == ["Rata-rata capaian", "", "", "98,24", "Baik"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(AVERAGE_CELLS.format(capaian="69,06"), "rsud.txt"))
    assert ("ratio", "69,06") in [(f.rule, f.stated) for f in broken.findings]


NAMES_FIRST_SCALE = """\
Kategori

Rentang Capaian (%)

Sangat Tinggi

≥ 91,00

Tinggi

76,00 – 90,99

Sedang

66,00 – 75,99

Rendah

≤ 65,99"""


def test_a_scale_whose_rows_open_with_the_name_is_read_with_the_right_header():
    # Cells apart by blank lines, a name before its interval: the first name is a row's,
    # not a third header cell, because only a two-column header leaves rows of one shape.
    doc = parse_text(SCALE_CELLS.format(grade="Sedang", scale=NAMES_FIRST_SCALE), "s.txt")
    [scale] = [t for t in doc.tables if "Skala" in (t.caption or "")]
    assert scale.columns == ["Kategori", "Rentang Capaian (%)"]
    assert [r.cells[0].text for r in scale.rows] == ["Sangat Tinggi", "Tinggi", "Sedang",
                                                     "Rendah"]
    broken = audit_document(parse_text(SCALE_CELLS.format(grade="Tinggi",
                                                          scale=NAMES_FIRST_SCALE), "s.txt"))
    assert [(f.rule, f.stated) for f in broken.findings] == [("category", "74,40 Tinggi")]


PESERTA_CELLS = """\
Tabel 3.7 Peserta Sosialisasi Tahun 2025
No
Kelompok Sasaran
Jumlah
Kegiatan
(kali)
Peserta (orang)
L
P
Jumlah
1
Sekolah
14
212
248
460
2
Pelaku usaha
9
186
121
{total}
3
Perkantoran
6
98
87
185
Jumlah
29
496
456
952
"""


def test_a_title_spanning_sub_columns_beside_a_cell_wrapped_over_two_lines():
    # "Peserta (orang)" spans L | P | Jumlah; "Jumlah" / "Kegiatan (kali)" is one cell
    # wrapped over two lines, not a title over it, and L is no title over P
    doc = parse_text(PESERTA_CELLS.format(total="307"), "damkar.txt")
    [table] = doc.tables
    assert table.columns[2:] == ["Jumlah Kegiatan (kali)", "Peserta (orang) / L",
                                 "Peserta (orang) / P", "Peserta (orang) / Jumlah"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(PESERTA_CELLS.format(total="317"), "damkar.txt"))
    assert ("crossfooting", "317") in [(f.rule, f.stated) for f in broken.findings]


def test_a_sentence_carried_over_a_page_break_is_one_sentence():
    page = "LKjIP Tahun 2025 - Dinas Pemadam Kebakaran Kabupaten Sungai Jernih"
    text = "\n".join([page, "", "Pendahuluan singkat tentang dinas ini.", ""]
                     + [f"Paragraf {i} yang menjelaskan kegiatan dinas." for i in range(3)]
                     + ["", "Halaman 1", "", page, "",
                        "Sosialisasi diikuti 1.684 peserta; peserta terbanyak berasal dari "
                        "kelompok", "", "Halaman 2", "", page,
                        "", "sasaran sekolah, yaitu 406 orang siswa dan guru.", "",
                        "Halaman 3", "", page, "", "Penutup."])
    doc = parse_text(text, "x.txt")
    [joined] = [s for s in doc.sentences if "406" in s.text]
    assert joined.text.endswith("terbanyak berasal dari kelompok sasaran sekolah, yaitu 406 "
                                "orang siswa dan guru.")
    assert joined.text.startswith("Sosialisasi diikuti 1.684 peserta")


PROGRAM_AMOUNTS = """\
Perjanjian Kinerja tersebut didukung anggaran program sebagai berikut.

Tabel 2.2 Anggaran Program dalam Perjanjian Kinerja
Program
Anggaran (Rp)
Program Penunjang Urusan Pemerintahan
Daerah Kabupaten/Kota
4.031.660.000
Program Penanggulangan Bencana
{pagu}

BAB III AKUNTABILITAS KINERJA

Tabel 3.5 Realisasi Anggaran per Program
Kode
Program
Pagu (Rp)
Realisasi (Rp)
%
1.05.01
Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota
4.031.660.000
3.902.112.500
96,79
1.05.03
Program Penanggulangan Bencana
3.909.450.000
3.750.833.195
95,94
"""


def test_a_two_row_list_of_names_and_amounts_printed_one_cell_per_line():
    # too short for the general reader (two figures), but a name (wrapped or not) followed
    # by one amount leaves nothing to guess; the pagu then ties to the realisation table
    doc = parse_text(PROGRAM_AMOUNTS.format(pagu="3.909.450.000"), "bpbd.txt")
    [pk] = [t for t in doc.tables if "2.2" in (t.caption or "")]
    assert [[c.text for c in r.cells] for r in pk.rows] == [
        ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "4.031.660.000"],
        ["Program Penanggulangan Bencana", "3.909.450.000"]]
    assert [f for f in audit_document(doc).findings if f.rule == "pagu_mismatch"] == []
    broken = audit_document(parse_text(PROGRAM_AMOUNTS.format(pagu="3.919.450.000"), "b.txt"))
    assert [f.rule for f in broken.findings if f.rule == "pagu_mismatch"] == ["pagu_mismatch"]


def _blocks(cells: list[str]) -> str:
    """Plain pdftotext of a ruled table: every cell its own block, blocks apart by a blank
    line, the lines of one wrapped cell directly under each other."""
    return "\n\n".join(cells) + "\n"


def _response_cells(pct: str) -> str:
    header = ["No", "Puskesmas", "Jumlah\nRujukan", "Dirujuk ≤ 2\nJam", "%",
              "Rata-rata Waktu\nRujukan (jam)"]
    rows = [["1", "Sukamaju", "40", "36", "90,00", "1,20"],
            ["2", "Puskesmas Rawat Inap\nTanjung Harapan", "25", "20", pct, "1,85"],
            ["3", "Lembah Hijau", "35", "28", "80,00", "1,60"],
            ["4", "Bukit Indah", "20", "19", "95,00", "1,05"]]
    lines = ["Tabel 3.4 Rujukan Pasien Gawat Darurat per Puskesmas Tahun 2025"]
    lines += header + [cell for row in rows for cell in row]
    lines += ["Jumlah", "120", "103", "85,83", "1,43"]
    return "Rujukan pasien tercatat pada tabel berikut.\n\n" + _blocks(lines) \
        + "\nDemikian rujukan pasien tahun 2025.\n"


def test_cells_apart_by_blank_lines_join_the_lines_of_one_wrapped_cell():
    # "Jumlah" / "Rujukan" is one header cell and "Puskesmas Rawat Inap" / "Tanjung
    # Harapan" one label: read apart they shift the columns and the rate is never checked
    doc = parse_text(_response_cells("80,00"), "rujukan.txt")
    [table] = doc.tables
    assert table.columns[1:] == ["Puskesmas", "Jumlah Rujukan", "Dirujuk ≤ 2 Jam", "%",
                                 "Rata-rata Waktu Rujukan (jam)"]
    assert table.rows[1].cells[1].text == "Puskesmas Rawat Inap Tanjung Harapan"
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_response_cells("88,00"), "rujukan.txt"))
    assert ("ratio", "88,00") in [(f.rule, f.stated) for f in broken.findings]


def _comparison_cells(r2024: str) -> str:
    # a caption of a number only, its title on the next line; "Realisasi" spans the year
    # columns, and plain pdftotext prints all four in one block
    lines = ["Tabel 3.3\nPerbandingan Realisasi Kinerja Tahun 2023, 2024 dan 2025\n"
             "Realisasi\nNo", "Indikator Kinerja", "Satuan\n2023", "2024", "2025",
             "Target\nRenstra\n2026",
             "1", "Indeks Kepuasan Masyarakat (IKM) terhadap layanan\nkantor camat", "Nilai",
             "81,06", r2024, "84,75", "86,00",
             "2", "Persentase layanan administrasi yang selesai tepat\nwaktu", "%",
             "90,18", "91,74", "94,66", "95,00"]
    return ("Laporan Kinerja Kecamatan Tahun 2025\n\n" + _blocks(lines)
            + "\nNilai IKM tahun 2025 naik sebesar 1,63 poin dibandingkan tahun 2024.\n")


def test_a_numbered_caption_its_title_and_a_title_block_over_no_are_read_apart():
    doc = parse_text(_comparison_cells("83,12"), "kecamatan.txt")
    [table] = doc.tables
    assert table.caption == ("Tabel 3.3 Perbandingan Realisasi Kinerja Tahun 2023, 2024 dan "
                             "2025")
    assert table.columns == ["No", "Indikator Kinerja", "Satuan", "2023", "2024", "2025",
                             "Target Renstra 2026"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_comparison_cells("83,21"), "kecamatan.txt"))
    assert ("change_vs_table", "1,63 poin") in [(f.rule, f.stated) for f in broken.findings]


def _grade_cells(grade: str) -> str:
    lines = ["Tabel 3.5\nNilai Interval dan Mutu Pelayanan", "Mutu\nPelayanan",
             "Nilai Interval\nKonversi (NIK)", "Kinerja Unit\nPelayanan",
             "A", "88,31 - 100,00", "Sangat Baik", "B", "76,61 - 88,30", "Baik",
             "C", "65,00 - 76,60", "Kurang Baik", "D", "25,00 - 64,99", "Tidak Baik"]
    return ("Laporan Kinerja Tahun 2025\n\n" + _blocks(lines)
            + f"\nNilai IKM tahun 2025 sebesar 84,75 termasuk mutu {grade} (Baik).\n")


def test_a_letter_grade_opens_the_first_row_of_a_scale_printed_one_block_per_cell():
    doc = parse_text(_grade_cells("B"), "ikm.txt")
    [table] = doc.tables
    assert table.columns == ["Mutu Pelayanan", "Nilai Interval Konversi (NIK)",
                             "Kinerja Unit Pelayanan"]
    assert [r.cells[0].text for r in table.rows] == ["A", "B", "C", "D"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_grade_cells("A"), "ikm.txt"))
    assert [(f.rule, f.expected) for f in broken.findings] == [("category", "B")]


def _centred_pk(target: str) -> str:
    # an unruled table as pdftotext -layout prints it from a word processor that centres
    # cells vertically: every label of two lines has one line above its figures and one
    # below, so no figure line prints any of it; "No" one space before the next title; the
    # first row's label begins under the blank line that ends the header
    rows = [("Persentase kesesuaian pemanfaatan ruang", "1.", "dengan rencana tata ruang",
             "%", "82,00", target),
            ("Persentase wilayah perencanaan yang telah", "2.", "memiliki RDTR yang ditetapkan",
             "%", "80,00", "80,00"),
            ("Rata-rata waktu penyelesaian pengaduan", "3.", "pelanggaran pemanfaatan ruang",
             "hari", "15,00", "14,00")]
    out = ["Laporan Kinerja Tahun 2025", "",
           "                          Tabel 2.1 Perjanjian Kinerja Tahun 2025", "",
           "  No Indikator Kinerja                          Satuan    Target Awal   Target"
           " Perubahan",
           "                                                              2025           2025",
           ""]
    for above, number, below, unit, first, second in rows:
        out += [f"      {above}",
                f"  {number:<44}{unit:<10}{first:>11}{second:>16}",
                f"      {below}"]
    out += ["", f"Target perubahan indikator pertama sebesar {target} persen.", ""]
    return "\n".join(out) + "\n"


def test_labels_wrapped_around_figure_lines_that_print_none_of_them_have_a_column():
    doc = parse_text(_centred_pk("84,00"), "pk.txt")
    [table] = doc.tables
    assert table.columns == ["No", "Indikator Kinerja", "Satuan", "Target Awal 2025",
                             "Target Perubahan 2025"]
    labels = [r.cells[1].text for r in table.rows]
    assert labels == ["Persentase kesesuaian pemanfaatan ruang dengan rencana tata ruang",
                      "Persentase wilayah perencanaan yang telah memiliki RDTR yang ditetapkan",
                      "Rata-rata waktu penyelesaian pengaduan pelanggaran pemanfaatan ruang"]
    assert [r.cells[2].text for r in table.rows] == ["%", "%", "hari"]


def test_a_scale_whose_bounds_are_printed_apart_from_their_dash_is_read():
    # "Tinggi   76,00  -  90,99": the bounds and the dash land in cells of their own
    text = ("Laporan Kinerja Tahun 2025\n\nTabel 3.1 Skala Nilai Capaian Kinerja\n\n"
            "| Kategori | Batas Bawah | | Batas Atas |\n|---|---|---|---|\n"
            "| Sangat Tinggi | 91,00 | - | 100,00 |\n| Tinggi | 76,00 | - | 90,99 |\n"
            "| Sedang | 66,00 | - | 75,99 |\n| Rendah | 51,00 | - | 65,99 |\n\n"
            "Capaian indikator ini sebesar 75,00% dengan kategori {grade}.\n")
    assert audit_document(parse_text(text.format(grade="Sedang"), "s.md")).findings == []
    found = audit_document(parse_text(text.format(grade="Tinggi"), "s.md")).findings
    assert [(f.rule, f.expected) for f in found] == [("category", "Sedang")]


def _capaian_cells(realisasi: str) -> str:
    # plain pdftotext prints a cell spanning the header's two rows before the second row's
    # cells: "Predikat" comes out in one block with "Target", "Target Akhir Renstra 2026"
    # before "Satuan"; the names are put back over the cells of their kind
    first = ["Tabel 3.2\nCapaian Indikator Kinerja Tahun 2025\nTahun 2025\nNo",
             "Indikator Kinerja", "Satuan", "Predikat\nTarget", "Realisasi", "Capaian (%)",
             "1", "Persentase pasar rakyat dalam kondisi\nbaik", "%", "70,00", realisasi,
             "95,24", "Sangat Tinggi",
             "2", "Jumlah IKM bersertifikat halal", "unit", "120", "134", "111,67",
             "Sangat Tinggi",
             "3", "Persentase pengaduan konsumen yang\nditindaklanjuti", "%", "100,00",
             "92,31", "92,31", "Sangat Tinggi"]
    second = ["Tabel 3.3\nPerbandingan Realisasi Kinerja Tahun 2023-2025\nRealisasi\nNo",
              "Indikator Kinerja", "Target Akhir\nRenstra 2026", "Satuan\n2023", "2024",
              "2025",
              "1", "Persentase pasar rakyat dalam kondisi\nbaik", "%", "50,00", "58,33",
              "66,67", "75,00",
              "2", "Jumlah IKM bersertifikat halal", "unit", "87", "112", "134", "150",
              "3", "Persentase pengaduan konsumen yang\nditindaklanjuti", "%", "88,24",
              "90,00", "92,31", "100,00"]
    prose = ("Capaian indikator dibandingkan dengan realisasi tahun-tahun sebelumnya disajikan "
             "pada tabel berikut ini.\n\n")
    return ("Laporan Kinerja Tahun 2025\n\n" + _blocks(first) + "\n" + prose
            + _blocks(second) + "\n" + prose)


def test_header_names_printed_out_of_order_are_put_over_cells_of_their_kind():
    doc = parse_text(_capaian_cells("66,67"), "perdagangan.txt")
    capaian, comparison = doc.tables
    assert capaian.columns == ["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
                               "Capaian (%)", "Predikat"]
    assert comparison.columns == ["No", "Indikator Kinerja", "Satuan", "2023", "2024", "2025",
                                  "Target Akhir Renstra 2026"]
    assert [f for f in audit_document(doc).findings if f.severity >= Severity.MAJOR] == []
    broken = audit_document(parse_text(_capaian_cells("66,76"), "perdagangan.txt"))
    # the two tables' realisasi are compared (which one is wrong, nothing else here says)
    assert any(f.rule == "cross_table" and {f.stated, f.expected} == {"66,67", "66,76"}
               for f in broken.findings)


_CENTRED_CODED = """\
Tabel 3.9 Realisasi Anggaran per Program dan Kegiatan Tahun 2025
   Kode                Program / Kegiatan                                   Pagu            Realisasi         Capaian
                                                                            (Rp)              (Rp)              (%)
   2.24.01             PROGRAM PENUNJANG URUSAN
                                                                       400.000.000       380.000.000          95,00
                       PEMERINTAHAN DAERAH
   2.24.01.2.01        Perencanaan, Penganggaran, dan Evaluasi
                                                                       150.000.000       140.000.000          93,33
                       Kinerja Perangkat Daerah
   2.24.01.2.02        Administrasi Keuangan Perangkat Daerah          250.000.000       240.000.000          96,00
   2.24.04             PROGRAM PERIZINAN PENGGUNAAN ARSIP               20.000.000        18.000.000          90,00
   2.24.04.2.01        Penerbitan Izin Penggunaan Arsip yang
                       Bersifat Tertutup                                20.000.000        18.000.000          90,00
                       Jumlah                                          420.000.000       398.000.000          94,76
"""  # noqa: E501


def test_a_coded_label_top_above_centred_figures_begins_its_row():
    # "2.24.01.2.01  Perencanaan, ..." has no figures: the figure line below it, with no
    # code of its own, is that row's (the cell centred vertically), not a group's child;
    # "2.24.04.2.01" under a program row with figures is that program's kegiatan
    table = parse_text(_CENTRED_CODED, "laporan.txt").tables[0]
    codes = [r.cells[0].text for r in table.rows]
    assert codes == ["2.24.01", "2.24.01.2.01", "2.24.01.2.02", "2.24.04", "2.24.04.2.01", ""]
    assert table.rows[1].cells[1].text == \
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
    assert table.rows[1].figure(2).value == Decimal("150000000")
    # the kegiatan foot to the program and the total row: no finding on the clean table
    assert audit_document(parse_text(_CENTRED_CODED, "laporan.txt")).findings == []


def test_a_scale_band_with_single_spaces_is_one_cell_and_a_captions_year_no_header():
    text = """\
              Tabel 3.3 Skala Predikat Hasil Pengawasan Tahun
                                          2025
        No            Rentang Nilai                   Predikat           Keterangan
         1            90,01 - 100,00                    AA               Sangat Memuaskan
         2             80,01 - 90,00                     A               Memuaskan
         3             70,01 - 80,00                    BB               Sangat Baik
"""
    table = parse_text(text, "laporan.txt").tables[0]
    assert table.columns == ["No", "Rentang Nilai", "Predikat", "Keterangan"]
    assert [r.cells[1].text for r in table.rows] == ["90,01 - 100,00", "80,01 - 90,00",
                                                     "70,01 - 80,00"]


def test_a_capitalised_label_wrapping_after_a_comma_is_no_sentence():
    text = """\
                      Tabel 1.1 Pegawai menurut Jenis Tenaga
  No                           Jenis Tenaga                                  PNS        PPPK      Jumlah
   1    Dokter Spesialis Kedokteran Jiwa (Psikiater)                           9           2          11
        Dokter Spesialis Lain (Saraf, Penyakit Dalam, Anak,
   2                                                                           5           1           6
        Radiologi, Patologi Klinik)
   3    Dokter Umum dan Dokter Gigi                                           13           3          16
                              Jumlah                                          27           6          33
"""  # noqa: E501
    [table] = parse_text(text, "laporan.txt").tables
    assert [r.cells[0].text for r in table.rows if r.kind == "data"] == ["1", "2", "3"]
    assert audit_document(parse_text(text, "laporan.txt")).findings == []


# pdftotext -layout of a ruled table whose titles are centred in wide cells while the
# figures are right-aligned: every title ends left of its column's figures.
CENTRED_TITLES = """\
Tabel 3.5 Gangguan Keamanan Tahun 2023-2025

 No          Jenis Gangguan                     2023            2024              2025
  1    Pelarian warga binaan                              2               1                 1
  2    Perkelahian antarwarga binaan                      4               3                 2
  3    Penyelundupan telepon seluler                      3               2                 1
  4    Kerusuhan                                          1               -                 -
                 Jumlah                                  10               6                 4
"""


def test_titles_centred_left_of_right_aligned_figures_name_their_own_columns():
    doc = parse_text(CENTRED_TITLES, "x.txt")
    [table] = doc.tables
    assert table.columns[-3:] == ["2023", "2024", "2025"]
    # a falling count is no formula between its years (4 − 3 ≠ 2 is no break)
    assert [f for f in audit_document(doc).findings if f.severity.label == "major"] == []


# --- plain pdftotext of a ruled table: every cell its own block, a blank line between cells

def _blank_separated(cells: list[str]) -> str:
    return "\n\n".join(cells) + "\n"


KEJARI_LIKE = (
    "Tabel 2.1 Perjanjian Kinerja Tahun 2025 (Target Awal dan Perubahan)\n"
    + _blank_separated([
        "No", "Indikator Kinerja Utama", "Target\nAwal", "Target\nPerubahan",
        "1", "Persentase perkara tindak pidana umum yang dilimpahkan ke\npengadilan",
        "90,00", "92,00",
        "2", "Persentase penyidikan perkara tindak pidana korupsi yang diselesaikan",
        "75,00", "75,00",
        "3", "Persentase eksekusi putusan pidana umum yang telah berkekuatan\nhukum tetap",
        "90,00", "90,00",
        "Halaman 4 dari 13",
        "4", "Persentase penyelesaian perkara perdata dan tata usaha negara", "80,00", "85,00",
    ])
    + "\nTarget perubahan dipakai sebagai dasar pengukuran pada BAB III.\n"
)


def test_a_long_label_after_one_blank_line_stays_in_its_table():
    # pdftotext parts every cell by a blank line; a label of nine words is still a cell,
    # and a page number in words is no cell at all
    [table] = parse_text(KEJARI_LIKE, "kejari.txt").tables
    assert table.columns == ["No", "Indikator Kinerja Utama", "Target Awal", "Target Perubahan"]
    assert [[c.text for c in r.cells] for r in table.rows][1:3] == [
        ["2", "Persentase penyidikan perkara tindak pidana korupsi yang diselesaikan",
         "75,00", "75,00"],
        ["3", "Persentase eksekusi putusan pidana umum yang telah berkekuatan hukum tetap",
         "90,00", "90,00"],
    ]
    assert len(table.rows) == 4


RENSTRA_LIKE = (
    "Tabel 3.8 Perbandingan Realisasi IKU Tahun 2023-2025 dan Target Renstra\n"
    + _blank_separated([
        "Indikator", "2023", "2024", "2025", "Target\nRenstra\n2025", "Target\nRenstra\n2029",
        "IKU 1 Pelimpahan perkara pidana\numum ke pengadilan (%)",
        "91,84", "93,28", "95,63", "90,00", "96,00",
        "IKU 3 Eksekusi putusan\nberkekuatan hukum tetap (%)",
        "92,10", "94,02", "95,79", "90,00", "95,00",
        "IKU 4 Penyelesaian perkara perdata\ndan TUN (%)",
        "75,00", "81,25", "85,00", "80,00", "90,00",
    ])
)


def test_a_year_under_its_title_ends_the_title_and_a_named_row_ends_the_header():
    [table] = parse_text(RENSTRA_LIKE, "kejari.txt").tables
    assert table.columns == ["Indikator", "2023", "2024", "2025", "Target Renstra 2025",
                             "Target Renstra 2029"]
    assert [r.cells[0].text for r in table.rows] == [
        "IKU 1 Pelimpahan perkara pidana umum ke pengadilan (%)",
        "IKU 3 Eksekusi putusan berkekuatan hukum tetap (%)",
        "IKU 4 Penyelesaian perkara perdata dan TUN (%)"]


def test_a_captions_year_on_a_line_of_its_own_is_no_header_cell():
    text = ("Tabel 3.1 Capaian Indikator Kinerja Tahun 2025\nTahun 2025\n"
            + _blank_separated([
                "Indikator Kinerja\nTarget", "Realisasi", "Capaian\n(%)", "Predikat",
                "IKU 1 Lulusan bekerja atau studi lanjut", "75,00", "78,07", "104,09",
                "Sangat Baik",
                "IKU 2 Mahasiswa belajar di luar kampus", "30,00", "27,94", "93,13", "Baik",
                "IKU 3 Dosen berkegiatan di luar kampus", "30,00", "33,70", "112,33",
                "Sangat Baik"]))
    tables = parse_text(text, "polnep.txt").tables
    # "Indikator Kinerja" over "Target" printed as one block: the header's titles cannot
    # all be placed, so the table is read only if the predikat stays in its own column
    for table in tables:
        assert all(not r.cells[0].text.startswith(("Baik", "Sangat")) for r in table.rows)


# --- pdftotext -layout: a run of rows set a little to the left, a code run into the name

SAR_LIKE = """\
                Tabel 1.3 Kondisi Sarana Prasarana SAR per 31 Desember 2025 (unit)
No                      Jenis Sarana                         Kondisi              Rusak         Rusak        Jumlah
                                                              Baik                Ringan        Berat
1.    Kapal SAR (KN SAR) 40 meter                                      1                   -             -             1
2.    Rigid Inflatable Boat (RIB)                                      4                   1             -             5
      8-12 meter
3.    Perahu karet (rubber boat)                                       9                   2            1             12
      beserta mesin tempel
4.    Jet ski / personal water craft                                   3                   1            -              4
5.    Truk personel dan truk                                           3                   -            1              4
      angkut peralatan
6.    Ambulans                                                        2                 -               -              2
7.    Sepeda motor trail                                              8                 2               1             11
      Jumlah                                                         30                 6               3             39
Sumber: Seksi Sumber Daya.
"""  # noqa: E501


def test_rows_set_off_their_columns_join_the_titled_column():
    [table] = parse_text(SAR_LIKE, "sar.txt").tables
    assert table.columns[-4:] == ["Kondisi Baik", "Rusak Ringan", "Rusak Berat", "Jumlah"]
    rows = {r.cells[1].text: [c.text for c in r.cells[-4:]] for r in table.rows}
    assert rows["Ambulans"] == ["2", "-", "-", "2"]
    assert rows["Jet ski / personal water craft"] == ["3", "1", "-", "4"]
    assert audit_document(parse_text(SAR_LIKE, "sar.txt")).findings == []
    broken = SAR_LIKE.replace("2                 -               -              2",
                              "2                 -               -              3")
    assert [(f.rule, f.line) for f in audit_document(parse_text(broken, "sar.txt")).findings
            if f.severity >= Severity.MAJOR] == [("crossfooting", 12)]


CENTRED_BEFORE = """\
                Tabel 1.2 Pegawai menurut Jabatan Fungsional Tahun 2025
No          Jabatan Fungsional                    L          P        Jumlah
            Penyuluh Kesehatan
1.          Masyarakat Ahli                       3          2             5
            Pertama
            Pranata
2.          Komputer Ahli                         1          1             2
            Muda
            Jumlah                                4          3             7

"""


def test_a_label_that_runs_on_in_lower_case_shows_labels_printed_from_the_top():
    # another table of the document prints its cells centred; this one's "angkut
    # peralatan" and "beserta mesin tempel" show its own labels printed from the top
    table = parse_text(CENTRED_BEFORE + SAR_LIKE, "sar.txt").tables[-1]
    labels = [r.cells[1].text for r in table.rows]
    assert "Rigid Inflatable Boat (RIB) 8-12 meter" in labels
    assert "Perahu karet (rubber boat) beserta mesin tempel" in labels


KL_BUDGET = """\
               Tabel 3.9 Realisasi Anggaran per Program, Kegiatan, dan RO Tahun 2025
      Kode               Program/Kegiatan/RO                   Pagu Revisi            Realisasi         %
                                                                  (Rp)                  (Rp)
114.01.WA    Program Dukungan Manajemen                       26.843.010.000        26.394.951.050     98,33
5570         Dukungan Manajemen Kantor SAR                    26.843.010.000        26.394.951.050     98,33
5570.EBA.994 Layanan Perkantoran                              22.418.560.000        22.104.117.850     98,60
5570.EBA.956 Layanan BMN                                       4.424.450.000         4.290.833.200     96,98
114.01.DL    Program Pencarian dan Pertolongan                14.393.990.000        14.044.257.850     97,57
5572         Penyelenggaraan Operasi Pencarian                14.393.990.000        14.044.257.850     97,57
5572.QAH.001 Layanan Operasi Pencarian                          6.850.000.000        6.712.460.300     97,99
5572.QAH.002 Layanan Siaga SAR pada                             7.543.990.000        7.331.797.550     97,19
             Periode Khusus
             Jumlah                                           41.237.000.000        40.439.208.900     98,07
Sumber: aplikasi SAKTI.
"""  # noqa: E501


def test_an_output_code_run_into_its_name_is_split_off_and_sets_the_level():
    [table] = parse_text(KL_BUDGET, "sar.txt").tables
    codes = [r.cells[0].text for r in table.rows]
    assert "5570.EBA.994" in codes and "5572.QAH.002" in codes
    assert not [f for f in audit_document(parse_text(KL_BUDGET, "sar.txt")).findings
                if f.severity >= Severity.MAJOR]
    broken = KL_BUDGET.replace("4.424.450.000", "4.424.540.000")
    assert [(f.rule, f.line) for f in audit_document(parse_text(broken, "sar.txt")).findings
            if f.severity >= Severity.MAJOR][:1] == [("footing", 5)]


def test_a_total_title_printed_before_its_parts_goes_over_the_column_of_sums():
    # "Jumlah" spans the header's two rows and prints before "L" and "P" (under "Jenis
    # Kelamin"); the last column holds L + P, so that is where "Jumlah" stands
    text = ("Tabel 1.2\nPegawai menurut Golongan dan Jenis Kelamin\n" + _blank_separated([
        "Jenis Kelamin\nNo", "Golongan / Status", "Jumlah\nL", "P",
        "1", "Golongan IV/b", "1", "-", "1",
        "2", "Golongan IV/a", "1", "1", "2",
        "3", "Golongan III/d", "3", "2", "5",
        "4", "Golongan III/c", "2", "{p}", "6",
        "5", "Golongan III/b", "3", "4", "7",
        "6", "Golongan III/a", "2", "3", "5",
        "Jumlah", "12", "{total}", "26"]))
    [table] = parse_text(text.format(p="4", total="14"), "kecamatan.txt").tables
    assert table.columns[-3:] == ["L", "P", "Jumlah"]
    assert [f for f in audit_document(parse_text(text.format(p="4", total="14"), "k.txt")
                                      ).findings if f.severity >= Severity.MAJOR] == []
    broken = audit_document(parse_text(text.format(p="3", total="13"), "k.txt")).findings
    assert ("crossfooting", "6") in {(f.rule, f.stated) for f in broken}


def test_a_ministry_budget_table_one_cell_per_line_over_a_page_break():
    # kegiatan codes of four bare digits (4741) open rows as the outputs' codes do, and the
    # header printed again at the top of the next page ("\fKode") is no row
    cells = ["Kode", "Program / Kegiatan / Rincian Output", "Pagu (Rp)", "Realisasi (Rp)", "%",
             "006.01.WA", "Program Dukungan Manajemen", "900.000.000", "880.000.000", "97,78",
             "4741", "Dukungan Manajemen dan Pelaksanaan\nTugas Teknis Lainnya",
             "900.000.000", "880.000.000", "97,78",
             "4741.EBA.994", "Layanan Perkantoran", "700.000.000", "690.000.000", "98,57",
             "4741.EBA.956", "Layanan Barang Milik Negara", "200.000.000", "190.000.000",
             "{pct}",
             "Halaman 11 dari 13",
             "\fKode", "Program / Kegiatan / Rincian Output", "Pagu (Rp)", "Realisasi (Rp)",
             "%",
             "006.01.DL", "Program Penegakan Hukum", "300.000.000", "270.000.000", "90,00",
             "4755", "Penanganan Perkara Tindak Pidana Umum", "300.000.000", "270.000.000",
             "90,00",
             "4755.BAH.001", "Perkara yang Diselesaikan", "300.000.000", "270.000.000", "90,00",
             "Jumlah", "1.200.000.000", "1.150.000.000", "95,83"]
    text = ("Tabel 3.9 Realisasi Anggaran per Program, Kegiatan dan Rincian Output Tahun 2025\n"
            + _blank_separated(cells))
    [table] = parse_text(text.format(pct="95,00"), "kejari.txt").tables
    assert [r.cells[0].text for r in table.rows][:3] == ["006.01.WA", "4741", "4741.EBA.994"]
    assert len(table.rows) == 8
    assert [f for f in audit_document(parse_text(text.format(pct="95,00"), "k.txt")).findings
            if f.severity >= Severity.MAJOR] == []
    broken = audit_document(parse_text(text.format(pct="93,00"), "k.txt")).findings
    assert [(f.rule, f.stated) for f in broken if f.severity >= Severity.MAJOR] == \
        [("ratio", "93,00")]


def test_a_title_spanning_l_and_p_is_no_column_of_its_own():
    # "Jenis Kelamin" printed as a block of its own over "L" and "P", "Jumlah" between them
    text = ("Tabel 1.1 Pegawai Sekretariat menurut Golongan dan Jenis Kelamin\n"
            + _blank_separated([
                "Jenis Kelamin", "Status / Golongan", "L", "Jumlah", "P",
                "PNS Golongan IV (IV/a)", "1", "-", "1",
                "PNS Golongan III (III/a s.d. III/d)", "4", "4", "8",
                "PNS Golongan II (II/b s.d. II/c)", "2", "1", "3",
                "PPNPN (tanpa golongan)", "11", "{p}", "17",
                "Jumlah", "18", "11", "29"]))
    [table] = parse_text(text.format(p="6"), "bawaslu.txt").tables
    assert table.columns == ["Status / Golongan", "L", "P", "Jumlah"]
    broken = audit_document(parse_text(text.format(p="7"), "b.txt")).findings
    assert ("crossfooting", "17") in {(f.rule, f.stated) for f in broken}


def test_year_titles_printed_out_of_their_run_leave_the_table_unread():
    # "Realisasi" over 2022–2025 and "Target 2029" printed between 2024 and 2025: which
    # column is 2025 cannot be told, so no reading (never 91,84 read as the target)
    text = ("Tabel 3.2 Realisasi IKU Tahun 2022-2025 dan Target Renstra 2029\n"
            + _blank_separated([
                "Realisasi", "Indikator", "2022", "2023", "2024", "Target 2029", "2025",
                "IKU-1 Saran perbaikan ditindaklanjuti (%)",
                "84,62", "87,10", "89,47", "91,84", "95,00",
                "IKU-2 Skor IKP Kabupaten *)", "52,14", "55,80", "58,26", "47,36", "40,00",
                "IKU-6 Peserta sosialisasi (orang)", "1.860", "2.415", "3.720", "2.946",
                "3.600"]))
    assert parse_text(text, "bawaslu.txt").tables == []


KARANTINA_LIKE = """\
                   Tabel 3.3 Realisasi IKU Tahun 2022-2025 dan Target Renstra 2029
No             Indikator Kinerja Utama                 Satuan                       Realisasi                            Target
                                                                     2022         2023     2024            2025       Renstra 2029
 1    Persentase hasil uji laboratorium yang              %           88,20            90,15     91,80       93,42               97,00
      diterbitkan tepat waktu
 2    Persentase sertifikat karantina ekspor yang         %           96,10            97,05     97,90       98,76               99,00
      diterbitkan sesuai standar
 3    Nilai Indeks Kepuasan Masyarakat (IKM)             nilai        81,35            83,10     84,70       86,95               90,00
      terhadap layanan karantina
Realisasi 2022 berasal dari unit karantina sebelum pembentukan Badan Karantina.
"""  # noqa: E501


def test_two_years_printed_over_one_columns_span_title_two_columns():
    # "2023     2024" printed where the 2023 figures drift right: each year titles its own
    # column, so the 2023 figures are never read as another year's
    [table] = parse_text(KARANTINA_LIKE, "karantina.txt").tables
    years = [c for c in table.columns if re.search(r"20\d\d", c)]
    assert [re.findall(r"20\d\d", c)[-1] for c in years][:4] == ["2022", "2023", "2024", "2025"]
    assert all(len(re.findall(r"20\d\d", c)) == 1 for c in years)


def test_a_piece_headed_lanjutan_tabel_continues_that_table():
    text = """\
                Tabel 3.9 Realisasi Anggaran per Program, Kegiatan dan RO Tahun 2025
     Kode               Program / Kegiatan / Rincian Output                        Anggaran (Rp)                   %
                                                                            Pagu Revisi       Realisasi
6480              Dukungan Manajemen dan Tugas Teknis                       1.000.000.000       950.000.000      95,00
6480.EBA.994      Layanan Perkantoran                                         700.000.000       670.000.000      95,71


                                                         Halaman 10
Laporan Kinerja (LKj) Tahun 2025                            Balai Karantina Tanjung Seruni

Lanjutan Tabel 3.9
     Kode              Program / Kegiatan / Rincian Output                      Anggaran (Rp)                %
                                                                         Pagu Revisi       Realisasi
6480.EBD.955     Layanan Manajemen Keuangan dan Kinerja                     300.000.000      280.000.000     93,33
                 Jumlah                                                   1.000.000.000      950.000.000     95,00
Sumber: aplikasi SAKTI.
"""  # noqa: E501
    tables = parse_text(text, "karantina.txt").tables
    assert len(tables) == 1
    assert not any("Lanjutan" in c for c in tables[0].columns)
    assert [f for f in audit_document(parse_text(text, "k.txt")).findings
            if f.severity >= Severity.MAJOR] == []


def test_a_row_number_printed_between_its_wrapped_label_lines_still_leads_the_label():
    # pdftotext -layout puts the row's number on its figure line, between the halves of a
    # label centred over it; when the number shares the label's column it stays first
    from audit.readers.layout import _join_wrapped

    assert _join_wrapped(["Sekretariat (Subbagian Umum,"], "2", ["Kepegawaian)"]) == \
        "2 Sekretariat (Subbagian Umum, Kepegawaian)"
    assert _join_wrapped(["Pusat Pengendalian"], "6 Operasi (Pusdalops)", []) == \
        "6 Pusat Pengendalian Operasi (Pusdalops)"
    # a label that begins with its own marker, or a figure line without one, is left as it is
    assert _join_wrapped(["a. Belanja"], "Pegawai", []) == "a. Belanja Pegawai"
    assert _join_wrapped(["Persentase ibu hamil"], "yang mendapatkan", ["pelayanan"]) == \
        "Persentase ibu hamil yang mendapatkan pelayanan"


def _staff_cells(iii_b_total: str) -> str:
    # "Jenis Kelamin" spans "Laki-laki" and "Perempuan"; plain pdftotext prints it right
    # above "Laki-laki" and "Jumlah" (spanning both header rows) before "Perempuan"
    lines = ["Tabel 1.2 Pegawai Menurut Golongan dan Jenis Kelamin", "Golongan",
             "Jenis Kelamin\nLaki-laki", "Jumlah", "Perempuan",
             "IV", "5", "2", "7", "III/c", "12", "9", "21", "III/b", "8", "6", iii_b_total,
             "II", "14", "11", "25", "Jumlah", "39", "28", "67"]
    return ("Komposisi pegawai disajikan pada tabel berikut.\n\n" + _blocks(lines)
            + "\nPegawai didominasi oleh golongan III.\n")


def test_a_group_title_joined_to_its_first_sub_title_does_not_hide_the_columns():
    doc = parse_text(_staff_cells("14"), "pegawai.txt")
    [table] = doc.tables
    assert table.columns[-2:] == ["Perempuan", "Jumlah"]
    assert [r.cells[0].text for r in table.rows] == ["IV", "III/c", "III/b", "II", "Jumlah"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_staff_cells("15"), "pegawai.txt"))
    assert ("crossfooting", "15") in [(f.rule, f.stated) for f in broken.findings]


_PROSE_LINE = ("Capaian kinerja dianalisis dengan membandingkan realisasi terhadap target yang "
               "telah ditetapkan")


def _status_cells(status: str) -> str:
    # the first row's label is centred beside the tall header, so plain pdftotext prints it
    # among the titles; the status scale names its variable inside each band
    scale = ["Tabel 3.1 Kriteria Status Capaian", "Status", "Rentang Capaian",
             "Hijau", "capaian ≥ 100%", "Kuning", "80% ≤ capaian < 100%", "Merah",
             "capaian < 80%"]
    rows = ["Tabel 3.2 Capaian Indikator Kinerja Tahun 2025", "Indikator Kinerja",
            "Tahun 2025\nTarget", "IKU 1.1 Pelayanan izin tepat\nwaktu", "Realisasi",
            "Status", "Capaian (%)",
            "90,00", "94,50", "105,00", "Hijau",
            "IKU 1.2 Pengaduan yang ditindaklanjuti", "95,00", "85,50", "90,00", status,
            "IKU 2.1 Indeks kepuasan layanan", "3,50", "2,45", "70,00", "Merah",
            "IKU 2.2 Inovasi pelayanan", "4", "5", "125,00", "Hijau"]
    return (f"{_PROSE_LINE} pada awal tahun.\n\n" + _blocks(scale) + "\n" + _blocks(rows)
            + f"\n{_PROSE_LINE} pada akhir tahun.\n")


def test_a_first_row_label_printed_among_the_titles_opens_the_body():
    doc = parse_text(_status_cells("Kuning"), "status.txt")
    scale, table = doc.tables
    assert [r.cells[0].text for r in scale.rows] == ["Hijau", "Kuning", "Merah"]
    assert table.columns == ["Indikator Kinerja", "Tahun 2025 Target", "Realisasi",
                             "Capaian (%)", "Status"]
    assert table.rows[0].cells[0].text == "IKU 1.1 Pelayanan izin tepat waktu"
    assert [r.cells[-1].text for r in table.rows] == ["Hijau", "Kuning", "Merah", "Hijau"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_status_cells("Hijau"), "status.txt"))
    assert [(f.rule, f.line) for f in broken.findings] \
        == [("category", table.rows[1].cells[-1].line)]


def _restitution_cells(total: str) -> str:
    # (the paragraph's first line no longer than a long cell: the width of the next, a
    # paragraph's full line, tells it apart)
    paragraph = ("Nilai restitusi yang dikembalikan kepada Wajib Pajak tahun 2025 sebesar Rp\n"
                 "37.680.868.185 atau sekitar Rp 37,68 miliar, sebagian besar berasal dari PPN\n"
                 "dalam negeri sebesar Rp 21.384.905.220 yang diselesaikan tepat waktu dengan\n"
                 "pemeriksaan lapangan sesuai ketentuan, sehingga jumlah permohonan yang\n"
                 f"selesai adalah {total} berkas.\n")
    lines = ["Tabel 3.5 Penyelesaian Permohonan Restitusi Tahun 2025", "Jenis Permohonan",
             "Diterima", "Diselesaikan", "PPN", "46", "41", "PPh Badan", "27", "22",
             "PPh Orang Pribadi", "52", "47", "Jumlah", "125", "110"]
    return ("Penyelesaian permohonan restitusi selama tahun 2025 dianalisis per jenis\n"
            "permohonan dan disajikan pada tabel berikut sesuai urutan penyelesaiannya.\n\n"
            + _blocks(lines) + "\n" + paragraph)


def test_a_paragraph_running_the_page_width_ends_a_cell_per_line_table():
    doc = parse_text(_restitution_cells("110"), "restitusi.txt")
    [table] = doc.tables
    assert [r.cells[0].text for r in table.rows][-1] == "Jumlah"
    assert all(len(r.cells[0].text) < 30 for r in table.rows)
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_restitution_cells("101"), "restitusi.txt"))
    assert "101" in [f.stated for f in broken.findings]


def _budget_caption_cells(pagu: str) -> str:
    # the caption wraps after "per"; its second line is no header cell
    lines = ["Tabel 3.6 Pagu dan Realisasi Anggaran Program Dukungan Manajemen (015.01.WA) per\n"
             "Kegiatan dan Rincian Output Tahun 2025", "Kode", "Program / Kegiatan",
             "Pagu (Rp)", "Realisasi (Rp)", "%",
             "4231", "Dukungan Manajemen", pagu, "1.900.000.000", "95,00",
             "4231.EBA.994", "Layanan Perkantoran", "2.000.000.000", "1.900.000.000", "95,00",
             "4232", "Sarana dan Prasarana Internal", "1.000.000.000", "950.000.000", "95,00",
             "4232.EBB.951", "Layanan Sarana Internal", "1.000.000.000", "950.000.000", "95,00",
             "015.01.WA", "Jumlah Program", "3.000.000.000", "2.850.000.000", "95,00"]
    return "Realisasi anggaran disajikan pada tabel berikut.\n\n" + _blocks(lines)


def test_a_caption_wrapped_after_a_preposition_keeps_its_second_line_out_of_the_header():
    doc = parse_text(_budget_caption_cells("2.000.000.000"), "anggaran.txt")
    [table] = doc.tables
    assert table.caption.endswith("per Kegiatan dan Rincian Output Tahun 2025")
    assert table.columns[:2] == ["Kode", "Program / Kegiatan"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_budget_caption_cells("2.100.000.000"),
                                       "anggaran.txt"))
    assert "2.100.000.000" in [f.stated for f in broken.findings]


def _results_cells(first_capaian: str) -> str:
    # row 1's name wraps over three lines, taller than its cells: plain pdftotext prints its
    # cells first, then its number and name
    lines = ["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025", "No", "Indikator Kinerja",
             "Target", "Realisasi", "Capaian (%)", "1", "2", "3", "4", "5",
             "1.845.000", "1.873.412", first_capaian, "1",
             "Produksi kelapa sawit rakyat\nyang diolah pabrik\n(ton setara CPO)",
             "2", "Produksi karet (ton)", "412.500", "398.760", "96,67",
             "3", "Produksi kopi (ton)", "38.400", "36.915", "96,13"]
    return ("Capaian indikator kinerja disajikan pada tabel berikut ini.\n\n" + _blocks(lines)
            + "\nSeluruh indikator produksi dihitung dari angka sementara tahun 2025.\n")


def test_a_first_rows_cells_printed_before_its_number_and_name_go_back_to_it():
    doc = parse_text(_results_cells("101,54"), "capaian.txt")
    [table] = doc.tables
    assert [r.cells[0].text for r in table.rows] == ["1", "2", "3"]
    assert [c.text for c in table.rows[0].cells[2:]] == ["1.845.000", "1.873.412", "101,54"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_results_cells("110,54"), "capaian.txt"))
    assert [(f.rule, f.stated) for f in broken.findings] == [("ratio", "110,54")]


def _trend_cells() -> str:
    # the first row's name printed among the year titles, no key to tell it by
    lines = ["Tabel 3.3 Perbandingan Realisasi Tahun 2023-2025", "Realisasi\nIndikator Kinerja",
             "2023", "Produksi kelapa sawit (ton setara CPO)", "2024", "2025",
             "1.768.245", "1.812.530", "1.873.412",
             "Produksi karet (ton karet kering)", "405.118", "401.236", "398.760",
             "Produksi kopi (ton biji kering)", "34.870", "35.642", "36.915"]
    return _blocks(lines) + "\nProduksi ketiga komoditas dibandingkan antartahun.\n"


def test_an_unkeyed_first_row_name_printed_among_the_titles_opens_the_body():
    doc = parse_text(_trend_cells(), "tren.txt")
    trend = doc.tables[0]
    assert trend.columns == ["Indikator Kinerja", "2023", "2024", "2025"]
    assert trend.rows[0].cells[0].text == "Produksi kelapa sawit (ton setara CPO)"
    assert [c.text for c in trend.rows[0].cells[1:]] == ["1.768.245", "1.812.530", "1.873.412"]


def _participant_cells(total: str) -> str:
    # "Peserta" spans L and P; the closing "Jumlah" spans two rows' height and prints after
    # its figures
    lines = ["Tabel 3.7 Peserta Sosialisasi Pengawasan per Kecamatan", "Kecamatan",
             "Peserta\nL", "P",
             "Jumlah", "Sari Arum", "301", "287", "588", "Batu Belah", "226", "209", "435",
             "Tanjung Ronggo", "198", "187", "385", "725", "683", total, "Jumlah"]
    return ("Sosialisasi pengawasan digelar di tiga kecamatan sepanjang tahun 2025.\n\n"
            + _blocks(lines) + "\nPeserta perempuan hampir berimbang dengan peserta laki-laki.\n")


def test_a_total_label_printed_after_its_figures_closes_a_fixed_width_table():
    doc = parse_text(_participant_cells("1.408"), "sosialisasi.txt")
    [table] = doc.tables
    assert [c.text for c in table.rows[-1].cells] == ["Jumlah", "725", "683", "1.408"]
    assert table.rows[-1].kind == "total"
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_participant_cells("1.418"), "sosialisasi.txt"))
    assert "1.418" in [f.stated for f in broken.findings]


_SPREAD_HEAD = [
    " " * 81 + "Anggaran 2025 (Rp)" + " " * 23 + "Sisa Anggaran",
    "       Kode" + " " * 16 + "Program / Kegiatan / Sub Kegiatan" + " " * 55 + "%",
    " " * 79 + "Pagu" + " " * 13 + "Realisasi" + " " * 22 + "(Rp)"]


def test_a_title_spanning_two_columns_above_their_line_names_both():
    # "Kode | Program | %" and "Pagu | Realisasi | (Rp)" hold three titles each: the line
    # that gives one title per column is the one under "Anggaran 2025 (Rp)"
    from audit.readers.layout import _chunks, _ordinal_header
    chunked = [_chunks(line) for line in _SPREAD_HEAD]
    assert _ordinal_header(chunked, [0, 1, 2], 6) == [
        "Kode", "Program / Kegiatan / Sub Kegiatan", "Anggaran 2025 (Rp) / Pagu",
        "Anggaran 2025 (Rp) / Realisasi", "%", "Sisa Anggaran (Rp)"]


def test_a_header_printed_again_with_a_spanning_title_over_one_column_repeats_it():
    from audit.model import Cell, Table
    from audit.readers.text import _repeats_header
    titles = ["Kode", "Program / Kegiatan", "Anggaran (Rp) / Pagu", "Anggaran (Rp) / Realisasi",
              "%"]
    table = Table(caption="Tabel 3.10", caption_line=1, first_line=2, last_line=9,
                  header=[[Cell(t, 2, i, None) for i, t in enumerate(titles)]], rows=[])
    assert _repeats_header(table, ["Kode", "Program / Kegiatan", "Anggaran (Rp) Pagu",
                                   "Realisasi", "%"])
    assert not _repeats_header(table, ["Kode", "Program / Kegiatan", "Pagu", "Realisasi",
                                       "Sisa"])



def _population_cells(kk_total: str) -> str:
    # the header printed again on the next page; row 4's first two figures come out at the
    # height of its two-line titles, between them
    header = ["No", "RW", "Laki-laki", "Perempuan", "Jumlah", "KK"]
    page1 = header + ["1", "RW 01", "812", "798", "1.610", "486",
                      "2", "RW 02", "1.045", "1.062", "2.107", "631",
                      "3", "RW 03", "689", "701", "1.390", "412"]
    page2 = ["No", "RW", "Laki-laki", "Perempuan", "573", "Jumlah", "590", "KK",
             "4", "RW 04", "1.163", "347", "Jumlah", "3.119", "3.151", "6.270", kk_total]
    running = "Laporan PP 39 Triwulan III - Kelurahan Tanjung Sari"
    return (f"{running}\n\nPenduduk menurut RW disajikan pada tabel berikut.\n\n"
            + _blocks(["Tabel 1.3 Jumlah Penduduk dan Kepala Keluarga per RW", *page1])
            + f"\nHalaman 3 dari 10\n\n\f{running}\n\n"
            + _blocks(page2) + "\nRW 02 merupakan wilayah terpadat di kelurahan ini.\n"
            + f"\nHalaman 4 dari 10\n\n\f{running}\n\nBAB II PERENCANAAN KINERJA\n")


def test_figures_printed_among_a_repeated_header_go_back_to_their_row():
    doc = parse_text(_population_cells("1.876"), "penduduk.txt")
    [table] = doc.tables
    assert [c.text for c in table.rows[3].cells] == ["4", "RW 04", "573", "590", "1.163", "347"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_population_cells("1.867"), "penduduk.txt"))
    assert [(f.rule, f.stated) for f in broken.findings] == [("footing", "1.867")]


def _worded_scale(label: str) -> str:
    scale = ["Tabel 3.1 Skala Nilai Peringkat Kinerja", "No", "Interval Capaian", "Kategori",
             "1", "91 ke atas", "Sangat Tinggi", "2", "76 s.d. kurang dari 91", "Tinggi",
             "3", "66 s.d. kurang dari 76", "Sedang", "4", "kurang dari 66", "Rendah"]
    return ("Kategori capaian mengikuti skala berikut.\n\n" + _blocks(scale)
            + f"\nCapaian IKM sebesar 83,15% termasuk kategori {label}.\n")


def test_a_scale_whose_bands_are_worded_is_read_and_judges_a_claim():
    doc = parse_text(_worded_scale("Tinggi"), "skala.txt")
    [table] = doc.tables
    assert [r.cells[1].text for r in table.rows] == [
        "91 ke atas", "76 s.d. kurang dari 91", "66 s.d. kurang dari 76", "kurang dari 66"]
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_worded_scale("Sangat Tinggi"), "skala.txt"))
    assert [f.rule for f in broken.findings] == ["category"]


# pdftotext -layout of an unruled table: titles centred over right-aligned figures, a
# column-number row that declares formulas, a group row right under it
_TRAINEES = (FIXTURES / "blk_trainees_layout.txt").read_text(encoding="utf-8")


def _trainees(angkatan: str, total_label: str = "JUMLAH (I s.d. II)") -> str:
    return _TRAINEES.format(angkatan=angkatan, total_label=total_label)


def test_column_numbers_not_figure_ends_place_the_titles_and_a_group_under_them():
    doc = parse_text(_trainees("10"), "blk.txt")
    [table] = doc.tables
    assert table.columns[2:5] == ["Jumlah / Angkatan", "Peserta Dilatih / L",
                                  "Peserta Dilatih / P"]
    assert table.rows[0].kind == "group" and table.rows[0].cells[1].text == "Kejuruan Teknik Las"
    assert table.rows[1].cells[2].text == "2" and table.rows[1].cells[3].text == "31"
    assert table.rows[-1].kind == "total"
    assert audit_document(doc).findings == []
    broken = audit_document(parse_text(_trainees("11"), "blk.txt"))
    assert [(f.rule, f.stated) for f in broken.findings] == [("footing", "11")]


LONG_LABELS = """\
Tabel 2.4 Program dan Anggaran dalam Perjanjian Kinerja

 Kode                     Program                                                   Anggaran (Rp)
 2.09.01   Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota                5.307.420.000
 2.09.02   Program Pengelolaan Sumber Daya Ekonomi untuk Kedaulatan dan Kemandirian     550.500.000
 2.09.03   Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat          2.544.800.000
           Jumlah                                                                     8.402.720.000

Tabel 3.6 Nilai Interval Konversi IKM dan Mutu Pelayanan
  Nilai Interval Konversi      Mutu Pelayanan      Kinerja Unit Pelayanan

  25,00 - 64,99                      D             Tidak Baik
  65,00 - 76,60                      C             Kurang Baik
  76,61 - 88,30                      B             Baik
  88,31 - 100,00                     A             Sangat Baik

Nilai IKM tahun 2025 sebesar 84,37 dengan mutu pelayanan {grade}.
"""


def test_a_label_as_long_as_a_sentence_beside_its_code_and_figure_is_a_row():
    doc = parse_text(LONG_LABELS.format(grade="B"), "laporan.txt")
    budget = next(t for t in doc.tables if t.caption.startswith("Tabel 2.4"))
    assert [r.cells[0].text for r in budget.rows] == ["2.09.01", "2.09.02", "2.09.03", ""]
    assert audit_document(doc).findings == []


def test_a_rating_scale_whose_rows_open_with_their_range_is_read_and_judged():
    doc = parse_text(LONG_LABELS.format(grade="B"), "laporan.txt")
    scale = next(t for t in doc.tables if t.caption.startswith("Tabel 3.6"))
    assert [r.cells[1].text for r in scale.rows] == ["D", "C", "B", "A"]
    wrong = parse_text(LONG_LABELS.format(grade="A"), "laporan.txt")
    assert [(f.rule, f.expected) for f in audit_document(wrong).findings] == [("category", "B")]


# plain pdftotext of a ruled table whose header spans two rows: the group title on the top
# line comes first, run into the label column's title printed right under it, then the
# titles centred over both rows, then the group's sub-titles; each cell is its own block
GROUP_FIRST_CELLS = """\
Tabel 1.1 Jumlah Pegawai per Unit Kerja dan Jenis Kelamin
Jenis Kelamin
Unit Kerja

Jumlah

L

P

Kepala Kantor

1

0

1

Seksi Penindakan dan Penyidikan

27

3

{total}

Seksi Perbendaharaan

4

5

9

32

8

40

Jumlah

Sumber: Subbagian Umum, diolah
"""


def test_cell_per_line_group_title_run_into_the_label_title_keeps_the_label_column():
    doc = parse_text(GROUP_FIRST_CELLS.format(total="30"), "x.txt")
    (table,) = doc.tables
    assert [r.cells[0].text for r in table.rows] == [
        "Kepala Kantor", "Seksi Penindakan dan Penyidikan", "Seksi Perbendaharaan", "Jumlah"]
    assert audit_document(doc).findings == []
    broken = parse_text(GROUP_FIRST_CELLS.format(total="31"), "x.txt")
    assert ("crossfooting", "31") in [(f.rule, f.stated)
                                      for f in audit_document(broken).findings]


PASTED_OVER_A_PAGE = """\
Tabel 3.6 Arus Barang Menurut Jenis Muatan Tahun 2024-2025
No Jenis Muatan 2024 (ton) 2025 (ton) Pertumbuhan (%)
1 Curah Kering 2.214.905 2.436.118 9,99
2 Curah Cair 1.006.482 1.072.650 6,57
Halaman 10 dari 15
LKj KSOP Kelas II Teluk Sangkar 2025
No Jenis Muatan 2024 (ton) 2025 (ton) Pertumbuhan (%)
3 General Cargo 512.318 498.771 -2,64
4 Peti Kemas 369.071 379.373 2,79
Jumlah 4.102.776 {total} 6,93
Sumber: Seksi Lalu Lintas Angkutan Laut
Halaman 11 dari 15
LKj KSOP Kelas II Teluk Sangkar 2025
Arus barang tahun 2025 tumbuh dibandingkan tahun sebelumnya.
"""


def test_pasted_table_over_a_page_break_keeps_furniture_and_header_out_of_its_labels():
    doc = parse_text(PASTED_OVER_A_PAGE.format(total="4.386.912"), "x.txt")
    (table,) = doc.tables
    assert [r.cells[0].text for r in table.rows] == [
        "1 Curah Kering", "2 Curah Cair", "3 General Cargo", "4 Peti Kemas", "Jumlah"]
    assert audit_document(doc).findings == []
    broken = parse_text(PASTED_OVER_A_PAGE.format(total="4.386.192"), "x.txt")
    assert [(f.rule, f.stated) for f in audit_document(broken).findings] == [
        ("footing", "4.386.192")]


ACCOUNTS_CELLS = """\
Tabel 3.6 Pagu dan Realisasi Anggaran per Jenis Belanja Tahun 2025
Akun

Jenis Belanja

Pagu (Rp)

Realisasi (Rp)

%

51

Belanja Pegawai

19.862.400.000

19.705.116.215

99,21

52

Belanja Barang

12.120.770.000

11.494.747.300

94,84

53

Belanja Modal

1.475.000.000

1.318.740.000

89,41

33.458.170.000

{total}

97,19

Jumlah

Sumber: aplikasi keuangan, diolah
"""


def test_cell_per_line_rows_keyed_by_account_codes_not_starting_at_one():
    doc = parse_text(ACCOUNTS_CELLS.format(total="32.518.603.515"), "x.txt")
    (table,) = doc.tables
    assert [r.cells[0].text for r in table.rows] == ["51", "52", "53", ""]
    assert audit_document(doc).findings == []
    broken = parse_text(ACCOUNTS_CELLS.format(total="32.518.630.515"), "x.txt")
    assert ("footing", "32.518.630.515") in [(f.rule, f.stated)
                                             for f in audit_document(broken).findings]


PASTED_BUDGET = """\
Tabel 3.11 Pagu dan Realisasi Anggaran Menurut Program, Kegiatan dan KRO Tahun 2025
Kode Program/Kegiatan/KRO Pagu (Rp) Realisasi (Rp) (%)
022.04.WA Program Dukungan Manajemen 13.116.370.000 12.860.873.272 98,05
4125 Dukungan Manajemen dan Pelaksanaan 13.116.370.000 12.860.873.272 98,05
Tugas Teknis Lainnya
4125.EBA Layanan Dukungan Manajemen Internal 11.486.250.000 11.297.118.472 98,35
4125.EBB Layanan Sarana dan Prasarana Internal 1.630.120.000 1.563.754.800 95,93
022.04.DF Program Infrastruktur Konektivitas 3.065.200.000 2.935.558.750 95,77
4130 Peningkatan Keselamatan dan Keamanan 3.065.200.000 2.935.558.750 95,77
Pelayaran
4130.QAH Pelayanan Publik kepada Masyarakat 2.146.800.000 2.071.344.850 96,49
4130.QDB Fasilitasi dan Pembinaan Masyarakat 918.400.000 {last} 94,10
Jumlah 16.181.570.000 15.796.432.022 97,62
"""


def test_pasted_budget_rows_led_by_their_codes_nest_by_those_codes():
    # program, kegiatan and KRO codes printed before their names in the same cell: the
    # Jumlah adds the programs only
    doc = parse_text(PASTED_BUDGET.format(last="864.213.900"), "x.txt")
    (table,) = doc.tables
    assert len(table.rows) == 9
    assert audit_document(doc).findings == []
    broken = parse_text(PASTED_BUDGET.format(last="864.231.900"), "x.txt")
    assert ("footing", "2.935.558.750") in [(f.rule, f.stated)
                                            for f in audit_document(broken).findings]


def test_pasted_row_whose_numbered_label_reads_like_a_count_is_a_row():
    # "5 Penerbitan Dokumen dan Sertifikat" parses as five of something; with the figures
    # after it, the line is a table row, not a sentence
    text = ("Tabel 3.9 Realisasi PNBP\n"
            "No Jenis PNBP Target (Rp) Realisasi (Rp) Capaian (%)\n"
            "1 Jasa Labuh 4.820.000.000 5.137.482.600 106,59\n"
            "2 Jasa Tambat 3.150.000.000 3.294.118.250 104,58\n"
            "3 Penerbitan Dokumen dan Sertifikat 1.850.000.000 1.968.205.000 106,39\n"
            "Jumlah 9.820.000.000 10.399.805.850 105,90\n")
    doc = parse_text(text, "x.txt")
    (table,) = doc.tables
    assert [r.line for r in table.rows] == [3, 4, 5, 6]
    assert audit_document(doc).findings == []


YEARS_UNDER_A_WRAPPED_TITLE = """\
                                                                       Tabel 3.5
                                                     Perbandingan Realisasi Kinerja Tahun 2023-2025

                                                                                                                               Perubahan
             No                        Uraian / Indikator                       Satuan               Realisasi                  2025 thd
                                                                                                                                  2024
                                                                                            2023       2024       2025
            (1)                               (2)                                 (3)        (4)        (5)        (6)            (7)
              1.   Jumlah operasi SAR                                           operasi      121        134        143             +9
              2.   Jumlah korban yang ditangani                                  orang       702        758        806            +48
"""  # noqa: E501


def test_a_column_title_opening_with_a_year_stays_in_the_header():
    # "2025 thd" (the first line of "Perubahan 2025 thd 2024") is a title, not a row's
    # figure: the header keeps its four lines and each year heads its own column
    doc = parse_text(YEARS_UNDER_A_WRAPPED_TITLE, "x.txt")
    [table] = doc.tables
    assert len(table.rows) == 2
    by_year = {m.group(1): c for c, name in enumerate(table.columns)
               if (m := re.fullmatch(r"(?:Realisasi )?(20\d\d)", name))}
    assert [table.rows[0].figure(by_year[y]).value for y in ("2023", "2024", "2025")] \
        == [121, 134, 143]
    assert any("thd" in c for c in table.columns)


def _paged(cells: list[str], break_after: int, pages: int = 4) -> str:
    """Plain pdftotext of a table one cell per line whose pages end in their numbers: the
    page's number, a form feed and the running header fall between two cells."""
    head = "Laporan Kinerja Kantor Bandar Udara Tahun 2025"
    filler = "".join(f"Uraian halaman {n}.\n{n}\n\f{head}\n" for n in range(1, pages))
    return (filler + "Tabel 1.1 Jumlah Pegawai Berdasarkan Jabatan\n\n"
            + "\n".join(cells[:break_after]) + f"\n{pages}\n\f{head}\n"
            + "\n".join(cells[break_after:]) + "\n\nUraian sesudah tabel.\n")


def test_a_row_number_opening_a_page_under_its_running_header_is_a_cell():
    # the pages end in their numbers: the bare "4" at the foot is furniture, the "3" that
    # opens the next page under the running header is the next row's key
    cells = ["No", "Jabatan", "L", "P", "Jumlah",
             "1", "Kepala Kantor", "1", "0", "1",
             "2", "Teknisi Listrik Bandar Udara", "8", "0", "8",
             "3", "Petugas Apron Movement Control", "6", "2", "{j}",
             "Jumlah", "15", "2", "17"]
    text = _paged(cells, 15)
    [table] = parse_text(text.format(j="8"), "upbu.txt").tables
    assert [r.label for r in table.rows][:3] == ["Kepala Kantor", "Teknisi Listrik Bandar Udara",
                                                 "Petugas Apron Movement Control"]
    assert audit_document(parse_text(text.format(j="8"), "u.txt")).findings == []
    broken = audit_document(parse_text(text.format(j="9"), "u.txt")).findings
    assert ("crossfooting", "9") in [(f.rule, f.stated) for f in broken]


def test_a_label_columns_title_wrapped_over_two_lines_is_one_title():
    text = ("Tabel 1.2 Jumlah Pegawai Berdasarkan Status Kepegawaian\n\n"
            "Status\nKepegawaian\nL\nP\nJumlah\n"
            "Pegawai Negeri Sipil (PNS)\n58\n20\n78\n"
            "Pegawai Pemerintah dengan Perjanjian Kerja (PPPK)\n10\n4\n14\n"
            "Pegawai Pemerintah Non Pegawai Negeri (PPNPN)\n17\n3\n20\n"
            "Jumlah\n85\n27\n{total}\n\n"
            "Pegawai berstatus PNS berjumlah 78 orang, sedangkan PPNPN sebagian besar menjadi\n"
            "tenaga pendukung keamanan dan kebersihan terminal bandar udara.\n")
    [table] = parse_text(text.format(total="112"), "upbu.txt").tables
    assert table.columns == ["Status Kepegawaian", "L", "P", "Jumlah"]
    broken = audit_document(parse_text(text.format(total="113"), "u.txt")).findings
    assert {"footing", "crossfooting"} & {f.rule for f in broken if f.stated == "113"}


def test_cell_per_line_rows_whose_labels_wrap_over_two_lines_are_read():
    # plain pdftotext of a ruled table: the label column's title wrapped, some row labels
    # wrapped over two lines before their figures, the first label read among the titles
    text = ("Tabel 3.3 Perbandingan Realisasi Indikator Tahun 2023-2025\n\n"
            "Indikator\nKinerja Utama\n2023\n2024\n2025\n"
            "Persentase ketepatan waktu layanan\n(service level)\n80,10\n82,40\n84,90\n"
            "Jumlah gangguan operasional dan insiden\ndi wilayah kerja\n5\n4\n{value}\n"
            "Indeks kepuasan pengguna layanan\n79,20\n80,75\n82,10\n"
            "Persentase pemenuhan sarana keamanan\nsesuai standar\n70,00\n75,00\n80,00\n\n"
            "Gangguan operasional turun menjadi 2 kejadian pada tahun 2025.\n")
    [table] = parse_text(text.format(value="2"), "t.txt").tables
    assert table.columns == ["Indikator Kinerja Utama", "2023", "2024", "2025"]
    labels = [r.label for r in table.rows if r.kind == "data"]
    assert labels[1] == "Jumlah gangguan operasional dan insiden di wilayah kerja"
    assert [c.text for c in table.rows[1].cells] == [labels[1], "5", "4", "2"]
    assert len(labels) == 4


def test_cell_per_line_label_column_with_a_unit_column_keeps_the_unit_apart():
    text = ("Tabel 2.1 Indikator Kinerja Utama dan Target Renstra\n\n"
            "Indikator\nKinerja Utama\nSatuan\nTarget 2025\nTarget 2029\n"
            "Persentase ketepatan waktu layanan\n%\n85,00\n90,00\n"
            "Jumlah gangguan operasional dan insiden\ndi wilayah kerja\nkejadian\n3\n1\n"
            "Indeks kepuasan pengguna layanan\nindeks\n82,50\n85,00\n"
            "Persentase pemenuhan sarana keamanan\nsesuai standar\n%\n90,00\n100,00\n\n"
            "Target tersebut ditetapkan dalam Renstra.\n")
    [table] = parse_text(text, "t.txt").tables
    assert table.columns == ["Indikator Kinerja Utama", "Satuan", "Target 2025", "Target 2029"]
    assert [c.text for c in table.rows[1].cells] == [
        "Jumlah gangguan operasional dan insiden di wilayah kerja", "kejadian", "3", "1"]


def test_a_two_row_header_printed_a_row_at_a_time_is_laid_by_the_size_of_the_figures():
    # "Pesawat" and "Penumpang" each span Datang / Berangkat, "Kargo" spans both header rows;
    # plain pdftotext prints the top row's titles, then the sub-titles. Only one layout puts
    # figures of one size under each spanning title. The table goes on over a page break,
    # where its header is printed again with a title cut into two pieces.
    months = [("Januari", 291, 292, 16842, 16518, 142315), ("Februari", 262, 261, 14206,
              14873, 131870), ("Maret", 288, 287, 15934, 18207, 138452),
              ("April", 314, 316, 19870, 17946, 126940)]
    header = "Bulan\nPesawat (unit)\nPenumpang (orang)\nKargo (kg)\nDatang\nBerangkat\n" \
             "Datang\nBerangkat\n"

    def fmt(v: int) -> str:
        return f"{v:,}".replace(",", ".")

    body = "".join(f"{m}\n" + "".join(f"{fmt(v)}\n" for v in vals) for m, *vals in months[:2])
    body += "\f" + header.replace(
        "Penumpang (orang)", "Penumpang\n(orang)")
    body += "".join(f"{m}\n" + "".join(f"{fmt(v)}\n" for v in vals) for m, *vals in months[2:])
    sums = [sum(m[i] for m in months) for i in range(1, 6)]
    text = ("Tabel 3.4 Lalu Lintas Angkutan Udara per Bulan Tahun 2025\n\n" + header + body
            + "Jumlah\n" + "".join(f"{fmt(v)}\n" for v in sums[:4]) + "{kargo}\n\n"
            "Volume kargo mencapai jumlah yang tercatat pada tabel di atas.\n")
    [table] = parse_text(text.format(kargo=fmt(sums[4])), "t.txt").tables
    assert table.columns == ["Bulan", "Pesawat (unit) / Datang", "Pesawat (unit) / Berangkat",
                             "Penumpang (orang) / Datang", "Penumpang (orang) / Berangkat",
                             "Kargo (kg)"]
    assert [r.label for r in table.rows if r.kind == "data"] == [m[0] for m in months]
    broken = audit_document(parse_text(text.format(kargo=fmt(sums[4] - 18000)), "t.txt"))
    assert any(f.rule == "footing" and f.expected == fmt(sums[4]) for f in broken.findings)


def test_tops_then_subs_refuses_when_the_figures_do_not_tell_the_titles_apart():
    from audit.readers.layout import _tops_then_subs
    names = ["Bulan", "Pesawat", "Penumpang", "Kargo", "Datang", "Berangkat"]
    # every column of one size: which title spans Datang / Berangkat cannot be told
    rows = [["Januari", "100", "110", "120", "130"], ["Februari", "101", "111", "121", "131"]]
    assert _tops_then_subs(names, rows) is None
    # sizes that only one layout groups: Penumpang over the two large columns
    rows = [["Januari", "3", "16.842", "16.518", "9"], ["Februari", "4", "14.206", "14.873", "8"]]
    assert _tops_then_subs(names, rows) == (
        ["Bulan", "Pesawat", "Penumpang", "Penumpang", "Kargo"],
        ["Bulan", "Pesawat", "Datang", "Berangkat", "Kargo"])


def test_a_period_wrapped_under_its_title_is_part_of_that_title():
    text = ("Tabel 3.5 Perbandingan Layanan Tahun 2023-2025\n\n"
            "Uraian\n2023\n2024\n2025\nPertumbuhan\n2024-2025 (%)\n"
            "Pergerakan kendaraan (unit)\n6.384\n6.612\n6.994\n5,78\n"
            "Pengunjung (orang)\n352.418\n380.993\n412.806\n8,35\n"
            "Barang (kg)\n1.512.340\n1.604.775\n1.742.315\n8,57\n\n"
            "Pengunjung tahun 2025 sebanyak 412.806 orang.\n")
    [table] = parse_text(text, "t.txt").tables
    assert table.columns == ["Uraian", "2023", "2024", "2025", "Pertumbuhan 2024-2025 (%)"]
    assert len([r for r in table.rows if r.kind == "data"]) == 3


def test_a_long_indicator_label_between_its_code_and_its_unit_is_a_row_not_prose():
    text = """\
Tabel 2.2 Perjanjian Kinerja Tahun 2025

  Kode            Sasaran / Indikator Kinerja                                  Satuan    Target
Sasaran 1: Meningkatnya kualitas layanan pemeriksaan
  IK-1     Persentase permohonan uji yang diselesaikan sesuai standar waktu       %            90,00
  IK-2     Rata-rata waktu penyelesaian uji                                      hari          5,00
Sasaran 2: Meningkatnya tata kelola keuangan dan kepegawaian
  IK-3     Persentase nilai belanja yang dibayar melalui kartu kredit pemerintah   %           22,00
  IK-4     Nilai evaluasi akuntabilitas kinerja                                  nilai         75,00

Perjanjian Kinerja memuat 4 (empat) indikator kinerja sebagaimana Tabel 2.2.
"""
    doc = parse_text(text, "pk.txt")
    [table] = doc.tables
    codes = [r.cells[0].text for r in table.rows if r.cells[-1].figure is not None]
    assert codes == ["IK-1", "IK-2", "IK-3", "IK-4"]
    assert [r.cells[-1].text for r in table.rows if r.cells[0].text == "IK-3"] == ["22,00"]
    assert audit_document(doc).findings == []


def test_a_row_number_printed_one_space_from_its_label_or_inside_its_wrapped_label():
    text = """\
Tabel 1.1 Pegawai menurut Unit Kerja (orang)
 No                   Unit Kerja                        PNS                PPPK           Jumlah

     1 Kepala Stasiun                                              1                 -         1
       Bagian Umum (Subbagian SDM,
     2 Subbagian Keuangan, dan Subbagian                           24                3        27
       Umum)
     3 Bidang Teknologi dan Media Baru                             22                4        26

         Jumlah                                                    47                7        54
"""
    doc = parse_text(text, "t.txt")
    [table] = doc.tables
    numbered = [(r.cells[0].text, r.cells[1].text) for r in table.rows if r.kind == "data"]
    assert numbered == [("1", "Kepala Stasiun"),
                        ("2", "Bagian Umum (Subbagian SDM, Subbagian Keuangan, dan Subbagian "
                              "Umum)"),
                        ("3", "Bidang Teknologi dan Media Baru")]
    assert audit_document(doc).findings == []


# The spanning title "Jumlah Penduduk (jiwa)" is read above the first piece's header (and
# lost to it) but into the second piece's header after the page break.
PAGE_BROKEN_TITLE = (
    "Rincian penduduk per RW disajikan pada tabel berikut.\n"
    "                              Tabel 1.1\n"
    "              Jumlah RT, KK dan Penduduk per RW\n"
    "             Kelurahan Karanganyar Timur Semester II Tahun 2025\n"
    "                                                   Jumlah Penduduk (jiwa)\n"
    "   RW     Jumlah RT     Jumlah KK\n"
    "                                              L             P          Jumlah\n"
    "   01         5            612              1.021         1.047         2.068\n"
    "   02         6            738              1.214         1.239         2.453\n"
    "\n\n\n"
    "                                   3\n"
    "\f\n"
    "                                                          Jumlah Penduduk (jiwa)\n"
    "   RW         Jumlah RT         Jumlah KK\n"
    "                                                  L              P            Jumlah\n"
    "    03            4                455             762            781           1.543\n"
    " Jumlah          15              1.805           2.997          3.067         {total}\n"
)


def test_a_piece_whose_header_gained_the_spanning_title_still_continues_the_table():
    doc = parse_text(PAGE_BROKEN_TITLE.format(total="6.064"), "laporan.txt")
    assert [r.figure(1).value for t in doc.tables for r in t.rows
            if r.figure(1) is not None] == [5, 6, 4, 15]
    assert audit_document(doc).findings == []
    found = audit_document(parse_text(PAGE_BROKEN_TITLE.format(total="6.046"),
                                      "laporan.txt")).findings
    assert [(f.rule, f.stated, f.expected) for f in found] == [("footing", "6.046", "6.064")]


# The last row's label wraps below its figures, and blank lines pad the foot of the page
# before the footer: the piece on the next page under the same header still continues it.
PAGE_PADDED = PAGE_BROKEN.replace(
    "  2    Pasar Lama         46        14          60        76,67\n",
    "  2    Pasar Lama         46        14          60        76,67\n"
    "       Utara\n" + "\n" * 8)


def test_blank_lines_at_the_foot_of_a_page_do_not_part_a_table_from_its_next_piece():
    [table] = parse_text(PAGE_PADDED, "laporan.txt").tables
    assert [r.figure(3).value for r in table.rows] == [17, 14, 16, 13, 60]
    assert audit_document(parse_text(PAGE_PADDED, "laporan.txt")).findings == []


def test_a_three_line_header_over_a_coded_group_whose_label_tops_its_figures():
    # pdftotext -layout: the header's middle line, a blank, then "PROGRAM PENUNJANG URUSAN"
    # centred above "1.03.01  PEMERINTAHAN DAERAH  figures": the capitals open the body,
    # the header is the three lines under the caption
    text = """\
            Tabel 3.9 Pagu dan Realisasi Anggaran per Program dan Kegiatan Tahun 2025
                                                                          Pagu Perubahan
          Kode             Program / Kegiatan             Pagu Murni (Rp)                     Realisasi (Rp)     %
                                                                               (Rp)

                      PROGRAM PENUNJANG URUSAN
1.03.01               PEMERINTAHAN DAERAH                   1.732.150.000     1.656.900.000   1.626.061.800    98,14
                      KABUPATEN/KOTA

1.03.01.2.01          Perencanaan dan Evaluasi                282.150.000       269.400.000     263.116.800    97,67

1.03.01.2.07          Pengadaan Barang Milik Daerah         1.450.000.000     1.387.500.000   1.362.945.000    98,23

                      JUMLAH                                1.732.150.000     1.656.900.000   1.626.061.800    98,14
"""  # noqa: E501
    doc = parse_text(text, "x.txt")
    [table] = [t for t in doc.tables if t.caption and t.caption.startswith("Tabel 3.9")]
    assert table.caption.endswith("Tahun 2025")
    assert "Pagu Murni (Rp)" in table.columns and "Realisasi (Rp)" in table.columns


# pdftotext -layout of a budget table whose header (three lines, "(Rp)" wrapped under
# "Pagu Perubahan") is printed again on the next page: the block reader finds the second
# piece's rows without those lines, which stand between the page footer and the rows.
HEADER_AGAIN = """\
LKjIP Tahun 2025                                                           UPTD Balai Benih Ikan Sentral


             Tabel 3.10 Pagu dan Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2025
                                                                                                Pagu Perubahan
       Kode                      Program / Kegiatan / Sub Kegiatan         Pagu Awal (Rp)                            Realisasi (Rp)       %
                                                                                                     (Rp)

                        PROGRAM PENUNJANG URUSAN
3.25.01                                                                       {program}         1.782.380.000      1.756.120.450      98,53
                        PEMERINTAHAN DAERAH PROVINSI

3.25.01.1.02            Administrasi Keuangan Perangkat Daerah                1.284.650.000         1.312.480.000      1.296.815.400      98,81

3.25.01.1.02.0001       Penyediaan Gaji dan Tunjangan ASN                     1.284.650.000         1.312.480.000      1.296.815.400      98,81

3.25.01.1.06            Administrasi Umum Perangkat Daerah                         32.900.000          30.650.000         29.958.500      97,74

3.25.01.1.06.0004       Penyediaan Bahan Logistik Kantor                           32.900.000          30.650.000         29.958.500      97,74

                        Penyediaan Jasa Penunjang Urusan
3.25.01.1.08                                                                      459.900.000         439.250.000        429.346.550      97,75
                        Pemerintahan Daerah




                                                                     Halaman 11
LKjIP Tahun 2025                                                           UPTD Balai Benih Ikan Sentral


                                                                                            Pagu Perubahan
      Kode                Program / Kegiatan / Sub Kegiatan            Pagu Awal (Rp)                          Realisasi (Rp)     %
                                                                                                 (Rp)

                    Penyediaan Jasa Komunikasi, Sumber Daya Air
3.25.01.1.08.0002                                                              96.000.000       104.500.000        101.962.350   97,57
                    dan Listrik

3.25.01.1.08.0004   Penyediaan Jasa Pelayanan Umum Kantor                  363.900.000          334.750.000        327.384.200   97,80

                    PROGRAM PENGELOLAAN PERIKANAN
3.25.04                                                                   412.750.000          389.200.000       377.905.600   97,10
                    BUDIDAYA

3.25.04.1.03        Produksi Benih Ikan                                    412.750.000          389.200.000       377.905.600   97,10

3.25.04.1.03.0004   Produksi dan Distribusi Benih Ikan Bermutu             412.750.000          389.200.000       377.905.600   97,10

                    JUMLAH                                                2.190.200.000        2.171.580.000     2.134.026.050   98,27
"""  # noqa: E501


def test_a_header_printed_again_above_a_piece_the_reader_found_without_it_joins_the_pieces():
    doc = parse_text(HEADER_AGAIN.format(program="1.777.450.000"), "laporan.txt")
    [table] = [t for t in doc.tables if t.rows]
    assert table.rows[-1].label == "JUMLAH" and len(table.rows) == 13
    # the program's four kegiatan, two on each page, add up to it
    assert [f for f in audit_document(doc).findings if f.severity.label != "minor"] == []
    broken = audit_document(parse_text(HEADER_AGAIN.format(program="1.771.450.000"),
                                       "laporan.txt")).findings
    assert [(f.rule, f.line) for f in broken] == [("footing", 10)]


def test_a_title_centred_over_two_year_columns_titles_both():
    # pdftotext -layout: "Produktivitas (kg/ha)" over "2024   2025"; the second year column
    # is productivity too, not a bare 2025 (a prose figure of 2025's productivity ties to it)
    text = """\
                           Tabel 3.6 Luas Tanaman Menghasilkan dan Produktivitas Tahun 2025
 No             Komoditas               Luas TM                Produksi                     Produktivitas (kg/ha)                    Perubahan
                                          (ha)                   (ton)                    2024                    2025                 (kg/ha)

  1    Kelapa Sawit                             335.608            1.188.459                     3.398                    3.541                   +143
  2    Karet                                    142.784              142.933                     1.027                    1.001                    -26
  3    Kakao                                      9.564                5.931                       598                      620                    +22
"""  # noqa: E501
    [table] = parse_text(text, "laporan.txt").tables
    assert table.columns[4:6] == ["Produktivitas (kg/ha) 2024", "Produktivitas (kg/ha) 2025"]


KRO_BUDGET = """\
Tabel 3.9 Pagu dan Realisasi Anggaran menurut Kegiatan dan Rincian Output Tahun 2025
     Kode           Program/Kegiatan/Rincian Output       Pagu (Rp)          Realisasi (Rp)      %
141.01.WA        Program Dukungan Manajemen

6981             Dukungan Manajemen dan Pelaksanaan
                 Tugas Teknis Lainnya
6981.EBA.994     Layanan Perkantoran (gaji,             7.285.410.000       7.198.236.514    98,80
                 tunjangan, dan operasional)
6981.EBB.951     Layanan Sarana Internal                  612.500.000         598.350.000    97,69
                 Sub Total Kegiatan 6981                7.897.910.000       7.796.586.514    98,72

7012             Pelindungan Cagar Budaya dan Objek
                 yang Diduga Cagar Budaya
7012.QDC.001     Layanan Registrasi dan Verifikasi        842.300.000         829.615.400    98,49
                 Objek Cagar Budaya
7012.RAB.002     Revitalisasi dan Konservasi            3.318.750.000       3.201.488.900    96,47
                 Sub Total Kegiatan 7012                4.161.050.000       4.031.104.300    96,88

                 JUMLAH TOTAL                          12.058.960.000      11.827.690.814    98,08
"""


def test_a_bare_kegiatan_code_over_its_outputs_opens_a_group_row_with_its_wrapped_name():
    # "7012" is the parent of "7012.QDC.001": its line and the line after it are one group
    # row, not the top of the first output's label nor the rest of the sub-total above
    table = parse_text(KRO_BUDGET, "laporan.txt").tables[0]
    rows = [(r.kind, r.cells[0].text, r.cells[1].text) for r in table.rows]
    assert rows[:4] == [
        ("group", "141.01.WA", "Program Dukungan Manajemen"),
        ("group", "6981", "Dukungan Manajemen dan Pelaksanaan Tugas Teknis Lainnya"),
        ("data", "6981.EBA.994", "Layanan Perkantoran (gaji, tunjangan, dan operasional)"),
        ("data", "6981.EBB.951", "Layanan Sarana Internal"),
    ]
    assert ("group", "7012", "Pelindungan Cagar Budaya dan Objek yang Diduga Cagar Budaya") \
        in rows
    assert table.columns[2] == "Pagu (Rp)"


def test_a_total_of_kegiatan_sub_totals_foots_once_the_outputs_are_read_apart():
    # the grand total adds the two sub-totals, each once; a break in it is one finding
    assert audit_document(parse_text(KRO_BUDGET, "laporan.txt")).findings == []
    broken = KRO_BUDGET.replace("12.058.960.000", "12.085.960.000")
    [finding] = [f for f in audit_document(parse_text(broken, "laporan.txt")).findings
                 if f.severity >= Severity.MAJOR]
    assert (finding.rule, finding.stated, finding.expected) == \
        ("footing", "12.085.960.000", "12.058.960.000")


SK_GROUPED = """\
Tabel 3.2 Pengukuran Capaian Kinerja Tahun 2025
 Kode        Indikator Kinerja Kegiatan               Satuan     Target    Realisasi   Capaian
 SK 1. Meningkatnya pelindungan cagar budaya di wilayah kerja Balai
  1.1    Jumlah objek yang diregistrasi dan           objek        120         126      105,00
         diverifikasi
  1.2    Jumlah cagar budaya yang dilestarikan        objek         14          14      100,00
 SK 2. Meningkatnya pelindungan warisan budaya takbenda
  2.1    Jumlah karya budaya yang dicatat             karya         40          43      107,50
  2.2    Jumlah karya budaya yang diusulkan           karya         15          14       93,33
"""


def test_a_sasaran_by_its_initials_spanning_the_table_keeps_the_table_whole():
    # "SK 1. ..." printed across the columns is a group row, not the end of the table
    doc = parse_text(SK_GROUPED, "laporan.txt")
    [table] = doc.tables
    codes = [r.cells[0].text for r in table.rows if r.cells[0].text]
    assert codes == ["1.1", "1.2", "2.1", "2.2"]
    assert table.columns[-1] == "Capaian"


def _cells(*rows: list[str]) -> str:
    """Plain pdftotext of a ruled table: each cell its own block between blank lines; a
    group row spanning the table printed right above the next row's number."""
    out = []
    for row in rows:
        out += ["\n".join(row) if isinstance(row, list) else row, ""]
    return "\n".join(out)


SASARAN_CELLS = "Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025\n" + _cells(
    "No", "Indikator Kinerja Utama", "Satuan", "Target", "Realisasi", ["Capaian", "(%)"],
    "Predikat",
    ["Sasaran 1: Terwujudnya pengawasan sumber daya kelautan dan perikanan yang optimal",
     "1"],
    "Jumlah hari operasi kapal pengawas", "Hari", "420", "437", "104,05", "Sangat Baik",
    "2", "Jumlah kapal perikanan yang diperiksa", "Kapal", "1.200", "1.286", "{capaian}",
    "Sangat Baik",
    ["Sasaran 2: Meningkatnya efektivitas penanganan pelanggaran dan penegakan hukum di "
     "bidang kelautan dan", "perikanan", "3"],
    ["Persentase pelanggaran kelautan dan perikanan", "yang diselesaikan"], "%", "90,00",
    "89,41", "99,34", "Baik",
) + "\nSumber: Seksi Operasional\n"


def test_cell_per_line_rows_under_sasaran_headings_spanning_the_table():
    # "Sasaran 1: ..." (over 80 characters, one wrapping onto a second line) opens a group
    # printed right above its first row's number: the table is read, not dropped
    doc = parse_text(SASARAN_CELLS.format(capaian="107,17"), "laporan.txt")
    [table] = doc.tables
    assert [r.kind for r in table.rows] == ["group", "data", "data", "group", "data"]
    assert table.rows[3].cells[0].text.endswith("bidang kelautan dan perikanan")
    assert audit_document(doc).findings == []
    broken = parse_text(SASARAN_CELLS.format(capaian="107,71"), "laporan.txt")
    [finding] = audit_document(broken).findings
    assert (finding.rule, finding.stated, finding.expected) == ("ratio", "107,71", "107,17")


RAW = """\
Tabel 3.4 Jumlah Sampel yang Diuji per Triwulan Tahun 2025
No Jenis Sampel TW-1 TW-2 TW-3 TW-4 Jumlah
1 Air minum 312 428 455 361 1.556
2 Air untuk keperluan higiene sanitasi 186 241 263 198 888
3 Udara ambien 58 83 91 64 296
4
Spesimen vektor dan binatang pembawa
penyakit
118 176 205 131 630
Jumlah {tw1} 928 1.014 754 3.370
Sumber: Sistem Informasi Laboratorium, 2025
"""


def test_a_line_of_figures_under_its_wrapped_label_counts_from_the_right():
    # pdftotext -raw prints a wrapped row's label on lines of its own, then its figures:
    # the figures stay in their columns (118 in the first quarter's, not the label's)
    assert [f for f in audit_document(parse_text(RAW.format(tw1="674"), "x.txt")).findings
            if f.severity >= Severity.MAJOR] == []
    found = audit_document(parse_text(RAW.format(tw1="647"), "x.txt")).findings
    assert ("footing", "647", "674") in {(f.rule, f.stated, f.expected) for f in found}


PIECE = """
    Tabel 3.10 Pagu dan Realisasi Anggaran per Rincian Output (lanjutan)
    | Kode | Rincian Output | Pagu Awal | Pagu Revisi | Realisasi | |
    |---|---|---|---|---|---|
    | 6425.QDC.001 | Surveilans faktor risiko | 1.384.600.000 | 1.026.450.000 | 1.003.118.900 | 97,73 |
    | 6425.QDC.002 | Surveilans vektor | 968.300.000 | 742.180.000 | 719.604.300 | 96,96 |
    | | Sub Total 024.05.DR | 2.352.900.000 | 1.768.630.000 | 1.722.723.200 | 97,40 |
    | | Total | 21.604.540.000 | 19.173.858.000 | 18.763.411.020 | 97,86 |
"""  # noqa: E501


def test_a_grand_total_under_the_one_sub_total_of_a_piece_is_not_judged_on_that_piece(read):
    # the other program's rows and sub-total were printed in a piece not joined to this
    # one; the untitled column of rates is no sum either
    assert [f for f in audit_document(read(PIECE)).findings
            if f.rule == "footing"] == []


OCR_RULES = """\
Tabel 3.7 Peserta Pembinaan Kemandirian Tahun 2025

No    Jenis Pelatihan                       L       P   Jumlah    Sertifikat
1.   Pertukangan kayu / mebel           22      -         22            14
| 2.    Menjahit / konveksi                 8       9        17            13
3.    Pertanian hidroponik                 24      -        24            16 |
4.   Laundry                            12      2       14           10
     Jumlah                             66      11       {total}           53

Seluruh peserta menerima sertifikat.
"""


def test_a_stray_table_rule_at_a_scanned_lines_edge_is_read_as_space():
    # OCR reads a table's rule as "|" at the start or end of a row: the row stays in the table
    doc = parse_text(OCR_RULES.format(total="77"), "x.txt")
    [table] = doc.tables
    assert len([r for r in table.rows if r.kind == "data"]) == 4
    assert [f for f in audit_document(doc).findings if f.severity >= Severity.MAJOR] == []
    found = audit_document(parse_text(OCR_RULES.format(total="79"), "x.txt")).findings
    assert {(f.rule, f.stated) for f in found} >= {("footing", "79")}


# Pasted from a PDF viewer: the footer keeps one space before its page number, and a sub
# kegiatan's name wraps after a comma, its figures on the first line
PASTED_FOOTERS = """\
Laporan ini disusun sebagai pertanggungjawaban kinerja tahun 2025.
LKjIP Dinas Contoh Kabupaten Sukamaju Tahun 2025 7
Tabel 3.9 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan Tahun 2025
Kode Program / Kegiatan / Sub Kegiatan Pagu (Rp) Realisasi (Rp) %
1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN 4.900.000.000 4.783.117.500 97,61
1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan 4.450.000.000 4.384.352.500 98,52
1.02.02.2.01.0014 Pengadaan Alat Kesehatan 3.250.000.000 2.987.540.000 91,92
1.02.02.2.01.0020 Pemeliharaan Rutin dan Berkala Sarana, 1.200.000.000 1.396.812.500 116,40
Prasarana dan Alat Kesehatan
LKjIP Dinas Contoh Kabupaten Sukamaju Tahun 2025 8
1.02.02.2.03 Penyelenggaraan Sistem Informasi Kesehatan 450.000.000 398.765.000 88,61
1.02.02.2.03.0002 Pengelolaan Sistem Informasi Kesehatan 450.000.000 398.765.000 88,61
Jumlah {total} 4.783.117.500 97,61
Sisa anggaran dikembalikan ke kas daerah.
LKjIP Dinas Contoh Kabupaten Sukamaju Tahun 2025 9
"""


def test_a_footer_whose_page_number_rises_is_furniture_and_a_comma_wrapped_name_a_row():
    doc = parse_text(PASTED_FOOTERS.format(total="4.900.000.000"), "x.txt")
    (table,) = doc.tables
    labels = [" ".join(c.text for c in r.cells[:2]) for r in table.rows]
    assert not any("LKjIP" in label for label in labels)
    assert any(label.startswith("1.02.02.2.01.0020") for label in labels)
    assert audit_document(doc).findings == []
    broken = parse_text(PASTED_FOOTERS.format(total="4.090.000.000"), "x.txt")
    assert [(f.rule, f.stated) for f in audit_document(broken).findings
            if f.rule == "footing"] == [("footing", "4.090.000.000")]


# A PDF's ruled table as pdftotext -raw (or a PDF viewer's copy) gives it: cells in the
# order they were drawn, single spaces between the cells on one line, every wrapped header
# title and every wrapped label on lines of their own before the row's figures.
STREAM_ORDER = """\
Tabel 3.2 Capaian Indikator Kinerja Tahun 2025
No Sasaran Strategis Indikator Kinerja Satuan Target Realisasi Capaian
(%)
Predikat
1 Meningkatnya mutu dan
akses pelayanan
kesehatan rujukan
Jumlah tindakan operasi katarak tindakan 4.200 4.386 104,43 Sangat Tinggi
2 Meningkatnya mutu dan
akses pelayanan
kesehatan rujukan
Persentase pasien pasca operasi
dengan hasil baik
% 80,00 84,15 {rate} Sangat Tinggi
3 Meningkatnya kepuasan
masyarakat
Indeks Kepuasan Masyarakat (IKM) nilai 85,00 87,42 102,85 Sangat Tinggi
Halaman 4
Capaian seluruh indikator disajikan di atas.
"""


def test_rows_pasted_in_drawing_order_keep_their_wrapped_titles_and_labels():
    doc = parse_text(STREAM_ORDER.format(rate="105,19"), "x.txt")
    (table,) = doc.tables
    assert table.columns[-4:] == ["Target", "Realisasi", "Capaian (%)", "Predikat"]
    labels = [r.cells[0].text for r in table.rows]
    assert [r.cells[1].text for r in table.rows] == ["tindakan", "%", "nilai"]
    assert labels[1].startswith("2 Meningkatnya mutu dan akses pelayanan")
    assert labels[1].endswith("Persentase pasien pasca operasi dengan hasil baik")
    assert "Halaman" not in labels[2]
    assert audit_document(doc).findings == []
    broken = parse_text(STREAM_ORDER.format(rate="105,91"), "x.txt")
    assert [(f.rule, f.stated) for f in audit_document(broken).findings] \
        == [("ratio", "105,91")]


def test_a_second_unit_after_a_title_and_a_column_number_row_name_their_own_columns():
    text = """\
Tabel 3.12 Pagu dan Realisasi Anggaran Menurut Jenis Belanja Tahun 2025
No Kode Jenis Belanja Pagu (Rp) Realisasi (Rp) (%)
(1) (2) (3) (4) (5) (6)
1 51 Belanja Pegawai 7.912.380.000 7.884.215.640 99,64
2 52 Belanja Barang 7.749.190.000 7.406.390.382 95,58
Jumlah 15.661.570.000 15.290.606.022 97,63
"""
    (table,) = parse_text(text, "x.txt").tables
    assert table.columns[-3:] == ["Pagu (Rp)", "Realisasi (Rp)", "(%)"]
    assert [c.text for c in table.rows[-1].cells[-3:]] \
        == ["15.661.570.000", "15.290.606.022", "97,63"]


# A header pasted in drawing order over rows pasted whole: each wrapped title piece on a
# line of its own, years and units under their titles, two titles joined by "thd".
DRAWN_HEADER = """\
Tabel 3.3 Realisasi IKU 2023-2025 dan Capaian terhadap Target Akhir Renstra
No Indikator Kinerja Satuan Realisasi
2023
Realisasi
2024
Realisasi
2025
Target Akhir
Renstra 2026
Capaian thd
Target 2026
(%)
1 Jumlah tindakan operasi katarak tindakan 3.745 4.012 4.386 4.400 99,68
2 Persentase pasien pasca operasi
dengan hasil baik
% 79,84 82,60 84,15 85,00 {rate}
3 Indeks Kepuasan Masyarakat (IKM) nilai 84,37 86,15 87,42 86,00 101,65
Realisasi seluruh indikator meningkat dari tahun ke tahun.
"""


def test_a_header_pasted_a_title_piece_per_line_names_every_column():
    doc = parse_text(DRAWN_HEADER.format(rate="99,00"), "x.txt")
    (table,) = doc.tables
    assert table.columns[-5:] == ["Realisasi 2023", "Realisasi 2024", "Realisasi 2025",
                                  "Target Akhir Renstra 2026", "Capaian thd Target 2026 (%)"]
    assert [r.cells[1].text for r in table.rows] == ["tindakan", "%", "nilai"]
    assert audit_document(doc).findings == []
    broken = parse_text(DRAWN_HEADER.format(rate="99,90"), "x.txt")
    assert [(f.rule, f.stated) for f in audit_document(broken).findings] \
        == [("ratio", "99,90")]


def test_titles_that_share_a_first_word_are_told_apart_by_it():
    text = """\
Tabel 3.8 Hasil Surveilans Vektor per Provinsi Tahun 2025
No Provinsi Kab/Kota
Rumah
Diperiksa
Rumah Positif
Jentik
Rumah Bebas
Jentik
ABJ (%)
1 Seruni Raya 6 2.450 127 2.323 94,82
2 Teluk Damar 5 1.980 86 1.894 {abj}
3 Bukit Karang 4 1.640 58 1.582 96,46
Jumlah 15 6.070 271 5.799 95,54
"""
    table = parse_text(text.format(abj="95,66"), "x.txt").tables[0]
    assert table.columns[-5:] == ["Kab/Kota", "Rumah Diperiksa", "Rumah Positif Jentik",
                                  "Rumah Bebas Jentik", "ABJ (%)"]
    findings = audit_document(parse_text(text.format(abj="95,65"), "x.txt")).findings
    assert [(f.rule, f.stated) for f in findings] == [("rounding", "95,65")]


# Quarters over rows whose labels wrap above their figures, a growth rate last; and a
# budget table whose header is printed again after a page break, a programme's name
# running on over the break.
PASTED_QUARTERS = """\
Tabel 3.5 Kunjungan Rawat Jalan per Triwulan Tahun 2025
Jenis Pelayanan TW I TW II TW III TW IV Jumlah
2025
Jumlah
2024
Pertumbuhan
(%)
Poliklinik Kebidanan dan
Kandungan
4.812 5.036 5.214 4.987 20.049 19.265 4,07
Poliklinik Anak 3.925 4.118 3.876 4.240 16.159 15.480 4,39
Poliklinik Tumbuh Kembang
Anak
612 655 701 688 2.656 2.315 14,73
Jumlah 9.349 9.809 9.791 9.915 {total} 37.060 4,87
Kunjungan naik dibanding tahun sebelumnya.
"""


def test_pasted_quarters_keep_labels_wrapped_above_their_figures_and_a_rate_unsummed():
    doc = parse_text(PASTED_QUARTERS.format(total="38.864"), "x.txt")
    (table,) = doc.tables
    assert table.columns[1:] == ["TW I", "TW II", "TW III", "TW IV", "Jumlah 2025",
                                 "Jumlah 2024", "Pertumbuhan (%)"]
    assert [r.cells[0].text for r in table.rows[:3]] == [
        "Poliklinik Kebidanan dan Kandungan", "Poliklinik Anak",
        "Poliklinik Tumbuh Kembang Anak"]
    assert audit_document(doc).findings == []
    broken = parse_text(PASTED_QUARTERS.format(total="38.846"), "x.txt")
    assert {(f.rule, f.stated.split(" / ")[0]) for f in audit_document(broken).findings} \
        >= {("footing", "38.846")}


def test_a_stray_dot_after_a_pasted_rows_last_figure_keeps_the_row():
    text = """\
Tabel 1.2 Keadaan Pegawai Berdasarkan Tingkat Pendidikan
No Tingkat Pendidikan L P Jumlah
1 S2 (Magister) 5 3 8
2 S1/D-IV 13 12 25
3 D-III 4 3 7.
4 SLTA/Sederajat 9 5 14
Jumlah 31 23 {total}
"""
    doc = parse_text(text.format(total="54"), "x.txt")
    (table,) = doc.tables
    assert [r.cells[-1].text for r in table.rows] == ["8", "25", "7", "14", "54"]
    assert audit_document(doc).findings == []
    broken = parse_text(text.format(total="45"), "x.txt")
    assert {f.rule for f in audit_document(broken).findings} >= {"footing"}


def _grid(sub: list[str], rows: list[list[str]], total: list[str]) -> str:
    """A table as LibreOffice's plain-text export writes it: a cell per line, an empty
    line for an empty cell, the number and label of the total row merged into one."""
    top = ["No", "Kecamatan", "Pagu (Rp)", "Penyaluran (Rp)", "Jumlah (Rp)"]
    lines = ["Tabel 3.6 Penyaluran Dana Desa per Kecamatan Tahun 2025", *top, *sub]
    for row in rows:
        lines += row
    lines += total
    lines.append("Sumber: aplikasi penyaluran, diolah.")
    return "\n".join(lines) + "\n"


GRID_ROWS = [["1", "Air Deras", "1.000", "400", "600", "1.000"],
             ["2", "Batu Ampar", "2.000", "800", "1.200", "2.000"],
             ["3", "Lubuk Sirih", "3.000", "1.200", "1.800", "3.000"]]


def test_a_libreoffice_text_export_table_is_read_by_its_row_numbers():
    text = _grid(["", "", "", "Tahap I", "Tahap II", ""], GRID_ROWS,
                 ["Jumlah", "6.000", "2.400", "{t2}", "6.000"])
    doc = parse_text(text.format(t2="3.600"), "x.txt")
    [table] = doc.tables
    assert table.columns == ["No", "Kecamatan", "Pagu (Rp)", "Penyaluran (Rp) / Tahap I",
                             "Penyaluran (Rp) / Tahap II", "Jumlah (Rp)"]
    assert [r.label for r in table.rows][-1] == "Jumlah"
    assert audit_document(doc).findings == []
    findings = audit_document(parse_text(text.format(t2="3.700"), "x.txt")).findings
    assert ("footing", "3.700", "3.600") in {(f.rule, f.stated, f.expected) for f in findings}


def test_sub_titles_that_repeat_start_the_next_spanning_title():
    from audit.readers.layout import _grid_header

    head = ["No", "Indikator", "2024", "2025", "Capaian (%)",
            "", "", "Target", "Realisasi", "Target", "Realisasi", ""]
    assert _grid_header(head, 7) == [
        ["No", "Indikator", "2024", "2024", "2025", "2025", "Capaian (%)"],
        ["No", "Indikator", "Target", "Realisasi", "Target", "Realisasi", "Capaian (%)"]]
    # titles that cannot be laid over the sub-titles: no header, no guess
    assert _grid_header(["No", "Indikator", "", "", "Target", ""], 4) is None


def test_a_total_row_of_figures_only_stops_before_a_closing_column_of_words():
    """OCR of a table whose last column holds words (``Ya``/``Tidak``): the ``Jumlah`` row
    prints figures only, which belong to the figure columns, not to the last columns."""
    text = ("Tabel 3.7 Kinerja Terminal Penumpang Tahun 2025\n\n"
            "1 Terminal Sembada 64 118.430 124.715 Ya\n"
            "2 Terminal Watu Agung 38 61.208 63.942 Ya\n"
            "3 Terminal Pasir Lanang 27 40.516 42.087 Ya\n"
            "4 Terminal Kali Jernih 15 19.873 18.641 Tidak\n"
            "Jumlah 144 {total} 249.385\n\n"
            "Jumlah penumpang meningkat dibandingkan tahun sebelumnya.\n")
    doc = parse_text(text.format(total="240.027"), "laporan.txt")
    [table] = doc.tables
    assert [c.text for c in table.rows[-1].cells][-1] == ""
    assert audit_document(doc).findings == []
    [finding] = audit_document(parse_text(text.format(total="240.072"), "laporan.txt")).findings
    assert (finding.rule, finding.stated, finding.expected) == ("footing", "240.072", "240.027")
