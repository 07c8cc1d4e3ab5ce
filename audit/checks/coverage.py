"""coverage: the audit could check little or nothing of a document that is full of figures.

A report whose tables could not be rebuilt (an unusual layout, a scan, a paste that lost its
columns) gives no arithmetic finding, and no finding reads like a clean report. This check
says so instead, so a CI gate at ``major`` fails rather than passes a report it never read.

Passes: a report with 12 tables, 10 of which footing/crossfooting/ratio could run on.

Fails: a 300-line report with 480 figures in which no table could be rebuilt::

    coverage: 480 angka, 0 dari 3 tabel dapat dihitung ulang (0% angka dapat dinilai)

Policy: ``major`` when a document has at least ``MIN_FIGURES`` figures and no table that an
arithmetic check could run on, when the share of figures some check could judge falls
under ``MIN_SHARE``, or when more than half of the tables its captions name (three or more)
could not be read. Fewer figures than that: nothing to say.
"""

from __future__ import annotations

import re

from audit.checks.base import Rule
from audit.coverage import measure
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document

DOC_ID = """coverage: audit hampir atau sama sekali tidak dapat memeriksa dokumen yang penuh angka.

Laporan yang tabelnya tidak dapat disusun ulang (tata letak yang tidak lazim, hasil pindaian,
atau tempelan yang kehilangan kolomnya) tidak menghasilkan temuan aritmetika, dan ketiadaan
temuan terlihat seperti laporan yang bersih. Pemeriksaan ini justru menyatakannya, sehingga
gerbang CI pada tingkat ``major`` gagal, alih-alih meloloskan laporan yang tidak pernah dibaca.

Lolos: laporan dengan 12 tabel, 10 di antaranya dapat diperiksa footing/crossfooting/ratio.

Gagal: laporan 300 baris dengan 480 angka yang tidak satu pun tabelnya dapat disusun ulang::

    coverage: 480 angka, 0 dari 3 tabel dapat dihitung ulang (0% angka dapat dinilai)

Kebijakan: ``major`` apabila dokumen memuat sekurang-kurangnya ``MIN_FIGURES`` angka dan tidak
ada tabel yang dapat diperiksa oleh pemeriksaan aritmetika, apabila porsi angka yang dapat
dinilai oleh suatu pemeriksaan berada di bawah ``MIN_SHARE``, atau apabila lebih dari separuh
tabel yang disebut judul-judulnya (tiga atau lebih) tidak dapat dibaca. Jika angkanya lebih
sedikit dari itu: tidak ada yang perlu disampaikan.
"""

RULE_ID = "coverage"
MIN_FIGURES = 20
MIN_SHARE = 0.15


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    cov = measure(doc)
    if cov.figures < MIN_FIGURES:
        return result
    share = cov.checked_share
    captioned, unread = unread_captions(doc)
    if cov.tables_checked and share >= MIN_SHARE \
            and not (len(captioned) >= 3 and len(unread) * 2 > len(captioned)):
        result.passed()
        return result
    where = f"{cov.pages} halaman, " if cov.pages else ""
    if not cov.tables:
        what = "tidak ada tabel yang terbaca"
    else:
        what = f"{cov.tables_checked} dari {cov.tables} tabel dapat dihitung ulang"
    if unread:
        what += (f"; {len(unread)} dari {len(captioned)} tabel berjudul tidak terbaca "
                 f"({', '.join(unread[:6])}{' ...' if len(unread) > 6 else ''})")
    message = (
        f"Cakupan pemeriksaan rendah: dokumen ({where}{cov.lines} baris) memuat "
        f"{cov.figures} angka, tetapi {what}; hanya {share:.0%} angka dapat dinilai "
        f"(tabel {cov.table_figures_checked}/{cov.table_figures}, teks yang cocok dengan "
        f"tabel {cov.prose_figures_tied}/{cov.prose_figures}). Periksa tata letak tabel "
        f"dengan `audit tables`; laporan ini belum benar-benar diperiksa."
    )
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=1, stated=f"{share:.0%}",
        expected=f">= {MIN_SHARE:.0%}", message=message, anchor="coverage",
    ))
    return result


# a caption on a line of its own: "Tabel 3.5", "Tabel 3.5 Realisasi Anggaran ..."
_CAPTION_LINE_RE = re.compile(r"^\W{0,3}tabel\s+([0-9IVX]+(?:\.\d+)*)\b(?!\.\s*$)",
                              re.IGNORECASE)


def unread_captions(doc: Document) -> tuple[list[str], list[str]]:
    """The table numbers the document's captions name, and those no table was read under:
    half of a report's captioned tables unread is no report read, whatever share of its
    figures the rest gives."""
    captioned: list[str] = []
    for line in doc.lines:
        m = _CAPTION_LINE_RE.match(line.strip())
        if m and len(line.strip()) <= 160 and not re.search(r"lanjutan", line, re.IGNORECASE) \
                and m.group(1) not in captioned:
            captioned.append(m.group(1))
    read = {m.group(1) for t in doc.tables
            if t.caption and (m := _CAPTION_LINE_RE.match(t.caption.strip()))}
    return captioned, [f"Tabel {n}" for n in captioned if n not in read]


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Audit hampir atau sama sekali tidak dapat memeriksa dokumen yang penuh angka.",
    summary_en="The audit could check little or nothing of a document full of figures.",
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
    runs_last=True,
)
