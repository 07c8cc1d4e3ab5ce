from __future__ import annotations

import textwrap

import pytest

from audit.model import Document
from audit.readers.text import parse_text


@pytest.fixture
def read():
    """Parse an inline report (dedented) into the document model."""

    def _read(text: str) -> Document:
        return parse_text(textwrap.dedent(text).lstrip("\n"), "fixture.md")

    return _read
