from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from audit.cli import cli
from audit.model import Document
from audit.readers.text import parse_text

# Property tests judge behaviour, not speed: a loaded machine must not fail them on time,
# and a generator that must discard many draws (figures with a zero to damage, tables with
# four telling rows) is slow, not wrong.
settings.register_profile("audit", deadline=None,
                          suppress_health_check=[HealthCheck.filter_too_much,
                                                 HealthCheck.too_slow])
settings.load_profile("audit")


@pytest.fixture
def read():
    """Parse an inline report (dedented) into the document model."""

    def _read(text: str) -> Document:
        return parse_text(textwrap.dedent(text).lstrip("\n"), "fixture.md")

    return _read


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Run the CLI in an empty directory (no configuration found by accident)."""
    monkeypatch.chdir(tmp_path)

    def _run(*args: str, input: str | bytes | None = None):
        return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)

    return _run
