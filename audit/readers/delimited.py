"""CSV exports: a spreadsheet or an e-SAKIP/SIPD application saved as delimited text.

An exported sheet holds tables one under another, separated by empty records, each under a
one-cell title record ("Tabel 2.1 ..."), and narrative typed into single cells. Each record
becomes one line of the text the table reader parses: a record of several cells a
tab-separated row, a record of one cell a paragraph, an empty record a blank line. A record
whose quoted cell spans several physical lines is printed on its first line and followed by
blank lines, so line numbers in findings are the file's own.

The delimiter is the one that splits the file's records most consistently: ``;`` in an
Indonesian-locale export (whose decimal mark is the comma), ``,`` in an English one, or a
tab.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from audit.readers.source import Rendered
from audit.readers.text import ReaderError, decode_text

_DELIMITERS = (";", ",", "\t", "|")
SAMPLE_RECORDS = 200  # records read to choose the delimiter


def _delimiter(text: str) -> str:
    """The delimiter whose records most often have the same number of cells (above one)."""
    best, best_score = ";", -1
    for delimiter in _DELIMITERS:
        counts: dict[int, int] = {}
        try:
            for k, record in enumerate(csv.reader(io.StringIO(text, newline=""),
                                                  delimiter=delimiter)):
                if k >= SAMPLE_RECORDS:
                    break
                filled = len(record)
                if filled > 1:
                    counts[filled] = counts.get(filled, 0) + 1
        except csv.Error:
            continue
        score = max(counts.values(), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def render_delimited(path: Path) -> Rendered:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    text = decode_text(raw)
    controls = sum(1 for ch in (text or "")[:4096] if ord(ch) < 32 and ch not in "\t\r\n")
    if text is None or controls * 100 > len(text[:4096]):
        raise ReaderError(f"{path}: not a text file (binary data in a .csv)")
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    lines: list[str] = []
    try:
        for record in reader:
            cells = [" ".join(c.replace("\t", " ").split()) for c in record]
            while cells and not cells[-1]:
                cells.pop()
            filled = [c for c in cells if c]
            if not filled:
                line = ""
            elif len(filled) == 1 and cells[0]:
                line = cells[0]  # a title or a paragraph typed into one cell
            else:
                line = "\t".join(cells)
            lines.append(line)
            # a quoted cell over several physical lines: keep the file's line numbers
            lines.extend("" for _ in range(reader.line_num - len(lines)))
    except csv.Error as exc:
        raise ReaderError(f"{path}: a malformed CSV record near line {reader.line_num} "
                          f"({exc})") from exc
    return Rendered("\n".join(lines), "csv")
