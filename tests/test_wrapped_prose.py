"""Prose hard-wrapped over several lines (PDF text, soft-wrapped Markdown paragraphs) is read
as whole sentences, and a finding points at the line where its figure is printed."""

from __future__ import annotations

from audit.engine import audit_document
from audit.readers.text import parse_text

WRAPPED = """\
Jumlah pegawai Dinas pada akhir tahun 2025 tercatat sebanyak 35 (tiga puluh tiga) orang
yang tersebar pada empat bidang, dan seluruhnya telah mengikuti pelatihan teknis yang
diselenggarakan oleh Badan Kepegawaian Daerah sebanyak 12 (dua belas) kali.

- Bidang Umum: 10 orang
- Bidang Teknis: 25 orang
"""


def test_a_hard_wrapped_paragraph_is_one_sentence_that_knows_its_lines():
    doc = parse_text(WRAPPED, "x.txt")
    first = doc.sentences[0]
    assert first.text.startswith("Jumlah pegawai") and first.text.endswith("12 (dua belas) kali.")
    assert first.line == 1
    assert first.line_of(first.text.index("yang tersebar")) == 2
    assert first.line_of(first.text.index("12 (dua")) == 3


def test_bullets_are_not_joined_to_the_sentence_above():
    doc = parse_text(WRAPPED, "x.txt")
    assert [s.text for s in doc.sentences[-2:]] == ["- Bidang Umum: 10 orang",
                                                    "- Bidang Teknis: 25 orang"]


def test_a_finding_in_a_wrapped_sentence_points_at_the_figures_line():
    seeded = WRAPPED.replace("12 (dua belas)", "12 (tiga belas)")
    findings = audit_document(parse_text(seeded, "x.txt")).findings
    lines = sorted((f.rule, f.line) for f in findings)
    assert lines == [("words_vs_number", 1), ("words_vs_number", 3)]


def test_a_sentence_that_ends_at_the_line_end_is_not_joined_to_the_next():
    doc = parse_text("Capaian indikator pertama pada tahun ini adalah 95,00 persen.\n"
                     "pada tahun berikutnya target dinaikkan.\n", "x.txt")
    assert len(doc.sentences) == 2


SEVERAL = """\
Tabel 3.1 Capaian Kinerja

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Angka Kematian Ibu (AKI) | 95,00 | 88,42 | 107,44 |
| 2 | Angka Kematian Bayi (AKB) | 8,50 | 7,96 | 106,78 |

Capaian utama antara lain Angka Kematian Ibu sebesar 88,42 dari target 95,00 (capaian
107,44%), Angka Kematian Bayi sebesar 7,96 per 1.000 kelahiran hidup (capaian 106,78%).
"""


def test_a_figure_after_a_second_indicator_is_not_tied_to_the_first():
    assert audit_document(parse_text(SEVERAL, "x.md")).findings == []


def test_a_changed_figure_of_the_first_indicator_is_still_found():
    seeded = SEVERAL.replace("(capaian\n107,44%)", "(capaian\n107,14%)")
    findings = audit_document(parse_text(seeded, "x.md")).findings
    # the sentence's own arithmetic (95,00 / 88,42) or the table's 107,44 both judge it
    assert [(f.stated, f.line) for f in findings] == [("107,14%", 9)]
    assert findings[0].rule in {"narrative_vs_table", "narrative_arithmetic"}


def test_justified_prose_is_prose_and_a_name_carries_its_sentence_over_the_break():
    from audit.readers.text import parse_text

    text = (
        "      Pagu  anggaran Kecamatan  Sungai Lembayung  pada APBD murni  Tahun  2025 sebesar  Rp\n"  # noqa: E501
        "2.861.450.000,- dan bertambah menjadi  Rp 2.973.212.000,- pada APBD Perubahan.\n"
        "\n"
        "    8.079 dokumen atau 96,73%,  di  atas target 95,00%. Penyumbang  terbanyak  adalah Kelurahan\n"  # noqa: E501
        "    Lembayung dengan  1.583 dokumen, sedangkan  yang  paling  sedikit  Desa Pulau Kijang.\n"  # noqa: E501
    )
    doc = parse_text(text, "x.txt")
    assert doc.tables == []
    assert any("Kelurahan Lembayung dengan 1.583" in " ".join(s.text.split())
               for s in doc.sentences)


def test_a_bold_lead_in_ending_in_a_stop_is_a_sentence_of_its_own():
    from audit.readers.text import parse_text

    doc = parse_text("**Indikator 2: Konektivitas jaringan.** Dari 40 unit, sebanyak 37 unit "
                     "telah terhubung.\n", "x.md")
    assert [s.text for s in doc.sentences] == [
        "**Indikator 2: Konektivitas jaringan.",
        "Dari 40 unit, sebanyak 37 unit telah terhubung."]


def test_a_line_ending_on_a_conjunction_goes_on_whatever_the_next_line_starts_with():
    text = """\
Secara triwulanan, pelintas pada Triwulan I berjumlah
104.600 orang, Triwulan II 111.301 orang, Triwulan III 110.183 orang, dan
Triwulan IV 114.850 orang. Pelintas pada semester kedua (225.033 orang) lebih
banyak dibanding semester pertama.
"""
    doc = parse_text(text, "x.md")
    assert [s.text.split()[-1] for s in doc.sentences] == ["orang.", "pertama."]


def test_a_line_ending_on_an_operator_or_an_open_bracket_carries_on_its_sentence():
    doc = parse_text("Desa dengan indeks pembangunan berstatus Maju bila (0,7072 <\n"
                     "IDM ≤ 0,8155) dan berstatus Mandiri bila nilai indeksnya (IDM >\n"
                     "0,8155).\n", "laporan.md")
    assert [s.text for s in doc.sentences] == [
        "Desa dengan indeks pembangunan berstatus Maju bila (0,7072 < IDM ≤ 0,8155) dan "
        "berstatus Mandiri bila nilai indeksnya (IDM > 0,8155)."]


def test_a_word_documents_paragraphs_are_never_joined_however_long_a_line_runs():
    # a heading paragraph of 77 characters with no full stop, then the paragraph under it:
    # from a PDF's text the long line would be a hard-wrapped sentence, from Word it is not
    text = ("Sasaran Strategis 2: Terselenggaranya seleksi ASN berbasis CAT yang kredibel\n"
            "Selama Tahun 2025 diselenggarakan 6 (enam) jenis seleksi sebagaimana Tabel 3.6.\n")
    assert len(parse_text(text, "x.txt").sentences) == 1
    word = parse_text(text, "x.docx", paragraph_lines=True)
    assert [s.line for s in word.sentences] == [1, 2]
