"""year_typo: a year printed in the text that cannot be what the author meant.

A year is retyped as often as any figure, and a slip in it goes unnoticed because it is not
added up anywhere. Three slips need no knowledge of the report beyond its own year:

* a period that ends before it begins (``periode 2050-2024``, ``tahun 2026 s.d. 2021``);
* a year outside any period a performance report can speak of: before 1945 or more than
  thirty years after the report's year, in a year's place (``tahun 2073``, ``Oktober 2422``);
* ``tahun ini`` (this year) named with a year that is not the report's (``tahun 2073 ini``);
* a realisation of a year after the report's (``realisasi kinerja tahun 2052`` in a report for
  2022), or an act dated after the report was written (``tertanggal 30 November 2029``,
  ``Nomor 12 Tahun 2031``): a report for year Y is written in Y + 1 at the latest.

Severity: ``minor`` (the year is wrong, no figure is).

Passes::

    Renstra periode 2021-2026 ... pada tahun 2025 ini ... visi Indonesia Emas 2045.

Fails::

    Renstra periode 2026-2021 ... pada tahun 2052 ini.
"""

from __future__ import annotations

import re

from audit.checks.base import Rule
from audit.facts import report_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Sentence

DOC_ID = """year_typo: tahun yang tercetak di teks yang tidak mungkin dimaksudkan penyusun.

Tahun diketik ulang sesering angka lainnya, dan kekeliruan di dalamnya tidak disadari karena
tahun tidak dijumlahkan di mana pun. Tiga kekeliruan dapat dikenali tanpa pengetahuan tentang
laporan selain tahun laporan itu sendiri:

* periode yang berakhir sebelum dimulai (``periode 2050-2024``, ``tahun 2026 s.d. 2021``);
* tahun di luar periode mana pun yang dapat dibahas laporan kinerja: sebelum 1945 atau lebih
  dari tiga puluh tahun setelah tahun laporan, pada posisi tahun (``tahun 2073``,
  ``Oktober 2422``);
* ``tahun ini`` yang disebut dengan tahun yang bukan tahun laporan (``tahun 2073 ini``);
* realisasi untuk tahun setelah tahun laporan (``realisasi kinerja tahun 2052`` pada laporan
  tahun 2022), atau tindakan yang bertanggal setelah laporan disusun (``tertanggal 30
  November 2029``, ``Nomor 12 Tahun 2031``): laporan tahun Y disusun paling lambat pada
  tahun Y + 1.

Tingkat keparahan: ``minor`` (tahunnya yang keliru, bukan angkanya).

Lolos::

    Renstra periode 2021-2026 ... pada tahun 2025 ini ... visi Indonesia Emas 2045.

Gagal::

    Renstra periode 2026-2021 ... pada tahun 2052 ini.
"""

RULE_ID = "year_typo"
EARLIEST = 1945
HORIZON = 30  # years after the report's own that a plan or vision may still name

_MONTHS = (r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|"
           r"november|desember")
_RANGE_RE = re.compile(r"\b((?:19|20|21)\d\d)\s*(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?|"
                       r"hingga)\s*((?:19|20|21)\d\d)\b", re.IGNORECASE)
_YEAR_PLACE_RE = re.compile(
    rf"\b(?:tahun|th\.?|ta\.?|periode|{_MONTHS}|(?:triwulan|tw|semester)\s+[ivx1-4]+)"
    rf"\s+(?:anggaran\s+)?(\d{{4}})\b", re.IGNORECASE)
# a realisation, or a comparison of realisations, up to a year: it cannot be a future one
_REALISED_RE = re.compile(
    r"\brealisasi\b(?:\s+(?!target|rencana|proyeksi)[\w.,/()-]+){0,4}?\s+"
    r"(?:(?:s\.?\s?d\.?|s/d|sampai\s+dengan|hingga)\s+)?tahun\s+(\d{4})\b",
    re.IGNORECASE)
# an act done on a date or a regulation by its number: done before the report was written
_DATED_RE = re.compile(
    rf"\b(?:tertanggal|tanggal|tgl\.?|ditetapkan(?:\s+pada)?|disahkan(?:\s+pada)?|"
    rf"diundangkan(?:\s+pada)?|ditandatangani(?:\s+pada)?)\s+(?:\d{{1,2}}\s+(?:{_MONTHS})\s+)"
    rf"(\d{{4}})\b|\bnomor\s+[\w./-]+\s+tahun\s+(\d{{4}})\b", re.IGNORECASE)
_THIS_YEAR_RE = re.compile(r"\btahun\s+(\d{4})\s+ini\b|\btahun\s+ini\s+\((\d{4})\)",
                           re.IGNORECASE)


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    year = report_year(doc)
    if year is None:
        return result
    own = int(year)
    for sentence in doc.sentences:
        text = sentence.text
        flagged: set[int] = set()
        for m in _RANGE_RE.finditer(text):
            start, end = int(m.group(1)), int(m.group(2))
            if start > end:
                flagged.add(m.start(1))
                _report(result, sentence, m.start(1), m.group(0),
                        f"Periode '{m.group(0)}' berakhir sebelum dimulai: salah satu tahunnya "
                        f"kemungkinan salah ketik.")
            else:
                result.passed()
        for m in _YEAR_PLACE_RE.finditer(text):
            value = int(m.group(1))
            if m.start(1) in flagged:
                continue
            if value < EARLIEST or value > own + HORIZON:
                flagged.add(m.start(1))
                _report(result, sentence, m.start(1), m.group(1),
                        f"Tahun {value} ('{m.group(0)}') tidak mungkin untuk laporan tahun "
                        f"{own}: kemungkinan salah ketik.")
            else:
                result.passed()
        for m in _REALISED_RE.finditer(text):
            value = int(m.group(1))
            if m.start(1) in flagged or value <= own:
                continue
            flagged.add(m.start(1))
            _report(result, sentence, m.start(1), m.group(1),
                    f"'{' '.join(m.group(0).split())}': realisasi tahun {value} belum ada pada "
                    f"laporan tahun {own}; tahunnya kemungkinan salah ketik.")
        for m in _DATED_RE.finditer(text):
            value, at = (int(m.group(1)), m.start(1)) if m.group(1) \
                else (int(m.group(2)), m.start(2))
            # the report is written in the year after its own: nothing dated later is cited
            if at in flagged or value <= own + 1:
                continue
            flagged.add(at)
            _report(result, sentence, at, str(value),
                    f"'{' '.join(m.group(0).split())}' bertanggal {value}, setelah laporan tahun "
                    f"{own} disusun; tahunnya kemungkinan salah ketik.")
        for m in _THIS_YEAR_RE.finditer(text):
            value = int(m.group(1) or m.group(2))
            at = m.start(1) if m.group(1) else m.start(2)
            if value != own and at not in flagged:
                _report(result, sentence, at, str(value),
                        f"'{m.group(0)}' menyebut tahun {value} sebagai tahun ini, padahal "
                        f"laporan ini untuk tahun {own}.", expected=str(own))
    return result


def _report(result: CheckResult, sentence: Sentence, offset: int, stated: str, message: str,
            expected: str = "") -> None:
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MINOR, line=sentence.line_of(offset), stated=stated,
        expected=expected, message=message, anchor=f"year|{stated}",
    ))


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MINOR,
    summary="Tahun di teks yang tidak mungkin: periode terbalik, tahun mustahil, tahun ini keliru.",
    summary_en=("An impossible year in the text: a reversed period, an implausible year, or a "
                "wrong 'this year'."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
