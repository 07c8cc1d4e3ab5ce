from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks import crossfooting, footing, ratio
from audit.engine import audit_document
from audit.figures import format_id
from audit.findings import Severity
from audit.readers.text import parse_text


def test_capaian_column_with_an_inverse_indicator_row(read):
    doc = read("""
        | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|
        | Peserta pelatihan | 2.450 orang | 2.523 orang | 102,98 |
        | Lulusan bekerja | 70 | 74,20 | 106,00 |
        | Tingkat pengangguran | 3,60 | 3,40 | 105,88 |
        | Sertifikasi | 1.720 orang | 1.564 orang | 92,93 |
    """)
    result = ratio.check(doc)
    [finding] = result.findings
    assert finding.rule == "ratio" and finding.severity is Severity.MAJOR
    assert finding.line == 6
    assert finding.stated == "92,93"
    assert finding.expected == "90,93"
    assert "1.564 orang / 1.720 orang" in finding.message
    assert result.performed == 4


def test_each_row_is_judged_at_its_own_printed_precision(read):
    # Whole-number and one-decimal capaian in one column: the formula is still discovered.
    doc = read("""
        | Indikator | Target | Realisasi | Capaian |
        |---|---|---|---|
        | A | 21,01 | 18,78 | 89% |
        | B | 70 | 43,68 | 62,4% |
        | C | 600 | 225 | 38% |
        | D | 15 | 12 | 88% |
    """)
    [finding] = ratio.check(doc).findings
    assert (finding.line, finding.stated, finding.expected) == (6, "88%", "80%")


def test_truncated_capaian_is_minor_rounding(read):
    doc = read("""
        | Indikator | Target | Realisasi | Capaian |
        |---|---|---|---|
        | A | 70 | 73 | 104,28% |
        | B | 200 | 210 | 105,00% |
        | C | 50 | 45 | 90,00% |
    """)
    [finding] = ratio.check(doc).findings
    assert (finding.rule, finding.severity, finding.line) == ("rounding", Severity.MINOR, 3)
    assert finding.expected == "104,29%"


def test_share_of_kompeten_on_the_total_row(read):
    doc = read("""
        | Unit | Orang | Kompeten | % Kompeten |
        |---|---|---|---|
        | A | 1.064 | 957 | 89,94% |
        | B | 176 | 138 | 78,41% |
        | JUMLAH | 1.240 | 1.095 | 89,31% |
    """)
    [finding] = ratio.check(doc).findings
    assert finding.line == 5
    assert finding.expected == "88,31%"


def test_two_row_header_grouped_total_column(read):
    doc = read(
        "No\tJabatan\tPegawai yang ada\t\t\t\n"
        "\t\tJumlah\tS1\tD3\tSLTA\n"
        "1\tSekretariat\t10\t6\t3\t1\n"
        "2\tBidang Usaha\t8\t5\t2\t1\n"
        "3\tBidang Mutu\t9\t5\t3\t2\n"
    )
    [finding] = crossfooting.check(doc).findings
    assert finding.rule == "crossfooting"
    assert finding.line == 5
    assert (finding.stated, finding.expected) == ("9", "10")


def test_l_plus_p_total_column(read):
    doc = read("""
        | Unit | L | P | Jumlah |
        |---|---|---|---|
        | Sekretariat | 6 | 4 | 10 |
        | Bidang | 3 | 3 | 6 |
        | UPT | 2 | 2 | 5 |
    """)
    [finding] = crossfooting.check(doc).findings
    assert (finding.line, finding.expected) == (5, "4")


# ------------------------------------------------------------------ properties

def _pct(a: int, b: int) -> str:
    value = (Decimal(a) / Decimal(b) * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return format_id(value, 2, "%")


# Non-trivial rows: a table of zeros shows no formula to check against, by design.
rows_strategy = st.lists(
    st.tuples(st.integers(20, 5000), st.integers(10, 100)), min_size=3, max_size=8)


def _table(rows: list[tuple[int, int]], total_shift: int = 0, pct_row: int | None = None,
           pct_shift: Decimal = Decimal(0)) -> str:
    lines = ["Tabel 1 Peserta", "| No | Unit | Orang | Kompeten | % Kompeten |",
             "|---|---|---|---|---|"]
    for i, (orang, share) in enumerate(rows):
        kompeten = orang * share // 100
        pct = _pct(kompeten, orang)
        if pct_row == i:
            value = (Decimal(kompeten) / Decimal(orang) * 100).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP) + pct_shift
            pct = format_id(value, 2, "%")
        lines.append(f"| {i + 1} | Unit {chr(65 + i)} | {format_id(Decimal(orang), 0)} | "
                     f"{format_id(Decimal(kompeten), 0)} | {pct} |")
    total_orang = sum(o for o, _ in rows)
    total_kompeten = sum(o * s // 100 for o, s in rows)
    lines.append(f"| Jumlah | | {format_id(Decimal(total_orang + total_shift), 0)} | "
                 f"{format_id(Decimal(total_kompeten), 0)} | "
                 f"{_pct(total_kompeten, total_orang)} |")
    return "\n".join(lines) + "\n"


def _all_findings(text: str):
    doc = parse_text(text)
    return [f for check in (footing, crossfooting, ratio) for f in check.check(doc).findings]


@settings(max_examples=25, deadline=None)
@given(rows_strategy)
def test_consistent_tables_raise_nothing(rows):
    assert _all_findings(_table(rows)) == []


@settings(max_examples=25, deadline=None)
@given(rows_strategy, st.integers(1, 50) | st.integers(-50, -1))
def test_a_perturbed_total_is_one_finding_at_the_total(rows, shift):
    findings = _all_findings(_table(rows, total_shift=shift))
    footings = [f for f in findings if f.rule == "footing"]
    assert len(footings) == 1
    assert footings[0].line == 4 + len(rows)


@settings(max_examples=25, deadline=None)
@given(rows_strategy, st.data())
def test_a_perturbed_percentage_is_one_finding_at_its_row(rows, data):
    row = data.draw(st.integers(0, len(rows) - 1))
    shift = data.draw(st.sampled_from([Decimal("0.5"), Decimal("-0.7"), Decimal("3")]))
    findings = _all_findings(_table(rows, pct_row=row, pct_shift=shift))
    assert [(f.rule, f.line) for f in findings] == [("ratio", 4 + row)]


def test_sub_columns_under_a_serapan_lulusan_group_are_counts_that_crossfoot(read):
    doc = read("""
        | Sekolah | Jumlah Lulusan | Serapan Lulusan | | |
        | | | Kerja | Studi | Wirausaha |
        |---|---|---|---|---|
        | SMK A | 120 | 70 | 30 | 20 |
        | SMK B | 96 | 50 | 26 | 19 |
        | SMK C | 80 | 41 | 22 | 17 |
        | SMK D | 64 | 40 | 14 | 10 |
    """)
    [finding] = crossfooting.check(doc).findings
    assert (finding.stated, finding.expected) == ("96", "95")


def test_groups_that_add_up_only_as_zero_over_zeros_prove_no_subtotals(read):
    # Each institution's first programme shares its row; the rows below are its other
    # programmes, not parts of a subtotal, even though "0 | 0" adds up.
    doc = read("""
        | No | Institusi | Program | Lulusan |
        |---|---|---|---|
        | 1 | Politeknik A | D3 | 120 |
        | | | D1 | 40 |
        | | | D4 | 15 |
        | 2 | Politeknik B | D3 | 0 |
        | | | D1 | 0 |
        | | | D4 | 0 |
        | 3 | Politeknik C | D3 | 60 |
        | | | D1 | 25 |
        | | | D4 | 10 |
        | | TOTAL | | 270 |
    """)
    assert footing.check(doc).findings == []


def test_a_rate_per_day_or_per_mille_is_discovered_with_its_constant(read):
    doc = read("""
        | Ruang | Tempat Tidur | Hari Perawatan | BOR (%) |
        |---|---|---|---|
        | Melati | 30 | 8.563 | 78,20 |
        | Mawar | 24 | 6.497 | 74,17 |
        | Anggrek | 20 | 4.811 | 65,90 |
        | Perinatologi | 10 | 2.546 | 67,95 |
    """)
    [finding] = ratio.check(doc).findings
    assert (finding.line, finding.stated, finding.expected) == (6, "67,95", "69,75")
    assert "× 365" in finding.message


def test_productivity_in_kuintal_per_hectare_is_output_in_tons_over_area_times_ten(read):
    # ku/ha = ton / ha × 10: a named derived column with a unit change, not a percentage
    doc = read("""
        | Kecamatan | Luas Panen (Ha) | Produksi (Ton) | Produktivitas (Ku/Ha) |
        |---|---|---|---|
        | Sukamaju | 3.318 | 18.927,48 | 57,04 |
        | Wanasari | 2.790 | 15.361,87 | 55,06 |
        | Cibodas | 1.902 | 10.149,21 | 53,36 |
        | Jumlah | 8.010 | 44.438,56 | 54,48 |
    """)
    [finding] = ratio.check(doc).findings
    assert (finding.line, finding.stated, finding.expected) == (6, "54,48", "55,48")
    assert "× 10" in finding.message


def test_a_rate_cut_off_from_its_printed_inputs_is_minor_rounding(read):
    # 73,33 / 70 = 104,757...: consistent at the inputs' own precision, but printed
    # 104,75 is the truncation of what the printed inputs give.
    doc = read("""
        | Indikator | Target | Realisasi | Capaian |
        |---|---|---|---|
        | A | 70,00 | 73,33 | 104,75 |
        | B | 71,03 | 72,79 | 102,48 |
        | C | 96,00 | 100,00 | 104,17 |
    """)
    [finding] = ratio.check(doc).findings
    assert (finding.rule, finding.severity, finding.line) == ("rounding", Severity.MINOR, 3)
    assert finding.expected == "104,76"


def test_lower_is_better_capaian_by_twice_the_target_minus_realisasi_passes(read):
    from audit.engine import audit_document

    doc = read("""
        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Persentase perda ditetapkan | 80,00 | 85,71 | 107,14 |
        | 2 | Persentase rapat terdokumentasi | 90,00 | 95,00 | 105,56 |
        | 3 | Waktu penyelesaian risalah (semakin rendah semakin baik) | 6,00 | 5,50 | 108,33 |
        | 4 | Persentase aspirasi ditindaklanjuti | 70,00 | 63,00 | 90,00 |
    """)
    assert audit_document(doc).findings == []
    broken = read("""
        | No | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|---|
        | 1 | Persentase perda ditetapkan | 80,00 | 85,71 | 107,14 |
        | 2 | Persentase rapat terdokumentasi | 90,00 | 95,00 | 105,56 |
        | 3 | Waktu penyelesaian risalah (semakin rendah semakin baik) | 6,00 | 5,50 | 118,33 |
        | 4 | Persentase aspirasi ditindaklanjuti | 70,00 | 63,00 | 90,00 |
    """)
    assert [(f.rule, f.stated) for f in audit_document(broken).findings] == [("ratio", "118,33")]


def test_a_rate_whose_header_declares_a_sum_numerator(read):
    from audit.engine import audit_document

    table = """
        | No | Unit | Pagu | Produk Dalam Negeri | TKDN | Impor | % Realisasi PDN + TKDN |
        |---|---|---|---|---|---|---|
        | 1 | Sekretariat | 1.000.000 | 400.000 | 100.000 | 20.000 | 50,00% |
        | 2 | Bidang A | 2.000.000 | 300.000 | 200.000 | 0 | 25,00% |
        | 3 | Bidang B | 500.000 | 100.000 | 50.000 | 10.000 | {pct} |
    """
    assert audit_document(read(table.format(pct="30,00%"))).findings == []
    found = audit_document(read(table.format(pct="32,00%"))).findings
    assert [(f.rule, f.stated, f.expected) for f in found] == [("ratio", "32,00%", "30,00%")]


E81 = """\
Tabel 2.4 Evaluasi Renja Triwulan IV

| Kode | Program/Kegiatan | Indikator | Satuan | Target 2025 / K | Target 2025 / Rp | Realisasi TW III / K | Realisasi TW IV / K | Realisasi s.d. TW IV / K | Capaian (%) / Rp |
|---|---|---|---|---|---|---|---|---|---|
| (1) | (2) | (3) | (4) | (5) | (6) | (7) | (8) | (9)=(7)+(8) | (10) |
| 2.15.01 | PROGRAM PENUNJANG | Nilai evaluasi SAKIP | nilai | 72,00 | {program} | 70,10 | 71,20 | 71,20 | 96,50 |
| 2.15.01.2.01 | Perencanaan | Jumlah dokumen perencanaan | dokumen | 5 | 400.000.000 | 2 | 3 | 5 | 97,00 |
| 2.15.01.2.02 | Administrasi Keuangan | Persentase gaji terbayar tepat waktu | % | 100,00 | 600.000.000 | 100,00 | 100,00 | 100,00 | 96,20 |
| 2.15.02 | PROGRAM LLAJ | Persentase perlengkapan jalan | % | 74,00 | 900.000.000 | 70,00 | 73,10 | 73,10 | 95,00 |
| 2.15.02.2.01 | Rencana Induk | Jumlah dokumen rencana induk | dokumen | 1 | 300.000.000 | - | 1 | 1 | 94,00 |
| 2.15.02.2.02 | Perlengkapan Jalan | Jumlah rambu terpasang | unit | 200 | 600.000.000 | 90 | 120 | 210 | 95,50 |
"""  # noqa: E501


def test_an_evaluation_form_adds_money_over_the_hierarchy_but_not_each_rows_own_indicator(read):
    # Each row has its own indicator and unit: the program's K (a SAKIP score) is not the sum
    # of its kegiatan's K (documents, a percentage), its Rp is; a score's or percentage's
    # s.d. TW IV is its last value, a count's is the sum; a "(%)" column is not added up.
    clean = read(E81.format(program="1.000.000.000"))
    assert footing.check(clean).findings == []
    assert crossfooting.check(clean).findings == []
    [finding] = footing.check(read(E81.format(program="1.100.000.000"))).findings
    assert (finding.line, finding.stated, finding.expected) == (6, "1.100.000.000", "1.000.000.000")
    counted = read(E81.format(program="1.000.000.000").replace("| 2 | 3 | 5 |", "| 2 | 3 | 6 |"))
    assert [(f.line, f.stated) for f in crossfooting.check(counted).findings] == [(7, "6")]


def test_a_satuan_kerja_column_names_the_rows_and_is_no_unit_column(read):
    # "Satuan Kerja" is a work unit; its rows are counted in one unit and add up
    doc = read("""
        | No | Satuan Kerja | Bekerja | Berwirausaha | Total |
        |---|---|---|---|---|
        | 1 | BPVP Bantaeng | 196 | 1.237 | 1.433 |
        | 2 | BLK Komunitas | 130 | 72 | 202 |
        | Total | | 326 | 1.309 | 1.665 |
    """)
    [finding] = footing.check(doc).findings
    assert (finding.stated, finding.expected) == ("1.665", "1.635")


def test_two_breaks_in_unrelated_cells_of_one_total_row_are_two_findings(read):
    # A wrong Kompeten total and a wrong % of the same Jumlah row read no cell in common:
    # merging them into one finding would hide the second break from a CI gate.
    from audit.engine import audit_document

    doc = read("""
        | Skema | Target | Realisasi | % | Kompeten |
        |---|---|---|---|---|
        | Barista | 16 | 16 | 100% | 15 |
        | Tata Boga | 32 | 32 | 100% | 30 |
        | Menjahit | 48 | 48 | 100% | 40 |
        | Jumlah | 96 | 96 | 140% | 90 |
    """)
    found = sorted((f.rule, f.stated, f.expected) for f in audit_document(doc).findings)
    assert found == [("footing", "90", "85"), ("ratio", "140%", "100%")]


def test_breaks_that_share_a_cell_stay_one_finding(read):
    # Realisasi of the total row is wrong: its footing and its % both break over that one cell.
    from audit.engine import audit_document

    doc = read("""
        | Skema | Target | Realisasi | % |
        |---|---|---|---|
        | Barista | 16 | 16 | 100% |
        | Tata Boga | 32 | 32 | 100% |
        | Menjahit | 48 | 48 | 100% |
        | Jumlah | 96 | 86 | 100% |
    """)
    [finding] = audit_document(doc).findings
    assert finding.rule == "footing" and finding.stated == "86"
    assert "Juga pada baris ini" in finding.message


def test_a_total_off_only_because_one_row_is_wrong_is_reported_at_that_row(read):
    # 307 + 382 = 689, printed 698: the Jumlah 1.189 is right for the corrected row, so the
    # one wrong cell gives one finding, at that cell, not a second one at the total.
    from audit.engine import audit_document

    doc = read("""
        | Pendidikan | Laki-laki | Perempuan | Jumlah |
        |---|---|---|---|
        | S1 | 210 | 290 | 500 |
        | S2 | 307 | 382 | 698 |
        | Jumlah | 517 | 672 | 1.189 |
    """)
    assert [(f.rule, f.line, f.stated, f.expected) for f in audit_document(doc).findings] == \
        [("crossfooting", 4, "698", "689")]


def test_a_total_wrong_by_another_amount_than_its_wrong_row_is_still_reported(read):
    from audit.engine import audit_document

    doc = read("""
        | Pendidikan | Laki-laki | Perempuan | Jumlah |
        |---|---|---|---|
        | D3 | 40 | 60 | 100 |
        | S1 | 210 | 290 | 500 |
        | S2 | 307 | 382 | 698 |
        | S3 | 10 | 5 | 15 |
        | Jumlah | 567 | 737 | 1.310 |
    """)
    # 100 + 500 + 698 + 15 = 1.313 and 567 + 737 = 1.304: off by neither S2's error (+9)
    assert sorted((f.line, f.stated) for f in audit_document(doc).findings) == \
        [(5, "698"), (7, "1.310")]


def test_identical_rows_are_one_piece_of_evidence_for_a_formula(read):
    # Two rows printing the same figures cannot show which columns the rate comes from.
    doc = read("""
        | Kegiatan | Pagu | Fisik (%) | Keuangan (%) |
        |---|---|---|---|
        | A | 1 | 0,01 | 18,10 |
        | B | 1 | 0,01 | 18,10 |
    """)
    assert ratio.check(doc).findings == []


def test_rates_of_two_significant_digits_alone_prove_no_formula(read):
    # 27,71 / (44 × 365) × 100 = 0,17 is a coincidence, not the column's formula
    doc = read("""
        | Kegiatan | Pagu | Fisik (%) | Keuangan (%) |
        |---|---|---|---|
        | K0 | 1 | 0,00 | 0,00 |
        | K1 | 44 | 27,71 | 0,17 |
        | Jumlah | 45 | 27,09 | 0,17 |
    """)
    assert ratio.check(doc).findings == []


GROWTH = """\
Tabel 3.4 Perkembangan Harga Bahan Pokok

| No | Komoditas | Harga Des 2024 (Rp) | Harga Des 2025 (Rp) | Perubahan (%) |
|---|---|---:|---:|---:|
| 1 | Beras medium | 12.800 | 13.350 | 4,30 |
| 2 | Gula pasir | 17.500 | 17.800 | 1,71 |
| 3 | Daging sapi | 135.000 | 138.000 | {sapi} |
| 4 | Daging ayam ras | 34.500 | 33.800 | -2,03 |
| 5 | Minyakita | 15.700 | 15.700 | - |
"""


def test_a_change_column_follows_the_relative_change_its_rows_show():
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    def found(sapi: str) -> list[tuple[str, str, str]]:
        doc = parse_text(GROWTH.format(sapi=sapi), "x.md")
        return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings]

    # (138.000 − 135.000) / 135.000 × 100 = 2,22; a fall is negative; "-" for no change
    assert found("2,22") == []
    assert found("2,72") == [("ratio", "2,72", "2,22")]


def test_a_rate_column_titled_above_its_year_is_recomputed():
    # "% Ditangani" spans "2025": the year under it names no quantity, the title does
    text = """\
Tabel 3.5 Kasus Kekerasan menurut Jenis

| Jenis Kekerasan | Dilaporkan | Dilaporkan | Ditangani | % Ditangani |
| Jenis Kekerasan | 2024 | 2025 | 2025 | 2025 |
|---|---|---|---|---|
| Kekerasan fisik | 44 | 38 | 37 | 97,37 |
| Kekerasan psikis | 36 | 33 | 31 | 93,94 |
| Kekerasan seksual | 41 | 39 | 36 | {rate} |
| Penelantaran | 20 | 18 | 17 | 94,44 |
"""
    clean = audit_document(parse_text(text.format(rate="92,31"), "x.md"))
    assert [f for f in clean.findings if f.rule == "ratio"] == []
    broken = audit_document(parse_text(text.format(rate="93,21"), "x.md"))
    assert [(f.rule, f.stated, f.expected) for f in broken.findings if f.rule == "ratio"] == \
        [("ratio", "93,21", "92,31")]


def test_a_rate_of_two_columns_together_named_with_dan():
    # "% Mandiri dan Paripurna" = (Mandiri + Paripurna) / Jumlah; "-" is none added
    text = """\
Tabel 3.6 Kampung KB Menurut Strata

| Kecamatan | Dasar | Berkembang | Mandiri | Paripurna | Jumlah | % Mandiri dan Paripurna |
|---|---|---|---|---|---|---|
| Rawa Indah Kota | - | 3 | 3 | 2 | 8 | {rate} |
| Sungai Lumpur | 2 | 3 | 2 | - | 7 | 28,57 |
| Tanjung Bakau | 2 | 2 | 1 | - | 5 | 20,00 |
| Pematang Sari | 1 | 3 | 3 | 1 | 8 | 50,00 |
| Lubuk Jernih | 2 | 2 | 2 | - | 6 | 33,33 |
"""
    clean = audit_document(parse_text(text.format(rate="62,50"), "x.md"))
    assert [f for f in clean.findings if f.rule == "ratio"] == []
    broken = audit_document(parse_text(text.format(rate="65,20"), "x.md"))
    assert [(f.rule, f.stated, f.expected) for f in broken.findings if f.rule == "ratio"] == \
        [("ratio", "65,20", "62,50")]


def test_a_percentage_column_beside_the_amount_it_is_the_share_of_is_a_rate():
    # "Realisasi (%)" next to "Anggaran (Rp) / Realisasi": the share of the pagu, recomputed
    # (it would be a percentage indicator's realisasi, an input, on its own)
    text = """\
Tabel 3.13 Realisasi Anggaran per Kegiatan

| Kode | Kegiatan | Anggaran (Rp) | | Realisasi (%) |
| | | Pagu | Realisasi | |
|---|---|---|---|---|
| 1.02.02.2.01 | Penyediaan Fasilitas Pelayanan Kesehatan | 398.750.000 | 385.214.000 | {rate} |
| 1.02.02.2.02 | Penyediaan Layanan Kesehatan Rujukan | 936.150.000 | 881.437.600 | 94,16 |
| 1.02.02.2.03 | Penyelenggaraan Sistem Informasi Kesehatan | 45.600.000 | 43.812.500 | 96,08 |
"""
    assert audit_document(parse_text(text.format(rate="96,61"), "x.md")).findings == []
    found = audit_document(parse_text(text.format(rate="96,60"), "x.md")).findings
    assert [(f.rule, f.expected) for f in found] == [("rounding", "96,61")]


def test_a_percentage_column_beside_the_amount_with_its_unit_is_a_rate():
    # "Realisasi (%)" next to "Realisasi (Rp)": the same share, the amount's unit aside
    text = """\
Tabel 3.9 Realisasi Anggaran per Kegiatan

| Kode | Program / Kegiatan | Pagu Perubahan (Rp) | Realisasi (Rp) | Realisasi (%) |
|---|---|---|---|---|
| 2.10.07.2.01 | Penatagunaan Tanah | 624.150.000 | 598.771.350 | 95,93 |
| 2.10.07.2.02 | Penyusunan Neraca Penatagunaan Tanah | 275.000.000 | 261.437.500 | {rate} |
| 2.10.04.2.01 | Penyelesaian Ganti Kerugian | 356.250.000 | 329.886.100 | 92,60 |
"""
    assert audit_document(parse_text(text.format(rate="95,07"), "x.md")).findings == []
    found = audit_document(parse_text(text.format(rate="95,06"), "x.md")).findings
    assert [(f.rule, f.expected) for f in found] == [("rounding", "95,07")]
    # beside a target in percent it stays a percentage indicator's realisasi: no formula
    indicator = """\
| No | Indikator | Target (%) | Realisasi (%) |
|---|---|---|---|
| 1 | Persentase dokumen tepat waktu | 90,00 | 95,06 |
| 2 | Persentase aduan selesai | 85,00 | 88,10 |
"""
    assert audit_document(parse_text(indicator, "x.md")).findings == []


def test_a_cumulative_column_of_a_mean_is_not_a_sum():
    text = """\
Tabel 2.2 Realisasi per Triwulan

| No | Indikator | Satuan | TW I | TW II | TW III | s.d. TW III |
|---|---|---|---|---|---|---|
| 1 | Jumlah dokumen anggaran diverifikasi | dokumen | 120 | 135 | 140 | 395 |
| 2 | Rata-rata waktu penerbitan SP2D | hari kerja | 2,20 | 1,90 | 1,60 | {mean} |
| 3 | Jumlah OPD didampingi | OPD | 12 | 14 | 10 | 36 |
"""
    assert audit_document(parse_text(text.format(mean="1,90"), "x.md")).findings == []
    found = audit_document(parse_text(text.format(mean="1,70"), "x.md")).findings
    assert [f.rule for f in found] == ["crossfooting"]


def test_a_grand_total_column_over_two_groups_subtotal_columns():
    text = """\
Tabel 1.1 Pegawai menurut Unit Kerja dan Status

| No | Unit Kerja | PNS L | PNS P | PNS Jml | PPPK L | PPPK P | PPPK Jml | Jumlah |
|---|---|---|---|---|---|---|---|---|
| 1 | Subbagian Tata Usaha | 5 | 6 | 11 | 3 | 2 | 5 | 16 |
| 2 | Bagian Kelembagaan | 6 | 7 | 13 | 1 | 2 | 3 | 16 |
| 3 | Bagian Reformasi Birokrasi | 7 | 6 | 13 | 2 | 1 | 3 | 16 |
| 4 | Bagian Tata Laksana | 5 | 6 | 11 | 1 | 1 | 2 | {total} |
"""
    assert audit_document(parse_text(text.format(total="13"), "x.md")).findings == []
    found = audit_document(parse_text(text.format(total="14"), "x.md")).findings
    assert [(f.rule, f.stated, f.expected) for f in found] == [("crossfooting", "14", "13")]


def test_a_target_is_never_added_to_or_taken_from_what_was_done():
    text = """\
Tabel 3.4 Pemeliharaan Embung per Kabupaten

| No | Kabupaten | Jumlah Embung | Target Dipelihara 2025 | Selesai TW I | Selesai TW II | Selesai s.d. Smt I | Sisa Target |
|---|---|---|---|---|---|---|---|
| 1 | Lebak Sari | 5 | 3 | 1 | 1 | 2 | 1 |
| 2 | Wanajaya | 4 | 3 | 1 | - | 1 | 2 |
| 3 | Cipta Mulya | 6 | 4 | - | 2 | 2 | 2 |
| 4 | Sungai Limau | 3 | 2 | 1 | 1 | 2 | - |
| 5 | Batu Kembar | 4 | 3 | - | 1 | 1 | 2 |
| 6 | Rengas Jaya | 2 | 1 | - | - | - | 1 |
"""  # noqa: E501
    # "Jumlah Embung" = target + TW I + TW II holds on three rows by chance; so does
    # "Selesai TW II" = Jumlah Embung − Target; the remainder "Sisa Target" is a difference
    found = audit_document(parse_text(text, "x.md")).findings
    assert [f.rule for f in found if f.rule in ("crossfooting", "footing")] == []
    broken = text.replace("| 4 | 3 | - | 1 | 1 | 2 |", "| 4 | 3 | - | 1 | 1 | 3 |")
    found = audit_document(parse_text(broken, "x.md")).findings
    assert [(f.rule, f.stated) for f in found] == [("crossfooting", "3")]


def test_a_column_that_fits_a_ratio_only_where_its_operands_are_equal_follows_no_ratio(read):
    # physical progress beside realisasi / kontrak: 100,00 wherever the contract is paid in
    # full says nothing about a formula; where it is not, Fisik (%) is its own measure
    text = """
        | No | Paket | Nilai Kontrak | Realisasi Keuangan | Keu. (%) | Fisik (%) |
        |---|---|---|---|---|---|
        | 1 | Paket A | 4.872.450.000 | 4.872.450.000 | 100,00 | 100,00 |
        | 2 | Paket B | 4.158.900.000 | 4.158.900.000 | 100,00 | 100,00 |
        | 3 | Paket C | 14.326.880.000 | 14.326.880.000 | 100,00 | 100,00 |
        | 4 | Paket D | 11.284.560.000 | 9.027.648.000 | {keu} | 88,15 |
        | 5 | Paket E | 7.936.250.000 | 7.539.437.000 | 95,00 | 96,40 |
    """
    assert ratio.check(read(text.format(keu="80,00"))).findings == []
    # the financial column, with rows where the two amounts differ, still follows its ratio
    [finding] = ratio.check(read(text.format(keu="82,00"))).findings
    assert (finding.stated, finding.expected) == ("82,00", "80,00")


def test_a_target_under_its_spanning_title_is_no_sum_of_what_was_done():
    # "Target Renja / K" over a bare "K": the target is never Semester I + Semester II, however
    # many sub kegiatan met it exactly; "s.d. Semester II" is
    text = """\
| Kode | Sub Kegiatan | Target Renja / K | Semester I / K | Semester II / K | s.d. Semester II / K |
|---|---|---|---|---|---|
| 1.06.02.2.03.0001 | Peningkatan Kemampuan PSM | 120 | 40 | 80 | 120 |
| 1.06.02.2.03.0003 | Peningkatan Kemampuan TKSK | 18 | - | 18 | 18 |
| 1.06.02.2.03.0005 | Peningkatan Kemampuan LKS | 25 | 10 | 12 | 22 |
| 1.06.02.2.03.0006 | Peningkatan Kapasitas Karang Taruna | 34 | 10 | 24 | 34 |
| 1.06.04.2.01.0002 | Penyediaan Permakanan | 450 | 205 | 238 | 443 |
| 1.06.04.2.01.0003 | Penyediaan Sandang | 300 | 120 | 172 | 292 |
"""  # noqa: E501
    found = audit_document(parse_text(text, "x.md")).findings
    assert [f.rule for f in found if f.rule == "crossfooting"] == []
    broken = text.replace("| 205 | 238 | 443 |", "| 205 | 238 | 453 |")
    found = audit_document(parse_text(broken, "x.md")).findings
    assert [(f.rule, f.stated) for f in found] == [("crossfooting", "453")]


def test_a_lower_is_better_rate_cut_off_instead_of_rounded_is_a_rounding_slip(read):
    # 4,00 / 5,12 = 78,125: printed 78,13 when rounded, 78,12 when cut off
    text = """
        | Indikator | Target | Realisasi | Capaian (%) |
        |---|---|---|---|
        | Skor pola pangan | 88,00 | 88,14 | 100,16 |
        | Persentase desa rawan pangan *) | 4,00 | 5,12 | {rate} |
        | Indeks ketahanan pangan | 80,00 | 79,26 | 99,08 |
    """
    assert ratio.check(read(text.format(rate="78,13"))).findings == []
    [finding] = ratio.check(read(text.format(rate="78,12"))).findings
    assert (finding.rule, finding.severity, finding.stated, finding.expected) == (
        "rounding", Severity.MINOR, "78,12", "78,13")
    assert "4,00 / 5,12" in finding.message


STAFF = """
    Tabel 1.1 Jumlah Pegawai menurut Status
    | No | Unit Kerja | PNS L | PNS P | PPPK L | PPPK P | Jumlah |
    |---|---|---|---|---|---|---|
    | 1 | Tata Usaha | 9 | 8 | 2 | 3 | 22 |
    | 2 | Program | 11 | 7 | 3 | 2 | 23 |
    | 3 | Berita | 14 | 9 | 4 | 3 | 30 |
    | 4 | Teknik | 21 | 3 | 5 | 1 | {teknik} |
    |  | Jumlah | 55 | 27 | 14 | 9 | {total} |
"""


def test_a_column_that_happens_to_run_2_3_4_5_is_counted_when_its_total_sums_it(read):
    # PPPK L reads 2, 3, 4, 5 like a row number, but the Jumlah row adds it up (14)
    assert crossfooting.check(read(STAFF.format(teknik=30, total=105))).findings == []
    [finding] = crossfooting.check(read(STAFF.format(teknik=31, total=105))).findings
    assert (finding.line, finding.stated, finding.expected) == (7, "31", "30")


WARD = """
    Tabel 3.4 Indikator Pelayanan Rawat Inap per Triwulan
    | Uraian | TW I | TW II | TW III | TW IV | Tahun 2025 |
    |---|---|---|---|---|---|
    | Jumlah tempat tidur | 120 | 120 | 120 | 120 | 120 |
    | Pasien masuk | 1.410 | 1.462 | 1.521 | 1.475 | {masuk} |
    | Pasien keluar | 1.402 | 1.455 | 1.518 | 1.480 | 5.855 |
    | Pasien mati | 58 | 61 | 55 | 52 | 226 |
    | Hari perawatan | 7.812 | 8.105 | 8.390 | 8.214 | 32.521 |
    | Dokter jaga | 18 | 19 | 21 | 20 | 21 |
    | BOR (%) | 72,33 | 74,22 | 76,00 | 74,40 | 74,25 |
    | ALOS (hari) | 5,51 | 5,51 | 5,48 | 5,48 | 5,49 |
"""


def test_a_year_column_after_its_quarters_totals_the_rows_that_count_a_flow(read):
    # the bed count and the staff on duty are stocks, BOR and ALOS rates: none is summed
    assert crossfooting.check(read(WARD.format(masuk="5.868"))).findings == []
    [finding] = crossfooting.check(read(WARD.format(masuk="5.886"))).findings
    assert (finding.line, finding.stated, finding.expected) == (5, "5.886", "5.868")


FORM = """
    Tabel 3.2 Realisasi Indikator per Triwulan
    | No | Indikator | Satuan | Target | TW I | TW II | TW III | TW IV | Realisasi s.d. TW IV |
    |---|---|---|---|---|---|---|---|---|
    | 1.1 | Jumlah stasiun radio yang dimonitor | stasiun | 4.800 | 1.105 | 1.284 | 1.362 | 1.187 | 4.938 |
    | 1.2 | Persentase ketertiban pengguna | % | 87,00 | 83,10 | 84,75 | 86,20 | 88,38 | 85,71 |
    | 2.1 | Persentase gangguan diselesaikan | % | 95,00 | 100,00 | 100,00 | 100,00 | 88,89 | 97,62 |
    | 2.2 | Rata-rata waktu penyelesaian gangguan | hari | 14,00 | 12,40 | 10,91 | 11,25 | 11,63 | 11,51 |
    | 3.1 | Jumlah kegiatan sosialisasi | kegiatan | 12 | 2 | {tw2} | 5 | 3 | 14 |
"""  # noqa: E501


def test_a_column_titled_up_to_the_last_quarter_sums_the_count_rows_of_a_mostly_rate_table(read):
    # the rates and the (weighted) mean days outnumber the counts, so no majority of rows
    # shows the sum; the title "s.d. TW IV" declares it for the rows that count
    assert crossfooting.check(read(FORM.format(tw2=4))).findings == []
    [finding] = crossfooting.check(read(FORM.format(tw2=3))).findings
    assert (finding.line, finding.stated, finding.expected) == (8, "14", "13")


def test_a_part_column_of_mostly_dashes_still_counts_in_the_row_total(read):
    # "Rusak Berat" holds one unit in four rows: Jumlah = Baik + Rusak Ringan + Rusak Berat
    text = """
        | No | Sarana | Jumlah | Kondisi / Baik | Kondisi / Rusak Ringan | Kondisi / Rusak Berat |
        |---|---|---|---|---|---|
        | 1 | Bridge Simulator | 1 | 1 | - | - |
        | 2 | Radar Simulator | 12 | 11 | 1 | - |
        | 3 | ECDIS Simulator | {ecdis} | 14 | 1 | 1 |
        | 4 | GMDSS Simulator | 12 | 10 | 2 | - |
    """
    assert crossfooting.check(read(text.format(ecdis="16"))).findings == []
    [finding] = crossfooting.check(read(text.format(ecdis="17"))).findings
    assert (finding.stated, finding.expected) == ("17", "16")


def test_a_sum_of_two_columns_under_no_total_title_is_found_from_the_rows(read):
    # Beban Perkara = Sisa Akhir 2022 + Diterima 2023 on every row
    text = """
        | No | Jenis Perkara | Sisa Akhir 2022 | Diterima 2023 | Beban Perkara |
        |---|---|---|---|---|
        | 1 | Cerai Gugat | 6 | 148 | 154 |
        | 2 | Cerai Talak | 4 | 96 | 100 |
        | 3 | Harta Bersama | 5 | 71 | {beban} |
        | 4 | Kewarisan | 3 | 52 | 55 |
        | 5 | Ekonomi Syariah | 2 | 11 | 13 |
    """
    assert crossfooting.check(read(text.format(beban="76"))).findings == []
    [finding] = crossfooting.check(read(text.format(beban="78"))).findings
    assert (finding.stated, finding.expected) == ("78", "76")


def test_whole_counts_never_add_up_to_a_measure_printed_with_decimals(read):
    # hotspots + fires beside the burnt area: 2 + 1 is no 3,20 ha, however the rows fall
    text = """
        | No | Bulan | Titik Panas (titik) | Kejadian Kebakaran | Luas Terbakar (ha) |
        |---|---|---|---|---|
        | 1 | Februari | 2 | 1 | 3,20 |
        | 2 | Maret | 3 | 2 | 6,85 |
        | 3 | Juni | 1 | 1 | 1,50 |
        | 4 | Juli | 3 | 2 | 5,40 |
        | 5 | Agustus | 2 | 1 | 2,75 |
        | 6 | September | 2 | 1 | 1,75 |
    """
    assert crossfooting.check(read(text)).findings == []


def test_a_weighted_mean_under_quarter_columns_is_at_most_a_minor_note(read):
    text = """
        | No | Uraian | TW I | TW II | TW III | TW IV | s.d. TW IV |
        |---|---|---|---|---|---|---|
        | 1 | Lulusan pelatihan | 563 | 1.382 | 1.601 | 1.033 | 4.579 |
        | 2 | Peserta uji kompetensi | 118 | 702 | 897 | 678 | 2.395 |
        | 3 | Sertifikat diterbitkan | 61 | 509 | 699 | 473 | 1.742 |
        | 4 | Rata-rata waktu penerbitan sertifikat | 13,80 | 11,80 | 11,10 | 11,10 | 11,40 |
    """
    # 11,40 is neither the simple mean (11,95) nor the last quarter, but lies between the
    # quarters: a mean weighted by the certificates of each quarter may give it
    [finding] = crossfooting.check(read(text)).findings
    assert (finding.stated, finding.severity) == ("11,40", Severity.MINOR)
    assert "tertimbang" in finding.message
    # outside the quarters' range no mean can give it
    [finding] = crossfooting.check(read(text.replace("| 11,40 |", "| 14,40 |"))).findings
    assert finding.severity is Severity.MAJOR


def test_a_rate_row_across_units_is_not_summed_into_the_total_column(read):
    text = """
        Tabel 3.8 Pagu dan Realisasi per Unit Eselon I (Rp miliar)

        | Uraian | Setjen | Ditjen A | Itjen | Total |
        |---|---|---|---|---|
        | Pagu | 845,61 | 1.236,48 | 112,46 | 2.194,55 |
        | Realisasi | 812,37 | 1.172,14 | 108,03 | {real} |
        | % Realisasi | 96,07 | 94,80 | 96,06 | 95,35 |
        | Sisa Anggaran | 33,24 | 64,34 | 4,43 | 102,01 |
    """
    assert audit_document(read(text.format(real="2.092,54"))).findings == []
    # the amounts in the same rows are still held to their total
    assert [(f.rule, f.stated) for f in audit_document(read(text.format(real="2.029,54"))).findings
            if f.rule == "crossfooting"] == [("crossfooting", "2.029,54")]


def test_a_money_row_named_nilai_is_summed_over_its_quarters(read):
    # "Nilai" often names a score, but the unit column says Rupiah: the quarters add up
    doc = read("""
        Tabel 3.4 Realisasi per Triwulan Tahun 2025

        | No | Uraian | Satuan | TW I | TW II | TW III | TW IV | Tahun 2025 |
        |---|---|---|---|---|---|---|---|
        | 1 | Inflasi tahunan | % | 2,61 | 2,34 | 1,97 | 2,18 | 2,18 |
        | 2 | Rekomendasi ditindaklanjuti | rekomendasi | 1 | 2 | 2 | 2 | 7 |
        | 3 | UMKM naik kelas | unit | 22 | 35 | 41 | 50 | 148 |
        | 4 | Pasar murah | kali | 3 | 4 | 5 | 6 | 18 |
        | 5 | Nilai transaksi | Rp | 186.450 | 243.780 | 312.950 | 398.612 | 1.141.747 |
        """)
    findings = crossfooting.check(doc).findings
    assert [(f.line, f.stated, f.expected) for f in findings] == [
        (9, "1.141.747", "1.141.792")]
    assert findings[0].severity is Severity.CRITICAL


LABOUR = """
    Tabel 3.7 Indikator Ketenagakerjaan Tahun 2022-2024

    | No | Uraian | 2022 | 2023 | 2024 |
    |---|---|---|---|---|
    | 1 | Penduduk Usia Kerja (orang) | 410.250 | 416.480 | 421.930 |
    | 2 | Angkatan Kerja (orang) | 287.340 | 292.870 | 298.450 |
    |  | a. Bekerja | 270.559 | 277.611 | 283.647 |
    |  | b. Pengangguran | 16.781 | 15.259 | 14.803 |
    | 3 | Tingkat Partisipasi Angkatan Kerja (%) | 70,04 | 70,32 | {tpak} |
    | 4 | Tingkat Pengangguran Terbuka (%) | 5,84 | 5,21 | {tpt} |
    """


def test_a_rate_row_is_the_quotient_of_two_rows_in_every_year(read):
    assert ratio.check(read(LABOUR.format(tpak="70,73", tpt="4,96"))).findings == []
    [finding] = ratio.check(read(LABOUR.format(tpak="70,83", tpt="4,96"))).findings
    assert (finding.rule, finding.line, finding.stated, finding.expected) == (
        "ratio", 9, "70,83", "70,73")
    assert "298.450 / 421.930" in finding.message
    # 14.803 / 298.450 × 100 = 4,9599...: 4,95 is truncated, not rounded
    [finding] = ratio.check(read(LABOUR.format(tpak="70,73", tpt="4,95"))).findings
    assert (finding.rule, finding.severity) == ("rounding", Severity.MINOR)


def test_a_sum_and_mean_row_adds_its_counts_and_weighs_its_rates_by_them(read):
    # "JUMLAH / RATA-RATA": 20 indicators in all, and the mean of the 20 indicators'
    # capaian (each program's mean weighed by its count), not the mean of the five means
    text = """
        | No | Program | Capaian Kinerja / Jumlah Indikator | Capaian Kinerja / Rata-rata (%) |
        |---|---|---|---|
        | 1 | Program A | 5 | 99,82 |
        | 2 | Program B | 5 | 95,13 |
        | 3 | Program C | 3 | 96,79 |
        | 4 | Program D | 3 | 86,74 |
        | 5 | Program E | 4 | 99,38 |
        | JUMLAH / RATA-RATA |  | 20 | {mean} |
    """
    assert ratio.check(read(text.format(mean="96,14"))).findings == []
    [finding] = ratio.check(read(text.format(mean="97,14"))).findings
    assert finding.stated == "97,14"


def test_an_english_tables_achievement_column_is_judged_as_capaian(read):
    """An English edition's ``Target | Realization | Achievement (%)``: the headers read as
    their Indonesian counterparts, so the rate column is worked out and judged."""
    from audit.checks import ratio

    text = """
        | No | IKU | Target | Realization | Achievement (%) |
        |---|---|---|---|---|
        | 1 | Ferry satisfaction index | 82.00 | 83.16 | 101.41 |
        | 2 | On-time departures | 85.00 | 81.37 | {rate} |
        | 3 | Seaworthy vessels | 92.00 | 93.47 | 101.60 |
    """
    assert ratio.check(read(text.format(rate="95.73"))).findings == []
    [finding] = ratio.check(read(text.format(rate="97.53"))).findings
    assert (finding.stated, finding.expected) == ("97.53", "95.73")


HUNIAN = """
    | No | Nama Pasar | Kios | Kios Isi | Los | Los Isi | Hunian (%) |
    |---|---|---|---|---|---|---|
    | 1 | Pasar Induk | 312 | 289 | 420 | 371 | 90,16 |
    | 2 | Pasar Karangjati | 148 | 131 | 210 | 176 | 85,75 |
    | 3 | Pasar Sidomukti | 96 | 78 | 164 | 139 | {rate} |
    | 4 | Pasar Tanjung Laut | 54 | 47 | 188 | 160 | 85,54 |
    | 5 | Pasar Mekarsari | 72 | 55 | 126 | 98 | 77,27 |
"""


def test_a_rate_of_two_pairs_of_columns_added_up_is_discovered(read):
    """``Hunian (%)`` = (Kios Isi + Los Isi) / (Kios + Los) × 100: no pair of columns
    explains it, two pairs added up explain every row."""
    assert ratio.check(read(HUNIAN.format(rate="83,46"))).findings == []
    [finding] = ratio.check(read(HUNIAN.format(rate="83,64"))).findings
    assert (finding.stated, finding.expected) == ("83,64", "83,46")
    assert "(78 + 139) / (96 + 164)" in finding.message


def test_a_total_of_months_leaves_the_target_row_above_them_out(read):
    doc = read("""
        | Bulan | PKB | BBNKB |
        |---|---|---|
        | Target (APBD Perubahan) | 300 | 150 |
        | Januari | 100 | 50 |
        | Februari | 110 | 55 |
        | Maret | 120 | {march} |
        | Jumlah | 330 | 165 |
    """.replace("{march}", "60"))
    assert footing.check(doc).findings == []


EFFICIENCY = """
    | No | Kode RO | Capaian Output (%) | Realisasi Anggaran (%) | Efisiensi (%) |
    |---|---|---|---|---|
    | 1 | 6281.QMA.001 | 87,20 | 96,16 | {first} |
    | 2 | 6281.FAB.001 | 100,00 | 98,80 | 1,20 |
    | 3 | 6282.QMA.002 | 95,83 | 95,17 | 0,69 |
    | 4 | 6283.QIB.002 | 109,17 | 97,79 | 10,42 |
    | 5 | 6283.QMA.003 | 100,00 | 96,07 | 3,93 |
"""


def test_an_efficiency_column_may_be_one_minus_absorption_over_capaian(read):
    """``Efisiensi = (1 − realisasi anggaran / capaian output) × 100``: the rows where the
    capaian is not 100 tell it from a plain difference."""
    assert ratio.check(read(EFFICIENCY.format(first="-10,28"))).findings == []
    [finding] = ratio.check(read(EFFICIENCY.format(first="-10,82"))).findings
    assert (finding.stated, finding.expected) == ("-10,82", "-10,28")
