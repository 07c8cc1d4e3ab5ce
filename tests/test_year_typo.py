"""year_typo: a period that ends before it begins, an impossible year in a year's place, and
"tahun ini" named with another year than the report's."""

from __future__ import annotations

from audit.engine import audit_document
from audit.readers.text import parse_text

HEAD = "# Laporan Kinerja Tahun 2025\n\nLaporan ini disusun untuk tahun 2025.\n\n"


def _found(text: str) -> list[tuple[str, str]]:
    doc = parse_text(HEAD + text, "x.md")
    return [(f.rule, f.stated) for f in audit_document(doc).findings]


def test_plausible_years_pass():
    text = ("Renstra periode 2021-2026 menjadi acuan. Pada tahun 2025 ini capaian meningkat "
            "dibanding tahun 2019, menuju visi Indonesia Emas tahun 2045. Laporan triwulan II "
            "2025 disampaikan pada 15 Juli 2025.\n")
    assert _found(text) == []


def test_a_period_that_ends_before_it_begins():
    assert _found("Renstra periode 2026-2021 menjadi acuan.\n") == [("year_typo", "2026-2021")]


def test_an_impossible_year_in_a_years_place():
    assert _found("Kegiatan dilaksanakan pada tanggal 19 Oktober 2422 di aula.\n") == [
        ("year_typo", "2422")]
    assert _found("Realisasi triwulan II 2073 belum dilaporkan.\n") == [("year_typo", "2073")]


def test_this_year_with_another_year():
    assert _found("Pencapaian kinerja pada tahun 2023 ini menjadi bahan evaluasi.\n") == [
        ("year_typo", "2023")]


def test_a_realisation_of_a_future_year_is_a_slip():
    text = ("Perbandingan realisasi capaian kinerja tahun 2052 dengan tahun sebelumnya "
            "disajikan berikut.\n")
    assert _found(text) == [("year_typo", "2052")]


def test_past_and_current_realisations_and_future_targets_pass():
    text = ("Realisasi kinerja tahun 2024 dan realisasi tahun 2025 dibandingkan dengan target "
            "tahun 2026. Realisasi target tahun 2029 belum dapat diukur.\n")
    assert _found(text) == []


def test_an_act_dated_after_the_report_was_written_is_a_slip():
    text = ("Pagu awal tertanggal 30 November 2029 ditetapkan dengan Peraturan Bupati Nomor 12 "
            "Tahun 2031. DPA tertanggal 2 Januari 2026 berlaku.\n")
    assert _found(text) == [("year_typo", "2029"), ("year_typo", "2031")]


def test_impossible_years_at_the_end_of_a_range_or_inside_a_list_of_years():
    text = ("Realisasi anggaran pada tahun 2016 s.d 2323 disajikan berikut. Capaian IKU pada "
            "tahun 2020, 2521 dan tahun 2025 dibandingkan.\n")
    assert _found(text) == [("year_typo", "2323"), ("year_typo", "2521")]


def test_a_plan_period_no_plan_has():
    text = ("Renstra SKPD Tahun 2016–2031 menjadi acuan, bersama RPJMD 2021-2026, RPD "
            "2024-2026 dan RPJPD 2005-2025.\n")
    assert _found(text) == [("year_typo", "2016–2031")]


def test_a_quarter_or_a_source_from_a_year_to_come():
    text = ("Belum tercapainya realisasi anggaran dan fisik pada Triwulan II 2029 disebabkan "
            "refocusing. Target triwulan IV 2029 ditetapkan dalam Renja.\n\n"
            "Sumber : Bagian Umum Dinas Tenaga Kerja, 2028\n\nSumber: BPS, 2025\n")
    assert _found(text) == [("year_typo", "2029"), ("year_typo", "2028")]


def test_a_table_caption_of_a_year_after_the_report_was_written_is_a_typo():
    from audit.checks import year_typo

    def found(caption: str) -> list[tuple[int, str]]:
        text = ("# Laporan Kinerja Tahun 2025\n\nLaporan Kinerja Tahun 2025 ini disusun untuk "
                "tahun anggaran 2025, sesuai Perjanjian Kinerja Tahun 2025.\n\n"
                f"{caption}\n\n| Saluran | Jumlah |\n|---|---|\n| Surat | 12 |\n| Daring | 30 |\n")
        doc = parse_text(text, "x.md")
        return [(f.line, f.stated) for f in year_typo.check(doc).findings]

    assert found("Tabel 3.7 Penanganan Pengaduan Menurut Saluran Tahun 2025") == []
    assert found("Tabel 3.3 Perbandingan Realisasi Tahun 2023-2025") == []
    assert found("Tabel 2.1 Target Kinerja Renstra Tahun 2026") == []  # a plan looks ahead
    assert found("Tabel 3.7 Penanganan Pengaduan Menurut Saluran Tahun 2055") == [(5, "2055")]
    assert found("Tabel 3.3 Perbandingan Realisasi Tahun 2323-2025") == [(5, "2323")]


def test_a_source_naming_a_plans_period_is_no_data_from_a_year_to_come():
    text = ("Laporan Kinerja Tahun 2025.\n\n"
            "Sumber: LKj Balai Tahun 2023 dan 2024; Renstra Balai Tahun 2025-2029\n\n"
            "Sumber: Bagian Umum, 2028\n")
    assert _found(text) == [("year_typo", "2028")]


def test_a_hijri_year_beside_the_gregorian_one_is_no_slip(read):
    from audit.checks import year_typo

    text = """
        # Laporan Kinerja Tahun 2024

        Jemaah haji tahun 1445 H/2024 M sebanyak 4.286 orang.

        Jemaah haji tahun 1445 sebanyak 4.286 orang.
    """
    assert [f.line for f in year_typo.check(read(text)).findings] == [5]
