"""Hierarchies from codes: a column of budget or asset codes is the authority on nesting,
above the No column's markers and however its numbering restarts; unnumbered rows in
capitals are sub-groups; several totals at the bottom each close their own section."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.engine import audit_document
from audit.readers.text import parse_text

REGISTER = """\
Tabel 5.1 Rekapitulasi Aset per Golongan

| No | Kode | Golongan/Kelompok | Jumlah (unit) | Nilai (Rp) |
|---|---|---|---|---|
|  |  | ASET TETAP |  |  |
| A | 1.3.1 | Tanah | 5 | 500.000 |
| 1 | 1.3.1.01 | Tanah Kantor | 3 | 300.000 |
| 2 | 1.3.1.02 | Tanah Jalan | 2 | 200.000 |
| B | 1.3.2 | Peralatan | 12 | 1.200.000 |
| 1 | 1.3.2.01 | Alat Besar | 4 | 700.000 |
| a | 1.3.2.01.001 | Alat Besar Darat | 3 | 600.000 |
| b | 1.3.2.01.002 | Alat Bantu | 1 | 100.000 |
| 2 | 1.3.2.02 | Alat Kantor | 8 | 500.000 |
| C | 1.3.4 | Jalan dan Jaringan | 9 | 900.000 |
|  |  | JALAN DAN JEMBATAN | 6 | 600.000 |
| 1 | 1.3.4.01 | Jalan | 4 | 400.000 |
| 2 | 1.3.4.02 | Jembatan | 2 | 200.000 |
|  |  | JARINGAN | 3 | 300.000 |
| 1 | 1.3.4.05 | Jaringan Listrik | 3 | 300.000 |
|  |  | **Jumlah Aset Tetap** | 26 | 2.600.000 |
|  |  | ASET LAINNYA |  |  |
| A | 1.5.3 | Aset Tidak Berwujud | 2 | 80.000 |
| 1 | 1.5.3.01 | Perangkat Lunak | 2 | 80.000 |
|  |  | **Jumlah Aset Lainnya** | 2 | 80.000 |
|  |  | **Jumlah Seluruhnya** | 28 | 2.680.000 |
"""


def test_a_consistent_register_with_codes_caps_subgroups_and_section_totals_passes():
    report = audit_document(parse_text(REGISTER, "kib.md"))
    assert report.findings == []
    assert report.performed > 10


def test_levels_follow_code_depth_not_the_no_column():
    table = parse_text(REGISTER, "kib.md").tables[0]
    by_label = {r.cells[2].text: r for r in table.rows}
    assert by_label["Alat Besar Darat"].level > by_label["Alat Besar"].level \
        > by_label["Peralatan"].level
    assert by_label["Jalan"].level > by_label["JALAN DAN JEMBATAN"].level \
        > by_label["Jalan dan Jaringan"].level


def test_amounts_grouped_in_thousands_are_not_codes():
    table = parse_text(REGISTER.replace("| 1.3.1 |", "| 70.326.240 |"), "kib.md").tables[0]
    assert table.rows[1].level != table.rows[2].level  # still nested by the other codes


@settings(max_examples=30, deadline=None)
@given(st.sampled_from([line for line in REGISTER.splitlines()
                        if line.startswith("| ") and "|  |" not in line[:6]
                        and any(ch.isdigit() for ch in line.split("|")[4])]),
       st.integers(1, 9))
def test_one_changed_count_in_any_row_breaks_the_arithmetic_around_it(row, delta):
    cells = row.split("|")
    count = int(cells[4].strip())
    cells[4] = f" {count + delta} "
    seeded = REGISTER.replace(row, "|".join(cells))
    report = audit_document(parse_text(seeded, "kib.md"))
    line = REGISTER.splitlines().index(row) + 1
    found = [f for f in report.findings if f.rule == "footing"]
    assert found, "a changed count must break its group or total"
    # the break is reported at the changed row or at a row that adds it up
    assert any(f.line == line or line in f.related_lines for f in found)


# A ministry's DIPA: program 063.01.WA over kegiatan 3161 over its outputs 3161.EBA.994; a
# row without a code below an output details it.
KL_BUDGET = """\
Tabel 3.8 Pagu dan Realisasi per Rincian Output

| Kode | Program/Kegiatan/RO | Pagu | Realisasi |
|---|---|---|---|
| 063.01.WA | Program Dukungan Manajemen | 1.500.000 | 1.400.000 |
| 3161 | Dukungan Manajemen Balai | 1.500.000 | 1.400.000 |
| 3161.EBA.994 | Layanan Perkantoran | 1.000.000 | 950.000 |
|  | - 51 Belanja Pegawai | 700.000 | 680.000 |
|  | - 52 Belanja Barang | 300.000 | 270.000 |
| 3161.EBB.951 | Layanan Sarana Internal | 500.000 | 450.000 |
| 063.01.DL | Program Pengawasan | 800.000 | 700.000 |
| 6437 | Pengawasan di Wilayah Kerja | 800.000 | 700.000 |
| 6437.QAA.001 | Sampel yang Diuji | 800.000 | {sampel} |
| Jumlah | | 2.300.000 | 2.100.000 |
"""


def test_a_ministry_budget_by_program_kegiatan_and_output_foots_by_its_codes():
    report = audit_document(parse_text(KL_BUDGET.format(sampel="700.000"), "x.md"))
    assert [f for f in report.findings if f.severity.label in ("critical", "major")] == []


def test_a_ministry_output_that_breaks_its_kegiatan_is_the_one_finding():
    # kegiatan 6437 (line 12) no longer adds up its one output; the program and the Jumlah,
    # which add programs only, are untouched
    report = audit_document(parse_text(KL_BUDGET.format(sampel="710.000"), "x.md"))
    assert {(f.rule, f.line) for f in report.findings} == {("footing", 12)}


def test_a_ministry_program_coded_by_section_and_program_alone_heads_its_kegiatan():
    # "033.FC" (budget section and program, without the unit) over kegiatan 2409 and 2410
    text = """\
Tabel 3.9 Pagu dan Realisasi per KRO

| Kode | Program/Kegiatan/KRO | Pagu | Realisasi |
|---|---|---|---|
| 033.FC | Program Infrastruktur Konektivitas | 1.300.000 | 1.250.000 |
| 2409 | Preservasi Jalan Nasional | 1.000.000 | 960.000 |
| 2409.RBS.001 | Preservasi Rutin Jalan | 1.000.000 | 960.000 |
| 2410 | Pembangunan Jalan Nasional | 300.000 | 290.000 |
| 2410.RBS.001 | Pembangunan Jalan Baru | 300.000 | {baru} |
| 033.WA | Program Dukungan Manajemen | 200.000 | 190.000 |
| 2406 | Dukungan Manajemen | 200.000 | 190.000 |
| 2406.EBA.994 | Layanan Perkantoran | 200.000 | 190.000 |
| Jumlah | | 1.500.000 | 1.440.000 |
"""
    report = audit_document(parse_text(text.format(baru="290.000"), "x.md"))
    assert [f for f in report.findings if f.severity.label in ("critical", "major")] == []
    report = audit_document(parse_text(text.format(baru="295.000"), "x.md"))
    assert {(f.rule, f.line) for f in report.findings} == {("footing", 8)}


# A budget table pasted from a PDF viewer after a page break: its program rows went with the
# page before, the piece starts at a sub kegiatan (code ending in four digits, in the label)
CONTINUED = """
Tabel 3.10 (lanjutan)

| Program / Kegiatan / Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) |
|---|---|---|
| 1.02.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN | 18.650.000.000 | 18.512.437.210 |
| 1.02.01.2.10 Peningkatan Pelayanan BLUD | 23.500.000.000 | 24.517.286.450 |
| 1.02.01.2.10.0001 Pelayanan dan Penunjang Pelayanan BLUD | 23.500.000.000 | 24.517.286.450 |
| 1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN | 4.900.000.000 | 4.783.117.500 |
| 1.02.02.2.01 Penyediaan Fasilitas Pelayanan Kesehatan | 4.450.000.000 | 4.384.352.500 |
| 1.02.02.2.01.0014 Pengadaan Alat Kesehatan | 3.250.000.000 | 2.987.540.000 |
| 1.02.02.2.01.0020 Pemeliharaan Sarana Rumah Sakit | {pemeliharaan} | 1.396.812.500 |
| 1.02.02.2.03 Penyelenggaraan Sistem Informasi Kesehatan | 450.000.000 | 398.765.000 |
| 1.02.02.2.03.0002 Pengelolaan Sistem Informasi Kesehatan | 450.000.000 | 398.765.000 |
"""


def test_sub_kegiatan_codes_in_labels_nest_by_their_program_even_in_a_continued_piece(read):
    doc = read(CONTINUED.format(pemeliharaan="1.200.000.000"))
    [table] = doc.tables
    levels = {r.label.split()[0]: r.level for r in table.rows}
    # a kegiatan after the piece's first sub kegiatan is no detail of it
    assert levels["1.02.01.2.10"] < levels["1.02.01.2.02.0001"]
    assert levels["1.02.02.2.01"] < levels["1.02.02.2.01.0014"]
    assert audit_document(doc).findings == []
    broken = audit_document(read(CONTINUED.format(pemeliharaan="1.020.000.000"))).findings
    # the kegiatan over the changed sub kegiatan no longer foots
    assert [(f.rule, f.stated, f.expected) for f in broken if f.rule == "footing"] == [
        ("footing", "4.450.000.000", "4.270.000.000")]
