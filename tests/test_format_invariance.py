"""Format invariance: a report audited as DOCX, HTML, PDF or extracted text yields the
findings its Markdown/text original yields.

Each seeded sample report is rendered by ``tests/formats.py`` into every format (text
formats with suffix ``.txt``, then ``.html``, ``.docx``, ``.pdf`` printed with fpdf2), read
back with ``audit.readers.read_report`` and audited in-process. Findings are compared as a
multiset of ``(rule, stated, expected)`` (line numbers differ between formats), summed over
all seeded reports for each format.

DOCX, HTML, ruled PDF, space-aligned text and one-cell-per-line text meet the 90% the
project aims at. Unruled PDF does not yet, and its floor below is the measured state, kept as
a guard against regressions (raise it as the reader improves): unruled PDFs lose multi-row
headers, and a centred label whose figure line starts with a capital is joined to the wrong
row.

In one-cell-per-line text a table whose rows do not share one shape (key, texts, figures,
trailing text) is left unread on purpose (the ``coverage`` finding reports it) rather than
guessed; rows of exactly the header's width (rating scales) and rows keyed by a number or a
budget code are rebuilt.

Extra findings (false alarms a format adds) are bounded for every format.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import formats  # noqa: E402

from audit.engine import audit_document  # noqa: E402
from audit.readers import read_report  # noqa: E402

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "sample_reports"
SEEDED = sorted(p for p in SAMPLES_DIR.glob("*") if p.suffix in (".md", ".txt")
                and p.with_name(p.stem + ".expected.json").exists())
FORMATS = ["docx", "html", "pdf", "pdf_unruled", "layout_text", "cell_lines_text"]
MIN_REPRODUCED = 0.90

Key = tuple[str, str, str]


def _keys(path: Path) -> Counter[Key]:
    report = audit_document(read_report(path))
    return Counter((f.rule, f.stated, f.expected) for f in report.findings)


@cache
def _original(path: Path) -> Counter[Key]:
    return _keys(path)


def _describe(keys: Counter[Key]) -> str:
    return "\n".join(f"    {rule}: stated {stated!r}, expected {expected!r}"
                     + (f" (x{n})" if n > 1 else "")
                     for (rule, stated, expected), n in sorted(keys.items())) or "    (none)"


# format -> (least share of the originals' findings reproduced, most extra findings)
FLOORS = {
    "docx": (MIN_REPRODUCED, 0),
    "html": (MIN_REPRODUCED, 0),
    "pdf": (MIN_REPRODUCED, 2),
    "layout_text": (MIN_REPRODUCED, 2),
    # (7: the tab-separated sample's Tabel 3.1, its predicate wrapped around each row, is
    # still read one column off; reading Tabel 3.3's long-label row since 2026-12-03 adds
    # one more cross_table pair against it)
    "pdf_unruled": (0.75, 7),
    "cell_lines_text": (MIN_REPRODUCED, 2),
}


@pytest.mark.parametrize("fmt", FORMATS)
def test_findings_survive_the_format(fmt, tmp_path):
    least, most_extra = FLOORS[fmt]
    reproduced = total = extras = 0
    report: list[str] = []
    for source in SEEDED:
        original = _original(source)
        assert original, f"{source.name}: the original itself yields no finding"
        rendered = formats.render(source, fmt, tmp_path)
        found = _keys(rendered)
        missing, extra = original - found, found - original
        reproduced += sum((original & found).values())
        total += sum(original.values())
        extras += sum(extra.values())
        if missing or extra:
            report.append(f"{source.name} as {fmt}:\n  missing:\n{_describe(missing)}\n"
                          f"  extra:\n{_describe(extra)}")
    detail = "\n".join(report)
    assert reproduced >= least * total, (
        f"{fmt}: {reproduced}/{total} findings reproduced (need {least:.0%})\n{detail}")
    assert extras <= most_extra, f"{fmt}: {extras} extra findings (at most {most_extra})\n{detail}"
