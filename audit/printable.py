"""Report text and file names made safe to print: nothing in them can act on a terminal, a log
or a CI runner.

A report cell or a file name is data. Printed raw, an escape sequence (``ESC [2J``) would
drive the reviewer's terminal, a newline in a file name would start a fake line of output
(``::error ::…`` is a GitHub workflow command), and a byte that is not UTF-8 in a file name
(kept by Python as a lone surrogate) would crash any UTF-8 writer. ``printable`` spells all of
these out as visible escapes, the way ``repr`` would, and leaves every other character alone.
"""

from __future__ import annotations

import re

_SHORT = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Control and format characters, line/paragraph separators, and lone surrogates (the bytes
# of a file name that did not decode); the space is printable and kept.
_UNPRINTABLE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e"
                             r"\u2066-\u2069\ufeff\ud800-\udfff]")


def _escape(m: re.Match[str]) -> str:
    ch = m.group()
    code = ord(ch)
    if ch in _SHORT:
        return _SHORT[ch]
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (PEP 383)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every character that could act on its reader shown as an escape.

    >>> printable("laporan\\n::error ::x.md")
    'laporan\\\\n::error ::x.md'
    >>> printable("Jumlah 1.234")
    'Jumlah 1.234'
    """
    return _UNPRINTABLE_RE.sub(_escape, text)
