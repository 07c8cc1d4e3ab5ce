"""Rule documentation in both languages, generated from the rules' docstrings."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from audit.render.common import rule_catalogue
from audit.render.rule_docs import example_blocks, explain_text, rule_page

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("rule_docs_script",
                                                  ROOT / "scripts" / "rule_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_rules_is_up_to_date_with_the_docstrings():
    # Fails after a docstring changes until `python scripts/rule_docs.py` is run again.
    assert _script().stale() == []


@pytest.mark.parametrize("rule", rule_catalogue(), ids=lambda r: r.id)
def test_every_rule_is_documented_in_both_languages(rule):
    assert rule.summary and rule.summary_en and rule.summary != rule.summary_en
    assert rule.doc.strip() and rule.doc_id.strip() and rule.doc_id != rule.doc
    assert rule.doc_id.strip().startswith(f"{rule.id}:")


@pytest.mark.parametrize("rule", rule_catalogue(), ids=lambda r: r.id)
def test_both_languages_show_the_same_examples(rule):
    # The examples are report excerpts: translated prose around them, never other figures.
    assert example_blocks(rule.doc_id) == example_blocks(rule.doc)


def test_a_rule_page_shows_examples_as_printed_and_both_summaries():
    footing = next(r for r in rule_catalogue() if r.id == "footing")
    page = rule_page(footing)
    assert page.index("## Bahasa Indonesia") < page.index("## English")
    assert footing.summary in page and footing.summary_en in page
    assert "```text\n| No | Unit      | Orang |" in page
    assert "Passes::" not in page


def test_example_blocks_reads_the_indented_block_after_a_double_colon():
    text = "Intro.\n\nPasses::\n\n    | a | 1 |\n    | b | 2 |\n\nFails::\n\n    | b | 3 |\n"
    assert example_blocks(text) == ["    | a | 1 |\n    | b | 2 |", "    | b | 3 |"]


def test_explain_text_falls_back_to_english_where_no_translation_exists():
    footing = next(r for r in rule_catalogue() if r.id == "footing")
    bare = type(footing)(footing.id, footing.severity, footing.summary, footing.doc)
    assert "Passes" in explain_text(bare, "id")
