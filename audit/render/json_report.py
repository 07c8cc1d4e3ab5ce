"""The JSON report: a contract read by CI users and the corpus scorer (schema audit-report/1)."""

from __future__ import annotations

import json
from typing import Any

from audit import __version__
from audit.engine import DocumentReport, summary
from audit.findings import Finding
from audit.model import Document
from audit.render.location import finding_location

SCHEMA = "audit-report/1"


def finding_dict(finding: Finding, lines: list[str],
                 locations: dict[int, dict[str, int | str]] | None = None,
                 doc: Document | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": finding.fingerprint(lines),
        "rule": finding.rule,
        "severity": finding.severity.label,
        "line": finding.line,
        "related_lines": sorted(set(finding.related_lines) - {finding.line}),
        "table": finding.table,
        "stated": finding.stated,
        "expected": finding.expected,
        "difference": finding.difference,
        "message": finding.message,
    }
    # PDF/DOCX/XLSX/HTML input: where the line came from (page, paragraph, sheet and cell)
    where = finding_location(doc, finding) if doc is not None \
        else (locations or {}).get(finding.line, {})
    for key, value in where.items():
        data.setdefault(key, value)
    return data


def report_dict(reports: list[DocumentReport]) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "audit", "version": __version__},
        "documents": [
            {
                "path": r.path,
                "format": r.document.kind,
                "checks": {"performed": r.performed, "failed": r.failed},
                "coverage": r.coverage.as_dict() if r.coverage else None,
                "errors": list(r.errors),
                "findings": [finding_dict(f, r.document.lines, doc=r.document)
                             for f in r.findings],
                # accepted in the report itself by an "audit: disable" comment, with its reason
                "suppressed": [
                    {**finding_dict(s.finding, r.document.lines, doc=r.document),
                     "reason": s.directive.reason, "comment_line": s.directive.line}
                    for s in r.suppressed],
                "suppression_notes": list(r.suppression_notes),
            }
            for r in reports
        ],
        "summary": summary(reports),
    }


def render(reports: list[DocumentReport], options: object = None) -> str:
    """The JSON report; ``options`` (language, baseline) do not change the contract."""
    return json.dumps(report_dict(reports), ensure_ascii=False, indent=2) + "\n"
