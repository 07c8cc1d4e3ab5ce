from __future__ import annotations

import json
import textwrap

import pytest

REPORT = """\
Tabel 5 Peserta
| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju | 1.064 |
| 2 | Wanasari  | 176 |
| Jumlah | | 1.260 |
"""

SECOND_TABLE = """\

Tabel 6 Paket
| No | Unit | Paket |
|---|---|---|
| 1 | Sukamaju | 10 |
| 2 | Wanasari  | 5 |
| Jumlah | | 16 |
"""



def findings(result) -> list[dict]:
    return [f for d in json.loads(result.stdout)["documents"] for f in d["findings"]]


def test_baseline_records_findings_for_humans(run, tmp_path):
    report = tmp_path / "laporan.md"
    report.write_text(REPORT, encoding="utf-8")
    result = run("baseline", str(report), "-o", "base.json")
    assert result.exit_code == 0
    data = json.loads((tmp_path / "base.json").read_text(encoding="utf-8"))
    assert data["schema"] == "audit-baseline/1"
    [entry] = [e for e in data["findings"] if e["rule"] == "footing"]
    # relative to the working directory, so the file works on every reviewer's machine
    assert entry["path"] == "laporan.md"
    assert entry["stated"] == "1.260"
    assert len(entry["id"]) == 16


def test_default_baseline_file_name(run, tmp_path):
    (tmp_path / "laporan.md").write_text(REPORT, encoding="utf-8")
    assert run("baseline", "laporan.md").exit_code == 0
    assert (tmp_path / ".audit-baseline.json").is_file()


def test_baseline_survives_lines_inserted_above_and_reports_only_new(run, tmp_path):
    report = tmp_path / "laporan.md"
    report.write_text(REPORT, encoding="utf-8")
    assert run("baseline", str(report), "-o", "base.json").exit_code == 0
    before = findings(run("check", str(report), "--format", "json", "--fail-on", "none"))

    # Ten lines of prose above the table move the finding from line 6 to line 16.
    prose = "".join(f"Paragraf pengantar {n}.\n" for n in range(10))
    report.write_text(prose + REPORT, encoding="utf-8")
    moved = findings(run("check", str(report), "--format", "json", "--fail-on", "none"))
    footing_before = next(f for f in before if f["rule"] == "footing")
    footing_moved = next(f for f in moved if f["rule"] == "footing")
    assert footing_moved["line"] == footing_before["line"] + 10
    assert footing_moved["id"] == footing_before["id"]

    result = run("check", str(report), "--baseline", "base.json", "--format", "json")
    assert result.exit_code == 0  # the only finding is known
    assert findings(result) == []
    assert f"{len(before)} temuan lama disembunyikan" in result.stderr

    # A new break is still reported, and still fails the gate.
    report.write_text(prose + REPORT + SECOND_TABLE, encoding="utf-8")
    result = run("check", str(report), "--baseline", "base.json", "--format", "json")
    assert result.exit_code == 1
    new = findings(result)
    assert [f["stated"] for f in new if f["rule"] == "footing"] == ["16"]


def test_changed_figure_is_a_new_finding(run, tmp_path):
    report = tmp_path / "laporan.md"
    report.write_text(REPORT, encoding="utf-8")
    run("baseline", str(report), "-o", "base.json")
    report.write_text(REPORT.replace("1.260", "1.261"), encoding="utf-8")
    result = run("check", str(report), "--baseline", "base.json", "--format", "json")
    assert result.exit_code == 1
    assert [f["stated"] for f in findings(result)] == ["1.261"]


def test_suppressed_count_in_markdown_summary(run, tmp_path):
    report = tmp_path / "laporan.md"
    report.write_text(REPORT, encoding="utf-8")
    run("baseline", str(report), "-o", "base.json")
    result = run("check", str(report), "--baseline", "base.json", "--format", "markdown",
                 "--lang", "en")
    assert "known findings suppressed by baseline base.json" in result.stdout


@pytest.mark.parametrize("content", [None, "not json", '{"schema": "other"}',
                                     '{"schema": "audit-baseline/1", "findings": [{}]}'])
def test_bad_baseline_file_exit_2(run, tmp_path, content):
    report = tmp_path / "laporan.md"
    report.write_text(REPORT, encoding="utf-8")
    if content is not None:
        (tmp_path / "base.json").write_text(content, encoding="utf-8")
    result = run("check", str(report), "--baseline", "base.json")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "base.json" in result.stderr


def test_fingerprint_of_a_dedented_report_ignores_whitespace():
    from audit.engine import audit_document
    from audit.readers.text import parse_text

    a = audit_document(parse_text(REPORT, "a.md"))
    b = audit_document(parse_text(textwrap.indent(REPORT, "  "), "a.md"))
    ids = lambda r: {f.fingerprint(r.document.lines) for f in r.findings}  # noqa: E731
    assert ids(a) == ids(b)


def test_an_entry_hides_its_finding_only_in_the_report_it_was_recorded_for(run, tmp_path):
    # Two reports with the same break: accepting it in one must not hide it in the other.
    (tmp_path / "a.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.md").write_text(REPORT, encoding="utf-8")
    assert run("baseline", "a.md", "-o", "base.json").exit_code == 0
    result = run("check", "a.md", "b.md", "--baseline", "base.json", "--format", "json")
    docs = {d["path"]: d["findings"] for d in json.loads(result.stdout)["documents"]}
    assert [f["rule"] for f in docs["a.md"]] == []
    assert [f["stated"] for f in docs["b.md"]] == ["1.260"]
    assert result.exit_code == 1


def test_baseline_match_content_hides_the_finding_in_a_renamed_report(run, tmp_path):
    (tmp_path / "lkjip_2024.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "lkjip_2025.md").write_text(REPORT, encoding="utf-8")
    assert run("baseline", "lkjip_2024.md", "-o", "base.json").exit_code == 0
    result = run("check", "lkjip_2025.md", "--baseline", "base.json",
                 "--baseline-match", "content", "--format", "json")
    assert findings(result) == []
    assert result.exit_code == 0


def test_the_same_report_named_differently_on_the_command_line_still_matches(run, tmp_path):
    (tmp_path / "laporan").mkdir()
    (tmp_path / "laporan" / "a.md").write_text(REPORT, encoding="utf-8")
    assert run("baseline", "laporan/", "-o", "base.json").exit_code == 0
    for spelling in ("./laporan/a.md", "laporan//a.md", str(tmp_path / "laporan" / "a.md")):
        result = run("check", spelling, "--baseline", "base.json", "--format", "json")
        assert findings(result) == [], spelling


def test_report_unused_names_a_stale_entry_and_fails(run, tmp_path):
    report = tmp_path / "laporan.md"
    report.write_text(REPORT, encoding="utf-8")
    assert run("baseline", "laporan.md", "-o", "base.json").exit_code == 0
    report.write_text(REPORT.replace("1.260", "1.240"), encoding="utf-8")  # the break is fixed

    quiet = run("check", "laporan.md", "--baseline", "base.json")
    assert quiet.exit_code == 0
    assert "unused baseline entry" not in quiet.stderr

    strict = run("check", "laporan.md", "--baseline", "base.json", "--report-unused")
    assert strict.exit_code == 1
    assert "unused baseline entry in base.json: laporan.md:6 [footing] 1.260" in strict.stderr


def test_report_unused_ignores_entries_of_reports_not_audited_this_time(run, tmp_path):
    (tmp_path / "a.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.md").write_text(REPORT.replace("1.260", "1.240"), encoding="utf-8")
    assert run("baseline", "a.md", "-o", "base.json").exit_code == 0
    result = run("check", "b.md", "--baseline", "base.json", "--report-unused")
    assert result.exit_code == 0
    assert "unused" not in result.stderr


def test_report_unused_fails_on_a_suppression_comment_that_hides_nothing(run, tmp_path):
    text = REPORT.replace("1.260", "1.240").replace(
        "| Jumlah", "<!-- audit: disable-next-line footing -- angka BKD -->\n| Jumlah")
    (tmp_path / "laporan.md").write_text(text, encoding="utf-8")
    assert run("check", "laporan.md").exit_code == 0
    assert run("check", "laporan.md", "--report-unused").exit_code == 1
