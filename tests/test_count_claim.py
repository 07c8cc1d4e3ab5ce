from __future__ import annotations

import re

import pytest

from audit.checks import count_claim
from audit.findings import Severity


def test_compact_list_that_matches(read):
    result = count_claim.check(read("""
        Sasaran ini memiliki 3 IKU yaitu:

        1. Persentase lulusan yang bekerja
        2. Jumlah lembaga yang diakreditasi
        3. Indeks kepuasan layanan

        Penjelasan berikutnya.
    """))
    assert result.findings == [] and result.performed == 1


def test_compact_list_that_does_not_match(read):
    [finding] = count_claim.check(read("""
        Kegiatan ini terdiri dari 5 (lima) kegiatan sebagai berikut:
        a. Pelatihan berbasis kompetensi;
        b. Pemagangan;
        c. Sertifikasi;
        d. Uji kompetensi.

        Uraian selanjutnya.
    """)).findings
    assert finding.rule == "count_claim"
    assert finding.severity is Severity.MAJOR
    assert finding.line == 1
    assert finding.stated == "5 (lima)"
    assert finding.expected == "4 (empat)"
    assert finding.related_lines == [2, 3, 4, 5]


def test_numbered_items_separated_by_paragraphs_under_a_parent_item(read):
    doc = read("""
        1) Sasaran Program 1 memiliki 2 IKU yaitu:

        1. Indeks pertama

        Penjelasan indikator pertama.

        2. Indeks kedua

        Penjelasan indikator kedua.

        3. Indeks ketiga

        Penjelasan indikator ketiga.

        2) Sasaran Program 2 memiliki 1 IKU yaitu:

        1. Indeks keempat
    """)
    [finding] = count_claim.check(doc).findings
    assert finding.line == 1
    assert finding.expected == "3"


def test_broken_numbering_gives_no_verdict(read):
    doc = read("""
        1) Sasaran Program 1 memiliki 2 IKU yaitu:

        1. Indeks pertama

        Dengan rincian:

        1. Provinsi A
        2. Provinsi B
        3. Provinsi C

        2) Sasaran Program 2 memiliki 1 IKU yaitu:
    """)
    assert count_claim.check(doc).findings == []


def test_table_that_follows_is_counted_by_its_noun_column(read):
    doc = read("""
        Terdapat 4 program sebagai berikut:

        Tabel 2.1 Program
        | No | Program | Pagu |
        |---|---|---|
        | 1 | Program A | 100 |
        | 2 | Program B | 200 |
        | 3 | Program C | 300 |
        | Jumlah | | 600 |
    """)
    [finding] = count_claim.check(doc).findings
    assert finding.expected == "3"
    assert "tabel 2.1" in finding.message.lower()


def test_table_of_another_kind_is_not_counted(read):
    doc = read("""
        Terdapat 2 program sebagai berikut:

        | No | Indikator | Target |
        |---|---|---|
        | 1 | Indikator A | 100 |
        | 2 | Indikator B | 200 |
        | 3 | Indikator C | 300 |
    """)
    assert count_claim.check(doc).findings == []


def test_no_introducer_or_two_counts_is_silent(read):
    doc = read("""
        Terdapat 3 perspektif dan 26 IKU pada Perjanjian Kinerja.
        1. Satu
        2. Dua

        IKU ini didukung oleh 1 program dengan 3 kegiatan, yaitu:
        a. Program Penempatan Tenaga Kerja:
        1) Kegiatan A;
        2) Kegiatan B;
        3) Kegiatan C.
    """)
    assert count_claim.check(doc).findings == []


def test_items_of_another_kind_are_not_counted(read):
    doc = read("""
        Dinas melaksanakan 3 kegiatan yaitu:
        a. Program Penempatan Tenaga Kerja
        b. Program Pelatihan
    """)
    assert count_claim.check(doc).findings == []


def test_list_not_immediately_following_is_silent(read):
    doc = read("""
        Terdapat 3 kegiatan sebagai berikut:

        Kegiatan tersebut dijelaskan di bawah ini dengan rinci dan panjang.

        1. Pelatihan
        2. Pemagangan
    """)
    assert count_claim.check(doc).findings == []


# ---------------------------------------------------------------- bound by a table's name

_IKU_TABLE = """
    Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025

    | No | Sasaran Strategis | Indikator Kinerja | Target | Realisasi |
    |---|---|---|---|---|
    | 1 | Meningkatnya mutu layanan arsip | Persentase arsip yang tertata | 80 | 82 |
    | 2 |  | Indeks kepuasan pengguna arsip | 75 | 77 |
    | 3 | Meningkatnya minat baca | Jumlah anggota perpustakaan aktif | 900 | 950 |
    | 4 |  | Persentase desa yang memiliki pojok baca | 40 | 42 |
"""


def test_claim_bound_by_table_number_further_away(read):
    doc = read("""
        Kinerja dinas diukur tahunan. Terdapat 3 (tiga) indikator kinerja utama, lihat Tabel 3.1.

        Pengukuran dilakukan oleh tim yang ditetapkan dengan keputusan kepala dinas.

        Tabel 2.9 Anggaran per Program

        | No | Program | Pagu |
        |---|---|---|
        | 1 | Program Pengelolaan Arsip | 100 |
        | 2 | Program Pembinaan Perpustakaan | 200 |

        Uraian anggaran dijelaskan pada bab berikutnya.
    """ + _IKU_TABLE)
    [finding] = count_claim.check(doc).findings
    assert finding.rule == "count_claim"
    assert finding.severity is Severity.MAJOR
    assert finding.line == 1
    assert finding.stated == "3 (tiga)"
    assert finding.expected == "4 (empat)"
    assert len(finding.related_lines) == 4
    assert "Tabel 3.1" in finding.message


def test_claim_bound_by_table_number_that_matches_passes(read):
    doc = read("""
        Hasil pengukuran terhadap 4 indikator kinerja utama disajikan pada Tabel 3.1.
    """ + _IKU_TABLE)
    result = count_claim.check(doc)
    assert result.findings == [] and result.performed == 1


def test_next_sentence_of_the_paragraph_names_the_table(read):
    doc = read("""
        Balai melatih peserta pada 2 (dua) kejuruan. Hasil uji kompetensi sebagaimana Tabel 9.

        Tabel 9. Hasil Uji Kompetensi per Kejuruan

        | No | Kejuruan | Peserta | Kompeten |
        |---|---|---|---|
        | 1 | Las | 16 | 15 |
        | 2 | Otomotif | 32 | 30 |
        | 3 | Tata Boga | 16 | 16 |
        |  | Jumlah | 64 | 61 |
    """)
    [finding] = count_claim.check(doc).findings
    assert finding.line == 1
    assert (finding.stated, finding.expected) == ("2 (dua)", "3 (tiga)")


def test_table_below_announced_with_tabel_berikut(read):
    doc = read("""
        Pada tahun 2025 terdapat 5 (lima) indikator kinerja utama sebagaimana tabel berikut.
    """ + _IKU_TABLE)
    [finding] = count_claim.check(doc).findings
    assert (finding.stated, finding.expected) == ("5 (lima)", "4 (empat)")


@pytest.mark.parametrize("footer", [
    "Laporan Kinerja Dinas Arsip Kota Contoh Tahun 2025",
    "Laporan Kinerja Instansi Pemerintah Dinas Arsip dan Perpustakaan Kota Contoh Tahun 2025",
])
def test_table_split_by_a_page_break_is_counted_whole(read, footer):
    doc = read("""
        Terdapat 4 (empat) indikator kinerja utama yang diukur sebagaimana tabel berikut.

        Tabel 3.1 Capaian Indikator Kinerja Utama
        | No | Indikator Kinerja | Target | Realisasi |
        |---|---|---|---|
        | 1 | Persentase arsip yang tertata | 80 | 82 |
        | 2 | Indeks kepuasan pengguna arsip | 75 | 77 |
        | 3 | Jumlah anggota perpustakaan aktif | 900 | 950 |

        FOOTER
        14

        | No | Indikator Kinerja | Target | Realisasi |
        |---|---|---|---|
        | 4 | Persentase desa yang memiliki pojok baca | 40 | 42 |
        | 5 | Jumlah koleksi digital | 500 | 520 |
    """.replace("FOOTER", footer))
    [finding] = count_claim.check(doc).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "5 (lima)")
    assert len(finding.related_lines) == 5


def test_header_repeated_inside_one_table_is_not_an_item(read):
    doc = read("""
        Terdapat 3 program yang dilaksanakan sebagaimana tabel berikut.

        Tabel 2.2 Program
        | No | Program | Pagu |
        |---|---|---|
        | 1 | Program Pengelolaan Arsip | 100 |
        | 2 | Program Pembinaan Perpustakaan | 200 |
        | No | Program | Pagu |
        | 3 | Program Penunjang Urusan | 300 |
        |  | Jumlah | 600 |
    """)
    result = count_claim.check(doc)
    assert result.findings == [] and result.performed == 1


def test_named_table_about_something_else_is_not_counted(read):
    doc = read("""
        Pada tahun 2025 terdapat 3 indikator kinerja utama, sebagaimana Tabel 2.2.

        Tabel 2.2 Anggaran per Program
        | No | Program | Pagu |
        |---|---|---|
        | 1 | Program Pengelolaan Arsip | 100 |
        | 2 | Program Pembinaan Perpustakaan | 200 |
    """)
    result = count_claim.check(doc)
    assert result.findings == [] and result.performed == 0


def test_count_of_a_different_noun_is_not_judged_against_the_items(read):
    doc = read("""
        Pada tahun 2025 dinas melayani 3 desa binaan sebagaimana Tabel 3.1.
    """ + _IKU_TABLE)
    result = count_claim.check(doc)
    assert result.findings == [] and result.performed == 0


def test_quantity_of_people_is_no_count_of_items(read):
    doc = read("""
        Pada tahun 2025 sebanyak 6 orang pegawai mengikuti pelatihan sebagaimana Tabel 3.1.
    """ + _IKU_TABLE)
    assert count_claim.check(doc).findings == []


def test_count_of_a_part_is_not_a_count_of_the_table(read):
    doc = read("""
        Berdasarkan Tabel 3.1, sebanyak 3 (tiga) indikator berkategori Sangat Tinggi.
        Dari 4 indikator, 2 indikator melampaui target sebagaimana Tabel 3.1.
        Sasaran Strategis Meningkatnya Minat Baca diukur dengan 2 indikator pada Tabel 3.1.
        Sasaran pertama diukur dengan 3 indikator sebagaimana Tabel 3.1.
    """ + _IKU_TABLE)
    assert count_claim.check(doc).findings == []


def test_another_set_of_the_same_family_is_not_compared(read):
    doc = read("""
        Dinas memiliki 2 (dua) indikator kinerja utama, sebagaimana Tabel 3.5.

        Tabel 3.5 Capaian Kegiatan
        | No | Indikator Kinerja Kegiatan | Target |
        |---|---|---|
        | 1 | Jumlah dokumen arsip yang dipindai | 100 |
        | 2 | Jumlah buku yang diolah | 200 |
        | 3 | Jumlah kegiatan literasi | 12 |
    """)
    assert count_claim.check(doc).findings == []


def test_table_number_used_twice_gives_no_verdict(read):
    doc = read("""
        Pada tahun 2025 terdapat 3 indikator kinerja utama sebagaimana Tabel 3.1.
    """ + _IKU_TABLE + """
        Tabel 3.1 Indikator Kinerja Tahun Sebelumnya
        | No | Indikator Kinerja | Target |
        |---|---|---|
        | 1 | Persentase arsip yang tertata | 70 |
        | 2 | Indeks kepuasan pengguna arsip | 70 |
        | 3 | Jumlah anggota perpustakaan aktif | 800 |
    """)
    assert count_claim.check(doc).findings == []


def test_table_comparing_years_is_not_the_list_of_one_year(read):
    doc = read("""
        Pada tahun 2024 terdapat 3 indikator kinerja utama sebagaimana Tabel 3.3.

        Tabel 3.3 Perbandingan Realisasi
        | No | Indikator Kinerja | 2024 | 2025 |
        |---|---|---|---|
        | 1 | Persentase arsip yang tertata | 78 | 82 |
        | 2 | Indeks kepuasan pengguna arsip | 74 | 77 |
        | 3 | Jumlah anggota perpustakaan aktif | 880 | 950 |
        | 4 | Persentase desa yang memiliki pojok baca | - | 42 |
    """)
    assert count_claim.check(doc).findings == []


def test_item_listed_twice_apart_gives_no_verdict(read):
    doc = read("""
        Pelatihan dilaksanakan pada 2 kejuruan sebagaimana Tabel 4.

        Tabel 4. Peserta per Angkatan
        | No | Kejuruan | Peserta |
        |---|---|---|
        | 1 | Las | 16 |
        | 2 | Otomotif | 16 |
        | 3 | Las | 16 |
    """)
    assert count_claim.check(doc).findings == []


# ---------------------------------------------------------------- bound by codes

_SP_TABLE = """
    Tabel 2.1 Perjanjian Kinerja
    | Kode | Sasaran Program | Indikator Kinerja Utama | Target |
    |---|---|---|---|
    | SP1 | Meningkatnya mutu arsip | Persentase arsip yang tertata | 80 |
    | SP2 | Meningkatnya minat baca | Jumlah anggota perpustakaan aktif | 900 |
    | SP3 | Meningkatnya layanan digital | Jumlah koleksi digital | 500 |
    | SP4 | Terwujudnya tata kelola yang baik | Nilai SAKIP dinas | 70 |
"""


def test_count_against_the_codes_the_document_numbers(read):
    doc = read("""
        Perjanjian Kinerja dinas memuat 3 Sasaran Program dan 4 IKU.
    """ + _SP_TABLE)
    [finding] = count_claim.check(doc).findings
    assert (finding.stated, finding.expected) == ("3", "4")
    assert "SP1–SP4" in finding.message


def test_count_against_codes_that_agree_passes(read):
    doc = read("""
        Perjanjian Kinerja dinas memuat 4 Sasaran Program.
    """ + _SP_TABLE)
    result = count_claim.check(doc)
    assert result.findings == [] and result.performed == 1


def test_codes_with_a_gap_or_a_sentence_about_one_parent_give_no_verdict(read):
    gapped = _SP_TABLE.replace("| SP3 |", "| SP5 |")
    assert count_claim.check(read("Dinas memuat 3 Sasaran Program.\n" + gapped)).findings == []
    doc = read("""
        Pada perspektif pemangku kepentingan terdapat 2 Sasaran Program.
    """ + _SP_TABLE)
    assert count_claim.check(doc).findings == []


def test_rows_that_are_not_all_the_counted_items_give_no_verdict(read):
    table = """
        Tabel 1.2 Pegawai per Bidang
        | No | Bidang | Pegawai |
        |---|---|---|
        | 1 | Sekretariat | 12 |
        | 2 | Bidang Pengelolaan Arsip | 8 |
        | 3 | Bidang Layanan Perpustakaan | 9 |
        | 4 | Bidang Pembinaan Literasi | 7 |
    """
    for sentence in ("Dinas terdiri atas sekretariat dan 2 bidang sebagaimana Tabel 1.2.",
                     "Dinas memiliki 3 bidang sebagaimana Tabel 1.2."):
        assert count_claim.check(read(sentence + "\n" + table)).findings == []


def test_numbered_rows_with_an_unnumbered_row_give_no_verdict(read):
    doc = read("""
        Terdapat 2 kegiatan yang dilaksanakan, sebagaimana Tabel 3.4.

        Tabel 3.4 Realisasi Kegiatan
        | No | Kegiatan | Realisasi |
        |---|---|---|
        | 1 | Pengelolaan arsip dinamis | 90 |
        |  | Pemeliharaan arsip statis | 85 |
        | 2 | Pembinaan perpustakaan sekolah | 95 |
    """)
    assert count_claim.check(doc).findings == []


def test_table_below_a_sentence_counting_a_category_is_not_its_list(read):
    doc = read("""
        Sebanyak 3 (tiga) indikator berkategori Sangat Tinggi sebagai berikut:
    """ + _IKU_TABLE)
    assert count_claim.check(doc).findings == []


def test_progress_count_is_not_judged_against_a_named_table(read):
    doc = read("""
        Sampai akhir tahun, 3 indikator kinerja utama telah diukur sebagaimana Tabel 3.1.
    """ + _IKU_TABLE)
    assert count_claim.check(doc).findings == []


def test_two_complete_code_lists_of_different_lengths_give_no_verdict(read):
    older = (
        "\nTabel 2.3 Sasaran Program Renstra Lama\n"
        "| Kode | Sasaran Program | Target |\n|---|---|---|\n"
        "| SP1 | Meningkatnya mutu arsip | 70 |\n"
        "| SP2 | Meningkatnya minat baca | 800 |\n"
        "| SP3 | Meningkatnya layanan digital | 400 |\n"
    )
    doc = read("Perjanjian Kinerja dinas memuat 3 Sasaran Program.\n" + _SP_TABLE + older)
    assert count_claim.check(doc).findings == []


def test_continued_table_captioned_lanjutan_is_counted_with_its_first_part(read):
    doc = read("""
        Pada tahun 2025 terdapat 3 (tiga) indikator kinerja utama, sebagaimana Tabel 3.1.

        Tabel 3.1 Capaian Indikator Kinerja Utama
        | No | Indikator Kinerja | Target |
        |---|---|---|
        | 1 | Persentase arsip yang tertata | 80 |
        | 2 | Indeks kepuasan pengguna arsip | 75 |

        Tabel 3.1 (lanjutan)
        | No | Indikator Kinerja | Target |
        |---|---|---|
        | 3 | Jumlah anggota perpustakaan aktif | 900 |
        | 4 | Persentase desa yang memiliki pojok baca | 40 |
    """)
    [finding] = count_claim.check(doc).findings
    assert (finding.stated, finding.expected) == ("3 (tiga)", "4 (empat)")


def test_examples_in_the_rule_documentation_behave_as_documented(read):
    doc = count_claim.__doc__ or ""
    blocks = re.findall(r"(Passes|Fails)[^\n]*::\n\n((?:    .*\n|\n)+)", doc)
    assert len(blocks) == 3
    for verdict, block in blocks:
        findings = count_claim.check(read(block)).findings
        assert len(findings) == (1 if verdict == "Fails" else 0), block


def test_audit_objects_and_offices_are_counted_against_the_table_named(read):
    from audit.engine import audit_document

    doc = read("""
        Pemeriksaan dilaksanakan terhadap 4 (empat) obyek pemeriksaan (Tabel 3.4).

        Tabel 3.4 Hasil Pemeriksaan Reguler

        | No | Obyek Pemeriksaan | Temuan | Rekomendasi |
        |---|---|---|---|
        | 1 | Dinas Pendidikan | 4 | 6 |
        | 2 | Dinas Kesehatan | 3 | 5 |
        | 3 | Kecamatan Lembah | 2 | 2 |
        |  | Jumlah | 9 | 13 |
    """)
    found = [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found == [("count_claim", "4 (empat)", "3 (tiga)")]


def test_a_count_among_named_parts_counts_the_items_that_begin_with_its_noun(read):
    from audit.checks import count_claim

    text = """
        Susunan organisasi terdiri atas Kepala Dinas, 1 (satu) Sekretariat, {n} Bidang, serta Kelompok Jabatan Fungsional, yaitu:

        - Sekretariat, yang membawahi tiga subbagian;
        - Bidang Pembinaan Sekolah Dasar;
        - Bidang Pembinaan Sekolah Menengah Pertama;
        - Bidang Pendidik dan Tenaga Kependidikan; dan
        - Kelompok Jabatan Fungsional.
    """  # noqa: E501
    assert count_claim.RULE.run(read(text.format(n="3 (tiga)"))).findings == []
    found = count_claim.RULE.run(read(text.format(n="4 (empat)"))).findings
    assert [(f.rule, f.expected) for f in found] == [("count_claim", "3 (tiga)")]


def test_program_kegiatan_and_sub_kegiatan_counted_by_code_depth(read):
    from audit.checks import count_claim

    text = """
        Pada tahun 2025 dinas melaksanakan 2 program dan {k} kegiatan yang dijabarkan ke dalam 4 sub kegiatan.

        Tabel 3.5 Realisasi Anggaran

        | Kode | Uraian | Pagu |
        |---|---|---|
        | 5.01.01 | Program Penunjang | 300 |
        | 5.01.01.2.01 | Perencanaan | 300 |
        | 5.01.01.2.01.0001 | Penyusunan Renja | 100 |
        | 5.01.01.2.01.0002 | Penyusunan LKjIP | 200 |
        | 5.01.02 | Program Perencanaan | 500 |
        | 5.01.02.2.01 | Koordinasi | 200 |
        | 5.01.02.2.01.0001 | Musrenbang | 200 |
        | 5.01.02.2.02 | Evaluasi | 300 |
        | 5.01.02.2.02.0003 | Evaluasi RKPD | 0 |
    """  # noqa: E501
    assert count_claim.RULE.run(read(text.format(k="3"))).findings == []
    found = count_claim.RULE.run(read(text.format(k="4"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4", "3")]
    # "sub-kegiatan" with a hyphen is the same level
    hyphen = text.format(k="3").replace("4 sub kegiatan", "{s} sub-kegiatan")
    assert count_claim.RULE.run(read(hyphen.format(s="4"))).findings == []
    found = count_claim.RULE.run(read(hyphen.format(s="5"))).findings
    assert [(f.stated, f.expected) for f in found] == [("5", "4")]


def test_a_budget_level_counted_against_the_named_budget_table_counts_its_codes(read):
    # "Program-program tersebut" is every program (a plural), not one; Tabel 3.5 is the
    # budget table, whose kegiatan are its 5-part codes, not its rows
    from audit.checks import count_claim

    text = """
        Pada tahun 2025 dinas melaksanakan 2 program.

        Program-program tersebut dilaksanakan melalui {k} kegiatan, dengan rincian sebagaimana Tabel 3.5.

        Tabel 3.5 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan

        | Kode | Uraian | Pagu |
        |---|---|---|
        | 5.01.01 | Program Penunjang | 300 |
        | 5.01.01.2.01 | Perencanaan | 300 |
        | 5.01.01.2.01.0001 | Penyusunan Renja | 100 |
        | 5.01.01.2.01.0002 | Penyusunan LKjIP | 200 |
        | 5.01.02 | Program Perencanaan | 500 |
        | 5.01.02.2.01 | Koordinasi | 200 |
        | 5.01.02.2.01.0001 | Musrenbang | 200 |
        | 5.01.02.2.02 | Evaluasi | 300 |
        | 5.01.02.2.02.0003 | Evaluasi RKPD | 300 |
    """  # noqa: E501
    assert count_claim.RULE.run(read(text.format(k="3"))).findings == []
    found = count_claim.RULE.run(read(text.format(k="4"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4", "3")]


def test_a_program_named_above_counts_only_its_own_kegiatan_and_sub_kegiatan(read):
    from audit.checks import count_claim

    text = """
        Tabel 3.5 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan

        | Kode | Uraian | Pagu |
        |---|---|---|
        | 5.01.01 | Program Penunjang Urusan Pemerintahan Daerah | 300 |
        | 5.01.01.2.01 | Perencanaan | 300 |
        | 5.01.01.2.01.0001 | Penyusunan Renja | 100 |
        | 5.01.01.2.01.0002 | Penyusunan LKjIP | 200 |
        | 5.01.02 | Program Perencanaan Pembangunan | 500 |
        | 5.01.02.2.01 | Koordinasi | 200 |
        | 5.01.02.2.01.0001 | Musrenbang | 200 |
        | 5.01.02.2.02 | Evaluasi | 300 |
        | 5.01.02.2.02.0003 | Evaluasi RKPD | 300 |

        b. Program Perencanaan Pembangunan

        Program ini dilaksanakan melalui 2 kegiatan dan {s} sub kegiatan dengan realisasi anggaran 98,25 persen.
    """  # noqa: E501
    assert count_claim.RULE.run(read(text.format(s="2"))).findings == []
    found = count_claim.RULE.run(read(text.format(s="3"))).findings
    assert [(f.stated, f.expected) for f in found] == [("3", "2")]


BUDGET_TWO_LEVELS = """
Pagu anggaran setelah perubahan sebesar Rp 800.000,- dialokasikan ke dalam 2 program dan {n} kegiatan sebagaimana Tabel 3.6. Sampai dengan akhir tahun, realisasinya mencapai 96,76%.

**Tabel 3.6 Realisasi Anggaran per Program dan Kegiatan Tahun 2025**

| Kode | Program/Kegiatan | Pagu (Rp) |
|---|---|---:|
| **2.11.01** | **Program Penunjang** | **300.000** |
| 2.11.01.2.01 | Perencanaan | 100.000 |
| 2.11.01.2.02 | Keuangan | 200.000 |
| **2.11.02** | **Program Perencanaan LH** | **500.000** |
| 2.11.02.2.01 | RPPLH | 200.000 |
| 2.11.02.2.02 | KLHS | 300.000 |
| | **Jumlah** | **800.000** |
"""  # noqa: E501


def test_a_budget_table_to_the_kegiatan_counts_programs_and_kegiatan_by_code(read):
    # "setelah perubahan" is the budget's version and the next sentence's "mencapai ...%"
    # is another sentence: neither makes the count one of a part
    assert count_claim.check(read(BUDGET_TWO_LEVELS.format(n=4))).findings == []
    [finding] = count_claim.check(read(BUDGET_TWO_LEVELS.format(n=5))).findings
    assert (finding.stated, finding.expected) == ("5", "4")


TWO_PROGRAMS = """
    Pada tahun 2025 dinas mengelola 2 (dua) program. Program Penunjang Urusan Pemerintahan
    Daerah terdiri atas {a} kegiatan, sedangkan Program Penyelenggaraan Lalu Lintas dan
    Angkutan Jalan dilaksanakan melalui {b} kegiatan.

    Tabel 3.18 Realisasi Anggaran per Program dan Kegiatan
    | Kode | Program / Kegiatan | Pagu |
    |---|---|---|
    | 2.15.01 | Program Penunjang Urusan Pemerintahan Daerah | 300.000.000 |
    | 2.15.01.2.01 | Perencanaan, Penganggaran, dan Evaluasi Kinerja | 100.000.000 |
    | 2.15.01.2.02 | Administrasi Keuangan Perangkat Daerah | 200.000.000 |
    | 2.15.02 | Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan | 600.000.000 |
    | 2.15.02.2.01 | Penetapan Rencana Induk Jaringan LLAJ | 100.000.000 |
    | 2.15.02.2.02 | Penyediaan Perlengkapan Jalan | 200.000.000 |
    | 2.15.02.2.03 | Pengelolaan Terminal Penumpang Tipe C | 300.000.000 |
"""


def test_each_programs_count_in_one_sentence_is_held_to_that_programs_kegiatan(read):
    assert count_claim.check(read(TWO_PROGRAMS.format(a=2, b=3))).findings == []
    [finding] = count_claim.check(read(TWO_PROGRAMS.format(a=2, b=4))).findings
    assert (finding.stated, finding.expected) == ("4", "3")


NUMBERED_BUDGET = """
    Program Penunjang Urusan Pemerintahan Daerah terdiri atas {a} kegiatan.

    Tabel 3.18 Pagu dan Realisasi Anggaran per Program dan Kegiatan
    | No | Program / Kegiatan | Pagu |
    |---|---|---|
    | 1 | Program Penunjang Urusan Pemerintahan Daerah | 300.000.000 |
    | 1.1 | Perencanaan, Penganggaran, dan Evaluasi Kinerja | 100.000.000 |
    | 1.2 | Administrasi Keuangan Perangkat Daerah | 200.000.000 |
    | 2 | Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan | 100.000.000 |
    | 2.1 | Penyediaan Perlengkapan Jalan | 100.000.000 |
"""


def test_a_budget_table_numbered_by_level_counts_a_programs_kegiatan(read):
    assert count_claim.check(read(NUMBERED_BUDGET.format(a=2))).findings == []
    [finding] = count_claim.check(read(NUMBERED_BUDGET.format(a=3))).findings
    assert (finding.stated, finding.expected) == ("3", "2")


def test_a_numbered_row_named_like_a_total_is_an_item():
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    text = """\
Capaian 3 (tiga) indikator kinerja disajikan pada Tabel 3.2 berikut.

Tabel 3.2 Capaian Indikator Kinerja

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1. | Indeks Pembangunan Pemuda | 57,00 | 57,25 | 100,44 |
| 2. | Persentase masyarakat yang berolahraga | 33,50 | 34,12 | 101,85 |
| 3. | Nilai hasil evaluasi SAKIP Dispora | 70,00 | 68,45 | 97,79 |
"""
    assert audit_document(parse_text(text, "x.md")).findings == []


def test_measured_against_the_revised_target_is_no_part_of_the_list(read):
    # "terhadap target perubahan" names the PK's version, not the indicators that changed
    doc = read("""
        Capaian 4 (empat) indikator kinerja utama tahun 2025 terhadap target perubahan
        disajikan pada Tabel 3.2 berikut.

        Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

        | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Indeks Pembangunan Gender (IPG) | 92,10 | 92,18 | 100,09 |
        | 2 | Indeks Pemberdayaan Gender (IDG) | 74,20 | 74,56 | 100,49 |
        | 3 | Jumlah kelurahan layak anak | 15 | 14 | 93,33 |
    """)
    [finding] = count_claim.check(doc).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")


_TWO_FISHERIES = """
    Program Pengelolaan Perikanan Tangkap dilaksanakan melalui {k} kegiatan dengan realisasi Rp 95, sedangkan program pengelolaan perikanan budidaya menyerap Rp 50. Rincian disajikan pada Tabel 3.6.

    Tabel 3.6 Realisasi Anggaran per Program dan Kegiatan

    | Kode | Uraian | Pagu |
    |---|---|---|
    | 3.25.03 | Program Pengelolaan Perikanan Tangkap | 100 |
    | 3.25.03.2.01 | Penangkapan Ikan | 40 |
    | 3.25.03.2.02 | Pemberdayaan Nelayan | 30 |
    | 3.25.03.2.03 | Tempat Pelelangan Ikan | 30 |
    | 3.25.04 | Program Pengelolaan Perikanan Budidaya | 60 |
    | 3.25.04.2.01 | Benih Ikan | 60 |
"""  # noqa: E501


def test_the_program_named_before_the_count_is_the_one_counted(read):
    # the sentence names two programs; the count stands in the first one's clause, and
    # the second's name shares two of its three words
    assert count_claim.RULE.run(read(_TWO_FISHERIES.format(k="3"))).findings == []
    found = count_claim.RULE.run(read(_TWO_FISHERIES.format(k="4"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4", "3")]
    assert "3.25.03" in found[0].message


_BUDGET_TWO_PROGRAMS = """
    Untuk mencapai sasaran-sasaran tersebut, dinas melaksanakan 2 (dua) program dan {k} kegiatan.

    Tabel 3.9 Realisasi Anggaran per Program dan Kegiatan

    | Kode | Program/Kegiatan | Pagu |
    |---|---|---|
    | 3.30.01 | Program Penunjang | 300 |
    | 3.30.01.2.01 | Perencanaan | 100 |
    | 3.30.01.2.02 | Keuangan | 200 |
    | 3.30.03 | Program Distribusi | 500 |
    | 3.30.03.2.01 | Sarana Distribusi | 500 |
"""


def test_a_purpose_to_reach_is_no_count_of_progress(read):
    # "untuk mencapai sasaran": what the work is for, not how much of it is done
    found = count_claim.RULE.run(read(_BUDGET_TWO_PROGRAMS.format(k="4 (empat)"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4 (empat)", "3 (tiga)")]
    assert count_claim.RULE.run(read(_BUDGET_TWO_PROGRAMS.format(k="3 (tiga)"))).findings == []
    # progress stays a part: "telah mencapai" counts what is done, not the whole
    done = _BUDGET_TWO_PROGRAMS.format(k="4 (empat)").replace(
        "Untuk mencapai sasaran-sasaran tersebut, dinas", "Dinas telah mencapai target dengan")
    assert count_claim.RULE.run(read(done)).findings == []


@pytest.mark.parametrize("ranges,count,expected", [
    ("(indikator 1-3); Sasaran 2 (indikator 4-7); dan Sasaran 3 (indikator 8-9)", 9, None),
    ("(indikator 1-3); Sasaran 2 (indikator 4-7); dan Sasaran 3 (indikator 8-9)", 8, "9"),
    ("(indikator 1 s.d. 3); Sasaran 2 (indikator 4); dan Sasaran 3 (indikator 5-6)", 7, "6"),
    # a gap or an overlap between the ranges: no verdict
    ("(indikator 1-3); Sasaran 2 (indikator 5-7); dan Sasaran 3 (indikator 8-9)", 8, None),
    ("(indikator 1-3); Sasaran 2 (indikator 3-7); dan Sasaran 3 (indikator 8-9)", 8, None),
])
def test_a_count_against_the_numbered_ranges_its_own_paragraph_gives(read, ranges, count,
                                                                     expected):
    text = (f"PK tahun 2025 memuat {count} indikator kinerja pada 3 sasaran strategis, "
            f"yaitu: Sasaran 1 {ranges}.\n")
    found = count_claim.RULE.run(read(text)).findings
    assert [f.expected for f in found] == ([expected] if expected else [])


def test_the_revised_performance_agreement_is_no_count_of_changes(read):
    text = """
    Pengukuran kinerja dilakukan terhadap {n} (tiga) indikator kinerja utama sebagaimana tercantum dalam Perjanjian Kinerja perubahan. Hasilnya disajikan pada Tabel 3.2.

    Tabel 3.2 Capaian Indikator Kinerja Utama

    | No | Indikator Kinerja | Target | Realisasi |
    |---|---|---|---|
    | 1 | Persentase arsip yang diolah | 80 | 82 |
    | 2 | Persentase OPD tertib arsip | 70 | 72 |
    | 3 | Nilai pengawasan kearsipan | 70 | 71 |
    """  # noqa: E501
    assert count_claim.RULE.run(read(text.format(n="3"))).findings == []
    found = count_claim.RULE.run(read(text.format(n="4").replace("(tiga)", "(empat)"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4 (empat)", "3 (tiga)")]


_GROUPED = """
    Kelompok Urusan Wajib Non Pelayanan Dasar yang dalam Tabel 3.7 dirinci menjadi {b} urusan menyerap Rp 94.155.341.820, sedangkan Urusan Pilihan yang mencakup {c} urusan terealisasi 92,07 persen.

    Tabel 3.7 Realisasi Belanja menurut Urusan

    | No | Urusan | Pagu | Realisasi |
    |---|---|---|---|
    | A | Urusan Wajib Pelayanan Dasar | | |
    | 1 | Pendidikan | 700 | 690 |
    | 2 | Kesehatan | 400 | 380 |
    | | Sub Total A | 1.100 | 1.070 |
    | B | Urusan Wajib Non Pelayanan Dasar | | |
    | 3 | Tenaga Kerja | 60 | 55 |
    | 4 | Pangan | 70 | 68 |
    | 5 | Perhubungan | 150 | 139 |
    | | Sub Total B | 280 | 262 |
    | C | Urusan Pilihan | | |
    | 6 | Pertanian | 460 | 430 |
    | 7 | Pariwisata | 90 | 85 |
    | | Sub Total C | 550 | 515 |
"""  # noqa: E501


def test_a_count_of_the_rows_under_the_group_its_clause_names(read):
    assert count_claim.RULE.run(read(_GROUPED.format(b="3", c="2"))).findings == []
    found = count_claim.RULE.run(read(_GROUPED.format(b="4", c="2"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4", "3")]
    assert "Urusan Wajib Non Pelayanan Dasar" in found[0].message
    found = count_claim.RULE.run(read(_GROUPED.format(b="3", c="3"))).findings
    assert [(f.stated, f.expected) for f in found] == [("3", "2")]


def test_a_level_counted_in_words_is_several_items_not_one_parent(read):
    # "empat Sasaran Kegiatan": four sasaran, so the count of IKK is of the whole table
    text = """
    Pengukuran kinerja dilakukan terhadap {n} IKK yang tersebar pada dua Sasaran Kegiatan, sebagaimana Tabel 3.2.

    Tabel 3.2 Capaian Indikator Kinerja Kegiatan

    | Kode | Indikator Kinerja Kegiatan | Target | Realisasi |
    |---|---|---|---|
    | IKK 1.1 | Indeks kerukunan umat beragama | 76 | 77 |
    | IKK 1.2 | Persentase konflik yang ditangani | 90 | 92 |
    | IKK 2.1 | Indeks kepuasan jemaah haji | 85 | 86 |
    """  # noqa: E501
    assert count_claim.RULE.run(read(text.format(n="3 (tiga)"))).findings == []
    found = count_claim.RULE.run(read(text.format(n="4 (empat)"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4 (empat)", "3 (tiga)")]


def test_a_list_after_two_counts_belongs_to_the_last(read):
    text = """
    Struktur organisasi terdiri atas Kepala Dinas, Sekretariat, 4 (empat) Bidang dan 3 (tiga) UPTD, yaitu:
    1. UPTD KPH Bukit Meranti;
    2. UPTD KPH Sungai Tenggiling; dan
    3. UPTD Balai Perbenihan.
    """  # noqa: E501
    assert count_claim.RULE.run(read(text)).findings == []


def test_a_count_whose_next_sentence_names_the_table_of_each_item(read):
    # "masing-masing IKK" in the sentence that names the table speaks of each item, not of a
    # part of them: the count is held to the table
    text = """
Perjanjian Kinerja Tahun 2025 memuat sebanyak {count} IKK. Realisasi dan capaian
masing-masing IKK disajikan pada Tabel 3.2.

Tabel 3.2 Capaian IKK Tahun 2025

| No | Indikator Kinerja Kegiatan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase Obat yang memenuhi syarat | 93,00 | 94,42 | 101,53 |
| 2 | Persentase Obat Bahan Alam yang memenuhi syarat | 85,00 | 82,46 | 97,01 |
| 3 | Persentase sarana yang memenuhi ketentuan | 84,00 | 88,06 | 104,83 |
| 4 | Persentase Kosmetik yang memenuhi syarat | 88,00 | 84,55 | 96,08 |
"""
    def claims(count: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected)
                for f in count_claim.check(read(text.format(count=count))).findings]
    assert claims("4 (empat)") == []
    assert claims("3 (tiga)") == [("3 (tiga)", "4 (empat)")]


SASARAN_OVER_INDICATORS = """
Hasil pengukuran terhadap {count} indikator kinerja disajikan pada Tabel 3.2.

Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Sasaran / Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| | {heading}Meningkatnya derajat kesehatan masyarakat | | | |
| 1 | Angka Kematian Bayi | 14,50 | 14,11 | 102,76 |
| 2 | Prevalensi Balita Stunting | 14,00 | 14,82 | 94,47 |
| | {heading2}Meningkatnya mutu pelayanan | | | |
| 3 | Cakupan Imunisasi Dasar Lengkap | 95,00 | 47,12 | 49,60 |
"""


def test_indicators_under_sasaran_headings_in_one_column_are_counted(read):
    def claims(count: str, heading: str = "Sasaran 1: ", heading2: str = "Sasaran 2: "):
        text = SASARAN_OVER_INDICATORS.format(count=count, heading=heading, heading2=heading2)
        return [(f.stated, f.expected) for f in count_claim.check(read(text)).findings]
    assert claims("3 (tiga)") == []
    assert claims("2 (dua)") == [("2 (dua)", "3 (tiga)")]
    # sasaran rows that do not say they are sasaran: the list is not plainly one level
    assert claims("2 (dua)", heading="", heading2="") == []


PLAN = """
Tabel 2.2 Perjanjian Kinerja Tahun 2025

| No | Sasaran | Indikator Kinerja | Target |
|---|---|---|---|
| 1 | Meningkatnya kualitas putusan | Persentase putusan tepat waktu | 95,00 |
| 2 | | Persentase minutasi tepat waktu | 90,00 |
| 3 | Meningkatnya kepuasan | Indeks kepuasan masyarakat | 85,00 |

BAB III

Pengukuran dilakukan terhadap {count} indikator kinerja pada Perjanjian Kinerja (perubahan).
Capaian dihitung dengan rumus realisasi dibagi target dikali 100%.
"""


def test_a_count_of_the_perjanjian_kinerja_is_held_to_its_table(read):
    def claims(count: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected)
                for f in count_claim.check(read(PLAN.format(count=count))).findings]
    assert claims("3 (tiga)") == []
    assert claims("2 (dua)") == [("2 (dua)", "3 (tiga)")]


IKU_TABLE = """
    Pada tahun 2025 terdapat sebanyak {n} IKU yang diukur, dengan capaian {each}sebagaimana
    Tabel 3.2.

    Tabel 3.2 Capaian IKU Tahun 2025

    | No | Indikator Kinerja Utama | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 1 | Persentase korban ditemukan | 98,00 | 99,31 | 101,34 |
    | 2 | Jumlah potensi SAR terlatih | 560 | 561 | 100,18 |
    | 3 | Persentase sarana dalam kondisi baik | 80,00 | 78,13 | 97,66 |
    | 4 | Nilai IKPA | 95,00 | 96,42 | 101,49 |
"""


def test_each_ones_figures_do_not_make_the_count_a_part(read):
    # "dengan capaian masing-masing": the figures of each of the four, not a count per parent
    def found(n: str, each: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in count_claim.check(
            read(IKU_TABLE.format(n=n, each=each))).findings]
    assert found("4 (empat)", "masing-masing ") == []
    assert found("3 (tiga)", "masing-masing ") == [("3 (tiga)", "4 (empat)")]
    assert found("3 (tiga)", "") == [("3 (tiga)", "4 (empat)")]


PUBLICATIONS = """
    Sepanjang 2025 direncanakan 21 (dua puluh satu) publikasi yang terbagi ke dalam {n} jenis
    publikasi sebagaimana tercantum dalam Tabel 3.5.

    Tabel 3.5 Jumlah Publikasi dan Ketepatan Waktu Rilis, 2025

    | No | Jenis Publikasi | Jumlah Publikasi | Jumlah Terbit |
    |---|---|---|---|
    | 1 | Kabupaten Dalam Angka 2025 | 1 | 1 |
    | 2 | Kecamatan Dalam Angka 2025 | 8 | 8 |
    | 3 | Indikator Kesejahteraan Rakyat 2025 | 1 | 1 |
    | 4 | Berita Resmi Statistik (BRS) | 11 | 11 |
    |  | Jumlah | 21 | 21 |
"""


def test_a_count_of_types_is_held_to_the_column_of_types(read):
    # "Jenis Publikasi" lists types; a type named "Indikator ..." is no indicator row
    def found(n: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in count_claim.check(
            read(PUBLICATIONS.format(n=n))).findings]
    assert found("4 (empat)") == []
    assert found("3 (tiga)") == [("3 (tiga)", "4 (empat)")]


TWO_YEAR_TABLE = """
    Pengukuran tahun 2025 dilakukan terhadap {count} indikator kinerja sebagaimana Tabel 3.2.

    Tabel 3.2 Capaian Indikator Kinerja Tahun 2024 dan Tahun 2025

    | No | Indikator Kinerja | Realisasi 2024 | Realisasi 2025 |
    |---|---|---|---|
    | 1 | Nilai efektivitas pengelolaan kawasan | 73,47 | 76,12 |
    | 2 | Luas areal terbakar | 38,20 | 21,45 |
    | 3 | Jumlah kunjungan wisata alam | 39.874 | 45.318 |
    | 4 | Kelompok kemitraan konservasi | {fourth} | 11 |
"""


def test_a_count_for_one_year_against_a_table_with_a_column_per_year(read):
    # every row has its 2025 figures: the table lists the indicators measured in 2025
    assert count_claim.check(read(TWO_YEAR_TABLE.format(count=4, fourth="9"))).findings == []
    [finding] = count_claim.check(read(TWO_YEAR_TABLE.format(count=3, fourth="9"))).findings
    assert (finding.stated, finding.expected) == ("3", "4")


def test_a_row_without_the_years_figures_leaves_the_count_unjudged(read):
    doc = read(TWO_YEAR_TABLE.format(count=3, fourth="-").replace("| 11 |", "| - |"))
    assert count_claim.check(doc).findings == []


def test_a_count_of_what_the_named_table_lists_its_rows_by(read):
    # "Jabatan" is no kind the check knows, but the table the sentence names lists its rows
    # "Berdasarkan Jabatan" in one column of words: the count is of those rows
    text = """
        Pegawai tersebar dalam {n} jabatan sebagaimana Tabel 1.1.

        Tabel 1.1 Jumlah Pegawai Berdasarkan Jabatan

        | No | Jabatan | Jumlah |
        |---|---|---|
        | 1 | Kepala Kantor | 1 |
        | 2 | Kepala Seksi Operasi | 1 |
        | 3 | Teknisi Listrik | 8 |
        | 4 | Petugas Keamanan | 12 |
        | | Jumlah | 22 |
    """
    assert count_claim.check(read(text.format(n="4 (empat)"))).findings == []
    [finding] = count_claim.check(read(text.format(n="5 (lima)"))).findings
    assert (finding.stated, finding.expected) == ("5 (lima)", "4 (empat)")


def test_a_noun_no_caption_lists_by_is_not_counted(read):
    text = """
        Pegawai mengikuti 5 pelatihan sebagaimana Tabel 1.1.

        Tabel 1.1 Jumlah Pegawai Berdasarkan Jabatan

        | No | Jabatan | Jumlah |
        |---|---|---|
        | 1 | Kepala Kantor | 1 |
        | 2 | Kepala Seksi Operasi | 1 |
        | 3 | Teknisi Listrik | 8 |
    """
    assert count_claim.check(read(text)).findings == []


def test_a_count_over_items_that_count_their_own_is_their_sum(read):
    text = """
        Sepanjang tahun 2025 diselenggarakan {n} kegiatan pembudayaan gemar membaca, yaitu:

        - safari literasi ke sekolah: 8 (delapan) kegiatan;
        - bedah buku dan temu penulis: 6 (enam) kegiatan;
        - kelas literasi keluarga: 3 (tiga) kegiatan.

        Uraian selanjutnya.
    """
    assert count_claim.check(read(text.format(n="17 (tujuh belas)"))).findings == []
    [finding] = count_claim.check(read(text.format(n="18 (delapan belas)"))).findings
    assert finding.expected == "17 (tujuh belas)" and "8 + 6 + 3" in finding.message


MERGED_SASARAN = """
    Perjanjian Kinerja memuat {n} indikator kinerja sebagaimana Tabel 2.2.

    Tabel 2.2 Perjanjian Kinerja Tahun 2025

    | No | Sasaran Strategis | Indikator Kinerja | Satuan | Target |
    |---|---|---|---|---|
    | 1 | Meningkatnya mutu layanan | 1.1 Persentase layanan tepat waktu | % | 95,00 |
    |  |  | 1.2 Rata-rata waktu layanan | hari | 14,00 |
    |  |  | 1.3 Jumlah dokumen yang diselesaikan | dokumen | 4.200 |
    | 2 | Meningkatnya tata kelola | 2.1 Nilai evaluasi akuntabilitas kinerja | nilai | 78,00 |
    |  |  | 2.2 Persentase realisasi anggaran | % | 95,00 |

    Uraian berikutnya.
"""


def test_a_sasaran_merged_down_over_its_indicators_numbers_the_sasaran_not_the_rows(read):
    # the first indicator of each sasaran shares its row with the sasaran's number and
    # name; the table lists five indicators, not two groups over three
    assert count_claim.check(read(MERGED_SASARAN.format(n="5 (lima)"))).findings == []
    [finding] = count_claim.check(read(MERGED_SASARAN.format(n="4 (empat)"))).findings
    assert finding.expected.startswith("5")


def test_an_item_the_sentence_names_besides_the_count_is_not_counted(read):
    text = """
        Kantor terdiri atas {count} unit eselon III serta Kelompok Jabatan Fungsional, yaitu:

        - Bagian Umum;
        - Bidang Pembinaan Pelaksanaan Anggaran I;
        - Bidang Pembinaan Pelaksanaan Anggaran II;
        - Bidang Akuntansi dan Pelaporan Keuangan; dan
        - Kelompok Jabatan Fungsional.

        Uraian selanjutnya.
    """
    assert count_claim.check(read(text.format(count="4 (empat)"))).findings == []
    [finding] = count_claim.check(read(text.format(count="5 (lima)"))).findings
    assert (finding.stated, finding.expected) == ("5 (lima)", "4 (empat)")


def test_a_count_that_is_the_total_of_a_column_of_the_table_it_cites_is_no_row_count(read):
    text = """
        Sepanjang tahun 2025 dilaksanakan {count} kegiatan pembinaan yang diikuti 1.325
        peserta, sebagaimana Tabel 3.4.

        Tabel 3.4 Kegiatan Pembinaan Tahun 2025

        | No | Jenis Kegiatan | Frekuensi (kali) | Jumlah Peserta (orang) |
        |---|---|---|---|
        | 1 | Bimbingan teknis pengelolaan keuangan | 6 | 412 |
        | 2 | Klinik pelaksanaan anggaran | 12 | 286 |
        | 3 | Sosialisasi peraturan | 4 | 358 |
        | 4 | Asistensi penyusunan laporan keuangan | 5 | 173 |
        | 5 | Rapat koordinasi penyaluran dana | 4 | 96 |
        |  | Jumlah | 31 | 1.325 |
    """
    # 31 is the Frekuensi total: 31 activities held, of five kinds
    assert count_claim.check(read(text.format(count="31 (tiga puluh satu)"))).findings == []
    [finding] = count_claim.check(read(text.format(count="6 (enam)"))).findings
    assert (finding.stated, finding.expected) == ("6 (enam)", "5 (lima)")


def test_an_unnumbered_summary_row_under_numbered_rows_is_not_an_item(read):
    text = """
        Hasil pengukuran atas {count} IKU disajikan pada Tabel 3.1.

        Tabel 3.1 Capaian IKU Tahun 2025

        | No | Indikator Kinerja Utama | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Nilai IKPA satker lingkup wilayah | 93,00 | 95,42 | 102,60 |
        | 2 | Persentase realisasi belanja lingkup wilayah | 95,00 | 96,77 | 101,86 |
        | 3 | Persentase penyaluran DAK Fisik | 92,00 | 93,17 | 101,27 |
        |  | Nilai Kinerja Organisasi (NKO) |  |  | 101,91 |
    """
    assert count_claim.check(read(text.format(count="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(text.format(count="4 (empat)"))).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")


def test_account_codes_are_not_counted_as_sub_kegiatan(read):
    text = """
        Anggaran membiayai 2 (dua) program, 2 (dua) kegiatan dan {count} sub kegiatan.

        | Kode | Uraian | Pagu (Rp) |
        |---|---|---|
        | 5.02.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH | 4.812.600.000 |
        | 5.02.01.1.02 | Administrasi Keuangan Perangkat Daerah | 4.812.600.000 |
        | 5.02.01.1.02.0001 | Penyediaan Gaji dan Tunjangan ASN | 4.812.600.000 |
        | 5.1.01.01.01.0001 | Belanja Gaji Pokok PNS | 2.502.552.000 |
        | 5.1.01.01.02.0001 | Belanja Tunjangan Keluarga PNS | 2.310.048.000 |
        | 5.02.04 | PROGRAM PENGELOLAAN PENDAPATAN DAERAH | 1.542.950.000 |
        | 5.02.04.1.01 | Pengelolaan Pendapatan Daerah | 1.542.950.000 |
        | 5.02.04.1.01.0008 | Pelayanan Pajak Kendaraan Bermotor | 1.542.950.000 |
        | 5.1.02.01.01.0024 | Belanja Alat Tulis Kantor | 1.542.950.000 |
    """
    assert count_claim.check(read(text.format(count="2 (dua)"))).findings == []
    [finding] = count_claim.check(read(text.format(count="3 (tiga)"))).findings
    assert (finding.stated, finding.expected) == ("3 (tiga)", "2 (dua)")


def test_a_sentence_pointing_at_the_table_below_its_paragraph(read):
    # "... sebagaimana tabel berikut." followed by a remark in the same paragraph: the table
    # below the paragraph is the one pointed at, whatever number an annex gives it (L2.2)
    remark = "Target dan realisasi triwulanan bersifat tidak kumulatif."
    text = """
        Rencana aksi terdiri atas {n} output sebagaimana tabel berikut. """ + remark + """

        Tabel L2.2 Rencana Aksi dan Realisasi Output Kegiatan

        | No | Output Rencana Aksi | Satuan | Target | Realisasi |
        |---|---|---|---|---|
        | 1. | Dokumen RKPD | Dokumen | 1 | 1 |
        | 2. | Dokumen Renja | Dokumen | 1 | 1 |
        | 3. | Laporan evaluasi | Laporan | 4 | 4 |
    """
    assert count_claim.check(read(text.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4 (empat)"))).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")
    assert "Tabel L2.2" in finding.message
    # a remark that counts something itself leaves the pointing unresolved
    counted = text.replace(remark, "Sebanyak 2 output selesai pada triwulan IV.")
    assert count_claim.check(read(counted.format(n="4 (empat)"))).findings == []


GRADED = """
    Laporan Kinerja Tahun 2025

    | Rentang Capaian | Predikat |
    |---|---|
    | ≥ 100 | Sangat Berhasil |
    | 85 ≤ capaian < 100 | Berhasil |
    | 70 ≤ capaian < 85 | Cukup Berhasil |
    | < 70 | Kurang Berhasil |

    Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

    | No | Indikator Kinerja Utama | Target | Realisasi | Capaian (%) | Predikat |
    |---|---|---|---|---|---|
    | 1 | Persentase kelulusan | 100,00 | 100,00 | 100,00 | Sangat Berhasil |
    | 2 | Rata-rata nilai ujian | 82,00 | 82,39 | 100,48 | Sangat Berhasil |
    | 3 | Persentase lulusan diterima di PTN | 55,00 | 60,44 | 109,89 | Sangat Berhasil |
    | 4 | Persentase guru bersertifikat | 62,00 | 58,90 | 95,00 | Berhasil |
    | 5 | Persentase sarana dalam kondisi baik | 80,00 | 72,50 | 90,62 | {grade5} |
    | 6 | Indeks kepuasan masyarakat | 85,00 | 66,00 | 77,65 | Cukup Berhasil |

    {sentence}
"""


def _graded(read, sentence, grade5="Berhasil"):
    return [(f.stated, f.expected) for f in count_claim.check(
        read(GRADED.format(sentence=sentence, grade5=grade5))).findings]


def test_counts_of_indicators_by_grade_are_the_graded_tables(read):
    right = ("Dari 6 IKU tersebut, 3 IKU memperoleh predikat Sangat Berhasil, 2 IKU Berhasil, "
             "dan 1 IKU Cukup Berhasil.")
    assert _graded(read, right) == []
    assert _graded(read, right.replace("3 IKU", "4 IKU")) == [("4", "3")]
    # reaching the target: capaian of 100 or more
    assert _graded(read, "Sebanyak 3 (tiga) IKU mencapai atau melampaui target.") == []
    assert _graded(read, "Sebanyak 4 (empat) IKU mencapai atau melampaui target.") == [
        ("4 (empat)", "3 (tiga)")]


def test_numbers_that_name_items_or_wholes_are_no_grade_counts(read):
    # "IKU 5, berada pada kategori Berhasil" names the item; "5 dari 6 IKU" counts 5 of 6
    assert _graded(read, "Sebanyak 3 (tiga) indikator berada pada kategori Sangat Berhasil, "
                         "sedangkan IKU 5, berada pada kategori Berhasil.") == []
    assert _graded(read, "Sebanyak 5 dari 6 IKU berpredikat Berhasil atau Sangat "
                         "Berhasil.") == []
    # counts of another set than the table's rows
    assert _graded(read, "Dari 64 indikator RPJMD, sebanyak 45 indikator telah mencapai "
                         "target.") == []
    assert _graded(read, "Pada tahun 2024, 4 IKU berpredikat Sangat Berhasil dan 2 IKU "
                         "Berhasil.") == []


def test_a_grade_count_that_fits_the_capaian_is_left_to_category(read):
    # the table prints "Sangat Berhasil" for 90,62 (category's finding); the sentence counts
    # by the capaian and is right
    right = "Sebanyak 3 IKU berpredikat Sangat Berhasil dan 2 IKU berpredikat Berhasil."
    assert _graded(read, right, grade5="Sangat Berhasil") == []


def test_a_count_of_any_noun_detailed_in_the_table_below(read):
    # the noun is no known kind of item; the next sentence says the table below details
    # it, the caption's first word titles the table's column of items
    paragraph = ("Pada tahun 2025 Perwakilan menyelesaikan sebanyak {n} investigasi atas "
                 "prakarsa sendiri, melebihi target 3 (tiga) investigasi, sehingga capaian IKU 4 "
                 "sebesar 133,33%. Rincian investigasi disajikan pada tabel berikut.")
    text = """
        """ + paragraph + """

        Tabel 3.8 Investigasi atas Prakarsa Sendiri Tahun 2025

        | No | Tema Investigasi | Lokasi | Saran Perbaikan |
        |---|---|---|---|
        | 1 | Pelayanan sertifikat tanah | Kabupaten Rimba Raya | 5 |
        | 2 | Pungutan penerimaan murid baru | Kota Bandar Kemala | 4 |
        | 3 | Rujukan pasien JKN | Kabupaten Pesisir Jaya | 6 |
        | 4 | Administrasi kependudukan | Kabupaten Sungai Tiga | 3 |
    """
    assert count_claim.check(read(text.format(n="4 (empat)"))).findings == []
    [finding] = count_claim.check(read(text.format(n="5 (lima)"))).findings
    assert (finding.stated, finding.expected) == ("5 (lima)", "4 (empat)")


def test_a_count_of_rows_above_a_value_in_the_column_the_clause_names(read):
    text = """
        Laporan Triwulan I Tahun 2025

        | No | Puskesmas | Sasaran Ibu Hamil | K6 s.d. TW I | % K6 |
        |---|---|---|---|---|
        | 1 | Banyuasih Kota | 464 | 119 | 25,65 |
        | 2 | Sukamaju | 817 | 200 | 24,48 |
        | 3 | Cempaka | 848 | 190 | 22,41 |
        | 4 | Mekarsari | 838 | 199 | 23,75 |
        | 5 | Kebon Agung | 523 | 139 | 26,58 |
        | Jumlah | | 3.490 | 847 | 24,27 |

        Sebanyak {n} Puskesmas telah mencapai cakupan K6 di atas rata-rata kota (24,27%).
    """
    assert count_claim.check(read(text.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4 (empat)"))).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")
    assert "% K6" in finding.message


YEAR_CAPTION = """
    Kinerja sasaran Dinas Pemadam Kebakaran Tahun 2025 diukur melalui {n} indikator kinerja
    utama sebagaimana ditetapkan dalam Renstra Tahun 2021-2026 dan Perjanjian Kinerja Tahun 2025.
    Capaian masing-masing indikator disajikan pada Tabel 3.2.

    Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

    | No | Indikator Kinerja | 2023 | 2024 | Target | Realisasi | Capaian (%) | Target 2026 |
    |---|---|---|---|---|---|---|---|
    | 1 | Waktu tanggap kebakaran | 18 | 16 | 15 | 14 | 107,14 | 15 |
    | 2 | Persentase kebakaran tertangani | 91,20 | 94,50 | 95,00 | 96,10 | 101,16 | 97,00 |
    | 3 | Rasio pos pemadam per kecamatan | 0,40 | 0,45 | 0,50 | 0,50 | 100,00 | 0,60 |
"""


def test_a_count_for_the_year_a_table_is_captioned_by_beside_earlier_years_columns(read):
    # the caption names 2025 alone; 2023 and 2024 are earlier realisations of the same rows,
    # "Renstra Tahun 2021-2026" a period, and "sasaran Dinas ..." the body's sasaran, all
    assert count_claim.check(read(YEAR_CAPTION.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(YEAR_CAPTION.format(n="4 (empat)"))).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")


WRAPPED_SASARAN = """
    Perjanjian Kinerja memuat {n} sasaran strategis dan 4 indikator kinerja sebagaimana
    Tabel 2.2.

    Tabel 2.2 Perjanjian Kinerja Tahun 2025

    | Kode | Sasaran Strategis | No | Indikator Kinerja | Target |
    |---|---|---|---|---|
    | SS1 | Meningkatnya kualitas informasi | 1. | Persentase akurasi prakiraan | 88,00 |
    |  | meteorologi penerbangan dan publik | 2. | Persentase akurasi peringatan | 85,00 |
    | SS2 | Meningkatnya kecepatan diseminasi | 3. | Persentase ketepatan diseminasi | 98,50 |
    |  | informasi meteorologi |  |  |  |
    | SS3 | Terwujudnya anggaran yang akuntabel | 4. | Persentase realisasi anggaran | 96,00 |
"""


def test_a_cell_wrapped_onto_the_row_below_its_blank_code_is_not_another_item(read):
    assert count_claim.check(read(WRAPPED_SASARAN.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(WRAPPED_SASARAN.format(n="4 (empat)"))).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")


def test_reaching_the_target_is_read_from_the_capaian_the_grades_grade(read):
    # a second capaian column, against the Renstra's end target, is no year's achievement:
    # three rows reach 100 this year (100,00, 100,48, 109,89), none against the end target
    text = GRADED.replace(
        "| Capaian (%) | Predikat |\n",
        "| Capaian (%) | Predikat | Capaian thd Target Renstra (%) |\n",
    ).replace("|---|---|---|---|---|---|\n", "|---|---|---|---|---|---|---|\n")
    for value, row in zip(("90,00", "91,20", "99,90", "80,00", "75,10", "60,00"),
                          (1, 2, 3, 4, 5, 6), strict=True):
        text = re.sub(rf"(\n\s*\| {row} \|[^\n]*\|)\n", rf"\1 {value} |\n", text, count=1)
    assert [(f.stated, f.expected) for f in count_claim.check(read(text.format(
        sentence="Sebanyak 3 (tiga) IKU mencapai atau melampaui target.",
        grade5="Berhasil"))).findings] == []


def test_reaching_the_plans_end_target_is_no_count_of_the_years_capaian(read):
    # three rows reach this year's target; "target akhir RPJMD" is another target, which
    # the graded table does not measure
    assert _graded(read, "Sampai tahun 2025, sebanyak 1 (satu) IKU telah memenuhi target "
                         "akhir RPJMD, yaitu persentase kelulusan.") == []
    assert _graded(read, "Sebanyak 1 (satu) IKU telah memenuhi target.") == [
        ("1 (satu)", "3 (tiga)")]


def test_a_count_is_of_the_rows_of_the_table_the_next_sentence_names(read):
    # "komoditas" is no kind the check knows; the next sentence names the table that lists
    # the commodities in its "Komoditas" column
    text = """
        Produksi benih tahun 2025 berasal dari {n} komoditas yang dibenihkan di balai. Rincian
        produksi per komoditas disajikan pada Tabel 3.4.

        Tabel 3.4 Produksi Benih Ikan per Komoditas Tahun 2025

        | No | Komoditas | TW I | TW II | Jumlah |
        |---|---|---|---|---|
        | 1 | Nila | 312.500 | 405.250 | 717.750 |
        | 2 | Lele Sangkuriang | 285.000 | 346.750 | 631.750 |
        | 3 | Patin Siam | 96.400 | 148.250 | 244.650 |
        |  | Jumlah | 693.900 | 900.250 | 1.594.150 |
    """
    assert count_claim.check(read(text.format(n="3"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4"))).findings
    assert (finding.stated, finding.expected) == ("4", "3")


def test_rows_of_two_kinds_are_counted_only_by_both(read):
    text = """
        Wilayah kecamatan terdiri atas {count}. Rincian per kelurahan/desa disajikan pada Tabel
        1.1.

        Tabel 1.1 Luas Wilayah per Kelurahan/Desa

        | No | Kelurahan/Desa | Luas (km2) |
        |---|---|---|
        | 1 | Kelurahan Sindang | 4,12 |
        | 2 | Kelurahan Mekar | 3,87 |
        | 3 | Desa Talaga | 7,45 |
        | 4 | Desa Cikareumbi | 9,18 |
        | 5 | Desa Sukaluyu | 6,32 |
        |  | Jumlah | 30,94 |
    """
    # "2 kelurahan dan 3 desa" counts parts of the list, not the list
    assert count_claim.check(read(text.format(count="2 kelurahan dan 3 desa"))).findings == []
    assert count_claim.check(read(text.format(count="5 kelurahan/desa"))).findings == []
    [finding] = count_claim.check(read(text.format(count="6 kelurahan/desa"))).findings
    assert (finding.stated, finding.expected) == ("6", "5")


def test_a_caption_listing_rows_per_a_noun_names_the_one_column_its_title_shares(read):
    # "per Trayek" over three columns of words: the one titled "... Trayek Batas" lists them
    text = """
        Tata batas dilaksanakan pada {n} trayek batas. Rincian per trayek disajikan pada Tabel
        3.2.

        Tabel 3.2 Realisasi Tata Batas per Trayek Tahun 2025

        | No | Kabupaten | Kawasan Hutan dan Trayek Batas | Fungsi | Realisasi (km) |
        |---|---|---|---|---|
        | 1 | Lontara Barat | HL Gunung Api trayek T.12 | Hutan Lindung | 12,40 |
        | 2 | Lontara Barat | HP Sungai Raya trayek T.07 | Hutan Produksi | 8,15 |
        | 3 | Lontara Timur | HL Bukit Tiga trayek T.03 | Hutan Lindung | 10,05 |
    """
    assert count_claim.check(read(text.format(n="3"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4"))).findings
    assert (finding.stated, finding.expected) == ("4", "3")


def test_a_count_in_words_alone_is_held_to_the_table_it_names(read):
    text = """
        Seluruh pelanggaran dikelompokkan ke dalam {n} jenis sebagaimana Tabel 3.5.

        Tabel 3.5 Jenis Pelanggaran yang Ditindak Tahun 2025

        | No | Jenis Pelanggaran | Jumlah (kasus) |
        |---|---|---|
        | 1 | Muatan lebih (overloading) | 28.796 |
        | 2 | Dimensi lebih (over dimension) | 4.118 |
        | 3 | Dokumen tidak lengkap | 6.372 |
        | 4 | Tata cara pemuatan | 1.245 |
        |  | Jumlah | 40.531 |
    """
    assert count_claim.check(read(text.format(n="empat"))).findings == []
    [finding] = count_claim.check(read(text.format(n="lima"))).findings
    assert (finding.stated, finding.expected) == ("lima", "4")


def test_a_last_row_that_sums_the_rows_above_is_a_total_whatever_its_label(read):
    text = """
        Survei diikuti 520 responden dari {n} kelompok mitra sebagaimana Tabel 3.10.

        Tabel 3.10 Indeks Kepuasan Mitra Menurut Kelompok Responden

        | Kelompok Mitra | Jumlah Responden | Indeks |
        |---|---|---|
        | Dinas Pendidikan Kabupaten/Kota | 64 | 3,47 |
        | Dinas Pendidikan Provinsi | 18 | 3,44 |
        | Satuan pendidikan | 412 | 3,53 |
        | Perguruan tinggi dan organisasi mitra | 26 | 3,50 |
        | **Keseluruhan** | **520** | **3,52** |
    """
    assert count_claim.check(read(text.format(n="empat"))).findings == []
    [finding] = count_claim.check(read(text.format(n="lima"))).findings
    assert (finding.stated, finding.expected) == ("lima", "4")


def test_a_word_the_groups_name_lacks_narrows_the_count_to_some_of_its_rows(read):
    text = """
        Volume RO terealisasi 1.060 orang, yaitu gabungan {n} program pelatihan {kind} non
        aparatur pada Tabel 3.4.

        Tabel 3.4 Peserta Pelatihan per Program Tahun 2025

        | No | Program Pelatihan | Jumlah |
        |---|---|---|
        |  | **A. Pelatihan Non Aparatur** |  |
        | 1 | Pelatihan Teknis Tanaman Pangan | 384 |
        | 2 | Pelatihan Teknis Hortikultura | 320 |
        | 3 | Pelatihan Teknis Peternakan | 356 |
        | 4 | Pelatihan Kewirausahaan Petani Milenial | 448 |
        |  | **Sub Jumlah A** | **1.508** |
        |  | **B. Pelatihan Aparatur** |  |
        | 5 | Pelatihan Fungsional Penyuluh | 200 |
        | 6 | Pelatihan Manajerial Aparatur | 144 |
        |  | **Sub Jumlah B** | **344** |
    """
    # three of the four non aparatur programs are "teknis": no verdict on the group's rows
    assert count_claim.check(read(text.format(n="tiga", kind="teknis"))).findings == []
    # the group's own name: all four of its rows
    [finding] = count_claim.check(read(text.format(n="tiga", kind=""))).findings
    assert (finding.stated, finding.expected) == ("tiga", "4")


def test_a_count_about_one_item_is_held_to_that_items_own_table(read):
    # "Kegiatan PSR" is one item of another level, but the table the sentence names is
    # captioned by it: its rows are that item's kabupaten
    text = """
        Kegiatan PSR dilaksanakan di {n} kabupaten sebagaimana disajikan pada Tabel 3.8.

        Tabel 3.8 Realisasi Peremajaan Sawit Rakyat (PSR) per Kabupaten Tahun 2025

        | No | Kabupaten | Target (ha) | Realisasi (ha) |
        |---|---|---|---|
        | 1 | Kab. Batang Rimbo | 820 | 804,95 |
        | 2 | Kab. Lubuk Sialang | 610 | 588,99 |
        | 3 | Kab. Tanjung Melati | 540 | 543,20 |
        |  | Jumlah | 1.970 | 1.937,14 |
    """
    assert count_claim.check(read(text.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4 (empat)"))).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")


def test_kinds_of_activity_are_the_rows_of_the_tables_one_described_column(read):
    text = """
        Kinerja pengelolaan arsip diukur melalui {n} jenis kegiatan sebagaimana Tabel 2.9.

        Tabel 2.9 Kinerja Pengelolaan Arsip Dinamis s.d. Triwulan II

        | No | Uraian | Satuan | Target | s.d. TW II | Capaian (%) |
        |---|---|---|---|---|---|
        | 1 | Perangkat daerah yang dibina | perangkat daerah | 36 | 19 | 52,78 |
        | 2 | Arsip inaktif yang ditata | boks | 1.500 | 697 | 46,47 |
        | 3 | Arsip yang dimusnahkan sesuai JRA | boks | 300 | 145 | 48,33 |
    """
    assert count_claim.check(read(text.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4 (empat)"))).findings
    assert (finding.stated, finding.expected) == ("4 (empat)", "3 (tiga)")


def test_the_things_counted_listed_below_as_label_and_figure_lines(read):
    # a count in the last clause of a sentence that began with the whole and its capaian
    text = """
        Publikasi yang dihasilkan sebanyak 23 judul dari target 20 judul (capaian 115,00%),
        tersebar dalam {n} kategori berikut.

        Tabel 3.7 Publikasi Menurut Kategori Tahun 2025

        Artikel jurnal ilmiah nasional: 3 judul
        Makalah prosiding seminar nasional: 4 judul
        Artikel populer di media massa: 10 judul
        Buku petunjuk teknis penerapan standar: 6 judul
        Jumlah: 23 judul
    """
    assert count_claim.check(read(text.format(n="4"))).findings == []
    [finding] = count_claim.check(read(text.format(n="5"))).findings
    assert (finding.stated, finding.expected) == ("5", "4")


SK_ROWS = """
    Pengukuran kinerja dilakukan atas {n} indikator kinerja kegiatan. Hasilnya disajikan pada Tabel 3.2.

    Tabel 3.2 Pengukuran Capaian Kinerja Tahun 2025
    | Kode | Indikator Kinerja Kegiatan | Target | Realisasi | Capaian |
    |---|---|---|---|---|
    | | SK 1. Meningkatnya pelindungan cagar budaya | | | |
    | 1.1 | Jumlah objek yang diregistrasi | 120 | 126 | 105,00 |
    | 1.2 | Jumlah cagar budaya yang dilestarikan | 14 | 14 | 100,00 |
    | | SK 2. Meningkatnya pelindungan warisan budaya takbenda | | | |
    | 2.1 | Jumlah karya budaya yang dicatat | 40 | 43 | 107,50 |
"""  # noqa: E501


def test_sasaran_rows_named_by_their_initials_are_not_counted_as_indicators(read):
    # "SK 1." / "SK 2." head the indicators of each sasaran kegiatan
    assert count_claim.check(read(SK_ROWS.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(SK_ROWS.format(n="4 (empat)"))).findings
    assert finding.expected.startswith("3")


def test_a_count_of_the_items_whose_target_was_changed_is_a_part(read):
    # "2 IKU yang targetnya diubah" counts a subset of the PK table's IKU, not all of them
    doc = """
        Perjanjian Kinerja direviu sehingga terdapat 2 (dua) IKU yang targetnya diubah, yaitu jumlah hari operasi dan jumlah pelaku usaha. Rinciannya pada Tabel 2.1.

        Tabel 2.1 Perjanjian Kinerja Tahun 2025
        | No | Indikator Kinerja Utama | Target Awal | Target Perubahan |
        |---|---|---|---|
        | 1 | Jumlah hari operasi kapal pengawas | 450 | 420 |
        | 2 | Jumlah kapal perikanan yang diperiksa | 1.200 | 1.200 |
        | 3 | Jumlah pelaku usaha yang diperiksa | 320 | 300 |
    """  # noqa: E501
    assert count_claim.check(read(doc)).findings == []


CAPTIONED_KIND = """
    Perjanjian Kinerja Tahun 2025 memuat {n} Indikator Kinerja Utama (IKU) yang terbagi dalam dua sasaran strategis.

    Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025
    | No | Indikator Kinerja Utama | Target | Realisasi | Capaian |
    |---|---|---|---|---|
    | 1 | Jumlah jam siaran lokal | 3.100 | 3.142 | 101,35 |
    | 2 | Jumlah episode produksi lokal | 1.300 | 1.317 | 101,31 |
    | 3 | Persentase jangkauan siaran | 66,00 | 66,56 | 100,85 |

    Seluruh indikator mencapai target.
"""  # noqa: E501


def test_a_plans_count_is_held_to_the_one_table_captioned_by_that_kind(read):
    # no table is captioned "Perjanjian Kinerja"; the one captioned "Indikator Kinerja
    # Utama" lists them; the sasaran the sentence also counts are not that table's rows
    assert count_claim.check(read(CAPTIONED_KIND.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(CAPTIONED_KIND.format(n="4 (empat)"))).findings
    assert finding.expected.startswith("3")


TOTALLED = """
    Tabel 3.3 Kunjungan Rawat Jalan per Triwulan Tahun 2025
    | No | Unit Pelayanan | TW I | TW II | Jumlah |
    |---|---|---|---|---|
    | 1 | Poli Paru Umum | 4.812 | 5.034 | 9.846 |
    | 2 | Poli TB DOTS | 1.924 | 2.011 | 3.935 |
    | 3 | Poli Anak | 486 | 512 | 998 |
    |  | Jumlah | 7.222 | 7.557 | 14.779 |

    Sebanyak {n} unit pelayanan rawat jalan melayani 14.779 kunjungan selama tahun 2025.

    Kunjungan tertinggi terjadi pada triwulan II.
"""


def test_a_count_in_a_sentence_restating_a_tables_grand_total_counts_its_rows(read):
    assert count_claim.check(read(TOTALLED.format(n="3 (tiga)"))).findings == []
    [finding] = count_claim.check(read(TOTALLED.format(n="4 (empat)"))).findings
    assert finding.expected.startswith("3")


def test_a_count_beside_the_total_of_a_column_some_rows_leave_empty_counts_the_others(read):
    doc = """
        Tabel 3.4 Temuan Pemeriksaan Reguler
        | No | Obyek Pemeriksaan | Temuan | Kerugian Daerah (Rp) |
        |---|---|---|---|
        | 1 | Dinas Pendidikan | 6 | 12.500.000 |
        | 2 | Dinas Kesehatan | 5 | - |
        | 3 | Kecamatan Sarai | 2 | 7.176.000 |
        |  | Jumlah | 13 | 19.676.000 |

        Temuan yang berindikasi kerugian daerah terdapat pada 2 (dua) obyek dengan nilai Rp 19.676.000.

        Seluruhnya telah ditindaklanjuti.
    """  # noqa: E501
    assert count_claim.check(read(doc)).findings == []



GRADED_LAPAS = """
Tabel 2.2 Skala Predikat Capaian Kinerja

| No | Rentang Capaian | Predikat |
|---|---|---|
| 1 | ≥ 90,00% | Sangat Baik |
| 2 | 75,00% s.d. < 90,00% | Baik |
| 3 | 60,00% s.d. < 75,00% | Cukup |
| 4 | < 60,00% | Kurang |

{sentence}

Tabel 5.1 Capaian Indikator Kinerja Lapas Tahun 2023

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Predikat |
|---|---|---|---|---|---|
| 1 | Persentase narapidana yang mengikuti pembinaan kemandirian | 75,00 | 64,83 | 86,44 | Baik |
| 2 | Persentase narapidana yang mengikuti pembinaan kepribadian | 95,00 | 92,39 | 97,25 | Sangat Baik |
| 3 | Persentase usulan layanan integrasi | 95,00 | 80,91 | 85,17 | Baik |
| 4 | Persentase layanan kunjungan tepat waktu | 98,00 | 98,10 | 100,10 | Sangat Baik |
| 5 | Tingkat overkapasitas hunian | 40,00 | 42,90 | 93,24 | Sangat Baik |
| 6 | Nilai Indeks Kepuasan Masyarakat | 82,00 | 84,62 | 103,20 | Sangat Baik |
"""  # noqa: E501


def test_grade_counts_after_a_year_and_in_words_of_all_the_rows(read):
    from audit.checks import count_claim

    def found(sentence: str) -> list[str]:
        doc = read(GRADED_LAPAS.format(sentence=sentence))
        return [f.stated for f in count_claim.RULE.run(doc).findings]

    # "Tahun 2023, 3 (tiga)": the year before the comma lists nothing
    assert found("Dari enam indikator kinerja Lapas Tahun 2023, 4 (empat) indikator "
                 "berpredikat Sangat Baik dan 2 (dua) indikator berpredikat Baik.") == []
    assert found("Dari enam indikator kinerja Lapas Tahun 2023, 3 (tiga) indikator "
                 "berpredikat Sangat Baik dan 2 (dua) indikator berpredikat Baik.") == ["3 (tiga)"]
    # counts in words alone, of all six rows
    assert found("Dari enam indikator kinerja Lapas Tahun 2023, tiga berpredikat Sangat Baik "
                 "dan dua berpredikat Baik.") == ["tiga"]
    # ... but not of a part the sentence does not say is all the rows
    assert found("Sasaran ini diukur dengan dua indikator. Satu indikator mencapai kategori "
                 "Sangat Baik dan satu indikator mencapai kategori Baik.") == []


def test_a_sasaran_count_is_not_judged_on_a_column_that_pastes_sasaran_and_indicator():
    from audit.readers.text import parse_text
    text = """\
Pengukuran dilakukan terhadap 3 (tiga) indikator kinerja pada 2 (dua) sasaran strategis
sebagaimana Tabel 3.2.
Tabel 3.2 Capaian Indikator Kinerja Tahun 2025
No Sasaran Strategis Indikator Kinerja Satuan Target Realisasi Capaian
(%)
Predikat
1 Meningkatnya mutu dan
akses pelayanan
Jumlah tindakan operasi tindakan 4.200 4.386 104,43 Sangat Tinggi
2 Meningkatnya mutu dan
akses pelayanan
Persentase pasien pulih % 80,00 84,15 105,19 Sangat Tinggi
3 Meningkatnya kepuasan
masyarakat
Indeks Kepuasan Masyarakat nilai 85,00 87,42 102,85 Sangat Tinggi
Seluruh indikator mencapai target.
"""
    assert [f for f in count_claim.check(parse_text(text, "x.txt")).findings
            if f.rule == "count_claim"] == []


def test_the_sasaran_in_general_are_no_one_item_of_another_level(read):
    # "pencapaian sasaran strategis didukung melalui ...": no one sasaran whose share of the
    # budget table's sub kegiatan the count could be
    text = """
        Pada Tahun Anggaran 2025, pencapaian sasaran strategis didukung melalui 2 program,
        3 kegiatan, dan {n} sub kegiatan sebagaimana disajikan pada Tabel 3.8.

        Tabel 3.8 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan

        | Kode | Uraian | Pagu | Realisasi |
        |---|---|---|---|
        | 5.07.01 | Program Penunjang | 3.000 | 2.900 |
        | 5.07.01.2.01 | Perencanaan | 1.000 | 950 |
        | 5.07.01.2.01.0001 | Penyusunan Renstra | 400 | 380 |
        | 5.07.01.2.01.0002 | Penyusunan LKjIP | 600 | 570 |
        | 5.07.01.2.02 | Keuangan | 2.000 | 1.950 |
        | 5.07.01.2.02.0001 | Gaji | 2.000 | 1.950 |
        | 5.07.02 | Program Perbatasan | 1.000 | 900 |
        | 5.07.02.2.01 | Pembangunan | 1.000 | 900 |
        | 5.07.02.2.01.0001 | Jalan desa | 600 | 540 |
        | 5.07.02.2.01.0002 | Air bersih | 400 | 360 |
    """
    assert count_claim.check(read(text.format(n="5"))).findings == []
    [finding] = count_claim.check(read(text.format(n="6"))).findings
    assert (finding.stated, finding.expected) == ("6", "5")


def test_a_caption_naming_its_one_column_of_words_names_what_is_counted(read):
    # "komoditas" titles the one column of words, and the caption names it too
    text = """
        Tim memantau harga {n} komoditas pokok di lima pasar tradisional. Rekap harga
        rata-rata tahunan disajikan pada Tabel 3.5.

        Tabel 3.5 Harga Rata-rata Komoditas Pokok Tahun 2025

        | No | Komoditas | Satuan | Harga (Rp) |
        |---|---|---|---|
        | 1 | Beras Medium | kg | 13.400 |
        | 2 | Gula Pasir | kg | 18.000 |
        | 3 | Minyak Goreng | liter | 16.500 |
    """
    assert count_claim.check(read(text.format(n="3"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4"))).findings
    assert (finding.stated, finding.expected) == ("4", "3")


def test_the_perjanjian_kinerja_counts_sasaran_and_indikator_in_their_own_columns(read):
    text = """
        Perjanjian Kinerja Bupati Tahun 2024 memuat 2 sasaran strategis dengan {n} indikator
        kinerja utama.

        Tabel 2.2 Perjanjian Kinerja Bupati Tahun 2024

        | No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Target |
        |---|---|---|---|---|
        | 1 | Meningkatnya kualitas SDM | Indeks Pembangunan Manusia | Indeks | 71,90 |
        | 2 |  | Angka Harapan Hidup | Tahun | 71,20 |
        | 3 | Menurunnya kemiskinan | Persentase penduduk miskin | % | 10,85 |
    """
    assert count_claim.check(read(text.format(n="3"))).findings == []
    [finding] = count_claim.check(read(text.format(n="4"))).findings
    assert (finding.stated, finding.expected) == ("4", "3")


def test_a_numbered_row_without_its_item_means_the_table_was_misread(read):
    # rows 3 and 4 came out with their indicator in the sasaran column (a layout misread):
    # the column's items are not the table's rows, and no count is made of them
    text = """
        Perjanjian Kinerja Tahun 2025 memuat 4 (empat) Indikator Kinerja Utama.

        Tabel 2.2 Perjanjian Kinerja Tahun 2025

        | No | Sasaran Strategis | Indikator Kinerja | Target |
        |---|---|---|---|
        | 1. | Terpeliharanya keamanan | Jumlah kejadian kecelakaan | 120 |
        | 2. |  | Jumlah korban meninggal | 40 |
        | 3. | Persentase pengaduan yang diselesaikan |  | 95,00 |
        | 4. | Persentase realisasi anggaran |  | 96,00 |
    """
    assert count_claim.check(read(text)).findings == []


def test_a_count_of_units_named_by_an_acronym_counts_only_the_rows_it_leads(read):
    """``5 (lima) bidang, dan 2 (dua) Unit Pelaksana Teknis Daerah (UPTD)`` beside a table
    of every unit kerja: the UPTD are the rows led by "UPTD", not all eight."""
    doc = read("""
        Susunan organisasi terdiri atas Sekretariat, 3 (tiga) bidang, dan {n} Unit
        Pelaksana Teknis Daerah (UPTD), dengan rincian pegawai pada Tabel 1.1.

        Tabel 1.1 Jumlah Pegawai menurut Unit Kerja

        | No | Unit Kerja | PNS | Non-ASN | Jumlah |
        |---|---|---|---|---|
        | 1 | Sekretariat | 24 | 18 | 42 |
        | 2 | Bidang Bina Marga | 19 | 12 | 31 |
        | 3 | Bidang Cipta Karya | 14 | 8 | 22 |
        | 4 | Bidang Penataan Ruang | 11 | 5 | 16 |
        | 5 | UPTD Peralatan dan Perbekalan | 9 | 21 | 30 |
        | 6 | UPTD Laboratorium Bahan Konstruksi | 6 | 4 | 10 |
        | Jumlah | | 83 | 68 | 151 |
    """.replace("{n}", "2 (dua)"))
    assert count_claim.check(doc).findings == []
