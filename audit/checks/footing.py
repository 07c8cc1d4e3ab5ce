"""footing: a total row (Jumlah, Total, Sub Total) equals the sum of the rows it totals.

Every numeric, additive column of every total row is recomputed from its components, and
every group row that carries a subtotal (``1. BPVP ...`` over its ``•`` items, ``A JABATAN
STRUKTURAL`` over its jabatan) is recomputed from its children. A grand total is compared
with the groups (or subtotals), never with groups and their children at once.

A total whose label names the rows it adds by their numbers (``Jumlah perkara diselesaikan
(2 + 3)``, ``Total (1 s.d. 4)``) is held to those rows only.

Counts and full Rupiah amounts are exact; figures printed with decimals stand for their
rounding interval, so a sum of rounded figures is only a break beyond that interval.

When a group or total is short by exactly what one of its rows breaks of a proportion the
table keeps in every other row (``orang`` = 16 × ``paket``), that row is reported instead,
with the value that mends both.

Severity: ``critical`` for money columns (Rp, pagu, anggaran, realisasi anggaran), ``major``
otherwise; a sum of rounded decimals off only at the last digit is ``minor`` ``rounding``.

Passes::

    | No | Unit      | Orang |
    | 1  | Sukamaju  | 1.064 |
    | 2  | Wanasari  |   176 |
    | Jumlah |       | 1.240 |

Fails (1.064 + 176 = 1.240, not 1.260)::

    | Jumlah |       | 1.260 |
"""

from __future__ import annotations

import re
from decimal import Decimal

from audit.checks.base import (
    Rule,
    cell_finding,
    column_label,
    every_table,
    has_row_units,
    is_additive_column,
    is_money_column,
    money_severity,
    row_label,
)
from audit.checks.hierarchy import (
    GRAND_RE,
    children,
    top_level,
    total_candidates,
    without_repeated_run,
)
from audit.figures import Figure, format_id, is_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import Row, Table
from audit.precision import Verdict, expected_text, interval_of, interval_sum, judge

DOC_ID = """footing: baris total (Jumlah, Total, Sub Total) sama dengan jumlah baris komponennya.

Setiap kolom angka yang dapat dijumlahkan pada setiap baris total dihitung ulang dari
komponennya, dan setiap baris kelompok yang memuat subtotal (``1. BPVP ...`` atas butir-butir
``•`` di bawahnya, ``A JABATAN STRUKTURAL`` atas jabatan-jabatannya) dihitung ulang dari
rinciannya. Jumlah keseluruhan dibandingkan dengan kelompok (atau subtotal), tidak pernah
dengan kelompok beserta rinciannya sekaligus.

Baris total yang labelnya menyebut nomor baris yang dijumlahkannya (``Jumlah perkara
diselesaikan (2 + 3)``, ``Total (1 s.d. 4)``) hanya dinilai terhadap baris-baris itu.

Angka cacah dan jumlah Rupiah penuh dibandingkan secara eksak; angka yang tercetak dengan
desimal mewakili interval pembulatannya, sehingga jumlah dari angka-angka yang dibulatkan baru
merupakan ketidaksesuaian apabila melampaui interval tersebut.

Apabila baris kelompok atau total kurang tepat sebesar selisih yang ditimbulkan satu baris
komponennya terhadap perbandingan yang dijaga tabel pada semua baris lain (``orang`` = 16 ×
``paket``), baris itulah yang dilaporkan, dengan nilai yang memulihkan keduanya.

Tingkat keparahan: ``critical`` untuk kolom uang (Rp, pagu, anggaran, realisasi anggaran),
``major`` untuk selebihnya; jumlah angka desimal yang dibulatkan yang hanya meleset pada digit
terakhir adalah ``minor`` ``rounding``.

Lolos::

    | No | Unit      | Orang |
    | 1  | Sukamaju  | 1.064 |
    | 2  | Wanasari  |   176 |
    | Jumlah |       | 1.240 |

Gagal (1.064 + 176 = 1.240, bukan 1.260)::

    | Jumlah |       | 1.260 |
"""

RULE_ID = "footing"


# a budget code after the label's first words: "013.01.WA Program Dukungan Manajemen
# 6378.EBA" is a program's label run into its first output's (a layout extraction slip)
_SECOND_CODE_RE = re.compile(r"^\S+\s+\D+?\s(?:\d{3}\.\d{2}\.[A-Z]{2}|\d{4}\.[A-Z]{3}(?:\.\d{3})?|"
                             r"\d{1,2}(?:\.\d{1,4}){2,5})\b")


def _two_rows_in_one(row: Row) -> bool:
    """A group row whose label holds a second budget code: two rows read as one, whose
    figures are the second's, not the group's."""
    return bool(_SECOND_CODE_RE.match(" ".join(c.text for c in row.cells[:3]
                                               if c.figure is None and c.text.strip())))


def check_table(table: Table) -> CheckResult:
    result = CheckResult()
    if table.cut_above:
        return result  # its totals' first parts are in rows the reader could not read
    additive = [c for c in table.numeric_columns()
                if is_additive_column(table, c) and not is_index_column(table, c)]
    if has_row_units(table):
        # each row measures its own indicator (an E.81 form's K columns): only money adds up
        additive = [c for c in additive if is_money_column(table, c)]
    groups = {column: CheckResult() for column in additive}
    evidence: set[int] = set()
    memo: dict[tuple[int, tuple[int, ...]], frozenset[int]] = {}
    for index, row in enumerate(table.rows):
        if row.kind == "total" and not row.is_average and not _another_count(table, index) \
                and not _runs_along_the_row_above(table, index):
            for column in additive:
                _check_total(table, index, column, result, additive, memo)
        elif len(children(table, index)) >= (1 if table.outline_from_codes else 2) \
                and not _two_rows_in_one(row):
            for column in additive:
                outcome = groups[column]
                before = (outcome.performed, len(outcome.findings))
                _check_group(table, index, column, outcome, additive, memo)
                stated = _target(row, column)
                passed = outcome.performed - before[0] > len(outcome.findings) - before[1]
                if passed and stated is not None and stated.value != 0:
                    evidence.add(column)
    # A group row is only taken for a subtotal where the table shows it is one: another
    # group adds up, in the same column and to something other than 0 + 0. Otherwise
    # "1. Politeknik X | 362" over its programmes is that row's own figure, not a sum.
    for column, outcome in groups.items():
        if column in evidence:
            result.extend(outcome)
    result.findings = merge_row_findings(result.findings)
    return result


def _runs_along_the_row_above(table: Table, index: int) -> bool:
    """``Kumulatif s.d. Triwulan | 128 | 608 | 1.152 | 1.392`` under ``Jumlah | 128 | 480 |
    544 | 240``: the running sum of the row above from period to period, no sum of rows."""
    if index == 0 or not table.rows[index].is_cumulative:
        return False
    mine = [f.value for c in table.rows[index].cells if (f := c.figure) is not None
            and not f.dash]
    above = [f.value if not f.dash else Decimal(0) for c in table.rows[index - 1].cells
             if (f := c.figure) is not None]
    running = [sum(above[:k + 1], Decimal(0)) for k in range(len(above))]
    return len(mine) >= 2 and mine == running[:len(mine)]


_COUNTED_RE = re.compile(r"^\W*(?:jumlah|total|jml\.?)\s+(?P<noun>\w.*)$", re.IGNORECASE)


def _another_count(table: Table, index: int) -> bool:
    """``Jumlah dosen tetap | 831`` under ``Jumlah luaran | 224``: a count of something
    else than the rows above (a ratio's denominator), printed as a total row."""
    if index == 0 or table.rows[index - 1].kind != "total":
        return False
    this = _COUNTED_RE.match(table.rows[index].label or "")
    if this is None or GRAND_RE.search(this.group("noun")):
        return False  # ("Jumlah Seluruhnya" under "Jumlah Aset Lainnya": the grand total)
    # ("Jumlah ASN + PHL" under "Jumlah PHL" adds the totals it names)
    nouns = [m.group("noun") for r in table.rows[:index] if r.kind == "total"
             and (m := _COUNTED_RE.match(r.label or ""))]
    words = set(re.findall(r"\w+", this.group("noun").lower()))
    return bool(nouns) and not words & set(re.findall(r"\w+", " ".join(nouns).lower()))


def merge_row_findings(findings: list[Finding]) -> list[Finding]:
    """One finding per row and rule: a total row that breaks in three columns is one break
    to the reviewer, listing every column."""
    merged: dict[tuple[int, str], Finding] = {}
    for f in findings:
        key = (f.line, f.rule)
        if key not in merged:
            merged[key] = f
            continue
        first = merged[key]
        first.stated = f"{first.stated} / {f.stated}"
        first.expected = f"{first.expected} / {f.expected}"
        first.difference = f"{first.difference} / {f.difference}"
        first.message = f"{first.message} {f.message}"
        first.related_lines = sorted(set(first.related_lines) | set(f.related_lines))
        first.anchor = f"{first.anchor}+{f.anchor}"
        first.severity = max(first.severity, f.severity)
    return list(merged.values())


def is_index_column(table: Table, column: int) -> bool:
    """``No``, ``Kode``, ``Tahun`` columns, or a running 1, 2, 3 ... sequence: never summed."""
    name = table.columns[column].lower() if column < len(table.columns) else ""
    # the column's own title, not a title spanning it ("Tahun 2025 / Nasabah (orang)")
    leaf = name.split(" / ")[-1]
    # ("Tahun 2025" titles that year's values, not a column of years)
    if re.match(r"^(no\.?|nomor|kode|urut)\b|^(tahun|thn)\b(?!\.?\s*(?:19|20)\d\d)", leaf.strip()):
        return True
    values = [f.value for r in table.rows if r.kind != "total"
              and (f := r.figure(column)) is not None and not f.dash]
    if len(values) >= 3 and values == list(range(int(values[0]), int(values[0]) + len(values))):
        # (a total row printing the sequence's sum makes it data: PPPK 2, 3, 4, 5 and 14)
        return not any(r.kind == "total" and (f := r.figure(column)) is not None
                       and f.value == sum(values) for r in table.rows)
    return bool(values) and all(is_year(f) for r in table.rows
                                if (f := r.figure(column)) is not None and not f.dash)


def _components_readable(rows: list[Row], column: int, stated: Figure) -> bool:
    """Every component cell holds a figure (or is empty) in the total's unit."""
    for row in rows:
        cell = row.cell(column)
        if cell is None or not cell.text:
            continue
        if cell.figure is None:
            return False
        if not cell.figure.dash and cell.figure.unit != stated.unit \
                and None not in (cell.figure.unit, stated.unit):
            return False
        if cell.figure.unit and not stated.unit and not cell.figure.is_money:
            return False
    return True


def _target(row: Row, column: int) -> Figure | None:
    fig = row.figure(column)
    if fig is None or fig.dash or is_year(fig) and "tahun" in row.label.lower():
        return None
    return fig


# "Jumlah perkara diselesaikan (2 + 3)", "Total (1 s.d. 4)": the rows a total adds, by number
_DECLARED_TERMS_RE = re.compile(r"[(\[]\s*(\d{1,2}(?:\s*[-+−–]\s*\d{1,2})+|\d{1,2}\s*s\.?\s?d\.?\s*"
                                r"\d{1,2})\s*[)\]]", re.IGNORECASE)
_ROW_NUMBER_RE = re.compile(r"^\(?(\d{1,2})[.)]?$")


def declared_rows(table: Table, total: Row) -> list[Row] | None:
    """The rows a total's label names by their numbers (``(2 + 3)``, ``(1 s.d. 4)``); None
    when the label names none; [] when it names a difference or numbers no row carries (no
    sum this check can judge)."""
    m = _DECLARED_TERMS_RE.search(total.label or "")
    if m is None:
        return None
    terms = m.group(1)
    if re.search(r"[-−–]", terms):
        return []  # "Sisa (1 - 2)": a difference, not a sum
    bounds = [int(n) for n in re.findall(r"\d{1,2}", terms)]
    wanted = set(range(bounds[0], bounds[1] + 1)) if re.search(r"s\.?\s?d", terms, re.I) \
        else set(bounds)
    numbered: dict[int, Row] = {}
    for row in table.rows:
        first = next((c.text.strip() for c in row.cells if c.text.strip()), "")
        if (n := _ROW_NUMBER_RE.match(first)) and row is not total:
            numbered.setdefault(int(n.group(1)), row)
    if not wanted <= numbered.keys():
        return []
    return [numbered[n] for n in sorted(wanted)]


def _check_total(table: Table, index: int, column: int, result: CheckResult,
                 additive: list[int], memo: dict) -> None:
    total = table.rows[index]
    stated = _target(total, column)
    if stated is None:
        return
    if (named := declared_rows(table, total)) is not None:
        # the label says which rows it adds: those, and no other reading
        if len(named) >= 2:
            _judge(table, total, column, stated, [named], "total", result, False)
        return
    found = total_candidates(table, index)
    candidates = [top_level(rows, column) for rows in found
                  if _components_readable(rows, column, stated)]
    # A total over a single row equals it, when another column shows the same (1 = 1,
    # 10 = 10): then the row is certainly what the total adds up (so is the one programme
    # a DIPA's "Jumlah DIPA 01" closes).
    candidates = [c for c in candidates if len(c) >= 2
                  or len(c) == 1 and c[0].kind in ("data", "group")
                  and _foots_elsewhere(total, column, c, additive, memo)]
    # Subtotal rows that no marker sets apart ("025.01.WA Program ..." over its RO rows
    # "2145.EBA.994 ..."): where the body parts into runs each headed by a row equal to the
    # sum of the rows under it, the heads are what the total adds.
    for rows in found:
        if (heads := _subtotal_heads(rows, column)) is not None and heads not in candidates:
            candidates.insert(0, heads)
            break
    # PDF extraction sometimes prints a run of rows twice at a page turn; the sum without
    # the repeated run is a fair reading too.
    candidates += [d for c in candidates if (d := without_repeated_run(c, column)) != c]
    # "Target (APBD Perubahan)" over the months a "Jumlah" adds: the plan, no part of it
    candidates += [d for c in candidates
                   if len(d := [r for r in c if not _PLAN_ROW_RE.match(r.label)]) not in
                   (0, len(c))]
    if not candidates or _beyond_this_piece(table, index, column, stated) \
            or _a_mean_of_rates(table, candidates[0], column, stated) \
            or _a_constant_level(candidates[0], column, stated):
        return
    _judge(table, total, column, stated, candidates, "total", result,
           _foots_elsewhere(total, column, candidates[0], additive, memo))


_PLAN_ROW_RE = re.compile(r"^\W*(?:target|pagu|rencana|anggaran|sasaran)\b", re.IGNORECASE)


def _a_constant_level(rows: list[Row], column: int, stated: Figure) -> bool:
    """``Jumlah Kamar | 24 | 24 | 24 | 24`` over ``24``: the same level in every period (the
    rooms a mess has), and the total that level again, not four times it."""
    parts = [f.value for r in rows if (f := r.figure(column)) is not None and not f.dash]
    return len(parts) >= 2 and len(set(parts)) == 1 and parts[0] == stated.value \
        and len(parts) == len(rows)


def _a_mean_of_rates(table: Table, rows: list[Row], column: int, stated: Figure) -> bool:
    """``97,73 | 96,96 | 94,98 | 95,34 | 95,67`` over ``97,86`` in a column no title names:
    percentages (two decimals, none much above 100) whose total is no sum of them but the
    rate of the totals; or any decimals whose total lies between the smallest and the
    largest, which no sum of two positive parts can."""
    parts = [f for r in rows if (f := r.figure(column)) is not None and not f.dash]
    if len(parts) < 2 or stated.decimals == 0 or any(f.decimals == 0 or f.value <= 0
                                                     for f in parts):
        return False
    untitled = not re.sub(r"[\W\d]", "", table.columns[column] if column < len(table.columns)
                          else "")
    if untitled and all(f.decimals == 2 and f.value <= 150 for f in [*parts, stated]):
        return True
    return min(f.value for f in parts) <= stated.value <= max(f.value for f in parts)


def _beyond_this_piece(table: Table, index: int, column: int, stated: Figure) -> bool:
    """``Sub Total 024.05.DR | 5.430.400.000`` then ``Total | 21.604.540.000``, the table's
    one sub-total right above a larger grand total: the other groups' rows and sub-totals
    were printed in a piece of the table not joined to this one (a page break the reader
    could not bridge), so what the total adds up is not here to judge."""
    above = [r for r in table.rows[:index] if r.kind == "total"]
    if len(above) != 1 or above[0] is not table.rows[index - 1]:
        return False
    sub = above[0].figure(column)
    if sub is None or sub.dash or stated.value <= sub.value:
        return False
    parts = [f for r in table.rows[:index - 1] if r.kind == "data"
             and (f := r.figure(column)) is not None and not f.dash]
    return bool(parts) and sum(f.value for f in parts) == sub.value


_CUMULATIVE_COLUMN_RE = re.compile(r"\bkumulatif\b|\bs\.?\s?d\.?\b", re.IGNORECASE)


def _subtotal_heads(rows: list[Row], column: int) -> list[Row] | None:
    """The heads of the runs the rows part into, each head's figure the sum of the rows
    under it up to the next head; None unless every row falls into such a run, there are
    two runs at least and one of them adds two rows or more (a sum, not a copy)."""
    valued = [r for r in rows if r.figure(column) is not None]
    heads: list[Row] = []
    summed = False
    i = 0
    while i < len(valued):
        head = valued[i].figure(column)
        assert head is not None
        if head.dash or head.value <= 0:
            return None
        parts: list[Figure] = []
        end = None
        for j in range(i + 1, len(valued)):
            part = valued[j].figure(column)
            assert part is not None
            parts.append(part)
            computed = interval_sum(parts)
            if judge(head, computed) is Verdict.CONSISTENT:
                end = j
                break
            if computed.lo > head.value:
                break
        if end == i + 1 and i + 2 < len(valued):
            # "DL Program ... 16.259.500.000" over "4352 Kegiatan ... 16.259.500.000" over its
            # outputs: a program of one kegiatan heads that kegiatan's run, not a run of one
            parts = []
            for j in range(i + 2, len(valued)):
                part = valued[j].figure(column)
                assert part is not None
                parts.append(part)
                computed = interval_sum(parts)
                if judge(head, computed) is Verdict.CONSISTENT and len(parts) >= 2:
                    end = j
                    break
                if computed.lo > head.value:
                    break
        if end is None:
            return None
        # ("BELANJA MODAL 52.740.000" over "Peralatan 52.740.000" and "Gedung -": a part
        # printed as nothing still belongs to the run it ends)
        while end + 1 < len(valued) and ((nxt := valued[end + 1].figure(column)) is not None
                                         and (nxt.dash or nxt.value == 0)):
            end += 1
        summed = summed or end - i >= 2
        heads.append(valued[i])
        i = end + 1
    return heads if len(heads) >= 2 and summed else None


def _check_group(table: Table, index: int, column: int, result: CheckResult,
                 additive: list[int], memo: dict) -> None:
    group = table.rows[index]
    stated = _target(group, column)
    if stated is None:
        return
    kids = children(table, index)
    parts = top_level(kids, column)
    # a coded group with a single coded member equals it (program 1.3.6 = kegiatan 1.3.6.01)
    least = 1 if table.outline_from_codes and all(k.level is not None for k in parts) else 2
    if len(parts) < least or not _components_readable(kids, column, stated):
        return
    _judge(table, group, column, stated, [parts], "group", result,
           _foots_elsewhere(group, column, parts, additive, memo))


def _foots_elsewhere(row: Row, column: int, parts: list[Row], additive: list[int],
                     memo: dict[tuple[int, tuple[int, ...]], frozenset[int]]) -> bool:
    """The same rows add up to this row in another column (not to zero): the table itself
    confirms which rows this row totals. Asked for every column of a row with the same rows,
    so the columns that foot are found once per row and rows (``memo``, one per table: a
    table of hundreds of columns would otherwise cost columns² sums per row)."""
    key = (id(row), tuple(id(p) for p in parts))
    if key not in memo:
        found = set()
        for other in additive:
            stated = _target(row, other)
            if stated is None or stated.value == 0:
                continue
            figures = [f for r in parts if (f := r.figure(other)) is not None]
            if not figures:
                continue
            exact = stated.decimals == 0 and all(f.decimals == 0 for f in figures)
            if judge(stated, interval_sum(figures, exact_integers=exact),
                     exact=exact) is Verdict.CONSISTENT:
                found.add(other)
        memo[key] = frozenset(found)
    return any(c != column for c in memo[key])


def _judge(table: Table, row: Row, column: int, stated: Figure, candidates: list[list[Row]],
           role: str, result: CheckResult, confirmed: bool = False) -> None:
    exact = stated.decimals == 0 and all(
        f.decimals == 0 for rows in candidates for r in rows if (f := r.figure(column)))
    verdicts = []
    for rows in candidates:
        figures = [r.figure(column) for r in rows]
        computed = interval_sum((f for f in figures if f is not None), exact_integers=exact)
        verdicts.append((judge(stated, computed, exact=exact), computed, rows))
    if any(v is Verdict.CONSISTENT for v, _, _ in verdicts):
        result.passed()
        return
    verdict, computed, rows = verdicts[0]
    if (row.is_cumulative or _CUMULATIVE_COLUMN_RE.search(column_label(table, column))) \
            and _last_or_average(stated, rows, column):
        return  # a cumulative rate or index (the last period, or the mean), not a sum
    largest = max((f.value for r in rows if (f := r.figure(column)) is not None), default=0)
    whole = stated.decimals == 0 and all(
        f.decimals == 0 for r in rows if (f := r.figure(column)) is not None)
    if stated.value < largest and not (confirmed and whole) and all(
            f.value >= 0 for r in rows if (f := r.figure(column)) is not None):
        # A "total" smaller than one of its parts is not a total of these rows (a rate, an
        # average): no verdict, unless the same rows add up to it in another column and the
        # column counts whole units (a rate prints decimals).
        return
    if verdict is Verdict.ROUNDING:
        rule, severity = "rounding", Severity.MINOR
    else:
        rule, severity = RULE_ID, money_severity(table, column, stated)
    culprit = _proportional_culprit(table, rows, column, stated.value - computed.mid) \
        if rule == RULE_ID and exact else None
    if culprit is not None:
        result.failed(_culprit_finding(table, row, column, stated, rows, culprit, severity))
        return
    first, last = rows[0].line, rows[-1].line
    what = "baris total" if role == "total" else "baris kelompok"
    message = (
        f"{what.capitalize()} {row_label(row.label, row.line)} pada {column_label(table, column)} "
        f"menyatakan {stated.text}, tetapi jumlah {len(rows)} baris komponen "
        f"(baris {first}–{last}) = {expected_text(stated, computed)}."
    )
    result.failed(cell_finding(rule, severity, table, row, column, stated, computed, message,
                               [r.line for r in rows]))


# a table wider than this is a matrix, not a list of parts with a proportion to keep
MAX_PROPORTION_COLUMNS = 30


def _proportional_culprit(table: Table, rows: list[Row], column: int, gap: Decimal) \
        -> tuple[Row, Decimal, int, Decimal] | None:
    """The one part that breaks a proportion the table keeps everywhere else, and whose
    proportional value mends the total: ``orang`` = 16 × ``paket`` in every other row of a
    training table, one row printing 4 paket and 16 orang under a group 48 orang short.
    (row, its proportional value, the other column, the factor)."""
    parts = {id(r) for r in rows}
    for other, factor in _proportions(table, column):
        off = [(r, a, b) for r, a, b in _pairs(table, other, column)
               if id(r) in parts and b != factor * a]
        if len(off) == 1 and factor * off[0][1] - off[0][2] == gap:
            return off[0][0], factor * off[0][1], other, factor
    return None


def _pairs(table: Table, other: int, column: int) -> list[tuple[Row, Decimal, Decimal]]:
    return [(r, fa.value, fb.value) for r in table.rows if r.kind == "data"
            and (fa := r.figure(other)) is not None and (fb := r.figure(column)) is not None
            and not fa.dash and not fb.dash and fa.decimals == 0 and fb.decimals == 0
            and fa.value > 0]


def _proportions(table: Table, column: int) -> list[tuple[int, Decimal]]:
    """The columns ``column`` keeps a proportion to in three rows of four or more, nearest
    first (Realisasi / Orang beside Realisasi / Paket); worked out once per column."""
    memo = table.__dict__.setdefault("_proportions", {})
    if column not in memo:
        numeric = table.numeric_columns()
        found: list[tuple[int, Decimal]] = []
        if len(numeric) <= MAX_PROPORTION_COLUMNS:
            for other in sorted(numeric, key=lambda c: (abs(c - column), c)):
                if other == column:
                    continue
                pairs = _pairs(table, other, column)
                factors: dict[Decimal, int] = {}
                for _, a, b in pairs:
                    factors[b / a] = factors.get(b / a, 0) + 1
                if not factors:
                    continue
                factor, count = max(factors.items(), key=lambda kv: kv[1])
                # a proportion the table shows, not columns that are equal (target, realisasi)
                if factor not in (0, 1) and count >= 3 and count * 4 >= len(pairs) * 3:
                    found.append((other, factor))
        memo[column] = found
    return memo[column]


def _culprit_finding(table: Table, total: Row, column: int, stated: Figure, rows: list[Row],
                     culprit: tuple[Row, Decimal, int, Decimal], severity: Severity) -> Finding:
    row, wanted, other, factor = culprit
    printed = row.figure(column)
    base = row.figure(other)
    assert printed is not None and base is not None
    expected = format_id(wanted, 0)
    if factor >= 1 and factor == factor.to_integral_value():
        rule_text = f"{format_id(factor, 0)} × {column_label(table, other)}"
        applied = f"{format_id(factor, 0)} × {base.text}"
    elif (1 / factor) == (1 / factor).to_integral_value():
        rule_text = f"{column_label(table, other)} / {format_id(1 / factor, 0)}"
        applied = f"{base.text} / {format_id(1 / factor, 0)}"
    else:
        rule_text = f"{format_id(factor, 4)} × {column_label(table, other)}"
        applied = f"{format_id(factor, 4)} × {base.text}"
    message = (
        f"{row_label(row.label, row.line)}: {column_label(table, column)} menyatakan "
        f"{printed.text}, padahal baris lain tabel ini mencatat {rule_text} "
        f"({applied} = {expected}); "
        f"dengan {expected}, {row_label(total.label, total.line)} ({stated.text}) cocok dengan "
        f"jumlah baris komponennya (baris {rows[0].line}–{rows[-1].line})."
    )
    return Finding(
        rule=RULE_ID, severity=severity, line=row.line, stated=printed.text, expected=expected,
        message=message, related_lines=[total.line], table=table.caption,
        anchor=f"{row.label}|{table.columns[column] if column < len(table.columns) else column}",
        cells=frozenset({column}))


def _last_or_average(stated: Figure, rows: list[Row], column: int) -> bool:
    figures = [f for r in rows if (f := r.figure(column)) is not None and not f.dash]
    if not figures:
        return False
    mean = interval_sum(figures).scale(Decimal(1) / len(figures))
    return judge(stated, interval_of(figures[-1])) is Verdict.CONSISTENT or \
        judge(stated, mean) is Verdict.CONSISTENT


check = every_table(check_table)

RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Baris Jumlah/Total/Sub Total dan baris kelompok sama dengan jumlah komponennya.",
    summary_en="Jumlah/Total/Sub Total rows and group rows equal the sum of their components.",
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
