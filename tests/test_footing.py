from __future__ import annotations

from audit.checks import footing
from audit.findings import Severity


def test_a_total_that_foots_is_counted_and_silent(read):
    doc = read("""
        | No | Unit | Orang |
        |---|---|---|
        | 1 | Sukamaju | 1.064 |
        | 2 | Wanasari  | 176 |
        | Jumlah | | 1.240 |
    """)
    result = footing.check(doc)
    assert result.findings == []
    assert result.performed == 1


def test_a_total_that_does_not_foot_names_rows_and_values(read):
    doc = read("""
        Tabel 5 Peserta
        | No | Unit | Orang |
        |---|---|---|
        | 1 | Sukamaju | 1.064 |
        | 2 | Wanasari  | 176 |
        | Jumlah | | 1.260 |
    """)
    [finding] = footing.check(doc).findings
    assert finding.rule == "footing"
    assert finding.severity is Severity.MAJOR
    assert finding.line == 6
    assert finding.stated == "1.260"
    assert finding.expected == "1.240"
    assert finding.related_lines == [4, 5]
    assert finding.table == "Tabel 5 Peserta"
    assert "baris 4–5" in finding.message


def test_money_columns_are_critical(read):
    doc = read("""
        | No | Kegiatan | Anggaran (Rp) |
        |---|---|---|
        | 1 | Pelatihan | 1.420.500.000 |
        | 2 | Sertifikasi | 6.915.250.000 |
        | Jumlah | | 8.335.850.000 |
    """)
    [finding] = footing.check(doc).findings
    assert finding.severity is Severity.CRITICAL
    assert finding.expected == "8.335.750.000"


def test_hierarchy_groups_against_children_and_total_against_groups(read):
    doc = read("""
        | No | Unit | Paket | Orang |
        |---|---|---|---|
        | 1. | BPVP | 3 | 48 |
        | | • Las | 1 | 16 |
        | | • Otomotif | 2 | 32 |
        | 2. | BLK Komunitas | 2 | 32 |
        | | • Tata Busana | 1 | 16 |
        | | • Las | 1 | 16 |
        | JUMLAH | | 5 | 80 |
    """)
    result = footing.check(doc)
    assert result.findings == []
    # two groups x two columns, and the grand total x two columns
    assert result.performed == 6


def test_broken_group_is_reported_once_not_again_at_the_grand_total(read):
    doc = read("""
        | No | Unit | Orang |
        |---|---|---|
        | 1. | BPVP | 48 |
        | | • Las | 16 |
        | | • Otomotif | 16 |
        | 2. | BLK | 32 |
        | | • Tata Busana | 16 |
        | | • Las | 16 |
        | JUMLAH | | 80 |
    """)
    [finding] = footing.check(doc).findings
    assert finding.line == 3
    assert finding.expected == "32"
    assert finding.related_lines == [4, 5]


def test_subtotals_and_combined_total(read):
    doc = read("""
        | No | Status | L | P |
        |---|---|---|---|
        | 1 | Eselon III | 1 | 0 |
        | 2 | Fungsional | 5 | 7 |
        | Jumlah ASN | | 6 | 7 |
        | 3 | Satpam | 3 | 0 |
        | 4 | Sopir | 2 | 0 |
        | Jumlah PHL | | 5 | 0 |
        | Jumlah ASN + PHL | | 11 | 8 |
    """)
    [finding] = footing.check(doc).findings
    assert finding.line == 9
    assert finding.stated == "8"
    assert finding.expected == "7"


def test_unmarked_follower_is_a_sibling_not_a_child(read):
    # Row 15 is followed by an unnumbered row: it is the 16th item, not a breakdown of 15.
    doc = read("""
        | No | LSP | Asesi |
        |---|---|---|
        | 14 | LSP Otomotif | 200 |
        | 15 | LSP Logam | 100 |
        | | LSP Kapal | 100 |
        | 16 | LSP Kimia | 50 |
        | Jumlah | | 450 |
    """)
    assert footing.check(doc).findings == []


def test_rates_and_row_numbers_are_not_added(read):
    doc = read("""
        | No | Unit | Orang | % Kompeten |
        |---|---|---|---|
        | 1 | A | 10 | 90,00% |
        | 2 | B | 10 | 80,00% |
        | Jumlah | | 20 | 85,00% |
    """)
    assert footing.check(doc).findings == []


def test_decimal_components_are_compared_at_printed_precision(read):
    doc = read("""
        | Unit | Luas (ha) |
        |---|---|
        | A | 1,33 |
        | B | 1,33 |
        | C | 1,33 |
        | Jumlah | 4,00 |
    """)
    # 1,33 stands for [1,325; 1,335): three of them may well total 4,00.
    assert footing.check(doc).findings == []


def test_unreadable_component_leaves_the_total_unjudged(read):
    doc = read("""
        | No | Kegiatan | Target |
        |---|---|---|
        | 1 | Bimbingan | 40 kesepakatan |
        | 2 | Pelatihan | 200 |
        | Total | | 281 |
    """)
    assert footing.check(doc).findings == []


def test_a_total_over_a_single_row_equals_it_when_another_column_agrees(read):
    from audit.engine import audit_document

    doc = read("""
        | No | Kejuruan | Target Paket | Target Orang | Realisasi Paket | Realisasi Orang |
        |---|---|---|---|---|---|
        | 1. | Pelatihan PFLK | | | | |
        | | Kerjasama pihak ketiga | 1 | 10 | 1 | 5 |
        | | JUMLAH | 1 | 17 | 1 | 5 |
    """)
    found = [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found == [("footing", "17", "10")]


PROPORTIONAL = """
| No | Kejuruan / Skema | Paket | Orang |
|---|---|---|---|
| 1. | Kejuruan Bisnis | 3 | 48 |
| | Barista | 1 | 16 |
| | Tata Boga | 2 | 32 |
| 2. | Kejuruan Listrik | 6 | 96 |
| | Otomasi Listrik Industri | 1 | 16 |
| | Otomasi Listrik Lanjutan | 4 | {orang} |
| | Listrik Bangunan Sederhana | 1 | 16 |
| 3. | Kejuruan Las | 5 | 80 |
| | Pengelasan SMAW 3G | 3 | 48 |
| | Pengelasan SMAW 2F | 2 | 32 |
| JUMLAH | | 14 | 224 |
"""


def test_a_group_short_by_what_one_row_breaks_of_the_tables_proportion_names_that_row(read):
    # Orang is 16 × Paket in every other row: 4 paket with 16 orang under a group 48 short is
    # the slip (64), not the group's 96.
    from audit.engine import audit_document

    assert audit_document(read(PROPORTIONAL.format(orang="64"))).findings == []
    [finding] = audit_document(read(PROPORTIONAL.format(orang="16"))).findings
    assert (finding.rule, finding.line, finding.stated, finding.expected) == \
        ("footing", 8, "16", "64")
    assert "16 × kolom 'Paket'" in finding.message


def test_a_column_under_a_spanning_year_title_is_summed(read):
    # "Tahun 2025" spans Nasabah and Sampah: the columns are counts, not a year index
    doc = read("""
        Tabel 3.7 Bank Sampah Aktif
        | No | Kecamatan | Tahun 2025 | |
        | No | Kecamatan | Nasabah (orang) | Sampah (ton) |
        |---|---|---|---|
        | 1 | Utara | 1.245 | 742 |
        | 2 | Selatan | 1.318 | 806 |
        | 3 | Pasir | 874 | 538 |
        | Jumlah | | 3.473 | 2.086 |
    """)
    [finding] = footing.check(doc).findings
    assert (finding.stated, finding.expected) == ("3.473", "3.437")


_PROGRAMS_OVER_OUTPUTS = """
    | Kode RO | Uraian RO | Pagu (Rp) |
    |---|---|---|
    | 025.01.WA | Program Dukungan Manajemen | 4.500.000.000 |
    | 2145.EBA.994 | Layanan Perkantoran | 3.700.000.000 |
    | 2145.EBA.956 | Layanan BMN | 450.000.000 |
    | 2145.EBA.962 | Layanan Umum | 350.000.000 |
    | 025.03.HB | Program Kerukunan Umat | 1.300.000.000 |
    | 2151.QDB.001 | Fasilitasi FKUB | 1.300.000.000 |
    | | Jumlah | {total} |
"""


def test_rows_heading_runs_that_sum_to_them_are_the_subtotals_a_total_adds(read):
    # no marker sets the program rows apart; each equals the outputs under it
    assert footing.check(read(_PROGRAMS_OVER_OUTPUTS.format(total="5.800.000.000"))).findings \
        == []
    [finding] = footing.check(read(_PROGRAMS_OVER_OUTPUTS.format(
        total="5.900.000.000"))).findings
    assert finding.expected.startswith("5.800.000.000")


def test_a_cumulative_columns_total_is_its_last_value(read):
    text = """
        | Triwulan | Realisasi (Rp) | Realisasi Kumulatif (Rp) |
        |---|---|---|
        | TW I | 13.618.452.310 | 13.618.452.310 |
        | TW II | 24.906.114.275 | 38.524.566.585 |
        | TW III | 19.874.503.120 | 58.399.069.705 |
        | Jumlah | 58.399.069.705 | {last} |
    """
    assert footing.check(read(text.format(last="58.399.069.705"))).findings == []


def test_a_sub_jumlah_adds_the_rows_since_the_subtotal_before_it(read):
    # "Sub Jumlah Golongan III" is a subtotal: its parts are the rows since "Sub Jumlah
    # Golongan IV", never that subtotal too
    text = """
        Tabel 1.1 Jumlah Pegawai menurut Golongan

        | No | Golongan | L | P | Jumlah |
        |---|---|---|---|---|
        | 1 | IV/b | 2 | 1 | 3 |
        | 2 | IV/a | 5 | 3 | 8 |
        |  | Sub Jumlah Golongan IV | 7 | 4 | 11 |
        | 3 | III/d | 9 | 6 | 15 |
        | 4 | III/c | 7 | 5 | {jumlah} |
        |  | Sub Jumlah Golongan III | 16 | 11 | 27 |
        |  | Jumlah | 23 | 15 | 38 |
    """
    [finding] = [f for f in footing.check(read(text.format(jumlah="14"))).findings
                 if f.line == 10]
    assert finding.expected == "29"  # 15 + 14, not 11 + 15 + 14


GOLONGAN = """
    Tabel 1.3 Jumlah Pegawai Menurut Golongan Ruang

    | Golongan | Ruang | Laki-laki | Perempuan | Jumlah |
    |---|---|---|---|---|
    | IV | IV/b | 1 | 0 | 1 |
    |  | IV/a | 2 | 1 | 3 |
    | III | III/d | 5 | 3 | 8 |
    |  | III/c | 7 | 4 | 11 |
    |  | III/b | 8 | 4 | 12 |
    |  | III/a | 6 | 4 | 10 |
    | II | II/d | 4 | 2 | 6 |
    |  | II/c | 3 | 2 | 5 |
    |  | II/b | 1 | 2 | 3 |
    |  | II/a | 0 | 1 | 1 |
    | Jumlah |  | {men} | 23 | 60 |
"""


def test_a_golongan_merged_down_over_its_ruang_is_no_outline_marker(read):
    # "IV" over "IV/b" and "IV/a" names a golongan, not list item IV whose rows it totals
    result = footing.check(read(GOLONGAN.format(men="37")))
    assert result.findings == []
    [finding] = footing.check(read(GOLONGAN.format(men="38"))).findings
    assert (finding.stated, finding.expected) == ("38", "37")


SUBJUMLAH = """
    Tabel 3.11 Realisasi Anggaran per Rincian Output (dalam rupiah)

    | Program | Kode RO | Uraian RO | Pagu | Realisasi |
    |---|---|---|---|---|
    | 015.08.WA Dukungan Manajemen | 4229.EBA.962 | Layanan Umum | 1.312.450.000 | 1.276.918.340 |
    |  | 4229.EBA.994 | Layanan Perkantoran | 6.874.320.000 | 6.802.117.845 |
    | Subjumlah 015.08.WA |  |  | 8.186.770.000 | 8.079.036.185 |
    | 015.08.DK Kekayaan Negara | 4230.QAH.001 | Layanan Penilaian | 398.200.000 | 381.564.900 |
    |  | 4232.QAH.003 | Layanan Lelang | 548.600.000 | 537.905.120 |
    | Subjumlah 015.08.DK |  |  | 946.800.000 | 919.470.020 |
    | Jumlah |  |  | {pagu} | 8.998.506.205 |
"""


def test_subjumlah_rows_are_subtotals_not_rows_added_to_the_total(read):
    assert footing.check(read(SUBJUMLAH.format(pagu="9.133.570.000"))).findings == []
    [finding] = footing.check(read(SUBJUMLAH.format(pagu="9.133.750.000"))).findings
    assert finding.stated == "9.133.750.000"


def test_a_count_of_something_else_under_the_total_is_no_total_of_the_rows(read):
    # "Jumlah dosen tetap" is a ratio's denominator printed under "Jumlah luaran"
    text = """
        | No | Jenis Luaran | Jumlah |
        |---|---|---|
        | 1 | Karya ilmiah bereputasi internasional | 97 |
        | 2 | Karya terapan yang digunakan masyarakat | 68 |
        | | Jumlah luaran | {total} |
        | | Jumlah dosen tetap | 831 |
    """
    assert footing.check(read(text.format(total="165"))).findings == []
    [finding] = footing.check(read(text.format(total="156"))).findings
    assert (finding.stated, finding.expected) == ("156", "165")


def test_a_grand_total_under_section_totals_is_still_a_total(read):
    text = """
        | No | Uraian | Jumlah |
        |---|---|---|
        | 1 | Tanah | 5 |
        | 2 | Peralatan | 12 |
        | | Jumlah Aset Tetap | 17 |
        | 3 | Perangkat Lunak | 2 |
        | | Jumlah Aset Lainnya | 2 |
        | | Jumlah Seluruhnya | {total} |
    """
    assert footing.check(read(text.format(total="19"))).findings == []
    assert [f.stated for f in footing.check(read(text.format(total="21"))).findings] == ["21"]


def test_an_average_price_column_is_not_summed(read):
    # money per unit (Rp/kg) and averages do not add up down the column, whatever the Rp
    table = """
        | Bulan | Produksi (ton) | Nilai Produksi (Rp) | Harga Rata-rata (Rp/kg) |
        |---|---|---|---|
        | Januari | 1.231,89 | 28.478.394.000 | 23.118 |
        | Februari | 1.151,11 | 26.146.305.000 | 22.714 |
        | Jumlah | 2.383,00 | 54.624.699.000 | 22.923 |
    """
    result = footing.check(read(table))
    assert result.findings == []
    assert result.performed == 2  # production and value are footed, the price is not


CODED_TOTALS = """
    | Kode | Uraian | Pagu (Rp) |
    |---|---|---|
    | 1.01 | URUSAN PENDIDIKAN | |
    | 1.01.02 | PROGRAM PENGELOLAAN PENDIDIKAN | |
    | 1.01.02.2.01 | Pengelolaan Pendidikan Sekolah Dasar | 12.450.000.000 |
    | 1.01.02.2.02 | Pengelolaan Pendidikan Sekolah Menengah Pertama | 9.870.500.000 |
    | | Jumlah Program 1.01.02 | 22.320.500.000 |
    | 1.01.04 | PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN | |
    | 1.01.04.2.01 | Pemerataan Kualitas Pendidik | 1.148.000.000 |
    | | Jumlah Program 1.01.04 | 1.148.000.000 |
    | | Jumlah Bidang Urusan 1.01 Pendidikan | {bidang} |
    | 1.02 | URUSAN KESEHATAN | |
    | 1.02.02 | PROGRAM UPAYA KESEHATAN | |
    | 1.02.02.2.01 | Penyediaan Fasilitas Pelayanan Kesehatan | 21.640.000.000 |
    | 1.02.02.2.02 | Penyediaan Layanan Kesehatan Rujukan | 26.190.000.000 |
    | | Jumlah Program 1.02.02 | {program} |
    | | Jumlah Bidang Urusan 1.02 Kesehatan | 47.830.000.000 |
"""


def test_a_total_naming_its_code_adds_the_rows_coded_under_it(read):
    ok = read(CODED_TOTALS.format(bidang="23.468.500.000", program="47.830.000.000"))
    assert footing.check(ok).findings == []
    [finding] = footing.check(read(CODED_TOTALS.format(bidang="23.468.500.000",
                                                        program="47.380.000.000"))).findings
    assert (finding.stated, finding.expected) == ("47.380.000.000", "47.830.000.000")
    [finding] = footing.check(read(CODED_TOTALS.format(bidang="23.486.500.000",
                                                        program="47.830.000.000"))).findings
    assert (finding.stated, finding.expected) == ("23.486.500.000", "23.468.500.000")


def test_a_total_naming_another_group_than_the_total_before_adds_its_own_rows(read):
    table = """
    | No | Uraian | Realisasi 2023 |
    |---|---|---|
    | A | PENDAPATAN DAERAH | |
    | 1 | Pendapatan Asli Daerah | 588.412 |
    | 2 | Pendapatan Transfer | 1.201.336 |
    | | Jumlah Pendapatan | 1.789.748 |
    | B | BELANJA DAERAH | |
    | 1 | Belanja Operasi | 1.318.642 |
    | 2 | Belanja Modal | 402.317 |
    | | Jumlah Belanja | {belanja} |
    """
    assert footing.check(read(table.format(belanja="1.720.959"))).findings == []
    [finding] = footing.check(read(table.format(belanja="1.720.995"))).findings
    assert (finding.stated, finding.expected) == ("1.720.995", "1.720.959")


def test_a_subjumlah_named_by_several_words_is_a_subtotal(read):
    text = SUBJUMLAH.replace("Subjumlah 015.08.WA", "Subjumlah KPPN Rantau Jaya Timur") \
        .replace("Subjumlah 015.08.DK", "Sub Jumlah KPPN Lubuk Sari Barat")
    assert footing.check(read(text.format(pagu="9.133.570.000"))).findings == []
    [finding] = footing.check(read(text.format(pagu="9.133.750.000"))).findings
    assert finding.stated == "9.133.750.000"


def test_account_codes_under_a_sub_kegiatan_detail_it_and_are_not_its_siblings(read):
    # rekening 5.1.01... codes of another outline than the program's 5.02.01...: each
    # details the sub kegiatan above it, so the kegiatan adds its sub kegiatan only
    text = """
        | Kode | Uraian | Pagu (Rp) |
        |---|---|---|
        | 5.02.01 | PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH | 5.116.950.000 |
        | 5.02.01.1.02 | Administrasi Keuangan Perangkat Daerah | {kegiatan} |
        | 5.02.01.1.02.0001 | Penyediaan Gaji dan Tunjangan ASN | 4.812.600.000 |
        | 5.1.01.01.01.0001 | Belanja Gaji Pokok PNS | 2.502.552.000 |
        | 5.1.01.01.02.0001 | Belanja Tunjangan Keluarga PNS | 2.310.048.000 |
        | 5.02.01.1.06 | Administrasi Umum Perangkat Daerah | 304.350.000 |
        | 5.02.01.1.06.0001 | Penyediaan Komponen Instalasi Listrik | 304.350.000 |
        | 5.1.02.01.01.0031 | Belanja Alat/Bahan Kantor-Alat Listrik | 304.350.000 |
    """
    assert footing.check(read(text.format(kegiatan="4.812.600.000"))).findings == []
    found = footing.check(read(text.format(kegiatan="4.821.600.000"))).findings
    assert ("4.821.600.000", "4.812.600.000") in {(f.stated, f.expected) for f in found}


def test_a_group_row_whose_label_runs_into_its_first_outputs_code_is_not_judged(read):
    # plain pdftotext printed the program's figures on a row of their own and ran its label
    # into its first output's row: that row's figures are the output's, not the program's
    text = """
        | Kode | Program / Rincian Output | Pagu (Rp) |
        |---|---|---|
        |  |  | 15.899.680.000 |
        | 013.01.WA Program Dukungan Manajemen 6378.EBA | Layanan Dukungan | 14.215.480.000 |
        | 6378.EBB | Layanan Sarana dan Prasarana Internal | 1.684.200.000 |
        | 013.01.DK | Program Pembentukan Regulasi | 1.236.500.000 |
        | 6381.ABG | Fasilitasi Harmonisasi Rancangan Produk Hukum | 1.236.500.000 |
    """
    assert footing.check(read(text)).findings == []


def test_a_group_whose_last_part_is_printed_as_nothing_still_heads_its_run(read):
    # "BELANJA MODAL 52.740.000" over "Peralatan 52.740.000" and "Gedung -": the JUMLAH adds
    # the two capital groups, in the Semester I column as in the others
    text = """
        | Uraian | Pagu (Rp) | Semester I |
        |---|---|---|
        | BELANJA OPERASI | 16.226.750.000 | 7.222.568.188 |
        | Belanja Pegawai | 8.412.650.000 | 3.981.406.512 |
        | Belanja Barang dan Jasa | 5.664.100.000 | 2.551.161.676 |
        | Belanja Bantuan Sosial | 2.150.000.000 | 690.000.000 |
        | BELANJA MODAL | 1.862.400.000 | 52.740.000 |
        | Belanja Modal Peralatan dan Mesin | 612.400.000 | 52.740.000 |
        | Belanja Modal Gedung dan Bangunan | 1.250.000.000 | - |
        | JUMLAH | 18.089.150.000 | {total} |
    """
    assert footing.check_table(read(text.format(total="7.275.308.188")).tables[0]).findings == []
    [finding] = footing.check_table(read(text.format(total="7.257.308.188")).tables[0]).findings
    assert finding.expected == "7.275.308.188"


DECLARED = """
    Tabel 3.5 Penanganan Perkara per Triwulan
    | No | Uraian | TW I | TW II |
    |---|---|---|---|
    | 1 | Perkara diterima | 98 | 112 |
    | 2 | Perkara diputus | 95 | 104 |
    | 3 | Perkara dicabut | 2 | 1 |
    | | Jumlah perkara diselesaikan (2 + 3) | 97 | {total} |
    | 4 | Perkara diselesaikan tepat waktu | 94 | 101 |
"""


def test_a_total_whose_label_names_its_rows_adds_those_rows_only(read):
    # rows 2 and 3 make 105; the received cases above them are no part of it
    assert footing.check(read(DECLARED.format(total="105"))).findings == []
    [finding] = footing.check(read(DECLARED.format(total="150"))).findings
    assert (finding.stated, finding.expected) == ("150", "105")
    assert finding.related_lines == [5, 6]


DIPA = """
    | Kode | Uraian | Pagu (Rp) | Realisasi (Rp) |
    |---|---|---|---|
    | DIPA 01 - Badan Urusan Administrasi | | | |
    | 005.01.WA | Program Dukungan Manajemen | 1.250.000 | 1.100.000 |
    | 1066.EBA.994 | Layanan Perkantoran | 1.000.000 | 900.000 |
    | 1066.EBA.956 | Layanan BMN | 250.000 | 200.000 |
    | | Jumlah DIPA 01 | {pagu} | 1.100.000 |
"""


def test_a_total_over_the_one_programme_under_it_equals_that_programme(read):
    assert footing.check(read(DIPA.format(pagu="1.250.000"))).findings == []
    found = footing.check(read(DIPA.format(pagu="1.350.000"))).findings
    assert [(f.stated, f.expected) for f in found] == [("1.350.000", "1.250.000")]


def test_a_level_the_same_in_every_period_is_totalled_as_that_level(read):
    text = """
        Tabel 3.6 Tingkat Hunian Mess per Triwulan

        | Triwulan | Jumlah Hari | Jumlah Kamar | Kamar-Malam Terisi |
        |---|---|---|---|
        | Triwulan I | 90 | 24 | 1.402 |
        | Triwulan II | 91 | 24 | 1.515 |
        | Triwulan III | 92 | 24 | 1.586 |
        | Jumlah | 273 | {rooms} | 4.503 |
    """
    assert footing.check(read(text.format(rooms="24"))).findings == []
    # a total that is neither the level nor the sum is still wrong
    assert [(f.rule, f.stated.split(" / ")[0]) for f in
            footing.check(read(text.format(rooms="42"))).findings] == [("footing", "42")]


def test_a_total_naming_a_group_head_adds_the_rows_under_that_head(read):
    # "Jumlah Penerimaan Pembiayaan" closes the rows under "Penerimaan Pembiayaan", not the
    # row of another group above the head
    text = """
        | Uraian | APBD Murni | APBD Perubahan |
        |---|---|---|
        | Jumlah Belanja Daerah | 1.842.512.950.000 | 1.905.811.504.339 |
        | Pendapatan Lain-lain | 12.000.000.000 | 14.000.000.000 |
        | PEMBIAYAAN DAERAH |  |  |
        | Penerimaan Pembiayaan |  |  |
        | Penggunaan SiLPA Tahun Sebelumnya | 60.000.000.000 | 87.615.204.339 |
        | Penerimaan Kembali Pinjaman | 1.500.000.000 | {kembali} |
        | Jumlah Penerimaan Pembiayaan | 61.500.000.000 | 89.115.204.339 |
    """
    assert footing.check(read(text.format(kembali="1.500.000.000"))).findings == []
    [finding] = footing.check(read(text.format(kembali="1.400.000.000"))).findings
    assert (finding.stated, finding.expected) == ("89.115.204.339", "89.015.204.339")


DESA = """
    | Kode | Uraian | Anggaran (Rp) | Realisasi (Rp) |
    |---|---|---|---|
    | 4.1 | Pendapatan Asli Desa | | |
    | 4.1.1 | Hasil Usaha Desa | 45.000.000 | 47.250.000 |
    | 4.1.2 | Hasil Aset Desa | 62.500.000 | 62.500.000 |
    | | Jumlah Pendapatan Asli Desa | {pad} | 109.750.000 |
    | 4.2 | Pendapatan Transfer | | |
    | 4.2.1 | Dana Desa | 1.024.318.000 | 1.024.318.000 |
    | 4.2.2 | Alokasi Dana Desa | 712.640.000 | 712.640.000 |
    | | Jumlah Pendapatan Transfer | 1.736.958.000 | 1.736.958.000 |
    | | JUMLAH PENDAPATAN | 1.844.458.000 | 1.846.708.000 |
"""


def test_a_sum_named_after_the_group_it_closes_is_a_subtotal(read):
    """``Jumlah Pendapatan Asli Desa`` closes the group ``4.1 Pendapatan Asli Desa``: a
    subtotal however long its name, so the next subtotal and the grand total add the right
    rows."""
    assert footing.check(read(DESA.format(pad="107.500.000"))).findings == []
    [finding] = footing.check(read(DESA.format(pad="107.000.000"))).findings
    assert (finding.stated, finding.expected) == ("107.000.000", "107.500.000")


MONTHS = """
    | Bulan | Izin | Nonizin | Jumlah |
    |---|---|---|---|
    | Januari | 35 | 12 | 47 |
    | Februari | 34 | 12 | 46 |
    | **Jumlah TW I** | **69** | **24** | **93** |
    | April | 34 | 9 | 43 |
    | Mei | 32 | 12 | 44 |
    | **Jumlah TW II** | **66** | **21** | **{tw2}** |
    | **Total** | **135** | **45** | **180** |
"""


def test_a_run_of_totals_named_alike_each_closes_the_rows_since_the_one_before(read):
    """``Jumlah TW II`` after ``Jumlah TW I``: the rows since it, not the quarter above plus
    them, so a slip there is reported with the sum of its own rows."""
    assert footing.check(read(MONTHS.format(tw2="87"))).findings == []
    [finding] = footing.check(read(MONTHS.format(tw2="78"))).findings
    assert (finding.stated, finding.expected) == ("78", "87")
    assert "2 baris komponen" in finding.message


def test_a_running_sum_of_the_row_above_is_no_total_of_rows():
    """``Kumulatif s.d. Triwulan`` under the quarters' ``Jumlah`` (text as ``pdftotext -raw``
    prints it, one figure short of the row above): 128, 128 + 480, ..., no sum of rows."""
    from audit.readers.text import parse_text

    doc = parse_text(
        "Tabel 3.7 Peserta Pelatihan per Triwulan Tahun 2025 (orang)\n"
        "Program TW I TW II TW III TW IV Jumlah\n"
        "Pelatihan Institusional 128 384 416 160 1.088\n"
        "Mobile Training Unit (MTU) - 96 128 80 304\n"
        "Jumlah 128 480 544 240 1.392\n"
        "Kumulatif s.d. Triwulan 128 608 1.152 1.392\n"
        "\nPelatihan terbanyak diselenggarakan pada triwulan III.\n", "laporan.txt")
    assert footing.check(doc).findings == []



ONE_KEGIATAN = """
    | Uraian | Pagu |
    |---|---|
    | Program Pelatihan Vokasi | 13.702.000.000 |
    | Penyelenggaraan Pelatihan | 13.702.000.000 |
    | Pelatihan Institusional | 10.270.000.000 |
    | Pelatihan Mobile | 2.432.000.000 |
    | Sertifikasi | 1.000.000.000 |
    | Program Dukungan Manajemen | 9.141.315.000 |
    | Dukungan Manajemen | 9.141.315.000 |
    | Layanan Perkantoran | 8.926.315.000 |
    | Layanan Manajemen Kinerja | 215.000.000 |
    | Jumlah | {total} |
"""


def test_a_program_of_one_kegiatan_heads_that_kegiatans_run(read):
    """A program row and its one kegiatan row print the same sum over the kegiatan's
    outputs (no codes or markers tell the levels apart); the grand total adds the
    programs."""
    assert footing.check(read(ONE_KEGIATAN.format(total="22.843.315.000"))).findings == []
    [finding] = footing.check(read(ONE_KEGIATAN.format(total="22.834.315.000"))).findings
    assert (finding.stated, finding.expected) == ("22.834.315.000", "22.843.315.000")
