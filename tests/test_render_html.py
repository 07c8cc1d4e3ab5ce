from __future__ import annotations

import textwrap
from html.parser import HTMLParser

from audit.engine import audit_document
from audit.readers.text import parse_text
from audit.render import html
from audit.render.common import RenderOptions

HOSTILE = """\
Tabel 5 Peserta <script>alert("tabel")</script>
| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju "><img src=x onerror=alert(1)> | 1.064 |
| 2 | <a href="javascript:alert(2)">Wanasari</a> | 176 |
| Jumlah <script>alert(3)</script> | | 1.260 |
"""


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self.text).append(data)


def render(text: str, **options) -> tuple[str, Collector]:
    report = audit_document(parse_text(textwrap.dedent(text), "laporan.md"))
    assert any(f.rule == "footing" for f in report.findings)
    out = html.render([report], RenderOptions(**options))
    parser = Collector()
    parser.feed(out)
    return out, parser


def test_hostile_document_text_renders_as_text():
    out, parser = render(HOSTILE)
    # Only the report's own filter script, which contains none of the document's text.
    scripts = [t for t, _ in parser.tags if t == "script"]
    assert len(scripts) == 1
    assert not any("alert" in s for s in parser.scripts)
    for tag, attrs in parser.tags:
        assert tag != "img"
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert not any(v and "javascript:" in v for v in attrs.values()), (tag, attrs)
    text = "".join(parser.text)
    assert '<script>alert(3)</script>' in text
    assert '"><img src=x onerror=alert(1)>' in text
    assert 'javascript:alert(2)' in text
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in out


def test_report_is_self_contained():
    out, parser = render(HOSTILE)
    for tag, attrs in parser.tags:
        assert "src" not in attrs, tag
        if tag == "link":
            raise AssertionError("external stylesheet")
    assert "http://" not in out.replace("http://www.w3.org/2000/svg", "")
    assert "https://" not in out


def test_summary_chart_filters_and_highlight():
    out, parser = render(HOSTILE, lang="en")
    tags = [t for t, _ in parser.tags]
    assert "svg" in tags and "rect" in tags
    selects = {a.get("id") for t, a in parser.tags if t == "select"}
    assert selects == {"f-severity", "f-rule"}
    options = {a.get("value") for t, a in parser.tags if t == "option"}
    assert {"major", "footing"} <= options
    articles = [a for t, a in parser.tags if t == "article"]
    assert any(a["data-rule"] == "footing" and a["data-severity"] == "major" for a in articles)
    assert "<mark>1.260</mark>" in out
    assert "Summary" in "".join(parser.text)


def test_suppressed_count_is_shown():
    _, parser = render(HOSTILE, baseline=".audit-baseline.json", suppressed=4, lang="en")
    assert "4 known findings suppressed by baseline .audit-baseline.json." in "".join(parser.text)
