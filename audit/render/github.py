"""GitHub Actions workflow commands: one annotation per finding on the pull request diff.

https://docs.github.com/actions/reference/workflow-commands-for-github-actions
"""

from __future__ import annotations

from audit.engine import DocumentReport
from audit.findings import Severity
from audit.messages import counted
from audit.printable import printable
from audit.render.common import RenderOptions

COMMANDS = {
    Severity.CRITICAL: "error",
    Severity.MAJOR: "error",
    Severity.MINOR: "warning",
    Severity.INFO: "notice",
}


def escape_data(text: str) -> str:
    """The message part: ``%``, CR and LF are encoded, other control characters spelled out."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """A ``key=value`` property: as data, plus ``:`` and ``,`` which end a property."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, **props: str | int) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
    return f"::{command} {fields}::{escape_data(message)}"


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    out: list[str] = []
    for r in reports:
        for f in r.findings:
            title = f"audit {f.severity.label} [{f.rule}]: {f.stated} → {f.expected}"
            out.append(annotation(COMMANDS[f.severity], f.message,
                                  file=r.path, line=f.line, title=title))
    breaks = sum(r.failed for r in reports)
    performed = sum(r.performed for r in reports)
    lang = options.lang
    summary = (f"audit: {counted(lang, len(reports), 'documents')}, "
               f"{counted(lang, performed, 'checks')}, {counted(lang, breaks, 'findings')}")
    note = options.suppressed_note()
    if note:
        summary += f"; {note}"
    out.append(printable(summary))  # a plain log line, not an annotation
    return "\n".join(out) + "\n"
