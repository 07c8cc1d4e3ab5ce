"""Tables in the layouts that PDF extraction tools print, rebuilt into rows of cells.

Two layouts carry no pipes and no tabs:

* **space-aligned** (``pdftotext -layout``, copies from PDF viewers): columns are the runs of
  two or more spaces that line up across the rows holding figures. Word processors centre a
  cell's text vertically, so a wrapped label prints partly *above* and partly *below* the line
  that holds its row's figures; those fragments are joined to their row. A header spread over
  several lines is assembled column by column.
* **one cell per line** (plain ``pdftotext``, many web copies): after the caption come the
  header cells, one per line, then each row's cells in reading order. Rows are rebuilt from
  the sequence of text and figure lines: a row begins with its number or its label and ends
  with its figures.

Both give :class:`LayoutBlock` objects: rows of cell texts with the source line of every cell,
so that a finding points at the line where the figure is printed, in the file the reviewer
holds. The text reader turns them into tables exactly as it does pipe and tab rows.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from audit.figures import DASHES, parse_figure
from audit.model import TABLE_PREFIX, is_total_label

_CHUNK_RE = re.compile(r"\S+(?: \S+)*")
# ("Lanjutan Tabel 3.9" heads a table's piece on the next page as "Tabel 3.9 (lanjutan)" does)
_CAPTION_RE = re.compile(r"^\s*[*_#]*\s*(?:lanjutan\s+)?(tabel|table|gambar|grafik)\s*"
                         rf"{TABLE_PREFIX}[0-9IVX]+",
                         re.IGNORECASE)
_HEADING_RE = re.compile(
    r"^\s*(BAB\s+[IVX0-9]+\b|[IVX]{1,4}\.\s+[A-Z]|\d{1,2}(\.\d{1,2})+\.?\s+[A-Z]|[A-H]\.\s+[A-Z])")
# a budget code (zero-padded groups: 5.03.01, 1.02.02.2.01) in a cell of its own
_BUDGET_CODE_CELL_RE = re.compile(r"^\d{1,2}\.0\d(\.\d{1,4})*\s{2,}\S")
_SOURCE_RE = re.compile(r"^\s*((sumber|keterangan|ket\.|catatan)\s*:|\*+\)\s)", re.IGNORECASE)
_MARKER_RE = re.compile(r"^(\d{1,3}|[A-Za-z]|[IVX]{1,4})[.)]?$")
_ROW_START_RE = re.compile(r"^(\d{1,2}[.)]|[A-H][.)]|[IVX]{1,4}\.|[a-z][.)]|[•·▪◦●\-–*])\s")
_TEXT_COLUMN_RE = re.compile(
    r"keterangan|^ket\.?$|kategori|predikat|status|satuan|sumber|kriteria|interpretasi|"
    r"penanggung|^pj$|lokasi|uraian|nama|indikator|sasaran|program|kegiatan|jabatan|jenis",
    re.IGNORECASE)
_PAGE_NUMBER_RE = re.compile(r"^[\s\-–—]*(\d{1,3}|[ivxlc]{1,6})[\s\-–—]*$", re.IGNORECASE)

MAX_FRAGMENT_GAP = 6  # text-only lines between two rows of figures (labels in narrow columns)
MAX_HEADER_LINES = 6
MAX_PASTED_HEADER_LINES = 16  # a header pasted in drawing order, one title piece per line
MAX_DRAWN_UNITS = 80  # words of its first line and pieces after it, at most


@dataclass
class LayoutRow:
    line: int
    cells: list[str]
    cell_lines: list[int]
    lines: list[int] = field(default_factory=list)


@dataclass
class LayoutBlock:
    """A table rebuilt from a layout: its rows in order (header rows first) and every source
    line it took, so that none of them is read as prose."""

    rows: list[LayoutRow]
    consumed: set[int]
    centred: bool = False  # cells printed centred vertically (wrapped text above and below)
    # the table's own rows show cells printed from the top (a first row whose label is
    # whole on its figure line and wraps two lines or more below it, nothing above)
    top_aligned: bool = False
    # rows that are the header, and the line that closes it (a grid table's "+===+")
    header_rows: int = 0
    separator_line: int | None = None

    @property
    def first_line(self) -> int:
        return min(self.consumed)


# an amount misprinted with a dot for its decimal comma (2.740.000.000.00): still the cell
# of a figure column, for the malformed_figure check to judge, not a piece of a label
_MISPRINTED_AMOUNT_RE = re.compile(r"\(?-?\d{1,3}(?:\.\d{3}){2,}[.,]\d{1,2}\)?")


def _is_figure(text: str) -> bool:
    return text.strip() in DASHES or parse_figure(text) is not None \
        or bool(_MISPRINTED_AMOUNT_RE.fullmatch(text.strip()))


def _figure_like(text: str) -> bool:
    """A figure, or a cell of a rating scale (``≥ 91``, ``76 ≤ 90``): a value cell of a row."""
    return _is_figure(text) or bool(RANGE_CELL_RE.match(text))


# (an indicator's code too: "IK-5", "IKU 2", "SS-1.2")
_MARKER_OR_CODE_RE = re.compile(r"^(?:[\dA-Za-z]{1,3}[.)]?|\d+(?:\.\d+)+|"
                                r"[A-Z]{1,5}[-. ]?\d{1,2}(?:\.\d{1,2})*[.)]?)$")
# a unit cell between a label and its figures: "%", "hari", "orang/tahun", "Rp"
_UNIT_CHUNK_RE = re.compile(r"^(?:%|Rp|[a-z][a-z/.]{0,11})$")


def _long_label_row(chunks: list[str], label: int) -> bool:
    """``2.09.02  Program Pengelolaan ... Kemandirian Pangan   550.500.000``: at most a number
    or a code, the label, then only figures (two at least when nothing stands before it),
    the first of them perhaps the unit they are counted in (``IK-5  Persentase ...  %
    22,00``)."""
    before, after = chunks[:label], chunks[label + 1:]
    if len(after) >= 2 and _UNIT_CHUNK_RE.match(after[0]):
        after = after[1:]
    return bool(after) and all(_figure_like(c) for c in after) \
        and (len(after) >= 2 if not before
             else len(before) == 1 and bool(_MARKER_OR_CODE_RE.match(before[0])))


def _is_prose(text: str) -> bool:
    """A sentence of running text, not a row of cells: one long run of words, or a run of
    many words that ends like a sentence. Cells are short runs parted by wide gaps."""
    t = text.strip()
    if _single_spaced_row(t) or _title_line(t):
        return False
    chunks = _CHUNK_RE.findall(t)
    longest = max(chunks, key=len, default="")
    if chunks and _long_label_row(chunks, chunks.index(longest)):
        return False  # a long label and the row's figures beside it, each in its column
    words = longest.split()
    if GROUP_HEADING_RE.match(t) and len(words) <= 16 and not t.endswith((".", ",")):
        return False  # "Sasaran 2: Meningkatnya kualitas pelayanan ...": a group row's name
    if len(longest) > 65 or len(words) >= 10:
        return True
    # justified text: wide gaps between single lower-case words
    lower = [c for c in chunks if c[:1].islower() and c.replace("-", "").isalpha()]
    # (the figures and names a sentence carries are no cells: "... tahun  2025  mencapai
    # 35,84" spread over the line's width)
    wordy = [c for c in chunks if c.replace("-", "").isalpha()]
    if len(chunks) >= 6 and (len(lower) * 2 >= len(chunks)
                             or len(wordy) >= 6 and len(lower) * 2 >= len(wordy)):
        return True
    # justified text whose gaps fall between phrases ("Pagu  anggaran Kecamatan  Sungai
    # Lembayung  pada APBD murni  Tahun  2025 sebesar  Rp"): many runs of words, few of
    # them figures, several beginning in lower case (a row's text cells are capitalised)
    figures = [c for c in chunks if _is_figure(c)]
    phrases = [c for c in chunks if c[:1].islower()
               and c.replace("-", "").replace(" ", "").replace(",", "").isalpha()]
    if len(chunks) >= 5 and len(figures) <= 1 and len(phrases) >= 2:
        return True
    if t.endswith(",") and _capitalised(words):
        return False  # "Dokter Spesialis Lain (Saraf, Penyakit Dalam, Anak,": a label wrapping
    return len(words) >= 7 and longest == t and t.endswith((".", ":", ","))


def _capitalised(words: list[str]) -> bool:
    """Nearly every word begins with a capital (a name in title case, not a sentence)."""
    initials = [w.lstrip("(\"'")[:1] for w in words]
    return bool(initials) and sum(c.isupper() for c in initials) * 10 >= len(initials) * 8


# a budget code (its second group of two digits: 2.12.01, 1.02.02.2.01) and a name, with no
# figures: a row's label, never a section heading (3.2.1 has one digit per group)
# (a regional budget code "2.17.01.2.03", or a central satker's output "3073.EBA.994")
# (a sub kegiatan's code ends in four digits: 1.02.02.2.01.0020)
_CODE_LED_RE = re.compile(
    r"^(?:\d{1,2}\.\d{2}(\.\d{1,2}){1,3}(?:\.\d{4})?|\d{4}\.[A-Z]{2,3}\.\d{3})\s+[A-Za-z]")


# the same, the code and the name in one cell (one space between them), as a PDF printed
# from a browser or a word processor lays out a code inside the label's cell
_CODE_IN_LABEL_RE = re.compile(r"^\d{1,2}\.\d{2}(\.\d{1,2}){1,4} [A-Za-z]")


def _title_line(text: str) -> bool:
    """``No Sasaran Strategis / Indikator Kinerja Satuan Target Awal Perubahan``: column
    titles pasted with single spaces. Every word is capitalised (or a symbol, a number, a
    unit in parentheses), and nothing ends a sentence; running text has lower-case words.
    ``s.d. TW IV`` is a title too."""
    text = _UP_TO_IN_TEXT_RE.sub("SD", text)
    words = text.split()
    return len(words) >= 3 and not text.endswith((".", ",", ";")) and ". " not in text \
        and all(not w[0].islower() for w in words) \
        and sum(w[0].isupper() for w in words) * 2 >= len(words)


_UP_TO_IN_TEXT_RE = re.compile(r"(?<!\S)(?:s\.\s?d\.?|s/d)(?=\s)", re.IGNORECASE)


def _stop_line(text: str) -> bool:
    """A caption, a heading or a source note: a table does not run past it. A budget row
    (``2.09.01  Program ...  7.815.400.000``) starts like a numbered heading but holds figures."""
    t = text.strip()
    if _HEADING_RE.match(t) and any(_is_figure(c) for c in re.split(r"\s{2,}", t)[1:]):
        return False
    if _BUDGET_CODE_CELL_RE.match(t):
        return False  # "5.03.01    PROGRAM PENUNJANG ...": a budget group row, no heading
    if _HEADING_RE.match(t) and (_single_spaced_row(t) or _CODE_LED_RE.match(t)):
        # "2.12.01.1.02 Administrasi Keuangan ... 5.642.180.000 ...", pasted, or the first
        # line of such a row whose label wrapped before its figures
        return False
    return bool(_CAPTION_RE.match(t) or _HEADING_RE.match(t) or _SOURCE_RE.match(t))


def _shape(line: str) -> str:
    """A line with its page number blanked: the running footer of page 3 matches page 4's."""
    text = " ".join(line.split())
    # trailing digits by hand: the regex \d+$ backtracks quadratically on a line of digits
    end = len(text)
    while end and text[end - 1].isdecimal():
        end -= 1
    return text if end == len(text) else text[:end] + "#"


def is_running(line: str, running: set[str]) -> bool:
    return bool(running) and (_shape(line) in running
                              or " ".join(line.split()) in running)


def running_lines(lines: list[str]) -> set[str]:
    """Running page headers and footers: a line of some length repeated on several pages
    (with or without its page number), as text and as shape."""
    # a column-number row (1) (2) (3) repeats under every table: it is not page furniture;
    # neither is a table's header repeated on each page below the page's top, nor an
    # indicator named in three tables: furniture sits at the very edge of a page
    edges = _page_edges(lines)
    counts = Counter(_shape(line) for i, line in enumerate(lines)
                     if i in edges
                     and sum(1 for c in re.split(r"\s{2,}", line.strip()) if _is_figure(c)) < 2)
    # long enough not to be a header cell repeated over several tables ("Indikator Kinerja")
    shapes = {t for t, n in counts.items()
              if n >= 3 and len(t) >= 25 and len(t.split()) >= 4 and not _is_figure(t)}
    return shapes | {re.sub(r"\s+", " ", line).strip() for line in lines if _shape(line) in shapes}


PAGE_MARK_RE = re.compile(r"^\s*(?:-\s*)?(?:\d{1,3}|halaman\s+\d{1,3}(?:\s+dari\s+\d{1,3})?|"
                           r"page\s+\d{1,3}(?:\s+of\s+\d{1,3})?)(?:\s*-)?\s*$", re.IGNORECASE)


# "Halaman 10 dari 13": a page number in words, never a table cell
_WORDED_PAGE_MARK_RE = re.compile(
    r"^(?:halaman|page|hal\.)\s+\d{1,3}(?:\s+(?:dari|of)\s+\d{1,3})?$", re.IGNORECASE)


# a running line that carries its page number: "Laporan Kinerja ... 2025        7"
# (words and years only before it: a table row of counts ends in a number too)
_NUMBERED_RUNNING_RE = re.compile(
    r"^\s*[A-Za-z](?:[^\d\n]|(?<!\d)(?:19|20)\d\d(?!\d))*?\s{3,}(?:halaman\s+)?\d{1,3}\s*$|"
    r"^\s*\d{1,3}\s{3,}[A-Za-z](?:[^\d\n]|(?<!\d)(?:19|20)\d\d(?!\d))*$", re.IGNORECASE)


def _paged_repeats(lines: list[str]) -> list[int]:
    """Lines of one text ending in a number that rises from one to the next, three at least
    (``LKjIP RSGM ... Tahun 2024 6``, then ``... 2024 7``): a footer with its page number,
    however closely it follows the words (text copied from a PDF viewer keeps one space)."""
    by_shape: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        shape = _shape(line)
        if shape.endswith("#") and len(shape) >= 25 and len(shape.split()) >= 4:
            number = line.strip()[len(shape) - 1:].strip()
            if number.isdecimal() and len(number) <= 3:
                by_shape.setdefault(shape, []).append((i, int(number)))
    marks: list[int] = []
    for found in by_shape.values():
        numbers = [n for _, n in found]
        if len(found) >= 3 and all(a < b for a, b in zip(numbers, numbers[1:], strict=False)):
            marks += [i for i, _ in found]
    return marks


def _page_edges(lines: list[str], depth: int = 2) -> set[int]:
    """The first and last ``depth`` non-blank lines of every page, where form feeds mark
    pages (``pdftotext`` output); without form feeds, the lines near a page number."""
    starts = [0] + [i for i, line in enumerate(lines) if "\f" in line]
    if len(starts) < 3:
        # a text without page marks: page furniture stands next to the page numbers (a
        # table's cells, or an indicator named in three tables, do not)
        def apart(i: int) -> bool:  # a page number stands by a blank line or the text's edge
            return i == 0 or i == len(lines) - 1 or not lines[i - 1].strip(" \f") \
                or not lines[i + 1].strip(" \f")

        marks = [i for i, line in enumerate(lines) if line.strip() and (
            PAGE_MARK_RE.match(line) and apart(i) or _NUMBERED_RUNNING_RE.search(line))]
        marks += _paged_repeats(lines)
        near: set[int] = set()
        for i in marks:
            near.update(range(max(0, i - 3), min(len(lines), i + 4)))
        return near
    edges: set[int] = set()
    bounds = [*starts, len(lines)]
    for a, b in zip(bounds, bounds[1:], strict=False):
        filled = [i for i in range(a, b) if lines[i].strip(" \f")]
        edges.update(filled[:depth] + filled[-depth:])
    return edges


# ------------------------------------------------------------------- space-aligned layout

@dataclass
class _Chunk:
    start: int
    end: int
    text: str


def _chunks(line: str) -> list[_Chunk]:
    line = line.replace("\t", "  ")
    out = [_Chunk(m.start(), m.end(), m.group()) for m in _CHUNK_RE.finditer(line)]
    return [piece for c in out for piece in _split_trailing_figures(c)]


def _split_trailing_figures(chunk: _Chunk) -> list[_Chunk]:
    """``Kapitasi JKN 2.640.000.000 2.656.011.000 100,61``: a label and figures separated by
    single spaces are several cells when at least two figures end the chunk."""
    words = chunk.text.split(" ")
    if len(words) >= 4 and re.fullmatch(r"\d{1,3}\.", words[-1]) \
            and _is_figure(words[-2]) and _is_figure(words[-3]):
        # "3 D-III 4 3 7.": a stray dot an OCR engine read after the row's last figure
        words[-1] = words[-1][:-1]
    # a short capitalised text cell may follow the figures: "... 100,36 Sangat Baik"
    end = len(words)
    while end > 0 and len(words) - end < 3 and _TEXT_CELL_WORD_RE.fullmatch(words[end - 1]):
        end -= 1
    k = end
    while k > 0 and _is_figure(words[k - 1]) and not words[k - 1].startswith("("):
        k -= 1
    if k == 0 and end == 3 and _is_range(words):
        return [chunk]  # "90,01 - 100,00": one cell of a scale, not three figures
    # "102,68 Sangat Baik": a figure and the text cell printed a space after it
    lone = k == 0 and end - k == 1 and end < len(words)
    if end - k < 2 and not lone:
        return [chunk]
    pieces: list[_Chunk] = []
    pos = chunk.start
    if k:
        label = " ".join(words[:k])
        pieces.append(_Chunk(pos, pos + len(label), label))
        pos += len(label) + 1
    for w in words[k:end]:
        pieces.append(_Chunk(pos, pos + len(w), w))
        pos += len(w) + 1
    if end < len(words):
        tail = " ".join(words[end:])
        pieces.append(_Chunk(pos, pos + len(tail), tail))
    return pieces


_TEXT_CELL_WORD_RE = re.compile(r"[A-Z][a-z]+|[A-Z]{1,4}")


def _is_range(words: list[str]) -> bool:
    """``90,01 - 100,00``: two figures joined by a dash, the lower first (a scale's band)."""
    low, dash, high = words[:3]
    if dash not in ("-", "–", "s.d.", "s/d"):
        return False
    a, b = parse_figure(low), parse_figure(high)
    return a is not None and b is not None and not a.dash and not b.dash and a.value < b.value


def _single_spaced_row(text: str) -> bool:
    """``1 Persentase penduduk wajib KTP yang memiliki KTP-el % 97,85 98,41 98,58 99,00``:
    a row pasted from a PDF viewer, the label and its figures parted by single spaces. Long
    as a sentence, but it ends in two or more figures (not years) and its label has no
    sentence break."""
    if "  " in text:
        return False
    pieces = _split_trailing_figures(_Chunk(0, len(text), text))
    if len(pieces) < 3:
        return False
    figures = [p.text for p in pieces if _is_figure(p.text)]
    label = pieces[0].text
    return len(figures) >= 2 and not all(_YEAR_RE.fullmatch(f) for f in figures) \
        and (not _is_figure(label) or bool(_NUMBERED_LABEL_RE.match(label)
                                           or _KEGIATAN_LED_RE.match(label))) \
        and len(label) <= 110 and ". " not in label \
        and not label.endswith((".", ":")) \
        and (not label.endswith(",") or bool(_CODE_LED_RE.match(label)))
    # ("1.02.02.2.01.0020 Pemeliharaan Rutin dan Berkala Sarana, 1.200.000.000 ...": a
    # coded row's name wraps after a comma, its rest on the next line)


_YEAR_RE = re.compile(r"(19|20)\d\d")
# "2025 thd" over "2024": a year starting a column title's line ("Perubahan / 2025 thd 2024")
_YEAR_TITLE_RE = re.compile(r"(19|20)\d\d(?:\s+[A-Za-z.]{1,6})*")
# a ministry's kegiatan code before its name, "4125 Dukungan Manajemen ...": no count of
# "Dukungan" (not a year: "2025 Target ..." is a title line)
_KEGIATAN_LED_RE = re.compile(r"^(?!(?:19|20)\d\d\b)\d{4}\s+[A-Z][a-z]+\s+\S")


# a cell of a rating scale: "76,00 s.d. 90,99", "91,00 ke atas", "> 90 - 100", "< 50,00 %",
# "76 ≤ 90", "≥ 91", the variable named or not ("80% ≤ capaian < 100%", "capaian ≥ 100%";
# not "Dirujuk ≤ 2", a column's title), or in words ("76 s.d. kurang dari 91", "kurang dari 51")
RANGE_CELL_RE = re.compile(
    r"^[<>≤≥]?\s*\d[\d.,]*\s*%?\s*(?:(?:s\.?\s?d\.?|s/d|-|–|sampai(?:\s+dengan)?|hingga|<=?|≤)"
    r"\s*(?:(?:capaian|nilai|skor|indeks|realisasi|[xnc])\s*(?:<=?|≤)\s*|kurang\s+dari\s+)?"
    r"[<>≤≥]?\s*\d[\d.,]*\s*%?|ke\s*atas|ke\s*bawah)$"
    r"|^(?:(?:capaian|nilai|skor|indeks|realisasi|[xnc])\s*)?(?:[<>]=?|[≤≥]|kurang\s+dari|"
    r"lebih\s+dari)\s*\d[\d.,]*\s*%?$",
    re.IGNORECASE)


def _is_row_line(chunks: list[_Chunk]) -> bool:
    """A line that holds a table row's figures: two or more cells, a figure after the first
    (or a range of a rating scale)."""
    figures = [c.text for c in chunks[1:] if (_is_figure(c.text) and c.text not in DASHES)
               or RANGE_CELL_RE.match(c.text)]
    if chunks and RANGE_CELL_RE.match(chunks[0].text) \
            and len(_YEAR_RE.findall(chunks[0].text)) < 2:
        # "25,00 - 64,99   D   Tidak Baik": a rating scale's row opens with its range
        figures.append(chunks[0].text)
    if figures and all(_YEAR_TITLE_RE.fullmatch(f) for f in figures) and \
            all(_YEAR_RE.fullmatch(c.text) or _UNIT_MARK_RE.fullmatch(c.text)
                or not re.search(r"\d", _YEAR_IN_TEXT_RE.sub("", c.text)) for c in chunks):
        # "2023   2024   2025": the years over a comparison table's columns ("2025  2025
        # (%)" under "Target  Realisasi  Capaian", "2025   Renstra 2026")
        return False
    return len(chunks) >= 2 and bool(figures)


def _columns(rows: list[list[_Chunk]]) -> list[tuple[int, int]]:
    """Column spans: the x-ranges covered by some row's text, split at gaps of two or more
    positions that are blank in every row."""
    width = max(c.end for r in rows for c in r)
    occupied = [False] * (width + 1)
    for r in rows:
        for c in r:
            for x in range(c.start, c.end):
                occupied[x] = True
    spans: list[tuple[int, int]] = []
    x = 0
    while x <= width:
        if not occupied[x]:
            x += 1
            continue
        start = x
        while True:
            while x <= width and occupied[x]:
                x += 1
            gap = 0
            while x + gap <= width and not occupied[x + gap]:
                gap += 1
            if gap >= 2 or x + gap > width:
                break
            x += gap
        spans.append((start, x))
    return spans


def _template_columns(rows: list[list[_Chunk]]) -> list[tuple[int, int]] | None:
    """Column spans from the rows with the most cells, when blank gaps cannot part two
    columns: a long label that runs up to the unit column (``... rusak (-)  %`` above
    ``... internal      nilai``) leaves no blank position between them in every row, yet
    each full row still shows the two cells apart. The i-th cells of the full rows make
    column i; None unless those columns do not overlap and every other row's cells fall
    one to a column, in order."""
    widest = max(len(r) for r in rows)
    full = [r for r in rows if len(r) == widest]
    if len(full) < 2:
        return None
    spans = [(min(r[i].start for r in full), max(r[i].end for r in full))
             for i in range(widest)]
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:], strict=False)):
        return None
    for r in rows:
        cols = []
        for c in r:
            hits = [i for i, (a, b) in enumerate(spans) if min(b, c.end) - max(a, c.start) > 0]
            if len(hits) != 1:
                return None
            cols.append(hits[0])
        if cols != sorted(set(cols)):
            return None
    return spans


def _column_of(chunk: _Chunk, spans: list[tuple[int, int]]) -> int:
    best, overlap = 0, -1
    for i, (a, b) in enumerate(spans):
        o = min(b, chunk.end) - max(a, chunk.start)
        if o > overlap:
            best, overlap = i, o
    if overlap <= 0:
        # Outside every span: a title centred over a column of right-aligned figures stands
        # left of them, so the column whose figures end at or right of the title's end
        # (close by) is its own; otherwise the nearest by distance to the chunk's start.
        right = next((i for i, (a, b) in enumerate(spans) if b >= chunk.end), None)
        if right is not None and spans[right][0] - chunk.end <= _TITLE_REACH:
            return right
        best = min(range(len(spans)), key=lambda i: min(abs(spans[i][0] - chunk.start),
                                                        abs(spans[i][1] - chunk.end)))
    return best


_TITLE_REACH = 12  # how far left of its column a centred title may end


def _spans_columns(chunk: _Chunk, spans: list[tuple[int, int]]) -> int:
    return sum(1 for a, b in spans if min(b, chunk.end) - max(a, chunk.start) > 0)


def find_space_aligned(lines: list[str], taken: set[int]) -> list[LayoutBlock]:
    """Every space-aligned table among the lines not already read as pipe or tab tables."""
    running = running_lines(lines)
    chunked: list[list[_Chunk]] = [
        [] if (i + 1) in taken or "|" in line else _chunks(line) for i, line in enumerate(lines)
    ]
    row_line = [_is_row_line(c) and not _is_prose(lines[i]) and not _stop_line(lines[i])
                and not _PAGE_NUMBER_RE.match(lines[i]) and _shape(lines[i]) not in running
                for i, c in enumerate(chunked)]
    found: list[list[int]] = []
    i = 0
    while i < len(lines):
        if not row_line[i]:
            i += 1
            continue
        members = [i]
        j = i + 1
        while j < len(lines):
            if row_line[j]:
                members.append(j)
                j += 1
                continue
            # text-only lines between two rows: wrapped cells, a group row, a page footer
            k = j
            while k < len(lines) and k - members[-1] <= MAX_FRAGMENT_GAP + 1 \
                    and not row_line[k] and not _stop_line(lines[k]) \
                    and not _is_prose(lines[k]):
                k += 1
            # a page break with the header printed again starts a piece of its own (its
            # columns may stand elsewhere on the new page); the pieces join by their header
            turned = any("\f" in lines[x]
                         for x in range(members[-1] + 1, min(k + 1, len(lines)))) \
                and k - members[-1] > 2
            if k < len(lines) and row_line[k] and k - members[-1] <= MAX_FRAGMENT_GAP + 1 \
                    and not turned:
                j = k
                continue
            break
        if len(members) >= 2 or len(chunked[i]) >= 3:
            found.append(members)
        i = members[-1] + 1
    built = [(m, _build_aligned(lines, chunked, m, running, taken)) for m in found]
    blocks = [b for _, b in built if b]
    if any(b.centred for b in blocks) and not all(b.centred for b in blocks):
        # One document, one word processor: where some tables show their cells centred
        # vertically, a table whose own rows do not tell (a piece after a page break) is
        # read the same way; one whose rows show cells printed from the top is not.
        blocks = [b for m, first in built if first and (
            b := first if first.top_aligned
            else _build_aligned(lines, chunked, m, running, taken, True))]
    for block in blocks:
        _numbers_apart(block.rows)
    return blocks


_LEADING_NUMBER_RE = re.compile(r"^(\d{1,3})[.)]?\s+(\S.*)$")
_INNER_NUMBER_RE = re.compile(r"^(.*[A-Za-z,(].*?)\s(\d{1,3})\s(.*[A-Za-z].*)$")


def _numbers_apart(rows: list[LayoutRow]) -> None:
    """``No | Unit Kerja`` over ``5 Bidang Teknologi ...`` printed one space apart, or over a
    label wrapped around its number (``Bagian Umum (Subbagian SDM, 2 Subbagian Keuangan,
    ...``): the row's number goes to the No column and its words to the label's, where
    the number is the next of the table's sequence and the label column is empty."""
    if len(rows) < 3 or len(rows[0].cells) < 3 \
            or not re.fullmatch(r"no\.?", rows[0].cells[0].strip(), re.IGNORECASE):
        return
    last = 0
    for row in rows[1:]:
        first = row.cells[0].strip()
        if re.fullmatch(r"\d{1,3}[.)]?", first):
            last = int(re.sub(r"\D", "", first))
            continue
        if row.cells[1].strip() or not first:
            continue
        if m := _LEADING_NUMBER_RE.match(first):
            number, label = m.group(1), m.group(2)
        elif m := _INNER_NUMBER_RE.match(first):
            number, label = m.group(2), f"{m.group(1)} {m.group(3)}"
        else:
            continue
        if int(number) != last + 1:
            continue
        row.cells[0], row.cells[1] = number, label
        last = int(number)


# a numbered group row's first line: "1   Program Penunjang Urusan ..." (a row number, a gap,
# a capitalised name)
_NUMBERED_GROUP_RE = re.compile(r"^(\d{1,2}|[A-H]|[IVX]{1,4})[.)]?\s{2,}[A-Z][a-z]")


def _opening_group(lines: list[str], head: list[int]) -> tuple[list[int], list[int]]:
    """Header lines and, apart, the group row under a blank line that opens the body
    (``Sasaran 1: ...``, ``A  Pajak Daerah``, ``1  Program ...`` and its wrapped rest)."""
    for pos in range(len(head) - 1, 0, -1):
        if head[pos] - head[pos - 1] > 1 and all(
                not lines[k].strip() for k in range(head[pos - 1] + 1, head[pos])):
            return head[:pos], head[pos:]
    return head, []


def _titled_caption(text: str) -> bool:
    """``Tabel 3.7 Penerbitan Dokumen ...``, not a bare ``Tabel 3.6`` whose title follows."""
    return len(text.split()) >= 4


_LEADING_CODE_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,4}){1,5}\s")


def _header_lines(lines: list[str], chunked: list[list[_Chunk]], first: int,
                  taken: set[int], running: set[str]) -> list[int]:
    """The lines above the first row of figures that hold the header (and perhaps the first
    row's wrapped label), up to the caption, a blank pair, or prose."""
    out: list[int] = []
    k = first - 1
    blanks = 0
    parents = _parent_codes(chunked, [first])
    limit = MAX_HEADER_LINES
    while k >= 0 and len(out) < limit:
        text = lines[k]
        if (k + 1) in taken or _stop_line(text) or _is_prose(text) \
                or _shape(text) in running:
            break
        if not text.strip():
            blanks += 1
            # a blank line under the header, above the first group row ("Sasaran 1: ...",
            # "A  Pajak Daerah"): the header is above it
            opens_body = bool(out) and blanks == 1 and (all(
                GROUP_HEADING_RE.match(lines[o].strip()) or _GROUP_RE.match(lines[o].strip())
                or _coded_text_line(chunked[o], parents) for o in out) or (
                # "1.05.01  PROGRAM ..." over the first kegiatan's label, printed above
                # its figures: a coded group row, then text lines only
                _coded_text_line(chunked[out[0]], parents) and len(out) <= 3
                and all(len(chunked[o]) == 1 and not _figure_like(chunked[o][0].text)
                        for o in out[1:])) or (
                # "1   Program Penunjang ..." wrapped over two lines, no figures
                bool(_NUMBERED_GROUP_RE.match(lines[out[0]].strip())) and len(out) <= 3
                and not any(_is_figure(c.text) for c in chunked[out[0]][1:])
                and not any(_is_figure(c.text) for o in out[1:] for c in chunked[o])) or (
                # "PROGRAM PENUNJANG URUSAN" over "1.03.01  PEMERINTAHAN DAERAH  1.732...":
                # the top of a coded group row's label, centred on its figures
                len(out) <= 2 and bool(_LEADING_CODE_RE.match(lines[first]))
                and all(len(chunked[o]) == 1 and chunked[o][0].text.isupper()
                        and not _figure_like(chunked[o][0].text) for o in out)))
            group, top = _split_label_top(out, chunked, first) if out else ([], [])
            if not opens_body and blanks == 1 and top \
                    and all(GROUP_HEADING_RE.match(lines[o].strip()) for o in group) \
                    and k > 0 and len(chunked[k - 1]) >= 2 and not _is_prose(lines[k - 1]):
                # "Persentase kesesuaian" over "1.  pemanfaatan ruang ...  84,00": the first
                # row's label, centred, began above its figures; the header is over the blank
                opens_body = True
            if blanks >= 2 or out and not opens_body:
                break
            k -= 1  # the group row opens the body; the header stands above the blank
            continue
        if _is_row_line(chunked[k]):
            break  # the previous piece's last row, not a header line
        blanks = 0
        out.insert(0, k)
        if _NUMBERED_ROW_LINE_RE.match(text) and "  " not in text.strip() and len(out) > 1:
            # "6 Meningkatnya kepuasan" and the rest of the first row's cells, pasted
            # single-spaced above its figures: the header may stand above all of them
            limit = min(MAX_HEADER_LINES + len(out), MAX_PASTED_HEADER_LINES)
        if len(out) == limit and limit < MAX_PASTED_HEADER_LINES \
                and all(_header_piece(lines[o]) and "  " not in lines[o].strip() for o in out):
            limit += 1  # a pasted header's titles wrapped a piece per line: read on up
        k -= 1
        if "\f" in text:
            break  # a page begins here: the header does not reach back over the break
    # "Tabel 3.2" over "Pengukuran Capaian Kinerja ... 2025": a one-piece phrase right under
    # the caption is the caption's second line, not a header row (a column title's first
    # line, "%" or "Pagu Setelah", is short)
    # (a caption that already has its title is followed by a header line of capitalised
    # titles: "Tabel 3.7 Penerbitan ... per Bulan" over "Bulan KTP-el Kartu KIA Akta Jumlah")
    while out and k >= 0 and out[0] == k + 1 and _CAPTION_RE.match(lines[k]) \
            and len(chunked[out[0]]) == 1 and len(chunked[out[0]][0].text.split()) >= 4 \
            and len(out) >= 2 and not (_title_line(lines[out[0]]) and _titled_caption(lines[k])):
        out.pop(0)
    # "Tabel 3.5 ... Tertinggi dan Terendah Tahun" over a centred "2025": the caption's year
    if out and k >= 0 and out[0] == k + 1 and _CAPTION_RE.match(lines[k]) \
            and _ENDS_WANTING_YEAR_RE.search(lines[k]) and len(chunked[out[0]]) == 1 \
            and _YEAR_ONLY_RE.fullmatch(chunked[out[0]][0].text):
        out.pop(0)
    return out


_ENDS_WANTING_YEAR_RE = re.compile(r"\b(?:tahun|ta|periode|anggaran)\s*$", re.IGNORECASE)
_YEAR_ONLY_RE = re.compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)\d\d)?")


def _split_label_top(out: list[int], chunked: list[list[_Chunk]], first: int) \
        -> tuple[list[int], list[int]]:
    """The lines above a first row: those before the top of its label (a group heading,
    ``Sasaran 1: ...``) and the label's top."""
    for cut in range(len(out)):
        if _label_top(out[cut:], chunked, first):
            return out[:cut], out[cut:]
    return out, []


def _label_column(lines: list[str], chunked: list[list[_Chunk]], members: list[int],
                  spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A label column no figure line prints into: every label wrapped over two lines and
    centred, one line above its row's figures and one below, between the row number and
    the first figure column. Its lines stand in the gap between those two columns."""
    if len(spans) < 3:
        return spans
    gap_lo, gap_hi = spans[0][1], spans[1][0]
    if any(gap_lo < c.start and c.end < gap_hi for m in members for c in chunked[m]):
        return spans
    inside: list[_Chunk] = []
    near = 0
    for m in members:
        around = [k for k in (m - 1, m + 1) if 0 <= k < len(lines) and k not in members
                  and len(chunked[k]) == 1 and not _is_figure(chunked[k][0].text)]
        # (a long label may reach over the first figure column on its own line)
        fits = [chunked[k][0] for k in around
                if gap_lo + 1 < chunked[k][0].start < gap_hi - 1
                and chunked[k][0].end - gap_hi < gap_hi - chunked[k][0].start]
        near += bool(fits)
        inside += fits
    if near * 4 < len(members) * 3:
        return spans
    lo = min(c.start for c in inside)
    hi = min(max(c.end for c in inside), gap_hi - 1)
    return [spans[0], (lo, hi), *spans[1:]]


def _label_top(out: list[int], chunked: list[list[_Chunk]], first: int) -> bool:
    """Lines of one piece each, standing where the first row's label stands: the top of
    that label, wrapped above its figures."""
    row = chunked[first]
    starts = {c.start for c in row[1:] if not _is_figure(c.text)}
    lead = [c for c in row[1:next((i for i, c in enumerate(row) if i and _is_figure(c.text)),
                                   len(row))]]
    if any(len(c.text) > 8 and c.text[:1].isupper() and not (
            c.text.isupper() and all(chunked[o] and chunked[o][0].text.isupper() for o in out))
           for c in lead):
        # the row prints its label's beginning on its own line (in capitals throughout,
        # "PROGRAM PENUNJANG URUSAN" over "PEMERINTAHAN DAERAH", the case cannot tell)
        return False

    def at_label(chunk: _Chunk) -> bool:
        # where the row prints its label, or, on a figure line with none ("1.   18   14",
        # "1.   %   82,00"), between the row number and the next cell
        return any(abs(chunk.start - x) <= 2 for x in starts) or len(row) >= 3 \
            and bool(_MARKER_RE.match(row[0].text)) and row[0].end < chunk.start \
            and chunk.end < row[1].start

    return bool(out) and len(out) <= 2 and all(
        len(chunked[o]) == 1 and not _is_figure(chunked[o][0].text)
        and not GROUP_HEADING_RE.match(chunked[o][0].text) and at_label(chunked[o][0])
        for o in out)


def _build_aligned(lines: list[str], chunked: list[list[_Chunk]], members: list[int],
                   running: set[str], taken: set[int],
                   centred_hint: bool = False) -> LayoutBlock | None:
    # (a column-number row stands under the titles, not where right-aligned figures end)
    spans = _columns([chunked[m] for m in members if not _is_number_line(chunked[m])]
                     or [chunked[m] for m in members])
    widest = max(len(chunked[m]) for m in members)
    if len(spans) < widest and "  " in lines[members[0]].strip():
        template = _template_columns([chunked[m] for m in members])
        above = [chunked[k] for k in range(max(0, members[0] - 5), members[0])
                 if len(chunked[k]) >= 2]
        # the header must name the columns apart too: a title over two of them says the
        # full rows' cells are not where the columns are
        if template and not any(_spans_columns(c, template) > 1 for row in above for c in row):
            spans = template
    if len(spans) < widest or not any("  " in lines[m].strip() for m in members):
        # ``Kapitasi JKN 2.640.000.000 2.656.011.000 100,61``: cells parted by single spaces
        # do not line up (where they seem to, by chance of equal lengths, their positions
        # still say nothing); they are read in order, figures counted from the right.
        return _build_ordinal(lines, chunked, members, taken, widest, running)
    if len(spans) < 2:
        return None
    widened = _label_column(lines, chunked, members, spans)
    label_column = widened[1][0] if len(widened) > len(spans) else None
    spans = widened
    head = _header_lines(lines, chunked, members[0], taken, running)
    # Header lines must have their words inside the table's columns; a paragraph that ends
    # right above the table is not part of it.
    right = spans[-1][1]
    head = [h for h in head if chunked[h] and chunked[h][0].start < right]
    consumed: set[int] = set(members) | set(head)
    head, opening = _opening_group(lines, head)
    opening, label_top = _split_label_top(opening, chunked, members[0])

    def cells_of(idx: int) -> list[str]:
        if _is_number_line(chunked[idx]) and len(chunked[idx]) <= len(spans):
            # column numbers stand under the titles, off the figures' right edges: one per
            # column, counted from the right
            return [""] * (len(spans) - len(chunked[idx])) + [c.text for c in chunked[idx]]
        cells = [""] * len(spans)
        for c in chunked[idx]:
            col = _column_of(c, spans)
            cells[col] = f"{cells[col]} {c.text}".strip()
        return cells

    def is_junk(idx: int) -> bool:
        text = re.sub(r"\s+", " ", lines[idx]).strip()
        return text in running or bool(_PAGE_NUMBER_RE.match(text)) and \
            idx not in members

    # Which lines above the first row are the header, which the first row's label: header
    # lines name columns that hold figures; label fragments only touch the text columns.
    figure_cols = {_column_of(c, spans) for m in members for c in chunked[m][1:]
                   if _is_figure(c.text) and not _is_number_line(chunked[m])}
    last_header = -1
    for pos, h in enumerate(head):
        if GROUP_HEADING_RE.match(lines[h].strip()) or _coded_text_line(chunked[h]) \
                or _GROUP_RE.match(lines[h].strip()) and len(chunked[h]) == 2:
            # "Sasaran 1: ...", "5.03.01  PROGRAM ...", "A   Pajak Daerah": rows that open
            # the body
            continue
        if any(_column_of(c, spans) in figure_cols or _spans_columns(c, spans) > 1
               for c in chunked[h]):
            last_header = pos
    header_idx = head[:last_header + 1]
    first_above = head[last_header + 1:] + label_top
    if label_column is not None or all(
            not (t := cells_of(m)[0]) or _MARKER_RE.match(t) for m in members):
        # a column of row numbers: its title may stand one space before the next
        # column's ("No Indikator Kinerja")
        for h in header_idx:
            if chunked[h] and chunked[h][0].start <= spans[0][1] \
                    and _spans_columns(chunked[h][0], spans) > 1:
                chunked[h][0:1] = _split_key_title(chunked[h][0])

    def label(idx: int) -> str:
        return next((t for t in cells_of(idx) if t and not _is_figure(t)
                     and not _MARKER_RE.match(t) and not _CODE_RE.fullmatch(t)), "")

    def needs_head(idx: int) -> bool:
        """A row whose figure line has no label, or only the middle of one: its label
        began above (the cell was centred vertically)."""
        text = label(idx)
        return not text or text[0].islower() or text[0] in "(/&,-"

    gaps: list[list[int]] = []
    for a, b in zip(members, members[1:], strict=False):
        gaps.append([x for x in range(a + 1, b) if lines[x].strip() and not is_junk(x)])
        consumed.update(range(a + 1, b))
    groups: dict[int, list[int]] = {}  # group-heading lines printed before a figure line
    data = [m for m in members if not _is_number_line(chunked[m])]

    parents = _parent_codes(chunked, members)

    def is_group(f: int) -> bool:
        return bool(_GROUP_RE.match(" ".join(c.text for c in chunked[f]))) \
            or _coded_text_line(chunked[f], parents) or numbered_parent(f)

    def numbered_parent(f: int) -> bool:
        """``2   Program Pengelolaan ...`` without figures over ``2.1  Perencanaan ...``:
        a numbered row whose next row is numbered under it."""
        ch = chunked[f]
        if len(ch) != 2 or not re.fullmatch(r"\d{1,2}", ch[0].text) or _is_figure(ch[1].text):
            return False
        below = next((m for m in members if m > f), None)
        return below is not None and bool(chunked[below]) \
            and chunked[below][0].text.startswith(ch[0].text + ".")

    label_x = label_column if label_column is not None else _label_start(chunked, data or members)

    def group_lines(lines_: list[int]) -> list[int]:
        """Group headings among text lines: a marked one (``B. PELAYANAN``) or a named one
        (``Sasaran 2: ...``) with its wrapped rest."""
        run = _heading_run(lines_, lines, chunked, label_x)
        return sorted({*(f for f in lines_ if is_group(f)), *run})

    def code_of(idx: int) -> str | None:
        return next((c.text for c in chunked[idx]
                     if _CODE_RE.fullmatch(c.text) and not _is_figure(c.text)), None)

    def own_top(lines_: list[int], row: int, upper: int | None = None) -> list[int]:
        """``2.24.01.2.01  Perencanaan, ...`` over a figure line with no code: the top of
        that row's label, printed above its figures (the cell centred vertically), not a
        coded group row without figures; with the lines after it. So it is when the figure
        line lacks the start of its label, or when the code is a child of the coded row
        above (``2.24.04.2.01`` under ``2.24.04  PROGRAM ... 18.900.000``): a group row
        never stands under a row of its own parent's."""
        if code_of(row) is not None:
            return []
        at = next((i for i in range(len(lines_) - 1, -1, -1)
                   if _coded_text_line(chunked[lines_[i]], parents)), None)
        if at is None:
            return []
        parent = code_of(upper) if upper is not None else None
        child = parent is not None and (code_of(lines_[at]) or "").startswith(parent + ".")
        return lines_[at:] if needs_head(row) or child else []

    def rest_of_group(rest: list[int], lower: int) -> bool:
        """``6981  Dukungan Manajemen dan Pelaksanaan`` / ``Tugas Teknis Lainnya`` over
        ``6981.EBA.994  Layanan Perkantoran ...  7.412.650.000``: text lines after a coded
        group line are its wrapped rest when the row below begins on its figure line with
        its own code and its label's start (the cells printed from the top)."""
        return bool(rest) and code_of(lower) is not None and not needs_head(lower) \
            and bool(parents) and all(
                chunked[k] and code_of(k) is None and not any(_is_figure(c.text)
                                                              for c in chunked[k])
                for k in rest)

    # a group heading above the first row ("Sasaran 1: ...") opens the body, it is neither
    # header nor the first row's label
    # (a coded group row over the blank, "141.01.WA  Program ...", opens it before that)
    marks = [*group_lines(first_above), *opening] if opening else group_lines(first_above)
    if first_top := own_top(first_above, members[0]):
        marks = [f for f in marks if f < first_top[0]]
    if marks:
        after = [f for f in first_above if f > marks[-1]]
        if rest_of_group(after, members[0]):
            marks = [*marks, *after]
        groups[members[0]] = marks
        first_above = [f for f in first_above if f > marks[-1]]
    # A text line above the first row is its label's top when the row's label also runs on
    # below its figures (the cell is centred vertically); otherwise it ends the header.
    runs_on = bool(gaps) and bool(gaps[0]) and not _GROUP_RE.match(
        " ".join(c.text for c in chunked[gaps[0][0]]))
    if first_above and not needs_head(members[0]) and not runs_on:
        header_idx, first_above = header_idx + first_above, []
    rows: list[LayoutRow] = _assemble_header(header_idx, chunked, spans, cells_of)
    lead = first_above if data and data[0] == members[0] else \
        (gaps[members.index(data[0]) - 1] if data else [])
    # Rows whose figure line lacks the start of its label, or a first row whose label began
    # above its figures, show cells centred vertically.
    centred = centred_hint or any(needs_head(m) for m in data[1:]) or any(
        not _GROUP_RE.match(" ".join(c.text for c in chunked[f])) for f in lead)

    # each gap: lines that must end the upper row, lines to share, lines that must begin
    # the lower row (around group headings, after a column-number row)
    shares: list[tuple[list[int], list[int], list[int]]] = []
    for n, gap in enumerate(gaps):
        upper, lower = members[n], members[n + 1]
        marked = set(group_lines(gap))
        top = own_top(gap, lower, upper)
        marked -= set(top)
        found = [pos for pos, f in enumerate(gap) if f in marked]
        if not found and gap and is_total_label(label(upper)) and _outdented(
                chunked[gap[0]], chunked[lower], label(lower)):
            # "Sub Jumlah Perwira Menengah" / "Perwira Pertama" / "  AKP  16": a total's
            # label is printed whole, and a line standing left of the next row's label
            # after it opens the next group
            groups[lower] = list(gap)
            shares.append(([], [], []))
        elif _is_number_line(chunked[upper]):
            # "I   Kejuruan Teknik Las" right under the column numbers: a group row; the
            # lines after it begin the row below
            if found and found[0] == 0:
                groups[lower] = [gap[p] for p in found]
                gap = gap[found[-1] + 1:]
            shares.append(([], [], gap))
        elif top and not found:
            shares.append((gap[:gap.index(top[0])], [], top))
        elif found:
            # (in a coded table the text lines between two group lines are the first one's
            # wrapped rest: "141.06.DH  Program Pelestarian dan Pemajuan" / "Kebudayaan")
            groups[lower] = gap[found[0]:found[-1] + 1] if parents \
                else [gap[p] for p in found]
            rest = gap[found[-1] + 1:]
            if _CODE_IN_LABEL_RE.match(lines[lower].strip()) or rest_of_group(rest, lower):
                # "7  2.17.07  PROGRAM ... USAHA MIKRO" / "(UMKM)" over "2.17.07.2.01 ...":
                # the lower row begins at its code, so what follows the group line is its rest
                groups[lower] += rest
                rest = []
            shares.append((gap[:found[0]], [], rest))
        elif _CODE_IN_LABEL_RE.match(lines[lower].strip()):
            # a row whose label begins with its budget code (one cell, "2.17.01.2.03
            # Administrasi ...") begins on its figure line: the lines above end the row before
            shares.append((gap, [], []))
        else:
            shares.append(([], gap, []))
    # a first row whose label is whole on its line and wraps below it: cells printed from
    # the top, so the last row's label may wrap below it too
    top_evidence = not centred and not first_above and bool(gaps) and len(gaps[0]) >= 2 \
        and bool(data) and data[0] == members[0] and not needs_head(members[0]) \
        and not groups.get(members[1] if len(members) > 1 else -1)
    # a row with nothing above its figure line and the rest of its label below it, begun
    # in lower case ("Truk personel dan truk" / "angkut peralatan"): printed from the top
    # (not where the header is printed again between the rows: that block is two pieces,
    # which the document's other tables tell how to read)
    wraps_down = not centred and any(
        gap and all(_continuation(lines[k].strip()) for k in gap)
        and not (gaps[n - 1] if n else first_above) for n, gap in enumerate(gaps))
    titles = {t.strip().lower() for r in rows for t in r.cells if t.strip()}
    repeated = any(sum(1 for c in chunked[k] if c.text.strip().lower() in titles) >= 2
                   for gap in gaps for k in gap)
    top_evidence = top_evidence or wraps_down and not repeated
    # wrapped label lines below the last row
    last = members[-1]
    k = last + 1
    tail: list[int] = []
    while k < len(lines) and len(tail) < (2 if centred else 3) and lines[k].strip() \
            and not _stop_line(lines[k]) and not _is_prose(lines[k]) and chunked[k] \
            and not is_junk(k) and label(k) and not is_group(k) \
            and all(_column_of(c, spans) not in figure_cols for c in chunked[k]) \
            and (needs_head(k) or centred or top_evidence):
        tail.append(k)
        k += 1
    consumed.update(tail)
    # a group row printed last on a page, its rows on the next ("8  2.17.08  PROGRAM ..."
    # before the page break): the group ends this piece, so the joined table keeps it
    closing = [k] if k < len(lines) and chunked[k] and not is_junk(k) \
        and _coded_text_line(chunked[k]) else []
    consumed.update(closing)
    own = [cells_of(m) for m in members]
    cells = [list(c) for c in own]
    for col in range(len(spans)):
        def texts(lines_: list[int], col: int = col) -> list[str]:
            return [t for f in lines_ if (t := cells_of(f)[col])]

        plan = _ColumnPlan(
            own=[o[col] for o in own], first=texts(first_above),
            shares=[(texts(u), texts(f), texts(lo)) for u, f, lo in shares],
            tail=texts(tail), centred=centred,
            numbers=[_is_number_line(chunked[m]) for m in members])
        for i, (above_, below_) in enumerate(plan.solve()):
            cells[i][col] = _join_wrapped(above_, cells[i][col], below_)
    for i, m in enumerate(members):
        opened: LayoutRow | None = None
        for extra in groups.get(m, []):
            own_cells = cells_of(extra)
            if opened is not None and parents and code_of(extra) is None \
                    and not is_group(extra):
                # a coded group line's wrapped rest: one row, as printed in one cell
                opened.cells = [f"{a} {b}".strip() for a, b in zip(opened.cells, own_cells,
                                                                     strict=True)]
                opened.lines.append(extra)
                continue
            rows.append(LayoutRow(extra, own_cells, [extra] * len(spans), [extra]))
            opened = rows[-1] if code_of(extra) is not None else None
        rows.append(LayoutRow(m, cells[i], [m] * len(spans), [m]))
    rows.extend(LayoutRow(c, cells_of(c), [c] * len(spans), [c]) for c in closing)
    _merge_split_text_columns(rows)
    _merge_offset_figure_columns(rows)
    _split_long_codes(rows)
    return LayoutBlock(rows, consumed, centred, top_evidence)


_ROW_MARKER_RE = re.compile(r"(\d{1,3}\.?|[a-zA-Z]\.)(?:\s+|$)")


def _outdented(line: list[_Chunk], row: list[_Chunk], label: str) -> bool:
    """A one-piece line that starts left of where the row's label starts."""
    start = next((c.start for c in row if c.text == label), None)
    return len(line) == 1 and start is not None and line[0].start < start - 1


def _join_wrapped(above: list[str], own: str, below: list[str]) -> str:
    """A cell's text from the lines it wraps over. The row's number printed on the figure
    line in a column it shares with the label (``2`` between ``Sekretariat (Subbagian
    Umum, Kepegawaian`` and ``dan Keuangan)``) still leads the row, as it does on the page."""
    marker = _ROW_MARKER_RE.match(own)
    if marker and above and not _ROW_MARKER_RE.match(above[0]):
        rest = own[marker.end():]
        return " ".join(t for t in [marker.group(1), *above, rest, *below] if t)
    return " ".join(t for t in [*above, own, *below] if t)


_CODE_CELL_RE = re.compile(r"\d{1,4}(?:\.[0-9A-Z]{1,4}){0,5}")
_CODE_THEN_NAME_RE = re.compile(r"(\d{1,4}(?:\.[0-9A-Z]{1,4}){1,5})\s+(\S.*)")


def _split_long_codes(rows: list[LayoutRow]) -> None:
    """A code column whose longer codes ran into the name column (``5570.EBA.994 Layanan
    Perkantoran`` in the code column, the name column empty): only one space parted the
    two, so the code and the name are split where the code ends."""
    if not rows or len(rows[0].cells) < 2:
        return
    for col in range(len(rows[0].cells) - 1):
        codes = sum(1 for r in rows if _CODE_CELL_RE.fullmatch(r.cells[col].strip()))
        runs = [r for r in rows if not r.cells[col + 1].strip()
                and _CODE_THEN_NAME_RE.fullmatch(r.cells[col].strip())]
        names = sum(1 for r in rows if r.cells[col + 1].strip()
                    and not _is_figure(r.cells[col + 1]))
        if codes >= 2 and runs and names >= 2:
            for r in runs:
                m = _CODE_THEN_NAME_RE.fullmatch(r.cells[col].strip())
                assert m is not None
                r.cells[col], r.cells[col + 1] = m.group(1), m.group(2)
            return


def _merge_split_text_columns(rows: list[LayoutRow]) -> None:
    """Two neighbouring columns of words that no row fills both of are one column cut in two:
    a title centred over left-aligned names (``Kecamatan`` over ``Tanjung Barat``), the
    ``Jumlah`` label a little to the right of them. Merged, so the columns line up with the
    other pieces of the table and with its header."""
    def text_only(col: int) -> bool:
        return all(not r.cells[col] or not _is_figure(r.cells[col]) for r in rows)

    col = 0
    while rows and col + 1 < len(rows[0].cells):
        filled = [(bool(r.cells[col]), bool(r.cells[col + 1])) for r in rows]
        if text_only(col) and text_only(col + 1) and not any(a and b for a, b in filled) \
                and any(a for a, _ in filled) and any(b for _, b in filled):
            _fold_column(rows, col + 1, into=col)
            continue
        col += 1


def _fold_column(rows: list[LayoutRow], drop: int, into: int) -> None:
    """Column ``drop`` is part of column ``into``: its cells move there (no row fills both)."""
    for r in rows:
        r.cells[into] = r.cells[into] or r.cells[drop]
        del r.cells[drop]
        del r.cell_lines[drop]


def _merge_offset_figure_columns(rows: list[LayoutRow]) -> None:
    """A column of figures without a title of its own beside a titled one that no row fills
    together with it: the same column, its cells printed off its line (``-`` centred where
    the numbers are right-aligned, a run of rows set a few characters to the left). Merged
    into the titled one."""
    first_body = next((i for i, r in enumerate(rows) if any(_is_figure(c) for c in r.cells if c)),
                      len(rows))
    head, body = rows[:first_body], rows[first_body:]

    def figures_only(col: int) -> bool:
        return all(not r.cells[col] or _is_figure(r.cells[col]) for r in body)

    col = 0
    while body and col + 1 < len(body[0].cells):
        pair = (col, col + 1)
        filled = [sum(1 for r in body if r.cells[c]) for c in pair]
        titled = [any(r.cells[c] for r in head) for c in pair]
        if titled.count(False) == 1:
            stray = titled.index(False)  # the untitled one, however many rows it holds
        else:
            # neither titled: one or two stray cells beside a column of them
            stray = min(range(2), key=lambda k: filled[k])
            if min(filled) > 2 or max(filled) < 3:
                col += 1
                continue
        if all(figures_only(c) for c in pair) and min(filled) >= 1 and not titled[stray] \
                and not any(r.cells[col] and r.cells[col + 1] for r in body):
            _fold_column(rows, pair[stray], into=pair[1 - stray])
            continue
        col += 1


def _build_ordinal(lines: list[str], chunked: list[list[_Chunk]], members: list[int],
                   taken: set[int], width: int,
                   running: set[str] | None = None) -> LayoutBlock | None:
    """A table whose cells do not line up in columns: each row's cells read in order, the
    figures counted from the right. A label wrapped above and below a figure line that has
    none (the cell centred vertically) joins that row; the header lines are read as columns
    where their titles can be told apart."""
    if len(members) < 2:
        return None  # one line of numbers (a NIP, a date) is no table
    rows: list[LayoutRow] = []
    head, opening = _opening_group(lines, _header_lines(lines, chunked, members[0], taken,
                                                        set()))
    consumed = set(members)
    cells = {m: _ordinal_cells([c.text for c in chunked[m]], width,
                               "  " not in lines[m].strip()) for m in members}
    _before_text_tail(cells, {m: len(chunked[m]) for m in members}, width)
    extra, groups = _wrapped_labels(lines, chunked, members, cells, head, running or set())
    forced_slot = None
    wrapped = sum(1 for m in members if any(extra.get(m, ([], []))))
    if wrapped * 2 >= len(members) and all(
            len(chunked[m]) >= 3 and _MARKER_RE.match(chunked[m][0].text)
            and not any(not _is_figure(c.text) and len(c.text) > 8 for c in chunked[m][1:])
            for m in members):
        # no figure line prints any of its label (a label of two lines, centred: one line
        # above the figures, one below): the label's column is not among the line's cells
        width += 1
        cells = {m: _ordinal_cells([c.text for c in chunked[m]], width,
                                   "  " not in lines[m].strip()) for m in members}
        forced_slot = 1
    opening, label_top = _split_label_top(opening, chunked, members[0])
    if label_top:
        # the first row's label, centred, began above its figures, under a blank line
        above, below = extra.get(members[0], ([], []))
        extra[members[0]] = (label_top + above, below)
    if opening:
        groups[members[0]] = opening
    head = [h for h in head if h not in extra[members[0]][0]  # the first row's label
            and h not in groups.get(members[0], [])]
    header = _ordinal_header(chunked, head, width)
    pasted = header is None and bool(head) and not any("  " in lines[h].strip() for h in head)
    if pasted:
        # (a running page header above a header repeated on the next page is no title;
        # the lines under the titles that the titles do not explain are no part of them)
        titled = _pasted_header(lines, head, width, running or set()) or \
            [h for h in head if not is_running(lines[h], running or set())]
        header = _single_spaced_header([lines[h] for h in titled], width)
    if header is not None:
        rows.append(LayoutRow(head[-1], header, [head[-1]] * width, head))
        consumed |= set(head)
    else:
        head = [h for h in head if len(chunked[h]) == width][-1:]
        consumed |= set(head)
        for idx in head:
            texts = [c.text for c in chunked[idx]]
            rows.append(LayoutRow(idx, _ordinal_cells(texts, width), [idx] * width, [idx]))
    for m in members:
        above, below = extra.get(m, ([], []))
        consumed.update(above + below)
        slot = forced_slot if forced_slot is not None else _label_slot(cells[m])
        if group := groups.get(m):
            consumed.update(group)
            group_cells = [""] * width
            name_slot = slot if slot is not None else min(1, width - 1)
            words = " ".join(" ".join(lines[k] for k in group).split())
            if _coded_text_line(chunked[group[0]]) and name_slot > 0:
                # "5.03.02  PROGRAM ...": the code in the code column, the name in the label's
                group_cells[0], words = chunked[group[0]][0].text, \
                    words[len(chunked[group[0]][0].text):].strip()
            group_cells[name_slot] = words
            rows.append(LayoutRow(group[0], group_cells, [group[0]] * width, group))
        if slot is not None and (above or below):
            cells[m][slot] = " ".join(" ".join([*(lines[k] for k in above), cells[m][slot],
                                                *(lines[k] for k in below)]).split())
        rows.append(LayoutRow(m, cells[m], [m] * width, [m]))
    # a pasted row's label holds what the header shows as separate columns
    if pasted and header is not None and re.search(r"\bsatuan$", header[0], re.IGNORECASE):
        _split_unit_column(rows)
    if pasted and header is not None and re.match(r"kode\b", header[0], re.IGNORECASE):
        _split_code_column(rows)
    _split_long_codes(rows)
    return LayoutBlock(rows, consumed)


def _split_code_column(rows: list[LayoutRow]) -> None:
    """``Kode Program / Kegiatan`` over ``2.12.01 PROGRAM ...``: the label's title begins
    with ``Kode``, so a label that begins with a code gives it to a column of its own."""
    def split(row: LayoutRow) -> tuple[str, str]:
        m = re.match(r"(\d{1,2}(?:\.\d{1,4})+)\s+(.*)", row.cells[0])
        return (m.group(1), m.group(2)) if m else ("", row.cells[0])

    title = rows[0].cells[0]
    _split_label_column(rows, ("Kode", title[len("kode"):].strip()), split)


def _split_unit_column(rows: list[LayoutRow]) -> None:
    """``No Indikator Kinerja Satuan Target ...`` over ``1 Persentase ... KTP-el % 98,50``:
    the label's title ends with ``Satuan``, so each row's label ends with its unit (one
    word), which becomes a column of its own. Rows without figures (group rows) have none."""
    def split(row: LayoutRow) -> tuple[str, str]:
        label = row.cells[0]
        words = label.split()
        figures = any(c and _is_figure(c) for c in row.cells[1:])
        unit = words[-1] if figures and len(words) >= 2 else ""
        return (label[:len(label) - len(unit)].strip() if unit else label, unit)

    title = rows[0].cells[0]
    _split_label_column(rows, (title[:-len("satuan")].strip(), "Satuan"), split)


def _split_label_column(rows: list[LayoutRow], titles: tuple[str, str],
                        split: Callable[[LayoutRow], tuple[str, str]]) -> None:
    """The label column made two: the header row takes ``titles``, each body row what
    ``split`` makes of it; both new cells stand on the label's line."""
    head, *body = rows
    head.cells[:1] = list(titles)
    head.cell_lines.insert(1, head.cell_lines[0])
    for row in body:
        row.cells[:1] = list(split(row))
        row.cell_lines.insert(1, row.cell_lines[0])


# Words that begin a two-word column title ("Pagu Anggaran", "Target Awal") and words that end
# one: a title split at them is not one word per column, so the header is not guessed.
_TITLE_FIRST_WORDS = frozenset({
    "pagu", "anggaran", "target", "realisasi", "capaian", "jumlah", "sisa", "total",
    "persentase", "nilai", "tahun", "tingkat", "rata-rata", "kondisi", "indikator"})
_TITLE_LAST_WORDS = frozenset({
    "anggaran", "kinerja", "awal", "akhir", "murni", "fisik", "keuangan", "rp",
    "dan", "atau", "per", "s.d", "s/d"})
_QUALIFIER_WORDS = frozenset({"awal", "murni", "perubahan", "revisi", "akhir"})


def _single_spaced_header(texts: list[str], width: int) -> list[str] | None:
    """Column titles from header lines pasted with single spaces, where nothing shows where
    one title ends: a line with exactly one word per figure column names them
    (``(jiwa) L P Jumlah (%)``); otherwise the lowest line with more words gives its last
    words to the figure columns and the rest to the label (``No Tingkat Pendidikan
    Laki-laki Perempuan Jumlah``). A unit in parentheses stays with the title before it.
    None when a title would be cut at a word that belongs to a two-word title (``Pagu
    Anggaran``), or a title begins in lower case."""
    need = width - 1
    # "(1) (2) (3) (4)": the column-number row under the titles names no column
    texts = [t for t in texts if not (len(t.split()) >= 3 and all(
        _NUMBER_CELL_RE.match(w) for w in t.split()))]
    if need < 2 or not texts:
        return None

    def words(text: str, join_units: bool, join_years: bool = False) -> list[str]:
        out: list[str] = []
        for w in text.split():
            # ("Realisasi (Rp) (%)": a title has one unit; the second is a column's own)
            if join_units and out and (w.startswith("(") and w.endswith(")")
                                       and not out[-1].endswith(")")
                                       # "Target 2029": a role and the year it is of
                                       or join_years and _YEAR_RE.fullmatch(w)
                                       and plain(out[-1]) in _TITLE_FIRST_WORDS):
                out[-1] += " " + w
            elif out and _period_goes_on(out[-1], w):
                out[-1] += " " + w  # "TW I", "Semester II", "s.d. TW IV": one title
            else:
                out.append(w)
        return out

    def plain(word: str) -> str:
        return word.strip("()").lower()

    def capitalised(names: list[str]) -> bool:
        return all(n[:1].isupper() or n[:1].isdigit() or n[:1] in "(%"
                   or _UP_TO_RE.fullmatch(n.split()[0]) for n in names)

    def fits(names: list[str]) -> bool:
        # "Pagu" then "Perubahan": the two halves of "Pagu Murni | Pagu Perubahan"
        cut = any(plain(a) in _TITLE_FIRST_WORDS and plain(b.split()[0]) in _QUALIFIER_WORDS
                  for a, b in zip(names, names[1:], strict=False))
        return capitalised(names) and not cut \
            and not any(plain(n.split()[0]) in _TITLE_LAST_WORDS for n in names)

    bottom = texts[-1]
    for join_units in (False, True):
        ws = words(bottom, join_units)
        if len(ws) == need and capitalised(ws):
            # one title per column; "Target" alone at the end of the line above spans them
            # when they only qualify it ("Awal Perubahan", "2024 2025")
            above = texts[-2].split() if len(texts) >= 2 else []
            if len(above) >= 2 and plain(above[-1]) in _TITLE_FIRST_WORDS \
                    and plain(above[-2]) not in _TITLE_FIRST_WORDS \
                    and all(plain(w) in _TITLE_LAST_WORDS or _YEAR_RE.fullmatch(w)
                            for w in ws):
                return [" ".join(above[:-1]), *(f"{above[-1]} {w}" for w in ws)]
            # the line above: the label's title, then the titles spanning the columns
            # ("No Indikator Kinerja Satuan | Realisasi Target" over "2023 2024 2025 2026")
            while above and plain(above[-1]) in _TITLE_FIRST_WORDS:
                above.pop()
            return [" ".join(above), *ws]
    # "No Poli / Unit Pelayanan" over "Kunjungan" over "Jumlah" over "TW I TW II TW III TW
    # IV": a spanning title, then a total's title printed over both header rows; the total
    # is the last column
    under = words(bottom, True)
    lone = [t.strip() for t in texts[1:-1] if _TOTAL_TITLE_RE.fullmatch(t.strip())]
    if len(texts) >= 3 and len(under) == need - 1 and len(lone) == 1 and capitalised(under) \
            and not _TOTAL_TITLE_RE.fullmatch(texts[0].split()[-1]):
        return [texts[0].strip(), *under, lone[0]]
    if len(texts) >= 2 and _title_line(texts[0]) and all(_header_piece(t) for t in texts[1:]) \
            and (drawn := _drawn_titles(texts, need)) is not None:
        # "... Target Realisasi Capaian" then "(%)" then "Predikat" (pdftotext -raw, a
        # viewer's copy): the header row's cells in drawing order, each wrapped part on a
        # line of its own
        return drawn
    for text in reversed(texts):
        ws = words(text, True, join_years=True)
        if len(ws) > need:
            names, label = ws[-need:], ws[:-need]
            if fits(names) and plain(label[-1]) not in _TITLE_FIRST_WORDS:
                return [" ".join(label), *names]
    return None


_PERIOD_WORD_RE = re.compile(r"tw|triwulan|semester|smt|bulan", re.IGNORECASE)
_PERIOD_NUMBER_RE = re.compile(r"I{1,3}|IV|[1-4]")
_UP_TO_RE = re.compile(r"s\.?\s?d\.?|s/d|sampai", re.IGNORECASE)


def _period_goes_on(title: str, word: str) -> bool:
    """``TW`` then ``I``, ``s.d.`` then ``TW``: the word is part of the period title so far."""
    return bool(_PERIOD_WORD_RE.fullmatch(title.split()[-1]) and _PERIOD_NUMBER_RE.fullmatch(word)
                or _UP_TO_RE.fullmatch(title))


def _header_piece(text: str) -> bool:
    """A line that may be a wrapped piece of a header row: a few words, no figures but years."""
    words = text.split()
    return 1 <= len(words) <= 4 and not any(_is_figure(w) and not _YEAR_RE.fullmatch(w.strip("()"))
                                            and w != "%" for w in words)


# words that name a column's role: a title begins with them, and one of them in the middle
# of another title's lines begins a title of its own
_ROLE_TITLE_WORDS = frozenset({
    "target", "realisasi", "capaian", "pagu", "anggaran", "sisa", "persentase", "nilai",
    "predikat", "kategori", "keterangan", "jumlah", "total", "tahun", "kriteria", "status",
    "selisih", "deviasi", "%"})
_WORDED_TITLE_WORDS = frozenset({"predikat", "kategori", "keterangan", "status", "kriteria"})
_JOINING_END_WORDS = frozenset({"thd", "terhadap", "dan", "per", "atas", "dari", "s.d.", "s.d",
                                "s/d", "atau", "dengan", "untuk"})


_LABEL_RUNS_ON_WORDS = frozenset({"sub", "dan", "per", "/", "atau", "serta"})


def _drawn_titles(texts: list[str], need: int) -> list[str] | None:
    found = _drawn_split(texts, need)
    return found[0] if found is not None else None


def _drawn_split(texts: list[str], need: int) -> tuple[list[str], float] | None:
    """Column titles from a header pasted in drawing order: the first line holds the
    label's title and the first lines of the titles printed beside it, each later line is
    the next piece of a wrapped title or the start of the next one. The split into ``need``
    titles is the cheapest under what titles look like: one begins with a capital or a role
    word (``Target``), never with a year, a unit in brackets or a qualifier (``Akhir``); a
    role word that does not follow a joining word (``Capaian thd``) begins a title; a title
    does not take the same first word twice (``Rumah Diperiksa`` then ``Rumah Positif``);
    titles are short."""
    first: list[str] = []
    for w in texts[0].split():
        # "TW I", "s.d. TW IV", "Program / Kegiatan": one title's words
        if first and (_period_goes_on(first[-1], w) or w == "/" or first[-1].endswith("/")):
            first[-1] += " " + w
        else:
            first.append(w)
    units: list[tuple[str, bool]] = [(w, False) for w in first]  # (text, begins a line)
    for line in texts[1:]:
        parts = line.split()
        # "Memenuhi %", "% Realisasi 2024": a percent sign is a title of its own; "(%)
        # Predikat": a unit ends its title
        cut = [k for k, w in enumerate(parts) if w == "%" and len(parts) > 1]
        ends = [k + 1 for k, w in enumerate(parts[:-1]) if w.startswith("(") and w.endswith(")")]
        edges = sorted({0, *cut, *(k + 1 for k in cut), *ends, len(parts)})
        pieces = [" ".join(parts[a:b]) for a, b in zip(edges, edges[1:], strict=False) if b > a]
        units += [(piece, k == 0) for k, piece in enumerate(pieces)]
    n = len(units)
    if n > MAX_DRAWN_UNITS or need > MAX_DRAWN_UNITS // 2:
        return None  # no header has that many pieces (the split costs need × pieces²)

    def head_word(text: str) -> str:
        return text.split()[0].strip("()").lower()

    def continues(text: str) -> bool:
        w = text.split()[0]
        return bool(_YEAR_RE.fullmatch(w.strip("()")) or w.startswith("(") or w[:1].islower()
                    or w.lower() in _TITLE_LAST_WORDS or w.lower() in _QUALIFIER_WORDS)

    def start_cost(k: int) -> float:
        text = units[k][0]
        if continues(text):
            return 10.0
        return 0.0 if head_word(text) in _ROLE_TITLE_WORDS else 1.0

    def join_cost(k: int, begun: int) -> float:
        text, new_line = units[k]
        if text.startswith("(") and units[k - 1][0].split()[-1].lower() in _WORDED_TITLE_WORDS:
            return 10.0  # "Predikat" takes no unit: "(%)" under it is another title's
        if continues(text):
            return -0.5
        previous = units[k - 1][0].split()[-1].lower()
        if previous.startswith("(") and previous.endswith(")"):
            return 5.0  # "Pertumbuhan (%)": a unit closes its title
        if previous not in _JOINING_END_WORDS and head_word(text) == head_word(units[begun][0]):
            return 5.0  # "Rumah Positif" then "Rumah Bebas": a title begins again
        if head_word(text) in _ROLE_TITLE_WORDS and previous not in _JOINING_END_WORDS \
                and units[k - 1][0] != "%":  # ("%" over "Realisasi": "% Realisasi")
            return 2.0
        if not new_line:
            return 0.3
        # (a line of several capitalised words, "Rumah Positif", rather begins a title; a
        # lone word, "Jentik", rather ends one)
        return 0.5 if len(text.split()) >= 2 and previous not in _JOINING_END_WORDS else 0.0

    inf = float("inf")
    # best[j][k]: cost of splitting units[:k] into the label and j titles, the last ending
    # at k; the label is a prefix of the first line
    best = [[inf] * (n + 1) for _ in range(need + 1)]
    back: dict[tuple[int, int], int] = {}
    for k in range(1, n):
        label = [u for u, _ in units[:k]]
        cost = 2.0 if len(label) == 1 else 0.0  # a lone "No": the names' title is missing
        if label[-1].split()[-1].lower() in _ROLE_TITLE_WORDS - {"satuan"}:
            cost += 3.0
        if any(_PERIOD_WORD_RE.fullmatch(w.split()[0]) for w in label):
            cost += 3.0  # "Jenis Pelayanan TW I": a quarter's title is no label's
        if k > len(first):
            # "Kode Program / Kegiatan / Sub" over "Kegiatan": the label's title cut in the
            # middle of a name goes on on the next line
            if first[-1].split()[-1].lower() not in _LABEL_RUNS_ON_WORDS:
                continue
            cost += sum(join_cost(i, 0) + (3.0 if head_word(units[i][0]) in _ROLE_TITLE_WORDS
                                           or continues(units[i][0]) else 0.0)
                        for i in range(len(first), k))
        best[0][k] = cost
    for j in range(1, need + 1):
        for start in range(1, n):
            if best[j - 1][start] == inf:
                continue
            cost = best[j - 1][start] + start_cost(start)
            for end in range(start + 1, n + 1):
                if end - 1 > start:
                    cost += join_cost(end - 1, start)
                    if end - start > 2:
                        cost += 0.5  # titles are short
                if cost < best[j][end]:
                    best[j][end] = cost
                    back[(j, end)] = start
    if best[need][n] >= 10.0:
        return None
    bounds = [n]
    for j in range(need, 0, -1):
        bounds.append(back[(j, bounds[-1])])
    bounds.reverse()
    titles = [" ".join(u for u, _ in units[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    return [" ".join(u for u, _ in units[:bounds[0]]), *titles], best[need][n]


# words that name a column of their own, whatever stands beside them
_OWN_TITLE_WORDS = _TITLE_FIRST_WORDS | {"predikat", "kategori", "keterangan", "satuan",
                                         "kriteria", "status", "selisih", "deviasi"}


def _before_text_tail(cells: dict[int, list[str]], counts: dict[int, int], width: int) -> None:
    """``Jumlah 144 240.027 249.385`` under rows ending in a column of words (``Ya``,
    ``Tidak``): a short row's figures belong to the figure columns before that column, not
    to the last columns of the row."""
    full = [cells[m] for m, n in counts.items() if n == width]
    if len(full) < 2:
        return
    tail = 0
    while tail < width - 1 and all(r[width - 1 - tail] and not _is_figure(r[width - 1 - tail])
                                   for r in full):
        tail += 1
    if not tail:
        return
    for m, n in counts.items():
        row = cells[m]
        if n >= width or any(row[width - 1 - k] and not _is_figure(row[width - 1 - k])
                             for k in range(tail)):
            continue
        moved = row[:]
        figures = [k for k, t in enumerate(row) if t and _is_figure(t)]
        if not figures or figures[0] - tail < 1 or any(row[k] for k in
                                                       range(figures[0] - tail, figures[0])):
            continue
        for k in figures:
            moved[k - tail], moved[k] = row[k], ""
        cells[m] = moved


def _ordinal_cells(texts: list[str], width: int, single_spaced: bool = False) -> list[str]:
    if single_spaced and texts and len(texts) < width and all(_is_figure(t) for t in texts):
        # "118 176 205 131 630" under its label's wrapped lines (pdftotext -raw): figures
        # only, counted from the right, the label's place left empty (a row number set
        # apart by wide spaces, "3      27   6", is the row's first cell)
        return [""] * (width - len(texts)) + texts
    return texts[:1] + [""] * (width - len(texts)) + texts[1:]


# "1 Harapan Kota": a row number and a name of two words or more, which a figure reader
# would take for a count with its unit
_NUMBERED_LABEL_RE = re.compile(r"^\d{1,3}[.)]?\s+[A-Za-z][\w-]*\s+\S")


def _label_slot(cells: list[str]) -> int | None:
    """Where a row's label stands: its first text cell, or the empty cell after its number."""
    def key(text: str) -> bool:  # a row number, a letter or a budget code
        return bool(_MARKER_RE.match(text) or _CODE_RE.fullmatch(text))

    empty_after_key = len(cells) > 1 and key(cells[0]) and not cells[1]
    for i, text in enumerate(cells):
        if text and (not _is_figure(text) or _NUMBERED_LABEL_RE.match(text)) and not key(text):
            if empty_after_key and i > 1 and len(text) <= 8 and " " not in text:
                return 1  # "6. |  | nilai | 72,00": a unit, the label's place is before it
            return i
    if empty_after_key:
        return 1
    # (a line of figures only: the label's place is the empty first cell)
    return 0 if cells and not cells[0] and all(_is_figure(t) for t in cells if t) else None


def _wrapped_labels(lines: list[str], chunked: list[list[_Chunk]], members: list[int],
                    cells: dict[int, list[str]], head: list[int],
                    running: set[str]) -> tuple[dict[int, tuple[list[int], list[int]]],
                                                dict[int, list[int]]]:
    """Text-only lines between figure lines: the rows' labels wrapped above and below their
    figures, split between neighbouring rows by :class:`_ColumnPlan` (from the text, and for
    cells centred vertically from the shape). The lines just above the first row belong to
    it when they stand where the labels stand and its label runs on below its figures.

    Lines that open a group (``Sasaran 2: ...`` and its wrapped rest) are returned apart,
    by the row they stand above: they are a group row, not part of a neighbour's label."""
    def text_only(k: int) -> bool:
        # a fragment of one label: one or two runs of words, no figures (a line of several
        # titles is a header)
        # (a row number before a name, "2   Program ...", is a group row's marker)
        # (page furniture and the header printed again after a page break are no label's)
        ch = chunked[k]
        marked = len(ch) == 2 and bool(_MARKER_RE.match(ch[0].text))
        # ("2 Meningkatnya mutu dan" pasted single-spaced: a row's number and its first words)
        numbered = single and len(ch) == 1 and bool(_NUMBERED_ROW_LINE_RE.match(lines[k]))
        return bool(lines[k].strip()) and 1 <= len(ch) <= 2 and (numbered or not any(
            _is_figure(c.text) for c in ch[1 if marked else 0:])) and not _stop_line(lines[k]) \
            and not is_running(lines[k], running) and not PAGE_MARK_RE.match(lines[k]) \
            and not (k > members[0] and " ".join(lines[k].split()) in titles)

    def slot_start(m: int) -> int | None:
        slot = _label_slot(cells[m])
        if slot is None or not cells[m][slot]:
            return None
        return next((c.start for c in chunked[m] if c.text == cells[m][slot]), None)

    starts = [x for m in members if (x := slot_start(m)) is not None]
    label_x = max(set(starts), key=starts.count) if starts else None
    # Rows pasted with single spaces print every wrapped cell before their figures
    # (pdftotext -raw, a PDF viewer's copy): a line that opens with the row's number
    # ("2 Meningkatnya mutu dan") begins the row; the lines before it end the row above.
    single = not any("  " in lines[m].strip() for m in members)
    opening = [k for k in head if _NUMBERED_ROW_LINE_RE.match(lines[k])] if single else []
    titles = {" ".join(lines[h].split()) for h in head if not opening or h < opening[-1]}

    def at_label(k: int) -> bool:
        return label_x is None or abs(chunked[k][0].start - label_x) <= 2

    groups: dict[int, list[int]] = {}

    leads: dict[int, list[int]] = {}

    def lead_of(gap: list[int], b: int) -> list[int]:
        """The gap's last code-led line and what follows it, when row ``b`` has no code of
        its own: the row's label wrapped before its figures (a pasted PDF row)."""
        if _CODE_LED_RE.match(lines[b].strip()):
            return []
        at = next((i for i in range(len(gap) - 1, -1, -1)
                   if _CODE_LED_RE.match(lines[gap[i]].strip())), None)
        return gap[at:] if at is not None else []

    if head and (lead := lead_of(head[-1:], members[0])):
        leads[members[0]] = lead
        head = head[:-1]
    # a label wraps over four lines at most; pasted single-spaced rows (pdftotext -raw)
    # print a row's wrapped group and indicator cells, up to six lines, before its figures
    gap_limit = 6 if single else 4
    gaps = []
    for a, b in zip(members, members[1:], strict=False):
        # (a line read as something else, a running footer with its "|", is no fragment)
        # (a running footer where the page broke is left out of the gap, not its end; a
        # lone number may be the next row's, as plain pdftotext prints it)
        gap = [k for k in range(a + 1, b) if lines[k].strip() and chunked[k]
               and not is_running(lines[k], running)]
        gap = gap if len(gap) <= gap_limit and all(text_only(k) for k in gap) else []
        if lead := lead_of(gap, b):
            leads[b] = lead
            gap = [k for k in gap if k not in lead]
        if run := _heading_run(gap, lines, chunked, label_x) or _coded_run(gap, chunked) \
                or _marked_group_run(gap, chunked, chunked[b]):
            # "Sasaran 2: ..." and its wrapped lines are a group row before row b; what
            # stands above the heading ends row a, what follows it begins row b
            groups[b] = run
            gap = [k for k in gap if k not in run]
        gaps.append(gap)
    if head and _coded_text_line(chunked[head[-1]]):
        groups[members[0]] = [head[-1]]  # "5.03.01  PROGRAM ..." over the first row
    header_part = set(_pasted_header(lines, head, len(cells[members[0]]), running)) \
        if single else set()
    first: list[int] = []
    for k in reversed(head):
        if groups.get(members[0]) == [k]:
            continue
        if not text_only(k) or len(chunked[k]) != 1:
            break
        if single and (k in header_part or _NUMBER_ROW_TEXT_RE.fullmatch(lines[k].strip())):
            break  # the header (printed again over a piece), or its column-number row
        first.insert(0, k)
    if run := _heading_run(first, lines, chunked, label_x):
        groups[members[0]] = run
        first = [k for k in first if k not in run and k > run[-1]]
    first = [k for k in first if at_label(k)]
    first_slot = _label_slot(cells[members[0]])
    if first and first_slot is not None and cells[members[0]][first_slot] \
            and not (gaps and gaps[0]):
        first = []  # a labelled first row whose label does not run on: the lines are header
    numbered: list[int | None] = [None] * len(gaps)
    if single:
        if opening and all(text_only(k) for k in head if k >= opening[-1]):
            first = [k for k in head if k >= opening[-1]]
        coded = [i for i, k in enumerate(first) if _CODE_LED_RE.match(lines[k].strip())]
        if coded and coded[-1] > 0:
            # "PERORANGAN DAN UPAYA" over "1.02.02.2.01 Penyediaan ...": the row above,
            # on the page before, ran on over the break; the first row begins at its code
            first = first[coded[-1]:]
        numbered = [_numbered_split(lines, g) for g in gaps]
    tail = []
    # below the last row, where that row's own label starts (labels indented by level); a
    # total's label ("Jumlah") does not wrap into a sentence: that is the text after it
    last_x = slot_start(members[-1])
    last_label = _label_slot(cells[members[-1]])
    closed = last_label is not None and is_total_label(cells[members[-1]][last_label])
    for k in range(members[-1] + 1, min(members[-1] + 3, len(lines))):
        if closed and lines[k].rstrip().endswith("."):
            break
        # a paragraph after the table starts where the labels start, but is a sentence
        if not text_only(k) or _is_prose(lines[k]) or not (at_label(k) if last_x is None
                                    else abs(chunked[k][0].start - last_x) <= 2):
            break
        tail.append(k)

    def label(m: int) -> str:
        slot = _label_slot(cells[m])
        return cells[m][slot] if slot is not None else ""

    if single:
        # a line of figures only, its label wrapped above it: the whole gap is its label
        # (a pasted row prints its cells before its figures, never under them)
        # (unless the row's label opens with its code: what stands before the code ends
        # the row above, its label run on over a page break)
        numbered = [len(g) if b in leads and g else 0 if at is None and g and not label(b)
                    else at for at, g, b in zip(numbered, gaps, members[1:], strict=False)]

    # a first row whose label is whole on its figure line and wraps two lines or more below
    # it, nothing above, shows cells printed from the top
    top = not first and bool(gaps) and len(gaps[0]) >= 2 and not _continuation(
        label(members[0]))
    centred = bool(first) or (any(len(g) >= 2 for g in gaps) and not top)

    plan = _ColumnPlan(
        own=[label(m) for m in members], first=[lines[k].strip() for k in first],
        # a row whose label begins with its budget code begins there: the lines above it
        # end the row before (its label printed from the top, wrapped below)
        shares=[([lines[k].strip() for k in g], [], []) if _CODE_LED_RE.match(label(b))
                else ([lines[k].strip() for k in g[:at]], [], [lines[k].strip() for k in g[at:]])
                if at is not None
                else ([], [lines[k].strip() for k in g], [])
                for g, b, at in zip(gaps, members[1:], numbered, strict=False)],
        tail=[lines[k].strip() for k in tail], centred=centred,
        numbers=[False] * len(members))
    out: dict[int, tuple[list[int], list[int]]] = {m: ([], []) for m in members}
    texts = {k: lines[k].strip() for g in [first, tail, *gaps] for k in g}
    pool = [*first, *(k for g in gaps for k in g), *tail]
    for m, (above, below) in zip(members, plan.solve(), strict=True):
        # fragments come back as texts, in order: take their lines from the pool in order
        for kind, fragments in ((0, above), (1, below)):
            for text in fragments:
                k = next(k for k in pool if texts[k] == text)
                pool.remove(k)
                out[m][kind].append(k)
    for m, lead in leads.items():
        out[m][0][:0] = lead
    return out, groups


_NUMBER_ROW_TEXT_RE = re.compile(r"\(?\d{1,2}\)?(?:\s+\(?\d{1,2}\)?){2,}")


def _pasted_header(lines: list[str], head: list[int], width: int,
                   running: set[str]) -> list[int]:
    """The lines of ``head`` that make a single-spaced header: a line of titles and the
    wrapped pieces under it (``No Indikator Kinerja ... Capaian`` over ``(%) Predikat``),
    when they name the table's columns; none otherwise. (A running page header above a
    header printed again is no title line.)"""
    top = next((i for i, k in enumerate(head)
                if _title_line(lines[k]) and not is_running(lines[k], running)), None)
    if top is None:
        return []
    end = top + 1
    while end < len(head) and _header_piece(lines[head[end]]) \
            and not _NUMBERED_ROW_LINE_RE.match(lines[head[end]]):
        end += 1
    # (the pieces may end in the first row's label, wrapped above its figures: the header
    # is the run of them split into titles at least cost, else the longest that names the
    # columns)
    costs = [(found[1], -stop) for stop in range(top + 2, end + 1)
             if (found := _drawn_split([lines[k] for k in head[top:stop]], width - 1))]
    if costs:
        end = -min(costs)[1]
    while end > top + 1 and _single_spaced_header([lines[k] for k in head[top:end]],
                                                  width) is None:
        end -= 1
    part = head[top:end]
    # (a header names a quantity somewhere: "Target", "Jumlah", "TW I", "2025", "%"; a
    # capitalised label, "Pengendalian Faktor Risiko Penyakit", names none)
    said = {w.lower().strip("()") for k in part for w in lines[k].split()}
    if not said & (_OWN_TITLE_WORDS | {"tw", "triwulan", "semester", "l", "p", "%", "rp"}) \
            and not any(_YEAR_RE.fullmatch(w) for w in said):
        return []
    return part if _single_spaced_header([lines[k] for k in part], width) is not None else []


# ("2 1 Angka Kematian ...": the row's number, then its sasaran's, then its name)
_NUMBERED_ROW_LINE_RE = re.compile(r"^\s*(\d{1,3})[.)]?\s+(?:\d{1,2}\s+)?[A-Z]")


def _numbered_split(lines: list[str], gap: list[int]) -> int | None:
    """Where in a gap between two rows the lower row begins: at its one line that opens
    with a row number, or None."""
    at = [i for i, k in enumerate(gap) if _NUMBERED_ROW_LINE_RE.match(lines[k])]
    return at[0] if len(at) == 1 else None


def _ordinal_header(chunked: list[list[_Chunk]], head: list[int], width: int) \
        -> list[str] | None:
    """Column titles from header lines whose words do not line up with the figures: the
    line with most titles gives the columns, a title of another line joins the column it
    overlaps (a wrapped title), or names the group of columns it spans. None unless that
    gives exactly one title per column. Where two lines hold as many titles (``Kode |
    Program | %`` over ``Pagu | Realisasi | (Rp)``), the first that gives one title per
    column is taken."""
    if not head:
        return None
    most = max(len(chunked[h]) for h in head)
    for base_line in [h for h in head if len(chunked[h]) == most]:
        names = _ordinal_titles(chunked, head, width, base_line)
        if names is not None:
            return names
    return None


def _ordinal_titles(chunked: list[list[_Chunk]], head: list[int], width: int,
                    base_line: int) -> list[str] | None:
    leaves: list[list[_Chunk]] = [[c] for c in chunked[base_line]]
    head_of: dict[int, int] = {}  # the line of a title cut in two here
    groups: list[_Chunk] = []

    def overlap(a: _Chunk, b: _Chunk) -> int:
        return min(a.end, b.end) - max(a.start, b.start)

    for h in head:
        if h == base_line:
            continue
        for c in chunked[h]:
            # a title spans a leaf when it covers a good part of it; a title that only
            # grazes its neighbour ("Kemajuan (%)" beside "Realisasi 2025") does not
            touching = sorted(((max(overlap(c, x) for x in leaf), leaf) for leaf in leaves
                               if any(overlap(c, x) > 0 for x in leaf)),
                              key=lambda t: -t[0])
            spanned = [leaf for size, leaf in touching
                       if size * 3 >= min(x.end - x.start for x in leaf)]
            if len(spanned) >= 2:
                groups.append(c)
            elif touching:
                touching[0][1].append(c)
            else:
                leaves.append([c])
    # titles of separate lines that overlap each other ("Tingkat" over "Kemajuan (%)")
    leaves.sort(key=lambda leaf: min(x.start for x in leaf))
    merged: list[list[_Chunk]] = []
    for leaf in leaves:
        if merged and any(overlap(x, y) * 2 > min(x.end - x.start, y.end - y.start)
                          for x in merged[-1] for y in leaf):
            merged[-1].extend(leaf)
        else:
            merged.append(leaf)
    if len(merged) == width - 1 and len(merged[0]) == 1 \
            and len(pieces := _split_key_title(merged[0][0])) == 2:
        # "No Indikator Kinerja": the row-number column's title one space from the next
        first = merged[0][0]
        line = _line_of(first, chunked, head)
        head_of.update({id(p): line for p in pieces})
        merged[0:1] = [[p] for p in pieces]
    if len(merged) != width:
        return None
    names = []
    for leaf in merged:
        ordered = sorted(leaf, key=lambda x: (
            head.index(head_of.get(id(x)) or _line_of(x, chunked, head)), x.start))
        title = " ".join(x.text for x in ordered)
        over = [g.text for g in groups if any(overlap(g, x) > 0 for x in leaf)]
        names.append(" / ".join([*over, title]))
    return names


def _split_key_title(chunk: _Chunk) -> list[_Chunk]:
    """``No Indikator Kinerja`` printed one space apart: the row-number column's title and
    the next column's."""
    key = re.match(r"(No\.?)\s+(?=\S)", chunk.text)
    if key is None:
        return [chunk]
    return [_Chunk(chunk.start, chunk.start + len(key.group(1)), key.group(1)),
            _Chunk(chunk.start + key.end(), chunk.end, chunk.text[key.end():])]


def _line_of(chunk: _Chunk, chunked: list[list[_Chunk]], head: list[int]) -> int:
    return next(h for h in head if any(c is chunk for c in chunked[h]))


def _assemble_header(header_idx: list[int], chunked: list[list[_Chunk]],
                     spans: list[tuple[int, int]], cells_of) -> list[LayoutRow]:  # noqa: ANN001
    """Header lines joined column by column into one row; a line whose title spans several
    columns (``Realisasi`` over ``2024  2025``) stays a row of its own above the rest."""
    if not header_idx:
        return []
    spanning = [h for h in header_idx if any(_spans_columns(c, spans) > 1 for c in chunked[h])]
    rows: list[LayoutRow] = []
    for h in spanning:
        cells = [""] * len(spans)
        for c in chunked[h]:
            cols = [i for i, (a, b) in enumerate(spans) if min(b, c.end) - max(a, c.start) > 0]
            col = cols[0] if cols else _column_of(c, spans)
            cells[col] = f"{cells[col]} {c.text}".strip()
        _spread_years(cells)
        rows.append(LayoutRow(h, cells, [h] * len(spans), [h]))
    rest = [h for h in header_idx if h not in spanning]
    if rest:
        cells = [""] * len(spans)
        for h in rest:
            for col, text in enumerate(cells_of(h)):
                if text:
                    cells[col] = f"{cells[col]} {text}".strip()
        _spread_years(cells)
        rows.append(LayoutRow(rest[-1], cells, [rest[-1]] * len(spans), rest))
    return rows


_TITLED_YEAR_RE = re.compile(r"(\D*[A-Za-z)]\D*?)\s+(?:19|20)\d\d")


def _spread_years(cells: list[str]) -> None:
    """``2023     2024`` printed over one column's span, the next column's title empty: the
    figures drift under their titles, so the years are two titles, one for each column."""
    for col, text in enumerate(cells):
        words = text.split()
        # the years closing the title ("Realisasi 2023 2024": a spanning word stays with
        # the first of them)
        k = next((n for n in range(len(words), 1, -1)
                  if all(_YEAR_ONLY_RE.fullmatch(y) for y in words[-n:])), 0)
        if k < 2:
            continue
        lead, years = words[:-k], words[-k:]
        years[0] = " ".join([*lead, years[0]])
        if col + k <= len(cells) and all(not cells[col + j] for j in range(1, k)):
            cells[col:col + k] = years
        elif not lead and col - k + 1 >= 0 and all(not cells[col - j] for j in range(1, k)):
            cells[col - k + 1:col + 1] = years
    # "Produktivitas (kg/ha) 2024 | 2025": a title centred over two year columns went to the
    # first; the bare years after it are under it too
    for col in range(1, len(cells)):
        m = _TITLED_YEAR_RE.fullmatch(cells[col - 1])
        if m and _YEAR_ONLY_RE.fullmatch(cells[col]):
            cells[col] = f"{m.group(1)} {cells[col]}"


_CONNECTIVE_END_RE = re.compile(
    r"(\b(dan|atau|serta|untuk|di|ke|dari|pada|yang|dengan|terhadap|per|oleh|bagi|dalam)|[,&/-])\s*$",
    re.IGNORECASE)


def _case_mismatch(piece: str, label: str) -> int:
    """1 when a fragment is in capitals and the label is not, or the other way round."""
    if not any(ch.isalpha() for ch in label) or not any(ch.isalpha() for ch in piece):
        return 0
    if re.fullmatch(r"[A-Z]{2,5}\W*", piece.strip()):
        return 0  # an acronym alone ("BLUD") ends a mixed-case label as well as a capital one
    return int(piece.isupper() != label.isupper())


@dataclass
class _ColumnPlan:
    """Where the wrapped fragments of one column go, decided for the whole table at once.

    Between two figure lines, some fragments end the upper row's cell and the rest begin
    the lower row's. A reader decides from the text (a cell does not begin in lower case,
    capitals stay with capitals, a cell does not end on ``dan``, a total row's label is
    printed whole) and, when cells are centred vertically, from the shape: a cell of k lines
    prints about k / 2 of them above its figure line and the rest below. The shape couples
    neighbouring gaps, so the splits are chosen together (dynamic programming over the
    rows, the state being how many lines of a row's cell were printed above it).
    """

    own: list[str]  # each row's text on its figure line
    first: list[str]  # fragments above the first row
    shares: list[tuple[list[str], list[str], list[str]]]  # fixed upper, free, fixed lower
    tail: list[str]  # fragments below the last row
    centred: bool
    numbers: list[bool]  # rows that are column-number rows (they take no fragment)

    def _text_cost(self, i: int, free: list[str], split: int) -> float:
        mine, theirs = free[:split], free[split:]
        upper, lower = self.own[i], self.own[i + 1]
        if lower and is_total_label(lower) and theirs:
            return float("inf")
        cost = float(sum(_case_mismatch(p, upper) for p in mine))
        cost += sum(_case_mismatch(p, lower) for p in theirs)
        if theirs and _continuation(theirs[0]):
            cost += 2  # a cell does not begin in lower case
        if not theirs and lower and _continuation(lower):
            cost += 2  # the lower row's cell lacks its beginning
        if not theirs and not lower:
            cost += 3  # the lower row would have no label at all
        if _CONNECTIVE_END_RE.search(mine[-1] if mine else upper) and upper:
            cost += 2  # "Perencanaan, Penganggaran, dan": the upper cell goes on
        if not self.centred:
            cost += 0.5 * len(theirs)  # printed from the top: fragments wrap downwards
        return cost

    def _balance(self, above: int, below: int) -> float:
        if not self.centred:
            return 0.0
        if below == above:
            return 0.0
        if below == above + 1:
            return 0.1
        return 0.25 * abs(below - above)

    def solve(self) -> list[tuple[list[str], list[str]]]:
        """(above, below) fragments for each row."""
        n = len(self.own)
        # best[a] = (cost, splits so far) with a = fragments above the current row
        best: dict[int, tuple[float, list[int]]] = {len(self.first): (0.0, [])}
        for i, (fixed_up, free, fixed_low) in enumerate(self.shares):
            nxt: dict[int, tuple[float, list[int]]] = {}
            choices = [0] if self.numbers[i] else range(len(free) + 1)
            for a, (cost, splits) in best.items():
                for split in choices:
                    step = self._text_cost(i, free, split) if free else 0.0
                    if not self.numbers[i]:
                        step += self._balance(a, len(fixed_up) + split)
                    total = cost + step
                    key = len(free) - split + len(fixed_low)
                    if key not in nxt or total < nxt[key][0]:
                        nxt[key] = (total, [*splits, split])
            best = nxt
        last_above, (_, splits) = min(
            best.items(), key=lambda kv: kv[1][0] + self._balance(kv[0], len(self.tail)))
        out: list[tuple[list[str], list[str]]] = [([], []) for _ in range(n)]
        out[0] = (list(self.first), [])
        for i, (fixed_up, free, fixed_low) in enumerate(self.shares):
            split = splits[i] if i < len(splits) else len(free)
            out[i] = (out[i][0], [*fixed_up, *free[:split]])
            out[i + 1] = ([*free[split:], *fixed_low], out[i + 1][1])
        out[-1] = (out[-1][0], [*out[-1][1], *self.tail])
        return out


def _continuation(text: str) -> bool:
    """A cell fragment that carries on a cell begun above: lower-case or bracketed."""
    return not text or text[0].islower() or text[0] in "(/&,-.%"


_CODE_RE = re.compile(r"\d{1,4}(\.[0-9A-Z]{1,4})+")
_GROUP_RE = re.compile(r"^([A-H]|[IVX]{1,4})[.)]?\s+[A-Z][A-Za-z]")
# A line that opens a group of rows by naming it: "Sasaran 2: Meningkatnya ...", "SK 1. ...",
# "Tujuan 1. ...", "B. PELAYANAN ...". It begins a row of its own; it never finishes the
# label of the row above.
GROUP_HEADING_RE = re.compile(
    r"^(?:(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+|S[A-Z]{1,2}\s*)\d{1,2}\s*[:.]\s+\S|"
    r"([A-H]|[IVX]{1,4})[.)]\s+[A-Z])")


def _coded_text_line(chunks: list[_Chunk], parents: frozenset[str] = frozenset()) -> bool:
    """``5.03.01   PROGRAM PENUNJANG ...`` without figures: a coded row that has none (a
    program over its kegiatan), never a wrapped piece of another row's label. A bare
    number is such a code where the table's codes begin with it (``7013`` over
    ``7013.QDC.001``)."""
    def code(text: str) -> bool:
        return bool(_CODE_RE.fullmatch(text)) or text in parents

    if len(chunks) >= 3 and _MARKER_RE.match(chunks[0].text) and code(chunks[1].text):
        chunks = chunks[1:]  # "8    2.17.08      PROGRAM ...": numbered as well as coded
    return len(chunks) >= 2 and code(chunks[0].text) \
        and not any(_is_figure(c.text) for c in chunks[1:])


def _parent_codes(chunked: list[list[_Chunk]], members: list[int]) -> frozenset[str]:
    """The bare leading numbers of the budget codes a table's rows print (``7013`` of
    ``7013.QDC.001``): a line that begins with one alone is that parent's row."""
    return frozenset(c.text.split(".")[0] for m in members for c in chunked[m][:2]
                     if _CODE_RE.fullmatch(c.text) and not _is_figure(c.text)
                     and re.fullmatch(r"\d{3,4}\.[0-9A-Z].*", c.text))


def _marked_group_run(gap: list[int], chunked: list[list[_Chunk]],
                      below: list[_Chunk]) -> list[int]:
    """``B   Retribusi Daerah`` or ``2   Program Pengelolaan ...`` (over ``2.1  ...``) among
    the text lines between two rows: a marker cell and a name, no figures, is a group row;
    the lines after it up to the next row are its wrapped rest."""
    for pos, k in enumerate(gap):
        ch = chunked[k]
        if len(ch) != 2 or _is_figure(ch[1].text) or not ch[1].text[:1].isupper():
            continue
        marker = ch[0].text.rstrip(".)")
        numbered = re.fullmatch(r"\d{1,2}", marker) and bool(below) \
            and below[0].text.startswith(marker + ".")
        if re.fullmatch(r"[A-H]|[IVX]{1,4}", marker) or numbered:
            return gap[pos:]
    return []


def _coded_run(gap: list[int], chunked: list[list[_Chunk]]) -> list[int]:
    """A coded line without figures among text lines between two rows: a group row."""
    return next(([k] for k in gap if _coded_text_line(chunked[k])), [])


def _label_start(chunked: list[list[_Chunk]], members: list[int]) -> int | None:
    """Where the rows' labels begin: the commonest start of a row's first word cell."""
    def is_word(c: _Chunk) -> bool:
        return not _is_figure(c.text) and not _MARKER_RE.match(c.text) \
            and not _CODE_RE.fullmatch(c.text)

    starts = [next(c.start for c in chunked[m] if is_word(c))
              for m in members if any(is_word(c) for c in chunked[m])]
    return max(set(starts), key=starts.count) if starts else None


def _heading_run(gap: list[int], lines: list[str], chunked: list[list[_Chunk]],
                 label_x: int | None) -> list[int]:
    """The lines of ``gap`` that are a group heading (``Sasaran 2: Meningkatnya ...``) and
    its wrapped rest; empty when there is none. A line after the heading belongs to it
    when it starts where the heading starts and not where the rows' labels do (or, at the
    labels' start, when it carries on in lower case)."""
    for pos, k in enumerate(gap):
        if not chunked[k] or not GROUP_HEADING_RE.match(lines[k].strip()):
            continue
        x = chunked[k][0].start
        if label_x is not None and x > label_x + 2:
            continue  # indented under a label: a fragment of it, not a heading
        run = [k]
        for f in gap[pos + 1:]:
            fx = chunked[f][0].start if chunked[f] else -1
            apart = label_x is None or abs(x - label_x) > 1
            if abs(fx - x) <= 1 and (apart or _continuation(lines[f].strip())):
                run.append(f)
            else:
                break
        return run
    return []
# "(4)=(2)+(3)": a column's number with the formula the table declares for it
_NUMBER_CELL_RE = re.compile(r"^\(?(\d{1,2})\)?(?:\s*=\s*[\d()+\-x×*/:\s]+)?$")


def _is_number_line(chunks: list[_Chunk]) -> bool:
    """``(1)  (2)  (3)`` or ``1  2  3``: the column-number row under a header."""
    texts = [c.text for c in chunks]
    if len(texts) < 3 or not all(_NUMBER_CELL_RE.match(t) for t in texts):
        return False
    numbers = [int(m.group(1)) for t in texts if (m := _NUMBER_CELL_RE.match(t))]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# ------------------------------------------------------------------- one cell per line

def find_cell_lines(lines: list[str], taken: set[int]) -> list[LayoutBlock]:
    """Tables printed one cell per line after a caption."""
    running = running_lines(lines)
    width = _text_width(lines)
    feet = numbered_page_feet(lines)
    blocks: list[LayoutBlock] = []
    i = 0
    while i < len(lines):
        if (i + 1) in taken or not _CAPTION_RE.match(lines[i].strip()):
            i += 1
            continue
        block, end = _read_cell_grid(lines, i + 1, taken)
        if block is None:
            block, end = _read_cell_table(lines, i + 1, running, taken, width, feet)
        if block is not None:
            blocks.append(block)
            i = end
        else:
            i += 1
    return blocks


MAX_GRID_HEADER = 40  # lines between a caption and its first row in a grid of cell lines
MAX_GRID_WIDTH = 30


def _read_cell_grid(lines: list[str], start: int, taken: set[int]) \
        -> tuple[LayoutBlock | None, int]:
    """A table written a cell per line with an empty line for an empty cell, as LibreOffice's
    plain-text export writes a Word table: the rows numbered ``1``, ``2``, ``3`` ... stand
    the same number of lines apart, which is the table's width. The header is one row of
    that width, or a row of spanning titles over a row of that width whose empty cells lie
    under the titles merged down (``Penyaluran (Rp)`` over ``Tahap I | Tahap II | Tahap
    III``). A total row after the numbered rows, its number and label merged (one cell
    fewer), closes the table. Anything else is left to the other readers."""
    first = next((j for j in range(start, min(len(lines), start + MAX_GRID_HEADER))
                  if _grid_number(lines[j]) == 1), None)
    if first is None:
        return None, start
    second = next((j for j in range(first + 2, min(len(lines), first + MAX_GRID_WIDTH + 1))
                   if _grid_number(lines[j]) == 2), None)
    if second is None:
        return None, start
    width = second - first
    rows = 1
    while first + rows * width < len(lines) \
            and _grid_number(lines[first + rows * width]) == rows + 1:
        rows += 1
    end = first + rows * width
    if rows < 3 or width < 3 or any(j + 1 in taken for j in range(start, end)):
        return None, start
    body = [[lines[r].strip() for r in range(first + n * width, first + (n + 1) * width)]
            for n in range(rows)]
    # every cell a short line, and every column of one kind: a label wrapped onto a line of
    # its own ("... Pelayanan" / "Darurat") shifts the cells after it, and such a grid is
    # no table of this shape
    if any(len(c) > 160 or _is_prose(c) and len(c) > 80 for row in body for c in row) \
            or not _columns_of_one_kind(body, width):
        return None, start
    following = lines[end].strip() if end < len(lines) else ""
    if _figure_like(following) and not is_total_label(following):
        return None, start  # the rows run on past the last numbered one: not this shape
    header = _grid_header([line.strip() for line in lines[start:first]], width)
    if header is None:
        return None, start
    out = [LayoutRow(start + k, cells, [start + k] * width) for k, cells in enumerate(header)]
    out += [LayoutRow(first + n * width, cells,
                      list(range(first + n * width, first + (n + 1) * width)))
            for n, cells in enumerate(body)]
    closing = [lines[j].strip() for j in range(end, min(len(lines), end + width - 1))]
    if len(closing) == width - 1 and is_total_label(closing[0]) \
            and all(_is_figure(c) or not c for c in closing[1:]):
        # "Jumlah" over the number and label columns merged: one cell fewer
        out.append(LayoutRow(end, [closing[0], "", *closing[1:]],
                             [end, end, *range(end + 1, end + width - 1)]))
        end += width - 1
    return LayoutBlock(out, set(range(start, end)), header_rows=len(header),
                       separator_line=first - 1), end


def _grid_number(line: str) -> int | None:
    """The row number a line holds alone (``3``, ``3.``), else None."""
    m = _ROW_NUMBER_RE.match(line.strip())
    return int(m.group(1)) if m else None


def _columns_of_one_kind(body: list[list[str]], width: int) -> bool:
    """Each column holds figures (or dashes, or nothing) in every row, or words in every
    row."""
    for c in range(1, width):
        kinds = {"figure" if _is_figure(row[c]) or row[c] in DASHES else "text"
                 for row in body if row[c]}
        if len(kinds) > 1:
            return False
    return True


def _grid_header(head: list[str], width: int) -> list[list[str]] | None:
    """The header rows of a grid of cell lines: one row of ``width`` cells, or spanning
    titles over a row of ``width`` cells, each title placed over the sub-titles under it
    (a run of them) or over the empty cell under it (a title merged down)."""
    while head and not head[0]:
        head = head[1:]
    if len(head) == width and all(head):
        return [head]
    titles = len(head) - width
    if titles < 2 or titles >= width or not all(head[:titles]):
        return None
    top, sub = head[:titles], head[titles:]
    placed: list[str] = []
    k = -1
    run_first = ""
    for c in range(width):
        # a title merged down, the first of a run of sub-titles, or the run's first sub-title
        # again ("Target | Realisasi | Target | Realisasi" under "2024" and "2025")
        if not sub[c] or c == 0 or not sub[c - 1] or sub[c] == run_first:
            k += 1
            run_first = sub[c]
        if k >= len(top):
            return None
        placed.append(top[k])
    if k != len(top) - 1:
        return None  # the titles do not fit over the sub-titles: not guessed
    return [placed, [s if s else placed[c] for c, s in enumerate(sub)]]


def _text_width(lines: list[str]) -> int:
    """The width of the page's text in characters: what most full lines of the document's
    paragraphs reach (the 90th percentile of the lines of 40 characters or more)."""
    lengths = sorted(n for line in lines if (n := len(line.strip())) >= 40)
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def _opens_paragraph(lines: list[str], k: int, width: int) -> bool:
    """A line that runs the page's width with the next line right under it: a paragraph
    after the table (a cell's text wraps within its column, narrower than the page)."""
    if not width or len(lines[k].strip()) < width * 0.85 or k + 1 >= len(lines):
        return False
    return len(lines[k + 1].strip()) >= width * 0.5


def _group_in_table(lines: list[str], k: int) -> bool:
    """``A. Pegawai Negeri Sipil`` followed by row ``1``: a group row, not a section heading.
    So is ``Sasaran 2: Meningkatnya ... di bidang kelautan dan`` / ``perikanan`` over row
    ``4``: a named group spans the table's width, and may wrap once."""
    text = lines[k].strip()
    if _GROUP_TOKEN_RE.match(text) and len(lines[k]) <= 80:
        nxt = next((line.strip() for line in lines[k + 1:k + 3] if line.strip()), "")
        return bool(_ROW_NUMBER_RE.match(nxt))
    if not GROUP_HEADING_RE.match(text) or len(text) > 200 or text.endswith("."):
        return False
    following = [line.strip() for line in lines[k + 1:k + 4] if line.strip()][:2]
    if following and _ROW_NUMBER_RE.match(following[0]):
        return True
    return len(following) == 2 and lines[k + 1].strip() == following[0] \
        and not _figure_like(following[0]) and len(following[0]) <= 80 \
        and bool(_ROW_NUMBER_RE.match(following[1]))


def _is_cell_line(text: str, inside: bool = False) -> bool:
    """A line that may be one table cell. Inside a table already begun, a long indicator
    name (up to 20 words) is a cell too, unless it ends like a sentence."""
    t = text.strip()
    if not t or "  " in t or _stop_line(t):
        return False
    if t.endswith(".") and len(t.split()) >= 5 and t[:1].isupper() and not _is_figure(t):
        return False  # a sentence after the table, however short
    if len(t) <= 80 and not _is_prose(t):
        return True
    return inside and len(t) <= 160 and len(t.split()) <= 20 and not t.endswith((".", ":"))


def numbered_page_feet(lines: list[str]) -> bool:
    """Pages that end in their number: the last line before most form feeds (three at
    least) is a bare number, so the bare number closing a page is its number, not a cell."""
    feet = [next((lines[j] for j in range(i - 1, -1, -1) if lines[j].strip()), "")
            for i, line in enumerate(lines) if line.startswith("\f") and i]
    numbered = sum(1 for text in feet if _PAGE_NUMBER_RE.match(text))
    return numbered >= 3 and numbered * 4 >= len(feet) * 3


def _read_cell_table(lines: list[str], start: int, running: set[str],
                     taken: set[int], width: int = 0,
                     feet: bool = False) -> tuple[LayoutBlock | None, int]:
    # Collect the run of short single-cell lines after the caption (a caption may wrap over
    # a second line: a text line before the first header cell is kept with it).
    tokens: list[tuple[int, str]] = []
    k = start
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and ((not _is_cell_line(lines[k]) or k == start and (
            _BARE_CAPTION_RE.match(lines[start - 1]) or CAPTION_RUNS_ON_RE.search(
                lines[start - 1]))) and _SUBTITLE_RE.match(lines[k].strip())
                           or k == start and _YEAR_SUBTITLE_RE.match(lines[k].strip())):
        # "Tabel 3.5" over "Keluarga Penerima Manfaat ... Tahun 2025": the caption's rest (a
        # caption of a number only is always continued by its title, however short)
        k += 1
    blanks = 0
    adjacent = False  # the line follows the previous cell directly (no blank, no furniture)
    spaced = 0  # cells so far that followed the one before after exactly one blank line
    while k < len(lines):
        raw = lines[k]
        text = re.sub(r"\s+", " ", raw).strip()
        if (k + 1) in taken:
            break
        if not text:
            blanks += 1
            adjacent = False
            if blanks > 2:
                break
            k += 1
            continue
        after_one_blank = blanks == 1 and bool(tokens) and tokens[-1][0] == k - 2
        blanks = 0
        if text in running or text == "\f" or _WORDED_PAGE_MARK_RE.match(text):
            adjacent = False
            k += 1
            continue
        # a long label inside a table whose cells pdftotext parts by blank lines: one blank
        # before it, no wider than a column (a paragraph's line runs the page's width)
        within = adjacent or after_one_blank and spaced >= 4 and len(text) <= 80
        if tokens and _opens_paragraph(lines, k, width):
            break
        if not _is_cell_line(raw, inside=len(tokens) >= 6 and within) \
                and not (tokens and _group_in_table(lines, k)):
            break
        spaced += after_one_blank
        tokens.append((k, text))
        adjacent = True
        k += 1
    end = k
    # page numbers between pieces: a bare number next to a running line or a blank pair
    tokens = [t for t in tokens if not _page_number_token(t, lines, running, feet)]
    figures = [t for t in tokens if _figure_like(t[1])]
    whole = next((i for i, (_, t) in enumerate(tokens) if _single_spaced_row(t)), None)
    if whole is not None and whole >= 2 and all(
            not _figure_like(t) or _YEAR_TITLE_RE.fullmatch(t) for _, t in tokens[:whole]):
        # "Realisasi" / "2023" / "Realisasi" / "2024" over "1 Jumlah tindakan ... 3.745
        # 4.012 4.386": a header pasted a title piece per line over rows pasted whole
        return None, start
    if len(figures) == 2 and (pairs := _named_amounts(tokens)) is not None:
        return LayoutBlock(pairs, set(range(start, end)), header_rows=1,
                           separator_line=pairs[0].cell_lines[-1]), end
    if len(figures) < 3 or len(tokens) < 6:
        return None, start
    columnar = _columnar_rows(lines, tokens)
    if columnar is not None:
        return LayoutBlock(columnar, set(range(start, end))), end
    if _blank_separated(tokens):
        tokens = _joined_blocks(tokens)
    header, body = _split_cell_header(_displaced_first_label(tokens))
    if not header or not body:
        return None, start
    body = _displaced_first_cells(
        _marked_groups(_without_number_row(_without_repeated_header(body, header))))
    shaped = _shaped_rows(header, body)
    if shaped is not None:
        _total_over_its_sum(shaped)
        return LayoutBlock(shaped, set(range(start, end))), end
    width = len(header)
    keyed = _keyed_rows(body)
    if keyed is not None:
        keyed = _rebalanced(keyed, width)
    exact = _one_cell_per_column(keyed, width) if keyed is not None else None
    if keyed is not None and exact is None:
        return None, start  # keyed rows that do not share a shape: unread, not guessed
    if keyed is None and ((split := _fixed_width(header, body)) is not None
                          or _years_in_one_run(narrower := _without_spanning_title(header))
                          and (split := _fixed_width(narrower, body)) is not None
                          or (split := _wrapped_label_title(header, body)) is not None):
        header, exact = split
        laid = _titles_by_kind(header, [cells for _, cells in exact])
        if laid is None:
            return None, start  # titles over cells of another kind: unread, not guessed
        header = laid
    if exact is not None:
        rows_out = [LayoutRow(header[0][0], [t for _, t in header], [n for n, _ in header],
                              [n for n, _ in header])]
        # (a closing total's label stands over the empty cells before its figures)
        rows_out += [LayoutRow(r[0][0], cells,
                               [r[0][0]] * (len(cells) - len(r) + 1) + [n for n, _ in r[1:]],
                               [n for n, _ in r])
                     for r, cells in exact]
        _total_over_its_sum(rows_out)
        end = min(end, max(n for n, _ in exact[-1][0]) + 1)
        return LayoutBlock(rows_out, set(range(start, end)), header_rows=1,
                           separator_line=header[-1][0]), end
    rows = _total_label_after_figures(_cell_rows(body, header), True)
    if not rows:
        return None, start
    out: list[LayoutRow] = [LayoutRow(header[0][0], [t for _, t in header],
                                      [n for n, _ in header], [n for n, _ in header])]
    guessed = 0
    for r in rows:
        cells, cell_lines = _fit_row(r, width, header)
        if len(r) < width and any(_is_figure(t) for _, t in r[1:]):
            guessed += 1  # cells missing: where they belong is a guess
        out.append(LayoutRow(cell_lines[0], cells, cell_lines, [n for n, _ in r]))
    titles = {t.lower() for _, t in header if len(t) >= 4}
    if guessed * 4 > len(rows) or any(len(r) > 2 * width for r in rows) \
            or any(_misassembled(cells, titles, header) for cells in (o.cells for o in out[1:])) \
            or any(len(_BUDGET_CODE_IN_TEXT_RE.findall(" ".join(t for _, t in r))) > 1
                   for r in rows):
        # (two budget codes in one row: a program's row and its kegiatan's run together,
        # as plain pdftotext prints a bold row's figures before its code)
        # Rows that do not fit the header's width (a header over two levels, empty cells
        # left out) cannot be placed without guessing, and a wrong guess compares the wrong
        # columns: better unread (the coverage finding says so) than wrongly read.
        return None, start
    consumed = set(range(start, end))
    return LayoutBlock(out, consumed), end


_TOTAL_TITLE_RE = re.compile(r"^(?:jumlah|total)$", re.IGNORECASE)


def _total_over_its_sum(rows: list[LayoutRow]) -> None:
    """``Jumlah`` printed before ``L`` and ``P`` (it spans the header's two rows, they sit
    under ``Jenis Kelamin``) over rows whose last column is the sum of the two before it:
    the title goes over the column that holds the sums, the others keep their order."""
    if len(rows) < 3:
        return
    titles = rows[0].cells
    at = next((i for i, t in enumerate(titles) if _TOTAL_TITLE_RE.match(t.strip())), None)
    if at is None:
        return
    # the run of figure columns the title stands in (L | Jumlah | P, or Jumlah | L | P)
    first = at
    while first > 0 and all(_is_figure(r.cells[first - 1]) for r in rows[1:]
                            if first - 1 < len(r.cells) and r.cells[first - 1].strip()):
        first -= 1
    if len(titles) - first not in (3, 4):
        return
    block = range(first, len(titles))

    def value(text: str) -> Decimal | None:
        text = text.strip()
        if text in ("-", "–"):
            return Decimal(0)
        fig = parse_figure(text) if _is_figure(text) else None
        return fig.value if fig is not None else None

    body = [[value(r.cells[c]) if c < len(r.cells) else None for c in block] for r in rows[1:]]
    if any(v is None for row in body for v in row):
        return
    sums = [c for c in range(len(block))
            if sum(1 for row in body if row[c] == sum(v for k, v in enumerate(row) if k != c))
            * 2 > len(body)]  # (most rows: a break in one row must not hide where it is)
    if len(sums) != 1 or sums[0] == at - first:
        return
    total = titles[at]
    order = [titles[c] for c in block if c != at]
    order.insert(sums[0], total)
    rows[0].cells[first:] = order


def _misassembled(cells: list[str], titles: set[str], header: list[Token]) -> bool:
    """A row rebuilt from a cell sequence that cannot be right: its label is a figure where
    the header's first column is a text column (the row's figures came before its name), or
    a cell holds two of the header's titles (a header repeated after a page break swallowed
    into a label)."""
    if cells and _is_figure(cells[0]) and header and _TEXT_COLUMN_RE.search(header[0][1]):
        return True
    return any(sum(1 for t in titles if t in c.lower()) >= 2 for c in cells if c)


def _named_amounts(tokens: list[Token]) -> list[LayoutRow] | None:
    """``Program | Anggaran (Rp)`` over names each followed by one amount, a name wrapped
    over lines or not: a list too short for the general reader (two figures), with nothing
    to guess."""
    header, body = tokens[:2], tokens[2:]
    if any(_is_figure(t) for _, t in header) or not body or not _is_figure(body[-1][1]):
        return None
    rows = [LayoutRow(header[0][0], [t for _, t in header], [n for n, _ in header],
                      [n for n, _ in header])]
    names: list[Token] = []
    for n, text in body:
        if not _is_figure(text):
            names.append((n, text))
            continue
        if not names or len(names) > 3 or any(_is_code(t) for _, t in names):
            return None
        rows.append(LayoutRow(names[0][0], [" ".join(t for _, t in names), text],
                              [names[0][0], n], [m for m, _ in names] + [n]))
        names = []
    return rows if len(rows) == 3 else None


_SUB_TITLE_RE = re.compile(r"^(?:[LP]|L\s*\+\s*P|(?:19|20)\d\d|awal|perubahan|revisi|murni)$",
                           re.IGNORECASE)


# titles that name a group of sub-columns rather than a column of their own
_SPANNING_RE = re.compile(r"\bjenis\s+kelamin\b|^\s*(?:peserta|realisasi|target|pagu|"
                          r"tahun|kondisi)\s*$", re.IGNORECASE)


def _without_spanning_title(header: list[Token]) -> list[Token]:
    """``Jenis Kelamin`` printed as a title of its own over ``L`` and ``P``: the header less
    a title that spans the sub-titles printed after it (two or more of them, ``L``, ``P``,
    years, ``Awal`` / ``Perubahan``), which is no column."""
    subs = [i for i, (_, t) in enumerate(header) if _SUB_TITLE_RE.match(t.strip())]
    if len(subs) < 2:
        return header
    spanning = [i for i, (_, t) in enumerate(header[:subs[0]]) if _SPANNING_RE.search(t)]
    if len(spanning) != 1:
        return header
    line, title = header[spanning[0]]
    # ("Jenis Kelamin Unit Kerja": the group's line joined to the next title's, which stays)
    rest = _SPANNING_RE.sub(" ", title).strip()
    return [h if i != spanning[0] else (line, rest) for i, h in enumerate(header)
            if i != spanning[0] or rest]


def _years_in_one_run(header: list[Token]) -> bool:
    """The bare year titles stand side by side (``2022 | 2023 | 2024 | 2025``); one printed
    after another title (``2024 | Target 2029 | 2025``, a two-row title printed in between)
    shows titles out of order, which nothing here can put right."""
    at = [i for i, (_, t) in enumerate(header) if _YEAR_ONLY_RE.fullmatch(t.strip())]
    return not at or at == list(range(at[0], at[0] + len(at)))


def _fixed_width(header: list[Token], body: list[Token]) \
        -> tuple[list[Token], list[tuple[list[Token], list[str]]]] | None:
    """Rows without row numbers, each of exactly the header's width and one shape. Where the
    header seemed to run on (``Kategori | Rentang Capaian (%) | Sangat Tinggi | ≥ 91,00``:
    a text cell opens the first row), a narrower header whose rows share a shape is it."""
    for width in range(len(header), 1, -1):
        cells = header[width:] + body
        if len(cells) % width:
            continue
        if len(cells) > width and _is_total_token(cells[-1][1]) \
                and all(_is_figure(t) for _, t in cells[-width:-1]):
            # "108 | 104 | 212 | Jumlah": a total row's label printed after its figures
            cells = cells[:-width] + [cells[-1]] + cells[-width:-1]
        rows = [cells[i:i + width] for i in range(0, len(cells), width)]
        if (exact := _one_cell_per_column(rows, width)) is not None:
            return header[:width], exact
    return None


def _wrapped_label_title(header: list[Token], body: list[Token]) \
        -> tuple[list[Token], list[tuple[list[Token], list[str]]]] | None:
    """``Status`` / ``Kepegawaian`` / ``L`` / ``P`` / ``Jumlah`` over rows of a name and three
    figures: the label column's title wrapped over two lines. Where every row is one text
    cell and figures, the titles before the figure columns' are that one title (the first
    row's name may have been read into the header: it opens the rows again)."""
    for used in range(len(header), 2, -1):
        cells = header[used:] + body
        for width in range(used - 1, 1, -1):
            if len(cells) % width:
                continue
            rows = [cells[i:i + width] for i in range(0, len(cells), width)]
            if not all(not _figure_like(r[0][1]) and all(_figure_like(t) for _, t in r[1:])
                       for r in rows):
                continue
            extra = used - width + 1
            lead = header[:extra]
            if any(_figure_like(t) for _, t in header[:used]) \
                    or any(_UNIT_MARK_RE.search(t) for _, t in lead[1:]) \
                    or (exact := _one_cell_per_column(rows, width)) is None:
                continue
            return [(lead[0][0], " ".join(t for _, t in lead)), *header[extra:used]], exact
        if (labelled := _wrapped_label_rows(header, used, body)) is not None:
            return labelled
    return None


def _wrapped_label_rows(header: list[Token], used: int, body: list[Token]) \
        -> tuple[list[Token], list[tuple[list[Token], list[str]]]] | None:
    """Rows of one label, wrapped over up to four lines, perhaps a unit, and the same
    number of figures (``Jumlah kejadian kecelakaan dan serious`` / ``incident di wilayah
    ...`` / ``kejadian`` / 2 / 0): the label's pieces are one cell. A unit is read only under
    a ``Satuan`` title, as the last short piece before the figures. Only where one row at
    least has its label on one line and no other title before the figures' names a text
    column."""
    titles = header[:used]
    unit_at = next((i for i, (_, t) in enumerate(titles) if _UNIT_NAME_RE.match(t)), None)
    texts = 1 if unit_at is None else 2
    cells = header[used:] + body
    rows: list[list[Token]] = []
    one_line = False
    k = 0
    while k < len(cells):
        start = k
        while k < len(cells) and not _figure_like(cells[k][1]):
            k += 1
        pieces = cells[start:k]
        figures_start = k
        while k < len(cells) and _figure_like(cells[k][1]):
            k += 1
        label = pieces[:len(pieces) - texts + 1]
        if not 1 <= len(label) <= 4 or k == figures_start \
                or texts == 2 and len(pieces[-1][1]) > 20:
            return None
        one_line = one_line or len(label) == 1
        rows.append([(label[0][0], " ".join(t for _, t in label)),
                     *pieces[len(label):], *cells[figures_start:k]])
    width = len(rows[0]) if rows else 0
    extra = (used - width + 1) if unit_at is None else unit_at
    if len(rows) < 3 or width < texts + 2 or extra < 1 or not one_line \
            or any(len(r) != width for r in rows) or used - extra + 1 != width:
        return None
    lead = titles[:extra]
    if any(_figure_like(t) and not _YEAR_ONLY_RE.fullmatch(t) for _, t in titles) \
            or any(_TEXT_NAME_RE.match(t) or _UNIT_NAME_RE.match(t) for _, t in lead):
        return None
    exact = _one_cell_per_column(rows, width)
    if exact is None:
        return None
    if extra > 1 and any(_UNIT_MARK_RE.search(t) for _, t in lead[1:]):
        # "Pesawat (unit)" names figures: no piece of the label's title, but a title over
        # sub-columns printed before them
        if unit_at is not None:
            return None
        laid = _tops_then_subs([t for _, t in titles], [cells for _, cells in exact])
        if laid is None:
            return None
        top, sub = laid
        names = [f"{t} / {b}" if t != b else b for t, b in zip(top, sub, strict=True)]
        # (each title on a line of the header's, the last on its last line: the header
        # ends there)
        lines = [n for n, _ in titles[:len(names) - 1]] + [titles[-1][0]]
        return list(zip(lines, names, strict=True)), exact
    return [(lead[0][0], " ".join(t for _, t in lead)), *titles[extra:]], exact


def _tops_then_subs(names: list[str], rows: list[list[str]]) \
        -> tuple[list[str], list[str]] | None:
    """A two-row header printed a row at a time (``Bulan | Pesawat (unit) | Penumpang
    (orang) | Kargo (kg)`` then ``Datang | Berangkat | Datang | Berangkat``): the same
    sub-titles repeated under each title that spans them, the other titles spanning both
    rows. Which titles span is told by the figures: sub-columns of one title count the same
    thing (arrivals and departures), so their figures are of one size. None when no layout,
    or more than one, fits that well."""
    width = len(rows[0])
    candidates: list[tuple[float, list[str], list[str]]] = []
    for size in (2, 3, 4):
        for groups in range(1, len(names) // size + 1):
            subs = names[len(names) - size * groups:]
            tops = names[:len(names) - size * groups]
            pattern = subs[:size]
            if len(tops) < 2 or any(subs[i:i + size] != pattern
                                    for i in range(0, len(subs), size)) \
                    or not all(_short(t) for t in pattern) \
                    or len(tops) - groups + len(subs) != width:
                continue
            for spanners in itertools.combinations(range(1, len(tops)), groups):
                top, sub = [tops[0]], [tops[0]]
                for i in range(1, len(tops)):
                    if i in spanners:
                        top += [tops[i]] * size
                        sub += pattern
                    else:
                        top.append(tops[i])
                        sub.append(tops[i])
                spread = max(_size_spread(rows, [c for c in range(width) if top[c] == tops[i]])
                             for i in spanners)
                candidates.append((spread, top, sub))
    candidates.sort(key=lambda c: c[0])
    if not candidates or candidates[0][0] > 0.5 \
            or len(candidates) > 1 and candidates[1][0] < candidates[0][0] + 0.5:
        return None
    return candidates[0][1], candidates[0][2]


def _size_spread(rows: list[list[str]], columns: list[int]) -> float:
    """How far apart in orders of magnitude the figures of a row in these columns are,
    the median over the rows."""
    spreads = []
    for r in rows:
        sizes = [math.log10(v) for c in columns
                 if (f := parse_figure(r[c])) is not None and (v := float(f.value)) > 0]
        if len(sizes) >= 2:
            spreads.append(max(sizes) - min(sizes))
    return statistics.median(spreads) if spreads else math.inf


_RANGE_PIECE_RE = re.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d(?:\s*\([^)]{1,10}\))?")
_KEY_CELL_RE = re.compile(r"^(?:[A-Z]{2,4}\s*-?\s*)?\d{1,3}[.)]?$")


def _titles_by_kind(header: list[Token], rows: list[list[str]]) -> list[Token] | None:
    """Titles laid over the columns whose cells they can name, when plain pdftotext printed
    them in another order (``Target | Realisasi | Capaian (%) | No | Indikator | Predikat``
    over rows ``IKU 1 | Jumlah PBT ... | 9.500 | 9.477 | 99,76 | Baik``: the single-line
    titles first, the centred ones after). Each column is a key (``IKU 1``), a text or a
    figure column by its cells; each title a key (``No``), a text (``Indikator``,
    ``Predikat``) or a figure title (``Target``, a year, ``%``). The titles of each kind keep
    their printed order. The header is left as printed when it already fits or a title's
    kind is unknown; None when a text title stands over a figure column (or the other way)
    and no order of the titles fits: the columns cannot be named without guessing."""
    def column_kind(c: int) -> str:
        cells = [r[c] for r in rows if c < len(r) and r[c]]
        if cells and all(_KEY_CELL_RE.match(t) for t in cells) and c == 0:
            return "key"
        # (a scale's bounds, "76,00 - 90,99" or "≥ 91,00", are figures for this purpose)
        return "figure" if cells and all(_figure_like(t) for t in cells) else "text"

    def title_kind(name: str) -> str | None:
        # ("Jenis Kelamin Laki-laki": a group's title and its first sub-column's, joined)
        if (group := _SPANNING_RE.match(name)) and group.end() < len(name.rstrip()):
            name = name[group.end():].strip()
        if _KEY_NAME_RE.match(name):
            return "key"
        if _FIGURE_NAME_RE.search(name) or "%" in name or re.search(r"\(rp", name, re.I):
            return "figure"
        if _TEXT_COLUMN_RE.search(name) or _TEXT_NAME_RE.match(name):
            return "text"
        return None

    kinds = [column_kind(c) for c in range(len(header))]
    titles = [title_kind(t) for _, t in header]
    clash = any(t is not None and {t, k} == {"text", "figure"}
                for t, k in zip(titles, kinds, strict=True))
    if titles == kinds or not clash:
        return header
    if titles.count(None) == 1:
        # a title of no known kind takes the kind no other title claims (one such title
        # only: two could each be either, and a wrong guess names the wrong columns)
        missing = list(kinds)
        for t in titles:
            if t is not None and t in missing:
                missing.remove(t)
        if len(set(missing)) != 1:
            return None
        titles = [missing[0] if t is None else t for t in titles]
    if None in titles or sorted(titles) != sorted(kinds):  # type: ignore[type-var]
        return None
    queues = {k: [h for h, t in zip(header, titles, strict=True) if t == k] for k in set(kinds)}
    laid = [queues[k].pop(0) for k in kinds]
    # years run forward across a table ("Target Renstra 2029" printed before "2023 | 2024"
    # sits after them, not in front): titles whose years go back were misplaced
    years = [int(m.group()) for _, t in laid if (m := _YEAR_IN_TEXT_RE.search(t))]
    return laid if years == sorted(years) else None


def _one_cell_per_column(rows: list[list[Token]], width: int) \
        -> list[tuple[list[Token], list[str]]] | None:
    """Rows that each give one cell per header column, their figures in the same columns
    (a rating scale: ``No | Interval | Predikat``), and perhaps a closing total
    row whose label stands in the key's place: nothing to guess. What follows a closing
    total's figures is past the table (a numbered heading after it). None otherwise."""
    out: list[tuple[list[Token], list[str]]] = []
    shape: tuple[bool, ...] | None = None
    # (a kegiatan code of four bare digits, 4741 over 4741.EBA.994, is a code, no figure)
    kegiatan = _kegiatan_codes(r[0][1] for r in rows)

    def code(text: str) -> bool:
        return _is_code(text) or text in kegiatan

    def kinds(row: list[Token]) -> tuple[bool, ...]:
        return tuple(_figure_like(t) and not (i == 0 and code(t)) for i, (_, t) in enumerate(row))

    keyed = all(_ROW_NUMBER_RE.match(r[0][1]) or code(r[0][1]) for r in rows[:-1])
    for k, row in enumerate(rows):
        key = row[0][1]
        if _ROW_NUMBER_RE.match(key) or code(key) or not keyed and len(row) == width:
            if len(row) != width or shape is not None and kinds(row) != shape:
                return None
            shape = kinds(row)
            out.append((row, [t for _, t in row]))
            continue
        trailing = len(shape) - max((i for i, f in enumerate(shape) if not f), default=0) - 1 \
            if shape else 0
        figures = row[1:1 + trailing]
        if k != len(rows) - 1 or not _is_total_token(key) or not trailing or \
                len(figures) != trailing or not all(_is_figure(t) for _, t in figures):
            return None
        cells = [key] + [""] * (width - 1 - trailing) + [t for _, t in figures]
        out.append((row[:1 + trailing], cells))
    data = (shape[1:] if keyed else shape) if shape else ()
    if len(out) < 2 or not any(data) or all(data):
        return None  # a figure column and a text column at least
    return out


_BUDGET_CODE_IN_TEXT_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{2}(?:\.\d{1,4}){0,4}(?![\d.])")
# the second line of a caption: a title of a few words, not a sentence
_YEAR_IN_TEXT_RE = re.compile(r"\b(?:19|20)\d\d\b")
_UNIT_MARK_RE = re.compile(r"\(\s*(?:%|rp|[a-z]{1,10})\s*\)", re.IGNORECASE)
_GRADE_KEY_RE = re.compile(r"[A-E][+-]?|[A-E]{2}")
_BARE_CAPTION_RE = re.compile(
    rf"^\s*[*_#]*\s*(tabel|table)\s*{TABLE_PREFIX}[0-9IVX][0-9IVX.]*\s*[*_]*\s*$", re.IGNORECASE)
_SUBTITLE_RE = re.compile(r"^[A-Z][^.:]{10,120}$")
# a caption's year wrapped onto a line of its own ("Tabel 3.1 Capaian ..." / "Tahun 2025")
# a caption line that stops where its title cannot ("... Manajemen (015.01.WA) per")
CAPTION_RUNS_ON_RE = re.compile(r"\b(?:per|dan|serta|atau|dengan|menurut|berdasarkan|pada|di|"
                                 r"dari|untuk|terhadap|yang|ke|se)\s*[,/-]?\s*$|[,/-]\s*$",
                                 re.IGNORECASE)
_YEAR_SUBTITLE_RE = re.compile(r"^(?:Tahun|TA\.?|Periode)\s+(?:19|20)\d\d$", re.IGNORECASE)


def _columnar_rows(lines: list[str], tokens: list[Token]) -> list[LayoutRow] | None:
    """A ruled table that plain ``pdftotext`` printed a column at a time: the row labels as
    one run of lines, each figure column as another run of the same length, every run apart
    from the next by a blank line, a column's title on the lines just before its run.

    Read only when every run of figures has the length of the one run of labels: anything
    less regular is left unread (the coverage finding says so) rather than guessed."""
    runs: list[list[Token]] = []
    previous = -2
    for n, text in tokens:
        kind = _is_figure(text)
        if runs and n == previous + 1 and _is_figure(runs[-1][-1][1]) == kind:
            runs[-1].append((n, text))
        else:
            runs.append([(n, text)])
        previous = n
    figure_runs = [k for k, r in enumerate(runs) if _is_figure(r[0][1])]
    if len(figure_runs) < 2:
        return None
    size = len(runs[figure_runs[0]])
    if size < 2 or any(len(runs[k]) != size for k in figure_runs):
        return None
    if any(runs[k][-1][0] + 1 < len(lines) and lines[runs[k][-1][0] + 1].strip()
           for k in figure_runs[:-1]):
        return None  # a column ends at a blank line: figures running on into text are rows
    labels = [k for k, r in enumerate(runs) if k not in figure_runs and len(r) == size
              and not any(_is_figure(t) for _, t in r)]
    if len(labels) != 1:
        return None
    label_run = runs[labels[0]]
    names: list[str] = []
    first_title = ""
    spare: list[str] = []  # titles not used yet, for a run printed without its own
    for k in figure_runs:
        before = runs[k - 1] if k > 0 and k - 1 not in figure_runs and k - 1 != labels[0] \
            else []
        titles = [t for _, t in before if len(t.split()) < 8]
        if titles:
            names.append(titles[-1])
            spare = titles[:-1]
            if not first_title and k == figure_runs[0] and spare:
                first_title, spare = spare[-1], spare[:-1]
        elif spare:
            names.append(spare.pop())
        else:
            names.append("")
    if not first_title and labels[0] > 0 and labels[0] - 1 not in figure_runs:
        titles = [t for _, t in runs[labels[0] - 1] if len(t.split()) < 8]
        first_title = titles[-1] if titles else ""
    width = 1 + len(figure_runs)
    # the header stands where the first column's title was printed, before its figures
    head_line = next((n for n, _ in runs[figure_runs[0] - 1]), label_run[0][0] - 1) \
        if figure_runs[0] > 0 else label_run[0][0] - 1
    out = [LayoutRow(head_line, [first_title or "Uraian", *names], [head_line] * width,
                     [head_line])]
    for i, (n, label) in enumerate(label_run):
        cells = [label, *(runs[k][i][1] for k in figure_runs)]
        where = [n, *(runs[k][i][0] for k in figure_runs)]
        out.append(LayoutRow(n, cells, where, where))
    return out


# --------------------------------------------------------- rows from the shape of the data

_ROW_NUMBER_RE = re.compile(r"^(\d{1,3})[.)]?$")
_GROUP_TOKEN_RE = re.compile(r"^([A-H]|[IVX]{1,4})[.)]\s+\S")
Token = tuple[int, str]


def _without_number_row(body: list[Token]) -> list[Token]:
    """``1 2 3 4 5 6`` (or ``(1) (2) ...``) right under the header: the column-number row,
    no row of the table."""
    n = 0
    while n < len(body) and re.fullmatch(rf"\(?{n + 1}\)?", body[n][1]):
        n += 1
    return body[n:] if n >= 3 else body


def _marked_groups(body: list[Token]) -> list[Token]:
    """``A`` on its own line over ``JABATAN STRUKTURAL``: a group row's marker and name
    printed as two cells; one group heading (``A. JABATAN STRUKTURAL``)."""
    out: list[Token] = []
    k = 0
    while k < len(body):
        n, text = body[k]
        nxt = body[k + 1][1] if k + 1 < len(body) else ""
        if re.fullmatch(r"[A-H]|[IVX]{1,4}", text) and nxt[:1].isupper() \
                and not _is_figure(nxt):
            out.append((n, f"{text}. {nxt}"))
            k += 2
            continue
        out.append((n, text))
        k += 1
    return out


def _without_repeated_header(body: list[Token], header: list[Token]) -> list[Token]:
    """The header printed again after a page break, in the middle of the cells, and its
    column-number row: dropped."""
    names = [t for _, t in header]
    numbering = [str(n) for n in range(1, len(names) + 1)]
    out: list[Token] = []
    k = 0
    while k < len(body):
        if len(names) >= 2 and [t for _, t in body[k:k + len(names)]] == names:
            k += len(names)
            continue
        if len(names) >= 3 and (again := _header_again(body, k, names)):
            k = again
            continue
        if len(names) >= 3 and (spread := _interleaved_header(body, k, names)):
            # the next row's first figures printed among the titles, at their height
            out.extend(body[i] for i in range(k, spread) if _is_figure(body[i][1]))
            k = spread
            continue
        # its column-number row (1 2 3 ... as many as the header's cells) with it
        if len(numbering) >= 3 and [re.sub(r"[()]", "", t) for _, t in
                                    body[k:k + len(numbering)]] == numbering:
            k += len(numbering)
            continue
        out.append(body[k])
        k += 1
    return out


def _header_again(body: list[Token], k: int, names: list[str]) -> int | None:
    """Where the header printed again at ``k`` ends when its titles are cut into other
    pieces (``Penumpang (orang)`` as ``Penumpang`` / ``(orang)``), perhaps without the
    first row's label that the first printing took in among its titles; None otherwise."""
    whole = " ".join(names)
    wanted = {whole, " ".join(names[:-1])}
    text, found = "", None
    for j in range(k, min(len(body), k + 3 * len(names))):
        text = f"{text} {body[j][1]}".strip()
        if not whole.startswith(text):
            break
        if text in wanted:
            found = j + 1
    return found


def _interleaved_header(body: list[Token], k: int, names: list[str]) -> int | None:
    """Where the header printed again at ``k`` ends, when a few figures (fewer than its
    titles) stand among its titles, which otherwise come in order; None if it is not there."""
    at, figures = k, 0
    for name in names:
        while at < len(body) and body[at][1] != name and _is_figure(body[at][1]) \
                and figures < len(names) - 1 and at > k:
            at += 1
            figures += 1
        if at >= len(body) or body[at][1] != name:
            return None
        at += 1
    return at if figures else None


def _rebalanced(rows: list[list[Token]], width: int) -> list[list[Token]]:
    """``5 | RW 05 | 1.128 | 1.147 | 2.275 | 688 | 573 | 590`` over ``6 | RW 06 | 1.163 |
    347``: the next row's first figures, printed before its number (at the height of a
    header repeated after a page break), go back after its name."""
    out = [list(r) for r in rows]
    for a, b in itertools.pairwise(out):
        extra = len(a) - width
        if extra > 0 and len(b) == width - extra and len(b) >= 2 \
                and all(_is_figure(t) for _, t in a[-extra:]) and not _is_figure(b[1][1]):
            b[2:2] = a[-extra:]
            del a[-extra:]
    return out


_KEY_CODE_RE = re.compile(r"^\d{1,4}(\.[0-9A-Z]{1,4}){1,5}$")


def _is_code(text: str) -> bool:
    """``1.05.01.2.02`` is a budget code; ``3.298.441.516`` is an amount in thousands."""
    groups = text.split(".")
    return bool(_KEY_CODE_RE.match(text)) and not all(
        len(g) == 3 and g.isdigit() for g in groups[1:])


def _kegiatan_codes(texts: Iterable[str]) -> set[str]:
    """A ministry's kegiatan codes, four bare digits (4741), read off its outputs' codes
    (4741.EBA.994): the first part of each."""
    return {t.split(".")[0] for t in texts if _is_code(t) and re.match(r"\d{4}\.", t)}


def _heading_token(text: str) -> bool:
    """A group row's one cell: ``A. Pegawai``, ``Sasaran 2: Meningkatnya ...``."""
    return bool(_GROUP_TOKEN_RE.match(text) or GROUP_HEADING_RE.match(text)) \
        and not _figure_like(text)


def _keyed_rows(body: list[Token]) -> list[list[Token]] | None:
    """Rows of a table whose rows open with a key: the next row number (1, 2, 3 ...) or a
    budget code (``1.05.01``, ``1.05.01.2.02``), after at least one figure and followed by
    text; a group heading (``A. Pegawai``) or a total row is a row of its own. None when
    the body does not open that way."""
    first = next((t for _, t in body if not _heading_token(t)), "")
    by_code = _is_code(first)
    start = _first_key(body, first)
    if not by_code and start is None:
        return None
    rows: list[list[Token]] = []
    current: list[Token] = []
    expected = start or 1
    # a ministry's kegiatan code is four bare digits (4741), the first part of its outputs'
    # codes (4741.EBA.994): a key where such codes follow
    kegiatan = _kegiatan_codes(t for _, t in body)
    for k, (n, text) in enumerate(body):
        nxt = body[k + 1][1] if k + 1 < len(body) else ""
        number = _ROW_NUMBER_RE.match(text)
        group = bool(current) and _heading_token(current[0][1]) and \
            not any(_is_figure(t) for _, t in current)
        started = not current or group or any(_figure_like(t) for _, t in current[1:])
        if by_code:
            opens_number = (_is_code(text) or text in kegiatan and bool(nxt)
                            and not _figure_like(nxt)) and started
        else:
            # numbering goes on, or starts again at 1 under a group heading
            wanted = number is not None and (int(number.group(1)) == expected
                                             or group and number.group(1) == "1")
            # (a scale's band after its number, "1 | 91 ke atas", opens a row too)
            opens_number = wanted and started and bool(nxt) \
                and (not _is_figure(nxt) or bool(RANGE_CELL_RE.match(nxt)))
            if opens_number and number is not None:
                expected = int(number.group(1))
        if opens_number or _heading_token(text) or _is_total_token(text) and current \
                and any(_is_figure(t) for _, t in current[1:]):
            if current:
                rows.append(current)
            current = []
            if opens_number:
                expected += 1
        current.append((n, text))
    if current:
        rows.append(current)
    return rows


def _first_key(body: list[Token], first: str) -> int | None:
    """The number the rows' keys start at: 1, or another number (account codes ``51``,
    ``52``, ``53`` under ``Akun``) when the next one follows, each before a text cell."""
    m = _ROW_NUMBER_RE.match(first)
    if m is None:
        return None
    start = int(m.group(1))
    if start == 1:
        return 1
    texts = [t for k, (_, t) in enumerate(body[:-1]) if not _is_figure(body[k + 1][1])]
    return start if first in texts and str(start + 1) in texts else None


def _is_total_token(text: str) -> bool:
    return bool(re.match(r"^(jumlah|total|sub\s*total|rata-?\s?rata|rerata)\b", text,
                         re.IGNORECASE)) and len(text.split()) <= 4


def _split_row(row: list[Token], numbered: bool) -> tuple[list[Token], list[Token], list[Token],
                                                           list[Token]]:
    """(row key, texts before the figures, figures, texts after them)."""
    marker = row[:1] if numbered and row and (
        _ROW_NUMBER_RE.match(row[0][1]) or _is_code(row[0][1])) else []
    rest = row[len(marker):]
    first = next((k for k, (_, t) in enumerate(rest) if _is_figure(t)), len(rest))
    last = max((k for k, (_, t) in enumerate(rest) if _is_figure(t)), default=first - 1)
    return marker, rest[:first], rest[first:last + 1], rest[last + 1:]


def _mode(values: list[int]) -> int:
    return Counter(values).most_common(1)[0][0] if values else 0


def _total_label_after_figures(rows: list[list[Token]], numbered: bool) -> list[list[Token]]:
    """``5 | PPPK | 3 | 3 | 6 | 21 | 15 | 36 | Jumlah``: plain pdftotext prints a total row's
    label after its figures, so the last item seems to carry two rows of figures and the
    label stands alone. The figures beyond the items' common count are the total's."""
    counts = [len(_split_row(r, numbered)[2]) for r in rows]
    common = _mode([c for c in counts if c])
    if not common:
        return rows
    out = [list(r) for r in rows]
    for i in range(len(out) - 1):
        lone = out[i + 1]
        if len(lone) != 1 or not _is_total_token(lone[0][1]):
            continue
        marker, before, figs, tail = _split_row(out[i], numbered)
        if len(figs) == 2 * common and not tail:
            out[i] = marker + before + figs[:common]
            out[i + 1] = lone + figs[common:]
    return out


def _shaped_rows(header: list[Token], body: list[Token]) -> list[LayoutRow] | None:
    """A table printed one cell per line, rebuilt from the shape its data rows share: a row
    number, a few text cells, a run of figures, perhaps a text cell after them (a predicate).
    The header is then laid over that shape; header cells beyond it are titles spanning the
    sub-columns that follow them (``Kondisi`` over ``Baik | Rusak Ringan | Rusak Berat``).
    None when the rows do not share one shape: a wrong guess compares the wrong columns."""
    rows = _keyed_rows(body)
    numbered = rows is not None
    if rows is None:
        return None
    rows = _total_label_after_figures(rows, numbered)
    parts = [_split_row(r, numbered) for r in rows]
    data = [p for p in parts if p[2]]
    if len(data) < 2:
        return None
    figures = _mode([len(p[2]) for p in data])
    after = _mode([len(p[3]) for p in data])
    full = [p for p in data if len(p[2]) == figures]
    texts = min((len(p[1]) for p in full), default=0)
    if len(full) * 4 < len(data) * 3 or texts < 1 or figures < 1:
        return None
    names = [t for _, t in header]
    # A cell merged down several rows (a sasaran over its indicators) is printed once, in
    # the first of them: rows with one text cell more, where the header names that column
    # too. The others leave it empty, at the left of their texts.
    most = max(len(p[1]) for p in full)
    merged_left = most > texts and len(names) == int(numbered) + most + figures + after \
        and all(len(p[1]) in (texts, most) for p in full)
    if merged_left:
        texts = most
    key = next((k for k, n in enumerate(names) if _KEY_NAME_RE.match(n)), None)
    if numbered and key:
        # a title of the header's top row printed before "No" (plain pdftotext reads the
        # top row first): where it spans cannot be told, its sub-columns keep their names
        names = names[key:]
        key = 0
    unit = next((k for k, n in enumerate(names) if _UNIT_NAME_RE.match(n)), None)
    if unit is not None and (key is not None or not numbered):
        implied = unit - (key if key is not None else -1)
        if 1 <= implied < texts and all(
                len(p[1]) >= implied and len(p[1][-1][1]) <= 20 for p in full):
            # every label wrapped over several lines above its unit: "Satuan" closes the
            # header's text columns, the pieces before the unit are one label
            texts = implied
    width = int(numbered) + texts + figures + after
    top, sub = _lay_header(names, width, int(numbered) + texts)
    if sub is None:
        return None
    lead = int(numbered) + texts
    if top is None and (moved := _over_their_cells(sub, lead, figures)) is None:
        return None  # names over cells of another kind: the header's order is not the rows'
    if top is None:
        sub = moved
    line = header[0][0]
    out = []
    if top is not None:
        out.append(LayoutRow(line, top, [line] * width, [line]))
    out.append(LayoutRow(header[-1][0], sub, [header[-1][0]] * width, [n for n, _ in header]))
    for marker, before, figs, tail in parts:
        if figs and len(figs) < figures and not marker and after and len(tail) == after \
                and before and _is_total_token(before[0][1]):
            # "Rata-rata capaian | 97,92 | Baik": a summary row fills only the last figure
            # columns; its trailing text cell (the predicate) anchors them at the right
            figs = [(figs[0][0], "")] * (figures - len(figs)) + figs
        if figs and len(figs) != figures or len(tail) > after:
            return None  # a row of another shape: cells left out, a figure wrapped away
        lead = [t for _, t in before]
        while len(lead) > texts:  # a wrapped label: its pieces are one cell
            lead[0:2] = [f"{lead[0]} {lead[1]}"]
        if not figs:  # a group heading or a label-only row
            cells = [t for _, t in marker] + [" ".join(lead)] + [""] * (width - len(marker) - 1)
            where = [(marker or before or [(line, "")])[0][0]] * width
        else:
            pad = [""] * (texts - len(lead))
            lead = pad + lead if merged_left else lead + pad
            tails = [t for _, t in tail] + [""] * (after - len(tail))
            cells = [t for _, t in marker] + [""] * (int(numbered) - len(marker)) + lead \
                + [t for _, t in figs] + tails
            first = (marker or before or figs)[0][0]
            where = [first] * (int(numbered) + texts) + [n for n, _ in figs] + \
                [n for n, _ in tail] + [first] * (after - len(tail))
        out.append(LayoutRow(where[0], cells, where, [n for n, _ in [*marker, *before, *figs,
                                                                       *tail]]))
    return out


_TEXT_NAME_RE = re.compile(r"^(?:satuan|predikat|kategori|keterangan|kriteria)\b", re.IGNORECASE)
_FIGURE_NAME_RE = re.compile(r"(?:19|20)\d\d\s*$|^(?:target|realisasi|capaian)\b", re.IGNORECASE)


def _over_their_cells(sub: list[str], lead: int, figures: int) -> list[str] | None:
    """The header names in the order of the rows' cells: ``Satuan`` over a text column, a
    year's or a target's name over a figure column. Plain pdftotext prints a cell spanning
    the header's two rows before the rows' others (``Target Akhir Renstra 2026`` before
    ``Satuan | 2023 | 2024 | 2025``); such a name moves to the end of the figure columns.
    None when the names cannot be put over their cells."""
    def figure_column(k: int) -> bool:
        return lead <= k < lead + figures

    def fits(names: list[str]) -> bool:
        return all(not (not figure_column(k) and k and _FIGURE_NAME_RE.search(n))
                   and not (figure_column(k) and _TEXT_NAME_RE.match(n))
                   for k, n in enumerate(names))

    names = list(sub)
    for _ in range(2):
        if fits(names):
            return names
        early = [k for k in range(1, lead) if _FIGURE_NAME_RE.search(names[k])]
        late = [k for k in range(lead, lead + figures) if _TEXT_NAME_RE.match(names[k])]
        if len(early) > 1 or len(late) > 1:
            return None
        if early:  # a figure column's name printed among the text columns' names
            k = early[0]
            names = names[:k] + names[k + 1:lead + figures] + [names[k]] \
                + names[lead + figures:]
        elif late:  # a text column's name (Predikat) printed among the figures' names
            k = late[0]
            names = names[:k] + names[k + 1:] + [names[k]]
    return names if fits(names) else None


def _lay_header(names: list[str], width: int, leading: int) -> tuple[list[str] | None,
                                                                     list[str] | None]:
    """Header cells over ``width`` columns: those in excess are titles spanning the short
    sub-column names that follow them; a title goes to a row above, over its first
    sub-column. (None, None) when the header cannot be laid over the columns.

    A title's sub-columns are first kept from becoming titles themselves (``Peserta`` over
    ``L | P | Jumlah`` beside ``Jumlah`` / ``Kegiatan (kali)`` wrapped in one cell); when
    that leaves no layout, any short run may take a title."""
    laid = _lay_header_once(names, width, leading, loose=False)
    return laid if laid[1] is not None else _lay_header_once(names, width, leading, True)


def _lay_header_once(names: list[str], width: int, leading: int, loose: bool) \
        -> tuple[list[str] | None, list[str] | None]:
    cells = list(names)
    # "Ormas" over "ber-SKT": a title wrapped inside its cell, its rest in lower case
    k = 1
    while len(cells) > width and k < len(cells):
        if cells[k][:1].islower() and k > leading:
            cells[k - 1:k + 1] = [f"{cells[k - 1]} {cells[k]}"]
        else:
            k += 1
    if not loose:
        # "2025 | Target Akhir | Renstra | 2026": the pieces of a name wrapped over lines,
        # after a run of year columns, close with the year they name
        k = len(cells) - 1
        while k - 1 >= leading and len(cells) > width:
            run = k - 1
            while run > leading and not _YEAR_NAME_RE.fullmatch(cells[run - 1]) \
                    and k - run < len(cells) - width:
                run -= 1
            if _YEAR_NAME_RE.fullmatch(cells[k]) and k - run >= 1 \
                    and run - 1 >= leading and _YEAR_NAME_RE.fullmatch(cells[run - 1]) \
                    and not any(_YEAR_NAME_RE.fullmatch(c) for c in cells[run:k]):
                cells[run:k + 1] = [" ".join(cells[run:k + 1])]
            k -= 1
    if len(cells) < width:
        cells = [""] * (width - len(cells)) + cells
    titles: list[int] = []
    owned: set[int] = set()  # sub-columns of a title already placed: no title themselves
    for _ in range(len(cells) - width):
        best, score = None, 0
        for i in range(max(leading, 1), len(cells) - 1):
            if i in titles or i in owned and not loose:
                continue
            run = 0
            for j in range(i + 1, len(cells)):
                if j in titles or not _short(cells[j]):
                    break
                run += 1
            if run > score:
                best, score = i, run
        if best is None and loose:
            return None, None
        if best is None:
            # no title left to place: a one-word cell wrapped above the rest of its name
            # ("Jumlah" / "Kegiatan (kali)") is one cell
            pair = next((i for i in range(max(leading, 1), len(cells) - 1)
                         if not {i, i + 1} & (owned | set(titles))
                         and len(cells[i].split()) == 1 and not _short(cells[i + 1])), None)
            if pair is None:
                return None, None
            cells[pair:pair + 2] = [f"{cells[pair]} {cells[pair + 1]}"]
            titles = [t - 1 if t > pair else t for t in titles]
            owned = {o - 1 if o > pair else o for o in owned}
            continue
        titles.append(best)
        owned |= set(range(best + 1, best + 1 + score))
    sub = [c for i, c in enumerate(cells) if i not in titles]
    if len(sub) != width:
        return None, None
    if not titles:
        return None, sub
    starts = {i - sum(1 for j in titles if j < i): cells[i] for i in titles}
    top, current = [], ""
    for k in range(width):
        current = starts.get(k, current)
        # a title stands over every sub-column after it, up to the next title; columns
        # before the first title (No, Uraian) carry their own name in both rows
        top.append(current if current and k >= leading else sub[k])
    return top, sub


_YEAR_NAME_RE = re.compile(r"(?:19|20)\d\d")
_KEY_NAME_RE = re.compile(r"^(?:no\.?|nomor)$", re.IGNORECASE)
_UNIT_NAME_RE = re.compile(r"^satuan\b", re.IGNORECASE)


def _short(text: str) -> bool:
    return len(text) <= 14 or bool(re.fullmatch(r"(19|20)\d\d", text))


def _page_number_token(token: tuple[int, str], lines: list[str], running: set[str],
                       feet: bool = False) -> bool:
    """A page number: a bare number right after a running header/footer or a form feed, or
    right before one when a blank line precedes it (a number at the foot of a page), or
    right before a form feed where the document's pages end in their numbers."""
    n, text = token
    if not _PAGE_NUMBER_RE.match(text):
        return False  # ("Kode" opening a new page is the header printed again, no number)
    if "\f" in lines[n]:
        return True
    if feet:
        # the pages end in their numbers: the number opening a page, under its running
        # header, is a cell (a row's key continuing the table)
        return n + 1 < len(lines) and lines[n + 1].startswith("\f")

    def norm(j: int) -> str:
        return re.sub(r"\s+", " ", lines[j]).strip() if 0 <= j < len(lines) else ""

    after_running = norm(n - 1) in running or "\f" in (lines[n - 1] if n else "")
    before_running = norm(n + 1) in running and not norm(n - 1)
    return after_running or before_running


def _blank_separated(tokens: list[tuple[int, str]]) -> bool:
    """Cells printed apart by blank lines (plain pdftotext of a ruled table prints each
    cell as its own block): then lines that follow each other directly are one cell."""
    gaps = [b[0] - a[0] > 1 for a, b in itertools.pairwise(tokens)]
    # (the figures tell best: labels wrapped over two or three lines part fewer lines)
    figures = [b[0] - a[0] > 1 for a, b in itertools.pairwise(tokens) if _figure_like(b[1])]
    return len(gaps) >= 6 and sum(gaps) * 5 >= len(gaps) * 4 \
        or len(figures) >= 6 and sum(figures) * 10 >= len(figures) * 9


def _sub_name(text: str) -> bool:
    """A sub-column's own name under its title (``L``, ``P``, ``%``, ``2025``), never the
    rest of a wrapped name."""
    return len(text) <= 2 or bool(_YEAR_NAME_RE.fullmatch(text) or _KEY_NAME_RE.match(text)
                                  or re.fullmatch(r"L\s*\+\s*P", text))


_TITLE_WORD_RE = re.compile(r"^(?:target|realisasi|capaian|satuan|jumlah|pagu|anggaran|"
                            r"keterangan|predikat|kategori|status|uraian|indikator|program|kegiatan|"
                            r"sisa|kode)\b", re.IGNORECASE)


def _joined_blocks(tokens: list[Token]) -> list[Token]:
    """Where blank lines part the cells, text lines that follow each other directly are one
    cell wrapped (``Jumlah`` / ``Kejadian``, ``Masyarakat dan Relawan`` / ``(Redkar)``); a
    sub-column's name under its title (``Peserta (orang)`` / ``L``) stays apart."""
    out: list[Token] = []
    last = -2
    for i, (n, text) in enumerate(tokens):
        # a year alone right under a title is the title's end ("Target Renstra" / "2029"),
        # or a title over one sub-column, which reads the same
        # (not one of a run of years: "Satuan" / "2023", "2024", "2025" are sub-columns)
        lone_year = bool(_YEAR_ONLY_RE.fullmatch(text)) and not (
            i + 1 < len(tokens) and (tokens[i + 1][0] == n + 1
                                     or _YEAR_ONLY_RE.fullmatch(tokens[i + 1][1])))
        if out and n == last + 1 and not _figure_like(out[-1][1]) \
                and (not _figure_like(text) and not _sub_name(text) or lone_year) \
                and not (_TITLE_WORD_RE.match(text) and _TITLE_WORD_RE.match(out[-1][1])):
            # ("Predikat" over "Target": two columns' titles, one spanning the header's two
            # rows, the other the first of the next group, printed at one height)
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((n, text))
        last = n
    return out


def _split_cell_header(tokens: list[tuple[int, str]]) -> tuple[list[tuple[int, str]],
                                                             list[tuple[int, str]]]:
    """Header cells run until the first row begins: a row number ``1`` followed by text, or
    the first figure. Column-number cells ``(1) (2) ...`` after the header are dropped; a
    header cell wrapped onto a second line (``Capaian`` / ``(%)``) is joined."""
    header: list[tuple[int, str]] = []
    i = 0
    while i < len(tokens):
        n, text = tokens[i]
        if _is_figure(text) and not re.fullmatch(r"\(\d{1,2}\)|(19|20)\d\d", text) \
                or RANGE_CELL_RE.match(text):
            break
        if re.fullmatch(r"\(?\d{1,2}\)?", text) or _is_code(text) or _GROUP_TOKEN_RE.match(text) \
                or header and _heading_token(text):
            break  # (a row, or a group row: "Sasaran 1: Terwujudnya ...")
        # (a title spanning sub-titles, "Jenis Kelamin" over "L" and "P", has no figure)
        titles = _without_spanning_title(header)
        width = len(titles) - 1
        # (only where every title after the first names figures: a "Predikat" title means
        # the row goes on after its figures)
        if width >= 2 and not _figure_like(text) and i + 1 + width <= len(tokens) \
                and not any(_TEXT_NAME_RE.match(h) or _TEXT_COLUMN_RE.search(h)
                            for _, h in titles[1:]) \
                and all(_figure_like(t) and not _YEAR_ONLY_RE.fullmatch(t)
                        for _, t in tokens[i + 1:i + 1 + width]) \
                and not (i + 1 + width < len(tokens) and _figure_like(tokens[i + 1 + width][1])):
            break  # a name followed by one figure for each title after the first: a row
        if header and _GRADE_KEY_RE.fullmatch(text) and i + 1 < len(tokens) \
                and (_figure_like(tokens[i + 1][1]) or RANGE_CELL_RE.match(tokens[i + 1][1])):
            break  # "A | 88,31 - 100,00": a letter grade opens a scale's first row
        # ("s.d. TW IV" is a title of its own, not the rest of "TW IV")
        if header and (text.startswith("(") or text[:1].islower()
                       and not re.match(r"(?:s\.?\s?d\.?|s/d|sampai)\s", text, re.IGNORECASE)
                       or _RANGE_PIECE_RE.fullmatch(text)
                       and not _YEAR_IN_TEXT_RE.search(header[-1][1])):
            # ("Pertumbuhan" / "2024-2025 (%)": the period a title's figures span, wrapped)
            header[-1] = (header[-1][0], f"{header[-1][1]} {text}")
        else:
            header.append((n, text))
        i += 1
    body = tokens[i:]
    # a column-number row: 1 2 3 ... or (1) (2) (3) ... as many as header cells
    numbers = 0
    while numbers < len(body) and re.fullmatch(r"\(?\d{1,2}\)?", body[numbers][1]) \
            and int(re.sub(r"\D", "", body[numbers][1])) == numbers + 1:
        numbers += 1
    if numbers >= 3 and numbers >= len(header) - 1:
        body = body[numbers:]
    # a row number must be followed by text; otherwise the first token is a figure cell of
    # a table without a number column
    return header, body


# a row's label opened by its key: "IKU 1.2 Pertumbuhan ...", "SS 3 Meningkatnya ..."
_KEYED_LABEL_RE = re.compile(r"^([A-Z]{2,5})\s*-?\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Za-z(]")


def _displaced_first_label(tokens: list[Token]) -> list[Token]:
    """The first row's label printed among the header's titles (``Tahun 2025`` / ``Target`` /
    ``IKU 1.1 Realisasi ...`` / ``Realisasi``): plain pdftotext orders a tall header's
    titles, and a first row's label centred beside them, by height. A cell before the first
    figure keyed like the row labels after it (the same key letters, two rows at least) is
    that label: it moves to just before the first figure, where its row begins."""
    first = next((i for i, (_, t) in enumerate(tokens) if _is_figure(t)
                  and not _YEAR_ONLY_RE.fullmatch(t)), None)
    if first is None:
        return tokens
    keys = [m.group(1) for _, t in tokens[first:] if (m := _KEYED_LABEL_RE.match(t))]
    for i in range(1, first - 1):
        m = _KEYED_LABEL_RE.match(tokens[i][1])
        if m and keys.count(m.group(1)) >= 2:
            return tokens[:i] + tokens[i + 1:first] + [tokens[i]] + tokens[first:]
    # unkeyed: the body opens with a row's figures and no name, the rows after it give a
    # name and as many figures (two at least), and the header holds one name more than
    # its columns need, a name that is no column's title
    width = next((k for k, (_, t) in enumerate(tokens[first:]) if not _is_figure(t)),
                 len(tokens) - first)
    rows = [tokens[j:j + width + 1] for j in range(first + width, len(tokens), width + 1)]
    if width < 2 or len(rows) < 2 or any(
            len(r) != width + 1 or _is_figure(r[0][1]) or not all(_is_figure(t) for _, t in r[1:])
            for r in rows[:2]):
        return tokens
    titles = _without_spanning_title(tokens[:first])
    names = [i for i, (_, t) in enumerate(tokens[:first]) if i and len(t.split()) >= 2
             and not _is_figure(t) and not _TITLE_WORD_RE.match(t)
             and not _TEXT_COLUMN_RE.search(t) and not _FIGURE_NAME_RE.search(t)]
    if len(names) == 1 and len(titles) - 1 == width + 1:
        i = names[0]
        return tokens[:i] + tokens[i + 1:first] + [tokens[i]] + tokens[first:]
    return tokens


def _displaced_first_cells(body: list[Token]) -> list[Token]:
    """``1.845.000 | 1.873.412 | 101,54 | Sangat Tinggi | 1 | Produksi ... | 2 | Produksi
    ... | 412.500 | ...``: the first row's cells printed before its number and name (its
    name wrapped taller than its cells, plain pdftotext orders them by height). Where the
    rows after it each give their number, their name and as many cells as came first, those
    cells go back after the first row's name."""
    lead = next((j for j, (_, t) in enumerate(body[:8]) if _ROW_NUMBER_RE.match(t)), None)
    if not lead or int(_ROW_NUMBER_RE.match(body[lead][1]).group(1)) != 1 \
            or not any(_is_figure(t) for _, t in body[:lead]) \
            or any(_ROW_NUMBER_RE.match(t) for _, t in body[:lead]):
        return body
    rest = body[lead + 2:]
    # the rows that follow: number, name, then `lead` cells; two of them at least
    step = lead + 2
    rows = [rest[i:i + step] for i in range(0, len(rest) - step + 1, step)]
    if len(rows) < 2 or any(not (m := _ROW_NUMBER_RE.match(r[0][1])) or int(m.group(1)) != k + 2
                            or _is_figure(r[1][1]) for k, r in enumerate(rows[:2])):
        return body
    return body[lead:lead + 2] + body[:lead] + rest


def _cell_rows(body: list[tuple[int, str]],
               header: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Rows from the cell sequence: a new row opens at text that follows a figure (unless the
    header says a text column follows there) or at the next row number."""
    text_tail = [bool(_TEXT_COLUMN_RE.search(h)) for _, h in header]
    rows: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    expected_number = 1
    header_texts = [h for _, h in header]
    for n, text in body:
        if text in header_texts and (not current or text == header_texts[0]):
            # the header repeated after a page break
            continue
        is_fig = _is_figure(text)
        is_number = bool(re.fullmatch(r"\d{1,3}[.)]?", text)) \
            and int(re.sub(r"\D", "", text)) == expected_number
        numbered_start = bool(current) and bool(re.fullmatch(r"\d{1,3}[.)]?", current[0][1]))
        seen_fig = any(_is_figure(t) for _, t in current[1 if numbered_start else 0:])
        opens = False
        if is_number and current and seen_fig:
            opens = True
        elif not is_fig and current and seen_fig:
            pos = len(current)
            opens = not (pos < len(text_tail) and text_tail[pos] and len(current) < len(header))
        if opens:
            rows.append(current)
            current = []
        if is_number and not current:
            expected_number += 1
        current.append((n, text))
    if current:
        rows.append(current)
    return [r for r in rows if r]


def _fit_row(row: list[tuple[int, str]], width: int,
             header: list[tuple[int, str]]) -> tuple[list[str], list[int]]:
    """Cells of one row fitted to the table's width: extra text lines are a wrapped label
    (joined), missing cells are the empty ones between the label and the figures."""
    cells = [t for _, t in row]
    lines = [n for n, _ in row]
    while len(cells) > width:
        # join the first two adjacent text cells after the row number
        for k in range(len(cells) - 1):
            if not _is_figure(cells[k]) and not _is_figure(cells[k + 1]) \
                    and not (k == 0 and _MARKER_RE.match(cells[k])):
                cells[k:k + 2] = [f"{cells[k]} {cells[k + 1]}"]
                lines[k:k + 2] = [lines[k]]
                break
        else:
            break
    if len(cells) < width:
        # pad after the last text cell before the figures
        first_fig = next((k for k, c in enumerate(cells) if _is_figure(c)
                          and not (k == 0 and _MARKER_RE.match(c))), len(cells))
        pad = width - len(cells)
        cells[first_fig:first_fig] = [""] * pad
        lines[first_fig:first_fig] = [lines[max(first_fig - 1, 0)]] * pad
    return cells, lines
