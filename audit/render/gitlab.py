"""GitLab Code Quality report: findings in the merge request widget and the diff.

https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format — a JSON array of
issues, each with ``description``, ``check_name``, ``fingerprint``, ``severity`` (info, minor,
major, critical, blocker) and ``location.path`` / ``location.lines.begin``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from audit.engine import DocumentReport
from audit.render.common import RenderOptions
from audit.render.sarif import artifact_uri


def issues(reports: list[DocumentReport]) -> list[dict[str, Any]]:
    out = []
    for r in reports:
        for f in r.findings:
            # GitLab compares fingerprints between branches; the finding's own fingerprint
            # is line-independent, and the path keeps two reports' findings apart
            fingerprint = hashlib.sha256(
                f"{r.path}\0{f.fingerprint(r.document.lines)}".encode()).hexdigest()
            out.append({
                "type": "issue",
                "description": f.message,
                "check_name": f.rule,
                "categories": ["Bug Risk"],
                "fingerprint": fingerprint,
                "severity": f.severity.label,
                "location": {"path": artifact_uri(r.path), "lines": {"begin": f.line}},
            })
    return out


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    return json.dumps(issues(reports), ensure_ascii=False, indent=2) + "\n"
