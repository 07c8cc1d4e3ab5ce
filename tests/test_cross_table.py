from __future__ import annotations

import textwrap

from audit.checks import cross_table
from audit.engine import audit_document
from audit.findings import Severity
from audit.readers.text import parse_text

TABLE = textwrap.dedent("""
    | Indikator | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | {real} | {cap} |
    | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 | 100% |
""")


def _report(summary: str, body: str, annex: str) -> str:
    return (
        "IKHTISAR EKSEKUTIF\n\nRingkasan capaian.\n"
        + TABLE.format(real=summary, cap="102,98%")
        + "\n\nBAB I\n\nPendahuluan.\n\nTabel 3.1 Capaian Kinerja\n"
        + TABLE.format(real=body, cap="103,0%")
        + "\n\nLAMPIRAN\n\nTabel 5.1 Lampiran Capaian Kinerja\n"
        + TABLE.format(real=annex, cap="102,98%")
    )


def test_consistent_restatements_pass(read):
    result = cross_table.check(read(_report("2.523", "2.523", "2.523")))
    assert result.findings == []
    assert result.performed >= 4


def test_headline_restated_three_times_with_one_wrong_is_reported_once_at_the_wrong_one(read):
    doc = read(_report("2.532", "2.523", "2.523"))
    [finding] = cross_table.check(doc).findings
    assert finding.line == 7
    assert finding.stated == "2.532"
    assert finding.expected == "2.523"
    assert finding.severity is Severity.CRITICAL  # Ikhtisar Eksekutif vs body
    assert len(finding.related_lines) == 2
    assert "Tabel 3.1 baris" in finding.message


def test_body_only_conflict_is_major(read):
    doc = read(_report("2.523", "2.523", "2.532"))
    [finding] = cross_table.check(doc).findings
    assert finding.severity is Severity.MAJOR
    assert finding.stated == "2.532"


def test_target_awal_and_target_revisi_are_not_confused(read):
    doc = read("""
        Tabel 6 Perjanjian Kinerja Awal
        | Indikator | Target |
        |---|---|
        | Jumlah peserta pelatihan berbasis kompetensi | 2.100 |
        | Jumlah lembaga pelatihan yang ditingkatkan | 3 |

        Tabel 7 Capaian Kinerja
        | Indikator | Target Awal | Target Revisi | Realisasi |
        |---|---|---|---|
        | Jumlah peserta pelatihan berbasis kompetensi | 2.100 | 2.450 | 2.523 |
        | Jumlah lembaga pelatihan yang ditingkatkan | 3 | 4 | 4 |
    """)
    result = cross_table.check(doc)
    assert result.findings == []
    assert result.performed >= 2  # the awal targets were compared; revisi ones only as versions


def test_a_different_year_is_not_a_conflict(read):
    doc = read("""
        Tabel 3.2 Realisasi Tahun 2022
        | Indikator | Realisasi |
        |---|---|
        | Persentase lulusan pelatihan yang bekerja | 70,83% |

        Tabel 3.3 Realisasi Tahun 2023
        | Indikator | Realisasi |
        |---|---|
        | Persentase lulusan pelatihan yang bekerja | 74,20% |
    """)
    assert cross_table.check(doc).findings == []


def test_printed_precision_is_respected(read):
    doc = read("""
        Tabel 1 A
        | Indikator | Capaian |
        |---|---|
        | Persentase tenaga kerja tersertifikasi | 91,31% |

        Tabel 2 B
        | Indikator | Capaian |
        |---|---|
        | Persentase tenaga kerja tersertifikasi | 91,3% |
    """)
    assert cross_table.check(doc).findings == []


def test_duplicate_names_in_one_table_are_not_matched(read):
    doc = read("""
        Tabel 1 A
        | Indikator | Target |
        |---|---|
        | Jumlah tenaga kerja yang mendapatkan pelatihan | 1.720 |
        | Jumlah tenaga kerja yang mendapat pelatihan | 2.450 |

        Tabel 2 B
        | Indikator | Target |
        |---|---|
        | Jumlah tenaga kerja yang mendapat pelatihan | 2.450 |
    """)
    assert cross_table.check(doc).findings == []


SERIES = """
    LAPORAN KINERJA DINAS TAHUN 2025

    Tabel 3.1 Capaian Kinerja Tahun 2025
    | Indikator | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah kunjungan ke taman bacaan desa | 9.000 | {body} | 101,90% |
    | Jumlah pustakawan bersertifikat | 20 | 18 | 90,00% |

    Tabel 3.2 Capaian Kinerja Tahun 2025 (Lampiran)
    | Indikator | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah kunjungan ke taman bacaan desa | 9.000 | {annex} | 101,90% |
    | Jumlah pustakawan bersertifikat | 20 | 18 | 90,00% |

    Tabel 3.3 Perbandingan Realisasi Tiga Tahun Terakhir
    | Indikator | 2023 | 2024 | 2025 |
    |---|---|---|---|
    | Jumlah kunjungan ke taman bacaan desa | 8.120 | 8.840 | {series} |
    | Jumlah pustakawan bersertifikat | 12 | 15 | 18 |
"""


def _series(read, body: str, annex: str, series: str) -> list:
    return cross_table.check(read(SERIES.format(body=body, annex=annex, series=series))).findings


def test_a_year_column_of_a_realisasi_series_ties_to_that_years_realisasi(read):
    assert _series(read, "9.171", "9.171", "9.171") == []
    [finding] = _series(read, "9.171", "9.171", "9.117")
    assert finding.stated == "9.117" and finding.expected == "9.171"


def test_every_copy_that_breaks_from_a_clear_majority_is_reported(read):
    # Two places copied last year's 8.840; the series and a third place agree on 9.171.
    doc = SERIES.format(body="8.840", annex="8.840", series="9.171").replace(
        "| Jumlah pustakawan bersertifikat | 12 | 15 | 18 |",
        "| Jumlah pustakawan bersertifikat | 12 | 15 | 18 |\n\n"
        "Tabel 3.4 Ringkasan Capaian Tahun 2025\n"
        "| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n"
        "| Jumlah kunjungan ke taman bacaan desa | 9.000 | 9.171 | 101,90% |\n"
        "| Jumlah kunjungan ke museum daerah | 900 | 917 | 101,89% |\n"
        "\nTabel 3.5 Realisasi Menurut Sumber Data Tahun 2025\n"
        "| Indikator | Target | Realisasi | Capaian |\n|---|---|---|---|\n"
        "| Jumlah kunjungan ke taman bacaan desa | 9.000 | 9.171 | 101,90% |\n")
    findings = [f for f in cross_table.check(read(doc)).findings if f.stated == "8.840"]
    assert len(findings) == 2
    assert {f.expected for f in findings} == {"9.171"}


def test_a_capaian_conflict_explained_by_a_realisasi_conflict_is_not_reported_twice(read):
    doc = SERIES.format(body="9.171", annex="9.801", series="9.171").replace(
        "| 9.801 | 101,90% |", "| 9.801 | 108,90% |")
    findings = cross_table.check(read(doc)).findings
    assert [f.stated for f in findings] == ["9.801"]


def test_values_a_hundred_times_apart_with_no_majority_are_another_scope(read):
    # A national Renstra target beside the unit's own PK target: not a mistyped copy.
    doc = read("""
        Tabel 2.1 Target Renstra Kementerian Tahun 2025
        | Indikator | Target |
        |---|---|
        | Jumlah tenaga kerja yang mendapat pelatihan berbasis kompetensi | 250.000 |
        | Jumlah lembaga pelatihan yang diakreditasi | 600 |

        Tabel 2.2 Perjanjian Kinerja Balai Tahun 2025
        | Indikator | Target |
        |---|---|
        | Jumlah tenaga kerja yang mendapat pelatihan berbasis kompetensi | 2.450 |
        | Jumlah lembaga pelatihan yang diakreditasi | 6 |
    """)
    assert cross_table.check(doc).findings == []


def test_a_year_per_row_table_of_one_indicator_ties_to_its_measurement_table(read):
    text = """
        Tabel 5. Pengukuran Indikator Kinerja Kegiatan 2 (IKK-2)
        | No | Indikator Kinerja Kegiatan | Target 2025 | Realisasi 2025 | Capaian 2025 |
        |---|---|---|---|---|
        | 1 | Indeks kepuasan layanan pelatihan | 5 Layanan | 5 Layanan | 100% |

        Tabel 6. Perbandingan Realisasi Indikator Kinerja Kegiatan (IKK-2) Tahun 2023 s.d. 2025
        | Tahun | Indikator Kinerja Kegiatan | | |
        |---|---|---|---|
        | | Jumlah layanan dukungan manajemen yang ditingkatkan kualitasnya | | |
        | | Target | Realisasi | Capaian Kinerja |
        | 2023 | 3 Layanan | 3 Layanan | 100% |
        | 2024 | 4 Layanan | 4 Layanan | 100% |
        | 2025 | {target} | {real} | 100% |
    """
    assert cross_table.check(read(text.format(target="5 Layanan", real="5 Layanan"))).findings \
        == []
    [finding] = cross_table.check(read(text.format(target="4 Layanan", real="4 Layanan"))).findings
    # Target and realisasi of one row break together: one finding for the row.
    assert finding.line == 13
    assert finding.stated == "4 Layanan / 4 Layanan"
    assert finding.expected == "5 Layanan / 5 Layanan"


def test_a_capaian_target_that_is_neither_the_pk_awal_nor_perubahan(read):
    from audit.checks import cross_table

    text = """
        Tabel 2.1 Perjanjian Kinerja

        | No | Indikator | Target 2025 / Awal | Target 2025 / Perubahan |
        |---|---|---|---|
        | 1 | Persentase data perencanaan yang termutakhirkan | 85,00 | {revised} |
        | 2 | Nilai SAKIP perangkat daerah | 78,00 | 80,00 |

        Tabel 3.2 Capaian Kinerja

        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Persentase data perencanaan yang termutakhirkan | 90,00 | 93,33 | 103,70 |
        | 2 | Nilai SAKIP perangkat daerah | 80,00 | 79,15 | 98,94 |
    """
    assert cross_table.RULE.run(read(text.format(revised="90,00"))).findings == []
    found = cross_table.RULE.run(read(text.format(revised="92,00"))).findings
    assert [(f.line, f.stated, f.expected) for f in found] == [(5, "92,00", "90,00")]


def test_a_persentase_indicator_is_a_percentage_in_a_table_without_a_unit_column(read):
    from audit.checks import cross_table

    text = """
        Tabel 3.2 Capaian Kinerja Tahun 2025

        | No | Indikator | Satuan | Target | Realisasi |
        |---|---|---|---|---|
        | 1 | Persentase penyerapan belanja daerah | % | 95 | 93,91 |

        Tabel 3.3 Perbandingan Realisasi Indikator Kinerja

        | No | Indikator Kinerja | Realisasi / 2024 | Realisasi / 2025 |
        |---|---|---|---|
        | 1 | Persentase penyerapan belanja daerah | 92,47 | {value} |
    """
    assert cross_table.RULE.run(read(text.format(value="93,91"))).findings == []
    found = cross_table.RULE.run(read(text.format(value="93,19"))).findings
    assert len(found) == 1 and {found[0].stated, found[0].expected} == {"93,19", "93,91"}


def test_a_capaian_target_that_takes_the_awal_where_the_table_uses_the_perubahan(read):
    # Row 2 shows the capaian table uses the revised target; row 1 then takes its awal.
    from audit.checks import cross_table

    text = """
        Tabel 2.1 Perjanjian Kinerja

        | No | Indikator | Target 2025 / Awal | Target 2025 / Perubahan |
        |---|---|---|---|
        | 1 | Indeks kepuasan layanan perizinan | 82,00 | {revised} |
        | 2 | Persentase izin terbit tepat waktu | 95,00 | 90,00 |
        | 3 | Nilai SAKIP perangkat daerah | 78,00 | 78,00 |

        Tabel 3.2 Capaian Kinerja

        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Indeks kepuasan layanan perizinan | 82,00 | 83,10 | 101,34 |
        | 2 | Persentase izin terbit tepat waktu | {second} | 91,20 | 101,33 |
        | 3 | Nilai SAKIP perangkat daerah | 78,00 | 79,15 | 101,47 |
    """
    clean = text.format(revised="82,00", second="90,00")
    assert cross_table.RULE.run(read(clean)).findings == []
    found = cross_table.RULE.run(read(text.format(revised="82,50", second="90,00"))).findings
    assert [(f.line, f.stated, f.expected) for f in found] == [(5, "82,50", "82,00")]
    # with no row showing which version the capaian table uses, the awal is its choice
    only_awal = text.format(revised="82,50", second="95,00")
    assert cross_table.RULE.run(read(only_awal)).findings == []


def test_a_spanning_target_title_read_into_the_first_version_column_still_gives_both(read):
    # Extraction lost the cell "Target 2025" spanning Awal | Perubahan and left it in the first
    from audit.checks import cross_table
    from audit.facts import version_columns

    assert version_columns(["No", "Indikator", "Target 2025 Awal", "Perubahan"]) == \
        ["No", "Indikator", "Target 2025 / Awal", "Target 2025 / Perubahan"]
    assert version_columns(["Uraian", "Perubahan"]) == ["Uraian", "Perubahan"]

    text = """
        Tabel 2.1 Perjanjian Kinerja

        | No | Indikator | Target 2025 Awal | Perubahan |
        |---|---|---|---|
        | 1 | Persentase usulan Musrenbang yang diakomodasi | 60,00 | {revised} |
        | 2 | Indeks kepuasan masyarakat | 84,00 | 85,00 |

        Tabel 3.2 Capaian Kinerja

        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Persentase usulan Musrenbang yang diakomodasi | 65,00 | 63,16 | 97,17 |
        | 2 | Indeks kepuasan masyarakat | 85,00 | 86,10 | 101,29 |
    """
    assert cross_table.RULE.run(read(text.format(revised="65,00"))).findings == []
    found = cross_table.RULE.run(read(text.format(revised="68,00"))).findings
    assert [(f.line, f.stated, f.expected) for f in found] == [(5, "68,00", "65,00")]


def test_a_plan_table_with_the_original_target_beside_a_capaian_table_with_the_revised(read):
    # RPJMD table: 5,50 (the PK's original); capaian table: 5,30 (the PK's revised one);
    # the PK table documents both, so the two plain targets are two versions, not a break
    from audit.checks import cross_table

    text = """
        # Laporan Kinerja Pemerintah Kabupaten Tahun 2025

        Tabel 2.1 IKU RPJMD

        | No | Indikator | Target 2025 | Target 2029 |
        |---|---|---|---|
        | 1 | Laju pertumbuhan ekonomi daerah | 5,50 | 5,80 |

        Tabel 2.2 Target Perjanjian Kinerja Awal dan Perubahan

        | No | Indikator | Target PK Awal | Target PK Perubahan |
        |---|---|---|---|
        | 1 | Laju pertumbuhan ekonomi daerah | 5,50 | {revised} |

        Tabel 3.2 Capaian IKU

        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Laju pertumbuhan ekonomi daerah | 5,30 | 4,96 | 93,58 |
    """
    assert cross_table.RULE.run(read(text.format(revised="5,30"))).findings == []
    # without the PK's revision the two tables disagree, and that is reported
    found = cross_table.RULE.run(read(text.format(revised="5,50"))).findings
    assert found and {f.stated for f in found} <= {"5,30", "5,50"}


def test_the_report_regions_column_of_a_comparison_table_is_its_own_realisasi(read):
    # "Kab. Tanah Seruni | Provinsi ... | Nasional": only the report's own region is compared
    from audit.checks import cross_table

    text = """
        # LAPORAN KINERJA PEMERINTAH KABUPATEN TANAH SERUNI TAHUN 2025

        Tabel 3.2 Capaian IKU Tahun 2025

        | No | Indikator | Satuan | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|---|
        | 1 | Tingkat Pengangguran Terbuka (TPT) | % | 4,60 | 4,83 | 95,24 |
        | 2 | Indeks Pembangunan Manusia (IPM) | poin | 72,85 | 73,12 | 100,37 |

        Tabel 3.4 Perbandingan Indikator Makro Tahun 2025

        | No | Indikator | Kab. Tanah Seruni | Provinsi Nusa Mandala | Nasional |
        |---|---|---|---|---|
        | 1 | Tingkat Pengangguran Terbuka (TPT) (%) | {tpt} | 4,21 | 4,85 |
        | 2 | Indeks Pembangunan Manusia (IPM) | 73,12 | 74,06 | 75,90 |
    """
    assert cross_table.RULE.run(read(text.format(tpt="4,83"))).findings == []
    found = cross_table.RULE.run(read(text.format(tpt="4,38"))).findings
    assert [(f.stated, f.expected) for f in found] == [("4,38", "4,83")]


PK_AND_CAPAIAN = textwrap.dedent("""
    Tabel 2.1 Perjanjian Kinerja Tahun 2025

    | No | Indikator Kinerja | Satuan | Target 2025 |
    |---|---|---|---|
    | 1 | Nilai maturitas penyelenggaraan SPIP Terintegrasi | Nilai | {pk} |
    | 2 | Level kapabilitas APIP | Level | 3 |

    {prose}

    Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

    | No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|---|
    | 1 | Nilai maturitas penyelenggaraan SPIP Terintegrasi | Nilai | 3,10 | 3,12 | 100,65 |
    | 2 | Level kapabilitas APIP | Level | 3 | 3 | 100,00 |
""")


def test_two_tables_disagreeing_are_settled_by_the_prose_that_restates_one(read):
    prose = ("Nilai maturitas penyelenggaraan SPIP Terintegrasi mencapai 3,12 dari target "
             "3,10.")
    doc = read(PK_AND_CAPAIAN.format(pk="3,15", prose=prose))
    [finding] = cross_table.check(doc).findings
    assert (finding.stated, finding.expected) == ("3,15", "3,10")
    assert finding.line == 5  # the PK table, which neither the prose nor Tabel 3.1 follow
    assert "di teks" in finding.message
    assert 8 in finding.related_lines  # the sentence that restates 3,10


def test_two_tables_disagreeing_with_no_prose_report_the_later_table(read):
    # (no capaian printed beside either copy to tell which one the table worked with)
    text = PK_AND_CAPAIAN.replace("| 3,10 | 3,12 | 100,65 |", "| 3,10 | 3,12 | - |")
    doc = read(text.format(pk="3,15", prose="Uraian capaian ada di bawah."))
    [finding] = cross_table.check(doc).findings
    assert (finding.stated, finding.expected) == ("3,10", "3,15")
    assert "Tidak ada nilai mayoritas" in finding.message


def test_two_tables_disagreeing_report_the_copy_no_capaian_was_worked_out_from(read):
    # 3,12 / 3,10 = 100,65%: the capaian table worked with 3,10, the PK table's 3,15 is odd
    doc = read(PK_AND_CAPAIAN.format(pk="3,15", prose="Uraian capaian ada di bawah."))
    [finding] = cross_table.check(doc).findings
    assert (finding.stated, finding.expected, finding.line) == ("3,15", "3,10", 5)
    assert "cocok dengan persentase pada barisnya sendiri" in finding.message


ROLE_ROWS = textwrap.dedent("""
    ##### IKU 6: Persentase cakupan PJU pada jalan kota

    Tabel 3.13 Target, Realisasi, dan Capaian IKU 6 Tahun 2023-2025

    | Uraian | 2023 | 2024 | 2025 |
    |---|---:|---:|---:|
    | Target | 78,00 | 80,00 | 82,00 |
    | Realisasi | 76,12 | 79,36 | 82,41 |
    | Capaian (%) | 97,59 | 99,20 | 100,50 |

    Tabel 3.17 Realisasi 2023-2025 dan Target Akhir Renstra 2026

    | No | Indikator | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 | Target 2026 |
    |---:|---|---:|---:|---:|---:|
    | 6 | Persentase cakupan PJU pada jalan kota | 76,12 | {r24} | 82,41 | 85,00 |
""")


def test_a_table_of_role_rows_over_year_columns_ties_to_the_year_columns_of_another(read):
    assert cross_table.check(read(ROLE_ROWS.format(r24="79,36"))).findings == []
    [finding] = cross_table.check(read(ROLE_ROWS.format(r24="79,63"))).findings
    assert (finding.stated, finding.expected) == ("79,63", "79,36")


CAPTION_YEARS = textwrap.dedent("""
    Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

    | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 1 | Persentase penduduk wajib KTP yang memiliki KTP-el | 98,50 | 98,85 | 100,36 |

    Tabel 3.3 Realisasi Indikator Kinerja Tahun 2023-2025 dan Target Akhir Renstra

    | No | Indikator Kinerja | 2023 | 2024 | 2025 | 2026 |
    |---|---|---|---|---|---|
    | 1 | Persentase penduduk wajib KTP yang memiliki KTP-el | 97,85 | 98,41 | {r25} | 99,00 |
""")


def test_a_caption_that_gives_each_role_its_years_names_the_year_columns(read):
    # "Realisasi ... 2023-2025 dan Target ... ": 2025 is a realisasi, 2026 (no role's years)
    # is left unread
    assert cross_table.check(read(CAPTION_YEARS.format(r25="98,85"))).findings == []
    [finding] = cross_table.check(read(CAPTION_YEARS.format(r25="98,58"))).findings
    assert {finding.stated, finding.expected} == {"98,58", "98,85"}


SPLIT_SPAN = textwrap.dedent("""
    Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

    | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 2 | Angka Kematian Bayi (AKB) | 8,50 | 7,96 | 106,78 |

    Tabel 3.3 Perbandingan Realisasi Kinerja Tahun 2023 s.d. 2025 dan Target Akhir Renstra

    | No | Indikator Kinerja | 2023 | Realisasi 2024 | 2025 | Target Renstra 2026 |
    |---|---|---|---|---|---|
    | 2 | Angka Kematian Bayi (AKB) per 1.000 Kelahiran Hidup | 9,84 | 8,91 | {r25} | 8,00 |
""")


def test_bare_year_columns_beside_a_titled_one_take_the_role_the_caption_gives_them(read):
    # the spanning "Realisasi" kept by one column only; the caption names the years
    assert cross_table.check(read(SPLIT_SPAN.format(r25="7,96"))).findings == []
    [finding] = cross_table.check(read(SPLIT_SPAN.format(r25="7,69"))).findings
    assert {finding.stated, finding.expected} == {"7,69", "7,96"}


def test_a_cumulative_quarter_restated_in_a_comparison_table_must_agree():
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    text = """\
# Laporan Evaluasi Kinerja Triwulan III Tahun 2025

Tabel 3.2 Realisasi Indikator Kinerja s.d. Triwulan III Tahun 2025

| No | Indikator Kinerja | Satuan | Target | Realisasi / TW III | Realisasi / s.d. TW III |
|---|---|---|---|---|---|
| 1 | Persentase desa yang menyampaikan laporan APBDes tepat waktu | % | 95,00 | 94,44 | 91,53 |
| 2 | Persentase lembaga kemasyarakatan desa yang aktif | % | 80,00 | 77,26 | 77,26 |

Tabel 3.3 Perbandingan Realisasi Indikator Kinerja s.d. TW III Tahun 2023-2025

| No | Indikator Kinerja | Realisasi s.d. TW III / 2024 | Realisasi s.d. TW III / 2025 |
|---|---|---|---|
| 1 | Persentase desa yang menyampaikan laporan APBDes tepat waktu | 88,35 | {value} |
| 2 | Persentase lembaga kemasyarakatan desa yang aktif | 73,84 | 77,26 |
"""
    def found(value: str) -> list[tuple[str, str, str]]:
        doc = parse_text(text.format(value=value), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    assert found("91,53") == []
    assert found("91,35") == [("cross_table", "91,35", "91,53")]


def test_a_running_row_number_under_a_misplaced_title_is_no_quantity():
    # An extraction laid "Realisasi" over the No column: 1, 2, 3 number the rows, they are
    # not realisations to compare with the capaian table's
    text = """\
Laporan Kinerja Tahun 2025

Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase kejadian kebakaran tertangani | 85,00 | 86,76 | 102,07 |
| 2 | Rata-rata waktu tanggap kebakaran | 15,00 | 13,43 | 111,69 |
| 3 | Persentase hidran kebakaran berfungsi | 75,00 | 73,08 | 97,44 |

Tabel 3.3 Realisasi Indikator Tahun 2023-2025

| Realisasi | Indikator Kinerja | 2024 | 2025 |
|---|---|---|---|
| 1 | Persentase kejadian kebakaran tertangani | 83,35 | 86,76 |
| 2 | Rata-rata waktu tanggap kebakaran | 14,85 | 13,43 |
| 3 | Persentase hidran kebakaran berfungsi | 70,59 | 73,08 |
"""
    findings = audit_document(parse_text(text, "damkar.md")).findings
    assert [(f.rule, f.stated) for f in findings if f.rule == "cross_table"] == []


SERIES_AND_COMPARISON = textwrap.dedent("""
    Laporan Kinerja Tahun 2025

    Tabel 3.3 Realisasi Indikator Tahun 2023-2025

    | No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
    |---|---|---|---|---|
    | 1 | Nilai Indeks Reformasi Birokrasi (IRB) | 61,20 | {series} | 70,35 |
    | 2 | Persentase ASN yang mengikuti pelatihan | 40,00 | 45,00 | 52,00 |

    Tabel 3.4 Perbandingan Capaian Tahun 2024 dan 2025

    | No | Indikator Kinerja | Target 2024 | Realisasi 2024 | Capaian 2024 (%) |
    |---|---|---|---|---|
    | 1 | Nilai Indeks Reformasi Birokrasi (IRB) | 68,00 | 66,48 | 97,76 |
    | 2 | Persentase ASN yang mengikuti pelatihan | 44,00 | 45,00 | 102,27 |

    ##### Indikator 1: Nilai Indeks Reformasi Birokrasi

    IRB tahun 2025 tercatat sebesar 70,35 dan melampaui target. Dibandingkan realisasi tahun
    lalu sebesar 66,48, nilai indeks naik 3,87 poin.
""")


def test_last_years_realisasi_in_prose_settles_two_tables_that_disagree_on_it(read):
    # "realisasi tahun lalu" is the 2024 realisasi; the sentence names its indicator by the
    # acronym the sentence before it gives, and sides with Tabel 3.4 against Tabel 3.3
    doc = read(SERIES_AND_COMPARISON.format(series="66,84"))
    [finding] = cross_table.check(doc).findings
    assert (finding.line, finding.stated, finding.expected) == (7, "66,84", "66,48")
    assert cross_table.check(read(SERIES_AND_COMPARISON.format(series="66,48"))).findings == []


def test_a_comparison_table_without_a_unit_column_ties_to_the_percentage_it_repeats(read):
    # Tabel 3.2 says "%" in its Satuan column; Tabel 3.7 prints no unit at all: the same
    # indicator, the same two decimals, one quantity
    text = textwrap.dedent("""
        Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

        | No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|---|
        | 1 | Angka keberhasilan pengobatan pasien TBC | % | 90,00 | 91,94 | 102,16 |
        | 2 | Cakupan imunisasi dasar lengkap | % | 95,00 | 92,92 | 97,81 |

        Tabel 3.7 Realisasi Indikator Kinerja Tahun 2023-2025

        | No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
        |---|---|---|---|---|
        | 1 | Angka keberhasilan pengobatan pasien TBC | 87,50 | 89,83 | {tb} |
        | 2 | Cakupan imunisasi dasar lengkap | 89,76 | 91,48 | 92,92 |
    """)
    assert cross_table.check(read(text.format(tb="91,94"))).findings == []
    [finding] = cross_table.check(read(text.format(tb="91,49"))).findings
    assert (finding.stated, finding.expected) == ("91,49", "91,94")


def test_prose_under_the_acronym_settles_which_short_named_table_row_is_wrong(read):
    # two comparison tables print the indicator by its acronym ("Nilai IPLM") and disagree
    # on its 2024 realisasi; the analysis names it by the acronym its PK row defines, and
    # restates last year's value: the table that prints another value is the odd one
    text = textwrap.dedent("""
        Tabel 3.1 Capaian Kinerja Tahun 2025

        | No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Nilai Indeks Pembangunan Literasi Masyarakat (IPLM) | 62,00 | 53,48 | 86,26 |
        | 2 | Nilai Tingkat Gemar Membaca (TGM) | 70,00 | 68,42 | 97,74 |

        Tabel 3.3 Realisasi Indikator 2023-2025

        | No | Indikator Kinerja | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
        |---|---|---|---|---|
        | 1 | Nilai IPLM | 46,05 | {a} | 53,48 |
        | 2 | Nilai TGM | 62,74 | 65,18 | 68,42 |

        Tabel 3.4 Perbandingan Capaian Tahun 2024 dan 2025

        | No | Indikator Kinerja | Target 2024 | Realisasi 2024 | Capaian 2025 (%) |
        |---|---|---|---|---|
        | 1 | Nilai IPLM | 58,00 | 49,71 | 86,26 |
        | 2 | Nilai TGM | 64,00 | 65,18 | 97,74 |

        IPLM tahun 2025 tercatat sebesar 53,48, di bawah target 62,00. Dibandingkan realisasi tahun lalu sebesar 49,71, nilai indeks naik 3,77 poin.
    """)  # noqa: E501
    assert cross_table.check(read(text.format(a="49,71"))).findings == []
    doc = read(text.format(a="49,17"))
    [finding] = cross_table.check(doc).findings
    row = next(n for n in range(1, len(doc.lines) + 1) if "| 46,05 |" in doc.line_text(n))
    assert (finding.line, finding.stated, finding.expected) == (row, "49,17", "49,71")


def test_semester_targets_and_forecasts_are_other_quantities_than_the_years(read):
    text = textwrap.dedent("""
        Laporan Kinerja Semester I Tahun 2025

        Tabel i. Ringkasan Capaian s.d. Semester I Tahun 2025

        | No | Indikator Kinerja | Satuan | Target Smt I | Realisasi s.d. Smt I | Capaian (%) |
        |---|---|---|---|---|---|
        | 1 | Panjang sungai yang dinormalisasi | km | 6,00 | 4,30 | 71,67 |

        Tabel 3.2. Capaian s.d. Semester I Tahun 2025

        | No | Indikator Kinerja | Satuan | Target Tahunan | Realisasi s.d. Smt I | Capaian thd Target Tahunan (%) |
        |---|---|---|---|---|---|
        | 1 | Panjang sungai yang dinormalisasi | km | 14,50 | 4,30 | 29,66 |

        Tabel 3.9. Proyeksi Capaian s.d. 31 Desember 2025

        | No | Indikator Kinerja | Satuan | Target Tahunan | Proyeksi s.d. Desember | Proyeksi Capaian (%) |
        |---|---|---|---|---|---|
        | 1 | Panjang sungai yang dinormalisasi | km | 14,50 | 13,20 | 91,03 |
    """)  # noqa: E501
    assert cross_table.check(read(text)).findings == []
    # the same annual target printed two ways is still one quantity
    broken = text.replace("| km | 14,50 | 13,20 |", "| km | 15,40 | 13,20 |")
    [finding] = cross_table.check(read(broken)).findings
    assert {finding.stated, finding.expected} == {"14,50", "15,40"}


def test_a_renstra_target_for_the_year_is_not_the_perjanjian_kinerja_target():
    # the plan sets 87,00 for 2025; the year's PK sets 88,00: two quantities, both right
    text = """\
Tabel 2.1 Target IKK pada Renstra Tahun 2025-2029

| No | Indikator Kinerja | Target 2025 | Target 2026 |
|---|---|---|---|
| 1 | Persentase Kosmetik yang memenuhi syarat | 87,00 | 87,50 |
| 2 | Persentase Pangan Olahan yang memenuhi syarat | 80,00 | 81,00 |

Tabel 3.2 Capaian IKK Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase Kosmetik yang memenuhi syarat | 88,00 | 84,55 | 96,08 |
| 2 | Persentase Pangan Olahan yang memenuhi syarat | 82,00 | 80,71 | 98,43 |
"""
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "cross_table"] == []


def test_years_of_a_renstra_target_table_are_the_plans_targets():
    # the caption says these year columns are the Renstra's targets, not the PK's
    text = """\
Tabel 2.1 Target Indikator Kinerja Utama dalam Renstra 2025-2029

| No | Indikator Kinerja Utama | Satuan | 2025 | 2026 |
|---|---|---|---|---|
| 1 | Persentase klien yang menyelesaikan program | % | 78,00 | 80,00 |
| 2 | Persentase realisasi anggaran DIPA | % | 95,00 | 95,00 |

Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja Utama | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase klien yang menyelesaikan program | 80,00 | 76,35 | 95,44 |
| 2 | Persentase realisasi anggaran DIPA | 96,00 | 96,81 | 100,84 |
"""
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "cross_table"] == []


def test_two_families_of_one_line_are_two_breaks_and_one_family_is_one():
    # the serapan (budget absorption) and the output of kegiatan 4958 disagree between the
    # two tables: two breaks; its output target and realisasi disagree together: one break
    text = """\
Tabel 3.1 Capaian Kegiatan Tahun 2023

| Kegiatan | Penyerapan (%) / S | Penyerapan (%) / R | Output / S (%) | Output / R (%) |
|---|---|---|---|---|
| 4957 Pelatihan Vokasi Industri | 27,37 | 26,38 | 37,59 | 41,34 |
| 4958 Pendidikan Tinggi Vokasi Industri | 23,58 | 19,70 | 41,58 | 30,47 |

Tabel 4.1 Laporan Konsolidasi Kegiatan Tahun 2023

| Kegiatan | Penyerapan (%) / S | Penyerapan (%) / R | Output / S (%) | Output / R (%) |
|---|---|---|---|---|
| 4957 Pelatihan Vokasi Industri | 27,37 | 26,38 | 37,59 | 41,34 |
| 4958 Pendidikan Tinggi Vokasi Industri | 23,33 | 19,70 | 41,57 | 29,29 |
"""
    found = [f.stated for f in audit_document(parse_text(text, "x.md")).findings
             if f.rule == "cross_table"]
    assert sorted(found) == ["23,33", "41,57 / 29,29"]


def test_a_rows_own_unit_scales_its_figures():
    # "Rp Miliar" in the row's Satuan cell: 480,00 there is 480.000.000.000 elsewhere
    text = textwrap.dedent("""
        Tabel 2.2 Perjanjian Kinerja

        | No | Indikator | Satuan | Target 2025 |
        |---|---|---|---|
        | 1 | Jumlah produksi ikan yang didaratkan | Ton | 19.500,00 |
        | 2 | Nilai produksi ikan yang didaratkan | Rp Miliar | {target} |

        Tabel 3.7 Realisasi per Triwulan

        | No | Indikator | Satuan | Target | Realisasi |
        |---|---|---|---|---|
        | 1 | Jumlah produksi ikan yang didaratkan | Ton | 19.500,00 | 20.194,97 |
        | 2 | Nilai produksi ikan yang didaratkan | Rp | 480.000.000.000 | 448.478.645.000 |
    """)
    assert [f for f in audit_document(parse_text(text.format(target="480,00"), "x.md")).findings
            if f.rule == "cross_table"] == []
    broken = audit_document(parse_text(text.format(target="490,00"), "x.md")).findings
    assert [f.rule for f in broken] == ["cross_table"]


def test_a_plan_target_and_a_revised_pk_target_are_two_versions_the_pk_table_shows(read):
    doc = read("""
    Tabel 2.1 Target Rencana Aksi Kegiatan Tahun 2025-2029
    | No | Indikator | Target / 2025 | Target / 2026 |
    |---|---|---|---|
    | 1 | Jumlah alat angkut yang diawasi | 13.800 | 14.200 |

    Tabel 2.2 Perjanjian Kinerja Tahun 2025 (Awal dan Revisi)
    | No | Indikator | Target / PK Awal | Target / PK Revisi |
    |---|---|---|---|
    | 1 | Jumlah alat angkut yang diawasi | 13.800 | 14.500 |

    Tabel 3.1 Capaian Kinerja Tahun 2025
    | No | Indikator | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 1 | Jumlah alat angkut yang diawasi | 14.500 | 15.335 | 105,76 |
    """)
    assert cross_table.check(doc).findings == []


def test_the_same_print_in_two_tables_is_never_a_break_whatever_their_units(read):
    # the summary prints no unit; the plan table's Satuan says the figure is in juta rupiah
    text = """
        Tabel 1 Ringkasan Capaian
        | No | Indikator | Target | Realisasi |
        |---|---|---|---|
        | 1 | Rata-rata pendapatan rumah tangga transmigran | 42,00 | 37,85 |
        | 2 | Persentase UPT mandiri | 30,00 | 28,57 |

        Tabel 2.2 Perjanjian Kinerja
        | No | Indikator | Satuan | Target |
        |---|---|---|---|
        | 1 | Rata-rata pendapatan rumah tangga transmigran | Rp juta/KK/tahun | {target} |
        | 2 | Persentase UPT mandiri | % | 30,00 |

        Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2025
        | No | Indikator | Satuan | Target | Realisasi |
        |---|---|---|---|---|
        | 1 | Rata-rata pendapatan rumah tangga transmigran | Rp juta/KK/tahun | 42,00 | 37,85 |
        | 2 | Persentase UPT mandiri | % | 30,00 | 28,57 |
    """
    assert cross_table.check(read(text.format(target="42,00"))).findings == []


BY_YEAR_ROWS = """\
Tabel 3.3 Perbandingan Realisasi IKU Tahun 2023-2025

| No | Indikator | Satuan | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 | Target 2026 |
|---|---|---|---|---|---|---|
| 1 | Nilai realisasi investasi PMA dan PMDN | Rp M | {a2023} | 1.146,82 | 1.318,48 | 1.350,00 |
| 2 | Jumlah tenaga kerja yang terserap | orang | 2.685 | 2.941 | 3.202 | 3.300 |

Tabel 3.5 Perkembangan Realisasi Investasi Tahun 2023-2025 (Rp miliar)

| Tahun | PMDN | PMA | Jumlah | Pertumbuhan (%) |
|---|---|---|---|---|
| 2023 | 905,14 | 107,22 | {b2023} | - |
| 2024 | 1.012,55 | 134,72 | 1.146,82 | 13,28 |
| 2025 | 1.156,01 | 162,47 | 1.318,48 | 14,97 |
"""


def test_a_year_series_printed_by_rows_elsewhere_ties_by_its_values():
    # no name ties "Nilai realisasi investasi" to the column "Jumlah" of a table by year
    # rows; two years printed alike do, and the third differs by two swapped digits: the
    # cell its own row adds up to (905,14 + 107,22) stands
    def found(a2023, b2023):
        doc = parse_text(BY_YEAR_ROWS.format(a2023=a2023, b2023=b2023), "x.md")
        return [(f.rule, f.line, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "cross_table"]

    assert found("1.012,36", "1.012,36") == []
    assert found("1.021,36", "1.012,36") == [("cross_table", 5, "1.021,36", "1.012,36")]
    # more than a slip apart: another quantity, no verdict
    assert found("1.100,00", "1.012,36") == []


def test_a_series_named_alike_ties_by_one_year_printed_alike():
    # "Nilai remitansi PMI ... (Rp miliar)" and the Jumlah row of "Remitansi PMI ... per
    # Triwulan": names alike but for generic words, so one year alike (2025) ties them
    text = """\
Tabel 3.3 Perbandingan Realisasi IKU Tahun 2023-2025

| No | Indikator | Satuan | Realisasi 2023 | Realisasi 2024 | Realisasi 2025 |
|---|---|---|---|---|---|
| 7 | Nilai remitansi PMI asal Provinsi Nusa Kencana | Rp miliar | 2.712,40 | {a} | 3.046,75 |

Tabel 3.9 Remitansi PMI Asal Provinsi Nusa Kencana per Triwulan Tahun 2024-2025 (Rp miliar)

| Triwulan | 2024 | 2025 |
|---|---|---|
| TW I | 702,35 | 721,10 |
| TW II | 731,80 | 758,93 |
| TW III | 748,62 | 770,40 |
| TW IV | 775,38 | 796,32 |
| Jumlah | 2.958,15 | 3.046,75 |
"""
    def found(a):
        doc = parse_text(text.format(a=a), "x.md")
        return [(f.rule, f.line, f.stated, f.expected) for f in audit_document(doc).findings
                if f.rule == "cross_table"]

    assert found("2.958,15") == []
    assert found("2.985,15") == [("cross_table", 5, "2.985,15", "2.958,15")]


def test_with_no_majority_the_copy_its_own_row_divides_by_is_not_the_slip(read):
    # the Renstra's 2026 target printed 5.200.000 in the plan table and 5.000.000 in the
    # capaian table, whose row divides by it: 4.095.800 / 5.000.000 = 81,92%
    doc = read("""
        Laporan Kinerja Tahun 2025

        Tabel 2.1 Target Kinerja Renstra 2021-2026

        | No | Indikator | Satuan | 2024 | 2025 | 2026 |
        |---|---|---|---|---|---|
        | 1 | Jumlah produksi benih ikan | ekor | 3.900.000 | 4.300.000 | {target} |

        Tabel 3.3 Capaian terhadap Target Akhir Renstra

        | No | Indikator | Satuan | Realisasi 2025 | Target 2026 | Capaian (%) |
        |---|---|---|---|---|---|
        | 1 | Jumlah produksi benih ikan | ekor | 4.095.800 | 5.000.000 | 81,92 |
    """.format(target="5.200.000"))
    [finding] = cross_table.check(doc).findings
    assert (finding.line, finding.stated, finding.expected) == (7, "5.200.000", "5.000.000")


def test_a_renstra_target_column_dated_by_its_year_is_that_years_target(read):
    # "Target Renstra / 2029" over the comparison table is the plan's 2029 target, which the
    # Renstra table prints under "2029": 1.300.000 there is 2028's
    doc = read("""
        Laporan Kinerja Tahun 2025

        Tabel 2.1 Target Kinerja Renstra 2025-2029

        | No | Indikator | Satuan | 2027 | 2028 | 2029 |
        |---|---|---|---|---|---|
        | 4 | Jumlah penumpang KA perintis | orang | 1.250.000 | 1.300.000 | 1.350.000 |

        Tabel 3.2 Perbandingan Realisasi Tahun 2023-2025 dan Target Akhir Renstra

        | No | Indikator | Satuan | Realisasi |  |  | Target Renstra |
        | No | Indikator | Satuan | 2023 | 2024 | 2025 | 2029 |
        |---|---|---|---|---|---|---|
        | 4 | Jumlah penumpang KA perintis | orang | 1.012.386 | 1.087.452 | 1.185.099 | {t} |
    """.replace("{t}", "1.300.000"))
    [finding] = cross_table.check(doc).findings
    assert (finding.stated, finding.expected) == ("1.300.000", "1.350.000")


PLAN_TARGETS = """
    Tabel 1. Indikator Kinerja Utama dan Target Tahun 2025
    | No | Indikator Kinerja Utama | Satuan | Target 2025 (PK Awal) | Target 2025 (PK Perubahan) |
    |---|---|---|---|---|
    | 1 | Tingkat Pengangguran Terbuka | % | 5,90 | 6,20 |
    | 2 | Laju Pertumbuhan Ekonomi | % | 5,40 | 5,40 |

    Tabel 3. Pengukuran Kinerja Tahun 2025
    | No | Indikator Kinerja Utama | Target | Realisasi | Capaian (%) |
    |---|---|---|---|---|
    | 1 | Tingkat Pengangguran Terbuka | 6,20 | 7,45 | 83,22 |
    | 2 | Laju Pertumbuhan Ekonomi | 5,40 | 5,12 | 94,81 |

    Tabel 9. Target Tahunan IKU dalam RPJMD 2021–2026 (dua IKU direvisi dalam PK Perubahan 2025)
    | No | Indikator Kinerja Utama | Satuan | 2024 | 2025 | 2026 |
    |---|---|---|---|---|---|
    | 1 | Tingkat Pengangguran Terbuka | % | 6,80 | 5,90 | 5,75 |
    | 2 | Laju Pertumbuhan Ekonomi | % | 5,25 | 5,40 | 5,60 |

    Tabel 10. Capaian IKU Tahun 2024 s.d. 2025 terhadap Target Tahunan RPJMD (%)
    | No | Indikator Kinerja Utama | Satuan | 2024 | 2025 |
    |---|---|---|---|---|
    | 1 | Tingkat Pengangguran Terbuka | % | 89,24 | 79,19 |
    | 2 | Laju Pertumbuhan Ekonomi | % | 100,57 | 94,81 |
"""  # noqa: E501


def test_the_plans_yearly_targets_and_the_capaian_on_them_are_not_the_pks(read):
    # the RPJMD's 2025 target (5,90) is the PK's original one, not its revised 6,20; a
    # capaian on the RPJMD target (79,19) is not the capaian on the PK's (83,22); the note in
    # brackets that two IKU were revised names no version of the table's columns
    assert cross_table.check(read(PLAN_TARGETS)).findings == []


def test_the_years_target_beside_the_plans_end_target_is_the_years_own(read):
    # "Realisasi IKU 2023-2025 dan Target Akhir Renstra": the plan gives only the end target
    # (2029); "Target 2025" is the year's Perjanjian Kinerja's, not the Renstra's 2025 one
    doc = read("""
        Tabel 2.1 Target IKU Rencana Strategis 2025-2029

        | No | Indikator Kinerja Utama | 2025 | 2026 | 2029 |
        |---|---|---|---|---|
        | 4 | Persentase narapidana ikut pembinaan kemandirian | 35,00 | 40,00 | 50,00 |

        Tabel 3.3 Perbandingan Realisasi IKU 2023-2025 dan Target Akhir Renstra

        | No | Indikator Kinerja Utama | Real 2023 | Real 2024 | Target 2025 | Real 2025 | Target 2029 |
        |---|---|---|---|---|---|---|
        | 4 | Persentase narapidana ikut pembinaan kemandirian | 31,20 | 36,54 | 40,00 | 42,69 | 50,00 |
    """)  # noqa: E501
    assert cross_table.check(doc).findings == []


def test_rows_named_only_by_a_quarter_are_no_quantity_shared_across_tables(read):
    # two tables by quarter about different things: an indicator's capaian per quarter
    # and the budget's; "TW II" names a period, not what the row measures
    text = """
        Tabel 3.6 Capaian IKU 6 per Triwulan Tahun 2025

        | Periode | Rata-rata (hari) | Target (hari) | Capaian (%) |
        |---|---|---|---|
        | TW I | 6,1 | 5,0 | 81,97 |
        | TW II | 5,7 | 5,0 | 87,72 |
        | TW III | 5,5 | 5,0 | 90,91 |

        Tabel 3.12 Realisasi Anggaran per Triwulan Tahun 2025

        | Triwulan | Realisasi Kumulatif (%) | Target Kumulatif (%) | Capaian (%) |
        |---|---|---|---|
        | TW I | 15,19 | 15,00 | 101,27 |
        | TW II | 37,08 | 40,00 | 92,70 |
        | TW III | 62,48 | 65,00 | 96,12 |
    """
    assert [f for f in audit_document(read(text)).findings if f.rule == "cross_table"] == []


def test_an_indicator_card_under_its_heading_ties_to_the_table_of_years(read):
    # "Real. 2024" abbreviates the role; the card is a table of roles, one value column,
    # for the indicator its heading names
    text = """
        Tabel 3.3 Perbandingan Realisasi 2023-2025

        | No | Indikator Kinerja | Real. 2023 | Real. 2024 | Real. 2025 |
        |---|---|---|---|---|
        | 1 | Persentase makam yang tertata dan terdata | 73,10 | 76,52 | 80,40 |
        | 2 | Persentase luas RTH publik yang terpelihara | 80,25 | 83,10 | 87,40 |

        ##### Indikator 1 — Persentase makam yang tertata dan terdata

        | Uraian | Nilai |
        | --- | ---: |
        | Target 2025 | 78,00% |
        | Realisasi 2025 | 80,40% |
        | Realisasi 2024 | {r2024}% |
        | Target akhir Renstra (2026) | 85,00% |
    """
    assert [f for f in audit_document(read(text.format(r2024="76,52"))).findings
            if f.rule == "cross_table"] == []
    found = [f for f in audit_document(read(text.format(r2024="76,25"))).findings
             if f.rule == "cross_table"]
    assert len(found) == 1 and "76,52" in found[0].message and "76,25" in found[0].message


def test_a_table_of_years_by_indicator_ties_each_column_to_its_indicator(read):
    # transposed: a row per year, a column per indicator named by its code
    text = """
        Tabel 3.2 Capaian IKU Tahun 2025

        | Kode | Indikator Kinerja Utama | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | IKU 2 | Indeks Reformasi Birokrasi Kementerian | 80,50 | 79,86 | 99,20 |
        | IKU 4 | Indeks Kepuasan Pengguna Layanan | 85,00 | 87,12 | 102,49 |

        Tabel 3.7 Realisasi IKU Terpilih Tahun 2023-2025 dan Target Akhir Renstra

        | Tahun | IKU 2 Indeks RB | IKU 4 Indeks Kepuasan |
        |---|---|---|
        | 2023 | 76,80 | 84,05 |
        | 2024 | 78,92 | 85,47 |
        | 2025 | {rb} | 87,12 |
        | Target Renstra 2029 | 85,00 | 88,00 |
    """
    assert [f for f in audit_document(read(text.format(rb="79,86"))).findings
            if f.rule == "cross_table"] == []
    found = [f for f in audit_document(read(text.format(rb="79,68"))).findings
             if f.rule == "cross_table"]
    assert len(found) == 1 and "79,86" in found[0].message and "79,68" in found[0].message


def _per_unit(caption: str, rates: list[str]) -> str:
    units = ["Batu Kencana", "Sungai Limau", "Talang Jaya", "Muara Sekar", "Pasir Putih"]
    rows = "\n".join(f"| {k} | {u} | {r} |"
                     for k, (u, r) in enumerate(zip(units, rates, strict=False), 1))
    return f"\n{caption}\n\n| No | Puskesmas | Capaian (%) |\n|---|---|---|\n{rows}\n"


def test_per_unit_tables_of_different_services_are_not_one_quantity(read):
    """Three tables of capaian per puskesmas, one per SPM service: the same unit names and
    the same column, but every row differs: different quantities, no conflict."""
    doc = read(_per_unit("Tabel 3.5 Capaian SPM Ibu Hamil per Puskesmas",
                         ["91,49", "90,24", "96,08", "98,69", "91,56"])
               + _per_unit("Tabel 3.6 Capaian SPM Hipertensi per Puskesmas",
                           ["61,02", "75,26", "64,58", "75,47", "68,51"])
               + _per_unit("Tabel 3.7 Capaian SPM Terduga TB per Puskesmas",
                           ["104,24", "96,18", "102,67", "104,70", "101,95"]))
    assert cross_table.check(doc).findings == []


def test_a_restated_per_unit_table_with_one_slip_is_still_a_conflict(read):
    rates = ["91,49", "90,24", "96,08", "98,69", "91,56"]
    slipped = rates[:2] + ["96,80"] + rates[3:]
    doc = read(_per_unit("Tabel 3.5 Capaian SPM Ibu Hamil per Puskesmas", rates)
               + _per_unit("Tabel 5.1 Lampiran Capaian SPM Ibu Hamil per Puskesmas", slipped))
    findings = cross_table.check(doc).findings
    assert [(f.stated, f.expected) for f in findings] == [("96,80", "96,08")] \
        or [(f.stated, f.expected) for f in findings] == [("96,08", "96,80")]
