"""pagu_mismatch: a budget line's pagu and realisasi read the same in every table and in prose.

The pagu of a kegiatan or output (matched by code such as ``4957.BDB`` or by name) appears in
the PK, in the DIPA revision table, in the budget realisation table, in the PP 39 forms and
in the narrative of BAB II/III. Any two statements of the same budget line for the same
period must agree to the Rupiah (a column in ``Rp. 000`` is scaled first).

A revision table (``Jan (Awal) | Feb-Mar | Apr-Jun``, ``Pagu Awal | Pagu Revisi``) holds
distinct periods: a listing of budgets without a period is compared with the column it
matches on most lines, and only the lines that break from that column are reported. A plain
``Pagu`` column is never compared with a ``Pagu Awal`` one.

Severity: ``critical`` (money).

Passes::

    Tabel 2.1 Perubahan Pagu
    | Kode     | Uraian                  | Jan (Awal)    | Apr-Jun       |
    | 4957.BDB | Fasilitasi Lembaga      | 2.740.000.000 | 2.740.000.000 |
    | 6043.EBB | Layanan Sarana Internal |   650.000.000 |   636.932.000 |

    Tabel 3.3 Realisasi Anggaran
    | Kode     | Uraian                  | Pagu          | Realisasi   |
    | 4957.BDB | Fasilitasi Lembaga      | 2.740.000.000 | 806.732.454 |
    | 6043.EBB | Layanan Sarana Internal |   636.932.000 | 529.384.500 |

Fails (the prose gives 6043.EBB a pagu of Rp 650.000.000, Tabel 3.3 Rp 636.932.000)::

    Layanan Sarana Internal sebesar Rp. 650.000.000
"""

from __future__ import annotations

from audit.budget_totals import budget_mentions, table_totals
from audit.chapters import chapter_starts
from audit.checks.base import Rule
from audit.checks.cross_table import judge_cluster, judge_cluster_all
from audit.checks.footing import merge_row_findings
from audit.facts import (
    Mention,
    agree,
    clusters,
    prose_money_mentions,
    rolled_up,
    same_entity,
    summary_range,
    table_mentions,
    value_classes,
)
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Table

DOC_ID = """pagu_mismatch: pagu dan realisasi suatu pos anggaran sama di setiap tabel dan di teks.

Pagu suatu kegiatan atau output (dicocokkan menurut kode seperti ``4957.BDB`` atau menurut
nama) muncul dalam PK, tabel revisi DIPA, tabel realisasi anggaran, formulir PP 39 dan uraian
naratif BAB II/III. Dua pernyataan mana pun atas pos anggaran yang sama untuk periode yang
sama harus sesuai hingga satuan Rupiah (kolom dalam ``Rp. 000`` diskalakan terlebih dahulu).

Tabel revisi (``Jan (Awal) | Feb-Mar | Apr-Jun``, ``Pagu Awal | Pagu Revisi``) memuat periode
yang berbeda-beda: daftar anggaran tanpa periode dibandingkan dengan kolom yang paling banyak
barisnya cocok, dan hanya baris yang menyimpang dari kolom tersebut yang dilaporkan. Kolom
``Pagu`` biasa tidak pernah dibandingkan dengan kolom ``Pagu Awal``.

Tingkat keparahan: ``critical`` (uang).

Lolos::

    Tabel 2.1 Perubahan Pagu
    | Kode     | Uraian                  | Jan (Awal)    | Apr-Jun       |
    | 4957.BDB | Fasilitasi Lembaga      | 2.740.000.000 | 2.740.000.000 |
    | 6043.EBB | Layanan Sarana Internal |   650.000.000 |   636.932.000 |

    Tabel 3.3 Realisasi Anggaran
    | Kode     | Uraian                  | Pagu          | Realisasi   |
    | 4957.BDB | Fasilitasi Lembaga      | 2.740.000.000 | 806.732.454 |
    | 6043.EBB | Layanan Sarana Internal |   636.932.000 | 529.384.500 |

Gagal (teks mencantumkan pagu 6043.EBB sebesar Rp 650.000.000, Tabel 3.3 Rp 636.932.000)::

    Layanan Sarana Internal sebesar Rp. 650.000.000
"""

RULE_ID = "pagu_mismatch"


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    money = [m for m in table_mentions(doc)
             if m.attribute.startswith("anggaran:") and not m.figure.is_percent]
    mentions = money + prose_money_mentions(doc, money)
    reported: set[int] = set()
    overlap = _TableOverlap(money)
    sums = rolled_up(money)
    for cluster in clusters(mentions, chapter_starts(doc)):
        cluster = [m for m in cluster if _corroborated(m, cluster, overlap)]
        if len(cluster) < 2:
            continue
        cluster += _tie_breaker(cluster, sums)
        finding = judge_cluster(cluster, RULE_ID, money=True)
        if finding is None:
            result.passed()
            continue
        judged = next(m for m in cluster if m.line == finding.line
                      and m.figure.text == finding.stated)
        if _other_stage(judged, mentions) or any(_left_to_footing(m) for m in cluster) \
                or _another_column(judged, cluster):
            continue
        finding.severity = max(finding.severity, Severity.CRITICAL)
        reported.add(finding.line)
        result.failed(finding)
    for finding in _against_revision_columns(money, reported):
        result.failed(finding)
    _whole_budget(doc, result)
    # One line judged in several columns (realisasi and capaian) is one break to a reader.
    result.findings = merge_row_findings(result.findings)
    return result


def _tie_breaker(cluster: list[Mention], sums: list[Mention]) -> list[Mention]:
    """The sum of a budget line's outputs, when two statements of its pagu disagree with no
    majority and the sum agrees with exactly one of them."""
    classes = value_classes(cluster)
    if len(classes) < 2 or len(classes[0]) > len(cluster) - len(classes[0]):
        return []
    first = cluster[0]
    # a sum is named by its parent code only: any mention that prints the code names it
    candidates = [s for s in sums if s.attribute == first.attribute
                  and s.period.compatible(first.period)
                  and any(same_entity(s.entity, m.entity) for m in cluster)]
    agreeing = [s for s in candidates if sum(1 for c in classes if any(s.value == m.value
                                                                      for m in c)) == 1]
    return agreeing[:1]


def _whole_budget(doc: Document, result: CheckResult) -> None:
    """The whole budget's pagu, realisasi and serapan as the prose states them in several
    places, and as the grand total of the budget tables gives them: the prose statements
    that break from a clear majority are reported (tables against tables are the
    other rules' business). A plain "pagu" is the final budget: it is held to the revised
    column of a table that prints both."""
    prose = budget_mentions(doc, summary_range(doc))
    if not prose:
        return
    totals = table_totals(doc)
    version = {None: "akhir", "revisi": "akhir", "awal": "awal"}
    keys = sorted({(m.attribute, version[m.period.qualifier]) for m in prose})
    for attribute, which in keys:
        said = [m for m in prose if m.attribute == attribute
                and version[m.period.qualifier] == which]
        tabled = [m for m in totals if m.attribute == attribute
                  and version[m.period.qualifier] == which]
        if which == "akhir" and any(m.period.qualifier == "revisi" for m in tabled):
            tabled = [m for m in tabled if m.period.qualifier == "revisi"]
        # "Dalam DIPA awal, ... memperoleh pagu sebesar Rp 12.224.560.000": an amount that is
        # the tables' total of the other version is that version, however its words say it
        # (where both versions' totals are equal, the amount is this version's too)
        others = {t.value for t in totals if t.attribute == attribute
                  and version[t.period.qualifier] != which} - {t.value for t in tabled}
        said = [m for m in said if m.value not in others]
        if tabled and attribute.startswith("anggaran:"):
            # an amount far from the whole budget's size is a part of it (an output's
            # realisasi), whatever words surround it; a slip of the whole keeps its size
            said = [m for m in said if tabled[0].value / 2 <= m.value <= tabled[0].value * 2]
        group = said + tabled
        if not group:
            continue  # every statement set aside as another version or another size
        classes = value_classes(group)
        if len(classes) == 1:
            result.passed()
            continue
        majority = classes[0]
        if len(majority) < 2 or len(majority) <= len(group) - len(majority):
            # No clear majority. The realisasi has one version only: where the budget
            # tables agree among themselves, the table stands against the prose. So does a
            # pagu the prose names by its version ("setelah perubahan") where the tables
            # print that version's column; an unnamed pagu may be the other version, so it
            # is left alone.
            if tabled and len(value_classes(tabled)) == 1:
                named = [m for m in said if attribute.endswith(":realisasi") or (
                    m.period.qualifier is not None
                    and any(t.period.qualifier == m.period.qualifier for t in tabled))]
                for m in named:
                    if not any(agree(m, t) for t in tabled):
                        finding = judge_cluster([m, *tabled], RULE_ID, money=True)
                        if finding is not None:
                            result.failed(finding)
            continue
        for finding in judge_cluster_all(group, RULE_ID, money=True):
            if finding.line in {m.line for m in said}:
                result.failed(finding)


class _TableOverlap:
    """How many budget lines two tables share: a listing that shares one name with another
    table (a PDN table's unit row, a DIPA total) is not a restatement of it. Counted for a
    pair of tables when a cluster asks, not for every pair of a long report's tables."""

    def __init__(self, money: list[Mention]) -> None:
        by_table: dict[int, list[Mention]] = {}
        for m in money:
            if m.table is not None:
                by_table.setdefault(id(m.table), []).append(m)
        self.entities = {t: list(dict.fromkeys(m.entity for m in ms))
                         for t, ms in by_table.items()}
        self.words = {t: {w for e in es for w in e.tokens} | {e.code for e in es if e.code}
                      for t, es in self.entities.items()}
        self.known: dict[tuple[int, int], int] = {}

    def get(self, pair: tuple[int, int], default: int = 0) -> int:
        a, b = sorted(pair)
        if a not in self.entities or b not in self.entities:
            return default
        if (a, b) not in self.known:
            es, fs = self.entities[a], self.entities[b]
            # Only names that share a word (or a code) can be the same budget line.
            near = [f for f in fs if f.tokens & self.words[a] or f.code in self.words[a]]
            self.known[(a, b)] = len({e for e in es
                                      if (e.tokens & self.words[b] or e.code in self.words[b])
                                      and any(same_entity(e, f) for f in near)})
        return self.known[(a, b)]


def _corroborated(m: Mention, cluster: list[Mention], overlap: _TableOverlap) \
        -> bool:
    if m.table is None:
        return True
    for n in cluster:
        if n is m:
            continue
        if n.table is None or (m.entity.code and n.entity.code):
            return True
        if overlap.get((id(m.table), id(n.table)), 0) >= 2:
            return True
    return False


def _other_stage(m: Mention, mentions: list[Mention]) -> bool:
    """An undated pagu that equals this line's initial pagu (awal, murni, Jan) or its revised
    one is that stage's figure, not a slip. Where the report shows only a revised figure, an
    undated one that differs gets no verdict either: the initial pagu may simply not be
    printed. An undated figure equal to a superseded intermediate stage (Feb-Mar when Apr-Jun
    exists) is still judged against the current one."""
    if m.period.qualifier is not None:
        return False
    staged = [n for n in mentions if n.period.qualifier is not None
              and n.attribute == m.attribute and same_entity(n.entity, m.entity)]
    if any(n.value == m.value and n.period.qualifier in ("awal", "jan", "revisi")
           for n in staged):
        # equal to the initial pagu, or to the revised one the tables print beside it: that
        # stage's figure (the other undated one may be the other stage's)
        return True
    return bool(staged) and all(n.period.qualifier == "revisi" for n in staged)


def _another_column(m: Mention, cluster: list[Mention]) -> bool:
    """``Belanja modal sebesar Rp 596.210.800`` beside the row ``Belanja Modal | 612.500.000 |
    596.210.800``: a sentence's amount that the row it was tied to prints in another column
    (the realisasi read as the pagu) restates that cell, it does not contradict this one."""
    if m.table is not None:
        return False
    return any(n.row is not None and any(c.figure is not None and c.figure.value == m.value
                                         for c in n.row.cells)
               for n in cluster if n.table is not None)


def _left_to_footing(m: Mention) -> bool:
    """When the odd figure's own table does not add up in that column, footing reports the
    break already; a second finding would count one error twice."""
    table = m.table
    if table is None or m.row is None:
        return False
    column = next((c.column for c in m.row.cells if c.line == m.line
                   and c.figure == m.figure), None)
    if column is None:
        return False
    totals = [r for r in table.rows if r.kind == "total"]
    if len(totals) != 1:
        return False
    parts = [f.value for r in table.rows if r.kind == "data" and (f := r.figure(column))]
    stated = totals[0].figure(column)
    return stated is not None and sum(parts) != stated.value


def _against_revision_columns(money: list[Mention], reported: set[int]) -> list[Finding]:
    """A plain pagu listing against the revision-table column it matches on most lines."""
    findings: list[Finding] = []
    pagu = [m for m in money if m.attribute == "anggaran:pagu"]
    tables: dict[int, Table] = {id(m.table): m.table for m in pagu if m.table is not None}
    for revision in tables.values():
        columns = {m.column for m in pagu if m.table is revision and m.period.qualifier}
        if len(columns) < 2:
            continue
        for listing in tables.values():
            if listing is revision:
                continue
            plain = [m for m in pagu if m.table is listing and m.period.qualifier is None]
            scores: dict[str, list[tuple[Mention, Mention]]] = {}
            for column in columns:
                cells = [m for m in pagu if m.table is revision and m.column == column]
                pairs = []
                for m in plain:
                    hits = [c for c in cells if same_entity(m.entity, c.entity)]
                    if len(hits) == 1:
                        pairs.append((m, hits[0]))
                scores[column] = pairs
            ranked = sorted(scores.items(), key=lambda kv: -sum(
                1 for a, b in kv[1] if a.value == b.value))
            if not ranked:
                continue
            column, pairs = ranked[0]
            agree = [p for p in pairs if p[0].value == p[1].value]
            if len(pairs) < 3 or len(agree) * 4 < len(pairs) * 3:
                continue  # the listing does not follow any one column: no verdict
            for m, ref in pairs:
                if m.value == ref.value or m.line in reported:
                    continue
                findings.append(Finding(
                    rule=RULE_ID, severity=Severity.CRITICAL, line=m.line,
                    stated=m.figure.text, expected=ref.figure.text,
                    message=(f"Pagu '{m.entity.label}' dinyatakan {m.figure.text} di {m.where}, "
                             f"tetapi kolom '{column}' ({ref.where}), yang cocok dengan "
                             f"{len(agree)} dari {len(pairs)} baris daftar ini, memuat "
                             f"{ref.figure.text}."),
                    related_lines=[ref.line],
                    table=m.table.caption if m.table else None,
                    anchor=f"{m.entity.label}|pagu|{column}",
                ))
    return findings


RULE = Rule(
    id=RULE_ID,
    severity=Severity.CRITICAL,
    summary="Pagu dan realisasi anggaran per kegiatan sama di semua tabel dan di teks.",
    summary_en=("Each kegiatan's budget ceiling (pagu) and realisation read the same in every "
                "table and in the text."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
