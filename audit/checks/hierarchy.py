"""Which rows a total adds up: sections, items, sub-items and subtotals of a table body.

Shared by the footing checks; it reads only the row kinds and levels the reader assigned.
"""

from __future__ import annotations

import re

from audit.model import Row, Table

LEAF = 99  # rows without an outline marker sit below every marked row
_SUB_RE = re.compile(r"\bsub\s*-?\s*(?:total|jumlah)\b|\bsub(?:total|jumlah)\b",
                     re.IGNORECASE)
_COMBINE_RE = re.compile(r"(?:jumlah|total)\s+(.+?)\s*\+\s*(.+)$", re.IGNORECASE)


def level(row: Row) -> int:
    return LEAF if row.level is None else row.level


def indent(row: Row) -> int:
    """The column of the row's first non-empty cell: unmarked items sit right of markers."""
    return next((c.column for c in row.cells if c.text), len(row.cells))


def top_level(rows: list[Row], column: int) -> list[Row]:
    """The rows a total adds in this column: every valued row not nested under a valued group.

    A row with children counts as a group (and hides them) when its children carry deeper
    markers (``•``, ``a.``) or when its figure equals their sum; otherwise its followers are
    siblings that happen to be unnumbered.
    """
    families = [(i, _children_in(rows, i)) for i in range(len(rows))]
    # One group of two or more unmarked rows that adds up shows the table prints subtotals;
    # only then does a row over a single unmarked follower count as that follower's subtotal.
    # (0 over 0 + 0 adds up by accident and shows nothing.)
    grouped = any(len(kids) >= 2 and _carries_subtotal(rows[i], kids, column, 2)
                  and (f := rows[i].figure(column)) is not None and f.value != 0
                  for i, kids in families if kids)
    out: list[Row] = []
    covered_until = -1
    for i, kids in families:
        row = rows[i]
        if i <= covered_until or row.figure(column) is None:
            continue
        # Where the table shows it prints subtotals, a group that does not add up is still a
        # group (its own check reports it); its children must not be counted twice.
        if kids and (grouped and top_level(kids, column)
                     or _carries_subtotal(row, kids, column, 2)):
            covered_until = i + len(kids)
        out.append(row)
    return out


def _carries_subtotal(head: Row, kids: list[Row], column: int, min_kids: int) -> bool:
    from audit.precision import Verdict, interval_sum, judge  # local: precision imports figures

    valued = top_level(kids, column)
    if not valued:
        return False
    if any(k.level is not None for k in kids):
        return True
    stated = head.figure(column)
    if stated is None or len(valued) < min_kids:
        return False
    computed = interval_sum(f for k in valued if (f := k.figure(column)) is not None)
    return judge(stated, computed) is Verdict.CONSISTENT


def is_subtotal(row: Row) -> bool:
    return bool(_SUB_RE.search(row.label))


def total_candidates(table: Table, index: int) -> list[list[Row]]:
    """Candidate component sets for the total row at ``index``, the most plausible first.

    * ``Jumlah ASN + PHL``: the earlier totals whose labels name each part;
    * a subtotal, or a total after plain rows: the rows since the previous total;
    * a grand total after subtotals: the subtotals; failing that, every row of the body.
    """
    rows = table.rows
    total = rows[index]
    earlier_totals = [r for r in rows[:index] if r.kind == "total" and not r.is_average]
    combined = _combined_parts(total, earlier_totals)
    if combined:
        return [combined]
    coded = _coded_parts(total, rows[:index])
    if coded:
        return coded
    last_total = max((i for i in range(index) if rows[i].kind == "total"), default=-1)
    since = [r for r in rows[last_total + 1:index] if r.kind != "total"]
    whole = [r for r in rows[:index] if r.kind != "total"]
    candidates: list[list[Row]] = []
    headed = _under_its_head(total, rows[last_total + 1:index])
    if headed:
        candidates.append(headed)
    if since and (is_subtotal(total) or not earlier_totals):
        candidates.append(since)
    elif earlier_totals:
        subtotals = [r for r in earlier_totals if not _COMBINE_RE.search(r.label)]
        if since and (_names_another_group(total, earlier_totals)
                      or _follows_its_siblings(total, earlier_totals)):
            # "Jumlah Belanja" after "Jumlah Pendapatan": the rows of its own group first
            candidates.append(since)
            candidates.append(subtotals + since)
        elif since:
            candidates.append(subtotals + since)
            candidates.append(since)
        else:
            candidates.append(subtotals)
    if whole and whole not in candidates:
        candidates.append(whole)
    return candidates


_TOTAL_OF_RE = re.compile(r"^\W*(?:jumlah|total|sub\s*-?\s*total)\s+(?P<name>\w.*?)\W*$",
                          re.IGNORECASE)


def _under_its_head(total: Row, since: list[Row]) -> list[Row]:
    """``Jumlah Penerimaan Pembiayaan`` under a row ``Penerimaan Pembiayaan`` without
    figures: the rows after that head are its parts, not the rows before it (``SURPLUS/
    (DEFISIT)``, ``PEMBIAYAAN DAERAH``)."""
    m = _TOTAL_OF_RE.match(total.label or "")
    if m is None:
        return []
    name = " ".join(m.group("name").lower().split())
    for k in range(len(since) - 1, -1, -1):
        row = since[k]
        # (a head read together with the group rows above it: "PEMBIAYAAN DAERAH Penerimaan
        # Pembiayaan")
        if " ".join(row.label.lower().split()).strip(" :").endswith(name) \
                and not any(c.figure is not None and not c.figure.dash for c in row.cells):
            return [r for r in since[k + 1:] if r.kind != "total"]
    return []


# "Jumlah Bidang Urusan 1.02 Kesehatan", "Jumlah Program 1.02.02": a total that names the
# budget code it closes
_TOTAL_CODE_RE = re.compile(r"^\W*(?:jumlah|total|sub\s*-?\s*total)\s+(?:[A-Za-z]+\s+){1,2}"
                            r"(?P<code>\d{1,4}(?:\.[0-9A-Z]{1,4})+)\b", re.IGNORECASE)
_LEAD_CODE_RE = re.compile(r"^\W*(?P<code>\d{1,4}(?:\.[0-9A-Z]{1,4})+)\b")


def _coded_parts(total: Row, earlier: list[Row]) -> list[list[Row]]:
    """The rows a total naming its budget code closes: the subtotals of the codes under it
    (``Jumlah Program 1.02.02`` … for ``Jumlah Bidang Urusan 1.02``), or the rows coded under
    it (its kegiatan); none when the label names no code."""
    m = _TOTAL_CODE_RE.match(total.label)
    if m is None:
        return []
    prefix = m.group("code") + "."
    subtotals, coded = [], []
    for row in earlier:
        if row.kind == "total":
            own = _TOTAL_CODE_RE.match(row.label)
            if own is not None and own.group("code").startswith(prefix):
                subtotals.append(row)
        elif (lead := _LEAD_CODE_RE.match(row.label)) is not None \
                and lead.group("code").startswith(prefix):
            coded.append(row)
    return [c for c in (subtotals, coded) if c]


_NAMED_TOTAL_RE = re.compile(r"^\W*(?:jumlah|total)\s+(?P<noun>[A-Za-z][\w\s/-]*)$", re.IGNORECASE)
# a grand total's words ("Jumlah Seluruhnya", "Total Keseluruhan"): it adds every group
GRAND_RE = re.compile(r"\b(?:seluruh(?:nya)?|keseluruhan|semua|total|umum|akhir|besar|"
                      r"gabungan|kese?luruhan)\b|\+", re.IGNORECASE)


def _names_another_group(total: Row, earlier: list[Row]) -> bool:
    """``Jumlah Belanja`` under ``Jumlah Pendapatan``: a total naming a group no earlier total
    names (and no grand total), so the rows since the last total are its own."""
    m = _NAMED_TOTAL_RE.match(total.label.strip())
    if m is None:
        return False
    words = set(m.group("noun").lower().split())
    if not words or GRAND_RE.search(m.group("noun")):
        return False
    named = [set(e.group("noun").lower().split()) for r in earlier
             if (e := _NAMED_TOTAL_RE.match(r.label.strip()))]
    return bool(named) and all(not (words & n) for n in named)


def _follows_its_siblings(total: Row, earlier: list[Row]) -> bool:
    """``Jumlah TW III`` after ``Jumlah TW I`` and ``Jumlah TW II``: one of a run of totals
    named alike but for their last word, each closing the rows since the one before."""
    words = total.label.replace("*", " ").lower().split()
    if len(words) < 2:
        return False
    last = earlier[-1].label.replace("*", " ").lower().split() if earlier else []
    return len(last) == len(words) and last[:-1] == words[:-1] and last[-1] != words[-1]


def _combined_parts(total: Row, earlier: list[Row]) -> list[Row]:
    m = _COMBINE_RE.search(total.label)
    if not m:
        return []
    parts = []
    for name in (m.group(1), m.group(2)):
        key = name.strip().lower()
        match = next((r for r in reversed(earlier) if key in r.label.lower()), None)
        if match is None:
            return []
        parts.append(match)
    return parts


def children(table: Table, index: int) -> list[Row]:
    """The rows nested under a group row, up to the next row at its level or a total."""
    return _children_in(table.rows, index)


def _children_in(rows: list[Row], index: int) -> list[Row]:
    head = rows[index]
    if head.level is None:
        return []
    out = []
    for row in rows[index + 1:]:
        if row.kind == "total" or level(row) <= level(head):
            break
        if row.level is None and indent(row) <= indent(head):
            break
        out.append(row)
    return out


def without_repeated_run(rows: list[Row], column: int, min_run: int = 3) -> list[Row]:
    """Drop a trailing run of rows that repeats an earlier run label for label, value for value."""
    keys = [(r.label.lower(), f.value if (f := r.figure(column)) else None) for r in rows]
    for start in range(1, len(rows) - min_run + 1):
        run = keys[start:]
        if len(run) >= min_run and run == keys[:len(run)] and start >= len(run):
            return rows[:start]
    return rows
