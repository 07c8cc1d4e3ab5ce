from __future__ import annotations

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
    assert finding.expected == "4"
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
    assert "tabel" in finding.message


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
