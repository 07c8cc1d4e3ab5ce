"""The report's own budget totals as its prose restates them: pagu, realisasi, serapan.

The Ikhtisar Eksekutif, BAB III and the Penutup each say how much of the whole budget was
spent: "realisasi keuangan sebesar 98,09%", "penyerapan anggaran ... Rp 28.376.835.127".
These are one quantity each (the organisation's, for the report's own period), so every
such sentence must give the same value.

A statement counts only when it speaks of the whole budget: the words around its key phrase
and figure name no program, output, indicator or budget code, no other year or quarter, no
revision (awal, revisi, perubahan), no change (naik, dibandingkan, poin), no extreme
(terendah, tertinggi) and no physical progress (fisik).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.claims import quarters_in, report_quarter
from audit.facts import (
    CODE_RE,
    INDICATOR_CODE_RE,
    YEAR_RE,
    Entity,
    Mention,
    Period,
    attribute_of,
    qualifier_of,
    report_year,
    version_columns,
)
from audit.figures import FoundFigure, is_formula_factor, is_year
from audit.model import Document, Sentence

WHOLE_BUDGET = Entity(None, "anggaran keseluruhan")

_SERAPAN_RE = re.compile(
    r"\b(?:realisasi|penyerapan|serapan|presentase|persentase|prosentase)\s+"
    r"(?:anggaran|keuangan)\b", re.IGNORECASE)
_REALISASI_RP_RE = re.compile(r"\brealisasi\s+(?:anggaran|keuangan|belanja)\b", re.IGNORECASE)
_PAGU_RE = re.compile(r"\bpagu(?:\s+anggaran)?\b", re.IGNORECASE)
# "mengelola anggaran belanja (APBD Perubahan) sebesar Rp X", "anggaran setelah perubahan
# sebesar Rp X": the budget named without the word pagu, its amount close after
_ANGGARAN_RE = re.compile(r"(?<!tahun )\banggaran(?:\s+belanja)?\b", re.IGNORECASE)
# "dengan realisasi Rp X", "realisasi sebesar Rp X": a bare realisasi right before an amount
_BARE_REALISASI_RE = re.compile(r"\brealisasi(?=\s+(?:sebesar\s+)?Rp)", re.IGNORECASE)
# Words that make the amount a part of the budget, anywhere before the figure or just after.
_PART_RE = re.compile(
    # ("Dua RO terbesar ... memiliki pagu perubahan gabungan Rp X": outputs added up)
    r"\b(program|kegiatan|sub\s*kegiatan|subkegiatan|output|rincian|komponen|akun|k?ro|"
    r"gabungan|sasaran\s+(?:strategis\s+)?(?:\d+|[ivx]+)\b|belanja\s+"
    r"(?:pegawai|barang|modal)|indikator|bidang|sekretariat|per\s+\w+|masing-masing|"
    # "anggaran untuk pembangunan ...", not the purpose of a whole sentence ("Untuk mendukung
    # pencapaian kinerja tersebut, ...")
    r"untuk(?!\s+(?:mendukung|menunjang|mencapai|melaksanakan|mewujudkan))|"
    r"urusan|sektor|fungsi|kelompok|skpd|opd|"
    # the revenue side is another budget ("ketetapan PBB-P2 ... dengan realisasi sebesar Rp")
    r"pendapatan|pad|retribusi|pajak|transfer|pbb[\w-]*|bphtb|ketetapan|piutang|tunggakan|"
    r"penerimaan|setoran|"
    # the packages tendered have a pagu of their own: "total pagu ... nilai kontrak"
    r"tender|seleksi|lelang|paket|kontrak|hps|pengadaan|"
    # a source of funds is a share of the budget: "pagu belanja BLUD", "dana DAK fisik"
    r"blud|dak|dau|bok|bos|dbh\w*|kapitasi|jkn|apbn|dana\s+desa|sumber\s+dana|"
    # kinds of spending (Permendagri 77/2020 objects): parts of the budget
    r"(?:belanja\s+)?(?:gaji|tunjangan|honorarium|operasional|pemeliharaan|perjalanan\s+dinas|"
    r"hibah|bantuan\s+sosial|bantuan\s+keuangan|subsidi|bagi\s+hasil|tak\s+terduga))\b",
    re.IGNORECASE)
# A sentence whose subject is a part of the budget speaks of that part throughout.
_SUBJECT_PART_RE = re.compile(
    r"^\W*(?:(?:pada|untuk|adapun|sedangkan|sementara(?:\s+itu)?)\s+)?"
    r"(program|kegiatan|sub\s*kegiatan|subkegiatan|output)\s+[A-Z]", re.IGNORECASE)
# Words that make it another period or another measure, next to the key phrase.
_OTHER_RE = re.compile(
    r"\b(terendah|tertinggi|rata-rata|fisik|target|rencana|"
    r"menjadi|naik|turun|meningkat|menurun|bertambah|berkurang|dibandingkan|dibanding|poin|"
    r"selisih|sisa|menyisakan|tersisa|semester|bulan|tersebut|efisiensi|penghematan|hemat|"
    r"bertambah|dialokasikan|tambahan|kumulatif|renstra|sejak)\b",
    re.IGNORECASE)
# "pagu APBD Perubahan", "pagu murni": which version of the budget the amount is
_REVISED_RE = re.compile(r"\b(perubahan|revisi|setelah\s+perubahan|p-?apbd)\b", re.IGNORECASE)
_ORIGINAL_RE = re.compile(r"\b(murni|awal|semula|induk|sebelum\s+perubahan)\b", re.IGNORECASE)
_OUTPUT_RE = re.compile(r"\b(output|keluaran|sub\s*kegiatan|subkegiatan|rincian\s+output)\b",
                        re.IGNORECASE)
_REALISED_RE = re.compile(r"\b(terealisasi|realisasi|terserap|diserap)\b", re.IGNORECASE)


@dataclass(frozen=True)
class BudgetClaim:
    attribute: str  # "serapan:realisasi", "anggaran:realisasi" or "anggaran:pagu"
    found: FoundFigure
    sentence: Sentence
    qualifier: str | None = None  # "awal" (murni), "revisi" (perubahan) or None


# a bound or an aim, not what was realised: "sekurang-kurangnya 97%", "target penyerapan",
# "agar ... mencapai"
_GOAL_RE = re.compile(r"\b(?:sekurang-kurangnya|setidak-tidaknya|setidaknya|minimal|paling\s+"
                      r"sedikit|ditargetkan|target|diharapkan|agar|supaya)\b", re.IGNORECASE)


def _subject(text: str) -> str:
    """The sentence's opening words, up to its first figure (at most 60 characters): what
    the sentence is about, however far its amounts stand from it."""
    # (a list item's number, "5. Urusan pemerintahan wajib ...", is not its first figure)
    text = re.sub(r"^\W*(?:\d{1,2}|[a-zA-Z])[.)]\s+", "", text)
    digit = re.search(r"\d", text)
    return text[:min(digit.start() if digit else len(text), 60)]


def _plain(text: str, phrase_start: int, figure: FoundFigure, year: str | None,
           quarter: str | None) -> bool:
    """Whether a key phrase and its figure speak of the whole budget in the report's period."""
    scope = text[max(0, phrase_start - 100):figure.end + 30]
    local = text[max(0, phrase_start - 40):figure.end]
    if _PART_RE.search(scope) or INDICATOR_CODE_RE.search(scope) or CODE_RE.search(scope):
        return False
    if _SUBJECT_PART_RE.match(text):
        return False  # "Program Pendaftaran Penduduk, yang ..., menyerap Rp X dari pagu Rp Y"
    if _PART_RE.search(_subject(text)):
        return False  # "Belanja pegawai menyerap 79,01% ..., yaitu Rp X dari pagu Rp Y"
    # "... dengan output X sebanyak 1.564 orang dengan capaian penyerapan anggaran ...": the
    # sentence is about one output, however far back it names it.
    if _OUTPUT_RE.search(text[:figure.end]):
        return False
    if _OTHER_RE.search(local):
        return False
    if _GOAL_RE.search(text[max(0, phrase_start - 30):figure.start]):
        return False  # "agar penyerapan anggaran mencapai sekurang-kurangnya 97,00%": a goal
    if re.match(r"^\s*\(?\s*(?:atau\s+)?\d{1,3}(?:,\d+)?\s*%\s*dari\s+(?:total|seluruh|"
                r"keseluruhan|jumlah)\b", text[figure.end:], re.IGNORECASE):
        return False  # "pagu Rp X (54,45% dari total pagu)": a part, by its own share
    if re.search(r"^[^.;]{0,25}\bdari\s+target\b", text[figure.end:], re.IGNORECASE):
        return False  # "Realisasi Rp X atau 67,56% dari target": revenue has targets, not pagu
    quarters = quarters_in(local)
    if quarters and quarters != {quarter}:
        return False
    years = set(YEAR_RE.findall(local))
    if years and (year is None or years != {year}):
        return False
    # "Dibandingkan tahun 2024 dengan realisasi Rp X dari pagu Rp Y": the last year named
    # before the phrase is the year the amounts are of
    earlier = YEAR_RE.findall(text[max(0, phrase_start - 100):phrase_start])
    return not (earlier and earlier[-1] != year)


def _next_figures(sentence: Sentence, start: int) -> list[FoundFigure]:
    return [ff for ff in sentence.figures if ff.start >= start and not is_year(ff.figure)]


def _is_rupiah(ff: FoundFigure) -> bool:
    return (ff.figure.unit or "").startswith("Rp") and ff.figure.value >= 1_000_000


def _serapan(sentence: Sentence, m: re.Match[str]) -> FoundFigure | None:
    """"realisasi anggaran [sebesar Rp X atau] P%": the first percentage, past one amount."""
    after = _next_figures(sentence, m.end())
    if after and _is_rupiah(after[0]):
        after = after[1:]
    if after and after[0].figure.is_percent and after[0].start - m.end() <= 80 \
            and not is_formula_factor(sentence.text, after[0]):
        return after[0]
    return None


def _amount(sentence: Sentence, m: re.Match[str], limit: int) -> FoundFigure | None:
    """The amount right after a key phrase, with no other figure or "pagu" in between."""
    after = _next_figures(sentence, m.end())
    if not after or not _is_rupiah(after[0]) or after[0].start - m.end() > limit:
        return None
    between = sentence.text[m.end():after[0].start]
    return None if re.search(r"\bpagu\b", between, re.IGNORECASE) else after[0]


def budget_claims(doc: Document) -> list[BudgetClaim]:
    """Prose statements of the whole budget's pagu, realisasi and serapan."""
    year, quarter = report_year(doc), report_quarter(doc)
    claims: list[BudgetClaim] = []
    for sentence in doc.sentences:
        text = sentence.text
        found: list[tuple[str, re.Match[str], FoundFigure | None]] = []
        found += [("serapan:realisasi", m, _serapan(sentence, m))
                  for m in _SERAPAN_RE.finditer(text)]
        found += [("anggaran:realisasi", m, _amount(sentence, m, 60))
                  for m in _REALISASI_RP_RE.finditer(text)]
        found += [("anggaran:pagu", m, _amount(sentence, m, 40)) for m in _PAGU_RE.finditer(text)
                  if not _REALISED_RE.search(text[m.end():m.end() + 40])]
        found += [("anggaran:realisasi", m, _amount(sentence, m, 20))
                  for m in _BARE_REALISASI_RE.finditer(text)]
        found += [("anggaran:pagu", m, _amount(sentence, m, 40))
                  for m in _ANGGARAN_RE.finditer(text)
                  if not _REALISED_RE.search(text[max(0, m.start() - 30):m.end() + 40])]
        seen: set[str] = set()
        for attribute, m, ff in found:
            if ff is None or attribute in seen:
                continue
            seen.add(attribute)
            if _plain(text, m.start(), ff, year, quarter):
                local = text[max(0, m.start() - 40):ff.end]
                both = _REVISED_RE.search(local) and _ORIGINAL_RE.search(local)
                if both:
                    continue  # "dari pagu murni ... menjadi pagu perubahan": two amounts
                qualifier = "revisi" if _REVISED_RE.search(local) else \
                    "awal" if _ORIGINAL_RE.search(local) else None
                claims.append(BudgetClaim(attribute, ff, sentence, qualifier))
                if attribute == "anggaran:pagu" and qualifier == "awal" \
                        and (revised := _revised_after(sentence, ff)) is not None:
                    claims.append(BudgetClaim(attribute, revised, sentence, "revisi"))
    return claims


def _revised_after(sentence: Sentence, initial: FoundFigure) -> FoundFigure | None:
    """``Pagu awal sebesar Rp X dan setelah perubahan menjadi Rp Y``: the revised pagu right
    after the initial one, the next amount, introduced by the revision alone."""
    after = _next_figures(sentence, initial.end)
    if not after or not _is_rupiah(after[0]):
        return None
    between = sentence.text[initial.end:after[0].start]
    if len(between) > 60 or not _REVISED_RE.search(between) or _PART_RE.search(between) \
            or re.search(r"[.;]|\b(?:realisasi|terealisasi|terserap|selisih|sisa|naik|turun|"
                         r"bertambah|berkurang|sebesar\s+\d)", between, re.IGNORECASE):
        return None
    return after[0]


def budget_mentions(doc: Document, summary: range) -> list[Mention]:
    """The claims as fact-index mentions of one entity, the whole budget."""
    year = report_year(doc)
    return [Mention(entity=WHOLE_BUDGET, attribute=c.attribute,
                    period=Period(year, c.qualifier),
                    figure=c.found.figure, line=c.sentence.line,
                    in_summary=c.sentence.line in summary)
            for c in budget_claims(doc)]


# The grand total of a table of the whole budget: "Jumlah", "Total", "Jumlah Belanja
# Daerah", "JUMLAH ANGGARAN"; not a Sub Total, not a part (pegawai, modal, langsung ...).
_GRAND_TOTAL_RE = re.compile(r"^\W*(jumlah|total)(\s+(belanja(\s+daerah)?|anggaran|"
                             r"keseluruhan|seluruhnya))?\W*$", re.IGNORECASE)
_BUDGET_TABLE_RE = re.compile(r"\b(anggaran|belanja|pagu|keuangan)\b", re.IGNORECASE)
_PART_TABLE_RE = re.compile(r"\b(pendapatan|pembiayaan|langsung|prioritas|pegawai|barang|"
                            r"modal|hibah|bansos|transfer|dak|dau|per\s+sumber)\b",
                            re.IGNORECASE)


def table_totals(doc: Document) -> list[Mention]:
    """The pagu and realisasi of the last total row of each table of the whole budget, as
    mentions of the whole budget: what the prose's "pagu ... sebesar" must agree with."""
    year = report_year(doc)
    out: list[Mention] = []
    for table in doc.tables:
        if _PART_TABLE_RE.search(table.caption or "") \
                or not _BUDGET_TABLE_RE.search(table.caption or ""):
            continue
        totals = [r for r in table.rows if r.kind == "total"]
        if not totals or not _GRAND_TOTAL_RE.match(totals[-1].label):
            continue
        row = totals[-1]
        for column, name in enumerate(version_columns(table.columns)):
            attribute = attribute_of(name)
            cell = row.cell(column)
            if cell is None or cell.figure is None or cell.figure.dash:
                continue
            if attribute == "kinerja:realisasi" and cell.figure.decimals == 0 \
                    and abs(cell.figure.value) >= 1_000_000:
                attribute = "anggaran:realisasi"  # a bare "Realisasi" of a budget table
            if attribute not in ("anggaran:pagu", "anggaran:realisasi"):
                continue
            qualifier = qualifier_of(name)
            out.append(Mention(entity=WHOLE_BUDGET, attribute=attribute,
                               period=Period(year, qualifier if qualifier in ("awal", "revisi")
                                             else None),
                               figure=cell.figure, line=cell.line, table=table,
                               column=name, row=row))
    return out
