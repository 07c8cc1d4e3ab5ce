"""Suppressions that travel with the report: comments in the source, markdownlint style.

A reviewer who has checked a finding and accepts it says so in the report itself, with the
reason, so that the next run (and the next reviewer) sees the decision where the figure is::

    <!-- audit: disable-next-line footing -- Jumlah resmi dari BKD, termasuk PPPK -->
    | Jumlah | 9 | 7 | 17 |

    <!-- audit: disable footing, crossfooting -- tabel salinan dari SIPD -->
    ... (the lines up to the matching enable comment) ...
    <!-- audit: enable footing, crossfooting -->

Rules are rule ids or ``all``. A reason (after ``--``) is required: a comment without one
suppresses nothing and is reported as a problem. A comment line inside a pipe table does not
break the table (see the text reader). Suppressed findings are counted and listed in every
output; a directive that suppressed nothing is reported as unused.

Works in ``.md``, ``.txt`` and ``.html`` sources, whose comments reach the text the auditor
reads; PDF, DOCX and XLSX carry none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from audit.findings import Finding
from audit.model import Document

_DIRECTIVE_RE = re.compile(
    r"<!--\s*audit:\s*(?P<kind>disable-next-line|disable|enable)\s+"
    r"(?P<rules>[a-z_]+(?:\s*,\s*[a-z_]+)*)\s*(?:--\s*(?P<reason>.*?))?\s*-->",
    re.IGNORECASE)
COMMENT_LINE_RE = re.compile(r"^\s*<!--.*-->\s*$")


@dataclass
class Directive:
    line: int
    kind: str  # "disable-next-line", "disable", "enable"
    rules: frozenset[str]
    reason: str | None
    # lines it covers (inclusive): the next line, or the block up to its enable
    start: int = 0
    end: int = 0
    used: int = 0

    def covers(self, finding: Finding) -> bool:
        return self.start <= finding.line <= self.end and (
            "all" in self.rules or finding.rule in self.rules)


@dataclass
class Suppressed:
    finding: Finding
    directive: Directive


@dataclass
class Outcome:
    kept: list[Finding]
    suppressed: list[Suppressed] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # directives without a reason ...
    unused: list[Directive] = field(default_factory=list)


def directives(doc: Document) -> tuple[list[Directive], list[str]]:
    """The suppression comments of a document, with the lines they cover, and problems."""
    found: list[Directive] = []
    problems: list[str] = []
    open_blocks: dict[str, Directive] = {}
    for n, text in enumerate(doc.lines, start=1):
        for m in _DIRECTIVE_RE.finditer(text):
            kind = m.group("kind").lower()
            rules = frozenset(r.strip().lower() for r in m.group("rules").split(","))
            reason = (m.group("reason") or "").strip() or None
            if kind == "enable":
                for rule in rules:
                    block = open_blocks.pop(rule, None)
                    if block is not None:
                        block.end = n
                continue
            if reason is None:
                problems.append(f"baris {n}: komentar 'audit: {kind}' tanpa alasan "
                                f"(tulis '-- alasan'); tidak ada temuan yang disembunyikan")
                continue
            directive = Directive(n, kind, rules, reason)
            if kind == "disable-next-line":
                directive.start = directive.end = _next_line(doc, n)
            else:
                directive.start, directive.end = n, len(doc.lines)
                for rule in rules:
                    open_blocks[rule] = directive
            found.append(directive)
    return found, problems


def _next_line(doc: Document, line: int) -> int:
    """The next line that is not blank and not itself a comment."""
    for n in range(line + 1, len(doc.lines) + 1):
        text = doc.lines[n - 1]
        if text.strip() and not COMMENT_LINE_RE.match(text):
            return n
    return line


def apply(doc: Document, findings: list[Finding]) -> Outcome:
    """The findings the report's own comments do not suppress, and those they do."""
    found, problems = directives(doc)
    if not found:
        return Outcome(list(findings), problems=problems)
    outcome = Outcome([], problems=problems)
    for f in findings:
        directive = next((d for d in found if d.covers(f)), None)
        if directive is None:
            outcome.kept.append(f)
        else:
            directive.used += 1
            outcome.suppressed.append(Suppressed(f, directive))
    outcome.unused = [d for d in found if not d.used]
    return outcome
