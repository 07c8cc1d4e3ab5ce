#!/usr/bin/env python3
"""Run the GitHub Actions recipe (docs/examples/github-audit.yml) locally, step by step, on a
scratch repository of reports, and check that it does what docs/ci.md promises.

Usage::

    python scripts/ci_recipe.py              # a fresh venv, audit installed from this checkout
    python scripts/ci_recipe.py --no-install # use the `audit` already on PATH (faster)

What it does:

1. makes a scratch git repository with ``laporan/`` holding two reports (copies of clean
   samples), records a baseline (``audit baseline``) and commits it;
2. opens a "pull request": one figure of one report is changed so that a total no longer
   foots;
3. runs every ``run:`` step of the workflow with bash, in order, with ``GITHUB_STEP_SUMMARY``
   pointing at a file, honouring ``if: always()`` (a failed step skips the steps after it
   unless they say ``always()``); the install step installs this checkout (at the tag the
   recipe names, when that tag exists here) instead of the GitHub URL;
4. stands in for ``upload-sarif``: the SARIF file must be SARIF 2.1.0 with the one new finding;
5. checks that the audit step failed with exit 1 (a new break), that the job summary holds
   the finding in Markdown, and that the baseline hid the findings accepted before.

Exit status 0 when every check passed, 1 otherwise. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / "docs" / "examples" / "github-audit.yml"
# a clean report and one with findings accepted before (the baseline must keep hiding them)
SAMPLES = ("lkjip_dinas_kabupaten.md", "lkjip_dinas_provinsi_seeded.md")


@dataclass
class Step:
    name: str
    run: str | None
    uses: str | None
    always: bool


def steps(workflow: str) -> list[Step]:
    """The steps of the workflow's one job (enough YAML for this file: ``- name``, ``uses``,
    ``if`` and ``run`` as one line or a ``|`` block)."""
    out: list[Step] = []
    lines = workflow.splitlines()
    i = 0
    current: dict[str, str] | None = None
    indent = None
    while i < len(lines):
        line = lines[i]
        m = re.match(r"^(\s*)- (\w[\w-]*):\s*(.*)$", line)
        if m and (indent is None or len(m.group(1)) == indent) and "steps:" in "\n".join(
                lines[:i]):
            indent = len(m.group(1))
            if current is not None:
                out.append(_step(current))
            current = {m.group(2): m.group(3)}
        elif current is not None and (m2 := re.match(r"^\s+(\w[\w-]*):\s*(.*)$", line)):
            key, value = m2.group(1), m2.group(2)
            if value == "|":
                block = []
                i += 1
                while i < len(lines) and (not lines[i].strip()
                                          or len(lines[i]) - len(lines[i].lstrip()) > indent + 2):
                    block.append(lines[i].strip())
                    i += 1
                current[key] = "\n".join(block)
                continue
            current[key] = value
        i += 1
    if current is not None:
        out.append(_step(current))
    return out


def _step(fields: dict[str, str]) -> Step:
    return Step(fields.get("name", fields.get("uses", fields.get("run", ""))).strip('"'),
                fields.get("run"), fields.get("uses"), "always()" in fields.get("if", ""))


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "ci", "GIT_AUTHOR_EMAIL": "ci@x",
                        "GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@x"})


def install_source(run: str) -> str:
    """The recipe's install line with this checkout in place of the GitHub URL: at the tag
    the recipe names when this repository has it, else the working tree."""
    tag = re.search(r"@(v[\w.]+)\"?\s*$", run)
    source = str(ROOT)
    if tag:
        known = subprocess.run(["git", "tag", "--list", tag.group(1)], cwd=ROOT,
                               capture_output=True, text=True).stdout.strip()
        if known:
            # pip reads a local repository at a tag in its own VCS form, not as PEP 508
            source = f"git+file://{ROOT}@{tag.group(1)}#egg=lkjip-audit"
    return re.sub(r"[\w.-]+\s*@\s*git\+https://\S+?@v[\w.]+", source, run)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-install", action="store_true",
                        help="use the audit on PATH instead of installing into a fresh venv")
    parser.add_argument("--keep", action="store_true", help="keep the scratch repository")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="audit-ci-recipe-"))
    failures: list[str] = []
    try:
        repo = work / "reports"
        (repo / "laporan").mkdir(parents=True)
        for name in SAMPLES:
            shutil.copy(ROOT / "sample_reports" / name, repo / "laporan" / name)
        env = dict(os.environ)
        if not args.no_install:
            subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True)
            env["PATH"] = f"{work / 'venv' / 'bin'}{os.pathsep}{env['PATH']}"
            env["VIRTUAL_ENV"] = str(work / "venv")
        env.pop("CI", None)
        summary = work / "step_summary.md"
        summary.touch()
        env["GITHUB_STEP_SUMMARY"] = str(summary)
        git(repo, "init", "-q")
        workflow = WORKFLOW.read_text(encoding="utf-8")
        (repo / ".github" / "workflows").mkdir(parents=True)
        (repo / ".github" / "workflows" / "audit.yml").write_text(workflow, encoding="utf-8")

        results: list[tuple[Step, int | None]] = []
        failed = False
        recipe = steps(workflow)
        install = [s for s in recipe if s.run and "pip install" in s.run]
        audit_steps = [s for s in recipe if s not in install]
        # install first (as the job would), then record the accepted state of the reports
        for step in install:
            if args.no_install:
                results.append((step, None))
                continue
            code = subprocess.run(["bash", "-e", "-c", install_source(step.run or "")],
                                  cwd=repo, env=env).returncode
            results.append((step, code))
            if code:
                failures.append(f"install step exited {code}")
                return _report(results, failures, work, args.keep)
        base = subprocess.run(["audit", "baseline", "laporan/", "-o", ".audit-baseline.json"],
                              cwd=repo, env=env, capture_output=True, text=True)
        if base.returncode:
            failures.append(f"audit baseline exited {base.returncode}: {base.stderr.strip()}")
        accepted = len(json.loads((repo / ".audit-baseline.json").read_text())["findings"])
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "reports and accepted findings")

        # the pull request: one total no longer foots
        target = repo / "laporan" / SAMPLES[0]
        text = target.read_text(encoding="utf-8")
        changed, new_total = _break_a_total(text)
        if changed == text:
            failures.append("could not find a Jumlah row to change in the sample")
        target.write_text(changed, encoding="utf-8")
        git(repo, "commit", "-q", "-am", "a figure changed")

        for step in audit_steps:
            if step.run is None:
                results.append((step, None))  # an action: stood in for below
                continue
            if failed and not step.always:
                results.append((step, None))
                continue
            code = subprocess.run(["bash", "-e", "-c", step.run], cwd=repo, env=env).returncode
            results.append((step, code))
            failed = failed or code != 0

        # what the steps must have done
        codes = {s.name: c for s, c in results}
        if codes.get("Audit the reports") != 1:
            failures.append(f"the audit step exited {codes.get('Audit the reports')}, "
                            "not 1 (a new break must fail the job)")
        sarif_path = repo / "audit.sarif"
        if not sarif_path.is_file():
            failures.append("no audit.sarif for upload-sarif")
        else:
            sarif = json.loads(sarif_path.read_text(encoding="utf-8"))
            results_ = sarif.get("runs", [{}])[0].get("results", [])
            if sarif.get("version") != "2.1.0" or not sarif.get("runs"):
                failures.append("audit.sarif is not SARIF 2.1.0")
            new = [r for r in results_ if not r.get("suppressions")]
            if len(new) != 1 or new[0].get("ruleId") != "footing":
                failures.append(f"SARIF holds {len(new)} new results "
                                f"({[r.get('ruleId') for r in new]}), expected the one footing "
                                f"break; {accepted} accepted findings must stay hidden")
        page = summary.read_text(encoding="utf-8")
        if new_total and new_total not in page or "footing" not in page:
            failures.append("the job summary does not show the new footing finding")
        return _report(results, failures, work, args.keep, accepted)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _break_a_total(text: str) -> tuple[str, str]:
    """The report with its first ``Jumlah`` row's last figure raised by one."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.lstrip().startswith("|") and re.search(r"\|\s*\**Jumlah", line):
            cells = line.rstrip("\n").split("|")
            for k in range(len(cells) - 1, -1, -1):
                figure = cells[k].strip().strip("*")
                if re.fullmatch(r"\d{1,3}(\.\d{3})*", figure):
                    value = int(figure.replace(".", "")) + 1
                    new = f"{value:,}".replace(",", ".")
                    cells[k] = cells[k].replace(figure, new)
                    lines[i] = "|".join(cells) + "\n"
                    return "".join(lines), new
    return text, ""


def _report(results: list[tuple[Step, int | None]], failures: list[str], work: Path,
            keep: bool, accepted: int = 0) -> int:
    for step, code in results:
        state = "skipped" if code is None and step.run else \
            "stood in" if code is None else f"exit {code}"
        print(f"ci-recipe: {step.name}: {state}")
    print(f"ci-recipe: {accepted} findings accepted in the baseline before the change")
    if keep:
        print(f"ci-recipe: scratch repository kept in {work}")
    if failures:
        for failure in failures:
            print(f"ci-recipe: FAILED: {failure}", file=sys.stderr)
        return 1
    print("ci-recipe: OK: the new break failed the job, SARIF and the job summary show it, "
          "the baseline hid the rest")
    return 0


if __name__ == "__main__":
    sys.exit(main())
