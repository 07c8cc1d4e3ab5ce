"""citation: the same document cited with a different number, period or year in one report.

Reports restate their references many times (the legal basis in BAB I, again in the Kata
Pengantar, the Renstra and the Perjanjian Kinerja in every chapter), and a draft copied from
last year's report keeps stale numbers and years. Four kinds of conflict are reported:

1. **Regulation number.** The same regulation (same type and issuer, e.g. ``Peraturan Bupati
   Sukamaju``, and the same subject after ``tentang``, compared without case, punctuation,
   spacing or a small typo such as ``Review``/``Reviu``) cited with a different ``Nomor N
   Tahun Y``. A mention without ``tentang`` counts for the regulation that another mention
   with the same issuer, number and year names. Only variants that share the year (``Nomor
   12`` vs ``Nomor 21 Tahun 2023``) or the number (``Nomor 12 Tahun 2022`` vs ``Tahun
   2023``) conflict: two mentions that differ in both are an old and a new regulation on the
   same subject (one replaced the other), and a subject with
   ``perubahan`` (an amendment) is never the same subject as the regulation it amends. When
   one variant is cited in a clear majority (at least 2 lines and twice as many as any
   other), every other mention is reported; otherwise, if all variants share the year, one
   finding lists them all.
2. **Renstra period.** ``Rencana Strategis (Renstra) ... Tahun 2016-2021`` against ``... Tahun
   2021-2026`` for the same organisation. Only a clear majority period (at least 2 lines)
   makes the other odd; a minority period that contains the report year, a line that names
   both periods, or says ``sebelumnya``/``berakhir``/``dibandingkan``, is not reported.
3. **Stale PK or report year.** ``Perjanjian Kinerja (PK) ... Tahun Y`` in prose (or
   ``Laporan Kinerja``/``LKjIP Tahun Y ini``, or a title line) whose year is earlier than the
   report's own year (the year of the title page and of the report's references to itself,
   only when these agree); ``PK Perubahan Tahun Y`` too. Sentences that compare or name
   other years, and a later year (next year's PK), are left alone.
4. **The table that follows.** ``... disajikan pada Tabel 3.3 berikut`` (or ``di bawah
   ini``) whose next table, within a few lines, is captioned with another number (``Tabel
   3.5``). A sentence citing two tables is left alone.

Severity: ``major`` for a regulation number (a wrong Nomor points the reader to another legal
instrument, and which of the two is meant cannot be told from the report); ``minor`` for a
Renstra period, a PK/report year or a table number: a reviewer asks for these to be corrected,
but they misdate a document that the rest of the report identifies unambiguously and change no
figure, so they must not trip ``--fail-on major`` on their own.

Passes (one Perbup cited alike, its amendment under its own subject, an old and a new PP on
the same subject, one Renstra period, this year's PK)::

    LAPORAN KINERJA DINAS PANGAN TAHUN 2024
    Dasar hukum: Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 tentang Tata Kerja Dinas Pangan.
    Tugas dinas diatur dalam Peraturan Bupati Sukamaju Nomor 12 Tahun 2023.
    Peraturan Bupati Sukamaju Nomor 40 Tahun 2024 tentang Perubahan atas Tata Kerja Dinas Pangan.
    Peraturan Pemerintah Nomor 41 Tahun 2007 tentang Organisasi Perangkat Daerah.
    Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Organisasi Perangkat Daerah.
    Rencana Strategis Dinas Pangan Tahun 2021-2026 menjadi acuan.
    Sasaran ditetapkan dalam Renstra Tahun 2021-2026.
    Target berasal dari Perjanjian Kinerja Dinas Pangan Tahun 2024.

Fails (line 4: Nomor 21 where two lines give Nomor 12; line 7: Renstra 2016-2021 where two
lines give 2021-2026; line 8: a PK year left over from an old report)::

    LAPORAN KINERJA DINAS PANGAN TAHUN 2024
    Dasar hukum: Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 tentang Tata Kerja Dinas Pangan.
    Tugas dinas diatur dalam Peraturan Bupati Sukamaju Nomor 12 Tahun 2023.
    Peraturan Bupati Sukamaju Nomor 21 Tahun 2023 tentang Tata Kerja Dinas Pangan.
    Rencana Strategis Dinas Pangan Tahun 2021-2026 menjadi acuan.
    Sasaran ditetapkan dalam Renstra Tahun 2021-2026.
    Tujuan pada Rencana Strategis Tahun 2016-2021 adalah ketahanan pangan.
    Target berasal dari Perjanjian Kinerja Dinas Pangan Tahun 2021.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import TypeVar

from audit.checks.base import Rule
from audit.findings import CheckResult, Finding, Severity
from audit.model import TABLE_NUMBER_RE, Document

DOC_ID = """citation: dokumen yang sama dikutip dengan nomor, periode atau tahun yang
berbeda dalam satu laporan.

Laporan berulang kali menyebut kembali rujukannya (dasar hukum di BAB I, sekali lagi di Kata
Pengantar, Renstra dan Perjanjian Kinerja di setiap bab), dan draf yang disalin dari laporan
tahun lalu masih memuat nomor dan tahun yang sudah usang. Empat jenis pertentangan dilaporkan:

1. **Nomor peraturan.** Peraturan yang sama (jenis dan penerbit yang sama, misalnya
   ``Peraturan Bupati Sukamaju``, dan pokok pengaturan yang sama setelah ``tentang``, yang
   dibandingkan tanpa memperhatikan huruf besar/kecil, tanda baca, spasi, atau salah ketik
   kecil seperti ``Review``/``Reviu``) dikutip dengan ``Nomor N Tahun Y`` yang berbeda.
   Penyebutan tanpa ``tentang`` dihitung sebagai peraturan yang disebut oleh penyebutan lain
   dengan penerbit, nomor dan tahun yang sama. Hanya varian yang tahunnya sama (``Nomor 12``
   vs ``Nomor 21 Tahun 2023``) atau nomornya sama (``Nomor 12 Tahun 2022`` vs ``Tahun
   2023``) yang dianggap bertentangan: dua penyebutan yang berbeda pada keduanya merupakan
   peraturan lama dan peraturan baru tentang pokok yang sama (yang satu menggantikan yang
   lain), dan pokok pengaturan yang memuat ``perubahan`` (perubahan atas suatu peraturan)
   tidak pernah dianggap sama dengan pokok peraturan yang diubahnya. Apabila satu varian
   dikutip oleh mayoritas yang jelas (sekurang-kurangnya 2 baris dan dua kali lebih banyak
   daripada varian lain mana pun), setiap penyebutan lainnya dilaporkan; jika tidak demikian
   dan semua varian bertahun sama, satu temuan mencantumkan seluruh varian tersebut.
2. **Periode Renstra.** ``Rencana Strategis (Renstra) ... Tahun 2016-2021`` berhadapan dengan
   ``... Tahun 2021-2026`` untuk organisasi yang sama. Hanya periode mayoritas yang jelas
   (sekurang-kurangnya 2 baris) yang membuat periode lain janggal; periode minoritas yang
   mencakup tahun laporan, baris yang menyebut kedua periode, atau baris yang menyatakan
   ``sebelumnya``/``berakhir``/``dibandingkan``, tidak dilaporkan.
3. **Tahun PK atau tahun laporan yang usang.** ``Perjanjian Kinerja (PK) ... Tahun Y`` dalam
   teks (atau ``Laporan Kinerja``/``LKjIP Tahun Y ini``, atau baris judul) yang tahunnya lebih
   awal daripada tahun laporan itu sendiri (tahun pada halaman judul dan pada rujukan laporan
   kepada dirinya sendiri, hanya apabila keduanya sama); demikian pula ``PK Perubahan Tahun
   Y``. Kalimat yang membandingkan atau menyebut tahun lain, serta tahun yang lebih akhir (PK
   tahun berikutnya), tidak dinilai.
4. **Tabel yang menyusul.** ``... disajikan pada Tabel 3.3 berikut`` (atau ``di bawah ini``)
   padahal tabel berikutnya, dalam beberapa baris, berjudul dengan nomor lain (``Tabel
   3.5``). Kalimat yang merujuk dua tabel tidak dinilai.

Tingkat keparahan: ``major`` untuk nomor peraturan (Nomor yang keliru mengarahkan pembaca ke
instrumen hukum lain, dan dari laporan tidak dapat diketahui mana dari keduanya yang dimaksud);
``minor`` untuk periode Renstra, tahun PK/laporan atau nomor tabel: pereviu meminta agar hal
ini dikoreksi, tetapi kekeliruan tersebut hanya salah menyebut tahun dokumen yang oleh bagian
lain laporan sudah teridentifikasi dengan jelas dan tidak mengubah angka apa pun, sehingga
tidak boleh dengan sendirinya memicu ``--fail-on major``.

Lolos (satu Perbup dikutip sama, perubahannya dengan pokok pengaturannya sendiri, PP lama dan
PP baru tentang pokok yang sama, satu periode Renstra, PK tahun ini)::

    LAPORAN KINERJA DINAS PANGAN TAHUN 2024
    Dasar hukum: Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 tentang Tata Kerja Dinas Pangan.
    Tugas dinas diatur dalam Peraturan Bupati Sukamaju Nomor 12 Tahun 2023.
    Peraturan Bupati Sukamaju Nomor 40 Tahun 2024 tentang Perubahan atas Tata Kerja Dinas Pangan.
    Peraturan Pemerintah Nomor 41 Tahun 2007 tentang Organisasi Perangkat Daerah.
    Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Organisasi Perangkat Daerah.
    Rencana Strategis Dinas Pangan Tahun 2021-2026 menjadi acuan.
    Sasaran ditetapkan dalam Renstra Tahun 2021-2026.
    Target berasal dari Perjanjian Kinerja Dinas Pangan Tahun 2024.

Gagal (baris 4: Nomor 21 padahal dua baris menyebut Nomor 12; baris 7: Renstra 2016-2021
padahal dua baris menyebut 2021-2026; baris 8: tahun PK sisa laporan lama)::

    LAPORAN KINERJA DINAS PANGAN TAHUN 2024
    Dasar hukum: Peraturan Bupati Sukamaju Nomor 12 Tahun 2023 tentang Tata Kerja Dinas Pangan.
    Tugas dinas diatur dalam Peraturan Bupati Sukamaju Nomor 12 Tahun 2023.
    Peraturan Bupati Sukamaju Nomor 21 Tahun 2023 tentang Tata Kerja Dinas Pangan.
    Rencana Strategis Dinas Pangan Tahun 2021-2026 menjadi acuan.
    Sasaran ditetapkan dalam Renstra Tahun 2021-2026.
    Tujuan pada Rencana Strategis Tahun 2016-2021 adalah ketahanan pangan.
    Target berasal dari Perjanjian Kinerja Dinas Pangan Tahun 2021.
"""

RULE_ID = "citation"

_K = TypeVar("_K")

_YEAR = r"(?:19|20)\d{2}"

# ---------------------------------------------------------------- regulations

_TYPE = (r"undang[- ]undang|uu|peraturan|keputusan|instruksi|perpres|perbup|perwali|pergub|"
         r"perda|permen[a-z]*|pp|inpres|keppres|kepres")
_CITE_RE = re.compile(
    rf"\b(?P<type>{_TYPE})\b(?P<issuer>(?:(?!\b(?:{_TYPE})\b)[^|\t.;:,\d]){{0,120}}?)"
    rf"\b(?:nomor|nomer|no\.?)\s*(?P<number>\d{{1,4}}[a-z]?)\s*,?\s*tahun\s+(?P<year>{_YEAR})\b",
    re.IGNORECASE,
)
_TYPE_START_RE = re.compile(rf"\b(?:{_TYPE})\b", re.IGNORECASE)
_TENTANG_RE = re.compile(r"\s*,?\s*tentang\s+", re.IGNORECASE)
_TYPE_ALIAS = {
    "undang undang": "uu", "perpres": "peraturan presiden", "perbup": "peraturan bupati",
    "perwali": "peraturan walikota", "pergub": "peraturan gubernur", "perda": "peraturan daerah",
    "pp": "peraturan pemerintah", "inpres": "instruksi presiden",
    "keppres": "keputusan presiden", "kepres": "keputusan presiden",
    "permendagri": "peraturan menteri dalam negeri",
    "permenpan": "peraturan menteri pendayagunaan aparatur negara dan reformasi birokrasi",
    "permenpanrb": "peraturan menteri pendayagunaan aparatur negara dan reformasi birokrasi",
    "permenaker": "peraturan menteri ketenagakerjaan",
}
_ISSUER_STOP = {
    "yang", "tentang", "dengan", "untuk", "pada", "atas", "oleh", "ini", "itu", "tersebut",
    "sebagaimana", "telah", "di", "ke", "dari", "sesuai", "berdasarkan", "perubahan",
    "serta", "maka", "mengenai", "terkait", "perundang", "undangan", "perusahaan", "sebagai",
    "adalah", "merupakan", "dalam",
}
# Where a subject ends: punctuation that closes it, a comma before a lowercase word (title
# words after a comma are capitalised), or a clause word; the next citation is cut apart.
_SUBJECT_END_RE = re.compile(
    r"\.(?:\s|$)|;|:|\(|\||\t|,\s*(?=[a-z])|"
    r"\s(?:yang|sebagaimana|adalah|merupakan|bahwa|dalam\s+rangka|mengamanatkan|menyatakan)\b|"
    r"\s(?:dan|serta)\s+(?=(?:di|ter|me|ber)[a-z]+\b)",
)
_TRAILING_WORDS = {"dan", "serta", "yang", "di", "ke", "dengan", "pada", "atas"}


@dataclass
class Mention:
    line: int
    issuer: str
    number: str
    year: str
    text: str
    subject: str | None
    subject_text: str = ""

    @property
    def variant(self) -> tuple[str, str]:
        return (self.number, self.year)

    def label(self) -> str:
        return f"Nomor {self.number} Tahun {self.year}"

    def printed_issuer(self) -> str:
        """The type and issuer as printed: ``Peraturan Bupati Sukamaju``."""
        return re.split(r"\s*\b(?:nomor|nomer|no\.?)\s*\d", self.text, maxsplit=1,
                        flags=re.IGNORECASE)[0]

    def quote(self) -> str:
        return f"'{self.text}' (baris {self.line})"


def _norm_words(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^0-9a-z]+", " ", text.lower())).strip()


def _issuer_key(kind: str, issuer: str) -> str | None:
    """``Peraturan Menteri Negara PAN-RB RI`` and the ministry's full name give one key."""
    issuer = re.sub(r"\([^)]*\)", " ", issuer)
    words = _norm_words(issuer).replace("dalam negeri", "dalam_negeri") \
        .replace("luar negeri", "luar_negeri").split()
    if len(words) > 12 or any(w in _ISSUER_STOP for w in words):
        return None
    kind = _norm_words(kind)
    kind = _TYPE_ALIAS.get(kind, kind)
    text = " ".join([kind, *words]).replace("_", " ")
    text = re.sub(r"\b(?:republik indonesia|ri)\b", " ", text)
    text = re.sub(r"\bmenteri negara\b", "menteri", text)
    text = re.sub(r"\bpan\s*rb\b|\bpanrb\b|\bpan dan rb\b",
                  "pendayagunaan aparatur negara dan reformasi birokrasi", text)
    text = re.sub(r"\bwali kota\b", "walikota", text)
    text = re.sub(r"\s+", " ", text).strip()
    if text in ("peraturan", "keputusan", "instruksi"):
        return None  # "Peraturan Nomor 5" names no issuer
    return text


def _subject(line: str, start: int) -> tuple[str | None, str]:
    """The normalised subject after ``tentang`` at ``start`` and its printed text."""
    m = _TENTANG_RE.match(line, start)
    if not m:
        return None, ""
    rest = line[m.end():]
    amendment = bool(re.match(r"\s*(?:perubahan|pencabutan)\b", rest, re.IGNORECASE))
    end = _SUBJECT_END_RE.search(rest)
    cut = end.start() if end else len(rest)
    if not amendment:
        # An amendment's subject names the regulation it amends: keep that in its key.
        if nxt := _TYPE_START_RE.search(rest, 0, cut):
            cut = nxt.start()
    printed = rest[:cut].strip(" ,")
    words = _norm_words(printed).split()
    while words and words[-1] in _TRAILING_WORDS:
        words.pop()
    if len(words) < 2:
        return None, ""
    key = " ".join(words)
    if "perubahan" in words or amendment:
        key = "perubahan: " + key
    return key, printed


_RI_DOTTED_RE = re.compile(r"\bR\.\s?I\b\.?")


def regulation_mentions(doc: Document) -> list[Mention]:
    mentions: list[Mention] = []
    for number, raw in enumerate(doc.lines, start=1):
        line = _RI_DOTTED_RE.sub(lambda m: "RI".ljust(len(m.group(0))), raw)
        for m in _CITE_RE.finditer(line):
            issuer = _issuer_key(m.group("type"), m.group("issuer"))
            if issuer is None:
                continue
            subject, printed = _subject(line, m.end())
            mentions.append(Mention(
                line=number, issuer=issuer, number=m.group("number").lstrip("0") or "0",
                year=m.group("year"), text=re.sub(r"\s+", " ", raw[m.start():m.end()]),
                subject=subject, subject_text=printed))
    return mentions


def _same_subject(a: str, b: str) -> bool:
    if a == b:
        return True
    if a.startswith("perubahan") or b.startswith("perubahan"):
        return False
    if re.findall(r"\d+", a) != re.findall(r"\d+", b) or min(len(a), len(b)) < 25:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.95


def _group_regulations(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions of one regulation: same issuer and subject; bare mentions join by number."""
    groups: list[tuple[str, str, list[Mention]]] = []
    for m in mentions:
        if m.subject is None:
            continue
        for issuer, subject, members in groups:
            if issuer == m.issuer and _same_subject(subject, m.subject):
                members.append(m)
                break
        else:
            groups.append((m.issuer, m.subject, [m]))
    owners: dict[tuple[str, str, str], set[int]] = {}
    for i, (issuer, _, members) in enumerate(groups):
        for m in members:
            owners.setdefault((issuer, m.number, m.year), set()).add(i)
    for m in mentions:
        if m.subject is None:
            owner = owners.get((m.issuer, m.number, m.year), set())
            if len(owner) == 1:
                groups[next(iter(owner))][2].append(m)
    return [members for _, _, members in groups]


def _components(variants: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Variants linked by a shared year or a shared number (both differing: two documents)."""
    parent = {v: v for v in variants}

    def find(v: tuple[str, str]) -> tuple[str, str]:
        while parent[v] != v:
            v = parent[v]
        return v

    for i, a in enumerate(variants):
        for b in variants[i + 1:]:
            if a[0] == b[0] or a[1] == b[1]:
                parent[find(a)] = find(b)
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for v in variants:
        out.setdefault(find(v), []).append(v)
    return list(out.values())


def _clear_majority(counts: Counter[_K]) -> _K | None:
    """The variant cited at least twice and at least twice as often as any other."""
    ranked = counts.most_common()
    if not ranked:
        return None
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    return top if n >= 2 and n >= 2 * second else None


def _lines(mentions: Iterable[Mention]) -> list[int]:
    return sorted({m.line for m in mentions})


def check_regulations(doc: Document, result: CheckResult) -> None:
    for group in _group_regulations(regulation_mentions(doc)):
        by_variant: dict[tuple[str, str], list[Mention]] = {}
        for m in group:
            by_variant.setdefault(m.variant, []).append(m)
        if len(by_variant) == 1:
            result.passed()
            continue
        for component in _components(list(by_variant)):
            if len(component) < 2:
                continue
            _judge_regulation(group, {v: by_variant[v] for v in component}, result)


def _judge_regulation(group: list[Mention], variants: dict[tuple[str, str], list[Mention]],
                      result: CheckResult) -> None:
    counts = Counter({v: len(_lines(ms)) for v, ms in variants.items()})
    majority = _clear_majority(counts)
    named = next(m for m in group if m.subject)
    anchor = f"{named.issuer}|{named.subject}"
    subject = named.subject_text if len(named.subject_text) <= 90 \
        else named.subject_text[:87].rstrip() + "..."
    which = f"{named.printed_issuer()} tentang {subject}"
    all_lines = _lines(m for ms in variants.values() for m in ms)
    if majority is not None:
        good = variants[majority]
        total = sum(counts.values())
        for v, ms in variants.items():
            if v == majority:
                continue
            for odd in {m.line: m for m in reversed(ms)}.values():
                result.failed(Finding(
                    rule=RULE_ID, severity=Severity.MAJOR, line=odd.line, stated=odd.label(),
                    expected=good[0].label(),
                    message=(f"Peraturan yang sama ({which}) dikutip berbeda: {odd.quote()}, "
                             f"tetapi {good[0].quote()}" + _also(good[0], good[1:])
                             + f"; {counts[majority]} dari {total} baris "
                             f"menyebut {good[0].label()}."),
                    related_lines=[n for n in all_lines if n != odd.line],
                    anchor=anchor,
                ))
        return
    if len({v[1] for v in variants}) != 1:
        return  # same number in different years, no majority: too unsure
    ordered = sorted(variants.values(), key=lambda ms: min(m.line for m in ms))
    first, later = ordered[0], ordered[1:]
    odd = min((ms[0] for ms in later), key=lambda m: m.line)
    listing = "; ".join(f"{ms[0].label()} di baris "
                        + ", ".join(str(n) for n in _lines(ms)) for ms in ordered)
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=odd.line, stated=odd.label(),
        expected=" / ".join(ms[0].label() for ms in ordered if ms[0].variant != odd.variant),
        message=(f"Peraturan yang sama ({which}) dikutip "
                 f"dengan nomor berbeda tanpa mayoritas yang jelas: {odd.quote()} dan "
                 f"{first[0].quote()} ({listing})."),
        related_lines=[n for n in all_lines if n != odd.line],
        anchor=anchor,
    ))


def _also(shown: Mention, ms: list[Mention]) -> str:
    lines = [n for n in _lines(ms) if n != shown.line]
    return f" (juga baris {', '.join(str(n) for n in lines)})" if lines else ""


# ---------------------------------------------------------------- report year

_SELF_RE = re.compile(
    r"(?:\blaporan\s+kinerja(?:\s+instansi\s+pemerintah(?:an)?)?(?:\s*\((?:lkjip|lakip|lkj)\))?"
    r"|\blkjip\b|\blakip\b|\blkj\b)"
    r"(?P<org>(?:(?!laporan\s+kinerja|\blkjip\b|\blakip\b|\blkj\b)[^|\t.;:\d]){0,100}?)"
    rf"\b(?:tahun|th\.?)\s*(?P<year>{_YEAR})\b"
    rf"(?!\s*(?:-|–|—|/|s\.?\s?d|sampai|hingga|dan\s+{_YEAR}|,\s*{_YEAR}))",
    re.IGNORECASE,
)
# "LKjIP ... Tahun 2024 dapat diselesaikan / disusun": the report speaking of itself
_SELF_DONE_RE = re.compile(r"\s*(?:ini\s+)?(?:telah\s+|dapat\s+)?(?:di)?(?:selesaikan|susun|"
                           r"sajikan|terbitkan)\b", re.IGNORECASE)
_TITLE_WORDS_RE = re.compile(r"laporan\s+kinerja|lkjip|lakip|\blkj\b|laporan\s+pp\s*39|"
                             r"triwulan|laporan\s+tahunan|laporan\s+akuntabilitas", re.IGNORECASE)
_TITLE_END_RE = re.compile(r"kata\s+pengantar|daftar\s+isi|ikhtisar|^\W*bab\s+i\b",
                           re.IGNORECASE)
_ANGGARAN_RE = re.compile(rf"\btahun\s+anggaran\s+(?P<year>{_YEAR})\b", re.IGNORECASE)
_ORG_STOP = {
    "yang", "pada", "dalam", "untuk", "dengan", "ini", "itu", "tersebut", "telah", "adalah",
    "merupakan", "di", "ke", "dari", "sesuai", "atas", "akhir", "target", "capaian", "sampai",
    "hingga", "tentang", "oleh", "sebagai", "akan", "agar", "bagi", "berdasarkan", "maka",
    "selama", "periode", "awal", "perubahan", "revisi", "reviu", "review", "evaluasi",
    "hasil", "rencana", "jangka", "menengah", "realisasi", "sebelumnya", "lalu",
}


@dataclass
class ReportYear:
    year: int | None
    evidence: list[tuple[int, str]] = field(default_factory=list)

    def evidence_for(self, year: int) -> list[tuple[int, str]]:
        return [(n, t) for n, t in self.evidence if str(year) in t]


def _org_ok(org: str, allow: set[str] | None = None) -> bool:
    words = _norm_words(re.sub(r"\([^)]*\)", " ", org)).split()
    return len(words) <= 10 and not any(w in _ORG_STOP - (allow or set()) for w in words)


def report_year(doc: Document) -> ReportYear:
    """The year the report is about: its title page and its references to itself agree."""
    title: list[tuple[int, str]] = []
    for n, raw in enumerate(doc.lines[:40], start=1):
        line = raw.strip().strip("*#_ ")
        if _TITLE_END_RE.search(line):
            break
        if not line or len(line.split()) > 14 or re.search(rf"{_YEAR}\s*[-–—/]\s*{_YEAR}", line):
            continue
        years = re.findall(rf"\b({_YEAR})\b", line)
        if len(set(years)) == 1 and (
                re.fullmatch(rf"\W*(?:tahun\s+(?:anggaran\s+)?)?{_YEAR}\W*", line, re.IGNORECASE)
                or _TITLE_WORDS_RE.search(line)):
            title.append((n, line))
    votes: Counter[int] = Counter()
    evidence: list[tuple[int, str]] = list(title)
    for _, line in title:
        votes[int(re.findall(rf"\b({_YEAR})\b", line)[0])] += 1
    for s in doc.sentences:
        for m in _SELF_RE.finditer(s.text):
            if _org_ok(m.group("org")):
                votes[int(m.group("year"))] += 1
                evidence.append((s.line, m.group(0)))
        for m in _ANGGARAN_RE.finditer(s.text):
            votes[int(m.group("year"))] += 1
    title_years = {int(re.findall(rf"\b({_YEAR})\b", t)[0]) for _, t in title}
    named = {int(re.findall(rf"\b({_YEAR})\b", t)[0]) for _, t in title
             if re.search(r"\btahun\b", t, re.IGNORECASE) or _TITLE_WORDS_RE.search(t)}
    titled = {int(re.findall(rf"\b({_YEAR})\b", t)[0]) for _, t in title
              if _TITLE_WORDS_RE.search(t)}
    if len(title_years) > 1 and len(titled) == 1:
        # "(LKjIP) TAHUN 2025" over "Tahun 2026" under the address: the report's title
        # names its year, the other is when it was printed
        title_years = titled
    elif len(title_years) > 1 and len(named) == 1:
        # "TAHUN 2025" over a bare "2026" at the foot of the cover: the year printed
        title_years = named
    if len(title_years) > 1:
        # "TAHUN 2025" and "TAHUN 2026" both on the cover (the year reported on and the year
        # printed): the one the text names itself by ("Laporan Kinerja ... Tahun 2025")
        best = max(votes[y] for y in title_years)
        voted = {y for y in title_years if votes[y] == best}
        if best and len(voted) == 1:
            title_years = voted
    ranked = votes.most_common()
    if not ranked:
        return ReportYear(None)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if title_years:
        # The title page decides unless the text names another year of itself more often.
        if len(title_years) != 1:
            return ReportYear(None)
        top = next(iter(title_years))
        if any(v > votes[top] for y, v in votes.items() if y != top):
            return ReportYear(None)
    elif n < 3 or n < 3 * second:
        return ReportYear(None)
    return ReportYear(top, evidence)


# ---------------------------------------------------------------- Renstra period

_RENSTRA_RE = re.compile(
    r"\b(?:rencana\s+strategis(?:\s*\(renstra\))?|renstra)\b"
    r"(?P<org>(?:(?!rencana\s+strategis|\brenstra\b)[^|\t.;:\d]){0,100}?)"
    rf"(?:\b(?:tahun|periode|th\.?)\s*)?(?P<y1>{_YEAR})\s*(?:-|–|—|/|s\.?\s?d\.?|"
    rf"sampai(?:\s+dengan)?|hingga)\s*(?P<y2>{_YEAR})\b",
    re.IGNORECASE,
)
_GENERIC_ORG = re.compile(r"\b(?:skpd|opd|pd|perangkat\s+daerah|organisasi|renstra|"
                          r"satuan\s+kerja|satker)\b")
_UNIT_RE = re.compile(r"(?:dinas|badan|balai|bpvp|blk|upt|uptd|kantor|sekretariat|inspektorat|"
                      r"biro|bagian|bidang|satuan|satpol|rumah\s+sakit|rsud|puskesmas|"
                      r"kecamatan|kelurahan|loka|unit)\b")
_PAST_RE = re.compile(r"sebelumnya|\blalu\b|\blama\b|berakhir|transisi|peralihan|digantikan|"
                      r"menggantikan|dibandingkan|perbandingan",
                      re.IGNORECASE)


@dataclass
class Period:
    line: int
    org: str
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return f"{self.start}-{self.end}"


def renstra_mentions(doc: Document) -> list[Period]:
    out: list[Period] = []
    for n, line in enumerate(doc.lines, start=1):
        found = []
        for m in _RENSTRA_RE.finditer(line):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if not 3 <= y2 - y1 <= 6 or not _org_ok(m.group("org")):
                continue
            org = _norm_words(re.sub(r"\([^)]*\)", " ", m.group("org")))
            org = re.sub(r"\s+", " ", _GENERIC_ORG.sub(" ", org)).strip()
            org = re.sub(r"\s*\b(?:tahun|periode|th)\s*$", "", org)
            found.append(Period(n, org, y1, y2, re.sub(r"\s+", " ", m.group(0))))
        if len({p.label for p in found}) > 1 or (found and _PAST_RE.search(line)):
            continue  # a line that names two periods, or an earlier plan, is about both
        out.extend(found)
    return out


def _compatible(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    short, long_ = sorted((wa, wb), key=len)
    return long_[:len(short)] == short


def check_renstra(doc: Document, year: ReportYear, result: CheckResult) -> None:
    mentions = renstra_mentions(doc)
    chains: list[list[Period]] = []
    for p in (p for p in mentions if p.org):
        for chain in chains:
            if all(_compatible(p.org, q.org) for q in chain):
                chain.append(p)
                break
        else:
            chains.append([p])
    # A bare "Renstra 2021-2026" is the unit's own plan: it joins the one named plan of a
    # unit (Dinas ..., Balai ...), never a ministry's or a province's plan cited beside it.
    bare = [p for p in mentions if not p.org]
    own = [c for c in chains if _UNIT_RE.match(c[0].org)]
    if len(own) == 1:
        own[0].extend(bare)
    elif bare:
        chains.append(bare)
    pools = chains
    for pool in pools:
        lines_by: dict[str, list[Period]] = {}
        for p in pool:
            lines_by.setdefault(p.label, []).append(p)
        if len(lines_by) == 1:
            result.passed()
            continue
        counts = Counter({k: len({p.line for p in v}) for k, v in lines_by.items()})
        majority = _clear_majority(counts)
        if majority is None:
            continue
        good = lines_by[majority]
        if year.year is not None and not good[0].start <= year.year <= good[0].end:
            continue
        all_lines = sorted({p.line for p in pool})
        # Quote the most explicit majority mention (one that names its organisation or says
        # "Tahun"), not a bare heading.
        shown = max(good, key=lambda p: (bool(p.org), "tahun" in p.text.lower(), -p.line))
        for label, odd_list in lines_by.items():
            if label == majority:
                continue
            odd = odd_list[0]
            if year.year is not None and odd.start <= year.year <= odd.end:
                continue
            odd_lines = sorted({p.line for p in odd_list})
            others = sorted({p.line for p in good} - {shown.line})
            also_odd = (f" (juga baris {', '.join(map(str, odd_lines[1:]))})"
                        if len(odd_lines) > 1 else "")
            result.failed(Finding(
                rule=RULE_ID, severity=Severity.MINOR, line=odd.line, stated=odd.label,
                expected=majority,
                message=(f"Periode Renstra '{odd.text}' (baris {odd.line}){also_odd} berbeda "
                         f"dengan '{shown.text}' (baris {shown.line}"
                         + (f"; juga baris {', '.join(map(str, others))}" if others else "")
                         + f"); {counts[majority]} dari {sum(counts.values())} baris "
                         f"menyebut periode {majority}"
                         + (f" dan laporan ini untuk tahun {year.year}"
                            if year.year is not None else "") + "."),
                related_lines=[n for n in all_lines if n != odd.line],
                anchor=f"renstra|{odd.org}|{odd.label}",
            ))


# ---------------------------------------------------------------- PK / report year

_PK_RE = re.compile(
    r"(?:\bperjanjian\s+kinerja(?:\s*\(PK\))?|\bPK\b)"
    r"(?P<org>(?:(?!perjanjian\s+kinerja|\bPK\b)[^|\t.;:\d]){0,100}?)"
    rf"\b(?:tahun|th\.?|TA)\s*(?P<year>{_YEAR})\b"
    rf"(?!\s*(?:-|–|—|/|s\.?\s?d|sampai|hingga|dan\s+{_YEAR}|,\s*{_YEAR}))",
    re.IGNORECASE,
)
# The year's own budget and work-plan documents: cited for another (earlier) year, they are
# most likely left over from last year's report.
_YEAR_DOC_RE = re.compile(
    r"(?:\b(?:DPPA|DPA|RKA|LRA)\b|\bdokumen\s+pelaksanaan\s+(?:perubahan\s+)?anggaran\b|"
    r"\bRenja\b|\brencana\s+kerja\s+perangkat\s+daerah\b|"
    # the year's budget realisation report, "per 31 Desember 2024" under a 2025 table
    r"\blaporan\s+realisasi\s+anggaran\b)"
    r"(?P<org>(?:(?!perjanjian\s+kinerja|\bPK\b)[^|\t.;:\d]){0,80}?)"
    rf"(?:\b(?:tahun\s+anggaran|tahun|th\.?|TA)\s*|\bper\s+\d{{1,2}}\s+[A-Za-z]+\s+)"
    rf"(?P<year>{_YEAR})\b"
    rf"(?!\s*(?:-|–|—|/|s\.?\s?d|sampai|hingga|dan\s+{_YEAR}|,\s*{_YEAR}))",
    re.IGNORECASE,
)
# "Realisasi anggaran per program ... sampai dengan 31 Desember 2024" in a 2025 report: the
# date the realisation is reported to, left from last year's report
_REALISED_UNTIL_RE = re.compile(
    r"\brealisasi\s+(?:anggaran|belanja|keuangan)\b[^|\t.;:\d]{0,80}?"
    rf"\b(?:per|sampai\s+dengan|s\.?\s?d\.?)\s+\d{{1,2}}\s+[A-Za-z]+\s+(?P<year>{_YEAR})\b",
    re.IGNORECASE)
_COMPARE_RE = re.compile(
    # "dibandingkan dengan PK 2021", not "membandingkan target dalam PK ..." (the method)
    r"dibanding\w*|\bbanding\b|perbandingan\s+(?:dengan|terhadap)|sebelumnya|\blalu\b|terakhir|kenaikan|penurunan|meningkat|menurun|\bnaik\b|"
    r"\bturun\b|\blebih\b|\bsejak\b|\bselama\b|\btren|trend|berturut|s\.\s?d|sampai\s+dengan|"
    # "hasil reviu atas PK 2024" looks back; "PK ... direviu pada Agustus" is the cited PK's
    # own history, no comparison
    r"\bhingga\b|mendatang|berikutnya|akan\s+datang|selanjutnya|evaluasi|\breviu|\breview|"
    r"rekomendasi|\blhe\b|tindak\s+lanjut|"
    # a PK of an earlier year named on purpose: history of an indicator or a target
    r"ditambahkan|\bbelum\b|\bbaru\b|pertama|semula|pernah|\bdulu|\bsudah\b|\bmasih\b|"
    r"tidak\s+lagi|dihapus|diganti",
    re.IGNORECASE,
)


_COMPARE_REACH = 60  # characters around a citation in which a comparison word governs it


_REGULATION_YEAR_RE = re.compile(
    rf"\b(?:nomor|nomer|no\.?)\s*\d{{1,4}}[a-z]?\s*,?\s*tahun\s+{_YEAR}\b", re.IGNORECASE)


def _other_years(text: str, cited: int, own: int) -> set[int]:
    """Years a sentence names besides the cited one and the report's: a comparison. The
    years of regulations it cites (``Nomor 29 Tahun 2014``) compare nothing."""
    text = _REGULATION_YEAR_RE.sub(" ", text)
    text = re.sub(rf"{_YEAR}\s*(?:-|–|—|/|s\.?\s?d\.?|sampai(?:\s+dengan)?)\s*{_YEAR}", " ", text)
    return {int(y) for y in re.findall(rf"\b({_YEAR})\b", text)} - {cited, own}


def check_stale_years(doc: Document, year: ReportYear, result: CheckResult) -> None:
    if year.year is None:
        return
    own = year.year
    pk_own = [(s.line, re.sub(r"\s+", " ", m.group(0))) for s in doc.sentences
              for m in _PK_RE.finditer(s.text)
              if int(m.group("year")) == own and _org_ok(m.group("org"), {"awal", "perubahan"})]
    for s in doc.sentences:
        candidates = [("Perjanjian Kinerja", m) for m in _PK_RE.finditer(s.text)
                      if _org_ok(m.group("org"), {"awal", "perubahan"})]
        candidates += [("Dokumen Anggaran", m) for m in _YEAR_DOC_RE.finditer(s.text)
                       if _org_ok(m.group("org"), {"perubahan"})]
        ends = {m.end("year") for _, m in candidates}
        candidates += [("Realisasi Anggaran", m) for m in _REALISED_UNTIL_RE.finditer(s.text)
                       if m.end("year") not in ends]  # (an LRA cited so is one citation)
        for m in _SELF_RE.finditer(s.text):
            whole = re.fullmatch(r"\W*" + re.escape(m.group(0)) + r"\W*", s.text.strip("*#_ "))
            if _org_ok(m.group("org")) and (
                    whole or re.match(r"\s*ini\b", s.text[m.end():], re.IGNORECASE)
                    or _SELF_DONE_RE.match(s.text[m.end():])):
                candidates.append(("Laporan Kinerja", m))
        for kind, m in candidates:
            cited = int(m.group("year"))
            if cited == own:
                result.passed()
                continue
            # a comparison near the citation makes the other year deliberate; "memuat
            # perbandingan antara target dan realisasi ..." far before it does not
            near = s.text[max(0, m.start() - _COMPARE_REACH):m.end() + _COMPARE_REACH]
            if kind == "Realisasi Anggaran":
                # its own "sampai dengan 31 Desember" is the date, no range of years
                near = s.text[max(0, m.start() - _COMPARE_REACH):m.start()] + " " + \
                    s.text[m.end():m.end() + _COMPARE_REACH]
            if cited > own or _COMPARE_RE.search(near) or _other_years(s.text, cited, own):
                continue
            if kind == "Perjanjian Kinerja" and pk_own:
                ref_line, ref_text = pk_own[0]
                title = year.evidence_for(own)[:1]
                related = sorted({n for n, _ in pk_own} | {n for n, _ in title})
            else:
                ref_line, ref_text = year.evidence_for(own)[0]
                related = sorted({n for n, _ in year.evidence_for(own)[:5]})
            text = re.sub(r"\s+", " ", m.group(0))
            result.failed(Finding(
                rule=RULE_ID, severity=Severity.MINOR, line=s.line, stated=f"Tahun {cited}",
                expected=f"Tahun {own}",
                message=(f"'{_short(text)}' (baris {s.line}) menyebut tahun {cited}, padahal "
                         f"laporan ini untuk tahun {own} ('{_short(ref_text)}', baris "
                         f"{ref_line}): tahun yang tertinggal dari laporan lama?"),
                related_lines=[n for n in related if n != s.line],
                anchor=f"{kind.lower()}|{cited}",
            ))


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit - 3].rstrip() + "..."


# "disajikan pada Tabel 3.3 berikut": the table printed right below the sentence
_NEXT_TABLE_RE = re.compile(r"\b(?:tabel|table)\s+(?P<num>[0-9IVX]+(?:\.[0-9]+)*)\.?\s*"
                            r"(?:berikut|di\s+bawah(?:\s+ini)?)\b", re.IGNORECASE)
NEXT_TABLE_LINES = 6  # how far below the sentence "the following table" may begin


def check_table_references(doc: Document, result: CheckResult) -> None:
    """``... disajikan pada Tabel 3.3 berikut.`` over a table captioned ``Tabel 3.5``: the
    table the sentence introduces carries another number (a reference left from an earlier
    draft, or a table renumbered)."""
    starts = sorted((((t.caption_line or t.first_line), t) for t in doc.tables
                     if t.caption and TABLE_NUMBER_RE.match(t.caption.strip())),
                    key=lambda pair: pair[0])
    for sentence in doc.sentences:
        cited = {m.group(1).rstrip(".") for m in TABLE_NUMBER_RE.finditer(sentence.text)}
        m = _NEXT_TABLE_RE.search(sentence.text)
        if m is None or len(cited) != 1:
            continue  # "Tabel 3.3 dan Tabel 3.4 berikut": which one comes first is not said
        end = sentence.end_line
        following = next(((line, t) for line, t in starts if line > end), None)
        if following is None or following[0] - end > NEXT_TABLE_LINES:
            continue
        line, table = following
        caption = (table.caption or "").strip()
        printed = TABLE_NUMBER_RE.match(caption)
        if printed is None:
            continue
        number = printed.group(1).rstrip(".")
        if number.lower() == m.group("num").rstrip(".").lower():
            result.passed()
            continue
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.MINOR, line=sentence.line_of(m.start()),
            stated=f"Tabel {m.group('num')}", expected=f"Tabel {number}",
            message=(f"Teks baris {sentence.line_of(m.start())} merujuk 'Tabel "
                     f"{m.group('num')} berikut', tetapi tabel yang menyusul (baris {line}) "
                     f"berjudul '{_short(caption)}'."),
            related_lines=[line], anchor=f"tabel|{m.group('num')}",
        ))


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    check_regulations(doc, result)
    check_table_references(doc, result)
    year = report_year(doc)
    check_renstra(doc, year, result)
    check_stale_years(doc, year, result)
    return result


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Peraturan, periode Renstra dan tahun PK yang sama dikutip sama di seluruh laporan.",
    summary_en=("The same regulation, Renstra period and PK year are cited alike throughout the "
                "report."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
