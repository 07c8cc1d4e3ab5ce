from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from audit.morphology import same_root


def test_forms_of_one_root_match_across_prefixes_and_suffixes():
    assert same_root("binaan", "dibina")
    assert same_root("pembinaan", "Dibina")
    assert same_root("pelanggaran", "melanggar")
    assert same_root("pemeriksaan", "diperiksa")  # the nasal prefix drops the p
    assert same_root("kunjungan", "pengunjung")


def test_words_that_only_look_alike_do_not_match():
    assert not same_root("pegawai", "pagu")
    assert not same_root("sampel", "sampah")
    assert not same_root("tanah", "tahan")
    assert not same_root("realisasi", "target")


_ROOT = st.text(alphabet="bcdfghjklrstuwy", min_size=2, max_size=3).map(
    lambda s: "".join(c + v for c, v in zip(s, "aiuaiu", strict=False)))  # "bina", "laguta"


@given(_ROOT, st.sampled_from(["di", "ber", "ter", "pe", "per", "ke"]),
       st.sampled_from(["an", "kan", "i", ""]))
def test_a_root_with_a_prefix_and_a_suffix_is_that_root(root, prefix, suffix):
    assert same_root(prefix + root + suffix, root)
    assert same_root(prefix + root + suffix, root + "an")
