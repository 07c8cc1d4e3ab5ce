"""ratio: a derived column (capaian, %, persentase, serapan, % kompeten, efisiensi) follows
the formula the rest of its table follows.

The formula is discovered from the table, not assumed: for each column of rates, every
pair of other numeric columns is tried as ``a / b × 100`` (capaian = realisasi / target),
as a difference ``a − b`` (efisiensi = capaian − serapan) and as a share of a column's
total row (``% of Jumlah``). The pair that explains most rows is the column's formula; the
rows it does not explain are reported. A row that follows the inverse ``b / a × 100`` (a
lower-is-better indicator such as an unemployment rate), or its other common reading
``(2b − a) / b × 100``, is not an error.

In a table of quantities over years (``Uraian | 2022 | 2023 | 2024``), a rate row is the
quotient of two other rows when that explains every year but one at most, and no other pair
of rows does as well (``Tingkat Partisipasi Angkatan Kerja (%)`` = ``Angkatan Kerja`` /
``Penduduk Usia Kerja`` × 100); the year it does not explain is reported.

A rate on a total row that no formula of its own row explains is judged as a mean
(``rate_totals``): the plain mean under a ``Rata-rata`` row, and on a ``Jumlah`` row the mean
weighted by a budget or volume column when the table's other total rates show that weighting.

A stated rate stands for its rounding interval and so do its inputs: ``91,31%`` is right for
any ratio in [91,305; 91,315). A rate that is only truncated (104,75 for 104,757) is a
``minor`` ``rounding`` finding; anything beyond is ``major``.

Passes::

    | Indikator | Target | Realisasi | Capaian |
    | Peserta pelatihan | 2.450 orang | 2.523 orang | 102,98% |
    | Pengangguran (%)  | 3,60        | 3,40        | 105,88% |   (inverse indicator)

Fails (1.437 / 1.564 × 100 = 91,88%)::

    | Unit | Orang | Kompeten | % Kompeten |
    | JUMLAH | 1.564 | 1.437 | 91,98% |
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING

from audit.checks import rate_totals
from audit.checks.base import (
    Rule,
    cell_finding,
    column_label,
    every_table,
    is_percent_column,
    is_year_column,
    row_label,
    rule_for,
)
from audit.declared import NOTE_LINES, Expression, column_formulas, row_formulas
from audit.figures import Figure, format_id
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Row, Table
from audit.precision import (
    Interval,
    Verdict,
    expected_text,
    interval_of,
    judge,
    ratio,
    round_to,
)
from audit.vocabulary import indonesian_header

if TYPE_CHECKING:
    import numpy as np

DOC_ID = """ratio: kolom turunan (capaian, %, persentase, serapan, % kompeten, efisiensi)
mengikuti rumus yang diikuti baris-baris lain pada tabelnya.

Rumus ditemukan dari tabel, tidak diasumsikan: untuk setiap kolom rasio, setiap pasangan kolom
angka lainnya dicoba sebagai ``a / b × 100`` (capaian = realisasi / target), sebagai selisih
``a − b`` (efisiensi = capaian − serapan) dan sebagai porsi terhadap baris jumlah suatu kolom
(``% of Jumlah``). Pasangan yang menjelaskan paling banyak baris menjadi rumus kolom
tersebut; baris yang tidak dijelaskannya dilaporkan. Baris yang mengikuti kebalikannya
``b / a × 100`` (indikator yang makin rendah makin baik, seperti tingkat pengangguran), atau
bacaan umum lainnya ``(2b − a) / b × 100``, bukan kesalahan.

Pada tabel besaran menurut tahun (``Uraian | 2022 | 2023 | 2024``), baris rasio adalah hasil
bagi dua baris lainnya apabila itu menjelaskan setiap tahun kecuali paling banyak satu, dan
tidak ada pasangan baris lain yang sama baiknya (``Tingkat Partisipasi Angkatan Kerja (%)`` =
``Angkatan Kerja`` / ``Penduduk Usia Kerja`` × 100); tahun yang tidak dijelaskannya
dilaporkan.

Rasio pada baris total yang tidak dijelaskan oleh rumus barisnya sendiri dinilai sebagai
rata-rata (``rate_totals``): rata-rata biasa pada baris ``Rata-rata``, dan pada baris
``Jumlah`` rata-rata yang dibobot kolom anggaran atau volume apabila rasio total lain pada
tabel itu menunjukkan pembobotan tersebut.

Rasio yang tercetak mewakili interval pembulatannya, demikian pula masukannya: ``91,31%``
benar untuk rasio mana pun dalam [91,305; 91,315). Rasio yang hanya terpotong (104,75 untuk
104,757) merupakan temuan ``minor`` ``rounding``; selebihnya ``major``.

Lolos::

    | Indikator | Target | Realisasi | Capaian |
    | Peserta pelatihan | 2.450 orang | 2.523 orang | 102,98% |
    | Pengangguran (%)  | 3,60        | 3,40        | 105,88% |   (inverse indicator)

Gagal (1.437 / 1.564 × 100 = 91,88%)::

    | Unit | Orang | Kompeten | % Kompeten |
    | JUMLAH | 1.564 | 1.437 | 91,98% |
"""

RULE_ID = "ratio"
HUNDRED = Decimal(100)

# A derived column by its name; "Produktivitas (Ku/Ha)" is output per hectare.
_RATE_HEADER = re.compile(
    r"%|persen|capaian|serapan|tingkat|kemajuan|efisiensi|rasio|prosentase|produktivitas",
    re.IGNORECASE,
)
_INPUT_HEADER = re.compile(r"target|realisasi|pagu|anggaran|jumlah", re.IGNORECASE)
# "% Realisasi PDN + TKDN", "% Kompeten": a leading % names a rate of what follows
_DERIVED_HEADER = re.compile(r"capaian|serapan|persentase|prosentase|efisiensi|%\s*$|^\s*%",
                             re.IGNORECASE)
_DIFFERENCE_HEADER = re.compile(r"efisiensi|selisih|deviasi|gap", re.IGNORECASE)
# "Perubahan (%)", "Pertumbuhan (%)": the change from one column to the next, relative
_GROWTH_HEADER = re.compile(r"perubahan|pertumbuhan|kenaikan|penurunan|growth|laju|naik|turun",
                            re.IGNORECASE)


@dataclass(frozen=True)
class Formula:
    """How a rate column is computed from two other columns of the same row."""

    # "ratio", "difference", "growth" ((a − b) / b), "share" or "efficiency" ((1 − b / a) ×
    # 100: the budget's absorption against the output's capaian, as PMK 22/2021 defines it)
    kind: str
    a: int
    b: int
    # A rate per day or per mille divides by a constant: BOR = hari perawatan / (TT × 365).
    per: Decimal = Decimal(1)
    # A numerator the header declares as a sum: "% Realisasi PDN + TKDN" = (PDN + TKDN) / Pagu.
    plus: int | None = None
    # and a denominator of two columns: hunian = (Kios Isi + Los Isi) / (Kios + Los)
    over_plus: int | None = None

    def describe(self, table: Table) -> str:
        a, b = column_label(table, self.a), column_label(table, self.b)
        if self.plus is not None:
            a = f"({a} + {column_label(table, self.plus)})"
        if self.over_plus is not None:
            b = f"({b} + {column_label(table, self.over_plus)})"
        if self.kind == "ratio" and self.per in _DAYS_AND_MONTHS:
            return f"{a} / ({b} × {self.per}) × 100"
        if self.kind == "ratio" and self.per != 1:
            return f"{a} / {b} × {format_id(100 / self.per, 0)}"
        if self.kind == "ratio":
            return f"{a} / {b} × 100"
        if self.kind == "difference":
            return f"{a} − {b}"
        if self.kind == "growth":
            return f"({a} − {b}) / {b} × 100"
        if self.kind == "efficiency":
            return f"(1 − {b} / {a}) × 100"
        return f"{a} / total {a} × 100"


def check_table(table: Table, notes: list[str] | None = None) -> CheckResult:
    result = CheckResult()
    numeric = [c for c in table.numeric_columns() if not is_year_column(table, c)]
    declared = declared_formulas(table)
    # total rows whose rate a formula of their own row judges; the rest may be means
    judged: set[tuple[int, int]] = set()
    for p, formula in declared.items():
        _judge_declared(table, p, formula, result)
        judged |= {(id(r), p) for r in table.rows if _inputs(table, r, p, formula) is not None}
    rates = [p for p in numeric if _is_rate_column(table, p) or is_percent_column(table, p)]
    discovered: set[int] = set()
    for p in numeric:
        if p in declared or not _is_rate_column(table, p):
            continue
        others = [c for c in numeric if c != p]
        found = _discover(table, p, others)
        if found is None and len(others) <= MAX_PAIRED_COLUMNS:
            # no pair of columns explains it: two pairs added up may ("Hunian (%)" of kios
            # and los together)
            found = _paired_discovery(table, p, others)
        if found is None:
            continue
        formula, rows = found
        discovered.add(p)
        judged |= {(id(r), p) for r in rows}
        for row in rows:
            _judge_row(table, row, p, formula, result)
    # formulas the table states in words, for the columns its figures did not explain (a
    # capaian's note "capaian = realisasi / target × 100" is what discovery finds, with
    # its lower-is-better rows; "NRR tertimbang = NRR × 0,111" multiplies by a constant
    # no pair of columns gives)
    worded = {c: f for c, f in column_formulas(table, notes or []).items()
              if c not in declared and c not in discovered and c in numeric}
    # (inputs first: a cell worked out from a cell its own formula finds wrong is judged
    # on the corrected input, so one wrong NRR is one finding, not two)
    corrected: dict[tuple[int, int], Figure] = {}
    for p, expression in sorted(worded.items(), key=lambda kv: bool(kv[1].refs() & set(worded))):
        trial = CheckResult()
        for row in table.rows:
            if row.kind != "total":
                _judge_expression(table, row, p, expression, trial, corrected=corrected)
        if trial.performed >= 3 and len(trial.findings) * 2 > trial.performed:
            continue  # a formula most rows break is more likely misread than all of them
        result.extend(trial)
    for index, expression in row_formulas(table).items():
        row = table.rows[index]
        for p in numeric:
            _judge_expression(table, row, p, expression, result, by_rows=True)
    result.extend(rate_totals.check_table(table, rates, judged))
    _judge_rate_rows(table, result)
    return result


# ---------------------------------------------------------------- rates across rows

MIN_PERIODS = 3  # year columns a table of quantities over time needs to show a rate row's rule
_RATE_ROW_RE = re.compile(r"%|\b(?:tingkat|rasio|persentase|proporsi)\b", re.IGNORECASE)
_PERIOD_COLUMN_RE = re.compile(r"^\D*(?:19|20)\d\d\D*$")


def _judge_rate_rows(table: Table, result: CheckResult) -> None:
    """A table of quantities over years (``Uraian | 2022 | 2023 | 2024``) whose rate rows are
    quotients of two of its other rows: ``Tingkat Partisipasi Angkatan Kerja (%)`` =
    ``Angkatan Kerja`` / ``Penduduk Usia Kerja`` × 100 in every year. The pair of rows that
    explains every year but one at most, and no other pair as well, is the rule; the year it
    does not explain is reported.

    Passes: ``Angkatan Kerja | 287.340 | 292.870`` over ``Penduduk Usia Kerja | 410.250 |
    416.480`` beside ``TPAK (%) | 70,04 | 70,32``. Fails: ``TPAK (%) | 70,04 | 70,42``
    with a third year that follows the rule."""
    periods = [c for c, name in enumerate(table.columns) if _PERIOD_COLUMN_RE.match(name)
               and c in table.numeric_columns()]
    if len(periods) < MIN_PERIODS:
        return
    # (a group row is a quantity too: "Angkatan Kerja" over "a. Bekerja", "b. Pengangguran")
    full = [r for r in table.rows
            if all((f := r.figure(c)) is not None and not f.dash for c in periods)]
    rate_rows = [r for r in full if _RATE_ROW_RE.search(r.label)]
    quantities = [r for r in full if r not in rate_rows
                  and all(r.figure(c).value > 0 for c in periods)]  # type: ignore[union-attr]
    for rate in rate_rows:
        best: list[tuple[Row, Row, list[Verdict]]] = []
        for a in quantities:
            for b in quantities:
                if a is b:
                    continue
                verdicts = [_row_verdict(rate, a, b, c) for c in periods]
                held = sum(v is not Verdict.BREAK for v in verdicts)
                exact = sum(v is Verdict.CONSISTENT for v in verdicts)
                if held >= len(periods) - 1 and exact >= 2:
                    best.append((a, b, verdicts))
        if len(best) != 1:
            continue  # no rule, or two pairs that explain it alike: no verdict
        a, b, verdicts = best[0]
        for column, verdict in zip(periods, verdicts, strict=True):
            if verdict is Verdict.CONSISTENT:
                result.passed()
                continue
            stated = rate.figure(column)
            computed = ratio(interval_of(a.figure(column)), interval_of(b.figure(column)))
            assert stated is not None and computed is not None
            rule, severity = rule_for(verdict, RULE_ID)
            expected = expected_text(stated, computed)
            message = (
                f"{row_label(rate.label, rate.line)}: {column_label(table, column)} menyatakan "
                f"{stated.text}, padahal {a.figure(column).text} / {b.figure(column).text} "
                f"× 100 = {expected} (baris '{a.label}' dibagi baris '{b.label}', rumus "
                f"yang diikuti tahun-tahun lainnya)."
            )
            result.failed(cell_finding(rule, severity, table, rate, column, stated, computed,
                                       message, [a.line, b.line, rate.line]))


def _row_verdict(rate: Row, a: Row, b: Row, column: int) -> Verdict:
    stated, top, bottom = rate.figure(column), a.figure(column), b.figure(column)
    if stated is None or top is None or bottom is None:
        return Verdict.BREAK
    computed = ratio(interval_of(top), interval_of(bottom))
    return Verdict.BREAK if computed is None else judge(stated, computed)



# (6)=(5)/(4)x100, (5) = (4) : (3) × 100%, (5)=(4)/Jumlah(4)x100 (a share of the total)
_DECLARED_RATIO_RE = re.compile(
    r"^\(?(?P<p>\d{1,2})\)?=\(*(?P<a>\d{1,2})\)?[/:]\(?(?P<total>jumlah|total)?\(?"
    r"(?P<b>\d{1,2})\)*(?:[x×*]100%?)?$", re.IGNORECASE)


def declared_formulas(table: Table) -> dict[int, Formula]:
    """Rate columns whose formula the column-number row prints: the table's own word comes
    before anything discovered from its figures, even for a table of one row, and whatever
    the column's title (``Realisasi (%)`` under ``(6)=(5)/(4)x100`` is derived)."""
    cells = table.number_row or []
    numbers: dict[int, int] = {}
    for column, text in enumerate(cells):
        if m := re.match(r"^\(?(\d{1,2})\)?", text.strip()):
            numbers.setdefault(int(m.group(1)), column)
    out: dict[int, Formula] = {}
    for column, text in enumerate(cells):
        m = _DECLARED_RATIO_RE.match(re.sub(r"\s+", "", text))
        if not m or int(m.group("a")) not in numbers or int(m.group("b")) not in numbers:
            continue
        a, b = numbers[int(m.group("a"))], numbers[int(m.group("b"))]
        if m.group("total"):
            if a == b:
                out[column] = Formula("share", a, a)
        elif column not in (a, b):
            out[column] = Formula("ratio", a, b)
    return out


def _judge_declared(table: Table, p: int, formula: Formula, result: CheckResult) -> None:
    """Every row against the declared formula; but a declaration that most rows contradict
    is more likely misprinted than all those rows: said once (``info``), not judged."""
    rows = [r for r in table.rows if _inputs(table, r, p, formula) is not None]
    trial = CheckResult()
    for row in rows:
        _judge_row(table, row, p, formula, trial)
    if len(rows) >= 3 and len(trial.findings) * 2 > len(rows):
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.INFO, line=table.first_line,
            stated=(table.number_row or [""])[p], expected=formula.describe(table),
            message=(f"{column_label(table, p).capitalize()}: rumus pada baris nomor kolom "
                     f"({(table.number_row or [''])[p]}) tidak sesuai dengan "
                     f"{len(trial.findings)} dari {len(rows)} baris; rumus atau kolomnya "
                     f"perlu diperiksa, baris-barisnya tidak dinilai satu per satu."),
            table=table.caption, anchor=f"declared|{p}"))
        return
    result.extend(trial)


def _is_rate_column(table: Table, column: int) -> bool:
    """A column whose own header names a rate; ``Realisasi (%)`` or ``Target`` holding
    percentages are inputs, not derived."""
    name = indonesian_header(table.columns[column]) if column < len(table.columns) else ""
    parts = name.split(" / ")
    own = parts[-1]
    if len(parts) > 1 and re.fullmatch(r"\s*(?:19|20)\d\d\s*", own):
        own = parts[-2]  # "% Ditangani / 2025": the year under it names no quantity
    if not _RATE_HEADER.search(own):
        return False
    if _INPUT_HEADER.search(own) and not _DERIVED_HEADER.search(own):
        # "Realisasi (%)" beside "Anggaran (Rp) / Realisasi": the share of the amount
        # another column prints, not a percentage indicator's realisasi
        # (its unit aside: "Realisasi (Rp)", "Realisasi (orang)")
        base = re.sub(r"\(?%\)?|persen", "", own, flags=re.IGNORECASE).strip().lower()
        return bool(base) and any(
            c != column and "%" not in name and _without_unit(name) == base
            for c, name in enumerate(table.columns))
    return True


def _without_unit(name: str) -> str:
    """A column's own title without the unit in brackets: ``Realisasi (Rp)`` → realisasi."""
    own = name.split(" / ")[-1]
    return re.sub(r"\s+", " ", re.sub(r"\([^()]*\)", " ", own)).strip().lower()


def figures_array(table: Table) -> np.ndarray:
    """The table's figures as floats (NaN where a cell holds no figure), a row per table row
    and a column per table column: every candidate formula is scored on it in one step."""
    import numpy as np  # only tables with a rate column need it

    return np.array([[float(f.value) if (f := r.figure(c)) is not None and not f.dash
                      else float("nan") for c in range(table.width)] for r in table.rows],
                    dtype=float).reshape(len(table.rows), table.width)


# Constants a rate may be divided by: days in a year or month, months; per mille and per
# 10.000 / 100.000 population; and a unit change: ton per hectare printed as kuintal per
# hectare (produktivitas = produksi / luas panen × 10).
_DAYS_AND_MONTHS = {Decimal(k) for k in ("365", "366", "360", "30", "12")}
_PER = [*sorted(_DAYS_AND_MONTHS, reverse=True),
        *(Decimal(k) for k in ("10", "0.1", "0.01", "0.001"))]


MAX_PAIRED_COLUMNS = 8  # beyond this many inputs, sums of two pairs fit by chance


MIN_PAIRED_EVIDENCE = 4  # rows a sum of two pairs must explain, each printing other figures


def _paired_discovery(table: Table, p: int, others: list[int]) \
        -> tuple[Formula, list[Row]] | None:
    """(a + c) / (b + d) when it explains every row but one at most, and at least four rows
    whose inputs differ (with four columns to choose from, a rule that explains most rows
    but several is a coincidence, not the table's formula)."""
    found = _discover(table, p, others, paired=True)
    if found is None:
        return None
    formula, rows = found
    trial = CheckResult()
    for row in rows:
        _judge_row(table, row, p, formula, trial)
    evidence = {(i[1].value, i[2].value) for r in rows
                if (i := _inputs(table, r, p, formula)) is not None and i[1].value != i[2].value}
    if len(trial.findings) > 1 or len(evidence) < MIN_PAIRED_EVIDENCE:
        return None
    return found


def _inverse(formula: Formula) -> Formula:
    """b / a for a / b, their addends swapped with them."""
    return Formula("ratio", formula.b, formula.a, plus=formula.over_plus,
                   over_plus=formula.plus)


def _paired_candidates(others: list[int]) -> list[Formula]:
    """(a + c) / (b + d) × 100 for four different input columns."""
    return [Formula("ratio", a, b, plus=c, over_plus=d)
            for a in others for c in others if c > a
            for b in others if b not in (a, c) for d in others if d > b and d not in (a, c)]


def _candidates(table: Table, p: int, others: list[int]) -> list[Formula]:
    out = [Formula("ratio", a, b) for a in others for b in others if a != b]
    out += [Formula("ratio", a, b, k) for a in others for b in others if a != b for k in _PER]
    name = table.columns[p] if p < len(table.columns) else ""
    if _DIFFERENCE_HEADER.search(name):
        out += [Formula("difference", a, b) for a in others for b in others if a != b]
        out += [Formula("efficiency", a, b) for a in others for b in others if a != b]
    if _GROWTH_HEADER.search(name) and re.search(r"%|persen", name, re.IGNORECASE):
        out += [Formula("growth", a, b) for a in others for b in others if a != b]
    if any(r.kind == "total" for r in table.rows):
        out += [Formula("share", a, a) for a in others]
    # "% Realisasi PDN + TKDN", "% Mandiri dan Paripurna": a rate of two columns together
    if re.search(r"\+|\bdan\b|&", name.split(" / ")[-1], re.IGNORECASE) and len(others) <= 12:
        out += [Formula("ratio", a, b, plus=c) for a in others for c in others if c > a
                for b in others if b not in (a, c)]
    return out


def _discover(table: Table, p: int, others: list[int], paired: bool = False) \
        -> tuple[Formula, list[Row]] | None:
    """The formula that explains most rows of column ``p``, and the rows it applies to.

    A float pre-filter over the table's figures (the pandas frame as a numpy array) ranks
    candidates cheaply; the chosen formula is then confirmed row by row with exact interval
    arithmetic.
    """
    import numpy as np

    values = figures_array(table)
    stated = values[:, p]
    best: tuple[tuple[int, int, int, int], Formula] | None = None
    best_mask = np.zeros(len(table.rows), dtype=bool)
    # Each row is judged at its own printed precision: "89%" beside "62,4%" in one column.
    tolerance = np.array([0.51 * 10.0 ** -(f.decimals if (f := r.figure(p)) is not None else 0)
                          + 1e-9 for r in table.rows]) + np.abs(np.nan_to_num(stated)) * 1e-6
    # A zero rate over a zero input explains nothing: only non-zero rows are evidence.
    evidence = ~np.isnan(stated) & (stated != 0)
    # A total row is its own share of the total (100%) whatever its rate: no evidence for it.
    not_total = np.array([r.kind != "total" for r in table.rows], dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for formula in (_paired_candidates(others) if paired else _candidates(table, p, others)):
            computed = _approximate(values, table, formula)
            usable = ~np.isnan(computed) & evidence
            if formula.kind == "share":
                usable &= not_total
            if int(usable.sum()) < 2:
                continue
            direct = (np.abs(computed - stated) <= tolerance) & usable
            either = direct
            if formula.kind == "ratio" and formula.per == 1:
                inverse = _approximate(values, table, _inverse(formula))
                either = direct | ((np.abs(inverse - stated) <= tolerance) & usable)
            # Rows explained (inverse rows included), then rows explained the direct way,
            # then the nearest columns: realisasi / target sits beside its capaian; last, the
            # later column over the earlier one, since reports print Target before Realisasi.
            score = (int(either.sum()), int(direct.sum()),
                     -abs(formula.a - p) - abs(formula.b - p), int(formula.a > formula.b))
            if best is None or score > best[0]:
                best, best_mask = (score, formula), either
    if best is None:
        return None
    (_, *_), formula = best
    # The float filter is loose on purpose (a truncated rate still follows its formula);
    # the rows it counts must also hold within half a printed unit, or within a unit below
    # (truncation): 100,00 beside 19230 / 19231 = 99,995 does not.
    ulp = np.array([10.0 ** -(f.decimals if (f := r.figure(p)) is not None else 0)
                    for r in table.rows])
    with np.errstate(divide="ignore", invalid="ignore"):
        computed = _approximate(values, table, formula)
        if formula.kind == "ratio" and formula.per == 1:
            inverse = _approximate(values, table, _inverse(formula))
            near_inverse = np.abs(inverse - stated) < np.abs(computed - stated)
            computed = np.where(near_inverse, inverse, computed)
    eps = 1e-9 * np.maximum(1.0, np.abs(np.nan_to_num(computed)))
    gap = np.abs(computed - stated)
    held = (gap <= ulp / 2 + eps) | ((computed - stated >= -eps) & (computed - stated < ulp + eps))
    best_mask = best_mask & np.nan_to_num(held, nan=0).astype(bool)
    hits = int(best_mask.sum())
    rows = [r for r in table.rows if (i := _inputs(table, r, p, formula)) is not None
            and i[0].value != 0]
    # The formula must explain the column: most of its rows, and at least two of them.
    if hits < 2 or hits * 2 <= len(rows):
        return None
    # two rows printing the same figures are one piece of evidence, not two; and rates of
    # one or two significant digits (0,17) fit some formula by chance
    explained = np.flatnonzero(best_mask)
    if len({(values[k, formula.a], values[k, formula.b], stated[k]) for k in explained}) < 2 \
            or not any(_significant_digits(table.rows[k].figure(p)) >= 3 for k in explained):
        return None
    if formula.kind == "ratio" and all(values[k, formula.a] == values[k, formula.b]
                                       for k in explained) \
            and any(table.rows[k].kind != "total"
                    and values[k, formula.a] != values[k, formula.b] and not np.isnan(stated[k])
                    and not np.isnan(values[k, formula.a]) and not np.isnan(values[k, formula.b])
                    for k in range(len(table.rows))):
        # 100,00 wherever the two columns are equal, and no row where they differ follows
        # it: a physical progress beside realisasi / kontrak, not that ratio
        return None
    return formula, rows


def _significant_digits(figure: Figure | None) -> int:
    if figure is None:
        return 0
    return len(str(int(abs(figure.value) * 10 ** figure.decimals)).lstrip("0"))


def _approximate(values: np.ndarray, table: Table, formula: Formula) -> np.ndarray:
    import numpy as np

    a, b = values[:, formula.a], values[:, formula.b]
    if formula.plus is not None:
        # "-" in the added column is nothing added (3 Mandiri + - Paripurna)
        a = a + np.nan_to_num(values[:, formula.plus])
    if formula.over_plus is not None:
        b = b + np.nan_to_num(values[:, formula.over_plus])
    if formula.kind == "ratio":
        return np.where(b != 0, a / b, np.nan) * 100 / float(formula.per)
    if formula.kind == "difference":
        return a - b
    if formula.kind == "growth":
        return np.where(b != 0, (a - b) / b, np.nan) * 100
    if formula.kind == "efficiency":
        return np.where(a != 0, 1 - b / a, np.nan) * 100
    total = _total_value(table, formula.a)
    if total is None or total == 0:
        return np.full(len(a), np.nan)
    return a / float(total) * 100


def _total_value(table: Table, column: int) -> Decimal | None:
    totals = [f.value for r in table.rows if r.kind == "total"
              and (f := r.figure(column)) is not None and not f.dash]
    return totals[-1] if len(totals) == 1 else None


def _inputs(table: Table, row: Row, p: int, formula: Formula) \
        -> tuple[Figure, Figure, Figure] | None:
    stated, a, b = row.figure(p), row.figure(formula.a), row.figure(formula.b)
    if stated is None or a is None or b is None or stated.dash:
        return None
    a, b = _added(row, a, formula.plus), _added(row, b, formula.over_plus)
    if a is None or b is None:
        return None
    if formula.kind == "share":
        if row.kind == "total":
            return None
        return stated, a, a
    if formula.kind in ("ratio", "growth") and (a.dash or b.dash or b.value == 0) \
            or formula.kind == "efficiency" and (a.dash or b.dash or a.value == 0):
        return None
    if formula.kind == "ratio" and a.value == 0 and stated.value != 0:
        # "0 (7 dokumen dalam penyusunan) | 35,25%": the rate measures progress, not 0/target.
        return None
    return stated, a, b


def _added(row: Row, figure: Figure, column: int | None) -> Figure | None:
    """The figure with the row's cell in ``column`` added (a formula's "+ TKDN"); None when
    that cell holds no figure."""
    if column is None:
        return figure
    other = row.figure(column)
    if other is None:
        return None
    return Figure(figure.value + other.value, max(figure.decimals, other.decimals), figure.unit,
                  f"({figure.text} + {other.text})")


def _compute(table: Table, formula: Formula, a: Figure, b: Figure) -> Interval | None:
    ia, ib = interval_of(a, exact_integers=True), interval_of(b, exact_integers=True)
    if formula.kind == "ratio":
        return ratio(ia, ib.scale(formula.per))
    if formula.kind == "difference":
        return ia - ib
    if formula.kind == "growth":
        return ratio(ia - ib, ib)
    if formula.kind == "efficiency":
        quotient = ratio(ib, ia)
        return None if quotient is None else Interval(100 - quotient.hi, 100 - quotient.lo)
    total = _total_value(table, formula.a)
    if total is None:
        return None
    return ratio(ia, Interval(total, total))


def _truncated(table: Table, formula: Formula, stated: Figure, a: Figure, b: Figure) \
        -> Interval | None:
    """The rate from the printed inputs taken as exact, when the stated rate is that value
    cut off rather than rounded at its last digit (73,33 / 70 = 104,757 printed 104,75)."""
    if formula.kind == "difference" or stated.decimals == 0 and not stated.is_percent:
        return None
    point = _compute(table, formula, Figure(a.value, 0, None, a.text),
                     Figure(b.value, 0, None, b.text))
    if point is None or point.lo <= 0:
        return None
    exact = point.mid
    step = Decimal(10) ** -stated.decimals
    if stated.value == exact.quantize(step, rounding=ROUND_DOWN) \
            and stated.value != round_to(exact, stated.decimals):
        return point
    return None


def _judge_row(table: Table, row: Row, p: int, formula: Formula, result: CheckResult) -> None:
    inputs = _inputs(table, row, p, formula)
    if inputs is None:
        return
    stated, a, b = inputs
    computed = _compute(table, formula, a, b)
    if computed is None:
        return
    verdict = judge(stated, computed)
    if verdict is not Verdict.CONSISTENT and formula.kind == "ratio" and formula.per == 1:
        inverse = ratio(interval_of(b), interval_of(a))
        if inverse is not None and judge(stated, inverse) is Verdict.CONSISTENT:
            # a lower-is-better indicator: target / realisasi × 100, truncated or not
            point = _truncated(table, formula, stated, b, a)
            if point is None:
                result.passed()
                return
            verdict, computed, a, b = Verdict.ROUNDING, point, b, a
        mirrored = ratio(interval_of(b).scale(Decimal(2)) - interval_of(a), interval_of(b))
        if mirrored is not None and judge(stated, mirrored) is Verdict.CONSISTENT:
            # the other reading of lower-is-better: (2 × target − realisasi) / target × 100
            result.passed()
            return
    if verdict is Verdict.CONSISTENT and (point := _truncated(table, formula, stated, a, b)):
        # Consistent at the inputs' own precision, but the printed inputs give a value whose
        # rounding differs from the stated one, which is its truncation: a minor slip.
        verdict, computed = Verdict.ROUNDING, point
    if verdict is Verdict.CONSISTENT:
        result.passed()
        return
    rule, severity = rule_for(verdict, RULE_ID)
    expected = expected_text(stated, computed)
    if formula.kind == "ratio" and formula.per > 1:
        arithmetic = f"{a.text} / ({b.text} × {formula.per}) × 100 = {expected}"
    elif formula.kind == "ratio" and formula.per < 1:
        arithmetic = f"{a.text} / {b.text} × {format_id(100 / formula.per, 0)} = {expected}"
    elif formula.kind == "ratio":
        arithmetic = f"{a.text} / {b.text} × 100 = {expected}"
    elif formula.kind == "difference":
        arithmetic = f"{a.text} − {b.text} = {expected}"
    elif formula.kind == "growth":
        arithmetic = f"({a.text} − {b.text}) / {b.text} × 100 = {expected}"
    elif formula.kind == "efficiency":
        arithmetic = f"(1 − {b.text} / {a.text}) × 100 = {expected}"
    else:
        arithmetic = f"{a.text} / {_total_value(table, formula.a)} × 100 = {expected}"
    what = "terpotong, bukan dibulatkan" if rule == "rounding" else "tidak sesuai rumus kolom"
    message = (
        f"{row_label(row.label, row.line)}: {column_label(table, p)} menyatakan {stated.text}, "
        f"padahal {arithmetic} ({what}; rumus yang diikuti baris lain: "
        f"{formula.describe(table)})."
    )
    inputs = (formula.a, formula.b) + tuple(c for c in (formula.plus, formula.over_plus)
                                            if c is not None)
    finding = cell_finding(rule, severity, table, row, p, stated, computed, message,
                           [row.line], inputs)
    if formula.kind == "ratio" and formula.per == 1 and formula.plus is None \
            and formula.over_plus is None:
        finding.rate_of = (formula.a, formula.b)
    result.failed(finding)


def _judge_expression(table: Table, row: Row, p: int, expression: Expression,
                      result: CheckResult, by_rows: bool = False,
                      corrected: dict[tuple[int, int], Figure] | None = None) -> None:
    """One cell against the formula its table declares in words: ``p`` of ``row`` from the
    same row's other columns, or (``by_rows``) from the same column of the rows the row's
    label names."""
    stated = row.figure(p)
    if stated is None or stated.dash:
        return
    if by_rows:
        operands = {i: table.rows[i].figure(p) for i in expression.refs()}
    else:
        fixed = corrected or {}
        operands = {c: fixed.get((id(row), c), row.figure(c)) for c in expression.refs()}
    if any(f is None or f.dash for f in operands.values()):
        return
    computed = expression.evaluate({k: interval_of(f) for k, f in operands.items()
                                    if f is not None})
    if computed is None:
        return
    verdict = judge(stated, computed)
    if verdict is Verdict.CONSISTENT:
        result.passed()
        return
    rule, severity = rule_for(verdict, RULE_ID)
    expected = expected_text(stated, computed)
    if corrected is not None:
        corrected[(id(row), p)] = Figure(round_to(computed.mid, stated.decimals),
                                         stated.decimals, stated.unit, expected)
    where = "pada label barisnya" if by_rows else "pada judul kolom atau catatan tabelnya"
    worked = expression.render({k: f.text for k, f in operands.items() if f is not None})
    message = (
        f"{row_label(row.label, row.line)}: {column_label(table, p)} menyatakan {stated.text}, "
        f"padahal {worked} = {expected} (rumus yang dinyatakan {where}: "
        f"{expression.text})."
    )
    related = [table.rows[i].line for i in operands] if by_rows else [row.line]
    result.failed(cell_finding(rule, severity, table, row, p, stated, computed, message,
                               related, () if by_rows else tuple(operands)))


def _notes_under(doc: Document, table: Table) -> list[str]:
    """The lines just under a table that may state its formulas (``Keterangan: NRR
    tertimbang = NRR × 0,111``), up to the next table or caption."""
    out = []
    for text in doc.lines[table.last_line:table.last_line + NOTE_LINES]:
        if text.lstrip().startswith("|") or re.match(r"\s*\**\s*tabel\b", text, re.IGNORECASE):
            break
        if "=" in text and not _MARKED_NOTE_RE.match(text):
            out.append(text)
    return out


# "*) indikator negatif; capaian = target / realisasi x 100%": a note for the rows marked so
_MARKED_NOTE_RE = re.compile(r"^\s*(?:\*+\s*\)?|\(\*+\)|\d\))")

check = every_table(check_table, _notes_under)

RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Kolom capaian/persentase mengikuti rumus yang diikuti baris lain pada tabelnya.",
    summary_en=("A capaian/percentage column follows the formula the other rows of its table "
                "follow."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
