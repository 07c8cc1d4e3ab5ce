"""One break, one finding: findings of different checks that share one cause.

The checks judge each relation on its own, so one wrong cell can break several relations:
its row's sum, its column's total, the prose that restates the right value. Reviewers want
the wrong cell named once, where it is; these rules find the shared cause from the findings
themselves (their stated and expected values and the cells they read) and keep the finding
that points at it.
"""

from __future__ import annotations

from decimal import Decimal

from audit.facts import Mention, same_entity, table_mentions
from audit.figures import Figure, format_id, parse_figure
from audit.findings import Finding
from audit.model import Document, Row, Table
from audit.precision import Verdict, interval_of, judge, ratio

_ARITHMETIC = {"footing", "crossfooting", "ratio"}
_TIE_OUT = {"narrative_vs_table", "cross_table", "pagu_mismatch", "near_miss"}


def reconcile(findings: list[Finding], doc: Document) -> list[Finding]:
    findings = explained_by_arithmetic(findings, doc)
    findings = one_wrong_operand(findings, doc)
    findings = explained_by_a_component(findings)
    findings = rate_of_a_restated_cell(findings, doc)
    findings = component_printed_right_elsewhere(findings, doc)
    # a row the last rule found to be the slip explains the tie-outs that quote its
    # corrected value elsewhere
    return explained_by_arithmetic(findings, doc)


def explained_by_arithmetic(findings: list[Finding], doc: Document | None = None) \
        -> list[Finding]:
    """Drop a tie-out finding whose counterpart cell is itself wrong and the recomputed value
    is what the other place prints.

    The Ikhtisar says 94,93%, the capaian table 97,39%, and 71,20 / 75,00 = 94,93%: the table
    is the break (``ratio`` reports it), the Ikhtisar is right and must not be blamed.
    """
    corrected: dict[int, list[Figure]] = {}
    for f in findings:
        if (f.rule in _ARITHMETIC or f.rule == "rounding") and f.expected \
                and (fig := parse_figure(f.expected)):
            corrected.setdefault(f.line, []).append(fig)
    # a cell wrapped below its row's first line (a grid table's "Rp" / "6.992.235.000"):
    # an arithmetic finding names the row's line, a tie-out the cell's
    row_of = {cell.line: row.line for table in (doc.tables if doc else [])
              for row in table.rows for cell in row.cells if cell.line != row.line}
    kept = []
    for f in findings:
        stated = parse_figure(f.stated) if f.rule in _TIE_OUT and f.stated else None
        if stated is not None and any(
                interval_of(stated, False).meets(interval_of(fig, False))
                for line in f.related_lines
                for fig in corrected.get(line, []) + corrected.get(row_of.get(line, -1), [])):
            continue
        kept.append(f)
    return kept


def explained_by_a_component(findings: list[Finding]) -> list[Finding]:
    """Drop a total's footing finding when one of the rows it adds is itself wrong (its own
    row or group does not add up) by exactly the amount the total is off: the total is right
    for the corrected row, and one wrong cell is one finding, at that cell.

    ``Strata 2 | 307 | 382 | 698`` (307 + 382 = 689) under a ``Jumlah`` of 6.065 that the
    printed rows put at 6.074: the crossfooting finding on ``698`` says it all."""
    off: dict[tuple[int, str], set[Decimal]] = {}
    for f in findings:
        # (a cell that breaks its row's formula, "NRR tertimbang = NRR × 0,111", is such a
        # row too)
        if f.rule in ("footing", "crossfooting", "ratio") and (d := cell_error(f)) is not None:
            # (a cell printed on a line of its own names its row's line as related: the
            # total's finding lists the rows by their lines)
            rows = [f.line, *f.related_lines] if f.rule == "crossfooting" else [f.line]
            for line in rows:
                off.setdefault((line, d[0]), set()).add(d[1])
    kept = []
    for f in findings:
        d = cell_error(f) if f.rule == "footing" else None
        if d is not None and any(-d[1] in off.get((line, d[0]), ())
                                 for line in f.related_lines if line != f.line):
            continue
        kept.append(f)
    return kept


def one_wrong_operand(findings: list[Finding], doc: Document) -> list[Finding]:
    """A row whose sum breaks and a column total that breaks by the amount that one operand
    of that sum would fix: the operand is the one wrong cell.

    ``Computer Operator | 48 orang | Kompeten 16 | Belum Kompeten 0`` (48 − 16 ≠ 0) under a
    ``JUMLAH`` whose Kompeten column is 32 more than its rows: Kompeten 16 should be 48, which
    mends both. One finding, at ``16``, replaces the two."""
    footings = [f for f in findings if f.rule == "footing" and len(f.cells) == 1]
    replaced: dict[int, Finding] = {}
    dropped: set[int] = set()
    for x in findings:
        if x.rule != "crossfooting" or not x.relation or id(x) in dropped:
            continue
        row_error = _difference(x)
        if row_error is None:
            continue
        for f in footings:
            (column,) = f.cells
            sign = dict(x.relation).get(column)
            gap = _difference(f)
            if sign is None or column == x.relation[0][0] or gap is None or id(f) in dropped \
                    or x.line not in f.related_lines or row_error != gap * sign:
                continue
            found = _cell_at(doc, x.line, column)
            if found is None:
                continue
            table, row, figure = found
            corrected = format_id(figure.value + gap, figure.decimals, figure.unit)
            name = table.columns[column] if column < len(table.columns) else f"{column + 1}"
            replaced[id(x)] = Finding(
                rule=x.rule, severity=max(x.severity, f.severity), line=x.line,
                stated=figure.text, expected=corrected,
                message=(f"'{row.label}' (baris {row.line}): kolom '{name}' menyatakan "
                         f"{figure.text}; {corrected} memulihkan baris ini dan jumlah "
                         f"kolomnya sekaligus. {x.message} {f.message}"),
                related_lines=sorted({*x.related_lines, f.line}), table=x.table,
                difference=None, anchor=f"{row.label}|{name}", cells=frozenset({column}))
            dropped.add(id(f))
            break
    return [replaced.get(id(f), f) for f in findings if id(f) not in dropped]


def _difference(f: Finding) -> Decimal | None:
    stated, expected = parse_figure(f.stated), parse_figure(f.expected)
    if stated is None or expected is None:
        return None
    return stated.value - expected.value


def _cell_at(doc: Document, line: int, column: int) -> tuple[Table, Row, Figure] | None:
    for table in doc.tables:
        if not table.first_line <= line <= table.last_line:
            continue
        for row in table.rows:
            if line == row.line or any(c.line == line for c in row.cells):
                figure = row.figure(column)
                return (table, row, figure) if figure is not None and not figure.dash \
                    else None
    return None


def cell_error(f: Finding) -> tuple[str, Decimal] | None:
    """(column, stated − expected) of a finding about one table cell."""
    column = f.anchor.rsplit("|", 1)[-1] if "|" in f.anchor else ""
    if not column or "+" in column:
        return None  # a row's findings merged over several columns
    difference = _difference(f)
    return None if difference is None else (column, difference)


def component_printed_right_elsewhere(findings: list[Finding], doc: Document) -> list[Finding]:
    """A total that does not foot by g, and one of the rows it adds printed elsewhere in the
    report (the same budget line or indicator, in another table) with exactly its value + g:
    that row is the slip, not the total. Reported at the row, with the other printing.

    ``Jumlah 30.629.477.000`` over rows adding to 30.629.377.000, one of them 7.283.259.000
    where the budget table prints that kegiatan's pagu as 7.283.359.000."""
    footings = [f for f in findings if f.rule == "footing" and len(f.cells) == 1
                and _difference(f)]
    if not footings:
        return findings
    mentions = table_mentions(doc)
    by_figure: dict[int, list[Mention]] = {}
    for m in mentions:
        by_figure.setdefault(id(m.figure), []).append(m)
    judged = {id(f) for f in footings}
    return [(_restated_component(f, doc, mentions, by_figure) if id(f) in judged else None)
            or f for f in findings]


def _restated_component(f: Finding, doc: Document, mentions: list[Mention],
                        by_figure: dict[int, list[Mention]]) -> Finding | None:
    (column,) = f.cells
    gap = _difference(f)
    assert gap is not None
    candidates = []
    for line in f.related_lines:
        found = _cell_at(doc, line, column) if line != f.line else None
        if found is None:
            continue
        table, row, figure = found
        wanted = figure.value + gap
        for m in by_figure.get(id(figure), []):
            others = [o for o in mentions if o.line != m.line and o.figure.value == wanted
                      and o.figure.decimals == figure.decimals and same_entity(o.entity, m.entity)]
            if others:
                candidates.append((table, row, figure, wanted, others[0]))
                break
    if len(candidates) != 1:
        return None  # none, or several rows it could be: the total's finding stands
    table, row, figure, wanted, other = candidates[0]
    corrected = format_id(wanted, figure.decimals, figure.unit)
    name = table.columns[column] if column < len(table.columns) else f"{column + 1}"
    return Finding(
        rule=f.rule, severity=f.severity, line=row.line, stated=figure.text, expected=corrected,
        message=(f"'{row.label}' (baris {row.line}): kolom '{name}' menyatakan {figure.text}, "
                 f"padahal {other.where} mencetak {other.figure.text} untuk baris yang sama; "
                 f"dengan {corrected} total baris {f.line} cocok. {f.message}"),
        related_lines=sorted({f.line, other.line}), table=f.table,
        anchor=f"{row.label}|{name}", cells=f.cells)


def rate_of_a_restated_cell(findings: list[Finding], doc: Document) -> list[Finding]:
    """A rate that breaks only because one of its inputs is the cell a tie-out finding shows
    wrong: with the value the rest of the report prints for that cell, the rate is right.
    One wrong cell, one finding: the tie-out one, with the rate's words added.

    ``87,54 | 87,00 | 100,52`` where every other table prints 87,45 for the realisasi:
    87,45 / 87,00 × 100 = 100,52."""
    tie_outs: dict[int, list[Finding]] = {}
    for f in findings:
        if f.rule in _TIE_OUT:
            tie_outs.setdefault(f.line, []).append(f)
    dropped: set[int] = set()
    for f in findings:
        if f.rule != "ratio" or not f.rate_of or f.line not in tie_outs:
            continue
        stated_rate = parse_figure(f.stated)
        numerator = _cell_at(doc, f.line, f.rate_of[0])
        denominator = _cell_at(doc, f.line, f.rate_of[1])
        if stated_rate is None or numerator is None or denominator is None:
            continue
        for t in tie_outs[f.line]:
            printed, other = parse_figure(t.stated), parse_figure(t.expected)
            if printed is None or other is None:
                continue
            a, b = numerator[2], denominator[2]
            if printed.value == a.value:
                a = other
            elif printed.value == b.value:
                b = other
            else:
                continue
            mended = ratio(interval_of(a), interval_of(b))
            if mended is not None and judge(stated_rate, mended) is Verdict.CONSISTENT:
                t.message += f" Akibatnya juga: {f.message}"
                dropped.add(id(f))
                break
    return [f for f in findings if id(f) not in dropped]
