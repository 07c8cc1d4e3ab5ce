"""What the human-facing renderers share: the rule catalogue, summaries, context excerpts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from audit.checks import EXTRA_RULE_IDS, RULES
from audit.coverage import Coverage
from audit.engine import DocumentReport, summary
from audit.findings import Finding, Severity
from audit.render.evidence import EvidenceBlock, evidence, marked, table_name

ROUNDING_DOC = """rounding: a recomputed figure is off only at its last printed digit.

Emitted by ``footing`` (and other checks that recompute a figure) when the printed figure
differs from the recomputed one only by truncation or by one unit at its last printed digit.
Such a slip rarely changes what a reader concludes, but it still means the table was typed
or rounded by hand rather than computed.

Severity: ``minor``.

Passes (35,12 + 20,45 = 55,57)::

    | Kegiatan | Capaian |
    | A        | 35,12   |
    | B        | 20,45   |
    | Jumlah   | 55,57   |

Fails as ``rounding`` (55,57 printed as 55,56, one unit at the last digit)::

    | Jumlah   | 55,56   |
"""

ROUNDING_DOC_ID = """rounding: angka hasil hitung ulang hanya berbeda pada digit terakhirnya.

Dihasilkan oleh ``footing`` (dan pemeriksaan lain yang menghitung ulang suatu angka) apabila
angka yang tercetak berbeda dari angka hasil hitung ulang hanya karena pemotongan atau selisih
satu satuan pada digit terakhir yang tercetak. Kekeliruan seperti ini jarang mengubah
kesimpulan pembaca, tetapi tetap menunjukkan bahwa tabel diketik atau dibulatkan secara
manual, bukan dihitung.

Tingkat keparahan: ``minor``.

Lolos (35,12 + 20,45 = 55,57)::

    | Kegiatan | Capaian |
    | A        | 35,12   |
    | B        | 20,45   |
    | Jumlah   | 55,57   |

Gagal sebagai ``rounding`` (55,57 tercetak 55,56, selisih satu satuan pada digit terakhir)::

    | Jumlah   | 55,56   |
"""


@dataclass(frozen=True)
class RuleInfo:
    id: str
    severity: Severity
    summary: str
    doc: str
    # Indonesian ``summary`` and ``doc_id``, English ``summary_en`` and ``doc`` (see Rule).
    summary_en: str = ""
    doc_id: str = ""


SUM_RANGE_DOC = """sum_range: a total cell in an Excel annex adds the wrong rows.

The printed total may still look right today (the cached value), but the formula breaks as
soon as a row changes. Read from the workbook's formulas by the XLSX reader.

Passes: ``D12 = SUM(D5:D11)`` under the component rows D5 to D11.

Fails: ``D12 = SUM(D5:D10)`` when D11 is a component row too (D11 left out), or
``D20 = SUM(D5:D19)`` when D12 is itself a Sub Total (counted twice).
"""

SUM_RANGE_DOC_ID = """sum_range: sel total dalam lampiran Excel menjumlahkan baris yang salah.

Jumlah yang tercetak mungkin masih tampak benar saat ini (nilai tersimpan), tetapi rumusnya
akan keliru begitu ada baris yang berubah. Dibaca dari rumus-rumus workbook oleh pembaca XLSX.

Lolos: ``D12 = SUM(D5:D11)`` di bawah baris komponen D5 sampai dengan D11.

Gagal: ``D12 = SUM(D5:D10)`` padahal D11 juga baris komponen (D11 tidak ikut dijumlahkan),
atau ``D20 = SUM(D5:D19)`` padahal D12 sendiri merupakan Sub Total (terhitung dua kali).
"""

_EXTRA_INFO = {
    "rounding": RuleInfo(
        "rounding", Severity.MINOR,
        "Angka hasil hitung ulang hanya berbeda pada digit terakhir (pembulatan/pemotongan).",
        ROUNDING_DOC,
        summary_en="A recomputed figure differs only at its last digit (rounding/truncation).",
        doc_id=ROUNDING_DOC_ID,
    ),
    "sum_range": RuleInfo(
        "sum_range", Severity.MAJOR,
        "Rentang SUM pada sel total lembar kerja melewatkan baris di atasnya atau ikut "
        "menjumlahkan baris total.",
        SUM_RANGE_DOC,
        summary_en="A spreadsheet total's SUM range leaves out rows above it or takes in a total "
                   "row.",
        doc_id=SUM_RANGE_DOC_ID,
    ),
}


def rule_catalogue() -> list[RuleInfo]:
    """Every rule a finding may carry: the registered checks and the extra ids they emit."""
    rules = {r.id: RuleInfo(r.id, r.severity, r.summary, r.doc, r.summary_en, r.doc_id)
             for r in RULES}
    for rule_id in sorted(EXTRA_RULE_IDS):
        if rule_id not in rules:
            rules[rule_id] = _EXTRA_INFO.get(
                rule_id, RuleInfo(rule_id, Severity.MINOR, rule_id, rule_id))
    return sorted(rules.values(), key=lambda r: r.id)


def known_rule_ids() -> set[str]:
    return {r.id for r in rule_catalogue()}


def find_rule(rule_id: str) -> RuleInfo | None:
    return next((r for r in rule_catalogue() if r.id == rule_id), None)


def line_ranges(lines: list[int]) -> str:
    """``[37, 38, 39, 42]`` → ``37–39, 42``."""
    nums = sorted(set(lines))
    out: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}–{nums[j]}")
        i = j + 1
    return ", ".join(out)


def _clip(text: str, width: int = 160) -> str:
    text = text.rstrip()
    return text if len(text) <= width else text[: width - 1] + "…"


def _window(text: str, stated: str, width: int = 160) -> str:
    """A long line clipped so that the stated figure stays in view."""
    text = text.rstrip()
    if len(text) <= width:
        return text
    hit = next((start for start, (piece, is_hit) in _offsets(highlight(text, stated)) if is_hit),
               None)
    if hit is None or hit + len(stated) <= width - 1:
        return _clip(text, width)
    start = max(0, hit - width // 3)
    piece = text[start:start + width - 2]
    return "…" + piece + ("…" if start + width - 2 < len(text) else "")


def _offsets(pieces: list[tuple[str, bool]]) -> list[tuple[int, tuple[str, bool]]]:
    out, pos = [], 0
    for piece in pieces:
        out.append((pos, piece))
        pos += len(piece[0])
    return out


@dataclass
class ContextLine:
    number: int
    text: str
    is_target: bool
    # The text cut around the stated figure: (piece, is_stated_figure) pairs.
    pieces: list[tuple[str, bool]] = field(default_factory=list)


def highlight(text: str, stated: str) -> list[tuple[str, bool]]:
    """Split ``text`` around each occurrence of the stated figure (not inside a longer number)."""
    return marked(text, [stated])

def context(report: DocumentReport, finding: Finding, before: int = 2) -> list[ContextLine]:
    """The finding's line and up to ``before`` non-blank lines above it, clipped."""
    lines = report.document.lines
    above = [n for n in range(max(1, finding.line - before - 2), min(finding.line, len(lines) + 1))
             if lines[n - 1].strip()][-before:] if before else []
    out = [ContextLine(n, _clip(lines[n - 1]), False) for n in above]
    if 1 <= finding.line <= len(lines):
        text = _window(lines[finding.line - 1], finding.stated)
        out.append(ContextLine(finding.line, text, True, highlight(text, finding.stated)))
    for c in out:
        if not c.pieces:
            c.pieces = [(c.text, False)]
    return out


@dataclass
class FindingView:
    id: str
    path: str
    finding: Finding
    context: list[ContextLine]
    # the table the finding is in (caption, or "Tabel tanpa judul, baris N"), and the rows
    # and places compared (HTML)
    table_name: str | None = None
    evidence: list[EvidenceBlock] = field(default_factory=list)

    @property
    def severity(self) -> str:
        return self.finding.severity.label

    @property
    def location(self) -> str:
        return f"{self.path}:{self.finding.line}"

    @property
    def related(self) -> list[int]:
        return sorted(set(self.finding.related_lines) - {self.finding.line})

    @property
    def related_text(self) -> str:
        return line_ranges(self.related)


@dataclass
class Overview:
    documents: int
    performed: int
    breaks: int
    by_severity: dict[str, int]
    by_rule: list[tuple[str, int]]
    by_table: list[tuple[str, str, int]]  # (path, table caption or "", count)
    findings: list[FindingView]
    errors: list[str]
    coverage: list[tuple[str, str]] = field(default_factory=list)  # (path, coverage line)

    def grouped(self) -> list[tuple[str, list[FindingView]]]:
        """Findings grouped by severity, most severe first; empty groups left out."""
        groups = []
        for sev in sorted(Severity, reverse=True):
            items = [v for v in self.findings if v.finding.severity is sev]
            if items:
                groups.append((sev.label, items))
        return groups


def overview(reports: list[DocumentReport], lang: str = "id",
             with_evidence: bool = False) -> Overview:
    views: list[FindingView] = []
    rules: Counter[str] = Counter()
    tables: Counter[tuple[str, str]] = Counter()
    for r in reports:
        for f in r.findings:
            name = f.table or table_name(r.document, f.line, lang)
            views.append(FindingView(f.fingerprint(r.document.lines), r.path, f, context(r, f),
                                     name, evidence(r, f, lang) if with_evidence else []))
            rules[f.rule] += 1
            tables[(r.path, name or "")] += 1
    return Overview(
        documents=len(reports),
        performed=sum(r.performed for r in reports),
        breaks=len(views),
        by_severity=summary(reports),
        by_rule=sorted(rules.items(), key=lambda kv: (-kv[1], kv[0])),
        by_table=[(p, t, n) for (p, t), n in
                  sorted(tables.items(), key=lambda kv: (-kv[1], kv[0]))],
        findings=views,
        errors=[e for r in reports for e in r.errors],
        coverage=[(r.path, coverage_line(r.coverage)) for r in reports if r.coverage],
    )


def coverage_line(cov: Coverage, lang: str = "id") -> str:
    """One line saying how much of a document the checks could judge."""
    from audit.messages import t

    return t(lang, "coverage_line", tables=cov.tables, checked=cov.tables_checked,
             figures=cov.figures, share=f"{cov.checked_share:.0%}",
             pages=f"{cov.pages} hlm, " if cov.pages and lang == "id"
             else f"{cov.pages} pages, " if cov.pages else "", lines=cov.lines)


@dataclass(frozen=True)
class RenderOptions:
    """What a renderer needs besides the results: language and baseline suppression."""

    lang: str = "id"
    suppressed: int = 0
    baseline: str | None = None
    # terminal output only: colour by severity, a per-rule summary, only the summary line
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    # the severity a run fails on (JUnit: a finding below it is no failed case)
    fail_on: str = "major"
    # text output at a terminal: wrap long findings at this width (None: one line each)
    width: int | None = None

    def suppressed_note(self) -> str | None:
        from audit.messages import t

        if not self.baseline:
            return None
        return t(self.lang, "suppressed", n=self.suppressed, file=self.baseline)
