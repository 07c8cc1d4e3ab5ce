"""crossfooting: a total column (Jumlah, Total, L+P) equals the sum of its component columns
in every row.

The components are discovered from the table: the sub-columns that share the total's
group header in a two-row header (``PEGAWAI YANG ADA: JUMLAH | S2 | S1 | D3``), or a run of
adjacent numeric columns to its left (``L | P | Jumlah``) or right
(``Jumlah Lulusan | Kerja | Studi | Wirausaha``). The set that explains most rows is taken;
the rows it does not explain are reported. Counts and Rupiah are exact; decimals are compared
at printed precision.

Severity: ``critical`` for money columns, ``major`` otherwise; ``minor`` for a mean row
(``Rata-rata waktu ...``) whose cumulative value lies between its periods' values, which a
weighted mean may give.

Passes::

    | Unit | L | P | Jumlah |
    | Sekretariat | 6 | 4 | 10 |

Fails (122 + 135 + 25 + 0 = 282)::

    | SMK | Jumlah Lulusan | Kerja | Studi | Wirausaha | Proses |
    | SMK A | 283 | 122 | 135 | 25 | 0 |
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from audit.checks.base import (
    Rule,
    cell_finding,
    column_label,
    every_table,
    is_additive_column,
    is_money_column,
    is_rate_row,
    is_year_column,
    money_severity,
    names_a_rate,
    row_label,
    row_unit,
    rule_for,
)
from audit.checks.footing import is_index_column
from audit.facts import YEAR_RE
from audit.figures import Figure
from audit.findings import CheckResult, Severity
from audit.model import Row, Table
from audit.precision import Verdict, expected_text, interval_sum, judge

DOC_ID = """crossfooting: kolom total (Jumlah, Total, L+P) sama dengan jumlah kolom
komponennya pada setiap baris.

Komponen ditemukan dari tabel itu sendiri: subkolom yang berbagi kepala kelompok dengan kolom
total pada kepala tabel dua baris (``PEGAWAI YANG ADA: JUMLAH | S2 | S1 | D3``), atau
rangkaian kolom angka yang bersebelahan di sebelah kirinya (``L | P | Jumlah``) atau kanannya
(``Jumlah Lulusan | Kerja | Studi | Wirausaha``). Himpunan yang menjelaskan paling banyak baris
yang digunakan; baris yang tidak dijelaskannya dilaporkan. Angka cacah dan Rupiah dibandingkan
secara eksak; angka desimal dibandingkan pada presisi sebagaimana tercetak.

Tingkat keparahan: ``critical`` untuk kolom uang, ``major`` untuk selebihnya; ``minor`` untuk
baris rata-rata (``Rata-rata waktu ...``) yang nilai kumulatifnya berada di antara nilai
periodenya, yang dapat dihasilkan rata-rata tertimbang.

Lolos::

    | Unit | L | P | Jumlah |
    | Sekretariat | 6 | 4 | 10 |

Gagal (122 + 135 + 25 + 0 = 282)::

    | SMK | Jumlah Lulusan | Kerja | Studi | Wirausaha | Proses |
    | SMK A | 283 | 122 | 135 | 25 | 0 |
"""

RULE_ID = "crossfooting"
_TOTAL_HEADER = re.compile(
    r"\b(jumlah|total|jml)\b|^\s*l\s*\+\s*p\s*$|^\s*s\.?\s?d\.?\s",  # "s.d. TW III": cumulative
    re.IGNORECASE,
)


def check_table(table: Table) -> CheckResult:
    result = CheckResult()
    # (a "No" column is no operand: 5 − 3 = 2 by the row's number is no formula)
    # (a part mostly "-", one unit in nine rows, is still a column of the sum)
    numeric = [c for c in sorted(set(table.numeric_columns()) | {
                   c for c in range(table.width) if _dashes_and_figures(table, c)})
               if is_additive_column(table, c) and not is_year_column(table, c)
               and not is_index_column(table, c)]
    handled: set[int] = set()
    for total in numeric:
        whole_year = _whole_year_of_periods(table, total, numeric)
        own = _own_name(table, total)
        if not whole_year and not _TOTAL_HEADER.search(own) and not _UP_TO_RE.search(own):
            continue
        counted = _flow_rows(table, total) if whole_year else table.rows
        # (a row of rates, one per unit, is no evidence of the sum: its total is a rate)
        chosen = _discover(table, total, numeric, [
            r for r in counted if not _rate_across(table, r, Relation(total, ()))])
        if chosen is None and (chosen := _cumulative_of_periods(table, total, numeric)):
            # declared by its title, not found from a majority of rows: only the rows that
            # count a flow are held to it
            counted = _flow_rows(table, total)
        if chosen is None:
            continue
        handled |= {total, *chosen}
        for row in counted:
            _judge_row(table, row, total, chosen, result)
    for relation in signed_relations(table, numeric, handled):
        for row in table.rows:
            _judge_signed(table, row, relation, result)
    return result


# --------------------------------------------------------------- signed relations

@dataclass(frozen=True)
class Relation:
    """``target = Σ sign × operand``: Sisa = Pagu − Realisasi, Nilai Buku = Perolehan −
    Penyusutan, Bertambah/(Berkurang) = Setelah − Sebelum, Saldo Akhir = Awal + Tambah −
    Kurang."""

    target: int
    terms: tuple[tuple[int, int], ...]  # (column, +1 or -1)
    declared: bool = False  # printed by the table itself: (6) = (3) - (4)


_DECLARED_RE = re.compile(r"^\(?(\d{1,2})\)?\s*=\s*(.+)$")
_TERM_RE = re.compile(r"([+\-])?\s*\(?(\d{1,2})\)?")


def declared_relations(table: Table) -> list[Relation]:
    """Sums and differences a column-number row declares: ``(6) = (3) - (4)``."""
    cells = table.number_row or []
    numbers: dict[int, int] = {}
    for column, text in enumerate(cells):
        m = re.match(r"^\(?(\d{1,2})\)?", text.strip())
        if m:
            numbers[int(m.group(1))] = column
    out = []
    for column, text in enumerate(cells):
        # word processors print the minus as an en or em dash: (8) = (5) – (6)
        m = _DECLARED_RE.match(re.sub(r"[–—−]", "-", text.strip().replace(" ", "")))
        if not m or re.search(r"[x×*/:]", m.group(2)):
            continue  # a ratio is the ratio check's; here only sums and differences
        terms = []
        for sign, number in _TERM_RE.findall(m.group(2)):
            if int(number) not in numbers:
                break
            terms.append((numbers[int(number)], -1 if sign == "-" else 1))
        else:
            if len(terms) >= 2:
                out.append(Relation(column, tuple(terms), declared=True))
    return out


SAMPLE_ROWS = 40
# Real tables have a few dozen numeric columns at most (twelve months × a few measures);
# relations are discovered up to this width and only declared ones beyond.
MAX_DISCOVERY_COLUMNS = 80
REACH = 6  # a derived column is printed near its inputs: the six numeric columns before it


def _candidates(target: int, numeric: list[int]) -> list[Relation]:
    """Relations a derived column may follow: it is printed right of its inputs, and near
    them (which also keeps a 300-column table from costing a cube of its width)."""
    left = [c for c in numeric if c < target][-REACH:]
    out = []
    for i, a in enumerate(left):
        for b in left[i + 1:]:
            out.append(Relation(target, ((a, 1), (b, -1))))
            out.append(Relation(target, ((b, 1), (a, -1))))
            # "Sisa Akhir 2022 | Diterima 2023 | Beban Perkara": a sum under no total's title
            out.append(Relation(target, ((a, 1), (b, 1))))
    if len(left) >= 3:
        for i, a in enumerate(left):
            for j, b in enumerate(left[i + 1:], start=i + 1):
                for c in left[j + 1:]:
                    out.append(Relation(target, ((a, 1), (b, 1), (c, -1))))
    return out


_TOTAL_COLUMN_RE = re.compile(r"^\s*(jumlah|total|jml\.?)\b", re.IGNORECASE)


def _group_relations(table: Table, numeric: list[int]) -> list[Relation]:
    """``Jumlah Satuan | Status Akreditasi / A | B | C | Belum``: a total column beside a
    group of columns under one spanning header is the sum of that group."""
    names = table.columns
    groups: dict[str, list[int]] = {}
    # (``numeric`` holds the parts mostly "-" too: see check_table)
    for c in numeric:
        name = names[c] if c < len(names) else ""
        if " / " in name:
            groups.setdefault(name.rsplit(" / ", 1)[0], []).append(c)
    out = []
    for target in numeric:
        name = names[target] if target < len(names) else ""
        if " / " in name or not _TOTAL_COLUMN_RE.match(name):
            continue
        for members in groups.values():
            adjacent = members[0] == target + 1 or members[-1] == target - 1
            contiguous = members == list(range(members[0], members[-1] + 1))
            if len(members) >= 2 and adjacent and contiguous:
                out.append(Relation(target, tuple((c, 1) for c in members)))
    return out


def _dashes_and_figures(table: Table, column: int) -> bool:
    """Every filled body cell of the column is a figure or a dash, one at least a figure."""
    cells = [c for r in table.rows if r.kind == "data" and (c := r.cell(column)) is not None
             and c.text.strip()]
    return any(c.figure is not None and not c.figure.dash for c in cells) \
        and all(c.figure is not None for c in cells)


def _signed_verdict(row: Row, relation: Relation,
                    dash_is_zero: bool = False) -> tuple[Verdict, object] | None:
    stated = row.figure(relation.target)
    figures = [(row.figure(c), sign) for c, sign in relation.terms]
    if stated is not None and stated.dash and dash_is_zero:
        stated = Figure(Decimal(0), 0, stated.unit, stated.text, True)
    if stated is None or stated.dash and not dash_is_zero or any(f is None for f, _ in figures):
        return None
    signed = [f if sign > 0 else Figure(-f.value, f.decimals, f.unit, f.text, f.dash)
              for f, sign in figures if f is not None]
    exact = stated.decimals == 0 and all(f.decimals == 0 for f in signed)
    computed = interval_sum(signed, exact_integers=exact)
    return judge(stated, computed, exact=exact), computed


def signed_relations(table: Table, numeric: list[int], handled: set[int]) -> list[Relation]:
    """The difference relations a table follows: those its number row declares, and those
    that explain a clear majority of its rows (at least three, with the subtracted column
    not all zero, so that ``Sisa = Pagu − 0`` is no evidence)."""
    chosen: list[Relation] = [r for r in declared_relations(table) if r.target not in handled]
    used = set(handled) | {r.target for r in chosen}
    # A long table is tried on an even sample of its rows first, so that discovery costs the
    # candidates times the sample, plus the rows for the few candidates that survive.
    for relation in _group_relations(table, numeric):
        if relation.target in used:
            continue
        # The header declares it (a "Jumlah" column beside a spanned group): two rows of
        # three that agree are enough, as in a two-row table with its total.
        verdicts = [v for r in table.rows if (v := _signed_verdict(r, relation)) is not None]
        hits = sum(1 for v, _ in verdicts if v is Verdict.CONSISTENT)
        if hits >= 2 and hits * 10 >= 6 * len(verdicts):
            chosen.append(relation)
            used.add(relation.target)
    if len(numeric) > MAX_DISCOVERY_COLUMNS:
        return chosen  # a run of numbers split into cells, not a table of quantities
    step = len(table.rows) // SAMPLE_ROWS
    sample = table.rows[::step][:SAMPLE_ROWS] if step > 1 else None
    for target in numeric:
        if target in used:
            continue
        best: tuple[int, Relation] | None = None
        for relation in _candidates(target, numeric):
            if all(sign > 0 for _, sign in relation.terms) \
                    and _finer_than_parts(table, relation):
                continue  # "Titik Panas | Kejadian | Luas (ha)": 2 + 1 is no 3,20
            if {c for c, _ in relation.terms} <= handled or _done_from_target(table, relation) \
                    or _one_series(table, [relation.target, *(c for c, _ in relation.terms)]):
                continue
            if sample is not None and sum(
                    1 for r in sample if (v := _signed_verdict(r, relation)) is not None
                    and v[0] is Verdict.CONSISTENT) < 3:
                continue  # not even three rows of an even sample: no majority to find
            verdicts = [(r, v) for r in table.rows
                        if (v := _signed_verdict(r, relation)) is not None]
            hits = [r for r, (v, _) in verdicts if v is Verdict.CONSISTENT]
            moving = [r for r in hits if _telling(r, relation)]
            if len(hits) >= 3 and len(moving) >= 2 and len(hits) * 10 >= 6 * len(verdicts) \
                    and (best is None or len(hits) > best[0]):
                best = (len(hits), relation)
        if best is not None:
            chosen.append(_completed(table, best, numeric))
            used.add(target)
    return chosen


def _finer_than_parts(table: Table, relation: Relation) -> bool:
    """The target prints more decimals than any of its operands: a sum of whole counts is
    a whole count, never ``3,20``."""
    def decimals(column: int) -> int:
        return max((f.decimals for r in table.rows if (f := r.figure(column)) is not None
                    and not f.dash), default=0)

    return decimals(relation.target) > max(decimals(c) for c, _ in relation.terms)


def _one_series(table: Table, columns: list[int]) -> bool:
    """The columns are one quantity in different years (``2023 | 2024 | 2025``, ``Realisasi
    2024 | Realisasi 2025``): a year's value is never another's difference, however often a
    falling count makes it look so (2 − 1 = 1, 3 − 2 = 1)."""
    names = [_own_name(table, c) for c in columns]
    # ("TW I Target | TW II Target | TW III Target" beside "Target 2024": one target over
    # the quarters and the year, whose even steps make any a + b − c look like a rule)
    full = [table.columns[c] if c < len(table.columns) else "" for c in columns]
    bare = {" ".join(_PERIOD_WORDS_RE.sub(" ", n).split()).strip(" ()/-").lower() for n in full}
    if len(bare) == 1 and bare != {""} and all(_PERIOD_TOKEN_RE.search(n) for n in full):
        return True
    years = [YEAR_RE.findall(n) for n in names]
    if any(len(y) != 1 for y in years) or len({y[0] for y in years}) != len(columns):
        return False
    return len({YEAR_RE.sub("", n).strip().lower() for n in names}) == 1


# a period in a column title: a year, a quarter or semester, and what qualifies the year's
# figure ("(PK Perubahan)")
_PERIOD_TOKEN_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:tw|triwulan|trw|semester|smt)\s*\.?\s*"
                              r"(?:iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_PERIOD_WORDS_RE = re.compile(rf"{_PERIOD_TOKEN_RE.pattern}|\([^)]*\)", re.IGNORECASE)


def _completed(table: Table, best: tuple[int, Relation], numeric: list[int]) -> Relation:
    """The relation with one more column, when that explains the rows it missed (all but
    one in five, which may be a real break):
    ``Dalam Proses = Permohonan − Diterbitkan`` holds wherever nothing was returned, and
    ``− Dikembalikan`` completes it on every row. Judging the shorter one would blame
    the rows where the missing column is not zero."""
    def hits_of(candidate: Relation) -> tuple[int, int]:
        # "-" where the result is nothing (212 − 205 − 7 = -) is a row the longer relation
        # explains and the shorter one does not
        verdicts = [v for r in table.rows
                    if (v := _signed_verdict(r, candidate, dash_is_zero=True)) is not None]
        return sum(1 for v, _ in verdicts if v is Verdict.CONSISTENT), len(verdicts)

    relation = best[1]
    hits, _ = hits_of(relation)
    in_use = {relation.target, *(c for c, _ in relation.terms)}
    for extra in (c for c in numeric if c not in in_use):
        for sign in (1, -1):
            longer = Relation(relation.target, (*relation.terms, (extra, sign)))
            more, rows = hits_of(longer)
            if more > hits and more * 10 >= 8 * rows:
                hits, relation = more, longer
    return relation


def _rate_of_the_total(row: Row, relation: Relation, stated: Figure) -> bool:
    """``Persentase tidak mengajukan upaya hukum | 82,39 | 90,99 | 88,89``: a rate row whose
    total lies between its parts is the rate of the totals (a weighted mean), which no sum of
    two or more positive parts can be."""
    parts = [f.value for c, _ in relation.terms if (f := row.figure(c)) is not None]
    # (a "Rata-rata" row's s.d. column is its mean, which the verdict above already judged)
    return len(parts) >= 2 and names_a_rate(row.label) and not row.is_average \
        and min(parts) <= stated.value <= max(parts)


def _rate_across(table: Table, row: Row, relation: Relation) -> bool:
    """``% Realisasi | 96,06 | 94,80 | 93,34 | 95,08`` under ``Setjen | Ditjen A | ... |
    Total``: a row of rates, one per unit, whose total column is the rate of the totals,
    not their sum. (Shares that make up a whole, ``Persentase | 45,00 | 55,00 | 100,00``,
    do add up; a mean over quarters is judged as a mean, see :func:`_a_weighted_mean`.)"""
    stated = row.figure(relation.target)
    if not ((names_a_rate(row.label) or "%" in row.label) and stated is not None
            and abs(stated.value - 100) > Decimal("0.05")
            and not _PERIOD_RE.search(_own_name(table, relation.target))):
        return False
    # (a rate of the totals lies between the units' rates; a total outside them is neither
    # that nor a sum, and is judged as the sum it then must be)
    parts = [f.value for c, _ in relation.terms if (f := row.figure(c)) is not None]
    return not parts or min(parts) <= stated.value <= max(parts)


def _telling(row: Row, relation: Relation) -> bool:
    """A row that shows the relation: every operand non-zero, all different from each other
    and from the result. ``Realisasi Orang = Target Paket + Target Orang − Realisasi Paket``
    holds on every row where the paket columns are equal; such rows tell nothing."""
    values = [f.value for c in (relation.target, *(c for c, _ in relation.terms))
              if (f := row.figure(c)) is not None]
    if len(values) != len(relation.terms) + 1 or any(v == 0 for v in values[1:]):
        return False
    return len(set(values)) == len(values)


def _judge_signed(table: Table, row: Row, relation: Relation, result: CheckResult) -> None:
    # (in a table of amounts, a "% Realisasi" row under "Pagu" and "Realisasi" is no amount)
    if all(sign > 0 for _, sign in relation.terms) and (not is_money_column(
            table, relation.target) and is_rate_row(table, row)
            or _rate_across(table, row, relation)):
        return  # a rate's or score's quarters or years are not summed (the last or the mean)
    outcome = _signed_verdict(row, relation)
    if outcome is None:
        return
    verdict, computed = outcome
    if verdict is Verdict.CONSISTENT:
        result.passed()
        return
    stated = row.figure(relation.target)
    assert stated is not None
    if all(sign > 0 for _, sign in relation.terms) and _rate_of_the_total(row, relation, stated):
        return
    if _position(table, row, relation, stated):
        return
    rule, severity = rule_for(verdict, RULE_ID,
                              money_severity(table, relation.target, stated, row))
    weighted = _a_weighted_mean(row, relation, stated)
    if weighted:
        severity = Severity.MINOR  # a weighted mean lies anywhere between the periods'
    names, values = [], []
    for k, (c, sign) in enumerate(relation.terms):
        op = "" if k == 0 else (" + " if sign > 0 else " − ")
        names.append(op + column_label(table, c).removeprefix("kolom "))
        f = row.figure(c)
        values.append(op + (f.text if f is not None else "?"))
    how = " (rumus pada baris nomor kolom)" if relation.declared else ""
    message = (f"{row_label(row.label, row.line)}: {column_label(table, relation.target)} "
               f"menyatakan {stated.text}, padahal {''.join(names)} = {''.join(values)} = "
               f"{expected_text(stated, computed)}{how}.")
    if weighted:
        message = (f"{row_label(row.label, row.line)}: {column_label(table, relation.target)} "
                   f"menyatakan {stated.text}, yang bukan rata-rata sederhana "
                   f"({', '.join(v.lstrip(' +') for v in values)}) maupun nilai periode "
                   f"terakhir; wajar hanya bila rata-rata tertimbang (periksa bobotnya).")
    finding = cell_finding(rule, severity, table, row, relation.target, stated, computed,
                           message, [row.line], tuple(c for c, _ in relation.terms))
    finding.relation = ((relation.target, 1), *relation.terms)
    result.failed(finding)



def _a_weighted_mean(row: Row, relation: Relation, stated: Figure) -> bool:
    """A mean row (``Rata-rata waktu ...``) whose cumulative value lies between its periods'
    values: a weighted mean, which the periods alone cannot check."""
    if not row.is_average or not stated.decimals \
            or not all(sign > 0 for _, sign in relation.terms):
        return False
    parts = [f.value for c, _ in relation.terms if (f := row.figure(c)) is not None
             and not f.dash]
    return bool(parts) and min(parts) <= stated.value <= max(parts)


_CUMULATIVE_RE = re.compile(r"\bs\.?\s?d\.?\b|s/d|sampai\s+dengan|kumulatif", re.IGNORECASE)


def _position(table: Table, row: Row, relation: Relation, stated: Figure) -> bool:
    """``Kerja sama aktif (posisi akhir triwulan) | 5 | 5 | 6 | 7 | 7``: a cumulative column
    that repeats the last period's value holds a position (a stock), not a sum of flows."""
    name = table.columns[relation.target] if relation.target < len(table.columns) else ""
    if not _CUMULATIVE_RE.search(name) or not all(sign > 0 for _, sign in relation.terms):
        return False
    last = row.figure(max(c for c, _ in relation.terms))
    if last is not None and not last.dash and last.value == stated.value:
        return True
    # "Rata-rata waktu ... | 2,20 | 1,90 | 1,60 | 1,90": a cumulative column of a mean
    parts = [f for c, _ in relation.terms if (f := row.figure(c)) is not None and not f.dash]
    if len(parts) != len(relation.terms) or not stated.decimals:
        return False
    mean = sum((f.value for f in parts), Decimal(0)) / len(parts)
    return mean.quantize(Decimal(10) ** -stated.decimals, rounding=ROUND_HALF_UP) == stated.value


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
    # "PNS / L | P | Jml | PPPK / L | P | Jml | Jumlah": the subtotals to its left, or the
    # parts they add
    subtotals = [c for c in left if _TOTAL_HEADER.search(_own_name(table, c))]
    if len(subtotals) >= 2:
        sets += [subtotals, [c for c in left if c not in subtotals]]
    # a target is never added to what was done ("Target Dipelihara 2025 | Selesai TW I |
    # Selesai TW II" beside "Jumlah Embung/Bendungan")
    return [s for s in sets if len(s) >= 2
            and len({bool(_TARGET_RE.search(_own_name(table, c))) for c in s}) == 1]


_TARGET_RE = re.compile(r"\b(?:target|rencana|sasaran)\b", re.IGNORECASE)
_REMAINDER_RE = re.compile(r"\b(?:sisa|selisih|kurang|kekurangan|belum|deviasi|gap)\b|%",
                           re.IGNORECASE)


def _done_from_target(table: Table, relation: Relation) -> bool:
    """What was done is never worked out from a target (``Selesai TW II = Jumlah Embung −
    Target Dipelihara`` holds by chance); a remainder or a gap may be (``Sisa Target =
    Target − Selesai``)."""
    # (each column by its own title: a spanning title may be misplaced over a neighbour)
    name = _own_name(table, relation.target)
    return not _TARGET_RE.search(name) and not _REMAINDER_RE.search(name) and any(
        _TARGET_RE.search(_own_name(table, c)) for c, _ in relation.terms)


def _own_name(table: Table, column: int) -> str:
    """The column's own title (its last header row); a bare ``K`` / ``Rp`` under ``Target
    Renja / K`` says nothing of itself, so the whole title stands for it."""
    if column >= len(table.columns):
        return ""
    title = table.columns[column]
    own = title.split(" / ")[-1]
    return title if own.strip().lower() in _BARE_SUBTITLES else own


_BARE_SUBTITLES = frozenset({"k", "rp", "rp.", "fisik", "keuangan", "kinerja", "anggaran",
                             "volume", "%", "(%)", "vol", "sat"})


def _sum_verdict(row: Row, total: int, parts: list[int]) -> tuple[Verdict, object] | None:
    stated = row.figure(total)
    if stated is None or stated.dash:
        return None
    return _signed_verdict(row, Relation(total, tuple((c, 1) for c in parts)))


def _discover(table: Table, total: int, numeric: list[int],
              rows: list[Row] | None = None) -> list[int] | None:
    rows = table.rows if rows is None else rows
    best: tuple[int, list[int]] | None = None
    for parts in _candidate_sets(table, total, numeric):
        verdicts = [v for r in rows if (v := _sum_verdict(r, total, parts)) is not None]
        hits = sum(1 for v, _ in verdicts if v is Verdict.CONSISTENT)
        nonzero = [r for r in rows if (f := r.figure(total)) is not None and f.value != 0]
        if hits >= 2 and hits * 2 > len(verdicts) and len(nonzero) >= 2 \
                and (best is None or hits > best[0]):
            best = (hits, parts)
    return best[1] if best else None


_PERIOD_RE = re.compile(
    r"\b(?:tw|triwulan|trw|q)\s*\.?\s*(?:iv|iii|ii|i|[1-4])\b|\b(?:smt|semester)\s*\.?\s*(?:ii|i|[12])\b|"
    r"^\s*(?:jan(?:uari)?|feb(?:ruari)?|mar(?:et)?|apr(?:il)?|mei|juni?|juli?|agu(?:stus)?|agt|"
    r"sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|des(?:ember)?)\.?\s*$", re.IGNORECASE)
_WHOLE_YEAR_RE = re.compile(r"^\s*(?:(?:tahun|thn\.?)\s+)?(?:19|20)\d\d\s*$|^\s*(?:setahun|tahunan|"
                            r"satu\s+tahun)\s*$", re.IGNORECASE)


def _whole_year_of_periods(table: Table, column: int, numeric: list[int]) -> bool:
    """``TW I | TW II | TW III | TW IV | Tahun 2025``: a column titled by the year alone, right
    after two or more of the year's periods, is their total wherever a row counts a flow."""
    if not _WHOLE_YEAR_RE.match(_own_name(table, column)):
        return False
    before = [c for c in range(column - 1, -1, -1)][:2]
    return len(before) == 2 and all(c in numeric and _PERIOD_RE.search(_own_name(table, c))
                                    for c in before)


_UP_TO_RE = re.compile(r"\b(?:s\.?\s?d\.?|s/d)\s*(?:tw|triwulan)\s*\.?\s*(iv|iii|ii|i|[1-4])\b",
                       re.IGNORECASE)
_QUARTER_RE = re.compile(r"\b(?:tw|triwulan|trw|q)\s*\.?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _cumulative_of_periods(table: Table, column: int, numeric: list[int]) -> list[int] | None:
    """``TW I | TW II | TW III | TW IV | s.d. TW IV``: the title declares the column the sum
    of the quarters before it, however few rows count (the rates and the positions among
    them are left alone row by row), so no majority of rows is needed to find it."""
    m = _UP_TO_RE.search(_own_name(table, column))
    if m is None:
        return None
    last = _QUARTERS[m.group(1).lower()]
    # ("Triwulan I / K | Triwulan I / Rp | ... | s.d. Triwulan II / K": the quarter's column
    # of the same measure, K with K and Rp with Rp)
    def leaf(c: int) -> str | None:
        own = table.columns[c].split(" / ")[-1].strip().lower()
        return own if own in _BARE_SUBTITLES else None

    parts = []
    for quarter in range(1, last + 1):
        found = [c for c in numeric if c < column and not _UP_TO_RE.search(_own_name(table, c))
                 and _quarter_of(_own_name(table, c)) == quarter and leaf(c) == leaf(column)]
        if len(found) != 1:
            return None
        parts += found
    return parts


def _quarter_of(title: str) -> int | None:
    m = _QUARTER_RE.search(title)
    return _QUARTERS[m.group(1).lower()] if m else None


def _flow_rows(table: Table, column: int) -> list[Row]:
    """The rows whose periods add up to the year: whole counts that move (``Pasien masuk``),
    not a rate or a mean (``BOR (%) | 72,33``) nor a stock that stays (``Tempat tidur |
    120 | 120``) or ends where the last period ends."""
    rows = []
    for row in table.rows:
        stated = row.figure(column)
        periods_ = [f for c in range(column) if (f := row.figure(c)) is not None
                    and not f.dash and _PERIOD_RE.search(_own_name(table, c))]
        if stated is None or stated.dash or any(f.decimals for f in [stated, *periods_]) \
                or _a_rate(table, row):
            continue
        periods = [f.value for f in periods_]
        if not periods or stated.value in (periods[-1], max(periods)):
            continue
        rows.append(row)
    return rows


def _a_rate(table: Table, row: Row) -> bool:
    """The row measures a rate or a score: by the unit its unit column prints when it prints
    one (``Nilai transaksi | Rp`` is money, whatever ``Nilai`` suggests), else by its name."""
    if row_unit(table, row).strip():
        return is_rate_row(table, row)
    return names_a_rate(row.label) or "%" in row.label


def _judge_row(table: Table, row: Row, total: int, parts: list[int], result: CheckResult) -> None:
    """A total column is the sum relation with every sign positive."""
    _judge_signed(table, row, Relation(total, tuple((c, 1) for c in parts)), result)

check = every_table(check_table)

RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Kolom Jumlah/Total/L+P sama dengan jumlah kolom komponennya pada setiap baris.",
    summary_en="A Jumlah/Total/L+P column equals the sum of its component columns in every row.",
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
