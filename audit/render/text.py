"""Plain terminal output: one line per finding, compiler style, then a summary."""

from __future__ import annotations

from audit.engine import DocumentReport, summary
from audit.messages import counted, t
from audit.printable import printable
from audit.render.common import RenderOptions, coverage_line

# ANSI colours by severity, for a terminal only (see the CLI's --color)
_COLOURS = {"critical": "\033[1;31m", "major": "\033[33m", "minor": "\033[36m",
            "info": "\033[2m"}
_RESET = "\033[0m"


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    lang = options.lang
    out: list[str] = []
    for r in [] if options.quiet else reports:
        for f in sorted(r.findings, key=lambda f: (-f.severity, f.line, f.rule)):
            where = r.document.locations.get(f.line, {})
            page = f" (hlm {where['page']})" if "page" in where else ""
            label = t(lang, f"severity_{f.severity.label}")
            if options.color:
                label = f"{_COLOURS[f.severity.label]}{label}{_RESET}"
            # report text in a message is data: an escape sequence must not reach the terminal
            line = (f"{printable(f'{r.path}:{f.line}:{page}')} {label} "
                    f"{printable(f'[{f.rule}] {f.message}')}")
            out.append(_wrapped(line, options.width))
    for r in [] if options.quiet else reports:
        if r.coverage is not None:
            out.append(_wrapped(f"{r.path}: {coverage_line(r.coverage, lang)}", options.width))
    if options.statistics:
        counts: dict[tuple[str, str], int] = {}
        for r in reports:
            for f in r.findings:
                key = (f.rule, f.severity.label)
                counts[key] = counts.get(key, 0) + 1
        for (rule, label), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            out.append(f"{n:>5}  {rule:<22} {t(lang, f'severity_{label}')}")
    counts = summary(reports)
    performed = sum(r.performed for r in reports)
    breaks = sum(r.failed for r in reports)
    parts = ", ".join(f"{n} {t(lang, f'severity_{name}')}" for name, n in counts.items())
    out.append(f"{counted(lang, len(reports), 'documents')}, "
               f"{counted(lang, performed, 'checks')}, "
               f"{counted(lang, breaks, 'findings')} ({parts})")
    note = options.suppressed_note()
    if note:
        out.append(note)
    in_source = sum(len(r.suppressed) for r in reports)
    if in_source:
        out.append(t(lang, "suppressed_in_source", n=in_source))
    return "\n".join(out) + "\n"


def _wrapped(line: str, width: int | None) -> str:
    """At a terminal, a long finding wrapped at its width, the rest indented under it; in a
    pipe or file each finding stays on one line (for grep and editors)."""
    if not width or len(line) <= width:
        return line
    import textwrap

    return textwrap.fill(line, width=max(width, 40), subsequent_indent="    ",
                         break_long_words=False, break_on_hyphens=False)
