from __future__ import annotations

from audit.checks import narrative_arithmetic
from audit.findings import Severity


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
