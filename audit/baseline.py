"""Baselines: accept today's findings, report only new ones.

A baseline file lists findings by fingerprint (see ``Finding.fingerprint``): the rule, table,
anchor, printed figure and the text of the finding's line, not its line number, so a finding
stays suppressed when lines are inserted or removed elsewhere in the report. ``path``, ``rule``,
``line`` and ``stated`` are recorded for the humans reviewing the file; only ``id`` matters.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from audit import __version__
from audit.engine import DocumentReport

SCHEMA = "audit-baseline/1"


class BaselineError(Exception):
    """A baseline file that cannot be read."""


def baseline_dict(reports: list[DocumentReport]) -> dict[str, Any]:
    entries = []
    for r in reports:
        for f in r.findings:
            entries.append({
                "id": f.fingerprint(r.document.lines),
                "path": r.path,
                "rule": f.rule,
                "severity": f.severity.label,
                "line": f.line,
                "table": f.table,
                "stated": f.stated,
                "expected": f.expected,
            })
    entries.sort(key=lambda e: (e["path"], e["line"], e["rule"], e["id"]))
    return {"schema": SCHEMA, "tool": {"name": "audit", "version": __version__},
            "findings": entries}


def render(reports: list[DocumentReport]) -> str:
    return json.dumps(baseline_dict(reports), ensure_ascii=False, indent=2) + "\n"


def load(path: str | Path) -> set[str]:
    """The fingerprints recorded in a baseline file."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"no such baseline file: {p}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"cannot read baseline {p}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline {p} is not valid JSON ({exc.msg}, line {exc.lineno})") \
            from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA \
            or not isinstance(data.get("findings"), list):
        raise BaselineError(f"baseline {p} is not an {SCHEMA} file "
                            "(create one with 'audit baseline')")
    ids = set()
    for entry in data["findings"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            raise BaselineError(f"baseline {p}: every finding needs a string 'id'")
        ids.add(entry["id"])
    return ids


def apply(reports: list[DocumentReport], known: set[str]) -> int:
    """Drop findings recorded in the baseline from ``reports``; return how many were dropped."""
    dropped = 0
    for r in reports:
        kept = [f for f in r.findings if f.fingerprint(r.document.lines) not in known]
        dropped += len(r.findings) - len(kept)
        r.findings = kept
    return dropped
