"""Claims in prose about an indicator: which indicator, which role, which figure.

A narrative paragraph restates the capaian table in many shapes:

* ``Capaian IKK-4 sebesar 114,23%`` (a code),
* ``Jumlah lulusan ... sebanyak 1.576 orang dari target 1.536 orang, atau capaian 102,60%``
  (the indicator's name, then several figures each with its own role word),
* ``Pelatihan teknologi tepat guna telah diikuti oleh 880 orang dari target 1.200 orang``
  (a loose name that only the matching target confirms).

A figure becomes a claim only when both its indicator and its role are known with
confidence; every other figure is left alone. The rules, in order of strength:

* **Entity.** An indicator code (``IKK-4``, ``IKU 2``, ``4957.BDB``) in the words since the
  previous figure, else the last one earlier in the sentence; else a table indicator whose
  name words are all present before the figure (small typos allowed; one best candidate);
  else an acronym the indicator's name gives itself (``CRR``); else a looser name match
  *corroborated* by another figure of the same sentence that equals that indicator's value
  in its own role (the target quoted beside the realisasi).
* **Role.** The role word nearest before the figure (``target``, ``realisasi``, ``capaian``;
  quantifiers such as ``sebanyak``/``mencapai`` read as realisasi), or ``X dari target Y``
  (X is the realisasi). A percentage with no role word is a capaian when the indicator's
  realisasi is not itself a percentage.
* **Period.** Sentences naming another year than the report's own, and figures next to
  change or revision words (``naik``, ``menjadi``, ``target awal``), are not claims: the
  figure may be a change or another period's value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, partial

from audit.chapters import chapter_of, chapter_starts
from audit.facts import (
    END_TARGET_RE,
    INDICATOR_CODE_RE,
    YEAR_RE,
    Entity,
    Mention,
    Period,
    agree,
    comparable_units,
    indicator_unit,
    name_tokens,
    normalise_code,
    normalise_indicator_code,
    qualifier_of,
    report_year,
    same_entity,
    summary_range,
    table_mentions,
    token_equal,
)
from audit.figures import FoundFigure, is_year
from audit.model import Document, Sentence
from audit.prose import MAX_STATEMENT_FIGURES
from audit.sections import RunIn, headings

_QUARTER_RE = re.compile(r"\b(?:tw|triwulan)\s*\.?\s*(iv|iii|ii|i|[1-4])\b", re.IGNORECASE)
_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}
# ("capaiannya 95,76%": the role word with its possessive suffix)
_STRONG_ROLE_RE = re.compile(r"\b(target|realisasi|realiasi|capaian)(?:nya)?\b", re.IGNORECASE)
_WEAK_ROLE_RE = re.compile(r"\b(sebanyak|sejumlah|mencapai|tercapai|terealisasi|sebesar|"
                           r"tercatat)\b",
                           re.IGNORECASE)
_QUANTIFIER_RE = re.compile(r"\b(sebanyak|sejumlah|sebesar)\b", re.IGNORECASE)
_BUDGET_RE = re.compile(r"\b(anggaran|keuangan|pagu|penyerapan|serapan|dana|biaya|belanja|"
                        r"rupiah|fisik)\b", re.IGNORECASE)
_CHANGE_RE = re.compile(
    r"\b(selisih|perubahan|revisi|awal|semula|menjadi|dibandingkan|dibanding|kenaikan|"
    r"penurunan|rata-rata|rata|kumulatif|semester|lalu|sebelumnya|batas|lebih|kurang|poin|"
    r"terpaut|tertinggal)\b",
    re.IGNORECASE,
)
# Verbs of change name a change only next to the figure: "meningkat sebesar 5%", not an
# indicator called "Jumlah tenaga kerja yang meningkat produktivitasnya".
_CHANGE_VERB_RE = re.compile(
    r"\b(naik|turun|diturunkan|dinaikkan|meningkat|menurun|bertambah|berkurang|melebihi|"
    r"melampaui|tumbuh)\s+(?:(?:sebesar|sebanyak|menjadi|hingga|sampai|mencapai|dari|sekitar|"
    r"cukup|signifikan|secara|yaitu)\s+){0,3}$", re.IGNORECASE)
# "target awal ... perubahan": the sentence speaks of two periods; "awal tahun" is not one,
# but "Perjanjian Kinerja awal Tahun 2025" is the first version of that year's plan
_REVISION_RE = re.compile(r"\b(revisi|perubahan|semula|direvisi)\b|\bawal\b(?!\s+tahun)|"
                          r"\b(?:kinerja|pk|target|pagu|dpa|dipa|anggaran|apbd)\s+awal\b",
                          re.IGNORECASE)
_DARI_TARGET_RE = re.compile(r"^\s*[A-Za-z%]{0,12}\s*(?:dari|terhadap)\s+target\b", re.IGNORECASE)
_OF_BUDGET_RE = re.compile(r"^\W{0,3}(?:dari|terhadap)\s+(?:total\s+)?(?:pagu|anggaran|dana)\b",
                           re.IGNORECASE)
_OF_TOTAL_RE = re.compile(r"^\s*[A-Za-z]{0,12}\s*(?:dari|terhadap)\s+(?:total|jumlah|seluruh)\b",
                          re.IGNORECASE)


_AVERAGE_NAME_RE = re.compile(r"\b(?:rata-rata|rata)\b", re.IGNORECASE)


def _named_indicators(doc: Document, word: re.Pattern[str]) -> list[frozenset[str]]:
    """The distinctive words of indicators whose own name holds a word that would otherwise
    set a figure aside (``Persentase efisiensi hasil tender/seleksi terhadap pagu``,
    ``Rata-rata waktu pelayanan ...``): at least two besides that word and the words every
    indicator's name uses."""
    out = set()
    for m in table_mentions(doc):
        if m.attribute.startswith("kinerja:") and word.search(m.entity.name):
            words = name_tokens(m.entity.name) - _GENERIC_NAME_WORDS
            words = frozenset(w for w in words if not word.fullmatch(w))
            if len(words) >= 2:
                out.add(words)
    return list(out)


def _names_indicator(before: str, named: list[frozenset[str]]) -> bool:
    """``Efisiensi hasil tender/seleksi mencapai 9,38% dari pagu``: the word that would set
    the figure aside (a budget's, an average's) is part of the indicator the sentence names
    (every distinctive word of it before the figure), not a budget the figure is a share of
    nor an average of others."""
    if not named:
        return False
    said = name_tokens(before)
    return any(words <= said for words in named)


def _average_names_indicator(window: str, named: list[frozenset[str]]) -> bool:
    """The last ``rata-rata`` before the figure opens the name of an indicator that is an
    average (most of its distinctive words follow it): ``rata-rata waktu pelayanan ...
    53,32 menit``, not ``..., dengan rata-rata capaian 96,97%``."""
    last = list(_AVERAGE_NAME_RE.finditer(window))
    if not last:
        return False
    said = name_tokens(window[last[-1].end():])
    return any(len(words & said) * 5 >= len(words) * 4 for words in named)


@dataclass(frozen=True)
class RoleClaim:
    """One figure of a sentence and the role its words give it (entity decided later)."""

    sentence: Sentence
    found: FoundFigure
    role: str | None  # "target" | "realisasi" | "capaian" | None
    window: str  # the words since the previous figure
    prefix: str  # the sentence up to the figure
    codes_in_window: tuple[str, ...]
    codes_before: tuple[str, ...]
    # an earlier year the words bind the figure to ("realisasi tahun 2024 sebesar 70,62%");
    # None: the report's own period
    year: str | None = None


def quarters_in(text: str) -> set[str]:
    return {_ROMAN.get(q.lower(), q.lower()) for q in _QUARTER_RE.findall(text)}


def report_quarter(doc: Document) -> str | None:
    """The quarter a quarterly (PP 39) report is about, when its first page names one."""
    counts: Counter[str] = Counter()
    for text in doc.lines[:60]:
        if len(text) <= 100 and not text.rstrip().endswith("."):  # a title, not a sentence
            counts.update(quarters_in(text))
    if not counts:
        return None
    (quarter, n), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == n else quarter


def _code_spans(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), normalise_indicator_code(m.group(1), m.group(2)))
            for m in INDICATOR_CODE_RE.finditer(text)]


# a figure right after a multiplication or division sign is an operand of a printed
# formula ("× 100%"), not a claim; after "=" it is the formula's result, which may be one
# ("realisasi dibagi target dikali 100%": a formula's constant, in symbols or in words)
_FORMULA_OPERAND_RE = re.compile(r"(?:[x×*/]|\b(?:dikali(?:kan)?|kali|dibagi|per))\s*\(?\s*$",
                                 re.IGNORECASE)
# "3 (tiga) indikator melampaui target": a count of the report's indicators or sasaran,
# never the value of one of them
_COUNT_OF_INDICATORS_RE = re.compile(r"\s*(?:\([a-z\s-]+\)\s*)?(?:indikator|sasaran|iku)\b",
                                     re.IGNORECASE)


# "Target ... dinaikkan dari 40 desa menjadi 45 desa": a plan changed, not a value reached
_PLANNED_RE = re.compile(r"\btarget|\bdi(?:naik|turun|ubah|sesuai|longgar|tetap|revisi)\w*",
                         re.IGNORECASE)
_ARRIVED_AT_RE = re.compile(r"\b(?:(?:naik|meningkat|bertambah|tumbuh|turun|menurun|berkurang)"
                            r"\s+)?menjadi\s+(?:sebanyak\s+|sebesar\s+)?$", re.IGNORECASE)
_ACHIEVEMENTS_RE = re.compile(r"(?:capaian|realisasi)\s+(?:kinerja\s+)?(?:utama|penting|"
                              r"menonjol|strategis)\b|(?:capaian|realisasi)\b.*\bantara\s+lain\b",
                              re.IGNORECASE)


EXCESS_RE = re.compile(r"\b(?:melebihi|melampaui|di\s+atas|di\s+bawah|kurang\s+dari)\s+"
                       r"target\w*\s+(?:sebanyak|sebesar|sejumlah)\s*$", re.IGNORECASE)
# the rest or the gap of a role: "sisa target penanganan RTLH sebanyak", "kekurangan target"
_REMAINDER_OF_ROLE_RE = re.compile(r"\b(?:sisa|kekurangan|selisih|sisanya)\s+(?:dari\s+)?"
                                   r"(?:target|realisasi|capaian)\b[^.;\d]{0,60}$",
                                   re.IGNORECASE)
_ATTAINED_RE = re.compile(r"\b(?:mencapai|melampaui|melebihi|memenuhi)\s*$", re.IGNORECASE)


def role_of(window: str, after: str, percent: bool = False) -> str | None:
    """The role the words around a figure give it, or None when they name none."""
    if re.search(r"[x×*/=]\s*\(?\s*$", window):
        return None  # "capaian = (target / realisasi) x 100%": a formula, not a figure
    if EXCESS_RE.search(window):
        return None  # "melebihi target sebanyak 179 orang": the excess, no target
    if _REMAINDER_OF_ROLE_RE.search(window):
        return None  # "sisa target ... sebanyak 1.016 unit": what is left of it, no target
    near = " ".join(window.split()[-5:])
    if _DARI_TARGET_RE.match(after) and re.fullmatch(r"\W*(atau|yaitu|setara(\s+dengan)?)\s*",
                                                     window, re.IGNORECASE):
        return "capaian"  # "mencapai 93,33%, atau 103,70% dari target": the same, as a rate
    if _DARI_TARGET_RE.match(after) and not re.search(r"\bcapaian\b", near, re.IGNORECASE):
        return "realisasi"
    strong = list(_STRONG_ROLE_RE.finditer(window))
    weak = list(_WEAK_ROLE_RE.finditer(window))
    last_strong = strong[-1] if strong else None
    if last_strong is not None and _ACHIEVEMENTS_RE.match(window, last_strong.start()):
        # "Beberapa capaian utama antara lain BOR sebesar 71,08%": achievements listed, the
        # word names no role of the figures that follow
        last_strong = None
    if last_strong is not None and _ATTAINED_RE.search(window[:last_strong.start()]) \
            and len(window[last_strong.end():].split()) > 3:
        # "indikator yang belum mencapai target adalah persentase pengaduan ... (93,55%)":
        # the target is what was (not) reached; the figure after the name is the value
        last_strong = None
    last_weak = weak[-1] if weak else None
    if last_weak is not None and (last_strong is None or last_weak.start() > last_strong.end()):
        between = window[last_strong.end():last_weak.start()] if last_strong else ""
        if percent and (last_weak.group(0).lower() == "tercapai"
                        and (last_strong is None or len(between.split()) > 3)
                        or last_weak.group(0).lower() == "mencapai" and last_strong is None):
            # "indikator ini tercapai 103,04%": the rate of its target, or the realisation of
            # a percentage indicator; the table's cells decide (_attained_role); so with
            # "mencapai" and no role word at all ("indikator ... RKPD mencapai 85,50%")
            return "tercapai"
        # "target sebanyak 20": a quantifier right after a role word keeps that role;
        # so does "mencapai" after "capaian" ("capaian indikator ini mencapai 105,23%")
        if last_strong is not None and len(between.split()) <= 3 \
                and (_QUANTIFIER_RE.fullmatch(last_weak.group(0))
                     or last_strong.group(1).lower() == "capaian"
                     and last_weak.group(0).lower() == "mencapai"):
            return _strong_role(last_strong.group(1))
        if last_weak.group(0).lower() == "sebesar":
            # "capaian ... sebesar 95%" names the role; across an indicator's name ("Capaian
            # utama antara lain Angka Kematian Ibu sebesar 88,42") it does not
            return _strong_role(last_strong.group(1)) \
                if last_strong and len(between.split()) <= 4 else None
        return "realisasi"
    if last_strong is not None:
        return _strong_role(last_strong.group(1))
    return None


# "94,81% dari target Renstra 100.000 ha": a share of the plan's end target
_OF_END_TARGET_RE = re.compile(r"[\s%]*(?:dari|terhadap|atas)\s+target\s+(?:akhir\s+)?"
                               r"(?:renstra|rpjmd|jangka\s+menengah)\b", re.IGNORECASE)
REFERENCE_BEFORE_RE = re.compile(
    r"\b(?:tabel|table|gambar|grafik|diagram|lampiran|bab|pasal|ayat|nomor|no\.)\s*$",
    re.IGNORECASE)
_BOUND_BEFORE_RE = re.compile(r"\b(?:di\s+(?:bawah|atas)|kurang\s+dari|lebih\s+dari|mendekati|"
                              r"hampir)\s*$", re.IGNORECASE)
# "7/11 atau 63,64%": a fraction the rate after it restates
_FRACTION_BEFORE_RE = re.compile(r"\d[\d.,]*\s*/\s*\d[\d.,]*\s*(?:atau|=|,|yaitu)\s*$",
                                 re.IGNORECASE)
# "kategori tinggi (70 sampai dengan kurang dari 80)", "rentang 76,61 – 88,30": the ends of a
# range, a scale's band and no value of the indicator
_RANGE_AFTER_RE = re.compile(r"\s*%?\s*(?:sampai\s+dengan|s\.\s?d\.?|s/d|hingga|–|-)\s*"
                             r"(?:kurang\s+dari\s+|<\s*)?\d")
_RANGE_BEFORE_RE = re.compile(r"\d\s*%?\s*(?:sampai\s+dengan|s\.\s?d\.?|s/d|hingga|–|-)\s*"
                              r"(?:kurang\s+dari\s+|<\s*)?$")
# "Inpari 32 HDB", "KM Sabuk Nusantara 45 Baru": a capitalised word, a bare number, and a
# capitalised word or code after it are one name (not the sentence's first word)
_NAME_NUMBER_BEFORE_RE = re.compile(r"[a-z,]\s+[A-Z][a-z]+\s$")
_NAME_NUMBER_AFTER_RE = re.compile(r"\s[A-Z][A-Za-z]+\b")


def _strong_role(word: str) -> str:
    word = word.lower()
    return "realisasi" if word == "realiasi" else word


# "(2 x target - realisasi) / target x 100": a factor of a formula written in words
_TIMES_A_ROLE_RE = re.compile(r"\s*[x×*]\s*\(?\s*(?:target|realisasi|capaian|pagu|rencana)\b",
                              re.IGNORECASE)


def role_claims(doc: Document) -> list[RoleClaim]:
    """Figures of prose sentences that may be claims about an indicator, with their role.

    Money, years, figures beside budget words, change words or another year are left out.
    Worked out once per document (claim linking and narrative_arithmetic both read them).
    """
    memo = doc.__dict__.get("_role_claims")
    if memo is None:
        memo = doc.__dict__["_role_claims"] = _role_claims(doc)
    return memo


def _role_claims(doc: Document) -> list[RoleClaim]:
    year = report_year(doc)
    quarter = report_quarter(doc)
    claims: list[RoleClaim] = []
    budget_named = _named_indicators(doc, _BUDGET_RE)
    average_named = _named_indicators(doc, _AVERAGE_NAME_RE)
    for sentence in doc.sentences:
        text = sentence.text
        if len(sentence.figures) > MAX_STATEMENT_FIGURES:
            continue  # a table run into one line: no statement about an indicator
        claims += _end_target_claims(sentence)
        years = set(YEAR_RE.findall(text))
        earlier = years - {year} if year is not None else set()
        # "TPT tahun 2025 sebesar 5,31%, ... menurun dibandingkan tahun 2023 dan 2024": the
        # other years are compared with, the figure its words bind to this year is a claim
        several = bool(earlier) and (len(earlier) > 1 or not all(y < year for y in earlier))
        if several and not (year and _this_year_binding(year, False).search(text)):
            continue
        if _REVISION_RE.search(text):
            continue
        quarters = quarters_in(text)
        if quarters and quarters != {quarter}:
            continue  # another quarter's figure, or a comparison between quarters
        spans = _code_spans(text)
        figures = [ff for ff in sentence.figures
                   if not any(s <= ff.start < e for s, e, _ in spans)]
        previous_end = 0
        for index, ff in enumerate(figures):
            window = text[previous_end:ff.start]
            previous_end = ff.end
            fig = ff.figure
            if fig.is_money or (fig.unit or "").startswith("Rp") or is_year(fig) or fig.dash:
                continue
            if _FORMULA_OPERAND_RE.search(window) \
                    or re.match(r"\s*%?\s*[/×*:]\s*\(?\s*\d", text[ff.end:]) \
                    or _TIMES_A_ROLE_RE.match(text, ff.end):
                # "capaian = (target / realisasi) × 100%": a formula's constant; "dihitung
                # 12,0 / 12,8 × 100%": its operands
                continue
            if REFERENCE_BEFORE_RE.search(window):
                continue  # "skala pada Tabel 3.1": a table's number, not a quantity
            if _BOUND_BEFORE_RE.search(window):
                continue  # "sedikit di bawah 100%": a bound it is compared with, no value
            if _RANGE_AFTER_RE.match(text, ff.end) \
                    or _RANGE_BEFORE_RE.search(text, 0, ff.start):
                continue
            if _NAME_NUMBER_BEFORE_RE.search(window) and not fig.unit and not fig.decimals \
                    and _NAME_NUMBER_AFTER_RE.match(text, ff.end):
                continue  # "varietas Inpari 32 HDB": a number inside a name
            if _COUNT_OF_INDICATORS_RE.match(text, ff.end):
                continue
            next_start = figures[index + 1].start if index + 1 < len(figures) else len(text)
            after = text[ff.end:min(next_start, ff.end + 40)]
            bound = bound_role = None
            this_year = None
            last_year = _LAST_YEAR_BINDING.search(text[max(0, ff.start - 60):ff.start]) \
                if year is not None and not earlier else None
            if last_year is not None:
                # "Dibandingkan realisasi tahun lalu sebesar 49,71": last year's realisasi
                bound = str(int(year) - 1)
                bound_role = (last_year.group("role") or "realisasi").lower()
            elif several:
                this_year = _this_year_binding(year).search(text[max(0, ff.start - 60):ff.start])
                if this_year is None:
                    continue
            elif earlier:
                # a sentence about another year: only a figure its words bind to that year
                # ("realisasi tahun 2024 sebesar 70,62%") is a claim, about that year; the
                # comparison word before it ("Dibandingkan") introduces that value
                (other,) = earlier
                binding = _PRIOR_YEAR_BINDING.search(text[max(0, ff.start - 60):ff.start])
                if binding is None or other not in binding.group(0):
                    continue
                bound, bound_role = other, binding.group("role").lower()
            elif year is not None:
                # "Prevalensi stunting Tahun 2025 sebesar 15,94%": the words bind the figure
                # to the report's own year, the indicator's value for it
                this_year = _this_year_binding(year).search(text[max(0, ff.start - 60):ff.start])
            if (_BUDGET_RE.search(window) or _OF_BUDGET_RE.match(after)
                    or _OF_TOTAL_RE.match(after)) \
                    and not _names_indicator(text[:ff.start], budget_named):
                continue
            change = _CHANGE_RE.search(window)
            if change and _AVERAGE_NAME_RE.fullmatch(change.group(0)) \
                    and _average_names_indicator(window, average_named) \
                    and not _CHANGE_RE.search(window.replace(change.group(0), " ")):
                # "rata-rata waktu pelayanan ... 53,32 menit": the indicator's own name
                change = None
            # "ruang lingkup terakreditasi bertambah menjadi 48 metode", in a sentence of the
            # report's own year: the value arrived at is the year's realisasi
            arrived = year is not None and not earlier and not quarters \
                and _ARRIVED_AT_RE.search(window) is not None \
                and not _CHANGE_RE.search(_ARRIVED_AT_RE.sub(" ", window)) \
                and not _PLANNED_RE.search(text[:ff.start]) \
                and not re.search(r"\bdari\b(?:(?!,\s|;).)*$", text[:ff.start], re.IGNORECASE)
            if arrived:
                change = None
            elif not bound and (change
                                or _CHANGE_VERB_RE.search(window.rstrip() + " ")) \
                    or re.match(r"\W*\s*(menjadi|naik|turun)\b", after):
                continue
            if arrived and re.match(r"\W*\s*(menjadi|naik|turun)\b", after):
                continue
            if index > 0 and (figures[index - 1].figure.unit or "").startswith("Rp") \
                    and len(window.split()) <= 2:
                continue  # "Rp 1.480.751.351 atau 93,00%": a share of money
            if (fraction := _FRACTION_BEFORE_RE.search(text, 0, ff.start)) is not None:
                # "realisasi IKU 3 sebesar 7/11 atau 63,64%": the rate restates the fraction,
                # whose role the words before it give
                window = text[max((f.end for f in figures if f.end <= fraction.start()),
                                  default=0):fraction.start()]
            role = role_of(window, after, fig.is_percent) if bound is None else bound_role
            if arrived:
                # the role words of its own clause ("... dari target), ruang lingkup ...
                # bertambah menjadi 48": the target is the clause before's)
                role = role_of(re.split(r"[,;)]", window)[-1], after, fig.is_percent)
            if (this_year is not None or arrived) and role is None:
                role = "realisasi"  # an indicator's value for the year is its realisasi
            if role in ("target", "capaian") and (END_TARGET_RE.search(text[:ff.start])
                                                  or _OF_END_TARGET_RE.match(after)):
                # "dari target akhir 65,00%, atau capaian 65,85%": measured against the
                # plan's end target, not the year's target and capaian
                role = None
            elif role is None and fig.is_percent and END_TARGET_RE.search(text[:ff.start]):
                # "Capaian terhadap target akhir Renstra tertinggi terdapat pada indikator NTN
                # sebesar 99,37%": a rate of the end target, no claim of the year's capaian
                continue
            if _SHARE_OF_WHOLE_RE.search(re.split(r"[;]|\bsedangkan\b",
                                                  text[max(0, ff.start - 120):ff.start])[-1]):
                # "kontribusi perikanan tangkap sebesar 67,20% dan perikanan budidaya sebesar
                # 32,80%": shares of a total, no indicator's value
                continue
            claims.append(RoleClaim(
                sentence=sentence, found=ff, role=role, window=window,
                prefix=text[:ff.start],
                codes_in_window=tuple(c for s, _, c in spans if _in_window(s, ff, window)),
                codes_before=tuple(c for s, _, c in spans if s < ff.start),
                year=bound,
            ))
    return claims


# words between "target akhir" and a figure that make the figure something else than the
# end target itself ("terhadap target akhir telah mencapai 98,77%": the progress towards it)
_NOT_THE_END_TARGET_RE = re.compile(r"\b(?:kemajuan|capaian\w*|realisasi\w*|tercapai|mencapai|"
                                    r"terealisasi|selisih|kurang|lebih|terpaut|naik|turun)\b",
                                    re.IGNORECASE)
_END_TARGET_WORDS_RE = re.compile(r"\btarget\s+akhir\b(?:\s+(?:periode\s+)?(?:renstra|rpjmd))?",
                                  re.IGNORECASE)
END_TARGET_REACH = 120  # characters from "target akhir" to the figure it states (a name between)


def _end_target_claims(sentence: Sentence) -> list[RoleClaim]:
    """``Target akhir Renstra untuk indikator ini ditetapkan sebesar 97,50%``: the figure
    right after the words naming the plan's end target states that target (whatever year
    the sentence names beside it), a quantity of its own, tied to the tables' end-target
    columns."""
    text = sentence.text
    out: list[RoleClaim] = []
    spans = _code_spans(text)
    # ("target Renstra tahun 2025" is the plan's target for the year, not its end target)
    for m in _END_TARGET_WORDS_RE.finditer(text):
        following = [f for f in sentence.figures if f.start >= m.end()]
        if not following or is_year(following[0].figure):
            following = following[1:] if following else []
        if not following:
            continue
        ff = following[0]
        window = text[m.end():ff.start]
        fig = ff.figure
        if re.search(r"\b(?:terhadap|atas)\s+$", text[:m.start()], re.IGNORECASE):
            continue  # "capaian terendah terhadap target akhir Renstra adalah ... (78,57%)"
        if len(window) > END_TARGET_REACH or _NOT_THE_END_TARGET_RE.search(window) \
                or fig.is_money or (fig.unit or "").startswith("Rp") or is_year(fig) \
                or fig.dash or re.match(r"\s*%?\s*[/×*:]", text[ff.end:]):
            continue
        out.append(RoleClaim(
            sentence=sentence, found=ff, role="akhir", window=window, prefix=text[:ff.start],
            codes_in_window=tuple(c for s, _, c in spans if _in_window(s, ff, window)),
            codes_before=tuple(c for s, _, c in spans if s < ff.start)))
    return out


@cache
def _this_year_binding(year: str, at_end: bool = True) -> re.Pattern[str]:
    """``tahun 2025 sebesar``: the report's year, then only linking words up to the figure."""
    return re.compile(rf"\b(?:tahun|th\.?)\s*{year}\s*(?:\(\s*|,\s*)?(?:sebesar|yaitu|yakni|"
                      r"adalah|mencapai|tercatat)\s*" + ("$" if at_end else r"\d"),
                      re.IGNORECASE)


# "realisasi tahun 2024 sebesar", "capaian pada tahun 2023 yaitu", "target 2024 (": a role
# word, the year, and nothing but linking words before the figure
_PRIOR_YEAR_BINDING = re.compile(
    r"\b(?P<role>realisasi|capaian|target)\s+(?:pada\s+)?(?:tahun\s+|th\.?\s*)?(?:19|20)\d\d\s*"
    r"(?:\(\s*|,\s*)?(?:sebesar|yaitu|yakni|adalah|mencapai|tercatat|hanya)?\s*$",
    re.IGNORECASE)


# "realisasi tahun lalu sebesar 49,71", "dibanding tahun lalu yang sebesar 81,47": last
# year's value (its realisasi where no role is named)
_LAST_YEAR_BINDING = re.compile(
    r"\b(?:(?P<role>realisasi|capaian|target)|dibandingkan|dibanding|daripada|terhadap)\s+"
    r"(?:pada\s+|dengan\s+)?tahun\s+(?:lalu|sebelumnya)\s*"
    r",?\s*(?:yang\s+)?(?:sebesar|yaitu|yakni|adalah|mencapai|tercatat|hanya)?\s*$",
    re.IGNORECASE)


def _in_window(start: int, ff: FoundFigure, window: str) -> bool:
    """Whether a code starting at ``start`` lies in the window that ends at the figure."""
    return ff.start - len(window) <= start < ff.start


# --------------------------------------------------------------------------- linking

_NOT_NAME_WORDS = {"target", "realisasi", "realiasi", "capaian", "sebanyak", "sejumlah",
                   "sebesar", "mencapai", "tercapai", "terealisasi", "indikator", "kinerja",
                   "adalah", "orang", "persen", "sehingga", "atau", "telah", "sampai", "hingga"}

# a role named in so many words ("mencapai 54,04%" may be anything's share)
_EXPLICIT_ROLE_RE = re.compile(r"\b(?:realisasi|capaian|target)\w*\b", re.IGNORECASE)
# words that name no indicator on their own: a shortened name must share another
_GENERIC_NAME_WORDS = frozenset(_NOT_NAME_WORDS | {
    "jumlah", "total", "persentase", "nilai", "tingkat", "indeks", "angka", "rasio", "rata",
    "tahun", "layanan", "pelayanan", "daerah", "kabupaten", "kota", "dinas", "masyarakat"})


@dataclass
class LinkedClaim:
    """A prose figure tied to the table cells that state the same quantity."""

    claim: Mention
    cells: list[Mention]
    how: str  # "kode", "singkatan", "nama", "judul", "judul+nama", "nama+nilai" or "nama+unik":
    # how it was recognised
    candidates: list[Mention]  # every table mention of the indicator, in any role


def _matched(entity_tokens: frozenset[str], words: frozenset[str]) -> int:
    return sum(1 for t in entity_tokens if t in words or any(token_equal(t, w) for w in words))


def _by_code(code: str, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.entity.code and normalise_code(m.entity.code) == code]


class _Catalog:
    """The table indicators a document's claims may name, indexed once per document: by
    name word, and each with the mentions of every entity that is the same indicator."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.of: dict[Entity, list[Mention]] = {}
        for m in mentions:
            self.of.setdefault(m.entity, []).append(m)
        self.by_word: dict[str, set[Entity]] = {}
        for entity in self.of:
            for token in entity.tokens:
                self.by_word.setdefault(token, set()).add(entity)
        self._alike: dict[Entity, set[Entity]] = {}

    def alike(self, entity: Entity) -> set[Entity]:
        if entity not in self._alike:
            near = {e for t in entity.tokens for e in self.by_word.get(t, ())}
            if entity.code:
                near |= {e for e in self.of if e.code == entity.code}
            self._alike[entity] = {e for e in near | {entity}
                                   if e == entity or same_entity(e, entity)}
        return self._alike[entity]

    def mentions_of(self, entities: set[Entity]) -> list[Mention]:
        alike = set().union(*(self.alike(e) for e in entities)) if entities else set()
        return sorted((m for e in alike for m in self.of[e]), key=lambda m: m.line)


UNIQUE_NAME_SHARE = 0.6  # of an indicator's name words a lone loose name must use


CORROBORATED_NAME_WORDS = 4


def _by_name(prefix: str, catalog: _Catalog, loose: bool,
             keep: Callable[[Entity], bool] = lambda e: True,
             unique: bool = False, enough_words: int | None = None) -> list[Mention]:
    """Mentions of the indicator(s) the text names best, among those ``keep`` accepts
    (with ``unique``: only when the text names one indicator and no other; with
    ``enough_words``: a long name is named by that many of its words, however long it is)."""
    words = name_tokens(prefix) - _NOT_NAME_WORDS
    if not words:
        return []
    shared: dict[Entity, int] = {}
    for w in words:
        for e in catalog.by_word.get(w, ()):
            shared[e] = shared.get(e, 0) + 1
    scored: dict[Entity, tuple[int, float]] = {}
    for entity, exact in shared.items():
        tokens = entity.tokens - _NOT_NAME_WORDS
        alias = _acronym_alias(entity.name)
        if alias and alias not in words and len(tokens) > 3:
            # "Indeks Pemberdayaan Gender" names "... Gender (IDG)" in full without the
            # acronym in brackets that abbreviates it
            tokens = tokens - {alias}
        if len(tokens) < (2 if loose else 3):
            continue
        # Fuzzy matches (typos) add to the exact ones, but rarely more than two of them.
        if exact < 2 or exact + 2 < len(tokens) * (0.5 if loose else 1.0):
            continue
        hits = _matched(tokens, words)
        scored[entity] = (hits, hits / len(tokens))
    floor = 0.5 if loose else 1.0
    named = {e: s for e, s in scored.items() if s[1] >= floor and s[0] >= 2
             or enough_words is not None and s[0] >= enough_words}
    if unique:
        # a name standing alone (no other figure to confirm it): most of the indicator's
        # words, three at least, and no second indicator named as well
        if len({frozenset(catalog.alike(e)) for e in named}) > 1:
            return []
        named = {e: s for e, s in named.items() if s[0] >= 3 and s[1] >= UNIQUE_NAME_SHARE}
    if loose and len(named) > 1:
        # A loose name is trusted only for the indicator named last before the figure: an
        # earlier one that another figure corroborates is not the one this figure is about.
        last = _named_last(prefix, set(named))
        named = {e: s for e, s in named.items() if e in last}
    good = {e: s for e, s in named.items() if keep(e)}
    if not good:
        return []
    # "AKI turun menjadi 88,42 ..., AKB sebesar 7,96 (capaian 106,78%)": when a sentence
    # names several indicators, a figure belongs to the one named last before it (however
    # many words an earlier one's longer name shares); of those, the best named
    top = _named_last(prefix, set(good)) if len(good) > 1 else set(good)
    best = max(good[e][0] for e in top)
    top = {e for e in top if good[e][0] == best}
    return catalog.mentions_of(top)


_TRAILING_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)\s*(?:\*\))?\s*$")


def _acronym_alias(name: str) -> str | None:
    """The acronym a name carries in brackets after itself (``Indeks ... Gender (IDG)``)."""
    m = _TRAILING_ACRONYM_RE.search(name.strip())
    return m.group(1).lower() if m else None


def _named_last(prefix: str, entities: set[Entity]) -> set[Entity]:
    """Of several indicators a text names, the one(s) whose name ends nearest its end."""
    order = re.findall(r"[a-z][a-z0-9]+", prefix.lower())
    common = frozenset.intersection(*(e.tokens for e in entities))

    def reach(entity: Entity) -> int:
        # only the words that tell the names apart ("ibu" / "bayi", not "angka kematian")
        own = entity.tokens - _NOT_NAME_WORDS - common
        return max((i for i, w in enumerate(order)
                    if w in own or any(token_equal(w, t) for t in own)), default=-1)

    latest = max(reach(e) for e in entities)
    return {e for e in entities if reach(e) == latest}


def _cells(candidates: list[Mention], role: str, claim: Mention, period: Period,
           cumulative_too: bool = False) -> list[Mention]:
    """The cells stating the claim's quantity in the report's own period. A quarterly
    report's claim that names no quarter may restate the quarter or the cumulative column
    (when the two differ, the cells disagree and nothing is judged)."""
    accepted = {None, period.qualifier}
    if cumulative_too and period.qualifier and period.qualifier.startswith("tw "):
        accepted.add("s.d. " + period.qualifier)
    # (the plan's end target is the end year's, whatever the report's own year)
    return [m for m in candidates if m.attribute == f"kinerja:{role}"
            and (role == "akhir" or m.period.qualifier in accepted
                 and (m.period.year is None or period.year is None
                      or m.period.year == period.year))
            and comparable_units(m, claim)]


def _claim_mention(rc: RoleClaim, entity: Entity, role: str, in_summary: bool) -> Mention:
    return Mention(entity=entity, attribute=f"kinerja:{role}", period=Period(rc.year, None),
                   figure=rc.found.figure, line=rc.sentence.line_of(rc.found.start),
                   in_summary=in_summary)


def _role_for(rc: RoleClaim, candidates: list[Mention]) -> str | None:
    if rc.role is not None:
        return rc.role
    if not rc.found.figure.is_percent:
        # "rata-rata waktu pelayanan ... 53,32 menit": a value in the indicator's own unit,
        # said without a role word, is what was done (a target is said to be one)
        follows = re.match(r"\s*([A-Za-z]+)", rc.sentence.text[rc.found.end:])
        unit = (rc.found.figure.unit or (follows.group(1) if follows else "")).lower()
        units = {(indicator_unit(m) or "").lower() for m in candidates
                 if m.attribute == "kinerja:realisasi"}
        # (a measure printed with decimal commas, "54,80 menit": never a count of some
        # subset, "142 proyek", nor an item's number, "1.1")
        if unit and units == {unit} and unit not in UNIT_WORDS_GENERIC \
                and rc.found.figure.decimals > 0 and "," in rc.found.figure.text \
                and not _PLANNED_RE.search(rc.window):
            return "realisasi"
        return None
    units = {indicator_unit(m) for m in candidates if m.attribute == "kinerja:realisasi"}
    has_capaian = any(m.attribute == "kinerja:capaian" for m in candidates)
    # "IKK-4 sebesar 114,24%": a percentage of an indicator counted in orang is its capaian.
    if has_capaian and units and None not in units and "%" not in units:
        return "capaian"
    return None


# units too common to tie a figure to one indicator ("orang", "unit" are counted everywhere)
UNIT_WORDS_GENERIC = frozenset({"orang", "unit", "kali", "kegiatan", "dokumen", "laporan",
                                "paket", "buah", "nilai", "poin", "persen", "%"})
_PLANNED_RE = re.compile(r"target|rencana|standar|batas|maksimal|minimal|paling|renstra|"
                         r"diharapkan|sasaran", re.IGNORECASE)


def _attained_role(rc: RoleClaim, candidates: list[Mention]) -> str:
    """``tercapai X%``: the capaian of an indicator counted in anything but percent; for a
    percentage indicator, the role whose cell lies nearer the figure (a misprint stays near
    the value it misprints)."""
    units = {indicator_unit(m) for m in candidates if m.attribute == "kinerja:realisasi"}
    if units and None not in units and "%" not in units:
        return "capaian"
    value = rc.found.figure.value

    def distance(role: str) -> Decimal | None:
        return min((abs(m.figure.value - value) for m in candidates
                    if m.attribute == f"kinerja:{role}"), default=None)

    near_realisasi, near_capaian = distance("realisasi"), distance("capaian")
    if near_capaian is None:
        return "realisasi"
    if near_realisasi is None or near_capaian < near_realisasi:
        return "capaian"
    return "realisasi"


def linked_claims(doc: Document) -> list[LinkedClaim]:
    """The document's prose claims linked to its table mentions, worked out once per document
    (narrative_vs_table judges them, cross_table counts them as witnesses)."""
    memo = doc.__dict__.get("_linked_claims")
    if memo is None:
        memo = doc.__dict__["_linked_claims"] = link_claims(doc, table_mentions(doc))
    return memo


def link_claims(doc: Document, mentions: list[Mention]) -> list[LinkedClaim]:
    """Prose claims about table indicators, each with the cells it restates."""
    kinerja = [m for m in mentions if m.attribute.startswith("kinerja:")]
    if not kinerja:
        return []
    quarter = report_quarter(doc)
    period = Period(report_year(doc), f"tw {quarter}" if quarter else None)
    summary = summary_range(doc)
    role_claims_ = role_claims(doc)
    by_sentence: dict[int, list[RoleClaim]] = {}
    for rc in role_claims_:
        by_sentence.setdefault(id(rc.sentence), []).append(rc)
    starts = chapter_starts(doc)
    scopes: dict[int, tuple[list[Mention], dict[str, list[Mention]], _Catalog]] = {}
    by_chapter: dict[int, list[tuple[int, Mention]]] = {}
    for i, m in enumerate(kinerja):
        by_chapter.setdefault(chapter_of(starts, m.line) if starts else 0, []).append((i, m))

    def scope(chapter: int) -> tuple[list[Mention], dict[str, list[Mention]], _Catalog]:
        # a claim in a unit's chapter is about that unit's indicators (and the document-wide
        # ones before the first chapter); built once per chapter, from the mentions grouped
        # by chapter once (not every mention tested again for every chapter)
        if chapter not in scopes:
            own = kinerja if not starts or chapter == 0 else [m for _, m in sorted(
                by_chapter.get(0, []) + by_chapter.get(chapter, []), key=lambda p: p[0])]
            scopes[chapter] = (own, _acronyms(own), _Catalog(own))
        return scopes[chapter]

    previous = {id(b): a for a, b in zip(doc.sentences, doc.sentences[1:], strict=False)}
    printed = _times_printed(doc)
    found_headings = headings(doc)
    run_ins = _run_ins(found_headings)
    linked: list[LinkedClaim] = []
    for rc in role_claims_:
        if _ONE_PART_RE.search(_since_last_quantity(rc)):
            continue  # "terendah ... di Kecamatan Bukit Pandan, yakni 1.276": a part, not all
        how = "kode"
        in_scope, acronyms, catalog = scope(chapter_of(starts, rc.sentence.line))
        code = rc.codes_in_window[-1] if rc.codes_in_window else (
            rc.codes_before[0] if len(set(rc.codes_before)) == 1 else None)
        candidates = _by_code(code, in_scope) if code else []
        if not candidates and not rc.codes_before \
                and (acronym := _acronym_in(_own_clause(rc), acronyms)) is not None:
            how, candidates = "singkatan", acronyms[acronym]
            named = _by_name(_own_clause(rc), catalog, loose=False)
            if named and not {m.entity for m in named} & {m.entity for m in candidates}:
                # "... membayar PKB ..., sehingga persentase kepatuhan wajib pajak mencapai
                # 61,93%": the clause names another indicator in full than the acronym's
                how, candidates = "nama", named
        if not candidates and not rc.codes_before \
                and _ROLE_ONLY_RE.fullmatch(_own_clause(rc).strip(" ,(")) \
                and (acronym := _acronym_in(rc.prefix, acronyms)) is not None:
            # "produksi HHBK 3.046,85 ton dengan capaian 93,74%": a clause of role words
            # goes on about the indicator the sentence named by its acronym
            how, candidates = "singkatan", acronyms[acronym]
        if not candidates and not rc.codes_before:
            how = "nama"
            candidates = _by_name(rc.prefix, catalog, loose=False)
            for clause in (_own_clause(rc), _since_clause_break(rc)):
                if candidates and (nearer := _by_name(clause, catalog, loose=True)) \
                        and not {m.entity for m in nearer} & {m.entity for m in candidates}:
                    # "... kebutuhan pokok dengan koefisien variasi 5,12%, meningkatnya pasar
                    # rakyat dalam kondisi baik dengan capaian 95,24%": the figure's own
                    # clause names another indicator than the sentence's fullest name (so
                    # does "..., sedangkan rata-rata waktu penerbitan sertifikat ... 6,2 hari
                    # kerja dari target 7,0 hari kerja" for 7,0)
                    candidates = []
            if not candidates and rc.year is not None:
                # "Dibandingkan realisasi tahun 2024 sebesar 70,62%, ...": the indicator is
                # the one the paragraph's previous sentence named in full
                before = previous.get(id(rc.sentence))
                if before is not None and before.block == rc.sentence.block:
                    candidates = _by_name(before.text, catalog, loose=False)
                    if not candidates and (acronym := _acronym_in(
                            before.text, acronyms)) is not None:
                        how, candidates = "singkatan", acronyms[acronym]
            if not candidates and (run_in := run_ins.get(rc.sentence.line)):
                # "**IKK 2.1 Indeks Kepuasan ... KUA.** Nilai IKM layanan KUA ... sebesar 83,47
                # terhadap target 82,00": the paragraph's bold lead names its subject (before
                # any heading further up: it is nearer)
                candidates = _by_name(run_in, catalog, loose=False)
                how = "judul"
            if not candidates and _refers_back(_since_last_quantity(rc)):
                # "Pada tahun 2025 realisasi indikator ini sebesar 69,05%": the indicator the
                # heading above names (context carried down its section)
                candidates = _section_subject(found_headings, rc.sentence.line, catalog)
                how = "judul"
            if not candidates:
                how = "nama+nilai"
                keep = partial(_corroborated, rc=rc, siblings=by_sentence[id(rc.sentence)],
                               catalog=catalog, period=period)
                # The name must stand before the figure: "capaian tertinggi NDR 111,51%,
                # terendah waktu tunggu 83,33%" names waiting time only after 111,51%.
                # (a long name is shortened in prose: "sinyal kejadian yang direspons
                # kurang dari 24 jam" for an indicator of twelve words; the figure beside it
                # that equals the indicator's own value vouches for the match)
                candidates = _by_name(rc.prefix, catalog, loose=True, keep=keep,
                                      enough_words=CORROBORATED_NAME_WORDS)
                how = "nama+nilai"
            if not candidates and rc.year is None \
                    and printed.get(rc.found.figure.value.normalize(), 0) == 1:
                # "Penyelesaian pelanggaran keimigrasian mencapai 94,23%" in the closing
                # chapter: a figure printed nowhere else, in a clause that names one
                # indicator of the tables (loosely) and no other, is that indicator's figure
                candidates = _by_name(_since_last_quantity(rc), catalog, loose=True,
                                      unique=True)
                how = "nama+unik"
            if not candidates and rc.year is None and _EXPLICIT_ROLE_RE.search(rc.window) \
                    and printed.get(rc.found.figure.value.normalize(), 0) == 1:
                # "Peminjaman e-book ... mencapai realisasi sebesar 43.518 kali" under the
                # heading "Jumlah Peminjaman Koleksi Digital (E-book)": a shortened name that
                # shares a word of its own with the indicator its section's heading names
                # (a figure printed elsewhere too restates that cell: "Perpustakaan sekolah
                # ... realisasi 58 dari target 64" is a row of the section's own table)
                subject = _section_subject(found_headings, rc.sentence.line, catalog)
                if subject and _matched(subject[0].entity.tokens - _GENERIC_NAME_WORDS,
                                        frozenset(name_tokens(rc.prefix))):
                    candidates, how = subject, "judul+nama"
        if not candidates:
            continue
        role = _role_for(rc, candidates)
        if role == "tercapai":
            role = _attained_role(rc, candidates)
        if role is None:
            continue
        probe = _claim_mention(rc, candidates[0].entity, role, rc.sentence.line in summary)
        # "s.d. TW III sebanyak 210 orang": the cumulative column, not the quarter's
        said = qualifier_of(rc.prefix[-80:]) if quarter else None
        named = bool(said) and said.endswith(f"tw {quarter}")
        own_period = Period(period.year, said) if named else period
        cells = _cells(candidates, role, probe,
                       own_period if rc.year is None else Period(rc.year, None),
                       cumulative_too=not named)
        if how == "nama+unik" and not any(
                _alike_in_size(rc.found.figure.value, c.figure.value) for c in cells):
            continue  # "5.847 orang" beside a row of 56: another quantity, not a misprint
        if cells and not _restated_elsewhere_in_sentence(rc, cells):
            linked.append(LinkedClaim(probe, cells, how, candidates))
    return linked


def _alike_in_size(a: Decimal, b: Decimal) -> bool:
    """Within half as much again of each other: a misprint, not another quantity."""
    return a > 0 and b > 0 and max(a, b) * 2 <= min(a, b) * 3


def _times_printed(doc: Document) -> dict[Decimal, int]:
    """How often each value is printed in the document, in tables and prose together."""
    counts: dict[Decimal, int] = {}
    figures = [c.figure for t in doc.tables for r in t.rows for c in r.cells
               if c.figure is not None] + [f.figure for s in doc.sentences for f in s.figures]
    for fig in figures:
        key = fig.value.normalize()
        counts[key] = counts.get(key, 0) + 1
    return counts


_CAPTION_HEADING_RE = re.compile(r"^\W*(?:tabel|table|gambar|grafik|diagram)\b", re.IGNORECASE)
SECTION_REACH = 60  # lines a section's heading still governs "indikator ini" below it


def _section_subject(found: list[tuple[int, str]], line: int, catalog: _Catalog) \
        -> list[Mention]:
    """The indicator the nearest section heading above names, passing over the captions of
    the section's own tables; none when that heading names none."""
    for n, heading in reversed([h for h in found if h[0] < line]):
        if line - n > SECTION_REACH:
            break
        if _CAPTION_HEADING_RE.match(heading):
            continue
        return _by_name(heading, catalog, loose=False)
    return []


def _run_ins(found: list[tuple[int, str]]) -> dict[int, str]:
    """Each line a run-in heading heads (its paragraph), with that heading: one lookup per
    claim instead of a scan of every heading."""
    out: dict[int, str] = {}
    for n, heading in found:
        if isinstance(heading, RunIn):
            for line in range(n, heading.last + 1):
                out.setdefault(line, heading)
    return out


_BACK_REFERENCE_RE = re.compile(r"\b(?:indikator|sasaran|program|kegiatan|capaian)\s+"
                                r"(?:ini|tersebut)\b", re.IGNORECASE)


def _refers_back(words: str) -> bool:
    """``realisasi indikator ini sebesar``: a back reference a few words before the figure."""
    window = words[-60:]
    found = list(_BACK_REFERENCE_RE.finditer(window))
    return bool(found) and len(window[found[-1].end():].split()) <= 3


# the lowest or highest of the parts, or one place among several: not the indicator's value
_SHARE_OF_WHOLE_RE = re.compile(r"\b(?:kontribusi|porsi|proporsi|pangsa|komposisi)\b",
                                re.IGNORECASE)
_ONE_PART_RE = re.compile(r"\b(?:terendah|tertinggi|terbesar|terkecil|terbanyak|paling)\b.*"
                          r"\b(?:di|pada|dari|oleh|dicapai)\s+(?:kecamatan|desa|kelurahan|"
                          r"kabupaten|kota|unit|upt\w*|puskesmas|sekolah|bidang|seksi|wilayah|"
                          r"cabang|kantor|balai)\b", re.IGNORECASE)


# a clause ends after a figure: "tercapai 103,85%, dan skor PPH konsumsi 89,16 ..."
_CLAUSE_AFTER_FIGURE_RE = re.compile(
    r"\d\s*(?:%|persen|poin)?\)?\s*(?:[,;](?!\d)\s*(?:dan|serta|sedangkan|sementara)?|"
    r"\b(?:dan|serta|sedangkan|sementara))\b", re.IGNORECASE)


_CLAUSE_BREAK_RE = re.compile(r"\bsedangkan\b|\bnamun\b|\bsementara\s+itu\b|;|,\s*(?:dan|serta)\b",
                              re.IGNORECASE)


def _since_clause_break(rc: RoleClaim) -> str:
    """The words since the last conjunction that opens a clause (``sedangkan``, ``, dan``)."""
    return _CLAUSE_BREAK_RE.split(rc.sentence.text[:rc.found.start])[-1]


def _own_clause(rc: RoleClaim) -> str:
    """The words of the figure's own clause: back to the end of the last clause that closed
    on a figure (``..., dan skor PPH konsumsi 89,16 tercapai`` for 100,75%), else back to the
    previous figure. The indicator named there is the figure's, whatever the sentence named
    in full before."""
    prefix = rc.sentence.text[:rc.found.start]
    ends = [m.end() for m in _CLAUSE_AFTER_FIGURE_RE.finditer(prefix)]
    clause = prefix[ends[-1]:] if ends else ""
    since = _since_last_quantity(rc)
    return clause if len(clause) > len(since) else since


def _since_last_quantity(rc: RoleClaim) -> str:
    """The words before the figure back to the previous figure that is not a year
    (``TPT tahun 2025 sebesar``: the year does not part the acronym from its figure)."""
    start = max((f.end for f in rc.sentence.figures
                 if f.end <= rc.found.start and not is_year(f.figure)), default=0)
    return rc.sentence.text[start:rc.found.start]


def _restated_elsewhere_in_sentence(rc: RoleClaim, cells: list[Mention]) -> bool:
    """Another figure of the same sentence already states the cells' value: one sentence does
    not give two values of one indicator's quantity for one period, so this figure is about
    something else ("penanganan (74,36%) dan pengurangan (17,40%) dijumlahkan, ... mencapai
    91,76%": 17,40 is the indicator's, 91,76 their sum)."""
    values = {c.figure.value for c in cells}
    if rc.found.figure.value in values:
        return False
    return any(ff is not rc.found and ff.figure.value in values
               and ff.figure.is_percent == rc.found.figure.is_percent
               for ff in rc.sentence.figures)


_ACRONYM_RE = re.compile(r"\(([A-Z]{2,6})\)")
_WORD_ACRONYM_RE = re.compile(r"\b([A-Z]{2,6})\b")


def _acronyms(mentions: list[Mention]) -> dict[str, list[Mention]]:
    """``Cost Recovery Rate (CRR)``: the acronym an indicator's name gives itself, when no
    other indicator claims the same one."""
    found: dict[str, list[Mention]] = {}
    owners: dict[str, set[str]] = {}
    for m in mentions:
        for acronym in _ACRONYM_RE.findall(m.entity.name):
            found.setdefault(acronym, []).append(m)
            owners.setdefault(acronym, set()).add(" ".join(sorted(m.entity.tokens)))
    # "Nilai IPLM" in a comparison table: a short form of the indicator that defines IPLM
    for m in mentions:
        for acronym in set(_WORD_ACRONYM_RE.findall(m.entity.name)) & found.keys():
            if f"({acronym})" not in m.entity.name \
                    and same_entity(found[acronym][0].entity, m.entity):
                found[acronym].append(m)
    return {a: ms for a, ms in found.items()
            if len(owners[a]) == 1 or all(same_entity(ms[0].entity, m.entity) for m in ms)}


# " dengan capaian ", " atau tercapai ", " melampaui target ": a clause of role words only,
# no subject of its own
_ROLE_ONLY_RE = re.compile(
    r"(?:(?:dengan|atau|yaitu|sehingga)\s+)?(?:nilai\s+)?"
    r"(?:capaian(?:nya)?|realisasi(?:nya)?|tercapai|mencapai"
    r"|(?:(?:sedikit\s+)?(?:melampaui|melebihi|di\s+atas|di\s+bawah|dari|terhadap|"
    r"dibandingkan|dibanding|belum\s+mencapai|mendekati)\s+)?target(?:nya)?)"
    r"(?:\s+(?:sebesar|mencapai|yang\s+ditetapkan(?:\s+sebesar)?))?", re.IGNORECASE)


def _acronym_in(window: str, acronyms: dict[str, list[Mention]]) -> str | None:
    """The one known acronym the words since the previous figure name, unless a role word
    after it gives the figure to something else (``target CRR terutama disebabkan
    realisasi klaim JKN yang hanya 94,56%``: the klaim's realisasi, not the CRR's)."""
    named = {a for a in _WORD_ACRONYM_RE.findall(window) if a in acronyms}
    if len(named) != 1:
        return None
    acronym = named.pop()
    roles = list(_OWNED_ROLE_RE.finditer(window))
    if roles and roles[-1].start() > max(m.start() for m in re.finditer(
            rf"\b{re.escape(acronym)}\b", window)):
        owner = [w for w in re.findall(r"[A-Za-z]+", window[roles[-1].end():])
                 if w.lower() not in _LINKING_WORDS]
        if owner:
            return None
    return acronym


# a role word and the thing whose role it names right after it ("realisasi klaim JKN")
_OWNED_ROLE_RE = re.compile(r"\b(?:realisasi|capaian|target|persentase|nilai)\b", re.IGNORECASE)
_LINKING_WORDS = frozenset({"yang", "hanya", "sebesar", "mencapai", "tercapai", "baru", "telah",
                            "sudah", "tahun", "pada", "adalah", "yaitu", "sekitar", "masih",
                            "sebanyak", "atau", "dengan", "tersebut", "nya", "ini", "kinerja"})


def _corroborated(entity: Entity, rc: RoleClaim, siblings: list[RoleClaim],
                  catalog: _Catalog, period: Period) -> bool:
    """Another figure of the sentence equals this indicator's value in its own role."""
    own = catalog.mentions_of({entity})
    for other in siblings:
        if other is rc or other.role is None or other.role == rc.role:
            continue
        probe = _claim_mention(other, entity, other.role, False)
        cells = _cells(own, other.role, probe, period)
        if cells and all(agree(probe, c) for c in cells):
            return True
    return False


# For other checks that name an indicator from prose (change statements ...).
IndicatorCatalog = _Catalog
find_by_name = _by_name
acronyms_of = _acronyms
acronym_in = _acronym_in
ACRONYM_RE = _ACRONYM_RE
