"""narrative_arithmetic: the arithmetic inside one sentence of prose adds up.

Prose restates figures with a computed share or change next to them. Three shapes are read,
and only when the figures stand right next to the words that tie them together:

* a share: ``Rp A atau P% dari total pagu anggaran Rp B``, ``P% atau sebesar Rp A dari pagu
  Rp B``, ``A orang atau P% dari target B orang``, ``A dari target B atau P%``,
  ``realisasi A dari target B (capaian P%)``: P = A / B × 100. Against a *target* the inverse
  reading of a lower-is-better indicator (B / A × 100) is accepted too.
* a change: ``naik/turun/meningkat/menurun sebesar D dari A menjadi B`` and ``dari A menjadi B
  atau naik D``: D = |B − A|. When D is printed with % and A and B are percentages, both the
  percentage-point difference and the relative change (B − A) / A × 100 are accepted; when A
  and B are counts or amounts a D in % is the relative change. The message names the reading.

All comparisons are interval comparisons at printed precision (audit/precision.py): a ratio
off only by truncation at the last printed digit is a ``rounding`` finding (minor); anything
else is a break, ``critical`` when Rupiah are involved, ``major`` otherwise.

Passes::

    Realisasi anggaran sebesar Rp 784.002.470,- atau 95,97% dari total pagu anggaran
    Rp 816.963.000,-.
    Nilai IKM naik sebesar 2,35% dari 80,10% menjadi 82,45%.

Fails (225 / 600 × 100 = 37,50%, not 20%)::

    Realisasi sebesar 225 orang atau 20% dari target 600 orang.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from audit.checks.base import Rule
from audit.figures import SCALE_WORDS, Figure, FoundFigure, format_id, is_year
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Sentence
from audit.precision import (
    Interval,
    Verdict,
    expected_text,
    interval_of,
    judge,
    ratio,
    round_to,
)

RULE_ID = "narrative_arithmetic"

_SCALE = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
_UNIT = r"(?:[A-Za-z]+\.?\s+)?"
# Words between "dari" and the base: "total pagu anggaran untuk IKK-1 sebesar". A clause
# break (dan, sedangkan, menjadi ...) or another percentage means the base is elsewhere.
_FILLER = r"(?:(?!\b(?:dan|serta|sedangkan|namun|tetapi|menjadi|atau|yang\s+lalu)\b)[^;%:]){0,80}?"
_SHARE_LINK = re.compile(rf"^\s*{_UNIT},?\s*(?:atau|yaitu|setara(?:\s+dengan)?)\s*(?:sebesar\s*)?$",
                         re.IGNORECASE)
_OF_BASE = re.compile(rf"^\s*,?\s*(?:dari|terhadap)\s+{_FILLER}\s*$", re.IGNORECASE)
_OF_TARGET = re.compile(
    rf"^\s*{_UNIT},?\s*dari\s+(?:(?:total|jumlah|nilai)\s+)?(?:target|pagu|rencana){_FILLER}$",
    re.IGNORECASE)
_THEN_PERCENT = re.compile(
    rf"^\s*{_UNIT},?\s*(?:atau|\(\s*capaian|,?\s*capaian|dengan\s+capaian|sehingga\s+capaian)"
    r"\s*(?:kinerja\s+)?(?:sebesar\s+|mencapai\s+|adalah\s+)?$",
    re.IGNORECASE)
_TARGET_WORD = re.compile(r"\btarget\b", re.IGNORECASE)
# Before a realisation: a figure that is itself a target or a budget is not the numerator.
_NOT_NUMERATOR = re.compile(r"\b(target|pagu|rencana)\b[^0-9]{0,30}$", re.IGNORECASE)
_TWO_TARGETS = re.compile(r"\b(awal|semula)\b.*\b(revisi|perubahan|akhir)\b|"
                          r"\b(revisi|perubahan)\b.*\b(awal|semula)\b", re.IGNORECASE)

_CHANGE_VERB = r"(?:naik|turun|meningkat|menurun|kenaikan|penurunan|peningkatan|bertambah|" \
               r"berkurang|pertambahan|pengurangan)"
_VERB_BEFORE = re.compile(rf"\b{_CHANGE_VERB}\s+(?:sebesar\s+|sebanyak\s+|hingga\s+)?$",
                          re.IGNORECASE)
_D_TO_A = re.compile(rf"^\s*{_UNIT},?\s*(?:yaitu\s+)?dari\s+{_FILLER}$", re.IGNORECASE)
_A_TO_B = re.compile(rf"^\s*{_UNIT},?\s*{_FILLER}\bmenjadi\s+(?:sebesar\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:dari|semula)\b[^0-9%]{0,60}$", re.IGNORECASE)
_B_TO_D = re.compile(
    rf"^\s*{_UNIT},?\s*(?:atau|sehingga|yang\s+berarti)?\s*(?:terjadi\s+|mengalami\s+|ada\s+)?"
    rf"{_CHANGE_VERB}\s+(?:sebesar\s+|sebanyak\s+)?$",
    re.IGNORECASE)


@dataclass
class _Reading:
    name: str           # how the computation was read, for the message
    computed: Interval
    formula: str        # the computation, printed


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    for sentence in doc.sentences:
        figures = _figures(sentence)
        if len(figures) < 3:
            continue
        _check_shares(sentence, figures, result)
        _check_changes(sentence, figures, result)
    return result


def _figures(sentence: Sentence) -> list[FoundFigure]:
    """Figures that may take part in arithmetic: no years, no codes like ``IKK-1``."""
    text = sentence.text
    out = []
    for found in sentence.figures:
        fig = found.figure
        if fig.dash or is_year(fig):
            continue
        before = text[max(0, found.start - 2):found.start]
        if re.search(r"[A-Za-z][-./]$|[A-Za-z]$", before):
            continue
        out.append(found)
    return out


def _gap(text: str, left: FoundFigure, right: FoundFigure) -> str:
    """The words between two figures, spelled-out amounts and years taken out."""
    gap = text[left.end:right.start]
    gap = re.sub(r"\([^()]*\)", " ", gap)
    gap = re.sub(r"\b(?:19|20)\d\d\b", "TAHUN", gap)
    return gap


def _ones(figure: Figure) -> Interval:
    """The figure as an interval in ones: ``Rp 1,5 miliar`` → 1 450 000 000 … 1 550 000 000."""
    unit = (figure.unit or "").replace("Rp ", "").strip().lower()
    interval = interval_of(figure)
    if unit in SCALE_WORDS and unit in _SCALE:
        interval = interval.scale(Decimal(_SCALE[unit]))
    return interval


def _money(*figures: Figure) -> bool:
    return any((f.unit or "").startswith("Rp") for f in figures)


def _compatible(a: Figure, b: Figure) -> bool:
    """Two figures that may be divided or subtracted: same unit, or one unnamed count."""
    ua, ub = a.unit, b.unit
    if _money(a) or _money(b):
        return _money(a) and _money(b)
    if ua == ub:
        return True
    if "%" in (ua, ub):
        return False
    return ua is None or ub is None


def _check_shares(sentence: Sentence, figures: list[FoundFigure], result: CheckResult) -> None:
    text = sentence.text
    if _TWO_TARGETS.search(text):
        # "target awal … target revisi": two bases in one sentence, no safe pairing.
        return
    for i in range(len(figures) - 2):
        f0, f1, f2 = figures[i:i + 3]
        g01, g12 = _gap(text, f0, f1), _gap(text, f1, f2)
        before = text[figures[i - 1].end if i else 0:f0.start]
        after = text[f2.end:f2.end + 12]
        part = share = base = None
        if f1.figure.is_percent and _SHARE_LINK.match(g01) and _OF_BASE.match(g12) \
                and (not f0.figure.is_percent or f2.figure.is_percent):
            part, share, base, of_text = f0, f1, f2, g12
        elif f0.figure.is_percent and not f1.figure.is_percent and _money(f1.figure) \
                and re.match(r"^\s*,?\s*(?:atau|yaitu)\s+(?:sebesar\s+)?$", g01, re.IGNORECASE) \
                and _OF_BASE.match(g12):
            share, part, base, of_text = f0, f1, f2, g12
        elif f2.figure.is_percent and _OF_TARGET.match(g01) and _THEN_PERCENT.match(g12) \
                and not re.match(r"^\s*\)?\s*dari\b", after, re.IGNORECASE):
            part, base, share, of_text = f0, f1, f2, g01
        if part is None or share is None or base is None:
            continue
        if _NOT_NUMERATOR.search(before) or not _compatible(part.figure, base.figure):
            continue
        if "TAHUN" in of_text:
            # "dari target tahun 2024": a base of another period (a Renstra target, a later
            # year) need not be what the share was computed on.
            continue
        _judge_share(sentence, part.figure, base.figure, share.figure,
                     bool(_TARGET_WORD.search(of_text)), result)


def _judge_share(sentence: Sentence, part: Figure, base: Figure, share: Figure,
                 against_target: bool, result: CheckResult) -> None:
    a, b = _ones(part), _ones(base)
    if b.lo <= 0 or a.hi < 0 or share.value <= 0:
        return
    main = ratio(a, b)
    if main is None:
        return
    readings = [_Reading("realisasi / dasar", main,
                         f"{part.text} / {base.text} × 100")]
    if against_target:
        inverse = ratio(b, a)
        if inverse is not None:
            readings.append(_Reading("target / realisasi (indikator makin kecil makin baik)",
                                     inverse, f"{base.text} / {part.text} × 100"))
    _decide(sentence, share, readings, _money(part, base), "share",
            f"{part.text}|{share.text}|{base.text}", result)


def _check_changes(sentence: Sentence, figures: list[FoundFigure], result: CheckResult) -> None:
    text = sentence.text
    for i in range(len(figures) - 1):
        fa, fb = figures[i], figures[i + 1]
        if not _A_TO_B.match(_gap(text, fa, fb)):
            continue
        delta = None
        if i >= 1:
            fd = figures[i - 1]
            before_d = text[figures[i - 2].end if i >= 2 else 0:fd.start]
            if _D_TO_A.match(_gap(text, fd, fa)) and _VERB_BEFORE.search(before_d):
                delta = fd
        if delta is None and i + 2 < len(figures):
            fd = figures[i + 2]
            before_a = text[figures[i - 1].end if i else 0:fa.start]
            if _FROM_BEFORE.search(before_a) and _B_TO_D.match(_gap(text, fb, fd)):
                delta = fd
        if delta is None:
            continue
        _judge_change(sentence, fa.figure, fb.figure, delta.figure, result)


def _abs_diff(a: Interval, b: Interval) -> Interval:
    d = b - a
    if d.lo >= 0:
        return d
    if d.hi <= 0:
        return Interval(-d.hi, -d.lo)
    return Interval(Decimal(0), max(-d.lo, d.hi))


def _judge_change(sentence: Sentence, a: Figure, b: Figure, d: Figure,
                  result: CheckResult) -> None:
    if not _compatible(a, b):
        return
    ia, ib = _ones(a), _ones(b)
    diff = _abs_diff(ia, ib)
    readings: list[_Reading] = []
    if d.is_percent:
        if a.is_percent and b.is_percent:
            readings.append(_Reading("selisih poin persentase", diff,
                                     f"|{b.text} − {a.text}|"))
        relative = ratio(diff, ia) if ia.lo > 0 else None
        if relative is not None:
            readings.append(_Reading("perubahan relatif", relative,
                                     f"|{b.text} − {a.text}| / {a.text} × 100"))
    elif not a.is_percent and _compatible(a, d) or a.is_percent and d.unit in ("poin", None):
        readings.append(_Reading("selisih", diff, f"|{b.text} − {a.text}|"))
    if not readings:
        return
    _decide(sentence, d, readings, _money(a, b), "change", f"{a.text}|{b.text}|{d.text}",
            result)


def _decide(sentence: Sentence, stated: Figure, readings: list[_Reading], money: bool,
            role: str, anchor: str, result: CheckResult) -> None:
    exact = stated.decimals == 0 and not stated.is_percent
    verdicts = [(judge(stated, r.computed, exact=exact), r) for r in readings]
    if any(v is Verdict.CONSISTENT for v, _ in verdicts):
        result.passed()
        return
    rounding = [r for v, r in verdicts if v is Verdict.ROUNDING]
    if rounding:
        reading, rule, severity = rounding[0], "rounding", Severity.MINOR
    else:
        reading = min(readings, key=lambda r: abs(r.computed.mid - stated.value))
        rule = RULE_ID
        severity = Severity.CRITICAL if money else Severity.MAJOR
    expected = expected_text(stated, reading.computed)
    if role == "share":
        message = (f"{reading.formula} = {expected}, bukan {stated.text} "
                   f"(dibaca sebagai {reading.name}).")
    else:
        message = (f"Perubahan dibaca sebagai {reading.name}: {reading.formula} = {expected}, "
                   f"bukan {stated.text}.")
    if rule == "rounding":
        message += " Selisihnya hanya pada digit terakhir (terpotong, bukan dibulatkan)."
    diff = stated.value - round_to(reading.computed.mid, stated.decimals)
    result.failed(Finding(
        rule=rule,
        severity=severity,
        line=sentence.line,
        stated=stated.text,
        expected=expected,
        message=message,
        difference=format_id(diff, stated.decimals, "poin" if stated.is_percent else None),
        anchor=anchor,
    ))


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Persentase dan selisih yang dihitung dalam satu kalimat sesuai dengan angkanya.",
    doc=__doc__ or "",
    run=check,
)
