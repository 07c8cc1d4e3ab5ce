"""Readers: one per input kind, each producing the same document model."""

from __future__ import annotations

from pathlib import Path

from audit.model import Document
from audit.readers.text import ReaderError, read_text_report

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
REPORT_SUFFIXES = TEXT_SUFFIXES


def read_report(path: str | Path) -> Document:
    """Read any supported report file into the document model."""
    p = Path(path)
    if p.suffix.lower() not in REPORT_SUFFIXES:
        raise ReaderError(
            f"{p}: unsupported file type '{p.suffix or '(none)'}'; "
            f"supported: {', '.join(sorted(REPORT_SUFFIXES))}"
        )
    return read_text_report(p)


__all__ = ["ReaderError", "read_report", "REPORT_SUFFIXES"]
