"""Which files under the paths on the command line are reports to audit.

A file named on the command line is always audited. Inside a directory:

- folders that never hold a reviewer's reports are not entered: version control, virtual
  environments, package caches and build output (``DEFAULT_EXCLUDES``), and hidden folders;
- files and folders ignored by git are passed over, as git itself would: every
  ``.gitignore`` from the repository's root down to the folder holding the file applies
  (pathspec implements git's wildmatch rules, negation and directory patterns included);
- answer keys, configuration, images and READMEs sit beside reports and are not reports;
- a file of a kind no reader knows is returned in ``skipped`` so that the caller says so.

Directories are walked without recursion and without following links to directories, so a
tree of any depth or a link that loops back ends; a directory that cannot be listed is added
to ``unreadable`` with the reason.
"""

from __future__ import annotations

import os
from pathlib import Path

from audit.readers import REPORT_SUFFIXES

DEFAULT_EXCLUDES = frozenset({
    "node_modules", "venv", "env", "build", "dist", "site-packages", "__pycache__",
    "_build", "htmlcov",
})

# Files that sit beside reports and are plainly not reports themselves.
NOT_REPORTS = frozenset({
    ".json", ".toml", ".yaml", ".yml", ".cfg", ".ini", ".py", ".png", ".jpg", ".jpeg", ".gif",
    ".svg", ".css", ".js", ".sarif", ".lock", ".csv",
})


def discover(paths: list[str], skipped: list[Path] | None = None,
             unreadable: list[str] | None = None) -> list[Path]:
    """Report files at ``paths``, in command-line order, each directory's files sorted."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if not p.is_dir():
            found.append(p)
            continue
        for f in _walk(p, unreadable):
            if f.name.startswith(".") or f.name.lower().startswith("readme") or \
                    f.suffix.lower() in NOT_REPORTS:
                continue
            if f.suffix.lower() in REPORT_SUFFIXES:
                found.append(f)
            elif skipped is not None:
                skipped.append(f)
    return found


class _GitIgnores:
    """The ``.gitignore`` files that apply inside one searched directory."""

    def __init__(self, root: Path) -> None:
        self._specs: dict[Path, object | None] = {}
        # the ignore files above the searched folder, up to the repository's root
        self.outer: list[Path] = []
        try:
            here = root.resolve()
        except (OSError, RuntimeError):
            return
        outer = []
        for folder in here.parents:
            if self.spec(folder) is not None:
                outer.append(folder)
            if (folder / ".git").exists():
                break
        else:
            outer = []  # not in a repository: only the folders searched count
        # a folder named on the command line is searched even if git ignores it
        if not self._matches(here, True, outer):
            self.outer = outer

    def spec(self, folder: Path):  # noqa: ANN201 - a pathspec object or None
        """The patterns of ``folder``'s own .gitignore, if it has one."""
        if folder not in self._specs:
            spec = None
            ignore = folder / ".gitignore"
            try:
                if ignore.is_file():
                    import pathspec

                    lines = ignore.read_text(encoding="utf-8", errors="replace").splitlines()
                    spec = pathspec.GitIgnoreSpec.from_lines(lines)
            except OSError:
                spec = None
            self._specs[folder] = spec
        return self._specs[folder]

    def _matches(self, target: Path, is_dir: bool, folders: list[Path]) -> bool:
        for folder in folders:
            try:
                relative = target.relative_to(folder).as_posix()
            except ValueError:
                continue
            if self.spec(folder).match_file(relative + "/" if is_dir else relative):  # type: ignore[attr-defined]
                return True
        return False

    def ignored(self, path: Path, is_dir: bool, inner: list[Path]) -> bool:
        """Whether git ignores ``path``; ``inner`` are the searched folders above it that
        have a .gitignore (resolved)."""
        folders = [*self.outer, *inner]
        if not folders:
            return False
        try:
            target = path.resolve()
        except (OSError, RuntimeError):
            return False
        return self._matches(target, is_dir, folders)


def _walk(root: Path, unreadable: list[str] | None) -> list[Path]:
    """Files under ``root`` in sorted order, depth first, iteratively."""
    ignores = _GitIgnores(root)
    files: list[Path] = []
    # each folder with the searched folders above it whose .gitignore files apply
    stack: list[tuple[Path, list[Path]]] = [(root, [])]
    while stack:
        folder, above = stack.pop()
        chain = above
        if ignores.spec(folder) is not None:
            try:
                chain = [*above, folder.resolve()]
            except (OSError, RuntimeError):
                pass
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if unreadable is None:
                raise
            unreadable.append(f"{folder}: cannot list the folder ({exc.strerror or exc})")
            continue
        subfolders = []
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name.startswith(".") or entry.name in DEFAULT_EXCLUDES \
                            or ignores.ignored(path, True, chain):
                        continue
                    subfolders.append((path, chain))
                elif entry.is_file() and not ignores.ignored(path, False, chain):
                    files.append(path)
            except OSError:
                continue  # a link that loops or points nowhere: not a report file
        stack.extend(reversed(subfolders))
    return sorted(files)
