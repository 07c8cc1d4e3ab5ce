"""count_claim: "there are N items" says as many items as the list or table it points to.

Reports introduce lists and tables with a count: ``terdapat 26 (dua puluh enam) IKU sebagai
berikut:``, ``Sasaran Program 4 ... memiliki 7 IKU yaitu:``, ``terdapat 6 (enam) indikator
kinerja utama, sebagaimana disajikan pada Tabel 3.1.``. When an item is added or dropped in a
revision and the count is not updated, the prose and the list disagree, and the reader cannot
tell which is complete.

Only unambiguous links are judged (precision first). A count is bound to what it counts in
one of three ways:

1. **The list or table that follows at once.** The sentence ends its line with ``:``,
   ``sebagai berikut``, ``yaitu``, ``antara lain`` or ``berikut`` and holds exactly one count
   of a known kind of item (indikator/IKU, program, kegiatan, sasaran, kejuruan ...). What
   follows (blank lines and a ``Tabel`` caption aside) is a table (see below) or a list:
   consecutive items of the first item's marker style (``1.``, ``1)``, ``a.``, bullets),
   nested items of other styles not counted. A numbered list whose items are separated by
   explanatory paragraphs is followed through its numbering (1, 2, 3 ...) when the
   introducing sentence is itself a list item, up to that item's next sibling or the next
   section heading; any break in the numbering means no verdict. Items that name a different
   kind (``a. Program ...`` under a claim about kegiatan) mean the list is not the one
   counted: no verdict.
2. **The table the sentence names.** The sentence, or the next sentence of the same
   paragraph, names one table (``sebagaimana Tabel 3.1``, ``dengan hasil sebagaimana
   Tabel 9``) or ends with ``tabel berikut.`` / ``sebagai berikut.`` / ``di bawah ini.``
   right above a table. The table's number must be unique in the document.
3. **A list of codes.** With no list or table bound, a count whose noun abbreviates to a code
   prefix (``8 Sasaran Program`` ↔ ``SP1`` … ``SP9``, ``6 IKK`` ↔ ``IKK-1`` … ``IKK-6``) is
   compared with the codes the document's tables number consecutively from 1: every table
   that numbers them from 1 must hold the same N, none may go beyond N.
4. **The group its clause names.** A sentence naming one table whose clause names one of
   that table's group rows (``Kelompok Urusan Wajib Non Pelayanan Dasar yang dalam Tabel 3.7
   dirinci menjadi 8 urusan``) counts the rows under that group, up to the next group or
   total row; of two group names one inside the other, the fuller is meant.
5. **Ranges the paragraph itself numbers.** ``8 indikator pada 3 sasaran, yaitu: Sasaran 1
   ... (indikator 1-3); Sasaran 2 ... (indikator 4-7); ... (indikator 8-9)``: ranges of the
   counted noun that join end to end from 1 say how many items there are (here 9).
6. **Counts by grade.** ``8 IKU memperoleh predikat Sangat Berhasil, 2 IKU Berhasil``,
   ``Sebanyak 3 (tiga) IKU mencapai atau melampaui target``: the rows of the graded table
   (a column of the report's own grades) that carry that grade, or whose capaian is 100 or
   more (see :mod:`audit.grade_counts` for when a count is judged). A count that fits the
   grades the capaian imply is right though a printed grade is not (that cell is
   ``category``'s finding).

A table is counted by its one column that names the counted kind (``Indikator Kinerja``,
``Kejuruan``, ``Nama Kegiatan``; or, failing that, a caption ``... per Kejuruan`` over a
table with a single text column): its non-empty text cells are the items. Total and group
rows are not items (a row numbered on, ``5 | Jumlah lulusan``, is), nor notes (``*) ...``)
nor a header repeated after a page break; a caption-less (or ``lanjutan``) piece after a page
break with the same header continues the table. No verdict when the rows are not plainly one
flat list: an item twice apart, items and sub-items, rows numbered with gaps or without
their number, rows of another level (``Program ...`` among kegiatan), some rows named by the
noun and others not (``Sekretariat`` among ``Bidang ...``), a qualifier that the column or
caption contradicts (``indikator kinerja utama`` against ``Indikator Kinerja Kegiatan``), a
table comparing years for a sentence about one year.

Counts of a part are not counts of the whole. Bound in ways 2 and 3 (and for a table in way
1), a sentence is left alone when it counts the same kind twice (``dari 6 indikator, 5
indikator ...``), speaks of categories, achievement, ranks or subsets (``Sangat Tinggi``,
``di bawah target``, ``terendah``, ``baru``, a percentage), or when the count is one term of an
enumeration (``Sekretariat dan 4 bidang``). Bound by a name (ways 2 and 3), it is also left
alone when it speaks of progress (``telah``, ``selesai``) or of one item of another level
(``Sasaran Program 4 ...``, ``program ini ...``, ``SP4``): the named table may list more than
that item's share.

Severity: ``major``.

Passes::

    Sasaran ini memiliki 3 IKU yaitu:
    1. Persentase lulusan yang bekerja
    2. Jumlah lembaga yang diakreditasi
    3. Indeks kepuasan layanan

Fails (the sentence says 2, three indicators follow)::

    Sasaran ini memiliki 2 IKU yaitu:
    1. Persentase lulusan yang bekerja
    2. Jumlah lembaga yang diakreditasi
    3. Indeks kepuasan layanan

Fails (the sentence says 2, Tabel 3.1 lists three kejuruan; the Jumlah row is no item)::

    Pelatihan diselenggarakan pada 2 (dua) kejuruan. Hasilnya disajikan pada Tabel 3.1.

    Tabel 3.1 Peserta per Kejuruan
    | No | Kejuruan | Peserta |
    |---|---|---|
    | 1 | Las | 16 |
    | 2 | Otomotif | 16 |
    | 3 | Listrik | 16 |
    |  | Jumlah | 48 |
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from audit.checks.base import Rule
from audit.checks.category import named_scales, scale_of
from audit.facts import name_tokens
from audit.figures import is_year
from audit.findings import CheckResult, Finding, Severity
from audit.grade_counts import grade_counts, threshold_counts
from audit.model import ASIDE_COLUMN_RE, Document, Row, Sentence, Table, is_total_label
from audit.prose import list_marker, noun_kind, parse_number_words, words_for
from audit.sections import heading_before, headings

DOC_ID = """count_claim: "terdapat N butir" menyebut jumlah butir yang sama dengan daftar
atau tabel yang dirujuknya.

Laporan mengantarkan daftar dan tabel dengan menyebut jumlah butirnya: ``terdapat 26 (dua puluh
enam) IKU sebagai berikut:``, ``Sasaran Program 4 ... memiliki 7 IKU yaitu:``, ``terdapat 6
(enam) indikator kinerja utama, sebagaimana disajikan pada Tabel 3.1.``. Apabila dalam revisi
suatu butir ditambahkan atau dihapus tanpa memperbarui jumlahnya, uraian dan daftarnya menjadi
tidak sesuai, dan pembaca tidak dapat mengetahui mana yang lengkap.

Hanya keterkaitan yang tidak meragukan yang dinilai (ketepatan diutamakan). Suatu jumlah
dikaitkan dengan hal yang dihitungnya melalui salah satu dari tiga cara:

1. **Daftar atau tabel yang langsung menyusul.** Kalimat mengakhiri barisnya dengan ``:``,
   ``sebagai berikut``, ``yaitu``, ``antara lain`` atau ``berikut`` dan memuat tepat satu
   jumlah atas jenis butir yang dikenal (indikator/IKU, program, kegiatan, sasaran, kejuruan
   ...). Yang menyusul (selain baris kosong dan judul ``Tabel``) adalah tabel (lihat di bawah)
   atau daftar: butir-butir berurutan dengan gaya penanda yang sama dengan butir pertama
   (``1.``, ``1)``, ``a.``, bullet), sedangkan butir bersarang dengan gaya lain tidak
   dihitung. Daftar bernomor yang butir-butirnya diselingi paragraf penjelasan diikuti
   menurut penomorannya (1, 2, 3 ...) apabila kalimat pengantarnya sendiri merupakan butir
   daftar, sampai butir setingkat berikutnya atau judul bagian berikutnya; setiap putusnya
   penomoran berarti tidak ada penilaian. Butir yang menyebut jenis lain (``a. Program ...``
   di bawah pernyataan tentang kegiatan) berarti daftar itu bukan yang dihitung: tidak ada
   penilaian.
2. **Tabel yang disebut kalimat.** Kalimat tersebut, atau kalimat berikutnya dalam paragraf
   yang sama, menyebut satu tabel (``sebagaimana Tabel 3.1``, ``dengan hasil sebagaimana
   Tabel 9``) atau diakhiri dengan ``tabel berikut.`` / ``sebagai berikut.`` / ``di bawah
   ini.`` tepat di atas sebuah tabel. Nomor tabel tersebut harus unik dalam dokumen.
3. **Daftar kode.** Apabila tidak ada daftar atau tabel yang terkait, jumlah yang kata
   bendanya disingkat menjadi awalan kode (``8 Sasaran Program`` ↔ ``SP1`` … ``SP9``,
   ``6 IKK`` ↔ ``IKK-1`` … ``IKK-6``) dibandingkan dengan kode yang dinomori berurutan mulai
   dari 1 dalam tabel-tabel dokumen: setiap tabel yang menomorinya mulai dari 1 harus memuat
   N yang sama, dan tidak satu pun boleh melampaui N.
4. **Kelompok yang disebut klausanya.** Kalimat yang menyebut satu tabel dan klausanya
   menyebut salah satu baris kelompok tabel itu (``Kelompok Urusan Wajib Non Pelayanan Dasar
   yang dalam Tabel 3.7 dirinci menjadi 8 urusan``) dibandingkan dengan banyaknya baris di
   bawah kelompok itu, sampai baris kelompok atau baris total berikutnya; dari dua nama
   kelompok yang satu termuat dalam yang lain, yang lebih lengkap yang dimaksud.
5. **Rentang nomor dalam paragraf itu sendiri.** ``8 indikator pada 3 sasaran, yaitu:
   Sasaran 1 ... (indikator 1-3); Sasaran 2 ... (indikator 4-7); ... (indikator 8-9)``:
   rentang nomor kata benda yang dihitung yang bersambung mulai dari 1 menunjukkan banyaknya
   butir (di sini 9).
6. **Hitungan menurut predikat.** ``8 IKU memperoleh predikat Sangat Berhasil, 2 IKU
   Berhasil``, ``Sebanyak 3 (tiga) IKU mencapai atau melampaui target``: baris tabel
   berpredikat (satu kolom berisi predikat skala laporan sendiri) yang memuat predikat itu,
   atau yang capaiannya 100 ke atas. Hitungan yang sesuai dengan predikat yang semestinya
   menurut capaian dianggap benar walau predikat yang tercetak keliru (sel itu temuan
   ``category``).

Sebuah tabel dihitung melalui satu-satunya kolom yang menyebut jenis yang dihitung
(``Indikator Kinerja``, ``Kejuruan``, ``Nama Kegiatan``; atau, jika tidak ada, judul
``... per Kejuruan`` di atas tabel yang hanya memiliki satu kolom teks): sel teksnya yang tidak
kosong adalah butir-butirnya. Baris jumlah dan baris kelompok bukan butir (baris yang tetap
bernomor, ``5 | Jumlah lulusan``, adalah butir), demikian pula catatan (``*) ...``) dan kepala
tabel yang diulang setelah pergantian halaman; potongan tanpa judul (atau ``lanjutan``) setelah
pergantian halaman dengan kepala tabel yang sama merupakan lanjutan tabel tersebut. Tidak ada
penilaian apabila baris-barisnya tidak jelas merupakan satu daftar datar: butir yang sama
muncul dua kali di tempat terpisah, terdapat butir dan sub-butir, baris yang penomorannya
melompat atau tanpa nomor, baris dari tingkat lain (``Program ...`` di antara kegiatan),
sebagian baris disebut dengan kata benda tersebut dan sebagian lagi tidak (``Sekretariat`` di
antara ``Bidang ...``), keterangan yang bertentangan dengan kolom atau judul tabel
(``indikator kinerja utama`` terhadap ``Indikator Kinerja Kegiatan``), atau tabel yang
membandingkan beberapa tahun untuk kalimat tentang satu tahun.

Jumlah suatu bagian bukan jumlah keseluruhan. Apabila terkait melalui cara 2 dan 3 (dan untuk
tabel pada cara 1), kalimat tidak dinilai apabila menghitung jenis yang sama dua kali (``dari
6 indikator, 5 indikator ...``), berbicara tentang kategori, capaian, peringkat atau himpunan
bagian (``Sangat Tinggi``, ``di bawah target``, ``terendah``, ``baru``, suatu persentase), atau
apabila jumlah tersebut merupakan salah satu unsur suatu rincian (``Sekretariat dan 4
bidang``). Apabila terkait melalui nama (cara 2 dan 3), kalimat juga tidak dinilai apabila
berbicara tentang kemajuan (``telah``, ``selesai``) atau tentang satu butir dari tingkat lain
(``Sasaran Program 4 ...``, ``program ini ...``, ``SP4``): tabel yang disebut mungkin memuat
lebih banyak daripada bagian butir tersebut.

Tingkat keparahan: ``major``.

Lolos::

    Sasaran ini memiliki 3 IKU yaitu:
    1. Persentase lulusan yang bekerja
    2. Jumlah lembaga yang diakreditasi
    3. Indeks kepuasan layanan

Gagal (kalimat menyebut 2, tiga indikator menyusul)::

    Sasaran ini memiliki 2 IKU yaitu:
    1. Persentase lulusan yang bekerja
    2. Jumlah lembaga yang diakreditasi
    3. Indeks kepuasan layanan

Gagal (kalimat menyebut 2, Tabel 3.1 memuat tiga kejuruan; baris Jumlah bukan butir)::

    Pelatihan diselenggarakan pada 2 (dua) kejuruan. Hasilnya disajikan pada Tabel 3.1.

    Tabel 3.1 Peserta per Kejuruan
    | No | Kejuruan | Peserta |
    |---|---|---|
    | 1 | Las | 16 |
    | 2 | Otomotif | 16 |
    | 3 | Listrik | 16 |
    |  | Jumlah | 48 |
"""

RULE_ID = "count_claim"

_INTRO_END = re.compile(
    r"(?::|\bsebagai\s+berikut\s*:?|\byaitu\s*:?|\bantara\s+lain\s*:?|\bberikut\s*:?|"
    r"\bdi\s?antaranya\s*:?|\bmeliputi\s*:?)\s*[*_]*\s*$",
    re.IGNORECASE,
)
# A sentence that points at the table printed right below it.
_POINTS_BELOW = re.compile(
    r"\b(?:tabel\s+(?:di\s*)?(?:berikut|bawah)(?:\s+ini)?|sebagai\s+berikut|berikut\s+ini|"
    # ("tersebar dalam 5 kategori berikut."): the things counted, listed below
    r"di\s*bawah\s+ini|(?<!gambar\s)(?<!grafik\s)\b[a-z]{3,}\s+berikut)\s*[.:]?\s*[*_]*\s*$",
    re.IGNORECASE,
)
_UNITS_WORDS = r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)"
# "26 (dua puluh enam) IKU", and a count in words alone: "ke dalam empat jenis"
_COUNT_RE = re.compile(
    r"(?<![\w.,/-])(?:(?P<num>\d{1,3})(?![.,]\d)(?:\s*\((?P<words>[^()]{1,80})\))?|"
    rf"(?P<spelled>(?i:{_UNITS_WORDS}(?:\s+(?:belas|puluh(?:\s+(?:satu|{_UNITS_WORDS}))?))?|"
    r"sepuluh|sebelas))(?![\w-]))"
    r"\s+(?P<noun>(?:sub(?:\s+|-))?[A-Za-z]+)"
)
# "Tabel 3.1", "Tabel 9", "Tabel 3. 1", "Tabel II.3"; not "tabel berikut", not "Tabel ini".
# (an annex's "Tabel L2.2", "Tabel A.1" too)
_TABLE_NUM = r"(?P<num>(?:[A-Z][.-]?)?(?:\d{1,2}|[IVX]{1,5})(?:\s?\.\s?\d{1,2}){0,3})(?![0-9a-z])"
_TABLE_REF = re.compile(r"\b(?i:tabel)\s+" + _TABLE_NUM)
_CAPTION_NUM = re.compile(r"^\W*(?i:tabel|table)\s+" + _TABLE_NUM)
# "Tabel 3.1 dan 3.2", "Tabel 3.1 s.d. 3.4": several tables under one name.
_TABLE_RANGE = re.compile(r"\b(?i:tabel)\s+[\dIVX. ]+?\s*(?i:dan|s\.?\s?d\.?|sampai|hingga|[-–,/])"
                          r"\s*(?i:tabel\s+)?\d")
_HEADING_RE = re.compile(
    r"^\s*(?:#{1,6}\s|BAB\s+[IVX]+\b|\d+\.\d+(?:\.\d+)*\.?\s+\S|[A-H]\.\s+[A-Z][A-Z])"
)
# Kinds that name a level of the plan; an item starting with one of these says what it is.
_STRUCTURAL = {"indikator", "program", "kegiatan", "subkegiatan", "sasaran", "tujuan", "misi",
               "perspektif"}
# Counted nouns the shared families do not know, kept here (this check is their only user).
_EXTRA_KINDS = {"skema": "skema"}
# Words of a sentence that make its count a part of the list, not the whole list: categories,
# achievement, subsets, "each", ranks.
_PART_RE = re.compile(
    r"%|\b(?:persen|kategori|kriteria|predikat|sangat|tinggi|rendah|sedang|baik|cukup|"
    r"kurang|memuaskan|tercapai|mencapai\s+target|belum|tidak|melampaui|melebihi|"
    r"memenuhi\s+target|di\s?bawah|di\s?atas|lebih|hanya|sebagian|di\s?antaranya|"
    r"antara\s+lain|selain|masing|setiap|tiap|negatif|positif|baru|tambahan|lain|lainnya|"
    r"unggulan|prioritas|terpilih|tertentu|termasuk|kecuali|dihapus|ditambah|diganti|"
    r"diubah|direvisi|disesuaikan|berubah|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|"
    r"kesepuluh|ke-\d+|terendah|tertinggi|terbesar|terkecil|terbanyak|teratas|terbaik|"
    r"terburuk)\b",
    re.IGNORECASE,
)
# Words that may also count a part (progress, achievement) when the sentence names a table
# or a code list that need not be its own: "5 kegiatan telah selesai (Tabel 3.2)".
_PROGRESS_RE = re.compile(
    r"\b(?:telah|sudah|selesai|terlaksana|terealisasi|mencapai|dicapai|berhasil|gagal|"
    r"masih|memenuhi|perubahan)\b",
    re.IGNORECASE,
)
# Words before a column's counted noun that do not change what the column lists.
_COLUMN_PREFIX = re.compile(r"^(?:(?:nomor|no\.?|kode|dan|nama|uraian|jenis)\s+)+",
                            re.IGNORECASE)
# Qualifiers that split one family into sets that must not be compared with each other.
_SUBTYPE_WORDS = {"utama": "utama", "kegiatan": "kegiatan", "program": "program",
                  "strategis": "strategis", "output": "output", "keluaran": "output",
                  "individu": "individu", "daerah": "daerah", "sub": "subkegiatan",
                  "subkegiatan": "subkegiatan"}
_ACRONYM_SUBTYPES = {"iku": "utama", "ikk": "kegiatan", "ikp": "program", "ikss": "strategis",
                     "iks": "strategis", "sp": "program", "ss": "strategis"}
# The counted noun and its qualifiers: letters up to punctuation, a digit or a function word.
_PHRASE_RE = re.compile(
    r"[A-Za-z]+(?:\s+(?!(?:yang|pada|dan|dengan|di|dalam|dari|untuk|sebagaimana|sebagai|"
    r"serta|atau|ke|oleh|tersebut|ini|itu|adalah|yaitu|terdiri|telah|akan)\b)[A-Za-z]+)*"
)
_CODE_RE = re.compile(r"^(?P<prefix>[A-Z]{2,5})[\s.\-]?(?P<num>\d{1,2})$")
# What joins a count to other terms of an enumeration before it.
_JOINED_RE = re.compile(r"(?:\b(?:dan|serta|ditambah|plus|selain)|(?<=[A-Za-z)]),)\s*$",
                        re.IGNORECASE)
_NOTE_RE = re.compile(r"^\s*(?:\*|\(\*|sumber\b|keterangan\b|catatan\b|ket\s*[.:])",
                      re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(20\d\d)\b")
_SEARCH_LIMIT = 400
_MAX_GAP = 4
_MAX_SPLIT_GAP = 10


@dataclass
class _Claim:
    count: int
    printed: str
    noun: str
    kind: str
    phrase: str   # the noun and the few words after it, for qualifiers and acronyms
    has_words: bool
    span: tuple[int, int]  # where the count and its noun phrase stand in the sentence


@dataclass
class _Items:
    count: int
    source: str         # how the message names the list: "Tabel 3.1 yang dirujuknya" ...
    lines: list[int]
    table: str | None = None
    table_rows: bool = False  # counted in a table (which may show more than the sentence)


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    table_lines = _table_lines(doc)
    numbered = _numbered_tables(doc)
    codes = _code_lists(doc)
    budget = _budget_codes(doc)
    levels = _budget_levels(budget)
    found_headings = headings(doc)
    for i, sentence in enumerate(doc.sentences):
        named = _the_table_named(sentence.text, numbered) or _pointed_at(doc, i, table_lines) \
            or _named_next(doc, i, numbered)
        claims = _claims(sentence.text, _listed_nouns(named) if named is not None else set())
        if not claims:
            continue
        judged = _judge(doc, i, claims, table_lines, numbered, codes, levels)
        if not judged and budget is not None and _about_one_parent(sentence.text, claims):
            # "Program ini dilaksanakan melalui 4 kegiatan dan 9 sub kegiatan": the program
            # the sentence (or its heading) names, counted by its codes
            before = " ".join(doc.lines[max(0, sentence.line - 4):sentence.line - 1])
            # the program the sentence itself names, else the one its heading or the lines
            # before name ("Program ini ...")
            # (the program named before the count comes first: "Program A dilaksanakan
            # melalui 4 kegiatan ..., sedangkan program B menyerap ...")
            named_first = sentence.text[:max(c.span[1] for c in claims)]
            under = _levels_under(budget, named_first) or _levels_under(budget, sentence.text) or (
                {} if re.search(r"\b(?i:program)\s+[A-Z]", sentence.text) else
                _levels_under(budget, f"{heading_before(found_headings, sentence.line)} "
                                      f"{before} {sentence.text}"))
            kinds = [c.kind for c in claims]
            judged = [(c, under[c.kind]) for c in claims
                      if c.kind in under and kinds.count(c.kind) == 1
                      # part words in the counting clause itself; "... dengan realisasi
                      # anggaran 98,25 persen" after it speaks of money
                      and not _counts_a_part(
                          sentence.text[:max(c.span[1] for c in claims)])]
        if not judged and budget is not None:
            judged = _per_clause(budget, sentence.text, claims)
        if not judged:
            judged = _numbered_ranges(doc, i, claims)
        if not judged:
            judged = _group_counts(sentence.text, claims, numbered)
        for claim, items in judged:
            if items.count == claim.count:
                result.passed()
                continue
            result.failed(_finding(sentence, claim, items))
    _check_grade_counts(doc, result)
    return result


def _check_grade_counts(doc: Document, result: CheckResult) -> None:
    """``8 IKU memperoleh predikat Sangat Berhasil, 2 IKU Berhasil``: counts of a graded
    table's rows by grade, or by reaching the target (see :mod:`audit.grade_counts`)."""
    bands = scale_of(doc)
    grades = set(bands) | {label for _, named in named_scales(doc) for label in named}
    counted = grade_counts(doc, grades, lambda t: _continuations(doc, t), bands) \
        if grades else iter(())
    for gc in counted:
        if gc.count == gc.actual or gc.implied is not None and gc.count == len(gc.implied):
            result.passed()
        else:
            _rows_counted_wrong(result, gc.sentence, gc.start, gc.printed, gc.count, gc.rows,
                                gc.table, f"{gc.noun or 'baris'} berstatus '{gc.what}'",
                                "baris dengan status itu", gc.what)
    for tc in threshold_counts(doc):
        if tc.count == len(tc.rows):
            result.passed()
        else:
            _rows_counted_wrong(result, tc.sentence, tc.start, tc.printed, tc.count, tc.rows,
                                tc.table, f"baris dengan nilai {tc.what}",
                                f"baris dengan nilai itu pada kolom '{tc.column}'", tc.what)


def _rows_counted_wrong(result: CheckResult, sentence: Sentence, start: int, printed: str,
                        count: int, rows: tuple[Row, ...], table: Table, said: str,
                        counted: str, what: str) -> None:
    """A count of a table's rows (by grade, or above a value) that the table does not bear
    out: ``said`` is what the sentence counts, ``counted`` what the table's rows are."""
    expected = str(len(rows))
    if "(" in printed:
        expected = f"{len(rows)} ({words_for(len(rows))})"
    lines = [r.line for r in rows]
    where = f" (baris {', '.join(map(str, lines))})" if lines else ""
    name = table.caption or f"tabel baris {table.first_line}"
    result.failed(Finding(
        rule=RULE_ID, severity=Severity.MAJOR, line=sentence.line_of(start),
        stated=printed, expected=expected,
        message=(f"Kalimat menyebut {printed} {said}, tetapi {name} memuat {len(rows)} "
                 f"{counted}{where}."),
        related_lines=lines, table=table.caption,
        difference=f"{count - len(rows):+d}",
        anchor=f"{printed} {what}",
    ))


def _per_clause(budget: tuple[Table, dict[str, dict[str, Row]]], text: str,
                claims: list[_Claim]) -> list[tuple[_Claim, _Items]]:
    """``Program A terdiri atas 6 kegiatan, sedangkan Program B dilaksanakan melalui 9
    kegiatan``: one sentence, a count per program; each count is judged against the
    kegiatan of the one program its own clause (from the previous count on) names."""
    counted = [c for c in claims if c.kind in ("kegiatan", "subkegiatan")]
    if len(counted) < 2:
        return []
    out = []
    start = 0
    for claim in sorted(counted, key=lambda c: c.span[0]):
        clause = text[start:claim.span[1]]
        start = claim.span[1]
        under = _levels_under(budget, clause)
        if claim.kind in under and not _counts_a_part(clause):
            out.append((claim, under[claim.kind]))
    return out


_RANGE_RE = (r"\b{noun}\s+(?:nomor\s+|no\.?\s*)?(\d{{1,2}})"
             r"(?:\s*(?:-|–|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*(\d{{1,2}}))?"
             r"(?![\d.,])")


def _numbered_ranges(doc: Document, index: int, claims: list[_Claim]) \
        -> list[tuple[_Claim, _Items]]:
    """``8 indikator pada 3 sasaran, yaitu: Sasaran 1 ... (indikator 1-3); Sasaran 2 ...
    (indikator 4-7); dan Sasaran 3 ... (indikator 8-9)``: the count's own paragraph numbers
    its items in ranges that run on from 1 (1-3, 4-7, 8-9), and the last number is how many
    there are. Only ranges that join end to end are read; a gap or an overlap means no
    verdict."""
    sentence = doc.sentences[index]
    kinds = [c.kind for c in claims]
    out = []
    for claim in claims:
        if kinds.count(claim.kind) != 1 or claim.count < 2:
            continue
        text = sentence.text[claim.span[1]:]
        for nxt in doc.sentences[index + 1:index + 4]:
            if nxt.block != sentence.block or _claims(nxt.text):
                break
            text += " " + nxt.text
        pattern = re.compile(_RANGE_RE.format(noun=re.escape(claim.noun)), re.IGNORECASE)
        spans = [(int(m.group(1)), int(m.group(2) or m.group(1)))
                 for m in pattern.finditer(text)]
        if len(spans) < 2 or spans[0][0] != 1 \
                or any(b < a for a, b in spans) \
                or any(spans[k + 1][0] != spans[k][1] + 1 for k in range(len(spans) - 1)):
            continue
        last = spans[-1][1]
        if last > 60:
            continue
        named = ", ".join(f"{a}-{b}" if b != a else f"{a}" for a, b in spans)
        out.append((claim, _Items(last, f"penomoran {claim.noun.lower()} dalam paragraf "
                                        f"yang sama ({named})", [sentence.line])))
    return out


_GROUP_CLAUSE_BREAK = re.compile(r";|,?\s+\b(?:sedangkan|sementara|adapun)\b", re.IGNORECASE)


def _group_counts(text: str, claims: list[_Claim],
                  numbered: dict[str, list[Table]]) -> list[tuple[_Claim, _Items]]:
    """``Kelompok Urusan Wajib Non Pelayanan Dasar yang dalam Tabel 3.7 dirinci menjadi 9
    urusan ..., sedangkan Urusan Pilihan yang mencakup 4 urusan ...``: each count is held to
    the rows under the group row of the named table that its own clause names (up to the
    next group or total row)."""
    table = _the_table_named(text, numbered)
    if table is None:
        return []
    groups = [(k, r) for k, r in enumerate(table.rows) if r.kind == "group"]
    if len(groups) < 2:
        return []
    out = []
    start = 0
    for claim in sorted(claims, key=lambda c: c.span[0]):
        clause_start = max([start, *(m.end() for m in _GROUP_CLAUSE_BREAK.finditer(
            text, 0, claim.span[0]))])
        clause = text[clause_start:claim.span[1]]
        start = claim.span[1]
        if _counts_a_part(clause):
            continue
        words = name_tokens(clause)
        named = [(k, r) for k, r in groups
                 if len(own := name_tokens(r.label)) >= 2 and own <= words]
        # "Urusan Wajib Pelayanan Dasar" inside "Urusan Wajib Non Pelayanan Dasar": the
        # fuller name is the one meant
        named = [(k, r) for k, r in named if not any(
            name_tokens(r.label) < name_tokens(o.label) for _, o in named)]
        if len(named) != 1:
            continue
        at, group = named[0]
        noun_end = text.lower().find(claim.noun.lower(), claim.span[0]) + len(claim.noun)
        if _narrowed(re.split(r"[,.;:()]", text[noun_end:noun_end + 100])[0],
                     name_tokens(group.label)):
            # "gabungan enam program pelatihan teknis non aparatur" under "Pelatihan Non
            # Aparatur": a word the group's name lacks narrows the count to some of its rows
            continue
        rows = []
        for row in table.rows[at + 1:]:
            if row.kind in ("group", "total") or is_total_label(row.label):
                break
            if row.label.strip():
                rows.append(row)
        if not rows or any(noun_kind(r.label) not in (None, claim.kind) for r in rows):
            continue
        out.append((claim, _Items(len(rows), f"kelompok '{group.label}' pada {_short_name(table)}",
                                  [r.line for r in rows], table.caption, True)))
    return out


def _narrowed(after: str, group: frozenset[str]) -> bool:
    """The group's name follows the counted noun (up to the clause's end) with a word of
    its own inside it."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", after)]
    at = [k for k, w in enumerate(words) if w in group]
    return len(at) >= 2 and any(words[k] not in group for k in range(at[0], at[-1] + 1))


def _finding(sentence: Sentence, claim: _Claim, items: _Items) -> Finding:
    expected = str(items.count)
    if claim.has_words:
        expected = f"{items.count} ({words_for(items.count)})"
    lines = items.lines
    where = f"baris {lines[0]}" if lines[0] == lines[-1] else f"baris {lines[0]}–{lines[-1]}"
    message = (
        f"Kalimat menyebut {claim.printed} {claim.phrase}, tetapi {items.source} memuat "
        f"{items.count} {claim.phrase} ({where})."
    )
    return Finding(
        rule=RULE_ID,
        severity=Severity.MAJOR,
        line=sentence.line,
        stated=claim.printed,
        expected=expected,
        message=message,
        related_lines=lines,
        table=items.table,
        difference=f"{claim.count - items.count:+d}",
        anchor=f"{claim.printed} {claim.noun.lower()}",
    )


def _judge(doc: Document, index: int, claims: list[_Claim], table_lines: dict[int, Table],
           numbered: dict[str, list[Table]],
           codes: dict[str, tuple[int, list[int], Table, str]],
           budget_levels: dict[str, _Items],
           ) -> list[tuple[_Claim, _Items]]:
    """Each claim of the sentence with the items it is bound to."""
    sentence = doc.sentences[index]
    text = _claim_sentence(sentence.text, claims)
    if _detailed_below(doc, index, claims):
        # "... 5 (lima) investigasi ..., sehingga capaian IKU 4 sebesar 133,33%. Rincian
        # investigasi disajikan pada tabel berikut.": the table details what was counted;
        # the words after the count's clause speak of something else
        text = _count_clause(text, claims)
    # 1. A list or table introduced by the sentence and following at once.
    introduces = _intro_closes_line(doc, sentence)
    # "4 (empat) Bidang dan 8 (delapan) UPTD, yaitu:": the list is of the last count, here
    # one of a kind not known, so the count of bidang is not held to it
    later = _COUNT_RE.search(text, claims[0].span[1]) if len(claims) == 1 else None
    if introduces and len(claims) == 1 and 2 <= claims[0].count <= 60 and later is None:
        items = _items_after(doc, sentence.line, claims[0], table_lines)
        if items is not None:
            if items.table_rows and _counts_a_part(text):
                return []  # "5 indikator berkategori Sangat Tinggi sebagai berikut:" + all
            return [(claims[0], _counted_by_item(doc, claims[0], items))]
    # The other bindings go by a name; the sentence must count whole lists.
    kinds = [c.kind for c in claims]
    claims = [c for c in claims if kinds.count(c.kind) == 1 and 2 <= c.count <= 60
              and not _added_to_others(text, c, claims)]
    if not claims or _counts_a_part(_pointing_clause(text, claims)):
        return []
    levels = budget_levels
    if levels and len({c.kind for c in claims} & set(levels)) >= 2 \
            and not _counts_a_part(text, strict=True) \
            and not _about_one_parent(text, claims):
        # "3 program dan 14 kegiatan yang dijabarkan ke dalam 30 sub kegiatan": the whole
        # budget structure, counted by code depth in the report's budget table
        return [(c, levels[c.kind]) for c in claims if c.kind in levels]
    # 2. A table the sentence (or the next one) names.
    bound = _bound_table(doc, index, claims, table_lines, numbered)
    if bound is not None and levels and all(c.kind in levels for c in claims) \
            and bound[0].caption and levels[claims[0].kind].table == bound[0].caption \
            and not _counts_a_part(text, strict=True):
        # "... melalui 8 kegiatan, sebagaimana Tabel 3.9" where Tabel 3.9 is the budget
        # table: its kegiatan are counted by code depth, not by its rows
        return [(c, levels[c.kind]) for c in claims]
    if bound is not None:
        table, how = bound
        out = []
        for claim in claims:
            items = _table_items(doc, table, claim, how, text)
            if items is not None:
                out.append((claim, items))
        return out
    if introduces or _about_one_parent(text, claims) \
            or _counts_a_part(text, strict=True):
        return []  # it announces a list of its own, which could not be read
    # 3. A list of codes the document numbers through.
    out = []
    for claim in claims:
        found = _code_items(claim, codes, text)
        if found is not None:
            out.append((claim, found))
    return out


def _counted_by_item(doc: Document, claim: _Claim, items: _Items) -> _Items:
    """``23 kegiatan, yaitu:`` over items that each count kegiatan of their own (``safari
    literasi: 8 kegiatan;``): the claim is their sum, not the number of items."""
    if items.table_rows:
        return items
    counts = []
    for line in items.lines:
        found = _claims(doc.line_text(line)) or []
        if len(found) != 1 or found[0].kind != claim.kind:
            return items
        counts.append(found[0].count)
    return _Items(sum(counts), f"jumlah angka pada daftar yang mengikutinya ("
                  f"{' + '.join(map(str, counts))})", items.lines)


def _detailed_below(doc: Document, index: int, claims: list[_Claim]) -> bool:
    """The next sentence of the paragraph points at the table below as the detail of what
    the one count counts (``Rincian investigasi disajikan pada tabel berikut.``)."""
    sentences = doc.sentences
    if len(claims) != 1 or index + 1 >= len(sentences):
        return False
    nxt = sentences[index + 1]
    return nxt.block == sentences[index].block and bool(_POINTS_BELOW.search(nxt.text)) \
        and bool(re.search(rf"\b(?:rincian|daftar|detail)\s+{re.escape(claims[0].noun)}\b",
                           nxt.text, re.IGNORECASE))


def _pointing_clause(text: str, claims: list[_Claim]) -> str:
    """``... dari target 20 judul (capaian 115,00%), tersebar dalam 5 kategori berikut.``:
    for a sentence that ends on its one count and what follows, the count's own clause, its
    noun aside (the clauses before speak of the whole; "kategori" is what is counted, no
    category of the items); else the whole sentence."""
    if len(claims) != 1 or not _ENDS_POINTING_RE.match(text, claims[0].span[1]):
        return text
    start = max((m.end() for m in _CLAUSE_MARK_RE.finditer(text, 0, claims[0].span[0])),
                default=0)
    return text[start:claims[0].span[0]] + " " + text[claims[0].span[1]:]


_CLAUSE_MARK_RE = re.compile(r"[,;]")
_ENDS_POINTING_RE = re.compile(r"\s*(?:berikut|di\s*bawah\s+ini)?\s*[.:]?\s*$", re.IGNORECASE)


def _count_clause(text: str, claims: list[_Claim]) -> str:
    """The sentence up to the end of the clause its counts stand in."""
    end = max(c.span[1] for c in claims)
    m = re.search(r"[,;]|\b(?:sehingga|dengan|sedangkan|namun)\b", text[end:])
    return text if m is None else text[:end + m.start()]


def _claim_sentence(text: str, claims: list[_Claim]) -> str:
    """The sentence the counts stand in, where extraction ran two together ("... sebagaimana
    Tabel 3.6. Sampai dengan akhir tahun, realisasinya mencapai 96,76%"): the next one's
    words say nothing about what was counted."""
    end = max(c.span[1] for c in claims)
    m = re.search(r"\.\s+(?=[A-Z])", text[end:])
    return text if m is None else text[:end + m.start() + 1]


# Regional budget codes by depth: program 2.09.01, kegiatan 2.09.01.2.01, sub kegiatan
# 2.09.01.2.01.0003 (spaces after the dots tolerated, as extraction leaves them).
_BUDGET_DEPTH = {3: "program", 5: "kegiatan", 6: "subkegiatan"}
# (after a row number in the same cell: "1 2.17.01 PROGRAM ...", as layouts print them)
_BUDGET_CODE_RE = re.compile(r"^\s*(?:\d{1,3}\s+)?(\d{1,2}(?:\s?\.\s?[0-9X]{1,4}){2,5})\b")
_BUDGET_CODES_IN_RE = re.compile(r"(?<![\d.])\d{1,2}(?:\.[0-9X]{1,4}){2,5}(?![\d.])")


def _budget_codes(doc: Document) -> tuple[Table, dict[str, dict[str, Row]]] | None:
    """The budget table that holds the most levels (program and kegiatan, and perhaps sub
    kegiatan) and its distinct codes per depth. Several such tables must agree on every count
    they hold (a pagu table and a realisation table list the same structure), else None."""
    found: list[tuple[Table, dict[str, dict[str, Row]]]] = []
    for table in doc.tables:
        per_kind: dict[str, dict[str, Row]] = {}
        seen: set[str] = set()
        if any(len(_BUDGET_CODES_IN_RE.findall(row.label)) >= 2 for row in table.rows):
            continue  # two rows read as one ("3.26.01.2.02.0001 3.26.01.2.06 ..."): uncounted
        for row in table.rows:
            for cell in row.cells[:3]:
                m = _BUDGET_CODE_RE.match(cell.text)
                if not m or cell.figure is not None:
                    continue  # (an amount, 42.500.000, is no code)
                code = re.sub(r"\s", "", m.group(1))
                kind = _BUDGET_DEPTH.get(code.count(".") + 1)
                parts = code.split(".")
                if kind not in (None, "program") and seen and not any(
                        ".".join(parts[:k]) in seen for k in range(1, len(parts))):
                    break  # "5.1.01.01.01.0001 Belanja Gaji Pokok": an account, not a level
                seen.add(code)
                if kind is not None:
                    per_kind.setdefault(kind, {}).setdefault(code, row)
                break
        # program and kegiatan at least (a table to the kegiatan only is a budget table too)
        if len(per_kind) >= 2 and "program" in per_kind and "kegiatan" in per_kind:
            found.append((table, per_kind))
    if not found:
        found = _numbered_budget(doc)
    if not found:
        return None
    # the tables that go deepest are the budget structure (a table to the kegiatan only
    # stands in when no table lists sub kegiatan)
    deepest = max(len(lv) for _, lv in found)
    found = [f for f in found if len(f[1]) == deepest]
    counts = {tuple(len(v) for _, v in sorted(lv.items())) for _, lv in found}
    return found[0] if len(counts) == 1 else None


_PROGRAM_TABLE_RE = re.compile(r"\bprogram\b.*\bkegiatan\b", re.IGNORECASE)
_NUMBERED_PROGRAM_RE = re.compile(r"^\s*(\d{1,2})\.?\s+program\b", re.IGNORECASE)


def _numbered_budget(doc: Document) -> list[tuple[Table, dict[str, dict[str, Row]]]]:
    """A budget table without budget codes whose rows the author numbered by level: ``1``
    (or ``1  Program ...``) for a program, ``1.1`` for its kegiatan."""
    found = []
    for table in doc.tables:
        if not _PROGRAM_TABLE_RE.search(table.caption or ""):
            continue
        per_kind: dict[str, dict[str, Row]] = {}
        for row in table.rows:
            texts = [c.text.strip().strip("*") for c in row.cells if c.text.strip()]
            if not texts or row.kind == "total":
                continue
            number = texts[0]
            label = texts[1] if len(texts) > 1 else ""
            if m := _NUMBERED_PROGRAM_RE.match(number):
                per_kind.setdefault("program", {})[m.group(1)] = row
            elif re.fullmatch(r"\d{1,2}", number) and re.match(r"program\b", label, re.I):
                per_kind.setdefault("program", {})[number] = row
            elif re.fullmatch(r"\d{1,2}\.\d{1,2}", number):
                per_kind.setdefault("kegiatan", {})[number] = row
        programs, kegiatan = per_kind.get("program", {}), per_kind.get("kegiatan", {})
        if len(programs) >= 1 and kegiatan and all(
                k.split(".")[0] in programs for k in kegiatan):
            found.append((table, per_kind))
    return found


def _budget_levels(found: tuple[Table, dict[str, dict[str, Row]]] | None) -> dict[str, _Items]:
    """Programs, kegiatan and sub kegiatan of the budget table, counted by code depth."""
    if found is None:
        return {}
    table, per_kind = found
    name = table.caption or f"tabel baris {table.first_line}"
    return {kind: _Items(len(rows), f"{name} (menurut kode)",
                         sorted(r.line for r in rows.values()), table.caption, True)
            for kind, rows in per_kind.items()}


def _levels_under(found: tuple[Table, dict[str, dict[str, Row]]] | None, text: str) \
        -> dict[str, _Items]:
    """The kegiatan and sub kegiatan of the one program ``text`` names (by its code, or by
    its name in full): ``Program ini dilaksanakan melalui 4 kegiatan`` under the heading
    ``a. Program Penunjang Urusan Pemerintahan Daerah``."""
    if found is None:
        return {}
    table, per_kind = found
    programs = per_kind.get("program", {})
    words = set(re.findall(r"[a-z]+", text.lower()))
    # (a row number, "2", is no code a sentence could name: "2 (dua) program")
    named = [code for code, row in programs.items() if "." in code and re.search(
        rf"(?<![\d.]){re.escape(code)}(?![\d.])", text)]
    if not named:
        in_full = []
        for code, row in programs.items():
            # the program's own name cell, not the indicator and unit beside it
            label = next((c.text for c in row.cells if c.figure is None and c.text.strip()
                          and not _BUDGET_CODE_RE.match(c.text)), "").lower()
            own = set(re.findall(r"[a-z]{3,}", label)) - {"program", "dan", "yang"}
            if own and len(own & words) >= max(2, int(0.8 * len(own))):
                named.append(code)
                if own <= words:
                    in_full.append(code)
        if len(named) > 1 and len(in_full) == 1:
            # "Perikanan Tangkap" named in full beside the near-namesake "Perikanan Budidaya"
            named = in_full
    if len(named) != 1:
        return {}
    parent = named[0] + "."
    name = table.caption or f"tabel baris {table.first_line}"
    out = {}
    for kind in ("kegiatan", "subkegiatan"):
        rows = [r for code, r in per_kind.get(kind, {}).items() if code.startswith(parent)]
        if rows:
            out[kind] = _Items(len(rows), f"{name} (menurut kode, program {named[0]})",
                               sorted(r.line for r in rows), table.caption, True)
    return out


def _table_lines(doc: Document) -> dict[int, Table]:
    lines: dict[int, Table] = {}
    for table in doc.tables:
        for n in range(table.first_line, table.last_line + 1):
            lines[n] = table
        if table.caption_line:
            lines.setdefault(table.caption_line, table)
    return lines


def _kind(phrase: str) -> str | None:
    kind = noun_kind(phrase)
    if kind is None:
        words = re.findall(r"[a-z]+", phrase.lower())
        kind = _EXTRA_KINDS.get(words[0]) if words else None
    return kind


_TARGET_BEFORE_RE = re.compile(r"\b(?:target|rencana|ditargetkan|direncanakan)\s+"
                               r"(?:sebanyak\s+|sejumlah\s+|sebesar\s+)?$", re.IGNORECASE)


def _claims(text: str, listed: set[str] | frozenset[str] = frozenset()) -> list[_Claim] | None:
    """Every count of a known kind of item in the sentence, or of the items a table the
    sentence names lists (``listed``: ``12 jabatan sebagaimana Tabel 1.1`` over a table
    ``... Berdasarkan Jabatan``); None when the digits and the words of one disagree (that
    is words_vs_number's finding, and the count is unsure)."""
    claims = []
    for m in _COUNT_RE.finditer(text):
        if _TARGET_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # "melebihi target 3 (tiga) investigasi": a plan, no items listed
        kind = _kind(m.group("noun").replace("-", " "))  # "sub-kegiatan"
        compound = m.group("noun").lower() + (
            (pair := re.match(r"/[A-Za-z]+", text[m.end():])) and pair.group(0).lower() or "")
        if kind is None and compound in listed:
            kind = compound
        if kind is None:
            continue
        if m.group("spelled"):
            spelled = parse_number_words(m.group("spelled"))
            if spelled is None:
                continue
            count = int(spelled)
        else:
            count = int(m.group("num"))
        words = m.group("words")
        if words is not None:
            said = parse_number_words(words)
            if said is None or said != count:
                return None
        printed = m.group(0)[: m.start("noun") - m.start()].strip()
        run = _PHRASE_RE.match(text, m.start("noun"))
        end = run.end() if run else m.end()
        phrase = " ".join(text[m.start("noun"):end].split()[:5])
        if (short := re.match(r"\s*\(([A-Z]{2,8})\)", text[end:])) is not None:
            phrase += f" ({short.group(1)})"  # "Unit Pelaksana Teknis Daerah (UPTD)"
        claims.append(_Claim(count, printed, m.group("noun"), kind, phrase, words is not None,
                             (m.start(), end)))
    return claims


def _intro_closes_line(doc: Document, sentence: Sentence) -> bool:
    """The sentence ends with an introducer and is the last thing on its line."""
    return bool(_INTRO_END.search(sentence.text)) and _closes_line(doc, sentence)


def _closes_line(doc: Document, sentence: Sentence) -> bool:
    # (the line a wrapped sentence ends on)
    text = sentence.text.rstrip(" *_\t")
    tail = " ".join(text.split()[-3:])
    return " ".join(doc.line_text(sentence.end_line).rstrip(" *_\t").split()).endswith(tail)


# ---------------------------------------------------------------- parts, not wholes

def _is_item_code(prefix: str) -> bool:
    """``SP``, ``IKK``, ``SS``: a prefix that numbers items of the plan."""
    return prefix.lower() in _ACRONYM_SUBTYPES or noun_kind(prefix) in _STRUCTURAL


def _counts_a_part(text: str, strict: bool = False) -> bool:
    """The sentence counts a part of a list: by category, achievement, a subset word; when
    ``strict`` (the list is named, not shown below), also by progress."""
    # "pagu setelah perubahan", "APBD Perubahan", "target perubahan": the budget's or the
    # plan's version, not items changed; "untuk mencapai sasaran ...": a purpose, not progress
    text = _BUDGET_VERSION_RE.sub(" ", text)
    text = _PURPOSE_RE.sub(" ", text)
    text = _EACH_ONES_RE.sub(" ", text)
    return bool(_PART_RE.search(text)) or (strict and bool(_PROGRESS_RE.search(text)))


_BUDGET_VERSION_RE = re.compile(
    r"\b(?:setelah|sesudah|sebelum|pagu|apbd|dpa|dppa|anggaran|target|pk|kinerja)\s+\(?perubahan\b",
    re.IGNORECASE)


# "6 IKU ..., dengan capaian masing-masing sebagaimana Tabel 3.2": each one's figures, said
# of all the items counted (a count "masing-masing 3 kegiatan" is still one per parent)
_EACH_ONES_RE = re.compile(
    r"\b(?:capaian|realisasi|target|nilai|rincian|uraian|hasil|data)(?:nya)?\s+"
    r"masing-masing\b(?!\s+(?:\w+\s+)?\d)", re.IGNORECASE)


_PURPOSE_RE = re.compile(
    r"\b(?:untuk|guna|demi|dalam\s+rangka)\s+(?:men)?capai\b", re.IGNORECASE)


def _added_to_others(text: str, claim: _Claim, claims: list[_Claim]) -> bool:
    """``Sekretariat dan 4 bidang``, ``2 UPT, 4 bidang``: the count is one term of an
    enumeration whose other terms a table may list too. Another count before it
    (``2 sasaran dan 6 indikator``) is no such term."""
    before = text[:claim.span[0]]
    m = _JOINED_RE.search(before)
    if not m:
        return False
    head = before[:m.start()].rstrip(" ,")
    return not any(other is not claim and text[:other.span[1]].rstrip(" ,") == head
                   for other in claims)


def _about_one_parent(text: str, claims: list[_Claim], counted: set[str] | None = None) -> bool:
    """``Sasaran Program 4 ...``, ``program ini ...``, ``SP4``: the sentence speaks of an item
    of another level of the plan (one sasaran, one program), and its count may be that item's
    share of a longer list. The counted nouns (``claims`` of this sentence, or the kinds
    ``counted`` by the sentence before) are no such mention."""
    masked = list(text)
    for claim in claims:
        start, end = claim.span
        masked[start:end] = " " * (end - start)
    rest = "".join(masked)
    for token in re.findall(r"\b[A-Z]{2,5}[.\-]?\d{1,2}\b", rest):
        code = _CODE_RE.match(token)
        if code and _is_item_code(code.group("prefix")):
            return True
    kinds = {c.kind for c in claims} | (counted or set())
    plural_until = -1  # "empat Sasaran Kegiatan": a compound counted in words, not one item
    for m in re.finditer(r"(?:\b[Ss]ub\s+)?\b[A-Za-z]+", rest):
        word = m.group(0).lower()
        if rest[m.end():m.end() + len(word) + 1].lower() == f"-{word}" \
                or rest[max(0, m.start() - len(word) - 1):m.start()].lower() == f"{word}-":
            continue  # "Program-program tersebut": every program (a plural), not one
        kind = noun_kind(m.group(0))
        if kind not in _STRUCTURAL:
            continue
        if _OF_THE_BODY.match(rest, m.end()):
            continue  # "Kinerja sasaran Dinas Sosial": the body's sasaran, all of them
        if _PLURAL_BEFORE.search(rest[:m.start()]) \
                or plural_until >= 0 and not rest[plural_until:m.start()].strip():
            plural_until = m.end()
            continue
        if kind not in kinds and not _IN_GENERAL_AFTER.match(rest, m.end()) \
                and not _IN_GENERAL_BEFORE.search(rest[:m.start()]):
            return True
    return False


# "pencapaian sasaran strategis didukung melalui 2 program": the sasaran in general, no one
# of them (achieved, or the subject of a passive verb)
_IN_GENERAL_AFTER = re.compile(
    r"\s*(?:(?:strategis|program|kegiatan|daerah|utama)\s+)?di[a-z]{3,}\b")
_IN_GENERAL_BEFORE = re.compile(r"\b(?:pencapaian|pelaksanaan|perwujudan|dukungan)\s+$",
                                re.IGNORECASE)


_OF_THE_BODY = re.compile(r"\s+(?:dinas|badan|kantor|balai|biro|bagian|sekretariat|inspektorat|"
                         r"kecamatan|kelurahan|upt\w*|satker|satuan\s+kerja|rumah\s+sakit|"
                         r"perangkat\s+daerah|opd|instansi|organisasi)\b", re.IGNORECASE)
# "tersebar pada empat Sasaran Kegiatan", "seluruh program": several items of the other
# level, not one of them
_PLURAL_BEFORE = re.compile(
    r"\b(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\w+\s+belas|"
    r"\w+\s+puluh|seluruh|semua|para|beberapa|berbagai|masing-masing)\s*$", re.IGNORECASE)


# ---------------------------------------------------------------- binding by name

def _ref_key(number: str) -> str:
    return re.sub(r"\s+", "", number).rstrip(".")


def _numbered_tables(doc: Document) -> dict[str, list[Table]]:
    numbered: dict[str, list[Table]] = {}
    for table in doc.tables:
        m = _CAPTION_NUM.match(table.caption or "")
        if m and "lanjut" not in (table.caption or "").lower():
            numbered.setdefault(_ref_key(m.group("num")), []).append(table)
    return numbered


def _bound_table(doc: Document, index: int, claims: list[_Claim],
                 table_lines: dict[int, Table],
                 numbered: dict[str, list[Table]]) -> tuple[Table, str] | None:
    """The table the sentence names, or the next sentence of its paragraph names.

    A table right below that the sentence points at (``tabel berikut.``) shows what the
    sentence speaks of. A table named by its number may be a wider list than the sentence
    speaks of, so the sentence must not be about one item of another level nor count by
    progress."""
    sentences = doc.sentences
    sentence = sentences[index]
    if (on_sheet := _sheet_named(doc, sentence.text)) is not None \
            and not _counts_a_part(sentence.text, strict=True):
        return on_sheet, "yang dirujuknya"
    named = bool(_TABLE_REF.search(sentence.text))
    if not named and _POINTS_BELOW.search(sentence.text):
        return _named_by(doc, sentence, table_lines, numbered)
    text = _count_clause(sentence.text, claims) if _detailed_below(doc, index, claims) \
        else sentence.text
    if _counts_a_part(text, strict=True):
        return None
    if _about_one_parent(text, claims):
        # "Kegiatan PSR dilaksanakan di 9 kabupaten sebagaimana Tabel 3.8" over "Realisasi
        # Peremajaan Sawit Rakyat (PSR) per Kabupaten": a table of that one item's rows
        found = _named_by(doc, sentence, table_lines, numbered) if named else None
        return found if found is not None and _captioned_by_its_item(text, claims,
                                                                     found[0]) else None
    if named:
        return _named_by(doc, sentence, table_lines, numbered)
    if _intro_closes_line(doc, sentence):
        return None
    if index + 1 >= len(sentences):
        return _plan_table(doc, sentence, claims) or _totalled_table(doc, sentence, claims)
    nxt = sentences[index + 1]
    if nxt.block != sentence.block or nxt.line > sentence.end_line + 1:
        return _plan_table(doc, sentence, claims) or _totalled_table(doc, sentence, claims)
    # The next sentence may name the table, as long as it counts nothing itself.
    # ("Realisasi dan capaian masing-masing IKK disajikan pada Tabel 3.2": each of them)
    if _claims(nxt.text) != [] or _counts_a_part(_EACH_RE.sub(" ", nxt.text), strict=True) \
            or _about_one_parent(nxt.text, [], {c.kind for c in claims}):
        return _plan_table(doc, sentence, claims) or _totalled_table(doc, sentence, claims)
    return _named_by(doc, nxt, table_lines, numbered) or _plan_table(doc, sentence, claims) \
        or _totalled_table(doc, sentence, claims)


_SHEET_LINE_RE = re.compile(r"^Sheet:\s*(.+?)\s*$")


def _captioned_by_its_item(text: str, claims: list[_Claim], table: Table) -> bool:
    """The acronyms the sentence names its one item by before the count (``Kegiatan PSR``)
    all stand in the table's caption, which is then that item's table."""
    before = text[:min(c.span[0] for c in claims)]
    acronyms = set(re.findall(r"\b[A-Z]{2,6}\b", before))
    caption = table.caption or ""
    return bool(acronyms) and all(re.search(rf"\b{a}\b", caption) for a in acronyms)


def _sheet_named(doc: Document, text: str) -> Table | None:
    """``... sebagaimana tercantum pada sheet IKU``: the first table of the workbook's sheet
    the sentence names (a sheet is a workbook's table number)."""
    if not re.search(r"\b(?:sheet|lembar\s+kerja)\b", text, re.IGNORECASE):
        return None
    sheets = [(n, m.group(1)) for n, line in enumerate(doc.lines, start=1)
              if (m := _SHEET_LINE_RE.match(line))]
    lowered = " ".join(text.lower().split())
    named = [(k, n) for k, (n, name) in enumerate(sheets)
             if re.search(rf"\b(?:sheet|lembar\s+kerja)\s+['\"]?{re.escape(name.lower())}\b",
                          lowered)]
    if len(named) != 1:
        return None
    k, start = named[0]
    end = sheets[k + 1][0] if k + 1 < len(sheets) else len(doc.lines) + 1
    tables = [t for t in doc.tables if start < t.first_line < end]
    return tables[0] if tables else None


_PLAN_RE = re.compile(r"\bperjanjian\s+kinerja\b", re.IGNORECASE)


def _plan_table(doc: Document, sentence: Sentence, claims: list[_Claim]) \
        -> tuple[Table, str] | None:
    """``Pengukuran dilakukan terhadap 11 (sebelas) indikator kinerja pada Perjanjian
    Kinerja``: a sentence naming the Perjanjian Kinerja and counting one kind of item speaks
    of the report's one table captioned so (a sentence counting sasaran and indikator
    together, only when that table has a column titled by each)."""
    if not _PLAN_RE.search(sentence.text):
        return None
    tables = [t for t in doc.tables if _PLAN_RE.search(t.caption or "")
              and not re.search(r"lanjutan", t.caption or "", re.IGNORECASE)]
    how = "Perjanjian Kinerja"
    if tables and len(claims) != 1 and not (
            len(tables) == 1 and len(claims) == 2 and _lists_each_kind(tables[0], claims)):
        return None
    if not tables:
        # no table captioned so: the one table captioned by the counted kind's whole name
        # ("memuat 8 Indikator Kinerja Utama (IKU) yang terbagi dalam dua sasaran" beside
        # "Tabel 3.1 Capaian Indikator Kinerja Utama Tahun 2025"), the sasaran it groups
        # them in aside
        named_kind = [c for c in claims if _PLAN_KIND_RE.match(c.phrase)]
        if len(named_kind) != 1 or any(c.kind not in ("sasaran", "tujuan")
                                       for c in claims if c is not named_kind[0]):
            return None
        named = _PLAN_KIND_RE.match(named_kind[0].phrase)
        # (the kind heads the caption's title, "Capaian Indikator Kinerja Utama ...", not
        # "Rincian Output Pendukung Indikator Kinerja Kegiatan": a table of outputs)
        tables = [t for t in doc.tables if named is not None
                  and re.match(rf"\W*(?:tabel\s+[\d.]+\w?\W*)?(?:(?:capaian|pengukuran|"
                               rf"realisasi|target|daftar|rekapitulasi)\s+){{0,2}}"
                               rf"{re.escape(named.group(0))}\b", t.caption or "",
                               re.IGNORECASE)
                  and not re.search(r"lanjutan", t.caption or "", re.IGNORECASE)]
        how = "yang judulnya menyebut jenis itu"
    if len(tables) != 1 or not _numbered_from_one(tables[0]):
        return None
    return tables[0], how


def _lists_each_kind(table: Table, claims: list[_Claim]) -> bool:
    """The table has a column titled by each kind counted (``Sasaran Strategis`` and
    ``Indikator Kinerja Utama``): it lists both, and each count is of its own column."""
    kinds = {c.kind for c in claims}
    titled = {noun_kind(name) for name in table.columns}
    return len(kinds) == len(claims) and kinds <= titled


def _totalled_table(doc: Document, sentence: Sentence, claims: list[_Claim]) \
        -> tuple[Table, str] | None:
    """``Sebanyak 8 unit pelayanan rawat jalan melayani 47.615 kunjungan``: a sentence that
    restates a table's grand total (47.615 on its Jumlah row, in no other table) speaks of
    that table's rows, whose names its count counts."""
    if len(claims) != 1:
        return None
    counted = set(range(*claims[0].span))
    others = [f.figure for f in sentence.figures if f.start not in counted
              and not f.figure.is_percent and f.figure.decimals == 0 and f.figure.value >= 100
              and not is_year(f.figure)]
    if not others:
        return None
    def every_row_counts(table: Table, column: int) -> bool:
        # (a total of a column some rows leave empty, "-", is the total of the others:
        # "kerugian daerah pada 7 obyek dengan nilai Rp X" beside 11 rows)
        return all((f := r.figure(column)) is not None and not f.dash and f.value != 0
                   for r in table.rows if r.kind == "data")

    tables = [t for t in doc.tables
              if any(r.kind == "total" and c.figure is not None and not c.figure.dash
                     and c.figure.value == o.value and every_row_counts(t, c.column)
                     for r in t.rows for c in r.cells for o in others)]
    if len(tables) != 1:
        return None
    return tables[0], "yang jumlahnya dikutip kalimat itu"


# the whole name of a kind of the plan's items, as a caption would print it
_PLAN_KIND_RE = re.compile(r"indikator\s+kinerja\s+(?:utama|kegiatan|program|sasaran\s+strategis)",
                           re.IGNORECASE)


def _numbered_from_one(table: Table) -> bool:
    """The table's rows are numbered 1, 2, 3 ... in its first column without a gap: read
    whole (a table named by no number in the sentence is trusted only so far)."""
    numbers = [int(c.text.strip(" .")) for r in table.rows
               if r.kind == "data" and (c := r.cell(0)) is not None
               and re.fullmatch(r"\d{1,3}\.?", c.text.strip())]
    data = [r for r in table.rows if r.kind == "data"]
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) \
        and len(numbers) == len(data)


_EACH_RE = re.compile(r"\b(?:masing-masing|setiap|tiap-tiap)\b", re.IGNORECASE)


def _named_by(doc: Document, sentence: Sentence, table_lines: dict[int, Table],
              numbered: dict[str, list[Table]]) -> tuple[Table, str] | None:
    if _TABLE_RANGE.search(sentence.text):
        return None
    if _TABLE_REF.search(sentence.text):
        table = _the_table_named(sentence.text, numbered)
        return (table, "yang dirujuknya") if table is not None else None
    if _POINTS_BELOW.search(sentence.text):
        last = _paragraph_end(doc, sentence)
        table = _table_below(doc, last.end_line, table_lines) if last is not None else None
        if table is not None:
            return table, "yang mengikutinya"
    return None


def _sentence_index(doc: Document) -> dict[int, int]:
    """Each sentence's place in the document (by identity), worked out once per document."""
    memo = doc.__dict__.get("_sentence_index")
    if memo is None:
        memo = doc.__dict__["_sentence_index"] = {id(s): i for i, s in enumerate(doc.sentences)}
    return memo


def _paragraph_end(doc: Document, sentence: Sentence) -> Sentence | None:
    """The sentence that closes the paragraph a pointing sentence (``... sebagaimana tabel
    berikut.``) stands in, when the sentences after it in that paragraph count nothing and
    name no table (``Target dan realisasi triwulanan bersifat tidak kumulatif.``): the table
    below that paragraph is the one pointed at."""
    at = _sentence_index(doc).get(id(sentence))
    if at is None:
        return None
    last = sentence
    for nxt in doc.sentences[at + 1:]:
        if nxt.block != sentence.block or nxt.line > last.end_line + 1:
            break
        if _claims(nxt.text) or _TABLE_REF.search(nxt.text):
            return None
        last = nxt
    return last if _closes_line(doc, last) else None


def _the_table_named(text: str, numbered: dict[str, list[Table]]) -> Table | None:
    """The one table the text names by number (``Tabel 3.7``), when that number is unique in
    the document; None when it names none, several, or an ambiguous one."""
    refs = {_ref_key(m.group("num")) for m in _TABLE_REF.finditer(text)}
    if len(refs) != 1:
        return None
    tables = numbered.get(refs.pop(), [])
    return tables[0] if len(tables) == 1 else None


def _table_below(doc: Document, line: int, table_lines: dict[int, Table]) -> Table | None:
    """The table right below a line: blank lines and a caption (with its title line) aside."""
    text_lines = 0
    for n in range(line + 1, min(len(doc.lines), line + 2 + _MAX_GAP) + 1):
        if n in table_lines:
            return table_lines[n]
        text = doc.line_text(n).strip()
        if not text:
            continue
        text_lines += 1
        if text_lines == 1 and not _CAPTION_NUM.match(text):
            return None
        if text_lines > 2 or len(text) > 120:
            return None
    return None


# ---------------------------------------------------------------- items of a table

_INDICATOR_TITLE_RE = re.compile(r"(?<=\S )(?=indikator\b)", re.IGNORECASE)


def _column_kinds(name: str) -> list[tuple[str, str]]:
    """(kind, phrase) for each part of a column name: ``Tujuan/Sasaran Program`` → tujuan,
    sasaran."""
    out = []
    for part in re.split(r"[/|]", name):
        whole = part.strip()
        part = _COLUMN_PREFIX.sub("", whole)
        kind = _kind(part)
        if kind is None and re.match(r"jenis\s+\w", whole, re.IGNORECASE):
            # "Jenis Publikasi" over a list of publication types: "8 jenis publikasi"
            kind, part = "jenis", whole
        if kind is not None:
            out.append((kind, part))
    return out


def _subtype(phrase: str, kind: str) -> str | None:
    """What set of the family a phrase names: ``indikator kinerja utama`` → utama, ``IKK`` →
    kegiatan; None when it does not say."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
    if not words:
        return None
    if words[0] in _ACRONYM_SUBTYPES:
        return _ACRONYM_SUBTYPES[words[0]]
    rest = words[1:]
    if rest and rest[0] == "kinerja":
        rest = rest[1:]
    if kind == "subkegiatan" or not rest:
        return None
    return _SUBTYPE_WORDS.get(rest[0])


def _item_column(table: Table, claim: _Claim) -> tuple[int, str] | None:
    """The column whose cells are the items counted, and the phrase that names them."""
    columns = []
    for c, name in enumerate(table.columns):
        kinds = _column_kinds(name)
        if claim.kind != "indikator" and any(kind == claim.kind for kind, _ in kinds) and any(
                _kind(part) == "indikator" for part in _INDICATOR_TITLE_RE.split(name)[1:]):
            # "No Sasaran Strategis Indikator Kinerja": two titles pasted into one, the
            # sasaran printed again on every indicator's row
            return None
        if any(kind == claim.kind for kind, _ in kinds):
            others = {kind for kind, _ in kinds} - {claim.kind}
            if others and not (claim.kind == "indikator" and others <= {"sasaran", "tujuan"}):
                # "Program/Kegiatan": two levels in one column ("Sasaran / Indikator" is
                # counted when its sasaran rows are headings: see _table_items)
                return None
            columns.append((c, next(p for k, p in kinds if k == claim.kind)))
    if len(columns) > 1:
        return None
    if columns:
        return columns[0]
    if claim.kind in _listed_nouns(table):
        # "Tema Investigasi" under a caption "Investigasi atas ...": the one text column
        # its title names
        titled = [c for c, name in enumerate(table.columns)
                  if re.search(rf"\b{re.escape(claim.kind)}\b", name, re.IGNORECASE)
                  and _is_text_column(table, c)]
        if len(titled) == 1:
            return titled[0], claim.kind
    # "5 (lima) jenis kegiatan sebagaimana Tabel 2.9" over its one column of words titled
    # "Uraian": the kinds of thing its rows describe
    described = [c for c in range(table.width) if c < len(table.columns)
                 and _DESCRIBED_RE.match(table.columns[c]) and _is_text_column(table, c)]
    words = [c for c in range(table.width) if _is_text_column(table, c)
             and not (c < len(table.columns) and ASIDE_COLUMN_RE.match(table.columns[c]))]
    if claim.kind == "jenis" and len(described) == 1 and words == described:
        return described[0], claim.phrase
    # A caption "... per Kejuruan" over a table with one column of words.
    m = _LISTED_BY_RE.search(table.caption or "")
    if not m or _kind(m.group(1)) != claim.kind and claim.kind not in _listed_nouns(table):
        return None
    text_columns = [c for c in range(table.width) if _is_text_column(table, c)]
    if len(text_columns) != 1:
        return None
    return text_columns[0], m.group(1)


_DESCRIBED_RE = re.compile(r"\W*(?:uraian|rincian)\s*$", re.IGNORECASE)
_LISTED_BY_RE = re.compile(
    r"\b(?:per|menurut|berdasarkan)\s+((?:sub\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?)", re.IGNORECASE)


def _listed_nouns(table: Table) -> set[str]:
    """The one-word noun a table's caption says it lists its rows by (``Jumlah Pegawai
    Berdasarkan Jabatan``), when one column of words holds them; or the caption's first word
    when a column of words is titled by it too (``Tabel 3.8 Investigasi atas Prakarsa
    Sendiri`` over ``Tema Investigasi``): a count of that noun in a sentence naming the
    table counts its rows, whatever the noun; or the one word titling its one column of
    words that the caption names too (``Harga Rata-rata Komoditas Pokok`` over
    ``Komoditas``)."""
    caption = table.caption or ""
    m = _LISTED_BY_RE.search(caption)
    if m:
        # "per Kelurahan/Desa": rows of two kinds, counted only by both ("8 kelurahan/desa",
        # not "3 kelurahan dan 5 desa")
        other = re.match(r"/[A-Za-z]+", caption[m.end(1):]) if " " not in m.group(1) else None
        noun = m.group(1).split()[0].lower() + (other.group(0).lower() if other else "")
        texts = [c for c in range(table.width) if _is_text_column(table, c)]
        # the one column of words, or of several the one its title names ("per Trayek"
        # over "Kawasan Hutan dan Trayek Batas" beside "Kabupaten" and "Fungsi")
        if len(texts) == 1 or len([c for c in texts if c < len(table.columns) and re.search(
                rf"\b{re.escape(noun)}\b", table.columns[c], re.IGNORECASE)]) == 1:
            return {noun}
    texts = [c for c in range(min(table.width, len(table.columns)))
             if _is_text_column(table, c)]
    title = table.columns[texts[0]].strip().lower() if len(texts) == 1 else ""
    if re.fullmatch(r"[a-z]{4,}", title) and re.search(rf"\b{title}\b", caption, re.IGNORECASE):
        # "Harga Rata-rata Komoditas Pokok" over its one column of words, "Komoditas"
        return {title}
    head = re.match(r"\W*(?i:tabel|table)\s+\S+\s+([A-Za-z]{4,})\b", caption)
    if head is None:
        return set()
    word = head.group(1).lower()
    titled = [c for c in range(table.width) if c < len(table.columns)
              and re.search(rf"\b{word}\b", table.columns[c], re.IGNORECASE)
              and _is_text_column(table, c)]
    return {word} if len(titled) == 1 else set()


def _named_next(doc: Document, index: int, numbered: dict[str, list[Table]]) -> Table | None:
    """The table the next sentence of the paragraph names (``... dari 8 komoditas. Rincian
    produksi per komoditas disajikan pada Tabel 3.4.``)."""
    if index + 1 >= len(doc.sentences):
        return None
    sentence, nxt = doc.sentences[index], doc.sentences[index + 1]
    if nxt.block != sentence.block or nxt.line > sentence.end_line + 1:
        return None
    return _the_table_named(nxt.text, numbered)


def _pointed_at(doc: Document, index: int, table_lines: dict[int, Table]) -> Table | None:
    """The table below the paragraph that the sentence, or a sentence after it in its
    paragraph, points at (``Rincian investigasi disajikan pada tabel berikut.``)."""
    sentence = doc.sentences[index]
    for nxt in doc.sentences[index:index + 3]:
        if nxt.block != sentence.block:
            break
        if _POINTS_BELOW.search(nxt.text):
            last = _paragraph_end(doc, nxt)
            return _table_below(doc, last.end_line, table_lines) if last is not None else None
    return None


def _is_text_column(table: Table, column: int) -> bool:
    cells = [cell for row in table.rows if row.kind == "data"
             if (cell := row.cell(column)) is not None and cell.text.strip()]
    if not cells or any(c.figure is not None for c in cells):
        return False
    return any(len(c.text.split()) > 1 for c in cells)


def _numbering_continues(last: Table, nxt: Table) -> bool:
    """The first numbered row of ``nxt`` follows the last numbered row of ``last``."""
    def numbers(table: Table) -> list[int]:
        return [int(t) for r in table.rows if r.cells
                and re.fullmatch(r"\d{1,3}", t := r.cells[0].text.strip(" .*"))]
    before, after = numbers(last), numbers(nxt)
    return bool(before) and bool(after) and after[0] == before[-1] + 1


def _continuations(doc: Document, table: Table) -> list[Table]:
    """Caption-less pieces after page breaks that repeat the table's header."""
    pieces = []
    tables = doc.tables
    at = next((i for i, t in enumerate(tables) if t is table), None)
    if at is None:
        return pieces
    last = table
    for nxt in tables[at + 1:]:
        # (a piece whose repeated header the reader set aside, numbered on from the last,
        # "7" after "6", may stand further: page furniture and the header between)
        numbered_on = nxt.width == table.width and not any(nxt.columns) \
            and _numbering_continues(last, nxt)
        if nxt.first_line - last.last_line > (_MAX_SPLIT_GAP + 1) * (2 if numbered_on else 1):
            break
        if nxt.caption is not None and "lanjut" not in nxt.caption.lower():
            break
        if (_norm(nxt.columns) != _norm(table.columns) or not any(table.columns)) \
                and not numbered_on:
            break
        gap = [doc.line_text(n).strip() for n in range(last.last_line + 1, nxt.first_line)
               if n != nxt.caption_line]
        gap = [" ".join(t.split()) for t in gap if t]  # (a layout's padding is no text)
        if len(gap) > (8 if numbered_on else 4) or any(
                len(t) > 100 or _CAPTION_NUM.match(t) or _HEADING_RE.match(t) for t in gap):
            break
        pieces.append(nxt)
        last = nxt
    return pieces


# ("SS 1:", "SK 2.", "SP 3": a sasaran strategis, kegiatan or program by its initials)
_HEADING_ROW_RE = re.compile(r"^\W*(?:(?:sasaran|tujuan|misi)(?:\s+(?:strategis|program|kegiatan))?"
                             r"\s*\d*|s[skp]\s*\d{1,2})\s*[:.]", re.IGNORECASE)


def _norm(texts: list[str]) -> list[str]:
    return [re.sub(r"\s+", " ", t).strip().lower() for t in texts]


def _table_items(doc: Document, table: Table, claim: _Claim,
                 how: str = "yang mengikutinya", text: str = "") -> _Items | None:
    """The items of the table's column that names the claim's kind; None when the table is
    not plainly a list of them."""
    found = _item_column(table, claim)
    if found is None:
        return None
    if any(c.figure is not None and c.figure.value == claim.count
           for r in table.rows if r.kind == "total" for c in r.cells):
        return None  # "31 kegiatan pembinaan, sebagaimana Tabel 3.4": its Frekuensi total
    column, phrase = found
    mine = _subtype(claim.phrase, claim.kind)
    theirs = {_subtype(phrase, claim.kind)} | _caption_subtypes(table.caption or "", claim.kind)
    if mine is not None and theirs - {None, mine}:
        return None  # "indikator kinerja utama" against a table of indikator kinerja kegiatan
    if not _same_period(text, table):
        return None
    header = {t for t in _norm([h[column].text for h in table.header if column < len(h)]) if t}
    header.add(_norm([table.columns[column]])[0])
    numbered_in_cell = bool(re.match(r"no\.?\s", table.columns[column], re.IGNORECASE))
    items: list[tuple[int, str, int | None]] = []  # line, text, sequence number
    opens: list[bool] = []  # whether a name stands between the item's number and its text
    last_number = 0
    for piece in [table, *_continuations(doc, table)]:
        for row in piece.rows:
            cell = row.cell(column)
            if row.kind != "group" and (cell is None or not cell.text.strip()) \
                    and _row_number(row, column) is not None:
                return None  # a numbered row with no item in the column: misread, uncounted
            if row.kind == "group" or cell is None or not cell.text.strip() \
                    or cell.figure is not None or _NOTE_RE.match(cell.text):
                continue
            key = _norm([cell.text])[0]
            if key in header:
                continue  # a header repeated after a page break
            number = _row_number(row, column)
            if number is None and numbered_in_cell and (m := _NUMBER_IN_CELL_RE.match(cell.text)):
                # "3 Jumlah kunjungan kapal" under "No Indikator Kinerja": a pasted row's
                # number printed in its item's cell
                number = int(m.group(1))
            if number is None and _HEADING_ROW_RE.match(cell.text) \
                    and all(c.figure is None for c in row.cells):
                continue  # "Sasaran 1: ..." over its indicators: a heading, not an item
            if (row.kind == "total" or is_total_label(cell.text)
                    or row is piece.rows[-1] and _sums_the_rows_above(piece)) \
                    and (number is None or number != last_number + 1):
                continue  # a total; "5 | Jumlah lulusan" numbered on is an item named so
            last_number = number if number is not None else last_number
            if items and _norm([items[-1][1]])[0] == key:
                continue  # a merged cell printed on every row
            if items and cell.text.lstrip()[:1].islower() \
                    and not any(c.text.strip() for c in row.cells[:column]):
                continue  # "meteorologi penerbangan ..." under "SS1 | Meningkatnya ...": the
                # cell above wrapped onto this row, its code cell blank
            items.append((row.line, cell.text, number))
            opens.append(_named_between(row, column))
    numbers = [n for _, _, n in items]
    numbered = len(numbers) - next((k for k, n in enumerate(reversed(numbers)) if n is not None),
                                   len(numbers))
    if numbered >= 2 and numbers[:numbered] == list(range(1, numbered + 1)) \
            and numbered < len(items):
        # "Nilai Kinerja Organisasi (NKO)" unnumbered under the numbered rows: a summary of
        # them, as a total is
        items, opens, numbers = items[:numbered], opens[:numbered], numbers[:numbered]
    if numbers != list(range(1, len(items) + 1)) and any(opens) and all(
            (n is not None) == o for n, o in zip(numbers, opens, strict=True)):
        # numbered exactly where a sasaran's name opens a group merged down beside its
        # indicators: the numbers are the sasaran's, the items go unnumbered
        items = [(line, text, None) for line, text, _ in items]
    if not items or not _plain_list(items, claim):
        return None
    lines = [line for line, _, _ in items]
    return _Items(len(lines), f"{_short_name(table)} {how}", lines, table.caption,
                  table_rows=True)


_NUMBER_IN_CELL_RE = re.compile(r"(\d{1,3})[.)]?\s+(?=[A-Za-z])")


def _sums_the_rows_above(table: Table) -> bool:
    """The last row holds, in some column, the sum of the three or more rows above it
    (``Keseluruhan | 520`` under 64, 18, 412 and 26; ``Nilai IKPA | 100 | | 95,47``): a
    total by its figures, whatever its label says."""
    rows = [r for r in table.rows if r.kind == "data"]
    if len(rows) < 4 or rows[-1] is not table.rows[-1]:
        return False
    last, above = rows[-1], rows[:-1]
    for cell in last.cells:
        fig = cell.figure
        if fig is None or fig.dash or fig.value <= 0 or fig.is_percent:
            continue
        parts = [r.figure(cell.column) for r in above]
        if all(p is not None and not p.dash and p.decimals == fig.decimals for p in parts) \
                and sum((p.value for p in parts if p is not None), Decimal(0)) == fig.value:
            return True
    return False


def _short_name(table: Table) -> str:
    """``Tabel 3.7`` from the caption's number, or ``tabel`` when it has none."""
    m = _CAPTION_NUM.match(table.caption or "")
    return f"Tabel {_ref_key(m.group('num'))}" if m else "tabel"


_LEAD_CODE_RE = re.compile(r"^(?:[A-Z]{2,3}|\d{3,4}(?:\.[0-9A-Z]{2,4}){0,3})\s+(?=[A-Z])")


def _plain_list(items: list[tuple[int, str, int | None]], claim: _Claim) -> bool:
    """Whether the rows read as one flat list of the items counted."""
    texts = [_norm([text])[0] for _, text, _ in items]
    if len(set(texts)) != len(texts):
        return False  # the same item twice apart: per year, per unit ...
    # ("WA Program Dukungan Manajemen", "4352 Penyelenggaraan ...": a row's kind is read past
    # the budget code it opens with)
    kinds = [_kind(_LEAD_CODE_RE.sub("", text.strip("*_ "))) for _, text, _ in items]
    # (types of a thing are named however the thing is: "Indikator Kesejahteraan Rakyat" is
    # a type of publication, no indicator)
    if claim.kind != "jenis" and any(k in _STRUCTURAL and k != claim.kind for k in kinds):
        return False  # rows of another level: not the list counted
    if claim.kind in kinds and kinds.count(claim.kind) != len(kinds):
        return False  # "Bidang A", "Bidang B", "Sekretariat": not all rows are the items
    named = set(re.findall(r"\(([A-Z]{2,8})\)", claim.phrase))
    led = [bool(t.split()) and t.split()[0].strip("*_") in named for _, t, _ in items]
    if any(led) and not all(led):
        return False  # "2 (dua) ... (UPTD)" beside rows of bidang and "UPTD ..." rows
    markers = {(m[0] if (m := list_marker(text)) else None) for _, text, _ in items}
    if len(markers) > 1:
        return False  # items and sub-items ("a.", "-") in one column
    numbers = [n for _, _, n in items]
    if any(n is not None for n in numbers):
        # Numbered rows must be numbered 1..n, each once: a row without its number is a
        # wrapped line or a sub-item, a restart is a nested list.
        return numbers == list(range(1, len(items) + 1))
    return True


def _row_number(row: Row, column: int) -> int | None:
    """The row's sequence number, in a cell left of the item column (``No``)."""
    for cell in row.cells[:column]:
        if m := re.fullmatch(r"(\d{1,3})[.)]", cell.text.strip()):
            return int(m.group(1)) or None  # "8." as the No column prints it
        figure = cell.figure
        if figure is not None and figure.decimals == 0 and figure.unit is None \
                and not figure.dash and 1 <= figure.value <= 999:
            return int(figure.value)
    return None


def _named_between(row: Row, column: int) -> bool:
    """A name between the row's number and its item (``1 | Meningkatnya ... | Persentase
    ...``): the row opens a group merged down beside the items."""
    cells = row.cells[:column]
    first = next((k for k, c in enumerate(cells) if c.text.strip()), None)
    return first is not None and any(re.search(r"[A-Za-z]{3}", c.text)
                                      for c in cells[first + 1:])


_COMPARES_RE = re.compile(r"\b(?:dibanding\w*|meningkat\w*|menurun\w*|naik|turun|perbaikan|"
                          r"penurunan|peningkatan|lebih|melampaui|melebihi|tercapai|mencapai|"
                          r"berhasil|belum|tidak|di\s+(?:atas|bawah))\b", re.IGNORECASE)


_PERIOD_RE = re.compile(r"\b20\d\d\s*(?:[-–—/]|s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*20\d\d\b",
                        re.IGNORECASE)


def _same_period(text: str, table: Table) -> bool:
    """A sentence about one year is not judged against a table that compares years (unless
    its caption names that year alone: ``Capaian IKU Tahun 2025`` beside the realisations of
    2023 and 2024), nor against a table captioned with other years."""
    # (a period is not a year spoken of: "Renstra Tahun 2021-2026")
    said = set(_YEAR_RE.findall(_PERIOD_RE.sub(" ", text)))
    if not said:
        return True
    in_columns = {y for name in table.columns for y in _YEAR_RE.findall(name)}
    in_caption = set(_YEAR_RE.findall(table.caption or ""))
    if len(in_columns) > 1 and not (in_caption == said and len(said) == 1
                                    and not _COMPARES_RE.search(text)):
        # "Tahun 2024 | Tahun 2025" over the same rows: the sentence's year is one of them
        # and every row has its figures in that year's columns (no indicator of one year only)
        # (never a count that compares: "11 IKK mengalami perbaikan dibandingkan tahun 2024"
        # counts some rows of such a table)
        own = [c for c, name in enumerate(table.columns) if set(_YEAR_RE.findall(name)) & said]
        return bool(own) and said <= in_columns and not _COMPARES_RE.search(text) and all(
            (f := row.figure(c)) is not None and not f.dash
            for row in table.rows if row.kind == "data" for c in own)
    return not in_caption or bool(in_caption & said)


def _caption_subtypes(caption: str, kind: str) -> set[str | None]:
    """The sets of the family a caption names: ``Capaian Indikator Kinerja Kegiatan`` →
    kegiatan."""
    words = list(re.finditer(r"[A-Za-z]+", caption))
    out: set[str | None] = set()
    for m in words:
        if _kind(m.group(0)) == kind:
            out.add(_subtype(caption[m.start():], kind))
    return out


# ---------------------------------------------------------------- items of a list

def _items_after(doc: Document, line: int, claim: _Claim,
                 table_lines: dict[int, Table]) -> _Items | None:
    """What the sentence on ``line`` introduces, counted."""
    n = line + 1
    gap = 0
    while n <= len(doc.lines) and gap <= _MAX_GAP:
        text = doc.line_text(n)
        if n in table_lines:
            return _table_items(doc, table_lines[n], claim)
        if text.strip():
            if list_marker(text) is not None:
                return _list_items(doc, line, n, claim, table_lines)
            return None
        n += 1
        gap += 1
    return None


def _list_items(doc: Document, claim_line: int, first: int, claim: _Claim,
                table_lines: dict[int, Table]) -> _Items | None:
    marker = list_marker(doc.line_text(first))
    if marker is None:
        return None
    style, number, _ = marker
    numbered = number is not None
    if numbered and number != 1:
        return None
    parent = list_marker(doc.line_text(claim_line))
    items: list[tuple[int, str]] = []
    n = first
    # Compact list: items and blank lines only.
    while n <= len(doc.lines):
        text = doc.line_text(n)
        if n in table_lines:
            break
        if text.strip():
            m = list_marker(text)
            if m is None:
                break
            if m[0] == style:
                if numbered and m[1] != len(items) + 1:
                    return None
                items.append((n, m[2]))
        n += 1
    end = n
    if numbered:
        # Does the numbering go on after a paragraph? Then follow it through the section,
        # but only under a parent item that bounds the section.
        more = _continued(doc, end, style, len(items) + 1, parent, table_lines)
        if more is None:
            return None
        if more:
            if parent is None or parent[0] == style:
                return None
            items.extend(more)
    elif _bullet_resumes(doc, end, style, table_lines):
        return None
    if len(items) < 2 and end <= len(doc.lines):
        # One item and then prose: more likely an item with its explanation than a list.
        return None
    if not items or not _same_kind(items, claim):
        return None
    # "1 Sekretariat, 4 Bidang, serta Kelompok Jabatan Fungsional, yaitu:" over one item per
    # unit: the count is of the items that begin with its noun, when only some do.
    noun = claim.noun.lower()
    named = [(n, t) for n, t in items if t.strip("*_ ").lower().startswith(noun)]
    others = [t for n, t in items if (n, t) not in named]
    intro = doc.line_text(claim_line).lower()
    if named and others and all(
            (w := re.findall(r"[a-z]+", t.lower())) and re.search(rf"\b{w[0]}\b", intro)
            for t in others):
        items = named  # each other item is a part the sentence names besides the counted
    # "5 (lima) unit eselon III serta Kelompok Jabatan Fungsional, yaitu:" over six items:
    # an item the sentence names in full besides the count is not one of the counted
    besides = [(n, t) for n, t in items if len(key := _item_key(t)) >= 8 and key in intro]
    if besides and len(besides) < len(items):
        items = [i for i in items if i not in besides]
    return _Items(len(items), "daftar yang mengikutinya", [i for i, _ in items])


def _item_key(text: str) -> str:
    """A list item's words, without its closing punctuation and the ``dan`` that ends it."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    while words and words[-1] in ("dan", "serta", "atau"):
        words.pop()
    return " ".join(words)


def _stops(text: str, parent: tuple[str, int | None, str] | None) -> bool:
    if _HEADING_RE.match(text):
        return True
    m = list_marker(text)
    return parent is not None and m is not None and m[0] == parent[0]


def _continued(doc: Document, start: int, style: str, expect: int,
               parent: tuple[str, int | None, str] | None,
               table_lines: dict[int, Table]) -> list[tuple[int, str]] | None:
    """Items of the same numbering after ``start`` up to the section's end; None when the
    numbering breaks (a nested list in the same style makes the count a guess)."""
    found: list[tuple[int, str]] = []
    for n in range(start, min(len(doc.lines), start + _SEARCH_LIMIT) + 1):
        text = doc.line_text(n)
        if n in table_lines or not text.strip():
            continue
        if _stops(text, parent):
            return found
        m = list_marker(text)
        if m is None or m[0] != style:
            continue
        if m[1] == expect:
            found.append((n, m[2]))
            expect += 1
        elif m[1] == 1 and not found and parent is None:
            # A new list of the same style: the one counted has ended. Under a parent item
            # the restart may as well be a nested list inside the first item: no verdict.
            return found
        else:
            return None
    # No end of section in sight: only a list that did not go on is safe.
    return found if not found else None


def _bullet_resumes(doc: Document, start: int, style: str,
                    table_lines: dict[int, Table]) -> bool:
    """A bulleted list broken by one paragraph and then resumed: its length is a guess."""
    seen_text = 0
    for n in range(start, min(len(doc.lines), start + 6) + 1):
        text = doc.line_text(n)
        if n in table_lines or not text.strip():
            continue
        m = list_marker(text)
        if m is not None and m[0] == style:
            return True
        seen_text += 1
        if seen_text > 1:
            return False
    return False


def _same_kind(items: list[tuple[int, str]], claim: _Claim) -> bool:
    """Items that name another kind of thing (``Program ...`` under kegiatan) are not the
    items counted."""
    other = 0
    for _, text in items:
        kind = noun_kind(text.strip("*_ "))
        if kind in _STRUCTURAL and kind != claim.kind:
            other += 1
    return other == 0


# ---------------------------------------------------------------- lists of codes

def _code_lists(doc: Document) -> dict[str, tuple[int, list[int], Table, str]]:
    """Code prefix → (N, lines, table, printed range) when the tables number that code
    1..N, every table that numbers it from 1 on holds all N in order, and no table goes
    beyond N."""
    per_table: dict[str, list[tuple[Table, list[tuple[int, int, str]]]]] = {}
    for table in doc.tables:
        # one pass over the cells a table has (a ragged table's width times its rows can be
        # far more), column by column in row order
        found: dict[tuple[int, str], list[tuple[int, int, str]]] = {}
        for row in table.rows:
            for cell in row.cells:
                text = cell.text.strip(" *_")
                m = _CODE_RE.match(text)
                if m:
                    found.setdefault((cell.column, m.group("prefix")), []).append(
                        (int(m.group("num")), row.line, text))
        for (_, prefix), numbers in sorted(found.items(), key=lambda kv: kv[0][0]):
            per_table.setdefault(prefix, []).append((table, numbers))
    lists: dict[str, tuple[int, list[int], Table, str]] = {}
    for prefix, pieces in per_table.items():
        full = [(t, nums) for t, nums in pieces
                if [n for n, _, _ in nums] == list(range(1, len(nums) + 1)) and len(nums) >= 2]
        if not full or len({len(nums) for _, nums in full}) != 1:
            continue  # no complete list, or two complete lists of different lengths
        top = len(full[0][1])
        if any(n > top for _, nums in pieces for n, _, _ in nums):
            continue
        table, nums = next((t, nums) for t, nums in full if len(nums) == top)
        lists[prefix] = (top, [line for _, line, _ in nums], table,
                         f"{nums[0][2]}–{nums[-1][2]}")
    return lists


def _acronyms(phrase: str) -> set[str]:
    """``Sasaran Program`` → SP, ``indikator kinerja kegiatan`` → IK, IKK; ``IKU`` → IKU."""
    words = phrase.split()
    out = set()
    if words and words[0].isupper() and len(words[0]) >= 2:
        out.add(words[0])
    for k in range(2, min(4, len(words)) + 1):
        out.add("".join(w[0] for w in words[:k]).upper())
    return out


def _code_items(claim: _Claim, codes: dict[str, tuple[int, list[int], Table, str]],
                text: str) -> _Items | None:
    matches = [p for p in _acronyms(claim.phrase) if p in codes]
    if len(matches) != 1:
        return None
    prefix = matches[0]
    if _kind(prefix) not in (None, claim.kind):
        return None
    top, lines, table, printed = codes[prefix]
    said, captioned = set(_YEAR_RE.findall(text)), set(_YEAR_RE.findall(table.caption or ""))
    if said and captioned and not said & captioned:
        return None  # the sentence speaks of another year than the table
    return _Items(top, f"daftar kode {printed} di {table.name}", lines, table.caption)


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Jumlah butir yang disebut kalimat sama dengan daftar/tabel yang dirujuknya.",
    summary_en="The number of items a sentence states equals the list/table it refers to.",
    doc=__doc__ or "",
    doc_id=DOC_ID,
    run=check,
)
