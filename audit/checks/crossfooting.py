"""crossfooting: a total column (Jumlah, Total, L+P) equals the sum of its component columns
in every row.

The components are discovered from the table: the sub-columns that share the total's
group header in a two-row header (``PEGAWAI YANG ADA: JUMLAH | S2 | S1 | D3``), or a run of
adjacent numeric columns to its left (``L | P | Jumlah``) or right
(``Jumlah Lulusan | Kerja | Studi | Wirausaha``). The set that explains most rows is taken;
the rows it does not explain are reported. Counts and Rupiah are exact; decimals are compared
at printed precision.

Severity: ``critical`` for money columns, ``major`` otherwise.

Passes::

    | Unit | L | P | Jumlah |
    | Sekretariat | 6 | 4 | 10 |

Fails (122 + 135 + 25 + 0 = 282)::

    | SMK | Jumlah Lulusan | Kerja | Studi | Wirausaha | Proses |
    | SMK A | 283 | 122 | 135 | 25 | 0 |
"""

from __future__ import annotations

import re

from audit.checks.base import (
    Rule,
    cell_finding,
    column_label,
    every_table,
    is_additive_column,
    is_year_column,
    money_severity,
    row_label,
)
from audit.findings import CheckResult, Severity
from audit.model import Row, Table
from audit.precision import Verdict, expected_text, interval_sum, judge

RULE_ID = "crossfooting"
_TOTAL_HEADER = re.compile(
    r"\b(jumlah|total|jml)\b|^\s*l\s*\+\s*p\s*$|^\s*s\.?\s?d\.?\s",  # "s.d. TW III": cumulative
    re.IGNORECASE,
)


def check_table(table: Table) -> CheckResult:
    result = CheckResult()
    numeric = [c for c in table.numeric_columns()
               if is_additive_column(table, c) and not is_year_column(table, c)]
    for total in numeric:
        own = table.columns[total].split(" / ")[-1] if total < len(table.columns) else ""
        if not _TOTAL_HEADER.search(own):
            continue
        chosen = _discover(table, total, numeric)
        if chosen is None:
            continue
        for row in table.rows:
            _judge_row(table, row, total, chosen, result)
    return result



def _candidate_sets(table: Table, total: int, numeric: list[int]) -> list[list[int]]:
    sets: list[list[int]] = []
    group = table.group_of(total)
    if group is not None:
        siblings = [c for c in numeric if c != total and table.group_of(c) == group]
        if len(siblings) >= 2:
            sets.append(siblings)
    left: list[int] = []
    c = total - 1
    while c >= 0 and c in numeric:
        left.insert(0, c)
        c -= 1
    right: list[int] = []
    c = total + 1
    while c < table.width and c in numeric:
        right.append(c)
        c += 1
    sets += [left[i:] for i in range(len(left) - 1)]
    sets += [right[:i] for i in range(len(right), 1, -1)]
    return [s for s in sets if len(s) >= 2]


def _sum_verdict(row: Row, total: int, parts: list[int]) -> tuple[Verdict, object] | None:
    stated = row.figure(total)
    figures = [row.figure(c) for c in parts]
    if stated is None or stated.dash or any(f is None for f in figures):
        return None
    exact = stated.decimals == 0 and all(f.decimals == 0 for f in figures if f is not None)
    computed = interval_sum((f for f in figures if f is not None), exact_integers=exact)
    return judge(stated, computed, exact=exact), computed


def _discover(table: Table, total: int, numeric: list[int]) -> list[int] | None:
    best: tuple[int, list[int]] | None = None
    for parts in _candidate_sets(table, total, numeric):
        verdicts = [v for r in table.rows if (v := _sum_verdict(r, total, parts)) is not None]
        hits = sum(1 for v, _ in verdicts if v is Verdict.CONSISTENT)
        nonzero = [r for r in table.rows if (f := r.figure(total)) is not None and f.value != 0]
        if hits >= 2 and hits * 2 > len(verdicts) and len(nonzero) >= 2 \
                and (best is None or hits > best[0]):
            best = (hits, parts)
    return best[1] if best else None


def _judge_row(table: Table, row: Row, total: int, parts: list[int], result: CheckResult) -> None:
    outcome = _sum_verdict(row, total, parts)
    if outcome is None:
        return
    verdict, computed = outcome
    if verdict is Verdict.CONSISTENT:
        result.passed()
        return
    stated = row.figure(total)
    assert stated is not None
    rule, severity = ("rounding", Severity.MINOR) if verdict is Verdict.ROUNDING \
        else (RULE_ID, money_severity(table, total, stated))
    names = " + ".join(column_label(table, c).removeprefix("kolom ") for c in parts)
    values = " + ".join(f.text for c in parts if (f := row.figure(c)) is not None)
    expected = expected_text(stated, computed)
    message = (f"{row_label(row.label, row.line)}: {column_label(table, total)} menyatakan "
               f"{stated.text}, padahal {names} = {values} = {expected}.")
    result.failed(cell_finding(rule, severity, table, row, total, stated, computed, message,
                               [row.line]))


check = every_table(check_table)

RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Kolom Jumlah/Total/L+P sama dengan jumlah kolom komponennya pada setiap baris.",
    doc=__doc__ or "",
    run=check,
)
