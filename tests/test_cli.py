from __future__ import annotations

import json
import textwrap

import pytest

BROKEN = """\
    Tabel 5 Peserta
    | No | Unit | Orang |
    |---|---|---|
    | 1 | Sukamaju | 1.064 |
    | 2 | Wanasari  | 176 |
    | Jumlah | | 1.260 |
"""

MONEY = """\
    Tabel 2 Anggaran
    | No | Kegiatan | Anggaran (Rp) |
    |---|---|---|
    | 1 | Pelatihan | 1.420.500.000 |
    | 2 | Sertifikasi | 6.915.250.000 |
    | Jumlah | | 8.335.850.000 |
"""

CLEAN = """\
    | No | Unit | Orang |
    |---|---|---|
    | 1 | Sukamaju | 1.064 |
    | 2 | Wanasari  | 176 |
    | Jumlah | | 1.240 |
"""



def write(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_json_report_keeps_its_contract(run, tmp_path):
    p = write(tmp_path, "laporan.md", BROKEN)
    result = run("check", str(p), "--format", "json", "--fail-on", "none")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["schema"] == "audit-report/1"
    assert data["tool"]["name"] == "audit"
    assert set(data["summary"]) == {"critical", "major", "minor", "info"}
    [doc] = data["documents"]
    assert doc["path"] == str(p)
    assert set(doc["checks"]) == {"performed", "failed"}
    footing = [f for f in doc["findings"] if f["rule"] == "footing"]
    [f] = footing
    assert set(f) == {"id", "rule", "severity", "line", "related_lines", "table", "stated",
                      "expected", "message", "difference"}
    assert (f["line"], f["stated"], f["expected"]) == (6, "1.260", "1.240")
    assert f["related_lines"] == [4, 5]


@pytest.mark.parametrize(("fail_on", "code"), [
    ("critical", 0), ("major", 1), ("minor", 1), ("info", 1), ("none", 0),
])
def test_fail_on_thresholds_with_a_major_finding(run, tmp_path, fail_on, code):
    p = write(tmp_path, "laporan.md", BROKEN)
    assert run("check", str(p), "--fail-on", fail_on).exit_code == code


@pytest.mark.parametrize("fail_on", ["critical", "major", "minor", "info", "none"])
def test_fail_on_critical_finding_fails_every_threshold_but_none(run, tmp_path, fail_on):
    p = write(tmp_path, "laporan.md", MONEY)
    assert run("check", str(p), "--fail-on", fail_on).exit_code == (0 if fail_on == "none" else 1)


def test_clean_report_exits_zero_by_default(run, tmp_path):
    p = write(tmp_path, "laporan.md", CLEAN)
    result = run("check", str(p))
    assert result.exit_code == 0


def _one_line_error(result) -> str:
    assert result.exit_code == 2
    err = result.stderr.strip()
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    return err


def test_missing_file_is_one_line_exit_2(run, tmp_path):
    err = _one_line_error(run("check", str(tmp_path / "nope.md")))
    assert "no such file" in err


def test_directory_without_reports(run, tmp_path):
    (tmp_path / "kosong").mkdir()
    (tmp_path / "kosong" / "data.csv").write_text("a,b\n")
    err = _one_line_error(run("check", str(tmp_path / "kosong")))
    assert "no reports" in err


def test_binary_file(run, tmp_path):
    p = tmp_path / "laporan.md"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    err = _one_line_error(run("check", str(p)))
    assert "binary" in err


def test_unwritable_output(run, tmp_path):
    p = write(tmp_path, "laporan.md", BROKEN)
    err = _one_line_error(run("check", str(p), "-o", str(tmp_path / "no" / "dir" / "r.json")))
    assert "cannot write" in err
    err = _one_line_error(run("check", str(p), "-o", str(tmp_path)))
    assert "cannot write" in err


def test_output_file_is_written(run, tmp_path):
    p = write(tmp_path, "laporan.md", BROKEN)
    out = tmp_path / "r.md"
    result = run("check", str(p), "--format", "markdown", "-o", str(out), "--fail-on", "none")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "1.260" in out.read_text(encoding="utf-8")


def test_rules_lists_every_registered_rule_and_rounding(run):
    from audit.checks import RULES

    result = run("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    ids = {line.split()[0] for line in lines[2:] if line.strip()}
    assert {r.id for r in RULES} | {"rounding"} <= ids
    footing = next(line for line in lines if line.startswith("footing "))
    assert "major" in footing


def test_explain_prints_the_rule_doc_in_the_chosen_language(run):
    english = run("explain", "footing", "--lang", "en")
    assert english.exit_code == 0
    assert "Passes" in english.stdout and "Fails" in english.stdout
    indonesian = run("explain", "footing")  # Indonesian by default, like the findings
    assert indonesian.exit_code == 0
    assert "Lolos" in indonesian.stdout and "Gagal" in indonesian.stdout
    assert "Passes" not in indonesian.stdout
    result = run("explain", "rounding")
    assert result.exit_code == 0
    assert "minor" in result.stdout


def test_explain_unknown_rule_exit_2(run):
    err = _one_line_error(run("explain", "no_such_rule"))
    assert "no_such_rule" in err


def test_lang_en_translates_chrome_not_messages(run, tmp_path):
    p = write(tmp_path, "laporan.md", BROKEN)
    text_id = run("check", str(p), "--fail-on", "none").stdout
    text_en = run("check", str(p), "--fail-on", "none", "--lang", "en").stdout
    assert "dokumen" in text_id and "temuan" in text_id
    assert "1 document," in text_en and "1 finding " in text_en  # singular for one
    # the check's own message stays Indonesian
    assert "menyatakan 1.260" in text_en
    md_en = run("check", str(p), "--format", "markdown", "--lang", "en",
                "--fail-on", "none").stdout
    assert "## Summary" in md_en and "Ringkasan" not in md_en


def test_github_annotations_escape_properties_and_data(run, tmp_path):
    p = write(tmp_path, "laporan, 2025.md", BROKEN)
    result = run("check", str(p), "--format", "github", "--fail-on", "none")
    lines = [line for line in result.stdout.splitlines() if line.startswith("::")]
    [footing] = [line for line in lines if "[footing]" in line]
    assert footing.startswith("::error file=")
    props, message = footing[len("::error "):].split("::", 1)
    fields = dict(item.split("=", 1) for item in props.split(","))
    assert fields["file"].endswith("laporan%2C 2025.md")
    assert fields["line"] == "6"
    assert "%3A" in fields["title"] and ":" not in fields["title"]
    assert "1.260" in message


def test_github_escape_rules():
    from audit.render.github import annotation

    line = annotation("warning", "50% naik\r\nbaris 2", file="a:b,c.md", line=3, title="x%y")
    assert line == "::warning file=a%3Ab%2Cc.md,line=3,title=x%25y::50%25 naik%0D%0Abaris 2"


def test_tables_csv_lists_every_cell_with_its_line_and_value(run, tmp_path):
    import csv
    import io

    (tmp_path / "laporan.md").write_text(
        "Tabel 1 Pegawai\n\n| Unit | L | P |\n|---|---|---|\n| Sekretariat | 6 | 4 |\n"
        "| Jumlah | 6 | 4 |\n", encoding="utf-8")
    result = run("tables", "laporan.md", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows[0] == {"table": "1", "caption": "Tabel 1 Pegawai", "line": "5",
                       "row_kind": "data", "column": "Unit", "text": "Sekretariat", "value": ""}
    assert [r["value"] for r in rows if r["column"] == "L"] == ["6.0", "6.0"]
    assert rows[-1]["row_kind"] == "total"


def test_tables_says_which_arithmetic_checks_ran_on_each_table(run, tmp_path):
    (tmp_path / "laporan.md").write_text(
        "Tabel 1 Pegawai\n\n| Unit | L | P | Jumlah |\n|---|---|---|---|\n"
        "| Sekretariat | 6 | 4 | 10 |\n| Bidang | 3 | 3 | 6 |\n| Jumlah | 9 | 7 | 16 |\n\n"
        "Tabel 2 Kegiatan\n\n| Kegiatan | Peserta |\n|---|---|\n| Rapat koordinasi | 35 |\n"
        "| Reses anggota | 120 |\n", encoding="utf-8")
    result = run("tables", "laporan.md", "--format", "json")
    import json

    tables = json.loads(result.output)["tables"]
    assert tables[0]["checked_by"] == ["crossfooting", "footing"]
    assert tables[1]["checked_by"] == []
    assert "diperiksa: crossfooting, footing" in run("tables", "laporan.md").output


def test_select_and_ignore_rules_and_families(run, tmp_path):
    import json

    (tmp_path / "laporan.md").write_text(
        "| Unit | L | P | Jumlah |\n|---|---|---|---|\n| Sekretariat | 6 | 4 | 11 |\n"
        "| Bidang A | 3 | 3 | 6 |\n| Bidang B | 2 | 5 | 7 |\n| Bidang C | 1 | 1 | 2 |\n"
        "| Jumlah | 12 | 13 | 27 |\n", encoding="utf-8")

    def rules(*args: str) -> set[str]:
        result = run("check", "laporan.md", "--format", "json", *args)
        return {f["rule"] for f in json.loads(result.output)["documents"][0]["findings"]}

    assert rules() == {"crossfooting", "footing"}
    assert rules("--select", "footing") == {"footing"}
    assert rules("--ignore", "arithmetic") == set()
    assert rules("--select", "arithmetic", "--ignore", "footing") == {"crossfooting"}
    result = run("check", "laporan.md", "--select", "fotting")
    assert result.exit_code == 2 and "unknown rule" in result.output


def test_jobs_give_the_same_output_in_the_same_order(run, tmp_path):
    folder = tmp_path / "laporan"
    folder.mkdir()
    table = ("| Unit | L | P | Jumlah |\n|---|---|---|---|\n| A | 6 | 4 | 10 |\n"
             "| B | 3 | 3 | 6 |\n| Jumlah | 9 | 7 | {total} |\n")
    for i, total in enumerate(("16", "17", "18", "16")):
        (folder / f"r{i}.md").write_text(table.format(total=total), encoding="utf-8")
    (folder / "rusak.md").write_bytes(bytes(range(256)) * 4)
    one = run("check", "laporan", "--format", "json", "--jobs", "1")
    two = run("check", "laporan", "--format", "json", "--jobs", "2")
    assert one.exit_code == two.exit_code == 2  # the unreadable file, after the others
    assert one.output == two.output
    assert one.output.count('"footing"') == 2


def _two_breaks(tmp_path):
    (tmp_path / "laporan.md").write_text(
        "| Unit | L | P | Jumlah |\n|---|---|---|---|\n| A | 6 | 4 | 10 |\n| B | 3 | 3 | 6 |\n"
        "| C | 2 | 2 | 4 |\n| Jumlah | 11 | 9 | 21 |\n\nPagu Rp 1.250.000,- (satu juta dua ratus "
        "ribu rupiah).\n", encoding="utf-8")


def test_terminal_triage_colour_statistics_quiet_and_severity_order(run, tmp_path, monkeypatch):
    _two_breaks(tmp_path)
    plain = run("check", "laporan.md", "--color", "never").output
    assert "\x1b[" not in plain
    lines = [x for x in plain.splitlines() if x.startswith("laporan.md:") and "[" in x]
    severities = [x.split()[1] for x in lines]  # in the report's language: kritis, mayor
    assert severities == sorted(severities, key=["kritis", "mayor", "minor", "info"].index)
    assert "1 kritis" in plain.splitlines()[-1]
    english = run("check", "laporan.md", "--color", "never", "--lang", "en").output
    assert " critical [words_vs_number]" in english
    coloured = run("check", "laporan.md", "--color", "always").output
    assert "\x1b[1;31mkritis\x1b[0m" in coloured
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("check", "laporan.md").output
    stats = run("check", "laporan.md", "--statistics", "--quiet").output
    assert not any(x.startswith("laporan.md:") for x in stats.splitlines())
    assert any(x.split()[1:] == ["footing", "mayor"] for x in stats.splitlines()
               if x.strip()[:1].isdigit())


def test_long_findings_are_wrapped_only_at_a_terminal():
    from audit.render.text import _wrapped

    line = "laporan.md:12: mayor [footing] " + "kata " * 40
    assert _wrapped(line, None) == line  # a pipe or file: one finding per line
    wrapped = _wrapped(line, 80).splitlines()
    assert len(wrapped) > 1 and all(len(x) <= 80 for x in wrapped)
    assert wrapped[0].startswith("laporan.md:12: mayor") and wrapped[1].startswith("    ")


STDIN_REPORT = """\
Tabel 5 Peserta
| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju | 1.064 |
| 2 | Wanasari  | 176 |
| Jumlah | | 1.260 |
"""


def test_a_report_read_from_standard_input_is_named_by_stdin_filename(run):
    result = run("check", "-", "--stdin-filename", "laporan/bab3.md", "--format", "json",
                 input=STDIN_REPORT)
    [doc] = json.loads(result.stdout)["documents"]
    assert doc["path"] == "laporan/bab3.md"
    assert [(f["rule"], f["line"], f["stated"]) for f in doc["findings"]] == \
        [("footing", 6, "1.260")]
    assert result.exit_code == 1


def test_standard_input_without_a_name_is_read_as_text(run):
    result = run("check", "-", "--format", "json", input=STDIN_REPORT.replace("1.260", "1.240"))
    [doc] = json.loads(result.stdout)["documents"]
    assert doc["path"] == "<stdin>"
    assert doc["findings"] == []
    assert result.exit_code == 0


@pytest.mark.parametrize("args, problem", [
    (("check", "-", "other.md"), "cannot be combined"),
    (("check", "x.md", "--stdin-filename", "a.md"), "needs '-'"),
    (("check", "-", "--stdin-filename", "a.exe"), "not a report format"),
    (("check", "-"), "standard input is empty"),
])
def test_bad_standard_input_use_is_one_line_exit_2(run, args, problem):
    result = run(*args, input="")
    assert result.exit_code == 2
    assert problem in _one_line_error(result)


class _Terminal:
    """A stand-in for stderr at a terminal: records what the progress bar writes."""

    def __init__(self) -> None:
        self.text = ""

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


def test_progress_bar_only_for_a_folder_at_a_terminal_outside_ci(monkeypatch):
    from audit import cli as cli_module

    terminal = _Terminal()
    monkeypatch.setattr(cli_module.sys, "stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    assert list(cli_module._progress(iter(range(3)), 3)) == [0, 1, 2]
    assert "3/3" in terminal.text

    terminal.text = ""
    assert list(cli_module._progress(iter([7]), 1)) == [7]  # one file: no bar
    monkeypatch.setenv("CI", "true")
    assert list(cli_module._progress(iter(range(3)), 3)) == [0, 1, 2]  # a CI log: no bar
    assert terminal.text == ""


def test_reports_with_run_in_headings_come_back_from_worker_processes(run, tmp_path):
    # a worker process sends its report back pickled; a bold run-in heading ("**IKU 1.**
    # ...") is kept in the report's headings and must survive that, or --jobs falls back to
    # one report at a time
    import pickle

    from audit.checks import RULES
    from audit.cli import _audit_one

    text = ("**IKU 1. Persentase dokumen tepat waktu.** Realisasi tahun ini 95,06%.\n\n"
            "| Unit | L | P | Jumlah |\n|---|---|---|---|\n| A | 6 | 4 | 10 |\n"
            "| B | 3 | 3 | 6 |\n| Jumlah | 9 | 7 | 17 |\n")
    (tmp_path / "r.md").write_text(text, encoding="utf-8")
    error, report = _audit_one((str(tmp_path / "r.md"), [r.id for r in RULES], 300))
    assert error is None and report is not None
    back = pickle.loads(pickle.dumps(report))
    assert [(f.rule, f.line) for f in back.findings] == [(f.rule, f.line) for f in report.findings]
    (tmp_path / "r2.md").write_text(text, encoding="utf-8")
    result = run("check", ".", "--format", "json", "--jobs", "2")
    assert "unavailable" not in result.output
