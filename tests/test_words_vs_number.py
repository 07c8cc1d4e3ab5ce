from __future__ import annotations

from audit.checks import words_vs_number
from audit.findings import Severity


def test_matching_words_pass(read):
    doc = read(
        "Terdapat 26 (dua puluh enam) IKU dan masa jabatan 5 (lima) tahun.\n\n"
        "Pagu sebesar Rp. 3.400.250.000,- (Tiga Milyar Empat Ratus Juta Dua Ratus Lima Puluh"
        " Ribu Rupiah).\n\n"
        "Revisi dilakukan sebanyak 11 (se-belas) kali dan 100 (Seratus) orang hadir.\n"
    )
    result = words_vs_number.check(doc)
    assert result.findings == []
    assert result.performed == 5


def test_wrong_words_for_a_count_is_major(read):
    doc = read("""
        Pendahuluan.

        Terdapat 26 (dua puluh tujuh) IKU pada Perjanjian Kinerja.
    """)
    [finding] = words_vs_number.check(doc).findings
    assert finding.rule == "words_vs_number"
    assert finding.severity is Severity.MAJOR
    assert finding.line == 3
    assert finding.stated == "dua puluh tujuh"
    assert finding.expected == "dua puluh enam"
    assert "26" in finding.message and "dua puluh tujuh" in finding.message
    assert finding.anchor


def test_wrong_words_for_rupiah_is_critical(read):
    doc = read("""
        Pagu menjadi Rp 1.250.000,- (satu juta dua ratus lima belas ribu rupiah).
    """)
    [finding] = words_vs_number.check(doc).findings
    assert finding.severity is Severity.CRITICAL
    assert finding.expected == "satu juta dua ratus lima puluh ribu"


def test_parentheses_that_are_not_number_words_are_ignored(read):
    doc = read("""
        Gedung sebanyak 4 (unit) dan 5 (lima orang) serta 7 (Kalimantan) tersedia.

        Sebanyak 3 (limapuluh) peserta hadir dari 2 (kelima) daerah.
    """)
    assert words_vs_number.check(doc).findings == []


def test_decimal_comma_words(read):
    doc = read("""
        Nilai naik 2,5 (dua koma lima) poin.
    """)
    result = words_vs_number.check(doc)
    assert result.findings == [] and result.performed == 1


def test_collective_ordinal_against_the_count_before(read):
    doc = read("Terdapat 26 (dua puluh enam) Indikator Kinerja Utama pada PK. Pada capaian"
               " kedua puluh lima indikator tersebut, beberapa di bawah target.")
    [finding] = words_vs_number.check(doc).findings
    assert finding.stated == "kedua puluh lima"
    assert "26" in finding.expected


def test_collective_ordinal_that_agrees_or_is_unclear_is_silent(read):
    doc = read("""
        Terdapat 26 (dua puluh enam) indikator. Kedua puluh enam indikator tersebut tercapai.

        Terdapat 12 indikator dan 14 indikator lain. Kedua belas indikator tersebut tercapai.

        Terdapat 3 indikator. Kedua indikator tersebut tercapai.
    """)
    assert words_vs_number.check(doc).findings == []


def test_an_amount_in_words_apart_from_its_digits_is_the_nearby_amount(read):
    text = ("Pagu DIPA setelah revisi sebesar Rp 11.138.230.000 terealisasi Rp 10.891.258.705 "
            "atau 97,78%. Realisasi tersebut, bila dituliskan dengan huruf, adalah sepuluh "
            "miliar delapan ratus sembilan puluh satu juta dua ratus {words} ribu tujuh ratus "
            "lima rupiah.\n")
    good = words_vs_number.check(read(text.format(words="lima puluh delapan")))
    assert good.findings == []
    [finding] = words_vs_number.check(read(text.format(words="delapan puluh lima"))).findings
    assert finding.severity is Severity.CRITICAL
    assert "10.891.258.705" in finding.message
    assert finding.expected.endswith("dua ratus lima puluh delapan ribu tujuh ratus lima")
    # far from every amount of the paragraph: another amount, not judged
    far = words_vs_number.check(read(text.replace("sepuluh miliar", "tiga miliar").format(
        words="lima puluh delapan")))
    assert far.findings == []


def test_amount_in_words_over_several_lines_points_at_the_line_where_they_differ(read):
    doc = read("""
        Realisasi belanja tahun 2025 sebesar Rp 8.828.899.621,00 (delapan miliar
        delapan ratus dua puluh delapan juta delapan ratus sembilan puluh sembilan ribu
        enam ratus dua puluh tujuh rupiah).
    """)
    [finding] = words_vs_number.check(doc).findings
    assert finding.line == 3
    assert finding.stated.endswith("dua puluh tujuh rupiah")
