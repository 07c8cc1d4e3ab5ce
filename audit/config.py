"""Configuration: ``[tool.audit]`` in ``pyproject.toml`` or a top-level table in ``.audit.toml``.

Looked up in each report's directory and its parents, then in the current directory and its
parents; the first ``.audit.toml``, or ``pyproject.toml`` that has a ``[tool.audit]`` table,
wins (``.audit.toml`` before ``pyproject.toml`` in the same directory). ``--config FILE``
overrides the search.

Keys::

    enable   = ["footing"]             # only these rules (default: every rule)
    disable  = ["rounding"]            # never these rules
    severity = {rounding = "info"}     # override a rule's severity
    fail-on  = "major"                 # critical | major | minor | info | none
    include  = ["laporan/*.md"]        # file globs a report must match (default: all)
    exclude  = ["**/draft*"]           # file globs to skip
    lang     = "id"                    # id | en

Unknown keys and bad values are errors that name the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from audit.findings import Severity
from audit.messages import LANGS

FAIL_ON = ["critical", "major", "minor", "info", "none"]
CONFIG_NAMES = (".audit.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass
class Config:
    source: Path | None = None
    enable: list[str] | None = None
    disable: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    fail_on: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    lang: str | None = None
    # Seconds of checking one document may take; None: the engine's default.
    time_budget: float | None = None

    @property
    def base(self) -> Path:
        return self.source.parent if self.source else Path.cwd()

    def describe(self, rules: list[str], default_time_budget: float) -> str:
        """The effective configuration as TOML, with where it came from (``audit config``)."""

        def toml_list(values: list[str]) -> str:
            return "[" + ", ".join(f'"{v}"' for v in values) + "]"

        source = f"# from {self.source}" if self.source else \
            "# no .audit.toml or pyproject.toml [tool.audit] found: defaults"
        severities = ", ".join(f'{k} = "{v.label}"' for k, v in sorted(self.severity.items()))
        lines = [
            source,
            f"enable = {toml_list(self.enable) if self.enable is not None else '[]'}"
            + ("" if self.enable is not None else "  # empty: every rule"),
            f"disable = {toml_list(self.disable)}",
            f"severity = {{{severities}}}",
            f'fail-on = "{self.fail_on or "major"}"',
            f"include = {toml_list(self.include)}",
            f"exclude = {toml_list(self.exclude)}",
            f'lang = "{self.lang or "id"}"',
            f"time-budget = {self.time_budget or default_time_budget:g}",
            f"# rules that run: {', '.join(r for r in rules if self.rule_enabled(r))}",
        ]
        return "\n".join(lines) + "\n"

    def rule_enabled(self, rule_id: str) -> bool:
        if self.enable is not None and rule_id not in self.enable:
            return False
        return rule_id not in self.disable

    def selects(self, path: Path) -> bool:
        """Whether ``path`` passes the include/exclude globs."""
        names = _candidates(path, self.base)
        if self.include and not any(fnmatch(n, g) for n in names for g in self.include):
            return False
        return not any(fnmatch(n, g) for n in names for g in self.exclude)


def _candidates(path: Path, base: Path) -> list[str]:
    """The names a glob is matched against: as given, relative to the config, and the name."""
    names = [path.as_posix(), path.name]
    try:
        names.append(path.resolve().relative_to(base.resolve()).as_posix())
    except (ValueError, OSError):
        pass
    return names


def find_config(paths: list[str], cwd: Path | None = None) -> Path | None:
    """The configuration file that applies to reports at ``paths``, if any."""
    starts: list[Path] = []
    for raw in paths[:1]:
        try:
            p = Path(raw).resolve()
        except (OSError, RuntimeError):  # a symlink loop: the reader reports it
            p = Path(os.path.abspath(raw))
        starts.append(p if p.is_dir() else p.parent)
    starts.append((cwd or Path.cwd()).resolve())
    seen: set[Path] = set()
    for start in starts:
        for d in [start, *start.parents]:
            if d in seen:
                continue
            seen.add(d)
            for name in CONFIG_NAMES:
                candidate = d / name
                if candidate.is_file() and _has_config(candidate):
                    return candidate
    return None


def _has_config(path: Path) -> bool:
    if path.name != "pyproject.toml":
        return True
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return isinstance(data.get("tool"), dict) and "audit" in data["tool"]


def load_config(path: Path, known_rules: set[str]) -> Config:
    """Read and validate one configuration file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    prefix = ""
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("audit", {}) if isinstance(data.get("tool"), dict) \
            else {}
        prefix = "tool.audit."
    else:
        table = data.get("tool", {}).get("audit") \
            if set(data) == {"tool"} and isinstance(data["tool"], dict) \
            and "audit" in data["tool"] else data
        if table is not data:
            prefix = "tool.audit."
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: '{prefix.rstrip('.') or 'tool.audit'}' must be a table")
    return parse_config(table, known_rules, path, prefix)


def parse_config(table: dict[str, Any], known_rules: set[str], source: Path | None = None,
                 prefix: str = "") -> Config:
    where = f"{source}: " if source else ""

    def fail(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{where}'{prefix}{key}': {problem}")

    def rule_list(key: str) -> list[str]:
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of rule ids")
        unknown = [v for v in value if v not in known_rules]
        if unknown:
            known = ', '.join(sorted(known_rules))
            raise fail(key, f"unknown rule '{unknown[0]}' (known: {known})")
        return list(value)

    def glob_list(key: str) -> list[str]:
        value = table[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, "must be a list of file globs")
        return list(value)

    config = Config(source=source)
    for key in table:
        if key == "enable":
            config.enable = rule_list(key)
        elif key == "disable":
            config.disable = rule_list(key)
        elif key == "severity":
            value = table[key]
            if not isinstance(value, dict):
                raise fail(key, 'must be a table such as {rounding = "info"}')
            for rule_id, level in value.items():
                if rule_id not in known_rules:
                    raise fail(f"{key}.{rule_id}", "unknown rule "
                               f"(known: {', '.join(sorted(known_rules))})")
                if not isinstance(level, str):
                    raise fail(f"{key}.{rule_id}", "must be a severity string")
                try:
                    config.severity[rule_id] = Severity.parse(level)
                except ValueError as exc:
                    raise fail(f"{key}.{rule_id}", str(exc)) from None
        elif key in ("fail-on", "fail_on"):
            value = table[key]
            if not isinstance(value, str) or value.strip().lower() not in FAIL_ON:
                raise fail(key, f"must be one of {', '.join(FAIL_ON)}, not {value!r}")
            config.fail_on = value.strip().lower()
        elif key == "include":
            config.include = glob_list(key)
        elif key == "exclude":
            config.exclude = glob_list(key)
        elif key == "lang":
            value = table[key]
            if value not in LANGS:
                raise fail(key, f"must be one of {', '.join(LANGS)}, not {value!r}")
            config.lang = value
        elif key in ("time-budget", "time_budget"):
            value = table[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                raise fail(key, f"must be a positive number of seconds, not {value!r}")
            config.time_budget = float(value)
        else:
            raise fail(key, "unknown key (known: enable, disable, severity, fail-on, include, "
                            "exclude, lang, time-budget)")
    return config
