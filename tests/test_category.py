from __future__ import annotations

from audit.checks import category

SCALE = """
    Kriteria capaian kinerja:

    | Rentang | Kategori |
    |---|---|
    | 91 ≤ 100 | Sangat Tinggi |
    | 76 ≤ 90 | Tinggi |
    | 66 ≤ 75 | Sedang |

    Tabel 3.1 Capaian
    | Indikator | Capaian | Kategori |
    |---|---|---|
    | Persentase lulusan yang bekerja | {value} | Sangat Tinggi |
    | Persentase kasus yang diselesaikan | 80,0% | Tinggi |
"""


def test_a_capaian_inside_its_band_passes(read):
    result = category.check(read(SCALE.format(value="95,2%")))
    assert result.findings == []
    assert result.performed == 2


def test_a_predicate_outside_its_band_is_reported(read):
    [finding] = category.check(read(SCALE.format(value="82,5%"))).findings
    assert finding.line == 12
    assert finding.expected == "Tinggi"
    assert "Sangat Tinggi" in finding.message


def test_no_scale_in_the_document_means_no_verdict(read):
    doc = read("""
        | Indikator | Capaian | Kategori |
        |---|---|---|
        | Persentase lulusan yang bekerja | 40% | Sangat Tinggi |
    """)
    assert category.check(doc).findings == []


def test_a_sentence_label_is_judged(read):
    doc = read(SCALE.format(value="95,2%") + """
    Capaian indikator lulusan sebesar 70,5% dengan kategori Sangat Tinggi.
    """)
    [finding] = category.check(doc).findings
    assert finding.expected == "Sedang"


DECIMAL_SCALE = """
    | Capaian (%) | Predikat |
    |---|---|
    | ≥ 100,00 | Sangat Baik |
    | 85,00 - 99,99 | Baik |
    | 70,00 - 84,99 | Cukup |

    4. Rata-rata waktu tunggu rawat jalan: realisasi 72 menit, capaian 83,33% ({label});
"""


def test_a_parenthesised_predicate_in_prose_is_judged_on_a_decimal_scale(read):
    assert category.check(read(DECIMAL_SCALE.format(label="Cukup"))).findings == []
    [finding] = category.check(read(DECIMAL_SCALE.format(label="Baik"))).findings
    assert finding.line == 7 and finding.expected == "Cukup"


def test_letter_grades_from_the_reports_own_interval_table(read):
    from audit.engine import audit_document

    text = """
        Tabel 3.10 Nilai Interval dan Mutu Pelayanan

        | Mutu Pelayanan | Nilai Interval Konversi | Kinerja Unit Pelayanan |
        |---|---|---|
        | A | 88,31 - 100,00 | Sangat Baik |
        | B | 76,61 - 88,30 | Baik |
        | C | 65,00 - 76,60 | Kurang Baik |
        | D | 25,00 - 64,99 | Tidak Baik |

        Dengan nilai 84,33, mutu pelayanan berada pada kategori {grade}.
    """
    assert audit_document(read(text.format(grade="B"))).findings == []
    found = audit_document(read(text.format(grade="A"))).findings
    assert [(f.rule, f.expected) for f in found] == [("category", "B")]


def test_letter_grades_from_a_scale_given_in_a_sentence(read):
    from audit.engine import audit_document

    # two scales in prose, one on the 1-4 scale of the elements and one on 25-100
    text = """
        Keterangan: mutu unsur 3,5324-4,00 = A; 3,0644-3,5323 = B; 2,60-3,0643 = C;
        1,00-2,5999 = D.

        Nilai IKM 88,31-100,00 termasuk mutu pelayanan A (Sangat Baik), 76,61-88,30 mutu B
        (Baik), 65,00-76,60 mutu C (Kurang Baik), dan 25,00-64,99 mutu D (Tidak Baik).

        Nilai IKM tahun 2025 sebesar 88,62 termasuk mutu pelayanan {grade} ({word}).
    """
    assert audit_document(read(text.format(grade="A", word="Sangat Baik"))).findings == []
    found = audit_document(read(text.format(grade="B", word="Baik"))).findings
    assert [(f.rule, f.stated, f.expected) for f in found] == [("category", "88,62 B", "A")]


def test_a_grade_the_scale_does_not_define_is_not_judged(read):
    from audit.engine import audit_document

    text = """
        | Mutu | Nilai Interval |
        |---|---|
        | B | 76,61 - 88,30 |
        | C | 65,00 - 76,60 |

        Dengan nilai 91,20, mutu pelayanan berada pada kategori A.
    """
    report = audit_document(read(text))
    assert report.errors == [] and report.findings == []


def test_a_scale_whose_ranges_name_their_variable(read):
    from audit.engine import audit_document

    text = """
        | No | Rentang Capaian (%) | Kategori |
        |---|---|---|
        | 1 | ≥ 90,00 | Sangat Baik |
        | 2 | 75,00 ≤ capaian < 90,00 | Baik |
        | 3 | 65,00 ≤ capaian < 75,00 | Cukup |
        | 4 | < 65,00 | Kurang |

        Dengan target 60,00%, capaian indikator ini sebesar 71,33% dan termasuk kategori {label}.
    """
    assert audit_document(read(text.format(label="Cukup"))).findings == []
    found = audit_document(read(text.format(label="Baik"))).findings
    assert [(f.rule, f.expected) for f in found] == [("category", "Cukup")]


def test_a_scale_with_row_numbers_and_operators_on_both_bounds_and_a_remarks_column(read):
    from audit.checks import category

    text = """
        | No | Indikator | Capaian 2025 (%) | Predikat | Keterangan |
        |---|---|---|---|---|
        | 1 | Persentase jaringan irigasi dalam kondisi baik | 88,11 | {label} | |
        | 2 | Persentase rumah tangga dengan akses air minum layak | 98,24 | Sangat Baik | naik |

        Skala Nilai Predikat

        | No | Rentang Capaian (%) | Predikat |
        |---|---|---|
        | 1 | ≥ 90,00 | Sangat Baik |
        | 2 | 75,00 – < 90,00 | Baik |
        | 3 | 65,00 – < 75,00 | Cukup |
        | 5 | < 50,00 | Sangat Kurang |
    """
    assert category.RULE.run(read(text.format(label="Baik"))).findings == []
    [finding] = category.RULE.run(read(text.format(label="Sangat Baik"))).findings
    assert (finding.stated, finding.line) == ("88,11 Sangat Baik", 3)


WORDED_BOUNDS = """
    Tabel 3.1 Skala Predikat
    | No | Rentang Capaian (%) | Predikat |
    |---|---|---|
    | 1 | 91,00 ke atas | Sangat Baik |
    | 2 | 76,00 s.d. 90,99 | Baik |
    | 3 | 75,99 ke bawah | Cukup |

    Tabel 3.2 Capaian
    | Indikator | Capaian (%) | Predikat |
    |---|---|---|
    | Persentase objek pajak yang dimutakhirkan | {value} | Sangat Baik |
"""


def test_open_bands_written_ke_atas_and_ke_bawah_are_part_of_the_scale(read):
    assert category.check(read(WORDED_BOUNDS.format(value="95,10"))).findings == []
    [finding] = category.check(read(WORDED_BOUNDS.format(value="84,20"))).findings
    assert finding.expected == "Baik"


IKM_TABLES = """\
# Laporan Kinerja Tahun 2025

Tabel 3.7 Nilai Persepsi, Interval dan Mutu Pelayanan

| Nilai Persepsi | Nilai Interval (NI) | Nilai Interval Konversi (NIK) | Mutu Pelayanan | Kinerja |
|---:|---|---|---|---|
| 1 | 1,00 – 2,5996 | 25,00 – 64,99 | D | Tidak Baik |
| 2 | 2,60 – 3,064 | 65,00 – 76,60 | C | Kurang Baik |
| 3 | 3,0644 – 3,532 | 76,61 – 88,30 | B | Baik |
| 4 | 3,5324 – 4,00 | 88,31 – 100,00 | A | Sangat Baik |

Tabel 3.8 Nilai Rata-rata per Unsur Pelayanan Tahun 2025

| Kode | Unsur Pelayanan | NRR | Nilai Konversi | Mutu |
|---|---|---:|---:|---|
| U1 | Persyaratan | 3,412 | 85,30 | {u1} |
| U2 | Biaya/tarif | 3,604 | 90,10 | A |
| U3 | Perilaku pelaksana | 3,532 | 88,30 | B |
"""


def test_letter_grades_in_a_table_are_judged_on_the_scale_their_values_lie_in():
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    def found(u1: str) -> list[tuple[str, str, str]]:
        doc = parse_text(IKM_TABLES.format(u1=u1), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    # 88,30 is the top of B; 3,412 and 85,30 are B on both scales
    assert found("B") == []
    assert found("A") == [("category", "85,30 A", "B")]


def test_a_table_number_before_a_grade_is_no_graded_value():
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    text = IKM_TABLES.format(u1="B") + (
        "\nWalaupun capaian tergolong Sangat Baik menurut skala Tabel 3.1, mutu pelayanan "
        "masih satu tingkat di bawah mutu A.\n")
    assert audit_document(parse_text(text, "x.md")).findings == []


KLA = """\
Tabel 3.8 Skala Predikat Kabupaten/Kota Layak Anak

| No | Predikat | Rentang Nilai |
|---|---|---|
| 1 | Pratama | 501 - 600 |
| 2 | Madya | 601 - 700 |
| 3 | Nindya | 701 - 800 |
| 4 | Utama | 801 - 900 |

Kota memperoleh nilai evaluasi KLA sebesar 742. Berdasarkan skala pada Tabel 3.8, nilai 742
berada pada rentang 701 - 800 sehingga kota mempertahankan predikat {grade}.
"""


def test_a_grade_of_the_reports_own_named_scale_is_judged(read):
    # the scale's names are the report's own words; the range's bounds beside the value
    # are not values
    assert category.check(read(KLA.format(grade="Nindya"))).findings == []
    [finding] = category.check(read(KLA.format(grade="Madya"))).findings
    assert (finding.stated, finding.expected) == ("742 Madya", "Nindya")


IID = """\
Tabel 3.6 Skala Predikat Indeks Inovasi Daerah

| Rentang Skor IID | Predikat |
|---|---|
| > 60,00 | Sangat Inovatif |
| 40,00 – 60,00 | Inovatif |
| 20,00 – 39,99 | Kurang Inovatif |
| < 20,00 | Tidak Dapat Dinilai |

Skor Indeks Inovasi Daerah provinsi mencapai 62,35 dengan predikat {grade}. Sebanyak 1 (satu)
kabupaten memperoleh predikat Sangat Inovatif dan 3 (tiga) Inovatif.

Tabel 3.7 Skor IID Kabupaten/Kota Tahun 2025

| Kabupaten/Kota | Skor IID | Predikat | Jumlah Inovasi |
|---|---|---|---|
| Kota Bandar Selatan | 64,12 | Sangat Inovatif | 58 |
| Kabupaten Gugus Timur | 55,80 | Inovatif | 41 |
| Kabupaten Pulau Lengkara | 47,25 | {row} | 33 |
| Kabupaten Lautan Biru | 17,40 | Tidak Dapat Dinilai | 12 |
"""


def test_a_named_scale_with_open_bands_judges_scores_not_counts(read):
    # "> 60,00" and "< 20,00" leave the scale open: the counts in the sentence (1, 3) and
    # the column of innovations (58, 41 ...) are not scores, the grades disagree with them
    def found(grade, row):
        return [(f.stated, f.expected) for f in
                category.check(read(IID.format(grade=grade, row=row))).findings]
    assert found("Sangat Inovatif", "Inovatif") == []
    assert found("Inovatif", "Inovatif") == [("62,35 Inovatif", "Sangat Inovatif")]
    assert found("Sangat Inovatif", "Kurang Inovatif") == [("47,25 Kurang Inovatif",
                                                            "Inovatif")]


def test_a_worked_formula_gives_the_capaian_its_category_is_judged_on(read):
    text = """
        Tabel 3.1 Skala Kategori Capaian Kinerja

        | No | Rentang Capaian (%) | Kategori |
        |---|---|---|
        | 1 | Capaian ≥ 90,00 | Sangat Baik |
        | 2 | 75,00 ≤ Capaian < 90,00 | Baik |
        | 3 | 65,00 ≤ Capaian < 75,00 | Cukup |
        | 4 | Capaian < 65,00 | Kurang |

        Realisasi 46 hari terhadap target 40 hari, sehingga capaiannya 40/46 × 100% = 86,96%
        dengan kategori {grade}.
    """
    assert category.check(read(text.format(grade="Baik"))).findings == []
    [finding] = category.check(read(text.format(grade="Sangat Baik"))).findings
    assert finding.expected == "Baik"


_DOUBLED_GRADES = """
    Tabel 3.3 Skala Predikat Hasil Pengawasan Kearsipan

    | No | Rentang Nilai | Predikat | Keterangan |
    |---|---|---|---|
    | 1 | 90,01 - 100,00 | AA | Sangat Memuaskan |
    | 2 | 80,01 - 90,00 | A | Memuaskan |
    | 3 | 70,01 - 80,00 | BB | Sangat Baik |
    | 4 | 60,01 - 70,00 | B | Baik |
    | 5 | 50,01 - 60,00 | CC | Cukup |
    | 6 | 0,00 - 50,00 | C | Kurang |

    Tabel 3.5 OPD dengan Nilai Tertinggi dan Terendah

    | Peringkat | Perangkat Daerah | Nilai | Predikat |
    |---|---|---|---|
    | 1 | Dinas Kependudukan | 91,20 | AA |
    | 2 | Sekretariat Daerah | 87,65 | A |
    | 3 | Inspektorat Daerah | 83,42 | A |
    | 5 | Dinas Penanaman Modal | 82,75 | {grade} |
    | 36 | Kecamatan Lembah Asri | 53,90 | CC |
    | 37 | Dinas Perikanan | 48,60 | C |
"""


def test_doubled_letter_grades_are_judged_on_the_score_not_the_rank(read):
    # AA / BB / CC are grades of their own; the rank column beside the score lies on the
    # same 0-100 span but agrees with no grade: the score column is the one graded
    assert category.check(read(_DOUBLED_GRADES.format(grade="A"))).findings == []
    [finding] = category.check(read(_DOUBLED_GRADES.format(grade="BB"))).findings
    assert finding.stated.lower() == "82,75 bb" and finding.expected.lower().endswith("a")


def test_bands_above_one_end_up_to_the_other_abut_exactly(read):
    # "> 70 – 80" is BB and "> 80 – 90" is A: 80,21 is A, however near the edge
    text = """
        Tabel 3.4 Skala Predikat

        | No | Predikat | Nilai | Keterangan |
        |---|---|---|---|
        | 1 | AA | > 90 – 100 | Sangat Memuaskan |
        | 2 | A | > 80 – 90 | Memuaskan |
        | 3 | BB | > 70 – 80 | Sangat Baik |
        | 4 | B | > 60 – 70 | Baik |

        Tabel 3.6 Nilai SAKIP Perangkat Daerah

        | No | Perangkat Daerah | Nilai | Predikat |
        |---|---|---|---|
        | 1 | Sekretariat Daerah | 81,58 | A |
        | 2 | Inspektorat Daerah | 79,62 | BB |
        | 3 | Dinas Kominfo | 80,21 | {grade} |
        | 4 | Dinas Kesehatan | 70,00 | B |
    """
    assert category.check(read(text.format(grade="A"))).findings == []
    [finding] = category.check(read(text.format(grade="BB"))).findings
    assert (finding.stated, finding.expected) == ("80,21 BB", "A")


def test_a_grade_in_prose_belongs_to_the_figure_right_before_it(read):
    text = """
        | No | Rentang Nilai | Predikat |
        |---|---|---|
        | 1 | > 80 – 90 | A |
        | 2 | > 70 – 80 | BB |
        | 3 | > 60 – 70 | B |

        Capaian yang menonjol antara lain persentase segmen batas desa 64,29% dan nilai SAKIP {v} dengan predikat BB.
    """  # noqa: E501
    assert category.check(read(text.format(v="73,42"))).findings == []
    [finding] = category.check(read(text.format(v="83,42"))).findings
    assert finding.stated == "83,42 BB"


def test_a_predicate_of_the_next_clause_is_not_given_to_this_clause_figure(read):
    # "berpredikat Tinggi, yaitu ... capaian 82,5%, dan 1 (satu) indikator berpredikat
    # Sedang, yaitu ...": each category stands before the figure of its own clause
    doc = read(SCALE.format(value="95,2%") + """
    Sebanyak 1 (satu) indikator berpredikat Tinggi, yaitu kasus yang diselesaikan dengan
    capaian 82,5%, dan 1 (satu) indikator berpredikat Sedang, yaitu lulusan dengan capaian 70,5%.
    """)
    assert category.check(doc).findings == []


def test_a_predicate_given_after_the_capaian_sentence_is_judged_on_that_capaian(read):
    doc = read(SCALE.format(value="95,2%") + """
    Terhadap target 50,00%, indikator ini tercapai 82,50%. Jumlah peserta telah melampaui
    rencana, sehingga IKU 1 memperoleh predikat {label}.
    """.replace("{label}", "Sangat Tinggi"))
    [finding] = category.check(doc).findings
    assert (finding.stated, finding.expected) == ("82,50% Sangat Tinggi", "Tinggi")
    right = read(SCALE.format(value="95,2%") + """
    Terhadap target 50,00%, indikator ini tercapai 82,50%. Jumlah peserta telah melampaui
    rencana, sehingga IKU 1 memperoleh predikat Tinggi.
    """)
    assert category.check(right).findings == []


def test_a_category_that_no_indicator_reached_is_no_predicate(read):
    text = """
        Tabel 3.1 Skala Predikat Capaian Kinerja

        | No | Rentang Capaian (%) | Predikat |
        |---|---|---|
        | 1 | ≥ 100,00 | Sangat Berhasil |
        | 2 | 90,00 - 99,99 | Berhasil |
        | 3 | 75,00 - 89,99 | Cukup Berhasil |
        | 4 | < 75,00 | Kurang Berhasil |

        Indikator ketepatan waktu publikasi tercapai 90,48% dan termasuk kategori Berhasil.
        {negation} indikator yang berada pada kategori Cukup Berhasil.
    """
    def found(negation: str) -> list[str]:
        return [f.stated for f in category.check(read(text.format(negation=negation))).findings]
    assert found("Tidak ada") == []
    assert found("Sehingga") != []


def test_a_predicate_after_dan_with_no_new_subject_is_the_same_capaians(read):
    text = """
        Tabel 3.1 Skala Predikat Capaian Kinerja

        | No | Rentang Capaian (%) | Predikat |
        |---|---|---|
        | 1 | ≥ 100,00 | Sangat Berhasil |
        | 2 | 85,00 - 99,99 | Berhasil |
        | 3 | < 85,00 | Cukup Berhasil |

        Capaian indikator ini adalah 10 dibagi 11 atau 90,91%, dan termasuk kategori {label}
        menurut skala capaian pada Tabel 3.1.
    """
    def found(label: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in category.check(
            read(text.format(label=label))).findings]
    assert found("Berhasil") == []
    assert len(found("Sangat Berhasil")) == 1


def test_bands_that_abut_exactly_are_not_widened(read):
    # "85 ≤ capaian < 100" beside "≥ 100": 99,07 is Berhasil, not Sangat Berhasil
    text = """
        Tabel 3.1 Skala Nilai Capaian Kinerja

        | No | Rentang Capaian (%) | Predikat |
        |---|---|---|
        | 1 | ≥ 100 | Sangat Berhasil |
        | 2 | 85 ≤ capaian < 100 | Berhasil |
        | 3 | 70 ≤ capaian < 85 | Cukup Berhasil |
        | 4 | < 70 | Kurang Berhasil |

        Tabel 3.2 Capaian Indikator Kinerja Utama

        | No | Indikator | Target | Realisasi | Capaian (%) | Predikat |
        |---|---|---|---|---|---|
        | 1 | Persentase jemaah haji yang berangkat dari kuota | 100,00 | 99,07 | 99,07 | {label} |
    """
    def found(label: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in category.check(
            read(text.format(label=label))).findings]
    assert found("Berhasil") == []
    assert found("Sangat Berhasil") == [("99,07 Sangat Berhasil", "Berhasil")]


def test_a_bound_every_capaian_exceeds_is_no_capaian_with_a_predicate(read):
    # "capaian di atas 76%, dengan 1 indikator berkategori Sangat Tinggi": 76 is a bound
    # the sentence states, not the capaian the category is given to
    text = SCALE.format(value="95,2%") + """
    Tabel 3.1 menunjukkan seluruh indikator memperoleh capaian {bound} 76%, dengan 1 indikator
    berkategori Sangat Tinggi.
    """
    assert category.check(read(text.format(bound="di atas"))).findings == []
    [finding] = category.check(read(text.format(bound="sebesar"))).findings
    assert finding.stated.endswith("Sangat Tinggi")


TWO_YEARS = """
    Tabel 3.1 Kategori Capaian Kinerja

    | No | Rentang Capaian (%) | Kategori |
    |---|---|---|
    | 1 | ≥ 100,00 | Sangat Baik |
    | 2 | 90,00 – 99,99 | Baik |
    | 3 | 75,00 – 89,99 | Cukup |

    Tabel 3.2 Capaian Indikator Kinerja Tahun 2024 dan Tahun 2025

    | Indikator | Realisasi 2024 | Capaian 2024 (%) | Realisasi 2025 | Capaian 2025 (%) | Kategori |
    |---|---|---|---|---|---|
    | Nilai efektivitas pengelolaan | 73,47 | 102,04 | 76,12 | 102,86 | Sangat Baik |
    | Populasi tapir teridentifikasi | 17 | 106,25 | 17 | 94,44 | Baik |
    | Luas kawasan dipulihkan | 125,00 | 100,00 | 142,50 | 95,00 | Baik |
    | Kelompok kemitraan konservasi | 9 | 100,00 | 11 | 91,67 | {label} |
"""


def test_a_predicate_after_two_years_capaian_grades_the_later_one(read):
    # the Kategori column follows the 2025 block: 91,67 is Baik, whatever 2024's 100,00 was
    assert category.check(read(TWO_YEARS.format(label="Baik"))).findings == []
    [finding] = category.check(read(TWO_YEARS.format(label="Sangat Baik"))).findings
    assert (finding.stated, finding.expected) == ("91,67 Sangat Baik", "Baik")


COLOURED = """
    Tabel 3.1 Kriteria Kategori Capaian IKU

    | No | Rentang Capaian | Kategori | Warna |
    |---|---|---|---|
    | 1 | Capaian ≥ 100% | Sangat Baik | Hijau |
    | 2 | 80% ≤ Capaian < 100% | Baik | Kuning |
    | 3 | Capaian < 80% | Kurang | Merah |

    Dengan capaian 91,59%, indikator ini berada pada kategori {label}.
"""


def test_a_scale_row_naming_its_band_twice_is_still_a_scale(read):
    # "Sangat Baik | Hijau": the colour after the category does not hide the band
    assert category.check(read(COLOURED.format(label="Baik"))).findings == []
    [finding] = category.check(read(COLOURED.format(label="Sangat Baik"))).findings
    assert finding.expected == "Baik"


STATUS = """
    Status capaian mengikuti ketentuan pengelolaan kinerja: Hijau apabila capaian ≥ 100%,
    Kuning apabila 80% ≤ capaian < 100%, dan Merah apabila capaian < 80%.

    Tabel 3.1 Capaian Indikator Kinerja Utama
    | No | Indikator | Target | Realisasi | Capaian (%) | Status |
    |---|---|---|---|---|---|
    | 1 | Persentase realisasi penerimaan bea masuk | 100,00 | 103,15 | 103,15 | Hijau |
    | 2 | Persentase realisasi penerimaan bea keluar | 100,00 | 91,76 | 91,76 | {status} |
"""


def test_a_traffic_light_scale_stated_in_a_sentence_judges_the_status_column(read):
    assert category.check(read(STATUS.format(status="Kuning"))).findings == []
    [finding] = category.check(read(STATUS.format(status="Hijau"))).findings
    assert finding.expected == "Kuning"


def test_tercapai_with_its_category_is_judged_like_a_capaian(read):
    doc = """
        Skala: capaian ≥ 91,00 Sangat Tinggi; 76,00 ≤ capaian < 91,00 Tinggi.

        | Skala | Kategori |
        |---|---|
        | capaian ≥ 91,00 | Sangat Tinggi |
        | 76,00 ≤ capaian < 91,00 | Tinggi |

        Cadangan pangan mencatat realisasi 141,25 ton dari target 160,00 ton, atau tercapai
        88,28% dengan kategori {label}.
    """
    assert category.check(read(doc.format(label="Tinggi"))).findings == []
    [finding] = category.check(read(doc.format(label="Sangat Tinggi"))).findings
    assert finding.expected == "Tinggi"


WORDED = """
    Tabel 3.1 Skala Nilai Peringkat Kinerja

    | No | Interval Nilai Realisasi Kinerja (%) | Kriteria Penilaian |
    |---|---|---|
    | 1 | Lebih dari atau sama dengan 91,00 | Sangat Tinggi |
    | 2 | 76,00 sampai dengan 90,99 | Tinggi |
    | 3 | 66,00 sampai dengan 75,99 | Sedang |
    | 4 | Kurang dari atau sama dengan 65,99 | Rendah |

    Realisasi tersebut di bawah target 90,00%, dengan capaian 75,83% sehingga
    indikator ini masuk kategori {label}.
"""


def test_a_scale_worded_sampai_dengan_and_atau_sama_dengan_is_read(read):
    assert category.check(read(WORDED.format(label="Sedang"))).findings == []
    [finding] = category.check(read(WORDED.format(label="Tinggi"))).findings
    assert finding.expected == "Sedang" and finding.line == 11  # the line of the label


SAKIP_SCALE = """\
Tabel 3.2 Skala Predikat Evaluasi SAKIP

| No | Nilai | Predikat | Interpretasi |
|---|---|---|---|
| 1 | > 90 – 100 | AA | Sangat Memuaskan |
| 2 | > 80 – 90 | A | Memuaskan |
| 3 | > 70 – 80 | BB | Sangat Baik |
| 4 | > 60 – 70 | B | Baik |
| 5 | > 50 – 60 | CC | Cukup |

{sentence}
"""


def test_a_letter_grade_scale_judges_only_grades_given_by_its_own_word(read):
    def findings(sentence: str) -> list[tuple[str, str]]:
        doc = read(SAKIP_SCALE.format(sentence=sentence))
        return [(f.stated, f.expected) for f in category.check(doc).findings]

    assert findings("Nilai evaluasi SAKIP tahun 2025 sebesar 72,20 dengan predikat BB.") == []
    assert findings("Nilai evaluasi SAKIP tahun 2025 sebesar 72,20 dengan predikat A.") != []
    # the satisfaction index's "mutu pelayanan" follows another scale the report never prints
    assert findings("Nilai IKM tahun 2025 sebesar 84,17 dengan mutu pelayanan B (Baik).") == []


LISTED_SCALE = """\
Predikat capaian ditentukan dengan skala sebagai berikut:
a. capaian lebih dari 90,00%: Sangat Tinggi;
b. capaian 75,01% sampai dengan 90,00%: Tinggi;
c. capaian 65,01% sampai dengan 75,00%: Sedang;
d. capaian 50,01% sampai dengan 65,00%: Rendah; dan
e. capaian 50,00% atau kurang: Sangat Rendah.

Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) | Predikat |
|---|---|---|---|---|---|
| 1 | Persentase pertumbuhan PAD | 46,00 | 40,90 | 88,91 | {label} |
| 2 | Tingkat kepatuhan wajib pajak | 85,00 | 81,40 | 95,76 | Sangat Tinggi |
"""


def test_a_scale_listed_as_items_ending_in_semicolons(read):
    assert category.check(read(LISTED_SCALE.format(label="Tinggi"))).findings == []
    [finding] = category.check(read(LISTED_SCALE.format(label="Sangat Tinggi"))).findings
    assert finding.line == 12 and "Tinggi" in finding.message


def test_a_grade_given_to_the_value_the_sentence_before_introduced(read):
    # "Dengan nilai tersebut, ... kategori A": the value is the one the sentence before gave
    # after the same noun ("Nilai IKM tahun 2025 sebesar 86,75"), not its target or capaian
    from audit.engine import audit_document

    text = """
        Tabel 3.11 Nilai Interval dan Mutu Pelayanan

        | Mutu Pelayanan | Nilai Interval Konversi | Kinerja Unit Pelayanan |
        |---|---|---|
        | A | 88,31 - 100,00 | Sangat Baik |
        | B | 76,61 - 88,30 | Baik |
        | C | 65,00 - 76,60 | Kurang Baik |

        Nilai IKM tahun 2025 sebesar 86,75 dari target 85,00, sehingga capaiannya 102,06%.
        Dengan nilai tersebut, mutu pelayanan Dinas termasuk kategori {grade} (Baik).
    """
    assert audit_document(read(text.format(grade="B"))).findings == []
    found = audit_document(read(text.format(grade="A"))).findings
    assert [(f.rule, f.stated, f.expected) for f in found] == [("category", "86,75 A", "B")]


def test_a_band_open_above_with_its_bound_printed_first(read):
    # "91 ≤ X": at least 91; 84,86 lies in 76 ≤ X < 91, Tinggi
    text = """
    | No | Interval Capaian (X, %) | Kategori |
    |---|---|---|
    | 1 | 91 ≤ X | Sangat Tinggi |
    | 2 | 76 ≤ X < 91 | Tinggi |
    | 3 | X < 76 | Sedang |

    Persentase nilai transaksi e-purchasing: realisasi 18,67% dari target 22,00%, capaian
    {value}% ({label}).
    """
    assert category.check(read(text.format(value="95,86", label="Sangat Tinggi"))).findings == []
    [finding] = category.check(read(text.format(value="84,86", label="Sangat Tinggi"))).findings
    assert finding.stated.endswith("Sangat Tinggi") and "Tinggi" in finding.expected


def test_a_scale_given_in_one_line_of_bands_apart_by_semicolons(read):
    text = """
    | No | Bidang Urusan | Realisasi (%) | Predikat |
    |---|---|---|---|
    | 1 | Pendidikan | 95,08 | Sangat Tinggi |
    | 2 | Pariwisata | 69,98 | {label} |

    Kriteria tingkat capaian: >= 91,00 Sangat Tinggi; 76,00 - 90,99 Tinggi; 66,00 - 75,99
    Sedang; 51,00 - 65,99 Rendah; <= 50,99 Sangat Rendah.
    """
    # (a scale on one line; the reader keeps the wrapped line as one line of text)
    text = text.replace("75,99\n    Sedang", "75,99 Sedang")
    assert category.check(read(text.format(label="Sedang"))).findings == []
    [finding] = category.check(read(text.format(label="Tinggi"))).findings
    assert "Sedang" in finding.expected


def test_a_tally_of_indicators_per_grade_grades_nothing(read):
    # rows that are the grades themselves, with how many indikator got each and their
    # share: 62,50 is a share of indikator, no capaian of "Sangat Tinggi"
    doc = read(SCALE.format(value="95,2%") + """

    Tabel 3.3 Rekapitulasi Predikat Capaian

    | No | Predikat | Jumlah Indikator | Persentase (%) |
    |---|---|---|---|
    | 1. | Sangat Tinggi | 5 | 62,50 |
    | 2. | Tinggi | 2 | 25,00 |
    | 3. | Sedang | 1 | 12,50 |
    | Jumlah |  | 8 | 100,00 |
""")
    assert category.check(doc).findings == []


def test_a_scale_given_as_a_list_grades_a_tables_zone_column(read):
    # "- Zona Hijau (...): nilai 81,00 - 100,00;" one grade per item; the table prints the
    # grade without the scale's word ("Hijau") beside two years' scores: "Zona 2025"
    # grades "Nilai 2025"
    text = """
Nilai kepatuhan dikelompokkan ke dalam zona berikut:

- Zona Hijau (kepatuhan tinggi): nilai 81,00 - 100,00;
- Zona Kuning (kepatuhan sedang): nilai 51,00 - 80,99;
- Zona Merah (kepatuhan rendah): nilai 0,00 - 50,99.

Tabel 3.7 Hasil Survei Kepatuhan Standar Pelayanan Publik Tahun 2025

| Pemerintah Daerah | Produk Layanan | Nilai 2024 | Nilai 2025 | Zona 2025 |
|:---|---:|---:|---:|:---|
| Pemerintah Provinsi | 24 | 84,10 | 86,42 | Hijau |
| Kota Bandar Kemala | 20 | 88,72 | 91,35 | Hijau |
| Kabupaten Rimba Raya | 16 | 74,88 | 79,45 | {zone} |
| Kabupaten Pesisir Jaya | 16 | 58,36 | 67,82 | Kuning |
| Kabupaten Sungai Tiga | 16 | 44,05 | 48,73 | Merah |
| Kabupaten Kepulauan Selasih | 14 | 69,40 | 72,16 | Kuning |
"""
    assert category.check(read(text.format(zone="Kuning"))).findings == []
    [finding] = category.check(read(text.format(zone="Hijau"))).findings
    assert (finding.stated, finding.expected) == ("79,45 Hijau", "Kuning")


TWO_LETTER_SCALES = """\
# Laporan Kinerja Tahun 2025

Tabel 3.5 Predikat SAKIP

| Predikat | Interval Nilai | Jumlah PD 2025 |
|---|---|---|
| AA | > 90 – 100 | - |
| A | > 80 – 90 | 3 |
| BB | > 70 – 80 | 12 |
| B | > 60 – 70 | 13 |
| CC | > 50 – 60 | 2 |

Tabel 3.9 Skala Indeks Pelayanan Publik

| Interval Indeks | Nilai | Kategori |
|---|---|---|
| 4,01 – 4,50 | A- | Sangat Baik |
| 3,51 – 4,00 | B | Baik |
| 3,01 – 3,50 | B- | Baik (Dengan Catatan) |
| 2,51 – 3,00 | C | Cukup |

Tabel 3.10 Indeks Pelayanan Publik per Unit

| No | Unit | Indeks 2024 | Indeks 2025 | Nilai |
|---|---|---|---|---|
| 1 | Disdukcapil | 3,92 | 4,35 | A- |
| 2 | RSUD | 3,68 | 3,86 | B |
| 3 | Puskesmas | 3,42 | 3,61 | B |
| 4 | Dishub | 3,25 | {dishub} | B- |

{sentence}
"""


def test_letters_on_two_scales_are_judged_on_the_one_their_values_fit():
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    def found(dishub="3,48", sentence=""):
        doc = parse_text(TWO_LETTER_SCALES.format(dishub=dishub, sentence=sentence), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "category"]

    # "B" is 60–70 on SAKIP's scale and 3,51–4,00 on the index's; "A-" and "B-" are grades
    assert found() == []
    assert found(dishub="3,58") == [("category", "3,58 B-", "B")]
    # the value a comparison quotes is not the one graded
    said = ("Indeks RB tahun 2025 mencapai 73,07 poin, naik 5,70 poin dibanding tahun 2024 "
            "sebesar 67,37 poin, dan berada pada kategori BB.")
    assert found(sentence=said) == []


def test_a_predicate_after_the_capaian_in_its_brackets_is_judged(read):
    text = SCALE.format(value="95,2%") + """

    Nilai remitansi tahun 2025 mencapai Rp 3.046,75 miliar (capaian 95,21%, {label}).
"""
    assert category.check(read(text.format(label="Sangat Tinggi"))).findings == []
    [finding] = category.check(read(text.format(label="Tinggi"))).findings
    assert finding.expected == "Sangat Tinggi"


def test_a_score_beside_its_predicate_is_graded_on_the_scale(read):
    # no capaian column: the "Rata-rata" right before "Predikat", where most rows agree
    text = """
    | No | Rentang Nilai | Predikat |
    |---|---|---|
    | 1 | 90,01 - 100,00 | Sangat Baik |
    | 2 | 80,01 - 90,00 | Baik |
    | 3 | 70,01 - 80,00 | Cukup |

    Tabel 3.7 Hasil Evaluasi Pasca Pelatihan

    | No | Kelompok Pelatihan | Responden | Rata-rata | Predikat |
    |---|---|---|---|---|
    | 1 | Teknis Substantif | 412 | 83,86 | Baik |
    | 2 | Teknis Administrasi | 156 | 82,03 | Baik |
    | 3 | Fungsional | 98 | 85,92 | {grade} |
    | 4 | Manajerial | 64 | 88,40 | Baik |
"""
    assert category.check(read(text.format(grade="Baik"))).findings == []
    [finding] = category.check(read(text.format(grade="Sangat Baik"))).findings
    assert finding.expected == "Baik"


def test_a_scale_listed_bound_first_holds_its_printed_upper_bound_out(read):
    # "75,00% ≤ capaian < 90,00%: Baik": 75,00 is Baik exactly, not Cukup
    text = """
        Capaian dikategorikan dengan skala berikut:

        - capaian ≥ 90,00%: **Sangat Baik**;
        - 75,00% ≤ capaian < 90,00%: **Baik**;
        - 65,00% ≤ capaian < 75,00%: **Cukup**;
        - capaian < 65,00%: **Kurang**.

        Dengan batas target 3 kejadian, capaian IKU ini tercatat 75,00% dan masuk predikat {grade}.
    """
    assert category.check(read(text.format(grade="Baik"))).findings == []
    [finding] = category.check(read(text.format(grade="Cukup"))).findings
    assert finding.expected == "Baik"
    assert "65,00 – < 75,00" in finding.message


def test_an_ikm_tables_elements_are_graded_though_its_last_row_prints_the_index_elsewhere(read):
    # the standard IKM scale: a letter beside an NI interval (1-4) and an NIK interval
    # (25-100); the elements' NRR lie on the first, the index row prints 88,61 in another
    # column (and no NRR) under the same letters
    text = """
        Tabel 3.7 Nilai Persepsi, Interval, Interval Konversi dan Mutu Pelayanan

        | Nilai Persepsi | Nilai Interval (NI) | Nilai Interval Konversi (NIK) | Mutu Pelayanan |
        |---|---|---|---|
        | 1 | 1,00 – 2,5996 | 25,00 – 64,99 | D |
        | 2 | 2,60 – 3,064 | 65,00 – 76,60 | C |
        | 3 | 3,0644 – 3,532 | 76,61 – 88,30 | B |
        | 4 | 3,5324 – 4,00 | 88,31 – 100,00 | A |

        Tabel 3.8 Nilai Rata-rata per Unsur dan IKM

        | Kode | Unsur Pelayanan | NRR per Unsur | NRR Tertimbang | Mutu |
        |---|---|---|---|---|
        | U1 | Persyaratan | 3,58 | 0,39738 | A |
        | U2 | Prosedur | 3,51 | 0,38961 | B |
        | U3 | Waktu Penyelesaian | 3,47 | 0,38517 | B |
        | U4 | Sarana dan Prasarana | 3,49 | 0,38739 | {grade} |
        | IKM Unit Pelayanan |  |  | 88,61 | A |
    """
    assert category.check(read(text.format(grade="B"))).findings == []
    [finding] = category.check(read(text.format(grade="A"))).findings
    assert (finding.stated, finding.expected) == ("3,49 A", "B")
    assert finding.message.startswith("Nilai 3,49")


def test_a_letter_scale_stated_grade_first_in_a_sentence(read):
    text = """
        Nilai IKM sebesar 85,14 berada pada rentang 76,61–88,30 sehingga mutu pelayanan termasuk
        kategori B (Baik); kategori A (Sangat Baik) berada pada rentang 88,31–100,00, kategori C
        (Kurang Baik) pada 65,00–76,60, dan kategori D (Tidak Baik) pada 25,00–64,99.

        Nilai Indeks Kepuasan Masyarakat sebesar 85,14 dengan mutu pelayanan {grade}.
    """
    assert category.check(read(text.format(grade="B (Baik)"))).findings == []
    [finding] = category.check(read(text.format(grade="A (Sangat Baik)"))).findings
    assert (finding.stated, finding.expected) == ("85,14 A", "B")
    assert finding.message.startswith("Nilai 85,14")


BRACKETED = """
    Predikat capaian memakai skala: Sangat Baik (capaian >= 90,00%), Baik (75,00% -
    89,99%), Cukup (60,00% - 74,99%), dan Kurang (< 60,00%).

    Tabel 3.2 Capaian Indikator Kinerja
    | No | Indikator | Target | Realisasi | Capaian (%) | Predikat |
    |---|---|---|---|---|---|
    | 1 | Persentase penyelesaian pengaduan | 90,00 | 92,70 | 103,00 | Sangat Baik |
    | 2 | Persentase dokumen terverifikasi | 80,00 | 68,10 | 85,13 | {label} |
"""


def test_a_scale_stated_as_names_with_their_bounds_in_brackets_judges_the_table(read):
    # each band's condition printed in brackets after its name, over a wrapped sentence
    assert category.check(read(BRACKETED.format(label="Baik"))).findings == []
    [finding] = category.check(read(BRACKETED.format(label="Sangat Baik"))).findings
    assert finding.expected == "Baik"
    assert finding.line == 8


OWN_WORDS_BRACKETED = """
    Klasifikasi status desa berdasarkan IDM adalah Sangat Tertinggal (IDM ≤ 0,4907),
    Tertinggal (0,4907 < IDM ≤ 0,5989), Berkembang (0,5989 < IDM ≤ 0,7072), Maju (0,7072 <
    IDM ≤ 0,8155), dan Mandiri (IDM > 0,8155).

    Pada Tahun 2023 rata-rata IDM sebesar 0,6912 masih berstatus {grade}.
"""


def test_a_scale_of_the_reports_own_words_with_bracketed_conditions_judges_a_status(read):
    assert category.check(read(OWN_WORDS_BRACKETED.format(grade="Berkembang"))).findings == []
    [finding] = category.check(read(OWN_WORDS_BRACKETED.format(grade="Maju"))).findings
    assert finding.expected == "Berkembang"


SAKIP_BRACKETED = """
    Nilai hasil evaluasi SAKIP satuan kerja Tahun 2025 sebesar 76,42 dari target 75,00.
    Mengacu pada kategori hasil evaluasi SAKIP, yaitu AA (> 90-100), A (> 80-90), BB (> 70-80),
    B (> 60-70), CC (> 50-60), C (> 30-50) dan D (0-30), nilai tersebut termasuk kategori {grade}.
"""


def test_letter_grades_with_bracketed_intervals_judge_the_value_named_before(read):
    # the bands abut ("> 80-90" over "> 70-80"); the scale's own bounds before the grade are
    # no value of the sentence, and "nilai tersebut" is the 76,42 of the one before
    assert category.check(read(SAKIP_BRACKETED.format(grade="BB"))).findings == []
    [finding] = category.check(read(SAKIP_BRACKETED.format(grade="A"))).findings
    assert finding.expected.lower() == "bb"


MERIT = """
    Predikat capaian: Sangat Baik (capaian >= 90,00%), Baik (75,00% - 89,99%), Cukup (60,00% -
    74,99%), dan Kurang (< 60,00%).

    Tabel 3.7 Tindak Lanjut Rekomendasi dan Indeks Sistem Merit per Instansi
    | No | Instansi | Rekomendasi / Jumlah | Rekomendasi / % Tindak Lanjut | Sistem Merit / Nilai | Sistem Merit / Kategori |
    |---|---|---|---|---|---|
    | 1 | Kabupaten Lembah Hijau | 18 | 66,67 | 262 | Baik |
    | 2 | Kabupaten Tanjung Wangi | 15 | 73,33 | 241 | Kurang |
    | 3 | Kota Mandalika | 22 | 81,82 | 331 | Sangat Baik |
"""  # noqa: E501


def test_a_category_under_its_own_group_title_grades_that_groups_value_not_a_rate_beside(read):
    # "Sistem Merit / Kategori" grades "Sistem Merit / Nilai" on the merit scale, not the
    # "% Tindak Lanjut" beside it on the capaian scale
    assert category.check(read(MERIT)).findings == []


SCANNED_SCALE = """
    Tabel 3.1 Skala Predikat Capaian Kinerja

    Rentang Capaian     Predikat
    > = 91,00%          Sangat Tinggi
    76,00% - 90,99%     Tinggi
    66,00% - 75,99%     Sedang
    < = 65,99%          Rendah

    Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

    | No | Indikator | Target | Realisasi | Capaian | Predikat |
    |---|---|---|---|---|---|
    | 1 | Persentase penghuni baru diskrining | 100,00 | 88,07 | 88,07 | {label} |
    | 2 | Persentase usulan remisi disetujui | 95,00 | 96,42 | 101,49 | Sangat Tinggi |
"""


def test_a_scale_whose_operators_a_scan_split_reads_as_printed(read):
    # "> = 91,00%" is ">= 91,00%" with a space a scan or a typist put in
    assert category.check(read(SCANNED_SCALE.format(label="Tinggi"))).findings == []
    [finding] = category.check(read(SCANNED_SCALE.format(label="Sangat Tinggi"))).findings
    assert finding.expected == "Tinggi"


IKM_UNITS = """
    Tabel 3.5 Nilai Unsur Survei Kepuasan Masyarakat Tahun 2025
    | Kode | Unsur Pelayanan | NRR | Nilai Konversi | Mutu |
    |---|---|---|---|---|
    | U1 | Persyaratan | 3,412 | 85,30 | B (Baik) |
    | U2 | Prosedur | 3,388 | 84,70 | B (Baik) |
    | U3 | Waktu Pelayanan | 3,301 | 82,53 | B (Baik) |
    | U4 | Biaya/Tarif | 3,724 | 93,10 | {grade} |

    Catatan: nilai konversi = NRR x 25. Interval mutu: A (88,31-100,00), B (76,61-88,30), C (65,00-76,60), D (25,00-64,99).

    IKM Tahun 2025 sebesar 86,41 dengan mutu B (Baik).
"""  # noqa: E501


def test_a_letter_scale_in_a_note_grades_cells_that_name_the_letter(read):
    # "B (Baik)" is grade B; the scale is given in brackets in the note under the table
    assert category.check(read(IKM_UNITS.format(grade="A (Sangat Baik)"))).findings == []
    [finding] = category.check(read(IKM_UNITS.format(grade="B (Baik)"))).findings
    assert finding.expected.lower() == "a"


def test_a_scale_noted_in_one_line_of_prose_grades_its_measures_values(read):
    # the intervals each followed by the grade, split into sentences at each ";" and the
    # line broken inside an interval, as a PDF prints a note under a table
    text = """
        # Laporan Kinerja Tahun 2024

        Keterangan kategori IKUB: 0,00-20,99 Sangat Rendah; 21,00-40,99 Rendah; 41,00-
        60,99 Sedang; 61,00-80,99 Tinggi; 81,00-100,00 Sangat Tinggi.

        Nilai IKUB tahun 2024 sebesar 78,42 berada pada kategori {grade}, dengan capaian
        101,19% terhadap target 77,50.
    """
    from audit.engine import audit_document

    def category_findings(grade: str) -> list[tuple[str, str]]:
        found = audit_document(read(text.format(grade=grade))).findings
        return [(f.rule, f.stated) for f in found if f.rule == "category"]

    assert category_findings("Tinggi") == []
    assert category_findings("Sangat Tinggi") == [("category", "78,42 Sangat Tinggi")]


def test_a_scale_whose_bands_are_joined_to_their_names_by_berpredikat(read):
    text = """
        Penilaian capaian menggunakan skala sebagai berikut: capaian lebih dari 100%
        berpredikat Sangat Berhasil; capaian 85% sampai dengan 100% berpredikat Berhasil;
        capaian 70% sampai dengan kurang dari 85% berpredikat Cukup Berhasil; dan capaian
        kurang dari 70% berpredikat Kurang Berhasil.

        | No | Indikator | Capaian (%) | Predikat |
        |---|---|---|---|
        | 1 | Persentase lulusan terserap | 106,49 | Sangat Berhasil |
        | 2 | Persentase dosen bersertifikat | 82,45 | {grade} |
        | 3 | Indeks kepuasan pengguna | 97,35 | Berhasil |
    """
    assert category.check(read(text.format(grade="Cukup Berhasil"))).findings == []
    [finding] = category.check(read(text.format(grade="Berhasil"))).findings
    assert "82,45" in finding.stated


CAPAIAN_AND_IKPA = """
    Kategori capaian ditetapkan dengan skala sebagai berikut:

    a. Sangat Baik: capaian lebih dari atau sama dengan 90%;
    b. Baik: capaian 75% sampai dengan kurang dari 90%;
    c. Cukup: capaian 55% sampai dengan kurang dari 75%;
    d. Kurang: capaian kurang dari 55%.

    | No | Indikator | Target | Realisasi | Capaian (%) | Kategori |
    |---|---|---|---|---|---|
    | 1 | Jumlah objek yang dilestarikan | 120 | 126 | 105,00 | Sangat Baik |
    | 2 | Jumlah objek pemajuan kebudayaan | 24 | 21 | 87,50 | {opk} |
    | 3 | Persentase situs terpelihara | 85,00 | 83,33 | 98,04 | Sangat Baik |
    | 4 | Jumlah pengunjung situs | 260.000 | 267.758 | 102,98 | Sangat Baik |
    | 5 | Jumlah kajian pelestarian | 6 | 5 | 83,33 | Baik |

    Predikat IKPA ditetapkan dengan skala: Sangat Baik (nilai lebih dari atau sama dengan 95),
    Baik (89 sampai dengan kurang dari 95), Cukup (70 sampai dengan kurang dari 89), dan
    Kurang (kurang dari 70).

    Nilai IKPA Tahun 2024 sebesar 96,59 dengan predikat {ikpa}, naik dari 94,82 pada Tahun
    2023 dengan predikat Baik.
"""


def test_a_list_naming_each_band_before_its_worded_condition_is_a_scale(read):
    text = CAPAIAN_AND_IKPA.format(opk="Baik", ikpa="Sangat Baik")
    assert category.check(read(text)).findings == []
    [finding] = category.check(read(CAPAIAN_AND_IKPA.format(opk="Sangat Baik",
                                                             ikpa="Sangat Baik"))).findings
    assert (finding.stated, finding.expected) == ("87,50 Sangat Baik", "Baik")


def test_a_scale_stated_for_a_named_measure_grades_that_measure_only(read):
    # 94,82 is Baik on the IKPA scale (89 - < 95) though Sangat Baik on the capaian's
    # (>= 90); 87,50 is Baik on the capaian's though Cukup on the IKPA's
    [finding] = category.check(read(CAPAIAN_AND_IKPA.format(opk="Baik", ikpa="Baik"))).findings
    assert (finding.stated, finding.expected) == ("96,59 Baik", "Sangat Baik")


def test_a_table_stacking_several_scales_grades_each_measure_on_its_own(read):
    text = """
        Tabel 3.1 Skala Penilaian

        | Jenis Skala | Rentang | Predikat/Kategori |
        |---|---|---|
        | Predikat capaian kinerja (%) | ≥ 90,00 | Sangat Baik |
        |  | 75,00 – < 90,00 | Baik |
        |  | 65,00 – < 75,00 | Cukup |
        |  | < 65,00 | Kurang |
        | Kategori IKIP (indeks) | 90,00 – 100 | Baik Sekali |
        |  | 80,00 – 89,99 | Baik |
        |  | 60,00 – 79,99 | Sedang |
        |  | 0 – 59,99 | Buruk |

        IKIP Provinsi tahun 2024 sebesar 79,45 dan berada pada kategori {ikip}.

        Capaian indikator IKIP sebesar 101,86% dengan kategori Sangat Baik.
    """
    assert category.check(read(text.format(ikip="Sedang"))).findings == []
    [finding] = category.check(read(text.format(ikip="Baik"))).findings
    assert (finding.stated, finding.expected) == ("79,45 Baik", "Sedang")


def test_a_scale_of_named_grades_each_before_its_interval_reads_letter_first(read):
    # an OCR engine read the semicolons between the items as colons: "88,31-100,00: B"
    # must not grade B by A's interval
    text = """
        Mutu pelayanan: A (Sangat Baik) 88,31-100,00: B (Baik) 76,61-88,30: C (Kurang Baik)
        65,00-76,60: D (Tidak Baik) 25,00-64,99.

        Nilai IKM sebesar 87,50 berada pada mutu {grade} dengan kinerja pelayanan Baik.
    """
    assert category.check(read(text.format(grade="B"))).findings == []
    assert [f.stated for f in category.check(read(text.format(grade="A"))).findings] \
        == ["87,50 A"]


def test_each_of_two_grade_columns_grades_the_rate_before_it(read):
    # the performance grade and the budget grade, each after its own rate
    text = """
        Tabel 2. Kriteria Penilaian

        | No | Interval Nilai | Kriteria |
        |---|---|---|
        | 1 | 91,00 ≤ capaian | Sangat Tinggi |
        | 2 | 76,00 ≤ capaian < 91,00 | Tinggi |
        | 3 | 66,00 ≤ capaian < 76,00 | Sedang |

        Tabel 1. Capaian per Program

        | No | Program | Capaian Kinerja (%) | Predikat | Realisasi Anggaran (%) | Predikat |
        |---|---|---|---|---|---|
        | 1 | Program A | 99,82 | Sangat Tinggi | 95,36 | Sangat Tinggi |
        | 2 | Program B | 95,13 | Sangat Tinggi | 91,30 | Sangat Tinggi |
        | 3 | Program C | 86,74 | {grade} | 83,44 | Tinggi |
        | 4 | Program D | 70,10 | Sedang | 97,64 | {budget} |
    """
    assert category.check(read(text.format(grade="Tinggi", budget="Sangat Tinggi"))) \
        .findings == []
    [finding] = category.check(read(text.format(grade="Sangat Tinggi",
                                                budget="Sangat Tinggi"))).findings
    assert (finding.line, finding.stated) == (15, "86,74 Sangat Tinggi")
    [finding] = category.check(read(text.format(grade="Tinggi", budget="Sedang"))).findings
    assert (finding.line, finding.stated) == (16, "97,64 Sedang")


def test_unsur_on_the_1_to_4_scale_are_graded_though_the_index_row_below_is_not(read):
    # the last row's 84,37 is the index on the 25-100 scale, printed in the NRR column
    text = """
        Berdasarkan konversi, NRR per unsur 1,00-2,5996 bermutu D, 2,60-3,064 bermutu C,
        3,0644-3,532 bermutu B dan 3,5324-4,00 bermutu A.

        Tabel 3.5 Nilai Rata-rata per Unsur Survei Kepuasan Masyarakat

        | No | Kode Unsur | Unsur Pelayanan | NRR | Mutu Unsur |
        |---|---|---|---|---|
        | 1 | U1 | Persyaratan | 3,412 | B |
        | 2 | U2 | Prosedur | 3,385 | B |
        | 3 | U3 | Waktu Penyelesaian | 3,298 | B |
        | 4 | U4 | Biaya/Tarif | 3,562 | A |
        | 5 | U5 | Penanganan Pengaduan | 3,187 | {grade} |
        |  |  | Nilai IKM (Rata-rata NRR × 25) | 84,37 | B |
    """
    assert category.check(read(text.format(grade="B"))).findings == []
    [finding] = category.check(read(text.format(grade="C"))).findings
    assert "3,187" in finding.message and "'B'" in finding.message


def test_two_grades_joined_grade_a_set_not_the_figure_before_them(read):
    """``rata-rata capaian 99,59% dan seluruh IKU berada pada kategori Tinggi dan Sangat
    Tinggi``: the indicators' grades, not the mean's; a single grade there is judged."""
    text = SCALE.format(value="95,2%") + (
        "\nRata-rata capaian seluruh IKU sebesar 95,60% dan seluruh IKU berada pada kategori "
        "{label}.\n")
    assert category.check(read(text.replace("{label}", "Tinggi dan Sangat Tinggi"))).findings \
        == []
    [finding] = category.check(read(text.replace("{label}", "Tinggi"))).findings
    assert finding.stated.startswith("95,60%")


def test_a_scale_given_as_lines_of_a_band_and_its_grade_grades_the_table(read):
    """A scale typed as lines ``85,00 - 100 .... Sangat Bersih`` (tab stops with a dotted
    leader in the Word file), no list marker, in the report's own words."""
    text = """
        Nilai indeks dikategorikan dengan skala sebagai berikut:

        85,00 - 100 .......... Sangat Bersih
        75,00 - 84,99 .......... Bersih
        60,00 - 74,99 .......... Cukup Bersih
        < 60,00 .......... Kurang Bersih

        Tabel 3.5 Indeks Kebersihan per Pasar

        | No | Nama Pasar | Indeks | Kategori |
        |---|---|---|---|
        | 1 | Pasar Induk | 84,62 | {grade} |
        | 2 | Pasar Karangjati | 82,15 | Bersih |
        | 3 | Pasar Mekarsari | 86,17 | Sangat Bersih |
        | 4 | Pasar Sidomukti | 79,84 | Bersih |
        | 5 | Pasar Tanjung Laut | 78,94 | Bersih |
    """
    assert category.check(read(text.replace("{grade}", "Bersih"))).findings == []
    [finding] = category.check(read(text.replace("{grade}", "Sangat Bersih"))).findings
    assert finding.expected == "Bersih"
