"""The CI recipes in docs/: what the documentation shows is what scripts/ci_recipe.py runs, and
the pre-commit hook takes reports, not the repository's own README or changelog."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("ci_recipe", ROOT / "scripts" / "ci_recipe.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("ci_recipe", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_workflow_in_the_docs_is_the_one_the_recipe_script_runs():
    example = (ROOT / "docs" / "examples" / "github-audit.yml").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    body = example.split("name: audit\n", 1)[1]
    assert "name: audit\n" + body in docs


def test_the_recipe_installs_audits_summarises_and_uploads_even_after_a_failure():
    steps = _script().steps((ROOT / "docs" / "examples" / "github-audit.yml").read_text())
    by_name = {s.name: s for s in steps}
    assert "pip install" in by_name["Install audit"].run
    assert "--format sarif" in by_name["Audit the reports"].run
    assert not by_name["Audit the reports"].always
    assert by_name["Job summary"].always and "$GITHUB_STEP_SUMMARY" in by_name["Job summary"].run
    assert by_name["Upload SARIF"].always and "upload-sarif" in by_name["Upload SARIF"].uses


def test_the_install_line_names_the_tagged_release_of_this_version():
    from audit import __version__

    example = (ROOT / "docs" / "examples" / "github-audit.yml").read_text(encoding="utf-8")
    assert f'lkjip-audit @ git+https://github.com/OWNER/audit@v{__version__}"' in example
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "lkjip-audit"' in pyproject and f'version = "{__version__}"' in pyproject


def test_the_pre_commit_hook_takes_report_formats_and_leaves_readme_and_changelog():
    hook = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    files = re.compile(re.search(r"^\s*files:\s*(\S+)", hook, re.M).group(1))
    exclude = re.compile(re.search(r"^\s*exclude:\s*(\S+)", hook, re.M).group(1))

    def taken(path: str) -> bool:
        return bool(files.search(path)) and not exclude.search(path)

    for path in ("laporan/lkjip_2025.md", "lkjip.pdf", "a/b/lampiran.xlsx", "draf.docx",
                 "bab3.txt", "lkjip.html"):
        assert taken(path), path
    for path in ("README.md", "docs/README.md", "CHANGELOG.md", "LICENSE.txt", "ci.yml"):
        assert not taken(path), path
