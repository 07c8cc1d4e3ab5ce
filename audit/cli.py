"""Command line: ``audit check``, ``audit tables``.

Exit codes: 0 nothing at or above ``--fail-on``; 1 something was; 2 usage or input error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from audit import __version__
from audit.engine import DocumentReport, audit_document, discover
from audit.findings import Severity
from audit.readers import ReaderError, read_report
from audit.render import json_report, tables, text

FORMATS = {
    "text": text.render,
    "json": json_report.render,
}
FAIL_ON = ["critical", "major", "minor", "info", "none"]


class InputError(click.ClickException):
    """Bad input: reported as a one-line message and exit code 2, never a traceback."""

    exit_code = 2


def _read(path: Path):
    try:
        return read_report(path)
    except ReaderError as exc:
        raise InputError(str(exc)) from exc


@click.group()
@click.version_option(__version__, prog_name="audit")
def cli() -> None:
    """Audit the figures in Indonesian government performance reports (LKjIP, LAKIP, PP 39)."""


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text",
              show_default=True, help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default="major", show_default=True,
              help="Exit 1 when a finding at or above this severity is reported.")
def check_command(paths: tuple[str, ...], fmt: str, output: str | None, fail_on: str) -> None:
    """Check every figure in the reports at PATHS (files or directories)."""
    files = discover(list(paths))
    missing = [p for p in files if not p.exists()]
    if missing:
        raise InputError(f"no such file: {missing[0]}")
    if not files:
        raise InputError(f"no reports (.txt, .md) found in {', '.join(paths)}")
    reports: list[DocumentReport] = [audit_document(_read(p)) for p in files]
    for report in reports:
        for error in report.errors:
            click.echo(f"audit: warning: {error}", err=True)
    rendered = FORMATS[fmt](reports)
    if output:
        try:
            Path(output).write_text(rendered, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
    else:
        click.echo(rendered, nl=False)
    sys.exit(_exit_code(reports, fail_on))


def _exit_code(reports: list[DocumentReport], fail_on: str) -> int:
    if fail_on == "none":
        return 0
    threshold = Severity.parse(fail_on)
    worst = [f.severity for r in reports for f in r.findings]
    return 1 if any(s >= threshold for s in worst) else 0


@cli.command("tables")
@click.argument("path", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown",
              show_default=True)
def tables_command(path: str, fmt: str) -> None:
    """Print every table the reader found in PATH, as it read it."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {p}")
    doc = _read(p)
    click.echo(tables.render_json(doc) if fmt == "json" else tables.render_markdown(doc), nl=False)


def main() -> None:
    cli(prog_name="audit")


if __name__ == "__main__":
    main()
