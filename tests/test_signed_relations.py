"""Differences between columns: Sisa = Pagu − Realisasi, Nilai Buku = Perolehan −
Penyusutan, Bertambah/(Berkurang) = Setelah − Sebelum with parenthesised negatives, Saldo
Akhir = Awal + Tambah − Kurang; declared by the column-number row or shown by the rows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.engine import audit_document
from audit.readers.text import parse_text


def _money(v: int) -> str:
    text = f"{abs(v):,}".replace(",", ".")
    return f"({text})" if v < 0 else ("-" if v == 0 else text)


def _revision(rows: list[tuple[str, int, int]], change_override: dict[int, int] | None = None,
              declared: bool = False) -> str:
    lines = ["Tabel 2.3 Perubahan Anggaran", "",
             "| Kode | Kegiatan | Sebelum Perubahan (Rp) | Setelah Perubahan (Rp) | "
             "Bertambah/(Berkurang) (Rp) |", "|---|---|---|---|---|"]
    if declared:
        lines.append("| (1) | (2) | (3) | (4) | (5)=(4)-(3) |")
    for i, (name, before, after) in enumerate(rows):
        change = (change_override or {}).get(i, after - before)
        lines.append(f"| 4.02.01.2.{i + 1:02d} | {name} | {_money(before)} | {_money(after)} | "
                     f"{_money(change)} |")
    return "\n".join(lines) + "\n"


NAMES = ["Rapat paripurna", "Kunjungan kerja", "Reses anggota", "Penyusunan perda",
         "Publikasi", "Dengar pendapat", "Studi banding", "Bimbingan teknis"]
amounts = st.integers(1, 5_000).map(lambda k: k * 250_000)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(amounts, amounts), min_size=4, max_size=8))
def test_a_consistent_revision_table_gives_no_finding(pairs):
    rows = [(NAMES[i], b, a) for i, (b, a) in enumerate(pairs)]
    # (a table whose rows never tell the relation apart, such as every change equal to the
    # amount before it, is reported as unchecked: a coverage finding, no discrepancy)
    assert [f for f in audit_document(parse_text(_revision(rows), "x.md")).findings
            if f.rule != "coverage"] == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(amounts, amounts), min_size=4, max_size=8).filter(
    # four rows that show the relation: one is broken, three still establish it
    lambda ps: sum(1 for b, a in ps if a != b and a != 0 and b != 0 and a - b not in (a, b))
    >= 4), st.data())
def test_one_wrong_change_cell_is_one_finding_at_it(pairs, data):
    rows = [(NAMES[i], b, a) for i, (b, a) in enumerate(pairs)]
    which = data.draw(st.integers(0, len(rows) - 1))
    wrong = rows[which][2] - rows[which][1] + 10_000_000
    if wrong == 0:
        # printed "-", which reads as no figure at all rather than a wrong zero
        wrong = 20_000_000
    text = _revision(rows, {which: wrong})
    findings = audit_document(parse_text(text, "x.md")).findings
    assert [(f.rule, f.line, f.stated) for f in findings] == [
        ("crossfooting", 5 + which, _money(wrong))]
    assert findings[0].severity.label == "critical"


def test_a_declared_formula_is_used_even_when_most_rows_break():
    rows = [(NAMES[0], 1_000_000, 1_250_000), (NAMES[1], 2_000_000, 1_500_000),
            (NAMES[2], 3_000_000, 3_000_000)]
    text = _revision(rows, {0: 250_000, 1: 500_000, 2: 100_000}, declared=True)
    found = {(f.line, f.stated) for f in audit_document(parse_text(text, "x.md")).findings}
    # (5)=(4)-(3): 1.500.000 - 2.000.000 = (500.000), and 3.000.000 - 3.000.000 = 0
    assert found == {(7, "500.000"), (8, "100.000")}


def test_equal_columns_do_not_make_a_relation():
    # Realisasi Orang = Target Paket + Target Orang - Realisasi Paket holds wherever the two
    # paket columns are equal; such rows show nothing and must not found a relation.
    text = ("| Kejuruan | Target Paket | Target Orang | Realisasi Paket | Realisasi Orang |\n"
            "|---|---|---|---|---|\n"
            "| Las | 3 | 48 | 3 | 48 |\n| Listrik | 2 | 32 | 2 | 32 |\n"
            "| Otomotif | 4 | 64 | 4 | 64 |\n| Garmen | 2 | 32 | 2 | 30 |\n")
    assert [f.rule for f in audit_document(parse_text(text, "x.md")).findings] == []


def test_book_value_is_acquisition_minus_depreciation():
    text = ("| Kode | Kelompok | Nilai Perolehan | Akumulasi Penyusutan | Nilai Buku |\n"
            "|---|---|---|---|---|\n"
            "| 1.3.2.01 | Alat Besar | 23.792.460.000 | 14.389.840.250 | 9.402.619.750 |\n"
            "| 1.3.2.02 | Alat Angkutan | 9.837.215.000 | 6.402.317.940 | 3.434.897.060 |\n"
            "| 1.3.2.05 | Alat Kantor | 4.926.318.450 | 3.871.205.300 | 1.055.113.150 |\n"
            "| 1.3.2.10 | Komputer | 3.702.915.800 | 2.954.118.225 | 784.797.575 |\n")
    findings = audit_document(parse_text(text, "x.md")).findings
    assert [(f.rule, f.stated, f.expected) for f in findings] == [
        ("crossfooting", "784.797.575", "748.797.575")]


PERMITS = """\
Tabel 3.8 Layanan Persetujuan Lingkungan Tahun 2025

| No | Jenis Dokumen | Permohonan | Diterbitkan | Dalam Proses | Dikembalikan |
|---|---|---|---|---|---|
| 1 | Persetujuan AMDAL | 3 | 2 | 1 | - |
| 2 | Persetujuan UKL-UPL | 46 | 39 | {proses} | 2 |
| 3 | Registrasi SPPL | 212 | 205 | - | 7 |
| 4 | Persetujuan Teknis | 14 | 11 | 3 | - |
| 5 | Surat Kelayakan Operasional | 9 | 8 | 1 | - |
"""


def test_a_difference_that_misses_a_column_is_completed_not_blamed():
    # Dalam Proses = Permohonan − Diterbitkan holds where nothing was returned; the rows
    # with Dikembalikan show the relation has one more term, and no row is blamed for it.
    clean = audit_document(parse_text(PERMITS.format(proses="5"), "dlh.md"))
    assert [f.rule for f in clean.findings if f.rule == "crossfooting"] == []
    broken = audit_document(parse_text(PERMITS.format(proses="6"), "dlh.md"))
    assert [(f.rule, f.stated, f.expected) for f in broken.findings
            if f.rule == "crossfooting"] == [("crossfooting", "6", "5")]


def test_a_cumulative_column_that_repeats_the_last_quarter_is_a_position():
    text = """\
Tabel 3.11 Realisasi Kinerja per Triwulan Tahun 2025

| Uraian | TW I | TW II | TW III | TW IV | s.d. TW IV |
|---|---|---|---|---|---|
| Kajian diselesaikan | 1 | 2 | 3 | 5 | 11 |
| Rekomendasi disampaikan | 2 | 5 | 7 | 10 | 24 |
| Rekomendasi dimanfaatkan | 1 | 4 | 6 | 8 | 19 |
| Publikasi pada jurnal | 2 | 4 | 5 | 7 | {pub} |
| Kerja sama aktif (posisi akhir triwulan) | 5 | 5 | 6 | 7 | 7 |
"""
    clean = audit_document(parse_text(text.format(pub="18"), "x.md"))
    assert [f for f in clean.findings if f.rule == "crossfooting"] == []
    broken = audit_document(parse_text(text.format(pub="17"), "x.md"))
    assert [(f.rule, f.stated, f.expected) for f in broken.findings
            if f.rule == "crossfooting"] == [("crossfooting", "17", "18")]


def test_years_of_a_falling_count_are_never_each_others_difference():
    # 2 − 1 = 1, 3 − 2 = 1, 10 − 6 = 4 by chance of a count falling steadily; the 2025 column
    # is that year's count, not 2023 − 2024
    text = """\
| No | Jenis Gangguan | 2023 | 2024 | 2025 |
|---|---|---|---|---|
| 1 | Pelarian | 2 | 1 | 1 |
| 2 | Perkelahian | 4 | 3 | 2 |
| 3 | Penyelundupan | 3 | 2 | 1 |
| 4 | Kerusuhan | 1 | - | - |
| | Jumlah | 10 | 6 | 4 |
"""
    assert [f for f in audit_document(parse_text(text, "x.md")).findings
            if f.rule == "crossfooting"] == []


def test_a_rate_row_whose_total_lies_between_its_parts_is_the_rate_of_the_totals():
    # 145 / 176 = 82,39 and 495 / 544 = 90,99; all: 640 / 720 = 88,89, not 82,39 + 90,99
    text = """\
| No | Uraian | Perdata | Pidana | Jumlah |
|---|---|---|---|---|
| 1 | Putusan | 176 | 544 | 720 |
| 2 | Mengajukan upaya hukum | 31 | 49 | 80 |
| 3 | Tidak mengajukan upaya hukum | 145 | 495 | 640 |
| 4 | Persentase tidak mengajukan upaya hukum | 82,39 | 90,99 | {rate} |
"""
    def crossfooting(rate: str) -> list[str]:
        return [f.stated for f in audit_document(parse_text(text.format(rate=rate), "x.md")
                                                 ).findings if f.rule == "crossfooting"]
    assert crossfooting("88,89") == []
    # a total outside its parts is neither their sum nor a rate of the totals
    assert crossfooting("95,10") == ["95,10"]


def test_targets_of_one_indicator_over_the_quarters_are_no_difference_of_each_other(read):
    from audit.checks import crossfooting

    # even quarterly steps (300, 600, 900 of 1.200) make TW III = Tahun + TW I − TW II hold
    # on most rows; one target over the periods is a series, not an identity
    text = """
        | Indikator | Target 2024 | TW I Target | TW II Target | TW III Target |
        |---|---|---|---|---|
        | Konten | 1.200 | 300 | 600 | 900 |
        | Insiden | 12 | 3 | 6 | 9 |
        | Data | 80,00 | 20,00 | 40,00 | 60,00 |
        | Keamanan | 75,00 | 65,00 | 67,50 | 70,00 |
        | Uptime | 99,00 | 99,00 | 99,00 | 99,00 |
    """
    assert crossfooting.check(read(text)).findings == []
