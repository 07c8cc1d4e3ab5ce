"""The reader realigns a header that extraction left out of step with its body.

Fixtures are invented, shaped like real extraction: tab-separated lines whose trailing empty
cells are lost, a header cell that spanned two body columns printed as one, a sub-header
row printed flush left. Every rule has a case it must leave alone: a wrong alignment makes
checks compare the wrong columns, which is worse than not checking.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from audit.checks import crossfooting
from audit.model import Table
from audit.readers.text import _header_type, parse_text


def only_table(text: str) -> Table:
    doc = parse_text(text, "fixture.txt")
    assert len(doc.tables) == 1
    return doc.tables[0]


# ---------------------------------------------------------------- rule A: missing header cells

def test_unnamed_number_column_inside_the_body_gets_an_empty_title():
    # "Indikator Kinerja" spanned the IKU number and its name; the trailing "%" title's
    # empty neighbour was dropped, so every title after it named the column to its left.
    table = only_table(
        "Kode\tSasaran\tIndikator Kinerja\tTarget\tSatuan\tRealisasi\t%\t\n"
        "S1\tMeningkatnya mutu layanan\t1\tPeserta pelatihan\t200\tOrang\t150\t75%\n"
        "\t\t2\tLembaga terakreditasi\t10\tLembaga\t8\t80%\n"
        "S2\tTata kelola yang baik\t1\tNilai laporan keuangan\t80\tNilai\t60\t75%\n"
        "\t\t2\tDokumen perencanaan\t4\tDokumen\t3\t75%\n"
    )
    assert table.columns == ["Kode", "Sasaran", "", "Indikator Kinerja", "Target", "Satuan",
                             "Realisasi", "%"]
    assert [c.column for c in table.header[0]] == list(range(8))


def test_leading_number_column_without_title():
    table = only_table(
        "Kegiatan\tTarget\tRealisasi\tCapaian\n"
        "1\tPelatihan las\t16\t12\t75%\n"
        "2\tPelatihan otomotif\t32\t32\t100%\n"
        "3\tSertifikasi\t20\t15\t75%\n"
    )
    assert table.columns == ["", "Kegiatan", "Target", "Realisasi", "Capaian"]


def test_pipe_table_with_a_short_header():
    table = only_table(
        "| Kegiatan | Target | Realisasi | Capaian |\n"
        "|---|---|---|---|\n"
        "| 1 | Pelatihan las | 16 | 12 | 75% |\n"
        "| 2 | Pelatihan otomotif | 32 | 32 | 100% |\n"
    )
    assert table.columns == ["", "Kegiatan", "Target", "Realisasi", "Capaian"]


def test_label_split_in_two_under_a_two_row_header_is_realigned_and_crossfoots():
    # "Jumlah per Program" stood over the programme name and its count; the extraction put
    # the title over the name, so the count fell under the first sub-column.
    table = only_table(
        "No\tKampus\tJumlah lulusan\tJumlah per Program\tPenempatan\t\t\t\n"
        "\t\t\t\tKerja\tWirausaha\tTotal\t\n"
        "1\tKampus Utara\t120\tProgram D3\t100\t60\t30\t90\n"
        "\t\t\tProgram D1\t20\t15\t5\t20\n"
        "2\tKampus Selatan\t80\tProgram D3\t80\t50\t20\t70\n"
        "3\tKampus Timur\t60\tProgram D4\t60\t40\t10\t50\n"
    )
    assert table.columns == [
        "No", "Kampus", "Jumlah lulusan", "", "Jumlah per Program", "Penempatan / Kerja",
        "Penempatan / Wirausaha", "Penempatan / Total"]
    # Now that "Total" names its own column, crossfooting can check Kerja + Wirausaha.
    assert crossfooting.check_table(table).performed == 4


def test_header_repeated_after_a_page_break_is_still_recognised():
    doc = parse_text(
        "Tabel 3.2 Capaian Kegiatan\n"
        "Kegiatan\tTarget\tRealisasi\tCapaian\n"
        "1\tPelatihan las\t16\t12\t75%\n"
        "2\tPelatihan otomotif\t32\t32\t100%\n"
        "\n"
        "\n"
        "14\n"
        "\n"
        "Kegiatan\tTarget\tRealisasi\tCapaian\n"
        "3\tSertifikasi\t20\t15\t75%\n",
        "fixture.txt",
    )
    assert len(doc.tables) == 1
    table = doc.tables[0]
    assert [r.line for r in table.rows] == [3, 4, 10]
    assert table.columns == ["", "Kegiatan", "Target", "Realisasi", "Capaian"]


def test_header_that_agrees_with_the_body_is_not_changed():
    # The body has one more column (remarks) than the header names: nothing in the header
    # contradicts the body, so there is no evidence for moving it.
    table = only_table(
        "No\tUnit\tJumlah\n"
        "1\tSekretariat\t5\tcatatan bagian umum\n"
        "2\tBidang usaha\t7\tcatatan bidang\n"
        "3\tBidang teknis\t4\tcatatan teknis\n"
    )
    assert [c.text for c in table.header[0]] == ["No", "Unit", "Jumlah"]


def test_ambiguous_alignment_is_left_as_read():
    # Two figure titles over three figure columns: any of three placements fits the body
    # and they put "Target" over different columns. No guess.
    table = only_table(
        "Target\tRealisasi\n"
        "Pelatihan las\t10\t8\t7\n"
        "Pelatihan otomotif\t12\t9\t6\n"
        "Sertifikasi\t14\t11\t5\n"
    )
    assert [c.text for c in table.header[0]] == ["Target", "Realisasi"]


def test_column_number_row_as_wide_as_the_header_vouches_for_it():
    table = only_table(
        "Kegiatan\tTarget\tRealisasi\tCapaian\n"
        "1\t2\t3\t4\n"
        "1\tPelatihan las\t16\t12\t75%\n"
        "2\tPelatihan otomotif\t32\t32\t100%\n"
    )
    assert [c.text for c in table.header[0]] == ["Kegiatan", "Target", "Realisasi", "Capaian"]


def test_only_a_few_wider_rows_do_not_move_the_header():
    table = only_table(
        "No\tKegiatan\tTarget\tRealisasi\n"
        "1\tPelatihan las\t16\t12\n"
        "2\tPelatihan otomotif\t32\t32\n"
        "3\tSertifikasi\t20\t15\n"
        "\t4\tPelatihan listrik\t10\t9\n"
    )
    assert [c.text for c in table.header[0]] == ["No", "Kegiatan", "Target", "Realisasi"]


# ---------------------------------------------------------------- rule B: flush-left sub-header

def test_flush_left_sub_header_goes_under_its_spanning_title():
    table = only_table(
        "No\tUnit\tPegawai yang ada\t\t\n"
        "Jumlah\tS1\tD3\n"
        "1\tSekretariat\t10\t6\t4\n"
        "2\tBidang Usaha\t8\t5\t3\n"
        "3\tBidang Teknis\t7\t4\t3\n"
    )
    assert table.columns == ["No", "Unit", "Pegawai yang ada / Jumlah", "Pegawai yang ada / S1",
                             "Pegawai yang ada / D3"]


def test_flush_left_row_that_does_not_fit_the_spans_is_left_alone():
    # Four spanned slots, three sub-titles: which column lacks one is anybody's guess.
    table = only_table(
        "No\tUnit\tPegawai yang ada\t\t\t\n"
        "Jumlah\tS1\tD3\n"
        "1\tSekretariat\t10\t6\t3\t1\n"
        "2\tBidang Usaha\t8\t5\t2\t1\n"
        "3\tBidang Teknis\t7\t4\t2\t1\n"
    )
    assert [c.text for c in table.header[1]] == ["Jumlah", "S1", "D3"]


def test_flush_left_row_over_words_is_left_alone():
    # The spanned slots hold words, not figures: no evidence that these are sub-columns.
    table = only_table(
        "No\tUnit\tKeterangan\t\n"
        "Kendala\tSolusi\n"
        "1\tSekretariat\tanggaran terbatas\trevisi DIPA\n"
        "2\tBidang Usaha\tcuaca buruk\tjadwal ulang\n"
        "3\tBidang Teknis\tpeserta kurang\tsosialisasi\n"
    )
    assert [c.text for c in table.header[1]] == ["Kendala", "Solusi"]


# ---------------------------------------------------------------- header words

def test_header_words():
    assert _header_type("No.") == "no"
    assert _header_type("Capaian TW I") == "num"
    assert _header_type("Target 2023") == "num"
    assert _header_type("Indikator Kinerja Utama") == "text"
    assert _header_type("Target Indikator") == "num"  # the first word decides
    assert _header_type("Kode") == "unknown"
    assert _header_type("") == "unknown"


# ---------------------------------------------------------------- property

_LABELS = ["Pelatihan las", "Sertifikasi kompetensi", "Pemagangan luar negeri",
           "Pelatihan otomotif", "Layanan informasi", "Tata kelola keuangan"]
_TITLES = {
    "seq": ["No"],
    "text": ["Kegiatan", "Uraian", "Satuan", "Keterangan", "Nama Unit"],
    "num": ["Target", "Realisasi", "Jumlah", "Pagu", "Capaian (%)"],
}


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[str], list[list[str]]]:
    # At least one label and one figure column: a table of words only is prose to the
    # reader, and four columns at least so that the short header still reads as a header.
    kinds = draw(st.lists(st.sampled_from(["seq", "text", "num"]), min_size=2, max_size=7))
    kinds = ["text", *kinds, "num"]
    titles = [draw(st.sampled_from(_TITLES[k])) for k in kinds]
    n_rows = draw(st.integers(min_value=3, max_value=6))
    rows = []
    for r in range(n_rows):
        row = []
        for k in kinds:
            if k == "seq":
                row.append(str(r + 1))
            elif k == "text":
                row.append(draw(st.sampled_from(_LABELS)))
            else:
                # not 1900-2100: a row of years reads as a header row
                row.append(str(draw(st.integers(min_value=10, max_value=1899))))
        rows.append(row)
    return kinds, titles, rows


def _render(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join("\t".join(r) for r in [header, *rows]) + "\n"


@settings(max_examples=150, deadline=None)
@given(tables())
def test_an_aligned_header_is_never_moved(data):
    _, titles, rows = data
    table = only_table(_render(titles, rows))
    assert [c.text for c in table.header[0]] == titles


@settings(max_examples=300, deadline=None)
@given(tables(), st.data())
def test_a_realigned_header_puts_figure_titles_over_their_own_columns(data, choice):
    # Drop one header cell, as extraction does: either the reader leaves the header as read,
    # or every title that promises figures (or the running number) lands on its own column.
    kinds, titles, rows = data
    dropped = choice.draw(st.integers(min_value=0, max_value=len(titles) - 1))
    short = titles[:dropped] + titles[dropped + 1:]
    table = only_table(_render(short, rows))
    read = [c.text for c in table.header[0]]
    if read == short:
        return
    assert len(read) == len(titles)
    for column, (kind, title) in enumerate(zip(kinds, titles, strict=True)):
        if column != dropped and kind in ("num", "seq") and title in ("No", *_TITLES["num"]):
            assert read[column] == title
