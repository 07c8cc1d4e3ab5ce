"""near_miss: a prose figure one typing slip away from a table figure about the same row,
printed nowhere else, is reported; faithful restatements and unrelated figures are not."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks import near_miss
from audit.checks.near_miss import slips
from audit.engine import audit_document
from audit.readers.text import parse_text

REPORT = """\
Tabel 3.2 Peserta Pelatihan

| No | Kegiatan | Peserta | Anggaran (Rp) |
|---|---|---|---|
| 1 | Pelatihan kewirausahaan pemuda | 16.535 | 1.284.500.000 |
| 2 | Pendampingan koperasi desa | 2.410 | 734.250.000 |
| Jumlah | | 18.945 | 2.018.750.000 |

Pelatihan kewirausahaan pemuda diikuti {peserta} peserta dengan anggaran Rp {anggaran},-.
Pada bulan Juni dilaksanakan rapat koordinasi yang dihadiri 167 undangan dari 35 desa.
"""


def _findings(peserta: str = "16.535", anggaran: str = "1.284.500.000"):
    text = REPORT.format(peserta=peserta, anggaran=anggaran)
    return [(f.rule, f.stated, f.expected, f.severity.label)
            for f in audit_document(parse_text(text, "x.md")).findings]


def test_a_faithful_restatement_passes():
    assert _findings() == []


def test_two_swapped_digits_in_a_count_are_found():
    assert _findings(peserta="16.553") == [("near_miss", "16.553 peserta", "16.535", "major")]


def test_a_changed_digit_in_money_is_critical():
    found = _findings(anggaran="1.248.500.000")
    assert found == [("near_miss", "Rp 1.248.500.000,-", "1.284.500.000", "critical")]


def test_money_printed_with_zero_sen_is_compared_with_the_whole_rupiah_cell():
    # "Rp 1.248.500.000,00" is the amount the table prints as 1.284.500.000, swapped
    text = REPORT.format(peserta="16.535", anggaran="1.248.500.000").replace(",-.", ",00.")
    found = [(f.rule, f.stated, f.expected)
             for f in audit_document(parse_text(text, "x.md")).findings]
    assert found == [("near_miss", "Rp 1.248.500.000,00", "1.284.500.000")]
    same = REPORT.format(peserta="16.535", anggaran="1.284.500.000").replace(",-.", ",00.")
    assert audit_document(parse_text(same, "x.md")).findings == []


def test_a_figure_without_the_rows_words_is_left_alone():
    # 167 is one slip from nothing relevant, and the sentence names no table row
    text = REPORT.format(peserta="16.535", anggaran="1.284.500.000").replace("167", "2.401")
    assert audit_document(parse_text(text, "x.md")).findings == []


def test_a_figure_printed_elsewhere_too_is_a_restatement_of_something_else():
    text = REPORT.format(peserta="16.553", anggaran="1.284.500.000") + \
        "Target tahun depan ditetapkan 16.553 peserta untuk pelatihan kewirausahaan pemuda.\n"
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "near_miss"] == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789", min_size=3, max_size=12).filter(lambda s: s[0] != "0"))
def test_every_slip_is_one_edit_away_and_never_the_original(digits):
    for variant in slips(digits):
        assert variant != digits
        if len(variant) == len(digits):
            diff = [i for i in range(len(digits)) if variant[i] != digits[i]]
            assert len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                      and variant[diff[0]] == digits[diff[1]])
        else:
            assert abs(len(variant) - len(digits)) == 1
        assert not variant.startswith("0")


@settings(max_examples=100, deadline=None)
@given(st.integers(100, 10**9).filter(lambda v: len(str(v).rstrip("0")) >= 3), st.data())
def test_a_slip_of_a_table_count_in_prose_is_always_found(value, data):
    digits = str(value)
    # figures of three or more significant digits (fewer meet by chance too often)
    variant = data.draw(st.sampled_from(sorted(v for v in slips(digits) if len(v) == len(
        digits) and len(v.rstrip("0")) >= 3)))
    table_fig = f"{value:,}".replace(",", ".")
    prose_fig = f"{int(variant):,}".replace(",", ".")
    text = (f"| Kegiatan | Peserta |\n|---|---|\n| Pelatihan kewirausahaan pemuda | {table_fig} |"
            f"\n| Pendampingan koperasi desa | 12 |\n\n"
            f"Pelatihan kewirausahaan pemuda diikuti {prose_fig} peserta.\n")
    found = [f for f in audit_document(parse_text(text, "x.md")).findings
             if f.rule == "near_miss"]
    assert [(f.stated, f.expected) for f in found] == [(f"{prose_fig} peserta", table_fig)]


BUDGET = """\
Tabel 3.6 Realisasi Anggaran

| Kode | Program | Pagu (Rp) | Realisasi (Rp) |
|---|---|---|---|
| 4.01.01 | Program Penunjang Urusan Pemerintahan | 6.189.996.000 | 6.025.114.300 |
| 4.01.02 | Program Penyelenggaraan Pengawasan | 2.080.850.000 | 1.990.433.500 |

### Indikator 2: Nilai MCP KPK

| Area | Nilai |
|---|---|
| Perencanaan dan penganggaran APBD | 91,25 |
| Penguatan pengawasan APIP | 93,15 |
| Rata-rata MCP | 86,45 |

{prose}
"""


def _budget(prose: str):
    doc = parse_text(BUDGET.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]


def test_an_amount_in_miliar_is_compared_at_the_precision_it_is_printed():
    ok = "Program Penunjang Urusan Pemerintahan memperoleh pagu Rp 6,19 miliar."
    assert _budget(ok) == []
    slip = "Program Penunjang Urusan Pemerintahan memperoleh pagu Rp 6,91 miliar."
    assert _budget(slip) == [("near_miss", "Rp 6,91 miliar", "6,19 miliar (6.189.996.000)")]


def test_a_bullet_takes_its_subject_from_the_heading_above():
    # "- Realisasi 2025: 86,95" names nothing; the heading says it is the MCP value
    prose = "- Realisasi 2025: 86,95\n- Target 2025: 85,00"
    assert _budget(prose) == [("near_miss", "86,95", "86,45")]


def test_a_figure_is_not_taken_for_a_slip_of_the_target_quoted_beside_it():
    prose = ("Rata-rata MCP mencapai 86,45 dari target 86,40, dan nilai Penguatan pengawasan "
             "APIP 93,15.")
    assert _budget(prose) == []


def test_an_average_of_table_figures_is_not_a_slip_of_one_of_them(read):
    from audit.checks import near_miss

    text = """
        Tabel 3.2 Capaian

        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | APK SD/MI | 104,50 | 105,12 | 100,59 |
        | 2 | APM SD/MI | 97,50 | 97,08 | 99,57 |
        | 3 | APM SMP/MTs | 78,50 | 79,03 | 100,68 |

        Sasaran ini diukur dengan APK SD/MI, APM SD/MI dan APM SMP/MTs. Rata-rata capaian sasaran pertama adalah 100,28%.
    """  # noqa: E501
    assert near_miss.RULE.run(read(text)).findings == []


def test_a_figure_of_another_year_is_not_a_slip_of_this_years_cell(read):
    from audit.checks import near_miss

    text = """
        LAPORAN KINERJA KECAMATAN TAHUN 2025

        | No | Indikator | Target Awal | Target Perubahan | Realisasi |
        |---|---|---|---|---|
        | 1 | Indeks Kepuasan Masyarakat | 84,00 | 85,00 | 86,35 |

        Nilai IKM tahun 2025 sebesar 86,35. Dibanding realisasi tahun 2024 sebesar 84,20, nilai IKM naik 2,15 poin.
    """  # noqa: E501
    assert near_miss.RULE.run(read(text)).findings == []


def test_a_figure_of_another_year_is_compared_with_that_years_column(read):
    from audit.checks import near_miss

    text = """
        LAPORAN KINERJA DINAS TENAGA KERJA TAHUN 2022

        Tabel 3.4 Tingkat Partisipasi Angkatan Kerja

        | No | Indikator | 2021 | 2022 |
        |---|---|---|---|
        | 1 | Tingkat Partisipasi Angkatan Kerja | 70,44 | 72,79 |

        Tingkat Partisipasi Angkatan Kerja tahun 2021 sebesar {value}% dan naik pada tahun 2022.
    """
    assert near_miss.RULE.run(read(text.format(value="70,44"))).findings == []
    found = near_miss.RULE.run(read(text.format(value="70,24"))).findings
    assert [(f.stated, f.expected) for f in found] == [("70,24%", "70,44")]


def test_a_code_named_as_such_in_the_text_is_no_figure(read):
    from audit.checks import near_miss

    text = """
        | Kode | Program | Capaian (%) |
        |---|---|---|
        | 2.15.01 | Program penunjang urusan perhubungan | 2,51 |

        Dinas menyelenggarakan urusan perhubungan (kode urusan 2.15) untuk program penunjang urusan perhubungan.
    """  # noqa: E501
    assert near_miss.RULE.run(read(text)).findings == []


KDP = """
Tabel 4.2 Mutasi Aset Tetap

| Kode | Aset | Saldo Awal | Tambah | Kurang | Saldo Akhir |
|---|---|---|---|---|---|
| 1.3.3 | Gedung dan Bangunan | 61.958.107.600 | 9.614.870.000 | 382.460.000 | 71.190.517.600 |
| 1.3.6 | Konstruksi Dalam Pengerjaan | 51.667.869.000 | 19.285.316.000 | 47.318.642.500 | 23.634.542.500 |

Tabel 4.8 Capaian Indikator

| No | Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Nilai KDP yang diselesaikan dan direklasifikasi | Rp | 50.000.000.000 | {realisasi} | 94,64 |
| 2 | Persentase bidang tanah bersertifikat | % | 80,00 | 78,57 | 98,21 |
"""  # noqa: E501


def test_a_table_figure_one_slip_from_another_tables_vouched_figure_is_the_slip(read):
    # KDP is Konstruksi Dalam Pengerjaan; its Kurang 47.318.642.500 is vouched for by its row
    # (51.667.869.000 + 19.285.316.000 − 47.318.642.500 = 23.634.542.500), so 47.318.462.500
    # in the indicator table, printed nowhere else, is the slip.
    from audit.checks import near_miss

    assert near_miss.check(read(KDP.format(realisasi="47.318.642.500"))).findings == []
    [finding] = near_miss.check(read(KDP.format(realisasi="47.318.462.500"))).findings
    assert (finding.stated, finding.expected) == ("47.318.462.500", "47.318.642.500")
    assert finding.severity.label == "critical"
    assert "Konstruksi Dalam Pengerjaan" in finding.message


SURVEY = """\
Survei kepuasan melibatkan {count} {noun} pengguna layanan pada bulan Oktober 2025.

Tabel 3.8 Responden Survei Menurut Jenis Layanan

| No | Jenis Layanan | Jumlah Responden |
|---|---|---|
| 1 | Konsultasi pengawasan | 96 |
| 2 | Pendampingan dan asistensi | 71 |
| 3 | Penanganan pengaduan | 47 |
|  | Jumlah | 214 |
"""


def _survey(count: str, noun: str = "responden"):
    doc = parse_text(SURVEY.format(count=count, noun=noun), "x.md")
    return [(f.rule, f.line, f.stated, f.expected) for f in audit_document(doc).findings]


def test_a_count_introducing_a_table_one_slip_from_its_total_is_reported():
    assert _survey("24") == [("near_miss", 1, "24", "214")]
    assert _survey("241") == [("near_miss", 1, "241", "214")]


def test_a_count_introducing_a_table_that_equals_its_total_or_a_row_passes():
    assert _survey("214") == []
    assert _survey("96") == []  # a row of the table: another quantity the sentence quotes


ROW_BELOW = SURVEY.replace(
    "Survei kepuasan melibatkan {count} {noun} pengguna layanan pada bulan Oktober 2025.\n", ""
) + "\nPendampingan dan asistensi menjaring {count} {noun}, terbanyak kedua setelah konsultasi.\n"


def test_a_count_below_a_table_one_slip_from_the_cell_of_the_row_its_clause_names():
    def found(count: str, noun: str = "responden") -> list[tuple[str, str, str]]:
        doc = parse_text(ROW_BELOW.format(count=count, noun=noun), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("71") == []
    assert found("17") == [("near_miss", "17", "71")]
    assert found("17", noun="kecamatan") == []  # no column counts kecamatan


def test_a_count_of_something_the_table_does_not_count_is_left_alone():
    assert _survey("24", noun="kecamatan") == []
    assert _survey("24", noun="jam") == []
    assert _survey("250") == []  # more than a slip: perhaps those invited, not those who answered


def test_a_figure_the_sentence_calls_capaian_is_no_slip_of_a_target_cell():
    text = """\
Tabel 2.1 Perjanjian Kinerja

| No | Indikator | Target 2025 / PK Perubahan |
|---|---|---|
| 1 | Cakupan imunisasi dasar lengkap pada bayi | 95,00 |

Imunisasi dasar lengkap pada bayi: realisasi 91,01 persen atau capaian 95,80 persen.
"""
    found = [f for f in audit_document(parse_text(text, "x.md")).findings
             if f.rule == "near_miss"]
    assert found == []
    slipped = text.replace("capaian 95,80 persen", "target 95,80 persen")
    found = [(f.stated, f.expected) for f in audit_document(parse_text(slipped, "x.md")).findings
             if f.rule == "near_miss"]
    assert found == [("95,80 persen", "95,00")]


WHOLE_BUDGET = """\
Tabel 3.9 Realisasi Anggaran Tahun 2025

| Kode | Program | Pagu (Rp) | Realisasi (Rp) |
|---|---|---|---|
| 2.12.01 | Program Penunjang Urusan Pemerintahan Daerah | 6.755.330.000 | 6.577.620.112 |
| 2.12.02 | Program Pendaftaran Penduduk | 2.985.750.000 | 2.870.600.960 |
| | Jumlah | 9.741.080.000 | 9.448.221.072 |

Pada Tahun Anggaran 2025 dinas mengelola anggaran belanja (APBD Perubahan) sebesar
Rp {amount},-.
"""


def test_the_whole_budget_restated_with_a_slip_is_held_to_the_grand_total():
    def found(amount: str):
        doc = parse_text(WHOLE_BUDGET.format(amount=amount), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("9.741.080.000") == []
    assert found("9.714.080.000") == [("near_miss", "Rp 9.714.080.000,-", "9.741.080.000")]
    # an amount of another kind of sentence is not held to the budget's total
    text = WHOLE_BUDGET.format(amount="9.741.080.000") + \
        "Nilai investasi yang masuk tercatat Rp 9.714.080.000,-.\n"
    assert audit_document(parse_text(text, "x.md")).findings == []


def test_a_bound_of_a_scale_in_prose_is_no_restatement():
    # 89,99 is one slip from the table's 89,29, but it closes a range of a rating scale
    text = """\
Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase dataset statistik sektoral yang dipublikasikan | 80,00 | 71,43 | 89,29 |

Menurut skala Komisi Informasi (Informatif 90,00-100; Menuju Informatif 80,00-89,99), capaian
dataset statistik sektoral yang dipublikasikan dinilai baik.
"""
    assert audit_document(parse_text(text, "x.md")).findings == []
    slipped = text.replace("80,00-89,99), capaian", "80,00-89,99), capaian 89,92% pada")
    assert [(f.rule, f.stated) for f in audit_document(parse_text(slipped, "x.md")).findings] \
        == [("near_miss", "89,92%")]


def test_a_count_in_a_sentence_that_names_another_indicator_is_not_that_rows_slip():
    # 111 is one slip from the Perdes row's 161, but the sentence is about another indicator
    text = """\
Tabel 3.3 Perbandingan Realisasi Indikator Kinerja s.d. TW III

| No | Indikator Kinerja | 2024 | 2025 |
|---|---|---|---|
| 1 | Persentase desa yang menyampaikan laporan realisasi APBDes tepat waktu | 88,35 | 91,53 |
| 2 | Jumlah Peraturan Desa yang difasilitasi dan dievaluasi | 161 | 173 |

Persentase desa yang menyampaikan laporan realisasi APBDes tepat waktu meningkat dari 88,10%
(111 desa) pada TW I menjadi 94,44% (119 desa) pada TW III.
"""
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "near_miss"] == []


def test_a_target_or_a_worked_out_remainder_beside_a_table_is_no_slip_of_its_total():
    text = """\
Atlet meraih 64 medali, melampaui target 60 medali. Dari 64 medali, sebanyak 10 medali emas
sehingga masih terdapat 54 medali yang bukan emas.

Tabel 3.4 Perolehan Medali

| No | Cabang Olahraga | Emas | Perak | Jumlah |
|---|---|---|---|---|
| 1 | Atletik | 6 | 30 | 36 |
| 2 | Renang | 4 | 24 | 28 |
| | Jumlah | 10 | 54 | 64 |
"""
    # 60 is one slip from the Jumlah 64 but follows "target"; 54 = 64 − 10, worked out
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "near_miss"] == []


SERIES = """\
Tabel 3.2 Capaian Indikator Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Nilai maturitas penyelenggaraan SPIP | 3,00 | 3,12 | 104,00 |

Tabel 3.3 Perbandingan Realisasi Tahun 2024-2025 dan Target Renstra

| No | Indikator Kinerja | 2024 | 2025 | Target Renstra 2026 |
|---|---|---|---|---|
| 1 | Nilai maturitas penyelenggaraan SPIP | 3,01 | 3,12 | 3,25 |

Capaian menonjol tahun ini meliputi maturitas SPIP level {level}.
"""


def test_a_slip_that_two_cells_of_one_row_could_explain_goes_to_the_value_tables_share():
    # 3,21 is one slip from 3,12 (swapped) and from 3,25 (changed) in the comparison row;
    # 3,12 is also the capaian table's realisasi: the value two rows confirm is the fact.
    def found(level):
        doc = parse_text(SERIES.format(level=level), "itda.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found("3,12") == []
    assert found("3,21") == [("near_miss", "3,21", "3,12")]


BANK = """\
Tabel 3.7 Bank Sampah Aktif per Kecamatan

| No | Kecamatan | Nasabah (orang) | Sampah Terkelola (ton) |
|---|---|---|---|
| 1 | Bening Utara | 1.245 | 742 |
| 2 | Bening Selatan | 1.318 | 806 |
| 3 | Pasir Putih | 874 | 538 |
| 4 | Bukit Sirih | 588 | 386 |
| Jumlah | | 4.025 | 2.472 |

Timbulan sampah tahun 2025 sebesar 141.620 ton/tahun atau {daily} ton/hari.
Kecamatan Bukit Sirih mengelola {sirih} ton sampah terkelola.
"""


def test_a_column_title_alone_does_not_name_a_row_of_a_long_table():
    # 388 ton/hari shares "sampah" and "ton" with the column title only: it is about no
    # kecamatan. A sentence that names the row by its own label is compared with it.
    def found(daily, sirih):
        doc = parse_text(BANK.format(daily=daily, sirih=sirih), "dlh.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found("388", "386") == []
    assert found("388", "368") == [("near_miss", "368 ton", "386")]


PANEN = """\
Tabel 3.3 Perkembangan Luas Panen dan Produksi Padi

| No | Uraian | 2024 | 2025 |
|---|---|---|---|
| 1 | Luas panen padi (ha) | 32.410 | 33.150 |
| 2 | Produksi padi (ton) | 185.120 | 191.044 |

Kenaikan produksi didorong oleh bertambahnya luas panen padi menjadi {ha} ha.
"""


def test_the_value_a_change_arrives_at_is_compared_with_the_table():
    # "menjadi B": B is this year's figure, a restatement that can carry a slip
    def found(ha):
        doc = parse_text(PANEN.format(ha=ha), "distan.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found("33.150") == []
    assert found("33.105") == [("near_miss", "33.105 ha", "33.150")]


AKIP = """\
Tabel 3.1 Capaian Indikator Kinerja Utama

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Nilai AKIP Sekretariat DPRD | 72,00 | 70,20 | 97,50 |
| 2 | Indeks kepuasan anggota DPRD | 85,00 | 86,50 | 101,76 |
| 3 | Persentase pokir yang diakomodasi | 60,00 | 55,85 | 93,08 |
| 4 | Persentase dokumen tepat waktu | 100,00 | 97,05 | 97,05 |

Hasil evaluasi atas implementasi SAKIP memberikan nilai 70,20 terhadap target 72,00.
Indikator ini mencapai {capaian} persen dari target.
"""


def test_a_sentence_that_refers_back_is_about_the_row_the_one_before_quotes():
    # "Indikator ini" names nothing itself: the figures of the sentence before (70,20 and
    # 72,00) are the row's, so 97,60 there is a slip of its 97,50
    def found(capaian):
        doc = parse_text(AKIP.format(capaian=capaian), "setwan.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found("97,50") == []
    assert found("97,60") == [("near_miss", "97,60 persen", "97,50")]


def test_a_count_with_one_closing_zero_is_precise_enough_to_slip():
    # 460 carries three digits of information (only round counts like 500 do not)
    text = """\
Tabel 3.7 Peserta Sosialisasi Tahun 2025

| No | Kelompok Sasaran | Peserta L | Peserta P | Peserta Jumlah |
|---|---|---|---|---|
| 1 | Sekolah | 212 | 248 | 460 |
| 2 | Pelaku usaha | 186 | 121 | 307 |
| 3 | Perkantoran | 98 | 87 | 185 |
| 4 | Pesantren | 92 | 67 | 159 |

Peserta terbanyak berasal dari kelompok sasaran sekolah, yaitu {n} orang siswa dan guru.
"""
    def found(n):
        doc = parse_text(text.format(n=n), "damkar.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found("460") == []
    assert found("406") == [("near_miss", "406 orang", "460")]


TPK = """\
Tabel 3.8 Pendampingan Keluarga Berisiko Stunting oleh TPK Tahun 2025

| No | Kecamatan | Jumlah TPK | Keluarga Berisiko | Keluarga Didampingi | Cakupan (%) |
|---|---|---|---|---|---|
| 1 | Rawa Indah Kota | 21 | 1.020 | 911 | 89,31 |
| 2 | Sungai Lumpur | 97 | 840 | 731 | 87,02 |
| Jumlah | | 118 | 1.860 | 1.642 | 88,28 |

Dengan demikian masih terdapat {rest} keluarga berisiko stunting yang belum terdampingi.

Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Kategori |
|---|---|---|---|---|---|
| 1 | Persentase rekomendasi kebijakan yang dimanfaatkan perangkat daerah | 75,00 | 79,17 | \
105,56 | Sangat Tinggi |
| 2 | Jumlah kajian yang diselesaikan | 10 | 11 | 110,00 | Sangat Tinggi |
| 3 | Skor Indeks Inovasi Daerah | 60,00 | 62,35 | 103,92 | Sangat Tinggi |

Tabel 3.11 Realisasi per Triwulan

| Uraian | TW I | TW II | s.d. TW II |
|---|---|---|---|
| Rekomendasi kebijakan dimanfaatkan | 1 | 4 | 5 |
| Kajian diselesaikan | 1 | 2 | 3 |

Capaian indikator persentase rekomendasi kebijakan yang dimanfaatkan perangkat daerah sebesar
{capaian}%.
"""


def test_a_difference_of_two_cells_of_a_row_is_worked_out_not_a_slip():
    # 218 = 1.860 − 1.642, printed right after the table: worked out from its total row,
    # not a slip of the 118 TPK that total row also holds
    def found(rest, capaian="105,56"):
        doc = parse_text(TPK.format(rest=rest, capaian=capaian), "dp2kb.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found("218") == []


def test_a_row_named_whole_in_the_sentence_whatever_its_predicate_cell_says():
    # the row's name is its indicator cell, not "... Sangat Tinggi" with its grade
    doc = parse_text(TPK.format(rest="218", capaian="105,65"), "brida.md")
    assert [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings] == \
        [("near_miss", "105,65%", "105,56")]


IRRIGATION = """\
# Laporan Kinerja Tahun 2025

Tabel 3.6 Kondisi Daerah Irigasi Tahun 2025

| No | Daerah Irigasi | Luas (ha) | Kondisi Baik (ha) | Kondisi Rusak (ha) |
|---|---|---:|---:|---:|
| 1 | DI Kali Jernih | 2.150 | 1.612 | 538 |
| 2 | DI Sumber Waras | 1.840 | 1.305 | 535 |
| 3 | DI Lembah Pinang | 1.525 | 1.018 | 507 |
| | Jumlah | 5.515 | 3.935 | 1.580 |

Tabel 3.9 Pagu per Program

| Kode | Program | Pagu (Rp) |
|---|---|---:|
| 1.03.01 | Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota | 12.483.750.000 |
| 1.03.10 | Program Penyelenggaraan Jalan | 50.236.520.000 |

Secara umum seluas {baik} ha daerah irigasi berada dalam kondisi baik.

Program Penyelenggaraan Jalan menyerap porsi terbesar, yaitu Rp 50,24 miliar, sedangkan Program
Penunjang Urusan memperoleh Rp {penunjang} miliar untuk belanja pegawai.
"""


def _irrigation(baik: str = "3.935", penunjang: str = "12,48") -> list[tuple[str, str]]:
    doc = parse_text(IRRIGATION.format(baik=baik, penunjang=penunjang), "x.md")
    return [(f.rule, f.stated) for f in audit_document(doc).findings]


def test_the_words_after_a_figure_to_its_clause_end_name_what_it_is():
    # "ha daerah irigasi berada dalam kondisi baik": the column "Kondisi Baik (ha)" is named
    # after the figure, beyond its first three words
    assert _irrigation() == []
    assert _irrigation(baik="3.953") == [("near_miss", "3.953 ha")]


def test_a_row_named_before_sedangkan_does_not_stop_the_next_clause_from_naming_its_own():
    assert _irrigation(penunjang="12,84") == [("near_miss", "Rp 12,84 miliar")]



def test_a_difference_named_at_the_start_of_its_clause_is_no_restatement():
    text = """\
Tabel 3.3 Realisasi Indikator

| No | Indikator | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
|---|---|---|---|---|
| 1 | Indeks Pembangunan Kebudayaan | 49,90 | 51,08 | 51,62 |

Indeks Pembangunan Kebudayaan terealisasi sebesar 51,62 dari target 56,80. Selisih antara target dan realisasi indeks pembangunan kebudayaan sebesar {d} poin.
"""  # noqa: E501
    # 5,18 is target less realisasi, one digit away from 51,08 by chance
    found = audit_document(parse_text(text.format(d="5,18"), "x.md")).findings
    assert [f for f in found if f.rule == "near_miss"] == []


def test_an_amount_in_miliar_beside_the_slip_names_the_row_that_holds_it():
    text = """\
Tabel 3.4 Realisasi PAD

| Jenis | Target (Rp) | Realisasi (Rp) | % |
|---|---|---|---|
| Retribusi Jasa Umum | 10.250.000.000 | 10.486.327.400 | 102,31 |
| Retribusi Jasa Usaha | 4.600.000.000 | 4.105.884.000 | 89,26 |
| Retribusi Perizinan Tertentu | 8.400.000.000 | 9.127.506.300 | 108,66 |
| Sub Total Retribusi Daerah | 23.250.000.000 | 23.719.717.700 | 102,02 |

Retribusi daerah terealisasi Rp 23,72 miliar ({p}%), di atas targetnya.
"""
    found = audit_document(parse_text(text.format(p="102,02"), "x.md")).findings
    assert [f for f in found if f.rule == "near_miss"] == []
    found = audit_document(parse_text(text.format(p="102,20"), "x.md")).findings
    assert [f.expected for f in found if f.rule == "near_miss"] == ["102,02"]
    # without the amount, one shared word is not enough to name the row
    bare = text.replace("Rp 23,72 miliar ", "")
    found = audit_document(parse_text(bare.format(p="102,20"), "x.md")).findings
    assert [f for f in found if f.rule == "near_miss"] == []


def test_a_run_in_heading_reaches_its_own_paragraph_only():
    # the page number under the footer is past the paragraph the bold lead heads: its words
    # do not name the staff row 122 is printed in
    text = """\
Tabel 31.1 Komposisi Pegawai

| No | Unit | Jumlah |
|---|---|---|
| 1 | Bidang Pengawasan Kelautan | 122 |
| 2 | Bidang Perikanan Tangkap | 95 |

**Indikator 6: Nilai kinerja bidang pengawasan kelautan.** Realisasi tahun 2025 sebesar 61,52.

LKjIP Provinsi Lintang Raya Tahun 2025
128
"""
    found = audit_document(parse_text(text, "x.md")).findings
    assert [f for f in found if f.rule == "near_miss"] == []


# Two sentences restating one figure in the same words, far apart in the report; the summary
# figure is also printed in a table whose row does not name the program (a form's Jumlah).
RESTATED = """\
BAB III

Realisasi keuangan Program Pendidikan dan Pelatihan Vokasi yang tercapai sebesar {first}
dengan target 41,72%.

| Kegiatan | S (%) | R (%) |
|---|---|---|
| Pelatihan industri | 27,37 | 26,38 |
| Pendidikan tinggi | 23,58 | 19,70 |
| Jumlah | 28,12 | {table} |

BAB IV

Sampai dengan akhir Triwulan II tahun 2023, realisasi keuangan Program Pendidikan dan
Pelatihan Vokasi yang tercapai sebesar {second} dengan target 41,72%.
"""


def _restated(first: str, second: str, table: str = "24,77") -> list[tuple[str, str, str, int]]:
    text = RESTATED.format(first=first, second=second, table=table)
    return [(f.rule, f.stated, f.expected, f.line)
            for f in audit_document(parse_text(text, "x.md")).findings if f.rule == "near_miss"]


def test_a_slip_between_two_sentences_naming_one_figure_alike_is_found():
    # 24,47 is printed once; 24,77 in BAB IV and in the table: the slip is in BAB III
    assert _restated("24,47%", "24,77%") == [("near_miss", "24,47%", "24,77%", 3)]


def test_a_faithful_restatement_between_sentences_passes():
    assert _restated("24,77%", "24,77%") == []


def test_two_sentences_disagreeing_with_no_majority_are_left_alone():
    # neither 24,47 nor 24,77 is printed a second time: nothing says which is the slip
    assert _restated("24,47%", "24,77%", table="25,10") == []


def test_sentences_about_different_quarters_are_not_one_figure():
    text = RESTATED.format(first="24,47%", second="24,77%", table="24,77").replace(
        "Realisasi keuangan Program", "Pada Triwulan I tahun 2023, realisasi keuangan Program")
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "near_miss"] == []


def test_a_figure_worked_out_from_the_sentence_before_is_no_slip():
    # 43.179 − 20.902 = 22.277 deliveries in TW II; the table's 22.271 are births
    text = """\
Tabel 3.3 Lahir Hidup s.d. Triwulan II

| Kabupaten | TW I | TW II | Jumlah |
|---|---|---|---|
| Kota Lama | 10.301 | 11.020 | 21.321 |
| Kota Baru | 11.511 | 11.251 | 22.762 |
| Jumlah | 21.812 | 22.271 | 44.083 |

Persalinan ibu di fasilitas kesehatan s.d. TW II sebanyak 43.179 persalinan. Pada TW I tercatat
20.902 persalinan ibu dan pada TW II 22.277 persalinan.
"""
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "near_miss"] == []


def test_a_round_count_in_prose_with_two_digits_swapped_is_a_slip():
    text = """\
Tabel 3.4 Pemberian Remisi per Triwulan Tahun 2025 (orang)

| Jenis Remisi | TW I | TW II | TW III | Jumlah |
|---|---|---|---|---|
| Remisi Khusus Idul Fitri | 618 | - | - | 618 |
| Remisi Umum HUT Kemerdekaan RI | - | - | {table} | {table} |
| Jumlah | 618 | - | {table} | {total} |

Remisi Umum HUT Kemerdekaan RI pada triwulan III diberikan kepada {prose} narapidana.
"""
    def slips_found(prose: str, table: str = "702", total: str = "1.320") -> list[str]:
        doc = parse_text(text.format(prose=prose, table=table, total=total), "x.md")
        return [f.stated for f in audit_document(doc).findings if f.rule == "near_miss"]
    assert [s.split()[0] for s in slips_found("720")] == ["720"]
    # a round count one changed digit from a cell meets it by chance too often
    assert slips_found("710", table="712", total="1.330") == []


def test_a_count_another_table_prints_is_no_slip_of_the_next_tables_total():
    # "masing-masing 39 klien" restates the quarterly table above; the table below it has a
    # Drop Out total of 35 one digit away
    text = """\
| Layanan | TW I | TW II | TW III | TW IV | Jumlah |
|---|---|---|---|---|---|
| Rawat jalan | 31 | 38 | 35 | 30 | 134 |
| Rawat inap | 8 | 11 | 10 | 9 | 38 |
| Jumlah | 39 | 49 | 45 | 39 | 172 |

Jumlah klien terbanyak ditangani pada triwulan II, yaitu 49 klien, sedangkan triwulan I dan
triwulan IV masing-masing {count} klien.

Tabel 3.10 Status Klien Rehabilitasi

| Jenis Layanan | Jumlah Klien | Selesai | Drop Out | Masih Menjalani |
|---|---|---|---|---|
| Rawat jalan | 134 | 88 | 29 | 17 |
| Rawat inap | 38 | 25 | 6 | 7 |
| Jumlah | 172 | 113 | 35 | 24 |
"""
    def found(count: str) -> list[str]:
        return [f.stated for f in audit_document(parse_text(text.format(count=count), "x.md")
                                                 ).findings if f.rule == "near_miss"]
    assert found("39") == []



def test_table_numbers_in_sentences_alike_are_no_figures():
    # two chapters introduce their tables in the same words; 13.4 and 53.4 are table numbers
    text = """\
Dinas Sosial mengukur 4 (empat) indikator kinerja utama sebagaimana disajikan pada Tabel 13.4.

Dinas Perhubungan mengukur 4 (empat) indikator kinerja utama sebagaimana disajikan pada Tabel 53.4.
Tabel 53.4 menunjukkan bahwa semua indikator tercapai.

Tabel 53.4 Capaian Indikator Dinas Perhubungan

| No | Indikator | Target | Realisasi |
|---|---|---|---|
| 1 | Persentase angkutan yang laik jalan | 90,00 | 91,20 |
"""
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "near_miss"] == []


def test_its_number_is_what_the_sentence_before_named():
    text = """\
Tabel 3.4 Penerbitan Paspor per Semester Tahun 2025

| Semester | Paspor Biasa | Paspor Elektronik | Jumlah |
|---|---|---|---|
| I | 9.752 | 4.238 | 13.990 |
| II | 9.596 | 4.609 | 14.205 |
| Jumlah | 19.348 | 8.847 | 28.195 |

Paspor elektronik terus diminati. Jumlahnya mencapai {count} buku sepanjang tahun.
"""
    def found(count: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(count=count), "x.md")).findings if f.rule == "near_miss"]
    assert found("8.847") == []
    assert found("8.487") == [("8.487", "8.847")]


CUMULATIVE = """\
Tabel 4.1 Realisasi Pendapatan Daerah s.d. Triwulan III Tahun 2025

| Kode | Uraian | Target Perubahan (Rp) | Realisasi s.d. TW III (Rp) | % |
|---|---|---|---|---|
| A | Pajak Daerah | 120.400.000.000 | 88.512.300.000 | 73,51 |
| B | Retribusi Daerah | 15.020.000.000 | 9.703.938.000 | 64,61 |
| | Jumlah | 135.420.000.000 | 98.216.238.000 | 72,53 |

Realisasi retribusi daerah sampai dengan triwulan III sebesar Rp {amount},- atau 64,61%.
"""


def test_a_cumulative_period_before_a_figure_is_no_change_word():
    # "sampai dengan triwulan III" dates the figure; it does not make it another quantity
    def found(amount: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            CUMULATIVE.format(amount=amount), "x.md")).findings if f.rule == "near_miss"]
    assert found("9.703.938.000") == []
    assert found("9.708.938.000") == [("Rp 9.708.938.000,-", "9.703.938.000")]


AVERAGE = """\
Tabel 3.2 Capaian Indikator Kinerja Utama

| No | Indikator | Target | Realisasi | Capaian |
|---|---|---|---|---|
| 1 | Rata-rata waktu penyelesaian peralihan hak (hari) | 5,00 | 4,60 | 108,70 |
| 2 | Persentase berkas peralihan hak selesai tepat waktu | 95,00 | 96,80 | 101,89 |

Waktu penyelesaian peralihan hak rata-rata {days} hari kerja, lebih cepat dari standar.
Persentase berkas peralihan hak selesai tepat waktu per bulan rata-rata {share}%.
"""


def test_an_average_is_compared_with_a_cell_that_is_an_average():
    def found(days: str, share: str = "96,08") -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            AVERAGE.format(days=days, share=share), "x.md")).findings
            if f.rule == "near_miss"]
    assert found("4,60") == []
    assert found("4,80") == [("4,80 hari", "4,60")]
    # a monthly average one slip from the year's figure is derived from other figures, not
    # that figure restated
    assert found("4,60", share="96,08") == []


def test_a_dropped_decimal_digit_is_a_slip_but_a_coarser_rounding_is_not():
    text = """\
Tabel 3.1 Capaian Indikator Kinerja

| No | Indikator | Target | Realisasi | Capaian |
|---|---|---|---|---|
| 1 | Persentase penyusunan standar kompetensi kerja | 40,00 | 35,25 | 88,13 |

Progres penyusunan standar kompetensi hingga akhir tahun baru {value}%.
"""
    def found(value: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(value=value), "x.md")).findings if f.rule == "near_miss"]
    assert found("35,5") == [("35,5%", "35,25")]
    assert found("35,3") == []  # 35,25 rounded to one decimal
    assert found("35,2") == []  # cut: a rounding matter, not a slip
    assert found("35,25") == []


def test_a_quarter_named_in_the_sentence_is_no_slip_of_another_quarters_row():
    text = """\
Tabel 3.4 Perkembangan DPB per Triwulan Tahun 2025

| Periode | DPB Awal | Pemilih Baru | Pemilih TMS | DPB Akhir |
|---|---|---|---|---|
| Triwulan I | 337.030 | 2.846 | 1.624 | 338.252 |
| Triwulan II | 338.252 | 1.937 | 1.385 | 338.804 |
| Triwulan III | 338.804 | 2.215 | 1.502 | 339.517 |
| Triwulan IV | 339.517 | 3.108 | 1.719 | 340.906 |

Angka DPB Triwulan III sebesar 339.517 pemilih bertambah pada rekapitulasi Triwulan IV yang \
menambahkan {n} pemilih secara neto.
"""
    def found(n: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(n=n), "x.md")).findings if f.rule == "near_miss"]
    assert found("1.389") == []  # 340.906 − 339.517, one slip from TW II's 1.385 by chance
    assert found("1.791") == [("1.791", "1.719")]  # TW IV's own TMS, digits swapped


def test_the_indicator_code_before_a_figure_names_its_row():
    text = """\
Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|
| IKU 3 Dosen berkegiatan di luar kampus | 30,00 | 33,70 | 112,33 |
| IKU 8 Program studi terakreditasi unggul | 40,00 | 40,00 | 100,00 |

Target akhir Renstra untuk dosen berkegiatan di luar kampus dan program studi antara lain \
IKU 3 sebesar 40,00% dan IKU 8 sebesar {n}%.
"""
    def found(n: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(n=n), "x.md")).findings if f.rule == "near_miss"]
    assert found("80,00") == []  # IKU 8's, one digit from IKU 3's 30,00


def test_a_sum_of_two_cells_of_the_row_does_not_excuse_a_swapped_count():
    text = """\
Tabel 3.7 Potensi SAR Terlatih per Kabupaten Tahun 2025

| No | Kabupaten | Target | Laki-laki | Perempuan | Jumlah Terlatih | Capaian (%) |
|---|---|---|---|---|---|---|
| 1 | Kabupaten Pulau Kemiri | 80 | 61 | 17 | 78 | 97,50 |
| 2 | Kabupaten Lembah Sagu | 140 | 112 | 36 | 148 | 105,71 |
| | Jumlah | 220 | 173 | 53 | 226 | 102,73 |

Kabupaten Lembah Sagu menyumbang peserta terbanyak, yaitu {n} orang.
"""
    def found(n: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(n=n), "x.md")).findings if f.rule == "near_miss"]
    assert found("148") == []
    # 184 = 148 + 36 by chance; the swap of 148 is the likelier reading
    assert found("184") == [("184 orang", "148")]


def test_table_and_section_numbers_are_no_dropped_decimal_digits():
    text = """\
Tabel 43.4 Capaian Indikator Kinerja Utama Tahun 2025

| No | Indikator | Target | Realisasi | Capaian |
|---|---|---|---|---|
| 1 | Persentase rekomendasi pengawasan yang ditindaklanjuti | 40,00 | 43,34 | 108,35 |
| 2 | Persentase temuan berulang pengawasan | 40,00 | 35,25 | 113,48 |

Dinas mengukur indikator rekomendasi pengawasan sebagaimana disajikan pada Tabel 43.4.

{heading} Rekomendasi pengawasan yang ditindaklanjuti

Temuan berulang pengawasan tercatat {value}%.
"""
    def found(heading: str, value: str = "35,25") -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(heading=heading, value=value), "x.md")).findings
            if f.rule in ("near_miss", "narrative_vs_table")]
    assert found("43.4") == []  # a table number and a section number, no figures
    assert found("12.1") == []
    assert found("12.1", "35,5") == [("35,5%", "35,25")]


def test_a_percentage_of_a_count_two_sentences_back_is_worked_out():
    text = """\
Tabel 3.3 Realisasi IKU Tahun 2022-2025

| No | Indikator | 2022 | 2023 | 2024 | 2025 |
|---|---|---|---|---|---|
| 1 | Cagar budaya dilestarikan (objek) | 86 | 95 | 104 | 114 |
| 2 | Cagar budaya terawat (%) | 76,30 | 78,15 | 80,16 | 82,48 |

Sepanjang 2025 Balai melestarikan 114 objek dari target revisi 110 objek. Realisasi tersebut \
lebih tinggi 10 objek dibandingkan tahun 2024. Terhadap target akhir Renstra 2029 (150 \
objek), capaian cagar budaya baru {p}%.
"""
    def found(p: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(p=p), "x.md")).findings if f.rule == "near_miss"]
    assert found("76,00") == []  # 114 / 150, one slip from the 2022 row's 76,30 by chance


def test_a_quarters_figure_is_no_slip_of_a_table_without_quarters():
    text = """\
Tabel 3.3 Keadaan Perkara Menurut Jenis Perkara Tahun 2025

| No | Jenis Perkara | Sisa Awal | Diterima | Beban | Diputus |
|---|---|---|---|---|---|
| 1 | Cerai gugat | 120 | 1.742 | 1.862 | 1.790 |
| 2 | Isbat nikah | 10 | 600 | 610 | 605 |
| | Sub Total Permohonan | 130 | 2.342 | 2.472 | 743 |

Secara triwulanan, perkara yang diterima pada Triwulan I sebanyak {n} perkara.
"""
    def found(n: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(n=n), "x.md")).findings if f.rule == "near_miss"]
    assert found("783") == []  # a quarter's intake, one slip from an annual subtotal


CODED = """\
Tabel 3.9 Realisasi Anggaran per Program Tahun 2025

| Kode | Program | Pagu (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 4.01.02 | Program Pembinaan Usaha Mikro | 1.500.000.000 | 1.465.050.000 | 97,67 |
| 4.01.03 | Program Penguatan Koperasi | 1.500.000.000 | 1.438.050.000 | 95,87 |
| 4.01.04 | Program Pemasaran Produk | 1.000.000.000 | 910.000.000 | 91,00 |
| | Jumlah | 4.000.000.000 | 3.813.100.000 | 95,33 |

{prose}
"""


def _coded(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(CODED.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
            if f.rule == "near_miss"]


def test_a_figure_of_a_sentence_naming_two_coded_rows_is_of_both_not_a_slip_of_one():
    # 96,77 is the two programs' serapan together; one program's 97,67 is a swap away
    both = "Program 4.01.02 dan 4.01.03 mencatat serapan gabungan 96,77% dari pagu."
    assert _coded(both) == []
    # naming one program, the same figure is a slip of its row
    one = "Program 4.01.02 mencatat serapan 96,77% dari pagu."
    assert _coded(one) == [("near_miss", "96,77%", "97,67")]


def test_words_every_row_shares_do_not_name_one_row():
    # "peserta" and "pelatihan" stand in most rows' labels: a survey's 312 respondents is
    # no slip of the IT row's 112; the row's own word ("otomotif") does name it
    text = """\
Tabel 2.1 Indikator Kinerja Utama

| No | Indikator | Satuan | Target 2025 |
|---|---|---|---|
| 1 | Jumlah peserta pelatihan kejuruan las yang dilatih | orang | 64 |
| 2 | Jumlah peserta pelatihan kejuruan menjahit yang dilatih | orang | 96 |
| 3 | Jumlah peserta pelatihan kejuruan otomotif yang dilatih | orang | 184 |
| 4 | Jumlah peserta pelatihan kejuruan teknologi informasi yang dilatih | orang | 112 |
| 5 | Persentase lulusan pelatihan yang tersertifikasi | % | 85,00 |

{sentence}
"""
    def found(sentence: str) -> list[str]:
        doc = parse_text(text.format(sentence=sentence), "blk.md")
        return [f.stated for f in audit_document(doc).findings if f.rule == "near_miss"]
    assert found("Indeks Kepuasan Masyarakat terhadap layanan pelatihan diukur melalui survei "
                 "terhadap 312 responden peserta dan alumni pelatihan.") == []
    assert found("Pelatihan kejuruan otomotif diikuti 148 orang peserta.") == ["148 orang"]


def test_a_count_said_of_another_year_beside_a_table_is_not_its_total():
    # 36 is 2024's count, one digit from the 2025 table's 33: another year's figure
    doc = parse_text(NM_BOOKS, "buku.md")
    assert [f.stated for f in audit_document(doc).findings if f.rule == "near_miss"] == []


NM_BOOKS = """\
Tabel 3.7 Buku Bacaan Literasi Menurut Jenjang Pembaca Tahun 2025

| Jenjang | Target (judul) | Dwibahasa | Bahasa Indonesia | Realisasi (judul) | Capaian (%) |
|---|---:|---:|---:|---:|---:|
| A (Pembaca Dini) | 10 | 6 | 3 | 9 | 90,00 |
| B1 (Pembaca Awal) | 10 | 5 | 4 | 9 | 90,00 |
| B2 (Pembaca Semenjana) | 8 | 4 | 3 | 7 | 87,50 |
| B3 (Pembaca Madya) | 7 | 2 | 3 | 5 | 71,43 |
| C (Pembaca Mahir) | 5 | 1 | 2 | 3 | 60,00 |
| **Jumlah** | **40** | **18** | **15** | **33** | **82,50** |

Buku yang dihasilkan terdiri atas 18 judul dwibahasa dan 15 judul berbahasa Indonesia,
sehingga seluruhnya 33 judul.

Dibanding tahun 2024 yang menghasilkan 36 judul, produksi buku tahun 2025 berkurang 3 judul.
"""


def test_a_figure_a_sentence_compares_with_is_held_to_the_table():
    # "lebih kecil dari 16.553 peserta": 16.553 is the figure compared with, printed as the
    # table prints it (or with a slip); a difference would come right after "lebih kecil"
    text = REPORT.replace(
        "Pelatihan kewirausahaan pemuda diikuti {peserta} peserta",
        "Peserta bersertifikat lebih kecil dari {peserta} peserta pelatihan kewirausahaan "
        "pemuda. Pelatihan kewirausahaan pemuda diikuti 16.535 peserta")
    slipped = audit_document(parse_text(text.format(peserta="16.553", anggaran="1.284.500.000"),
                                        "x.md")).findings
    assert [(f.rule, f.expected) for f in slipped] == [("near_miss", "16.535")]
    faithful = audit_document(parse_text(text.format(peserta="16.535", anggaran="1.284.500.000"),
                                         "x.md")).findings
    assert faithful == []


def _judged(text: str) -> list[tuple[str, str, str]]:
    return [(f.rule, f.stated, f.expected)
            for f in audit_document(parse_text(text, "x.md")).findings]


BRACKETED_LIST = """\
Tabel 3.2 Capaian Indikator Kinerja

| No | Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Jumlah desa bersinar yang dibentuk | 12 | 11 | 91,67 |
| 2 | Persentase klien rehabilitasi yang menyelesaikan program | 80,00 | 76,35 | 95,44 |
| 3 | Persentase berkas perkara yang dinyatakan lengkap | 100,00 | 91,67 | 91,67 |

Indikator yang belum mencapai target adalah desa bersinar ({desa}%), klien rehabilitasi yang
menyelesaikan program (95,44%) dan berkas perkara lengkap (91,67%).
"""


def test_a_slip_in_a_list_of_bracketed_values_is_not_excused_by_another_items_value():
    # the third item prints 91,67 for its own row: no reason to think the first item's
    # 99,67 is anything but a slip of its row's 91,67
    assert _judged(BRACKETED_LIST.format(desa="91,67")) == []
    assert _judged(BRACKETED_LIST.format(desa="99,67")) == [("near_miss", "99,67%", "91,67")]


YEARS_SERIES = """\
Tabel 3.3 Perbandingan Realisasi Tahun 2023-2025

| No | Indikator | Satuan | 2023 | 2024 | 2025 |
|---|---|---|---|---|---|
| 1 | Nilai AKIP Sekretariat DPRD | nilai | 64,35 | 68,05 | 70,20 |
| 2 | Indeks kepuasan anggota DPRD | nilai | 81,40 | 84,75 | 86,50 |

Nilai AKIP meningkat secara konsisten dari {a} pada 2023 menjadi 68,05 pada 2024 dan 70,20
pada 2025.
"""


def test_each_value_of_a_series_is_its_years_level_not_a_change():
    assert _judged(YEARS_SERIES.format(a="64,35")) == []
    assert _judged(YEARS_SERIES.format(a="65,35")) == [("near_miss", "65,35", "64,35")]


DONE_NOT_PLANNED = """\
Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| Kode | Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| IKK-1 | Jumlah lulusan pelatihan berbasis kompetensi | orang | 1.536 | 1.576 | 102,60 |

Balai meluluskan {n} orang peserta pelatihan berbasis kompetensi.
"""


def test_a_slip_of_both_the_target_and_the_realisasi_is_the_realisasis_when_no_target_is_named():
    assert _judged(DONE_NOT_PLANNED.format(n="1.576")) == []
    # 1.586 is one digit from 1.536 and from 1.576
    assert _judged(DONE_NOT_PLANNED.format(n="1.586")) == [("near_miss", "1.586 orang", "1.576")]


def test_the_level_a_change_arrived_at_is_this_years_value():
    def found(v: str) -> list[tuple[str, str, str]]:
        text = YEARS_SERIES.format(a="64,35").replace(
            "Nilai AKIP meningkat secara konsisten",
            f"Nilai AKIP Sekretariat DPRD meningkat menjadi {v} dengan predikat BB. Nilai AKIP"
            " meningkat secara konsisten")
        return _judged(text)

    assert found("70,20") == []
    assert found("70,29") == [("near_miss", "70,29", "70,20")]


NUMBERED_NAMES = """\
Tabel 3.5 Jam Siaran per Programa Tahun 2025

| No | Programa | TW I | TW II | TW III | TW IV | Jumlah |
|---|---|---|---|---|---|---|
| 1 | Programa 1 | 2.160 | 2.184 | 2.208 | 2.179 | 8.731 |
| 2 | Programa 2 | 1.612 | 1.629 | 1.648 | 1.651 | 6.540 |
| 3 | Programa 3 | 2.165 | 2.190 | 2.206 | 2.184 | 8.745 |

Programa 2 bersiaran selama {jam} jam pada tahun 2025.
"""


def test_a_name_with_its_number_names_its_row():
    assert _judged(NUMBERED_NAMES.format(jam="6.540")) == []
    # "Programa" is every row's word; "Programa 2" is one row's name
    assert _judged(NUMBERED_NAMES.format(jam="6.450")) == [("near_miss", "6.450", "6.540")]



SHARE_OPERANDS = """\
Tabel 3.4 Realisasi IKU Tahun 2023-2025

| No | Indikator | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Luas kawasan permukiman kumuh yang tertangani (hektare) | 28,40 | 41,20 | 55,58 |

Dari 128,40 hektare kawasan kumuh, seluas {ha} hektare telah tertangani, atau {pct}%.
"""


def test_a_figure_its_own_share_vouches_for_is_no_slip_unless_the_cell_would_do_as_well():
    # 128,40 is one digit from 28,40 and 55,85 from 55,58, but 55,85 / 128,40 = 43,50%
    # holds and 55,58 / 128,40 = 43,29% would not
    assert _judged(SHARE_OPERANDS.format(ha="55,85", pct="43,50")) == []
    # a share printed too coarsely to tell the two apart vouches for neither
    assert _judged(SHARE_OPERANDS.format(ha="55,85", pct="43")) == [
        ("near_miss", "55,85", "55,58")]


KPPN = """\
Tabel 3.3 Sebaran Kategori IKPA Satker per KPPN Tahun 2025

| KPPN | Sangat Baik | Baik | Cukup | Jumlah Satker |
|---|---|---|---|---|
| KPPN Rantau Jaya | 121 | 52 | 14 | 187 |
| KPPN Lubuk Sari | 58 | 29 | 9 | 96 |
| KPPN Tanjung Melati | 70 | 32 | 10 | 112 |
| KPPN Sungai Arang | 51 | 28 | 9 | 88 |
| Jumlah | 300 | 141 | 42 | 483 |

{prose}
"""


def test_an_acronym_every_row_prints_names_no_row():
    def found(prose: str) -> list[tuple[str, str, str]]:
        doc = parse_text(KPPN.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("Keempat KPPN bersama-sama diperkuat oleh 129 pegawai.") == []
    # the row's own words still name it
    assert found("Di KPPN Rantau Jaya terdapat 129 satker berpredikat Sangat Baik.") == [
        ("near_miss", "129", "121")]


def test_a_count_under_another_heading_or_citing_another_table_introduces_no_table():
    survey = SURVEY.replace("Tabel 3.8", "{between}Tabel 3.8")

    def found(count: str, between: str) -> list[tuple[str, str, str]]:
        doc = parse_text(survey.format(count=count, noun="responden", between=between), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("24", "") == [("near_miss", "24", "214")]
    # a heading between them: the sentence closes the section before the table's
    assert found("24", "### 3.2 Survei Kepuasan\n\n") == []
    # "rata-rata ... sekitar 24": an approximate figure is no restatement of a total
    assert found("sekitar 24", "") == []
    cited = parse_text(survey.replace("Survei kepuasan", "Sesuai Tabel 1.2, survei kepuasan")
                       .format(count="24", noun="responden", between=""), "x.md")
    assert audit_document(cited).findings == []  # it speaks of another table


TRAINED = """\
Tabel 3.4 Peserta Pelatihan Aparatur

| No | Program | Angkatan | Jumlah |
|---|---|---|---|
| 1 | Pelatihan Fungsional Penyuluh Pertanian | 7 | 200 |
| 2 | Pelatihan Teknis bagi Penyuluh Pertanian | 11 | 328 |
| 3 | Pelatihan Manajerial Aparatur Pertanian | 4 | 144 |
|  | Sub Jumlah | 22 | 672 |

Pelatihan fungsional dan pelatihan teknis bagi penyuluh pertanian menyerap {count} orang, atau
{share}% dari peserta aparatur.
"""


def test_a_figure_whose_share_of_the_tables_total_holds_is_no_slip_of_a_row():
    def found(count: str, share: str) -> list[tuple[str, str, str]]:
        doc = parse_text(TRAINED.format(count=count, share=share), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "near_miss"]

    # 200 + 328 = 528, and 528 / 672 = 78,57%: no slip of the row's 328
    assert found("528", "78,57") == []
    # a share that holds for the row's 328 (48,81%) and not for 528: the slip stands
    assert found("528", "48,81") == [("near_miss", "528 orang", "328")]


def test_a_sentence_about_another_year_is_no_slip_of_this_years_table():
    # "Persentase kelulusan tahun 2023 ... 1 dari 259 peserta": 2023's participants, no slip
    # of 279 in a table of the 2025/2026 school year
    text = """Laporan Kinerja Tahun 2025

Tabel 1. Keadaan Peserta Didik per Kelas TP 2025/2026

| No | Kelas | L | P | Jumlah |
|---:|---|---:|---:|---:|
| 1 | Kelas X | 114 | 165 | 279 |
| 2 | Kelas XI | 118 | 158 | 276 |
| | Jumlah | 232 | 323 | 555 |

{sentence}
"""
    def found(sentence):
        doc = parse_text(text.format(sentence=sentence), "x.md")
        return [(f.rule, f.stated) for f in audit_document(doc).findings]

    assert found("Persentase kelulusan tahun 2023 tercatat 99,61% karena 1 dari 259 peserta "
                 "didik kelas X tidak lulus.") == []
    # the same sentence about the report's year is judged
    assert found("Pada tahun 2025 peserta didik kelas X berjumlah 259 orang.") == [
        ("near_miss", "259 orang")]
    # a year named as the one compared with does not make the sentence about it
    assert found("Dibanding tahun 2024, peserta didik kelas X kini berjumlah 259 orang.") == [
        ("near_miss", "259 orang")]


def test_a_count_with_its_own_unit_is_major_even_under_an_anggaran_column():
    text = """Tabel 2. Realisasi Kinerja dan Anggaran s.d. Triwulan I

| Kode | Sub Kegiatan | Realisasi Kinerja dan Anggaran / K | Realisasi Kinerja dan Anggaran / Rp |
|---|---|---|---|
| 1.02.02.2.02.0001 | Pelayanan Kesehatan Ibu Hamil | 2.364 | 412.250.000 |
| 1.02.02.2.02.0002 | Pelayanan Kesehatan Ibu Bersalin | 2.208 | 398.100.000 |

Ibu hamil yang mendapat pelayanan kesehatan ibu hamil s.d. Triwulan I sebanyak 2.264 orang.
"""
    findings = audit_document(parse_text(text, "x.md")).findings
    assert [(f.rule, f.stated, f.severity.label) for f in findings] == [
        ("near_miss", "2.264 orang", "major")]


def test_a_budget_semula_is_the_pagu_awal_not_a_changes_start():
    # "Pagu DIPA semula sebesar Rp A dan setelah revisi menjadi Rp B": A is the pagu awal
    text = """Tabel 3.9 Pagu dan Realisasi Anggaran menurut Rincian Output Tahun 2025 (Rp)

| Kode | Rincian Output | Pagu Awal | Pagu Revisi | Realisasi |
|---|---|---|---|---|
| 2435.UAH | Layanan Keluarga Berencana | 56.033.710.000 | 53.927.895.000 | 53.497.632.400 |
| 068.01.DS | Layanan Dukungan Manajemen | 28.571.690.000 | 21.162.305.000 | 20.661.578.900 |
| Jumlah | | 84.605.400.000 | 75.090.200.000 | 74.159.211.300 |

Pagu DIPA Tahun 2025 semula sebesar Rp {awal} dan setelah revisi menjadi Rp 75.090.200.000.
"""
    def found(awal):
        doc = parse_text(text.format(awal=awal), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("84.605.400.000") == []
    # (held to the table's Pagu Awal total as the version the sentence names)
    assert found("84.065.400.000") == [("pagu_mismatch", "Rp 84.065.400.000",
                                        "84.605.400.000")]


def test_the_same_quarter_is_the_one_the_sentence_before_named():
    text = """Tabel 3.3 Laporan Masyarakat per Triwulan Tahun 2025

| Triwulan | Diterima | Registrasi | Selesai |
|---|---|---|---|
| Triwulan I | 142 | 118 | 104 |
| Triwulan II | 171 | 139 | 120 |
| Triwulan III | 188 | 152 | 149 |
| Triwulan IV | 164 | 131 | 158 |
| Jumlah | 665 | 540 | 531 |

Penerimaan tertinggi terjadi pada triwulan III dengan 188 laporan, di mana 152 di antaranya
teregistrasi. Pada triwulan yang sama {done} laporan berhasil diselesaikan.
"""
    def found(done):
        doc = parse_text(text.format(done=done), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("149") == []
    assert found("146") == [("near_miss", "146 laporan", "149")]


def test_a_sentence_naming_the_table_below_states_its_total_whatever_the_table_above_prints():
    text = """Tabel 3.5 Penempatan PMI per Kabupaten Tahun 2025

| No | Kabupaten | L | P | Jumlah |
|---|---|---|---|---|
| 1 | Kabupaten Gunung Sewu Timur | 244 | 296 | 540 |
| 2 | Kabupaten Lembah Hijau | 120 | 131 | 251 |
| | Jumlah | 364 | 427 | 791 |

Selama tahun 2025 BP3MI menerima {n} pengaduan dalam 3 jenis permasalahan (Tabel 3.6).

Tabel 3.6 Pengaduan PMI per Jenis Permasalahan Tahun 2025

| No | Jenis Permasalahan | Diterima | Selesai |
|---|---|---|---|
| 1 | Gaji tidak dibayar | 212 | 190 |
| 2 | Pemutusan hubungan kerja | 171 | 142 |
| 3 | Dokumen tidak lengkap | 121 | 109 |
| | Jumlah | 504 | 441 |
"""
    def found(n):
        doc = parse_text(text.format(n=n), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("504") == []
    # 540 is a kabupaten's figure in the table above; the sentence names Tabel 3.6
    assert found("540") == [("near_miss", "540", "504")]


SECTIONS = """\
# Laporan Kinerja 2025

## 3.2 Pelanggaran Muatan Lebih Angkutan Barang

Pelanggaran dimensi lebih ditindaklanjuti dengan pemotongan bak terhadap 312 unit kendaraan.

## 3.3 Keselamatan Angkutan Umum

Tabel 3.7 Hasil Ramp Check Kendaraan Angkutan Umum per Triwulan

| Triwulan | Kendaraan Diperiksa | Laik Jalan |
|---|---|---|
| TW I-II | 1.500 | 1.100 |
| TW III-IV | 1.912 | 1.508 |
| s.d. TW IV | 3.412 | 2.608 |

{prose}
"""


def test_a_headings_words_do_not_tie_a_figure_to_a_table_of_another_section():
    # 312 is one dropped digit from 3.412, and "kendaraan" (the sentence's) and "angkutan"
    # (its heading's) are words of the table's caption; but the table stands under another
    # heading, and the sentence's own words name it by one word only
    doc = parse_text(SECTIONS.format(prose=""), "x.md")
    assert [f for f in audit_document(doc).findings if f.rule == "near_miss"] == []
    # under the table's own heading the same words tie it
    doc = parse_text(SECTIONS.format(prose="Ramp check angkutan umum memeriksa 3.142 "
                                            "kendaraan."), "x.md")
    assert [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
            if f.rule == "near_miss"] == [("near_miss", "3.142", "3.412")]


def test_a_difference_with_a_one_digit_cell_is_no_sign_a_figure_was_worked_out():
    # 118 is 119 − 1 (the Padam cell), and also one digit from 119: a slip of the Baik cell
    text = """\
Tabel 3.3 Jumlah SBNP menurut Jenis dan Kondisi

| No | Jenis SBNP | Baik | Rusak | Padam | Jumlah |
|---|---|---|---|---|---|
| 1 | Menara Suar | 25 | - | - | 25 |
| 2 | Rambu Suar | 119 | 3 | 1 | 123 |
| 3 | Pelampung Suar | 42 | 1 | 1 | 44 |
|  | Jumlah | 186 | 4 | 2 | 192 |

Pada kelompok rambu suar, sebanyak {n} unit rambu suar dalam kondisi baik dari 123 unit.
"""
    def found(n: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(n=n), "x.md")).findings if f.rule == "near_miss"]

    assert found("119") == []
    assert found("118") == [("118 unit", "119")]


def test_a_table_figure_one_swap_from_another_tables_total_that_adds_up():
    # Tabel 3.6 prints the karet production 142.393, Tabel 3.4's column of it adds up to
    # 142.933: the total vouches for itself, the row that copies it is the slip
    text = """\
Tabel 3.4 Produksi Komoditas per Kabupaten Tahun 2025 (ton)

| No | Kabupaten | Kelapa Sawit | Karet |
|---|---|---|---|
| 1 | Kab. Batang Rimbo | 262.804 | 18.113 |
| 2 | Kab. Lubuk Sialang | 540.220 | 61.402 |
| 3 | Kab. Muara Kelam | 385.435 | 63.418 |
|  | Jumlah | 1.188.459 | 142.933 |

Tabel 3.6 Luas Tanaman Menghasilkan dan Produksi Tahun 2025

| No | Komoditas | Luas TM (ha) | Produksi (ton) |
|---|---|---|---|
| 1 | Kelapa Sawit | 335.608 | 1.188.459 |
| 2 | Karet | 142.784 | {karet} |
"""
    def found(karet: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(karet=karet), "x.md")).findings if f.rule == "near_miss"]

    assert found("142.933") == []
    assert found("142.393") == [("142.393", "142.933")]


def test_a_sentence_naming_no_year_is_no_slip_of_a_column_of_another_year():
    text = """\
# Laporan Kinerja Tahun 2025

Tabel 3.2 Perbandingan Realisasi IKU Tahun 2023-2025

| No | Indikator | Realisasi 2024 | Realisasi 2025 |
|---|---|---|---|
| 1 | Jumlah produksi benih sumber (ton) | 46,10 | 49,86 |

Tabel 3.5 Produksi Benih Sumber per Kelas Benih Tahun 2025 (ton)

| No | Komoditas | BS | FS | SS | Jumlah |
|---|---|---|---|---|---|
| 1 | Padi | 0,12 | 11,60 | 27,90 | 39,62 |
| 2 | Jagung | 0,13 | 2,00 | 8,11 | 10,24 |
|  | Jumlah | 0,25 | 13,60 | 36,01 | 49,86 |

Menurut kelas benih, produksi BS, FS, dan SS berturut-turut sebesar 0,25 ton, 13,60 ton,
dan {ss} ton.
"""
    def found(ss: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(ss=ss), "x.md")).findings if f.rule == "near_miss"]

    assert found("36,01") == []
    # 36,10 is one swap from the SS total and from the 2024 realisasi 46,10 (one digit):
    # the sentence names no year, so only the first is its slip
    assert found("36,10") == [("36,10 ton", "36,01")]


def test_an_average_the_paragraph_works_out_is_no_slip():
    text = """\
Tabel 2.1 Target Layanan

| No | Indikator | Target |
|---|---|---|
| 1 | Rata-rata waktu penyelesaian layanan konsultasi (hari kerja) | 6,90 |

TW I: 22 layanan; 134 hari kerja; rata-rata 6,09 hari kerja
"""
    doc = parse_text(text, "x.md")
    assert [f for f in audit_document(doc).findings if f.rule == "near_miss"] == []


def test_a_slip_of_a_value_many_cells_print_needs_one_word_of_their_row():
    # 1.526 foreign visitors is printed in three tables' "Mancanegara" rows; the sentence
    # shares only that word with them
    text = """\
Tabel 3.4 Jumlah Pengunjung per Kategori Tahun 2025

| Kategori | Jumlah |
|---|---|
| Pelajar | 24.224 |
| Umum | 29.274 |
| Mancanegara | 1.526 |

Tabel 3.5 Pengunjung per Triwulan Tahun 2025

| Kategori | TW I-II | TW III-IV | s.d. TW IV |
|---|---|---|---|
| Pelajar | 12.100 | 12.124 | 24.224 |
| Mancanegara | 700 | 826 | 1.526 |

Tabel 3.9 Tiket Terjual Tahun 2025

| Kategori | Tiket (lembar) |
|---|---|
| Umum | 29.274 |
| Mancanegara | 1.526 |

Jumlah wisatawan mancanegara yang tercatat sebanyak {n} orang pada tahun 2025 masih kecil.
"""
    def found(n: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in audit_document(parse_text(
            text.format(n=n), "x.md")).findings if f.rule == "near_miss"]

    assert found("1.526") == []
    assert found("1.562") == [("1.562 orang", "1.526")]


def test_a_short_count_beside_its_rows_share_is_held_to_that_row(read):
    from audit.checks import near_miss

    text = """
        Tabel 3.4 Perkara Banding per Pengadilan Agama Pengaju

        | No | Pengadilan Agama Pengaju | Tahun 2022 | Tahun 2023 | Kontribusi 2023 (%) |
        |---|---|---|---|---|
        | 1 | Pengadilan Agama Banyu Sekar | 84 | 93 | 21,88 |
        | 2 | Pengadilan Agama Tanjung Wangi | 61 | 66 | 15,53 |
        | 3 | Pengadilan Agama Karang Laut | 47 | 44 | 10,35 |

        Kontribusi terbesar berasal dari Pengadilan Agama Banyu Sekar sebanyak 93 perkara
        (21,88%), disusul Pengadilan Agama Tanjung Wangi sebanyak {n} perkara (15,53%).
    """
    assert near_miss.check(read(text.format(n="66"))).findings == []
    # 68 is one slip from both 61 and 66: the share's column names 2023, so 66
    [finding] = near_miss.check(read(text.format(n="68"))).findings
    assert (finding.stated, finding.expected) == ("68", "66")


def test_a_pasted_table_row_no_table_was_rebuilt_from_is_no_statement():
    # the Renstra targets, pasted as a line of bare figures beside the indicator's name: the
    # row's 16.553 is no restatement of the table's 16.535, however close
    row = ("Pelatihan kewirausahaan pemuda orang 12.400 14.200 16.553 17.000 18.500\n")
    text = REPORT.format(peserta="16.535", anggaran="1.284.500.000") + row
    assert audit_document(parse_text(text, "x.md")).findings == []
    # a sentence that states the figure is still held to the table
    assert _findings(peserta="16.553") == [("near_miss", "16.553 peserta", "16.535", "major")]


def test_a_count_of_the_rows_a_table_lists_is_no_slip_of_its_total(read):
    rows = "\n".join(f"        | {k} | Layanan {name} | 5 | 1 | 4 |"
                     for k, name in enumerate(["gawat darurat", "rawat jalan", "rawat inap",
                                               "farmasi", "radiologi", "laboratorium",
                                               "gizi", "laundry", "ambulans",
                                               "rekam medis"], start=1))
    text = f"""
        Rincian pemenuhan SPM pada {{n}} jenis pelayanan disajikan pada Tabel 3.5.

        Tabel 3.5 Pemenuhan Indikator SPM per Jenis Pelayanan

        | No | Jenis Pelayanan | Indikator | Tercapai | Belum |
        |---|---|---|---|---|
{rows}
        | | Jumlah | 50 | 10 | 40 |
    """
    assert audit_document(read(text.format(n=10))).findings == []
    # a wrong count is the count of rows that is wrong, not a slip of the total
    assert [(f.rule, f.stated) for f in audit_document(read(text.format(n=11))).findings] \
        == [("count_claim", "11")]


def test_a_bound_after_a_range_sign_is_no_restated_figure(read):
    text = """
        Tabel 2.1 Perjanjian Kinerja

        | No | Indikator | Target | Target 2029 |
        |---|---|---|---|
        | 1 | Indeks SPBE Kementerian | 3,50 | 4,00 |

        Indeks SPBE Kementerian mencapai 3,62 dari target 3,50. Dengan nilai tersebut,
        predikat SPBE naik dari "Baik" (2,60-<3,50) menjadi "Sangat Baik" (3,50-<4,20).
    """
    assert [f for f in audit_document(read(text)).findings if f.rule == "near_miss"] == []


def test_parts_of_a_whole_by_another_division_are_no_slips_of_its_total(read):
    text = """
        Tabel 3.8 Penanganan Pengaduan Masyarakat per Triwulan

        | Triwulan | Pengaduan Masuk | Pengaduan Selesai |
        |---|---|---|
        | I | 70 | 69 |
        | II | 82 | 80 |
        | III | 88 | 86 |
        | IV | 72 | 72 |
        | Jumlah | 312 | 307 |

        Menurut jenisnya, pengaduan terbanyak terkait pohon tumbang sebanyak 128 pengaduan,
        diikuti kerusakan fasilitas taman (84 pengaduan), layanan pemakaman (41 pengaduan),
        penerangan taman ({n} pengaduan), dan lainnya (22 pengaduan).
    """
    assert [f for f in audit_document(read(text.format(n=37))).findings
            if f.rule == "near_miss"] == []


SAKIP = """\
Laporan Kinerja Tahun 2024

Tabel 3.9 Nilai Evaluasi SAKIP Tahun 2023-2024

| No | Komponen | Bobot | Nilai 2023 | Nilai 2024 |
|---|---|---|---|---|
| 1 | Perencanaan Kinerja | 30,00 | 21,10 | 21,85 |
| 2 | Pengukuran Kinerja | 30,00 | 18,92 | 19,76 |
| 3 | Pelaporan Kinerja | 15,00 | 10,45 | 10,94 |
| 4 | Evaluasi Akuntabilitas Kinerja Internal | 25,00 | 17,37 | 17,57 |
|  | Jumlah | 100,00 | 67,84 | 70,12 |

Kenaikan tertinggi terjadi pada komponen pengukuran kinerja yang memperoleh nilai {value}.
Penerimaan piutang yang berhasil ditagih sebesar Rp 1.971.250.000,-, atau sekitar Rp 1,97
miliar, meningkat dari tahun sebelumnya.
"""


def test_a_row_named_by_its_whole_label_is_the_rows_figure_printed_with_a_slip():
    # "Pengukuran Kinerja" shares only "kinerja" with the sentence beyond its one own word,
    # but the sentence says the label word for word
    def found(value: str):
        doc = parse_text(SAKIP.format(value=value), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("19,76") == []
    assert found("19,86") == [("near_miss", "19,86", "19,76")]


def test_an_amount_rounded_from_its_own_sentence_is_no_slip_of_a_table_cell():
    # "Rp 4,71 miliar" restates Rp 4.705.961.290 of its own sentence; the row "Pajak Daerah",
    # which the sentence names word for word, holds 47,61 miliar (one digit more): no slip
    text = """\
Tabel 3.5 Pertumbuhan PAD Tahun 2025

| No | Uraian | Realisasi 2025 (Rp) | Pertumbuhan (Rp) |
|---|---|---|---|
| A | Pajak Daerah | 512.381.004.117 | 47.612.134.982 |
| B | Retribusi Daerah | 38.114.250.600 | 2.004.118.300 |

Selama tahun 2025 piutang pajak daerah yang berhasil ditagih sebesar Rp 4.705.961.290,-,
atau sekitar Rp 4,71 miliar, sehingga saldo piutang berkurang.
"""
    assert audit_document(parse_text(text, "x.md")).findings == []


def test_a_part_printed_with_its_share_of_the_tables_total_is_no_slip(read):
    """``91 pegawai (57,59%) menduduki jabatan fungsional`` before a table whose total is 158
    (97 laki-laki): 91 / 158 = 57,59%, a part worked out right, not a slip of 97."""
    doc = read("""
        Sebanyak 91 pegawai (57,59%) menduduki jabatan fungsional (Tabel 1.3).

        Tabel 1.3 Pegawai menurut Jenis Jabatan

        | Jenis Jabatan | Laki-laki | Perempuan | Jumlah |
        |---|---|---|---|
        | Struktural | 5 | 2 | 7 |
        | Fungsional Ahli | 38 | 29 | 67 |
        | Fungsional Terampil | 15 | 9 | 24 |
        | Pelaksana | 39 | 21 | 60 |
        | Jumlah | 97 | 61 | 158 |
    """)
    assert near_miss.check(doc).findings == []


def test_a_part_of_a_whole_that_no_table_prints_is_worked_out_not_a_slip(read):
    """``153 dari 260 orang``: both sums of the table's cells (59 + 94 of 106 + 154), neither
    printed; 153 is no slip of the 154 the table prints."""
    doc = read("""
        Tabel 2.5 Peserta Didik Putus Sekolah Tahun 2025

        | No | Jenjang | Putus Sekolah L | Putus Sekolah P | Putus Sekolah Jumlah |
        |---|---|---|---|---|
        | 1 | SD | 59 | 47 | 106 |
        | 2 | SMP | 94 | 60 | 154 |

        Sebagian besar peserta didik putus sekolah adalah laki-laki: 153 dari 260 orang pada
        2025, terutama karena bekerja membantu orang tua.
    """)
    assert near_miss.check(doc).findings == []
