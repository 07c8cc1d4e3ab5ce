"""The CLI's own words (report chrome) in Indonesian and English.

Finding messages come from the checks, in Indonesian, and are never translated here; only the
headings, labels and summaries around them are.
"""

from __future__ import annotations

LANGS = ("id", "en")
DEFAULT_LANG = "id"

_TEXTS: dict[str, dict[str, str]] = {
    "id": {
        "title": "Laporan audit angka",
        "summary": "Ringkasan",
        "documents": "dokumen",
        "checks": "pemeriksaan",
        "findings": "temuan",
        "figures_checked": "Angka diperiksa",
        "breaks": "Temuan",
        "documents_label": "Dokumen",
        "by_severity": "Temuan menurut tingkat",
        "by_rule": "Temuan menurut aturan",
        "by_table": "Temuan menurut tabel",
        "severity": "tingkat",
        "rule": "aturan",
        "table": "tabel",
        "count": "jumlah",
        "no_table": "(di luar tabel)",
        "no_findings": "Tidak ada temuan.",
        "location": "Lokasi",
        "stated": "Tertulis",
        "expected": "Seharusnya",
        "difference": "Selisih",
        "compared": "Baris yang dibandingkan",
        "context": "Kutipan",
        "message": "Keterangan",
        "fingerprint": "Sidik",
        "suppressed": "{n} temuan lama disembunyikan oleh baseline {file}.",
        "suppressed_short": "disembunyikan oleh baseline",
        "suppressed_in_source": "{n} temuan diterima oleh komentar 'audit: disable' di laporan.",
        "filter_severity": "Tingkat",
        "filter_rule": "Aturan",
        "filter_document": "Dokumen",
        "filter_search": "Cari",
        "search_hint": "angka, kata, baris ...",
        "rules_explained": "Penjelasan aturan",
        "all": "semua",
        "shown": "ditampilkan",
        "errors": "Peringatan",
        "severity_critical": "kritis",
        "severity_major": "mayor",
        "severity_minor": "minor",
        "severity_info": "info",
        "line": "baris",
        "rules_heading": "aturan",
        "default_severity": "tingkat bawaan",
        "rule_summary": "ringkasan",
        "coverage": "Cakupan",
        "coverage_line": "cakupan {pages}{lines} baris: {tables} tabel, {checked} dapat "
                         "dihitung ulang; {share} dari {figures} angka dapat dinilai",
    },
    "en": {
        "title": "Figure audit report",
        "summary": "Summary",
        "documents": "documents",
        "checks": "checks",
        "findings": "findings",
        "documents_one": "document",
        "checks_one": "check",
        "findings_one": "finding",
        "figures_checked": "Figures checked",
        "breaks": "Findings",
        "documents_label": "Documents",
        "by_severity": "Findings by severity",
        "by_rule": "Findings by rule",
        "by_table": "Findings by table",
        "severity": "severity",
        "rule": "rule",
        "table": "table",
        "count": "count",
        "no_table": "(outside tables)",
        "no_findings": "No findings.",
        "location": "Location",
        "stated": "Stated",
        "expected": "Expected",
        "difference": "Difference",
        "compared": "Lines compared",
        "context": "Excerpt",
        "message": "Message",
        "fingerprint": "Fingerprint",
        "suppressed": "{n} known findings suppressed by baseline {file}.",
        "suppressed_short": "suppressed by baseline",
        "suppressed_in_source": "{n} findings accepted by 'audit: disable' comments in the report.",
        "filter_severity": "Severity",
        "filter_rule": "Rule",
        "filter_document": "Document",
        "filter_search": "Search",
        "search_hint": "figure, word, line ...",
        "rules_explained": "Rules explained",
        "all": "all",
        "shown": "shown",
        "errors": "Warnings",
        "severity_critical": "critical",
        "severity_major": "major",
        "severity_minor": "minor",
        "severity_info": "info",
        "line": "line",
        "rules_heading": "rule",
        "default_severity": "default severity",
        "rule_summary": "summary",
        "coverage": "Coverage",
        "coverage_line": "coverage {pages}{lines} lines: {tables} tables, {checked} "
                         "recomputable; {share} of {figures} figures could be judged",
    },
}


def texts(lang: str = DEFAULT_LANG) -> dict[str, str]:
    """Every chrome string for ``lang`` (unknown languages fall back to Indonesian)."""
    return _TEXTS.get(lang, _TEXTS[DEFAULT_LANG])


def t(lang: str, key: str, **values: object) -> str:
    text = texts(lang)[key]
    return text.format(**values) if values else text


def counted(lang: str, n: int, key: str) -> str:
    """``1 document``, ``2 documents``; Indonesian nouns do not change (``1 dokumen``)."""
    singular = texts(lang).get(f"{key}_one")
    return f"{n} {singular if n == 1 and singular else t(lang, key)}"
