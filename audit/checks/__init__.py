"""The registry of checks: every module in this package that defines ``RULE`` is a check.

Adding a check is adding a module; nothing else needs editing.
"""

from __future__ import annotations

import importlib
import pkgutil

from audit.checks.base import Rule

# Rules a check may emit besides its own id (footing reports last-digit slips as rounding).
# The XLSX reader reports a SUM range that leaves out rows (sum_range).
EXTRA_RULE_IDS = {"rounding", "sum_range"}


def _discover() -> list[Rule]:
    rules: list[Rule] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        rule = getattr(module, "RULE", None)
        if isinstance(rule, Rule):
            rules.append(rule)
    return sorted(rules, key=lambda r: r.runs_last)


RULES: list[Rule] = _discover()


def rule_by_id(rule_id: str) -> Rule | None:
    return next((r for r in RULES if r.id == rule_id), None)
