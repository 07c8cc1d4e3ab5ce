"""Output never carries live content from a report, and never crashes on what it prints
(issue 16: escaping, encodings, paths, CSP, determinism)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys

import pytest

from audit.engine import audit_document
from audit.printable import printable
from audit.readers.text import parse_text
from audit.render import html, markdown, sarif, text

BROKEN = ("Tabel 1 Pegawai\n\n| Unit | L | P | Jumlah |\n|---|---|---|---|\n"
          "| {label} | 6 | 4 | 10 |\n| Bidang | 3 | 3 | 6 |\n| Jumlah | 9 | 7 | 17 |\n")


def _report(label: str, path: str = "laporan.md", caption: str = "Pegawai"):
    report = BROKEN.format(label=label).replace("Pegawai", caption)
    return [audit_document(parse_text(report, path))]


def test_printable_spells_out_what_could_act_on_a_terminal_or_a_runner():
    assert printable("a\nb\x1b[2Jc\u202ed") == "a\\nb\\x1b[2Jc\\u202ed"
    assert printable("a\udcffb.md") == "a\\xffb.md"  # an undecodable byte of a file name
    assert printable("Rp 1.234,- – “resmi” ✓") == "Rp 1.234,- – “resmi” ✓"


def test_markdown_shows_report_text_as_text_never_as_markup():
    hostile = "<script>alert(1)</script> ![x](http://evil/x.png) @everyone *tebal*"
    out = markdown.render(_report(hostile + " ```", caption=hostile))
    # an excerpt in a fenced block is shown verbatim, and cannot close its fence
    fenced = re.findall(r"^```text\n(.*?)^```$", out, re.S | re.M)
    assert fenced and all("```" not in block for block in fenced)
    out = re.sub(r"^```text\n.*?^```$", "", out, flags=re.S | re.M)
    assert "<script>" not in out and "![x](" not in out
    assert "@everyone" not in out  # a word joiner keeps it from notifying anyone
    assert "\\<script\\>" in out and "\\!\\[x\\]" in out


def test_text_output_drops_terminal_escape_sequences():
    report = ("| Unit | L | P | Jumlah |\n|---|---|---|---|\n"
              "| Bidang \x1b[2J\x1b]0;pwned\x07 Umum | 6 | 4 | 11 |\n| Lain | 3 | 2 | 5 |\n"
              "| Sekretariat | 4 | 1 | 5 |\n| Umum | 7 | 2 | 9 |\n")
    out = text.render([audit_document(parse_text(report, "x.md"))])
    assert "crossfooting" in out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J" in out


def test_a_newline_in_a_file_name_cannot_inject_a_workflow_command(run, tmp_path):
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "a\n::error ::palsu.md").write_text(BROKEN.format(label="Sekretariat"),
                                                  encoding="utf-8")
    for fmt in ("text", "markdown", "github"):
        result = run("check", "laporan", "--format", fmt)
        assert not any(line.startswith("::error ::palsu") for line in result.output.split("\n"))


def test_html_csp_allows_only_the_pages_own_script():
    page = html.render(_report("Sekretariat"))
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert f"'sha256-{digest}'" in policy


def test_output_in_a_narrow_encoding_is_replaced_not_a_crash(tmp_path):
    path = tmp_path / "laporan.md"
    path.write_text(BROKEN.format(label="Bidang – Umum “resmi”"), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "latin-1"}
    done = subprocess.run([sys.executable, "-m", "audit", "check", str(path)],
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 1, done.stderr
    assert b"Traceback" not in done.stderr
    assert b"footing" in done.stdout


@pytest.mark.skipif(sys.platform != "linux", reason="file names of arbitrary bytes: Linux")
def test_an_undecodable_file_name_gives_valid_sarif(run, tmp_path):
    folder = tmp_path / "laporan"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"a\xff.md"), "w", encoding="utf-8") as fh:
        fh.write(BROKEN.format(label="Sekretariat"))
    result = run("check", "laporan", "--format", "sarif")
    data = json.loads(result.output[result.output.index("{"):])
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in data["runs"][0]["results"]}
    assert uris and all("\\xff" in u or "%5Cxff" in u for u in uris)


def test_a_very_deep_folder_is_searched_without_recursion(run, tmp_path):
    here = os.getcwd()
    os.mkdir("dalam")
    os.chdir("dalam")
    try:
        for _ in range(1100):  # deeper than Python's recursion limit
            os.mkdir("d")
            os.chdir("d")
        with open("laporan.md", "w", encoding="utf-8") as fh:
            fh.write(BROKEN.format(label="Sekretariat"))
    finally:
        os.chdir(here)
    try:
        result = run("check", "dalam", "--format", "json")
        assert result.exit_code == 1
        assert json.loads(result.output)["documents"][0]["findings"]
    finally:
        _remove_deep("dalam")


def _remove_deep(top: str) -> None:
    """shutil.rmtree recurses, and would fail on the tree (and pytest's cleanup with it)."""
    here = os.getcwd()
    os.chdir(top)
    depth = 0
    while os.path.isdir("d"):
        os.chdir("d")
        depth += 1
    os.remove("laporan.md")
    for _ in range(depth):
        os.chdir("..")
        os.rmdir("d")
    os.chdir(here)


def test_a_report_named_output_inside_the_audited_folder_is_refused(run, tmp_path):
    folder = tmp_path / "laporan"
    folder.mkdir()
    (folder / "a.md").write_text(BROKEN.format(label="Sekretariat"), encoding="utf-8")
    result = run("check", "laporan", "--format", "markdown", "-o", "laporan/hasil.md")
    assert result.exit_code == 2 and "inside the audited folder" in result.output
    assert not (folder / "hasil.md").exists()
    assert run("check", "laporan", "--format", "markdown", "-o", "hasil.md").exit_code == 1


def test_the_same_input_gives_byte_identical_outputs():
    for renderer in (markdown, sarif, html):
        assert renderer.render(_report("Sekretariat")) == renderer.render(_report("Sekretariat"))


def test_a_table_printed_twice_gives_two_findings_with_distinct_stable_ids():
    table = BROKEN.format(label="Sekretariat")
    doc = parse_text(table + "\nTeks di antara.\n\n" + table, "x.md")
    findings = audit_document(doc).findings
    ids = [f.fingerprint(doc.lines) for f in findings]
    assert len(findings) == 2 and len(set(ids)) == 2
    moved = parse_text("Baris baru di atas.\n\n" + table + "\nTeks di antara.\n\n" + table,
                       "x.md")
    assert [f.fingerprint(moved.lines) for f in audit_document(moved).findings] == ids


def test_findings_do_not_depend_on_the_hash_seed():
    # set iteration order changes with PYTHONHASHSEED; the report must not
    from pathlib import Path

    report = Path(__file__).resolve().parent.parent / "sample_reports" / "blind" / \
        "lkjip_inspektorat_seeded.md"
    outputs = []
    for seed in ("1", "4", "6"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-m", "audit", "check", str(report),
                               "--format", "json", "--fail-on", "none"],
                              capture_output=True, env=env, timeout=300)
        outputs.append(done.stdout)
    assert outputs[0] and outputs[0] == outputs[1] == outputs[2]
