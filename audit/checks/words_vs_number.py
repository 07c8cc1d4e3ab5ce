"""words_vs_number: a figure and its spelling in words (terbilang) say the same number.

Reports write counts and amounts twice, in digits and in words: ``26 (dua puluh enam) IKU``,
``5 (lima) tahun``, ``Rp 30.629.477.000,- (Tiga puluh milyar ... rupiah)``. When the two
disagree, one of them is wrong, and for money the words are what a legal document relies on.
The words are read back into a number (``milyar``/``miliar``, ``seratus``/``se ratus``, case,
hyphens and a trailing ``rupiah`` do not matter) and compared with the digits; the expected
spelling comes from num2words.

A collective ordinal that refers back to a count (``26 indikator ... kedua puluh lima
indikator tersebut``) is compared with that count when exactly one count of the same kind of
item stands in the same or the previous sentence of the paragraph.

Severity: ``critical`` for a Rupiah amount, ``major`` otherwise.

Passes::

    Terdapat 26 (dua puluh enam) IKU pada Perjanjian Kinerja.
    Pagu sebesar Rp 1.250.000,- (satu juta dua ratus lima puluh ribu rupiah).

Fails (26 is "dua puluh enam", not "dua puluh tujuh")::

    Terdapat 26 (dua puluh tujuh) IKU pada Perjanjian Kinerja.
"""

from __future__ import annotations

import re
from decimal import Decimal

from audit.checks.base import Rule
from audit.figures import SCALE_WORDS, Figure, find_figures, format_id, is_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Sentence
from audit.prose import (
    NUMBER_RUN,
    is_number_phrase,
    normalise_words,
    noun_kind,
    parse_number_words,
    words_for,
)

DOC_ID = """words_vs_number: angka dan terbilangnya (tulisan huruf) menyatakan bilangan yang sama.

Laporan menuliskan cacah dan besaran uang dua kali, dengan angka dan dengan huruf: ``26 (dua
puluh enam) IKU``, ``5 (lima) tahun``, ``Rp 30.629.477.000,- (Tiga puluh milyar ...
rupiah)``. Apabila keduanya tidak sesuai, salah satunya keliru, dan untuk uang, tulisan huruf
itulah yang menjadi pegangan dokumen hukum. Tulisan huruf dibaca kembali menjadi bilangan
(``milyar``/``miliar``, ``seratus``/``se ratus``, huruf besar/kecil, tanda hubung dan kata
``rupiah`` di akhir tidak berpengaruh) dan dibandingkan dengan angkanya; ejaan yang seharusnya
diperoleh dari num2words.

Bilangan tingkat kolektif yang merujuk kembali pada suatu cacah (``26 indikator ... kedua
puluh lima indikator tersebut``) dibandingkan dengan cacah tersebut apabila tepat satu cacah
atas jenis butir yang sama terdapat dalam kalimat yang sama atau kalimat sebelumnya dalam
paragraf tersebut.

Tingkat keparahan: ``critical`` untuk jumlah Rupiah, ``major`` untuk selebihnya.

Lolos::

    Terdapat 26 (dua puluh enam) IKU pada Perjanjian Kinerja.
    Pagu sebesar Rp 1.250.000,- (satu juta dua ratus lima puluh ribu rupiah).

Gagal (26 adalah "dua puluh enam", bukan "dua puluh tujuh")::

    Terdapat 26 (dua puluh tujuh) IKU pada Perjanjian Kinerja.
"""

RULE_ID = "words_vs_number"

_PAREN_RE = re.compile(r"\s*\(\s*([^()]{1,400}?)\s*\)")
_SCALE = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
_ORDINAL_RE = re.compile(
    rf"\bke(?P<words>{NUMBER_RUN})\s+(?P<noun>[A-Za-z]+)\s+(?:tersebut|itu|ini|di\s+atas)\b",
    re.IGNORECASE,
)
# A count with its noun: "26 (dua puluh enam) Indikator", "8 Sasaran Program".
_COUNT_NOUN_RE = re.compile(r"\s*(?:\([^()]{1,200}\)\s*)?(?P<noun>[A-Za-z]+)")


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    for index, sentence in enumerate(doc.sentences):
        _check_spelled(sentence, result)
        _check_ordinal(doc, index, result)
        _check_standalone_amount(doc, index, result)
    return result


_RUPIAH_RUN_RE = re.compile(rf"(?<![(\w])({NUMBER_RUN})\s+rupiah\b", re.IGNORECASE)
MIN_STANDALONE_WORDS = 4


def _check_standalone_amount(doc: Document, index: int, result: CheckResult) -> None:
    """``... terealisasi Rp 10.891.258.705. Realisasi tersebut, bila dituliskan dengan huruf,
    adalah sepuluh miliar ... rupiah.``: an amount in words standing apart from its digits is
    compared with the amounts of its sentence and the one before it in the paragraph. It is
    judged only when none equals it and exactly one lies within one percent of it: that one
    is the amount it spells."""
    sentence = doc.sentences[index]
    for m in _RUPIAH_RUN_RE.finditer(sentence.text):
        words = m.group(1)
        if len(words.split()) < MIN_STANDALONE_WORDS:
            continue
        said = parse_number_words(words)
        if said is None or said < 1000:
            continue
        scope = [sentence]
        if index and doc.sentences[index - 1].block == sentence.block:
            scope.insert(0, doc.sentences[index - 1])
        amounts = {_value_in_units(f.figure) for s in scope for f in s.figures
                   if (f.figure.unit or "").startswith("Rp") and not f.figure.dash}
        if said in amounts:
            result.passed()
            continue
        # a misspelling moves an amount a little: within one percent of it
        alike = [a for a in amounts if abs(a - said) * 100 < said]
        if len(alike) != 1:
            continue
        digits = alike[0]
        expected = words_for(digits)
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.CRITICAL, line=sentence.line_of(m.start()),
            stated=words.strip(), expected=expected,
            message=(f"Jumlah uang dengan huruf '{words.strip()} rupiah' "
                     f"(= {format_id(said, 0)}) tidak sama dengan jumlah dalam angka di "
                     f"kalimatnya atau kalimat sebelumnya, Rp {format_id(digits, 0)} "
                     f"('{expected}')."),
            difference=format_id(said - digits, 0),
            anchor=f"{format_id(digits, 0)} ({normalise_words(words)})",
        ))


def _value_in_units(figure: Figure) -> Decimal:
    """The figure's value in ones: ``Rp 18,5 juta`` → 18 500 000."""
    unit = (figure.unit or "").replace("Rp ", "").strip().lower()
    return figure.value * _SCALE.get(unit, 1) if unit in SCALE_WORDS else figure.value


def _check_spelled(sentence: Sentence, result: CheckResult) -> None:
    text = sentence.text
    for found in sentence.figures:
        figure = found.figure
        m = _PAREN_RE.match(text, found.end)
        if not m or figure.dash or is_year(figure) and figure.value > 100:
            continue
        words = m.group(1)
        if not is_number_phrase(words):
            continue
        said = parse_number_words(words)
        if said is None:
            continue
        digits = _value_in_units(figure)
        if said == digits:
            result.passed()
            continue
        money = (figure.unit or "").startswith("Rp") or "rupiah" in words.lower()
        expected = words_for(digits)
        printed = words.strip()
        message = (
            f"Angka {figure.text} ditulis dengan huruf '{printed}' "
            f"(= {format_id(said, _decimals(said))}), padahal {figure.text} terbilang "
            f"'{expected}'."
        )
        result.failed(Finding(
            rule=RULE_ID,
            severity=Severity.CRITICAL if money else Severity.MAJOR,
            # the words may run over several lines: the line where they leave the digits
            line=sentence.line_of(_first_difference(text, m.start(1), words, expected)),
            stated=printed,
            expected=expected,
            message=message,
            difference=format_id(said - digits, _decimals(said - digits)),
            anchor=f"{figure.text} ({normalise_words(printed)})",
        ))


def _first_difference(text: str, start: int, printed: str, expected: str) -> int:
    """Where in ``text`` the spelled-out ``printed`` (at ``start``) first departs from the
    ``expected`` spelling: the offset of its first differing word."""
    wanted = expected.lower().split()
    for i, word in enumerate(re.finditer(r"\S+", printed)):
        if i >= len(wanted) or word.group().lower().strip(",.") != wanted[i]:
            return start + word.start()
    return start


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _counts_before(sentence_text: str, end: int | None = None) -> list[tuple[Decimal, str]]:
    """(count, noun family) for every whole-number count in a piece of text."""
    text = sentence_text if end is None else sentence_text[:end]
    out = []
    for found in find_figures(text):
        figure = found.figure
        if figure.decimals or figure.unit in ("%", "Rp") or is_year(figure):
            continue
        m = _COUNT_NOUN_RE.match(text, found.start + len(figure.text.split()[0]))
        if not m:
            continue
        kind = noun_kind(m.group("noun"))
        if kind:
            out.append((figure.value, kind))
    return out


def _check_ordinal(doc: Document, index: int, result: CheckResult) -> None:
    sentence = doc.sentences[index]
    for m in _ORDINAL_RE.finditer(sentence.text):
        said = parse_number_words(m.group("words"))
        kind = noun_kind(m.group("noun"))
        # Small collectives ("kedua indikator tersebut") often pick out a subset of a longer
        # list; only a number of ten or more is taken as referring to the whole count.
        if said is None or kind is None or said < 10:
            continue
        counts = _counts_before(sentence.text, m.start())
        if index > 0:
            previous = doc.sentences[index - 1]
            if previous.block == sentence.block:
                counts += _counts_before(previous.text)
        values = {v for v, k in counts if k == kind}
        if len(values) != 1:
            continue
        count = values.pop()
        if count == said:
            result.passed()
            continue
        printed = "ke" + m.group("words")
        expected = f"ke{words_for(count)} ({format_id(count, 0)})"
        message = (
            f"Teks menyebut '{printed} {m.group('noun')}' (= {format_id(said, 0)}), padahal "
            f"jumlah {m.group('noun')} yang disebut sebelumnya adalah {format_id(count, 0)} "
            f"({words_for(count)})."
        )
        result.failed(Finding(
            rule=RULE_ID,
            severity=Severity.MAJOR,
            line=sentence.line,
            stated=printed,
            expected=expected,
            message=message,
            difference=format_id(said - count, 0),
            anchor=f"{normalise_words(printed)} {m.group('noun').lower()}",
        ))


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Angka dan penulisannya dengan huruf (terbilang) menyatakan bilangan yang sama.",
    summary_en="A figure and its spelling in words (terbilang) state the same number.",
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
