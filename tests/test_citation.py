from __future__ import annotations

import textwrap

from audit.checks import citation, rule_by_id
from audit.findings import Severity
from audit.model import Document

TITLE = """
    PEMERINTAH KABUPATEN SUKAMAJU
    LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)
    TAHUN {year}
    DINAS PANGAN

    KATA PENGANTAR

"""


def _report(read, body: str, year: int = 2024) -> Document:
    """A report with a title page for ``year`` followed by ``body`` (both dedented)."""
    return read(textwrap.dedent(TITLE).format(year=year) + textwrap.dedent(body))


def _line_of(doc: Document, text: str) -> int:
    return next(i for i, line in enumerate(doc.lines, start=1) if text in line)


# ---------------------------------------------------------------- regulations

PERBUP = "Peraturan Bupati Sukamaju Nomor {n} Tahun 2023 tentang Tata Kerja Dinas Pangan"


def test_the_odd_regulation_number_is_reported_against_the_majority(read):
    doc = _report(read, f"""
        Dinas dibentuk berdasarkan {PERBUP.format(n=12)}.

        Tugas dan fungsi dinas diatur dalam Peraturan Bupati Sukamaju Nomor 12 Tahun 2023.

        Dasar hukum:
        1. {PERBUP.format(n=21)}.
    """)
    [finding] = citation.check(doc).findings
    odd = _line_of(doc, "Nomor 21")
    first, bare = _line_of(doc, "dibentuk"), _line_of(doc, "Tugas dan fungsi")
    assert finding.rule == "citation"
    assert finding.severity is Severity.MAJOR
    assert finding.line == odd
    assert finding.stated == "Nomor 21 Tahun 2023"
    assert finding.expected == "Nomor 12 Tahun 2023"
    assert finding.related_lines == [first, bare]
    assert f"(baris {odd})" in finding.message and f"(baris {first})" in finding.message
    assert "Peraturan Bupati Sukamaju Nomor 21 Tahun 2023" in finding.message
    assert "Peraturan Bupati Sukamaju Nomor 12 Tahun 2023" in finding.message


def test_the_same_regulation_cited_alike_passes(read):
    doc = _report(read, f"""
        Dinas dibentuk berdasarkan {PERBUP.format(n=12)}.

        Dasar hukum: {PERBUP.format(n=12)}.
    """)
    result = citation.check(doc)
    assert result.findings == []
    assert result.performed >= 1


def test_two_numbers_without_a_majority_give_one_finding_listing_both(read):
    doc = _report(read, f"""
        Dinas dibentuk berdasarkan {PERBUP.format(n=12)}.

        Dasar hukum: {PERBUP.format(n=21)}.
    """)
    [finding] = citation.check(doc).findings
    assert finding.line == _line_of(doc, "Nomor 21")
    assert finding.related_lines == [_line_of(doc, "Nomor 12")]
    assert "Nomor 12 Tahun 2023" in finding.message and "Nomor 21 Tahun 2023" in finding.message


def test_subjects_compare_without_case_punctuation_spacing_or_a_typo(read):
    doc = _report(read, """
        Laporan disusun berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah.

        Dasar hukum:
        1. Peraturan Menteri Negara PAN-RB RI Nomor 53 Tahun 2014 tentang petunjuk teknis perjanjian kinerja pelaporan  kinerja dan tata cara review atas laporan kinerja instansi pemerintah;
        2. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu Atas Laporan Kinerja Instansi Pemerintah.
    """)  # noqa: E501
    [finding] = citation.check(doc).findings
    assert finding.stated == "Nomor 35 Tahun 2014"
    assert finding.expected == "Nomor 53 Tahun 2014"


def test_the_same_number_in_another_year_is_reported_only_against_a_majority(read):
    body = f"""
        Dinas dibentuk berdasarkan {PERBUP.format(n=12)}.

        Dasar hukum: {PERBUP.format(n=12).replace("2023", "2022")}.
    """
    assert citation.check(_report(read, body)).findings == []
    doc = _report(read, body + f"\nSusunan organisasi mengikuti {PERBUP.format(n=12)}.\n")
    [finding] = citation.check(doc).findings
    assert finding.stated == "Nomor 12 Tahun 2022"
    assert finding.expected == "Nomor 12 Tahun 2023"


def test_a_law_and_its_amendment_are_not_a_conflict(read):
    doc = _report(read, """
        Seiring terbitnya Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, dinas menyesuaikan tugasnya.

        Dasar hukum:
        1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
        2. Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;
        3. Undang-Undang Nomor 9 Tahun 2015 tentang Pemerintahan Daerah;
        4. Peraturan Bupati Sukamaju Nomor 40 Tahun 2023 tentang Perubahan atas Tata Kerja Dinas Pangan;
        5. Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 tentang Tata Kerja Dinas Pangan.
    """)  # noqa: E501
    assert citation.check(doc).findings == []


def test_a_regulation_and_its_predecessor_are_not_a_conflict(read):
    doc = _report(read, """
        Dinas dibentuk setelah terbit Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah.

        Dasar hukum:
        1. Peraturan Pemerintah Nomor 41 Tahun 2007 tentang Organisasi Perangkat Daerah;
        2. Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Organisasi Perangkat Daerah;
        3. Peraturan Daerah Kabupaten Sukamaju Nomor 10 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah;
        4. Peraturan Daerah Kabupaten Sukamaju Nomor 3 Tahun 2022 tentang Pembentukan dan Susunan Perangkat Daerah.
    """)  # noqa: E501
    assert citation.check(doc).findings == []


def test_different_issuers_with_the_same_title_are_different_documents(read):
    doc = _report(read, """
        Dasar hukum:
        1. Peraturan Daerah Provinsi Lintang Raya Nomor 5 Tahun 2023 tentang Cadangan Pangan Daerah;
        2. Peraturan Daerah Kabupaten Sukamaju Nomor 7 Tahun 2023 tentang Cadangan Pangan Daerah;
        3. Peraturan Bupati Sukamaju Nomor 8 Tahun 2023 tentang Cadangan Pangan Daerah;
        4. Peraturan Gubernur Lintang Raya Nomor 9 Tahun 2023 tentang Cadangan Pangan Daerah.
    """)
    assert citation.check(doc).findings == []


def test_a_bare_mention_does_not_join_a_regulation_it_cannot_be_tied_to(read):
    doc = _report(read, f"""
        Dinas dibentuk berdasarkan {PERBUP.format(n=12)}.

        Tugas dinas diatur dalam Peraturan Bupati Sukamaju Nomor 21 Tahun 2023.
    """)
    assert citation.check(doc).findings == []


# ---------------------------------------------------------------- Renstra period

RENSTRA = """
    Rencana Strategis Dinas Pangan Tahun 2021-2026 menjadi acuan penyusunan laporan.

    Sasaran ditetapkan dalam Renstra Tahun 2021-2026.

    Indikator tujuan tercantum dalam Rencana Strategis (Renstra) SKPD Tahun 2021–2026.

    Tujuan dinas pada Rencana Strategis Tahun {odd} adalah ketahanan pangan.
"""


def test_the_minority_renstra_period_is_reported(read):
    doc = _report(read, RENSTRA.format(odd="2016-2021"))
    [finding] = citation.check(doc).findings
    odd = _line_of(doc, "Tahun 2016-2021")
    assert finding.severity is Severity.MINOR
    assert finding.line == odd
    assert finding.stated == "2016-2021"
    assert finding.expected == "2021-2026"
    assert finding.related_lines == [
        _line_of(doc, "menjadi acuan"), _line_of(doc, "Sasaran"), _line_of(doc, "Indikator")]
    assert f"(baris {odd})" in finding.message
    assert "Rencana Strategis Dinas Pangan Tahun 2021-2026" in finding.message


def test_one_renstra_period_throughout_passes(read):
    result = citation.check(_report(read, RENSTRA.format(odd="2021-2026")))
    assert result.findings == []
    assert result.performed >= 1


def test_renstra_periods_without_a_clear_majority_are_not_reported(read):
    doc = _report(read, """
        Sasaran ditetapkan dalam Renstra Tahun 2021-2026.

        Tujuan dinas pada Rencana Strategis Tahun 2016-2021 adalah ketahanan pangan.
    """)
    assert citation.check(doc).findings == []


def test_a_minority_period_that_covers_the_report_year_is_not_reported(read):
    doc = _report(read, RENSTRA.format(odd="2016-2021"), year=2021)
    assert citation.check(doc).findings == []


def test_a_ministry_plan_beside_the_units_plan_is_another_document(read):
    doc = _report(read, RENSTRA.format(odd="2021-2026") + """
    Program dinas mendukung Rencana Strategis Kementerian Pertanian Tahun 2020-2024.
    """, year=2025)
    assert citation.check(doc).findings == []


def test_a_line_about_the_previous_plan_is_not_reported(read):
    doc = _report(read, RENSTRA.format(odd="2021-2026") + """
    Renstra periode sebelumnya (2016-2021) telah berakhir dan digantikan Renstra 2021-2026.
    """)
    assert citation.check(doc).findings == []


# ---------------------------------------------------------------- PK and report year

PK = """
    2.2 Perjanjian Kinerja Tahun 2024

    Perjanjian Kinerja (PK) Tahun 2024 ditandatangani pada bulan Januari 2024.

    {sentence}
"""


def test_a_stale_pk_year_is_reported(read):
    doc = _report(read, PK.format(sentence=(
        "Target kinerja dalam Perjanjian Kinerja Dinas Pangan Tahun 2021 didasarkan pada "
        "sasaran Renstra.")))
    [finding] = citation.check(doc).findings
    stale = _line_of(doc, "Tahun 2021")
    assert finding.severity is Severity.MINOR
    assert finding.line == stale
    assert finding.stated == "Tahun 2021"
    assert finding.expected == "Tahun 2024"
    heading = _line_of(doc, "2.2 Perjanjian")
    assert heading in finding.related_lines
    assert "Perjanjian Kinerja Dinas Pangan Tahun 2021" in finding.message
    assert f"baris {heading}" in finding.message


def test_the_pk_of_the_report_year_passes(read):
    doc = _report(read, PK.format(sentence="Target kinerja tertuang dalam PK Tahun 2024."))
    result = citation.check(doc)
    assert result.findings == []
    assert result.performed >= 3


def test_a_comparison_with_an_earlier_pk_is_not_reported(read):
    for sentence in (
        "Capaian tahun ini lebih tinggi dibandingkan dengan target PK Tahun 2021.",
        "Indikator ini baru ditambahkan pada Perjanjian Kinerja Tahun 2022.",
        "Target pada Perjanjian Kinerja Tahun 2022 sebesar 80% dan tahun 2023 sebesar 85%.",
        "Realisasi PK Tahun 2021 s.d. 2023 disajikan pada tabel berikut.",
        "Hasil reviu atas Perjanjian Kinerja Tahun 2022 menjadi dasar perbaikan indikator.",
    ):
        doc = _report(read, PK.format(sentence=sentence))
        assert citation.check(doc).findings == [], sentence


def test_the_cited_pks_own_history_is_no_comparison(read):
    # "direviu" tells what happened to the cited PK; the year is still stale
    doc = _report(read, PK.format(sentence=(
        "Perjanjian Kinerja (PK) Tahun 2021 ditandatangani pada awal tahun dan direviu "
        "menyusul penetapan APBD Perubahan.")))
    [finding] = citation.check(doc).findings
    assert (finding.line, finding.stated) == (_line_of(doc, "Tahun 2021"), "Tahun 2021")


def test_next_years_pk_is_not_reported(read):
    for sentence in (
        "Indikator baru akan dimuat dalam Perjanjian Kinerja Tahun 2025.",
        "Target disesuaikan dalam Perjanjian Kinerja Perubahan Tahun 2025.",
    ):
        doc = _report(read, PK.format(sentence=sentence))
        assert citation.check(doc).findings == [], sentence


def test_a_stale_year_of_the_report_itself_is_reported(read):
    doc = _report(read, PK.format(sentence="LKjIP Dinas Pangan Tahun 2022 ini disusun oleh tim."))
    [finding] = citation.check(doc).findings
    assert finding.line == _line_of(doc, "LKjIP Dinas Pangan Tahun 2022 ini")
    assert finding.expected == "Tahun 2024"


def test_last_years_report_named_as_such_is_not_reported(read):
    doc = _report(read, PK.format(sentence=(
        "Rekomendasi hasil evaluasi atas LKjIP Tahun 2023 telah ditindaklanjuti.")))
    assert citation.check(doc).findings == []


def test_no_pk_year_verdict_when_the_report_year_is_ambiguous(read):
    doc = read("""
        Laporan Kinerja Dinas Pangan Tahun 2024 disusun oleh tim.

        Laporan Kinerja Dinas Pangan Tahun 2023 disusun oleh tim.

        Target kinerja tertuang dalam Perjanjian Kinerja Dinas Pangan Tahun 2021.
    """)
    assert citation.report_year(doc).year is None
    assert citation.check(doc).findings == []


def test_the_report_year_comes_from_the_title_page_and_self_references(read):
    assert citation.report_year(_report(read, "Isi laporan.\n")).year == 2024
    doc = read("""
        LAPORAN KINERJA
        2023

        KATA PENGANTAR

        LKjIP Balai Tahun 2023 disusun sebagai pertanggungjawaban.
    """)
    assert citation.report_year(doc).year == 2023


# ---------------------------------------------------------------- documentation

def _doc_example(heading: str) -> str:
    """The indented report under ``Passes ...::`` or ``Fails ...::`` in the docstring."""
    block = (citation.__doc__ or "").split(f"\n{heading}", 1)[1].split("::", 1)[1]
    lines: list[str] = []
    for line in block.splitlines()[1:]:
        if line and not line.startswith("    "):
            break
        lines.append(line)
    return "\n".join(lines)


def test_docstring_examples_behave_as_documented(read):
    passes = citation.check(read(_doc_example("Passes")))
    assert passes.findings == [] and passes.performed >= 3
    fails = citation.check(read(_doc_example("Fails")))
    found = sorted((f.line, f.stated, f.expected) for f in fails.findings)
    assert found == [(4, "Nomor 21 Tahun 2023", "Nomor 12 Tahun 2023"),
                     (7, "2016-2021", "2021-2026"),
                     (8, "Tahun 2021", "Tahun 2024")]


def test_the_rule_is_registered():
    rule = rule_by_id("citation")
    assert rule is not None and rule.run is citation.check
    assert rule.severity is Severity.MAJOR
    assert "Passes" in rule.doc and "Fails" in rule.doc


def test_a_stale_year_of_the_amended_pk(read):
    from audit.checks import citation

    text = """
        LAPORAN KINERJA INSTANSI PEMERINTAH DINAS PENDIDIKAN TAHUN 2025

        Perjanjian Kinerja Tahun 2025 ditandatangani pada bulan Januari 2025.
        Pengukuran kinerja menggunakan target pada Perjanjian Kinerja Perubahan Tahun {year}.
    """
    assert citation.RULE.run(read(text.format(year="2025"))).findings == []
    found = citation.RULE.run(read(text.format(year="2024"))).findings
    assert [(f.line, f.stated) for f in found] == [(4, "Tahun 2024")]


def test_the_years_budget_document_cited_for_an_earlier_year_is_stale(read):
    # the DPPA the targets come from is this year's; "Tahun Anggaran 2021" in a 2024 report
    # is a leftover, while an audit opinion on last year's accounts is not such a document
    doc = _report(read, PK.format(sentence=(
        "Target pada Tabel 2.4 bersumber dari Dokumen Pelaksanaan Perubahan Anggaran (DPPA) "
        "Dinas Pangan Tahun Anggaran 2021.")))
    [finding] = citation.check(doc).findings
    assert (finding.stated, finding.expected) == ("Tahun 2021", "Tahun 2024")
    fine = _report(read, PK.format(sentence=(
        "Opini BPK atas LKPD Tahun Anggaran 2023 adalah WTP, dan DPA Tahun Anggaran 2024 "
        "ditetapkan pada bulan Januari.")))
    assert citation.check(fine).findings == []


def test_a_budget_realisation_report_of_last_year_under_this_years_table(read):
    from audit.checks import citation

    doc = read("""
        # Laporan Kinerja Instansi Pemerintah Tahun 2025

        Laporan ini disusun untuk tahun 2025.

        Sumber: Laporan Realisasi Anggaran (LRA) Dinas Lingkungan Hidup per 31 Desember 2024.

        Sumber: Laporan Realisasi Anggaran (LRA) Dinas Lingkungan Hidup per 31 Desember 2025.
    """)
    findings = [(f.stated, f.expected) for f in citation.check(doc).findings]
    assert findings == [("Tahun 2024", "Tahun 2025")]


def test_a_comparison_word_far_from_the_stale_pk_does_not_excuse_it(read):
    # "perbandingan antara target dan realisasi" is what the report does, not a look back
    doc = _report(read, PK.format(sentence=(
        "Laporan ini memuat perbandingan antara target dan realisasi indikator kinerja yang "
        "telah ditetapkan dalam Perjanjian Kinerja Tahun 2021, analisis capaian, serta "
        "realisasi anggaran.")))
    [finding] = citation.check(doc).findings
    assert (finding.line, finding.stated) == (_line_of(doc, "Tahun 2021"), "Tahun 2021")


def test_describing_the_method_as_a_comparison_does_not_excuse_a_stale_pk(read):
    doc = _report(read, PK.format(sentence=(
        "Pengukuran kinerja membandingkan target dalam Perjanjian Kinerja Tahun 2021 "
        "dengan realisasinya.")))
    [finding] = citation.check(doc).findings
    assert finding.stated == "Tahun 2021"


COVER = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
(LKjIP)
TAHUN 2025

DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
2026
KATA PENGANTAR
{body}
"""


def test_the_cover_years_printing_date_does_not_hide_the_report_year(read):
    doc = read(COVER.format(body=(
        "Realisasi anggaran per program dan kegiatan sampai dengan 31 Desember 2024 "
        "disajikan pada Tabel 3.9.")))
    [finding] = citation.check(doc).findings
    assert (finding.stated, finding.expected) == ("Tahun 2024", "Tahun 2025")
    same_year = read(COVER.format(body=(
        "Realisasi anggaran per program dan kegiatan sampai dengan 31 Desember 2025 "
        "disajikan pada Tabel 3.9.")))
    assert citation.check(same_year).findings == []


def test_the_report_naming_itself_with_another_year_as_it_is_completed(read):
    doc = read(COVER.format(body=(
        "Puji syukur kami panjatkan, karena atas rahmat-Nya Laporan Kinerja Instansi "
        "Pemerintah (LKjIP) Dinas Kependudukan Tahun 2024 dapat diselesaikan tepat waktu.")))
    [finding] = citation.check(doc).findings
    assert finding.stated == "Tahun 2024"


PRINTED_COVER = """\
LAPORAN KINERJA INSTANSI PEMERINTAH
(LKjIP) TAHUN 2025
DINAS LINGKUNGAN HIDUP
Jalan Cendana Raya Nomor 17
Tahun 2026
KATA PENGANTAR
LKjIP ini disusun atas pelaksanaan Perjanjian Kinerja Tahun {year} yang telah ditandatangani,
sebagaimana diamanatkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas
Kinerja Instansi Pemerintah.
"""


def test_a_stale_pk_year_beside_a_regulation_citation_on_a_cover_with_its_printing_year(read):
    # The cover's "Tahun 2026" under the address is when it was printed, the title names
    # 2025; the regulation's own "Tahun 2014" compares nothing.
    assert citation.check(read(PRINTED_COVER.format(year=2025))).findings == []
    [finding] = citation.check(read(PRINTED_COVER.format(year=2024))).findings
    assert (finding.stated, finding.expected) == ("Tahun 2024", "Tahun 2025")


def test_a_cover_with_the_year_reported_on_and_the_year_printed_knows_its_year(read):
    doc = read(textwrap.dedent("""
        LAPORAN KINERJA
        TAHUN 2025
        BALAI KEKARANTINAAN KESEHATAN
        TAHUN 2026

        KATA PENGANTAR

        Laporan Kinerja Balai Kekarantinaan Kesehatan Tahun 2025 disusun sebagai wujud
        pertanggungjawaban atas Perjanjian Kinerja Tahun 2025.

        Capaian diukur terhadap target dalam Perjanjian Kinerja Tahun 2024.
    """))
    assert citation.report_year(doc).year == 2025
    [finding] = citation.check(doc).findings
    assert finding.stated.endswith("2024") and finding.severity is Severity.MINOR


FOLLOWING = """\
LAPORAN KINERJA BADAN PENDAPATAN DAERAH TAHUN 2025

Tabel 3.3 Realisasi PAD per Triwulan Tahun 2025

| Triwulan | Realisasi (Rp) |
|---|---|
| I | 60.000.000 |
| II | 70.000.000 |

Perkembangan realisasi PAD tiga tahun terakhir disajikan pada {ref} berikut.

Tabel 3.5 Perbandingan Realisasi PAD Tahun 2023-2025

| Tahun | Realisasi (Rp) |
|---|---|
| 2024 | 120.000.000 |
| 2025 | 130.000.000 |
"""


def test_the_table_a_sentence_says_follows_carries_the_number_it_cites(read):
    def found(ref: str) -> list[tuple[str, str]]:
        return [(f.stated, f.expected) for f in citation.check(read(FOLLOWING.format(ref=ref)))
                .findings]

    assert found("Tabel 3.5") == []
    assert found("Tabel 3.3") == [("Tabel 3.3", "Tabel 3.5")]
    assert found("Tabel 3.3 dan Tabel 3.5") == []  # two tables cited: no order is claimed
