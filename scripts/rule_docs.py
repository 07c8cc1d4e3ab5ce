"""Write docs/rules/ from the rules' docstrings: ``python scripts/rule_docs.py``.

``--check`` writes nothing and exits 1 when a page is missing, stale or left over.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from audit.render.rule_docs import pages

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules"


def stale(folder: Path = DOCS) -> list[str]:
    """Pages that differ from what the docstrings give, or that no rule gives any more."""
    wanted = pages()
    problems = [name for name, text in wanted.items()
                if not (folder / name).is_file()
                or (folder / name).read_text(encoding="utf-8") != text]
    problems += [p.name for p in folder.glob("*.md") if p.name not in wanted]
    return sorted(problems)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = stale()
        for name in problems:
            print(f"docs/rules/{name} is stale: run python scripts/rule_docs.py", file=sys.stderr)
        return 1 if problems else 0
    DOCS.mkdir(parents=True, exist_ok=True)
    wanted = pages()
    for old in DOCS.glob("*.md"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (DOCS / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(wanted)} pages to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
