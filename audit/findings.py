"""Findings: what a check reports, and the stable fingerprint that identifies it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    INFO = 0
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity '{text}' (choose from {choices})") from None


@dataclass
class Finding:
    """One break: the figure judged wrong, what it should be, and what was compared."""

    rule: str
    severity: Severity
    line: int
    stated: str
    expected: str
    message: str
    related_lines: list[int] = field(default_factory=list)
    table: str | None = None
    difference: str | None = None
    # Text that identifies the finding independently of line numbers (row label, column).
    anchor: str = ""
    # 1 for the second finding of a document with the same fingerprint (a table printed
    # twice), 2 for the third ...: keeps ids unique, and stable when other lines move.
    occurrence: int = 0
    # The table columns the finding's arithmetic read on its row (the judged cell and its
    # inputs): two findings on one row that share none are two breaks, not one.
    cells: frozenset[int] = frozenset()
    # A sum the finding judged, as (column, sign) pairs, the judged column first with +1:
    # lets a later rule tell which operand one wrong cell is (audit.reconcile).
    relation: tuple[tuple[int, int], ...] = ()
    # A rate the finding judged as numerator column / denominator column × 100.
    rate_of: tuple[int, int] = ()

    def fingerprint(self, document_lines: list[str] | None = None) -> str:
        """A hash of what the finding is about, not where: it survives lines moving.

        Built from the rule, the table caption, the anchor (row/column or claim subject), the
        printed figure and the text of the line judged wrong, whitespace-normalised.
        """
        line_text = ""
        if document_lines and 1 <= self.line <= len(document_lines):
            line_text = re.sub(r"\s+", " ", document_lines[self.line - 1]).strip()
        key = "\x1f".join([self.rule, self.table or "", self.anchor, self.stated, line_text])
        if self.occurrence:
            key += f"\x1f#{self.occurrence}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass
class CheckResult:
    """What one check did on one document: how many comparisons, and the breaks."""

    performed: int = 0
    findings: list[Finding] = field(default_factory=list)
    # parts of the document the check could not judge because it failed there
    errors: list[str] = field(default_factory=list)

    def passed(self) -> None:
        self.performed += 1

    def failed(self, finding: Finding) -> None:
        self.performed += 1
        self.findings.append(finding)

    def extend(self, other: CheckResult) -> None:
        self.performed += other.performed
        self.findings.extend(other.findings)
        self.errors.extend(other.errors)


def number_repeats(findings: list[Finding], document_lines: list[str]) -> None:
    """Give each finding whose fingerprint an earlier one (in line order) already has its
    occurrence number, so that no two findings of a document share an id."""
    seen: dict[str, int] = {}
    for f in sorted(findings, key=lambda f: f.line):
        f.occurrence = 0
        base = f.fingerprint(document_lines)
        f.occurrence = seen.get(base, 0)
        seen[base] = f.occurrence + 1
