"""Word 97-2003 reader: a ``.doc`` report read like the DOCX it was saved from (issue 11).

``fixtures/doc/laporan.doc`` is LibreOffice's Word 97 export of ``fixtures/doc/laporan.docx``
(both made by ``fixtures/doc/make.py``): headings, a table with a title merged across
(``Jenis Kelamin`` over ``L``/``P``) and two merged down, a ten-column table whose row
properties are too large for their page (Word keeps them in the Data stream), and a page-number
field in the body. Content is invented.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.readers import read_report, render_report, sniff
from audit.readers.text import ReaderError

FIXTURES = Path(__file__).parent / "fixtures" / "doc"
DOC = FIXTURES / "laporan.doc"
DOCX = FIXTURES / "laporan.docx"


def _table_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def test_a_doc_gives_the_tables_of_the_docx_it_was_saved_from():
    doc_text = render_report(DOC).text
    assert _table_lines(doc_text) == _table_lines(render_report(DOCX).text)
    assert "| Golongan | L | P | Jumlah |" in doc_text  # the merged titles on their grid
    assert "| No | Program | Pagu | TW I | TW II | TW III | TW IV | Jumlah | % | Sisa |" \
        in doc_text


def test_a_doc_keeps_headings_and_a_fields_result_but_not_its_code():
    lines = render_report(DOC).text.splitlines()
    assert "# BAB I PENDAHULUAN" in lines
    assert "## 1.1 Sumber Daya Manusia" in lines
    closing = next(line for line in lines if line.startswith("Realisasi anggaran"))
    assert "PAGE" not in closing
    assert closing.startswith("Realisasi anggaran mencapai 95,00 persen. Halaman ")


def test_a_total_that_does_not_foot_in_a_doc_is_reported_at_its_table_row(run):
    result = run("check", str(DOC), "--format", "json", "--fail-on", "none")
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)["documents"][0]
    assert document["format"] == "doc"
    footing = [f for f in document["findings"] if f["rule"] == "footing"]
    assert [(f["stated"], f["expected"], f["table"], f["row"]) for f in footing] == [
        ("44", "43", "Tabel 1.1 Pegawai menurut Golongan dan Jenis Kelamin", 5)]


def test_a_doc_named_txt_is_read_as_a_word_document(tmp_path):
    disguised = tmp_path / "laporan.txt"
    shutil.copy(DOC, disguised)
    assert sniff(disguised) == "doc"
    assert "| Jumlah | 20 | 23 | 44 |" in "\n".join(read_report(disguised).lines)


def _fib_flags_at(data: bytes) -> int:
    # the WordDocument stream starts a sector with the Word identifier 0xA5EC
    start = next(at for at in range(512, len(data), 512) if data[at:at + 2] == b"\xec\xa5")
    return start + 0x0A


def test_an_encrypted_doc_is_refused_with_a_clear_message(tmp_path, run):
    data = bytearray(DOC.read_bytes())
    data[_fib_flags_at(data) + 1] |= 0x01  # fEncrypted
    locked = tmp_path / "terkunci.doc"
    locked.write_bytes(bytes(data))
    result = run("check", str(locked))
    assert result.exit_code == 2
    assert "password" in result.output
    assert "Traceback" not in result.output


def test_an_ole_file_without_a_word_document_is_refused(tmp_path):
    data = DOC.read_bytes()
    name = "WordDocument".encode("utf-16-le")
    other = tmp_path / "lain.doc"
    other.write_bytes(data.replace(name, "WordDocumenX".encode("utf-16-le"), 1))
    with pytest.raises(ReaderError, match="no Word document"):
        read_report(other)


def test_a_truncated_doc_is_an_error_not_a_traceback(tmp_path, run):
    cut = tmp_path / "terpotong.doc"
    cut.write_bytes(DOC.read_bytes()[:3000])
    result = run("check", str(cut))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "terpotong.doc" in result.output


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(min_value=512, max_value=29183),
                          st.integers(min_value=0, max_value=255)), min_size=1, max_size=8))
def test_a_damaged_doc_is_read_or_refused_never_a_crash(tmp_path, damage):
    data = bytearray(DOC.read_bytes())
    for offset, value in damage:
        data[offset % len(data)] = value
    path = tmp_path / "rusak.doc"
    path.write_bytes(bytes(data))
    try:
        doc = read_report(path)
    except ReaderError as exc:
        assert str(exc).startswith(str(path))
    else:
        assert isinstance(doc.lines, list)
