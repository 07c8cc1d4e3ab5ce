"""Markdown report: a summary, then every finding grouped by severity, with its context.

Meant for a pull-request comment or a job summary on a Git forge, and for reading in a pager.
"""

from __future__ import annotations

import re

from tabulate import tabulate

from audit.engine import DocumentReport
from audit.messages import texts
from audit.printable import printable
from audit.render.common import FindingView, RenderOptions, overview


def _code(text: str | None) -> str:
    """Inline code that survives backticks and pipes in the text."""
    if text is None or text == "":
        return "–"
    text = printable(text.replace("\n", " ")).replace("|", "\\|")
    fence = "``" if "`" in text else "`"
    pad = " " if "`" in text else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# Characters that start markup: emphasis, links and images, raw HTML, entities, tables,
# strike-through, code. Escaped with a backslash (CommonMark allows it before any ASCII
# punctuation), so a report cell is shown as the text it is.
_MARKUP_RE = re.compile(r"([\\`*_\[\]<>|~&!])")


def _plain(text: str) -> str:
    """Report text as Markdown text: never markup, never a mention that notifies anyone."""
    text = _MARKUP_RE.sub(r"\\\1", printable(text.replace("\n", " ")))
    return text.replace("@", "@\u2060")  # a word joiner: "@everyone" pings no one


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    tx = texts(options.lang)
    ov = overview(reports)
    out = [f"# {tx['title']}", "", f"## {tx['summary']}", ""]
    out.append(tabulate(
        [[tx["documents_label"], ov.documents],
         [tx["figures_checked"], ov.performed],
         [tx["breaks"], ov.breaks]],
        headers=["", tx["count"]], tablefmt="github"))
    out.append("")
    if ov.coverage:
        out += [f"### {tx['coverage']}", ""]
        out += [f"- `{_plain(path)}`: {_plain(line)}" for path, line in ov.coverage]
        out.append("")
    note = options.suppressed_note()
    if note:
        out += [f"> {note}", ""]
    out += [f"### {tx['by_severity']}", ""]
    out.append(tabulate([[tx[f"severity_{s}"], n] for s, n in ov.by_severity.items()],
                        headers=[tx["severity"], tx["count"]], tablefmt="github"))
    out.append("")
    if ov.by_rule:
        out += [f"### {tx['by_rule']}", ""]
        out.append(tabulate([[f"`{r}`", n] for r, n in ov.by_rule],
                            headers=[tx["rule"], tx["count"]], tablefmt="github"))
        out.append("")
    if ov.by_table:
        out += [f"### {tx['by_table']}", ""]
        many = ov.documents > 1
        rows = [([_plain(p)] if many else []) + [_plain(t) if t else tx["no_table"], n]
                for p, t, n in ov.by_table]
        headers = (["file"] if many else []) + [tx["table"], tx["count"]]
        out.append(tabulate(rows, headers=headers, tablefmt="github"))
        out.append("")
    if ov.errors:
        out += [f"### {tx['errors']}", ""]
        out += [f"- {_plain(e)}" for e in ov.errors]
        out.append("")
    if not ov.findings:
        out += [tx["no_findings"], ""]
    for label, views in ov.grouped():
        out += [f"## {tx['severity_' + label].capitalize()} ({len(views)})", ""]
        for v in views:
            out += _finding(v, tx)
    return "\n".join(out).rstrip("\n") + "\n"


def _finding(v: FindingView, tx: dict[str, str]) -> list[str]:
    f = v.finding
    out = [f"### {_code(v.location)} · `{f.rule}`", ""]
    if f.table:
        out.append(f"- **{tx['table'].capitalize()}:** {_plain(f.table)}")
    out.append(f"- **{tx['stated']}:** {_code(f.stated)} → **{tx['expected']}:** "
               f"{_code(f.expected)}" + (f" (**{tx['difference']}:** {_code(f.difference)})"
                                         if f.difference else ""))
    if v.related:
        out.append(f"- **{tx['compared']}:** {_plain(v.related_text)}")
    out.append(f"- **{tx['message']}:** {_plain(f.message)}")
    out.append(f"- **{tx['fingerprint']}:** `{v.id}`")
    out.append("")
    if v.context:
        width = len(str(v.context[-1].number))
        out.append("```text")
        for c in v.context:
            marker = ">" if c.is_target else " "
            # A fence inside the excerpt would end the block early.
            out.append(f"{marker} {c.number:>{width}} | "
                       f"{printable(c.text).replace('```', 'ʼʼʼ')}")
        out.append("```")
        out.append("")
    return out
