"""Bad input gets a clear answer and the auditor never modifies its inputs (issue 16)."""

from __future__ import annotations

import json
import os

import pytest

from audit.checks import footing
from audit.engine import audit_document
from audit.readers.text import parse_text

REPORT = ("Tabel 1 Pegawai\n\n| Unit | L | P | Jumlah |\n|---|---|---|---|\n"
          "| Sekretariat | 6 | 4 | 10 |\n| Bidang | 3 | 3 | 6 |\n| Jumlah | 9 | 7 | 16 |\n")


def test_output_over_the_input_is_refused_and_the_input_kept(run, tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(REPORT, encoding="utf-8")
    for target in ("laporan.md", "./laporan.md"):
        result = run("check", "laporan.md", "--format", "json", "-o", target)
        assert result.exit_code == 2
        assert "refusing" in result.output
        assert path.read_text(encoding="utf-8") == REPORT
    os.symlink(path, tmp_path / "link.md")
    assert run("check", "laporan.md", "-o", "link.md").exit_code == 2
    assert run("baseline", "laporan.md", "-o", "laporan.md").exit_code == 2
    assert path.read_text(encoding="utf-8") == REPORT


def test_output_file_is_written_whole_and_confirmed(run, tmp_path):
    (tmp_path / "laporan.md").write_text(REPORT, encoding="utf-8")
    result = run("check", "laporan.md", "--format", "json", "-o", "hasil.json")
    assert result.exit_code == 0
    assert "written to hasil.json" in result.output
    assert json.loads((tmp_path / "hasil.json").read_text(encoding="utf-8"))["documents"]
    assert not list(tmp_path.glob(".*audit-tmp"))


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "cp1252"])
def test_text_in_other_encodings_is_read(run, tmp_path, encoding):
    text = REPORT.replace("Bidang", "Bidang Pelayanan – Umum") + "Catatan: “resmi”.\n"
    data = text.encode(encoding) if encoding != "utf-16-le" else text.encode("utf-16-le")
    (tmp_path / "laporan.txt").write_bytes(data)
    result = run("check", "laporan.txt", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)["documents"][0]
    assert doc["coverage"]["tables"] == 1


def test_empty_and_binary_files_are_clear_errors(run, tmp_path):
    (tmp_path / "kosong.md").write_text("", encoding="utf-8")
    result = run("check", "kosong.md")
    assert result.exit_code == 2 and "empty" in result.output
    (tmp_path / "biner.md").write_bytes(bytes(range(256)) * 4)
    result = run("check", "biner.md")
    assert result.exit_code == 2 and "binary" in result.output


def test_one_unreadable_file_in_a_folder_does_not_stop_the_others(run, tmp_path):
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "a.md").write_text(REPORT.replace("| 16 |", "| 17 |"), encoding="utf-8")
    (folder / "b.md").write_bytes(bytes(range(256)) * 4)
    result = run("check", "laporan", "--format", "json")
    assert result.exit_code == 2
    assert "b.md" in result.output
    assert '"footing"' in result.output  # a.md was still audited


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_refused_instead_of_blocking(run, tmp_path):
    os.mkfifo(tmp_path / "pipa.md")
    result = run("check", "pipa.md")
    assert result.exit_code == 2 and "not a regular file" in result.output


def test_a_symlink_loop_is_one_clear_line(run, tmp_path):
    os.symlink(tmp_path / "loop.md", tmp_path / "loop.md")
    result = run("check", "loop.md")
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_a_check_that_fails_on_one_table_still_judges_the_others(monkeypatch):
    doc = parse_text(REPORT.replace("| 16 |", "| 17 |") + "\n\nTabel 2 Lain\n\n" + REPORT,
                     "x.md")
    original = footing.check_table
    calls = {"n": 0}

    def flaky(table):
        calls["n"] += 1
        if calls["n"] == 2:
            raise ValueError("a table the check cannot handle")
        return original(table)

    monkeypatch.setattr(footing, "check_table", flaky)
    rule = footing.RULE.__class__(**{**footing.RULE.__dict__,
                                     "run": footing.every_table(flaky)})
    report = audit_document(doc, [rule])
    assert [f.line for f in report.findings if f.rule == "footing"] == [7]
    assert any("a table the check cannot handle" in e for e in report.errors)


@pytest.mark.parametrize("width", [60, 150])
def test_a_very_wide_table_is_audited_in_bounded_work(width):
    # Formula searches look at the columns near a derived one, not every pair and triple of
    # a wide table (which had made a 300-column table run for many minutes).
    header = "| " + " | ".join(f"K{i}" for i in range(width)) + " |\n|" + "---|" * width + "\n"
    body = "".join("| " + " | ".join(str(i * 7 + j) for i in range(width)) + " |\n"
                   for j in range(12))
    report = audit_document(parse_text(header + body, "wide.md"))
    assert report.errors == []


def test_a_sentence_with_hundreds_of_figures_and_a_line_of_thousands_of_numbers():
    sentence = "Realisasi " + ", ".join(f"{i},{i % 10}5 persen dan {i * 7} orang"
                                        for i in range(300)) + ".\n"
    numbers = " ".join(str(i) for i in range(3000)) + "\n"
    report = audit_document(parse_text(sentence + "\n" + numbers, "x.txt"))
    assert report.errors == []


# --- containment, budgets and limits (issue 16) --------------------------------------------

def _rule(rule_id: str, run):
    return footing.RULE.__class__(**{**footing.RULE.__dict__, "id": rule_id, "run": run})


def test_any_check_that_fails_on_the_document_is_rerun_one_table_at_a_time():
    doc = parse_text(REPORT.replace("| 16 |", "| 17 |") + "\n\nTabel 2 Lain\n\n"
                     + REPORT.replace("Sekretariat", "Rusak"), "x.md")

    def fragile(d):
        if any("Rusak" in r.label for t in d.tables for r in t.rows):
            raise ArithmeticError("a table this check cannot handle")
        return footing.RULE.run(d)

    report = audit_document(doc, [_rule("fragile", fragile)])
    assert [f.line for f in report.findings] == [7]  # the first table is still judged
    assert any("fragile" in e and "(baris 14)" in e for e in report.errors)


def test_a_document_over_its_time_budget_says_which_checks_did_not_run():
    import time

    def slow(d):
        time.sleep(5)
        raise AssertionError("not interrupted")

    doc = parse_text(REPORT.replace("| 16 |", "| 17 |"), "x.md")
    report = audit_document(doc, [footing.RULE, _rule("lambat", slow), _rule("sesudah", slow)],
                            time_budget=0.5)
    budget = [f for f in report.findings if f.anchor == "time-budget"]
    assert len(budget) == 1 and budget[0].severity.label == "major"
    assert "lambat, sesudah" in budget[0].message
    assert any(f.rule == "footing" for f in report.findings)  # what ran is kept
    assert report.errors == []


def test_the_time_budget_is_an_option_and_a_configuration_key(run, tmp_path):
    (tmp_path / "laporan.md").write_text(REPORT, encoding="utf-8")
    assert run("check", "laporan.md", "--time-budget", "60").exit_code == 0
    assert run("check", "laporan.md", "--time-budget", "0").exit_code == 2
    (tmp_path / ".audit.toml").write_text("time-budget = -1\n", encoding="utf-8")
    result = run("check", "laporan.md")
    assert result.exit_code == 2 and "time-budget" in result.output


@pytest.mark.parametrize("absurd", ["9" * 30, "1" + "0" * 400, "7" * 5000,
                                    "1.000.000.000.000.000.000.000", "0,0000000001"])
def test_absurd_figures_are_text_and_never_make_a_check_fail(absurd):
    table = REPORT.replace("| 3 | 3 | 6 |", f"| 3 | 3 | {absurd} |")
    prose = f"\nRealisasi sebesar Rp {absurd} atau {absurd}% dari 12 kegiatan, naik {absurd}.\n"
    report = audit_document(parse_text(table + prose, "x.md"))
    assert report.errors == []
    if len(absurd.replace(".", "").replace(",", "")) > 24:
        assert any(f.rule == "malformed_figure" and f.line == 6 for f in report.findings)


def test_a_file_beyond_the_size_limit_is_refused_in_one_line(run, tmp_path, monkeypatch):
    import audit.readers as readers

    monkeypatch.setattr(readers, "MAX_TEXT_BYTES", 100)
    (tmp_path / "laporan.md").write_text(REPORT, encoding="utf-8")
    result = run("check", "laporan.md")
    assert result.exit_code == 2 and "larger than" in result.output


def test_a_failing_check_is_a_sarif_tool_execution_notification(monkeypatch):
    from audit.render.sarif import sarif_dict

    def broken(d):
        raise ValueError("boom")

    report = audit_document(parse_text(REPORT, "x.md"), [_rule("footing", broken)])
    invocation = sarif_dict([report])["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert notes and notes[0]["associatedRule"]["id"] == "footing"
    assert "boom" in notes[0]["message"]["text"]


def test_a_line_of_a_thousand_figures_is_no_statement_about_an_indicator():
    from audit.claims import role_claims

    line = "Capaian indikator " + " ".join(f"{i},5%" for i in range(1000)) + ".\n"
    doc = parse_text(line, "x.md")
    assert role_claims(doc) == []
    assert audit_document(doc).errors == []
