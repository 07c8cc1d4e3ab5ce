"""narrative_arithmetic: the arithmetic inside one sentence of prose adds up.

Prose restates figures with a computed share, change, sum or difference next to them. These
shapes are read, and only when the figures stand right next to the words that tie them
together; a sentence whose structure is not read with confidence is skipped.

* a share: ``Rp A atau P% dari total pagu anggaran Rp B``, ``P% atau sebesar Rp A dari pagu
  Rp B``, ``A orang atau P% dari target B orang``, ``A dari target B atau P%``,
  ``realisasi A dari target B (capaian P%)``, ``Dari B km, A km (P%)``, ``pagu Rp B dengan
  realisasi Rp A (P%)``, and ``A unit atau P% dari total kendaraan`` where the sentence
  before gives the total (``Jumlah kendaraan ... sebanyak B unit``): P = A / B × 100.
  Against a *target* the inverse reading of a lower-is-better indicator (B / A × 100) is
  accepted too.
* a capaian beside its realisasi and target, whatever the wording and order, when the words
  give one figure of a clause each role (``Nilai IKM tahun 2025 sebesar 84,67 terhadap
  target 82,00 dengan tingkat capaian 103,26%``): capaian = realisasi / target × 100, or a
  lower-is-better reading.
* shares of a whole: ``dengan kontribusi perikanan tangkap sebesar 67,20% dan perikanan
  budidaya sebesar 32,80%`` add up to 100% (a list that comes within a point of 100% is
  taken for the whole; a shorter one names some parts only).
* a gap stated below a table: ``Realisasi PNBP melampaui target dengan selisih sebesar Rp
  455.350.000`` is |realisasi − target| of the table's closing total row.
* a change: ``naik/turun/meningkat/bertambah sebesar D dari A menjadi B``, ``dari A menjadi B
  atau naik D``, ``A bertambah D sehingga menjadi B`` and ``B, naik D dibandingkan tahun
  2024 sebesar A``: D = |B − A|, and the verb must go the way the figures go. When D is
  printed with % and A and B are percentages, both the percentage-point difference and the
  relative change (B − A) / A × 100 are accepted; when A and B are counts or amounts a D in %
  is the relative change (for unit-less scores and indices the plain difference is accepted
  too). A failing message names every reading it tried.
* a sum: ``terdiri atas A … dan B …, sehingga seluruhnya berjumlah C``, ``berjumlah C orang,
  terdiri atas A orang laki-laki dan B orang perempuan``, ``Jumlah pegawai C orang (A PNS dan
  B PPPK)``, ``A + B = C``: C = A + B (+ …). The list must end with ``dan``/``serta`` and
  every figure must count the same thing (same unit or counted noun).
* a difference: ``realisasi Rp R dari pagu Rp P, sehingga sisa anggaran Rp S`` (also
  ``selisih``, ``kekurangan``, ``kelebihan``, ``tersisa``), ``selisih antara A dan B sebesar
  D``, ``A − B = C``: S = |P − R|. Exactly two figures of the same kind must stand in the
  clause, one of them a base (``dari``, ``pagu``, ``target``, ``total``).
* an average: ``rata-rata … A, B dan C adalah M`` or ``A, B dan C, sehingga rata-ratanya M``.
* a semester: ``Triwulan III A orang dan Triwulan IV B orang ... semester kedua (S orang)``:
  S = A + B (the first semester is Triwulan I and II), within one paragraph.
* a gap to the target: ``B menit, lebih cepat D menit dari target A menit``: D = |B − A|.
* an amount printed twice: ``Rp 2.315.409.217 atau sekitar Rp 2,32 miliar``, ``Rp A (sekitar
  Rp B juta)``: the rounded amount is the full one at the precision it is printed (unless
  it is another figure of the sentence that it restates).

Which figure is blamed: the computed one (C, S, D, P, M), unless it is restated elsewhere in
the document and exactly the operands are not; then the last unconfirmed operand is blamed
and the message gives both readings (``712 + 178 = 890, bukan 903; 903 juga tertulis di baris
202, jadi yang keliru kemungkinan 178: 903 − 712 = 191``).

All comparisons are interval comparisons at printed precision (audit/precision.py): a figure
off only by truncation at the last printed digit is a ``rounding`` finding (minor); anything
else is a break, ``critical`` when Rupiah are involved, ``major`` otherwise.

Passes::

    Realisasi anggaran sebesar Rp 784.002.470,- atau 95,97% dari total pagu anggaran
    Rp 816.963.000,-.
    Nilai IKM naik sebesar 2,35% dari 80,10% menjadi 82,45%.
    Pegawai berjumlah 43 orang, terdiri atas 28 orang laki-laki dan 15 orang perempuan.
    Realisasi Rp 900.000.000,- dari pagu Rp 1.000.000.000,-, sehingga sisa anggaran
    Rp 100.000.000,-.

Fails (225 / 600 × 100 = 37,50%, not 20%; 60 + 25 = 85, not 95)::

    Realisasi sebesar 225 orang atau 20% dari target 600 orang.
    Peserta terdiri atas 60 orang laki-laki dan 25 orang perempuan, sehingga seluruhnya
    berjumlah 95 orang.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from itertools import product

from audit.budget_totals import table_totals
from audit.checks.base import Rule
from audit.claims import EXCESS_RE, linked_claims, role_claims
from audit.facts import Mention, agree, name_tokens
from audit.figures import (
    SCALE_WORDS,
    UNIT_WORDS,
    Figure,
    FoundFigure,
    find_figures,
    format_id,
    is_year,
    parse_figure,
)
from audit.findings import CheckResult, Finding, Severity
from audit.half_years import half_years
from audit.model import Document, Row, Sentence, Table
from audit.morphology import same_root
from audit.named_sums import named_row_sums, row_named
from audit.precision import (
    Interval,
    Verdict,
    expected_text,
    interval_of,
    interval_sum,
    judge,
    ratio,
    round_to,
)
from audit.prose import noun_kind

DOC_ID = """narrative_arithmetic: perhitungan di dalam satu kalimat uraian benar.

Uraian naratif menyebut kembali angka disertai porsi, perubahan, jumlah atau selisih hasil
perhitungan di sampingnya. Bentuk-bentuk berikut dibaca, dan hanya apabila angka-angkanya
berdampingan langsung dengan kata-kata yang mengaitkannya; kalimat yang strukturnya tidak
dapat dibaca dengan yakin dilewati.

* porsi: ``Rp A atau P% dari total pagu anggaran Rp B``, ``P% atau sebesar Rp A dari pagu
  Rp B``, ``A orang atau P% dari target B orang``, ``A dari target B atau P%``,
  ``realisasi A dari target B (capaian P%)``, ``Dari B km, A km (P%)``, ``pagu Rp B dengan
  realisasi Rp A (P%)``, dan ``A unit atau P% dari total kendaraan`` bila kalimat sebelumnya
  memuat totalnya (``Jumlah kendaraan ... sebanyak B unit``): P = A / B × 100. Terhadap
  *target*, bacaan kebalikan untuk indikator yang makin rendah makin baik (B / A × 100) juga
  diterima.
* capaian di samping realisasi dan targetnya, apa pun susunan katanya, bila kata-kata dalam
  satu anak kalimat memberi masing-masing satu angka peran tersebut (``Nilai IKM tahun 2025
  sebesar 84,67 terhadap target 82,00 dengan tingkat capaian 103,26%``): capaian =
  realisasi / target × 100, atau bacaan indikator yang makin rendah makin baik.
* porsi dari keseluruhan: ``dengan kontribusi perikanan tangkap sebesar 67,20% dan perikanan
  budidaya sebesar 32,80%`` berjumlah 100% (daftar yang berjumlah dalam selisih satu poin
  dari 100% dianggap keseluruhan; daftar yang lebih pendek hanya menyebut sebagian).
* selisih di bawah tabel: ``Realisasi PNBP melampaui target dengan selisih sebesar Rp
  455.350.000`` adalah |realisasi − target| baris total penutup tabel tersebut.
* perubahan: ``naik/turun/meningkat/bertambah sebesar D dari A menjadi B``, ``dari A menjadi B
  atau naik D``, ``A bertambah D sehingga menjadi B`` dan ``B, naik D dibandingkan tahun
  2024 sebesar A``: D = |B − A|, dan arah kata kerjanya harus sesuai dengan arah angkanya.
  Apabila D tercetak dengan % serta A dan B merupakan persentase, baik selisih dalam poin
  persentase maupun perubahan relatif (B − A) / A × 100 diterima; apabila A dan B merupakan
  cacah atau besaran uang, D dalam % adalah perubahan relatif (untuk skor dan indeks tanpa
  satuan, selisih biasa juga diterima). Pesan kegagalan menyebut setiap bacaan yang dicoba.
* jumlah: ``terdiri atas A … dan B …, sehingga seluruhnya berjumlah C``, ``berjumlah C orang,
  terdiri atas A orang laki-laki dan B orang perempuan``, ``Jumlah pegawai C orang (A PNS dan
  B PPPK)``, ``A + B = C``: C = A + B (+ …). Rinciannya harus diakhiri dengan ``dan``/``serta``
  dan setiap angka harus menghitung hal yang sama (satuan atau kata benda hitungan yang sama).
* selisih: ``realisasi Rp R dari pagu Rp P, sehingga sisa anggaran Rp S`` (juga
  ``selisih``, ``kekurangan``, ``kelebihan``, ``tersisa``), ``selisih antara A dan B sebesar
  D``, ``A − B = C``: S = |P − R|. Dalam klausa tersebut harus terdapat tepat dua angka yang
  sejenis, salah satunya merupakan dasar (``dari``, ``pagu``, ``target``, ``total``).
* rata-rata: ``rata-rata … A, B dan C adalah M`` atau ``A, B dan C, sehingga rata-ratanya M``.
* semester: ``Triwulan III A orang dan Triwulan IV B orang ... semester kedua (S orang)``:
  S = A + B (semester pertama ialah Triwulan I dan II), dalam satu paragraf.

Angka yang dipersalahkan: angka hasil perhitungan (C, S, D, P, M), kecuali angka itu tercantum
pula di bagian lain dokumen sedangkan operand-operandnya tidak; dalam hal ini operand terakhir
yang tidak terkonfirmasi yang dipersalahkan dan pesannya memuat kedua bacaan (``712 + 178 =
890, bukan 903; 903 juga tertulis di baris 202, jadi yang keliru kemungkinan 178: 903 − 712 =
191``).

Semua perbandingan merupakan perbandingan interval pada presisi sebagaimana tercetak
(audit/precision.py): angka yang hanya meleset karena pemotongan pada digit terakhir yang
tercetak merupakan temuan ``rounding`` (minor); selebihnya merupakan ketidaksesuaian,
``critical`` apabila menyangkut Rupiah, ``major`` untuk selebihnya.

Lolos::

    Realisasi anggaran sebesar Rp 784.002.470,- atau 95,97% dari total pagu anggaran
    Rp 816.963.000,-.
    Nilai IKM naik sebesar 2,35% dari 80,10% menjadi 82,45%.
    Pegawai berjumlah 43 orang, terdiri atas 28 orang laki-laki dan 15 orang perempuan.
    Realisasi Rp 900.000.000,- dari pagu Rp 1.000.000.000,-, sehingga sisa anggaran
    Rp 100.000.000,-.

Gagal (225 / 600 × 100 = 37,50%, bukan 20%; 60 + 25 = 85, bukan 95)::

    Realisasi sebesar 225 orang atau 20% dari target 600 orang.
    Peserta terdiri atas 60 orang laki-laki dan 25 orang perempuan, sehingga seluruhnya
    berjumlah 95 orang.
"""

RULE_ID = "narrative_arithmetic"

_SCALE = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
# A unit word after a figure ("orang", "ton"); never a conjunction that opens another clause
# ("75,00% karena penambahan 10 tempat tidur": the 10 is a cause, not the change).
# "14 temuan, atau berkurang 4": the unit word may stand right before a comma.
# (per mille, "22,80‰", is printed as a sign the figure reader leaves in the text)
_UNIT = (r"(?:‰\s*)?(?:(?!(?:karena|sebab|akibat|seiring|untuk|namun|tetapi|sedangkan|dan|"
         r"serta|yang|dengan|pada|di|ke|oleh|agar|supaya|walaupun|meskipun)\b)[A-Za-z]+\.?"
         r"(?:\s+|(?=,)))?")
# Words between "dari" and the base: "total pagu anggaran untuk IKK-1 sebesar". A clause
# break (dan, sedangkan, menjadi ...) or another percentage means the base is elsewhere.
# "dari pagu, sehingga terdapat sisa anggaran Rp X": the clause that follows names another
# quantity, not the base.
# "dari total produksi kabupaten, disusul Sungai Lebar (18.927,48 ton)": a comma opens
# another clause unless it introduces the base itself (", yaitu sebesar ...").
_FILLER = (r"(?:(?!\b(?:dan|serta|sedangkan|namun|tetapi|menjadi|atau|yang\s+lalu|sehingga|"
           r"terdapat|sisa|karena|sebab|disusul|diikuti)\b"
           r"|,(?!\s*(?:yaitu|yakni|sebesar|senilai|sejumlah|adalah)\b))[^;%:]){0,80}?")
# ("839 peristiwa nikah, atau 31,35% dari ...": a counted noun of up to three words)
_SHARE_LINK = re.compile(rf"^\s*(?:{_UNIT}){{0,3}},?\s*(?:atau|yaitu|setara(?:\s+dengan)?)\s*"
                         rf"(?:sebesar\s*)?$",
                         re.IGNORECASE)
_OF_BASE = re.compile(rf"^\s*,?\s*(?:dari|terhadap)\s+{_FILLER}\s*$", re.IGNORECASE)
_SHARE_THEN_PARTS = re.compile(r"^\s*(?:,?\s*(?:yaitu|yakni|atau)\s+(?:sebanyak\s+)?|\()\s*$",
                               re.IGNORECASE)
_PART_OF_BASE = re.compile(rf"^\s*{_UNIT}(?:dari|terhadap)\s+(?:total\s+|seluruh\s+)?$",
                           re.IGNORECASE)
# ("92,50% dibandingkan target 95,00% menghasilkan capaian 97,37%": compared with it)
_OF_TARGET = re.compile(
    rf"^\s*{_UNIT},?\s*(?:dari|(?:dibandingkan|dibanding|terhadap)(?:\s+dengan)?)\s+"
    rf"(?:(?:total|jumlah|nilai)\s+)?(?:target|pagu|rencana){_FILLER}$",
    re.IGNORECASE)
_THEN_PERCENT = re.compile(
    rf"^\s*{_UNIT},?\s*(?:atau(?:\s+tercapai)?|\(\s*capaian|\(|,?\s*capaian|"
    r"dengan\s+capaian|sehingga\s+capaian|menghasilkan\s+capaian)"
    r"\s*(?:kinerja\s+)?(?:sebesar\s+|mencapai\s+|adalah\s+)?$",
    re.IGNORECASE)
_TARGET_WORD = re.compile(r"\b(?:target|rencana)\b", re.IGNORECASE)
_LAST_OF_A_LIST_RE = re.compile(r"^\s*[A-Za-z/ -]{0,30}?,?\s*\b(?:dan|serta)\s*$", re.IGNORECASE)
_PAGU_THEN_REALISED = re.compile(r"^\s*,?\s*(?:(?:dengan|dan)\s+realisasi(?:nya)?|(?:yang\s+)?"
                                 r"(?:terealisasi|direalisasikan))\s+(?:sebesar\s+)?$",
                                 re.IGNORECASE)
# "turun dari pagu murni Rp A, dengan realisasi Rp B (C%)": an earlier version of the pagu,
# the base of a change, not of the share
_OTHER_PAGU_RE = re.compile(r"\b(?:dari|murni|awal|semula|sebelum|induk)\b", re.IGNORECASE)
_REALISED_THEN_SHARE = re.compile(r"^\s*(?:\(\s*|,?\s*(?:atau|yaitu)\s+(?:sebesar\s+)?)$",
                                  re.IGNORECASE)
# "Dari 412,35 km jalan kabupaten, 318,62 km (77,27%) ...", "Dari 720 putusan, sebanyak
# 640 putusan ..., sehingga realisasi mencapai 88,89%": the base first, then the part and
# its share (what the part is may take a long clause: "sebanyak 5 karya budaya ditetapkan
# sebagai Warisan Budaya Takbenda Indonesia pada tahun 2025 atau 35,71%")
_FROM_BASE_BEFORE = re.compile(r"(?:^|[.;:,]\s*|\b(?:dan|sedangkan)\s+)dari\s+"
                               r"(?:total\s+|jumlah\s+|sebanyak\s+)?$", re.IGNORECASE)
_BASE_THEN_PART = re.compile(r"^\s*(?:[A-Za-z/-]+\s+){0,6}?[A-Za-z/-]*\s*,\s*"
                             r"(?:sebanyak\s+|sejumlah\s+|terdapat\s+|hanya\s+|baru\s+)?$",
                             re.IGNORECASE)
_PART_THEN_SHARE = re.compile(
    r"^\s*(?:[A-Za-z/-]+\s*){0,3}\(\s*$|"
    r"^[^.;\d%()]{0,120}?,?\s*(?:atau|yaitu|sehingga\s+(?:[A-Za-z]+\s+){0,3}?"
    r"(?:mencapai|sebesar))\s*(?:sebesar\s+)?$", re.IGNORECASE)
_AND_SHARE = re.compile(r"^\s*,?\s*(?:atau|yaitu|setara(?:\s+dengan)?)\s*(?:sebesar\s+)?$",
                        re.IGNORECASE)
# Before a realisation: a figure that is itself a target or a budget is not the numerator,
# nor a gap ("lebih rendah 0,03 tahun dari target 8,42 tahun (capaian 99,64%)").
# ("sebesar 3,47 pada skala 4 dari target 3,40": the scale's top is no realisasi)
_NOT_NUMERATOR = re.compile(
    r"\b(target|pagu|rencana|skala|lebih\s+(?:rendah|tinggi|kecil|besar|banyak|sedikit|cepat|"
    r"lambat|lama|singkat)|"
    r"selisih|kurang|kekurangan|kelebihan|melebihi)\b[^0-9]{0,30}$", re.IGNORECASE)
_TWO_TARGETS = re.compile(r"\b(awal|semula)\b.*\b(revisi|perubahan|akhir)\b|"
                          r"\b(revisi|perubahan)\b.*\b(awal|semula)\b", re.IGNORECASE)

# ---------------------------------------------------------------- changes

_UP = r"naik|meningkat|kenaikan|peningkatan|bertambah|pertambahan|penambahan"
_DOWN = r"turun|menurun|penurunan|berkurang|pengurangan"
_UP_RE = re.compile(rf"^(?:{_UP})$", re.IGNORECASE)
_CHANGE_VERB = rf"(?:{_UP}|{_DOWN})"
_VERB_BEFORE = re.compile(
    rf"\b(?P<verb>{_CHANGE_VERB})\s+(?:sebesar\s+|sebanyak\s+|hingga\s+)?$", re.IGNORECASE)
# "naik D (dibandingkan tahun lalu,) (yaitu) dari A menjadi B"
_D_TO_A = re.compile(
    rf"^\s*{_UNIT},?\s*(?:(?:jika\s+)?(?:dibandingkan|dibanding)\s+(?:dengan\s+)?"
    r"(?:tahun\s+(?:lalu|sebelumnya)|periode\s+sebelumnya|TAHUN|tahun\s+TAHUN)\s*,?\s*)?"
    rf"(?:yaitu\s+|yakni\s+)?dari\s+{_FILLER}$", re.IGNORECASE)
_A_TO_B = re.compile(rf"^\s*{_UNIT},?\s*{_FILLER}\bmenjadi\s+(?:sebesar\s+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\b(?:dari|semula)\b[^0-9%]{0,60}$", re.IGNORECASE)
# "pada tahun 2024", "pada Semester I 2024", "pada TW III 2024" (years read as TAHUN)
_AT_YEAR = (r"(?:(?:pada\s+)?(?:akhir\s+)?"
            r"(?:tahun\s+|(?:semester|smt|triwulan|tw)\s+(?:iv|iii|ii|i|[1-4])\s+)?TAHUN\s*"
            # "pada APBD murni", "dalam DPA Perubahan": the budget's version, as a year is
            r"|(?:pada|dalam)\s+(?:apbd|apbdes|dpa|dipa|rka)(?:\s*-?\s*(?:murni|induk|perubahan|"
            r"awal|revisi|p))?\s*)?")

# "meningkat dari A menjadi B, atau sebesar D": the verb stands before "dari".
_B_TO_D_PLAIN = re.compile(
    rf"^\s*{_UNIT}{_AT_YEAR},?\s*(?:atau|yaitu|yakni)\s+(?:sebesar|sebanyak)\s+$", re.IGNORECASE)
_VERB_FROM = re.compile(
    rf"\b(?P<verb>{_CHANGE_VERB})\b(?:(?!\b(?:dan|serta|atau)\b)[^0-9%;]){{0,40}}"
    r"\b(?:dari|semula)\b[^0-9%]{0,60}$", re.IGNORECASE)
# "Rp A bertambah Rp D sehingga menjadi Rp B"
_A_VERB_D = re.compile(
    rf"^\s*{_UNIT},?\s*(?:kemudian\s+|lalu\s+)?(?:mengalami\s+)?(?P<verb>{_CHANGE_VERB})\s+"
    r"(?:sebesar\s+|sebanyak\s+)?$", re.IGNORECASE)
_D_THEN_B = re.compile(
    rf"^\s*{_UNIT},?\s*(?:sehingga|hingga|maka)\s+(?:[a-z]+\s+){{0,3}}?menjadi\s+"
    r"(?:sebesar\s+|sebanyak\s+)?$", re.IGNORECASE)
# "B, naik D dibandingkan tahun 2024 sebesar A": the base must be an earlier period.
# "24 menit, lebih cepat 5 menit dibandingkan tahun 2024 (28 menit)": a comparative says
# the difference too; "cepat/lambat" give no direction (a time that falls is faster).
_COMPARATIVE = (r"lebih\s+(?:tinggi|besar|banyak|rendah|kecil|sedikit|cepat|lambat|lama|"
                r"singkat)")
# ("turun dari 4,00 hari menjadi 3,60 hari atau lebih cepat 0,30 hari": a comparative too)
_B_TO_D = re.compile(
    rf"^\s*{_UNIT}{_AT_YEAR},?\s*(?:atau|sehingga|yang\s+berarti)?\s*"
    rf"(?:terjadi\s+|mengalami\s+|ada\s+)?(?P<verb>{_CHANGE_VERB}|{_COMPARATIVE})\s+"
    r"(?:sebesar\s+|sebanyak\s+)?$",
    re.IGNORECASE)
# ("96,59 dengan predikat Sangat Baik, naik 1,67 poin ...": the value's grade aside)
_B_VERB_D = re.compile(
    rf"^\s*{_UNIT},?\s*(?:dengan\s+(?:predikat|kategori|mutu(?:\s+pelayanan)?)\s+"
    r"[A-Za-z]+(?:\s+[A-Za-z]+)?\s*,\s*)?"
    r"(?:atau\s+|yang\s+berarti\s+|sehingga\s+)?(?:mengalami\s+)?"
    rf"(?P<verb>{_CHANGE_VERB}|{_COMPARATIVE})\s+(?:sebesar\s+|sebanyak\s+)?$",
    re.IGNORECASE)
_D_VS_A = re.compile(
    rf"^\s*{_UNIT}(?:persen\s+)?,?\s*(?:jika\s+|bila\s+|apabila\s+)?"
    r"(?:dibandingkan|dibanding|daripada|dari)\s+(?:dengan\s+)?"
    # (a new clause with a change of its own, ", sedangkan realisasinya naik Rp ...", is
    # no base of this one)
    r"(?P<period>(?:(?!\b(?:target|pagu|rencana|dan|atau|serta|nasional|provinsi|sedangkan|"
    r"sementara|namun|tetapi|naik|turun|meningkat|menurun|bertambah|berkurang)\b)"
    r"[^0-9%;:]){0,60}?)"
    r"(?:yang\s+)?(?:sebesar|sebanyak|yaitu|yakni|mencapai|senilai|hanya|adalah|mencatat|"
    r"tercatat|berjumlah|sejumlah)?\s*$",
    re.IGNORECASE)
_D_VS_TARGET = re.compile(rf"^\s*{_UNIT},?\s*(?:dari|daripada|dibandingkan|dibanding)\s+"
                          r"(?:dengan\s+)?(?:yang\s+)?(?:(?:batas|ambang)\s+)?"
                          r"(?:target|standar)(?:nya)?\s*(?:maksimal\s+|minimal\s+)?"
                          r"(?:(?:yang\s+)?(?:sebesar|yaitu|ditetapkan))?\s*$", re.IGNORECASE)
_VALUE_THEN = re.compile(rf"^\s*{_UNIT},?\s*(?:atau\s+|yaitu\s+|sehingga\s+)?(?:berada\s+)?$",
                         re.IGNORECASE)
_D_THEN_VS_TARGET = re.compile(
    rf"^\s*{_UNIT}\s*(?P<verb>{_COMPARATIVE}|di\s+atas|di\s+bawah)\s+(?:dari\s+|daripada\s+)?"
    r"(?:(?:batas|ambang)\s+)?(?:target|standar)(?:nya)?\s*(?:maksimal\s+|minimal\s+)?"
    r"(?:(?:yang\s+)?(?:sebesar|yaitu|ditetapkan)\s*)?$", re.IGNORECASE)
_PERIOD = re.compile(r"TAHUN|\b(?:tahun|triwulan|semester|periode|bulan|tw)\b", re.IGNORECASE)
# "... dibandingkan 8.030 perkara pada tahun 2024": the earlier period named after the base
_PERIOD_AFTER = re.compile(rf"^\s*{_UNIT}\s*(?:pada\s+)?(?:akhir\s+)?(?:tahun\s+)?"
                           r"(?:(?:19|20)\d\d|lalu|sebelumnya)\b", re.IGNORECASE)
_B_OR_D = re.compile(rf"^\s*{_UNIT}{_AT_YEAR},?\s*(?:atau|yaitu|yakni)\s+$", re.IGNORECASE)
_COMPARATIVE_AFTER = re.compile(rf"^\s*{_UNIT}{_COMPARATIVE}\b", re.IGNORECASE)

# ---------------------------------------------------------------- sums, differences, averages

# Words that end a list item's label: a new clause, a base, another computation.
_BREAK = (r"atau|dari|terhadap|menjadi|sehingga|maka|jadi|sedangkan|namun|tetapi|dengan|"
          r"target|pagu|rencana|realisasi|capaian|sisa|selisih|kekurangan|kelebihan|naik|"
          r"turun|meningkat|menurun|rata|total\w*|jumlah\w*|seluruh\w*|keseluruhan\w*|"
          r"berjumlah|terdiri|meliputi|yaitu|yakni|antara|masing|per|setiap|tiap|kali|"
          r"dibandingkan|dibanding|sebelumnya|kemudian|lalu|semula|awal|revisi|perubahan|"
          r"murni|persen")
_SEP_CHAR = rf"(?:(?!\b(?:{_BREAK})\b)[^0-9%;:=+()])"
_SEP_RE = re.compile(rf"^{_SEP_CHAR}{{0,100}}$", re.IGNORECASE)
_AND_RE = re.compile(r"\b(?:dan|serta|ditambah)\b", re.IGNORECASE)
_PLUS_RE = re.compile(r"^\s*\+\s*$")
_MINUS_RE = re.compile(r"^\s*[-−–]\s*$")
_EQUALS_RE = re.compile(r"^\s*=\s*$")
# Words of a label or a link: no figures, no clause break.
_LABEL = r"(?:(?!\b(?:atau|dari|terhadap|sedangkan|namun|tetapi|dan|serta|antara)\b)[^0-9%;:=+])"
_TOTAL_WORD = r"(?:total\w*|seluruh\w*|keseluruhan\w*|jumlah\w*|semua\w*|berjumlah|gabungan\w*)"
# After the total word: not a need, a remainder or a rate ("jumlah instruktur yang dibutuhkan").
_SUM_TAIL = (r"(?:(?!\b(?:atau|dari|terhadap|sedangkan|namun|tetapi|dan|serta|antara|"
             r"\w*butuh\w*|\w*perlu\w*|sisa|selisih|kurang|lebih|rata|per|setiap|tiap|"
             r"capaian)\b)[^0-9%;:=+])")
_SUM_LINK = re.compile(
    rf"^{_LABEL}{{0,80}}?[,\s]*(?:sehingga|maka|jadi|dengan\s+demikian|yang\s+berarti|atau)\s+"
    # ("sehingga ternak besar potong secara bersama-sama berjumlah": what is summed, named)
    rf"(?:[a-z]+\s+){{0,4}}?(?:secara\s+)?(?:bersama-sama\s+)?{_TOTAL_WORD}\b{_SUM_TAIL}{{0,60}}$",
    re.IGNORECASE)
_ANCHOR = (r"terdiri\s+(?:atas|dari)|meliputi|mencakup|dengan\s+(?:rincian|perincian|komposisi)|"
           r"yaitu|yakni")
# anchors that name some of a whole, not always all of it
_INCLUDES_RE = re.compile(r"\b(?:mencakup|termasuk|di\s*antaranya|antara\s+lain)\b", re.IGNORECASE)
_ANCHOR_BEFORE = re.compile(rf"\b(?:{_ANCHOR})\b\s*:?{_SEP_CHAR}{{0,50}}$", re.IGNORECASE)
_WHOLE_THEN_PARTS = re.compile(
    r"^(?:(?!\b(?:atau|dari|terhadap|sedangkan|namun|tetapi|sehingga|dan|serta|target|pagu)\b)"
    rf"[^0-9%;:=+]){{0,60}}?[,\s]*(?:yang\s+)?(?:{_ANCHOR})\b\s*:?{_SEP_CHAR}{{0,50}}$",
    re.IGNORECASE)
_TOTAL_BEFORE = re.compile(rf"\b{_TOTAL_WORD}\b[^0-9%;:]{{0,60}}$", re.IGNORECASE)
# A figure after "dari"/"target"/"total" is a base, never one of the listed parts.
_BASE_BEFORE = re.compile(
    r"\b(?:dari|terhadap|target|pagu|rencana|alokasi|kuota|total|jumlah|seluruh\w*)\b"
    r"[^0-9%]{0,40}$", re.IGNORECASE)
_BASE_NAMED_BEFORE = re.compile(r"\b(?:dari|terhadap)\s+(?:\w+\s+){1,3}?(?:tersebut|itu|ini)\b"
                                r"[^0-9%]{0,40}$", re.IGNORECASE)
_DIFF_LINK = re.compile(
    rf"^{_LABEL}{{0,80}}?[,\s]*(?:sehingga|maka|jadi|dengan\s+demikian|yang\s+berarti|artinya|"
    r"berarti|atau)\s+(?:masih\s+)?(?:terdapat\s+|ada\s+|mengalami\s+|menyisakan\s+)?"
    r"(?:sisa|selisih|kekurangan|kelebihan|tersisa)\b"
    r"(?P<tail>(?:(?!\b(?:atau|dari|terhadap|menjadi|dan|serta|antara|tender|lelang|kontrak|"
    r"pengadaan|efisiensi|kas|saldo|silpa)\b)[^0-9%;:=+]){0,80}?)"
    r"(?:\b(?:sebesar|sebanyak|senilai|adalah|yaitu|yakni|ialah|tinggal|hanya|sejumlah)\b\s*"
    r"|[=:]\s*)?$",
    re.IGNORECASE)
# "..., sehingga masih terdapat 5 unit yang belum terhubung": the rest of a whole, named by
# what it has not yet done, after the part that has
_REST_LINK = re.compile(
    rf"^{_LABEL}{{0,80}}?[,\s]*(?:(?:sehingga|maka|jadi|dengan\s+demikian|berarti|artinya)\s+"
    r"(?:masih\s+)?(?:terdapat\s+|ada\s+|tersisa\s+|tinggal\s+)?|masih\s+(?:terdapat|ada)\s+)"
    r"(?:sebanyak\s+)?$",
    re.IGNORECASE)
# ... what the rest has not done yet, or is still to do
_NOT_YET_AFTER = re.compile(r"^\s*(?:[A-Za-z]+\s+){0,3}?(?:yang\s+)?(?:belum|akan|masih\s+harus|"
                            r"dijadwalkan|direncanakan|menunggu|"
                            r"(?:masih\s+)?(?:dalam|sedang)\s+(?:proses|tahap|penyelesaian|"
                            r"penanganan|tindak\s+lanjut|diproses|ditangani))\b",
                            re.IGNORECASE)
# "Dengan pagu Rp P dan realisasi Rp R, program ini menyisakan anggaran Rp S": the verb of
# what is left
_LEAVES_LINK = re.compile(
    rf"^{_LABEL}{{0,80}}?\b(?:menyisakan|menyisihkan|tersisa|bersisa)\b"
    r"(?:\s+(?:anggaran|dana|pagu|sisa|sebanyak|sebesar|senilai|sejumlah)){0,2}\s*$",
    re.IGNORECASE)
_AND_CLAUSE_RE = re.compile(r",\s*(?:dan|serta)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|\b(?:sedangkan|namun|tetapi|sementara\s+itu|adapun)\b",
                           re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(
    r"\b(?:selisih|perbedaan|kesenjangan)\b(?:(?!\b(?:dan|atau|serta)\b)[^0-9%;]){0,50}"
    r"\bantara\b(?:(?!\b(?:dan|atau|serta)\b)[^0-9%;]){0,50}$", re.IGNORECASE)
_BETWEEN_AND = re.compile(rf"^{_LABEL}{{0,60}}\b(?:dan|dengan)\b{_LABEL}{{0,60}}$",
                          re.IGNORECASE)
_IS = re.compile(
    rf"^{_LABEL}{{0,60}}?,?\s*(?:\b(?:adalah|sebesar|sebanyak|yaitu|yakni|ialah|senilai|"
    r"mencapai)\b|[=:])\s*$", re.IGNORECASE)
_MEAN_BEFORE = re.compile(rf"\brata[- ]?rata\b{_LABEL}{{0,80}}$", re.IGNORECASE)
_MEAN_LINK = re.compile(
    rf"^{_LABEL}{{0,80}}?[,\s]*(?:sehingga|maka|jadi|dengan|atau)\s+(?:nilai\s+|capaian\s+)?"
    rf"rata[- ]?rata\w*\b{_LABEL}{{0,60}}$", re.IGNORECASE)
_MONEY_WORDS = re.compile(r"\b(?:rp|rupiah|pagu|anggaran|dana|biaya|belanja|dipa|dpa)\b",
                          re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# A number right after these is a label or an ordinal, not a quantity ("IKU 1", "Tabel 3").
_PER_BEFORE = re.compile(r"\bper\s*$", re.IGNORECASE)
_PER_BASES = {Decimal(10) ** k for k in range(2, 7)}
_CODE_BEFORE = re.compile(
    r"\b(?:IKU|IKK|IKSS|IKS|IKP|SP|SS|TW|RO|KRO|PK|Tabel|Gambar|Grafik|Lampiran|No|Nomor|"
    r"Pasal|Ayat|Bab|Triwulan|Semester|Tahap|Angkatan|Kelas|Lantai|Lokasi)\.?\s*$",
    re.IGNORECASE)
_NOT_A_NOUN = {
    "yang", "dan", "serta", "atau", "di", "pada", "dari", "untuk", "sebagai", "dengan", "ke",
    "oleh", "dalam", "telah", "sudah", "belum", "masih", "adalah", "sebesar", "sebanyak",
    "sehingga", "maka", "jadi", "tersebut", "itu", "ini", "rupiah",
}


@dataclass
class _Reading:
    name: str           # how the computation was read, for the message
    computed: Interval
    formula: str        # the computation, printed


@dataclass
class _Restated:
    """Where in the document each figure value is printed (tables and prose), by line."""

    lines: dict[tuple[str, Decimal], set[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Document) -> _Restated:
        index = cls()
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    if cell.figure is not None and not cell.figure.dash:
                        index.add(cell.figure, cell.line)
        for sentence in doc.sentences:
            for found in sentence.figures:
                index.add(found.figure, sentence.line_of(found.start))
        return index

    @staticmethod
    def key(figure: Figure) -> tuple[str, Decimal] | None:
        """What identifies a printed value; None when it is too common to tell anything
        (fewer than three significant digits: ``5``, ``100``, ``1.500``) or a year."""
        if figure.dash or is_year(figure):
            return None
        digits = f"{abs(figure.value):f}".replace(".", "").strip("0")
        if len(digits) < 3:
            return None
        family = "Rp" if _money(figure) else "%" if figure.is_percent else "n"
        return family, (figure.value * _scale(figure)).normalize()

    def add(self, figure: Figure, line: int) -> None:
        key = self.key(figure)
        if key is not None:
            self.lines.setdefault(key, set()).add(line)

    def elsewhere(self, figure: Figure, line: int) -> list[int]:
        """Other lines that print the same value, when the value is distinctive enough."""
        key = self.key(figure)
        if key is None:
            return []
        return sorted(n for n in self.lines.get(key, set()) if n != line)


@dataclass
class _Ctx:
    sentence: Sentence
    result: CheckResult
    restated: _Restated
    judged: set[int] = field(default_factory=set)   # starts of figures already judged
    following: str = ""  # the next sentence of the same paragraph
    preceding: Sentence | None = None  # the sentence before, in the same paragraph

    @property
    def text(self) -> str:
        return self.sentence.text


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    restated = _Restated.of(doc)
    shares: set[int] = set()  # the share figures judged, by identity
    for index, sentence in enumerate(doc.sentences):
        _check_printed_formulas(sentence, result)
        _check_rounded_restatements(sentence, result)
        figures = _figures(sentence)
        if len(figures) < 2:
            continue
        nxt = doc.sentences[index + 1] if index + 1 < len(doc.sentences) else None
        before = doc.sentences[index - 1] if index else None
        ctx = _Ctx(sentence, result, restated,
                   following=nxt.text if nxt is not None and nxt.block == sentence.block else "",
                   preceding=before if before is not None and before.block == sentence.block
                   else None)
        if len(figures) == 2:
            if ctx.preceding is not None and _BACK_SUBJECT_RE.match(sentence.text):
                # "Nilai tersebut naik 3,17 poin dari tahun 2024 sebesar 77,08": the value
                # changed is the one the sentence before gives
                _check_change_between_two(ctx, figures)
            continue
        _check_shares(sentence, figures, result, shares)
        _check_breakdown_shares(sentence, figures, result, shares)
        _check_shares_of_a_whole(sentence, figures, result, restated)
        _check_changes(ctx, figures)
        _check_points_against_relative(ctx, figures)
        inside = _parenthesised(sentence.text, figures)
        plain = [f for f, bracketed in zip(figures, inside, strict=True) if not bracketed]
        _check_sums(ctx, plain)
        _check_combined(ctx, figures)
        _check_grouped(ctx, figures)
        _check_differences(ctx, plain)
        _check_averages(ctx, plain)
    totals = _StatedTotals(doc)
    for index in range(1, len(doc.sentences)):
        _check_collective_sum(doc.sentences[index - 1], doc.sentences[index], result)
        _check_named_difference(doc.sentences[index - 1], doc.sentences[index], result)
        _check_share_of_named_part(doc.sentences[index - 1], doc.sentences[index], result)
    for index, sentence in enumerate(doc.sentences):
        _check_share_of_stated_total(doc.sentences[index - 1] if index else None, sentence,
                                     totals, result)
    for index, sentence in enumerate(doc.sentences):
        before = doc.sentences[index - 1] if index else None
        _check_half_years(sentence, before if before is not None
                          and before.block == sentence.block else None, result)
    _check_named_rows(doc, result)
    _check_shares_of_table_totals(doc, result)
    _check_role_triads(doc, result, shares)
    _check_gap_below_a_table(doc, result)
    _check_excess_over_a_stated_target(doc, result)
    _check_change_against_a_year(doc, result)
    amounts = _RowAmounts(doc)
    for index, sentence in enumerate(doc.sentences):
        before = doc.sentences[index - 1] if index else None
        _check_remainder_of_a_row(amounts, before, sentence, result)
        _check_gap_to_a_stated_target(before, sentence, result)
        _check_change_stated_alone(before, sentence, result)
        _check_rest_stated_alone(before, sentence, result)
    return result


# a value bound to its year: "Tahun 2024 mencapai 80,38%", "81,60 pada 2023"
_YEAR_THEN_VALUE = re.compile(r"\b(?:tahun|th\.?)\s*(?P<year>(?:19|20)\d\d)\s*(?:\(\s*|,\s*)?"
                              r"(?:sebesar|yaitu|yakni|adalah|mencapai|tercatat|hanya|senilai)?"
                              r"\s*$", re.IGNORECASE)
_VALUE_THEN_YEAR = re.compile(r"\s*(?:%|persen)?\s*(?:pada|di)\s+(?:tahun\s+)?"
                              r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_VERSUS_YEAR = re.compile(r"\b(?:dibandingkan|dibanding|daripada)\s+(?:dengan\s+)?"
                          r"(?:[a-z]+\s+){0,2}?(?:tahun\s+)?(?P<year>(?:19|20)\d\d)\b",
                          re.IGNORECASE)
_VERSUS_PREVIOUS_YEAR = re.compile(r"\b(?:dibandingkan|dibanding|daripada)\s+(?:dengan\s+)?"
                                   r"tahun\s+(?:sebelumnya|lalu)\b", re.IGNORECASE)
PARAGRAPH_REACH = 3  # sentences of the paragraph, up to the change's, that may give its values
_SUBJECT_WORD_RE = re.compile(r"[a-z][a-z-]{1,}")
_NOT_A_SUBJECT = frozenset({"tahun", "ini", "itu", "tersebut", "pada", "yang", "dan", "nilai",
                            "realisasi", "capaian", "dibandingkan", "dibanding", "sebesar",
                            "secara", "umum", "juga", "telah", "sudah", "masih", "angka"})


def _year_values(sentence: Sentence) -> list[tuple[str, FoundFigure]]:
    """The sentence's figures that a year binds (``Tahun 2023 sebesar 77,64%``, ``81,60 pada
    2023``), with that year."""
    out = []
    for found in _figures(sentence):
        m = _YEAR_THEN_VALUE.search(sentence.text[max(0, found.start - 40):found.start]) \
            or _VALUE_THEN_YEAR.match(sentence.text, found.end)
        if m:
            out.append((m.group("year"), found))
    return out


def _check_change_against_a_year(doc: Document, result: CheckResult) -> None:
    """``Tren IKM: 79,15 pada 2022, 81,60 pada 2023, dan 84,37 pada 2024. Tahun ini IKM
    meningkat 2,67 poin dibanding 2023``; ``APK PAUD Tahun 2024 mencapai 80,38% ...
    Dibandingkan realisasi Tahun 2023 sebesar 77,64%, APK PAUD naik 2,84 poin``: a change in
    points against a year, whose two values the paragraph binds to their years (the one
    compared with, and the latest after it), one value each. D = |latest − base|.

    Passes: ``... 81,60 pada 2023, dan 84,37 pada 2024. IKM meningkat 2,77 poin dibanding
    2023``. Fails: the same with ``2,67 poin``. A change whose two values are both in its own
    sentence is the sentence's own pattern's, not this."""
    paragraph: list[Sentence] = []
    for sentence in doc.sentences:
        if paragraph and paragraph[-1].block != sentence.block:
            paragraph = []
        paragraph.append(sentence)
        years = {m.group("year") for m in _VERSUS_YEAR.finditer(sentence.text)}
        # "dari 81,47% pada Tahun 2023 menjadi 83,92% pada Tahun 2024 dan 86,26% pada Tahun
        # 2025, atau naik 2,43 poin dibandingkan tahun sebelumnya": the year before the latest
        # the sentence gives a value for
        previous_year = not years and _VERSUS_PREVIOUS_YEAR.search(sentence.text) is not None
        if previous_year:
            own = [int(y) for y, _ in _year_values(sentence)]
            years = {str(max(own) - 1)} if len(own) >= 2 else set()
        if len(years) != 1:
            continue
        base_year = years.pop()
        bound = [(year, found, s) for s in paragraph[-PARAGRAPH_REACH:]
                 for year, found in _year_values(s)]
        for found in _figures(sentence):
            verb = _VERB_BEFORE.search(sentence.text[max(0, found.start - 30):found.start])
            if verb is None or (found.figure.unit or "").lower() != "poin":
                continue  # points only: a percent change may be relative
            # what changed, named before the verb in its clause ("Tahun ini IKM"): a value
            # of another sentence counts only where that sentence names it too
            clause = re.split(r"[,;:]", sentence.text[:found.start])[-1]
            subject = _SUBJECT_WORD_RE.findall(clause[:clause.lower().rfind(
                verb.group("verb").lower())].lower())
            subject = [w for w in subject if w not in _NOT_A_SUBJECT]
            if not subject:
                continue
            values = [(y, f, s) for y, f, s in bound if f is not found and (
                s is sentence or all(re.search(rf"\b{re.escape(w)}\b", s.text[:f.start],
                                               re.IGNORECASE) for w in subject))]
            bases = [(f, s) for y, f, s in values if y == base_year]
            latest = max((y for y, _, _ in values if y > base_year), default=None)
            currents = [(f, s) for y, f, s in values if y == latest]
            if len(bases) != 1 or len(currents) != 1:
                continue
            (base, in_base), (current, in_current) = bases[0], currents[0]
            if in_base is sentence and in_current is sentence and not previous_year:
                continue
            a, b = base.figure, current.figure
            if not _compatible(a, b) or a.is_money or a.value == b.value:
                continue
            if bool(_UP_RE.match(verb.group("verb"))) != (b.value > a.value):
                continue  # the other way: another comparison than this one
            _decide(sentence, result, found.figure,
                    [_Reading("selisih", _abs_diff(_ones(a), _ones(b)),
                              f"|{b.text} − {a.text}|")],
                    False, "change", f"tahun|{a.text}|{b.text}|{found.figure.text}")


# "Masih terdapat 2.048 KPM yang belum menerima bantuan": the rest of a base, not yet done
_REST_AFTER = re.compile(r"^\s*(?!(?:yang|masih|belum|tidak)\b)(?P<noun>[A-Za-z]{2,})\b"
                         r"[^.;\d]{0,20}?\b(?:yang\s+)?(?:masih\s+)?(?:belum|tidak)\b",
                         re.IGNORECASE)
_REST_OPENING = re.compile(r"\b(?:masih\s+(?:terdapat|ada)|sisanya|selebihnya|sementara\s+itu|"
                           r"(?:dengan\s+demikian|sehingga|jadi),?(?:\s+(?:masih\s+)?"
                           r"(?:terdapat|ada))?)\W+(?:sebanyak\s+)?$", re.IGNORECASE)
_UNDONE_AFTER = re.compile(r"^\s*(?:yang\s+)?(?:masih\s+)?(?:belum|tidak)\b", re.IGNORECASE)
# "Dari target verifikasi sebanyak 39.000 KK, ...": the base opens its sentence's clause
_BASE_OPENING = re.compile(r"\bdari\s+(?:(?:target|sasaran|jumlah|total)\b[^.;,\d]{0,50})?$",
                           re.IGNORECASE)


def _check_rest_stated_alone(before: Sentence | None, sentence: Sentence,
                             result: CheckResult) -> None:
    """``Dari 29.875 KPM sasaran ..., bantuan telah tersalurkan kepada 27.837 KPM ... Masih
    terdapat 2.048 KPM yang belum menerima bantuan``, ``Dari target verifikasi sebanyak
    39.000 KK, telah tervalidasi 37.877 KK ... Dengan demikian sebanyak 1.123 KK belum
    berhasil diverifikasi``: the rest of the base the sentence before opens with (``Dari
    B``), after the part it gives, both counting the same noun."""
    if before is None or before.block != sentence.block:
        return
    counts = [f for f in _figures(sentence) if not f.figure.is_percent and not _money(f.figure)]
    if len(counts) != 1:
        return
    found = counts[0]
    after = sentence.text[found.end:found.end + 60]
    rest = _REST_AFTER.match(after)
    # ("1.023 KK belum ...": the unit read with the figure is the noun counted)
    unit = (found.figure.unit or "").lower()
    if rest is not None:
        noun = rest.group("noun").lower()
    elif unit.isalpha() and _UNDONE_AFTER.match(after):
        noun = unit
    else:
        return
    if not _REST_OPENING.search(sentence.text[max(0, found.start - 30):found.start]):
        return

    def counts_noun(f: FoundFigure) -> bool:
        return (f.figure.unit or "").lower() == noun or re.match(
            rf"\s*{re.escape(noun)}\b", before.text[f.end:f.end + 30], re.IGNORECASE) is not None

    theirs = [f for f in _figures(before) if counts_noun(f) and not f.figure.is_percent]
    if len(theirs) != 2 or not _BASE_OPENING.search(
            before.text[max(0, theirs[0].start - 70):theirs[0].start].replace("sebanyak ", "")):
        return
    base, part = theirs[0].figure, theirs[1].figure
    if part.value >= base.value or base.decimals or part.decimals:
        return
    rest_value = base.value - part.value
    _decide(sentence, result, found.figure,
            [_Reading("sisa", Interval(rest_value, rest_value), f"{base.text} − {part.text}")],
            False, "difference", f"sisa|{base.text}|{part.text}|{found.figure.text}",
            lead="Sisa dari kalimat sebelumnya: ")


_CHANGE_BEFORE = re.compile(rf"\b(?P<verb>{_UP}|{_DOWN})(?:\s+sebesar)?\s*$", re.IGNORECASE)


def _check_change_stated_alone(before: Sentence | None, sentence: Sentence,
                               result: CheckResult) -> None:
    """``... ditetapkan sebesar Rp A dan dalam APBD Perubahan menjadi Rp B. Dibandingkan
    APBD Murni, pagu belanja bertambah Rp D.``: a change of an amount the sentence before
    gives from one value to another (``Rp A ... menjadi Rp B``), stated alone: D = |B − A|,
    and the verb goes the way the amounts go."""
    if before is None or before.block != sentence.block:
        return
    amounts = [f for f in _figures(sentence) if _money(f.figure)]
    if not amounts or not _whole_amount(amounts[0].figure):
        return
    found = amounts[0]
    m = _CHANGE_BEFORE.search(sentence.text[max(0, found.start - 30):found.start])
    if m is None:
        return
    money = [f for f in _figures(before) if _money(f.figure) and _whole_amount(f.figure)]
    if len(money) != 2 or not re.search(r"\bmenjadi\b",
                                        before.text[money[0].end:money[1].start],
                                        re.IGNORECASE):
        return
    a, b = money[0].figure, money[1].figure
    up = bool(_UP_RE.match(m.group("verb")))
    if up != (b.value > a.value) or a.value == b.value:
        return  # a change the other way is another comparison, not this one misprinted
    change = abs(b.value - a.value)
    _decide(sentence, result, found.figure,
            [_Reading("selisih", Interval(change, change), f"|{b.text} − {a.text}|")],
            True, "change", f"ubah|{a.text}|{b.text}|{found.figure.text}")


# "pendapatan BLUD kurang Rp X dari target": a gap between what was realised and its target
_GAP_BEFORE = re.compile(r"\b(?:kurang|lebih|kekurangan|kelebihan|melebihi|melampaui|selisih)"
                         r"(?:\s+sebesar)?\s*$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"^\s*(?:,-)?\s*(?:dari|terhadap|di\s+bawah|di\s+atas)\s+"
                        r"(?:target|pagu|rencana)\b", re.IGNORECASE)
_TARGET_AMOUNT_BEFORE = re.compile(r"\b(?:target|pagu|rencana)\b[^.;\d]{0,20}$", re.IGNORECASE)


def _check_gap_to_a_stated_target(before: Sentence | None, sentence: Sentence,
                                  result: CheckResult) -> None:
    """``Realisasi pendapatan ... Rp 43.715.263.415 atau 97,15% dari target Rp
    45.000.000.000. Dengan demikian pendapatan kurang Rp 1.274.736.585 dari target.``: the
    gap a sentence states alone, between the one realised amount and the one target the
    sentence before it (in its paragraph, or drawn on by ``Dengan demikian``) gives."""
    figures = _figures(sentence)
    if before is None or not (before.block == sentence.block
                              or _CONNECTIVE_RE.match(sentence.text)):
        return
    for at, found in enumerate(figures):
        stated = found.figure
        if at or not _money(stated) or not _whole_amount(stated) \
                or not _GAP_BEFORE.search(sentence.text[max(0, found.start - 30):found.start]) \
                or not _GAP_AFTER.match(sentence.text[found.end:found.end + 30]):
            continue
        money = [f for f in _figures(before) if _money(f.figure) and _whole_amount(f.figure)]
        targets = [f for f in money if _TARGET_AMOUNT_BEFORE.search(
            before.text[max(0, f.start - 30):f.start])]
        realised = [f for f in money if f not in targets and _realised_amount(before, f)]
        if len(targets) != 1 or len(realised) != 1:
            continue
        t, r = targets[0].figure, realised[0].figure
        gap = abs(t.value - r.value)
        _decide(sentence, result, stated,
                [_Reading("selisih", Interval(gap, gap), f"|{t.text} − {r.text}|")],
                True, "difference", f"selisih|{t.text}|{r.text}|{stated.text}",
                lead="Selisih realisasi dan target pada kalimat sebelumnya: ")


# "Realisasi PNBP melampaui target dengan selisih sebesar Rp X": the gap, with both words
_GAP_OF_TARGET_RE = re.compile(r"\b(?:melampaui|melebihi|di\s+atas|di\s+bawah|kurang\s+dari|"
                               r"belum\s+mencapai)\s+target\b", re.IGNORECASE)
BELOW_TABLE = 3  # lines between a table's last row and the sentence that reads it


def _check_gap_below_a_table(doc: Document, result: CheckResult) -> None:
    """The gap between target and realisasi a sentence right below a table states alone
    (``Realisasi PNBP melampaui target dengan selisih sebesar Rp 455.350.000``): the
    difference of the target and realisasi the table's closing total row prints."""
    after: dict[int, Table] = {}
    for table in doc.tables:
        for line in range(table.last_line + 1, table.last_line + 1 + BELOW_TABLE):
            after.setdefault(line, table)
    for sentence in doc.sentences:
        table = after.get(sentence.line)
        if table is None or not _GAP_OF_TARGET_RE.search(sentence.text):
            continue
        money = [f for f in _figures(sentence) if _money(f.figure)]
        if len(money) != 1 or not _whole_amount(money[0].figure) \
                or not _GAP_BEFORE.search(sentence.text[max(0, money[0].start - 30):
                                                       money[0].start]):
            continue
        totals = [r for r in table.rows if r.kind == "total"]
        if not totals:
            continue
        row, names = totals[-1], table.columns
        target = [c.figure for c in row.cells if c.figure is not None
                  and _whole_amount(c.figure) and c.column < len(names)
                  and re.search(r"\b(?:target|rencana)\b", names[c.column], re.IGNORECASE)]
        real = [c.figure for c in row.cells if c.figure is not None
                and _whole_amount(c.figure) and c.column < len(names)
                and re.search(r"\brealisasi\b", names[c.column], re.IGNORECASE)]
        if len(target) != 1 or len(real) != 1:
            continue
        t, r = target[0], real[0]
        gap = abs(t.value - r.value)
        _decide(sentence, result, money[0].figure,
                [_Reading("selisih", Interval(gap, gap), f"|{r.text} − {t.text}|")],
                True, "difference", f"selisih|{t.text}|{r.text}|{money[0].figure.text}",
                lead=f"Selisih realisasi dan target baris '{row.label}' tabel di atasnya "
                     f"(baris {row.line}): ", related=[row.line])


# "Jumlah lulusan melebihi target sebanyak 179 orang": the excess over (or shortfall from)
# the target, stated alone
_TARGET_JUST_BEFORE = re.compile(r"\btarget\b[^.;\d]{0,25}$", re.IGNORECASE)
EXCESS_REACH = 3  # sentences of the paragraph before the excess that may give its two values


def _check_excess_over_a_stated_target(doc: Document, result: CheckResult) -> None:
    """The excess over the target a sentence states alone (``Jumlah lulusan melebihi target
    sebanyak 179 orang``) is the difference of the one target and the one other value of
    the same counted noun that its paragraph gives just before it (``sebanyak 4.579 orang
    dinyatakan lulus. Dibandingkan target perubahan 4.400 orang, ...``)."""
    for index, sentence in enumerate(doc.sentences):
        figures = _figures(sentence)
        for found in figures:
            if not EXCESS_RE.search(sentence.text[max(0, found.start - 40):found.start]):
                continue
            noun = _noun(sentence.text, found)
            if noun is None or noun in ("%", "Rp") or found.figure.decimals:
                continue
            earlier = [s for s in doc.sentences[max(0, index - EXCESS_REACH):index]
                       if s.block == sentence.block] + [sentence]
            values = [(s, f) for s in earlier for f in _figures(s)
                      if (s is not sentence or f.end <= found.start)
                      and _noun(s.text, f) == noun and not f.figure.decimals]
            targets = [f for s, f in values if _TARGET_JUST_BEFORE.search(
                s.text[max(0, f.start - 40):f.start])]
            others = [f for s, f in values if f not in targets]
            if len(targets) != 1 or len(others) != 1:
                continue
            t, r = targets[0].figure, others[0].figure
            gap = abs(t.value - r.value)
            _decide(sentence, result, found.figure,
                    [_Reading("selisih", Interval(gap, gap), f"|{r.text} − {t.text}|")],
                    False, "difference", f"lebih|{t.text}|{r.text}|{found.figure.text}",
                    lead="Selisih realisasi dan target yang disebut sebelumnya: ")


class _RowAmounts:
    """Table rows by the whole Rupiah amounts they print, built once per document; and the
    whole budget's final pagu and realisasi as the budget tables' grand totals give them."""

    def __init__(self, doc: Document) -> None:
        self.whole = _whole_budget(doc)
        self.rows: dict[Decimal, list[Row]] = {}
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    fig = cell.figure
                    if fig is not None and _whole_amount(fig):
                        self.rows.setdefault(fig.value, []).append(row)

    def remainders(self, realised: Figure) -> dict[Decimal, tuple[Figure, Row]]:
        """Every larger amount of a row that prints ``realised``, less ``realised``."""
        out: dict[Decimal, tuple[Figure, Row]] = {}
        for row in self.rows.get(realised.value, []):
            for cell in row.cells:
                fig = cell.figure
                if fig is not None and _whole_amount(fig) and fig.value > realised.value:
                    out.setdefault(fig.value - realised.value, (fig, row))
        return out


def _whole_budget(doc: Document) -> tuple[Mention, Mention] | None:
    """The final pagu (the revised one where a table prints both) and the realisasi of the
    budget tables' grand totals, when the tables agree on each."""
    totals = table_totals(doc)
    pagu = [m for m in totals if m.attribute == "anggaran:pagu"]
    revised = [m for m in pagu if m.period.qualifier == "revisi"]
    pagu = revised or [m for m in pagu if m.period.qualifier is None]
    real = [m for m in totals if m.attribute == "anggaran:realisasi"]
    if not pagu or not real or len({m.value for m in pagu}) != 1 \
            or len({m.value for m in real}) != 1:
        return None
    return pagu[0], real[0]


# "Sisa anggaran Tahun 2025 sebesar Rp X": the whole budget's remainder, said of no part
_WHOLE_REMAINDER_RE = re.compile(r"^\W*(?:dengan\s+demikian,?\s+)?sisa\s+anggaran\b"
                                 r"(?:\s+(?:tahun\s+\d{4}|secara\s+keseluruhan|seluruhnya))?"
                                 r"\s+(?:adalah\s+|yaitu\s+)?sebesar\s*$", re.IGNORECASE)


def _whole_amount(fig: Figure) -> bool:
    """An amount in whole Rupiah (``18.684.920.990``), not a rate, a count or ``Rp 1,2 M``."""
    return not fig.dash and not fig.is_percent and fig.decimals == 0 \
        and fig.value >= 1_000_000 and _scale(fig) == 1


# words up to a figure, a year among them ("Sisa anggaran Tahun 2025 sebesar Rp X")
_WORDS_OR_YEARS = r"(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d))"
# "sisa anggaran yang tidak terserap sebesar Rp X", "Dana Desa yang tidak tersalurkan ...
# sebesar Rp X": an amount left over, its operands in a table row
_REMAINDER_BEFORE = re.compile(
    r"\b(?:sisa(?:\s+(?:anggaran|dana|pagu))?|tidak\s+(?:terserap|tersalurkan|terealisasi(?:kan)?|"
    r"terpakai)|belum\s+(?:terserap|tersalurkan|terealisasi(?:kan)?))\b"
    rf"{_WORDS_OR_YEARS}{{0,60}}$",
    re.IGNORECASE)
# a sentence that draws on the one before it
_CONNECTIVE_RE = re.compile(r"^\W*(?:dengan\s+demikian|sehingga|oleh\s+karena\s+itu|jadi)\b",
                            re.IGNORECASE)


def _difference_of_two(sentence: Sentence, stated: Figure) -> bool:
    amounts = [f.figure.value for f in _figures(sentence) if _money(f.figure)
               and _whole_amount(f.figure)]
    return any(a - b == stated.value for a in amounts for b in amounts)


_REALISED_BEFORE = re.compile(r"\b(?:realisasi|terealisasi|terserap|tersalurkan|penyerapan|"
                              rf"disalurkan)\b{_WORDS_OR_YEARS}{{0,50}}$",
                              re.IGNORECASE)


def _realised_amount(sentence: Sentence, found: FoundFigure) -> bool:
    """A whole amount the sentence gives as what was spent or paid out."""
    return _money(found.figure) and _whole_amount(found.figure) and bool(
        _REALISED_BEFORE.search(sentence.text[max(0, found.start - 60):found.start]))


def _check_remainder_of_a_row(amounts: _RowAmounts, before: Sentence | None,
                              sentence: Sentence, result: CheckResult) -> None:
    """``realisasi mencapai Rp 18.684.920.990 ..., dengan sisa anggaran yang tidak terserap
    sebesar Rp 405.079.010``: a remainder whose realisasi the sentence (or the one before
    it) prints and whose pagu only the table row of that realisasi does. Judged when the
    rows printing the realisasi give one remainder; an amount printed in a table itself
    (a ``Sisa`` column) is a restatement, not a computation."""
    figures = _figures(sentence)
    for at, found in enumerate(figures):
        stated = found.figure
        if not _money(stated) or not _whole_amount(stated) or stated.value in amounts.rows \
                or not _REMAINDER_BEFORE.search(sentence.text[max(0, found.start - 90):
                                                              found.start]):
            continue
        if sum(1 for f in figures[:at] if _money(f.figure)) >= 2:
            continue  # both operands in the sentence: the difference check's business
        realised = [f for f in figures[:at] if _realised_amount(sentence, f)]
        if not figures[:at] and before is not None and _CONNECTIVE_RE.match(sentence.text):
            realised = [f for f in _figures(before) if _realised_amount(before, f)]
        options: dict[Decimal, tuple[Figure, Figure, Row]] = {}
        for r in realised:
            for value, (pagu, row) in amounts.remainders(r.figure).items():
                options.setdefault(value, (pagu, r.figure, row))
        if not figures[:at] and before is not None and before.block == sentence.block \
                and _difference_of_two(before, stated):
            result.passed()  # "... Rp R dari pagu Rp P, atau 97,19%. Sisa anggaran ...": the
            continue         # sentence before gives both operands, and they agree
        if not figures[:at] and amounts.whole is not None and _WHOLE_REMAINDER_RE.match(
                sentence.text[:found.start]):
            whole_pagu, whole_real = amounts.whole
            if whole_pagu.row is not None and whole_pagu.value > whole_real.value:
                options.setdefault(whole_pagu.value - whole_real.value,
                                   (whole_pagu.figure, whole_real.figure, whole_pagu.row))
        if not options:
            continue
        if stated.value in options or len(options) != 1:
            if stated.value in options:
                result.passed()
            continue
        [(value, (pagu, real, row))] = options.items()
        _decide(sentence, result, stated,
                [_Reading("sisa", Interval(value, value),
                          f"{pagu.text} − {format_id(real.value, 0)}")],
                True, "difference", f"sisa|{pagu.text}|{real.text}|{stated.text}",
                lead=f"Sisa menurut baris {row.line} tabel (pagu − realisasi): ",
                related=[row.line])


def _column_sum(table: Table, column: int) -> Decimal | None:
    """The column's data rows added up, when every one prints a figure."""
    figures = [r.figure(column) for r in table.rows if r.kind == "data"]
    if not figures or any(f is None for f in figures):
        return None
    return sum((f.value for f in figures if f is not None and not f.dash), Decimal(0))


def _same_print(cell: Figure, stated: Figure) -> bool:
    """The cell prints the digits the sentence does ("1.842,67" in a "Rp miliar" column for
    "Rp 1.842,67 miliar"); the share is then worked out from the table's own figures."""
    return cell.value == stated.value and cell.decimals == stated.decimals


def _check_shares_of_table_totals(doc: Document, result: CheckResult) -> None:
    """``Bidang P2EPD menghasilkan dokumen terbanyak, yaitu 16 dokumen atau 36,36% dari
    seluruh dokumen``: a share of a total the sentence names but does not print, of a part
    that is the cell of a row the sentence names; the total is that column's on the table's
    total row. Judged only where exactly one table holds such a row, cell and total."""
    for sentence in doc.sentences:
        figures = _figures(sentence)
        text = sentence.text
        for part, share in _part_and_share(text, figures):
            of_total = _OF_NAMED_TOTAL.match(text[share.end:share.end + 60])
            if of_total is None:
                continue
            noun = of_total.group("noun").lower()
            clause = re.split(r"[;:]|\b(?:sedangkan|namun|disusul)\b", text[:part.start])[-1]
            found = []
            for table in doc.tables:
                row = row_named(table, clause)
                totals = [r for r in table.rows if r.kind == "total"]
                if row is None or len(totals) != 1:
                    continue
                for cell in row.cells:
                    total = totals[0].figure(cell.column)
                    title = table.columns[cell.column].lower() \
                        if cell.column < len(table.columns) else ""
                    # of the noun the sentence names: "16 dokumen ... dari seluruh dokumen",
                    # not "52 angkatan atau 59,65% dari seluruh peserta"
                    # (or of what the table's caption says it counts: "262.804 ton CPO atau
                    # 22,11% dari total produksi" in "Tabel 3.4 Produksi ... per Kabupaten")
                    named = (part.figure.unit or "").lower() == noun or noun in title \
                        or not part.figure.unit and title in ("jumlah", "total") \
                        or part.figure.unit is not None and re.search(
                            rf"\b{re.escape(noun)}\b", table.caption or "", re.IGNORECASE) \
                        and re.search(rf"\b{re.escape(part.figure.unit)}\b",
                                      f"{title} {table.caption}", re.IGNORECASE) is not None
                    if named and cell.figure is not None and not cell.figure.dash \
                            and _same_print(cell.figure, part.figure) \
                            and total is not None and not total.dash and not total.is_percent \
                            and total.value > cell.figure.value:
                        found.append((cell.figure, total, _column_sum(table, cell.column)))
            if not found or len({(f[0].value, f[1].value) for f in found}) != 1:
                continue  # (two tables printing the part and its total alike are one reading)
            # (the table's own figures, in the one scale its column prints them in)
            cell_figure, total, added = found[0]
            if added is not None and added != total.value and _verdict(
                    share.figure, ratio(_ones(cell_figure), _ones(replace(
                        total, value=added)))) is Verdict.CONSISTENT:
                continue  # a total that does not foot (footing's finding); its rows agree
            _judge_share(sentence, cell_figure, total, share.figure, False, result)


# "2.561 KPM PKH atau 22,98%": a unit and the noun it counts
_PART_THEN_ITS_SHARE = re.compile(rf"^\s*{_UNIT}{_UNIT},?\s*(?:atau|yaitu)\s+(?:sebesar\s+)?$",
                                  re.IGNORECASE)
_OF_NAMED_TOTAL = re.compile(r"^\s*(?:persen\s+)?dari\s+(?:total|seluruh|jumlah|keseluruhan)\s+"
                             r"(?P<noun>[a-z]{3,})\b(?!\s*(?:sebesar|sebanyak|yaitu)?\s*\d)",
                             re.IGNORECASE)


def _check_share_of_stated_total(before: Sentence | None, sentence: Sentence,
                                 totals: _StatedTotals, result: CheckResult) -> None:
    """``Jumlah kendaraan yang melintas ... sebanyak 62.805 unit, ... Kendaraan roda dua
    ... 41.676 unit atau 66,36% dari total kendaraan``: a share of a total the sentence
    names but does not print. The total is the first figure after a total word and that
    noun in the sentence before (in its paragraph); else the one total of that noun the
    report states before it (see ``_StatedTotals``)."""
    figures = _figures(sentence)
    text = sentence.text
    for part, share in _part_and_share(text, figures):
        m = _OF_NAMED_TOTAL.match(text[share.end:share.end + 60])
        if m is None:
            continue
        noun = m.group("noun").lower()
        base = None
        named_total = re.compile(rf"\b(?:jumlah|total|seluruh)\s+{re.escape(noun)}\b[^.;,:()]"
                                 r"{0,60}$", re.IGNORECASE)
        first = next(iter(_figures(before)), None) if before is not None else None
        if before is not None and before.block == sentence.block and first is not None \
                and not first.figure.is_percent \
                and (named_total.search(before.text[:first.start])
                     # "Realisasi kunjungan tahun 2025 sebanyak 55.024 orang." before "24.224
                     # orang atau 44,02% dari total kunjungan": the sentence states the noun's
                     # count, as the part counts it
                     or re.match(rf"\W*(?:realisasi\s+)?{re.escape(noun)}(?:\s+(?:pada\s+)?"
                                 r"tahun\s+\d{4})?\s+(?:sebanyak|sebesar|berjumlah|mencapai|"
                                 r"tercatat)\s*$", before.text[:first.start], re.IGNORECASE)
                     and first.figure.unit is not None
                     and first.figure.unit == part.figure.unit
                     or _lone_count_of(before, first, noun, part.figure)):
            base = first.figure
        if base is None:
            base = _whole_before(text, figures, part)
        phrase = _PHRASE_RE.match(text, share.end + m.start("noun"))
        if base is None and phrase is not None:
            # the whole phrase the total is named by: "dari seluruh cagar budaya terdaftar"
            # (so "dari seluruh peserta non aparatur" is that subset's total, not all
            # peserta's)
            base = totals.of(" ".join(phrase.group(1).lower().split()), part.figure)
        if base is None or base.value < part.figure.value \
                or not _compatible(part.figure, base) or _money(part.figure) != _money(base):
            continue
        _judge_share(sentence, part.figure, base, share.figure, False, result)


_A_PART_RE = re.compile(r"\b(?:tertinggi|terendah|terbanyak|tersedikit|terbesar|terkecil|"
                        r"triwulan|semester|bulan|tw|sebagian|di\s?antaranya)\b", re.IGNORECASE)


def _lone_count_of(before: Sentence, first: FoundFigure, noun: str, part: Figure) -> bool:
    """``Sepanjang Tahun 2025 diselesaikan 19.862 berkas layanan.`` before ``10.168 berkas
    atau 50,19% dari seluruh berkas``: the sentence before counts the noun once, and
    nothing else, so that count is the whole."""
    others = [f for f in _figures(before) if f is not first]
    after = before.text[first.end:first.end + 40].lower()
    if _A_PART_RE.search(before.text):
        return False  # "Kunjungan tertinggi terjadi pada triwulan IV sebanyak 58.812": a part
    return not others and not first.figure.is_percent and first.figure.value > part.value \
        and first.figure.decimals == part.decimals \
        and re.match(rf"\s*{re.escape(noun)}\b", after) is not None


def _whole_before(text: str, figures: list[FoundFigure], part: FoundFigure) -> Figure | None:
    """``kedua UPPKB memeriksa 184.356 kendaraan, dengan UPPKB A menangani 118.611 kendaraan
    atau 64,34% dari total pemeriksaan``: the one larger count of the part's noun that the
    sentence printed before it, the whole it is a share of."""
    def counted(found: FoundFigure) -> str | None:
        if _money(found.figure) or found.figure.is_percent:
            return None
        m = re.match(r"\s*([a-z]{3,})\b", text[found.end:].lower())
        return (found.figure.unit or "").lower() or (m.group(1) if m else None)

    noun = counted(part)
    if noun is None or noun in _NOT_A_NOUN:
        return None
    before = [f for f in figures if f.end <= part.start and not is_year(f.figure)
              and counted(f) == noun]
    if len(before) != 1 or before[0].figure.value <= part.figure.value \
            or before[0].figure.decimals != part.figure.decimals:
        return None
    return before[0].figure


def _part_and_share(text: str, figures: list[FoundFigure]) \
        -> list[tuple[FoundFigure, FoundFigure]]:
    """``41.676 unit atau 66,36%``, ``112 orang (58 laki-laki dan 54 perempuan) atau
    75,19%``: a part and the share after it, a bracketed breakdown between them aside."""
    pairs = []
    for i, part in enumerate(figures):
        if part.figure.is_percent:
            continue
        # (past a bracketed rate of the part's own: "Rp 305.820.019.676 (93,47%) atau 18,42%
        # dari total realisasi belanja")
        share = next((f for f in figures[i + 1:] if f.figure.is_percent
                      and not _in_brackets_after(text, part, f)), None)
        if share is None:
            continue
        gap = _BRACKETED_RE.sub(" ", text[part.end:share.start])
        if i and _LAST_OF_A_LIST_RE.search(text[figures[i - 1].end:part.start]) \
                and _compatible(figures[i - 1].figure, part.figure):
            # "terdiri dari 280 laki-laki dan 232 perempuan, atau 54,24% dari seluruh
            # kader": the share is of the list's sum, not of its last part
            continue
        if "(" not in gap and _PART_THEN_ITS_SHARE.match(" ".join(gap.split()) + " "):
            pairs.append((part, share))
    return pairs


def _in_brackets_after(text: str, part: FoundFigure, found: FoundFigure) -> bool:
    """``(93,47%)`` right after the part (its words aside): an aside, not the share."""
    return bool(re.match(r"^[^\d()]{0,30}\(\s*$", text[part.end:found.start])) \
        and text[found.end:found.end + 3].lstrip().startswith(")")


# "147 (seratus empat puluh tujuh) orang pegawai", "pegawai sebanyak 147 orang": a count of a
# noun the report states
_COUNT_OF_NOUN = (r"(?P<n>\d{{1,3}}(?:\.\d{{3}})*)(?!,\d)\s*(?:\([^()]{{1,80}}\)\s*)?"
                  r"(?:(?:orang|objek|unit|buah|ekor|jiwa|kk)\s+)?{noun}\b")
# (no comma between: "dari total IKM binaan, diikuti sektor kerajinan sebanyak 35 IKM" is
# another clause's count)
_NOUN_THEN_COUNT = (r"\b(?:jumlah|seluruh|total)\s+{noun}\b[^.;:(),\d]{{0,40}}?"
                    r"(?:sebanyak|berjumlah|sejumlah|sebesar|adalah|yaitu|mencapai|tercatat)\s+"
                    r"(?P<n>\d{{1,3}}(?:\.\d{{3}})*)(?!,\d)")


# the words a total is named by, up to the end of the phrase (four words at most)
_PHRASE_RE = re.compile(r"([a-z]{3,}(?:\s+(?!(?:dan|serta|sedangkan|yang|pada|di|tahun)\b)"
                        r"[a-z]{2,}){0,3}?)\s*(?:[.,;:)]|$|\b(?:dan|serta|sedangkan|yang|pada|"
                        r"di|tahun)\b)", re.IGNORECASE)


def _prints(table: Table, part: Figure) -> bool:
    return any(c.figure is not None and c.figure.value == part.value
               and c.figure.decimals == part.decimals for r in table.rows for c in r.cells)


def _caption_names(caption: str, noun: str) -> bool:
    """The caption names the noun, in its words or in other forms of them (``IKM binaan``
    in ``Tabel 3.7 IKM yang Dibina menurut ...``)."""
    words = re.findall(r"[a-z]+", caption.lower())
    return all(any(same_root(w, c) for c in words) for w in noun.lower().split())


class _StatedTotals:
    """The total of a noun the report states: ``didukung oleh 147 (...) orang pegawai``,
    ``jumlah pegawai sebanyak 147 orang``, and the ``Jumlah`` column's total of a table whose
    caption names the noun (``Tabel 1.1 Jumlah Pegawai menurut ...``), when all of them
    (printed with the part's decimals) give one value."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.memo: dict[str, list[tuple[int, Figure, Table | None]]] = {}

    def of(self, noun: str, part: Figure) -> Figure | None:
        if noun not in self.memo:
            self.memo[noun] = self._find(noun)
        # (counted as the part is: "17 orang" of a whole count, never of "100,00")
        # (a table's total is the whole of a part that table prints: "1.284 kendaraan ...
        # dari total pemeriksaan" is no share of another table's inspections)
        found = [f for _, f, table in self.memo[noun] if f.decimals == part.decimals
                 and (table is None or _prints(table, part))]
        values = {f.value for f in found}
        if len(values) != 1 or found[0].value <= part.value:
            return None
        return found[0]

    def _find(self, noun: str) -> list[tuple[int, Figure, Table | None]]:
        word = r"\s+".join(re.escape(w) for w in noun.split())
        patterns = [re.compile(_COUNT_OF_NOUN.format(noun=word), re.IGNORECASE),
                    re.compile(_NOUN_THEN_COUNT.format(noun=word), re.IGNORECASE)]
        found = []
        for sentence in self.doc.sentences:
            for pattern in patterns:
                for m in pattern.finditer(sentence.text):
                    if (fig := parse_figure(m.group("n"))) is not None:
                        found.append((sentence.line, fig, None))
        for table in self.doc.tables:
            if not _caption_names(table.caption or "", noun):
                continue
            totals = [r for r in table.rows if r.kind == "total" and not r.is_average]
            # the total of its one "Jumlah" column (a count, not a share or an amount)
            # ("Jumlah", "Jumlah Pengurangan (ton)")
            counted = [c for c, name in enumerate(table.columns)
                       if re.match(r"\W*(?:jumlah|total)\b", name, re.IGNORECASE)]
            if len(totals) == 1 and len(counted) == 1 \
                    and (fig := totals[0].figure(counted[0])) is not None and not fig.dash:
                found.append((table.first_line, fig, table))
                added = _column_sum(table, counted[0])
                if added is not None and added != fig.value:
                    # a Jumlah that does not foot (footing's finding): its rows give another
                    # total, and which one the share is of is not known
                    found.append((table.first_line, replace(fig, value=added), table))
        return found


def _check_half_years(sentence: Sentence, before: Sentence | None,
                      result: CheckResult) -> None:
    """``Triwulan III 110.183 orang, dan Triwulan IV 114.850 orang. ... semester kedua
    (224.033 orang)``: a semester's count is its two quarters' (see :mod:`audit.half_years`)."""
    for half in half_years(sentence, before):
        if half.verdict is Verdict.CONSISTENT:
            result.passed()
            continue
        a, b = half.quarters
        names = ("Triwulan I", "Triwulan II") if half.half == 1 else ("Triwulan III",
                                                                       "Triwulan IV")
        stated = half.found.figure
        expected = expected_text(stated, half.computed)
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.CRITICAL if _money(stated) else Severity.MAJOR,
            line=sentence.line_of(half.found.start), stated=stated.text, expected=expected,
            message=(f"Semester {'I' if half.half == 1 else 'II'} adalah {names[0]} + "
                     f"{names[1]}: {a.text} + {b.text} = {expected}, bukan {stated.text}.")))


def _check_named_rows(doc: Document, result: CheckResult) -> None:
    """``Curat dan Curanmor bersama-sama berjumlah 248 kasus``: two rows of a table the
    sentence names, added up (see :mod:`audit.named_sums`)."""
    for named in named_row_sums(doc):
        if named.expected is None:
            result.passed()
            continue
        first, second = named.parts
        table, stated = named.table, named.found.figure
        column = table.columns[named.column] if named.column < len(table.columns) \
            else f"{named.column + 1}"
        cells = [r.figure(named.column) for r in named.parts]
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.MAJOR,
            line=named.sentence.line_of(named.found.start),
            stated=stated.text.split()[0], expected=named.expected,
            message=(f"Kalimat menjumlahkan dua baris {table.caption or 'tabel'}: "
                     f"'{first.label}' ({cells[0].text if cells[0] else '?'}) + "
                     f"'{second.label}' ({cells[1].text if cells[1] else '?'}) pada kolom "
                     f"'{column}' = {named.expected}, bukan {stated.text}."),
            related_lines=[first.line, second.line], table=table.caption))


# "Gabungan layanan gedung (172.785) dan perpustakaan keliling (43.436) mencapai 214.221":
# two named parts, each with its figure in brackets, and what they come to together
_COMBINED_RE = re.compile(
    r"^\W*(?:gabungan|jumlah|total)\s+[^0-9();,.]{2,60}?\((?P<a>[^()]{1,25})\)\s+"
    r"(?:dan|serta|ditambah)\s+[^0-9();,.]{2,60}?\((?P<b>[^()]{1,25})\)\s+"
    r"(?:secara\s+bersama-sama\s+)?(?:mencapai|sebanyak|sebesar|berjumlah|adalah|yaitu)\s+",
    re.IGNORECASE)


def _check_combined(ctx: _Ctx, figures: list[FoundFigure]) -> None:
    """``Gabungan A (x) dan B (y) mencapai z``: z is x + y."""
    m = _COMBINED_RE.match(ctx.text)
    if m is None:
        return
    at = {f.start: f for f in figures}
    a = next((f for f in figures if m.start("a") <= f.start < m.end("a")), None)
    b = next((f for f in figures if m.start("b") <= f.start < m.end("b")), None)
    whole = at.get(m.end())
    if a is not None and b is not None and whole is not None:
        _judge_sum(ctx, [a, b], whole, True)


# "Kedua kecamatan perkotaan tersebut secara bersama-sama menampung C pemilih", "Kedua
# substansi ini bersama-sama mencakup 178 laporan": the two (three,
# four) items the sentence before counted, added up
_COLLECTIVE = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5}
_COLLECTIVE_RE = re.compile(
    r"\b(?P<n>kedua|ketiga|keempat|kelima)\s+(?:[a-z]+\s+){1,4}?(?:tersebut|itu|ini)\b"
    r"(?P<gap>[^.;]{0,60}?)\b(?:secara\s+)?(?:bersama-sama|seluruhnya|berjumlah|"
    r"total(?:nya)?|menampung|mencakup|sejumlah|menghasilkan|menjaring|melayani)\b"
    r"[^.;\d]{0,30}$", re.IGNORECASE)


_AIM_BEFORE_RE = re.compile(r"\b(?:target|rencana|sasaran)\b\W*(?:\w+\W+){0,2}$", re.IGNORECASE)


def _noun_after(sentence: Sentence, found: FoundFigure) -> str:
    m = re.match(r"\s+([a-z]{3,})", sentence.text[found.end:])
    return m.group(1).lower() if m else ""


_PEOPLE = {"orang", "peserta", "jiwa"}


def _check_collective_sum(before: Sentence, sentence: Sentence, result: CheckResult) -> None:
    """``... Seruni Kota 64.401 pemilih, disusul Seruni Ilir 45.862 pemilih. Kedua kecamatan
    tersebut secara bersama-sama menampung 110.263 pemilih``: a sum of the sentence before's
    figures, as many as its ordinal says, each counting the same noun as the sum."""
    if before.block != sentence.block:
        return
    for found in sentence.figures:
        fig = found.figure
        if fig.dash or is_year(fig):
            continue
        m = _COLLECTIVE_RE.search(sentence.text[:found.start])
        if m is None or any(f.start < found.start and f.start >= m.start() and f is not found
                            for f in sentence.figures):
            continue
        if fig.is_percent:
            _collective_share(before, sentence, found, _COLLECTIVE[m.group("n").lower()],
                              m.group(0).strip(), result)
            continue
        noun = _noun_after(sentence, found)
        # the figures of the sentence before, and of this one before the ordinal ("Bersama
        # Pelatihan B (1.318 orang), kedua jenis pelatihan tersebut menghasilkan ...")
        # (a target quoted beside a part, "melampaui target 180", is no part)
        parts = [f for s, figs in ((before, before.figures),
                                   (sentence, [f for f in sentence.figures
                                               if f.end <= m.start()]))
                 for f in figs if not f.figure.dash and not is_year(f.figure)
                 and not f.figure.is_percent
                 and (f.figure.unit == fig.unit or {f.figure.unit, fig.unit} <= _PEOPLE)
                 # (a figure read with its unit, "96 laporan", counts that unit already;
                 # people counted in "orang" are the "peserta" the whole counts)
                 and (fig.unit is not None or _noun_after(s, f) in (noun, "orang"))
                 and not _AIM_BEFORE_RE.search(s.text[max(0, f.start - 30):f.start])]
        if not noun and fig.unit is None or len(parts) != _COLLECTIVE[m.group("n").lower()]:
            continue
        total = sum((f.figure.value for f in parts), Decimal(0))
        if total == fig.value:
            result.passed()
            continue
        terms = " + ".join(f.figure.text for f in parts)
        result.failed(Finding(
            rule=RULE_ID, severity=Severity.CRITICAL if fig.is_money else Severity.MAJOR,
            line=sentence.line_of(found.start), stated=fig.text,
            expected=format_id(total, fig.decimals),
            message=(f"'{m.group(0).strip()} {fig.text}' menjumlahkan angka yang disebut "
                     f"sebelumnya (baris {before.line}): {terms} = "
                     f"{format_id(total, fig.decimals)}, bukan {fig.text}."),
            anchor=f"{terms}|{fig.text}",
        ))


def _collective_share(before: Sentence, sentence: Sentence, found: FoundFigure, n: int,
                      said: str, result: CheckResult) -> None:
    """``Nila ... 1.543.000 ekor (37,67% dari total), disusul Lele ... (33,03%). Kedua
    komoditas tersebut bersama-sama menyumbang 70,70%``: the shares the sentence before gave,
    as many as the ordinal says, added up (each printed share's own precision allowed)."""
    shares = [f for f in before.figures if f.figure.is_percent and not f.figure.dash
              and not _AIM_BEFORE_RE.search(before.text[max(0, f.start - 30):f.start])]
    if len(shares) != n:
        return
    fig = found.figure
    added = interval_sum([s.figure for s in shares])
    verdict = _verdict(fig, added)
    if verdict is Verdict.CONSISTENT:
        result.passed()
        return
    if verdict is not Verdict.BREAK:
        return
    terms = " + ".join(s.figure.text for s in shares)
    expected = _expected(fig, added)
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=sentence.line_of(found.start),
        stated=fig.text, expected=expected,
        message=(f"'{said} {fig.text}' menjumlahkan bagian yang disebut kalimat sebelumnya "
                 f"(baris {before.line}): {terms} = {expected}, bukan {fig.text}."),
        anchor=f"{terms}|{fig.text}",
    ))


# "Porsi SBSN terhadap pagu perubahan mencapai 47,50%": the share of a part the sentence
# before named, in the whole that sentence broke down
_NAMED_SHARE_RE = re.compile(
    r"\b(?:porsi|proporsi|pangsa|kontribusi)\s+(?P<x>[A-Za-z][\w/-]*(?:\s+[\w/-]+){0,3}?)\s+"
    r"(?:terhadap|dari)\s+(?:total\s+|seluruh\s+|keseluruhan\s+)?(?P<y>[a-z]+(?:\s+[a-z]+){0,2}?)"
    r"\s+(?:adalah\s+|sebesar\s+|mencapai\s+|yaitu\s+|tercatat\s+)?$", re.IGNORECASE)
_BROKEN_DOWN_RE = re.compile(r"\b(?:bersumber\s+dari|terdiri\s+(?:atas|dari)|meliputi)\b",
                             re.IGNORECASE)


def _check_share_of_named_part(before: Sentence, sentence: Sentence,
                               result: CheckResult) -> None:
    """``Pagu perubahan tersebut bersumber dari Rupiah Murni sebesar Rp 217.159.000.000 dan
    SBSN sebesar Rp 196.480.000.000. Porsi SBSN terhadap pagu perubahan mencapai 47,50%``:
    the part the sentence before named, over the sum of the parts it broke the whole into
    (the whole its opening words name as this sentence does)."""
    if before.block != sentence.block or not _BROKEN_DOWN_RE.search(before.text):
        return
    for share in sentence.figures:
        if not share.figure.is_percent:
            continue
        m = _NAMED_SHARE_RE.search(sentence.text[:share.start])
        if m is None:
            _check_subject_share(before, sentence, share, result)
            continue
        parts = [f for f in before.figures if not f.figure.is_percent and not f.figure.dash
                 and not is_year(f.figure)]
        opening = before.text[:parts[0].start] if parts else ""
        if len(parts) < 2 or len({_money(f.figure) for f in parts}) != 1 \
                or not name_tokens(m.group("y")) <= name_tokens(opening) \
                or not _ends_with_and(before.text, parts):
            continue
        named = re.search(rf"\b{re.escape(m.group('x'))}\b", before.text, re.IGNORECASE)
        part = next((f for f in parts if named is not None and f.start >= named.end()
                     and f.start - named.end() <= 30), None)
        if part is None:
            continue
        _judge_share(sentence, part.figure, _sum_of(before, parts), share.figure, False,
                     result)


# "Peserta perempuan mencapai 29,10% dari total peserta": the subject, then the whole
_SUBJECT_BEFORE_SHARE_RE = re.compile(
    r"^\W*(?P<x>[A-Za-z][\w/-]*(?:\s+[\w/-]+){0,3}?)\s+(?:mencapai|sebesar|adalah|yaitu|"
    r"tercatat|sebanyak)\s+$", re.IGNORECASE)
_WHOLE_AFTER_SHARE_RE = re.compile(
    r"^\s*(?:%|persen)?\s*dari\s+(?:total|seluruh|keseluruhan|jumlah)\s+(?P<y>[a-z]+)\b",
    re.IGNORECASE)


def _check_subject_share(before: Sentence, sentence: Sentence, share: FoundFigure,
                         result: CheckResult) -> None:
    """``Jumlah peserta 842 orang, terdiri atas 597 orang laki-laki dan 245 orang perempuan.
    Peserta perempuan mencapai 29,10% dari total peserta``: the share the subject (its word
    that the whole's noun lacks, ``perempuan``) has of the parts the sentence before gave."""
    subject = _SUBJECT_BEFORE_SHARE_RE.match(sentence.text[:share.start])
    whole = _WHOLE_AFTER_SHARE_RE.match(sentence.text[share.end:share.end + 60])
    if subject is None or whole is None:
        return
    own = name_tokens(subject.group("x")) - name_tokens(whole.group("y"))
    parts = [f for f in before.figures if not f.figure.is_percent and not f.figure.dash
             and not is_year(f.figure)]
    # the breakdown: the parts after "terdiri atas", ending with "dan"
    broken = _BROKEN_DOWN_RE.search(before.text)
    parts = [f for f in parts if broken is not None and f.start > broken.end()]
    if len(own) != 1 or len(parts) < 2 or len({_money(f.figure) for f in parts}) != 1 \
            or not _ends_with_and(before.text, parts):
        return
    word = next(iter(own))
    named = [f for f in parts
             if word in name_tokens(before.text[f.end:f.end + 25].split(",")[0])]
    if len(named) != 1:
        return
    _judge_share(sentence, named[0].figure, _sum_of(before, parts), share.figure, False, result)


def _sum_of(sentence: Sentence, parts: list[FoundFigure]) -> Figure:
    """The whole the parts add up to: the sentence's own figure of that value when it prints
    one (``842 orang``), else the sum printed as the parts are."""
    total = sum((f.figure.value for f in parts), Decimal(0))
    stated = next((f.figure for f in sentence.figures if f not in parts
                   and f.figure.value == total and f.figure.unit == parts[0].figure.unit), None)
    if stated is not None:
        return stated
    first = parts[0].figure
    text = format_id(total, first.decimals, first.unit)
    return replace(first, value=total, text=text)


# "Selisih antara PMI perempuan dan laki-laki sebanyak 2.178 orang": the difference of two
# figures the sentence before gave, each after the words the sentence names it by
_NAMED_DIFFERENCE_RE = re.compile(
    r"\bselisih\s+(?:antara\s+)?(?:jumlah\s+)?(?P<a>[A-Za-z/-]+(?:\s+[A-Za-z/-]+){0,3}?)\s+"
    r"(?:dan|dengan)\s+(?P<b>[A-Za-z/-]+(?:\s+[A-Za-z/-]+){0,3}?)\s+(?:adalah\s+|yaitu\s+|"
    r"sebanyak\s+|sebesar\s+|mencapai\s+|hanya\s+)?$", re.IGNORECASE)


def _check_named_difference(before: Sentence, sentence: Sentence, result: CheckResult) -> None:
    """``PMI perempuan berjumlah 10.761 orang ... dan PMI laki-laki 8.483 orang. Selisih
    antara PMI perempuan dan laki-laki sebanyak 2.178 orang``: |10.761 − 8.483|; each side
    is the one figure of the sentence before that follows its name's last word."""
    if before.block != sentence.block:
        return
    for found in _figures(sentence):
        m = _NAMED_DIFFERENCE_RE.search(sentence.text[max(0, found.start - 120):found.start])
        if m is None or found.figure.is_percent and not found.figure.unit:
            continue
        sides = [_figure_after_word(before, m.group(k).split()[-1]) for k in ("a", "b")]
        if any(side is None for side in sides):
            continue
        a, b = (side.figure for side in sides if side is not None)
        d = found.figure
        if not _compatible(a, b) or a.is_percent != b.is_percent or a.value == b.value:
            continue
        diff = _abs_diff(_ones(a), _ones(b))
        _decide(sentence, result, d, [_Reading("selisih", diff, f"|{a.text} − {b.text}|")],
                _money(a, b), "difference", f"selisih|{a.text}|{b.text}|{d.text}",
                lead=f"Selisih {m.group('a')} dan {m.group('b')}: ")
        return


def _figure_after_word(sentence: Sentence, word: str) -> FoundFigure | None:
    """The one figure of the sentence printed within a few words after ``word``."""
    hits = [f for f in sentence.figures
            if re.search(rf"\b{re.escape(word)}\b(?:\W+\w+){{0,2}}?\W+$",
                         sentence.text[max(0, f.start - 40):f.start], re.IGNORECASE)
            and not f.figure.is_percent]
    return hits[0] if len(hits) == 1 else None


# A computation the report prints: "(989/1.018) x 100% = 97,15%", "45 / 48 x 100 = 93,75",
# "(1 − 12.336.031.400/12.876.245.000) x 100% = 4,20%" (efisiensi as 1 minus the ratio).
_NUMBER = r"\d[\d.,]*\d|\d"
_PRINTED_RATIO_RE = re.compile(
    rf"\(?\s*(?P<one>1\s*[-−–]\s*)?\(?\s*(?P<a>{_NUMBER})\s*[/:]\s*(?P<b>{_NUMBER})\s*\)?\s*\)?"
    rf"\s*[x×*]\s*100\s*%?\s*=\s*(?P<c>{_NUMBER})\s*(?P<pct>%|persen)?")


# "(3.312/3.431) hasilnya 96,53%": a bracketed quotient and the percentage it comes to
_PRINTED_QUOTIENT_RE = re.compile(
    rf"(?P<one>(?!))?\(\s*(?P<a>{_NUMBER})\s*/\s*(?P<b>{_NUMBER})\s*\)\s*,?\s*"
    rf"(?:hasilnya|menghasilkan|sama\s+dengan|=)\s*(?:sebesar\s+)?(?P<c>{_NUMBER})\s*"
    r"(?P<pct>%|persen)", re.IGNORECASE)


def _check_printed_formulas(sentence: Sentence, result: CheckResult) -> None:
    """A ratio computed in the text is recomputed from its own printed inputs."""
    for m in [*_PRINTED_RATIO_RE.finditer(sentence.text),
              *_PRINTED_QUOTIENT_RE.finditer(sentence.text)]:
        a, b = parse_figure(m.group("a")), parse_figure(m.group("b"))
        stated = parse_figure(m.group("c") + (m.group("pct") and "%" or ""))
        if a is None or b is None or stated is None or b.value == 0:
            continue
        computed = ratio(_ones(a), _ones(b))
        if computed is None:
            continue
        formula = f"{a.text} / {b.text} × 100"
        if m.group("one"):
            computed = Interval(Decimal(100) - computed.hi, Decimal(100) - computed.lo)
            formula = f"(1 − {a.text} / {b.text}) × 100"
        _decide(sentence, result, stated, [_Reading("rumus yang tercetak", computed, formula)],
                False, "formula", f"{m.group(0)}",
                lead="Perhitungan yang tercetak di teks: ")


_MONTH_AFTER = re.compile(r"\s+(?:januari|februari|maret|april|mei|juni|juli|agustus|september|"
                          r"oktober|november|desember)\b", re.IGNORECASE)


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
        if _CODE_BEFORE.search(text[max(0, found.start - 12):found.start]):
            continue
        if not fig.decimals and not fig.unit and _MONTH_AFTER.match(text, found.end):
            continue  # "per 31 Desember 2025": a day of a date
        if _PER_BEFORE.search(text[max(0, found.start - 6):found.start]) \
                and fig.value in _PER_BASES:
            continue  # "1,21 per 1.000 persalinan": the rate's base, no quantity
        if out and _restates(text, out[-1], found):
            continue
        out.append(found)
    return out


# "Rp 56.120.433.293,- atau sekitar Rp 56,12 miliar", "1.250 orang (sekitar 1,2 ribu)": the
# same amount again, rounded, is not another operand.
_RESTATING_GAP = re.compile(
    r"^\s*,?\s*(?:\(\s*)?(?:atau|yaitu|yakni|setara(?:\s+dengan)?)?\s*"
    r"(?:sekitar|kurang\s+lebih|lebih\s+kurang|hampir|±|\+/-|kira-kira)\s*$", re.IGNORECASE)


_PER_RE = re.compile(r"\s*(?:rupiah\s+)?(?:per|tiap|setiap|/)\s*(\w+)", re.IGNORECASE)


def _per(text: str, found: FoundFigure) -> str | None:
    """The unit a figure is a rate over (``Rp 2,67 juta per bulan``: bulan), if any."""
    m = _PER_RE.match(text, found.end)
    return m.group(1).lower() if m else None


def _restates(text: str, before: FoundFigure, found: FoundFigure) -> bool:
    if not _RESTATING_GAP.match(text[before.end:found.start]):
        return False
    if _per(text, found) not in (None, _per(text, before)):
        return False  # "Rp 32.010.000 setahun, atau sekitar Rp 2,67 juta per bulan"
    if before.figure.is_percent != found.figure.is_percent:
        return False
    return _ones(found.figure).meets(_ones(before.figure))


def _check_rounded_restatements(sentence: Sentence, result: CheckResult) -> None:
    """``naik Rp 2.215.409.217 atau sekitar Rp 2,32 miliar``: one amount printed in full and
    again in juta or miliar must agree at the precision the rounded one is printed.

    Passes: ``Rp 1.287.640.000 (sekitar Rp 1.288 juta)``; ``Rp 32.010.000, atau sekitar
    Rp 2,67 juta per bulan`` (a rate over another period, not the same amount).
    Fails: ``Rp 2.215.409.217 atau sekitar Rp 2,32 miliar`` (2,22 miliar)."""
    text = sentence.text
    figures = [f for f in sentence.figures if not f.figure.dash and not is_year(f.figure)]
    for before, found in zip(figures, figures[1:], strict=False):
        full, rounded = before.figure, found.figure
        if not _RESTATING_GAP.match(text[before.end:found.start]) \
                or _scale(full) != 1 or _scale(rounded) == 1 \
                or full.is_percent or rounded.is_percent or _money(full) != _money(rounded):
            continue
        if _per(text, found) not in (None, _per(text, before)):
            continue  # "Rp 32.010.000 setahun, atau sekitar Rp 2,67 juta per bulan": a rate
        if _ones(rounded).meets(_ones(full)):
            result.passed()
            continue
        if any(_ones(rounded).meets(_ones(f.figure)) for f in figures
               if f is not before and f is not found):
            continue  # "menyerap Rp A dari pagu Rp B, atau sekitar Rp 15,09 miliar": A's
        _decide(sentence, result, rounded,
                [_Reading("jumlah yang sama", interval_of(full, exact_integers=True),
                          full.text)],
                _money(full), "restated", f"{full.text}|{rounded.text}",
                lead="Jumlah yang sama dicetak dua kali: ")


def _parenthesised(text: str, figures: list[FoundFigure]) -> list[bool]:
    """Whether each figure (in text order) stands inside parentheses; one pass over the text."""
    out = []
    depth = 0
    pos = 0
    for found in figures:
        for ch in text[pos:found.start]:
            if ch == "(":
                depth += 1
            elif ch == ")" and depth:
                depth -= 1
        pos = max(pos, found.start)
        out.append(depth > 0)
    return out


_BRACKETED_RE = re.compile(r"\([^()]*\)")
_YEAR_WORD_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _gap(text: str, left: FoundFigure, right: FoundFigure) -> str:
    """The words between two figures, spelled-out amounts and years taken out."""
    gap = _BRACKETED_RE.sub(" ", text[left.end:right.start])
    return _YEAR_WORD_RE.sub("TAHUN", gap)


def _left(text: str, figures: Sequence[FoundFigure], i: int) -> str:
    """The words before figures[i], back to the figure before it or the sentence start."""
    start = figures[i - 1].end if i else 0
    gap = _BRACKETED_RE.sub(" ", text[start:figures[i].start])
    return _YEAR_WORD_RE.sub("TAHUN", gap)


def _scale(figure: Figure) -> Decimal:
    unit = (figure.unit or "").replace("Rp ", "").strip().lower()
    return Decimal(_SCALE[unit]) if unit in SCALE_WORDS and unit in _SCALE else Decimal(1)


def _ones(figure: Figure) -> Interval:
    """The figure as an interval in ones: ``Rp 1,5 miliar`` → 1 450 000 000 … 1 550 000 000.

    ``Rp 2 miliar`` is a rounded amount, not exactly 2 000 000 000.
    """
    factor = _scale(figure)
    interval = interval_of(figure, exact_integers=factor == 1)
    return interval.scale(factor) if factor != 1 else interval


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


def _noun(text: str, found: FoundFigure) -> str | None:
    """What a figure counts: its unit, or a known counted noun printed right after it."""
    fig = found.figure
    if _money(fig):
        return "Rp"
    if fig.is_percent:
        return "%"
    unit = fig.unit if fig.unit not in SCALE_WORDS else None
    if unit:
        return noun_kind(unit) or unit
    m = re.match(r"\s*(?:\([^()]*\)\s*)?([A-Za-z][A-Za-z/-]*)", text[found.end:])
    if not m:
        return None
    word = m.group(1).lower()
    if word in _NOT_A_NOUN:
        return None
    return noun_kind(word) or (word if word in UNIT_WORDS else None)


def _same_kind(text: str, figures: Sequence[FoundFigure]) -> bool:
    """Figures that may be added or subtracted: all Rupiah, all %, or one counted noun."""
    figs = [f.figure for f in figures]
    if any(_money(f) for f in figs):
        return all(_money(f) for f in figs)
    if any(f.is_percent for f in figs):
        return all(f.is_percent for f in figs)
    nouns = {n for f in figures if (n := _noun(text, f)) is not None}
    return len(nouns) <= 1


def _is_money(text: str, figures: Sequence[FoundFigure]) -> bool:
    """Rupiah printed, or large unit-less amounts in a sentence about a budget."""
    figs = [f.figure for f in figures]
    if _money(*figs):
        return True
    return all(f.unit is None and f.value >= 1000 for f in figs) \
        and bool(_MONEY_WORDS.search(text))


def _many_years(text: str) -> bool:
    return len(set(_YEAR_RE.findall(text))) > 1


# ---------------------------------------------------------------- shares


def _check_shares(sentence: Sentence, figures: list[FoundFigure], result: CheckResult,
                  judged: set[int]) -> None:
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
        pagu_first = False
        if f1.figure.is_percent and _SHARE_LINK.match(g01) and _OF_BASE.match(g12) \
                and (not f0.figure.is_percent or f2.figure.is_percent):
            part, share, base, of_text = f0, f1, f2, g12
        elif f0.figure.is_percent and not f1.figure.is_percent and _money(f1.figure) \
                and re.match(r"^\s*,?\s*(?:atau|yaitu)\s+(?:sebesar\s+)?$", g01, re.IGNORECASE) \
                and _OF_BASE.match(g12):
            share, part, base, of_text = f0, f1, f2, g12
        elif f0.figure.is_percent and not f1.figure.is_percent and not f2.figure.is_percent \
                and _SHARE_THEN_PARTS.match(g01) and _PART_OF_BASE.match(g12) \
                and _compatible(f1.figure, f2.figure) and f1.figure.value <= f2.figure.value:
            # "mencapai 54,87%, yaitu 660 usulan dari 1.214 usulan", "54,87% (660 dari 1.214)"
            share, part, base, of_text = f0, f1, f2, g12
        elif f2.figure.is_percent and _OF_TARGET.match(g01) and _THEN_PERCENT.match(g12) \
                and not re.match(r"^\s*\)?\s*dari\b", after, re.IGNORECASE):
            part, base, share, of_text = f0, f1, f2, g01
        elif f2.figure.is_percent and not f0.figure.is_percent and not f1.figure.is_percent \
                and _money(f0.figure) and _money(f1.figure) and _OF_BASE.match(g01) \
                and _AND_SHARE.match(g12):
            # "Rp 421.561.402.933 dari pagu anggaran sebesar Rp 997.115.597.000 atau sebesar
            # 42,28%": the part, its base, then the share
            part, base, share, of_text = f0, f1, f2, g01
        elif f2.figure.is_percent and _money(f0.figure) and _money(f1.figure) \
                and _PAGU_THEN_REALISED.match(g01) and _REALISED_THEN_SHARE.match(g12) \
                and not _OTHER_PAGU_RE.search(before):
            # "pagu gabungan Rp 262.942.050.000 dengan realisasi Rp 251.658.409.645 (95,71%)"
            part, base, share, of_text = f1, f0, f2, ""
            pagu_first = True
        elif f2.figure.is_percent and not f0.figure.is_percent and not f1.figure.is_percent \
                and _FROM_BASE_BEFORE.search(before) and _BASE_THEN_PART.match(g01) \
                and _PART_THEN_SHARE.match(g12):
            part, base, share, of_text = f1, f0, f2, ""
        if part is None or share is None or base is None:
            continue
        if part is f0 and i and _LAST_OF_A_LIST_RE.search(before) \
                and _compatible(figures[i - 1].figure, f0.figure):
            # "15.335 unit, terdiri atas 8.866 kapal dan 6.469 pesawat, atau 105,76% dari
            # target": the last part of a list; the share is of the whole it breaks down
            continue
        if not pagu_first and _NOT_NUMERATOR.search(before) \
                or not _compatible(part.figure, base.figure):
            continue  # ("pagu Rp A dengan realisasi Rp B": the pagu is the base, by its word)
        if "TAHUN" in of_text:
            # "dari target tahun 2024": a base of another period (a Renstra target, a later
            # year) need not be what the share was computed on.
            continue
        if _counts_another_noun(text, figures, part, base):
            # "menguji 2.578 sampel dari 8 kelompok komoditas, atau 107,42% dari target
            # 2.400 sampel": the share is of the figure that counts the base's noun
            continue
        judged.add(id(share.figure))
        _judge_share(sentence, part.figure, base.figure, share.figure,
                     bool(_TARGET_WORD.search(of_text)), result)


def _counts_another_noun(text: str, figures: list[FoundFigure], part: FoundFigure,
                         base: FoundFigure) -> bool:
    """The base counts a noun (``2.400 sampel``) the part does not, and another figure of the
    sentence before the part counts it (``2.578 sampel``)."""
    def noun(found: FoundFigure) -> str:
        m = re.match(r"\s*([a-z]{3,})", text[found.end:].lower())
        unit = (found.figure.unit or "").lower()
        return unit if unit and unit != "%" else (m.group(1) if m else "")

    wanted = noun(base)
    # (the base itself, "Dari 14 usulan tersebut, sebanyak 5 karya budaya ...", is no other)
    return bool(wanted) and noun(part) != wanted and any(
        f.end <= part.start and f is not base and noun(f) == wanted for f in figures)


def _judge_share(sentence: Sentence, part: Figure, base: Figure, share: Figure,
                 against_target: bool, result: CheckResult) -> None:
    a, b = _ones(part), _ones(base)
    if b.lo <= 0 or a.hi < 0 or share.value <= 0:
        return
    main = ratio(a, b)
    if main is None:
        return
    readings = [_Reading("realisasi / target" if against_target else "realisasi / dasar", main,
                         f"{part.text} / {base.text} × 100")]
    if against_target:
        inverse = ratio(b, a)
        if inverse is not None:
            readings.append(_Reading("target / realisasi (indikator makin kecil makin baik)",
                                     inverse, f"{base.text} / {part.text} × 100"))
        # the other lower-is-better formula: (2 × target − realisasi) / target × 100
        readings.append(_Reading("(2 × target − realisasi) / target (indikator makin kecil "
                                 "makin baik)", Interval(200 - main.hi, 200 - main.lo),
                                 f"(2 × {base.text} − {part.text}) / {base.text} × 100"))
    _decide(sentence, result, share, readings, _money(part, base), "share",
            f"{part.text}|{share.text}|{base.text}")


_BREAKDOWN_RE = re.compile(r"\bterdiri\s+(?:atas|dari)\b", re.IGNORECASE)
# "30 orang laki-laki dan 28 orang perempuan (48,28%)": a part, its noun, its share bracketed
_PART_THEN_BRACKET_RE = re.compile(r"^[^\d()]{0,40}\(\s*$")


def _check_breakdown_shares(sentence: Sentence, figures: list[FoundFigure],
                            result: CheckResult, judged: set[int]) -> None:
    """``58 orang pegawai yang terdiri atas 30 orang laki-laki dan 28 orang perempuan
    (48,28%)``: a part's bracketed share is of the whole its breakdown adds up to (the whole
    printed before ``terdiri atas``, and only when the parts add up to it exactly)."""
    text = sentence.text
    anchor = _BREAKDOWN_RE.search(text)
    if anchor is None:
        return
    wholes = [f for f in figures if f.end <= anchor.start() and not f.figure.is_percent
              and not is_year(f.figure)]
    if not wholes:
        return
    whole = wholes[-1]
    end = next((b.start() for b in _CLAUSE_BREAK.finditer(text, anchor.end())), len(text))
    after = [f for f in figures if anchor.end() <= f.start and f.end <= end]
    parts = [f for f in after if not f.figure.is_percent and _compatible(f.figure, whole.figure)]
    if len(parts) < 2 or sum((f.figure.value for f in parts), Decimal(0)) != whole.figure.value:
        return
    for part in parts:
        share = next((f for f in after if f.start > part.end), None)
        if share is None or not share.figure.is_percent or id(share.figure) in judged \
                or not _PART_THEN_BRACKET_RE.match(text[part.end:share.start]):
            continue
        judged.add(id(share.figure))
        _judge_share(sentence, part.figure, whole.figure, share.figure, False, result)


# words that announce the parts of a whole by their shares
_WHOLE_SHARES_RE = re.compile(r"\b(?:kontribusi|proporsi|komposisi|porsi|pangsa|terdiri\s+"
                              r"(?:atas|dari)|terbagi)\b", re.IGNORECASE)
_LIST_END_RE = re.compile(r"\b(?:dan|serta)\b", re.IGNORECASE)


def _check_shares_of_a_whole(sentence: Sentence, figures: list[FoundFigure],
                             result: CheckResult, restated: _Restated) -> None:
    """Shares listed as the parts of a whole (``dengan kontribusi perikanan tangkap sebesar
    67,20% dan perikanan budidaya sebesar 32,80%``) add up to 100%. Only a list that comes
    within one point of 100% is taken for the whole (a shorter list names some parts only);
    within that, a sum that misses 100% by more than its rounding is a break."""
    text = sentence.text
    announced = _WHOLE_SHARES_RE.search(text)
    if announced is None:
        return
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(text, announced.end())), len(text))
    shares = [f for f in figures if announced.end() <= f.start and f.end <= end
              and f.figure.is_percent]
    if len(shares) < 2 or not _LIST_END_RE.search(text[shares[-2].end:shares[-1].start]) \
            or any(len(text[a.end:b.start]) > 80
                   for a, b in zip(shares, shares[1:], strict=False)):
        return
    total = interval_sum((f.figure for f in shares), exact_integers=False)
    if total.lo <= 100 <= total.hi:
        result.passed()
        return
    if not 99 <= total.mid <= 101:
        return  # some parts only

    def confirmed(found: FoundFigure) -> bool:
        fig, line = found.figure, sentence.line_of(found.start)
        bare = Figure(fig.value, fig.decimals, None, fig.text, False)
        return bool(restated.elsewhere(fig, line) or restated.elsewhere(bare, line))

    alone = [f for f in shares if not confirmed(f)]
    blamed = alone[0] if len(alone) == 1 else shares[-1]
    rest = sum((f.figure.value for f in shares if f is not blamed), Decimal(0))
    expected = format_id(Decimal(100) - rest, blamed.figure.decimals, "%")
    listed = " + ".join(f.figure.text for f in shares)
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=sentence.line_of(blamed.start),
        stated=blamed.figure.text, expected=expected,
        message=(f"Porsi bagian-bagian dari keseluruhan {listed} = "
                 f"{format_id(total.mid, max(f.figure.decimals for f in shares), '%')}, bukan "
                 f"100%; agar genap 100%, {blamed.figure.text} semestinya {expected}."),
        anchor=f"whole|{listed}",
    ))


# A capaian printed at a round cap below the quotient ("dibatasi 120%") is the cap, not a slip
_CAPS = {Decimal(100), Decimal(110), Decimal(120), Decimal(125), Decimal(150)}


def _check_role_triads(doc: Document, result: CheckResult, judged: set[int]) -> None:
    """A clause whose words give one figure each the roles realisasi, target and capaian
    ("Realisasi load factor tahun 2025 sebesar 58,57% dari target 68,00%, sehingga capaian
    indikator ini 86,40%"), in whatever order and wording: the capaian is realisasi / target
    (or a lower-is-better reading). The roles are the ones claim linking reads
    (:func:`audit.claims.role_claims`), so no table need name the indicator."""
    # a capaian that restates a table cell and differs from it is narrative_vs_table's
    # finding, which names the table
    differs = {id(link.claim.figure) for link in linked_claims(doc)
               if not any(agree(link.claim, m) for m in link.cells)}
    by_sentence: dict[int, list] = {}
    for rc in role_claims(doc):
        if rc.year is None and rc.role in ("target", "realisasi", "capaian"):
            by_sentence.setdefault(id(rc.sentence), []).append(rc)
    for claims in by_sentence.values():
        sentence = claims[0].sentence
        if _TWO_TARGETS.search(sentence.text):
            continue
        for clause in _clauses(sentence, claims):
            roles = {rc.role: rc.found for rc in clause}
            if len(roles) != 3 or len(clause) != 3:
                continue
            real, target, rate = roles["realisasi"], roles["target"], roles["capaian"]
            if not rate.figure.is_percent \
                    or real.figure.is_percent != target.figure.is_percent \
                    or not _compatible(real.figure, target.figure):
                continue
            start, end = _clause_span(sentence, rate.start)
            if any(start <= f.start < end and f not in (real, target, rate)
                   and (f.figure.is_percent or f.figure.is_percent == target.figure.is_percent)
                   and not is_year(f.figure) for f in sentence.figures):
                continue  # another rate or value of the kind in the clause: roles uncertain
            quotient = ratio(_ones(real.figure), _ones(target.figure))
            if rate.figure.value in _CAPS and quotient is not None \
                    and quotient.lo > rate.figure.value:
                continue
            if id(rate.figure) in judged or id(rate.figure) in differs:
                continue  # judged already, as a share the sentence's wording spells out
            _judge_share(sentence, real.figure, target.figure, rate.figure, True, result)
    _triads_over_two_sentences(doc, by_sentence, differs | judged, result)


# "Capaian indikator ini sebesar 102,33%", "Capaian tersebut ...": the capaian of the value
# and target the sentence before gave
_CAPAIAN_BACK_RE = re.compile(r"^\W*capaian(?:nya)?\s+(?:(?:indikator|kinerja)\s+)?"
                              r"(?:ini|tersebut)\b", re.IGNORECASE)


def _triads_over_two_sentences(doc: Document, by_sentence: dict[int, list],
                               skip: set[int], result: CheckResult) -> None:
    """``IKDR ... mencapai 72,14, melampaui target 70,50. Capaian indikator ini sebesar
    102,33%``: a realisasi and its target in one sentence, their capaian alone in the next
    one that refers back to them."""
    for before, sentence in zip(doc.sentences, doc.sentences[1:], strict=False):
        if before.block != sentence.block or not _CAPAIAN_BACK_RE.match(sentence.text):
            continue
        given = by_sentence.get(id(before), [])
        rates = by_sentence.get(id(sentence), [])
        roles = {rc.role: rc.found for rc in given}
        if len(given) != 2 or set(roles) != {"realisasi", "target"} or len(rates) != 1 \
                or rates[0].role != "capaian":
            continue
        real, target, rate = roles["realisasi"], roles["target"], rates[0].found
        if not rate.figure.is_percent or id(rate.figure) in skip \
                or real.figure.is_percent != target.figure.is_percent \
                or not _compatible(real.figure, target.figure) \
                or len([f for f in before.figures if not is_year(f.figure)]) != 2:
            continue
        _judge_share(sentence, real.figure, target.figure, rate.figure, True, result)


def _clause_span(sentence: Sentence, at: int) -> tuple[int, int]:
    """Where the clause holding position ``at`` begins and ends."""
    cuts = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(sentence.text)] \
        + [len(sentence.text)]
    k = max(i for i, c in enumerate(cuts[:-1]) if c <= at)
    return cuts[k], cuts[k + 1]


def _clauses(sentence: Sentence, claims: list) -> list[list]:
    """The claims of a sentence grouped by the clause they stand in (``sedangkan``, ``;`` and
    ``namun`` open a new clause about another subject)."""
    groups: dict[tuple[int, int], list] = {}
    for rc in claims:
        groups.setdefault(_clause_span(sentence, rc.found.start), []).append(rc)
    return list(groups.values())


# ---------------------------------------------------------------- changes


def _check_changes(ctx: _Ctx, figures: list[FoundFigure]) -> None:
    text = ctx.text
    n = len(figures)
    for i in range(n - 1):
        fa, fb = figures[i], figures[i + 1]
        if not _A_TO_B.match(_gap(text, fa, fb)):
            continue
        delta = None
        verb = ""
        if i >= 1:
            fd = figures[i - 1]
            before_d = text[figures[i - 2].end if i >= 2 else 0:fd.start]
            m = _VERB_BEFORE.search(before_d)
            if _D_TO_A.match(_gap(text, fd, fa)) and m:
                delta, verb = fd, m.group("verb")
        if delta is None and i + 2 < n:
            fd = figures[i + 2]
            before_a = text[figures[i - 1].end if i else 0:fa.start]
            m = _B_TO_D.match(_gap(text, fb, fd))
            v = _VERB_FROM.search(before_a)
            if _FROM_BEFORE.search(before_a) and m:
                delta, verb = fd, _direction_verb(m.group("verb"))
                if not verb and v:
                    verb = v.group("verb")  # "turun dari A menjadi B atau lebih cepat D"
            elif v and _B_TO_D_PLAIN.match(_gap(text, fb, fd)):
                delta, verb = fd, v.group("verb")
            elif v and _B_OR_D.match(_gap(text, fb, fd)) \
                    and _COMPARATIVE_AFTER.match(text[fd.end:fd.end + 40]):
                # "turun dari 14,85 menit menjadi 13,43 menit, atau 1,24 menit lebih cepat"
                delta, verb = fd, v.group("verb")
        if delta is not None:
            _judge_change(ctx, fa, fb, delta, verb)
    _check_change_between_two(ctx, figures)
    _check_change_and_rate(ctx, figures)
    _check_change_past_its_target(ctx, figures)
    for i in range(n - 2):
        f0, f1, f2 = figures[i:i + 3]
        m = _A_VERB_D.match(_gap(text, f0, f1))
        if m and _D_THEN_B.match(_gap(text, f1, f2)):
            # "Rp A bertambah Rp D sehingga menjadi Rp B"
            _judge_change(ctx, f0, f2, f1, m.group("verb"))
            continue
        m = _B_VERB_D.match(_gap(text, f0, f1))
        if m and re.match(_COMPARATIVE, m.group("verb"), re.IGNORECASE) \
                and _D_VS_TARGET.match(_gap(text, f1, f2)) \
                and _compatible(f0.figure, f2.figure) and _compatible(f0.figure, f1.figure) \
                and not _NOT_COMPARED.search(text[max(0, f0.start - 40):f0.start]):
            # "51,77 menit, lebih cepat 7,23 menit dari target 60,00 menit": the gap to the
            # target
            _judge_change(ctx, f2, f0, f1, _direction_verb(m.group("verb")))
            continue
        if _VALUE_THEN.match(_gap(text, f0, f1)) \
                and (after := _D_THEN_VS_TARGET.match(_gap(text, f1, f2))) \
                and _compatible(f0.figure, f2.figure) \
                and (_compatible(f0.figure, f1.figure)
                     or f0.figure.is_percent and (f1.figure.unit or "").startswith("poin")) \
                and not _NOT_COMPARED.search(text[max(0, f0.start - 40):f0.start]):
            # "5,60 hari, 1,60 hari lebih cepat dari target 7,00 hari", "82,40% berada 2,60
            # poin di atas target 79,00%"
            word = after.group("verb").lower()
            verb = "naik" if word.startswith("di") and "atas" in word else \
                "turun" if word.startswith("di") else _direction_verb(word)
            _judge_change(ctx, f2, f0, f1, verb)
            continue
        vs = _D_VS_A.match(_gap(text, f1, f2))
        if m and vs and (_PERIOD.search(vs.group("period"))
                         # a base whose period follows it, after a level (not after a
                         # change: "bertambah 57 bidang, atau naik 5,97 persen dari 955")
                         or _PERIOD_AFTER.match(text[f2.end:])
                         and not _VERB_BEFORE.search(_left(text, figures, i))) \
                and not re.match(r"^\s*[^0-9]{0,40}\bmenjadi\b", text[f2.end:], re.IGNORECASE) \
                and not _NOT_NUMERATOR.search(_left(text, figures, i)) \
                and not _NOT_COMPARED.search(text[max(0, f0.start - 40):f0.start]) \
                and not (i and _LAST_OF_A_LIST_RE.search(_gap(text, figures[i - 1], f0))):
            # (not the last part of a breakdown: "1.141 orang, terdiri atas 243 laki-laki dan
            # 898 perempuan, naik 33 orang dibandingkan tahun 2024 yang menerima 1.108": the
            # whole rose)
            # "B, naik D dibandingkan tahun 2024 sebesar A" (B no target nor capaian:
            # "tercapai 93,75%, naik 7,50 poin dibanding tahun 2024 (30,00%)" speaks of the
            # realisasi printed before it)
            _judge_change(ctx, f2, f0, f1, _direction_verb(m.group("verb")))


# "turun 0,46 poin dari 11,08% pada Tahun 2024 dan turun 0,81 poin dari 11,43% pada Tahun
# 2023": a base of one change is no level another change starts from (both are changes of
# the value the sentence named before)
_BASE_OF_A_CHANGE = re.compile(r"\b(?:dari|dibandingkan|dibanding)\s*\(?\s*$", re.IGNORECASE)


# "nilai 77,46 dari target 75,00 (capaian 103,28%), naik 3,11 poin dibandingkan nilai tahun
# sebelumnya sebesar 74,35": the value, its target and capaian aside, its change from a base
_PAST_TARGET = re.compile(
    rf"^\s*{_UNIT}\s*(?:,?\s*dari\s+target\s+(?P<t>\S+)\s*{_UNIT})?\s*"
    r"(?:\((?:capaian\s+|atau\s+)?(?P<c>[\d.,]+\s*%)\)\s*)?,?\s*"
    rf"(?P<verb>{_CHANGE_VERB})\s+(?:sebesar\s+)?$", re.IGNORECASE)
_FROM_LAST_PERIOD = re.compile(
    rf"^\s*{_UNIT}\s*(?:dibandingkan|dibanding|dari)\s+(?:dengan\s+)?"
    r"(?:(?:nilai|realisasi|capaian|angka)\s+)?(?:pada\s+)?(?:TAHUN|tahun\s+(?:sebelumnya|lalu))"
    r"\s*(?:yang\s+)?(?:sebesar\s+|sebanyak\s+|yaitu\s+)?\(?\s*$", re.IGNORECASE)


def _check_change_past_its_target(ctx: _Ctx, figures: list[FoundFigure]) -> None:
    """``memberikan nilai 77,46 dari target 75,00 (capaian 103,28%), naik 3,11 poin
    dibandingkan nilai tahun sebelumnya sebesar 74,35``: the change is of the value named
    first, from the base after it; the target and capaian between stand aside."""
    text = ctx.text
    for i, fb in enumerate(figures):
        # the change is the first figure after the verb, past the target and the capaian
        for k in range(i + 1, min(i + 4, len(figures) - 1)):
            fd, fa = figures[k], figures[k + 1]
            m = _PAST_TARGET.match(text[fb.end:fd.start])
            if m is None or not _FROM_LAST_PERIOD.match(_gap(text, fd, fa)):
                continue
            between = figures[i + 1:k]
            if len(between) != (m.group("t") is not None) + (m.group("c") is not None) \
                    or _NOT_COMPARED.search(text[max(0, fb.start - 40):fb.start]):
                break
            _judge_change(ctx, fa, fb, fd, m.group("verb"))
            break


def _direction_verb(verb: str) -> str:
    """The change verb a comparative stands for ("" when it gives no direction)."""
    words = verb.lower().split()
    if words[0] != "lebih":
        return verb
    if words[-1] in ("tinggi", "besar", "banyak"):
        return "naik"
    if words[-1] in ("rendah", "kecil", "sedikit"):
        return "turun"
    return ""


_DELTA_BEFORE = re.compile(rf"\b(?P<verb>{_CHANGE_VERB})\s+(?:sebesar\s+|sebanyak\s+)?$",
                           re.IGNORECASE)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
# A figure that is not one of the two values compared: a target, a capaian, a budget.
_NOT_COMPARED = re.compile(r"\b(target|capaian|tercapai|pagu|rencana|anggaran|batas)\w*\W*"
                           r"(?:\w+\W+){0,3}$",
                           re.IGNORECASE)
_SHARE_OF_RE = re.compile(r"\W*\s*(dari|terhadap)\s+(seluruh|total|jumlah|keseluruhan)\b",
                          re.IGNORECASE)


_POINTS_AFTER_RE = re.compile(r"\s*(?:poin|point|percentage\s+point)", re.IGNORECASE)
_RELATIVE_AFTER_RE = re.compile(r"\s*(?:%|persen)?\s*(?:secara\s+)?relatif", re.IGNORECASE)
_RELATIVE_BEFORE_RE = re.compile(r"\brelatif\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_DOWN_RE = re.compile(r"\b(turun|menurun|penurunan|berkurang|merosot)\b", re.IGNORECASE)


def _check_points_against_relative(ctx: _Ctx, figures: list[FoundFigure]) -> None:
    """One change stated two ways in one sentence agrees with itself: ``naik 2,51 poin dari
    70,75%, atau meningkat 3,04% secara relatif`` cannot both hold (2,51 / 70,75 = 3,55%;
    3,04% of 70,75 is 2,15 poin). The base is the sentence's one other percentage; the
    relative change may be taken on the earlier value or on the later one.

    Passes: ``naik 2,15 poin dari 70,75%, atau 3,04% secara relatif``.
    Fails: ``naik 2,51 poin dari 70,75%, atau 3,04% secara relatif``."""
    text = ctx.text
    points = [f for f in figures if (f.figure.unit or "").lower().startswith("poin")
              or _POINTS_AFTER_RE.match(text[f.end:f.end + 12])]
    relative = [f for f in figures if f.figure.is_percent and f not in points and (
        _RELATIVE_AFTER_RE.match(text[f.end:f.end + 25])
        or _RELATIVE_BEFORE_RE.search(text[max(0, f.start - 40):f.start]))]
    if len(points) != 1 or len(relative) != 1:
        return
    delta, rel = points[0].figure, relative[0].figure
    bases = [f for f in figures if f is not points[0] and f is not relative[0]
             and f.figure.is_percent and not is_year(f.figure) and f.figure.value > 0]
    if len(bases) != 1 or delta.value <= 0 or delta.value >= bases[0].figure.value:
        return
    base = interval_of(bases[0].figure, False)
    change = interval_of(delta, False)
    later = base - change if _DOWN_RE.search(text) else base + change
    readings = [_percent_of(change, base), _percent_of(change, later)]
    if any(judge(rel, r) is not Verdict.BREAK for r in readings):
        ctx.result.passed()
        return
    implied = round_to(rel.value * bases[0].figure.value / 100, delta.decimals)
    shown = format_id(implied, delta.decimals, delta.unit)
    line = ctx.sentence.line_of(points[0].start)
    ctx.result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=line, stated=delta.text, expected=shown,
        message=(f"Teks baris {line} menyatakan satu perubahan dua kali: {delta.text} dari "
                 f"{bases[0].figure.text} berarti {_fmt_pct(readings[0])} secara relatif, "
                 f"tetapi kalimat yang sama menyebut {rel.text} (yang sesuai dengan "
                 f"{shown}). Salah satu dari keduanya keliru."),
        anchor=f"poin-relatif|{delta.text}|{rel.text}"))


_OR_RATE = re.compile(rf"^\s*{_UNIT},?\s*atau\s+(?:sebesar\s+)?$", re.IGNORECASE)


def _check_change_and_rate(ctx: _Ctx, figures: list[FoundFigure]) -> None:
    """``turun 13 kasus atau 9,22% dibanding tahun 2024 yang mencatat 141 kasus``: a change
    stated as an amount and as a rate of the earlier value the sentence quotes, after the
    change or before it (``Dibandingkan tahun 2023 sebesar Rp 45,36 juta, PDRB per kapita
    naik Rp 2,91 juta atau 6,42 persen``).

    Passes: ``turun 13 kasus atau 9,22% dibanding tahun 2024 yang mencatat 141 kasus``.
    Fails: ``turun 13 kasus atau 10,16% dibanding tahun 2024 yang mencatat 141 kasus``."""
    text = ctx.text
    for i in range(len(figures) - 2):
        fd, fp, fa = figures[i:i + 3]
        if not _DELTA_BEFORE.search(text[figures[i - 1].end if i else 0:fd.start]):
            continue
        vs = _D_VS_A.match(_gap(text, fp, fa))
        if vs and _PERIOD.search(vs.group("period")):
            _judge_change_rate(ctx, fd, fp, fa)
    for i in range(len(figures) - 2):
        fa, fd, fp = figures[i:i + 3]
        between = text[fa.end:fd.start]
        if _BASE_FIRST.search(text[figures[i - 1].end if i else 0:fa.start]) \
                and len(between) <= MAX_BASE_TO_CHANGE and _DELTA_BEFORE.search(between) \
                and not _CLAUSE_END.search(between):
            _judge_change_rate(ctx, fd, fp, fa)


# "Dibandingkan tahun 2023 sebesar A, ...": the earlier value, before the change it bases
_BASE_FIRST = re.compile(r"\b(?:dibandingkan|dibanding)\s+(?:dengan\s+)?(?:tahun|periode|"
                         r"triwulan|semester|tw)\b[^.;,\d]{0,12}(?:(?:19|20)\d\d|lalu|"
                         r"sebelumnya)?\s*(?:yang\s+\w+\s+|sebesar\s+|sebanyak\s+)?$",
                         re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;]\s|\b(?:sedangkan|namun|tetapi)\b", re.IGNORECASE)
MAX_BASE_TO_CHANGE = 80  # characters from the base to the change it bases


def _judge_change_rate(ctx: _Ctx, fd: FoundFigure, fp: FoundFigure, fa: FoundFigure) -> None:
    d, rate, a = fd.figure, fp.figure, fa.figure
    if not rate.is_percent or d.is_percent or a.is_percent or fp.start in ctx.judged \
            or not _OR_RATE.match(_gap(ctx.text, fd, fp)) or not _compatible(d, a) \
            or a.value <= 0 or d.value >= a.value:
        return
    ctx.judged.add(fp.start)
    relative = ratio(_ones(d), _ones(a))
    if relative is None:
        return
    _decide(ctx.sentence, ctx.result, rate,
            [_Reading("perubahan relatif terhadap nilai sebelumnya", relative,
                      f"{d.text} / {a.text} × 100")],
            False, "change", f"{d.text}|{rate.text}|{a.text}")


def _percent_of(part: Interval, whole: Interval) -> Interval:
    values = [a / b * 100 for a in (part.lo, part.hi) for b in (whole.lo, whole.hi) if b]
    return Interval(min(values), max(values))


def _fmt_pct(interval: Interval) -> str:
    return format_id(round_to(interval.mid, 2), 2) + "%"


def _check_change_between_two(ctx: _Ctx, figures: list[FoundFigure]) -> None:
    """``Dibandingkan tahun 2024 yang realisasinya 92,86%, ... tahun 2025 sebesar 95,24% naik
    2,83 poin``, ``sebesar 79,03% ... dan naik 2,28 poin dari 76,85%``: however the sentence
    is phrased, when exactly two figures of the change's kind are compared, the change is
    their difference (points or relative). Which is the earlier value must be printed: both
    before the change with two different years, or the one after it introduced by ``dari``."""
    text = ctx.text
    for k, fd in enumerate(figures):
        m = _DELTA_BEFORE.search(text[figures[k - 1].end if k else 0:fd.start])
        if m is None or fd.start in ctx.judged:
            continue
        # the two values stand in the change's own clause ("naik 6 layanan dari tahun 2024,
        # sedangkan penampungan turun dari 14 menjadi 11": 11 is another quantity's)
        lo = max((b.end() for b in _CHANGE_CLAUSE_BREAK.finditer(text, 0, fd.start)), default=0)
        hi = next((b.start() for b in _CHANGE_CLAUSE_BREAK.finditer(text, fd.end)), len(text))
        compared = [f for f in figures if f is not fd and lo <= f.start and f.end <= hi
                    and _comparable_to_change(text, f, fd)]
        if len(compared) == 1 and fd.start < compared[0].start:
            _change_from_the_sentence_before(ctx, fd, compared[0], m.group("verb"))
            continue
        if len(compared) != 2 or not _compatible(compared[0].figure, compared[1].figure):
            continue
        first, second = compared
        if all(_COMPARED_WITH.search(text[max(0, f.start - 60):f.start]) for f in compared):
            # "dibandingkan tahun 2024 yang sebesar 60,00%, realisasi meningkat 10,00 poin, dan
            # dibandingkan tahun 2023 yang sebesar 55,00% meningkat 15,00 poin": two bases,
            # each compared with this year's value, not with each other
            continue
        if second.start < fd.start:
            years = [_YEAR_IN.findall(text[max(0, f.start - 60):f.start]) for f in compared]
            if not (years[0] and years[1]) or years[0][-1] == years[1][-1]:
                continue
            old, new = (first, second) if years[0][-1] < years[1][-1] else (second, first)
        elif first.start < fd.start < second.start and _FROM_JUST_BEFORE.search(
                text[max(0, second.start - 40):second.start]) \
                and not _BASE_OF_A_CHANGE.search(text[max(0, first.start - 20):first.start]):
            old, new = second, first
        else:
            continue
        _judge_change(ctx, old, new, fd, m.group("verb"))


def _change_from_the_sentence_before(ctx: _Ctx, fd: FoundFigure, base: FoundFigure,
                                     verb: str) -> None:
    """``... sehingga persentasenya 70,12% terhadap target 80,00%. Realisasi tersebut naik
    6,72 poin dari 63,85% ...``: the sentence's subject refers back to the value the sentence
    before gives (its last figure of the change's kind that is no target), and the change
    runs from the base after ``dari`` to it."""
    text, earlier = ctx.text, ctx.preceding
    subject = _BACK_SUBJECT_RE.match(text)
    if earlier is None or subject is None \
            or not _FROM_JUST_BEFORE.search(text[max(0, base.start - 40):base.start]):
        return
    # the one value of the subject's kind: a capaian for "Capaian tersebut", else a level
    # (no target, no capaian); two candidates or none: no verdict
    wanted = "capaian" if subject.group(1).lower() == "capaian" else None
    # (of the base's kind: "80,15 atau 102,76% dari target 78,00" gives one value, 80,15,
    # its capaian aside)
    # (nor a share of a base it does not print: "setara 86,47% dari target awal", unlike
    # "70,12% terhadap target 80,00%")
    own = [f for f in _figures(earlier) if _comparable_to_change(earlier.text, f, fd)
           and _role_word(earlier.text[max(0, f.start - 30):f.start]) == wanted
           and _compatible(f.figure, base.figure)
           and not ((m := _SHARE_OF_AFTER.match(earlier.text, f.end))
                    and not _BASE_PRINTED.match(earlier.text, m.end()))
           # nor the base of a share: "175 dari 212 desa"
           and not _DENOMINATOR_BEFORE.search(earlier.text, 0, f.start)]
    if len(own) == 1:
        _judge_change(ctx, base, own[0], fd, verb)


_SHARE_OF_AFTER = re.compile(r"\s*(?:%|persen)?\s*(?:dari|terhadap)\b", re.IGNORECASE)
_BASE_PRINTED = re.compile(r"[^.;\d]{0,30}\d")
_DENOMINATOR_BEFORE = re.compile(r"\d[^.;\d]{0,20}\b(?:dari|per)\s*$", re.IGNORECASE)


def _role_word(before: str) -> str | None:
    """``target`` or ``capaian`` when one of them introduces the figure that follows."""
    m = _ROLE_BEFORE.search(before)
    return m.group(1).lower().removesuffix("nya") if m else None


_BACK_SUBJECT_RE = re.compile(
    r"^\W*(realisasi|capaian|angka|nilai|persentase|jumlah|hasil)\s+(?:\w+\s+)?"
    r"(?:tersebut|ini|itu)\b", re.IGNORECASE)
_ROLE_BEFORE = re.compile(r"\b(target|sasaran|capaian(?:nya)?)\b(?:\s+\w+){0,3}\s*$",
                          re.IGNORECASE)


# "bertambah 752 orang atau 2,96% ..., sehingga mCPR naik 1,12 poin persen dari 60,68%":
# "sehingga" opens the clause of another change
_CHANGE_CLAUSE_BREAK = re.compile(rf"{_CLAUSE_BREAK.pattern}|\bsehingga\b", re.IGNORECASE)
_FROM_JUST_BEFORE = re.compile(r"\bdari\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_COMPARED_WITH = re.compile(r"\b(?:di)?bandingkan\b[^,;.%]{0,50}$", re.IGNORECASE)


def _comparable_to_change(text: str, f: FoundFigure, delta: FoundFigure) -> bool:
    """A figure that may be one of the two values a change compares."""
    if _in_parens(text, f) or _DELTA_BEFORE.search(text[max(0, f.start - 30):f.start]):
        return False
    if _NOT_COMPARED.search(text[max(0, f.start - 40):f.start]):
        return False
    if _SHARE_OF_RE.match(text[f.end:f.end + 40]):
        return False  # "85,45% dari seluruh pendapatan": a share, not a level
    if delta.figure.is_percent or (delta.figure.unit or "").lower() == "poin":
        # points compare percentages or scores, never counts of things
        return f.figure.is_percent or f.figure.unit is None and f.figure.decimals > 0
    return f.figure.unit == delta.figure.unit and not f.figure.is_percent


_NOT_A_COUNTED_NOUN = frozenset({"poin", "point", "persen", "atau", "dari", "dan", "dibanding",
                                 "dibandingkan", "pada", "sejak", "menjadi", "sehingga",
                                 "selama", "dalam", "tahun", "yang", "untuk"})


def _counted_in(text: str, found: FoundFigure) -> bool:
    """``bertambah 5 item fasilitas``: a change counted in things, not in the points of the
    percentages it stands beside."""
    noun = re.match(r"\s+([a-z]{3,})\b", text[found.end:found.end + 30])
    return found.figure.decimals == 0 and noun is not None \
        and noun.group(1) not in _NOT_A_COUNTED_NOUN


def _in_parens(text: str, found: FoundFigure) -> bool:
    return text[:found.start].count("(") > text[:found.start].count(")")


def _abs_diff(a: Interval, b: Interval) -> Interval:
    d = b - a
    if d.lo >= 0:
        return d
    if d.hi <= 0:
        return Interval(-d.hi, -d.lo)
    return Interval(Decimal(0), max(-d.lo, d.hi))


_AGAINST_YEAR_RE = re.compile(r"\s*[A-Za-z]{0,12}\s*(?:dibandingkan|dibanding|daripada)\s+"
                              r"(?:dengan\s+)?(?:tahun\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)


def _judge_change(ctx: _Ctx, fa: FoundFigure, fb: FoundFigure, fd: FoundFigure,
                  verb: str) -> None:
    a, b, d = fa.figure, fb.figure, fd.figure
    if fd.start in ctx.judged or not _compatible(a, b):
        return
    against = _AGAINST_YEAR_RE.match(ctx.text, fd.end)
    if against and against.group(1) not in ctx.text[max(0, fa.start - 40):fa.end + 30]:
        # "dari 2.936 orang pada Tahun 2020 menjadi 4.579 orang ..., atau naik 567 orang
        # dibandingkan Tahun 2022": the change is against another year than the first value
        return
    if (d.unit or "").lower() in ("kali", "lipat") and not all(
            (f.unit or "").lower() == "kali" for f in (a, b, d)):
        # "naik 2 kali lipat" multiplies; "dari 52 kali menjadi 48 kali, berkurang 4 kali"
        # counts occasions, as the values it compares do
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
        if a.unit is None and b.unit is None and not a.is_percent:
            # A score or an index "naik 1,35%": the author may mean points.
            readings.append(_Reading("selisih (% dibaca sebagai poin)", diff,
                                     f"|{b.text} − {a.text}|"))
    elif not a.is_percent and _compatible(a, d) or a.is_percent and (
            d.unit == "poin" or d.unit is None and not _counted_in(ctx.sentence.text, fd)):
        readings.append(_Reading("selisih", diff, f"|{b.text} − {a.text}|"))
    if not readings:
        return
    ctx.judged.add(fd.start)
    money = _money(a, b)
    step = ib - ia
    going_up = bool(_UP_RE.match(verb)) if verb else None
    if going_up is not None and (going_up and step.hi < 0 or not going_up and step.lo > 0):
        opposite = "turun" if going_up else "naik"
        ctx.result.failed(Finding(
            rule=RULE_ID,
            severity=Severity.CRITICAL if money else Severity.MAJOR,
            line=ctx.sentence.line,
            stated=f"{verb} {d.text}",
            expected=f"{opposite} {d.text}",
            message=(f"Kalimat menyebut '{verb}', padahal dari {a.text} menjadi {b.text} "
                     f"nilainya {opposite}."),
            anchor=f"{a.text}|{b.text}|{d.text}",
        ))
        return
    _decide(ctx.sentence, ctx.result, d, readings, money, "change",
            f"{a.text}|{b.text}|{d.text}")


# ---------------------------------------------------------------- sums


def _is_separator(text: str, left: FoundFigure, right: FoundFigure) -> bool:
    """``A orang laki-laki dan B``, ``A paket, B``: a gap between two items of one list.

    Bare numbers (``kegiatan 1, 2 dan 3``) are a list of names, not of amounts: a gap of only
    ``,``/``dan`` needs units on both figures.
    """
    gap = _gap(text, left, right)
    if not _SEP_RE.match(gap) or not ("," in gap or _AND_RE.search(gap)):
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", gap) if w.lower() not in ("dan", "serta")]
    return bool(words) or (left.figure.unit is not None and right.figure.unit is not None)


def _run_back(text: str, plain: list[FoundFigure], last: int, plus: bool = False) -> int:
    """The index of the first item of the list that ends at ``plain[last]``."""
    first = last
    while first > 0:
        if plus:
            if not _PLUS_RE.match(_gap(text, plain[first - 1], plain[first])):
                break
        elif not _is_separator(text, plain[first - 1], plain[first]) \
                or _is_base(_left(text, plain, first - 1)):
            break
        first -= 1
    return first


def _is_base(left: str) -> bool:
    """``dari 1.576 lulusan``: the figure is what the list is taken from, not an item."""
    return bool(_BASE_BEFORE.search(left)) and not _ANCHOR_BEFORE.search(left)


def _run_forward(text: str, plain: list[FoundFigure], first: int) -> int:
    """The index of the last item of the list that starts at ``plain[first]``."""
    last = first
    while last + 1 < len(plain) and _is_separator(text, plain[last], plain[last + 1]):
        last += 1
    return last


def _ends_with_and(text: str, parts: list[FoundFigure]) -> bool:
    return bool(_AND_RE.search(_gap(text, parts[-2], parts[-1])))


def _check_sums(ctx: _Ctx, plain: list[FoundFigure]) -> None:
    text = ctx.text
    # Parts first: "A … dan B …, sehingga seluruhnya berjumlah C", "A + B = C".
    for k in range(1, len(plain)):
        whole = plain[k]
        link = _gap(text, plain[k - 1], whole)
        plus = bool(_EQUALS_RE.match(link)) and k >= 2 \
            and bool(_PLUS_RE.match(_gap(text, plain[k - 2], plain[k - 1])))
        if not plus and not _SUM_LINK.match(link):
            continue
        first = _run_back(text, plain, k - 1, plus)
        parts = plain[first:k]
        if len(parts) < 2 or not plus and not _ends_with_and(text, parts):
            continue
        # The list's start is certain after "terdiri atas", or when nothing stands before it.
        anchored = plus or first == 0 or bool(_ANCHOR_BEFORE.search(_left(text, plain, first)))
        _judge_sum(ctx, parts, whole, anchored)
    # Whole first: "berjumlah C orang, terdiri atas A orang laki-laki dan B orang perempuan".
    for w in range(len(plain) - 2):
        whole = plain[w]
        first, gap = w + 1, _gap(text, whole, plain[w + 1])
        if _OF_TARGET_GAP.match(gap) and w + 3 < len(plain):
            # "terealisasi 57 klaster dari target 60 klaster (95,00%), terdiri atas 41 ... dan
            # 18 ...": the parts are of the realisasi, past its target and share
            first, gap = w + 2, _SHARE_IN_BRACKETS.sub(" ", _gap(text, plain[w + 1], plain[w + 2]))
        if not _WHOLE_THEN_PARTS.match(gap) or _NOT_NUMERATOR.search(_left(text, plain, w)):
            continue
        if w >= 1 and _AND_RE.search(_gap(text, plain[w - 1], whole)) \
                and _compatible(plain[w - 1].figure, whole.figure) \
                and not is_year(plain[w - 1].figure):
            # "PNS sebanyak 6.461 orang dan PPPK sebanyak 2.729 orang, dengan rincian 4.389
            # orang laki-laki dan 4.801 orang perempuan": the breakdown is of both together
            continue
        last = _run_forward(text, plain, first)
        parts = plain[first:last + 1]
        if len(parts) < 2 or not _ends_with_and(text, parts):
            continue
        if _INCLUDES_RE.search(gap) \
                and _total(parts).hi < whole.figure.value:
            # "168 orang PNS tersebut mencakup 58 ..., 21 ... serta 12 ...": named among the
            # whole, not all of it
            continue
        _judge_sum(ctx, parts, whole, True)


_OF_TARGET_GAP = re.compile(r"^\s*[A-Za-z]*\s*dari\s+target\s*$", re.IGNORECASE)
_SHARE_IN_BRACKETS = re.compile(r"\(\s*[\d.,]+\s*%\s*\)")


def _check_grouped(ctx: _Ctx, figures: list[FoundFigure]) -> None:
    """``Jumlah pegawai 52 orang (31 laki-laki dan 21 perempuan)``: a total, then its parts."""
    text = ctx.text
    for m in re.finditer(r"\(([^()]*)\)", text):
        inner = [f for f in figures if m.start() < f.start and f.end <= m.end()]
        before = [f for f in figures if f.end <= m.start()]
        if len(inner) < 2 or not before:
            continue
        whole = before[-1]
        if not re.fullmatch(r"\s*(?:[A-Za-z]+\s*){0,2}", text[whole.end:m.start()]):
            continue
        left = text[max(0, whole.start - 80):whole.start]
        if not _TOTAL_BEFORE.search(left) or _NOT_NUMERATOR.search(left):
            continue
        if not re.fullmatch(rf"{_SEP_CHAR}{{0,30}}", text[m.start() + 1:inner[0].start]) \
                or not re.fullmatch(rf"{_SEP_CHAR}{{0,40}}", text[inner[-1].end:m.end() - 1]):
            continue
        if not all(_is_separator(text, a, b) for a, b in zip(inner, inner[1:], strict=False)) \
                or not _ends_with_and(text, inner):
            continue
        _judge_sum(ctx, inner, whole, True)


def _balance(before: list[Figure], parts: list[FoundFigure], whole: FoundFigure) -> bool:
    """A figure before the parts (in their sentence or the one before), of their kind, that
    the parts added or taken away bring to the whole: an opening stock and its movements."""
    if len(parts) > 4:
        return False
    kind = [p.figure for p in parts]
    for base in before:
        if is_year(base) or base.is_percent != kind[0].is_percent or not all(
                _compatible(base, k) for k in kind):
            continue
        for signs in product((1, -1), repeat=len(parts)):
            total = _ones(base)
            for sign, part in zip(signs, parts, strict=True):
                total = total + _ones(part.figure) if sign > 0 else total - _ones(part.figure)
            if _verdict(whole.figure, total) is Verdict.CONSISTENT:
                return True
    return False


def _judge_sum(ctx: _Ctx, parts: list[FoundFigure], whole: FoundFigure,
               anchored: bool) -> None:
    text = ctx.text
    if whole.start in ctx.judged:
        return
    figures = [*parts, whole]
    if not _same_kind(text, figures):
        return
    if _many_years(_region(text, figures)):
        # "1.448 orang pada 2024 dan 1.576 orang pada 2025 … tahun 2025": per-year values.
        return
    stated = whole.figure
    ands = sum(1 for a, b in zip(parts, parts[1:], strict=False)
               if _AND_RE.search(_gap(text, a, b)))
    if not anchored and len(parts) > 2 or ands > 1:
        # Where the list starts is not certain ("Dari 1.576 lulusan, 712 … dan 191 …"), or
        # where it ends ("28 laki-laki dan 15 perempuan serta 10 PPNPN"): any head or tail
        # of it that adds up will do, and nothing is reported when none does.
        options = [parts[j:] for j in range(len(parts) - 1)] \
            + [parts[:j] for j in range(2, len(parts))]
        if any(_verdict(stated, _total(o)) is Verdict.CONSISTENT for o in options):
            ctx.judged.add(whole.start)
            ctx.result.passed()
        return
    ctx.judged.add(whole.start)
    total = _total(parts)
    formula = " + ".join(p.figure.text for p in parts)
    money = _is_money(text, figures)
    anchor = f"{formula}|{stated.text}"
    if _verdict(stated, total) is Verdict.CONSISTENT:
        ctx.result.passed()
        return
    if any(f is not whole and f not in parts and _verdict(f.figure, total) is Verdict.CONSISTENT
           for f in find_figures(text) + find_figures(ctx.following)):
        # "46 orang, terdiri atas 18 auditor dan 9 P2UPD. ... berjumlah 27 orang": the parts
        # add up to another figure of the sentence or the next; the one they were read
        # against is a wider whole (or another count, "113 peserta dari 3 desa").
        ctx.result.passed()
        return
    before = [f.figure for f in (ctx.preceding.figures if ctx.preceding is not None else [])]
    before += [f.figure for f in ctx.sentence.figures if f.end <= parts[0].start]
    if _balance(before, parts, whole):
        # "terdapat 11 UPT ... dibuka 5 UPT baru dan 2 UPT diserahkan ..., sehingga ...
        # menjadi 14": a stock with what came in and went out, 11 + 5 − 2
        ctx.result.passed()
        return
    blame = _blame(ctx, whole, parts)
    if blame is None:
        _decide(ctx.sentence, ctx.result, stated, [_Reading("jumlah", total, formula)],
                money, "sum", anchor)
        return
    index, lines = blame
    part = parts[index]
    others = [p for i, p in enumerate(parts) if i != index]
    computed = _ones(stated)
    for other in others:
        computed = computed - _ones(other.figure)
    where = ", ".join(str(n) for n in lines[:3])
    lead = (f"{formula} = {_expected(stated, total)}, bukan {stated.text}; {stated.text} juga "
            f"tertulis di baris {where}, jadi yang keliru kemungkinan {part.figure.text}: ")
    back = f"{stated.text} − " + " − ".join(o.figure.text for o in others)
    _decide(ctx.sentence, ctx.result, part.figure,
            [_Reading("bagian dari jumlah yang tercatat", computed, back)],
            money, "part", anchor, lead=lead, related=lines)


def _region(text: str, figures: Sequence[FoundFigure]) -> str:
    """The text of a computation, from the words before its first figure to its last."""
    lo = min(f.start for f in figures)
    hi = max(f.end for f in figures)
    before = re.split(r"[,;]|\b(?:dan|serta)\b", text[max(0, lo - 60):lo])[-1]
    return before + text[lo:hi]


def _total(parts: Sequence[FoundFigure]) -> Interval:
    total = _ones(parts[0].figure)
    for part in parts[1:]:
        total = total + _ones(part.figure)
    return total


def _blame(ctx: _Ctx, result: FoundFigure, operands: Sequence[FoundFigure]) \
        -> tuple[int, list[int]] | None:
    """The operand to blame instead of the result, and the lines that confirm the result.

    The result is confirmed when the same value is printed elsewhere in the document; an
    operand that is confirmed too is presumed right.
    """
    line = ctx.sentence.line
    lines = ctx.restated.elsewhere(result.figure, line)
    if not lines:
        return None
    unconfirmed = [i for i, op in enumerate(operands)
                   if not ctx.restated.elsewhere(op.figure, line)]
    if not unconfirmed:
        return None
    return unconfirmed[-1], lines


# ---------------------------------------------------------------- differences


def _check_differences(ctx: _Ctx, plain: list[FoundFigure]) -> None:
    text = ctx.text
    for k in range(1, len(plain)):
        result = plain[k]
        if result.start in ctx.judged:
            continue
        link = _gap(text, plain[k - 1], result)
        if _DIFF_LINK.match(link) or _LEAVES_LINK.match(link) or _REST_LINK.match(link) \
                and _NOT_YET_AFTER.match(text[result.end:result.end + 60]):
            _difference_after(ctx, plain, k)
        elif k >= 2 and _EQUALS_RE.match(link) \
                and _MINUS_RE.match(_gap(text, plain[k - 2], plain[k - 1])) \
                and not (k >= 3 and re.match(r"^\s*[-−–+]\s*$",
                                             _gap(text, plain[k - 3], plain[k - 2]))):
            _judge_difference(ctx, plain[k - 2], plain[k - 1], result, "rumus")
        elif k >= 2 and _IS.match(link) \
                and _BETWEEN_AND.match(_gap(text, plain[k - 2], plain[k - 1])) \
                and _BETWEEN_BEFORE.search(_left(text, plain, k - 2)):
            _judge_difference(ctx, plain[k - 2], plain[k - 1], result, "selisih")


def _difference_after(ctx: _Ctx, plain: list[FoundFigure], k: int) -> None:
    """``realisasi Rp R … dari pagu Rp P, sehingga sisa anggaran Rp S``."""
    text = ctx.text
    result = plain[k]
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, plain[k - 1].end):
        start = m.end()
    # "..., dan serapan anggaran 95,61% masih menyisakan Rp S": a clause of its own, with a
    # figure of its own before the remainder, speaks of another subject
    for m in _AND_CLAUSE_RE.finditer(text, 0, result.start):
        if any(m.end() <= f.start < result.start for f in ctx.sentence.figures):
            start = max(start, m.end())
    operands = [i for i in range(k) if plain[i].start >= start
                and _same_kind(text, [plain[i], result])
                and plain[i].figure.is_percent == result.figure.is_percent]
    if len(operands) != 2:
        return
    # ("Dari beban tersebut telah diputus 1.027 perkara": the base is the one the sentence
    # before named, not 1.027)
    bases = [i for i in operands if _BASE_BEFORE.search(_left(text, plain, i))
             and not _BASE_NAMED_BEFORE.search(_left(text, plain, i))]
    if len(bases) != 1:
        return
    base = plain[bases[0]]
    other = plain[next(i for i in operands if i != bases[0])]
    if _many_years(_region(text, [base, other, result])):
        return
    _judge_difference(ctx, base, other, result, "sisa", base_known=True)


def _judge_difference(ctx: _Ctx, fa: FoundFigure, fb: FoundFigure, fr: FoundFigure,
                      kind: str, base_known: bool = False) -> None:
    text = ctx.text
    a, b, r = fa.figure, fb.figure, fr.figure
    if fr.start in ctx.judged:
        return
    if a.is_percent and b.is_percent and r.unit == "poin":
        pass
    elif not _same_kind(text, [fa, fb, fr]):
        return
    ctx.judged.add(fr.start)
    ia, ib = _ones(a), _ones(b)
    diff = _abs_diff(ia, ib)
    formula = f"{a.text} − {b.text}" if a.value >= b.value else f"{b.text} − {a.text}"
    readings = [_Reading("selisih", diff, formula)]
    if kind == "selisih" and a.is_percent and b.is_percent and r.is_percent:
        small = ia if a.value <= b.value else ib
        relative = ratio(diff, small) if small.lo > 0 else None
        if relative is not None:
            readings.append(_Reading("selisih relatif", relative, f"({formula}) / "
                                     f"{a.text if a.value <= b.value else b.text} × 100"))
    money = _is_money(text, [fa, fb, fr])
    anchor = f"{a.text}|{b.text}|{r.text}"
    if any(_verdict(r, rd.computed) is Verdict.CONSISTENT for rd in readings):
        ctx.result.passed()
        return
    blame = _blame(ctx, fr, [fa, fb]) if base_known else None
    if blame is None:
        _decide(ctx.sentence, ctx.result, r, readings, money, "difference", anchor)
        return
    index, lines = blame
    wrong, right = (fa, fb) if index == 0 else (fb, fa)
    ir, iright = _ones(r), _ones(right.figure)
    if wrong.figure.value <= right.figure.value:
        computed, back = iright - ir, f"{right.figure.text} − {r.text}"
    else:
        computed, back = iright + ir, f"{right.figure.text} + {r.text}"
    where = ", ".join(str(n) for n in lines[:3])
    lead = (f"{formula} = {_expected(r, diff)}, bukan {r.text}; {r.text} juga tertulis di "
            f"baris {where}, jadi yang keliru kemungkinan {wrong.figure.text}: ")
    _decide(ctx.sentence, ctx.result, wrong.figure,
            [_Reading("operand", computed, back)], money, "part", anchor, lead=lead,
            related=lines)


# ---------------------------------------------------------------- averages


def _check_averages(ctx: _Ctx, plain: list[FoundFigure]) -> None:
    text = ctx.text
    for i in range(len(plain) - 2):
        if not _MEAN_BEFORE.search(_left(text, plain, i)):
            continue
        last = _run_forward(text, plain, i)
        if last == i or last + 1 >= len(plain):
            continue
        parts = plain[i:last + 1]
        if _ends_with_and(text, parts) and _IS.match(_gap(text, plain[last], plain[last + 1])):
            _judge_mean(ctx, parts, plain[last + 1])
    for k in range(2, len(plain)):
        if not _MEAN_LINK.match(_gap(text, plain[k - 1], plain[k])):
            continue
        first = _run_back(text, plain, k - 1)
        parts = plain[first:k]
        if len(parts) < 2 or not _ends_with_and(text, parts):
            continue
        if len(parts) > 2 and not _ANCHOR_BEFORE.search(_left(text, plain, first)):
            continue
        _judge_mean(ctx, parts, plain[k])


def _judge_mean(ctx: _Ctx, parts: list[FoundFigure], mean: FoundFigure) -> None:
    if mean.start in ctx.judged or not _same_kind(ctx.text, [*parts, mean]):
        return
    ctx.judged.add(mean.start)
    computed = _total(parts).scale(Decimal(1) / Decimal(len(parts)))
    formula = f"({' + '.join(p.figure.text for p in parts)}) / {len(parts)}"
    _decide(ctx.sentence, ctx.result, mean.figure, [_Reading("rata-rata", computed, formula)],
            _is_money(ctx.text, [*parts, mean]), "average",
            f"{formula}|{mean.figure.text}")


# ---------------------------------------------------------------- verdicts


def _in_units_of(stated: Figure, computed: Interval) -> Interval:
    factor = _scale(stated)
    return computed.scale(Decimal(1) / factor) if factor != 1 else computed


def _verdict(stated: Figure, computed: Interval) -> Verdict:
    exact = stated.decimals == 0 and not stated.is_percent and _scale(stated) == 1
    return judge(stated, _in_units_of(stated, computed), exact=exact)


def _expected(stated: Figure, computed: Interval) -> str:
    """The recomputed value printed like the stated figure: ``Rp 22 juta``, ``91,31%``."""
    inner = _in_units_of(stated, computed)
    unit = stated.unit or ""
    if unit.startswith("Rp "):
        value = format_id(round_to(inner.mid, stated.decimals), stated.decimals)
        return f"Rp {value} {unit[3:]}"
    return expected_text(stated, inner)


def _decide(sentence: Sentence, result: CheckResult, stated: Figure,
            readings: list[_Reading], money: bool, role: str, anchor: str, *,
            lead: str = "", related: Sequence[int] = ()) -> None:
    verdicts = [(_verdict(stated, r.computed), r) for r in readings]
    if any(v is Verdict.CONSISTENT for v, _ in verdicts):
        result.passed()
        return
    rounding = [r for v, r in verdicts if v is Verdict.ROUNDING]
    if rounding:
        reading, rule, severity = rounding[0], "rounding", Severity.MINOR
    else:
        reading = min(readings,
                      key=lambda r: abs(_in_units_of(stated, r.computed).mid - stated.value))
        rule = RULE_ID
        severity = Severity.CRITICAL if money else Severity.MAJOR
    expected = _expected(stated, reading.computed)
    if role == "share":
        message = (f"{reading.formula} = {expected}, bukan {stated.text} "
                   f"(dibaca sebagai {reading.name}).")
    elif role == "change":
        message = (f"Perubahan dibaca sebagai {reading.name}: {reading.formula} = {expected}, "
                   f"bukan {stated.text}.")
        others = [f"{r.name}: {r.formula} = {_expected(stated, r.computed)}"
                  for r in readings if r is not reading]
        if others:
            message += " Bacaan lain juga tidak cocok (" + "; ".join(others) + ")."
    elif role == "average":
        message = f"Rata-rata {reading.formula} = {expected}, bukan {stated.text}."
    else:
        message = f"{lead}{reading.formula} = {expected}, bukan {stated.text}."
    if rule == "rounding":
        message += " Selisihnya hanya pada digit terakhir (terpotong, bukan dibulatkan)."
    inner = _in_units_of(stated, reading.computed)
    diff = stated.value - round_to(inner.mid, stated.decimals)
    # the line the stated figure is printed on, in a sentence wrapped over several lines
    at = [f.start for f in sentence.figures if f.figure.text == stated.text]
    result.failed(Finding(
        rule=rule,
        severity=severity,
        line=sentence.line_of(at[0]) if len(at) == 1 else sentence.line,
        stated=stated.text,
        expected=expected,
        message=message,
        related_lines=list(related),
        difference=format_id(diff, stated.decimals, "poin" if stated.is_percent else None),
        anchor=anchor,
    ))



RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Persentase, selisih, jumlah dan rata-rata yang dihitung dalam satu kalimat "
            "sesuai dengan angkanya.",
    summary_en=("Percentages, differences, sums and averages computed within one sentence agree "
                "with its figures."),
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
