"""JUnit XML: for CI systems that show test reports (Jenkins, Azure Pipelines, GitLab tests).

One ``<testsuite>`` per document, one ``<testcase>`` per finding, failing (``<failure>``,
with the severity as its ``type``) when the finding is at or above the severity the run
fails on; below it, the case passes with the finding in ``<system-out>``. A document without
findings is one passing case, so a clean report shows up as a pass rather than as nothing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from audit.engine import DocumentReport
from audit.findings import Severity
from audit.printable import printable
from audit.render.common import RenderOptions


def _xml_text(text: str) -> str:
    """XML 1.0 cannot carry most control characters, whatever the escaping."""
    return "".join(c for c in printable(text) if c in "\t\n\r" or ord(c) >= 0x20)


def render(reports: list[DocumentReport], options: RenderOptions | None = None) -> str:
    options = options or RenderOptions()
    threshold = None if options.fail_on == "none" else Severity.parse(options.fail_on)
    line_word = "baris" if options.lang == "id" else "line"
    suites = ET.Element("testsuites", name="audit")
    total_failures = total_cases = 0
    for r in reports:
        suite = ET.SubElement(suites, "testsuite", name=_xml_text(r.path))
        failures = 0
        cases = 0
        for f in r.findings:
            cases += 1
            case = ET.SubElement(
                suite, "testcase", classname=_xml_text(r.path),
                name=_xml_text(f"{f.rule} {line_word} {f.line}: {f.stated} → {f.expected}"),
                file=_xml_text(r.path), line=str(f.line))
            detail = _xml_text(f"{r.path}:{f.line} [{f.rule}] {f.message}")
            if threshold is not None and f.severity >= threshold:
                failures += 1
                failure = ET.SubElement(case, "failure", type=f.severity.label,
                                        message=_xml_text(f.message))
                failure.text = detail
            else:
                ET.SubElement(case, "system-out").text = f"{f.severity.label}: {detail}"
        if not r.findings:
            cases = 1
            ET.SubElement(suite, "testcase", classname=_xml_text(r.path), name="audit",
                          file=_xml_text(r.path))
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", "0")
        total_failures += failures
        total_cases += cases
    suites.set("tests", str(total_cases))
    suites.set("failures", str(total_failures))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") \
        + "\n"
