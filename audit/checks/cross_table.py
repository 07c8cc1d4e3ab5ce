"""cross_table: one quantity printed in several tables carries one value.

A capaian table is restated in the Ikhtisar Eksekutif, in BAB III and in the Lampiran; the
same indicator's target, realisasi and capaian, for the same period, must read the same
everywhere (at printed precision: ``91,31%`` and ``91,3%`` agree). Quantities are matched by
the fact index (:mod:`audit.facts`): entity by code or name, attribute by column header,
period by year and by awal/revisi/month-range qualifier. A target awal is never compared
with a target revisi, nor a 2022 figure with a 2023 one.

Each conflict is reported once: on the odd one out when most mentions agree; with no
majority between two tables, on the copy that no percentage of its own row was worked out
from (``4.095.800 / 5.000.000 = 81,92`` beside one copy vouches for it), otherwise on the
later mention; the message lists every location and value. Money is left to
``pagu_mismatch``.

Year series are also tied by their values where names do not tie them: a row by year
columns in one table and a column by year rows in another that print the same figures for
two years or more and figures one typing slip apart for one other year are one series with
a slip (:mod:`audit.series`); the cell fewer places in the report support is reported.

Severity: ``critical`` when a headline figure in the Ikhtisar Eksekutif differs from the
body; ``major`` otherwise; ``minor`` when the values differ only at the last printed digit.

Passes (the same capaian in two tables)::

    Tabel 3.1 Capaian Kinerja Tahun 2023
    | Indikator Kinerja                     | Target | Realisasi | Capaian |
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.523 | 102,98% |

    Tabel 3.5 Perbandingan Capaian Tahun 2023
    | Indikator Kinerja                     | Target | Realisasi | Capaian |
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.523 | 103,0% |

Fails (Tabel 3.5 gives 2.532 for the realisasi the other tables give as 2.523)::

    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.532 | 102,98% |
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from audit.chapters import chapter_of, chapter_starts, same_scope
from audit.checks.base import Rule
from audit.checks.footing import merge_row_findings
from audit.claims import linked_claims
from audit.facts import (
    Mention,
    agree,
    clusters,
    comparable_units,
    last_digit_only,
    same_entity,
    table_mentions,
    value_classes,
)
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document
from audit.precision import Verdict, interval_of, judge, ratio
from audit.series import series_slips

DOC_ID = """cross_table: satu besaran yang tercantum di beberapa tabel memiliki satu nilai.

Tabel capaian dicantumkan kembali di Ikhtisar Eksekutif, di BAB III dan di Lampiran; target,
realisasi dan capaian indikator yang sama, untuk periode yang sama, harus sama di mana pun
(pada presisi sebagaimana tercetak: ``91,31%`` dan ``91,3%`` dianggap sesuai). Besaran
dicocokkan melalui indeks fakta (:mod:`audit.facts`): entitas menurut kode atau nama, atribut
menurut kepala kolom, periode menurut tahun dan menurut keterangan awal/revisi/rentang bulan.
Target awal tidak pernah dibandingkan dengan target revisi, begitu pula angka tahun 2022 dengan
angka tahun 2023.

Setiap pertentangan dilaporkan satu kali: pada angka yang berbeda sendiri apabila sebagian
besar penyebutan sesuai; tanpa mayoritas di antara dua tabel, pada salinan yang tidak menjadi
dasar persentase di barisnya sendiri (``4.095.800 / 5.000.000 = 81,92`` di samping salah satu
salinan membenarkan salinan itu); selebihnya pada penyebutan yang lebih akhir; pesannya
mencantumkan setiap lokasi dan nilainya. Angka uang diserahkan kepada ``pagu_mismatch``.

Deret tahunan juga dicocokkan menurut nilainya bila namanya tidak sama: satu baris dengan
kolom tahun di satu tabel dan satu kolom dengan baris tahun di tabel lain yang mencetak angka
yang sama untuk dua tahun atau lebih dan, untuk satu tahun lain, angka yang berbeda satu salah
ketik adalah satu deret yang salah ketik (:mod:`audit.series`); sel yang lebih sedikit
didukung bagian lain laporan yang dilaporkan.

Tingkat keparahan: ``critical`` apabila angka utama di Ikhtisar Eksekutif berbeda dari isi
laporan; ``major`` untuk selebihnya; ``minor`` apabila nilainya hanya berbeda pada digit
terakhir yang tercetak.

Lolos (capaian yang sama di dua tabel)::

    Tabel 3.1 Capaian Kinerja Tahun 2023
    | Indikator Kinerja                     | Target | Realisasi | Capaian |
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.523 | 102,98% |

    Tabel 3.5 Perbandingan Capaian Tahun 2023
    | Indikator Kinerja                     | Target | Realisasi | Capaian |
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.523 | 103,0% |

Gagal (Tabel 3.5 mencantumkan 2.532 untuk realisasi yang di tabel lain tercantum 2.523)::

    | Jumlah peserta pelatihan berbasis kompetensi | 2.450 | 2.532 | 102,98% |
"""

RULE_ID = "cross_table"


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    mentions = [m for m in table_mentions(doc) if not m.attribute.startswith("anggaran:")]
    versions = _versions(mentions)
    restated: dict[int, list[Mention]] = {}
    for link in linked_claims(doc):
        for cell in link.cells:
            restated.setdefault(id(cell), []).append(link.claim)
    found = clusters(mentions, chapter_starts(doc))
    unrelated = _unrelated_tables(found)
    for cluster in (part for c in found for part in _split_by_tables(c, unrelated)):
        if _explained_by_versions(cluster, versions):
            result.passed()  # one table copies the original target, another the revised one
            continue
        findings = judge_cluster_all(cluster, RULE_ID, witnesses=_witnesses(cluster, restated))
        if not findings:
            result.passed()
        for finding in findings:
            if not _follows_from_inputs(finding, cluster, mentions):
                result.failed(finding)
    _check_versions(mentions, chapter_starts(doc), result)
    result.findings = _merged_per_family(result.findings)
    _check_series(doc, result)
    return result


# Two tables whose shared quantities disagree this often measure different things under the
# same row and column names: per-puskesmas capaian of ibu hamil in one, of hipertensi in
# the other. A restatement with a slip disagrees in a row or two, not in most.
MIN_UNRELATED_CONFLICTS = 3


def _unrelated_tables(found: list[list[Mention]]) -> set[tuple[int, int]]:
    """Pairs of tables (by id) whose mentions of one quantity disagree in at least three
    quantities and more than twice as many as they agree in."""
    tally: dict[tuple[int, int], list[int]] = {}
    for cluster in found:
        for i, a in enumerate(cluster):
            for b in cluster[i + 1:]:
                if a.table is None or b.table is None or a.table is b.table:
                    continue
                key = tuple(sorted((id(a.table), id(b.table))))
                counts = tally.setdefault(key, [0, 0])  # type: ignore[arg-type]
                counts[0 if agree(a, b) else 1] += 1
    return {key for key, (agreed, conflicts) in tally.items()
            if conflicts >= MIN_UNRELATED_CONFLICTS and conflicts > 2 * agreed}


def _split_by_tables(cluster: list[Mention],
                     unrelated: set[tuple[int, int]]) -> list[list[Mention]]:
    """The cluster's mentions grouped so that no group holds two unrelated tables' (each
    group in the order of the cluster); a mention without a table joins every group."""
    if not unrelated:
        return [cluster]
    groups: list[list[Mention]] = []
    for m in cluster:
        home = next((g for g in groups if all(
            m.table is None or o.table is None or m.table is o.table
            or tuple(sorted((id(m.table), id(o.table)))) not in unrelated for o in g)), None)
        if home is None:
            groups.append([m])
        else:
            home.append(m)
    return [g for g in groups if len(g) >= 2]


def _merged_per_family(findings: list[Finding]) -> list[Finding]:
    """One line judged in several columns of one family (a kinerja target, realisasi and
    capaian; a budget's serapan target and realisasi) is one break to a reader; the families
    of one line (its serapan and its output) are breaks of their own."""
    def family(f: Finding) -> str:
        parts = f.anchor.split("|")
        return parts[1].split(":")[0] if len(parts) > 1 else ""

    out: list[Finding] = []
    for key in dict.fromkeys(family(f) for f in findings):
        out += merge_row_findings([f for f in findings if family(f) == key])
    return sorted(out, key=lambda f: f.line)


def _witnesses(cluster: list[Mention], restated: dict[int, list[Mention]]) -> list[Mention]:
    """The prose figures that restate a mention of the cluster, each once."""
    seen: dict[int, Mention] = {}
    for m in cluster:
        for claim in restated.get(id(m), ()):
            seen.setdefault(id(claim), claim)
    return sorted(seen.values(), key=lambda m: m.line)


def _version_pairs(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(original, revised) target pairs a PK table gives for one row."""
    targets = [m for m in mentions if m.attribute == "kinerja:target"]
    out = []
    for revised in (m for m in targets if m.period.qualifier == "revisi"):
        first = [m for m in targets if m.period.qualifier == "awal" and m.row is revised.row]
        if len(first) == 1:
            out.append((first[0], revised))
    return out


def _versions(mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """The pairs whose two versions differ."""
    return [(first, revised) for first, revised in _version_pairs(mentions)
            if not agree(first, revised)]


def _explained_by_versions(cluster: list[Mention],
                           versions: list[tuple[Mention, Mention]]) -> bool:
    """Plain targets that disagree only as a PK's original and revised targets do (the RPJMD
    table holds the original, the capaian table the revised): two documented versions, not
    a break. The version check still holds each to one of the two."""
    plain = [m for m in cluster if m.attribute == "kinerja:target"
             and m.period.qualifier is None]
    if len(plain) != len(cluster) or len(value_classes(cluster)) != 2:
        return False
    for first, revised in versions:
        if not same_entity(first.entity, cluster[0].entity):
            continue
        if all(agree(m, first) or agree(m, revised) for m in cluster) \
                and any(agree(m, first) for m in cluster) \
                and any(agree(m, revised) for m in cluster):
            return True
    return False


def _check_versions(mentions: list[Mention], chapters: list[int], result: CheckResult) -> None:
    """A Perjanjian Kinerja table gives a target ``awal`` and ``perubahan``; the capaian
    table prints one target without saying which. It must be one of the two: a target that
    equals neither is a break in one of the places (reported at the PK's revised target,
    naming both). Which version a table uses is the report's choice, never a finding; but
    once its rows whose two targets differ show the choice (all the revised target), a row
    that takes the other version breaks it.

    Passes: PK awal 15,00 / perubahan 12,00 and capaian target 12,00; PK 105,00 / 105,00 and
    capaian target 105,00. Fails: with those rows, PK 105,00 / 105,50 and capaian target
    105,00 (the awal, where every other row uses the perubahan)."""
    plain = [m for m in mentions if m.attribute == "kinerja:target"
             and m.period.qualifier is None and m.table is not None]
    pairs: list[tuple[Mention, Mention, list[Mention]]] = []
    for first, revised in _version_pairs(mentions):
        chapter = chapter_of(chapters, revised.line)
        others = [m for m in plain if m.table is not revised.table
                  and same_scope(chapter, chapter_of(chapters, m.line))
                  and (m.period.year is None or revised.period.year is None
                       or m.period.year == revised.period.year)
                  and comparable_units(m, revised) and same_entity(m.entity, revised.entity)]
        pairs.append((revised, first, others))
    # the version each table that restates the targets is seen to use, from rows where the
    # two versions differ
    used: dict[int, Counter[str]] = {}
    for revised, first, others in pairs:
        if agree(revised, first):
            continue
        for m in others:
            if agree(m, revised):
                used.setdefault(id(m.table), Counter())["revisi"] += 1
            elif agree(m, first):
                used.setdefault(id(m.table), Counter())["awal"] += 1
    for revised, first, others in pairs:
        if not others:
            result.passed()
            continue
        if any(agree(m, revised) for m in others):
            result.passed()
            continue
        if any(agree(m, first) for m in others):
            # the awal target: the report's choice, unless its other rows chose the revised
            ref = next(m for m in others if agree(m, first))
            votes = used.get(id(ref.table), Counter())
            # the other rows, this one's own vote for the awal taken out
            if votes["revisi"] < 1 or votes["awal"] > 1:
                result.passed()
                continue
            result.failed(_version_finding(
                revised, ref, f"Target perubahan '{revised.entity.label}' "
                f"{revised.figure.text} di {revised.where}, tetapi {ref.where} memakai "
                f"{ref.figure.text} (target awal), padahal untuk indikator lain yang targetnya "
                f"diubah tabel itu memakai target perubahan.", [ref.line, first.line]))
            continue
        if len(value_classes(others)) != 1:
            continue  # the other tables disagree among themselves: the clusters say so
        ref = others[0]
        result.failed(_version_finding(
            revised, ref, f"Target perubahan '{revised.entity.label}' {revised.figure.text} di "
            f"{revised.where} (target awal {first.figure.text}), tetapi {ref.where} memakai "
            f"target {ref.figure.text}: bukan target awal maupun perubahan.",
            [m.line for m in others]))


def _version_finding(revised: Mention, ref: Mention, message: str,
                     related: list[int]) -> Finding:
    """A revised target that another table does not print (it prints ``ref``)."""
    return Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=revised.line, stated=revised.figure.text,
        expected=ref.figure.text, message=message, related_lines=related,
        table=revised.table.caption if revised.table else None,
        anchor=f"{revised.entity.label}|versi")


def judge_cluster_all(cluster: list[Mention], rule: str, money: bool = False,
                      witnesses: list[Mention] | None = None) -> list[Finding]:
    """Findings for a quantity whose mentions disagree: one per place that breaks from a
    clear majority (each is a place to correct), else one for the whole conflict.

    ``witnesses`` are prose figures restating the quantity: where the tables alone leave the
    conflict open (one table against another), the prose that restates one of them settles
    which table is the odd one; prose is never judged here (narrative_vs_table does that)."""
    classes = value_classes(cluster)
    if len(classes) == 1:
        return []
    backed = _majority(classes, cluster, []) or _majority(classes, cluster, witnesses or [])
    if backed is not None:
        odd = sorted((m for c in classes if c is not backed[0] for m in c), key=lambda m: m.line)
        return [f for m in odd
                if (f := judge_cluster(cluster, rule, money, m, witnesses)) is not None]
    finding = judge_cluster(cluster, rule, money)
    return [finding] if finding is not None else []


def _majority(classes: list[list[Mention]], cluster: list[Mention],
              witnesses: list[Mention]) -> tuple[list[Mention], int, int, int] | None:
    """The class that more mentions agree on than on all the others together, with at least
    two of them: (class, its votes, all votes, prose votes among its own). A prose witness
    counts for the first class it agrees with, and only alongside a table mention."""
    votes = [len(c) for c in classes]
    prose = [0] * len(classes)
    for w in witnesses:
        at = next((i for i, c in enumerate(classes) if agree(w, c[0])), None)
        if at is not None:
            votes[at] += 1
            prose[at] += 1
    best = max(range(len(classes)), key=votes.__getitem__)
    total = sum(votes)
    if votes[best] > total - votes[best] and votes[best] >= 2:
        return classes[best], votes[best], total, prose[best]
    return None


def judge_cluster(cluster: list[Mention], rule: str, money: bool = False,
                  odd_one: Mention | None = None,
                  witnesses: list[Mention] | None = None) -> Finding | None:
    """One finding for a quantity whose mentions disagree, or None when they all agree."""
    classes = value_classes(cluster)
    if len(classes) == 1:
        return None
    found = _majority(classes, cluster, [])
    if found is None and witnesses:
        found = _majority(classes, cluster, witnesses)
    if found is not None:
        majority, votes, total, in_prose = found
        odd = sorted((m for c in classes if c is not majority for m in c), key=lambda m: m.line)
        judged = odd_one if odd_one is not None else odd[0]
        # The body is the reference a summary is held to, so prefer a body mention.
        reference = next((m for m in majority if not m.in_summary), majority[0])
        prose_note = f" (termasuk {in_prose} di teks)" if in_prose else ""
        verdict = (f"{votes} dari {total} penyebutan{prose_note} sepakat pada "
                   f"{reference.figure.text}; {judged.where} menyimpang.")
    elif (odd_class := _wrong_kind(classes)) is not None:
        # A "Persentase ..." indicator printed as "3 Kasus": the count is the odd one out,
        # however many places copy it.
        judged = odd_class[0]
        reference = next(m for c in classes if c is not odd_class for m in c)
        verdict = (f"Indikator persentase; {judged.figure.text} bukan persentase.")
    elif (vouched := _vouched_class(classes)) is not None:
        # No majority, but one copy is the operand of a rate its own row prints (4.095.800
        # / 5.000.000 = 81,92 beside 5.000.000): the other copy is the slip.
        judged = next(m for c in classes if c is not vouched for m in c)
        reference = vouched[0]
        verdict = (f"Tidak ada nilai mayoritas; {reference.figure.text} di {reference.where} "
                   f"cocok dengan persentase pada barisnya sendiri.")
    else:
        # No majority: a table is the source its prose and summary restate, so a prose
        # mention is judged first, then a summary one, then the later mention.
        ordered = sorted(cluster, key=lambda m: (m.table is None, m.in_summary, m.line))
        judged = ordered[-1]
        reference = next(m for m in reversed(ordered) if not _same_class(classes, m, judged))
        if _different_scale(judged, reference):
            # 2.450 orang beside 250.000 orang: a national Renstra target next to the unit's
            # own, or another unit of count, not a mistyped copy; with no majority, no verdict.
            return None
        verdict = ("Tidak ada nilai mayoritas; teks dinilai terhadap tabel." if judged.table is None
                   else "Tidak ada nilai mayoritas; penyebutan terakhir dilaporkan.")
    others = sorted((m for m in cluster if m is not judged), key=lambda m: m.line)
    listing = "; ".join(f"{m.where}: {m.figure.text}"
                        for m in sorted(cluster, key=lambda m: m.line))
    if found is not None and found[3]:
        others = sorted(others + [w for w in witnesses or [] if agree(w, reference)],
                        key=lambda m: m.line)
        listing += "; teks " + ", ".join(f"baris {w.line}: {w.figure.text}"
                                         for w in witnesses or [] if agree(w, reference))
    entity = judged.entity.label
    attribute = judged.attribute.split(":")[1]
    message = (f"{attribute.capitalize()} '{entity}' (periode {judged.period}) dinyatakan "
               f"{judged.figure.text} di {judged.where}, tetapi {reference.figure.text} di "
               f"{reference.where}. Semua penyebutan: {listing}. {verdict}")
    if all(last_digit_only(judged, m) for m in others if not _agrees(m, judged)):
        severity = Severity.MINOR
    elif money:
        severity = Severity.CRITICAL
    elif (judged.in_summary or reference.in_summary) and judged.in_summary != reference.in_summary:
        severity = Severity.CRITICAL
    else:
        severity = Severity.MAJOR
    return Finding(
        rule=rule,
        severity=severity,
        line=judged.line,
        stated=judged.figure.text,
        expected=reference.figure.text,
        message=message,
        related_lines=[m.line for m in others],
        table=judged.table.caption if judged.table else None,
        anchor=f"{entity}|{judged.attribute}|{judged.period}",
    )


def _vouched_class(classes: list[list[Mention]]) -> list[Mention] | None:
    """Of two values, the one whose every copy is an operand of a percentage its own row
    prints (realisasi / it × 100, or it / another × 100), when no copy of the other is."""
    if len(classes) != 2:
        return None
    vouched = [all(_in_a_row_rate(m) for m in c) for c in classes]
    if any(m.table is None for c in classes for m in c) \
            or _different_scale(classes[0][0], classes[1][0]):
        return None  # (prose is judged against the table; another scale is another quantity)
    if vouched.count(True) != 1 or any(_in_a_row_rate(m) for c in classes for m in c
                                       if not vouched[classes.index(c)]):
        return None
    return classes[vouched.index(True)]


def _in_a_row_rate(m: Mention) -> bool:
    if m.row is None or m.figure.is_percent or m.figure.value == 0:
        return False
    mine = interval_of(m.figure, False)
    columns = m.table.columns if m.table is not None else []

    def title(cell_column: int) -> str:
        return columns[cell_column] if cell_column < len(columns) else ""

    # a rate in a column titled so ("Capaian (%)"), of two figures of the row (not its No)
    cells = [c for c in m.row.cells if c.figure is not None and not c.figure.dash
             and c.figure is not m.figure and not re.match(r"\W*no\b", title(c.column),
                                                              re.IGNORECASE)]
    rates = [c.figure for c in cells if c.figure.is_percent
             or re.search(r"capaian|%|persen", title(c.column), re.IGNORECASE)]
    others = [c.figure for c in cells if c.figure.value != 0 and c.figure not in rates]
    for rate in rates:
        for other in others:
            if other is rate:
                continue
            a = interval_of(other, False)
            for quotient in (ratio(a, mine), ratio(mine, a)):
                if judge(rate, quotient) is Verdict.CONSISTENT:
                    return True
    return False


def _follows_from_inputs(finding: Finding, cluster: list[Mention],
                         mentions: list[Mention]) -> bool:
    """A capaian conflict for an indicator whose realisasi or target already conflict is a
    consequence, not a second break: the conflict in the inputs is reported on its own, and
    blaming the capaian would point at whichever copy happens to be outvoted."""
    judged = next((m for m in cluster if m.line == finding.line
                   and m.figure.text == finding.stated), None)
    if judged is None or judged.attribute != "kinerja:capaian":
        return False
    for attribute in ("kinerja:realisasi", "kinerja:target"):
        inputs = [m for m in mentions if m.attribute == attribute
                  and m.period.compatible(judged.period) and same_entity(m.entity, judged.entity)]
        if len(value_classes(inputs)) > 1:
            return True
    return False


def _different_scale(a: Mention, b: Mention) -> bool:
    low, high = sorted((abs(a.value), abs(b.value)))
    return low > 0 and high / low >= 10


def _wrong_kind(classes: list[list[Mention]]) -> list[Mention] | None:
    name = classes[0][0].entity.name.lower()
    if not re.match(r"\s*(persentase|prosentase|presentase|rasio)\b", name):
        return None
    counts = [c for c in classes if all(m.figure.unit and not m.figure.is_percent
                                          and not m.figure.is_money for m in c)]
    return counts[0] if len(counts) == 1 and len(classes) == 2 else None


def _agrees(a: Mention, b: Mention) -> bool:
    return agree(a, b)


def _same_class(classes: list[list[Mention]], a: Mention, b: Mention) -> bool:
    return any(a in c and b in c for c in classes)


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Besaran yang sama (entitas, atribut, periode) bernilai sama di semua tabel.",
    summary_en="The same quantity (entity, attribute, period) has the same value in every table.",
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)


def _check_series(doc: Document, result: CheckResult) -> None:
    """Year series two tables print of one quantity, told apart by one slip (see
    :mod:`audit.series`)."""
    printed: dict[Decimal, int] = {}
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.figure is not None:
                    key = cell.figure.value.normalize()
                    printed[key] = printed.get(key, 0) + 1
    for sentence in doc.sentences:
        for found in sentence.figures:
            key = found.figure.value.normalize()
            printed[key] = printed.get(key, 0) + 1
    for slip in series_slips(doc, printed):
        (ws, _, wcell), (rs, _, rcell) = slip.wrong, slip.right
        assert wcell.figure is not None and rcell.figure is not None
        where = (rs.table.caption or f"tabel baris {rs.table.first_line}")
        here = (ws.table.caption or f"tabel baris {ws.table.first_line}")
        years = ", ".join(slip.equal_years)
        money = bool(re.search(r"\b(?:rp|rupiah|pagu|anggaran|investasi|nilai)\b",
                               f"{ws.name} {rs.name} {here} {where}", re.IGNORECASE))
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.CRITICAL if money and "Rp" in f"{here} {where} "
            f"{ws.name} {rs.name}" else Severity.MAJOR,
            line=wcell.line, stated=wcell.figure.text, expected=rcell.figure.text,
            message=(f"{here} ('{ws.name}') mencetak {wcell.figure.text} untuk tahun "
                     f"{slip.year}, sedangkan {where} ('{rs.name}') mencetak "
                     f"{rcell.figure.text}; kedua deret sama persis untuk tahun {years}, "
                     f"jadi keduanya deret yang sama dan salah satunya salah ketik. "
                     f"{rcell.figure.text} lebih banyak didukung bagian lain laporan."),
            related_lines=[rcell.line], table=ws.table.caption,
            anchor=f"deret|{ws.name}|{slip.year}",
        ))
