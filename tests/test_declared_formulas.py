"""What a table declares is the first evidence (issue 12): formulas in the column-number
row, cumulative rows under period rows, a table continued under a "(lanjutan)" caption."""

from __future__ import annotations

from audit.engine import audit_document

BUDGET = """
    Tabel 2.3 Realisasi Anggaran

    | No | Uraian | Pagu (Rp) | Realisasi (Rp) | Realisasi (%) | Sisa (Rp) |
    |---|---|---|---|---|---|
    | (1) | (2) | (3) | (4) | (5)=(4)/(3)x100 | (6)=(3)-(4) |
    | 1 | Program A | 97.600.000 | 91.245.000 | {rate} | 6.355.000 |
"""


def test_a_declared_ratio_judges_even_a_one_row_table_with_an_input_like_title(read):
    assert audit_document(read(BUDGET.format(rate="93,49"))).findings == []
    found = audit_document(read(BUDGET.format(rate="93,48"))).findings
    assert [(f.rule, f.stated, f.expected) for f in found] == [("rounding", "93,48", "93,49")]
    found = audit_document(read(BUDGET.format(rate="39,48"))).findings
    assert [(f.rule, f.line) for f in found] == [("ratio", 6)]


SHARES = """
    | No | Sektor | Proyek | Nilai | Share (%) |
    |---|---|---|---|---|
    | (1) | (2) | (3) | (4) | (5)=(4)/Jumlah(4)x100 |
    | 1 | Tambang | 64 | 1.842,67 | 60,00 |
    | 2 | Industri | 118 | 1.228,45 | {share} |
    | | Jumlah | 182 | 3.071,12 | 100,00 |
"""


def test_a_formula_naming_a_total_is_a_number_row_and_a_share(read):
    doc = read(SHARES.format(share="40,00"))
    assert doc.tables[0].number_row is not None
    assert len(doc.tables[0].rows) == 3  # "(3)" is no negative figure in the body
    assert audit_document(doc).findings == []
    found = audit_document(read(SHARES.format(share="44,00"))).findings
    assert [(f.rule, f.line, f.expected) for f in found] == [("ratio", 5, "40,00")]


def test_a_declaration_most_rows_contradict_is_reported_once_as_info(read):
    rows = "".join(f"| {i} | Baris {i} | {i * 10} | {i * 7} | {i * 3} |\n" for i in range(1, 6))
    text = ("| No | Uraian | A | B | C (%) |\n|---|---|---|---|---|\n"
            "| (1) | (2) | (3) | (4) | (5)=(4)/(3)x100 |\n" + rows)
    found = audit_document(read(text)).findings
    assert [(f.rule, f.severity.label) for f in found] == [("ratio", "info")]


PERIODS = """
    | Triwulan | Proyek | Nilai (Rp miliar) | IKM |
    |---|---|---|---|
    | TW I | 18 | 612,45 | 84,12 |
    | TW II | 24 | 845,30 | 85,37 |
    | TW III | 21 | 730,18 | 85,90 |
    | TW IV | 29 | 1.104,62 | 86,42 |
    | s.d. TW IV | {count} | 3.292,55 | 86,42 |
"""


def test_a_cumulative_row_under_period_rows_is_their_total(read):
    assert audit_document(read(PERIODS.format(count="92"))).findings == []
    found = audit_document(read(PERIODS.format(count="93"))).findings
    assert [(f.rule, f.line, f.expected) for f in found] == [("footing", 7, "92")]


CONTINUED = """
    Tabel 2.3 Realisasi per Program

    | No | Program | Pagu |
    |---|---|---|
    | 1 | Program A | 100 |
    | 2 | Program B | 200 |

    *(bersambung ke halaman berikutnya)*

    Laporan Kinerja 2025 | Halaman 12 dari 30

    Tabel 2.3 (lanjutan)

    | No | Program | Pagu |
    |---|---|---|
    | 3 | Program C | 300 |
    | | Jumlah | {total} |
"""


def test_a_table_continued_under_a_lanjutan_caption_is_one_table(read):
    doc = read(CONTINUED.format(total="600"))
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 4
    assert audit_document(doc).findings == []
    found = audit_document(read(CONTINUED.format(total="500"))).findings
    assert [(f.rule, f.expected) for f in found] == [("footing", "600")]
    other = CONTINUED.format(total="600").replace("Tabel 2.3 (lanjutan)", "Tabel 2.4 (lanjutan)")
    assert len(read(other).tables) == 2


def test_a_number_row_with_formulas_after_bare_numbers_is_no_body_row(read):
    # "| 1 | 2 | 3 | 4 | 5 = 4/3 x 100 |": the column numbers, some with their formula; the
    # row repeated under the header after a page break is no group row either
    text = """
        Tabel 3.9 Realisasi Anggaran

        | Kode | Kegiatan | Pagu (Rp) | Realisasi (Rp) | % |
        |---|---|---|---|---|
        | 1 | 2 | 3 | 4 | 5 = 4/3 x 100 |
        | 3.28.01 | Program Penunjang | 600 | 570 | 95,00 |
        | 3.28.01.1.01 | Perencanaan | 200 | 190 | 95,00 |
        | 3.28.01.1.02 | Keuangan | 400 | 380 | {rate} |
        | 1 | 2 | 3 | 4 | 5 = 4/3 x 100 |
        | | Jumlah | 600 | 570 | 95,00 |
    """
    doc = read(text.format(rate="95,00"))
    assert audit_document(doc).findings == []
    assert doc.tables[0].number_row is not None
    found = audit_document(read(text.format(rate="96,00"))).findings
    assert [f.rule for f in found] == ["ratio"]


def test_a_row_number_column_is_no_operand_of_a_row_formula(read):
    text = """
        Tabel 3.7 Sumur Pantau menurut Kondisi

        | No | Cekungan | Sumur Pantau | Aman | Rawan | Kritis |
        |---|---|---|---|---|---|
        | 1 | CAT Laksana | 12 | 5 | 4 | 3 |
        | 2 | CAT Arga | 8 | 4 | 2 | 2 |
        | 3 | CAT Ranu | 7 | 5 | 1 | 1 |
        | 4 | CAT Sela | 6 | 5 | 1 | - |
        | 5 | CAT Muara | 6 | 6 | - | - |
        | 6 | CAT Lembah | 5 | 4 | 1 | - |
    """
    assert [f.rule for f in audit_document(read(text)).findings
            if f.rule != "coverage"] == []


def test_a_difference_declared_with_a_typographic_dash_is_a_difference(read):
    # word processors turn "-" into an en dash: "(6) = (3) – (4)" is still pagu − realisasi
    for dash in ("–", "—", "−"):
        doc = read(BUDGET.replace("(6)=(3)-(4)", f"(6) = (3) {dash} (4)").format(rate="93,49"))
        assert audit_document(doc).findings == [], dash
        wrong = read(BUDGET.replace("(6)=(3)-(4)", f"(6) = (3) {dash} (4)")
                     .replace("6.355.000", "6.335.000").format(rate="93,49"))
        assert [(f.rule, f.expected) for f in audit_document(wrong).findings] \
            == [("crossfooting", "6.355.000")], dash


IKM = """
    Tabel 3.5 Perhitungan Indeks Kepuasan Masyarakat

    | Kode | Unsur | Jumlah Nilai | NRR (Jumlah Nilai : 412) | NRR Tertimbang |
    |---|---|---|---|---|
    | U1 | Persyaratan | 1.400 | {nrr} | 0,377 |
    | U2 | Prosedur | 1.392 | 3,38 | {tertimbang} |
    | U3 | Waktu Penyelesaian | 1.351 | 3,28 | 0,364 |
    | | **Jumlah NRR Tertimbang** | | | 1,116 |
    | | **IKM (Jumlah NRR Tertimbang × 25)** | | | {ikm} |

    Keterangan: NRR = jumlah nilai : jumlah responden; NRR tertimbang = NRR × 0,111 (bobot 1/9).
"""


def _ikm(nrr: str = "3,40", tertimbang: str = "0,375", ikm: str = "27,90") -> list:
    return audit_document(_read(IKM.format(nrr=nrr, tertimbang=tertimbang, ikm=ikm))).findings


def _read(text: str):
    import textwrap

    from audit.readers.text import parse_text
    return parse_text(textwrap.dedent(text).lstrip("\n"), "fixture.md")


def test_formulas_written_in_a_title_a_note_and_a_rows_label_are_all_followed():
    """``NRR (Jumlah Nilai : 412)`` in a column's title, ``NRR tertimbang = NRR × 0,111`` in
    the note under the table, ``IKM (Jumlah NRR Tertimbang × 25)`` in a row's label: each
    cell is worked out as its table says, at printed precision."""
    assert _ikm() == []


def test_a_cell_that_breaks_the_formula_its_title_declares_is_reported():
    [finding] = _ikm(nrr="3,04")
    assert (finding.rule, finding.line, finding.stated, finding.expected) == \
        ("ratio", 5, "3,04", "3,40")
    assert "Jumlah Nilai : 412" in finding.message


def test_a_cell_that_breaks_the_formula_its_note_declares_is_reported():
    [finding] = _ikm(tertimbang="0,357")
    assert (finding.rule, finding.line, finding.stated, finding.expected) == \
        ("ratio", 6, "0,357", "0,375")


def test_a_row_that_breaks_the_formula_its_label_declares_is_reported():
    [finding] = _ikm(ikm="29,70")
    assert (finding.rule, finding.line, finding.stated, finding.expected) == \
        ("ratio", 9, "29,70", "27,90")


def test_a_note_naming_no_column_declares_nothing():
    text = IKM.format(nrr="3,40", tertimbang="0,375", ikm="27,90").replace(
        "NRR tertimbang = NRR × 0,111", "indeks = rata-rata × 0,111")
    assert audit_document(_read(text)).findings == []
