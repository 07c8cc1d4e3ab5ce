"""SARIF 2.1.0: for GitHub code scanning and other static-analysis dashboards."""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from audit import __version__
from audit.engine import DocumentReport
from audit.findings import Severity
from audit.render.common import RenderOptions, rule_catalogue
from audit.render.location import finding_location

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
# Placeholder until the project has a public home; set it to the repository URL.
FINGERPRINT_KEY = "auditFinding/v1"

LEVELS = {
    Severity.CRITICAL: "error",
    Severity.MAJOR: "error",
    Severity.MINOR: "warning",
    Severity.INFO: "note",
}


def artifact_uri(path: str) -> str:
    """A relative path stays relative (code scanning resolves it against the checkout)."""
    p = PurePath(path)
    if p.is_absolute():
        return "file://" + quote(p.as_posix())
    posix = p.as_posix()
    return quote(posix[2:] if posix.startswith("./") else posix)


def _first_paragraph(doc: str) -> str:
    para = doc.strip().split("\n\n", 1)[0]
    return " ".join(para.split())


def sarif_dict(reports: list[DocumentReport]) -> dict[str, Any]:
    catalogue = rule_catalogue()
    seen = {f.rule for r in reports for f in r.findings}
    known = {r.id for r in catalogue}
    rules = [
        {
            "id": r.id,
            "name": r.id,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": _first_paragraph(r.doc) or r.summary},
            "help": {"text": r.doc.strip() or r.summary},
            "defaultConfiguration": {"level": LEVELS[r.severity]},
            "properties": {"severity": r.severity.label},
        }
        for r in catalogue
    ] + [
        {"id": rid, "name": rid, "shortDescription": {"text": rid},
         "fullDescription": {"text": rid}, "defaultConfiguration": {"level": "warning"}}
        for rid in sorted(seen - known)
    ]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    results = []
    for r in reports:
        uri = artifact_uri(r.path)
        accepted = {id(s.finding): s.directive for s in r.suppressed}
        for f in [*r.findings, *(s.finding for s in r.suppressed)]:
            text = f.message
            if f.table:
                text = f"{text} [{f.table}]"
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": LEVELS[f.severity],
                "message": {"text": text},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": uri},
                        "region": {"startLine": max(f.line, 1)},
                    },
                }],
                "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint(r.document.lines)},
                "properties": {
                    "severity": f.severity.label,
                    "stated": f.stated,
                    "expected": f.expected,
                    "difference": f.difference,
                    "table": f.table,
                    "relatedLines": sorted(set(f.related_lines) - {f.line}),
                    **finding_location(r.document, f),
                },
            }
            if id(f) in accepted:
                # accepted in the report itself: SARIF's in-source suppression, with the reason
                result["suppressions"] = [{"kind": "inSource",
                                           "justification": accepted[id(f)].reason or ""}]
            related = sorted(set(f.related_lines) - {f.line})
            if related:
                result["relatedLocations"] = [
                    {"id": i, "physicalLocation": {"artifactLocation": {"uri": uri},
                                                   "region": {"startLine": n}}}
                    for i, n in enumerate(related, start=1)
                ]
            results.append(result)
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "audit",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [_invocation(reports)],
            "results": results,
        }],
    }


_FAILED_CHECK_RE = re.compile(r"check '([a-z_]+)' failed")


def _invocation(reports: list[DocumentReport]) -> dict[str, Any]:
    """A check that failed is a tool execution notification: a CI reading only SARIF still
    learns that part of a report went unchecked."""
    notes = []
    for r in reports:
        for error in r.errors:
            note: dict[str, Any] = {
                "level": "error", "message": {"text": error},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(r.path)}}}],
            }
            m = _FAILED_CHECK_RE.search(error)
            if m:
                note["associatedRule"] = {"id": m.group(1)}
            notes.append(note)
    return {"executionSuccessful": not notes, "toolExecutionNotifications": notes}


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    return json.dumps(sarif_dict(reports), ensure_ascii=False, indent=2) + "\n"
