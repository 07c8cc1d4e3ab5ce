from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from num2words import num2words

from audit.prose import (
    is_number_phrase,
    list_marker,
    normalise_words,
    noun_kind,
    parse_number_words,
    words_for,
)


@given(st.integers(min_value=0, max_value=10**13))
@settings(max_examples=500)
def test_num2words_reads_back(n):
    assert parse_number_words(num2words(n, lang="id")) == n


@pytest.mark.parametrize("text, value", [
    ("dua puluh enam", 26),
    ("Dua Puluh Enam", 26),
    ("seratus sebelas", 111),
    ("se ratus", 100),
    ("se-ribu dua-ratus", 1200),
    ("sebelas ribu", 11000),
    ("sejuta", 1_000_000),
    ("Tiga Milyar Empat Ratus Juta Rupiah", 3_400_000_000),
    ("tiga miliar empat ratus juta", 3_400_000_000),
    ("satu  triliun", 10**12),
    ("dua koma lima", Decimal("2.5")),
    ("nol koma nol lima", Decimal("0.05")),
])
def test_variants_parse(text, value):
    assert parse_number_words(text) == value


@pytest.mark.parametrize("text", [
    "dua tiga", "puluh", "dua puluh seratus", "lima belas puluh", "satu juta juta",
    "dua ribu satu juta", "sepuluh dua", "lima orang", "", "kelima",
])
def test_malformed_phrases_are_none(text):
    assert parse_number_words(text) is None


def test_number_phrase_needs_only_number_words():
    assert is_number_phrase("dua puluh enam")
    assert is_number_phrase("lima ratus ribu rupiah")
    assert not is_number_phrase("unit")
    assert not is_number_phrase("Kalimantan")
    assert not is_number_phrase("limapuluh")


def test_words_for_and_normalise():
    assert words_for(26) == "dua puluh enam"
    assert normalise_words("Dua-Puluh  Milyar") == "dua puluh miliar"


def test_noun_kinds():
    assert noun_kind("IKU") == noun_kind("Indikator Kinerja") == "indikator"
    assert noun_kind("Sub Kegiatan") == "subkegiatan"
    assert noun_kind("kegiatan") == "kegiatan"
    assert noun_kind("orang") is None


def test_list_markers():
    assert list_marker("1. Persentase lulusan")[:2] == ("n.", 1)
    assert list_marker("2) **Sasaran Program 2**")[:2] == ("n)", 2)
    assert list_marker("- 3) Kegiatan X")[:2] == ("n)", 3)
    assert list_marker("b. Program Y")[:2] == ("a.", 2)
    assert list_marker("• Pelatihan")[0] == "bullet"
    assert list_marker("Paragraf biasa.") is None
    assert list_marker("1.500 orang hadir") is None


def test_a_ratio_of_two_percentages_in_the_sentence_is_worked_out(read):
    from audit.prose import worked_out
    doc = read("""
        Seksi Perdata menyelesaikan 17 perkara atau 85,00%, sama dengan target perubahan
        85,00%; terhadap target awal 80,00% capaiannya bahkan 106,25%.
    """)
    [sentence] = [s for s in doc.sentences if "106,25" in s.text]
    [capaian] = [f.figure for f in sentence.figures if f.figure.text.startswith("106,25")]
    assert worked_out(capaian, sentence)
    slipped = read(doc.lines[0] + " " + doc.lines[1].replace("106,25", "106,52"))
    [sentence] = [s for s in slipped.sentences if "106,52" in s.text]
    [capaian] = [f.figure for f in sentence.figures if f.figure.text.startswith("106,52")]
    assert not worked_out(capaian, sentence)
