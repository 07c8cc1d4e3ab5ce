"""Chapters of a consolidated report (issue 13): same-named indicators of two units are two
quantities; a report of one unit is one scope."""

from __future__ import annotations

from audit.chapters import chapter_of, chapter_starts
from audit.engine import audit_document

UNIT = """
{name}

Tabel {n}.1 Capaian Kinerja {name_title}

| No | Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase layanan tepat waktu | 90,00 | {real} | {cap} |
| 2 | Indeks kepuasan masyarakat | 80,00 | 82,00 | 102,50 |

Tabel {n}.2 Ringkasan Capaian {name_title}

| No | Indikator | Realisasi |
|---|---|---|
| 1 | Persentase layanan tepat waktu | {real} |
"""


def _report(*units: tuple[str, str, str]) -> str:
    head = "LAPORAN KINERJA KONSOLIDASI PROVINSI TAHUN 2025\n\nKATA PENGANTAR\n\nRingkasan.\n"
    return head + "".join(UNIT.format(name=name, name_title=name.title(), n=i + 1,
                                      real=real, cap=cap)
                          for i, (name, real, cap) in enumerate(units))


UNITS = [("DINAS PENDIDIKAN", "85,50", "95,00"), ("DINAS KESEHATAN", "92,70", "103,00"),
         ("BADAN KEPEGAWAIAN DAERAH", "81,00", "90,00")]


def test_units_with_their_own_tables_are_chapters(read):
    doc = read(_report(*UNITS))
    starts = chapter_starts(doc)
    assert [doc.lines[n - 1] for n in starts] == [u[0] for u in UNITS]
    assert chapter_of(starts, 1) == 0 and chapter_of(starts, starts[2] + 3) == 3


def test_same_named_indicators_of_two_units_are_not_one_quantity(read):
    assert audit_document(read(_report(*UNITS))).findings == []
    broken = [UNITS[0], ("DINAS KESEHATAN", "92,70", "103,00"), UNITS[2]]
    text = _report(*broken)
    # within a chapter the tie-out still holds: the second unit's summary misprints 92,70
    text = text.replace("| 1 | Persentase layanan tepat waktu | 92,70 |\n",
                        "| 1 | Persentase layanan tepat waktu | 92,07 |\n")
    found = audit_document(read(text)).findings
    assert [(f.rule, f.stated) for f in found] == [("cross_table", "92,07")]


def test_a_report_of_one_unit_has_no_chapters(read):
    text = "DINAS PANGAN KABUPATEN SUKAMAJU\n\nBAB I PENDAHULUAN\n\nUPT BALAI BENIH\n\nTeks.\n"
    assert chapter_starts(read(text)) == []


# Units whose names the auditor has no word for, as chapters of a regional office's report:
# the chapters show in the structure (the same sub-sections, the same indicators)
STRUCTURED = """
# BAB {roman} AKUNTABILITAS KINERJA {name}

## A. Gambaran Umum

{name_title} melayani warga binaan.

## B. Capaian Kinerja

Tabel {n}.1 Capaian Kinerja {name_title}

| No | Indikator | Target | Realisasi | Capaian (%) |
|---|---|---|---|---|
| 1 | Persentase narapidana yang mengikuti pembinaan | 90,00 | {real} | {cap} |
| 2 | Persentase layanan kunjungan tepat waktu | 95,00 | 95,00 | 100,00 |

## C. Realisasi Anggaran

Realisasi anggaran mencapai 97,00 persen.
"""


def _structured(*units: tuple[str, str, str], own_subs: bool = False) -> str:
    head = ("# LAPORAN KINERJA KANTOR WILAYAH TAHUN 2025\n\n# BAB I PENDAHULUAN\n\n"
            "Pendahuluan.\n")
    romans = ["II", "III", "IV", "V"]
    text = head + "".join(STRUCTURED.format(roman=romans[i], name=name, name_title=name.title(),
                                            real=real, cap=cap, n=i + 2)
                          for i, (name, real, cap) in enumerate(units))
    if own_subs:  # one unit's sections per indicator: each its own indicator
        for name, _, _ in units:
            text = text.replace("pembinaan | 90,00", f"pembinaan {name.lower()} | 90,00", 1)
            text = text.replace("kunjungan tepat waktu | 95", f"kunjungan {name.lower()} | 95",
                                1)
    return text


WARDS = [("LAPAS KELAS IIA SUKAMAJU", "85,50", "95,00"), ("RUTAN KELAS IIB TANJUNG", "92,70",
                                                          "103,00"),
         ("LAPAS KELAS III BARU", "81,00", "90,00")]


def test_chapters_shown_by_repeated_sections_and_indicators(read):
    doc = read(_structured(*WARDS))
    starts = chapter_starts(doc)
    assert [doc.lines[n - 1] for n in starts] == [
        f"# BAB {r} AKUNTABILITAS KINERJA {name}" for r, (name, _, _) in zip(
            ["II", "III", "IV"], WARDS, strict=True)]
    # the units' same-named indicators are three quantities
    assert audit_document(doc).findings == []


def test_a_consolidated_value_under_the_units_name_is_none_of_theirs(read):
    # the office's own table before the units' chapters gives the consolidated value of the
    # indicator the units share: it ties to no unit's
    recap = ("\nTabel 1.1 Capaian Konsolidasi\n\n| No | Indikator | Target | Realisasi |\n"
             "|---|---|---|---|\n| 1 | Persentase narapidana yang mengikuti pembinaan | "
             "90,00 | 86,40 |\n")
    text = _structured(*WARDS).replace("Pendahuluan.\n", "Pendahuluan.\n" + recap)
    assert audit_document(read(text)).findings == []


def test_sections_repeating_titles_but_not_indicators_are_no_chapters(read):
    assert chapter_starts(read(_structured(*WARDS, own_subs=True))) == []
