"""GitLab Code Quality and JUnit XML: the formats other CI systems read."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

REPORT = """\
Tabel 5 Peserta
| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju | 1.064 |
| 2 | Wanasari  | 176 |
| Jumlah | | 1.260 |
"""

CLEAN = REPORT.replace("1.260", "1.240")


def test_gitlab_code_quality_issues_name_rule_severity_path_and_line(run, tmp_path):
    (tmp_path / "a.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.md").write_text(REPORT, encoding="utf-8")
    result = run("check", "a.md", "b.md", "--format", "gitlab")
    assert result.exit_code == 1
    issues = json.loads(result.stdout)
    assert [(i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"])
            for i in issues] == [("footing", "major", "a.md", {"begin": 6}),
                                 ("footing", "major", "b.md", {"begin": 6})]
    assert "1.260" in issues[0]["description"]
    # the same break in two reports is two issues in GitLab's widget, not one
    assert issues[0]["fingerprint"] != issues[1]["fingerprint"]


def test_gitlab_report_of_a_clean_report_is_an_empty_list(run, tmp_path):
    (tmp_path / "a.md").write_text(CLEAN, encoding="utf-8")
    result = run("check", "a.md", "--format", "gitlab")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_junit_fails_a_case_only_at_or_above_fail_on(run, tmp_path):
    (tmp_path / "a.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "bersih.md").write_text(CLEAN, encoding="utf-8")
    failing = ET.fromstring(run("check", "a.md", "bersih.md", "--format", "junit").stdout)
    suites = {s.get("name"): s for s in failing.iter("testsuite")}
    assert suites["a.md"].get("failures") == "1"
    [failure] = suites["a.md"].iter("failure")
    assert failure.get("type") == "major" and "1.260" in failure.get("message")
    # a clean report is a passing case, not an empty suite
    assert suites["bersih.md"].get("tests") == "1" and suites["bersih.md"].get("failures") == "0"

    lenient = ET.fromstring(run("check", "a.md", "--format", "junit",
                                "--fail-on", "critical").stdout)
    assert lenient.get("failures") == "0"
    assert "1.260" in next(lenient.iter("system-out")).text


def test_junit_stays_well_formed_xml_whatever_the_report_contains(run, tmp_path):
    hostile = REPORT.replace("Wanasari", "Wana\x1b[31m<sari>&\x07").replace(
        "Tabel 5 Peserta", "Tabel 5 ]]> Peserta")
    (tmp_path / "a.md").write_text(hostile, encoding="utf-8")
    out = run("check", "a.md", "--format", "junit").stdout
    root = ET.fromstring(out)  # raises on malformed XML
    assert root.get("failures") == "1"
    assert "\x1b" not in out and "\x07" not in out
