"""Baselines: accept today's findings, report only new ones.

A baseline file lists findings by fingerprint (see ``Finding.fingerprint``): the rule, table,
anchor, printed figure and the text of the finding's line, not its line number, so a finding
stays suppressed when lines are inserted or removed elsewhere in the report.

An entry hides a finding only in the report it was recorded for (``path`` *and* ``id``): a
finding accepted in one report must not hide the same break in another. ``match="content"``
matches by ``id`` alone, an explicit choice for next year's report under a new name.
``rule``, ``line`` and ``stated`` are recorded for the humans reviewing the file.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit import __version__
from audit.engine import DocumentReport

SCHEMA = "audit-baseline/1"
MATCHES = ("path", "content")


@dataclass(frozen=True)
class Entry:
    """One accepted finding of a baseline file."""

    id: str
    path: str | None
    rule: str = ""
    line: int | None = None
    stated: str = ""


def normal_path(path: str) -> str:
    """A report path as a baseline compares it: ``./laporan//a.md`` and ``laporan/a.md`` are
    one file, and an absolute path under the working directory is written relative to it."""
    p = Path(os.path.normpath(path))
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            pass
    return p.as_posix()


class BaselineError(Exception):
    """A baseline file that cannot be read."""


def baseline_dict(reports: list[DocumentReport]) -> dict[str, Any]:
    entries = []
    for r in reports:
        for f in r.findings:
            entries.append({
                "id": f.fingerprint(r.document.lines),
                "path": normal_path(r.path),
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


def load(path: str | Path) -> list[Entry]:
    """The entries recorded in a baseline file."""
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
    entries = []
    for item in data["findings"]:
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            raise BaselineError(f"baseline {p}: every finding needs a string 'id'")
        where = item.get("path")
        line = item.get("line")
        entries.append(Entry(
            id=item["id"],
            # an entry without a path (written by hand) matches by content
            path=normal_path(where) if isinstance(where, str) and where else None,
            rule=str(item.get("rule") or ""),
            line=line if isinstance(line, int) else None,
            stated=str(item.get("stated") or "")))
    return entries


def apply(reports: list[DocumentReport], entries: list[Entry],
          match: str = "path") -> tuple[int, list[Entry]]:
    """Drop findings recorded in the baseline from ``reports``: how many were dropped, and
    the entries that hid nothing in the audited reports (stale: the break was fixed)."""
    by_content = {e.id for e in entries if match == "content" or e.path is None}
    by_path = {(e.path, e.id) for e in entries if match == "path" and e.path is not None}
    used: set[tuple[str | None, str]] = set()
    audited: set[str] = set()
    dropped = 0
    for r in reports:
        where = normal_path(r.path)
        audited.add(where)
        kept = []
        for f in r.findings:
            fingerprint = f.fingerprint(r.document.lines)
            if (where, fingerprint) in by_path:
                used.add((where, fingerprint))
            elif fingerprint in by_content:
                used.add((None, fingerprint))
            else:
                kept.append(f)
        dropped += len(r.findings) - len(kept)
        r.findings = kept
    def hid_something(e: Entry) -> bool:
        key = (e.path, e.id) if match == "path" and e.path is not None else (None, e.id)
        return key in used

    # by path, an entry for a report not audited this time is not stale, only not looked at
    unused = [e for e in entries if not hid_something(e)
              and (match == "content" or e.path is None or e.path in audited)]
    return dropped, unused
