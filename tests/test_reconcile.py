"""One break, one finding: a wrong cell that breaks its row and its column total is named
once, at that cell, with the value that mends both."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from audit.engine import audit_document
from audit.figures import format_id

KOMPETEN = """
| Skema | Orang | Kompeten | Belum Kompeten |
|---|---|---|---|
| Barista | 16 | 15 | 1 |
| Tata Boga | 32 | 30 | 2 |
| Operator Komputer | 48 | {kompeten} | 0 |
| Menjahit | 144 | 140 | 4 |
| JUMLAH | 240 | 233 | 7 |
"""


def test_an_operand_that_breaks_its_row_and_its_column_is_the_one_wrong_cell(read):
    # 48 − 0 ≠ 16 on the row, and the Kompeten column is 32 short of its JUMLAH: 16 should
    # be 48, which mends both, so one finding names 16, not the row's Belum Kompeten 0.
    report = audit_document(read(KOMPETEN.format(kompeten="16")))
    [finding] = report.findings
    assert (finding.rule, finding.line, finding.stated, finding.expected) == \
        ("crossfooting", 5, "16", "48")
    assert "JUMLAH" in finding.message


def test_the_consistent_table_passes(read):
    assert audit_document(read(KOMPETEN.format(kompeten="48"))).findings == []


SALDO = """
| Kode | Aset | Saldo Awal | Tambah | Kurang | Saldo Akhir |
|---|---|---|---|---|---|
| 1.3.1 | Tanah | 70.000 | 6.400 | - | 76.400 |
| 1.3.2 | Peralatan | 41.700 | 5.800 | 1.400 | 46.100 |
| 1.3.3 | Gedung | 61.900 | 9.600 | {kurang} | 71.120 |
| 1.3.4 | Jalan | 90.200 | 7.100 | 2.100 | 95.200 |
| | Jumlah | 263.800 | 28.900 | 3.880 | 288.820 |
"""


def test_a_subtracted_operand_is_found_by_its_sign(read):
    # Saldo Akhir = Awal + Tambah − Kurang: Kurang 830 for 380 breaks the row by −450 and the
    # Kurang column by +450; one finding at 830.
    [finding] = audit_document(read(SALDO.format(kurang="830"))).findings
    assert (finding.stated, finding.expected) == ("830", "380")


@settings(max_examples=40, deadline=None)
@given(rows=st.lists(st.tuples(st.integers(1, 500), st.integers(0, 500)), min_size=3,
                     max_size=7),
       pick=st.integers(0, 6), delta=st.integers(1, 99))
def test_one_perturbed_operand_is_exactly_one_finding_at_it(rows, pick, delta):
    from audit.readers.text import parse_text

    pick %= len(rows)
    shown_men = rows[pick][0] + delta
    men = [m for m, _ in rows]
    # (a perturbed value that equals the sum of the rows right below or above it, 345 over
    # 1 and 344, reads as their subtotal: the numbers themselves make that a group, and no
    # auditor can tell it is a slip)
    assume(not any(sum(men[a:b]) == shown_men for a in range(len(men))
                   for b in range(a + 2, len(men) + 1) if not a <= pick < b))
    lines = ["| Unit | Laki-laki | Perempuan | Jumlah |", "|---|---|---|---|"]
    for k, (men, women) in enumerate(rows):
        shown = men + delta if k == pick else men
        lines.append(f"| Unit {k} | {format_id(Decimal(shown), 0)} | {women} | {men + women} |")
    lines.append(f"| Jumlah | {format_id(Decimal(sum(m for m, _ in rows)), 0)} | "
                 f"{format_id(Decimal(sum(w for _, w in rows)), 0)} | "
                 f"{format_id(Decimal(sum(m + w for m, w in rows)), 0)} |")
    findings = audit_document(parse_text("\n".join(lines) + "\n", "f.md")).findings
    stated = format_id(Decimal(rows[pick][0] + delta), 0)
    assert [(f.line, f.stated) for f in findings] == [(pick + 3, stated)]


BUDGETS = """
Tabel 6 Perjanjian Kinerja (anggaran)

| Kode | Kegiatan | Anggaran (Rp) |
|---|---|---|
| 4055 | Penyelenggaraan Pelatihan Kerja | 1.586.816.000 |
| 4056 | Sertifikasi Kompetensi Tenaga Kerja | {sertifikasi} |
| 4057 | Dukungan Manajemen Satuan Kerja | 13.381.930.000 |
| | Jumlah | 22.251.105.000 |

Tabel 9 Realisasi Anggaran per Kegiatan

| Kode | Kegiatan | Pagu (Rp) | Realisasi (Rp) |
|---|---|---|---|
| 4055 | Penyelenggaraan Pelatihan Kerja | 1.586.816.000 | 1.500.000.000 |
| 4056 | Sertifikasi Kompetensi Tenaga Kerja | 7.282.359.000 | 7.000.000.000 |
| 4057 | Dukungan Manajemen Satuan Kerja | 13.381.930.000 | 13.000.000.000 |
"""


def test_a_row_printed_right_elsewhere_is_the_slip_not_the_total(read):
    # 1.586.816.000 + 7.282.259.000 + 13.381.930.000 = 22.251.005.000 ≠ 22.251.105.000, and
    # Tabel 9 prints kegiatan 4056 as 7.282.359.000: the row is the slip, the Jumlah is right.
    findings = audit_document(read(BUDGETS.format(sertifikasi="7.282.259.000"))).findings
    assert [(f.rule, f.line, f.stated, f.expected) for f in findings] == [
        ("footing", 6, "7.282.259.000", "7.282.359.000")]
    assert "Tabel 9" in findings[0].message


def test_without_another_printing_the_total_is_reported(read):
    doc = read(BUDGETS.format(sertifikasi="7.282.259.000").replace("7.282.359.000",
                                                                    "7.282.259.000"))
    [finding] = audit_document(doc).findings
    assert (finding.line, finding.stated) == (8, "22.251.105.000")


RESTATED = """
# Laporan Kinerja Tahun 2025

Tabel 3.2 Capaian Indikator Kinerja

| No | Indikator Kinerja | Satuan | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|---|
| 1 | Indeks Kualitas Air (IKA) | poin | 54,00 | 52,80 | 97,78 |
| 2 | Indeks Kualitas Udara (IKU) | poin | 86,20 | 87,45 | 101,45 |
| 3 | Indeks Kualitas Tutupan Lahan (IKTL) | poin | 51,00 | 50,20 | 98,43 |

Tabel 3.3 Perbandingan dengan Target Akhir Renstra

| No | Indikator Kinerja | Realisasi 2025 | Target Akhir Renstra | Capaian thd Target Akhir (%) |
|---|---|---|---|---|
| 1 | Indeks Kualitas Air (IKA) | 52,80 | 56,00 | 94,29 |
| 2 | Indeks Kualitas Udara (IKU) | {realisasi} | 87,00 | 100,52 |
| 3 | Indeks Kualitas Tutupan Lahan (IKTL) | 50,20 | 51,50 | 97,48 |
"""  # noqa: E501


def test_a_rate_broken_only_by_a_restated_cell_is_part_of_that_cells_finding(read):
    # 87,54 is printed 87,45 elsewhere, and 87,45 / 87,00 × 100 = 100,52: the rate is right
    # for the right realisasi, so one finding names 87,54 and the rate's words join it.
    assert audit_document(read(RESTATED.format(realisasi="87,45"))).findings == []
    findings = audit_document(read(RESTATED.format(realisasi="87,54"))).findings
    assert [(f.rule, f.stated, f.expected) for f in findings] == \
        [("cross_table", "87,54", "87,45")]
    assert "100,52" in findings[0].message


def test_a_row_sum_broken_in_a_cell_on_its_own_line_explains_the_total():
    # plain pdftotext: each cell on a line of its own, so the row's finding stands at the
    # cell's line and names the row's line; the total off by the same amount is no second
    # finding
    from audit.readers.text import parse_text
    rows = [("Kepala Kantor", 1, 0), ("Teknisi Listrik", 8, 0), ("Petugas Keamanan", 6, 2),
            ("Pengemudi", 4, 0)]
    body = "".join(f"{i}\n{name}\n{laki}\n{perempuan}\n{laki + perempuan + (i == 3)}\n"
                   for i, (name, laki, perempuan) in enumerate(rows, 1))
    text = ("Tabel 1.1 Jumlah Pegawai Berdasarkan Jabatan\n\nNo\nJabatan\nL\nP\nJumlah\n"
            + body + "Jumlah\n19\n2\n21\n\nSeluruh pegawai berstatus aktif pada akhir tahun.\n")
    findings = audit_document(parse_text(text, "t.txt")).findings
    assert [(f.rule, f.stated, f.expected) for f in findings] == [("crossfooting", "9", "8")]
