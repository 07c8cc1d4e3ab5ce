from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from audit.cli import cli

REPORT = """\
Tabel 5 Peserta
| No | Unit | Orang |
|---|---|---|
| 1 | Sukamaju | 1.064 |
| 2 | Wanasari  | 176 |
| Jumlah | | 1.260 |
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "laporan").mkdir()
    (tmp_path / "laporan" / "lkjip.md").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def footing(result) -> list[dict]:
    data = json.loads(result.stdout)
    return [f for d in data["documents"] for f in d["findings"] if f["rule"] == "footing"]


def test_pyproject_tool_audit_is_found_from_the_report_dir(project):
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.audit]\nfail-on = "critical"\n'
        'severity = {footing = "info"}\n', encoding="utf-8")
    result = run("check", "laporan/lkjip.md", "--format", "json")
    assert result.exit_code == 0
    [f] = footing(result)
    assert f["severity"] == "info"
    # the command line overrides the configured gate
    assert run("check", "laporan/lkjip.md", "--fail-on", "info").exit_code == 1


def test_audit_toml_in_parent_dir_of_report(tmp_path, monkeypatch):
    (tmp_path / "repo" / "laporan").mkdir(parents=True)
    (tmp_path / "repo" / "laporan" / "lkjip.md").write_text(REPORT, encoding="utf-8")
    (tmp_path / "repo" / ".audit.toml").write_text('disable = ["footing"]\n', encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = run("check", str(tmp_path / "repo" / "laporan" / "lkjip.md"), "--format", "json")
    assert footing(result) == []


def test_enable_only_listed_rules(project):
    (project / ".audit.toml").write_text('enable = ["rounding"]\n', encoding="utf-8")
    result = run("check", "laporan/lkjip.md", "--format", "json")
    assert result.exit_code == 0
    assert footing(result) == []


def test_explicit_config_overrides_search(project):
    (project / ".audit.toml").write_text('disable = ["footing"]\n', encoding="utf-8")
    (project / "strict.toml").write_text('lang = "en"\n', encoding="utf-8")
    result = run("check", "laporan/lkjip.md", "--config", "strict.toml")
    assert result.exit_code == 1
    assert "1 document," in result.stdout


def test_lang_from_config(project):
    (project / ".audit.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert "1 finding (" in run("check", "laporan/lkjip.md", "--fail-on", "none").stdout


def test_exclude_and_include_globs(project):
    (project / "laporan" / "draft.md").write_text(REPORT, encoding="utf-8")
    (project / ".audit.toml").write_text('exclude = ["laporan/draft*"]\n', encoding="utf-8")
    data = json.loads(run("check", "laporan", "--format", "json", "--fail-on", "none").stdout)
    assert [d["path"] for d in data["documents"]] == ["laporan/lkjip.md"]
    (project / ".audit.toml").write_text('include = ["*draft.md"]\n', encoding="utf-8")
    data = json.loads(run("check", "laporan", "--format", "json", "--fail-on", "none").stdout)
    assert [d["path"] for d in data["documents"]] == ["laporan/draft.md"]


@pytest.mark.parametrize(("content", "key"), [
    ('colour = "red"\n', "colour"),
    ('fail-on = "sometimes"\n', "fail-on"),
    ('enable = ["no_such_rule"]\n', "enable"),
    ('disable = "footing"\n', "disable"),
    ('severity = {footing = "huge"}\n', "severity.footing"),
    ('severity = {nope = "minor"}\n', "severity.nope"),
    ('lang = "fr"\n', "lang"),
    ('include = [1]\n', "include"),
])
def test_bad_configuration_exit_2_naming_the_key(project, content, key):
    (project / ".audit.toml").write_text(content, encoding="utf-8")
    result = run("check", "laporan/lkjip.md")
    assert result.exit_code == 2
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1
    assert f"'{key}'" in err
    assert "Traceback" not in err


def test_bad_key_in_pyproject_is_named_with_its_table(project):
    (project / "pyproject.toml").write_text('[tool.audit]\nfailon = "major"\n', encoding="utf-8")
    result = run("check", "laporan/lkjip.md")
    assert result.exit_code == 2
    assert "'tool.audit.failon'" in result.stderr


def test_invalid_toml_and_missing_config_exit_2(project):
    (project / ".audit.toml").write_text("enable = [\n", encoding="utf-8")
    result = run("check", "laporan/lkjip.md")
    assert result.exit_code == 2 and "invalid TOML" in result.stderr
    result = run("check", "laporan/lkjip.md", "--config", "missing.toml")
    assert result.exit_code == 2 and "missing.toml" in result.stderr


def test_pyproject_without_tool_audit_is_ignored(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert run("check", "laporan/lkjip.md").exit_code == 1


def test_audit_config_prints_the_effective_configuration_and_its_file(run, tmp_path):
    (tmp_path / ".audit.toml").write_text(
        'disable = ["rounding"]\nseverity = {citation = "info"}\nfail-on = "critical"\n',
        encoding="utf-8")
    result = run("config")
    assert result.exit_code == 0
    out = result.stdout
    assert f"# from {tmp_path / '.audit.toml'}" in out
    assert 'disable = ["rounding"]' in out
    assert 'severity = {citation = "info"}' in out
    assert 'fail-on = "critical"' in out
    ran = out.split("# rules that run: ")[1].split(", ")
    assert "footing" in ran and "rounding" not in ran


def test_audit_config_without_a_file_says_defaults(run):
    result = run("config")
    assert result.exit_code == 0
    assert "defaults" in result.stdout.splitlines()[0]
    assert 'fail-on = "major"' in result.stdout
