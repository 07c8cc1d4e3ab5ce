"""Suppressions that travel with the report (issue 14): `audit: disable` comments with a
reason, listed in every output, never hiding anything without one."""

from __future__ import annotations

import json

from audit.engine import audit_document
from audit.render.sarif import sarif_dict

TABLE = """Tabel 1 Pegawai

| Unit | L | P | Jumlah |
|---|---|---|---|
| A | 6 | 4 | 10 |
| B | 3 | 3 | 6 |
{comment}| Jumlah | 9 | 7 | 17 |
"""


def test_a_comment_inside_a_table_suppresses_the_next_line_with_its_reason(read):
    plain = audit_document(read(TABLE.format(comment="")))
    assert [f.rule for f in plain.findings] == ["footing"]
    doc = read(TABLE.format(
        comment="<!-- audit: disable-next-line footing -- angka resmi BKD, termasuk PPPK -->\n"))
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 3  # the table holds together
    report = audit_document(doc)
    assert report.findings == []
    [accepted] = report.suppressed
    assert accepted.finding.rule == "footing"
    assert accepted.directive.reason == "angka resmi BKD, termasuk PPPK"


def test_a_comment_without_a_reason_suppresses_nothing(read):
    comment = "<!-- audit: disable-next-line footing -->\n"
    report = audit_document(read(TABLE.format(comment=comment)))
    assert [f.rule for f in report.findings] == ["footing"]
    assert report.suppressed == [] and "tanpa alasan" in report.suppression_notes[0]


def test_a_block_covers_the_lines_up_to_its_enable_and_names_its_rules(read):
    text = ("<!-- audit: disable footing -- tabel salinan SIPD -->\n\n" + TABLE.format(comment="")
            + "\n<!-- audit: enable footing -->\n\n" + TABLE.format(comment=""))
    report = audit_document(read(text))
    assert len(report.suppressed) == 1 and len(report.findings) == 1
    assert report.findings[0].line > report.suppressed[0].finding.line
    other = text.replace("disable footing", "disable crossfooting")
    report = audit_document(read(other))
    assert len(report.findings) == 2
    assert any("tidak terpakai" in n for n in report.suppression_notes)


def test_suppressed_findings_are_listed_in_json_and_sarif_and_do_not_fail(run, tmp_path):
    (tmp_path / "laporan.md").write_text(TABLE.format(
        comment="<!-- audit: disable-next-line footing -- angka resmi -->\n"), encoding="utf-8")
    result = run("check", "laporan.md", "--format", "json")
    assert result.exit_code == 0
    doc = json.loads(result.output)["documents"][0]
    assert doc["findings"] == []
    assert [(s["rule"], s["reason"], s["comment_line"]) for s in doc["suppressed"]] == \
        [("footing", "angka resmi", 7)]
    sarif = json.loads(run("check", "laporan.md", "--format", "sarif").output)
    [res] = sarif["runs"][0]["results"]
    assert res["suppressions"] == [{"kind": "inSource", "justification": "angka resmi"}]


def test_the_sarif_of_a_suppressed_finding_keeps_its_rule_index(read):
    report = audit_document(read(TABLE.format(
        comment="<!-- audit: disable-next-line footing -- angka resmi -->\n")))
    run = sarif_dict([report])["runs"][0]
    [res] = run["results"]
    assert run["tool"]["driver"]["rules"][res["ruleIndex"]]["id"] == "footing"
