"""Which files of a folder are audited: git's ignore rules and folders that hold no reports."""

from __future__ import annotations

from pathlib import Path

from audit.discovery import discover

REPORT = "Tabel 1\n| No | Unit | Orang |\n|---|---|---|\n| 1 | A | 2 |\n| Jumlah | | 2 |\n"


def _tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _names(found: list[Path], root: Path) -> list[str]:
    return [p.relative_to(root).as_posix() for p in found]


def test_environment_build_and_hidden_folders_are_not_entered(tmp_path):
    _tree(tmp_path, {
        "laporan/lkjip.md": REPORT,
        "node_modules/pkg/notes.md": REPORT,
        ".venv/lib/readme.txt": REPORT,
        "build/lkjip.html": REPORT,
        ".git/COMMIT_EDITMSG.txt": REPORT,
        ".github/PULL_REQUEST_TEMPLATE.md": REPORT,
    })
    assert _names(discover([str(tmp_path)]), tmp_path) == ["laporan/lkjip.md"]


def test_gitignore_patterns_negations_and_nested_files_are_honoured(tmp_path):
    _tree(tmp_path, {
        ".gitignore": "draf/\n*.bak.md\n!penting.bak.md\n",
        "lkjip.md": REPORT,
        "lama.bak.md": REPORT,
        "penting.bak.md": REPORT,
        "draf/lkjip_draf.md": REPORT,
        "lampiran/.gitignore": "scan_*.txt\n",
        "lampiran/scan_01.txt": REPORT,
        "lampiran/kib.md": REPORT,
    })
    assert _names(discover([str(tmp_path)]), tmp_path) == \
        ["lampiran/kib.md", "lkjip.md", "penting.bak.md"]


def test_the_repository_root_gitignore_applies_to_a_subfolder_searched(tmp_path):
    _tree(tmp_path, {
        ".git/HEAD": "ref: refs/heads/main\n",
        ".gitignore": "laporan/arsip/\n",
        "laporan/lkjip.md": REPORT,
        "laporan/arsip/2019.md": REPORT,
    })
    found = discover([str(tmp_path / "laporan")])
    assert _names(found, tmp_path) == ["laporan/lkjip.md"]


def test_a_folder_named_on_the_command_line_is_searched_even_if_git_ignores_it(tmp_path):
    _tree(tmp_path, {
        ".git/HEAD": "ref: refs/heads/main\n",
        ".gitignore": "keluaran/\n",
        "keluaran/lkjip.md": REPORT,
    })
    assert _names(discover([str(tmp_path / "keluaran")]), tmp_path) == ["keluaran/lkjip.md"]


def test_a_file_named_on_the_command_line_is_audited_whatever_gitignore_says(tmp_path):
    _tree(tmp_path, {".gitignore": "*.md\n", "lkjip.md": REPORT})
    assert discover([str(tmp_path / "lkjip.md")]) == [tmp_path / "lkjip.md"]
    assert discover([str(tmp_path)]) == []


def test_a_folder_outside_any_repository_ignores_gitignores_above_it(tmp_path):
    # a stray .gitignore above a folder that is no repository does not hide its reports
    _tree(tmp_path, {".gitignore": "*.md\n", "unit/lkjip.md": REPORT})
    assert _names(discover([str(tmp_path / "unit")]), tmp_path) == ["unit/lkjip.md"]
