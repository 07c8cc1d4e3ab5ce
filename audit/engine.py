"""Run the registered checks over documents and collect what they found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from audit import suppressions
from audit.checks import RULES
from audit.checks.base import Rule
from audit.coverage import Coverage, measure
from audit.deadline import Deadline, OutOfTime
from audit.findings import CheckResult, Finding, Severity, number_repeats
from audit.model import Document
from audit.readers import read_report
from audit.reconcile import reconcile


@dataclass
class DocumentReport:
    """The outcome of auditing one document."""

    document: Document
    performed: int = 0
    findings: list[Finding] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    coverage: Coverage | None = None
    # findings the report's own comments suppress, and problems with those comments
    suppressed: list[suppressions.Suppressed] = field(default_factory=list)
    suppression_notes: list[str] = field(default_factory=list)
    unused_suppressions: int = 0

    @property
    def path(self) -> str:
        return self.document.path

    @property
    def failed(self) -> int:
        return len(self.findings)


# Seconds of checking per document before the remaining checks are given up. Generous: a
# 1,000-page consolidated report takes well under a minute; only a pathological input gets
# near it, and then a finding says what was not checked instead of the run hanging.
DEFAULT_TIME_BUDGET = 300.0


def audit_document(doc: Document, rules: list[Rule] | None = None,
                   time_budget: float | None = DEFAULT_TIME_BUDGET) -> DocumentReport:
    report = DocumentReport(doc)
    rules = list(rules if rules is not None else RULES)
    done = 0
    with Deadline(time_budget) as deadline:
        try:
            for done, rule in enumerate(rules):  # noqa: B007 - read after an interruption
                deadline.check()
                for outcome in _run_contained(rule, doc, report.errors):
                    report.performed += outcome.performed
                    report.findings.extend(outcome.findings)
                    report.errors.extend(f"{doc.path}: {e}" for e in outcome.errors)
        except OutOfTime:
            deadline.disarm()
            report.findings.append(_unchecked(rules[done:], deadline.seconds))
    report.findings.extend(_reader_findings(doc))
    report.coverage = measure(doc)
    _place_on_wrapped_lines(report.findings, doc)
    # reconciling may name a cell another check also named: one finding per cell again
    report.findings = _one_per_row(_deduplicate(reconcile(_deduplicate(report.findings), doc)))
    report.findings.sort(key=lambda f: (f.line, -f.severity, f.rule))
    number_repeats(report.findings, doc.lines)
    outcome = suppressions.apply(doc, report.findings)
    report.findings = outcome.kept
    report.suppressed = outcome.suppressed
    report.unused_suppressions = len(outcome.unused)
    report.suppression_notes = outcome.problems + [
        f"baris {d.line}: komentar 'audit: {d.kind} {', '.join(sorted(d.rules))}' tidak "
        f"menyembunyikan temuan apa pun (tidak terpakai)" for d in outcome.unused]
    return report


def _unchecked(rules: list[Rule], seconds: float) -> Finding:
    names = ", ".join(r.id for r in rules)
    return Finding(
        rule="coverage", severity=Severity.MAJOR, line=1, stated=f"> {seconds:g} s",
        expected=f"<= {seconds:g} s",
        message=(f"Batas waktu pemeriksaan ({seconds:g} detik per dokumen) terlampaui; "
                 f"pemeriksaan berikut tidak selesai atau tidak dijalankan: {names}. "
                 f"Laporan ini belum diperiksa seluruhnya (naikkan --time-budget atau "
                 f"'time-budget' di konfigurasi)."),
        anchor="time-budget")


def _run_contained(rule: Rule, doc: Document, errors: list[str]) -> list[CheckResult]:
    """The rule's outcome on the document; if it fails there, its outcomes table by table and
    on the prose alone, so that one odd table costs the findings of that table only.

    The failure is still reported, with the rule and the table it happened on."""
    try:
        return [rule.run(doc)]
    except Exception as exc:  # noqa: BLE001 - one faulty check must not sink the audit
        errors.append(f"check '{rule.id}' failed on {doc.path}: {_describe(exc)}; "
                      f"checked again one table at a time")
    units = [(f"{t.caption or 'tabel'} (baris {t.first_line})",
              replace(doc, tables=[t], sentences=[])) for t in doc.tables]
    units.append(("teks di luar tabel", replace(doc, tables=[])))
    outcomes = []
    for where, unit in units:
        try:
            outcomes.append(rule.run(unit))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"check '{rule.id}' failed on {doc.path}, {where}: {_describe(exc)}")
    return outcomes


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {str(exc)[:200]}"


def _place_on_wrapped_lines(findings: list[Finding], doc: Document) -> None:
    """A finding about a figure in a sentence wrapped over several lines points at the line
    where that figure is printed, not where the sentence begins."""
    wrapped = {s.line: s for s in doc.sentences if s.breaks}
    if not wrapped:
        return
    for f in findings:
        sentence = wrapped.get(f.line)
        if sentence is None or not f.stated:
            continue
        at = sentence.text.find(f.stated)
        if at < 0:
            numbers = re.findall(r"\d[\d.,]*\d|\d", f.stated)
            at = sentence.text.find(numbers[-1]) if numbers else -1
        if at >= 0:
            f.line = sentence.line_of(at)


def _reader_findings(doc: Document) -> list[Finding]:
    """What only a reader could see (an XLSX SUM range that leaves out a row)."""
    return [Finding(rule=rule, severity=Severity.MAJOR, line=line, stated=stated,
                    expected=expected, message=message, anchor=f"{rule}|{stated}")
            for line, rule, stated, expected, message in doc.reader_notes]


# When two checks judge the same printed figure, the more direct evidence speaks: the
# arithmetic of its own table before a comparison with another place in the document.
_PRIORITY = ["footing", "crossfooting", "ratio", "rounding"]


# near_miss rests on a resemblance and change_vs_table on values found away from the sentence;
# the checks that read a relation printed in one place come first.
_LAST = {"near_miss", "change_vs_table"}


def _rank(f: Finding) -> tuple[int, int]:
    order = _PRIORITY.index(f.rule) if f.rule in _PRIORITY else \
        len(_PRIORITY) + (1 if f.rule in _LAST else 0)
    return (f.severity, -order)


def _one_per_row(findings: list[Finding]) -> list[Finding]:
    """One arithmetic finding per break on a table row: a row whose total, difference and
    rate all break over one wrong cell is one break to the reviewer. The most direct check's
    finding stays; the others' words are added to it, so nothing they compared is lost. Two
    findings that read no cell in common (a wrong Jumlah in one column, a wrong % in another)
    are two breaks and both stay."""
    by_line: dict[int, list[Finding]] = {}
    for f in findings:
        if f.rule in _ARITHMETIC:
            by_line.setdefault(f.line, []).append(f)
    merged: set[int] = set()
    for group in by_line.values():
        group.sort(key=_rank, reverse=True)
        heads: list[Finding] = []
        for f in group:
            head = next((h for h in heads if _share_a_cell(h, f)), None)
            if head is None:
                heads.append(f)
                continue
            head.message += f" Juga pada baris ini: {f.message}"
            head.related_lines = sorted(set(head.related_lines) | set(f.related_lines))
            head.cells = head.cells | f.cells
            merged.add(id(f))
    return [f for f in findings if id(f) not in merged]


def _share_a_cell(a: Finding, b: Finding) -> bool:
    # A finding that does not say which cells it read is taken as touching the whole row.
    return not a.cells or not b.cells or bool(a.cells & b.cells)


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    """One finding per (line, stated figure): the most severe, most direct check's word."""
    best: dict[tuple[int, str], Finding] = {}
    for f in findings:
        key = (f.line, f.stated)
        if key not in best or _rank(f) > _rank(best[key]):
            best[key] = f
    return list(best.values())


_ARITHMETIC = {"footing", "crossfooting", "ratio"}


def audit_paths(paths: list[Path]) -> list[DocumentReport]:
    return [audit_document(read_report(p)) for p in paths]


def summary(reports: list[DocumentReport]) -> dict[str, int]:
    counts = {s.label: 0 for s in sorted(Severity, reverse=True)}
    for report in reports:
        for f in report.findings:
            counts[f.severity.label] += 1
    return counts
