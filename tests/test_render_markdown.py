from __future__ import annotations

import textwrap

from audit.engine import audit_document
from audit.readers.text import parse_text
from audit.render import markdown
from audit.render.common import RenderOptions, line_ranges

REPORT = """\
Tabel 5 Peserta
| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju | 1.064 |
| 2 | Wanasari  | 176 |
| Jumlah | | 1.260 |
"""


def render(**options) -> str:
    report = audit_document(parse_text(textwrap.dedent(REPORT), "laporan.md"))
    return markdown.render([report], RenderOptions(**options))


def test_markdown_summary_and_finding():
    out = render()
    assert out.startswith("# Laporan audit angka")
    assert "## Ringkasan" in out
    assert "### Temuan menurut aturan" in out and "`footing`" in out
    assert "Tabel 5 Peserta" in out
    assert "## Mayor (" in out
    assert "`laporan.md:6`" in out
    assert "`1.260`" in out and "`1.240`" in out
    assert "4–5" in out  # lines compared
    # context excerpt, finding line marked
    assert "> 6 | | Jumlah | | 1.260 |" in out
    assert "```text" in out


def test_markdown_english_chrome_and_suppression_note():
    out = render(lang="en", baseline="b.json", suppressed=2)
    assert "## Summary" in out and "### Findings by severity" in out
    assert "> 2 known findings suppressed by baseline b.json." in out


def test_pipes_in_table_text_do_not_break_markdown_rows():
    out = render()
    row = next(line for line in out.splitlines() if "Tabel 5 Peserta" in line and "|" in line)
    assert row.count("|") - row.count("\\|") == 3


def test_line_ranges():
    assert line_ranges([42, 37, 38, 39]) == "37–39, 42"
    assert line_ranges([]) == ""
