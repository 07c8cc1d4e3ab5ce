"""LaTeX ``tabular`` tables inside Markdown, as Nougat / Mathpix-style PDF-to-Markdown
converters write a report's tables."""

from __future__ import annotations

from audit.engine import audit_document
from audit.readers.text import parse_text

REPORT = r"""# BAB III AKUNTABILITAS KINERJA

Tabel 1.1 Pegawai menurut Unit Kerja

\begin{tabular}{|c|l|c|c|c|}
\hline \multirow{2}{*}{No} & \multirow{2}{*}{Unit Kerja} &
\multicolumn{2}{|c|}{Jenis Kelamin} & \multirow{2}{*}{Jumlah} \\
\cline{3-4} & & L & P & \\
\hline 1 & Subdirektorat Integrasi Data & 12 & 14 & 26 \\
\hline 2 & Subdirektorat Standar dan
Metadata & 9 & 11 & 20 \\
\hline 3 & Subbagian Tata Usaha & 21 & 19 & {total_row} \\
\hline \multicolumn{2}{|c|}{Jumlah} & 42 & 44 & 86 \\
\hline
\end{tabular}

Pegawai Direktorat berjumlah 86 orang.

Tabel 3.2 Capaian IKK

\begin{tabular}{|c|l|r|r|r|}
\hline No & Indikator Kinerja & Target & Realisasi & Capaian (\%) \\
\hline 1 & Persentase dataset terintegrasi & 85,00 & 87,20 & 102,59 \\
\hline 2 & Persentase dataset sesuai standar & 90,00 & 86,40 & {rate} \\
\hline 3 & Indeks kepuasan pengguna & 3,40 & 3,52 & 103,53 \\
\hline
\end{tabular}
"""


def _doc(total_row: str = "40", rate: str = "96,00"):
    return parse_text(REPORT.replace("{total_row}", total_row).replace("{rate}", rate),
                      "laporan.md")


def test_tabular_tables_are_read_with_their_spanning_header_and_wrapped_rows():
    doc = _doc()
    staff, capaian = doc.tables
    assert staff.caption.startswith("Tabel 1.1")
    assert [r.label for r in staff.rows] == [
        "Subdirektorat Integrasi Data", "Subdirektorat Standar dan Metadata",
        "Subbagian Tata Usaha", "Jumlah"]
    assert staff.rows[-1].kind == "total"
    assert capaian.columns[-1] == "Capaian (%)"
    assert not any("\\hline" in s.text or "&" in s.text for s in doc.sentences)
    assert audit_document(doc).findings == []


def test_a_tabular_row_that_does_not_add_up_is_found_on_its_line():
    findings = audit_document(_doc(total_row="41")).findings
    assert [(f.rule, f.line, f.stated, f.expected) for f in findings
            if f.rule == "crossfooting"] == [("crossfooting", 12, "41", "40")]


def test_a_tabular_rate_that_is_not_its_quotient_is_found():
    findings = audit_document(_doc(rate="69,00")).findings
    assert [(f.rule, f.stated, f.expected) for f in findings] == [("ratio", "69,00", "96,00")]
