from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from audit.checks import narrative_arithmetic
from audit.figures import format_id
from audit.findings import CheckResult, Severity
from audit.readers.text import parse_text


def _run(read, text):
    return narrative_arithmetic.check(read(text))


def test_budget_share_that_holds_passes(read):
    result = _run(read, "Penyerapan anggaran sebesar Rp. 784.002.470,- atau 95,97% dari total"
                        " pagu anggaran untuk IKK-4 sebesar Rp. 816.963.000,-.")
    assert result.findings == []
    assert result.performed == 1


def test_budget_share_that_breaks_is_critical_with_the_computation(read):
    result = _run(read, """
        Realisasi mencapai Rp 900.000.000 atau 95,00% dari pagu Rp 1.000.000.000.
    """)
    [finding] = result.findings
    assert finding.rule == "narrative_arithmetic"
    assert finding.severity is Severity.CRITICAL
    assert finding.stated == "95,00%"
    assert finding.expected == "90,00%"
    assert "900.000.000 / Rp 1.000.000.000 × 100 = 90,00%, bukan 95,00%" in finding.message


def test_percent_first_with_amount_in_words(read):
    result = _run(read, "Serapan mencapai 98,06% atau sebesar Rp. 2.837.683.512,- (dua miliar"
                        " delapan ratus tiga puluh tujuh juta enam ratus delapan puluh tiga ribu"
                        " lima ratus dua belas rupiah) dari total pagu anggaran"
                        " Rp. 2.892.849.600,-.")
    [finding] = result.findings
    assert finding.expected == "98,09%"


def test_count_against_target(read):
    result = _run(read, """
        Realisasi sebesar 225 orang atau 20% dari target 600 orang.
    """)
    [finding] = result.findings
    assert finding.severity is Severity.MAJOR
    assert finding.expected == "38%"


def test_target_then_percent(read):
    ok = _run(read, """
        Capaian sebesar 34 penelitian dari target 170 penelitian atau 20 %.
    """)
    assert ok.findings == [] and ok.performed == 1
    [finding] = _run(read, """
        Realisasi sebesar 45,62% dari target 70% atau 24%.
    """).findings
    assert finding.expected == "65%"
    [finding] = _run(read, """
        Realisasi 90 paket dari target 120 paket (capaian 80%).
    """).findings
    assert finding.expected == "75%"


def test_the_top_of_a_scale_is_no_realisasi(read):
    # 3,47 / 3,40 = 102,06%; "4 dari target 3,40" is the scale's top beside the target
    assert _run(read, "Nilai indeks tahun 2025 sebesar 3,47 pada skala 4 dari target 3,40, "
                      "atau tercapai 102,06%.").findings == []


def test_a_change_given_by_a_comparative_after_its_two_values(read):
    ok = "Waktu penyelesaian turun dari 4,00 hari menjadi 3,60 hari atau lebih cepat 0,40 hari."
    assert _run(read, ok).findings == []
    [finding] = _run(read, ok.replace("0,40 hari.", "0,30 hari.")).findings
    assert (finding.stated, finding.expected) == ("0,30 hari", "0,40 hari")


def test_a_realisasi_compared_with_its_target_then_the_capaian(read):
    ok = "Realisasi 92,50% dibandingkan target 95,00% menghasilkan capaian 97,37%."
    assert _run(read, ok).findings == []
    [finding] = _run(read, ok.replace("target 95,00%", "target 97,00%")).findings
    assert finding.expected == "95,36%"


def test_a_share_stated_after_its_base_and_its_part(read):
    ok = "Dari 412,35 km jalan kabupaten, 318,62 km (77,27%) dalam kondisi mantap."
    assert _run(read, ok).findings == []
    [finding] = _run(read, ok.replace("(77,27%)", "(78,27%)")).findings
    assert (finding.stated, finding.expected) == ("78,27%", "77,27%")
    said = ("Dari 720 putusan, sebanyak {part} putusan diterima para pihak tanpa upaya hukum, "
            "sehingga realisasi mencapai 88,89%.")
    assert _run(read, said.format(part="640")).findings == []
    [finding] = _run(read, said.format(part="660")).findings
    assert finding.expected == "91,67%"
    # a share of something else the part's clause goes on to name is left alone
    assert _run(read, "Dari 5 program, 3 program di antaranya mencapai realisasi "
                      "95,20%.").findings == []


def test_a_share_of_a_base_counted_in_another_noun_after_a_long_clause(read):
    # the base counts "usulan", the part "karya budaya"; the clause naming what the part
    # is runs long and holds a year and the count in words
    said = ("Dari 14 usulan tersebut, sebanyak 5 (lima) karya budaya ditetapkan sebagai "
            "Warisan Budaya Takbenda Indonesia pada tahun 2025 atau {share} dari jumlah usulan.")
    assert _run(read, said.format(share="35,71%")).findings == []
    [finding] = _run(read, said.format(share="35,17%")).findings
    assert (finding.stated, finding.expected) == ("35,17%", "35,71%")


def test_a_share_of_a_total_the_sentence_before_gives(read):
    said = ("Jumlah kendaraan yang melintas pada tahun 2025 sebanyak 62.805 unit, naik 8.488 "
            "unit dibanding tahun 2024 yang sebanyak 54.317 unit. Kendaraan roda dua masih "
            "dominan dengan {part} unit atau 66,36% dari total kendaraan.")
    assert _run(read, said.format(part="41.676")).findings == []
    [finding] = _run(read, said.format(part="42.105")).findings
    assert (finding.stated, finding.expected) == ("66,36%", "67,04%")
    assert "42.105" in finding.message and "62.805" in finding.message
    # the first figure of the sentence before is a part, not the total the share is of
    assert _run(read, "Dari total tersebut, pegawai berstatus PNS berjumlah 218 orang. "
                      "Perawat merupakan kelompok terbesar dengan 196 orang atau 42,42% dari "
                      "seluruh pegawai.").findings == []


def test_the_last_part_of_a_breakdown_is_not_what_a_share_is_of(read):
    # 15.335 / 14.500 = 105,76%: the share is the whole's, not the last part's
    assert _run(read, "Petugas mengawasi 15.335 unit alat angkut, terdiri atas 8.866 kapal dan "
                      "6.469 pesawat udara, atau 105,76% dari target 14.500 unit.").findings == []


def test_a_pagu_then_its_realisasi_then_the_share(read):
    said = ("Tiga PPS memiliki pagu gabungan Rp 262.942.050.000 dengan realisasi Rp {r} "
            "(95,71%).")
    assert _run(read, said.format(r="251.658.409.645")).findings == []
    [finding] = _run(read, said.format(r="251.758.409.645")).findings
    assert (finding.stated, finding.expected) == ("95,71%", "95,75%")
    # the pagu murni a change starts from is not what the share is of
    assert _run(read, "Program ini memperoleh pagu perubahan Rp 4.527.500.000,-, turun dari "
                      "pagu murni Rp 4.750.000.000,-, dengan realisasi Rp 4.374.058.750,- "
                      "(96,61%).").findings == []


def test_a_second_clause_with_its_own_change_is_no_base_of_the_first(read):
    assert _run(read, "Pagu tahun 2025 naik Rp 28.654.110.000 atau 2,61% dibandingkan tahun "
                      "2024, sedangkan realisasinya naik Rp 34.171.176.600 atau 3,27%.") \
        .findings == []


def test_truncation_is_minor_rounding(read):
    [finding] = _run(read, """
        Realisasi sebesar 1.765 orang atau 117% dari target 1.500 orang.
    """).findings
    assert finding.rule == "rounding"
    assert finding.severity is Severity.MINOR


def test_decimal_commas(read):
    result = _run(read, """
        Realisasi sebesar 18,77 orang atau 89,3% dari target 21,01 orang.
    """)
    assert result.findings == [] and result.performed == 1


def test_lower_is_better_against_target_is_accepted(read):
    result = _run(read, """
        Angka pengangguran sebesar 4 persen atau 125% dari target 5 persen.
    """)
    assert result.findings == []


def test_percentage_point_change_is_accepted(read):
    result = _run(read, """
        Nilai IKM naik 2,35% dari 80,10% menjadi 82,45%.
    """)
    assert result.findings == [] and result.performed == 1


def test_relative_change_of_percentages_is_accepted(read):
    result = _run(read, """
        Tingkat kelulusan meningkat sebesar 25% dari 40% menjadi 50%.
    """)
    assert result.findings == [] and result.performed == 1


def test_change_that_breaks_names_the_reading(read):
    [finding] = _run(read, """
        Jumlah peserta meningkat sebesar 30 orang dari 120 orang menjadi 160 orang.
    """).findings
    assert finding.expected == "40 orang"
    assert "selisih" in finding.message
    [finding] = _run(read, """
        Jumlah peserta meningkat sebesar 50% dari 120 orang menjadi 160 orang.
    """).findings
    assert "relatif" in finding.message
    assert finding.expected == "33%"


def test_change_stated_after(read):
    [finding] = _run(read, """
        Jumlah lulusan dari 200 orang menjadi 260 orang atau naik 20%.
    """).findings
    assert finding.expected == "30%"


def test_year_between_is_not_a_base(read):
    result = _run(read, """
        Realisasi 2023 sebesar 225 orang atau 38% dari target tahun 2024 sebanyak 1.125 orang.
    """)
    assert result.findings == []
    result = _run(read, """
        Nilai naik 5 poin dari tahun 2021 menjadi tahun 2022.
    """)
    assert result.findings == []


def test_target_awal_and_revisi_are_left_alone(read):
    result = _run(read, """
        Realisasi 90 orang dari target awal 100 orang atau 112,5% dari target revisi 80 orang.
    """)
    assert result.findings == []


def test_different_units_are_not_divided(read):
    result = _run(read, """
        Realisasi sebesar 40 paket atau 50% dari target 100 orang.

        Realisasi sebesar 40% atau 50% dari target 100 orang.
    """)
    assert result.findings == []


def test_plain_target_comparison_is_not_a_ratio(read):
    result = _run(read, "Realisasi anggaran sebesar 26,38% dari target sebesar 27,37%."
                        " Realisasi volume 41,34%, dari target sebesar 37,59%.")
    assert result.findings == []


def _say(*paragraphs: str) -> CheckResult:
    """Check paragraphs of invented prose, one per line, blank lines between."""
    return narrative_arithmetic.check(parse_text("\n\n".join(paragraphs) + "\n", "fixture.md"))


# ---------------------------------------------------------------- changes (more shapes)


def test_percent_change_of_percentages_names_both_readings():
    [finding] = _say("Tingkat kelulusan meningkat sebesar 5% dari 40% menjadi 50%.").findings
    assert finding.expected == "10%"
    assert "poin persentase" in finding.message and "relatif" in finding.message
    assert "25%" in finding.message


def test_percent_written_for_points_on_a_score_is_accepted():
    result = _say("Nilai evaluasi SAKIP naik 2,40% dari 68,10 menjadi 70,50.")
    assert result.findings == [] and result.performed == 1


def test_increment_then_new_value():
    ok = _say("Pagu semula Rp 1.000.000.000,- bertambah Rp 250.000.000,- sehingga menjadi "
              "Rp 1.250.000.000,-.")
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say("Pagu semula Rp 1.000.000.000,- bertambah Rp 250.000.000,- sehingga "
                     "menjadi Rp 1.200.000.000,-.").findings
    assert finding.severity is Severity.CRITICAL
    assert finding.expected == "Rp 200.000.000"


def test_change_against_an_earlier_period():
    ok = _say("Indeks kepuasan tahun 2025 sebesar 84,20, naik 1,70 dibandingkan tahun 2024 "
              "sebesar 82,50.")
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say("Indeks kepuasan tahun 2025 sebesar 84,20, naik 1,90 dibandingkan tahun "
                     "2024 sebesar 82,50.").findings
    assert finding.stated == "1,90" and finding.expected == "1,70"


def test_change_stated_after_with_years_and_verb_before():
    ok = _say("Jumlah peserta meningkat dari 80 orang pada tahun 2024 menjadi 84 orang pada "
              "tahun 2025, atau sebesar 5%.")
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say("Jumlah peserta dari 80 orang pada tahun 2024 menjadi 88 orang pada tahun "
                     "2025 atau naik 20%.").findings
    assert finding.expected == "10%" and "relatif" in finding.message


def test_points_change_named_before_the_figures():
    ok = _say("Nilai kinerja meningkat 4,35 poin dibandingkan tahun lalu, dari 82,10 menjadi "
              "86,45.")
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say("Nilai kinerja meningkat 4,53 poin dibandingkan tahun 2024, yaitu dari "
                     "82,10 menjadi 86,45.").findings
    assert finding.expected == "4,35 poin"


def test_change_of_something_else_after_the_figures_is_not_read():
    result = _say("Jumlah peserta meningkat dari 80 orang menjadi 84 orang sehingga capaian "
                  "naik 12%.")
    assert result.findings == [] and result.performed == 0


def test_comparison_with_a_target_is_not_a_change():
    result = _say("Indeks kepuasan tahun 2025 sebesar 84,20, naik 1,90 dibandingkan target "
                  "sebesar 82,50.")
    assert result.findings == []


def test_verb_against_the_figures():
    [finding] = _say("Jumlah mitra industri naik sebesar 15 perusahaan dari 90 perusahaan "
                     "menjadi 75 perusahaan.").findings
    assert finding.rule == "narrative_arithmetic"
    assert "turun" in finding.expected


def test_times_is_not_a_difference():
    assert _say("Jumlah pengunjung meningkat 2 kali dari 400 orang menjadi 800 orang.") \
        .findings == []


def test_rounded_amount_in_millions():
    result = _say("Pagu bertambah Rp 15 juta dari Rp 4.210.300.000 menjadi Rp 4.225.120.000.")
    assert result.findings == [] and result.performed == 1


# ---------------------------------------------------------------- sums

_ALUMNI = ("Alumni terdiri atas 430 orang yang bekerja dan {b} orang yang berwirausaha, "
           "sehingga seluruhnya berjumlah {c} orang.")


def test_parts_then_total():
    ok = _say(_ALUMNI.format(b=95, c=525))
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say(_ALUMNI.format(b=95, c=535)).findings
    assert finding.severity is Severity.MAJOR
    assert finding.stated == "535 orang" and finding.expected == "525 orang"
    assert "430 orang + 95 orang = 525 orang" in finding.message


def test_total_confirmed_elsewhere_blames_a_part():
    [finding] = _say("Penelusuran alumni mencatat 525 orang telah bekerja atau berwirausaha.",
                     _ALUMNI.format(b=85, c=525)).findings
    assert finding.stated == "85 orang" and finding.expected == "95 orang"
    assert finding.related_lines == [1]
    assert "430 orang + 85 orang = 515 orang, bukan 525 orang" in finding.message


def test_total_then_parts():
    ok = _say("Jumlah instruktur sebanyak 36 orang, terdiri atas 22 orang laki-laki dan "
              "14 orang perempuan.")
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say("Jumlah instruktur sebanyak 36 orang, terdiri atas 22 orang laki-laki dan "
                     "15 orang perempuan.").findings
    assert finding.stated == "36 orang" and finding.expected == "37 orang"
    [finding] = _say("Instruktur terdiri dari 36 orang dengan komposisi laki-laki sebanyak "
                     "20 orang dan perempuan sebanyak 14 orang.").findings
    assert finding.expected == "34 orang"


def test_total_with_parts_in_parentheses():
    ok = _say("Jumlah pegawai 64 orang (40 PNS dan 24 PPPK) ditempatkan pada empat seksi.")
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say("Jumlah pegawai 64 orang (40 PNS dan 22 PPPK) ditempatkan pada empat "
                     "seksi.").findings
    assert finding.expected == "62 orang"


def test_money_sum_is_critical():
    [finding] = _say("Pagu terdiri atas Rp 640.000.000,- untuk belanja pegawai dan "
                     "Rp 310.000.000,- untuk belanja barang, sehingga total pagu "
                     "Rp 960.000.000,-.").findings
    assert finding.severity is Severity.CRITICAL
    assert finding.expected == "Rp 950.000.000"


def test_written_formula():
    [finding] = _say("Jumlah lulusan dihitung 215 + 187 = 412 orang.").findings
    assert finding.expected == "402 orang"


def test_list_starting_the_sentence():
    [finding] = _say("Pada triwulan I terlaksana 12 paket, triwulan II 18 paket dan triwulan "
                     "III 9 paket, sehingga total 41 paket.").findings
    assert finding.expected == "39 paket"


def test_list_of_uncertain_start_is_left_alone():
    ok = _say("Dari 1.250 lulusan, 640 orang bekerja di industri dan 85 orang berwirausaha, "
              "sehingga seluruhnya 725 orang.")
    assert ok.findings == [] and ok.performed == 1
    # 120 + 640 + 85 or 640 + 85? Neither is 700, but which list was meant is not certain.
    result = _say("Survei 2 minggu terakhir mencatat 120 orang mengikuti pelatihan ulang, "
                  "640 orang bekerja di industri dan 85 orang berwirausaha, sehingga "
                  "seluruhnya 700 orang.")
    assert result.findings == []


def test_sums_that_must_not_be_read():
    result = _say(
        # different counted nouns
        "Sekretariat berjumlah 12 orang, terdiri atas 3 bidang dan 2 seksi.",
        # numbers that name things
        "Indikator berjumlah 4 indikator, yaitu IKU 1, IKU 2, IKU 3 dan IKU 4.",
        "Kegiatan berjumlah 3 kegiatan, yaitu kegiatan 1, 2 dan 3 yang dilaksanakan bersama.",
        # "antara lain": an incomplete list
        "Pegawai berjumlah 52 orang, antara lain 10 orang pejabat struktural dan 20 orang "
        "fungsional.",
        # different years
        "Lulusan tahun 2024 sebanyak 1.448 orang dan tahun 2025 sebanyak 1.576 orang, "
        "sehingga jumlah lulusan tahun 2025 mencapai 1.576 orang.",
        # the breakdown is of the realisation, not of the target before "terdiri atas"
        "Realisasi 860 orang dari target 1.200 orang, terdiri atas 500 orang laki-laki dan "
        "360 orang perempuan.",
        # "serta": the last item may stand outside the total, and no reading adds up
        "Pegawai ASN berjumlah 43 orang, terdiri atas 28 orang laki-laki dan 16 orang "
        "perempuan serta 10 orang PPNPN.",
        # a total of something else than the parts
        "Pelatihan diikuti 16 orang peserta reguler dan 20 orang peserta mandiri, sehingga "
        "jumlah instruktur yang dibutuhkan 4 orang.",
        # shares, not counts
        "Peserta terdiri atas 60% laki-laki dan 40% perempuan, sehingga seluruhnya berjumlah "
        "95 orang.",
    )
    assert result.findings == []


# ---------------------------------------------------------------- differences

_BUDGET = ("Realisasi sebesar Rp {r} atau 74,20% dari pagu Rp 10.000.000.000,-, sehingga sisa "
           "anggaran yang belum diserap sebesar Rp {s}.")


def test_remaining_budget():
    ok = _say(_BUDGET.format(r="7.420.150.000,-", s="2.579.850.000,-"))
    assert ok.findings == [] and ok.performed == 2
    [finding] = _say(_BUDGET.format(r="7.420.150.000,-", s="2.597.850.000,-")).findings
    assert finding.severity is Severity.CRITICAL
    assert finding.stated == "Rp 2.597.850.000,-"
    assert finding.expected == "Rp 2.579.850.000"


def test_remaining_confirmed_elsewhere_blames_the_realisation():
    [finding] = _say("Sisa anggaran tahun ini tercatat Rp 2.579.850.000,- pada laporan keuangan.",
                     "Realisasi sebesar Rp 7.402.150.000,- dari pagu Rp 10.000.000.000,-, "
                     "sehingga sisa anggaran Rp 2.579.850.000,-.").findings
    assert finding.stated == "Rp 7.402.150.000,-"
    assert finding.expected == "Rp 7.420.150.000"


def test_remaining_count_and_shortfall():
    [finding] = _say("Dari 24 desa sasaran, sebanyak 19 desa telah didampingi, sehingga sisa "
                     "4 desa akan didampingi tahun depan.").findings
    assert finding.expected == "5 desa"
    [finding] = _say("Realisasi 1.040 orang dari target 1.300 orang, sehingga masih terdapat "
                     "kekurangan 250 orang.").findings
    assert finding.expected == "260 orang"
    [finding] = _say("Realisasi 1.576 orang melampaui target 1.536 orang sehingga kelebihan "
                     "50 orang.").findings
    assert finding.expected == "40 orang"


def test_difference_between():
    [finding] = _say("Selisih antara target 1.300 orang dan realisasi 1.040 orang adalah "
                     "206 orang.").findings
    assert finding.expected == "260 orang"
    [finding] = _say("Kekurangan dihitung 1.300 - 1.040 = 240 orang.").findings
    assert finding.expected == "260 orang"


def test_differences_that_must_not_be_read():
    result = _say(
        # a tender saving is only part of what is left
        "Realisasi Rp 900.000.000,- dari pagu Rp 1.000.000.000,-, sehingga terdapat sisa "
        "tender sebesar Rp 40.000.000,-.",
        # "sisa" of something else, in another unit
        "Realisasi fisik 90 paket dari target 100 paket, sehingga sisa waktu pelaksanaan "
        "2 bulan.",
        # "sedangkan": a new clause, not a consequence
        "Realisasi Rp 900.000.000,- dari pagu Rp 1.000.000.000,-, sedangkan sisa "
        "Rp 40.000.000,- dikembalikan ke kas negara.",
        # no base to subtract from
        "Realisasi TW II Rp 300.000.000,- dan TW III Rp 200.000.000,-, sehingga sisa anggaran "
        "Rp 500.000.000,-.",
        # three amounts: which two?
        "Pagu awal Rp 2.000.000.000,- direvisi menjadi Rp 1.800.000.000,- dan realisasi "
        "Rp 1.500.000.000,-, sehingga sisa Rp 100.000.000,-.",
    )
    assert result.findings == []


# ---------------------------------------------------------------- averages


def test_average_of_listed_values():
    ok = _say("Rata-rata capaian ketiga indikator, yaitu 96,50%, 101,20% dan 104,00% adalah "
              "100,57%.")
    assert ok.findings == [] and ok.performed == 1
    [finding] = _say("Rata-rata capaian ketiga indikator, yaitu 96,50%, 101,20% dan 104,00% "
                     "adalah 101,57%.").findings
    assert finding.expected == "100,57%"
    [finding] = _say("Rata-rata capaian ketiga indikator, yaitu 90,00%, 90,00% dan 90,25% "
                     "adalah 90,0%.").findings
    assert finding.rule == "rounding" and finding.severity is Severity.MINOR


# ---------------------------------------------------------------- properties

_COUNTS = st.integers(min_value=1, max_value=2_000_000)


@settings(max_examples=150, deadline=None)
@given(a=_COUNTS, b=_COUNTS, delta=st.integers(min_value=-500, max_value=500))
def test_property_sum_sentences(a, b, delta):
    def sentence(total: int) -> str:
        return (f"Peserta terdiri atas {format_id(Decimal(a), 0)} orang laki-laki dan "
                f"{format_id(Decimal(b), 0)} orang perempuan, sehingga seluruhnya berjumlah "
                f"{format_id(Decimal(total), 0)} orang.")

    ok = _say(sentence(a + b))
    assert ok.findings == [] and ok.performed == 1
    if delta and a + b + delta > 0:
        assert len(_say(sentence(a + b + delta)).findings) == 1


@settings(max_examples=150, deadline=None)
@given(a=_COUNTS, b=_COUNTS, delta=st.integers(min_value=2, max_value=5_000))
def test_property_relative_change_sentences(a, b, delta):
    assume(a != b)
    verb = "naik" if b > a else "turun"
    exact = Decimal(abs(b - a)) / Decimal(a) * 100

    def sentence(percent: Decimal) -> str:
        return (f"Jumlah kunjungan dari {format_id(Decimal(a), 0)} orang menjadi "
                f"{format_id(Decimal(b), 0)} orang atau {verb} {format_id(percent, 2)}%.")

    ok = _say(sentence(exact))
    assert ok.findings == [] and ok.performed == 1
    assert len(_say(sentence(exact + Decimal(delta) / 100)).findings) == 1


def _doc_examples(heading: str) -> list[str]:
    """The example sentences under ``Passes::`` or ``Fails ...::`` in the rule's docstring."""
    doc = narrative_arithmetic.__doc__ or ""
    block = doc.split(heading, 1)[1].split("::", 1)[1]
    examples, current = [], []
    for line in block.splitlines()[1:]:
        if line and not line.startswith("    "):
            break
        text = line.strip()
        if text:
            current.append(text)
        if current and text.endswith("."):
            examples.append(" ".join(current))
            current = []
    return examples


def test_docstring_examples_behave_as_documented():
    passes, fails = _doc_examples("Passes"), _doc_examples("Fails")
    assert len(passes) >= 4 and len(fails) >= 2
    for example in passes:
        result = _say(example)
        assert result.findings == [] and result.performed >= 1, example
    for example in fails:
        assert len(_say(example).findings) == 1, example


def test_a_cause_clause_after_a_change_is_not_the_change_amount():
    doc = parse_text("Target BOR diturunkan dari 78,00% menjadi 75,00% karena penambahan 10 "
                     "tempat tidur baru.\n", "t.md")
    assert narrative_arithmetic.check(doc).findings == []


def test_parts_that_add_up_to_another_figure_of_the_paragraph_are_not_a_break(read):
    from audit.engine import audit_document

    doc = read(
        "Per 31 Desember 2025 jumlah pegawai sebanyak 46 (empat puluh enam) orang, terdiri "
        "atas 18 (delapan belas) auditor dan 9 (sembilan) pengawas. Dengan demikian pejabat "
        "fungsional pengawasan berjumlah 27 orang.\n\n"
        "Pelatihan diikuti 113 orang peserta dari 3 (tiga) desa, terdiri atas 63 laki-laki "
        "dan 50 perempuan.\n")
    assert [f for f in audit_document(doc).findings if f.rule == "narrative_arithmetic"] == []


def test_a_gap_or_a_following_clause_is_not_the_share_or_its_base(read):
    from audit.checks import narrative_arithmetic

    text = """
        Realisasi anggaran adalah Rp 208.734.317.712,- atau 97,94% dari pagu, sehingga terdapat sisa anggaran Rp 4.390.437.288,-.

        Rata-rata lama sekolah mencapai 8,39 tahun, lebih rendah 0,03 tahun dari target 8,42 tahun (capaian 99,64%).
    """  # noqa: E501
    assert narrative_arithmetic.RULE.run(read(text)).findings == []


def test_a_change_between_two_values_tied_to_their_years_is_their_difference(read):
    from audit.checks import narrative_arithmetic

    text = """
        Dibandingkan tahun 2024 yang realisasinya 92,86%, keselarasan program tahun 2025 sebesar 95,24% naik {d} poin atau meningkat 2,56% secara relatif.

        Realisasi tahun 2025 sebesar 79,03% melampaui target 78,50% (capaian 100,68%) dan naik {e} poin dari 76,85% pada tahun 2024.

        Dibandingkan tahun 2024 sebesar 3,05, nilai tersebut naik 0,07 poin, melanjutkan tren sejak tahun 2023 yang nilainya 2,94.
    """  # noqa: E501
    assert narrative_arithmetic.RULE.run(read(text.format(d="2,38", e="2,18"))).findings == []
    found = narrative_arithmetic.RULE.run(read(text.format(d="2,83", e="2,28"))).findings
    assert [(f.line, f.expected) for f in found] == [(1, "2,38 poin"), (3, "2,18 poin")]


def test_a_computation_printed_in_the_text_is_recomputed(read):
    from audit.checks import narrative_arithmetic

    text = """
        Dari 1.018 izin terbit, 989 selesai tepat waktu, atau (989/1.018) x 100% = {share}%.

        Efisiensi anggaran adalah (1 − 12.336.031.400/12.876.245.000) x 100% = {eff}%.
    """
    assert narrative_arithmetic.RULE.run(read(text.format(share="97,15", eff="4,20"))).findings \
        == []
    found = narrative_arithmetic.RULE.run(read(text.format(share="97,51", eff="4,30"))).findings
    assert [(f.line, f.stated, f.expected) for f in found] == [(1, "97,51%", "97,15%"),
                                                                (3, "4,30%", "4,20%")]


def test_a_part_of_its_base_then_the_share(read):
    from audit.checks import narrative_arithmetic

    text = """
        Realisasi anggaran adalah Rp 421.561.402.933 dari pagu anggaran sebesar Rp 997.115.597.000 atau sebesar {share}% dari total pagu.
    """  # noqa: E501
    assert narrative_arithmetic.RULE.run(read(text.format(share="42,28"))).findings == []
    found = narrative_arithmetic.RULE.run(read(text.format(share="42,98"))).findings
    assert [(f.stated, f.expected) for f in found] == [("42,98%", "42,28%")]


def test_a_figure_in_the_clause_after_the_base_is_not_the_base(read):
    # the base ("total produksi kabupaten") is not printed; the next figure belongs to
    # another clause ("disusul ...") and is no denominator
    from audit.checks import narrative_arithmetic

    text = """
        Kecamatan Sidomukti menjadi sentra jagung dengan produksi 9.412,50 ton atau 31,40 persen dari total produksi kabupaten, disusul Kecamatan Ngaliyan (7.208,15 ton) dan Kecamatan Jatirejo (5.106,90 ton).

        Realisasi belanja modal Rp 450.000.000 atau 90,00% dari pagu, yaitu sebesar Rp 480.000.000.
    """  # noqa: E501
    found = narrative_arithmetic.RULE.run(read(text)).findings
    # the second sentence's base is introduced by ", yaitu sebesar" and is still judged
    assert [(f.line, f.stated, f.expected) for f in found] == [(3, "90,00%", "93,75%")]


def test_an_amount_restated_rounded_is_not_another_operand(read):
    # "Rp X atau sekitar Rp 56,12 miliar" is X again, not X minus something equal to the sisa
    from audit.checks import narrative_arithmetic

    text = """
        Dari pagu tersebut terealisasi Rp 56.120.433.293,- atau sekitar Rp 56,12 miliar (94,46%), sehingga sisa anggaran yang tidak terserap sebesar Rp 3.294.166.707,-.

        Realisasi Rp 56.120.433.293,- atau sekitar Rp 56,12 miliar dari pagu Rp 59.414.600.000,-, sehingga sisa anggaran Rp {sisa},-.
    """  # noqa: E501
    assert narrative_arithmetic.RULE.run(read(text.format(sisa="3.294.166.707"))).findings == []
    found = narrative_arithmetic.RULE.run(read(text.format(sisa="3.924.166.707"))).findings
    assert [(f.stated, f.expected) for f in found] == [("Rp 3.924.166.707,-",
                                                        "Rp 3.294.166.707")]


def test_a_yearly_amount_restated_per_month_is_no_rounded_restatement(read):
    from audit.checks import narrative_arithmetic

    text = ("Dengan demikian biaya rata-rata per dai dalam setahun sebesar Rp 32.010.000, atau "
            "sekitar Rp {monthly} juta per bulan.")
    assert narrative_arithmetic.RULE.run(read(text.format(monthly="2,67"))).findings == []
    # the same amount rounded is still held to the full one
    [found] = narrative_arithmetic.RULE.run(read(
        "Biaya rata-rata per dai sebesar Rp 32.010.000, atau sekitar Rp 32,1 juta.")).findings
    assert (found.stated, found.expected) == ("Rp 32,1 juta", "Rp 32,0 juta")


def test_a_change_stated_in_points_and_relative_agrees_with_itself(read):
    for sentence in (
        "Angka ini naik 2,15 poin dari 70,75% pada tahun 2024, atau meningkat 3,04% secara "
        "relatif.",
        "Pada Tahun 2024 cakupan KIA sebesar 48,23%, sehingga pada 2025 naik 6,15 poin persen, "
        "atau secara relatif tumbuh 12,75%.",
        # the relative change taken on the later value (2,15 / 72,90)
        "Angka ini naik 2,15 poin dari 70,75%, atau 2,95% secara relatif.",
    ):
        assert _run(read, sentence).findings == [], sentence


def test_points_and_relative_that_disagree_name_both_and_the_implied_points(read):
    [finding] = _run(read, "Dibandingkan tahun 2024 yang sebesar 84,15%, persentase penegakan "
                           "Perda naik 4,62 poin, atau meningkat 5,06% secara relatif.").findings
    assert (finding.stated, finding.expected) == ("4,62 poin", "4,26 poin")
    assert "5,06%" in finding.message and "5,49%" in finding.message
    assert finding.severity is Severity.MAJOR


@settings(max_examples=60, deadline=None)
@given(base=st.integers(1000, 9000), delta=st.integers(1, 900))
def test_points_and_relative_computed_from_the_same_values_always_pass(base, delta):
    assume(delta < base)
    b, d = Decimal(base) / 100, Decimal(delta) / 100
    rel = (d / b * 100).quantize(Decimal("0.01"))
    text = (f"Realisasi naik {format_id(d, 2)} poin dari {format_id(b, 2)}%, atau meningkat "
            f"{format_id(rel, 2)}% secara relatif.")
    assert narrative_arithmetic.check(parse_text(text, "x.md")).findings == []


def test_the_rest_of_a_whole_named_by_what_it_has_not_yet_done(read):
    text = ("Dari 40 perangkat daerah dan kecamatan, sebanyak 37 unit telah terhubung jaringan "
            "intra pemerintah sehingga masih terdapat {rest} unit yang belum terhubung.")
    assert _run(read, text.format(rest="3")).findings == []
    [finding] = _run(read, text.format(rest="5")).findings
    assert (finding.stated, finding.expected) == ("5 unit", "3 unit")
    # without "belum" the figure after "sehingga" is not a remainder
    other = text.format(rest="5").replace("yang belum terhubung", "baru")
    assert _run(read, other).findings == []


def test_what_a_budget_leaves_is_pagu_less_realisasi(read):
    text = ("Dengan pagu Rp 2.350.300.000 dan realisasi Rp 2.101.200.750, program ini "
            "menyisakan anggaran Rp {sisa}, yang sebagian besar merupakan sisa tender.")
    assert _run(read, text.format(sisa="249.099.250")).findings == []
    [finding] = _run(read, text.format(sisa="294.099.250")).findings
    assert (finding.stated, finding.expected) == ("Rp 294.099.250", "Rp 249.099.250")
    assert finding.severity is Severity.CRITICAL


def test_what_is_still_to_do_is_the_target_less_the_realisasi(read):
    text = ("Dengan realisasi 570 orang dari target 750 orang, masih terdapat {rest} orang "
            "yang akan dilatih pada TW IV.")
    assert _run(read, text.format(rest="180")).findings == []
    [finding] = _run(read, text.format(rest="190")).findings
    assert (finding.stated, finding.expected) == ("190 orang", "180 orang")


def test_a_change_whose_unit_stands_before_a_comma(read):
    text = ("Jumlah temuan berulang menurun dari 14 temuan menjadi 11 temuan, atau berkurang "
            "{d} temuan dibandingkan LHP tahun sebelumnya.")
    assert _run(read, text.format(d="3")).findings == []
    [finding] = _run(read, text.format(d="4")).findings
    assert (finding.stated, finding.expected) == ("4", "3")


def test_a_comparative_states_the_difference_from_the_earlier_year(read):
    text = ("Rata-rata waktu tanggap adalah 24 menit, lebih cepat {d} menit dibandingkan "
            "Tahun 2024 (28 menit).")
    assert _run(read, text.format(d="4")).findings == []
    [finding] = _run(read, text.format(d="5")).findings
    assert (finding.stated, finding.expected) == ("5", "4")
    # "lebih tinggi/rendah" also gives the direction
    higher = "Nilai IKM 82,40, lebih {word} 1,20 dibandingkan tahun 2024 sebesar 81,20."
    assert _run(read, higher.format(word="tinggi")).findings == []
    [finding] = _run(read, higher.format(word="rendah")).findings
    assert finding.expected == "naik 1,20"


def test_a_gap_to_the_target_stated_after_atau_selisih(read):
    text = ("Produksi jagung Tahun 2025 sebesar 92.331 ton, tercapai 98,75% dari target "
            "93.500 ton, atau selisih {d} ton di bawah target.")
    assert _run(read, text.format(d="1.169")).findings == []
    [finding] = _run(read, text.format(d="1.196")).findings
    assert (finding.stated, finding.expected) == ("1.196 ton", "1.169 ton")


def test_a_change_is_compared_only_within_its_own_clause(read):
    # "sedangkan ... turun dari 14 menjadi 11" is another quantity's change: 67 and 6 are
    # not to be read against its 11
    text = ("Pendampingan psikologis diberikan sebanyak 67 layanan, naik 6 layanan dari tahun "
            "2024, sedangkan penampungan sementara turun dari 14 menjadi {b} layanan.")
    assert _run(read, text.format(b="11")).findings == []
    assert _run(read, text.format(b="10")).findings == []


def test_a_change_stated_as_an_amount_and_a_rate_of_the_earlier_value(read):
    text = ("Jumlah kasus turun 13 kasus atau {rate}% dibanding tahun 2024 yang mencatat "
            "141 kasus.")
    assert _run(read, text.format(rate="9,22")).findings == []
    [finding] = _run(read, text.format(rate="10,16")).findings
    assert (finding.stated, finding.expected) == ("10,16%", "9,22%")


def test_a_change_and_its_rate_of_an_earlier_value_quoted_first(read):
    text = ("Dibandingkan tahun 2023 sebesar Rp 45,36 juta, PDRB per kapita naik Rp {d} juta "
            "atau 6,42 persen.")
    assert _run(read, text.format(d="2,91")).findings == []
    [finding] = _run(read, text.format(d="2,81")).findings
    assert (finding.stated, finding.expected) == ("6,42 persen", "6,19%")
    assert "2,81" in finding.message and "45,36" in finding.message


def test_a_change_restated_as_so_much_faster_after_from_and_to(read):
    text = ("Waktu tanggap turun dari 14,85 menit pada tahun 2024 menjadi 13,43 menit, atau "
            "{d} menit lebih cepat.")
    assert _run(read, text.format(d="1,42")).findings == []
    [finding] = _run(read, text.format(d="1,24")).findings
    assert (finding.stated, finding.expected) == ("1,24", "1,42")


def test_sehingga_opens_the_clause_of_another_change(read):
    text = ("Jumlah peserta KB aktif bertambah 752 orang atau 2,96% dibandingkan tahun 2024 "
            "yang sebanyak 25.401 orang, sehingga mCPR naik 1,12 poin persen dari 60,68%.")
    assert _run(read, text).findings == []


def test_the_rest_of_a_whole_still_in_process(read):
    text = ("Dari 48 aduan tersebut, 41 aduan telah diselesaikan sehingga masih terdapat "
            "{rest} aduan dalam proses tindak lanjut.")
    assert _run(read, text.format(rest="7")).findings == []
    [finding] = _run(read, text.format(rest="9")).findings
    assert (finding.stated, finding.expected) == ("9", "7")


def test_the_rest_of_a_whole_still_scheduled(read):
    text = ("Dari 42 OPD tersebut, 36 OPD telah melaksanakan rekonsiliasi sehingga masih "
            "terdapat {rest} OPD yang dijadwalkan melaksanakan rekonsiliasi pada bulan Oktober.")
    assert _run(read, text.format(rest="6")).findings == []
    [finding] = _run(read, text.format(rest="8")).findings
    assert finding.stated == "8 OPD" and finding.expected.split()[0] == "6"


def test_two_bases_each_compared_with_this_year_are_not_compared_with_each_other(read):
    text = ("Realisasi indikator ini sebesar 70,00%. Dibandingkan tahun 2024 yang sebesar "
            "60,00%, realisasi meningkat 10,00 poin, dan dibandingkan tahun 2023 yang sebesar "
            "55,00% meningkat {d} poin.")
    # 15,00 is 70,00 less 55,00, not 60,00 less 55,00
    assert _run(read, text.format(d="15,00")).findings == []
    # a change stated between two printed values is still judged
    both = ("Realisasi tahun 2023 sebesar 55,00% dan tahun 2024 sebesar 60,00%, "
            "naik {d} poin.")
    assert _run(read, both.format(d="5,00")).findings == []
    assert [f.stated for f in _run(read, both.format(d="15,00")).findings] == ["15,00 poin"]


def test_a_change_in_a_count_of_occasions_is_a_difference(read):
    text = ("Jumlah kunjungan kerja turun dari 52 kali pada tahun 2024 menjadi 48 kali pada "
            "tahun 2025, atau berkurang {d} kali.")
    assert _run(read, text.format(d="4")).findings == []
    [finding] = _run(read, text.format(d="6")).findings
    assert finding.expected.split()[0] == "4"
    # "naik 2 kali lipat" multiplies: no difference read
    assert _run(read, "Pengunjung naik dari 150 orang menjadi 300 orang, atau naik 2 kali "
                      "lipat.").findings == []


def test_a_change_of_the_value_the_sentence_before_gives(read):
    text = ("Sebanyak 5.044 dari 7.193 ASN telah mengikuti pengembangan kompetensi, sehingga "
            "persentasenya 70,12% terhadap target 80,00%. Realisasi tersebut naik {d} poin "
            "dari 63,85% pada tahun 2024, dengan capaian 87,65%.")
    assert _run(read, text.format(d="6,27")).findings == []
    [finding] = _run(read, text.format(d="6,72")).findings
    assert finding.expected.startswith("6,27")
    # without a subject that refers back, the sentence before is not read
    other = text.replace("Realisasi tersebut", "Indeks lain")
    assert _run(read, other.format(d="6,72")).findings == []


def test_a_change_whose_referent_the_sentence_before_does_not_give_alone_is_left(read):
    # the sentence before gives a target and a capaian only: "Persentase ini" is the
    # realisasi two sentences back, so no value is taken for it
    text = ("Dari 128 kasus yang dilaporkan, 121 kasus atau 94,53% telah ditangani. Dengan "
            "target perubahan 92,00%, capaian indikator ini sebesar 102,75%. Persentase ini "
            "naik 2,33 poin persen dari 92,20% pada tahun 2024.")
    assert _run(read, text).findings == []


def test_a_change_between_two_semesters_of_two_years(read):
    text = ("Luas genangan turun dari 2.080 ha pada Semester I 2024 menjadi 1.462 ha pada "
            "Semester I 2025, atau berkurang {d} ha.")
    assert _run(read, text.format(d="618")).findings == []
    [finding] = _run(read, text.format(d="628")).findings
    assert finding.expected.split()[0] == "618"


def test_a_change_against_a_base_whose_year_follows_it(read):
    # "bertambah D dibandingkan A perkara pada tahun 2024": the period is named after the base
    text = ("Beban perkara tahun 2025 sebanyak 8.375 perkara, bertambah {d} perkara "
            "dibandingkan 8.030 perkara pada tahun 2024, atau naik 4,30%.")
    assert _run(read, text.format(d="345")).findings == []
    [finding] = _run(read, text.format(d="354")).findings
    assert (finding.stated, finding.expected) == ("354", "345")


def test_a_change_followed_by_its_rate_against_a_base_is_not_read_as_a_level(read):
    # 57 is the change, 5,97% its rate against 955: no "B, naik D dibandingkan A" here
    text = ("Jumlah bidang bersertifikat bertambah 57 bidang, atau naik 5,97 persen dari 955 "
            "bidang pada tahun 2024.")
    assert _run(read, text).findings == []


def test_a_sum_of_the_sentence_befores_figures_named_by_kedua_tersebut(read):
    text = """
        Kecamatan Seruni Kota menjadi basis pemilih terbesar dengan 64.401 pemilih, disusul
        Kecamatan Seruni Ilir dengan 45.862 pemilih. Kedua kecamatan perkotaan tersebut secara
        bersama-sama menampung {total} pemilih atau 32,34% dari seluruh pemilih.
    """
    def found(total: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in narrative_arithmetic.check(
            read(text.format(total=total))).findings]
    assert found("110.263") == []
    assert found("111.263") == [("111.263", "110.263")]


def test_a_remainder_in_a_clause_of_its_own_is_not_the_first_clauses_difference(read):
    # the sisa belongs to "serapan anggaran 95,61%", not to revenue against its target
    text = """
        Pendapatan BLU sekitar Rp 382,57 miliar belum sepenuhnya memenuhi target Rp 392
        miliar, dan serapan anggaran 95,61% masih menyisakan Rp 26.834 juta.
    """
    assert narrative_arithmetic.check(read(text)).findings == []


def test_a_change_between_per_mille_values(read):
    text = "NDR turun dari 25,14‰ pada 2024 menjadi 22,80‰ pada 2025, berkurang {d} poin.\n"
    assert narrative_arithmetic.check(read(text.format(d="2,34"))).findings == []
    [finding] = narrative_arithmetic.check(read(text.format(d="2,43"))).findings
    assert finding.expected.startswith("2,34")


def test_a_share_after_a_noun_of_several_words(read):
    text = ("Triwulan II menjadi puncak layanan dengan 839 peristiwa nikah, atau {p}% dari "
            "2.764 peristiwa sepanjang tahun.\n")
    assert narrative_arithmetic.check(read(text.format(p="30,35"))).findings == []
    [finding] = narrative_arithmetic.check(read(text.format(p="31,35"))).findings
    assert finding.expected.startswith("30,35")


def test_parts_named_among_a_whole_need_not_add_up_to_it(read):
    # "mencakup" names some of the 168, "terdiri atas" all of them
    some = ("Sebanyak 168 orang PNS tersebut mencakup 58 orang pejabat fungsional teknik, "
            "21 orang pejabat fungsional umum, serta 12 orang pejabat struktural.")
    assert _run(read, some).findings == []
    every = some.replace("mencakup", "terdiri atas")
    [finding] = _run(read, every).findings
    assert finding.stated in ("168 orang", "12 orang")


def test_lower_is_better_capaian_by_twice_the_target_less_the_realisasi_is_accepted():
    # (2 x 1,00 - 0,84) / 1,00 x 100 = 116,00: the other SAKIP formula for lower-is-better
    assert _say("Indeks rumah: realisasi 0,84% dari target 1,00%, capaian 116,00%;").findings \
        == []
    [finding] = _say("Indeks rumah: realisasi 0,84% dari target 1,00%, capaian 125,00%;").findings
    assert finding.stated == "125,00%"


def test_a_change_counted_in_things_beside_two_percentages_is_not_their_points(read):
    # 78,33% -> 86,67% of 60 facilities: "bertambah 5 item" counts facilities, not points
    text = ("Pemenuhan fasilitas keselamatan naik dari 78,33% menjadi 86,67%, atau bertambah "
            "{d} dalam dua tahun.")
    assert _run(read, text.format(d="5 item fasilitas")).findings == []
    [finding] = _run(read, text.format(d="5 poin")).findings
    assert finding.expected == "8 poin"  # at the stated precision of 5


def test_a_target_quoted_beside_a_part_is_no_part_of_the_collective_sum(read):
    # "kedua RO tersebut ... 1.553": 1.366 (two sentences back) + 187, never 187 + target 180
    text = """
        Volume RO 6409.QDB.001 sebanyak 1.366 satuan pendidikan. Adapun RO 6409.QDB.002
        menghasilkan 187 satuan pendidikan, melampaui target 180 satuan pendidikan. Dengan
        demikian jumlah keluaran kedua RO tersebut sama dengan total 1.553 satuan pendidikan.
    """
    assert narrative_arithmetic.check(read(text)).findings == []


def test_a_change_after_the_capaian_is_the_realisasis_not_the_capaians(read):
    # 37,50 − 30,00 = 7,50: the change follows "tercapai 93,75%" but compares the realisasi
    text = ("Dengan demikian realisasi indikator ini sebesar 37,50% dari target 40,00% atau "
            "tercapai 93,75%, naik {d} poin dibanding tahun 2024 (30,00%).")
    assert _run(read, text.format(d="7,50")).findings == []
    # and a change after a level that is no capaian is still judged
    [finding] = _run(read, "Realisasi indikator ini sebesar 37,50%, naik 8,50 poin dibanding "
                           "tahun 2024 sebesar 30,00%.").findings
    assert (finding.stated, finding.expected) == ("8,50 poin", "7,50 poin")


def test_a_sum_whose_subject_is_named_before_its_total_word(read):
    text = ("Populasi sapi potong Tahun 2025 sebanyak 49.870 ekor dan kerbau 6.695 ekor, "
            "sehingga ternak besar potong secara bersama-sama berjumlah {total} ekor.")
    assert _run(read, text.format(total="56.565")).findings == []
    [finding] = _run(read, text.format(total="56.465")).findings
    assert (finding.stated, finding.expected) == ("56.465", "56.565")


def test_a_share_of_the_target_after_atau_tercapai(read):
    text = ("Peminjaman e-book tahun 2025 mencapai realisasi sebesar {v} kali dari target "
            "42.000 kali, atau tercapai 106,75%.")
    assert _run(read, text.format(v="44.835")).findings == []
    [finding] = _run(read, text.format(v="43.518")).findings
    assert finding.expected == "103,61%"


def test_two_named_parts_in_brackets_and_what_they_come_to(read):
    text = ("Gabungan layanan gedung (172.785) dan perpustakaan keliling (43.436) mencapai "
            "{total} kunjungan, sedangkan sisanya berasal dari pojok baca.")
    assert _run(read, text.format(total="216.221")).findings == []
    [finding] = _run(read, text.format(total="214.221")).findings
    assert (finding.stated, finding.expected) == ("214.221", "216.221")


NAMED_ROWS = """
Tabel 3.3 Jumlah Tindak Pidana per Jenis Kejahatan Tahun 2025

| No | Jenis Kejahatan | JTP | JPTP |
|---|---|---|---|
| 1 | Pencurian dengan Pemberatan (Curat) | 142 | 98 |
| 2 | Penganiayaan Berat | 54 | 47 |
| 3 | Pencurian Kendaraan Bermotor (Curanmor) | 96 | 41 |

Curat dan Curanmor bersama-sama berjumlah {total} kasus atau sepertiga dari seluruh JTP.
"""


def test_two_rows_a_sentence_names_without_quoting_them_are_added(read):
    # the parts are the table's (142 + 96 in the JTP column); a sum one slip away from the
    # only column that could give it is reported, naming both cells
    from audit.engine import audit_document

    assert audit_document(read(NAMED_ROWS.format(total="238"))).findings == []
    [finding] = audit_document(read(NAMED_ROWS.format(total="248"))).findings
    assert (finding.rule, finding.stated, finding.expected) == ("narrative_arithmetic", "248",
                                                                "238")
    assert "(142)" in finding.message and "(96)" in finding.message
    # more than a slip from every column: which column was meant cannot be told
    assert audit_document(read(NAMED_ROWS.format(total="300"))).findings == []


def test_a_change_after_the_last_part_of_a_breakdown_is_the_wholes(read):
    text = ("Jumlah mahasiswa baru tahun 2025 sebanyak 1.141 orang, terdiri atas 243 laki-laki "
            "dan 898 perempuan, naik 33 orang dibandingkan tahun 2024 yang menerima 1.108 "
            "mahasiswa baru.")
    assert _run(read, text).findings == []
    # the part alone, with its change, is still judged
    [finding] = _run(read, "Mahasiswa baru perempuan sebanyak 898 orang, naik 33 orang "
                           "dibandingkan tahun 2024 yang menerima 1.108 orang.").findings
    assert finding.stated == "naik 33 orang"


def test_a_comparative_gap_to_the_target_is_the_difference(read):
    text = ("Rata-rata waktu penyelesaian SP2D mencapai 51,77 menit, lebih cepat {d} menit dari "
            "target 60,00 menit.")
    assert _run(read, text.format(d="8,23")).findings == []
    [finding] = _run(read, text.format(d="7,23")).findings
    assert (finding.stated, finding.expected) == ("7,23", "8,23")


def test_an_amount_restated_in_miliar_agrees_with_its_full_figure(read):
    text = ("Dibandingkan tahun 2024, pendapatan BLU tahun 2025 naik Rp {full} atau sekitar "
            "Rp 2,32 miliar.")
    assert _run(read, text.format(full="2.315.409.217")).findings == []
    [finding] = _run(read, text.format(full="2.215.409.217")).findings
    assert (finding.rule, finding.stated, finding.expected) == (
        "narrative_arithmetic", "Rp 2,32 miliar", "Rp 2,22 miliar")
    assert finding.severity.label == "critical"
    # the rounded amount restates another figure of the sentence: not this one's
    other = ("Output ini menyerap Rp 15.086.645.318,00 dari pagu Rp 15.482.600.000,00, atau "
             "sekitar Rp 15,09 miliar.")
    assert _run(read, other).findings == []


def test_a_finding_in_a_wrapped_sentence_is_placed_on_the_line_of_its_figure(read):
    text = """
        Pagu sub kegiatan pembangunan infrastruktur dasar desa perbatasan
        ditetapkan pada APBD Perubahan sebesar Rp
        28.460.000.000,00 (sekitar Rp 28,64 miliar).
    """
    [finding] = _run(read, text).findings
    assert (finding.line, finding.stated) == (3, "Rp 28,64 miliar")


def test_a_stock_with_what_came_in_and_went_out_is_no_sum_of_the_movements(read):
    text = ("Pada awal tahun 2025 terdapat 11 (sebelas) UPT dalam pembinaan. Selama tahun 2025 "
            "dibuka 5 (lima) UPT baru dan 2 (dua) UPT diserahkan kepada pemerintah kabupaten, "
            "sehingga jumlah UPT binaan menjadi {n} UPT.")
    assert _run(read, text.format(n="14 (empat belas)")).findings == []
    # 11 + 5 − 2 = 14; 15 fits no balance and the movements alone add to 7
    [finding] = _run(read, text.format(n="15 (lima belas)")).findings
    assert finding.stated == "15"


YEARS_OF_ROWS = """
Tabel 10. Lulusan yang Diterima di Perguruan Tinggi per Jalur Tahun 2023-2025

| No | Jalur Penerimaan | 2023 | 2024 | 2025 |
|---:|---|---:|---:|---:|
| 1 | SNBP | 44 | 51 | 58 |
| 2 | SNBT | 30 | 36 | 41 |
| 3 | SPAN-PTKIN | 31 | 33 | 37 |

Lulusan yang diterima melalui jalur SNBP dan SNBT {verb} {total} orang.
"""


def test_two_named_rows_that_berjumlah_are_added_in_the_report_years_column(read):
    # no "bersama-sama": "berjumlah" adds up; of the columns the stated 97 is a slip of
    # (2024's 87 and 2025's 99), a sentence naming no year speaks of the report's
    from audit.engine import audit_document

    def run(verb, total):
        doc = read("Laporan Kinerja Tahun 2025\n" + YEARS_OF_ROWS.format(verb=verb, total=total))
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert run("berjumlah", "99") == []
    assert run("berjumlah", "97") == [("narrative_arithmetic", "97", "99")]
    # "masing-masing berjumlah": each, not the two together
    assert run("masing-masing berjumlah", "97") == []


def test_kedua_ini_adds_the_sentence_befores_counts_printed_with_their_unit(read):
    text = """
        Substansi agraria tetap paling banyak dilaporkan dengan 96 laporan teregistrasi,
        disusul kepegawaian sebanyak 72 laporan. Kedua substansi ini bersama-sama mencakup
        {total} laporan atau 31,11% dari seluruh registrasi.
    """
    def found(total: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in narrative_arithmetic.check(
            read(text.format(total=total))).findings]
    assert found("168") == []
    assert found("178") == [("178 laporan", "168")]


def test_a_share_of_all_of_a_named_rows_cell_is_of_its_tables_total(read):
    # the part is the cell of the row the sentence names (by the acronym its label prints in
    # brackets); "dari seluruh dokumen" is that column's Jumlah: 16 / 45 = 35,56%
    text = """
Tabel L5.1 Jumlah Dokumen yang Dihasilkan per Bidang Tahun 2025

| No | Bidang | Perencanaan | Kajian | Jumlah |
|---|---|---|---|---|
| 1. | Sekretariat | 4 | - | 4 |
| 2. | Bidang Perencanaan dan Evaluasi Pembangunan Daerah (P2EPD) | 10 | 6 | 16 |
| 3. | Bidang Pemerintahan dan Pembangunan Manusia (PPM) | 12 | 1 | 13 |
| 4. | Bidang Infrastruktur dan Kewilayahan (IK) | 12 | - | 12 |
| Jumlah |  | 38 | 7 | 45 |

Bidang P2EPD menghasilkan dokumen terbanyak, yaitu 16 dokumen atau {share} dari seluruh dokumen.
"""
    from audit.engine import audit_document

    def found(share):
        return [(f.rule, f.stated, f.expected)
                for f in audit_document(read(text.format(share=share))).findings]

    assert found("35,56%") == []
    assert found("36,36%") == [("narrative_arithmetic", "36,36%", "35,56%")]
    # a Jumlah that does not foot is footing's finding; a share its rows give is right
    unfooted = text.replace("| 38 | 7 | 45 |", "| 38 | 7 | 54 |").format(share="35,56%")
    assert [f.rule for f in audit_document(read(unfooted)).findings] == ["footing"]


def test_a_part_counted_in_a_unit_and_a_noun_is_a_share_of_that_columns_total(read):
    # "2.561 KPM PKH": a unit (KPM) and the programme it counts; 2.561 / 10.918 = 23,46%
    text = """
Tabel 3.3 Jumlah Penerima Bantuan per Kecamatan

| No | Kecamatan | PKH (KPM) | Sembako (KPM) |
|---|---|---|---|
| 1 | Seruni Barat | 2.184 | 3.912 |
| 2 | Pelabuhan | 2.561 | 4.386 |
| 3 | Bukit Jaya | 6.173 | 11.293 |
|  | Jumlah | 10.918 | 19.591 |

Kecamatan Pelabuhan memiliki penerima terbanyak kedua, yaitu 2.561 KPM PKH atau {share} dari
seluruh KPM PKH.
"""
    from audit.engine import audit_document

    def found(share):
        return [(f.rule, f.stated, f.expected)
                for f in audit_document(read(text.format(share=share))).findings]

    assert found("23,46%") == []
    assert found("22,98%") == [("narrative_arithmetic", "22,98%", "23,46%")]


def test_a_share_then_the_part_and_base_it_was_worked_out_from(read):
    for text in ("Usulan yang terakomodir mencapai {s}, yaitu 660 usulan dari 1.214 usulan "
                 "yang memenuhi kriteria.",
                 "Usulan yang terakomodir sebesar {s} (660 dari 1.214 usulan)."):
        assert _run(read, text.format(s="54,37%")).findings == []
        [finding] = _run(read, text.format(s="54,87%")).findings
        assert (finding.stated, finding.expected) == ("54,87%", "54,37%")


def test_a_share_of_all_of_a_noun_the_report_counted_before(read):
    # "atau 75,19% dari seluruh pegawai": the report said "147 (...) orang pegawai" earlier,
    # a bracketed breakdown stands between the part and its share
    text = """
Per 31 Desember 2025, Perwakilan didukung oleh 147 (seratus empat puluh tujuh) orang pegawai.

Komposisi pegawai menurut jabatan disajikan pada tabel berikut.

Pejabat fungsional auditor berjumlah 112 orang (58 laki-laki dan 54 perempuan) atau {share}
dari seluruh pegawai.
"""
    assert _run(read, text.format(share="76,19%")).findings == []
    [finding] = _run(read, text.format(share="75,19%")).findings
    assert (finding.stated, finding.expected) == ("75,19%", "76,19%")
    # two different totals of the noun before it: which one is meant is not known
    twice = text.replace("pegawai.\n\nKomposisi",
                         "pegawai. Tahun lalu 150 orang pegawai.\n\nKomposisi")
    assert _run(read, twice.format(share="75,19%")).findings == []


def test_a_change_after_a_capaian_named_in_three_words_is_the_realisasis(read):
    # "capaian IKU ini sebesar 101,96% ..., naik 6,67 poin persen dibanding tahun lalu
    # (80,00%)": the realisasi rose (86,67 − 80,00), not the capaian
    text = ("Dengan target 85,00%, capaian IKU ini sebesar 101,96% (predikat Sangat Tinggi), "
            "naik 6,67 poin persen dibanding tahun lalu (80,00%).")
    assert _run(read, text).findings == []


def test_a_difference_between_two_figures_the_sentence_before_named(read):
    text = ("Berdasarkan jenis kelamin, PMI perempuan berjumlah 10.761 orang (55,92%) dan PMI "
            "laki-laki 8.483 orang (44,08%). Selisih antara PMI perempuan dan laki-laki sebanyak "
            "{d} orang.")
    assert _run(read, text.format(d="2.278")).findings == []
    [finding] = _run(read, text.format(d="2.178")).findings
    assert (finding.stated, finding.expected) == ("2.178 orang", "2.278 orang")
    assert "PMI perempuan" in finding.message


def test_a_share_of_all_of_a_noun_whose_table_titles_its_total_column_with_it(read):
    text = """
Tabel 3.6 Pengurangan Sampah per Kecamatan Tahun 2025

| No | Kecamatan | Bank Sampah (ton) | TPS3R (ton) | Jumlah Pengurangan (ton) |
|---|---|---|---|---|
| 1 | Bukit Raya | 1.420,30 | 1.168,80 | 2.589,10 |
| 2 | Pasar Lama | 1.118,40 | 1.045,75 | 2.164,15 |
|  | Jumlah | 2.538,70 | 2.214,55 | 4.753,25 |

Bank sampah berhasil mengurangi 2.538,70 ton sampah, atau {share} dari total pengurangan.
"""
    assert _run(read, text.format(share="53,41%")).findings == []
    [finding] = _run(read, text.format(share="55,41%")).findings
    assert (finding.stated, finding.expected) == ("55,41%", "53,41%")


def test_a_share_is_of_the_figure_that_counts_its_bases_noun(read):
    text = ("Balai menguji 2.578 sampel dari 8 kelompok komoditas, atau {share} dari target "
            "2.400 sampel.")
    # (8 kelompok is no part of 2.400 sampel)
    assert _run(read, text.format(share="107,42%")).findings == []


def test_a_share_of_all_of_a_phrase_the_report_counted_before(read):
    text = """
Sampai dengan akhir 2025 tercatat sebanyak 1.342 (seribu tiga ratus empat puluh dua) objek
cagar budaya terdaftar dalam 5 kategori.

Provinsi Kepulauan Lintang menyumbang 776 objek atau {share} dari seluruh cagar budaya
terdaftar, sedangkan Provinsi Tanjung Barat 566 objek.
"""
    assert _run(read, text.format(share="57,82%")).findings == []
    [finding] = _run(read, text.format(share="57,28%")).findings
    assert finding.expected == "57,82%"


def test_a_share_of_the_whole_its_sentence_counted_before_the_part(read):
    # 118.611 / 184.356 = 64,34%: "dari total pemeriksaan" is the 184.356 kendaraan before it
    text = ("Selama tahun 2025 kedua UPPKB memeriksa 184.356 kendaraan, dengan UPPKB Simpang "
            "Kelor menangani 118.611 kendaraan atau {share} dari total pemeriksaan.")
    assert _run(read, text.format(share="64,34%")).findings == []
    [finding] = _run(read, text.format(share="63,34%")).findings
    assert (finding.stated, finding.expected) == ("63,34%", "64,34%")
    # two earlier counts of the noun: which whole is meant is unsure
    two = ("Tahun 2024 UPPKB memeriksa 170.002 kendaraan dan tahun 2025 memeriksa 184.356 "
           "kendaraan, dengan UPPKB Simpang Kelor menangani 118.611 kendaraan atau 63,34% dari "
           "total pemeriksaan.")
    assert _run(read, two).findings == []


def test_the_day_of_a_date_is_no_term_of_a_sum(read):
    # "per 31 Desember 2025 terdiri atas 192 ..., 2 ... dan 4 ...": 31 is a date, no whole
    text = ("Aset yang dikelola per 31 Desember 2025 terdiri atas 192 unit SBNP, 2 stasiun radio "
            "pantai, dan 4 unit kapal negara.")
    assert _run(read, text).findings == []


def test_the_shares_of_the_items_the_sentence_before_named_add_up_to_their_joint_share(read):
    text = ("Nila menjadi komoditas dengan produksi terbesar, yaitu 1.543.000 ekor (37,67% dari "
            "total), disusul Lele sebanyak 1.352.650 ekor (33,03%). Kedua komoditas tersebut "
            "bersama-sama menyumbang {share} dari seluruh produksi benih.")
    assert _run(read, text.format(share="70,70%")).findings == []
    [finding] = _run(read, text.format(share="70,60%")).findings
    assert (finding.stated, finding.expected) == ("70,60%", "70,70%")


def test_a_row_is_named_by_its_name_not_its_remark(read):
    # "Bertambah" in the Keterangan column is no word of the programme's name: the share is
    # of the Jumlah of the Pagu Perubahan column, 5.681.590.000 / 8.404.090.000 = 67,61%
    text = """
Tabel 2.2 Pagu per Program

| No | Program | Pagu Awal (Rp) | Pagu Perubahan (Rp) | Keterangan |
|---|---|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan Daerah | 5.625.820.000 | 5.681.590.000 | Bertambah |
| 2 | Program Ketahanan Pangan Masyarakat | 2.503.000.000 | 2.722.500.000 | Bertambah |
| Jumlah |  | 8.128.820.000 | 8.404.090.000 |  |

Program Penunjang Urusan Pemerintahan Daerah memperoleh porsi terbesar yaitu Rp 5.681.590.000
atau {share} dari total pagu perubahan.
"""
    from audit.engine import audit_document

    def found(share):
        return [(f.rule, f.stated, f.expected)
                for f in audit_document(read(text.format(share=share))).findings]

    assert found("67,61%") == []
    assert found("69,21%") == [("narrative_arithmetic", "69,21%", "67,61%")]


def test_the_parts_of_a_realisasi_quoted_with_its_target_and_share(read):
    text = ("Pengukuran plot terealisasi 57 klaster dari target 60 klaster (95,00%), terdiri atas "
            "41 klaster TSP dan {psp} klaster PSP.")
    assert _run(read, text.format(psp="16")).findings == []
    [finding] = _run(read, text.format(psp="18")).findings
    assert "41 + 18 = 59" in finding.message and finding.stated == "57"


def test_a_gap_to_the_target_in_words_after_the_figure(read):
    for text in ("Waktu pemulihan tercatat 5,60 hari, lebih cepat {d} hari dari batas target "
                 "7,00 hari.",
                 "Waktu pemulihan tercatat 5,60 hari, {d} hari lebih cepat dari target 7,00 hari.",
                 "Realisasi 82,40% berada {d} poin di atas target 81,00%."):
        right = "1,40"
        assert _run(read, text.format(d=right)).findings == [], text
        [finding] = _run(read, text.format(d="1,60")).findings
        assert finding.stated.startswith("1,60") and finding.expected.startswith("1,40"), text
    # below the target, said to be above it
    [finding] = _run(read, "Realisasi 79,60% berada 1,40 poin di atas target 81,00%.").findings
    assert finding.rule == "narrative_arithmetic"


def test_a_change_of_a_value_quoted_with_its_target_and_capaian(read):
    text = ("Hasil evaluasi AKIP memberikan nilai 77,46 dari target 75,00 (capaian 103,28%), naik "
            "{d} poin dibandingkan nilai tahun sebelumnya sebesar 74,35.")
    assert _run(read, text.format(d="3,11")).findings == []
    [finding] = _run(read, text.format(d="3,21")).findings
    assert (finding.stated, finding.expected) == ("3,21 poin", "3,11 poin")


def test_two_items_added_up_though_one_is_named_in_the_same_sentence(read):
    text = ("Balai melatih 7.148 peserta. Pelatihan Teknis menyumbang peserta terbanyak, yaitu "
            "2.746 orang atau 38,42% dari seluruh peserta. Bersama Pelatihan Fungsional (1.318 "
            "orang), kedua jenis pelatihan tersebut menghasilkan {n} peserta dilatih.")
    assert _run(read, text.format(n="4.064")).findings == []
    [finding] = _run(read, text.format(n="4.054")).findings
    assert (finding.stated, finding.expected) == ("4.054 peserta", "4.064")


def test_a_share_of_the_count_the_sentence_before_states_for_its_noun(read):
    text = ("Realisasi kunjungan tahun 2025 sebanyak 55.024 orang. Kelompok pelajar menyumbang "
            "24.224 orang atau {share} dari total kunjungan.")
    assert _run(read, text.format(share="44,02%")).findings == []
    [finding] = _run(read, text.format(share="46,02%")).findings
    assert (finding.stated, finding.expected) == ("46,02%", "44,02%")


def test_a_share_of_a_table_total_the_caption_names_in_the_parts_unit(read):
    # "Kabupaten Batang Rimbo" names the row "Kab. Batang Rimbo"; "dari total produksi" is
    # the total of the column the part stands in, the caption counting produksi in ton
    text = """
Tabel 3.4 Produksi Komoditas Perkebunan per Kabupaten Tahun 2025 (ton)

| No | Kabupaten | Kelapa Sawit | Karet |
|---|---|---|---|
| 1 | Kab. Batang Rimbo | 262.804 | 18.113 |
| 2 | Kab. Lubuk Sialang | 540.220 | 61.402 |
| 3 | Kab. Muara Kelam | 385.435 | 63.418 |
|  | Jumlah | 1.188.459 | 142.933 |

Kabupaten Batang Rimbo merupakan sentra produksi kelapa sawit dengan produksi 262.804 ton
atau {share} dari total produksi provinsi.
"""
    from audit.engine import audit_document

    def found(share):
        return [(f.rule, f.stated, f.expected)
                for f in audit_document(read(text.format(share=share))).findings]

    assert found("22,11%") == []
    assert found("22,71%") == [("narrative_arithmetic", "22,71%", "22,11%")]


def test_the_share_of_a_part_the_sentence_before_named_in_the_whole_it_broke_down(read):
    text = ("Pagu perubahan tersebut bersumber dari Rupiah Murni sebesar Rp 217.159.000.000 dan "
            "SBSN sebesar Rp 196.480.000.000. Porsi SBSN terhadap pagu perubahan mencapai "
            "{share}.")
    assert _run(read, text.format(share="47,50%")).findings == []
    [finding] = _run(read, text.format(share="42,88%")).findings
    assert (finding.stated, finding.expected) == ("42,88%", "47,50%")


def test_a_rate_against_the_plan_may_be_lower_is_better(read):
    # "terealisasi 8 menit terhadap rencana 7 menit ... capaian 87,50%": 7 / 8
    text = ("Rata-rata waktu layanan, indikator negatif, terealisasi 8 menit terhadap rencana 7 "
            "menit, sehingga capaian {c}.")
    assert _run(read, text.format(c="87,50%")).findings == []
    assert _run(read, text.format(c="78,50%")).findings != []


def test_a_remainder_of_a_whole_the_sentence_before_named(read):
    # "Dari beban tersebut ... diputus 1.027 perkara dan dicabut 15 perkara, sehingga sisa
    # 60 perkara": 1.102 − 1.027 − 15, not 1.027 − 15
    text = ("Beban perkara berjumlah 1.102 perkara. Dari beban tersebut telah diputus sebanyak "
            "1.027 perkara dan dicabut 15 perkara, sehingga sisa perkara pada akhir tahun "
            "sebanyak 60 perkara.")
    assert _run(read, text).findings == []


def test_a_combined_amount_named_gabungan_is_the_sum_of_its_parts(read):
    text = ("Produksi jagung dan kedelai masing-masing sebesar 5,30 ton dan 4,94 ton, sehingga "
            "gabungan keduanya mencapai {n} ton.")
    assert _run(read, text.format(n="10,24")).findings == []
    assert [f.stated for f in _run(read, text.format(n="10,34")).findings] == ["10,34 ton"]


TABLED_TOTAL = """
    Tabel 3.7 IKM yang Dibina menurut Kabupaten dan Sektor Tahun 2025
    | No | Kabupaten | Pangan | Kerajinan | Jumlah |
    |---|---|---|---|---|
    | 1 | Kota Mataram | 15 | 10 | 25 |
    | 2 | Kabupaten Sumbawa | 55 | 46 | 101 |
    |  | Jumlah | 70 | 56 | 126 |

    Sektor pangan merupakan sasaran terbesar dengan 70 IKM atau {share} dari total IKM binaan, diikuti sektor kerajinan sebanyak 56 IKM.
"""  # noqa: E501


def test_a_share_of_the_total_of_a_table_captioned_with_another_form_of_its_noun(read):
    # "IKM binaan" is the caption's "IKM yang Dibina"; the count after the comma is another
    # clause's, not the total
    assert _run(read, TABLED_TOTAL.format(share="55,56%")).findings == []
    [finding] = _run(read, TABLED_TOTAL.format(share="56,56%")).findings
    assert (finding.stated, finding.expected) == ("56,56%", "55,56%")


def test_a_share_after_a_list_of_parts_is_not_the_share_of_its_last_part(read):
    # 54,24% is (280 + 232) / 944, the trained cadres of both sexes
    text = ("Jumlah kader yang terdata sebanyak 944 orang. Kader yang mengikuti pelatihan "
            "terdiri dari 280 laki-laki dan 232 perempuan, atau 54,24% dari seluruh kader.")
    assert _run(read, text).findings == []


REMAINDER = """
    Tabel 3.7 Pagu dan Realisasi Anggaran (Rp)
    | Kode | Program | Pagu Awal | Pagu Perubahan | Realisasi | % |
    |---|---|---|---|---|---|
    | 118.01.WA | Program Dukungan Manajemen | 11.743.250.000 | 11.781.250.000 | 11.613.207.340 | 98,57 |
    | 118.01.DN | Program Penyiaran Publik | 7.256.750.000 | 7.218.750.000 | 7.071.713.650 | 97,96 |
    | | Jumlah | 19.000.000.000 | 19.000.000.000 | 18.684.920.990 | 98,34 |

    Secara keseluruhan realisasi mencapai Rp 18.684.920.990 atau 98,34% dari pagu perubahan, dengan sisa anggaran yang tidak terserap sebesar Rp {sisa}.
"""  # noqa: E501


def test_a_remainder_whose_pagu_only_the_realisasi_row_prints_is_worked_out_from_it(read):
    assert _run(read, REMAINDER.format(sisa="315.079.010")).findings == []
    [finding] = _run(read, REMAINDER.format(sisa="405.079.010")).findings
    assert (finding.stated, finding.expected) == ("Rp 405.079.010", "Rp 315.079.010")
    assert finding.severity is Severity.CRITICAL
    assert "19.000.000.000 − 18.684.920.990" in finding.message


def test_a_remainder_in_the_next_paragraph_drawing_on_it_is_worked_out_too(read):
    text = REMAINDER.split("Secara")[0] + (
        "Secara keseluruhan realisasi mencapai Rp 18.684.920.990 atau 98,34% dari pagu.\n\n"
        "    Dengan demikian, anggaran yang tidak terserap sebesar Rp {sisa}.\n")
    assert _run(read, text.format(sisa="315.079.010")).findings == []
    [finding] = _run(read, text.format(sisa="315.097.010")).findings
    assert finding.expected == "Rp 315.079.010"


WHOLE_REMAINDER = """
    Tabel 3.11 Pagu dan Realisasi Anggaran (Rp)
    | Kode | Program | Pagu Awal | Pagu Perubahan | Realisasi | % |
    |---|---|---|---|---|---|
    | 1.01.01 | Program Penunjang Urusan | 4.303.870.000 | 4.564.980.000 | 4.488.333.180 | 98,32 |
    | 1.01.02 | Program Pengelolaan Pendidikan | 17.000.000.000 | 17.000.000.000 | 16.957.000.000 | 99,75 |
    | | Jumlah | 21.303.870.000 | 21.564.980.000 | 21.445.333.180 | 99,45 |

    Sisa anggaran Tahun 2025 sebesar Rp {sisa},- atau 0,55% dari pagu perubahan.
"""  # noqa: E501


def test_the_whole_budgets_remainder_is_the_grand_totals_pagu_less_realisasi(read):
    assert _run(read, WHOLE_REMAINDER.format(sisa="119.646.820")).findings == []
    [finding] = _run(read, WHOLE_REMAINDER.format(sisa="119.664.820")).findings
    assert finding.expected == "Rp 119.646.820"


def test_a_gap_to_the_target_stated_alone_after_the_sentence_giving_both(read):
    text = ("Realisasi pendapatan BLUD tahun 2025 sebesar Rp 43.715.263.415,- atau 97,15% dari "
            "target Rp 45.000.000.000. Dengan demikian pendapatan BLUD kurang Rp {gap} dari "
            "target.")
    assert _run(read, text.format(gap="1.284.736.585")).findings == []
    [finding] = _run(read, text.format(gap="1.274.736.585")).findings
    assert finding.expected == "Rp 1.284.736.585"
    assert finding.severity is Severity.CRITICAL


def test_a_gap_faster_than_the_target_is_no_realisasi_of_a_share(read):
    # 118,34% = 10,00 / 8,45 (lower is better); 1,55 is how much faster, not the realisasi
    text = ("Realisasi IKU 3 sebesar 8,45 hari kerja, lebih cepat 1,55 hari kerja dari target "
            "10,00 hari kerja, sehingga capaian sebesar 118,34%.")
    assert _run(read, text).findings == []


def test_a_share_of_the_one_count_the_sentence_before_states(read):
    text = ("Sepanjang Tahun 2025 diselesaikan 19.862 berkas layanan. Layanan kenaikan pangkat "
            "merupakan layanan terbesar, yaitu 10.168 berkas atau {share} dari seluruh berkas.")
    assert _run(read, text.format(share="51,19%")).findings == []
    [finding] = _run(read, text.format(share="50,19%")).findings
    assert finding.expected == "51,19%"


def test_a_share_of_the_total_is_not_of_the_highest_quarters_count_before_it(read):
    text = ("Kunjungan tertinggi terjadi pada triwulan IV sebanyak 58.812 kunjungan. Kawasan Kota "
            "Lama menjadi lokasi terbanyak, yaitu 40.840 kunjungan atau 20,17% dari total "
            "kunjungan.")
    assert _run(read, text).findings == []


def test_a_change_stated_alone_after_the_sentence_giving_both_amounts(read):
    text = ("Pagu belanja dalam APBD Murni ditetapkan sebesar Rp 1.939.606.989.500,- dan dalam "
            "APBD Perubahan menjadi Rp 1.982.748.462.500,-. Dibandingkan APBD Murni, pagu "
            "belanja {verb} Rp {change}.")
    assert _run(read, text.format(verb="bertambah", change="43.141.473.000")).findings == []
    [finding] = _run(read, text.format(verb="bertambah", change="43.241.473.000")).findings
    assert finding.expected == "Rp 43.141.473.000"
    # a fall from the same two amounts is another comparison, not this one misprinted
    assert _run(read, text.format(verb="berkurang", change="43.241.473.000")).findings == []


def test_the_rest_not_yet_done_stated_alone_after_the_base_and_its_part(read):
    text = ("Dari 29.875 KPM sasaran setelah PK Perubahan, bantuan telah tersalurkan kepada "
            "27.837 KPM atau 93,18%. Masih terdapat {rest} KPM yang belum menerima bantuan "
            "karena meninggal dunia atau pindah domisili.")
    assert _run(read, text.format(rest="2.038")).findings == []
    [finding] = _run(read, text.format(rest="2.048")).findings
    assert finding.expected == "2.038"
    # without the words that make it the rest ("masih terdapat"), a count of those not yet
    # served may be one of several groups: not judged
    other = text.replace("Masih terdapat {rest} KPM", "Sebanyak {rest} KPM")
    assert _run(read, other.format(rest="2.048")).findings == []


# -- a clause giving realisasi, target and capaian by their words, in any order


def test_a_capaian_given_beside_its_realisasi_and_target_in_any_wording(read):
    result = _run(read, """
        # Laporan Kinerja Tahun 2025

        Realisasi load factor tahun 2025 sebesar 58,57% dari target 68,00%, sehingga capaian
        indikator ini 86,40% dan berpredikat Cukup.

        Nilai IKM tahun 2025 sebesar 84,67 terhadap target 82,00 dengan tingkat capaian
        108,24%.
    """)
    found = {(f.stated, f.expected) for f in result.findings}
    assert found == {("86,40%", "86,13%"), ("108,24%", "103,26%")}
    assert all("realisasi / target" in f.message for f in result.findings)


def test_a_capaian_that_is_the_quotient_or_a_lower_is_better_reading_passes(read):
    result = _run(read, """
        # Laporan Kinerja Tahun 2025

        Nilai IKM tahun 2025 sebesar 84,67 terhadap target 82,00 dengan tingkat capaian
        103,26%.

        Angka putus sekolah tahun 2025 sebesar 1,61% dari target 2,00%, sehingga capaian
        124,22%.
    """)
    assert [f.stated for f in result.findings] == []


def test_roles_that_are_not_one_indicators_three_are_not_combined(read):
    # the figure after "melampaui target" is the excess, not the target; two clauses
    # joined by "sedangkan" speak of two indicators
    result = _run(read, """
        # Laporan Kinerja Tahun 2025

        Realisasi sepanjang tahun mencapai 1.245 kegiatan, atau melampaui target sebanyak 45
        kegiatan, dengan capaian 103,75%.

        Realisasi indikator A sebesar 0,39% terhadap target 0,45%, sedangkan capaian
        terendah pada indikator B yaitu 90,46%.
    """)
    assert result.findings == []


def test_the_rest_drawn_as_a_conclusion_after_the_base_and_its_part(read):
    text = ("Dari 192 pengiriman terjadwal, sebanyak 168 pengiriman diterima tepat waktu. "
            "Dengan demikian terdapat {rest} pengiriman yang tidak tepat waktu.")
    assert _run(read, text.format(rest="24")).findings == []
    [finding] = _run(read, text.format(rest="26")).findings
    assert finding.expected == "24"


def test_the_shares_of_a_whole_add_up_to_a_hundred(read):
    text = ("| Jenis | Produksi (ton) | Porsi (%) |\n|---|---|---|\n"
            "| Perikanan tangkap | 186.947,35 | 67,20 |\n"
            "| Perikanan budidaya | 91.238,70 | 32,80 |\n\n"
            "Total produksi perikanan mencapai 278.186,05 ton, dengan kontribusi perikanan "
            "tangkap sebesar {a} dan perikanan budidaya sebesar 32,80%.")
    assert _run(read, text.format(a="67,20%")).findings == []
    # 32,80 is printed in the table too: the share the sum breaks on is the other one
    [finding] = _run(read, text.format(a="67,02%")).findings
    assert (finding.stated, finding.expected) == ("67,02%", "67,20%")
    assert "67,02% + 32,80% = 99,82%" in finding.message
    # a list of some parts only (far from 100%) is not held to the whole
    assert _run(read, text.format(a="40,00%")).findings == []


def test_the_gap_to_the_target_below_a_table_is_its_total_rows_difference(read):
    text = """
        Tabel 3.7 Target dan Realisasi PNBP

        | No | Jenis Penerimaan | Target (Rp) | Realisasi (Rp) | Persentase (%) |
        |---|---|---|---|---|
        | 1 | Jasa Pendidikan | 9.850.000.000 | 10.112.450.000 | 102,66 |
        | 2 | Jasa Diklat | 8.600.000.000 | 8.792.900.000 | 102,24 |
        | | Jumlah | 18.450.000.000 | 18.905.350.000 | 102,47 |

        Realisasi PNBP melampaui target dengan selisih sebesar Rp {gap},-.
    """
    assert _run(read, text.format(gap="455.350.000")).findings == []
    [finding] = _run(read, text.format(gap="445.350.000")).findings
    assert finding.stated.startswith("Rp 445.350.000") and "455.350.000" in finding.expected
    assert finding.severity is Severity.CRITICAL


def test_the_excess_over_a_target_the_paragraph_gave_just_before(read):
    text = ("Dari 4.885 peserta, sebanyak 4.579 orang dinyatakan lulus. Dibandingkan target "
            "perubahan 4.400 orang, capaian IKU 1 sebesar 104,07%. Jumlah lulusan melebihi "
            "target sebanyak {n} orang.")
    assert _run(read, text.format(n="179")).findings == []
    [finding] = _run(read, text.format(n="197")).findings
    assert (finding.stated, finding.expected) == ("197 orang", "179 orang")


def test_a_change_against_another_year_than_the_first_value_is_not_their_difference(read):
    text = ("Jumlah lulusan meningkat dari 2.936 orang pada Tahun 2020 menjadi 4.579 orang pada "
            "Tahun 2023, atau naik {d} orang dibandingkan Tahun {y}.")
    # against 2022 (a value this sentence does not give): not judged
    assert _run(read, text.format(d="567", y="2022")).findings == []
    # against 2020, the first value's year: judged
    [finding] = _run(read, text.format(d="567", y="2020")).findings
    assert finding.expected == "1.643 orang"


def test_a_target_the_realisasi_exceeded_is_still_the_target(read):
    # "melebihi target 4.250.000 ton" names the target; only "melebihi target sebanyak N"
    # gives the excess (claim roles say so, see test_roles_that_are_not_...)
    text = ("Arus barang tahun 2025 sebesar 4.386.192 ton, melebihi target 4.250.000 ton dengan "
            "capaian {rate}.")
    assert _run(read, text.format(rate="103,20%")).findings == []
    [finding] = _run(read, text.format(rate="103,22%")).findings
    assert finding.expected == "103,20%"


def test_a_change_against_a_year_whose_values_the_paragraph_binds_to_their_years(read):
    from audit.checks import narrative_arithmetic

    def found(text: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected)
                for f in narrative_arithmetic.RULE.run(read(text)).findings]

    series = ("Tren IKM terus naik: 79,15 pada 2022, 81,60 pada 2023, dan 84,37 pada 2024. "
              "Tahun ini IKM meningkat {d} poin dibanding 2023.")
    assert found(series.format(d="2,77")) == []
    assert found(series.format(d="2,67")) == [("2,67 poin", "2,77 poin")]
    split = ("APK PAUD Tahun 2024 mencapai 80,38% dari target 78,50%. Dibandingkan realisasi "
             "Tahun 2023 sebesar 77,64%, APK PAUD naik {d} poin.")
    assert found(split.format(d="2,74")) == []
    assert found(split.format(d="2,84")) == [("2,84 poin", "2,74 poin")]
    # another indicator's values in the sentence before are not this change's
    other = ("Persentase sampah diproses naik 3,80 poin dari 71,15% pada 2024 menjadi 74,95% "
             "pada 2025. Kondisi armada layak operasi bertambah 3,31 poin dibanding 2024.")
    assert found(other) == []


def test_a_change_after_the_values_grade_still_has_its_two_values(read):
    from audit.checks import narrative_arithmetic

    text = ("Nilai IKPA Tahun 2024 sebesar 96,59 dengan predikat Sangat Baik, naik {d} poin "
            "dibandingkan Tahun 2023 sebesar 94,82 yang berpredikat Baik.")
    assert narrative_arithmetic.RULE.run(read(text.format(d="1,77"))).findings == []
    [finding] = narrative_arithmetic.RULE.run(read(text.format(d="1,67"))).findings
    assert (finding.stated, finding.expected) == ("1,67 poin", "1,77 poin")


def test_two_changes_from_two_bases_are_each_of_the_value_not_of_each_other(read):
    text = """
        Tingkat kemiskinan Maret 2025 sebesar 10,62% dari target 10,85%. Tingkat kemiskinan
        turun 0,46 poin dari 11,08% pada Tahun 2024 dan turun {d} poin dari 11,43% pada Tahun
        2023.
    """
    assert narrative_arithmetic.check(read(text.format(d="0,81"))).findings == []


def test_a_breakdown_after_two_groups_is_of_both_together(read):
    text = """
        ASN terdiri atas PNS sebanyak 6.461 orang dan PPPK sebanyak 2.729 orang, dengan
        rincian 4.389 orang laki-laki dan 4.801 orang perempuan.
    """
    assert narrative_arithmetic.check(read(text)).findings == []


def test_the_base_of_a_rate_per_thousand_is_no_quantity(read):
    text = """
        Angka Kematian Ibu di Rumah Sakit turun menjadi 1,21 per 1.000 persalinan dari target
        1,50 (capaian {c}%).
    """
    assert narrative_arithmetic.check(read(text.format(c="123,97"))).findings == []


def test_the_rest_of_a_target_stated_in_the_next_sentence_with_its_unit(read):
    text = ("Dari target verifikasi dan validasi sebanyak 39.000 KK, telah terverifikasi "
            "sebanyak 37.877 KK atau 97,12%. Dengan demikian sebanyak {rest} KK belum "
            "berhasil diverifikasi.")
    assert _run(read, text.format(rest="1.123")).findings == []
    [finding] = _run(read, text.format(rest="1.023")).findings
    assert (finding.stated, finding.expected) == ("1.023 KK", "1.123 kk")


def test_the_share_of_the_part_the_subject_names_of_the_parts_before(read):
    text = ("Jumlah peserta pelatihan sebanyak 842 orang, terdiri atas 597 orang laki-laki dan "
            "245 orang perempuan. Peserta perempuan mencapai {p}% dari total peserta.")
    assert _run(read, text.format(p="29,10")).findings == []
    [finding] = _run(read, text.format(p="29,70")).findings
    assert (finding.stated, finding.expected) == ("29,70%", "29,10%")
    assert "245 orang / 842 orang" in finding.message


def test_a_bracketed_share_of_a_breakdowns_part_is_of_the_whole_it_adds_up_to():
    """``58 orang pegawai yang terdiri atas 30 orang laki-laki dan 28 orang perempuan
    (48,28%)``: 28 / 58, the parts adding up to the whole before ``terdiri atas``."""
    sentence = ("Pada akhir tahun 2025 unit ini didukung oleh 58 (lima puluh delapan) orang "
                "pegawai yang terdiri atas 30 orang laki-laki dan 28 orang perempuan ({p}).")
    assert _say(sentence.format(p="48,28%")).findings == []
    [finding] = _say(sentence.format(p="46,28%")).findings
    assert (finding.stated, finding.expected) == ("46,28%", "48,28%")


def test_a_change_of_the_value_the_sentence_before_gives_is_their_difference():
    """``... sebesar 80,15 atau 102,76% dari target 78,00. Nilai tersebut naik 3,17 poin dari
    tahun 2024 sebesar 77,08``: the value the change is of is the one the sentence before
    printed (not its capaian nor its target)."""
    text = ("Nilai SAKIP tahun 2025 sebesar 80,15 atau 102,76% dari target 78,00. Nilai "
            "tersebut naik {d} poin dari tahun 2024 sebesar 77,08.")
    assert _say(text.format(d="3,07")).findings == []
    [finding] = _say(text.format(d="3,17")).findings
    assert (finding.stated, finding.expected) == ("3,17 poin", "3,07 poin")


def test_the_base_of_a_share_in_the_sentence_before_is_not_what_changed():
    """``Sebanyak 175 dari 212 desa ... Jumlah ini bertambah 19 desa dari 156 desa``: 212 is
    the base 175 is counted against, not the value that rose."""
    assert _say("Sebanyak 175 dari 212 desa telah dideklarasikan, atau 82,55%, melebihi "
                "target 80,00%. Jumlah ini bertambah 19 desa dari 156 desa pada Tahun "
                "2024.").findings == []


def test_a_bracketed_share_after_an_amount_and_its_pagu_is_their_quotient():
    """``sebesar Rp 4,21 miliar dari pagu Rp 4,49 miliar (96,11%)``: 4,21 / 4,49, at the
    precision the rounded amounts allow."""
    text = "Realisasi program air minum sebesar Rp {r} miliar dari pagu Rp 4,49 miliar (96,11%)."
    assert _say(text.format(r="4,31")).findings == []
    [finding] = _say(text.format(r="4,21")).findings
    assert (finding.stated, finding.expected) == ("96,11%", "93,76%")



TWO_TABLES_SHARE = """
    Tabel 3.4 Produksi Padi per Kecamatan (ton GKG)

    | No | Kecamatan | TW I | TW II | Jumlah |
    |---|---|---|---|---|
    | 1 | Sukamaju | 10.000 | 12.000 | 22.000 |
    | 2 | Karangsari | 15.000 | 16.070 | 31.070 |
    | 3 | Mekarjaya | 20.000 | 17.000 | 37.000 |
    | | Jumlah | 45.000 | 45.070 | 90.070 |

    Tabel 3.5 Luas Panen dan Produksi Padi per Kecamatan

    | No | Kecamatan | Luas Panen (ha) | Produksi (ton) |
    |---|---|---|---|
    | 1 | Sukamaju | 3.900 | 22.000 |
    | 2 | Karangsari | 5.318 | 31.070 |
    | 3 | Mekarjaya | 6.500 | 37.000 |
    | | Jumlah | 15.718 | 90.070 |

    Kecamatan Karangsari merupakan penyumbang terbesar dengan produksi 31.070 ton GKG atau
    {share} dari total produksi kabupaten.
"""


def test_a_share_of_a_total_two_tables_print_alike_is_judged(read):
    """The part and its total printed alike by two tables (production per kecamatan by
    quarter, and beside the harvested area): one reading, so the share is judged."""
    assert _run(read, TWO_TABLES_SHARE.format(share="34,50%")).findings == []
    [finding] = _run(read, TWO_TABLES_SHARE.format(share="36,49%")).findings
    assert (finding.stated, finding.expected) == ("36,49%", "34,50%")


def test_a_rate_restating_a_fraction_takes_the_role_the_words_before_the_fraction_give():
    """``realisasi IKU 3 sebesar 7/11 atau 63,64%, melampaui target 60,00% dengan capaian
    106,07%``: 63,64% is the realisasi, so the capaian is 63,64 / 60,00."""
    text = ("Dengan demikian realisasi IKU 3 sebesar 7/11 atau 63,64%, melampaui target "
            "60,00% dengan capaian {c}.")
    assert _say(text.format(c="106,07%")).findings == []
    [finding] = _say(text.format(c="116,07%")).findings
    assert (finding.stated, finding.expected) == ("116,07%", "106,07%")


def test_a_capaian_in_the_sentence_after_its_realisasi_and_target_is_their_quotient():
    text = ("Secara gabungan IKDR kabupaten mencapai 72,14, melampaui target 70,50. Capaian "
            "indikator ini sebesar {c} sehingga masuk kategori Sangat Berhasil.")
    assert _say(text.format(c="102,33%")).findings == []
    [finding] = _say(text.format(c="103,32%")).findings
    assert (finding.stated, finding.expected) == ("103,32%", "102,33%")


def test_a_change_against_the_year_before_is_the_last_two_years_of_the_series():
    """``dari 81,47% pada Tahun 2023 menjadi 83,92% pada Tahun 2024 dan 86,26% pada Tahun
    2025, atau naik 2,34 poin dibandingkan tahun sebelumnya``: 86,26 − 83,92."""
    text = ("Tingkat hunian terus meningkat dari 81,47% pada Tahun 2023 menjadi 83,92% pada "
            "Tahun 2024 dan 86,26% pada Tahun 2025, atau naik {d} poin dibandingkan tahun "
            "sebelumnya.")
    assert _say(text.format(d="2,34")).findings == []
    [finding] = _say(text.format(d="2,43")).findings
    assert (finding.stated, finding.expected) == ("2,43 poin", "2,34 poin")


def test_a_change_between_two_budget_versions_named_after_each_amount():
    """``naik dari Rp A pada APBD murni menjadi Rp B pada APBD perubahan, bertambah Rp D``:
    the version after each amount stands where a year would."""
    text = ("Pagu anggaran UPTD naik dari Rp 12.612.400.000 pada APBD murni menjadi "
            "Rp {b} pada APBD perubahan, bertambah Rp 185.150.000.")
    assert _say(text.format(b="12.797.550.000")).findings == []
    [finding] = _say(text.format(b="12.797.350.000")).findings
    assert (finding.stated, finding.expected) == ("Rp 185.150.000", "Rp 184.950.000")


def test_a_bracketed_quotient_and_what_it_comes_to_is_recomputed():
    text = "Apabila dihitung sebagai rasio kumulatif (3.312/3.431) hasilnya {p}."
    assert _say(text.format(p="96,53%")).findings == []
    [finding] = _say(text.format(p="96,35%")).findings
    assert (finding.stated, finding.expected) == ("96,35%", "96,53%")
