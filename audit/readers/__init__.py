"""Readers: one per input kind, each producing the same document model.

A file is read by what it is, not only by its name: the first bytes tell a PDF, an OLE
compound file (a Word 97-2003 document), a ZIP container (DOCX or XLSX told apart by their
parts, ODT or ODS by their ``mimetype``), RTF
or HTML from text, so a ``.txt`` that is really a PDF is read as a PDF. A file of a kind no reader
knows is an error, never a silent pass.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from audit.model import Document
from audit.readers._lines import OLE_MAGIC
from audit.readers.source import Rendered
from audit.readers.text import ReaderError, parse_text, read_text_report

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
OTHER_SUFFIXES = {".pdf", ".doc", ".docx", ".xlsx", ".xlsm", ".html", ".htm", ".odt", ".ods",
                  ".rtf", ".csv"}
REPORT_SUFFIXES = TEXT_SUFFIXES | OTHER_SUFFIXES

# The largest input read, documented in the README. A 1,000-page consolidated report is
# about 5 MB of text; ten times that is still a report, beyond it the memory a run needs
# (proportional to the text) is no longer reasonable for a CI runner. PDF, DOCX and XLSX
# files carry images and fonts, so their limit is on the file and on the text they give.
MAX_TEXT_BYTES = 50 * 2**20
MAX_CONTAINER_BYTES = 500 * 2**20


def _render(kind: str) -> Callable[[Path], Rendered]:
    # Imported on demand: pdfplumber, python-docx and openpyxl are slow to import and only
    # one of them is needed for a given file.
    if kind == "pdf":
        from audit.readers.pdf import render_pdf
        return render_pdf
    if kind == "doc":
        from audit.readers.doc import render_doc
        return render_doc
    if kind == "docx":
        from audit.readers.docx import render_docx
        return render_docx
    if kind == "xlsx":
        from audit.readers.xlsx import render_xlsx
        return render_xlsx
    if kind == "html":
        from audit.readers.html import render_html
        return render_html
    if kind == "odt":
        from audit.readers.odt import render_odt
        return render_odt
    if kind == "ods":
        from audit.readers.ods import render_ods
        return render_ods
    if kind == "rtf":
        from audit.readers.rtf import render_rtf
        return render_rtf
    if kind == "csv":
        from audit.readers.delimited import render_delimited
        return render_delimited
    raise ReaderError(f"no reader for {kind}")


_ODF_KINDS = {"application/vnd.oasis.opendocument.text": "odt",
              "application/vnd.oasis.opendocument.spreadsheet": "ods"}


def sniff(path: Path) -> str | None:
    """The kind of a report file from its first bytes, then its suffix; None if unknown."""
    try:
        if not path.is_file():
            # a FIFO would block for ever, a device or socket is no report
            raise ReaderError(f"{path}: not a regular file")
        with path.open("rb") as fh:
            head = fh.read(2048)
    except RuntimeError as exc:  # a symlink loop, on some Pythons
        raise ReaderError(f"{path}: cannot follow the link ({exc})") from exc
    except OSError as exc:
        raise ReaderError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    size = path.stat().st_size
    lead = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    # (an RTF file carries its pictures as hex: a container's limit, as DOCX has)
    container = head.startswith((b"%PDF-", b"PK\x03\x04", OLE_MAGIC)) or lead.startswith(b"{\\rtf")
    limit = MAX_CONTAINER_BYTES if container else MAX_TEXT_BYTES
    if size > limit:
        raise ReaderError(f"{path}: {size / 2**20:.0f} MB is larger than the "
                          f"{limit // 2**20} MB this auditor reads; split the report")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(OLE_MAGIC):
        # a Word 97-2003 document; the .doc reader says what other OLE files are
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as zf:
                names = set(zf.namelist())
                # an OpenDocument package says what it is in its "mimetype" member
                mimetype = zf.read("mimetype").decode("ascii", "replace").strip() \
                    if "content.xml" in names and "mimetype" in names else ""
        except (zipfile.BadZipFile, OSError) as exc:
            raise ReaderError(f"{path}: a damaged ZIP container ({exc})") from exc
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return _ODF_KINDS.get(mimetype)
    stripped = lead.lower()
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if stripped.startswith((b"<!doctype html", b"<html")) or \
            path.suffix.lower() in (".html", ".htm") and stripped.startswith(b"<"):
        return "html"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix == ".csv":
        return "csv"  # (text by content: anything binary was told apart above)
    if suffix in OTHER_SUFFIXES:
        return None  # named like a PDF/DOCX/XLSX but not one: say so rather than guess
    return None


def render_report(path: str | Path) -> Rendered:
    """The report as the text the table reader parses (for text input, the file itself)."""
    p = Path(path)
    kind = sniff(p)
    if kind is None:
        raise ReaderError(
            f"{p}: not a report file this auditor reads "
            f"(supported: {', '.join(sorted(REPORT_SUFFIXES))}, recognised by content)")
    if kind == "text":
        doc = read_text_report(p)
        return Rendered("\n".join(doc.lines), "text")
    return _render(kind)(p)


def read_report(path: str | Path) -> Document:
    """Read any supported report file into the document model."""
    p = Path(path)
    kind = sniff(p)
    if kind == "text":
        return read_text_report(p)
    rendered = render_report(p)
    if len(rendered.text) > MAX_TEXT_BYTES:
        raise ReaderError(f"{p}: its text is longer than the {MAX_TEXT_BYTES // 2**20} MB "
                          f"this auditor reads; split the report")
    # (a DOCX, XLSX or HTML line is one whole paragraph: a heading without a full stop does
    # not run on into the paragraph below it)
    doc = parse_text(rendered.text, str(path),
                     paragraph_lines=rendered.kind in ("doc", "docx", "xlsx", "html", "odt", "ods",
                                                      "rtf", "csv"))
    doc.kind = rendered.kind
    doc.locations = rendered.locations
    doc.pages = rendered.pages
    doc.reader_notes = list(rendered.notes)
    return doc


__all__ = ["ReaderError", "read_report", "render_report", "sniff", "REPORT_SUFFIXES"]
