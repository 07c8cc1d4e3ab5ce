"""Tables written as lines of ``label: figure``.

Reports and their Markdown or pasted copies often print a small table as one line per row,
the label and its figure separated by a colon::

    Artikel jurnal ilmiah nasional terakreditasi: 3 judul
    Makalah prosiding seminar nasional: 4 judul
    Video dan infografis: 3 judul
    Jumlah: 10 judul

Three such lines or more in a row (a bullet before each allowed) are one two-column table:
the label and the figure with its unit. A year is no figure of such a table (``Tahun:
2025``), nor a line whose value runs on into words (``Catatan: 3 hal perlu ...``); lines
that give an indicator's roles (``- Target 2025: 85,00``, ``- Realisasi 2025: 86,95``) stay
prose, read with the heading they stand under.
"""

from __future__ import annotations

import re

from audit.figures import is_year, parse_figure
from audit.readers.layout import LayoutBlock, LayoutRow

MIN_ROWS = 3
_KEY_VALUE_RE = re.compile(
    r"^\s*(?:[-•*·]\s+)?(?P<key>[A-Za-z(][^:|]{1,90}?)\s*:\s*"
    r"(?P<value>(?:Rp\.?\s*)?[-−]?\d[\d.,]*(?:\s*%)?(?:\s+[A-Za-z/]+){0,2})\s*$")


# the roles of one indicator's figures, stated under its heading: prose the sentence checks
# read with that heading, no rows of a table
_ROLE_KEY_RE = re.compile(r"(?:target|realisasi|capaian|predikat|kategori|kriteria|tahun|"
                          r"satuan|bobot|nilai\s+(?:tahun|akhir))\b", re.IGNORECASE)


def _row(line: str) -> tuple[str, str] | None:
    m = _KEY_VALUE_RE.match(line.rstrip())
    if m is None:
        return None
    value = m.group("value").strip()
    figure = parse_figure(value)
    if figure is None or figure.dash or is_year(figure):
        return None
    key = m.group("key").strip(" *_")
    if _ROLE_KEY_RE.match(key):
        return None  # "- Realisasi 2025: 86,95" under an indicator's heading: its facts
    return key, value


def find_key_values(lines: list[str], taken: set[int]) -> list[LayoutBlock]:
    """Every run of ``label: figure`` lines among the lines not ``taken`` (1-based)."""
    blocks: list[LayoutBlock] = []
    run: list[tuple[int, tuple[str, str]]] = []

    def close() -> None:
        if len(run) >= MIN_ROWS:
            blocks.append(LayoutBlock(
                rows=[LayoutRow(k, [key, value], [k, k]) for k, (key, value) in run],
                consumed={k for k, _ in run}))
        run.clear()

    for k, line in enumerate(lines):
        row = _row(line) if k + 1 not in taken else None
        if row is None:
            close()
            continue
        run.append((k, row))
    close()
    return blocks
