"""PDF reader: words with their positions, laid out as text, ruled tables read from their grid.

A PDF holds words at positions, not tables. Each page becomes lines of text in which words
keep their horizontal place (a wide gap becomes a run of spaces), which the space-aligned
table reader (``audit.readers.layout``) turns into rows. A table drawn with rules is read
from its grid instead (pdfplumber's table finder): merged and wrapped cells come out whole,
and it is printed as a Markdown pipe table at its place on the page.

Running page headers and footers (a line repeated at the top or bottom of most pages) and
page numbers are dropped, so a table split by a page break joins up again. Every line of the
printed text remembers its page; ``audit tables FILE.pdf`` prints the same text, so line
numbers in findings can be looked up there.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

from audit.readers.source import Rendered
from audit.readers.text import ReaderError

_PAGE_NUMBER_RE = re.compile(
    r"^[\s\-–—]*((hal(aman)?\.?|page)\s*)?(\d{1,4}|[ivxlc]{1,6})(\s*(dari|of)\s*\d+)?[\s\-–—]*$",
    re.IGNORECASE)
EDGE_LINES = 3  # lines at the top and bottom of a page where running headers/footers sit


def render_pdf(path: str | Path) -> Rendered:
    import pdfplumber  # a heavy import, needed only for PDF input
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    p = Path(path)
    try:
        pdf = pdfplumber.open(p)
    except PDFPasswordIncorrect as exc:
        raise ReaderError(f"{p}: the PDF is encrypted; open it without a password "
                          f"(or print it to a new PDF) and audit that copy") from exc
    except (PDFSyntaxError, Exception) as exc:  # noqa: BLE001 - pdfminer raises many kinds
        if "password" in str(exc).lower() or "encrypt" in type(exc).__name__.lower():
            raise ReaderError(f"{p}: the PDF is encrypted; open it without a password "
                              f"(or print it to a new PDF) and audit that copy") from exc
        raise ReaderError(f"{p}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    with pdf:
        try:
            read = [_page_words(page) for page in pdf.pages]
            # one column width for the whole document, so that a table continued on the
            # next page keeps its columns where they were
            column_width = _column_width([w for words, _ in read for w in words])
            pages = [_page_lines(words, tables, column_width) for words, tables in read]
        except Exception as exc:  # noqa: BLE001 - a damaged page stream
            raise ReaderError(f"{p}: cannot read the PDF's pages "
                              f"({type(exc).__name__}: {exc})") from exc
    if not any(line.strip() for page in pages for line in page):
        raise ReaderError(f"{p}: the PDF has no text layer (a scan?); run OCR first, "
                          f"e.g. `ocrmypdf {p.name} ocr.pdf`, and audit the result")
    pages = _drop_running_lines(pages)
    out: list[str] = []
    locations: dict[int, dict[str, int | str]] = {}
    for number, page in enumerate(pages, start=1):
        for line in page:
            out.append(line)
            locations[len(out)] = {"page": number}
        # a form feed ends the page, as pdftotext marks it: a table piece on the next page
        # under its header printed again is a continuation, not wrapped text of the last row
        out.append("\f")
        locations[len(out)] = {"page": number}
    return Rendered("\n".join(out) + "\n", "pdf", locations, pages=len(pages))


# ------------------------------------------------------------------------- one page

def _page_words(page: Any) -> tuple[list[dict[str, Any]], list[Any]]:
    """The page's words outside its ruled tables, and those tables."""
    tables = [t for t in page.find_tables() if _is_real_table(t)]
    boxes = [t.bbox for t in tables]
    words = [w for w in page.extract_words(x_tolerance=1.5, y_tolerance=2.5)
             if not any(_inside(w, box) for box in boxes)]
    return words, tables


def _page_lines(words: list[dict[str, Any]], tables: list[Any],
                column_width: float) -> list[str]:
    """The page as lines of text: words at their places, ruled tables as pipe tables."""
    line_height = _line_height(words)
    # (top, the line's own type height, its text): a paragraph set larger than the page's
    # tables is spaced by its own line height, not broken into one paragraph per line
    items: list[tuple[float, float, list[str]]] = []
    char_width = _char_width(words)
    grouped = _group_lines(words)
    gutter = _gutter(grouped, char_width)
    if gutter is not None:
        # a page set in two columns: each run of lines between full-width ones (a title, a
        # table across the page) is read down its left column, then down its right one
        items = _two_column_items(grouped, tables, gutter, line_height, char_width,
                                  column_width)
    else:
        for top, line_words in grouped:
            items.append((top, max(line_height, _line_height(line_words)),
                          [_layout_line(line_words, char_width, column_width)]))
        for table in tables:
            items.append((table.bbox[1], line_height, _pipe_table(table.extract())))
        items.sort(key=lambda item: item[0])
    lines: list[str] = []
    previous_top: float | None = None
    previous_height = line_height
    for top, height, block in items:
        if previous_top is not None and top - previous_top > 1.8 * max(height, previous_height):
            lines.append("")
        if len(block) > 1:  # a table stands apart from the text around it
            if lines and lines[-1]:
                lines.append("")
            lines.extend(block)
            lines.append("")
        else:
            lines.extend(block)
        previous_top, previous_height = top, height
    return lines


MIN_COLUMN_LINES = 8  # lines of prose on both sides of a gutter that make a page two-column
COLUMN_WORDS = 3  # words a column's part of a line holds at least, on most such lines


def _gutter(grouped: list[tuple[float, list[dict[str, Any]]]], char_width: float) -> float | None:
    """The x of the gap between two columns of prose, when the page has one: a place in the
    middle third of the text that almost no line crosses, with lines of prose (words, not
    figures, several of them) wholly on its left and wholly on its right, the right ones
    starting at one margin. A space-aligned table has figures right of its gaps; justified
    single-column prose crosses every place."""
    lines = [ws for _, ws in grouped if ws]
    if len(lines) < MIN_COLUMN_LINES:
        return None
    left = min(w["x0"] for ws in lines for w in ws)
    right = max(w["x1"] for ws in lines for w in ws)
    width = right - left
    best: tuple[int, float] | None = None
    x = left + width / 3
    while x < left + 2 * width / 3:
        crossing = sum(1 for ws in lines if any(w["x0"] < x < w["x1"] for w in ws))
        if crossing * 5 <= len(lines):
            on_left = sum(1 for ws in lines if len(b := [w for w in ws if w["x1"] <= x])
                          >= COLUMN_WORDS and _prose(b))
            starts = [after[0]["x0"] for ws in lines
                      if len(after := [w for w in ws if w["x0"] >= x]) >= COLUMN_WORDS
                      and _prose(after)]
            common = Counter(round(x0 / char_width) for x0 in starts).most_common(1)[0] \
                if starts else (0, 0)
            score = min(on_left, common[1])
            if score >= MIN_COLUMN_LINES and (best is None or score > best[0]):
                # (the gutter ends where the right column begins: a left line's last word
                # may reach past the middle of the gap)
                margin = min(x0 for x0 in starts if round(x0 / char_width) == common[0])
                best = (score, margin - 0.5)
        x += char_width
    return None if best is None else best[1]


def _prose(words: list[dict[str, Any]]) -> bool:
    return sum(1 for w in words if any(ch.isdigit() for ch in w["text"])) * 3 < len(words)


def _two_column_items(grouped: list[tuple[float, list[dict[str, Any]]]], tables: list[Any],
                      gutter: float, line_height: float, char_width: float,
                      column_width: float) -> list[tuple[float, float, list[str]]]:
    """The page's lines and tables in reading order: runs between full-width items read
    down the left column, then the right one (its words set back to the left margin)."""
    margin = min((w["x0"] for _, ws in grouped for w in ws), default=0.0)
    shift = gutter - margin
    entries: list[tuple[float, str, float, list[str]]] = []  # top, side, height, block
    for top, ws in grouped:
        height = max(line_height, _line_height(ws))
        if any(w["x0"] < gutter < w["x1"] for w in ws):
            entries.append((top, "full", height, [_layout_line(ws, char_width, column_width)]))
            continue
        before = [w for w in ws if w["x1"] <= gutter]
        after = [{**w, "x0": w["x0"] - shift, "x1": w["x1"] - shift}
                 for w in ws if w["x0"] >= gutter]
        if before:
            entries.append((top, "left", height, [_layout_line(before, char_width,
                                                                column_width)]))
        if after:
            entries.append((top, "right", height, [_layout_line(after, char_width,
                                                                 column_width)]))
    for table in tables:
        x0, top, x1, _ = table.bbox
        side = "full" if x0 < gutter < x1 else ("left" if x1 <= gutter else "right")
        entries.append((top, side, line_height, _pipe_table(table.extract())))
    entries.sort(key=lambda e: e[0])
    items: list[tuple[float, float, list[str]]] = []
    run: list[tuple[float, str, float, list[str]]] = []

    def flush() -> None:
        # the right column's lines come after the left's: numbered on from the run's end
        last = max((e[0] for e in run), default=0.0)
        items.extend((top, height, block) for top, side, height, block in run
                     if side == "left")
        items.extend((last + top, height, block) for top, side, height, block in run
                     if side == "right")
        run.clear()

    for entry in entries:
        if entry[1] == "full":
            flush()
            items.append((entry[0], entry[2], entry[3]))
        else:
            run.append(entry)
    flush()
    return items


def _is_real_table(table: Any) -> bool:
    rows = table.extract()
    return len(rows) >= 2 and max((len(r) for r in rows), default=0) >= 2


def _inside(word: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = box
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _group_lines(words: list[dict[str, Any]]) -> list[tuple[float, list[dict[str, Any]]]]:
    """Words whose vertical middles are within a third of a line of each other are a line."""
    words = sorted(words, key=lambda w: ((w["top"] + w["bottom"]) / 2, w["x0"]))
    lines: list[tuple[float, list[dict[str, Any]]]] = []
    for w in words:
        mid = (w["top"] + w["bottom"]) / 2
        height = w["bottom"] - w["top"]
        if lines:
            top, members = lines[-1]
            last_mid = statistics.mean((m["top"] + m["bottom"]) / 2 for m in members)
            if abs(mid - last_mid) <= max(height / 3, 1.5):
                members.append(w)
                continue
        lines.append((w["top"], [w]))
    return [(top, sorted(members, key=lambda w: w["x0"])) for top, members in lines]


def _char_width(words: list[dict[str, Any]]) -> float:
    widths = [(w["x1"] - w["x0"]) / len(w["text"]) for w in words if len(w["text"]) >= 2]
    return statistics.median(widths) if widths else 5.0


def _column_width(words: list[dict[str, Any]]) -> float:
    """The width of a character column: that of the page's narrowest common type (a table
    set smaller than the body text), so that a long label never runs past the place of the
    figure beside it and pushes that figure out of its column."""
    by_size: dict[float, list[float]] = {}
    for w in words:
        if len(w["text"]) >= 2:
            by_size.setdefault(round(w["bottom"] - w["top"], 1), []).append(
                (w["x1"] - w["x0"]) / len(w["text"]))
    common = [statistics.median(v) for v in by_size.values() if len(v) >= MIN_SIZE_WORDS]
    return min([_char_width(words), *common])


MIN_SIZE_WORDS = 20  # words of one type size that make it a type the page is set in


def _line_height(words: list[dict[str, Any]]) -> float:
    heights = [w["bottom"] - w["top"] for w in words]
    return statistics.median(heights) if heights else 10.0


def _layout_line(words: list[dict[str, Any]], char_width: float,
                 column_width: float | None = None) -> str:
    """Words placed at their columns; a gap wider than two characters stays a wide gap."""
    text = ""
    previous_end: float | None = None
    justified = _justified(words, char_width)
    for w in words:
        column = round(w["x0"] / (column_width or char_width))
        if previous_end is None:
            pad = column - len(text)
        elif justified or w["x0"] - previous_end < 1.6 * char_width:
            pad = 1
        else:
            pad = max(column - len(text), 2)
        text += " " * max(pad, 0 if not text else 1) + w["text"]
        previous_end = w["x1"]
    return text.rstrip()


def _justified(words: list[dict[str, Any]], char_width: float) -> bool:
    """A line of justified prose: words, not figures, parted by wide gaps all of one width
    (the spacing the line was stretched by). Cells of a table part by gaps of many widths."""
    if len(words) < JUSTIFIED_MIN_WORDS \
            or sum(any(ch.isdigit() for ch in w["text"]) for w in words) * 4 > len(words):
        return False
    gaps = [b["x0"] - a["x1"] for a, b in zip(words, words[1:], strict=False)]
    return min(gaps) >= 1.6 * char_width and max(gaps) - min(gaps) <= max(0.6, 0.1 * min(gaps))


JUSTIFIED_MIN_WORDS = 5


def _pipe_table(rows: list[list[str | None]]) -> list[str]:
    """A ruled table as Markdown: the leading rows without figures are the header."""
    clean = [[re.sub(r"\s+", " ", c or "").replace("|", "/").strip() for c in r] for r in rows]
    header_rows = 0
    for r in clean[:3]:
        if any(re.search(r"\d", c) and not re.fullmatch(r"\(?\d{1,2}\)?|(19|20)\d\d", c)
               for c in r):
            break
        header_rows += 1
    header_rows = max(header_rows, 1) if header_rows < len(clean) else 1
    out = ["| " + " | ".join(r) + " |" for r in clean[:header_rows]]
    out.append("|" + "---|" * len(clean[0]))
    out += ["| " + " | ".join(r) + " |" for r in clean[header_rows:]]
    return out


# ------------------------------------------------------------------------- the document

def _shape(line: str) -> str:
    """A running line with its page number blanked, so page 3 and page 4 match."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line)).strip().lower()


def _drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Running headers/footers repeat at the edges of most pages; page numbers sit there."""
    if len(pages) < 2:
        return [[line for line in page] for page in pages]
    counts: Counter[str] = Counter()
    for page in pages:
        edge = _edges(page)
        # a table's rows are never page furniture, even when the table ends a page
        counts.update({_shape(page[i]) for i in edge
                       if page[i].strip() and not page[i].lstrip().startswith("|")})
    running = {shape for shape, n in counts.items()
               if n >= max(2, len(pages) // 2) and len(shape) >= 6}
    out = []
    for page in pages:
        edge = set(_edges(page))
        kept = [line for i, line in enumerate(page)
                if not (i in edge and (_shape(line) in running
                                       or _PAGE_NUMBER_RE.match(line) and line.strip()))]
        while kept and not kept[-1].strip():
            kept.pop()
        while kept and not kept[0].strip():
            kept.pop(0)
        out.append(kept)
    return out


def _edges(page: list[str]) -> list[int]:
    filled = [i for i, line in enumerate(page) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))
