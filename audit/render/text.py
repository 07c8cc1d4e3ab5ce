"""Plain terminal output: one line per finding, compiler style, then a summary."""

from __future__ import annotations

from audit.engine import DocumentReport, summary
from audit.messages import t
from audit.printable import printable
from audit.render.common import RenderOptions, coverage_line


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    lang = options.lang
    out: list[str] = []
    for r in reports:
        for f in r.findings:
            where = r.document.locations.get(f.line, {})
            page = f" (hlm {where['page']})" if "page" in where else ""
            # report text in a message is data: an escape sequence must not reach the terminal
            out.append(printable(
                f"{r.path}:{f.line}:{page} {f.severity.label} [{f.rule}] {f.message}"))
    for r in reports:
        if r.coverage is not None:
            out.append(f"{r.path}: {coverage_line(r.coverage, lang)}")
    counts = summary(reports)
    performed = sum(r.performed for r in reports)
    breaks = sum(r.failed for r in reports)
    parts = ", ".join(f"{n} {name}" for name, n in counts.items())
    out.append(f"{len(reports)} {t(lang, 'documents')}, {performed} {t(lang, 'checks')}, "
               f"{breaks} {t(lang, 'findings')} ({parts})")
    note = options.suppressed_note()
    if note:
        out.append(note)
    in_source = sum(len(r.suppressed) for r in reports)
    if in_source:
        out.append(t(lang, "suppressed_in_source", n=in_source))
    return "\n".join(out) + "\n"
