#!/usr/bin/env python3
"""Write a large synthetic but realistic LKjIP for benchmarking ``audit check``.

The report is a consolidated provincial LKjIP: one chapter per perangkat daerah, each with the
tables and prose of the sample reports (staff by position with group sub-totals, by education
with percentages, by unit and sex as a tab-separated table, the capaian table of the indicators
with a scale category, a 2023-2025 comparison, the budget per programme and kegiatan with bold
programme rows, sometimes tab-separated) and paragraphs restating their figures: capaian,
percentages of staff, pagu and realisasi with the amount in words, counts of indicators.

Every figure is consistent (totals foot, percentages recompute with half-up rounding, prose
restates the tables, words match digits) except for a few seeded discrepancies
(``--error-rate``, default 2 % of chapters get one), so the run exercises the clean path and
the finding path the way a real report does. Deterministic for a given ``--seed``.

    python bench/generate.py --lines 50000 --out /tmp/bench        # -> /tmp/bench/lkjip_50000.md
    python bench/generate.py --lines 50000 --files 10 --out DIR     # ten reports of 5000 lines
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

# --------------------------------------------------------------------------- numbers

_ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
         "sepuluh", "sebelas"]


def _below_thousand(n: int) -> str:
    if n < 12:
        return _ONES[n]
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    if n < 100:
        tens, rest = divmod(n, 10)
        return f"{_ONES[tens]} puluh {_ONES[rest]}".strip()
    hundreds, rest = divmod(n, 100)
    head = "seratus" if hundreds == 1 else f"{_ONES[hundreds]} ratus"
    return f"{head} {_below_thousand(rest)}".strip()


def terbilang(n: int) -> str:
    """Indonesian number words: 1.250 -> 'seribu dua ratus lima puluh'."""
    if n == 0:
        return "nol"
    words: list[str] = []
    for value, name in ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"),
                        (10**3, "ribu")):
        count, n = divmod(n, value)
        if count:
            words.append("seribu" if value == 1000 and count == 1
                         else f"{_below_thousand(count)} {name}")
    if n:
        words.append(_below_thousand(n))
    return " ".join(words)


def thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def pct(numerator: int | Decimal, denominator: int | Decimal, places: int = 2) -> Decimal:
    value = Decimal(numerator) * 100 / Decimal(denominator)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def dec(value: Decimal) -> str:
    """Indonesian decimal: 1234.5 -> '1.234,50' (two places kept as printed)."""
    whole, _, frac = f"{value:.2f}".partition(".")
    return f"{thousands(int(whole))},{frac}"


# --------------------------------------------------------------------------- vocabulary

SECTORS = [
    ("Dinas Pendidikan", "1.01", "peserta didik", ["Pengelolaan Pendidikan Sekolah Menengah Atas",
     "Pengelolaan Pendidikan Khusus", "Pendidik dan Tenaga Kependidikan"]),
    ("Dinas Kesehatan", "1.02", "pasien", ["Pemenuhan Upaya Kesehatan Perorangan",
     "Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", "Sediaan Farmasi dan Alat Kesehatan"]),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "1.03", "kilometer", [
     "Pengelolaan Sumber Daya Air", "Penyelenggaraan Jalan", "Pengembangan Sistem Drainase"]),
    ("Dinas Perumahan dan Kawasan Permukiman", "1.04", "unit", [
     "Pengembangan Perumahan", "Kawasan Permukiman", "Peningkatan Prasarana Permukiman"]),
    ("Dinas Sosial", "1.06", "keluarga", ["Rehabilitasi Sosial", "Perlindungan dan Jaminan Sosial",
     "Penanganan Bencana"]),
    ("Dinas Tenaga Kerja", "2.07", "orang", ["Pelatihan Kerja dan Produktivitas Tenaga Kerja",
     "Penempatan Tenaga Kerja", "Hubungan Industrial"]),
    ("Dinas Ketahanan Pangan", "2.09", "kelompok", [
     "Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
     "Penanganan Kerawanan Pangan", "Pengawasan Keamanan Pangan"]),
    ("Dinas Lingkungan Hidup", "2.11", "sampel", [
     "Pengendalian Pencemaran dan Kerusakan Lingkungan", "Pengelolaan Keanekaragaman Hayati",
     "Pengelolaan Persampahan"]),
    ("Dinas Perhubungan", "2.15", "trayek", ["Penyelenggaraan Lalu Lintas dan Angkutan Jalan",
     "Pengelolaan Pelayaran", "Pengujian Kendaraan Bermotor"]),
    ("Dinas Komunikasi dan Informatika", "2.16", "layanan", ["Informasi dan Komunikasi Publik",
     "Aplikasi Informatika", "Penyelenggaraan Persandian"]),
    ("Dinas Koperasi dan Usaha Kecil Menengah", "2.17", "koperasi", [
     "Pengawasan dan Pemeriksaan Koperasi", "Pemberdayaan Usaha Menengah dan Kecil",
     "Pengembangan UMKM"]),
    ("Dinas Perpustakaan dan Kearsipan", "2.23", "judul", ["Pembinaan Perpustakaan",
     "Pengelolaan Arsip", "Perlindungan dan Penyelamatan Arsip"]),
    ("Dinas Kelautan dan Perikanan", "3.25", "ton", [
     "Pengelolaan Kelautan, Pesisir dan Pulau-Pulau Kecil", "Pengelolaan Perikanan Tangkap",
     "Pengelolaan Perikanan Budidaya"]),
    ("Dinas Pariwisata", "3.26", "kunjungan", ["Peningkatan Daya Tarik Destinasi Pariwisata",
     "Pemasaran Pariwisata", "Pengembangan Ekonomi Kreatif"]),
    ("Dinas Pertanian", "3.27", "hektare", ["Penyediaan dan Pengembangan Sarana Pertanian",
     "Penyediaan dan Pengembangan Prasarana Pertanian", "Penyuluhan Pertanian"]),
]
REGIONS = ["Wilayah I", "Wilayah II", "Wilayah III", "Wilayah IV", "Kepulauan", "Pesisir Utara",
           "Pesisir Selatan", "Pegunungan Tengah", "Lembah Barat", "Dataran Timur"]
INDICATOR_FORMS = [
    ("Persentase {obj} yang {pred}", "%"),
    ("Cakupan {obj} yang {pred}", "%"),
    ("Indeks kepuasan {obj}", "indeks"),
    ("Nilai kinerja {obj}", "nilai"),
    ("Jumlah {obj} yang {pred}", "{unit}"),
]
OBJECTS = ["layanan {sector}", "sarana {sector}", "kelompok sasaran {sector}",
           "desa binaan {sector}", "kegiatan pengawasan {sector}", "data {sector}",
           "fasilitas {sector} di {region}", "program unggulan {sector}",
           "pelaku usaha binaan {sector}", "rekomendasi hasil evaluasi {sector}"]
PREDICATES = ["memenuhi standar pelayanan minimal", "ditindaklanjuti tepat waktu",
              "terlayani secara daring", "dalam kondisi baik", "aktif dan terbina",
              "terverifikasi", "tersertifikasi", "dimanfaatkan masyarakat"]
POSITIONS = {
    "JABATAN STRUKTURAL": ["Kepala Dinas", "Sekretaris", "Kepala Bidang", "Kepala Subbagian",
                           "Kepala UPTD"],
    "JABATAN FUNGSIONAL": ["Perencana", "Analis Kebijakan", "Pranata Komputer", "Arsiparis",
                           "Auditor", "Penyuluh"],
    "JABATAN PELAKSANA": ["Pengadministrasi Perkantoran", "Pengelola Keuangan",
                          "Penata Kelola Sistem dan Teknologi Informasi", "Pengemudi",
                          "Operator Layanan Operasional"],
}
EDUCATION = ["S3", "S2", "S1/D4", "D3", "SLTA", "SLTP"]
FILLER = [
    "Pelaksanaan kegiatan pada tahun berjalan dipengaruhi oleh penyesuaian anggaran pada "
    "Perubahan APBD serta penataan ulang jadwal pengadaan barang dan jasa.",
    "Koordinasi dengan perangkat daerah terkait, pemerintah kabupaten/kota dan pemangku "
    "kepentingan lainnya terus diperkuat melalui forum konsultasi dan rapat evaluasi triwulanan.",
    "Hambatan yang dihadapi antara lain keterbatasan sumber daya manusia yang memiliki "
    "kompetensi teknis, kondisi geografis wilayah yang luas, dan belum terintegrasinya sistem "
    "informasi antarbidang.",
    "Upaya perbaikan yang dilakukan meliputi peningkatan kapasitas aparatur melalui bimbingan "
    "teknis, pemanfaatan aplikasi pelaporan berbasis web, serta penguatan monitoring dan "
    "evaluasi kinerja secara berkala.",
    "Seluruh kegiatan dilaksanakan sesuai dengan Rencana Kerja Perangkat Daerah dan "
    "Dokumen Pelaksanaan Anggaran yang telah ditetapkan, dengan memperhatikan prinsip efisiensi "
    "dan efektivitas belanja.",
    "Ke depan, perangkat daerah akan memperluas kerja sama dengan perguruan tinggi dan dunia "
    "usaha untuk mempercepat pencapaian sasaran strategis yang tertuang dalam Rencana "
    "Strategis.",
]
SCALE = [(Decimal(91), "Sangat Tinggi"), (Decimal(76), "Tinggi"), (Decimal(66), "Sedang"),
         (Decimal(51), "Rendah"), (Decimal(0), "Sangat Rendah")]


def category(capaian: Decimal) -> str:
    for floor, name in SCALE:
        if capaian >= floor:
            return name
    return SCALE[-1][1]


# --------------------------------------------------------------------------- chapters


@dataclass
class Indicator:
    name: str
    unit: str
    target: Decimal
    realisasi: Decimal
    history: tuple[Decimal, Decimal]
    whole: bool  # counted in whole units (no decimals printed)

    @property
    def capaian(self) -> Decimal:
        return pct(self.realisasi, self.target)

    @property
    def sep(self) -> str:
        return "" if self.unit == "%" else " "

    def fmt(self, value: Decimal) -> str:
        return thousands(int(value)) if self.whole else dec(value)


def split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` as ``parts`` positive counts."""
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


class Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.seeded: list[tuple[int, str]] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def seed(self, line: str, what: str) -> None:
        """Add a line that holds a deliberate discrepancy and remember where it is."""
        self.lines.append(line)
        self.seeded.append((len(self.lines), what))

    def table(self, rows: list[list[str]], tab: bool) -> None:
        if tab:
            self.add(*("\t".join(r) for r in rows))
        else:
            self.add(f"| {' | '.join(rows[0])} |", "|" + "---|" * len(rows[0]),
                     *(f"| {' | '.join(r)} |" for r in rows[1:]))


def make_indicators(rng: random.Random, owner: str, unit: str, count: int) -> list[Indicator]:
    indicators: list[Indicator] = []
    names: set[str] = set()
    while len(indicators) < count:
        form, unit_form = rng.choice(INDICATOR_FORMS)
        obj = rng.choice(OBJECTS).format(sector=owner.split(" ", 1)[1].lower(),
                                         region=rng.choice(REGIONS))
        name = form.format(obj=obj, pred=rng.choice(PREDICATES))
        if name in names:
            continue
        names.add(name)
        whole = unit_form == "{unit}"
        if whole:
            target = Decimal(rng.randrange(20, 5000))
            realisasi = Decimal(int(target * Decimal(rng.uniform(0.7, 1.15))))
            history = (Decimal(int(realisasi * Decimal("0.85"))),
                       Decimal(int(realisasi * Decimal("0.93"))))
        else:
            target = Decimal(rng.randrange(5000, 9500)) / 100
            realisasi = Decimal(rng.randrange(int(target * 70), int(target * 112))) / 100
            history = ((realisasi * Decimal("0.9")).quantize(Decimal("0.01")),
                       (realisasi * Decimal("0.95")).quantize(Decimal("0.01")))
        indicators.append(Indicator(name, unit_form.format(unit=unit), target,
                                    max(realisasi, Decimal(1)), history, whole))
    return indicators


def chapter(w: Writer, rng: random.Random, number: int, region: str, seeded: bool,
            page: list[int]) -> None:
    sector, code, unit, programmes = SECTORS[(number - 1) % len(SECTORS)]
    name = f"{sector} {region}" if number > len(SECTORS) else sector
    # Each perangkat daerah has programme codes and indicators of its own.
    round_ = (number - 1) // len(SECTORS)
    # One discrepancy per seeded chapter, at one of these places.
    fault = rng.choice(["footing", "crossfooting", "ratio", "prose", "words", "budget"]) \
        if seeded else ""
    n = number

    def page_break() -> None:
        page[0] += 1
        w.add("", "", "LKjIP Provinsi Lintang Raya Tahun 2025", str(page[0]), "")

    w.add(f"BAGIAN {n}", name.upper(), "")
    w.add(f"{n}.1 Sumber Daya Manusia", "")

    # Staff by position: groups with Sub Total rows and a grand Jumlah.
    groups: list[tuple[str, list[tuple[str, int]]]] = []
    for group, titles in POSITIONS.items():
        picked = rng.sample(titles, rng.randint(3, len(titles)))
        groups.append((group, [(t, rng.randint(1, 12)) for t in picked]))
    total_staff = sum(c for _, members in groups for _, c in members)
    w.add(f"Dalam melaksanakan tugas dan fungsinya, {name} didukung oleh {total_staff} "
          f"({terbilang(total_staff)}) orang Aparatur Sipil Negara.", "")
    w.add(f"Tabel {n}.1 Komposisi Pegawai {name} Berdasarkan Jabatan", "")
    rows = [["No", "Jabatan", "Jumlah (orang)"]]
    for letter, (group, members) in zip("ABC", groups, strict=True):
        rows.append([letter, f"**{group}**", ""])
        rows += [[str(i), title, str(c)] for i, (title, c) in enumerate(members, 1)]
        rows.append(["", "Sub Total", str(sum(c for _, c in members))])
    rows.append(["", "**Jumlah**", f"**{total_staff}**"])
    if fault == "footing":
        w.table(rows[:-1], tab=False)
        w.seed(f"|  | **Jumlah** | **{total_staff + 1}** |", f"Tabel {n}.1 Jumlah +1")
    else:
        w.table(rows, tab=False)
    w.add("")

    # Staff by education, with shares of 100,00.
    # The same staff by education: shares that add up to exactly 100,00 as printed reports do.
    levels = rng.sample(EDUCATION, rng.randint(4, 6))
    while True:
        edu = list(zip(levels, split(rng, total_staff, len(levels)), strict=True))
        edu_total = total_staff
        edu_pct = [pct(c, edu_total) for _, c in edu]
        if sum(edu_pct) == 100:
            break
    w.add(f"Tabel {n}.2 Komposisi Pegawai {name} Berdasarkan Tingkat Pendidikan", "")
    rows = [["No", "Pendidikan", "Jumlah (orang)", "Persentase (%)"]]
    rows += [[str(i), e, str(c), dec(p)] for i, ((e, c), p) in enumerate(zip(edu, edu_pct,
                                                                            strict=True), 1)]
    rows.append(["", "Jumlah", str(edu_total), dec(sum(edu_pct, Decimal(0)))])
    w.table(rows, tab=False)
    w.add("")
    top = max(range(len(edu)), key=lambda i: edu[i][1])
    w.add(f"Pegawai dengan pendidikan {edu[top][0]} merupakan kelompok terbesar, yaitu "
          f"{edu[top][1]} orang atau {dec(edu_pct[top])}% dari seluruh pegawai.", "")

    # Staff by unit and sex: tab-separated, L + P = L+P on every row.
    units = [f"Bidang {p}" for p in programmes] + ["Sekretariat"]
    per_unit = split(rng, total_staff, len(units))
    sexes = [(u, lk, c - lk) for u, c in zip(units, per_unit, strict=True)
             for lk in [rng.randint(0, c)]]
    w.add(f"Tabel {n}.3 Pegawai {name} per Unit Kerja dan Jenis Kelamin")
    rows = [["No", "Unit Kerja", "L", "P", "L+P"]]
    rows += [[str(i), u, str(lk), str(pr), str(lk + pr)] for i, (u, lk, pr) in enumerate(sexes, 1)]
    rows.append(["", "Jumlah", str(sum(s[1] for s in sexes)), str(sum(s[2] for s in sexes)),
                 str(sum(s[1] + s[2] for s in sexes))])
    if fault == "crossfooting":
        bad = rows[1][:]
        bad[4] = str(int(bad[4]) + 2)
        w.add("\t".join(rows[0]))
        w.seed("\t".join(bad), f"Tabel {n}.3 row 1 L+P +2")
        w.add(*("\t".join(r) for r in rows[2:]))
    else:
        w.table(rows, tab=True)
    w.add("")
    w.add(rng.choice(FILLER), "")
    page_break()

    # Capaian of the indicators.
    indicators = make_indicators(rng, name, unit, rng.randint(4, 8))
    w.add(f"{n}.2 Capaian Kinerja", "")
    w.add(f"Pada tahun 2025 {name} mengukur {len(indicators)} ({terbilang(len(indicators))}) "
          f"indikator kinerja utama sebagaimana disajikan pada Tabel {n}.4.", "")
    w.add(f"Tabel {n}.4 Capaian Indikator Kinerja Utama {name} Tahun 2025", "")
    rows = [["No", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)",
             "Kategori"]]
    for i, ind in enumerate(indicators, 1):
        rows.append([str(i), ind.name, ind.unit, ind.fmt(ind.target), ind.fmt(ind.realisasi),
                     dec(ind.capaian), category(ind.capaian)])
    if fault == "ratio":
        w.table(rows[:-1], tab=False)
        bad = rows[-1][:]
        bad[5] = dec(indicators[-1].capaian + 3)
        w.seed(f"| {' | '.join(bad)} |", f"Tabel {n}.4 last capaian +3")
    else:
        w.table(rows, tab=False)
    w.add("")
    w.add(f"Tabel {n}.5 Skala Nilai Peringkat Kinerja", "", "| Interval Capaian (%) | Kategori |",
          "|---|---|", "| ≥ 91 | Sangat Tinggi |", "| 76 ≤ 90 | Tinggi |", "| 66 ≤ 75 | Sedang |",
          "| 51 ≤ 65 | Rendah |", "| ≤ 50 | Sangat Rendah |", "")
    for i, ind in enumerate(indicators, 1):
        text = (f"**Indikator {i}: {ind.name}.** Realisasi tahun 2025 sebesar "
                f"{ind.fmt(ind.realisasi)}{ind.sep}{ind.unit} dari target {ind.fmt(ind.target)}"
                f"{ind.sep}{ind.unit}, sehingga capaian kinerja sebesar {dec(ind.capaian)}%.")
        if fault == "prose" and i == 1:
            w.seed(text.replace(f"{dec(ind.capaian)}%", f"{dec(ind.capaian + 1)}%"),
                   f"Indikator 1 of chapter {n}: capaian +1 in prose")
        else:
            w.add(text)
        w.add(f"Dibandingkan tahun 2024 sebesar {ind.fmt(ind.history[1])}{ind.sep}{ind.unit}, "
              f"realisasi "
              f"tahun 2025 {'naik' if ind.realisasi >= ind.history[1] else 'turun'}.",
              rng.choice(FILLER), "")

    w.add(f"Tabel {n}.6 Perbandingan Realisasi Indikator Kinerja {name} Tahun 2023-2025", "")
    rows = [["No", "Indikator Kinerja", "Satuan", "2023", "2024", "2025"]]
    rows += [[str(i), ind.name, ind.unit, ind.fmt(ind.history[0]), ind.fmt(ind.history[1]),
              ind.fmt(ind.realisasi)] for i, ind in enumerate(indicators, 1)]
    w.table(rows, tab=False)
    w.add("")
    page_break()

    # Budget: programmes (bold) = sum of their kegiatan; Jumlah = sum of the programmes.
    w.add(f"{n}.3 Realisasi Anggaran", "")
    budget: list[tuple[str, str, int, int, list[tuple[str, str, int, int]]]] = []
    for p_index, programme in enumerate(programmes, 2):
        p_code = f"{code}.{round_ * len(programmes) + p_index:02d}"
        kegiatan = []
        for k in range(1, rng.randint(2, 4) + 1):
            pagu = rng.randrange(150, 4000) * 1_000_000 + rng.randrange(0, 1000) * 1000
            real = int(pagu * rng.uniform(0.82, 0.995)) // 100 * 100
            kegiatan.append((f"{p_code}.2.{k:02d}", f"Kegiatan {programme} {k}", pagu, real))
        budget.append((p_code, f"Program {programme}", sum(k[2] for k in kegiatan),
                       sum(k[3] for k in kegiatan), kegiatan))
    pagu_total = sum(b[2] for b in budget)
    real_total = sum(b[3] for b in budget)
    words = terbilang(pagu_total)
    text = (f"Pagu anggaran {name} Tahun 2025 sebesar Rp {thousands(pagu_total)},- ({words} "
            f"rupiah). Realisasi anggaran sebesar Rp {thousands(real_total)},- atau "
            f"{dec(pct(real_total, pagu_total))}% dari pagu Rp {thousands(pagu_total)},-.")
    if fault == "words":
        wrong = terbilang(pagu_total + 10_000_000)
        w.seed(text.replace(f"({words} rupiah)", f"({wrong} rupiah)"),
               f"chapter {n}: pagu in words +10 juta")
    else:
        w.add(text)
    w.add("")
    tab = n % 3 == 0
    w.add(f"Tabel {n}.7 Realisasi Anggaran {name} per Program dan Kegiatan Tahun 2025")
    if not tab:
        w.add("")
    rows = [["Kode", "Program/Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "%"]]
    for p_code, p_name, p_pagu, p_real, kegiatan in budget:
        if tab:
            rows.append([p_code, p_name, thousands(p_pagu), thousands(p_real),
                         dec(pct(p_real, p_pagu))])
        else:
            rows.append([f"**{p_code}**", f"**{p_name}**", f"**{thousands(p_pagu)}**",
                         f"**{thousands(p_real)}**", f"**{dec(pct(p_real, p_pagu))}**"])
        rows += [[k_code, k_name, thousands(pagu), thousands(real), dec(pct(real, pagu))]
                 for k_code, k_name, pagu, real in kegiatan]
    rows.append(["", "Jumlah", thousands(pagu_total), thousands(real_total),
                 dec(pct(real_total, pagu_total))])
    if fault == "budget":
        last = rows.pop()
        w.table(rows, tab=tab)
        last[3] = thousands(real_total + 25_000_000)
        w.seed("\t".join(last) if tab else f"| {' | '.join(last)} |",
               f"Tabel {n}.7 Jumlah realisasi +25 juta")
    else:
        w.table(rows, tab=tab)
    w.add("")
    w.add(f"Sisa anggaran sebesar Rp. {thousands(pagu_total - real_total)},- berasal dari "
          f"efisiensi belanja dan sisa tender pengadaan.", "")
    w.add(*(p for f in rng.sample(FILLER, 3) for p in (f, "")))
    page_break()


def generate(lines: int, seed: int, error_rate: float) -> tuple[list[str], list[tuple[int, str]]]:
    rng = random.Random(seed)
    w = Writer()
    w.add("PEMERINTAH PROVINSI LINTANG RAYA", "",
          "**LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) KONSOLIDASI**", "**TAHUN 2025**", "",
          "KATA PENGANTAR", "",
          "Laporan ini menghimpun capaian kinerja dan realisasi anggaran seluruh perangkat "
          "daerah Provinsi Lintang Raya Tahun 2025. Semua nama dan angka adalah fiktif.", "")
    page = [0]
    number = 0
    while len(w.lines) < lines:
        number += 1
        region = REGIONS[(number - 1) // len(SECTORS) % len(REGIONS)]
        if number > len(SECTORS) * len(REGIONS):
            region = f"{region} {number // (len(SECTORS) * len(REGIONS)) + 1}"
        chapter(w, rng, number, region, rng.random() < error_rate, page)
    return w.lines, w.seeded


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lines", type=int, default=50_000,
                    help="at least this many lines in all (default 50000)")
    ap.add_argument("--files", type=int, default=1,
                    help="split into this many reports of about the same size (default 1)")
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--error-rate", type=float, default=0.02,
                    help="share of chapters with one seeded discrepancy (default 0.02)")
    ap.add_argument("--out", type=Path, required=True, help="directory to write into")
    args = ap.parse_args(argv)
    if args.lines < 1 or args.files < 1:
        ap.error("--lines and --files must be positive")
    args.out.mkdir(parents=True, exist_ok=True)
    per_file = -(-args.lines // args.files)
    total_seeded = 0
    for i in range(args.files):
        lines, seeded = generate(per_file, args.seed + i, args.error_rate)
        suffix = f"_{i + 1:02d}" if args.files > 1 else ""
        path = args.out / f"lkjip_{args.lines}{suffix}.md"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        total_seeded += len(seeded)
        print(f"{path}\t{len(lines)} lines\t{len(seeded)} seeded discrepancies"
              + ("" if not seeded else "\t(lines " + ", ".join(str(n) for n, _ in seeded[:10])
                 + (", …" if len(seeded) > 10 else "") + ")"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
