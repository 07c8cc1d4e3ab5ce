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


UNTITLED = """\
Sebelum tabel ada kalimat pengantar.

| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju | 1.064 |
| 2 | Wanasari | 176 |
| 3 | Cibodas | 20 |
| Jumlah | | 1.280 |

Jumlah peserta tahun ini 1.260 orang.
"""


def _articles(out: str) -> list[str]:
    import re

    return re.findall(r"<article.*?</article>", out, re.S)


def _text(fragment: str) -> str:
    parser = Collector()
    parser.feed(fragment)
    return "".join(parser.text)


def test_a_finding_in_a_table_without_caption_is_named_by_its_first_line():
    out, _ = render(UNTITLED)
    [footing] = [a for a in _articles(out) if 'data-rule="footing"' in a]
    text = _text(footing)
    assert "Tabel tanpa judul, baris 3" in text
    assert "(di luar tabel)" not in out


def test_a_footing_finding_shows_the_header_the_rows_added_and_the_total():
    out, _ = render(UNTITLED)
    [footing] = [a for a in _articles(out) if 'data-rule="footing"' in a]
    text = _text(footing)
    for line in ("| No | Unit | Orang |", "| 1 | Sukamaju | 1.064 |", "| 2 | Wanasari | 176 |",
                 "| 3 | Cibodas | 20 |", "| Jumlah | | 1.280 |"):
        assert line in text, line
    # the header row comes first, the flagged total last
    assert text.index("| No | Unit") < text.index("Sukamaju") < text.index("| Jumlah")
    assert '<span class="hdr">' in footing and '<span class="target">' in footing


def test_a_tie_out_finding_shows_every_place_the_figure_is_printed():
    text = """\
    Tabel 2.2 Program dan Pagu Anggaran

    | Kode | Program | Pagu (Rp) |
    |---|---|---|
    | 2.09.01 | Program Penunjang Urusan Pemerintahan | 7.815.400.000 |
    | Jumlah | | 7.815.400.000 |

    Pagu Program Penunjang Urusan Pemerintahan (2.09.01) sebesar Rp 7.851.400.000,- pada tahun ini.

    Tabel 3.5 Realisasi Anggaran

    | Kode | Program | Pagu (Rp) | Realisasi (Rp) |
    |---|---|---|---|
    | 2.09.01 | Program Penunjang Urusan Pemerintahan | 7.815.400.000 | 7.528.600.950 |
    | Jumlah | | 7.815.400.000 | 7.528.600.950 |
    """
    report = audit_document(parse_text(textwrap.dedent(text), "laporan.md"))
    out = html.render([report], RenderOptions())
    [tie] = [a for a in _articles(out) if "7.851.400.000" in a]
    shown = _text(tie)
    assert "Tabel 2.2 Program dan Pagu Anggaran" in shown
    assert "Tabel 3.5 Realisasi Anggaran" in shown
    assert shown.count("7.815.400.000") >= 2  # the other two places, each shown


def test_filters_search_document_rule_links_and_print_styles():
    reports = [audit_document(parse_text(textwrap.dedent(t), name))
               for t, name in ((UNTITLED, "a.md"), (HOSTILE, "b.md"))]
    out = html.render(reports, RenderOptions())
    _, parser = None, Collector()
    parser.feed(out)
    ids = {attrs.get("id") for _, attrs in parser.tags}
    assert {"f-severity", "f-rule", "f-document", "f-search"} <= ids
    # each finding's rule name links to the rule's explanation at the foot of the page
    links = {attrs["href"] for tag, attrs in parser.tags if tag == "a" and "href" in attrs}
    assert "#rule-footing" in links and "rule-footing" in ids
    assert "Passes" not in out and "Lolos" in out  # explained in the page's language
    assert "@media print" in out and "break-inside: avoid" in out
    assert {attrs.get("data-document") for tag, attrs in parser.tags if tag == "article"} \
        == {"a.md", "b.md"}
