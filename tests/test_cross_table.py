from __future__ import annotations

import textwrap

from audit.checks import cross_table
from audit.findings import Severity

TABLE = textwrap.dedent("""
    | Indikator | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah peserta pelatihan berbasis kompetensi | 2.618 | {real} | {cap} |
    | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 | 100% |
""")


def _report(summary: str, body: str, annex: str) -> str:
    return (
        "IKHTISAR EKSEKUTIF\n\nRingkasan capaian.\n"
        + TABLE.format(real=summary, cap="103,48%")
        + "\n\nBAB I\n\nPendahuluan.\n\nTabel 3.1 Capaian Kinerja\n"
        + TABLE.format(real=body, cap="103,5%")
        + "\n\nLAMPIRAN\n\nTabel 5.1 Lampiran Capaian Kinerja\n"
        + TABLE.format(real=annex, cap="103,48%")
    )


def test_consistent_restatements_pass(read):
    result = cross_table.check(read(_report("2.709", "2.709", "2.709")))
    assert result.findings == []
    assert result.performed >= 4


def test_headline_restated_three_times_with_one_wrong_is_reported_once_at_the_wrong_one(read):
    doc = read(_report("2.790", "2.709", "2.709"))
    [finding] = cross_table.check(doc).findings
    assert finding.line == 7
    assert finding.stated == "2.790"
    assert finding.expected == "2.709"
    assert finding.severity is Severity.CRITICAL  # Ikhtisar Eksekutif vs body
    assert len(finding.related_lines) == 2
    assert "Tabel 3.1 baris" in finding.message


def test_body_only_conflict_is_major(read):
    doc = read(_report("2.709", "2.709", "2.790"))
    [finding] = cross_table.check(doc).findings
    assert finding.severity is Severity.MAJOR
    assert finding.stated == "2.790"


def test_target_awal_and_target_revisi_are_not_confused(read):
    doc = read("""
        Tabel 6 Perjanjian Kinerja Awal
        | Indikator | Target |
        |---|---|
        | Jumlah peserta pelatihan berbasis kompetensi | 2.170 |
        | Jumlah lembaga pelatihan yang ditingkatkan | 3 |

        Tabel 7 Capaian Kinerja
        | Indikator | Target Awal | Target Revisi | Realisasi |
        |---|---|---|---|
        | Jumlah peserta pelatihan berbasis kompetensi | 2.170 | 2.618 | 2.709 |
        | Jumlah lembaga pelatihan yang ditingkatkan | 3 | 4 | 4 |
    """)
    result = cross_table.check(doc)
    assert result.findings == []
    assert result.performed == 2  # the awal targets were compared, the revisi ones not


def test_a_different_year_is_not_a_conflict(read):
    doc = read("""
        Tabel 3.2 Realisasi Tahun 2022
        | Indikator | Realisasi |
        |---|---|
        | Persentase lulusan pelatihan yang bekerja | 70,83% |

        Tabel 3.3 Realisasi Tahun 2023
        | Indikator | Realisasi |
        |---|---|
        | Persentase lulusan pelatihan yang bekerja | 73,33% |
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
        | Jumlah tenaga kerja yang mendapatkan pelatihan | 1.818 |
        | Jumlah tenaga kerja yang mendapat pelatihan | 2.618 |

        Tabel 2 B
        | Indikator | Target |
        |---|---|
        | Jumlah tenaga kerja yang mendapat pelatihan | 2.618 |
    """)
    assert cross_table.check(doc).findings == []
