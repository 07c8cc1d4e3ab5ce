from __future__ import annotations

from audit.checks import pagu_mismatch
from audit.findings import Severity

REVISION = """
    Tabel 2.1 Perubahan Pagu
    | Kode | Uraian | Jan (Awal) | Feb-Mar | Apr-Jun |
    |---|---|---|---|---|
    | 4957.BDB | Fasilitasi Pembinaan Lembaga | 2.740.000.000 | 2.740.000.000 | 2.740.000.000 |
    | 4958.RBJ | Prasarana Pendidikan Tinggi | 31.064.641.000 | 31.064.641.000 | 32.552.100.000 |
    | 6043.EBA | Layanan Dukungan Manajemen | 452.297.359.000 | 451.457.915.000 | 451.544.788.000 |
    | 6043.EBD | Layanan Manajemen Kinerja | 38.746.276.000 | 38.763.676.000 | 38.689.871.000 |

    Realisasi anggaran per output adalah sebagai berikut.

    Tabel 3.3 Realisasi Anggaran
    | Kode | Uraian | Pagu | Realisasi |
    |---|---|---|---|
    | 4957.BDB | Fasilitasi Pembinaan Lembaga | 2.740.000.000 | 806.732.454 |
    | 4958.RBJ | Prasarana Pendidikan Tinggi | 32.552.100.000 | 4.949.734.632 |
    | 6043.EBA | Layanan Dukungan Manajemen | {eba} | 226.953.588.946 |
    | 6043.EBD | Layanan Manajemen Kinerja | 38.689.871.000 | 13.633.756.244 |
"""


def test_revision_columns_are_periods_and_a_matching_listing_passes(read):
    result = pagu_mismatch.check(read(REVISION.format(eba="451.544.788.000")))
    assert result.findings == []


def test_a_listing_line_off_the_column_it_follows_is_reported(read):
    doc = read(REVISION.format(eba="451.457.915.000"))  # the superseded Feb-Mar figure
    [finding] = pagu_mismatch.check(doc).findings
    assert finding.severity is Severity.CRITICAL
    assert finding.stated == "451.457.915.000"
    assert finding.expected == "451.544.788.000"
    assert "Apr-Jun" in finding.message


def test_prose_pagu_against_the_budget_table(read):
    doc = read(REVISION.format(eba="451.544.788.000") + """
    Rincian output:

    1. Layanan Dukungan Manajemen sebesar Rp. 451.457.915.000

    2. Prasarana Pendidikan Tinggi sebesar Rp. 32.552.100.000
    """)
    [finding] = pagu_mismatch.check(doc).findings
    assert finding.severity is Severity.CRITICAL
    assert {finding.stated, finding.expected} == {"Rp. 451.457.915.000", "451.544.788.000"}


def test_pagu_awal_and_pagu_revisi_are_not_compared(read):
    doc = read("""
        Tabel 6 Perjanjian Kinerja Awal
        | No | Kegiatan | Anggaran (Rp) |
        |---|---|---|
        | 1 | 4056 Peningkatan Kualitas Kelembagaan Pelatihan | 7.340.050.000 |
        | 2 | 4057 Penyelenggaraan Pelatihan Vokasi | 13.381.930.000 |

        Capaian anggaran tahun ini.

        Tabel 9 Realisasi Anggaran
        | No | Kegiatan | Pagu Awal (Rp) | Pagu Revisi (Rp) |
        |---|---|---|---|
        | 1 | 4056 Peningkatan Kualitas Kelembagaan Pelatihan | 7.340.050.000 | 3.760.300.000 |
        | 2 | 4057 Penyelenggaraan Pelatihan Vokasi | 13.381.930.000 | 15.227.602.000 |
    """)
    result = pagu_mismatch.check(doc)
    assert result.findings == []
    assert result.performed == 2


PROGRAMMES = """
    Tabel 2.2 Pagu Anggaran per Program Tahun 2025
    | Kode | Program | Pagu (Rp) |
    |---|---|---|
    | 3.27.01 | Program Penunjang Urusan Pemerintahan Daerah | 4.215.300.000 |
    | 3.27.02 | Program Pengelolaan Perikanan Budidaya | 1.980.000.000 |

    Program dengan pagu terbesar adalah (3.27.01) dengan pagu Rp {pagu},- untuk belanja pegawai.
"""


def test_a_prose_pagu_named_by_its_code_alone_is_tied_to_the_table(read):
    assert pagu_mismatch.check(read(PROGRAMMES.format(pagu="4.215.300.000"))).findings == []
    [finding] = pagu_mismatch.check(read(PROGRAMMES.format(pagu="4.251.300.000"))).findings
    # With no majority the prose is judged against its table, not the other way round.
    assert finding.line == 7 and "4.251.300.000" in finding.stated
    assert finding.expected == "4.215.300.000"
    assert finding.severity is Severity.CRITICAL


WHOLE = """
    LAPORAN KINERJA DINAS PERTANIAN TAHUN 2025

    IKHTISAR EKSEKUTIF

    Realisasi anggaran 2025 sebesar Rp 9.120.400.000,- atau 96,12% dari pagu Rp 9.488.500.000.

    BAB III AKUNTABILITAS KINERJA

    Penyerapan anggaran pada realisasi keuangan sebesar 96,12% didukung perencanaan yang baik.
    Realisasi anggaran Program Penyuluhan sebesar 91,40%.
    Pada tahun 2024 realisasi keuangan sebesar 93,75%.

    BAB IV PENUTUP

    Tercapainya persentase keuangan {penutup} dan fisik 97,00% menunjukkan kinerja yang baik.
"""


def test_the_whole_budget_serapan_restated_in_prose_ties_out(read):
    assert pagu_mismatch.check(read(WHOLE.format(penutup="96,12%"))).findings == []
    [finding] = pagu_mismatch.check(read(WHOLE.format(penutup="96,21%"))).findings
    assert finding.line == 15 and finding.stated == "96,21%" and finding.expected == "96,12%"
    # A programme's serapan and last year's are other quantities: neither is compared.
    assert finding.related_lines == [5, 9]


def test_the_whole_budget_with_no_clear_majority_gets_no_verdict(read):
    text = WHOLE.format(penutup="96,21%").replace(
        "realisasi keuangan sebesar 96,12%", "realisasi keuangan sebesar 95,00%")
    assert pagu_mismatch.check(read(text)).findings == []


FORM_B = """
    Kegiatan Pelatihan Vokasi Daerah memiliki pagu anggaran sebesar Rp 12.400.000.000 dengan output.

    Tabel 3.3 Realisasi Anggaran per Kegiatan
    | Kode | Kegiatan | Pagu | Realisasi |
    |---|---|---|---|
    | 5101 | Pelatihan Vokasi Daerah | 12.400.000.000 | 3.100.000.000 |
    | 5102 | Sertifikasi Kompetensi Daerah | 2.600.000.000 | 800.000.000 |

    FORMULIR B
    | Kode dan Nama Kegiatan | Anggaran (Rp. 000) | | Penyerapan (%) | | Indikator Keluaran |
    | | RM | Total | S | R | Satuan (Unit) |
    |---|---|---|---|---|---|
    | 5101 Pelatihan Vokasi Daerah | {pagu} | {pagu} | 27,37 | 25,00 | 1 Lembaga, Unit Kerja |
    | 5102 Sertifikasi Kompetensi Daerah | 2.600.000 | 2.600.000 | 30,00 | 30,77 | 1 Lembaga |
"""


def test_a_form_b_total_column_in_thousands_is_the_budget_lines_pagu(read):
    assert pagu_mismatch.check(read(FORM_B.format(pagu="12.400.000"))).findings == []
    [finding] = pagu_mismatch.check(read(FORM_B.format(pagu="12.040.000"))).findings
    assert finding.line == 13 and "12.040.000" in finding.stated
    assert "5101 Pelatihan Vokasi Daerah" in finding.message  # named by its code cell


def test_the_sum_of_a_lines_outputs_breaks_a_tie_between_two_statements(read):
    doc = read("""
        Kegiatan Pelatihan Vokasi Daerah memiliki pagu anggaran sebesar Rp 5.400.000.000.

        Tabel 3.3 Realisasi Anggaran per Output
        | Kode | Uraian | Pagu | Realisasi |
        |---|---|---|---|
        | 5101.ABA | Pelatihan Las | 3.000.000.000 | 1.000.000.000 |
        | 5101.ABB | Pelatihan Otomotif | 2.400.000.000 | 900.000.000 |

        Tabel 3.4 Pagu per Kegiatan
        | Kode | Kegiatan | Pagu |
        |---|---|---|
        | 5101 | Pelatihan Vokasi Daerah | 5.040.000.000 |
        | 5102 | Sertifikasi Kompetensi Daerah | 2.600.000.000 |
    """)
    [finding] = pagu_mismatch.check(doc).findings
    # Prose and table disagree; the outputs add up to the prose figure: the table is blamed.
    assert finding.line == 12 and finding.stated == "5.040.000.000"
    assert "jumlah rincian 5101.* baris 6–7: 5.400.000.000" in finding.message



def test_a_programs_row_its_kegiatan_foot_to_outweighs_an_uncoded_listing(read):
    # The Perjanjian Kinerja lists programs by name only; the realisation table prints the
    # program's row over its coded kegiatan, which add up to that row: its figure stands.
    doc = read("""
        Tabel 2.2 Anggaran Program dalam Perjanjian Kinerja
        | Program | Anggaran (Rp) |
        |---|---|
        | Program Pelayanan Kesehatan Masyarakat | 2.715.300.000 |
        | Program Peningkatan Kapasitas SDM Kesehatan | 640.000.000 |

        Tabel 3.5 Realisasi Anggaran per Program dan Kegiatan
        | Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) |
        |---|---|---|---|
        | 1.02.02 | Program Pelayanan Kesehatan Masyarakat | 2.751.300.000 | 2.600.000.000 |
        | 1.02.02.2.01 | Penyediaan Layanan Kesehatan Ibu dan Anak | 1.500.000.000 | 1.450.000.000 |
        | 1.02.02.2.02 | Pengendalian Penyakit Menular | 1.251.300.000 | 1.150.000.000 |
        | 1.02.03 | Program Peningkatan Kapasitas SDM Kesehatan | 640.000.000 | 600.000.000 |
        | 1.02.03.2.01 | Pelatihan Tenaga Kesehatan | 640.000.000 | 600.000.000 |
    """)
    [finding] = pagu_mismatch.check(doc).findings
    assert (finding.line, finding.stated, finding.expected) == (4, "2.715.300.000",
                                                                 "2.751.300.000")

WHOLE_TABLED = """
    # Laporan Kinerja Tahun 2025

    Belanja daerah terealisasi Rp 2.220.708.062.204,- dari pagu APBD Perubahan sebesar Rp {summary},-.

    Urusan kesehatan menyerap Rp 402.617.835.420,- dari pagu Rp 428.915.207.350,-.

    Tabel 3.7 Pagu dan Realisasi Belanja Daerah per Urusan

    | No | Urusan | Pagu Murni | Pagu Perubahan | Realisasi |
    |---|---|---|---|---|
    | 1 | Pendidikan | 1.900.000.000.000 | 1.921.780.185.500 | 1.817.804.179.784 |
    | 2 | Kesehatan | 400.000.000.000 | 428.915.207.350 | 402.903.882.420 |
    | | Jumlah Belanja Daerah | 2.300.000.000.000 | 2.350.695.392.850 | 2.220.708.062.204 |

    Secara keseluruhan belanja daerah terealisasi Rp 2.220.708.062.204,- dari pagu Rp 2.350.695.392.850,-.
"""  # noqa: E501


def test_the_summarys_whole_budget_is_held_to_the_budget_tables_grand_total(read):
    # the table's revised column and the closing sentence agree; the summary breaks from
    # them; the kesehatan sentence is a part of the budget, not the whole
    from audit.checks import pagu_mismatch

    def run(summary: str) -> list:
        return pagu_mismatch.RULE.run(read(WHOLE_TABLED.format(summary=summary))).findings

    assert run("2.350.695.392.850") == []
    [finding] = run("2.350.965.392.850")
    assert (finding.line, finding.stated) == (3, "Rp 2.350.965.392.850,-")
    assert "2.350.695.392.850" in finding.expected
    assert finding.severity.label == "critical"


def test_a_row_listing_several_program_codes_is_none_of_those_programs(read):
    from audit.checks import pagu_mismatch

    doc = read("""
        | Kode | Program | Pagu (Rp) |
        |---|---|---|
        | 2.11.02 | Program Perencanaan Lingkungan Hidup | 563.600.000 |
        | 2.11.03 | Program Pengendalian Pencemaran | 1.609.950.000 |

        | No | Sasaran | Kode Program Pendukung | Pagu (Rp) |
        |---|---|---|---|
        | 1 | Meningkatnya kualitas lingkungan hidup | 2.11.02, 2.11.03 | 2.173.550.000 |
    """)
    assert pagu_mismatch.check(doc).findings == []


SASARAN_PROGRAM = """
# Laporan Kinerja Sekretariat DPRD Tahun 2025

Setelah perubahan, Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD memperoleh pagu Rp 36.062.274.600,-.

Tabel 3.5 Realisasi Anggaran per Program

| Kode | Program | Pagu (Rp) | Realisasi (Rp) |
|---|---|---|---|
| 4.02.02 | Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD | 36.062.274.600 | 34.467.963.945 |

Tabel 3.6 Keterkaitan Sasaran, Program dan Anggaran

| No | Sasaran Strategis | Program | Pagu (Rp) |
|---|---|---|---|
| 1 | Meningkatnya kualitas dukungan fungsi DPRD | Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD | {pagu} |
"""  # noqa: E501


def test_a_row_naming_a_sasaran_and_its_program_carries_the_programs_pagu(read):
    # The pagu of a row that names a sasaran and the program funding it is the program's:
    # it is compared with that program's pagu elsewhere, not filed under the sasaran.
    from audit.facts import table_mentions

    doc = read(SASARAN_PROGRAM.format(pagu="35.062.274.600"))
    [row] = [m for m in table_mentions(doc) if m.figure.text == "35.062.274.600"]
    assert row.entity.name == "Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD"


BUDGET_SENTENCE = """
    Untuk mendukung pencapaian kinerja tersebut, pada tahun 2025 dinas mengelola pagu
    anggaran setelah perubahan sebesar Rp 9.956.750.000,- dengan realisasi Rp {real},-.

    Tabel 3.5 Realisasi Anggaran per Program Tahun 2025
    | Kode | Program | Pagu | Realisasi |
    |---|---|---|---|
    | 2.17.01 | Program Penunjang Urusan Pemerintahan Daerah | 6.551.990.000 | 6.336.354.090 |
    | 2.17.02 | Program Pemberdayaan Koperasi | 3.404.760.000 | 3.271.821.150 |
    | | Jumlah | 9.956.750.000 | 9.608.175.240 |
"""


def test_the_whole_budgets_realisasi_in_prose_is_held_to_the_table_without_a_majority(read):
    # one prose statement against one table total: the realisasi has no second version, so
    # the table stands (a "dengan realisasi Rp X" with no "anggaran" after it still counts)
    assert pagu_mismatch.check(read(BUDGET_SENTENCE.format(real="9.608.175.240"))).findings == []
    [finding] = pagu_mismatch.check(read(BUDGET_SENTENCE.format(real="9.617.175.240"))).findings
    assert (finding.stated, finding.expected) == ("Rp 9.617.175.240,-", "9.608.175.240")
    assert finding.severity is Severity.CRITICAL


def test_the_fiscal_year_and_what_is_left_are_no_statement_of_the_pagu(read):
    text = BUDGET_SENTENCE.format(real="9.608.175.240") + """
    Pada Tahun Anggaran 2025 sebesar Rp 9.000.000.000,- dialokasikan dari DAU.
    Sampai akhir tahun dana terserap, menyisakan anggaran sebesar Rp 348.574.760,-.
    """
    assert pagu_mismatch.check(read(text)).findings == []


def test_the_pagu_of_one_source_of_funds_is_not_the_whole_budget(read):
    # A puskesmas's BLUD spending is a share of its budget, whatever the sentence calls it
    doc = read("""
        LAPORAN KINERJA UPTD PUSKESMAS TAHUN 2025

        Pagu anggaran puskesmas setelah perubahan sebesar Rp 5.095.300.000,-.

        Tabel 2.2 Pagu Anggaran
        | Kode | Program/Kegiatan | Pagu Perubahan (Rp) |
        |---|---|---|
        | 1.02.01 | Program Penunjang Urusan Pemerintahan Daerah | 2.095.300.000 |
        | 1.02.02 | Program Pemenuhan Upaya Kesehatan | 3.000.000.000 |
        | | Jumlah | 5.095.300.000 |

        Pagu belanja BLUD sebesar Rp 3.612.500.000 dibiayai dari target pendapatan tahun
        berjalan dan SiLPA tahun 2024.

        Pagu anggaran puskesmas tahun 2025 sebesar Rp 5.059.300.000.
    """)
    [finding] = pagu_mismatch.check(doc).findings
    assert (finding.stated, finding.expected) == ("Rp 5.059.300.000", "Rp 5.095.300.000,-")


def test_a_row_printing_its_program_and_its_kegiatan_codes_is_the_kegiatans(read):
    # "2.13.01 | Program ... | 2.13.01.2.01 | Kegiatan ...": the amounts are the kegiatan's,
    # never a second statement of the program's pagu
    doc = read("""
        Tabel 2.2 Pagu per Program dan Kegiatan
        | Kode Program | Program | Kode Kegiatan | Kegiatan | Pagu (Rp) |
        |---|---|---|---|---|
        | 2.13.01 | Program Penunjang | 2.13.01.2.01 | Perencanaan dan Evaluasi | 114.000.000 |
        | | | 2.13.01.2.02 | Administrasi Keuangan | 6.842.300.000 |
        | 2.13.02 | Program Penataan Desa | 2.13.02.2.01 | Penataan Desa | 365.000.000 |

        Tabel 3.6 Realisasi Anggaran
        | Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) |
        |---|---|---|---|
        | 2.13.01 | Program Penunjang Urusan | 6.956.300.000 | 6.800.000.000 |
        | 2.13.01.2.01 | Perencanaan dan Evaluasi | 114.000.000 | 110.000.000 |
        | 2.13.01.2.02 | Administrasi Keuangan | 6.842.300.000 | 6.690.000.000 |
        | 2.13.02 | Program Penataan Desa | 365.000.000 | 350.000.000 |
        | 2.13.02.2.01 | Penataan Desa | 365.000.000 | 350.000.000 |

        Program 2.13.01 memperoleh pagu sebesar Rp 6.956.300.000.
    """)
    assert pagu_mismatch.check(doc).findings == []


def test_last_years_budget_and_the_packages_tendered_are_not_the_whole_budget(read):
    doc = read("""
        LAPORAN KINERJA TAHUN 2025

        Pagu anggaran tahun 2025 sebesar Rp 13.901.550.000 dengan realisasi Rp 13.374.189.254.

        Tabel 3.11 Realisasi Anggaran
        | Kode | Program/Kegiatan | Pagu (Rp) | Realisasi (Rp) |
        |---|---|---|---|
        | 3.27.04.2.01 | Penjaminan Kesehatan Hewan | 1.487.250.000 | 1.431.966.120 |
        | 3.27.01.2.02 | Administrasi Keuangan | 12.414.300.000 | 11.942.223.134 |
        | | Jumlah | 13.901.550.000 | 13.374.189.254 |

        Kegiatan 3.27.04.2.01 menyerap anggaran terbesar, yaitu Rp 1.431.966.120,- dari pagu
        Rp 1.487.250.000,-.
        Dibandingkan tahun 2024 dengan realisasi Rp 12.561.843.270,- dari pagu
        Rp 13.215.600.000,-, penyerapan tahun 2025 lebih tinggi.
        Dari total pagu paket tender Rp 14.133.550.000,- diperoleh nilai kontrak
        Rp 13.146.694.100,-.
    """)
    assert pagu_mismatch.check(doc).findings == []


def test_revenue_realised_against_its_target_is_not_the_budget_spent(read):
    doc = read("""
        LAPORAN KINERJA TRIWULAN III TAHUN 2025

        Realisasi anggaran BKD sebesar Rp 28.737.680.800,- dari pagu Rp 40.332.715.000,-.

        Tabel 3.1 Realisasi Anggaran
        | Kode | Program | Pagu (Rp) | Realisasi (Rp) |
        |---|---|---|---|
        | 5.02.01 | Program Penunjang | 30.000.000.000 | 21.000.000.000 |
        | 5.02.02 | Program Pengelolaan Keuangan | 10.332.715.000 | 7.737.680.800 |
        | | Jumlah | 40.332.715.000 | 28.737.680.800 |

        **Lain-lain PAD yang sah.** Realisasi sebesar Rp 33.542.717.900,- atau 67,56% dari
        target.
    """)
    assert pagu_mismatch.check(doc).findings == []



def test_an_increase_or_a_remainder_of_a_programs_pagu_is_no_pagu(read):
    from audit.facts import prose_money_mentions, table_mentions

    text = """
    Tabel 2.2 Pagu Anggaran per Program
    | Kode | Program | Pagu Murni (Rp) | Pagu Perubahan (Rp) |
    |---|---|---|---|
    | 4.02.01 | Program Penunjang Urusan Pemerintahan Daerah | 21.450.000.000 | 22.118.650.000 |
    | 4.02.02 | Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD | 38.760.000.000 | 37.905.400.000 |

    Kenaikan pagu Program Penunjang Urusan Pemerintahan Daerah sebesar Rp668.650.000 digunakan untuk belanja pegawai. Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD (4.02.02) memperoleh pagu perubahan Rp37.905.400.000 dengan sisa Rp1.325.983.670.
    """  # noqa: E501
    doc = read(text)
    money = [m for m in table_mentions(doc) if m.attribute.startswith("anggaran:")]
    # the increase and the remainder are no pagu of their program; the pagu itself is one
    assert [m.figure.text for m in prose_money_mentions(doc, money)] == ["Rp37.905.400.000"]


SPENT_BY_TYPE = """
    Tabel 3.12 Realisasi Anggaran menurut Jenis Belanja Tahun 2025
    | Kode | Jenis Belanja | Pagu (Rp) | Realisasi (Rp) | % |
    |---|---|---|---|---|
    | 51 | Belanja Pegawai | 3.742.160.000 | 3.681.905.412 | 98,39 |
    | 52 | Belanja Barang | 1.849.752.000 | 1.779.633.558 | 96,21 |
    | 53 | Belanja Modal | 118.000.000 | 114.870.000 | 97,35 |
    |  | Jumlah | 5.709.912.000 | 5.576.408.970 | 97,66 |

    Belanja modal sebesar Rp {amount} digunakan untuk pengadaan perangkat pengolah data,
    dengan tingkat penyerapan 97,35%.
"""


def test_an_amount_whose_share_of_the_pagu_follows_it_is_what_was_spent(read):
    # no role word before the amount; 97,35% of the line's pagu is the amount: realisasi
    def found(amount: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in pagu_mismatch.check(
            read(SPENT_BY_TYPE.format(amount=amount))).findings]
    assert found("114.870.000") == []
    assert found("118.000.000") == []  # the pagu itself: the share is then of nothing stated


SPENDING = """
    Tabel 3.11 Realisasi Anggaran per Jenis Belanja Tahun 2025

    | No | Jenis Belanja | Pagu (Rp) | Realisasi (Rp) | % |
    |---|---|---|---|---|
    | 1 | Belanja Pegawai | 5.936.214.000 | 5.831.067.339 | 98,23 |
    | 2 | Belanja Modal | 612.500.000 | 596.210.800 | 97,34 |
    | Jumlah | | 6.548.714.000 | 6.427.278.139 | 98,15 |

    Belanja modal sebesar Rp {amount} digunakan untuk pengadaan kamera jebak dan peralatan.
"""


def test_a_prose_amount_its_row_prints_in_another_column_is_no_pagu_mismatch(read):
    # 596.210.800 is the row's realisasi: the sentence restates it
    assert pagu_mismatch.check(read(SPENDING.format(amount="596.210.800"))).findings == []
    # an amount the row does not print is still held against its pagu
    [finding] = pagu_mismatch.check(read(SPENDING.format(amount="621.500.000"))).findings
    assert finding.expected == "612.500.000"


MERGED_PROGRAM = """
    Tabel 2.3 Pagu DIPA Awal dan Revisi

    | Kode | Program | Pagu Awal | Pagu Revisi |
    |---|---|---|---|
    | 015.08.WA | Program Dukungan Manajemen | 8.818.820.000 | 8.954.170.000 |
    | 015.08.DK | Program Pengelolaan Kekayaan Negara | 1.389.180.000 | 1.392.830.000 |

    Tabel 3.11 Realisasi Anggaran per Rincian Output

    | Program | Kode RO | Uraian RO | Pagu DIPA Revisi | Realisasi |
    |---|---|---|---|---|
    | 015.08.DK Program Kekayaan Negara | 4230.QAH.001 | Penilaian BMN | 398.200.000 | 381.564.900 |
    |  | 4231.QAH.002 | Layanan Piutang Negara | 341.800.000 | 318.472.650 |
    |  | 4232.QAH.003 | Layanan Lelang | 652.830.000 | 637.711.570 |
    | Subjumlah 015.08.DK |  |  | 1.392.830.000 | 1.337.749.120 |

    Program Pengelolaan Kekayaan Negara (015.08.DK) dengan pagu Rp 1.392.830.000 terealisasi
    Rp 1.337.749.120.

    Lampiran Perjanjian Kinerja

    | No | Program | Anggaran (Rp) |
    |---|---|---|
    | 1 | Program Dukungan Manajemen (015.08.WA) | 8.818.820.000 |
    | 2 | Program Pengelolaan Kekayaan Negara (015.08.DK) | 1.389.180.000 |
"""


def test_a_program_merged_down_over_its_outputs_and_its_two_stages(read):
    # the first output's row prints its program's name (merged down): the row is the
    # output's; the prose gives the revised pagu and the annex the initial one, each a stage
    assert pagu_mismatch.check(read(MERGED_PROGRAM)).findings == []


def test_the_hundred_a_formula_multiplies_by_is_no_realisation_rate(read):
    doc = read("""
        Tabel 3.7 Realisasi Anggaran
        | Kode | Program | Pagu | Realisasi | % |
        |---|---|---|---|---|
        | 024.01.WA | Program Dukungan Manajemen | 6.000.000.000 | 5.833.800.000 | 97,23 |
        | Jumlah | | 6.000.000.000 | 5.833.800.000 | 97,23 |

        Penyerapan anggaran mencapai 97,23% dari pagu setelah revisi.

        Realisasi anggaran keseluruhan mencapai 97,23% dari pagu setelah revisi.

        Indikator 9: Persentase realisasi anggaran. Rumus: realisasi anggaran dibagi pagu
        anggaran setelah revisi dikali 100%.
    """)
    assert pagu_mismatch.check(doc).findings == []


GOAL = """
    Tabel 3.7 Realisasi Anggaran per Program Tahun 2025

    | Kode | Program | Pagu (Rp) | Realisasi (Rp) | % |
    |---|---|---|---|---|
    | 023.16.DP | Program Pendidikan | 6.000.000.000 | 5.774.400.000 | 96,24 |
    | 023.16.WA | Program Dukungan Manajemen | 2.000.000.000 | 1.970.400.000 | 98,52 |
    | | Jumlah | 8.000.000.000 | 7.744.800.000 | 96,81 |

    Secara keseluruhan realisasi anggaran mencapai 96,81% dari pagu.

    Dengan realisasi anggaran sebesar 96,81%, seluruh keluaran tercapai.

    Upaya perbaikan ke depan:

    1. {aim} 97,00%.
"""


def test_a_goal_or_a_bound_for_the_serapan_is_no_statement_of_it(read):
    for aim in ("menyusun rencana penarikan dana agar penyerapan anggaran mencapai "
                "sekurang-kurangnya",
                "menjaga penyerapan anggaran minimal"):
        assert pagu_mismatch.check(read(GOAL.format(aim=aim))).findings == [], aim
    stated = read(GOAL.format(aim="mencatat penyerapan anggaran mencapai"))
    assert [f.stated for f in pagu_mismatch.check(stated).findings] == ["97,00%"]



def test_a_numbered_paragraph_whose_subject_is_one_urusan_is_no_whole_budget_statement(read):
    doc = read("""
        Tabel 2 Realisasi Anggaran Tahun 2025
        | Uraian | Pagu (Rp) | Realisasi (Rp) | % |
        |---|---|---|---|
        | Urusan Wajib Pelayanan Dasar | 193.716.500.000 | 181.141.723.534 | 93,51 |
        | Urusan Pilihan | 47.113.500.000 | 41.807.168.558 | 88,74 |
        | Jumlah | 240.830.000.000 | 222.948.892.092 | 92,58 |

        5. Urusan pemerintahan wajib yang berkaitan dengan pelayanan dasar menyerap porsi
        anggaran terbesar, yaitu pagu Rp 193.716.500.000,00 atau 80,44% dari total pagu, dengan
        realisasi Rp 181.141.723.534,00 (93,51%).
    """)
    assert pagu_mismatch.check(doc).findings == []


def test_an_amount_given_with_its_share_of_the_total_pagu_is_a_part(read):
    doc = read("""
        Tabel 3.9 Realisasi Anggaran per Satker Tahun 2025
        | Satker | Pagu (Rp) | Realisasi (Rp) | % |
        |---|---|---|---|
        | Kantor Pusat | 512.436.870.000 | 491.208.334.615 | 95,86 |
        | UPT | 612.535.680.000 | 586.679.047.865 | 95,78 |
        | Jumlah | 1.124.972.550.000 | 1.077.887.382.480 | 95,81 |

        Pagu Direktorat Jenderal tahun 2025 sebesar Rp 1.124.972.550.000.

        Sepuluh UPT secara bersama-sama mengelola pagu Rp 612.535.680.000 (54,45% dari total
        pagu) dan merealisasikan Rp 586.679.047.865.
    """)
    assert pagu_mismatch.check(doc).findings == []


def test_outputs_added_up_are_no_whole_budget(read):
    # "Dua RO terbesar ... pagu perubahan gabungan Rp X dengan realisasi Rp Y": two outputs'
    # budget, not the whole realisasi the table's Jumlah gives
    doc = read("""
        Tabel 3.10 Realisasi Anggaran per Rincian Output Tahun 2025

        | Kode RO | Rincian Output | Pagu Perubahan | Realisasi | % |
        |---|---|---|---|---|
        | 6400.QDB.001 | Jalur KA yang Dibangun | 180.000.000.000 | 166.000.000.000 | 92,22 |
        | 6400.QDB.002 | Jalur KA yang Ditingkatkan | 113.195.000.000 | 104.140.735.470 | 92,00 |
        | 6400.EBB.951 | Layanan Sarana Internal | 120.444.000.000 | 115.405.232.653 | 95,82 |
        |  | Jumlah | 413.639.000.000 | 385.545.968.123 | 93,21 |

        Dua RO terbesar, yaitu Jalur KA yang Dibangun dan Jalur KA yang Ditingkatkan, memiliki pagu
        perubahan gabungan Rp 293.195.000.000 dengan realisasi Rp 270.140.735.470.
    """)
    assert pagu_mismatch.check(doc).findings == []


BOTH_VERSIONS = """
    # Laporan Kinerja Tahun 2025

    Pagu anggaran awal Tahun 2025 sebesar Rp 41.500.000.000 dan setelah perubahan menjadi Rp {revised}, yang bersumber dari APBD.

    Tabel 3.8 Realisasi Anggaran per Program
    | No | Program | Pagu Awal | Pagu Perubahan | Realisasi |
    |---|---|---|---|---|
    | 1 | Program Penunjang Urusan | 30.000.000.000 | 31.250.000.000 | 30.512.000.000 |
    | 2 | Program Pelayanan Kesehatan | 11.500.000.000 | 12.000.000.000 | 11.640.500.000 |
    | | Jumlah | 41.500.000.000 | 43.250.000.000 | 42.152.500.000 |
"""  # noqa: E501


def test_the_revised_pagu_after_the_initial_one_in_one_sentence_is_held_to_its_column(read):
    # "awal ... Rp X dan setelah perubahan menjadi Rp Y": Y is the revised pagu
    def run(revised: str) -> list:
        return pagu_mismatch.RULE.run(read(BOTH_VERSIONS.format(revised=revised))).findings

    assert run("43.250.000.000") == []
    [finding] = run("43.520.000.000")
    assert (finding.line, finding.stated) == (3, "Rp 43.520.000.000")
    assert "43.250.000.000" in finding.expected


EQUAL_VERSIONS = """
    # Laporan Kinerja Tahun 2025

    Dari pagu anggaran setelah perubahan sebesar Rp {summary}, terealisasi Rp 18.684.920.990.

    Tabel 3.7 Pagu dan Realisasi Anggaran (Rp)
    | Kode | Program | Pagu Awal | Pagu Perubahan | Realisasi |
    |---|---|---|---|---|
    | 118.01.WA | Program Dukungan Manajemen | 11.743.250.000 | 11.781.250.000 | 11.613.207.340 |
    | 118.01.DN | Program Penyiaran Publik | 7.256.750.000 | 7.218.750.000 | 7.071.713.650 |
    | | Jumlah | 19.000.000.000 | 19.000.000.000 | 18.684.920.990 |

    Pagu anggaran setelah perubahan tetap sebesar Rp 19.000.000.000,- karena pergeseran antarprogram.
"""  # noqa: E501


def test_a_revised_pagu_equal_to_the_initial_total_still_counts_as_revised(read):
    # the two versions' totals are equal, so the closing sentence restates the revised one
    # and the summary breaks from it and from the table
    def run(summary: str) -> list:
        return pagu_mismatch.RULE.run(read(EQUAL_VERSIONS.format(summary=summary))).findings

    assert run("19.000.000.000") == []
    [finding] = run("19.600.000.000")
    assert (finding.line, finding.stated) == (3, "Rp 19.600.000.000")


def test_the_realisation_of_a_tax_assessment_is_no_realisation_of_the_budget(read):
    text = """
        Tabel 3.9 Realisasi Anggaran Tahun 2025

        | Uraian | Pagu (Rp) | Realisasi (Rp) |
        |---|---|---|
        | Program Penunjang | 3.000.000.000 | 2.900.000.000 |
        | Program Pemberdayaan | 2.952.000.000 | 2.860.194.667 |
        | Jumlah | 5.952.000.000 | 5.760.194.667 |

        Pada Tahun 2025 ketetapan PBB-P2 di wilayah kecamatan sebesar Rp 4.025.350.000
        dengan realisasi sebesar Rp 3.772.608.200 atau 93,72%.
    """
    assert pagu_mismatch.check(read(text)).findings == []



def test_a_numbered_sasarans_absorption_is_no_figure_of_the_whole_budget(read):
    doc = read("""
        Realisasi anggaran Tahun 2024 sebesar 97,70% dari pagu.

        Pada Sasaran 1, rata-rata capaian kinerja 98,69% dicapai dengan serapan anggaran
        97,16%.

        Secara keseluruhan realisasi anggaran sebesar 97,70%.
    """)
    assert pagu_mismatch.check(doc).findings == []
