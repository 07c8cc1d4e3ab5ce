"""year_typo: a year printed in the text that cannot be what the author meant.

A year is retyped as often as any figure, and a slip in it goes unnoticed because it is not
added up anywhere. Three slips need no knowledge of the report beyond its own year:

* a period that ends before it begins (``periode 2050-2024``, ``tahun 2026 s.d. 2021``);
* a year outside any period a performance report can speak of: before 1945 or more than
  thirty years after the report's year, in a year's place (``tahun 2073``, ``Oktober 2422``);
* ``tahun ini`` (this year) named with a year that is not the report's (``tahun 2073 ini``);
* a realisation of a year after the report's (``realisasi kinerja tahun 2052`` in a report for
  2022), or an act dated after the report was written (``tertanggal 30 November 2029``,
  ``Nomor 12 Tahun 2031``): a report for year Y is written in Y + 1 at the latest;
* a quarter, a dated event or a source note's data of a year after Y + 1 (``Triwulan II
  2029``, ``Sumber: BPS, 2028``), unless plan words (target, rencana, akan ...) precede it;
* an impossible year at the end of a range or inside a list of years (``2016 s.d 2323``,
  ``tahun 2020, 2521 dan 2022``), and a plan period of a length no plan has (``Renstra
  2016–2031``: medium-term plans span two to five years as printed, long-term ones twenty).

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
  tahun Y + 1;
* triwulan, peristiwa bertanggal atau data catatan sumber dari tahun setelah Y + 1
  (``Triwulan II 2029``, ``Sumber: BPS, 2028``), kecuali didahului kata rencana (target,
  rencana, akan ...);
* tahun mustahil di ujung rentang atau di dalam daftar tahun (``2016 s.d 2323``, ``tahun
  2020, 2521 dan 2022``), dan periode rencana dengan panjang yang tidak dimiliki rencana mana
  pun (``Renstra 2016–2031``: rencana jangka menengah tercetak dua sampai lima tahun, jangka
  panjang dua puluh).

Tingkat keparahan: ``minor`` (tahunnya yang keliru, bukan angkanya).

Lolos::

    Renstra periode 2021-2026 ... pada tahun 2025 ini ... visi Indonesia Emas 2045.

Gagal::

    Renstra periode 2026-2021 ... pada tahun 2052 ini.
"""

RULE_ID = "year_typo"
_HIJRI_AFTER_RE = re.compile(r"\s*(?:H\b|Hijri(?:ah|yah)?\b)", re.IGNORECASE)
EARLIEST = 1945
HORIZON = 30  # years after the report's own that a plan or vision may still name

_MONTHS = (r"januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|"
           r"november|desember")
_RANGE_RE = re.compile(r"\b((?:19|20|21)\d\d)\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|"
                       r"hingga)\s*(\d{4})\b", re.IGNORECASE)
# a medium-term plan spans five years (2020-2024 or 2021-2026), a transitional one three
# (2024-2026); a long-term plan twenty
_PLAN_RE = re.compile(
    r"\b(?:(?P<mid>renstra|rencana\s+strategis|rpjmd|rpjmn|rpjm|rpd)|(?P<long>rpjpd|rpjpn|rpjp))"
    r"\b[^.;\d]{0,40}?((?:19|20)\d\d)\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)"
    r"\s*(\d{4})\b", re.IGNORECASE)
# years listed together: "tahun 2020, 2021 dan tahun 2022"
_YEAR_LIST_RE = re.compile(
    r"\b(?:19|20)\d\d(?:\s*(?:,|dan|serta)\s*(?:tahun\s+)?\d{4}\b)+", re.IGNORECASE)
# a quarter or semester: of the report's year or one before it, not of a later one
_QUARTER_YEAR_RE = re.compile(
    r"\b(?:triwulan|tw|semester)\s+(?:[ivx]{1,3}|[1-4])\s+(?:tahun\s+)?(\d{4})\b", re.IGNORECASE)
# a full date, and the year a source note gives for its data
_DATE_RE = re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+(\d{{4}})\b", re.IGNORECASE)
_SOURCE_YEAR_RE = re.compile(r"^\W*sumber\s*:.*\b(\d{4})\W*$", re.IGNORECASE)
# a source that is a plan, or a year that ends a period ("Renstra ... 2025-2029")
_PLAN_SOURCE_RE = re.compile(r"(?:\b(?:renstra|rpjmd|rpjmn|rpjpd|rencana\s+strategis)\b[^;,]*"
                             r"|\d{4}\s*[-–/]\s*|s\.?d\.?\s*)$", re.IGNORECASE)
# words that put a later year in a plan, not in what happened
_PLAN_WORDS_RE = re.compile(r"\b(target|rencana|direncanakan|akan|proyeksi|renja|rkpd|rka|"
                            r"dpa|periode|visi|sasaran\s+jangka)\b", re.IGNORECASE)
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
            if end > own + HORIZON:
                flagged.add(m.start(2))
                _report(result, sentence, m.start(2), m.group(2),
                        f"Tahun {end} ('{m.group(0)}') tidak mungkin untuk laporan tahun "
                        f"{own}: kemungkinan salah ketik.")
            elif start > end:
                flagged.add(m.start(1))
                _report(result, sentence, m.start(1), m.group(0),
                        f"Periode '{m.group(0)}' berakhir sebelum dimulai: salah satu tahunnya "
                        f"kemungkinan salah ketik.")
            else:
                result.passed()
        _plan_periods(result, sentence, flagged)
        for m in _YEAR_LIST_RE.finditer(text):
            for y in re.finditer(r"\d{4}", m.group(0)):
                at, value = m.start() + y.start(), int(y.group(0))
                if at not in flagged and (value < EARLIEST or value > own + HORIZON):
                    flagged.add(at)
                    _report(result, sentence, at, y.group(0),
                            f"Tahun {value} di antara tahun-tahun '{m.group(0)}' tidak mungkin "
                            f"untuk laporan tahun {own}: kemungkinan salah ketik.")
        for pattern, what in ((_QUARTER_YEAR_RE, "triwulan/semester"), (_DATE_RE, "tanggal")):
            for m in pattern.finditer(text):
                value = int(m.group(1))
                if m.start(1) in flagged or value <= own + 1 or value > own + HORIZON \
                        or _PLAN_WORDS_RE.search(" ".join(text[:m.start()].split()[-6:])):
                    continue
                flagged.add(m.start(1))
                _report(result, sentence, m.start(1), m.group(1),
                        f"'{' '.join(m.group(0).split())}': {what} tahun {value} belum "
                        f"terjadi ketika laporan tahun {own} disusun; tahunnya kemungkinan "
                        f"salah ketik.")
        for m in _YEAR_PLACE_RE.finditer(text):
            value = int(m.group(1))
            if m.start(1) in flagged or _HIJRI_AFTER_RE.match(text, m.end(1)):
                continue  # "tahun 1445 H/2024 M": the Hijri year of the same season
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
    _source_notes(doc, own, result)
    _captions(doc, own, result)
    return result


_CAPTION_PLAN_RE = re.compile(r"\b(target|rencana|renstra|rpjmd|rpjpd|rpjp|rkpd|proyeksi|"
                              r"visi|akhir\s+periode)\b", re.IGNORECASE)


def _captions(doc: Document, own: int, result: CheckResult) -> None:
    """``Tabel 3.7 Penanganan Pengaduan Menurut Saluran Tahun 2055`` in a report for 2025: a
    table of what happened cannot be of a year after the report was written, nor of a year
    outside any period a report speaks of; a caption of targets or plans may look ahead."""
    for table in doc.tables:
        caption, line = table.caption, table.caption_line
        if not caption or line is None:
            continue
        sentence = Sentence(caption, line)
        ahead = own + (HORIZON if _CAPTION_PLAN_RE.search(caption) else 1)
        for m in re.finditer(r"(?<![\d.,])(1\d{3}|2\d{3})(?![\d.,]\d)", caption):
            value = int(m.group(1))
            if EARLIEST <= value <= ahead:
                result.passed()
                continue
            _report(result, sentence, m.start(1), m.group(1),
                    f"Judul tabel '{' '.join(caption.split())}' (baris {line}) menyebut tahun "
                    f"{value}, yang tidak mungkin untuk tabel laporan tahun {own}: "
                    f"kemungkinan salah ketik.")


def _source_notes(doc: Document, own: int, result: CheckResult) -> None:
    """``Sumber: BPS Kabupaten X, 2028`` in a report for 2022: data from a year to come."""
    for number, line in enumerate(doc.lines, start=1):
        m = _SOURCE_YEAR_RE.match(line)
        if m is None or not own + 1 < int(m.group(1)) <= own + HORIZON:
            continue
        if _PLAN_SOURCE_RE.search(line[:m.start(1)]):
            continue  # "Renstra Balai Tahun 2025-2029": a plan's period, not data
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.MINOR, line=number, stated=m.group(1), expected="",
            message=(f"Catatan sumber baris {number} menyebut data tahun {m.group(1)}, yang belum "
                     f"ada ketika laporan tahun {own} disusun; tahunnya kemungkinan salah "
                     f"ketik."), anchor=f"year|{m.group(1)}"))


def _plan_periods(result: CheckResult, sentence: Sentence, flagged: set[int]) -> None:
    """``Renstra 2016–2081``, ``RPJMN 2020–2022``: a plan period of a length no plan has."""
    for m in _PLAN_RE.finditer(sentence.text):
        start, end = int(m.group(3)), int(m.group(4))
        span = end - start
        fits = span in (2, 3, 4, 5) if m.group("mid") else span in (19, 20)
        at = m.start(4)
        if fits or at in flagged or start > end:
            continue
        flagged.add(at)
        period = sentence.text[m.start(3):m.end(4)]
        _report(result, sentence, at, period,
                f"Periode {m.group('mid') or m.group('long')} '{period}' meliputi {span} tahun; "
                f"periode seperti ini lima tahun (jangka menengah) atau dua puluh tahun (jangka "
                f"panjang): salah satu tahunnya kemungkinan salah ketik.")


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
