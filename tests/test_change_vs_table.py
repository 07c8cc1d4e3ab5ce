"""change_vs_table: a change the text states is recomputed from the two years' values the
tables give for the indicator the clause (or the heading above it) names."""

from __future__ import annotations

from audit.checks import change_vs_table
from audit.engine import audit_document
from audit.readers.text import parse_text

REPORT = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Indeks Kepuasan Masyarakat (IKM) | 82,00 | 84,36 | 102,88 |
| 2 | Persentase rekomendasi hasil pengawasan yang ditindaklanjuti | 85,00 | 87,10 | 102,47 |

Tabel 3.2 Perbandingan Realisasi Tahun 2023-2025

| No | Indikator Kinerja | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Indeks Kepuasan Masyarakat (IKM) | 79,80 | 81,42 | 84,36 |
| 2 | Persentase rekomendasi hasil pengawasan yang ditindaklanjuti | 80,02 | 84,19 | 87,10 |

#### b. Persentase rekomendasi hasil pengawasan yang ditindaklanjuti

{prose}
"""


def _found(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(REPORT.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]


def test_points_and_relative_changes_that_agree_with_the_tables_pass():
    prose = ("Dibandingkan tahun lalu, realisasi indikator ini naik 2,91 poin, atau meningkat "
             "3,46% secara relatif. Nilai IKM naik 2,94 poin dibandingkan tahun 2024.")
    assert _found(prose) == []


def test_a_wrong_points_change_is_found_through_the_heading():
    prose = "Dibandingkan tahun lalu, realisasi indikator ini naik 3,91 poin."
    assert _found(prose) == [("change_vs_table", "3,91 poin", "2,91 poin")]


def test_a_wrong_relative_change_is_judged_as_relative():
    prose = "Nilai IKM meningkat 4,61% dibandingkan tahun 2024."
    # 84,36 / 81,42 - 1 = 3,61%; the points reading (2,94) is farther from what is printed
    assert _found(prose) == [("change_vs_table", "4,61%", "3,61%")]


def test_an_acronym_names_the_indicator():
    assert _found("IKM naik 2,49 poin dibandingkan tahun lalu.") == [
        ("change_vs_table", "2,49 poin", "2,94 poin")]


def test_the_wrong_direction_is_a_break():
    found = _found("Nilai IKM turun 2,94 poin dibandingkan tahun 2024.")
    assert [(r, s) for r, s, _ in found] == [("change_vs_table", "2,94 poin")]


def test_a_clause_about_something_else_is_left_alone():
    prose = ("Dibandingkan tahun lalu, nilai nominal belanja pegawai meningkat sebesar 6,33%.")
    assert _found(prose) == []


def test_an_acronym_shared_by_a_longer_name_of_the_same_indicator():
    text = REPORT.replace(
        "| 1 | Indeks Kepuasan Masyarakat (IKM) | 79,80 |",
        "| 1 | Indeks Kepuasan Masyarakat (IKM) terhadap Pelayanan Publik | 79,80 |")
    doc = parse_text(text.format(prose="Dibandingkan tahun 2024, IKM naik 3,94 poin."), "x.md")
    found = [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
    assert found == [("change_vs_table", "3,94 poin", "2,94 poin")]


def test_a_change_of_an_amount_is_not_the_change_of_the_indicators_rate(read):
    from audit.checks import change_vs_table

    text = """
        LAPORAN KINERJA BPKAD TAHUN 2025

        Tabel 3.5 Perbandingan Realisasi Kinerja

        | No | Indikator | 2024 | 2025 |
        |---|---|---|---|
        | 1 | Persentase realisasi pendapatan daerah | 99,05 | 99,13 |

        Dibanding realisasi tahun 2024 sebesar Rp 1,65 triliun, total realisasi pendapatan daerah tahun 2025 meningkat 3,48 persen.
    """  # noqa: E501
    assert change_vs_table.RULE.run(read(text)).findings == []


def test_the_paragraphs_previous_sentence_names_the_indicator_when_the_clause_points_at_it():
    # the second sentence names only "rekomendasi"; the first names the indicator in full
    prose = ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti tercapai 87,10%. "
             "Dibandingkan realisasi tahun 2024 sebesar 84,19%, tindak lanjut rekomendasi "
             "naik {d} poin.")
    assert _found(prose.format(d="2,91")) == []
    assert _found(prose.format(d="2,19")) == [("change_vs_table", "2,19 poin", "2,91 poin")]


def test_a_change_of_another_subject_after_an_indicators_sentence_is_not_judged():
    prose = ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti tercapai 87,10%. "
             "Dibandingkan tahun 2024, jumlah auditor bertambah 5 orang.")
    assert _found(prose) == []


def test_a_change_counted_in_km_or_items_is_not_the_change_of_a_percentage_indicator():
    prose = ("Dibandingkan tahun 2024, rekomendasi hasil pengawasan yang ditindaklanjuti "
             "bertambah 57 rekomendasi.")
    assert _found(prose) == []
    km = "Panjang rekomendasi hasil pengawasan bertambah 5,22 km dibanding tahun 2024."
    assert _found(km) == []


def test_plain_text_headings_name_the_indicator_too():
    # pdftotext keeps no Markdown: "Indikator 2. ..." on its own line, or a short title
    # standing alone between blank lines, heads the paragraphs below it
    for heading in ("Indikator 2. Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
                    "Persentase Rekomendasi Hasil Pengawasan yang Ditindaklanjuti"):
        text = REPORT.replace("#### b. Persentase rekomendasi hasil pengawasan yang "
                              "ditindaklanjuti", heading)
        prose = "Tingkat rekomendasi yang selesai naik 3,91 poin dibandingkan tahun 2024."
        doc = parse_text(text.format(prose=prose), "x.txt")
        found = [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]
        assert found == [("change_vs_table", "3,91 poin", "2,91 poin")], heading


ACRONYM_SERIES = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Tingkat Pengangguran Terbuka (TPT) *) | % | 4,95 | 5,08 | 97,44 |
| 2 | Persentase pencari kerja yang ditempatkan | % | 42,00 | 37,50 | 89,29 |
| 3 | Jumlah KK transmigran yang ditempatkan | KK | 50 | 45 | 90,00 |

Tabel 3.2 Kondisi Ketenagakerjaan 2023-2025

| Uraian | 2023 | 2024 | 2025 |
|---|---|---|---|
| TPT (%) | 5,62 | 5,31 | 5,08 |

Tabel 3.3 Perbandingan Target dan Realisasi

| No | Indikator | Target 2024 | Realisasi 2024 | Target 2025 | Realisasi 2025 |
|---|---|---|---|---|---|
| 1 | Persentase pencari kerja yang ditempatkan | 38,00 | 36,51 | 42,00 | 37,50 |
| 2 | Jumlah KK transmigran yang ditempatkan | 40 | 38 | 50 | 45 |

{prose}
"""


def _series(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(ACRONYM_SERIES.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
            if f.rule == "change_vs_table"]


def test_a_base_quoted_with_yang_sebesar_and_an_acronym_row_of_the_series():
    # 5,08 - 5,31 = -0,23; the series row "TPT (%)" is the indicator that defines (TPT)
    assert _series("Dibandingkan tahun lalu (2024) yang sebesar 5,31%, TPT turun 0,23 poin.") \
        == []
    assert _series("Dibandingkan tahun lalu (2024) yang sebesar 5,31%, TPT turun 0,32 poin.") \
        == [("change_vs_table", "0,32 poin", "0,23 poin")]


def test_a_base_of_another_quantity_unlinks_the_indicator():
    # 3.347 orang is no value of the 36,51% indicator whose words the clause shares
    prose = ("Dibandingkan tahun 2024 yang sebanyak 3.347 orang, jumlah pencari kerja "
             "terdaftar turun sebesar 3,2%.")
    assert _series(prose) == []


def test_a_change_of_the_targets_is_not_judged_against_the_realisasi():
    prose = ("Capaian indikator transmigrasi menurun karena target tahun 2025 lebih tinggi "
             "10 KK dibandingkan target tahun 2024.")
    assert _series(prose) == []


def test_an_acronym_in_the_clause_names_its_indicator_before_shared_words():
    text = """\
# Laporan Kinerja Tahun 2025

Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Dinas | nilai | 72,00 | 70,15 | 97,43 |
| 2 | Nilai kepuasan pengguna layanan Dinas | nilai | 80,00 | 82,00 | 102,50 |

Tabel 3.5 Perbandingan Realisasi 2023-2025

| No | Indikator Kinerja | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Nilai Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Dinas | 66,82 | 68,91 | 70,15 |
| 2 | Nilai kepuasan pengguna layanan Dinas | 79,00 | 80,50 | 82,00 |

Nilai AKIP Dinas terus membaik; pada tahun 2025 nilai ini naik sebesar {d} poin dibandingkan
tahun sebelumnya.
"""
    def found(d: str) -> list[tuple[str, str, str]]:
        doc = parse_text(text.format(d=d), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("1,24") == []
    assert found("1,42") == [("change_vs_table", "1,42 poin", "1,24 poin")]


KELURAHAN = """\
Tabel 3.12 Realisasi Indikator Tahun 2023-2025

| No | Indikator | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Jumlah kelurahan layak anak | 8 | 11 | 14 |

Indikator 6, jumlah kelurahan layak anak. Pada tahun 2025 sebanyak 14 (empat belas) kelurahan
telah ditetapkan, bertambah {d} (tiga) kelurahan dari tahun 2024 yang sebanyak 11 kelurahan.
"""


def test_the_report_years_own_figure_is_not_the_quoted_base():
    # "Pada tahun 2025 sebanyak 14" is this year's value; the base is 2024's 11
    def found(d):
        doc = parse_text("LAPORAN KINERJA TAHUN 2025\n\n" + KELURAHAN.format(d=d), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "change_vs_table"]
    assert found("3") == []


VISITS = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Jumlah pengunjung museum daerah | 60.000 | 58.420 | 97,37 |
| 2 | Persentase cagar budaya yang dilestarikan | 40,00 | 41,67 | 104,18 |

Tabel 3.2 Perbandingan Realisasi Tahun 2023-2025

| No | Indikator Kinerja | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Jumlah pengunjung (orang) | 49.870 | 52.115 | 58.420 |
| 2 | Cagar budaya dilestarikan (%) | 30,56 | 36,11 | 41,67 |

{prose}
"""


def _visits(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(VISITS.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]


def test_one_indicator_named_two_ways_in_two_tables_is_still_judged():
    # "Jumlah pengunjung museum daerah" and "Jumlah pengunjung (orang)" print the same 2025
    # value: one indicator, not a choice between two (58.420 - 52.115 = 6.305)
    assert _visits("Dibandingkan realisasi tahun lalu, jumlah pengunjung naik sebesar "
                   "6.305 orang.") == []
    assert _visits("Dibandingkan realisasi tahun lalu, jumlah pengunjung naik sebesar "
                   "6.035 orang.") == [("change_vs_table", "6.035 orang", "6.305 orang")]


def test_a_change_followed_by_its_own_two_values_is_not_the_indicators_rate():
    # 15 of 36 sites is 41,67%; "bertambah 2 situs, dari 13 ... menjadi 15" is a change of
    # counts the sentence states itself, not of the 36,11 -> 41,67 percentage
    assert _visits("Cagar budaya yang dilestarikan bertambah 2 (dua) situs, dari 13 situs "
                   "pada tahun 2024 menjadi 15 situs pada tahun 2025.") == []


MEAT = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Populasi ternak sapi potong (ekor) | 40.000 | 41.220 | 103,05 |
| 2 | Produksi daging (ton) | 5.900,00 | 5.874,20 | 99,56 |

Tabel 3.7 Produksi Daging per Jenis Ternak Tahun 2024-2025 (ton)

| No | Jenis Ternak | Produksi 2024 | Produksi 2025 |
|---|---|---:|---:|
| 1 | Sapi Potong | 1.729,91 | 1.842,36 |
| 2 | Ayam Ras Pedaging | 2.541,30 | 2.689,74 |

{prose}
"""


def test_a_change_of_a_row_is_judged_by_that_rows_year_columns():
    # "Produksi daging sapi potong": the Sapi Potong row of the production table its caption
    # names, not the population indicator that shares "sapi potong"
    def found(prose: str) -> list[tuple[str, str, str]]:
        doc = parse_text(MEAT.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    sentence = "Produksi daging sapi potong meningkat sebesar {d} ton dibandingkan tahun 2024."
    assert found(sentence.format(d="112,45")) == []
    assert found(sentence.format(d="121,45")) == [("change_vs_table", "121,45 ton",
                                                   "112,45 ton")]


STUNTING = """\
# Laporan Kinerja Tahun 2025

Tabel 3.7 Realisasi Indikator Kinerja Tahun 2023-2025

| No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
|---|---|---|---|---|
| 1 | Prevalensi stunting pada balita | 16,20 | 14,35 | 12,70 |

Prevalensi stunting tahun 2025 turun sebesar {d} poin persen dibandingkan tahun 2024 dan
secara kumulatif turun 3,50 poin persen sejak tahun 2023.
"""


def test_each_change_of_a_sentence_is_measured_from_the_year_named_right_after_it():
    def found(d: str) -> list[tuple[str, str, str]]:
        doc = parse_text(STUNTING.format(d=d), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("1,65") == []
    assert found("1,56") == [("change_vs_table", "1,56 poin", "1,65 poin")]


def test_a_base_quoted_for_another_year_is_not_the_base_of_this_change():
    text = """\
# Laporan Kinerja Tahun 2025

Tabel 3.2 Realisasi Indikator Tahun 2023-2025

| No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
|---|---|---|---|---|
| 1 | Indeks Kualitas Udara (IKU) | 88,10 | 86,92 | 87,45 |

IKU tahun 2025 mencapai 87,45 poin. Nilai IKU naik {d} poin dari tahun 2024 (86,92 poin), tetapi
masih lebih rendah dibandingkan realisasi tahun 2023 yang mencapai 88,10 poin.
"""
    def found(d: str) -> list[tuple[str, str, str]]:
        doc = parse_text(text.format(d=d), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("0,53") == []
    assert found("0,35") == [("change_vs_table", "0,35 poin", "0,53 poin")]


def test_a_run_in_bold_heading_names_the_indicator_of_its_paragraph():
    # "**IKM ...**" opens the paragraph; "Realisasi ini ... dibandingkan realisasi tahun 2024"
    # on the next line is about it, each change measured from the year right after it
    prose = ("**Indeks Kepuasan Masyarakat (IKM).** Realisasi tahun 2025 sebesar 84,36 dari "
             "target 82,00.\nRealisasi ini lebih tinggi {d} poin dibandingkan realisasi tahun "
             "2024 dan 4,56 poin dibandingkan tahun 2023.")
    assert _found(prose.format(d="2,94")) == []
    assert ("change_vs_table", "2,49 poin", "2,94 poin") in _found(prose.format(d="2,49"))


BELOW = """\
Tabel 2.4 Pengangguran Terbuka menurut Pendidikan

| Pendidikan | 2023 | 2024 | Selisih |
|---|---|---|---|
| SD | 1.730 | 1.672 | -58 |
| SLTP | 5.601 | 14.055 | 8.454 |
| SMTA umum | 2.598 | 5.587 | 2.989 |
| SMTA kejuruan | 3.275 | 5.374 | 2.099 |

Dari tabel di atas terlihat peningkatan pengangguran lulusan SLTP sebesar {sltp}, SMTA umum
{umum} dan SMTA kejuruan {kejuruan}.
"""


def _below(sltp: str = "151%", umum: str = "115%", kejuruan: str = "64%"):
    text = BELOW.format(sltp=sltp, umum=umum, kejuruan=kejuruan)
    return [(f.rule, f.stated, f.expected) for f in
            audit_document(parse_text(text, "x.md")).findings if f.rule == "change_vs_table"]


def test_changes_listed_below_a_table_of_two_years_agree_with_its_rows():
    # 8.454 / 5.601 = 150,9%; 2.989 / 2.598 = 115,05%; 2.099 / 3.275 = 64,09%
    assert _below() == []


def test_a_listed_change_that_is_not_its_rows_change_is_found():
    assert _below(umum="116%") == [("change_vs_table", "116%", "115%")]


def test_a_sentence_whose_figures_read_the_table_some_other_way_is_left_alone():
    # none of the three is the change of its row (shares of a total, perhaps): not judged
    assert _below(sltp="43%", umum="17%", kejuruan="16%") == []


def test_a_change_between_the_sentences_own_two_values_is_not_the_indicators(read):
    # 318.313 / 281.934 = +12,90%: the sentence's own visits, though "rawat jalan" recalls
    # the waiting-time indicator (54 minutes in 2025, 61 in 2024)
    text = """
        Laporan Kinerja Tahun 2025

        Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025

        | No | Indikator | Target | Realisasi | Capaian |
        |---|---|---|---|---|
        | 1 | Waktu tunggu rawat jalan | 60 | 54 | 111,11 |

        Tabel 3.3 Realisasi IKU Tahun 2024-2025

        | No | Indikator | 2024 | 2025 |
        |---|---|---|---|
        | 1 | Waktu tunggu rawat jalan | 61 | 54 |

        Sepanjang tahun 2025 tercatat 318.313 kunjungan rawat jalan, meningkat 12,90% dibanding
        tahun 2024 yang mencatat 281.934 kunjungan.
    """
    assert change_vs_table.check(read(text)).findings == []


# A quarterly report with no capaian table the indicator catalog reads: the change is
# anchored by its values in a table with one column per year.
ANCHORED = """\
# Laporan Evaluasi Triwulan III Tahun 2025

Dinas Pasar, Tahun Anggaran 2025

Tabel 2.4 Perbandingan Realisasi s.d. Triwulan III Tahun 2024 dan 2025

| No | Uraian | Satuan | s.d. TW III 2024 | s.d. TW III 2025 |
|---|---|---|---:|---:|
| 1 | Persentase retribusi pasar yang tertagih | % | 61,40 | 66,85 |
| 2 | Jumlah pedagang yang mengikuti pelatihan | orang | 1.318 | 1.457 |
| 3 | Rata-rata lama antrian layanan | menit | 23,50 | 19,75 |

{prose}
"""


def _anchored(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(ANCHORED.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
            if f.rule == "change_vs_table"]


def test_a_change_after_this_years_value_is_anchored_by_that_value():
    right = ("Retribusi pasar yang tertagih mencapai 66,85% pada TW III, naik 5,45 poin "
             "dibandingkan posisi TW III 2024.")
    assert _anchored(right) == []
    wrong = right.replace("5,45", "4,55")
    assert _anchored(wrong) == [("change_vs_table", "4,55 poin", "5,45 poin")]


def test_a_change_from_a_quoted_base_takes_this_years_value_from_the_base_s_row():
    right = ("Dibandingkan tahun 2024 sebanyak 1.318 orang, jumlah pedagang terlatih "
             "bertambah 139 orang.")
    assert _anchored(right) == []
    assert _anchored(right.replace("139", "193")) == [("change_vs_table", "193 orang",
                                                       "139 orang")]


def test_a_change_in_a_sentence_pointing_back_is_anchored_by_the_previous_sentence():
    prose = ("Rata-rata lama antrian layanan tahun 2025 sebesar 19,75 menit. Dibandingkan "
             "tahun lalu (2024), indikator ini mengalami penurunan sebesar {d} menit.")
    assert _anchored(prose.format(d="3,75")) == []
    assert _anchored(prose.format(d="3,57")) == [("change_vs_table", "3,57", "3,75")]


def test_a_change_said_of_another_subject_is_not_held_to_the_anchored_row():
    # the clause names its own subject (the budget's realisation), which is not the row
    # holding 66,85; and a change of the target is no change of the value
    prose = ("Retribusi pasar yang tertagih mencapai 66,85%, sedangkan serapan anggaran "
             "belanja naik 9,10 poin dibandingkan TW III 2024. Pada TW III 2025 tercatat "
             "1.457 orang, dan targetnya naik 12,00% dibandingkan tahun 2024.")
    assert _anchored(prose) == []


def test_a_value_printed_in_no_year_column_anchors_nothing():
    prose = "Capaian mencapai 75,20% pada TW III, naik 4,00 poin dibandingkan TW III 2024."
    assert _anchored(prose) == []


def test_each_change_is_measured_from_the_year_its_own_clause_names():
    # 87,10 - 84,19 = 2,91 from 2024; 87,10 - 80,02 = 7,08 from 2023; the 2023 named after
    # the first change belongs to the second
    prose = ("Dibanding tahun 2024 (84,19%), realisasi indikator ini naik 2,91 poin, dan "
             "dibanding tahun 2023 (80,02%) naik 7,08 poin.")
    assert _found(prose) == []
    assert _found(prose.replace("7,08", "7,80")) == [("change_vs_table", "7,80 poin",
                                                      "7,08 poin")]


def test_two_years_before_is_the_year_two_before_the_report():
    prose = "Dibandingkan kondisi dua tahun sebelumnya, realisasi indikator ini naik {d} poin."
    assert _found(prose.format(d="7,08")) == []
    assert _found(prose.format(d="2,91")) == [("change_vs_table", "2,91 poin", "7,08 poin")]


TWO_ROWS = """\
# Laporan Kinerja Tahun 2025

Tabel 3.3 Perbandingan Realisasi Indikator Tahun 2023-2025

| No | Indikator Kinerja Kegiatan | Satuan | 2023 | 2024 | 2025 |
|---:|---|---|---:|---:|---:|
| 1 | Jumlah peserta Uji Kemahiran Berbahasa Indonesia (UKBI) | orang | 1.876 | 2.214 | 2.538 |
| 2 | Rata-rata skor UKBI peserta | skor | 518,62 | 524,18 | 531,84 |

## IKK 1: Jumlah Peserta UKBI

Pada tahun 2025 UKBI diikuti oleh 2.538 orang dari target 2.400 orang, sehingga indikator
ini tercapai 105,75%. Jumlah peserta ini meningkat {change} dibanding tahun 2024.
"""


def test_the_value_printed_before_a_change_decides_its_row_over_loose_words():
    # "jumlah peserta ini" after 2.538 orang: the participants' row (+14,63%), not the
    # score's row whose words ("peserta", "UKBI") the clause shares as well
    def found(change: str) -> list[tuple[str, str]]:
        doc = parse_text(TWO_ROWS.format(change=change), "x.md")
        return [(f.rule, f.stated) for f in audit_document(doc).findings]
    assert found("14,63%") == []
    assert found("41,63%") == [("change_vs_table", "41,63%")]


PAST_VISITS = """\
# Laporan Kinerja Tahun 2025

Tabel 3.9 Kunjungan Rawat Jalan Tahun 2023-2025

| Uraian | 2023 | 2024 | 2025 |
|---|---|---|---|
| Jumlah kunjungan rawat jalan | 36.120 | 38.822 | 40.245 |

Jumlah kunjungan rawat jalan tahun 2025 sebanyak 40.245 kunjungan. Secara relatif kunjungan
naik 3,67% dari tahun 2024, melanjutkan kenaikan ketika kunjungan tahun 2024 bertambah
{past} kunjungan dari tahun 2023.
"""


def test_a_change_between_two_past_years_is_not_held_to_the_report_year():
    # 38.822 - 36.120 = 2.702: the change of 2024 over 2023, not of 2025 over 2024
    doc = parse_text(PAST_VISITS.format(past="2.702"), "x.md")
    assert [f for f in audit_document(doc).findings if f.rule == "change_vs_table"] == []


DURATION = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Rata-rata waktu penyelesaian izin usaha (hari) | 4,00 | 3,62 | 110,50 |
| 2 | Jumlah pelaku usaha yang dibina | 120 | 126 | 105,00 |
| 3 | Persentase pelaku usaha yang memiliki izin | 40,00 | 41,25 | 103,13 |

Tabel 3.2 Perbandingan Realisasi Tahun 2024-2025

| No | Indikator Kinerja | 2024 | 2025 |
|---|---|---|---|
| 1 | Rata-rata waktu penyelesaian izin usaha (hari) | 3,95 | 3,62 |
| 2 | Jumlah pelaku usaha yang dibina | 118 | 126 |
| 3 | Persentase pelaku usaha yang memiliki izin | 38,50 | 41,25 |

{prose}
"""


def test_a_duration_said_to_be_faster_by_so_many_days_is_a_fall_of_that_many():
    # the indicator is named before this year's value, the change after it
    def found(prose: str) -> list[tuple[str, str, str]]:
        doc = parse_text(DURATION.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    sentence = ("Rata-rata waktu penyelesaian izin usaha tahun 2025 sebesar 3,62 hari, lebih "
                "cepat {} hari dibandingkan tahun 2024.")
    assert found(sentence.format("0,33")) == []
    assert ("change_vs_table", "0,38 hari", "0,33 hari") in found(sentence.format("0,38"))


def test_a_change_from_a_base_quoted_right_after_it_is_judged_from_that_base():
    # the sentence's own base (38,15) differs from the comparison table (38,50): the change
    # is of what the sentence says it started from, not recomputed from the table's value
    def found(change: str) -> list[tuple[str, str, str]]:
        report = audit_document(parse_text(DURATION.format(prose=(
            "Persentase pelaku usaha yang memiliki izin mencapai 41,25 persen (capaian 103,13 "
            f"persen), dan naik {change} poin dari 38,15 persen pada tahun 2024.")), "x.md"))
        return [(f.rule, f.stated, f.expected) for f in report.findings
                if f.rule in ("change_vs_table", "narrative_arithmetic")]

    assert found("3,10") == []
    assert found("3,01") == [("narrative_arithmetic", "3,01 poin", "3,10 poin")]


CODED = """\
# Laporan Kinerja Tahun 2025

Tabel 3.12 Perbandingan Realisasi IKU Tahun 2023-2025

| Kode | Satuan | 2023 | 2024 | 2025 | Target 2029 |
|---|---|---|---|---|---|
| IKU 3 | % | 18,20 | 21,05 | 26,36 | 30,00 |
| IKU 7 | % | 48,62 | 55,90 | 62,64 | 72,00 |

{prose}
"""


def test_an_indicator_code_right_before_the_change_names_its_indicator():
    def found(prose: str) -> list[tuple[str, str, str]]:
        doc = parse_text(CODED.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    sentence = ("Kenaikan terbesar terjadi pada IKU 7, yang naik 6,74 poin dari tahun 2024. "
                "IKU 3 bertambah {} poin dibandingkan tahun sebelumnya.")
    assert found(sentence.format("5,31")) == []
    assert found(sentence.format("5,13")) == [("change_vs_table", "5,13 poin", "5,31 poin")]



CAPAIAN_REPORT = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Kinerja

| No | Indikator | Target 2025 | Realisasi 2025 | Capaian 2025 (%) | Capaian 2024 (%) |
|---|---|---|---|---|---|
| 1 | Persentase desa mandiri | 40,00 | 38,00 | 95,00 | 92,13 |
| 2 | Indeks kepuasan masyarakat | 82,00 | 84,10 | 102,56 | 101,20 |

{prose}
"""


def _capaian_found(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(CAPAIAN_REPORT.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]


def test_a_change_of_the_capaian_is_judged_by_the_capaian_columns():
    # 102,56 - 101,20 = 1,36: the capaian columns, not the realisasi
    assert _capaian_found("Capaian indeks kepuasan masyarakat naik 1,36 poin dibanding "
                          "tahun 2024.") == []
    assert _capaian_found("Capaian indeks kepuasan masyarakat naik 1,63 poin dibanding "
                          "tahun 2024.") == [("change_vs_table", "1,63 poin", "1,36 poin")]


def test_a_change_of_the_capaian_is_not_judged_by_the_realisasi():
    # the tables give the realisasi of 2024 and 2025 (84,19 -> 87,10, 2,91 points) but no
    # capaian of 2024: a change of the capaian has nothing to be judged against
    prose = "Capaian indikator ini naik 1,50 poin dibandingkan tahun 2024."
    assert _found(prose) == []
    # while a change of the realisasi is still judged
    assert _found("Realisasi indikator ini naik 1,50 poin dibandingkan tahun 2024.") == [
        ("change_vs_table", "1,50 poin", "2,91 poin")]


def test_capaian_ini_and_a_capaian_just_printed_are_the_subject_but_an_aside_is_not():
    assert _capaian_found("Realisasi indeks kepuasan masyarakat 84,10 dari target 82,00, atau "
                          "tercapai 102,56%. Capaian ini naik 1,63 poin dibanding tahun "
                          "2024.") == [("change_vs_table", "1,63 poin", "1,36 poin")]
    # the capaian in brackets is an aside: the change is the realisasi's, from the base the
    # sentence quotes (84,10 - 81,20 = 2,90)
    assert _capaian_found("Indeks kepuasan masyarakat mencapai 84,10 (capaian 102,56 persen), "
                          "dan naik 2,90 poin dari 81,20 pada tahun 2024.") == []


PARAGRAPH_REPORT = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Kinerja Tahun 2025

| No | Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase cadangan pangan pemerintah daerah terhadap kebutuhan | 75,00 | 77,61 | 103,48 |

Tabel 3.2 Perbandingan Realisasi

| No | Indikator | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Persentase cadangan pangan pemerintah daerah terhadap kebutuhan | 70,12 | 75,26 | 77,61 |

Cadangan pangan pemerintah daerah mencapai 77,61% dari kebutuhan, melampaui target. {change}
"""


def test_a_clause_naming_only_the_role_speaks_of_the_indicator_the_paragraph_named_loosely():
    def found(change: str) -> list[tuple[str, str, str]]:
        doc = parse_text(PARAGRAPH_REPORT.format(change=change), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("Dibandingkan tahun 2024 sebesar 75,26%, realisasi naik 2,35 poin.") == []
    # the base the sentence quotes (78,26) is above this year's 77,61: no rise at all
    [finding] = found("Dibandingkan tahun 2024 sebesar 78,26%, realisasi naik 2,35 poin.")
    assert finding[:2] == ("change_vs_table", "2,35 poin")


COMPONENTS_REPORT = """\
# Laporan Kinerja Tahun 2025

Tabel 3.1 Capaian Kinerja Tahun 2025

| No | Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Jumlah alat angkut (kapal dan pesawat) yang dilakukan pengawasan | 14.500 | 15.335 | 105,76 |

Tabel 3.2 Perbandingan Realisasi

| No | Indikator | 2024 | 2025 |
|---|---|---|---|
| 1 | Jumlah alat angkut (kapal dan pesawat) yang dilakukan pengawasan | 14.449 | 15.335 |

{prose}
"""


def test_a_change_of_one_part_the_indicators_name_lists_is_not_the_indicators():
    def found(prose: str) -> list[tuple[str, str, str]]:
        doc = parse_text(COMPONENTS_REPORT.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("Jumlah kapal yang diawasi naik dari 8.412 unit pada tahun 2024 menjadi 8.866 "
                 "unit pada tahun 2025. Pada periode yang sama pengawasan pesawat bertambah 432 "
                 "unit, sehingga secara keseluruhan jumlah alat angkut yang dilakukan pengawasan "
                 "naik 6,13% dibanding tahun 2024 (14.449 unit).") == []
    assert found("Jumlah alat angkut yang dilakukan pengawasan bertambah 868 unit dibanding "
                 "tahun 2024.") == [("change_vs_table", "868 unit", "886 unit")]


RENSTRA_REPORT = """\
# Laporan Kinerja Tahun 2025

Tabel 2.1 Target Renstra 2021-2026

| No | Indikator Kinerja | 2024 | 2025 | 2026 |
|---|---|---|---|---|
| 1 | Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 JP | 65,00 | 70,00 | 75,00 |

Tabel 3.1 Capaian Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 JP | 70,00 | 70,97 | 101,39|

Tabel 3.2 Perbandingan Realisasi Tahun 2024-2025

| No | Indikator Kinerja | 2024 | 2025 |
|---|---|---|---|
| 1 | Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 JP | 64,37 | 70,97 |

{prose}
"""


def test_the_years_of_a_renstra_target_table_are_not_the_realisasi():
    def found(prose: str) -> list[tuple[str, str, str]]:
        doc = parse_text(RENSTRA_REPORT.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    # the caption calls the year columns targets: 70,00 for 2025 is no second realisasi
    assert found("Dibandingkan tahun 2024, persentase ASN yang memperoleh minimal 20 JP naik "
                 "6,60 poin.") == []
    assert found("Dibandingkan tahun 2024, persentase ASN yang memperoleh minimal 20 JP naik "
                 "6,06 poin.") == [("change_vs_table", "6,06 poin", "6,60 poin")]


def test_a_change_that_fits_neither_of_two_disagreeing_tables_is_a_break():
    # the comparison table prints 84,63 for 2025 where the capaian table prints 84,36
    report = REPORT.replace("| 81,42 | 84,36 |", "| 81,42 | 84,63 |")

    def found(prose: str) -> list[tuple[str, str, str]]:
        doc = parse_text(report.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "change_vs_table"]

    assert found("Nilai IKM naik 3,21 poin dibandingkan tahun 2024.") == []
    assert found("Nilai IKM naik 2,94 poin dibandingkan tahun 2024.") == []
    # 84,36 − 81,42 = 2,94 and 84,63 − 81,42 = 3,21: 2,49 fits neither
    assert found("Nilai IKM naik 2,49 poin dibandingkan tahun 2024.") == [
        ("change_vs_table", "2,49 poin", "2,94 poin")]



SURVEY = """\
# Laporan Kinerja Tahun 2025

Tabel 3.3 Perbandingan Realisasi IKU Tahun 2023-2025

| No | Indikator Kinerja | 2023 | 2024 | 2025 | Target 2029 |
|---|---|---|---|---|---|
| 5 | Prevalensi stunting pada balita | 23,60 | 22,40 | 20,10 | 14,20 |
| 6 | Persentase keluarga berisiko stunting yang didampingi | 84,17 | 88,56 | 92,39 | 95,00 |

{prose}
"""


def test_tahun_sebelumnya_after_another_year_the_sentence_names_is_not_judged():
    # "SSGI 2024 tercatat 20,10%, turun 2,30 poin dibanding tahun sebelumnya": the year
    # before the survey's edition, which the tables may list under either year
    def found(prose):
        doc = parse_text(SURVEY.format(prose=prose), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("Prevalensi stunting berdasarkan SSGI 2024 tercatat 20,10%, turun 2,30 poin "
                 "dibanding tahun sebelumnya.") == []
    # "tahun lalu (2024)" names the year compared with: judged
    assert found("Prevalensi stunting turun 3,30 poin dibanding tahun lalu (2024).") == [
        ("change_vs_table", "3,30 poin", "2,30 poin")]



MONTHS = """\
# Laporan Semester II Tahun 2025

Tabel 3.4 Perkembangan Jumlah Penerima Bantuan Semester I dan Semester II Tahun 2025

| No | Jenis Bantuan | Satuan | Juni 2025 | Desember 2025 | Perubahan |
|---|---|---|---|---|---|
| 1 | Bantuan Pangan Keluarga | KK | 12.410 | 12.736 | +326 |
| 2 | Iuran Jaminan Kesehatan Daerah | Jiwa | 40.220 | 39.118 | -1.102 |

{prose}
"""


def _months(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(MONTHS.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
            if f.rule == "change_vs_table"]


def test_a_count_right_after_its_change_word_is_the_change_of_the_row_named_before_it():
    # 40.220 − 39.118 = 1.102; 1.102 / 40.220 = 2,74%
    assert _months("Peserta Iuran Jaminan Kesehatan Daerah turun 1.102 jiwa (2,74%) akibat "
                   "pemutakhiran data.") == []
    assert _months("Peserta Iuran Jaminan Kesehatan Daerah turun 1.012 jiwa (2,74%) akibat "
                   "pemutakhiran data.") == [("change_vs_table", "1.012 jiwa", "1.102 jiwa")]


def test_two_months_of_one_year_are_the_two_periods_a_change_is_between():
    # 12.736 − 12.410 = 326 = 2,63% of 12.410
    assert _months("Penerima Bantuan Pangan Keluarga naik 362 KK (2,63%).") == [
        ("change_vs_table", "362 KK", "326 kk")]


def test_a_value_the_sentence_quotes_after_its_change_is_no_change():
    # "dari 12.410 KK ... menjadi 12.736 KK" are the two values, not changes
    assert _months("Penerima Bantuan Pangan Keluarga naik 326 KK (2,63%) dari 12.410 KK pada "
                   "Juni menjadi 12.736 KK pada Desember 2025.") == []


def test_a_column_of_the_change_between_two_years_is_neither_years_value():
    # "Perubahan 2025 thd 2024" holds +9: the 2024 value is 134 alone, so 11 is judged
    text = """\
# Laporan Kinerja Tahun 2025

Tabel 3.5 Perbandingan Realisasi Kinerja Tahun 2023-2025

| No | Indikator | Satuan | 2023 | 2024 | 2025 | Perubahan 2025 thd 2024 |
|---|---|---|---|---|---|---|
| 1 | Jumlah operasi pencarian | operasi | 121 | 134 | 143 | +9 |
| 2 | Persentase korban selamat | % | 86,15 | 87,62 | 90,82 | +3,20 |

Jumlah operasi pencarian tahun 2025 bertambah {n} operasi dibandingkan tahun 2024.
"""

    def found(n: str) -> list[tuple[str, str, str]]:
        doc = parse_text(text.format(n=n), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "change_vs_table"]

    assert found("9") == []
    assert found("11") == [("change_vs_table", "11", "9")]


IKU_SERIES = """\
# Laporan Kinerja Tahun 2025

Balai Pengelola Transportasi Darat, Tahun Anggaran 2025

Tabel 3.2 Realisasi IKU Tahun 2023-2025

| No | Indikator Kinerja | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Persentase kendaraan yang melanggar muatan lebih | 21,47 | 18,93 | 15,62 |
| 2 | Luas kawasan hutan yang ditata batas | 112.905,64 | 120.100,00 | 128.346,21 |

{prose}
"""


def _series_found(prose: str) -> list[tuple[str, str, str]]:
    doc = parse_text(IKU_SERIES.format(prose=prose), "x.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
            if f.rule == "change_vs_table"]


def test_the_year_a_sentence_compares_with_before_its_change_is_not_where_the_change_ends():
    # "Dibanding realisasi tahun 2024 ..., turun 3,13 poin, dan dibanding tahun 2023 ...":
    # 2024 is the year compared with; the change runs to the report's year (18,93 − 15,62)
    prose = ("Dibanding realisasi tahun 2024 sebesar 18,93%, persentase kendaraan yang "
             "melanggar muatan lebih turun {d} poin, dan dibanding tahun 2023 (21,47%) turun "
             "5,85 poin.")
    assert _series_found(prose.format(d="3,31")) == []
    assert _series_found(prose.format(d="3,13")) == [
        ("change_vs_table", "3,13 poin", "3,31 poin")]
    # (the year compared with may stand close before the change)
    from audit.figures import find_figures
    text = ("Dibanding realisasi tahun 2024 sebesar 18,93%, persentase pelanggaran turun 3,13 "
            "poin, dan dibanding tahun 2023 (21,47%) turun 5,85 poin.")
    [change] = [f for f in find_figures(text) if f.figure.text == "3,13 poin"]
    assert not change_vs_table._between_past_years(text, change, "2025")


def test_a_sentence_printing_its_own_value_far_from_the_indicators_speaks_of_another_thing():
    # the areal berhutan of 869.453,20 ha is no value of the indicator its words recall
    prose = ("Luas kawasan hutan berhutan pada tahun 2025 seluas 869.453,20 ha, berkurang "
             "513,69 ha dibandingkan tahun 2024.")
    assert _series_found(prose) == []


def test_a_change_counted_like_the_sentences_own_count_is_not_the_rates():
    # "terjadi 4 kejadian, berkurang 1 kejadian": a count of accidents beside a rate per
    # million km (0,118 → 0,095) that the words "kecelakaan" recall
    text = """\
# Laporan Kinerja Tahun 2025

Balai Teknik Perkeretaapian, Tahun Anggaran 2025

Tabel 3.2 Perbandingan Realisasi Tahun 2023-2025

| No | Indikator Kinerja | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Angka kecelakaan KA per juta km-kereta | 0,142 | 0,118 | 0,095 |
| 2 | Jumlah perlintasan sebidang yang dijaga | 31 | 37 | 43 |

### 3.3.3 Angka Kecelakaan KA per Juta Km-Kereta

Pada tahun 2025 terjadi 4 (empat) kejadian kecelakaan, berkurang 1 kejadian dari tahun 2024.
Dengan angka 0,095 terhadap target 0,120, capaian indikator sebesar 126,32%.
"""
    doc = parse_text(text, "x.md")
    assert [f for f in audit_document(doc).findings if f.rule == "change_vs_table"] == []



def test_a_points_change_is_from_the_rate_bracketed_after_the_count():
    # "41 desa (25,00%)": the count is no base of a change in points, its rate is
    prose = ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti tahun 2025 sebanyak "
             "135 rekomendasi (87,10%), bertambah 9 rekomendasi dibandingkan tahun 2024 "
             "sebanyak 126 rekomendasi ({base}), atau naik {d} poin.")
    assert _found(prose.format(base="84,19%", d="2,91")) == []
    assert _found(prose.format(base="84,19%", d="2,19")) == [
        ("change_vs_table", "2,19 poin", "2,91 poin")]


SUMMARY_BULLETS = """\
# Laporan Kinerja Tahun 2025

Tabel 3.2 Perbandingan Realisasi Tahun 2024-2025

| No | Indikator Kinerja | 2024 | 2025 |
|---|---|---|---|
| 1 | Persentase rumah tangga dengan akses sanitasi layak | 82,30 | 84,45 |
| 2 | Persentase rumah tangga dengan akses air minum layak | 94,06 | 95,12 |

##### d. Persentase rumah tangga dengan akses sanitasi layak

Rumah tangga dengan akses sanitasi layak pada tahun 2025 sebanyak 88.065 rumah tangga.

Ringkasan kinerja:

- Realisasi 2025: 84,45%;
- {bullet}
"""


def test_a_summary_bullet_under_a_list_intro_is_about_the_indicator_of_the_section():
    def found(bullet: str):
        doc = parse_text(SUMMARY_BULLETS.format(bullet=bullet), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    # a change stated by its sign after "Perubahan", or by its verb, under "Ringkasan
    # kinerja:" that names no subject of its own
    assert found("Perubahan dibanding 2024: +2,15 poin persen.") == []
    assert found("Perubahan dibanding 2024: +2,25 poin persen.") == [
        ("change_vs_table", "2,25 poin", "2,15 poin")]
    assert found("Realisasi naik 2,25 poin persen dibanding 2024.") == [
        ("change_vs_table", "2,25 poin", "2,15 poin")]


def test_the_year_named_right_after_a_change_is_the_one_it_is_measured_from():
    # "Dibandingkan dua tahun sebelumnya, ... lebih ... 2,91 poin dari tahun 2024 ... dan ...
    # dari tahun 2023": each change names its own base year right after it
    prose = ("Dibandingkan dua tahun sebelumnya, realisasi indikator ini naik {d} poin dari "
             "tahun 2024 (84,19%) dan naik 7,08 poin dari tahun 2023 (80,02%).")
    assert _found(prose.format(d="2,91")) == []
    # (the sentence's own values show it: its arithmetic, not the tables, tells the break)
    assert [(stated, expected) for _, stated, expected in _found(prose.format(d="3,91"))] \
        == [("3,91 poin", "2,91 poin")]


def test_a_change_whose_base_is_the_level_is_no_change_of_the_capaian_before_it():
    # "mencapai 87,10% ..., capaian 102,47%, atau naik 2,91 poin dari 84,19%": 87,10 − 84,19
    # is the change; the capaian printed just before it is not what changed
    prose = ("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti mencapai 87,10% "
             "dari target 85,00%, capaian 102,47%, atau naik {d} poin dari 84,19% pada "
             "tahun 2024.")
    assert _found(prose.format(d="2,91")) == []
    # (the sentence's own values show it: its arithmetic, not the tables, tells the break)
    assert [(stated, expected) for _, stated, expected in _found(prose.format(d="3,91"))] \
        == [("3,91 poin", "2,91 poin")]


CODED_ROWS = """\
# Laporan Kinerja Tahun 2025

Tabel 3.3 Perbandingan Realisasi IKP Sasaran Program 1 Tahun 2023-2025

| IKP | Realisasi 2023 | Realisasi 2024 | Target 2025 | Realisasi 2025 |
|---|---|---|---|---|
| 1.1 | 1.986 | 2.215 | 2.400 | 2.517 |
| 1.2 | 604 | 731 | 850 | 912 |

**IKP 1.1 Jumlah BUM Desa berklasifikasi Maju**

Pada tahun 2025, target IKP 1.1 ditetapkan sebesar 2.400 unit dengan realisasi 2.517 unit.

Dibandingkan dua tahun sebelumnya, realisasi tahun 2025 meningkat {d} unit dari tahun 2024
(2.215 unit).
"""


def test_a_table_listing_indicators_by_dotted_code_alone_is_reached_through_the_heading():
    # the rows are "1.1", "1.2" under a column titled "IKP"; the heading names "IKP 1.1"
    def found(d: str):
        doc = parse_text(CODED_ROWS.format(d=d), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "change_vs_table"]

    assert found("302") == []
    assert found("312") == [("change_vs_table", "312 unit", "302 unit")]

