from __future__ import annotations

from audit.checks import narrative_vs_table
from audit.engine import audit_document
from audit.findings import Severity
from audit.readers.text import parse_text

TABLES = """
    Tabel 3.1 Capaian Kinerja
    | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.523 | 102,98% |
    | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 | 100% |

    Penjelasan capaian.

    Tabel 3.5 Ringkasan Capaian
    | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.523 | 102,98% |
    | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 | 100% |

    Capaian indikator Jumlah peserta pelatihan berbasis kompetensi adalah {value}.
"""


def test_prose_restating_a_table_correctly_passes(read):
    result = narrative_vs_table.check(read(TABLES.format(value="102,98%")))
    assert result.findings == []
    assert result.performed == 1


def test_prose_restating_a_table_wrongly_is_reported_with_both_locations(read):
    [finding] = narrative_vs_table.check(read(TABLES.format(value="108,43%"))).findings
    assert finding.severity is Severity.MAJOR
    assert finding.line == 15
    assert finding.expected == "102,98%"
    assert "Tabel 3.1" in finding.message and "Tabel 3.5" in finding.message
    assert "teks yang menyimpang" in finding.message


def test_an_unlinkable_claim_is_not_judged(read):
    doc = read(TABLES.replace(
        "Capaian indikator Jumlah peserta pelatihan berbasis kompetensi adalah {value}.",
        "Capaian kegiatan lain adalah 55%."))
    result = narrative_vs_table.check(doc)
    assert result.findings == [] and result.performed == 0


CODED = """
    LAPORAN KINERJA BALAI LATIHAN KERJA TAHUN 2025

    Tabel 7. Capaian Indikator Kinerja Kegiatan Tahun 2025
    | Kode | Indikator | Satuan | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|---|
    | IKK-1 | Jumlah alumni pelatihan menjahit | orang | 400 | 436 | 109,00 |
    | IKK-2 | Persentase alumni pelatihan yang bekerja | % | 60,00 | 57,30 | 95,50 |

    {sentence}
"""


def _findings(read, sentence: str) -> list:
    return narrative_vs_table.check(read(CODED.format(sentence=sentence))).findings


def test_an_indicator_named_by_its_code_is_linked(read):
    assert _findings(read, "Capaian IKK-1 sebesar 109,00%.") == []
    [finding] = _findings(read, "Capaian IKK-1 sebesar 106,00%.")
    assert finding.stated == "106,00%" and finding.expected == "109,00"
    assert "kodenya" in finding.message


def test_a_list_of_coded_percentages_reads_as_capaian(read):
    # No role word: a percentage of an indicator counted in orang can only be its capaian.
    [finding] = _findings(read, "Hasilnya: IKK-1 sebesar 108,00%, dan IKK-2 sebesar 95,50%.")
    assert finding.stated == "108,00%"


def test_last_digit_difference_is_minor_and_half_open_intervals_do_not_touch(read):
    [finding] = _findings(read, "Capaian IKK-1 sebesar 109,01%.")
    assert finding.severity is Severity.MINOR


def test_each_figure_takes_its_nearest_role_word(read):
    sentence = ("Jumlah alumni pelatihan menjahit sebanyak 436 orang dari target 400 orang, "
                "atau capaian 109,00%.")
    assert _findings(read, sentence) == []
    [finding] = _findings(read, sentence.replace("436", "463"))
    assert finding.stated == "463 orang" and finding.expected == "436"


def test_a_realisasi_that_copies_the_target_says_so(read):
    [finding] = _findings(read, "Jumlah alumni pelatihan menjahit tercapai sebanyak 400 orang.")
    assert finding.expected == "436"
    assert "target" in finding.message


def test_a_loose_name_confirmed_by_the_target_beside_it_is_linked(read):
    sentence = "Pelatihan menjahit telah diikuti oleh {} orang dari target 400 orang."
    assert _findings(read, sentence.format("436")) == []
    [finding] = _findings(read, sentence.format("446"))
    assert "nilai lain" in finding.message
    # The same loose name without a confirming figure is not linked at all.
    assert _findings(read, "Pelatihan menjahit telah diikuti oleh 446 orang.") == []


def test_claims_about_another_year_quarter_or_change_are_not_judged(read):
    for sentence in (
        "Pada tahun 2024 jumlah alumni pelatihan menjahit sebanyak 380 orang.",
        "Jumlah alumni pelatihan menjahit meningkat sebanyak 36 orang.",
        "Target awal jumlah alumni pelatihan menjahit sebanyak 450 orang.",
        "Capaian IKK-1 sebesar 109,00%, lebih tinggi 9 poin dari target.",
        "Capaian IKK-1 pada triwulan II sebesar 52,00%.",
    ):
        assert _findings(read, sentence) == [], sentence


def test_a_percentage_of_the_budget_is_not_a_capaian(read):
    assert _findings(read, "IKK-1 menyerap Rp 1.480.000.000 atau 93,00% dari total pagu.") == []
    assert _findings(read, "Capaian IKK-2 sebesar 57,30% dari pagu anggaran.") == []


def test_a_percentage_in_prose_matches_a_bare_figure_whose_satuan_is_percent(read):
    assert _findings(read, "Persentase alumni pelatihan yang bekerja mencapai 57,30%.") == []
    [finding] = _findings(read, "Persentase alumni pelatihan yang bekerja mencapai 53,70%.")
    assert finding.expected == "57,30"


def test_formulas_and_capaian_against_target_are_not_realisasi_claims(read):
    assert _findings(read, "Untuk IKK-2 berlaku capaian = (realisasi / target) x 100%.") == []
    assert _findings(read, "Capaian IKK-2 sebesar 95,50% dari target 60,00%.") == []


ACRONYM = """
    LAPORAN KINERJA RSUD TAHUN 2025

    Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025
    | No | Indikator | Satuan | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|---|
    | 1 | Bed Occupancy Rate (BOR) | % | 75,00 | 71,84 | 95,79 |
    | 2 | Cost Recovery Rate (CRR) | % | 90,00 | 86,45 | 96,06 |
    | 3 | Net Death Rate (NDR) *) | ‰ | 25,00 | 22,42 | 111,51 |
    | 4 | Rata-rata waktu tunggu rawat jalan *) | menit | 60 | 72 | 83,33 |

    {sentence}
"""


def test_an_indicator_named_by_its_acronym_is_linked(read):
    sentence = ("BOR mencapai 71,84% dengan capaian 95,79%, dan CRR mencapai {} "
                "dengan capaian 96,06%.")
    doc = ACRONYM.format(sentence=sentence.format("86,45%"))
    assert narrative_vs_table.check(read(doc)).findings == []
    [finding] = narrative_vs_table.check(read(ACRONYM.format(
        sentence=sentence.format("86,54%")))).findings
    assert finding.stated == "86,54%" and "singkatannya" in finding.message


def test_a_name_met_only_after_the_figure_does_not_claim_it(read):
    sentence = ("Capaian tertinggi diraih indikator NDR sebesar 111,51%, sedangkan capaian "
                "terendah pada indikator rata-rata waktu tunggu rawat jalan sebesar 83,33% "
                "dengan realisasi 72 menit.")
    assert narrative_vs_table.check(read(ACRONYM.format(sentence=sentence))).findings == []


PRIOR_YEAR = """\
Tabel 3.1 Capaian Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi 2024 | Realisasi 2025 | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Persentase panjang jalan kabupaten dalam kondisi mantap | 72,50 | 70,62 | 74,09 | 102,19 |
| 2 | Persentase rumah tangga dengan akses air minum layak | 88,00 | 84,72 | 86,45 | 98,24 |

Persentase panjang jalan kabupaten dalam kondisi mantap tercapai 74,09%. Dibandingkan realisasi tahun 2024 sebesar {prior}%, kemantapan jalan terus membaik.
"""  # noqa: E501


def test_a_prior_years_realisasi_in_prose_is_tied_to_that_years_column(read):
    from audit.checks import narrative_vs_table

    assert narrative_vs_table.RULE.run(read(PRIOR_YEAR.format(prior="70,62"))).findings == []
    [finding] = narrative_vs_table.RULE.run(read(PRIOR_YEAR.format(prior="70,26"))).findings
    assert (finding.stated, finding.expected) == ("70,26%", "70,62")


def test_two_indicators_in_one_sentence_each_keep_their_own_figure(read):
    from audit.checks import narrative_vs_table

    text = """\
    Tabel 3.1 Capaian Kinerja Tahun 2025

    | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 1 | Persentase jalan kabupaten dalam kondisi rusak berat | 9,00 | 10,81 | 83,26 |
    | 2 | Luas kawasan tergenang banjir | 145,00 | 162,00 | 89,51 |

    Indikator jalan rusak berat dan luas kawasan tergenang banjir berarah menurun. Realisasi jalan rusak berat 10,81% terhadap target 9,00% menghasilkan capaian 83,26%, sedangkan luas genangan 162,00 Ha menghasilkan capaian 89,51%.
    """  # noqa: E501
    assert narrative_vs_table.RULE.run(read(text)).findings == []


NEGATIVE = """\
| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Jumlah pengaduan kasus pencemaran lingkungan *) | kasus | 30 | 24 | 125,00 |
| 2 | Persentase usaha yang taat terhadap persetujuan lingkungan | % | 80,00 | 82,43 | 103,04 |
| 3 | Persentase penanganan sampah | % | 72,00 | 74,36 | 103,28 |
| 4 | Persentase pengurangan sampah | % | 24,00 | 17,40 | 72,50 |

{sentence}
"""


def test_the_hundred_percent_of_a_printed_formula_is_no_claim(read):
    sentence = ("Untuk indikator negatif (jumlah pengaduan kasus pencemaran lingkungan), "
                "capaian = (target / realisasi) × 100%.")
    assert narrative_vs_table.check(read(NEGATIVE.format(sentence=sentence))).findings == []


def test_tercapai_with_a_percentage_is_the_capaian_where_the_realisasi_is_stated_too(read):
    sentence = ("Persentase usaha yang taat terhadap persetujuan lingkungan sebesar 82,43% dari "
                "target 80,00%, sehingga indikator ini tercapai {capaian}%.")
    ok = read(NEGATIVE.format(sentence=sentence.format(capaian="103,04")))
    assert narrative_vs_table.check(ok).findings == []
    [finding] = narrative_vs_table.check(
        read(NEGATIVE.format(sentence=sentence.format(capaian="103,40")))).findings
    assert (finding.stated, finding.expected) == ("103,40%", "103,04")


def test_a_figure_beside_the_indicators_own_value_in_one_sentence_is_about_something_else(
        read):
    # 17,40 restates the indicator; 91,76 is the sum of two indicators, not a second value
    sentence = ("Jika persentase penanganan sampah (74,36%) dan pengurangan sampah (17,40%) "
                "dijumlahkan, sampah yang terkelola mencapai 91,76%.")
    assert narrative_vs_table.check(read(NEGATIVE.format(sentence=sentence))).findings == []


RATE_AND_COUNT = """
    Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025
    | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 5. | Persentase dataset statistik sektoral yang dipublikasikan | 80,00 | 71,43 | 89,29 |

    Tabel 3.3 Perbandingan Realisasi Kinerja Tahun 2023-2025
    | No | Indikator Kinerja | 2023 | 2024 | 2025 |
    |---|---|---|---|---|
    | 5. | Persentase dataset statistik sektoral yang dipublikasikan | 52,38 | 64,76 | 71,43 |

    Indikator 5: Publikasi data statistik sektoral. Dari 210 dataset yang ditetapkan, sebanyak
    150 dataset statistik sektoral telah dipublikasikan ({rate}), sehingga capaian terhadap
    target 80,00% sebesar 89,29%.
"""


def test_a_count_beside_the_rate_it_makes_is_no_restatement_of_the_rate(read):
    # 150 of 210 datasets make the 71,43% the tables give: the count is not the realisasi
    assert narrative_vs_table.check(read(RATE_AND_COUNT.format(rate="71,43%"))).findings == []


THIS_YEAR_AMONG_OTHERS = """
    # Laporan Kinerja Tahun 2025

    Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025
    | No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|---|
    | 1 | Tingkat Pengangguran Terbuka (TPT) | % | 4,95 | 5,08 | 97,44 |

    Beberapa hal pokok yang dapat disimpulkan adalah:

    1. TPT tahun 2025 sebesar {value}, lebih tinggi dari target 4,95%, namun terus menurun
       dibandingkan tahun 2023 dan 2024;
"""


def test_a_figure_bound_to_this_year_among_years_compared_with_is_a_claim(read):
    # the sentence names 2023 and 2024 only as what the year is compared with
    assert narrative_vs_table.check(read(THIS_YEAR_AMONG_OTHERS.format(value="5,08%"))) \
        .findings == []
    [finding] = narrative_vs_table.check(read(THIS_YEAR_AMONG_OTHERS.format(value="5,31%"))) \
        .findings
    assert (finding.stated, finding.expected) == ("5,31%", "5,08")


GENDER = """\
Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Indeks Pembangunan Gender (IPG) | 92,10 | 92,18 | 100,09 |
| 2 | Indeks Pemberdayaan Gender (IDG) | 74,20 | 74,56 | 100,49 |
| 3 | Jumlah kelurahan layak anak | 15 | 14 | 93,33 |

Indeks Pembangunan Gender mencapai 92,18 dan Indeks Pemberdayaan Gender mencapai {idg}.
"""


def test_a_full_name_without_its_bracketed_acronym_names_the_indicator(read):
    assert narrative_vs_table.check(read(GENDER.format(idg="74,56"))).findings == []
    [finding] = narrative_vs_table.check(read(GENDER.format(idg="73,86"))).findings
    assert (finding.stated, finding.expected) == ("73,86", "74,56")


def test_indikator_ini_is_the_indicator_its_section_heading_names(read):
    # the heading names the indicator; the caption of the section's own table stands between
    text = """
        # Laporan Kinerja Tahun 2025

        Tabel 3.1 Capaian Indikator Kinerja

        | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Persentase jalan kabupaten dalam kondisi mantap | 76,50 | 77,27 | 101,01 |
        | 2 | Persentase luas daerah irigasi dalam kondisi baik | 72,00 | 70,12 | 97,39 |

        #### Indikator 2: Persentase Luas Daerah Irigasi dalam Kondisi Baik

        **Tabel 3.6 Kondisi Daerah Irigasi Tahun 2025**

        | Daerah Irigasi | Luas (ha) | Baik (ha) |
        |---|---:|---:|
        | DI Kali Jernih | 2.150 | 1.612 |

        Pada tahun 2025 realisasi indikator ini sebesar {value}%, belum mencapai target.
    """
    assert narrative_vs_table.check(read(text.format(value="70,12"))).findings == []
    [finding] = narrative_vs_table.check(read(text.format(value="69,05"))).findings
    assert (finding.stated, finding.expected) == ("69,05%", "70,12")
    assert "judul bagian" in finding.message


def test_a_figure_belongs_to_the_indicator_its_own_clause_names(read):
    # the sentence names the first indicator in full, but 95,24 follows the second's name
    text = """
        Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

        | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Koefisien variasi harga barang kebutuhan pokok *) | 6,00 | 5,12 | 117,19 |
        | 2 | Persentase pasar rakyat dalam kondisi baik | 70,00 | 66,67 | 95,24 |

        Keberhasilan utama adalah terkendalinya harga barang kebutuhan pokok dengan koefisien
        variasi 5,12%, meningkatnya pasar rakyat dalam kondisi baik dengan capaian {value}%.
    """
    assert narrative_vs_table.check(read(text.format(value="95,24"))).findings == []
    # never held to the first indicator's 117,19
    assert all(f.expected != "117,19"
               for f in narrative_vs_table.check(read(text.format(value="95,42"))).findings)


def test_capaian_reaching_a_value_is_the_capaian(read):
    text = """
    Tabel 3.2 Capaian Kinerja
    | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Persentase kelompok seni tradisional aktif yang dibina | 65,00 | 68,40 | 105,23 |

    ##### Indikator 5: Persentase Kelompok Seni Tradisional Aktif yang Dibina

    Terhadap target sebesar 65,00%, capaian indikator ini mencapai {value} dengan kategori Sangat Tinggi.
    """  # noqa: E501
    assert narrative_vs_table.check(read(text.format(value="105,23%"))).findings == []
    [finding] = narrative_vs_table.check(read(text.format(value="105,32%"))).findings
    assert finding.expected.startswith("105,23")


_POKIR = """
    Tabel 3.2 Capaian Kinerja
    | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Persentase pokok-pokok pikiran DPRD yang diakomodasi dalam RKPD | 40,00 | 34,20 | 85,50 |

    {sentence}
    """


def test_an_indicator_reaching_a_percentage_with_no_role_word_is_judged_by_the_nearer_cell(
        read):
    # "mencapai 85,50%" with no role word: the capaian here (nearer than the realisasi 34,20)
    said = "Indikator persentase pokok-pokok pikiran DPRD yang diakomodasi dalam RKPD mencapai {v}."
    assert narrative_vs_table.check(read(_POKIR.format(
        sentence=said.format(v="85,50%")))).findings == []
    [finding] = narrative_vs_table.check(read(_POKIR.format(
        sentence=said.format(v="88,50%")))).findings
    assert finding.expected == "85,50"


def test_a_figure_the_sentence_sums_is_no_restatement(read):
    said = ("Jika persentase pokok-pokok pikiran DPRD yang diakomodasi dalam RKPD (34,20%) dan "
            "usulan lain (51,30%) dijumlahkan, pokok pikiran yang tertampung mencapai 85,50%.")
    assert narrative_vs_table.check(read(_POKIR.format(sentence=said))).findings == []
    summed = said.replace("(51,30%)", "(57,56%)").replace("85,50%", "91,76%")
    assert narrative_vs_table.check(read(_POKIR.format(sentence=summed))).findings == []


def test_a_bold_run_in_heading_names_the_indicator_of_its_paragraph(read):
    text = """
    Tabel 3.2 Capaian Kinerja
    | Kode | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|---|
    | IKK 2.1 | Indeks Kepuasan Masyarakat terhadap Layanan KUA | 82,00 | 83,47 | 101,79 |
    | IKK 2.2 | Indeks Kepuasan Jemaah Haji | 85,00 | 86,12 | 101,32 |

    **IKK 2.1 Indeks Kepuasan Masyarakat terhadap Layanan KUA.** Nilai layanan tahun 2025 sebesar {v} terhadap target 82,00.
    """  # noqa: E501
    assert narrative_vs_table.check(read(text.format(v="83,47"))).findings == []
    [finding] = narrative_vs_table.check(read(text.format(v="83,74"))).findings
    assert finding.expected == "83,47"


def test_a_figure_recorded_is_a_realisasi(read):
    text = """
    Laporan Kinerja Tahun 2025

    Tabel 3.2 Capaian Kinerja Tahun 2025
    | Indikator Kinerja | Satuan | Target | Realisasi | Capaian |
    |---|---|---|---|---|
    | Tingkat Pengangguran Terbuka (TPT) | % | 4,60 | 4,83 | 95,24 |

    * TPT tercatat {v} persen, masih di atas target 4,60 persen.
    """
    assert narrative_vs_table.check(read(text.format(v="4,83"))).findings == []
    [finding] = narrative_vs_table.check(read(text.format(v="4,88"))).findings
    assert finding.expected == "4,83"


_FOREST = """
    Laporan Kinerja Tahun 2025

    Tabel 3.2 Capaian Kinerja Tahun 2025
    | Indikator Kinerja | Satuan | Target | Realisasi | Capaian |
    |---|---|---|---|---|
    | Luas kebakaran hutan dan lahan | ha | 850,00 | 712,40 | 119,31 |
    | Luas areal perhutanan sosial (kumulatif) | ha | 96.000 | 94.812 | 98,76 |
    | Jumlah Kelompok Tani Hutan (KTH) kelas Madya dan Utama | kelompok | 120 | 126 | 105,00 |

    Tabel 3.4 Realisasi RHL per KPH
    | KPH | Skema | Target (ha) | Realisasi (ha) |
    |---|---|---|---|
    | KPH Gunung Sialang | Reboisasi | 400,00 | 392,00 |
    | | Agroforestri | 100,00 | 100,00 |
    | KPH Danau Purun | Reboisasi | 200,00 | 178,50 |

    {sentence}
    """


def test_what_is_no_restatement_of_the_indicator_is_not_held_to_it(read):
    for sentence in (
        # a table's number
        "Capaian luas kebakaran hutan dan lahan ditetapkan berdasarkan skala pada Tabel 3.1.",
        # a share of the plan's end target
        "Luas areal perhutanan sosial (kumulatif) mencapai 94.812 ha atau 94,81% dari "
        "target Renstra 100.000 ha.",
        # another unit than the indicator's
        "Produksi madu hutan dari KTH binaan mencapai 86,52 ton.",
        # a group's total, its rows below a merged name
        "Realisasi terluas dicapai KPH Gunung Sialang dengan 492,00 ha dari target 500,00 ha.",
    ):
        assert narrative_vs_table.check(read(_FOREST.format(sentence=sentence))).findings == []
    # a row named whole is still held to its value
    [finding] = narrative_vs_table.check(read(_FOREST.format(
        sentence="Realisasi KPH Danau Purun sebesar 187,50 ha."))).findings
    assert finding.expected == "178,50"


LOOSE = """
    Tabel 3.2 Capaian Indikator Kinerja Utama
    | No | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|---|
    | 1 | Persentase penyelesaian pelanggaran keimigrasian oleh orang asing \
| 90,00 | 92,31 | 102,57 |
    | 2 | Persentase permohonan izin tinggal yang diselesaikan tepat waktu | 95,00 | 93,80 | 98,74 |

    BAB IV PENUTUP

    Penyelesaian pelanggaran keimigrasian mencapai {value}%, {rest}.
"""


def test_a_loose_name_of_one_indicator_ties_a_figure_printed_nowhere_else(read):
    # "Penyelesaian pelanggaran keimigrasian" names indicator 1 loosely and no other one
    def found(value: str, rest: str = "sedangkan pelayanan lainnya berjalan lancar"):
        return [(f.stated, f.expected) for f in narrative_vs_table.check(
            read(LOOSE.format(value=value, rest=rest))).findings]
    assert found("92,31") == []
    assert found("94,23") == [("94,23%", "92,31")]


def test_a_loose_name_does_not_tie_a_figure_printed_elsewhere(read):
    # 94,23 is printed again (another quantity the report gives): not a misprint of 92,31
    text = LOOSE.format(value="94,23", rest="dan 94,23% pelanggar telah dideportasi")
    assert narrative_vs_table.check(read(text)).findings == []


def test_a_loose_name_shared_by_two_indicators_ties_nothing(read):
    text = LOOSE.replace("Persentase permohonan izin tinggal yang diselesaikan tepat waktu",
                         "Persentase penyelesaian pelanggaran keimigrasian oleh WNI")
    assert narrative_vs_table.check(read(text.format(
        value="94,23", rest="sedangkan pelayanan lainnya berjalan lancar"))).findings == []


QUARTERLY = """
    Laporan Kinerja Triwulan II Tahun 2025

    Tabel 3.2 Capaian Indikator s.d. Triwulan II
    | No | Indikator Kinerja | Target 2025 | Realisasi TW I | Realisasi TW II \
| Realisasi s.d. TW II | Capaian (%) |
    |---|---|---|---|---|---|---|
    | 1 | Cakupan pengobatan tuberkulosis (%) | 85,00 | 21,40 | 23,85 | 45,25 | 53,24 |

    Cakupan pengobatan tuberkulosis sampai dengan triwulan ini baru mencapai {value}%.
"""


def test_a_claim_naming_no_quarter_that_is_neither_the_quarter_nor_the_cumulative(read):
    def found(value: str):
        return [(f.stated, f.expected) for f in narrative_vs_table.check(
            read(QUARTERLY.format(value=value))).findings]
    assert found("45,25") == []
    assert found("23,85") == []
    [(stated, expected)] = found("42,35")
    assert (stated, expected) == ("42,35%", "45,25")


def test_a_paragraphs_bold_lead_names_its_indicator_before_a_heading_above(read):
    text = """
        Tabel 3.2 Capaian Indikator Kinerja Utama

        | No | Indikator Kinerja | Target | Realisasi | Capaian |
        |---|---|---|---|---|
        | 1 | Persentase sisa perkara yang diselesaikan | 100,00 | 98,06 | 98,06 |
        | 2 | Persentase perkara yang diselesaikan tepat waktu | 95,00 | 97,37 | 102,49 |

        #### Sasaran Strategis 1: Persentase sisa perkara yang diselesaikan

        **IKU 2 – Persentase perkara yang diselesaikan tepat waktu.** Perkara yang diputus tepat
        waktu sebanyak 3.071 dari 3.154 perkara. Terhadap target 95%, indikator ini tercapai
        {value}%.
    """
    def found(value: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in narrative_vs_table.check(
            read(text.format(value=value))).findings]
    assert found("102,49") == []


def test_a_formulas_constant_is_no_claim(read):
    text = """
        Tabel 3.2 Capaian Indikator Kinerja Utama

        | No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian |
        |---|---|---|---|---|---|
        | 1 | IKU-3 Rata-rata deviasi halaman III DIPA satker mitra *) | % | 5,00 | 3,84 \
| 130,21 |

        Untuk IKU dengan polaritas minimize (IKU 3) digunakan rumus target dibagi realisasi
        dikali 100%.
    """
    assert narrative_vs_table.check(read(text)).findings == []


THIS_YEAR = """\
LAPORAN KINERJA DINAS KESEHATAN TAHUN 2025

Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Prevalensi anemia pada remaja putri | % | 18,00 | 17,25 | 104,17 |
| 2 | Cakupan imunisasi dasar lengkap | % | 95,00 | 93,10 | 98,00 |

Tabel 3.3 Realisasi Tahun 2024 dan 2025

| No | Indikator Kinerja | Realisasi 2024 | Realisasi 2025 |
|---|---|---|---|
| 1 | Prevalensi anemia pada remaja putri | 19,40 | 17,25 |
| 2 | Cakupan imunisasi dasar lengkap | 91,80 | 93,10 |

Prevalensi anemia Tahun 2025 sebesar {value}% sudah di bawah target 18,00%.
"""


def test_a_figure_bound_to_the_report_year_is_that_years_realisasi(read):
    # no role word: "Tahun 2025 sebesar" makes the figure the indicator's value for the year,
    # and last year's value printed in its place is a slip, not another column restated
    assert narrative_vs_table.RULE.run(read(THIS_YEAR.format(value="17,25"))).findings == []
    [finding] = narrative_vs_table.RULE.run(read(THIS_YEAR.format(value="19,40"))).findings
    assert (finding.stated, finding.expected) == ("19,40%", "17,25")


def test_a_role_word_with_its_suffix_names_the_role_and_formula_operands_are_no_claims(read):
    assert _findings(read, "IKK-2 belum mencapai target, tetapi capaiannya 95,50%.") == []
    [finding] = _findings(read, "IKK-2 belum mencapai target, tetapi capaiannya 59,50%.")
    assert (finding.stated, finding.expected) == ("59,50%", "95,50")
    assert _findings(read, "IKK-1 capaiannya dihitung 436 / 400 × 100% = 109,00%.") == []


END_TARGET = """\
LAPORAN KINERJA BAPPEDA TAHUN 2025

Tabel 3.4 Realisasi IKU 2023-2025 dan Target Akhir Renstra

| No | Indikator Kinerja | Realisasi 2024 | Realisasi 2025 | Target Akhir Renstra 2026 | Tingkat Kemajuan (%) |
|---|---|---|---|---|---|
| 1 | Persentase keselarasan program RPJMD dan Renstra PD | 93,92 | 96,30 | 97,50 | 98,77 |
| 2 | Persentase usulan Musrenbang yang diakomodir | 60,85 | 63,50 | 65,00 | 97,69 |

Target akhir Renstra untuk persentase keselarasan program RPJMD dan Renstra PD ditetapkan sebesar {value}% pada tahun 2026. Tingkat kemajuan terhadap target akhir telah mencapai 98,77%.
"""  # noqa: E501


def test_the_plans_end_target_in_prose_is_tied_to_the_end_target_column(read):
    # a quantity of its own: never the year's target, and tied whatever year it names
    assert narrative_vs_table.RULE.run(read(END_TARGET.format(value="97,50"))).findings == []
    [finding] = narrative_vs_table.RULE.run(read(END_TARGET.format(value="97,00"))).findings
    assert (finding.stated, finding.expected) == ("97,00%", "97,50")
    assert "target akhir" in finding.message


SECTION = """
Tabel 3.2 Capaian Kinerja

| No | Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Jumlah pengunjung perpustakaan | Orang | 240.000 | 229.012 | 95,42 |
| 4 | Jumlah peminjaman koleksi digital (e-book) | Kali | 42.000 | 44.835 | 106,75 |

### 3.2.4 Jumlah Peminjaman Koleksi Digital (E-book)

Peminjaman e-book tahun 2025 mencapai realisasi sebesar {v} kali dari target 42.000 kali.
Kunjungan ke ruang baca anak mencapai realisasi sebesar 12.500 orang.
"""


def test_a_shortened_name_under_the_heading_that_names_its_indicator_is_that_indicator():
    # "Peminjaman e-book" shares "peminjaman" and "e-book" with the indicator the section's
    # heading names; "ruang baca anak" shares no word of its own with it and is left alone
    findings = audit_document(parse_text(SECTION.format(v="43.518"), "x.md")).findings
    assert [(f.rule, f.stated, f.expected) for f in findings] == \
        [("narrative_vs_table", "43.518 kali", "44.835")]
    assert audit_document(parse_text(SECTION.format(v="44.835"), "x.md")).findings == []


def test_a_factor_of_a_formula_written_in_words_is_no_figure_of_the_indicator():
    text = """
Tabel 3.2 Capaian Kinerja

| No | Indikator | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 4 | Waktu pelayanan penerbitan Surat Persetujuan Berlayar (SPB) | Jam | 2,00 | 1,65 | 117,50 |

Indikator waktu pelayanan penerbitan SPB berpolaritas negatif sehingga capaiannya
dihitung dengan rumus (2 x target - realisasi) / target x 100.
"""
    assert audit_document(parse_text(text, "x.md")).findings == []


BUDGET_NAMED = """
    Tabel 3.2 Capaian Kinerja Tahun 2025
    | Kode | Indikator Kinerja | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | IK-3 | Persentase efisiensi hasil tender/seleksi terhadap pagu | 8,00 | 9,13 | 114,13 |
    | IK-8 | Persentase realisasi anggaran | 95,00 | 96,21 | 101,27 |

    {prose}
"""


def test_an_indicator_whose_name_speaks_of_the_pagu_is_restated_against_the_pagu(read):
    said = "Efisiensi hasil tender/seleksi mencapai {v}% dari pagu, di atas target."
    ok = read(BUDGET_NAMED.format(prose=said.format(v="9,13")))
    assert narrative_vs_table.check(ok).findings == []
    [finding] = narrative_vs_table.check(
        read(BUDGET_NAMED.format(prose=said.format(v="9,38")))).findings
    assert (finding.stated, finding.expected) == ("9,38%", "9,13")


def test_a_programme_budget_share_is_no_restatement_of_the_budget_indicator(read):
    # the share of one programme's pagu is not the realisasi of "Persentase realisasi
    # anggaran": the budget word names the base, and the indicator has no other word
    prose = "Realisasi anggaran Program Penunjang mencapai 92,40% dari pagu program."
    assert narrative_vs_table.check(read(BUDGET_NAMED.format(prose=prose))).findings == []


AVERAGE_NAMED = """
    Tabel 3.2 Capaian Kinerja Tahun 2025
    | No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|---|
    | 1 | Jumlah sertifikat sanitasi kapal yang diterbitkan | dokumen | 1.100 | 1.135 | 103,18 |
    | 2 | Rata-rata waktu penerbitan sertifikat sanitasi kapal | menit | 60,00 | 53,32 | 111,13 |

    {prose}
"""


def test_a_value_in_an_average_indicators_own_unit_restates_its_realisasi(read):
    said = ("Capaian penting antara lain penerbitan 1.135 sertifikat sanitasi kapal dan "
            "rata-rata waktu pelayanan penerbitan sertifikat sanitasi kapal {v} menit.")
    assert narrative_vs_table.check(read(AVERAGE_NAMED.format(prose=said.format(v="53,32")))) \
        .findings == []
    [finding] = narrative_vs_table.check(
        read(AVERAGE_NAMED.format(prose=said.format(v="54,80")))).findings
    assert (finding.stated, finding.expected) == ("54,80", "53,32")
    # a target is said to be one
    planned = "Rata-rata waktu pelayanan penerbitan sertifikat sanitasi kapal ditargetkan " \
              "58,00 menit."
    assert narrative_vs_table.check(read(AVERAGE_NAMED.format(prose=planned))).findings == []


def test_a_clause_of_role_words_goes_on_about_the_acronym_named_before(read):
    sentence = "Rumah sakit mencatat CRR 86,45% dengan capaian {}."
    assert narrative_vs_table.check(read(ACRONYM.format(sentence=sentence.format("96,06%")))) \
        .findings == []
    [finding] = narrative_vs_table.check(read(ACRONYM.format(
        sentence=sentence.format("93,74%")))).findings
    assert (finding.stated, finding.expected) == ("93,74%", "96,06")


UNITS = """
    LAPORAN KINERJA BALAI BESAR VETERINER TAHUN 2025

    Tabel 3.2 Capaian IKK Tahun 2025
    | Kode | Indikator | Satuan | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|---|
    | IKK 1 | Jumlah sampel yang diuji di laboratorium | sampel | 42.000 | 44.163 | 105,15 |
    | IKK 2 | Ruang lingkup metode uji yang terakreditasi | metode | 45 | 47 | 104,44 |

    Pada tahun 2025 ruang lingkup metode uji yang terakreditasi bertambah menjadi {value} metode.
"""


def test_the_value_a_sentence_of_the_year_says_was_arrived_at_is_the_realisasi(read):
    assert narrative_vs_table.check(read(UNITS.format(value="47"))).findings == []
    [finding] = narrative_vs_table.check(read(UNITS.format(value="49"))).findings
    assert (finding.stated, finding.expected) == ("49", "47")
    # a change, not the value arrived at; a change from one value to another; a plan
    for changed in ("bertambah {value}", "bertambah dari 43,5 menjadi {value}"):
        assert narrative_vs_table.check(read(UNITS.replace(
            "bertambah menjadi {value}", changed).format(value="49"))).findings == []
    assert narrative_vs_table.check(read(UNITS.replace(
        "ruang lingkup", "target ruang lingkup").format(value="49"))).findings == []


REVENUE = """
    LAPORAN KINERJA UPT SAMSAT TAHUN 2025

    Tabel 3.1 Capaian IKU Tahun 2025
    | No | Indikator | Satuan | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|---|
    | 1 | Pajak Kendaraan Bermotor (PKB) | Rp | 101.500.000.000 | 104.618.353.850 | 103,07 |
    | 2 | Persentase kepatuhan wajib pajak PKB | % | 60,00 | 61,93 | 103,22 |

    Tabel 3.2 Perbandingan Realisasi Penerimaan
    | No | Jenis Pendapatan | Realisasi 2024 | Realisasi 2025 |
    |---|---|---|---|
    | 1 | Pajak Kendaraan Bermotor (PKB) | 98.236.914.700 | 104.618.353.850 |

    {sentence}
"""


def test_a_count_of_objects_is_no_rupiah_amount_of_a_similarly_named_indicator(read):
    sentence = ("Jumlah objek pajak kendaraan bermotor yang terdaftar pada akhir tahun 2025 "
                "mencapai 296.159 unit.")
    assert narrative_vs_table.check(read(REVENUE.format(sentence=sentence))).findings == []


def test_a_clause_naming_an_indicator_in_full_is_not_the_acronyms(read):
    sentence = ("Sebanyak 183.410 unit membayar PKB tepat waktu, sehingga persentase kepatuhan "
                "wajib pajak mencapai {}.")
    assert narrative_vs_table.check(read(REVENUE.format(sentence=sentence.format("61,93%")))) \
        .findings == []
    [finding] = narrative_vs_table.check(read(REVENUE.format(
        sentence=sentence.format("63,01%")))).findings
    assert (finding.stated, finding.expected) == ("63,01%", "61,93")


SERIES = """
    Laporan Kinerja Tahun 2025

    Tabel 7. Perbandingan Realisasi Kinerja Tahun 2023-2025
    | No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
    |---|---|---|---|---|
    | 1 | Rata-rata nilai ujian madrasah | 80,86 | 81,74 | 82,39 |
    | 2 | Persentase lulusan yang diterima di PTN | 50,00 | 54,85 | 60,44 |

    {sentence}
"""


def test_last_years_value_quoted_after_a_comparison_is_tied_to_last_years_column(read):
    # "dibanding tahun lalu yang sebesar 81,47": last year's realisasi, though the sentence's
    # own arithmetic (82,39 − 0,92) works out: the words bind it to 2024
    def found(last, change):
        sentence = (f"Rata-rata nilai ujian madrasah tahun 2025 mencapai 82,39, naik {change} "
                    f"poin dibanding tahun lalu yang sebesar {last}.")
        return narrative_vs_table.check(read(SERIES.format(sentence=sentence))).findings

    assert found("81,74", "0,65") == []
    [finding] = found("81,47", "0,92")
    assert (finding.stated, finding.expected) == ("81,47", "81,74")
    assert "tahun 2024" in finding.message


def test_a_figure_that_is_another_named_indicators_value_is_not_a_slip(read):
    # "..., dan 96,29% dokumen diterbitkan tepat waktu": the realisasi of the indicator named
    # after it, though the clause before named another one
    doc = read("""
        Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025
        | No | Indikator Kinerja Utama | Satuan | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|---|
        | 4 | Rata-rata waktu penyelesaian izin (*) | hari | 5,00 | 4,38 | 114,16 |
        | 5 | Persentase izin yang diterbitkan tepat waktu sesuai SOP | % | 95,00 | 96,29 | 101,36 |

        """ + "Rata-rata waktu penyelesaian izin 4,38 hari dari target paling lama 5,00 hari, "
               "dan 96,29% dokumen diterbitkan tepat waktu sesuai SOP.")
    assert narrative_vs_table.check(doc).findings == []


SEDANGKAN = """\
Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 5 | Nilai evaluasi pasca pelatihan (alumni) | nilai | 85,00 | 83,94 | 98,75 |
| 9 | Rata-rata waktu penerbitan sertifikat pelatihan (semakin kecil semakin baik) | hari kerja | 7,0 | 6,2 | 112,90 |

Nilai evaluasi pasca pelatihan yang diperoleh dari 666 alumni responden mencapai 83,94
dengan predikat Baik, sedangkan rata-rata waktu penerbitan sertifikat pelatihan dapat
dipersingkat menjadi 6,2 hari kerja dari target 7,0 hari kerja.
"""  # noqa: E501


def test_a_figure_after_sedangkan_belongs_to_the_indicator_its_clause_names():
    # 7,0 hari is the waiting time's target, not the evaluation score's (85,00)
    doc = parse_text(SEDANGKAN, "x.md")
    assert narrative_vs_table.check(doc).findings == []


CAPAIAN_2025 = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian IKU Tahun 2025

| No | Indikator Kinerja Utama | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 3 | Jumlah produksi benih sumber | ton | 52,50 | 49,86 | 94,97 |
| 7 | Persentase satker yang rekonsiliasi tepat waktu | % | 100,00 | 99,27 | 99,27 |

#### IKU 3 – Jumlah Produksi Benih Sumber

{prose}
"""


def _vs_table(prose: str) -> list[tuple[str, str]]:
    doc = parse_text(CAPAIAN_2025.format(prose=prose), "x.md")
    return [(f.rule, f.stated) for f in audit_document(doc).findings]


def test_a_number_inside_a_name_is_no_figure_of_the_indicator():
    # "Inpari 32 HDB" names a variety, whatever role word the sentence began with
    assert _vs_table("Kekurangan produksi sebesar 2,64 ton terhadap target terutama disebabkan "
                     "serangan blas di lahan penangkaran Inpari 32 HDB dan Inpari 48 Blas.") == []


def test_a_bound_the_value_is_compared_with_is_no_value():
    # beside a comparison table whose "Target Renstra / 2025" column is the year's target
    comparison = CAPAIAN_2025.replace("{prose}", """\
Tabel 3.15 Perbandingan Realisasi dan Target Renstra

| No | Indikator Kinerja Utama | Realisasi |  | Target Renstra |
| No | Indikator Kinerja Utama | 2024 | 2025 | 2025 |
|---|---|---|---|---|
| IKU 7 | Persentase satker yang rekonsiliasi tepat waktu | 98,53 | 99,27 | 100,00 |

{prose}""")
    doc = parse_text(comparison.format(prose=(
        "Apabila dibandingkan dengan target Renstra tahun 2025, seluruh IKU telah memenuhi "
        "atau melampaui target, kecuali IKU 7 yang realisasinya sedikit di bawah 100%.")), "x.md")
    assert [(f.rule, f.stated) for f in audit_document(doc).findings] == []
    assert _vs_table("Apabila dibandingkan dengan target Renstra tahun 2025, seluruh IKU telah "
                     "memenuhi atau melampaui target, kecuali IKU 3 dan IKU 7 yang realisasinya "
                     "sedikit di bawah 100%.") == []


def test_the_first_version_of_a_years_plan_is_no_claim_on_its_revised_target():
    # "Perjanjian Kinerja awal Tahun 2025 ... target 3.000 jam" beside a table of the
    # revised target 3.100: the sentence speaks of the first version, not of "awal tahun"
    text = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian IKU Tahun 2025

| No | Indikator Kinerja Utama | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Jumlah jam siaran lokal | jam | 3.100 | 3.162 | 102,00 |

Perjanjian Kinerja awal Tahun 2025 ditandatangani pada 3 Februari 2025 dengan target jam
siaran lokal 3.000 jam. Melalui Perjanjian Kinerja Perubahan target tersebut dinaikkan
menjadi 3.100 jam.
"""
    doc = parse_text(text, "x.md")
    assert [(f.rule, f.stated) for f in audit_document(doc).findings] == []


SERVICES = """
# Laporan Kinerja 2025

Tabel 3.2 Capaian Indikator Kinerja
| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Jumlah sampel yang diuji | sampel | 2.400 | 2.538 | 105,75 |
| 2 | Jumlah alat ukur yang dikalibrasi | alat | 1.100 | 1.047 | 95,18 |

Capaian utama pelayanan jasa teknis tahun ini antara lain:

- pengujian 2.538 sampel produk dan lingkungan (capaian 105,75%);
- kalibrasi 1.047 alat ukur (capaian 95,18%).

Tabel 3.8 Penerimaan Negara Bukan Pajak per Jenis Layanan
| No | Jenis Layanan | Target (Rp) | Realisasi (Rp) | Capaian (%) |
|---|---|---|---|---|
| 1 | Pengujian Produk dan Lingkungan | 1.800.000.000 | 1.874.265.000 | 104,13 |
| 2 | Kalibrasi Alat Ukur | 720.000.000 | 684.910.000 | 95,13 |
"""


def test_a_capaian_beside_a_count_restates_the_row_that_prints_both(read):
    # "pengujian 2.538 sampel ... (capaian 105,75%)" names a PNBP service by its words, but
    # the row printing 2.538 prints 105,75 too: the sentence restates that row
    assert narrative_vs_table.check(read(SERVICES)).findings == []
    # a capaian that no row beside its count prints is still judged
    [finding] = narrative_vs_table.check(
        read(SERVICES.replace("(capaian 95,18%)", "(capaian 95,81%)"))).findings
    assert finding.stated == "95,81%"


RENSTRA_SHARE = """
# Laporan Kinerja 2025

Tabel 3.2 Capaian Indikator Kinerja
| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) | Predikat |
|---|---|---|---|---|---|---|
| 1 | Jumlah IKM yang dibina | IKM | 120 | 126 | 105,00 | Sangat Baik |
| 2 | Jumlah sertifikat yang diterbitkan | sertifikat | 40 | 43 | 107,50 | Sangat Baik |

Tabel 3.3 Perbandingan Realisasi dan Target Renstra 2029
| No | Indikator Kinerja | Satuan | Realisasi 2024 | Realisasi 2025 | Target Renstra 2029 | Capaian thd Renstra (%) |
|---|---|---|---|---|---|---|
| 1 | Jumlah IKM yang dibina | IKM | 108 | 126 | 180 | 70,00 |
| 2 | Jumlah sertifikat yang diterbitkan | sertifikat | 38 | 43 | 50 | 86,00 |

Terhadap target akhir Renstra, capaian terendah terdapat pada indikator jumlah IKM yang dibina ({v}).
"""  # noqa: E501


def test_a_capaian_against_the_renstra_target_restates_that_column_of_its_row(read):
    # the IKU table's row label carries the unit and the predicate ("... IKM Sangat
    # Baik"); the Renstra table's row is still that indicator, and prints 70,00
    assert narrative_vs_table.check(read(RENSTRA_SHARE.format(v="70,00%"))).findings == []
    [finding] = narrative_vs_table.check(read(RENSTRA_SHARE.format(v="75,00%"))).findings
    assert finding.stated == "75,00%"


CAPAIAN_TABLE = """
    # Laporan Kinerja Tahun 2025

    Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

    | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 1 | Persentase pengaduan masyarakat yang ditindaklanjuti | 100 | 93,55 | 93,55 |
    | 2 | Nilai Tukar Nelayan (NTN) | 101,00 | 102,26 | 101,25 |
    | 3 | Produksi perikanan budidaya | 90.000 | 91.238 | 101,38 |

"""


def test_words_that_give_a_percentage_no_role_of_the_years_indicator(read):
    report = CAPAIAN_TABLE + (
        "Indikator yang belum mencapai target adalah persentase pengaduan masyarakat yang "
        "ditindaklanjuti (93,55%).\n\n"
        "Capaian terhadap target akhir Renstra tertinggi terdapat pada indikator NTN sebesar "
        "99,37%.\n\n"
        "Total produksi perikanan tahun 2025 mencapai 278.186,05 ton, dengan kontribusi "
        "perikanan tangkap sebesar 67,20% dan perikanan budidaya sebesar 32,80%.\n\n"
        "Kabupaten Weda merupakan penyumbang produksi perikanan tangkap terbesar, sedangkan "
        "produksi budidaya terbesar berasal dari Kabupaten Rinda sebesar 18.602,45 ton.\n")
    assert narrative_vs_table.check(read(report)).findings == []
    slip = report.replace("(93,55%)", "(95,35%)")
    [finding] = narrative_vs_table.check(read(slip)).findings
    assert (finding.stated, finding.expected) == ("95,35%", "93,55")


def test_the_excess_over_the_target_is_no_target(read):
    report = CAPAIAN_TABLE + ("Produksi perikanan budidaya melebihi target sebanyak 1.238 "
                              "ton.\n")
    assert narrative_vs_table.check(read(report)).findings == []


def test_a_rate_against_the_end_target_is_no_end_target(read):
    from audit.checks import narrative_vs_table

    text = """
        Tabel 3.3 Capaian terhadap Target Akhir Renstra

        | No | Indikator Kinerja | Realisasi 2024 | Target Akhir Renstra 2026 | Capaian thd Target 2026 (%) |
        |---|---|---|---|---|
        | 1 | Persentase badan publik berkualifikasi Informatif | 27,50 | 35,00 | 78,57 |
        | 2 | Rata-rata nilai monev PPID | 82,36 | 85,00 | 96,89 |

        Indikator dengan capaian terendah terhadap target akhir Renstra adalah persentase badan publik berkualifikasi Informatif ({rate}%) sehingga memerlukan percepatan.

        Target akhir Renstra persentase badan publik berkualifikasi Informatif sebesar {end}%.
    """  # noqa: E501
    assert narrative_vs_table.RULE.run(read(text.format(rate="78,57", end="35,00"))).findings \
        == []
    [found] = narrative_vs_table.RULE.run(read(text.format(rate="78,57", end="53,00"))).findings
    assert (found.stated, found.expected) == ("53,00%", "35,00")



# pasted from a PDF viewer: the table's rows single-spaced, the paragraph wrapped
PASTED_CRR = """\
Tabel 3.2
Capaian Indikator Kinerja Utama Tahun 2024
No Indikator Kinerja Satuan Target Realisasi Capaian
(%) Predikat
1 Indeks Kepuasan Masyarakat (IKM) nilai 83,00 85,50 103,01 Sangat Tinggi
2 Cost Recovery Rate (CRR) % 68,00 59,39 87,34 Tinggi
3 Persentase pemenuhan SPM % 88,00 86,96 98,82 Sangat Tinggi

Terhadap target PK perubahan 68,00% capaian CRR sebesar 87,34% dengan predikat Tinggi.
{sentence}
"""


def test_a_figure_a_role_word_gives_to_another_thing_is_not_the_acronyms():
    other = ("Belum tercapainya target CRR terutama disebabkan realisasi klaim JKN yang hanya\n"
             "94,56% dari target karena sebagian klaim masih berstatus pending di BPJS.")
    doc = parse_text(PASTED_CRR.format(sentence=other), "x.txt")
    assert audit_document(doc).findings == []
    # the acronym's own realisasi, misprinted, is still held to the table
    own = "Realisasi CRR tahun ini sebesar 59,93% sehingga target belum tercapai."
    doc = parse_text(PASTED_CRR.format(sentence=own), "x.txt")
    assert [f.rule for f in audit_document(doc).findings] in (["narrative_vs_table"],
                                                              ["near_miss"])


IPM = """
    Tabel 2.1 Capaian Indikator Makro
    | Indikator | Target | Realisasi | Capaian (%) |
    |---|---|---|---|
    | Indeks Pembangunan Manusia (IPM) | 71,75 | 71,89 | 100,20 |
    | Tingkat Pengangguran Terbuka (TPT) | 4,80 | 4,44 | 108,11 |

    {sentence}
"""


def test_the_ends_of_a_range_are_no_restated_value(read):
    """``kategori tinggi (70 sampai dengan kurang dari 80)``: a scale's band, not the IPM."""
    doc = read(IPM.format(sentence=(
        "Dengan capaian tersebut IPM tetap berada pada kategori tinggi (70 sampai dengan "
        "kurang dari 80) menurut klasifikasi BPS.")))
    assert narrative_vs_table.check(doc).findings == []


def test_a_target_after_a_comparison_verb_is_the_indicators_target(read):
    """``IPM ... mencapai 71,89, melampaui target 71,57``: the clause ", melampaui target"
    goes on about the indicator its sentence named by its acronym."""
    sentence = "IPM tahun 2025 mencapai 71,89, melampaui target {t}."
    assert narrative_vs_table.check(read(IPM.format(
        sentence=sentence.format(t="71,75")))).findings == []
    [finding] = narrative_vs_table.check(read(IPM.format(
        sentence=sentence.format(t="71,57")))).findings
    assert (finding.stated, finding.expected) == ("71,57", "71,75")


def test_the_highest_units_rate_is_not_the_indicators(read):
    """``Persentase capaian PKB tertinggi dicapai UPT Samsat Danau Biru (106,30%)``: one
    unit's, not the PKB's own capaian."""
    doc = read("""
        | No | Indikator | Target | Realisasi | Capaian |
        |---|---|---|---|---|
        | 1 | Pajak Kendaraan Bermotor (PKB) | 1.185.000 | 1.206.827 | 101,84 |
        | 2 | Bea Balik Nama Kendaraan Bermotor (BBNKB) | 640.000 | 621.523 | 97,11 |

        Persentase capaian PKB tertinggi dicapai UPT Samsat Kabupaten Danau Biru (106,30%).
    """)
    assert narrative_vs_table.check(doc).findings == []


def test_last_years_value_given_for_this_year_is_reported_though_its_row_prints_it(read):
    """``target IKP 4.2 sebesar 90,00 dengan realisasi 90,36``: 90,36 is the 2024 realisasi
    in the indicator's own row, the 2025 one is 92,47 — a stale value, not another row."""
    text = """
        Laporan Kinerja Tahun 2025

        | IKP | Realisasi 2024 | Target 2025 | Realisasi 2025 | Capaian (%) |
        |---|---|---|---|---|
        | 4.1 | 79,85 | 80,00 | 81,25 | 101,56 |
        | 4.2 | 90,36 | 90,00 | 92,47 | 102,74 |

        Pada tahun 2025, target IKP 4.2 ditetapkan sebesar 90,00 dengan realisasi {r}.
    """
    assert narrative_vs_table.check(read(text.format(r="92,47"))).findings == []
    [finding] = narrative_vs_table.check(read(text.format(r="90,36"))).findings
    assert (finding.stated, finding.expected) == ("90,36", "92,47")
