"""narrative_vs_table: a figure in prose that restates a table cell has the table's value.

Prose restates the capaian tables: "Capaian indikator Jumlah peserta pelatihan berbasis
kompetensi sebesar 103,48%". A prose figure is linked to a table quantity only when the words
before it name exactly one indicator the tables know (nearly all its words present) and hold
exactly one role word (target, realisasi, capaian); the unit must fit and the tables must
agree among themselves. A claim that cannot be linked with that confidence is not judged.

Severity: ``major``; ``minor`` when the two differ only at the last printed digit.

Passes::

    | Indikator Kinerja                            | Target | Realisasi | Capaian |
    | Jumlah peserta pelatihan berbasis kompetensi | 2.618  | 2.709     | 103,48% |

    Capaian Jumlah peserta pelatihan berbasis kompetensi sebesar 103,48%.

Fails (the table gives 103,48%)::

    Capaian Jumlah peserta pelatihan berbasis kompetensi sebesar 108,43%.
"""

from __future__ import annotations

import re

from audit.checks.base import Rule
from audit.facts import (
    agree,
    comparable_units,
    last_digit_only,
    prose_indicator_mentions,
    same_entity,
    table_mentions,
    value_classes,
)
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document

RULE_ID = "narrative_vs_table"


_CHANGE_OR_REVISION = re.compile(
    r"\b(naik|turun|diturunkan|dinaikkan|meningkat|menurun|bertambah|berkurang|selisih|"
    r"perubahan|revisi|awal|menjadi)\b",
    re.IGNORECASE,
)


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    tables = [m for m in table_mentions(doc) if m.attribute.startswith("kinerja:")]
    for claim in prose_indicator_mentions(doc, tables):
        if _CHANGE_OR_REVISION.search(doc.line_text(claim.line)):
            # "diturunkan sebesar 4 dari 52 menjadi 48", "target awal ... perubahan": the
            # figure may be a change or another period's value; too ambiguous to judge.
            continue
        cells = [m for m in tables if m.attribute == claim.attribute
                 and m.period.qualifier is None and same_entity(m.entity, claim.entity)
                 and comparable_units(m, claim)]
        if not cells:
            continue
        classes = value_classes(cells)
        if len(classes) != 1:
            continue  # the tables disagree among themselves: cross_table's business
        if any(agree(claim, m) for m in cells):
            result.passed()
            continue
        ref = min(cells, key=lambda m: abs(m.line - claim.line))
        severity = Severity.MINOR if last_digit_only(claim, ref) else Severity.MAJOR
        others = ", ".join(m.where for m in cells)
        side = (f" {len(cells)} tabel ({others}) sepakat pada {ref.figure.text}, jadi teks yang "
                "menyimpang." if len(cells) >= 2 else "")
        result.failed(Finding(
            rule=RULE_ID, severity=severity, line=claim.line, stated=claim.figure.text,
            expected=ref.figure.text,
            message=(f"Teks baris {claim.line} menyebut {claim.attribute.split(':')[1]} "
                     f"'{claim.entity.label}' {claim.figure.text}, tetapi {ref.where} memuat "
                     f"{ref.figure.text}.{side}"),
            related_lines=[m.line for m in cells], table=ref.table.caption if ref.table else None,
            anchor=f"{claim.entity.label}|{claim.attribute}",
        ))
    return result


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Angka di teks yang mengulang sel tabel (indikator, peran, periode) bernilai sama.",
    doc=__doc__ or "",
    run=check,
)
