"""Header semantics as evidence (issue 12): a total column beside a spanned group, counts
under a group header that names a grade, the plan's end target as another quantity."""

from __future__ import annotations

from audit.engine import audit_document
from audit.facts import attribute_of

ACCREDITATION = """
    | No | Jenjang | Jumlah Sekolah | Status Akreditasi / A | Status Akreditasi / B | Status Akreditasi / C |
    |---|---|---|---|---|---|
    | 1 | SD | {sd} | 98 | 172 | 31 |
    | 2 | SMP | 85 | 41 | 35 | 9 |
    | Jumlah | | 386 | 139 | 207 | 40 |
"""  # noqa: E501


def test_a_total_column_beside_a_spanned_group_is_its_sum_even_in_a_short_table(read):
    assert audit_document(read(ACCREDITATION.format(sd="301"))).findings == []
    found = audit_document(read(ACCREDITATION.format(sd="310"))).findings
    assert ("crossfooting", 3, "301") in [(f.rule, f.line, f.expected) for f in found]


def test_counts_under_a_group_header_naming_a_grade_are_added_down(read):
    text = ACCREDITATION.format(sd="301").replace("| 40 |", "| 41 |")
    found = audit_document(read(text)).findings
    assert [(f.rule, f.line, f.expected) for f in found] == [("footing", 5, "40")]


def test_scores_under_such_a_group_header_are_not_added(read):
    text = """
        | Unit | Nilai IKM / TW I | Nilai IKM / TW II |
        |---|---|---|
        | Loket A | 84,12 | 85,37 |
        | Loket B | 82,40 | 83,10 |
        | Rata-rata Jumlah | 83,26 | 84,24 |
    """
    assert audit_document(read(text)).findings == []


def test_the_plans_end_target_is_not_the_years_target(read):
    text = """
        Tabel 3.1 Capaian Kinerja

        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Persentase satuan PAUD terakreditasi | 60,00 | 42,80 | 71,33 |
        | 2 | Angka partisipasi kasar PAUD | 62,00 | 58,74 | 94,74 |

        Tabel 3.2 Capaian terhadap Target Akhir Renstra

        | No | Indikator | Target Akhir Renstra | Realisasi 2025 | Capaian terhadap Target Akhir Renstra (%) |
        |---|---|---|---|---|
        | 1 | Persentase satuan PAUD terakreditasi | 65,00 | 42,80 | 65,85 |
        | 2 | Angka partisipasi kasar PAUD | 66,00 | 58,74 | 89,00 |

        Persentase satuan PAUD terakreditasi realisasinya baru 42,80% dari target akhir 65,00%, atau capaian 65,85%.
    """  # noqa: E501
    assert audit_document(read(text)).findings == []
    assert attribute_of("Capaian terhadap Target Akhir Renstra (%)") is None
    assert attribute_of("Capaian (%)") == "kinerja:capaian"


def test_a_second_header_row_under_a_spanning_title_names_the_version(read):
    text = """
        | No | Indikator | Target 2025 | |
        |---|---|---|---|
        | | | Awal | Perubahan |
        | 1 | Persentase keselarasan program | 92,00 | 94,00 |
    """
    table = read(text).tables[0]
    assert table.columns[2:] == ["Target 2025 / Awal", "Target 2025 / Perubahan"]
    assert len(table.rows) == 1
    assert attribute_of(table.columns[3]) == "kinerja:target"


def test_a_rate_restating_the_figure_before_it_is_a_capaian(read):
    text = """
        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Persentase data perencanaan yang termutakhirkan | 90,00 | 93,33 | 103,70 |
        | 2 | Nilai SAKIP | 80,00 | 79,15 | 98,94 |

        Persentase data perencanaan yang termutakhirkan mencapai 93,33%, atau 103,70% dari target 90,00%.
    """  # noqa: E501
    assert audit_document(read(text)).findings == []
