"""The registry of checks. Each check module exposes ``RULE`` (a :class:`Rule`)."""

from __future__ import annotations

from audit.checks import footing
from audit.checks.base import Rule

RULES: list[Rule] = [
    footing.RULE,
]

# Rules a check may emit besides its own id (e.g. footing reports last-digit slips as rounding).
EXTRA_RULE_IDS = {"rounding"}


def rule_by_id(rule_id: str) -> Rule | None:
    return next((r for r in RULES if r.id == rule_id), None)
