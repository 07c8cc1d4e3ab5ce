"""A self-contained HTML report: summary, bar charts (inline SVG), filters, every finding.

No network fetches and no framework: one file with inline CSS, SVG and a few lines of vanilla
JavaScript for the severity/rule filters. Rendered by Jinja2 with autoescaping on, so document
text (which may contain anything) always appears as text.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import PurePath

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from audit import __version__
from audit.engine import DocumentReport
from audit.messages import texts
from audit.render.common import RenderOptions, overview

SEVERITY_COLOURS = {"critical": "#b3261e", "major": "#d9730d", "minor": "#b58900",
                    "info": "#3b6ea5"}


@dataclass
class Bar:
    label: str
    count: int
    width: float
    colour: str


@dataclass
class Chart:
    title: str
    bars: list[Bar]
    height: int


def _chart(title: str, items: list[tuple[str, int, str]], limit: int = 12) -> Chart:
    items = items[:limit]
    top = max((n for _, n, _ in items), default=0) or 1
    bars = [Bar(label if len(label) <= 56 else label[:55] + "…", n, 240 * n / top, colour)
            for label, n, colour in items]
    return Chart(title, bars, 22 * len(bars) + 4)


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("audit", "templates"),
        autoescape=True,  # always: the report shows untrusted document text
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _filter_script() -> tuple[Markup, str]:
    """The page's one script and its CSP hash: the policy allows this script and no other, so
    markup smuggled in by a report (should escaping ever slip) cannot run."""
    script = files("audit").joinpath("templates/filters.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return Markup(script), f"sha256-{digest}"


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    tx = texts(options.lang)
    ov = overview(reports, options.lang, with_evidence=True)
    many = ov.documents > 1
    severity_chart = _chart(tx["by_severity"], [
        (tx[f"severity_{s}"], n, SEVERITY_COLOURS[s]) for s, n in ov.by_severity.items()])
    table_chart = _chart(tx["by_table"], [
        ((t or tx["no_table"]) + (f" ({PurePath(p).name})" if many else ""), n, "#55606e")
        for p, t, n in ov.by_table])
    template = _environment().get_template("report.html.j2")
    script, script_hash = _filter_script()
    return template.render(
        script=script, script_hash=script_hash,
        tx=tx, lang=options.lang, ov=ov, version=__version__,
        charts=[c for c in (severity_chart, table_chart) if c.bars],
        note=options.suppressed_note(), colours=SEVERITY_COLOURS,
        rules=[r for r, _ in ov.by_rule],
        documents=[r.path for r in reports] if many else [],
        explained=_explained([r for r, _ in ov.by_rule], options.lang),
    )


@dataclass
class Explained:
    id: str
    summary: str
    doc: str


def _explained(rule_ids: list[str], lang: str) -> list[Explained]:
    """The rules the page's findings carry, documented in the page's language (each finding's
    rule name links here)."""
    from audit.render.common import find_rule
    from audit.render.rule_docs import doc, summary

    out = []
    for rule_id in sorted(rule_ids):
        rule = find_rule(rule_id)
        if rule is not None:
            out.append(Explained(rule.id, summary(rule, lang), doc(rule, lang)))
    return out
