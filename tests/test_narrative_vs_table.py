from __future__ import annotations

from audit.checks import narrative_vs_table
from audit.findings import Severity

TABLES = """
    Tabel 3.1 Capaian Kinerja
    | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah peserta pelatihan berbasis kompetensi | 2.618 | 2.709 | 103,48% |
    | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 | 100% |

    Penjelasan capaian.

    Tabel 3.5 Ringkasan Capaian
    | Indikator Kinerja | Target | Realisasi | Capaian |
    |---|---|---|---|
    | Jumlah peserta pelatihan berbasis kompetensi | 2.618 | 2.709 | 103,48% |
    | Jumlah lembaga pelatihan yang ditingkatkan | 4 | 4 | 100% |

    Capaian indikator Jumlah peserta pelatihan berbasis kompetensi adalah {value}.
"""


def test_prose_restating_a_table_correctly_passes(read):
    result = narrative_vs_table.check(read(TABLES.format(value="103,48%")))
    assert result.findings == []
    assert result.performed == 1


def test_prose_restating_a_table_wrongly_is_reported_with_both_locations(read):
    [finding] = narrative_vs_table.check(read(TABLES.format(value="108,43%"))).findings
    assert finding.severity is Severity.MAJOR
    assert finding.line == 15
    assert finding.expected == "103,48%"
    assert "Tabel 3.1" in finding.message and "Tabel 3.5" in finding.message
    assert "teks yang menyimpang" in finding.message


def test_an_unlinkable_claim_is_not_judged(read):
    doc = read(TABLES.replace(
        "Capaian indikator Jumlah peserta pelatihan berbasis kompetensi adalah {value}.",
        "Capaian kegiatan lain adalah 55%."))
    result = narrative_vs_table.check(doc)
    assert result.findings == [] and result.performed == 0
