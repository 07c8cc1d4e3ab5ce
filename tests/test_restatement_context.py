"""Prose restating tables, read in context: the plan's end target is another period, a part
printed with its share of the total is no slip of the total, counts of indicators are no
indicator's value, a long indicator name shortened in prose is still its name when the
sentence confirms it, and a figure belongs to the indicator its own clause names."""

from __future__ import annotations

from audit.engine import audit_document
from audit.readers.text import parse_text

CAPAIAN = """\
Tabel 3.1 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Indeks Kepuasan Masyarakat (IKM) atas layanan kepabeanan | 85,00 | 88,42 | 104,02 |
| 2 | Persentase sinyal kejadian penyakit potensial wabah {tail} | 90,00 | 96,00 | 106,67 |
| 3 | Ketersediaan energi per kapita | 2.400 | 2.486 | 103,58 |
| 4 | Skor Pola Pangan Harapan (PPH) konsumsi | 88,50 | 89,16 | 100,75 |

{prose}
"""


def _severe(prose: str) -> list[tuple[str, str, str]]:
    text = CAPAIAN.format(prose=prose, tail="di pintu masuk yang direspons kurang dari 24 jam")
    doc = parse_text(text, "lkj.md")
    return [(f.rule, f.stated, f.expected) for f in audit_document(doc).findings
            if f.severity.label in ("major", "critical")]


def test_the_plans_end_target_is_not_a_slip_of_the_years_target():
    # 87,00 is one digit from the year's target 85,00, but the sentence is about 2029
    assert _severe("Target akhir periode Renstra (tahun 2029) antara lain dwelling time 2,80 "
                   "hari, nilai IKM 87,00, dan penindakan 140 SBP.") == []
    assert _severe("Target IKM sebesar 87,00 dengan realisasi 88,42.") != []


def test_a_count_of_indicators_is_no_indicators_value():
    assert _severe("Dari Tabel 3.1 terlihat bahwa 2 (dua) indikator melampaui target, yaitu "
                   "ketersediaan energi per kapita dan skor PPH konsumsi, sedangkan 2 (dua) "
                   "indikator belum mencapai target.") == []


def test_a_long_name_shortened_in_prose_is_linked_when_the_sentence_confirms_it():
    sentence = ("4. sinyal kejadian yang direspons kurang dari 24 jam mencapai {r} dengan "
                "capaian 106,67%;")
    assert _severe(sentence.format(r="96,00%")) == []
    assert ("narrative_vs_table", "94,00%", "96,00") in _severe(sentence.format(r="94,00%"))


def test_a_figure_belongs_to_the_indicator_its_own_clause_names():
    assert _severe("Ketersediaan energi per kapita sebesar 2.486 kkal/kap/hari tercapai "
                   "103,58%, dan skor PPH konsumsi 89,16 tercapai 100,75%.") == []
    assert ("narrative_vs_table", "100,57%", "100,75") in _severe(
        "Ketersediaan energi per kapita sebesar 2.486 kkal/kap/hari tercapai 103,58%, dan "
        "skor PPH konsumsi 89,16 tercapai 100,57%.")


STAFF = """\
Tabel 1.2 Pegawai menurut Jabatan

| No | Jabatan | Jumlah (orang) |
|---|---|---|
| 1 | Prakirawan | 120 |
| 2 | Pengamat | 17 |
| | Jumlah | 137 |

{prose}
"""


def _staff(prose: str) -> list[tuple[str, str]]:
    doc = parse_text(STAFF.format(prose=prose), "lkj.md")
    return [(f.rule, f.stated) for f in audit_document(doc).findings
            if f.severity.label in ("major", "critical")]


def test_a_part_printed_with_its_share_of_the_total_is_no_slip_of_the_total():
    # 127 is one digit from the total 137, but 127 / 137 = 92,70%: the sentence names a part
    assert _staff("Dari sisi pendidikan, 127 orang pegawai berpendidikan S1 ke atas atau "
                  "92,70% dari seluruh pegawai.") == []
    assert _staff("Dari sisi pendidikan, 127 orang pegawai berpendidikan S1 ke atas.") != []


def test_a_count_beside_a_correct_restatement_of_the_total_is_another_quantity():
    # 127 is one digit from the total 137, but the sentence before restates 137 itself
    assert _staff("Jumlah pegawai seluruhnya 137 orang. Selain itu terdapat 127 orang "
                  "pegawai tidak tetap.") == []
    assert _staff("Selain itu terdapat 127 orang pegawai tidak tetap.") != []


def test_an_indicator_title_with_its_number_run_in_heads_the_paragraph_below():
    # "IKU 3 Ketersediaan ..." on a line of its own, the paragraph right below it: the title
    # (not the indicator titled before it) is what "indikator ini" refers to
    prose = ("IKU 1 Indeks Kepuasan Masyarakat (IKM) atas layanan kepabeanan\n"
             "Nilai IKM tahun 2025 tercatat 88,42.\n\n"
             "IKU 3 Ketersediaan energi per kapita\n"
             "Realisasi tahun ini 2.486 kkal, sehingga capaian indikator ini {}%.\n")
    assert _severe(prose.format("103,58")) == []
    assert ("narrative_vs_table", "103,85%", "103,58") in _severe(prose.format("103,85"))


def test_a_paragraph_opening_with_an_indicators_number_and_name_is_about_that_indicator():
    # "IKU 3 ... Dari data ..." opens a new subject though its sentence runs on in the line;
    # "indikator ini" below it is IKU 3 (Ketersediaan energi), not IKU 2 named above
    prose = ("IKU 2 Persentase sinyal kejadian penyakit potensial wabah yang direspons\n"
             "Realisasi indikator ini mencapai 96,00% dari target 90,00%.\n\n"
             "IKU 3 Ketersediaan energi per kapita. Dari data neraca bahan makanan,\n"
             "ketersediaan energi tahun 2025 cukup terjaga sepanjang tahun.\n"
             "Capaian indikator ini sebesar {value}.")
    assert _severe(prose.format(value="103,58%")) == []
    assert [expected for _, _, expected in _severe(prose.format(value="103,85%"))] == [
        "103,58"]


def test_what_is_left_of_a_target_is_no_target():
    # "sisa target ... sebanyak 1.016 unit": 3.000 − 1.984, not the year's target
    text = """\
Tabel 3.2 Capaian Indikator Kinerja Tahun 2025

| No | Indikator Kinerja | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Jumlah rumah tidak layak huni (RTLH) yang ditangani | 450 | 412 | 91,56 |

Rekomendasi:

- menyelesaikan sisa target penanganan RTLH Renstra sebanyak 1.016 unit melalui
  kolaborasi APBD, BSPS dan Baznas.
"""
    doc = parse_text(text, "lkj.md")
    assert [f.rule for f in audit_document(doc).findings] == []
