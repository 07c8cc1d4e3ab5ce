"""narrative_vs_table: a figure in prose that restates a table cell has the table's value.

Prose restates the capaian tables: "Capaian indikator Jumlah peserta pelatihan berbasis
kompetensi sebesar 102,98%". A prose figure is linked to a table quantity only when the words
before it name one indicator the tables know (by its code, all its name words, its acronym,
or a looser name that another figure of the sentence confirms; see :mod:`audit.claims`) and
give it a role (the nearest role word: target, realisasi, capaian); the unit must fit and the
tables must agree among themselves. A claim that cannot be linked with that confidence is not
judged.

Severity: ``major``; ``minor`` when the two differ only at the last printed digit.

Passes::

    | Indikator Kinerja                            | Target | Realisasi | Capaian |
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450  | 2.523     | 102,98% |

    Capaian Jumlah peserta pelatihan berbasis kompetensi sebesar 102,98%.

Fails (the table gives 102,98%)::

    Capaian Jumlah peserta pelatihan berbasis kompetensi sebesar 108,43%.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from audit.checks.base import Rule
from audit.claims import linked_claims
from audit.facts import (
    Mention,
    agree,
    attribute_of,
    last_digit_only,
    name_similarity,
    name_tokens,
    report_year,
    table_mentions,
    value_classes,
)
from audit.figures import is_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Sentence
from audit.prose import worked_out

DOC_ID = """narrative_vs_table: angka di teks yang mengulang sel tabel bernilai sama dengan sel itu.

Uraian naratif menyebut kembali isi tabel capaian: "Capaian indikator Jumlah peserta pelatihan
berbasis kompetensi sebesar 102,98%". Angka dalam teks dikaitkan dengan suatu besaran tabel
hanya apabila kata-kata sebelumnya menyebut satu indikator yang dikenal tabel (melalui kodenya,
seluruh kata namanya, akronimnya, atau nama yang lebih longgar yang dikonfirmasi oleh angka
lain dalam kalimat tersebut; lihat :mod:`audit.claims`) dan memberinya peran (kata peran yang
terdekat: target, realisasi, capaian); satuannya harus cocok dan tabel-tabel harus saling
sesuai. Pernyataan yang tidak dapat dikaitkan dengan tingkat keyakinan tersebut tidak dinilai.

Tingkat keparahan: ``major``; ``minor`` apabila keduanya hanya berbeda pada digit terakhir yang
tercetak.

Lolos::

    | Indikator Kinerja                            | Target | Realisasi | Capaian |
    | Jumlah peserta pelatihan berbasis kompetensi | 2.450  | 2.523     | 102,98% |

    Capaian Jumlah peserta pelatihan berbasis kompetensi sebesar 102,98%.

Gagal (tabel mencantumkan 102,98%)::

    Capaian Jumlah peserta pelatihan berbasis kompetensi sebesar 108,43%.
"""

RULE_ID = "narrative_vs_table"

_ROLE_NAMES = {"kinerja:target": "target", "kinerja:realisasi": "realisasi",
               "kinerja:capaian": "capaian", "kinerja:akhir": "target akhir"}


def _apart(a: Decimal, b: Decimal) -> bool:
    """More than a hundredfold apart: no misprint of one another (a dropped digit is ten)."""
    a, b = abs(a), abs(b)
    return a > 0 and b > 0 and max(a, b) > 100 * min(a, b)


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    mentions = table_mentions(doc)
    sentence_of = {id(f.figure): s for s in doc.sentences for f in s.figures}
    report = report_year(doc)
    for link in linked_claims(doc):
        claim, cells = link.claim, link.cells
        periods = _by_period(cells)
        if periods is None:
            continue  # the tables disagree among themselves: cross_table's business
        if any(agree(claim, m) for m in cells):
            result.passed()
            continue
        if not claim.figure.is_money and all(_apart(claim.figure.value, m.figure.value * m.scale)
                                             for m in cells):
            continue  # "296.159 unit" beside 104.618.353.850: another quantity, not a slip
        if _printed_elsewhere_for(doc, cells, claim):
            continue  # the prose quotes another column of the indicator (kemajuan, Renstra)
        if _fits_another_named(doc, mentions, cells, claim):
            continue  # the sentence names two indicators; the figure is the other one's
        if (sentence := sentence_of.get(id(claim.figure))) is not None \
                and _row_of_a_figure_beside(doc, sentence, claim,
                                            {id(m.row) for m in cells if m.row is not None}):
            continue  # "pengujian 2.538 sampel ... (capaian 105,75%)": the row printing
            # 2.538 prints 105,75 too; the name matched another table's row
        if _count_beside_its_rate(doc, cells, claim):
            continue  # "150 dataset telah dipublikasikan (71,43%)": the rate is the restatement
        if any(_heads_merged_rows(m) for m in cells):
            continue  # "KPH Gunung Sialang" over its Reboisasi and Agroforestri rows: the
            # sentence may give the group's total, not the first row's value
        if (sentence := sentence_of.get(id(claim.figure))) is not None \
                and claim.period.year in (None, report) and worked_out(claim.figure, sentence):
            # "(74,36%) dan (17,40%) dijumlahkan ... mencapai 91,76%": a sum, no cell; but
            # "naik 0,92 poin dibanding tahun lalu yang sebesar 81,47" binds its figure to
            # last year by words: a restatement, however the sentence's arithmetic goes
            continue
        # of a quarter's and the cumulative figure (a claim naming no period), the nearer
        ref = min(cells, key=lambda m: (abs(m.figure.value - claim.figure.value)
                                        if len(periods) > 1 else 0, abs(m.line - claim.line)))
        severity = Severity.MINOR if last_digit_only(claim, ref) else Severity.MAJOR
        role = _ROLE_NAMES[claim.attribute]
        if claim.period.year not in (None, report):
            role += f" tahun {claim.period.year}"
        where = ", ".join(m.where for m in cells)
        side = (f" {len(cells)} tabel ({where}) sepakat pada {ref.figure.text}, jadi teks yang "
                "menyimpang." if len(cells) >= 2 and len(periods) == 1 else "")
        if len(periods) > 1:
            side = " Kalimatnya tidak menyebut periode, dan angkanya tidak sama dengan " + \
                " maupun ".join(f"{m.figure.text} ({m.period.qualifier or 'tahun'}, {m.where})"
                               for m in periods.values()) + "."
        entity = ref.entity.label
        recognised = {"kode": "kodenya", "singkatan": "singkatannya", "nama": "namanya",
                      "nama+nilai": "namanya dan nilai lain di kalimat yang sama",
                      "nama+unik": "namanya, satu-satunya indikator yang disebut kalimatnya; "
                                   "angka teks tidak tercetak di tempat lain",
                      "judul": "judul bagian di atasnya (\"indikator ini\")",
                      "judul+nama": "judul bagian di atasnya, yang namanya disingkat "
                                    "kalimatnya"}[link.how]
        result.failed(Finding(
            rule=RULE_ID, severity=severity, line=claim.line, stated=claim.figure.text,
            expected=ref.figure.text,
            message=(f"Teks baris {claim.line} menyebut {role} '{entity}' {claim.figure.text}, "
                     f"tetapi {ref.where} memuat {ref.figure.text} (indikator dikenali dari "
                     f"{recognised}).{side}{_copied_role(claim, link.candidates)}"),
            related_lines=[m.line for m in cells], table=ref.table.caption if ref.table else None,
            anchor=f"{entity}|{claim.attribute}",
        ))
    return result


def _by_period(cells: list[Mention]) -> dict[str | None, Mention] | None:
    """One cell per period the claim may restate (a quarter's and the cumulative column,
    for a claim naming no period), when the tables agree within each period; None when
    they disagree."""
    groups: dict[str | None, list[Mention]] = {}
    for m in cells:
        groups.setdefault(m.period.qualifier, []).append(m)
    if any(len(value_classes(g)) != 1 for g in groups.values()):
        return None
    return {q: g[0] for q, g in groups.items()}


def _heads_merged_rows(m: Mention) -> bool:
    """The cell's row opens a name merged down the rows below it: the next row leaves the
    first name cell empty and names only its own part (``| | Agroforestri | ...``)."""
    table, row = m.table, m.row
    if table is None or row is None:
        return False
    at = next((k for k, r in enumerate(table.rows) if r is row), None)
    if at is None or at + 1 >= len(table.rows):
        return False
    texts = [k for k, c in enumerate(row.cells) if c.figure is None and c.text.strip()]
    nxt = table.rows[at + 1]
    if len(texts) < 2 or nxt.kind != "data":
        return False
    first, second = texts[0], texts[1]
    # (the indicator of a PK row under its merged sasaran is its own, not the sasaran's)
    if not name_tokens(m.entity.name) <= name_tokens(row.cells[first].text):
        return False
    below = nxt.cells
    return first < len(below) and not below[first].text.strip() \
        and second < len(below) and bool(below[second].text.strip())


def _count_beside_its_rate(doc: Document, cells: list[Mention], claim: Mention) -> bool:
    """A count in the sentence that also prints the indicator's percentage as the tables
    give it: the count is what the percentage was worked out from, not a restatement."""
    if claim.figure.is_percent or not all(m.figure.is_percent or m.figure.decimals
                                          for m in cells):
        return False
    for sentence in doc.sentences:
        if not any(f.figure is claim.figure for f in sentence.figures):
            continue
        return any(f.figure.is_percent and agree(replace(claim, figure=f.figure), m)
                   for f in sentence.figures for m in cells)
    return False


def _printed_elsewhere_for(doc: Document, cells: list[Mention], claim: Mention) -> bool:
    """The claimed value stands in a row of the same indicator, in a column that is no
    target, realisasi or capaian of the year ("Tingkat Kemajuan", "Capaian terhadap Target
    Akhir Renstra"): the role words were misread, the prose restates that column."""
    # (by the row's label and by the indicator's own name: a label that carries the unit
    # and the predicate, "Jumlah IKM yang dibina IKM Sangat Baik", is still that indicator)
    names = {name_tokens(m.row.label) for m in cells if m.row is not None} \
        | {name_tokens(m.entity.name) for m in cells if m.entity.name}
    for table in doc.tables:
        for row in table.rows:
            tokens = name_tokens(row.label)
            # the same indicator, though one table's label carries its unit or predicate
            if not tokens or not any(
                    name_similarity(tokens, n) >= 0.85
                    or len(tokens & n) >= 0.9 * min(len(tokens), len(n)) >= 3
                    for n in names):
                continue
            for cell in row.cells:
                fig = cell.figure
                if fig is None or fig.dash:
                    continue
                column = table.columns[cell.column] if cell.column < len(table.columns) else ""
                if attribute_of(column) in _ROLE_NAMES:
                    continue
                if agree(claim, replace(claim, figure=fig, scale=Decimal(1))):
                    return True
    return False


def _fits_another_named(doc: Document, mentions: list[Mention], cells: list[Mention],
                        claim: Mention) -> bool:
    """The claimed value is a table value of another indicator that the
    claim's own line names too ("jalan rusak berat ... capaian 83,26%, sedangkan luas
    genangan ... 89,51%"): the figure was linked to the wrong one of the two."""
    if not 1 <= claim.line <= len(doc.lines):
        return False
    words = name_tokens(doc.lines[claim.line - 1])
    linked = {m.entity.label for m in cells}
    for m in mentions:
        # in any role: "..., dan 96,29% dokumen diterbitkan tepat waktu" is the realisasi
        # of the indicator it names after it, whatever role the link guessed
        if not m.attribute.startswith("kinerja:") or m.entity.label in linked \
                or not agree(claim, m):
            continue
        tokens = name_tokens(m.row.label if m.row is not None else m.entity.label)
        if tokens and len(tokens & words) >= min(3, len(tokens)):
            return True
    return False


def _row_of_a_figure_beside(doc: Document, sentence: Sentence, claim: Mention,
                            own_rows: set[int] = frozenset()) -> bool:
    """Another figure of the claim's sentence, a count or an amount, stands in a table row
    that also prints the claimed value: the sentence restates that row, whichever row its
    words were matched to by name. (Not the indicator's own row: "target IKP 4.2 sebesar
    90,00 dengan realisasi 90,36" beside a row printing 90,36 as last year's realisasi
    restates a stale value.)"""
    others = [f.figure for f in sentence.figures if f.figure is not claim.figure
              and not f.figure.is_percent and not is_year(f.figure) and f.figure.value >= 10]
    if not others:
        return False
    for table in doc.tables:
        for row in table.rows:
            if id(row) in own_rows:
                continue
            values = [c.figure for c in row.cells if c.figure is not None and not c.figure.dash]
            if any(v.value == o.value and v.decimals == o.decimals for v in values
                   for o in others) and any(
                    agree(claim, replace(claim, figure=v, scale=Decimal(1))) for v in values):
                return True
    return False


def _copied_role(claim: Mention, candidates: list[Mention]) -> str:
    """'281 orang' given as realisasi when 281 is the target: say so, it is the usual slip."""
    for m in candidates:
        if m.attribute != claim.attribute and m.attribute in _ROLE_NAMES \
                and agree(claim, m) and m.figure.is_percent == claim.figure.is_percent:
            role = " ".join(p for p in (_ROLE_NAMES[m.attribute], m.period.qualifier) if p)
            return f" Angka {claim.figure.text} adalah {role} ({m.where})."
    return ""


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Angka di teks yang mengulang sel tabel (indikator, peran, periode) bernilai sama.",
    summary_en=("A figure in the text that restates a table cell (indicator, role, period) has the "
                "same value."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
