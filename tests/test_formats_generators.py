"""Tests of the format generators in ``tests/formats.py`` (not of the auditor).

Every sample report (clean and seeded, ``.md`` and ``.txt``) is rendered once per session
into every format; the tests then open each file with an independent library (python-docx,
pdfplumber, the stdlib HTML parser) and check that the content arrived.
"""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import formats  # noqa: E402
from formats import (  # noqa: E402
    FORMATS,
    Block,
    figure_tokens,
    header_spans,
    latin1,
    parse_blocks,
    plain,
)

SAMPLES_DIR = Path(__file__).resolve().parent.parent / "sample_reports"
SAMPLES = sorted(p for p in SAMPLES_DIR.glob("*") if p.suffix in (".md", ".txt")
                 and p.name != "README.md")
IDS = [p.name for p in SAMPLES]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """Every sample rendered into every format, once for the whole module."""
    out: dict[str, dict[str, Path]] = {}
    for source in SAMPLES:
        directory = tmp_path_factory.mktemp(source.stem)
        out[source.name] = {fmt: formats.render(source, fmt, directory) for fmt in FORMATS}
    return out


_WORDS: dict[Path, tuple[int, set[str]]] = {}


def _pdf_words(path: Path) -> tuple[int, set[str]]:
    """(page count, set of words) of a PDF, as pdfplumber extracts them (cached)."""
    if path not in _WORDS:
        import pdfplumber

        with pdfplumber.open(path) as pdf:
            words = {w["text"] for page in pdf.pages for w in page.extract_words()}
            _WORDS[path] = (len(pdf.pages), words)
    return _WORDS[path]


def _blocks(source: Path) -> list[Block]:
    return parse_blocks(source.read_text(encoding="utf-8"))


def _tables(source: Path) -> list[Block]:
    return [b for b in _blocks(source) if b.kind == "table"]


def _expected_row(block: Block, r: int) -> list[str]:
    """The cell texts of row ``r`` once spanning header titles are merged."""
    row = block.rows[r]
    if r < block.header_rows:
        return [plain(row[first]) for first, _ in header_spans(row)]
    return [plain(c) for c in row]


def _figures(block: Block) -> list[str]:
    return [tok for row in block.rows for cell in row for tok in figure_tokens(cell)]


# --------------------------------------------------------------------------- parse_blocks


@pytest.mark.parametrize("source", SAMPLES, ids=IDS)
def test_parse_blocks_keeps_every_line(source):
    text = source.read_text(encoding="utf-8")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    blocks = parse_blocks(text)
    assert blocks and any(b.kind == "table" for b in blocks)
    covered: set[int] = set()
    for b in blocks:
        if b.kind == "table":
            covered.update(b.row_lines)
            assert b.width >= 2 and all(len(r) == b.width for r in b.rows)
            assert 1 <= b.header_rows < len(b.rows)
        elif b.kind == "prose":
            assert lines[b.line - 1] == b.text
            covered.add(b.line)
        else:
            assert not lines[b.line - 1].strip()
            covered.add(b.line)
    starts = [b.line for b in blocks]
    assert starts == sorted(starts)
    # every line is a block, a table row, a Markdown separator or a joined continuation
    missing = [n for n in range(1, len(lines) + 1) if n not in covered]
    assert all(re.fullmatch(r"[\s|:\-]+", lines[n - 1]) or "\t" in lines[n - 1]
               for n in missing), missing


def test_markdown_tables_and_header_rows():
    tables = _tables(SAMPLES_DIR / "lkjip_dinas_kabupaten.md")
    text = (SAMPLES_DIR / "lkjip_dinas_kabupaten.md").read_text(encoding="utf-8")
    assert len(tables) == len(re.findall(r"(?m)^\|(\s*:?-+:?\s*\|)+\s*$", text))
    first = tables[0]
    assert first.caption == "Tabel 1.1 Komposisi Pegawai Berdasarkan Jabatan"
    assert first.header == [["No", "Jabatan", "Jumlah (orang)"]]
    assert first.rows[1] == ["A", "**JABATAN STRUKTURAL**", ""]
    assert first.rows[-1] == ["", "**Jumlah**", "**35**"]
    assert all(t.header_rows == 1 for t in tables)


def test_tab_tables_header_rule_spans_and_continuations():
    tables = _tables(SAMPLES_DIR / "lkjip_tabel_tab.txt")
    assert [t.header_rows for t in tables] == [3, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1]
    staff = tables[0]
    assert staff.header[0] == ["No", "Jabatan", "Pegawai yang ada", "", "", ""]
    assert header_spans(staff.header[0]) == [(0, 1), (1, 1), (2, 4)]
    assert header_spans(staff.header[1]) == [(j, 1) for j in range(6)]
    assert formats.is_column_number_row(staff.header[2])
    labels = [r[1] for r in staff.body]
    assert "Pengelola Arsip Dinamis Inaktif dan Statis pada Depo Arsip" in labels
    assert "pada Depo Arsip" not in labels
    # the capaian table split by a page break: two tables, the second without caption
    capaian, continued = tables[5], tables[6]
    assert capaian.caption.startswith("Tabel 3.1") and continued.caption is None
    assert continued.header == capaian.header
    assert capaian.body[-1][1] == "Persentase perangkat daerah yang arsipnya dikelola " \
                                  "sesuai standar kearsipan"


def test_markdown_headings_and_bold_in_every_format(tmp_path):
    import docx

    blocks = parse_blocks("# BAB I\n\nTeks **tebal** 12 orang.\n\n"
                          "| No | Uraian |\n|---|---|\n| 1 | **Jumlah** |\n")
    assert [b.kind for b in blocks] == ["prose", "blank", "prose", "blank", "table"]
    assert blocks[0].is_heading and blocks[0].heading_level == 1
    formats.render_docx(blocks, tmp_path / "h.docx")
    document = docx.Document(str(tmp_path / "h.docx"))
    assert document.paragraphs[0].style.name == "Heading 1"
    assert document.paragraphs[0].text == "BAB I"
    runs = [(r.text, bool(r.bold)) for r in document.paragraphs[2].runs]
    assert runs == [("Teks ", False), ("tebal", True), (" 12 orang.", False)]
    assert document.tables[0].cell(1, 1).paragraphs[0].runs[0].bold
    formats.render_html(blocks, tmp_path / "h.html")
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert "<h1>BAB I</h1>" in page and "Teks <b>tebal</b> 12 orang." in page
    for fmt in ("layout_text", "cell_lines_text"):
        formats.RENDERERS[fmt](blocks, tmp_path / f"{fmt}.txt")
        text = (tmp_path / f"{fmt}.txt").read_text(encoding="utf-8")
        assert text.splitlines()[:3] == ["BAB I", "", "Teks tebal 12 orang."]
        assert "**" not in text


# --------------------------------------------------------------------------- every format


@pytest.mark.parametrize("source", SAMPLES, ids=IDS)
def test_every_renderer_writes_a_file(rendered, source):
    files = rendered[source.name]
    assert set(files) == set(FORMATS)
    for fmt, path in files.items():
        assert path.is_file() and path.stat().st_size > 500, fmt
        assert path.suffix == formats.SUFFIXES[fmt]


def test_renderers_are_deterministic(tmp_path):
    source = SAMPLES_DIR / "lkjip_tabel_tab.txt"
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for fmt in FORMATS:
        one = formats.render(source, fmt, first).read_bytes()
        two = formats.render(source, fmt, second).read_bytes()
        assert one == two, fmt


# --------------------------------------------------------------------------- DOCX


@pytest.mark.parametrize("source", SAMPLES, ids=IDS)
def test_docx_has_the_same_tables_and_cells(rendered, source):
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(rendered[source.name]["docx"]))
    tables = _tables(source)
    assert len(document.tables) == len(tables)
    for block, table in zip(tables, document.tables, strict=True):
        trs = table._tbl.tr_lst
        assert len(trs) == len(block.rows)
        for r, tr in enumerate(trs):
            texts = ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.tc_lst]
            assert texts == _expected_row(block, r), (block.caption, r)
            spans = [tc.grid_span for tc in tr.tc_lst]
            if r < block.header_rows:
                assert spans == [n for _, n in header_spans(block.rows[r])]
            else:
                assert spans == [1] * block.width
            tr_pr = tr.trPr
            is_header = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
            assert is_header == (r < block.header_rows), (block.caption, r)
    prose = [plain(b.text) for b in _blocks(source) if b.kind == "prose"]
    paragraphs = [p.text for p in document.paragraphs if p.text]
    assert paragraphs == prose


def test_docx_merges_a_spanning_header_title(rendered):
    import docx

    document = docx.Document(str(rendered["lkjip_tabel_tab.txt"]["docx"]))
    first_row = document.tables[0]._tbl.tr_lst[0]
    assert [tc.grid_span for tc in first_row.tc_lst] == [1, 1, 4]


# --------------------------------------------------------------------------- HTML


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, int, str]]]] = []
        self._cell: list[str] | None = None
        self._section = ""
        self._span = 1

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag in ("thead", "tbody"):
            self._section = tag
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
            self._span = int(dict(attrs).get("colspan") or 1)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append((self._section, self._span, "".join(self._cell)))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


@pytest.mark.parametrize("source", SAMPLES, ids=IDS)
def test_html_has_the_same_tables_and_cells(rendered, source):
    parser = _Cells()
    parser.feed(rendered[source.name]["html"].read_text(encoding="utf-8"))
    tables = _tables(source)
    assert len(parser.tables) == len(tables)
    for block, rows in zip(tables, parser.tables, strict=True):
        assert len(rows) == len(block.rows)
        for r, row in enumerate(rows):
            assert [text for _, _, text in row] == _expected_row(block, r)
            section = "thead" if r < block.header_rows else "tbody"
            assert {s for s, _, _ in row} == {section}
            if r < block.header_rows:
                assert [n for _, n, _ in row] == [n for _, n in header_spans(block.rows[r])]


# --------------------------------------------------------------------------- PDF


@pytest.mark.parametrize("fmt", ["pdf", "pdf_unruled"])
@pytest.mark.parametrize("source", SAMPLES, ids=IDS)
def test_pdf_holds_every_table_figure_as_a_word(rendered, source, fmt):
    pages, words = _pdf_words(rendered[source.name][fmt])
    missing = sorted({latin1(tok) for t in _tables(source) for tok in _figures(t)} - words)
    assert missing == []
    lines = source.read_text(encoding="utf-8").count("\n")
    if lines > 100:
        assert pages > 1


def test_pdf_replaces_characters_outside_latin1():
    assert latin1("76 ≤ 90 | ≥ 91 | 22,42‰ | a – b − c • d × e") == \
        "76 <= 90 | >= 91 | 22,42o/oo | a - b - c \u00b7 d × e"
    assert latin1("Pembinaan").encode("latin-1")


def test_pdf_wraps_cells_and_repeats_the_header_after_a_page_break(rendered):
    """Ruled tables as pdfplumber sees them: wrapped cells, header on the next page."""
    import pdfplumber

    split = wrapped = 0
    with pdfplumber.open(rendered["lkjip_rsud.md"]["pdf"]) as pdf:
        previous_header = None
        for page in pdf.pages:
            tables = page.extract_tables()
            if not tables:
                previous_header = None
                continue
            if previous_header is not None and tables[0][0] == previous_header:
                split += 1
            wrapped += sum(1 for t in tables for row in t for c in row if c and "\n" in c)
            previous_header = tables[-1][0]
    assert split >= 1
    assert wrapped >= 5


def test_pdf_unruled_has_no_cell_border(rendered):
    import pdfplumber

    with pdfplumber.open(rendered["lkjip_rsud.md"]["pdf_unruled"]) as pdf:
        assert all(not page.rects and not page.lines for page in pdf.pages)
    with pdfplumber.open(rendered["lkjip_rsud.md"]["pdf"]) as pdf:
        assert sum(len(page.rects) for page in pdf.pages) > 100


def test_pdf_has_a_page_number_footer(rendered):
    import pdfplumber

    with pdfplumber.open(rendered["laporan_pp39_tw3.md"]["pdf"]) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            bottom = page.crop((0, page.height - 50, page.width, page.height))
            assert bottom.extract_text().strip() == f"Halaman {number}"


# --------------------------------------------------------------------------- text layouts


@pytest.mark.parametrize("source", SAMPLES, ids=IDS)
def test_layout_text_holds_every_table_figure(rendered, source):
    text = rendered[source.name]["layout_text"].read_text(encoding="utf-8")
    assert "\t" not in text
    tokens = {tok for line in text.splitlines() for tok in line.split()}
    missing = sorted({tok for t in _tables(source) for tok in _figures(t)} - tokens)
    assert missing == []
    lines = set(text.splitlines())
    for b in _blocks(source):
        if b.kind == "prose":
            assert b.text.replace("**", "") in lines or plain(b.text) in lines
    assert not any(line.lstrip().startswith("|") for line in text.splitlines())


def test_layout_text_centres_figures_on_the_label_middle_line(tmp_path):
    label = "Persentase perangkat daerah yang arsipnya dikelola sesuai standar kearsipan " \
            "nasional dan ketentuan"
    block = Block("table", 1, rows=[["No", "Indikator", "Target", "Realisasi"],
                                    ["1", label, "80,00", "76,47"],
                                    ["2", "Pendek", "1.234", "-"]], header_rows=1)
    path = tmp_path / "t.txt"
    formats.render_layout_text([block], path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 3 + 1
    assert lines[2].split()[0] == "1" and lines[2].split()[-2:] == ["80,00", "76,47"]
    assert not re.search(r"\d", lines[1]) and not re.search(r"\d", lines[3])
    assert all(len(line) <= 4 + 35 + 2 * 3 + 9 + 5 for line in lines)
    assert re.search(r"\S {2,}\S", lines[2])
    # two-line label: figures on the first line; half_lines: on a line of their own
    block.rows[1][1] = "Persentase perangkat daerah yang arsipnya dikelola sesuai"
    formats.render_layout_text([block], path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and "80,00" in lines[1]
    assert lines[2].strip() == "arsipnya dikelola sesuai"
    formats.render_layout_text([block], path, half_lines=True)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5 and "80,00" in lines[2]
    assert "80,00" not in lines[1] and "80,00" not in lines[3]


@pytest.mark.parametrize("source", SAMPLES, ids=IDS)
def test_cell_lines_text_has_every_cell_on_its_own_line(rendered, source):
    text = rendered[source.name]["cell_lines_text"].read_text(encoding="utf-8")
    assert "\t" not in text
    for block in _tables(source):
        cells = [plain(c) for row in block.rows for c in row if plain(c)]
        assert "\n" + "\n".join(cells) + "\n" in "\n" + text, block.caption


# --------------------------------------------------------------------------- pdftotext


@pytest.mark.skipif(not formats.HAVE_PDFTOTEXT, reason="pdftotext (poppler-utils) not installed")
def test_pdftotext_helpers_see_every_figure(rendered):
    source = SAMPLES_DIR / "lkjip_rsud.md"
    figures = {latin1(tok) for t in _tables(source) for tok in _figures(t)}
    for extract in (formats.pdftotext_layout, formats.pdftotext_plain):
        text = extract(rendered[source.name]["pdf"])
        assert figures - set(text.split()) == set(), extract.__name__
