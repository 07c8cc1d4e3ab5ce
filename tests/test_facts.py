from __future__ import annotations

from audit.facts import (
    Entity,
    Period,
    attribute_of,
    clusters,
    name_similarity,
    name_tokens,
    period_of,
    same_entity,
    table_mentions,
)


def test_names_match_across_case_order_and_typos():
    a = name_tokens("Jumlah tenaga kerja yang meningkat produktivitasnya")
    b = name_tokens("jumlah Tenaga Kerja yang meingkat produktivitasnya.")
    assert name_similarity(a, b) == 1.0


def test_different_codes_never_match_even_with_the_same_name():
    assert not same_entity(Entity("4957.FAI", "Peningkatan Manajemen Lembaga"),
                           Entity("4958.FAI", "Peningkatan Manajemen Lembaga"))
    assert same_entity(Entity("019.10", "Badan"), Entity("19.10", "Badan X"))


def test_headers_give_attribute_and_period():
    assert attribute_of("Target Revisi 2023") == "kinerja:target"
    assert attribute_of("Penyerapan Anggaran (%) / S") == "serapan:target"
    assert attribute_of("Pagu Revisi (Rp)") == "anggaran:pagu"
    assert period_of("Target Awal", None) == Period(None, "awal")
    assert period_of("Feb-Mar", None) == Period(None, "feb-mar")
    assert period_of("Realisasi", "Tabel 3 Capaian Tahun 2023") == Period("2023", None)
    assert not Period(None, "awal").compatible(Period(None, "revisi"))
    assert not Period("2022", None).compatible(Period("2023", None))


def test_a_quantity_restated_in_two_tables_is_one_cluster(read):
    doc = read("""
        Tabel 1 Capaian
        | Indikator | Target | Realisasi |
        |---|---|---|
        | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.523 |
        | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 |

        Tabel 2 Capaian lagi
        | Indikator | Target | Realisasi |
        |---|---|---|
        | Jumlah Peserta Pelatihan Berbasis Kompetensi | 2.450 | 2.523 |
        | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 |
    """)
    groups = clusters(table_mentions(doc))
    assert len(groups) == 4
    assert all(len(g) == 2 for g in groups)


def test_a_swapped_word_names_another_indicator_but_a_shorter_form_the_same():
    def entity(name: str) -> Entity:
        return Entity(None, name)

    social = entity("Indeks kepuasan rekomendasi hasil evaluasi sosial")
    education = entity("Indeks kepuasan rekomendasi hasil evaluasi pendidikan")
    assert not same_entity(social, education)
    longer = entity("Jumlah tenaga kerja yang mendapatkan pelatihan berbasis kompetensi")
    shorter = entity("Jumlah tenaga kerja yang mendapat pelatihan berbasis kompetensi kerja")
    assert same_entity(longer, shorter)


def test_a_shorter_name_inside_a_longer_one_with_the_same_acronym_is_the_same_indicator():
    from audit.facts import Entity, same_entity

    short = Entity(None, "Angka Kematian Bayi (AKB)")
    long = Entity(None, "Angka Kematian Bayi (AKB) per 1.000 Kelahiran Hidup")
    assert same_entity(short, long)
    # without the acronym, or with another one, a longer name may be another indicator
    assert not same_entity(Entity(None, "Angka Kematian Bayi"),
                           Entity(None, "Angka Kematian Bayi per 1.000 Kelahiran Hidup Laki"))
    assert not same_entity(Entity(None, "Angka Kematian Ibu (AKI)"), long)


def test_a_label_that_is_only_an_acronym_names_the_indicator_defining_it():
    from audit.facts import Entity, same_entity

    long = Entity(None, "Tingkat Pengangguran Terbuka (TPT) *)")
    assert same_entity(Entity(None, "TPT (%)"), long)
    assert same_entity(long, Entity(None, "TPT"))
    assert not same_entity(Entity(None, "IKM (%)"), long)


def test_a_name_using_the_acronym_another_name_defines_is_the_same_indicator():
    from audit.facts import Entity, same_entity

    long = Entity(None, "Nilai Indeks Pembangunan Literasi Masyarakat (IPLM)")
    assert same_entity(Entity(None, "Nilai IPLM"), long)
    assert same_entity(long, Entity(None, "Nilai IPLM"))
    # a word the long name does not have makes it another quantity about the indicator
    assert not same_entity(Entity(None, "Target IPLM"), long)
    assert not same_entity(Entity(None, "Nilai IKM"), long)


def test_a_cumulative_quarter_is_another_period_than_the_quarter():
    from audit.facts import attribute_of, qualifier_of

    assert qualifier_of("Realisasi / s.d. TW III") == "s.d. tw iii"
    assert qualifier_of("Realisasi s.d. TW III / 2025") == "s.d. tw iii"
    assert qualifier_of("Realisasi / TW III") == "tw iii"
    # the quarter under a spanning "Realisasi" is the period; the role is the realisasi
    assert attribute_of("Realisasi / TW II") == attribute_of("Realisasi") is not None


def test_the_plans_end_target_column_is_a_quantity_of_its_own():
    from audit.facts import attribute_of

    assert attribute_of("Target Akhir Renstra 2026") == "kinerja:akhir"
    assert attribute_of("Target Kinerja / 2026 (Akhir)") == "kinerja:akhir"
    # progress towards it, or the plan's target for one year, is not the end target
    assert attribute_of("Tingkat Kemajuan thd Target Akhir (%)") is None
    assert attribute_of("Capaian terhadap Target Akhir Renstra") != "kinerja:akhir"
    assert attribute_of("Target Renstra 2025") != "kinerja:akhir"


def test_a_money_unit_under_realisasi_is_the_budgets_realisasi():
    # "Realisasi" spanning "Rp | %" in a budget table: the Rp column is money spent
    assert attribute_of("Realisasi / Rp") == "anggaran:realisasi"
    assert attribute_of("Realisasi / (Rp)") == "anggaran:realisasi"
    assert attribute_of("Realisasi / %") is None


def test_a_row_is_the_deepest_budget_line_it_prints_named_by_its_own_name(read):
    """A sub kegiatan coded to four digits (``1.03.10.2.01.0001``) beside its kegiatan
    merged down is that sub kegiatan; a kegiatan's row beside its program merged down is
    named by the kegiatan's name, not the program's."""
    doc = read("""
        | Kode | Program | Kegiatan | Pagu |
        |---|---|---|---|
        | 1.03.10.2.01 | 1.03.10 Program Jalan | Penyelenggaraan Jalan Kota | 12.450.750 |
        | 1.03.10.2.02 | | Pembangunan Jembatan Kota | 2.100.000 |

        | Kode | Kegiatan | Sub Kegiatan | Pagu |
        |---|---|---|---|
        | 1.03.10.2.01.0001 | 1.03.10.2.01 Jalan Kota | Penyusunan Rencana Jalan | 486.250 |
        | 1.03.10.2.01.0017 | | Rekonstruksi Jalan | 11.964.500 |
    """)
    entities = {m.figure.text: m.entity for m in table_mentions(doc)}
    assert entities["12.450.750"] == Entity("1.03.10.2.01", "Penyelenggaraan Jalan Kota")
    assert entities["486.250"].code == "1.03.10.2.01.0001"
    assert entities["11.964.500"].code == "1.03.10.2.01.0017"


def test_english_headers_give_the_same_roles_and_versions_as_indonesian_ones():
    assert attribute_of("Realization") == attribute_of("Realisasi")
    assert attribute_of("Achievement (%)") == attribute_of("Capaian (%)")
    assert period_of("Initial target", None).qualifier == period_of("Target Awal", None).qualifier
    assert period_of("Revised target", None).qualifier \
        == period_of("Target Perubahan", None).qualifier
