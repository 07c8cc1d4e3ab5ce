"""Command line: ``audit check``, ``audit baseline``, ``audit rules``, ``audit explain``,
``audit tables``.

Exit codes: 0 nothing at or above ``--fail-on``; 1 something was; 2 usage, configuration or
input error (always one line on standard error, never a traceback).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from audit import __version__
from audit.config import FAIL_ON, Config, ConfigError, find_config, load_config
from audit.findings import Severity
from audit.messages import DEFAULT_LANG, LANGS, t

if TYPE_CHECKING:
    from audit.engine import DocumentReport

T = TypeVar("T")

# Output formats and the module that renders each. Checks, readers and renderers are
# imported by the commands that use them, so `--help`, `--version` start at once.
FORMATS = {
    "text": "audit.render.text",
    "json": "audit.render.json_report",
    "markdown": "audit.render.markdown",
    "html": "audit.render.html",
    "sarif": "audit.render.sarif",
    "github": "audit.render.github",
    "gitlab": "audit.render.gitlab",
    "junit": "audit.render.junit",
}


# Families of rules, for --select / --ignore.
FAMILIES = {
    "arithmetic": ["footing", "crossfooting", "ratio", "rounding", "sum_range"],
    "prose": ["narrative_vs_table", "narrative_arithmetic", "near_miss", "change_vs_table",
              "words_vs_number", "count_claim", "category", "citation", "year_typo"],
    "tieout": ["cross_table", "pagu_mismatch"],
    "reading": ["coverage", "malformed_figure"],
}


def _rule_list(text: str) -> list[str]:
    """``footing,prose`` → the rule ids, families expanded; an unknown name is an error."""
    from audit.render.common import known_rule_ids

    known = known_rule_ids()
    out: list[str] = []
    for name in (n.strip() for n in text.split(",") if n.strip()):
        if name in FAMILIES:
            out += FAMILIES[name]
        elif name in known:
            out.append(name)
        else:
            raise InputError(f"unknown rule or family '{name}' (rules: {', '.join(sorted(known))}"
                             f"; families: {', '.join(FAMILIES)})")
    return out


def _render(fmt: str, reports: list[DocumentReport], options: Any) -> str:
    return import_module(FORMATS[fmt]).render(reports, options)


def _say(message: str) -> None:
    """One line on stderr; names and text from the report cannot act on the terminal."""
    from audit.printable import printable

    click.echo(printable(message), err=True)


class InputError(click.ClickException):
    """Bad input: reported as a one-line message and exit code 2, never a traceback."""

    exit_code = 2

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        _say(f"audit: error: {self.format_message()}")


def _read(path: Path):
    from audit.readers import ReaderError, read_report

    try:
        return read_report(path)
    except ReaderError as exc:
        raise InputError(str(exc)) from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from exc


def _audit_one(task: tuple[str, list[str], float | None]) \
        -> tuple[str | None, DocumentReport | None]:
    """Read and audit one report: (error, None) or (None, report). Top level, so that a
    process pool can run it."""
    from audit.checks import RULES
    from audit.engine import audit_document

    path, rule_ids, budget = task
    try:
        doc = _read(Path(path))
    except InputError as exc:
        return exc.format_message(), None
    rules = [r for r in RULES if r.id in rule_ids]
    report = audit_document(doc, rules, budget) if budget is not None \
        else audit_document(doc, rules)
    doc.__dict__.pop("_table_mentions", None)  # a per-process memo, not part of the result
    return None, report


def _config(paths: list[str], config_file: str | None) -> Config:
    try:
        found = Path(config_file) if config_file else find_config(paths)
        if found is None:
            return Config()
        from audit.render.common import known_rule_ids

        return load_config(found, known_rule_ids())
    except ConfigError as exc:
        raise InputError(str(exc)) from exc


def _files(paths: tuple[str, ...], config: Config,
           unread: list[str] | None = None) -> list[Path]:
    from audit.discovery import discover

    skipped: list[Path] = []
    folders: list[str] = []
    try:
        files = discover(list(paths), skipped, folders)
    except OSError as exc:
        raise InputError(f"cannot search {exc.filename or ', '.join(paths)}: "
                         f"{exc.strerror or exc}") from exc
    for p in skipped:
        _say(f"audit: skipped {p}: not a report format this auditor reads")
    for problem in folders:
        _say(f"audit: error: {problem}")
        if unread is not None:
            unread.append(problem)
    missing = [p for p in files if not p.exists()]
    if missing:
        if missing[0].is_symlink():
            raise InputError(f"{missing[0]}: a symbolic link that loops or points nowhere")
        raise InputError(f"no such file: {missing[0]}")
    if not files:
        raise InputError(f"no reports (.pdf, .docx, .xlsx, .html, .txt, .md) found in "
                         f"{', '.join(paths)}")
    return files


def _audit(files: list[Path], config: Config, unread: list[str] | None = None,
           jobs: int = 1) -> list[DocumentReport]:
    from audit.checks import EXTRA_RULE_IDS, RULES

    extra_enabled = config.enable is not None and any(x in config.enable for x in EXTRA_RULE_IDS)
    rule_ids = [r.id for r in RULES if r.id not in config.disable
                and (config.enable is None or r.id in config.enable or extra_enabled)]
    tasks = [(str(path), rule_ids, config.time_budget) for path in files]
    outcomes = None
    if jobs > 1 and len(files) > 1:
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        # one report per process; results come back in the files' order, so the output is
        # the same as with --jobs 1
        try:
            with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
                outcomes = list(_progress(pool.map(_audit_one, tasks), len(tasks)))
        except (OSError, NotImplementedError, BrokenProcessPool) as exc:
            # no process pool here (no /dev/shm in a container, a sandbox): one at a time
            _say(f"audit: warning: --jobs {jobs} unavailable ({exc}); auditing one at a time")
    if outcomes is None:
        outcomes = list(_progress(map(_audit_one, tasks), len(tasks)))
    reports = []
    for error, report in outcomes:
        if error is not None:
            if len(files) == 1:
                raise InputError(error)
            # one unreadable file in a folder: say so, audit the others, exit 2 at the end
            if unread is not None:
                unread.append(error)
            _say(f"audit: error: {error}")
            continue
        assert report is not None
        reports.append(report)
    for report in reports:
        report.findings = [f for f in report.findings if config.rule_enabled(f.rule)]
        for f in report.findings:
            if f.rule in config.severity:
                f.severity = config.severity[f.rule]
        for error in report.errors:
            _say(f"audit: warning: {error}")
        for note in report.suppression_notes:
            _say(f"audit: warning: {report.path}: {note}")
    return reports


def _progress(outcomes: Iterator[T], total: int) -> Iterator[T]:
    """A progress bar on stderr while a folder is audited, only for a person at a terminal:
    CI logs and pipes get nothing."""
    if total < 2 or not sys.stderr.isatty() or os.environ.get("CI"):
        yield from outcomes
        return
    with click.progressbar(outcomes, length=total, label="audit", file=sys.stderr,
                           show_pos=True) as bar:
        yield from bar


def _refuse_overwriting(output: str | None, inputs: list[Path],
                        searched: tuple[str, ...] = ()) -> None:
    """The auditor never modifies its inputs: ``-o laporan.md`` for ``laporan.md`` (or a
    link to it) is refused before anything is read, and so is a new report-named file inside
    an audited folder (the next run would audit the auditor's output)."""
    if not output or output == "-":
        return
    from audit.readers import REPORT_SUFFIXES

    target = Path(output)
    if target.suffix.lower() in REPORT_SUFFIXES:
        for folder in (Path(p) for p in searched):
            if folder.is_dir() and target.resolve().is_relative_to(folder.resolve()):
                raise InputError(f"refusing to write {output} inside the audited folder "
                                 f"{folder}: it would be read as a report next time; "
                                 f"choose another --output")
    for path in inputs:
        try:
            same = target.exists() and target.samefile(path)
        except OSError:
            same = target.resolve() == path.resolve()
        if same or target.resolve() == path.resolve():
            raise InputError(f"refusing to write the report over its input {path}; "
                             f"choose another --output")


def _write(rendered: str, output: str | None, color: bool = False) -> None:
    if output and output != "-":
        target = Path(output)
        temporary = target.with_name(f".{target.name}.audit-tmp")
        try:
            # written beside the target, then renamed: a killed run leaves no half report
            temporary.write_text(rendered, encoding="utf-8")
            temporary.replace(target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            raise InputError(f"cannot write {output}: {exc.strerror or exc}") from exc
        click.echo(f"audit: report written to {output}", err=True)
    else:
        # click strips colour codes when stdout is no terminal, unless asked to keep them
        click.echo(rendered, nl=False, color=color or None)


@click.group()
@click.version_option(__version__, prog_name="audit")
def cli() -> None:
    """Audit the figures in Indonesian government performance reports (LKjIP, LAKIP, PP 39)."""


_config_option = click.option(
    "--config", "config_file", type=click.Path(dir_okay=False), default=None,
    help="Read configuration from this file instead of searching for .audit.toml or "
         "pyproject.toml [tool.audit].")
_lang_option = click.option(
    "--lang", type=click.Choice(LANGS), default=None,
    help=f"Language of the report's headings and summaries (default {DEFAULT_LANG}).")


@cli.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text",
              show_default=True, help="Output format.")
@click.option("--output", "-o", default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--fail-on", type=click.Choice(FAIL_ON), default=None,
              help="Exit 1 when a finding at or above this severity is reported "
                   "[default: major, or fail-on from the configuration].")
@click.option("--color", "color", type=click.Choice(["auto", "always", "never"]),
              default="auto", show_default=True,
              help="Colour severities in text output (auto: on a terminal, unless NO_COLOR).")
@click.option("--statistics", is_flag=True,
              help="Text output: end with the number of findings per rule.")
@click.option("--quiet", "-q", is_flag=True,
              help="Text output: only the summary line (and --statistics).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
              help="Audit the files of a folder in N processes [default: the number of "
                   "cores]; the output is the same as with --jobs 1.")
@click.option("--time-budget", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="SECONDS",
              help="Give up the remaining checks on a document after this many seconds, with "
                   "a coverage finding naming them [default: 300, or time-budget from the "
                   "configuration].")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False), default=None,
              help="Report only findings not recorded in this baseline file.")
@click.option("--stdin-filename", default=None, metavar="NAME",
              help="With PATHS '-': the report's name in the output; its suffix says its "
                   "format (default: <stdin>, read as text).")
@click.option("--baseline-match", type=click.Choice(["path", "content"]), default="path",
              show_default=True,
              help="path: an entry hides a finding only in the report it was recorded for; "
                   "content: in any report (next year's report under a new name).")
@click.option("--report-unused", is_flag=True,
              help="Report baseline entries that hid nothing (the break was fixed) and fail "
                   "on them like on a finding, so the baseline does not go stale.")
@click.option("--select", default=None, metavar="RULES",
              help="Only these rules (comma-separated ids or families: arithmetic, prose, "
                   "tieout, reading), over the configuration's choice.")
@click.option("--ignore", default=None, metavar="RULES",
              help="Leave out these rules (ids or families), added to the configuration's.")
@_config_option
@_lang_option
def check_command(paths: tuple[str, ...], fmt: str, output: str | None, fail_on: str | None,
                  baseline_file: str | None, select: str | None, ignore: str | None,
                  config_file: str | None, lang: str | None,
                  time_budget: float | None, jobs: int | None, color: str = "auto",
                  statistics: bool = False, quiet: bool = False,
                  baseline_match: str = "path", report_unused: bool = False,
                  stdin_filename: str | None = None) -> None:
    """Check every figure in the reports at PATHS (files or directories; '-' reads one
    report from standard input)."""
    if "-" in paths and len(paths) > 1:
        raise InputError("'-' (standard input) cannot be combined with other paths")
    if stdin_filename and paths != ("-",):
        raise InputError("--stdin-filename needs '-' as the path")
    config = _config([stdin_filename] if stdin_filename else list(paths), config_file)
    if time_budget is not None:
        config.time_budget = time_budget
    if select:
        config.enable = _rule_list(select)
    if ignore:
        config.disable = [*config.disable, *_rule_list(ignore)]
    lang = lang or config.lang or DEFAULT_LANG
    fail_on = fail_on or config.fail_on or "major"
    from audit import baseline as baseline_mod
    from audit.render.common import RenderOptions

    known: list[baseline_mod.Entry] | None = None
    if baseline_file:
        try:
            known = baseline_mod.load(baseline_file)
        except baseline_mod.BaselineError as exc:
            raise InputError(str(exc)) from exc
    unread: list[str] = []
    if paths == ("-",):
        with tempfile.TemporaryDirectory(prefix="audit-stdin-") as scratch:
            copy = _stdin_copy(Path(scratch), stdin_filename)
            shown = stdin_filename or "<stdin>"
            try:
                reports = _audit([copy], config, unread, 1)
            except InputError as exc:
                raise InputError(exc.message.replace(str(copy), shown)) from None
        for report in reports:
            report.document.path = shown
    else:
        files = _files(paths, config, unread)
        _refuse_overwriting(output, files, paths)
        selected = [p for p in files if config.selects(p)]
        if not selected:
            click.echo(f"audit: all {len(files)} file(s) excluded by {config.source}", err=True)
            sys.exit(0)
        reports = _audit(selected, config, unread, jobs or os.cpu_count() or 1)
    suppressed = 0
    stale: list[baseline_mod.Entry] = []
    if known is not None:
        suppressed, stale = baseline_mod.apply(reports, known, baseline_match)
        click.echo(f"audit: {t(lang, 'suppressed', n=suppressed, file=baseline_file)}",
                   err=True)
        if report_unused:
            for entry in stale:
                where = f"{entry.path}:{entry.line}" if entry.path else f"line {entry.line}"
                _say(f"audit: unused baseline entry in {baseline_file}: {where} "
                     f"[{entry.rule}] {entry.stated} (no longer found; remove it)")
    to_terminal = not output or output == "-"
    colour = color == "always" or (color == "auto" and to_terminal and sys.stdout.isatty()
                                   and not os.environ.get("NO_COLOR"))
    width = None
    if to_terminal and sys.stdout.isatty():
        import shutil

        width = shutil.get_terminal_size().columns
    options = RenderOptions(lang=lang, suppressed=suppressed, baseline=baseline_file,
                            color=colour, statistics=statistics, quiet=quiet,
                            fail_on=fail_on, width=width)
    _write(_render(fmt, reports, options), output, colour)
    if unread:
        sys.exit(2)
    if report_unused and fail_on != "none" and (
            stale or any(r.unused_suppressions for r in reports)):
        sys.exit(1)
    sys.exit(_exit_code(reports, fail_on))


def _stdin_copy(scratch: Path, name: str | None) -> Path:
    """Standard input saved as a file whose suffix is that of ``name``, so that every reader
    (PDF and DOCX too) takes it as it takes a file."""
    from audit.readers import MAX_CONTAINER_BYTES, REPORT_SUFFIXES

    suffix = Path(name).suffix.lower() if name else ".txt"
    if suffix not in REPORT_SUFFIXES:
        raise InputError(f"--stdin-filename {name}: not a report format this auditor reads "
                         f"({', '.join(sorted(REPORT_SUFFIXES))})")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("standard input is not readable")
    data = stream.read(MAX_CONTAINER_BYTES + 1)
    if not data:
        raise InputError("standard input is empty: no report to check")
    copy = scratch / f"stdin{suffix}"
    copy.write_bytes(data)
    return copy


def _exit_code(reports: list[DocumentReport], fail_on: str) -> int:
    if fail_on == "none":
        return 0
    threshold = Severity.parse(fail_on)
    worst = [f.severity for r in reports for f in r.findings]
    return 1 if any(s >= threshold for s in worst) else 0


@cli.command("baseline")
@click.argument("paths", nargs=-1, required=True)
@click.option("--output", "-o", default=".audit-baseline.json", show_default=True,
              help="Baseline file to write ('-' for standard output).")
@_config_option
def baseline_command(paths: tuple[str, ...], output: str, config_file: str | None) -> None:
    """Record the current findings in PATHS so that `audit check --baseline` hides them."""
    from audit import baseline as baseline_mod

    config = _config(list(paths), config_file)
    files = [p for p in _files(paths, config) if config.selects(p)]
    _refuse_overwriting(output, files, paths)
    reports = _audit(files, config)
    _write(baseline_mod.render(reports), output)
    if output != "-":
        count = sum(len(r.findings) for r in reports)
        click.echo(f"audit: {count} finding(s) from {len(reports)} file(s) recorded in {output}",
                   err=True)


@cli.command("config")
@click.argument("paths", nargs=-1)
@_config_option
def config_command(paths: tuple[str, ...], config_file: str | None) -> None:
    """Print the configuration that applies to PATHS (default: here), and its file."""
    from audit.engine import DEFAULT_TIME_BUDGET
    from audit.render.common import known_rule_ids

    config = _config(list(paths) or ["."], config_file)
    click.echo(config.describe(sorted(known_rule_ids()), DEFAULT_TIME_BUDGET), nl=False)


@cli.command("rules")
@_lang_option
def rules_command(lang: str | None) -> None:
    """List every rule: id, default severity and summary."""
    lang = lang or DEFAULT_LANG
    from tabulate import tabulate

    from audit.render.common import rule_catalogue
    from audit.render.rule_docs import summary

    rows = [[r.id, r.severity.label, summary(r, lang)] for r in rule_catalogue()]
    headers = [t(lang, "rules_heading"), t(lang, "default_severity"), t(lang, "rule_summary")]
    click.echo(tabulate(rows, headers=headers, tablefmt="simple"))


@cli.command("explain")
@click.argument("rule_id")
@_lang_option
def explain_command(rule_id: str, lang: str | None) -> None:
    """Explain RULE: what it checks, why, and a passing and a failing example."""
    from audit.render.common import find_rule, rule_catalogue
    from audit.render.rule_docs import explain_text

    rule = find_rule(rule_id)
    if rule is None:
        known = ", ".join(r.id for r in rule_catalogue())
        raise InputError(f"unknown rule '{rule_id}' (known: {known})")
    click.echo(explain_text(rule, lang or DEFAULT_LANG), nl=False)


@cli.command("tables")
@click.argument("path")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json", "csv"]),
              default="markdown", show_default=True,
              help="csv: one line per table cell (table, caption, line, row kind, column, "
                   "text, value), for a spreadsheet or pandas.")
@click.option("--text", "as_text", is_flag=True,
              help="Print the whole document as the auditor read it, with line numbers "
                   "(for PDF/DOCX/XLSX/HTML: the lines that findings refer to).")
def tables_command(path: str, fmt: str, as_text: bool) -> None:
    """Print every table the reader found in PATH, as it read it."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {p}")
    if p.is_dir():
        raise InputError(f"{p} is a directory; name one report file")
    from audit.engine import audit_document
    from audit.render import tables

    doc = _read(p)
    audit_document(doc)  # so that each table shows which arithmetic checks could run on it
    if as_text:
        click.echo(tables.render_lines(doc), nl=False)
        return
    render = {"json": tables.render_json, "csv": tables.render_csv}.get(fmt, tables.render_markdown)
    click.echo(render(doc), nl=False)


def main() -> None:
    # A terminal or pipe that cannot show a character (PYTHONIOENCODING=latin-1, a legacy
    # Windows console) gets a replacement mark, never a crash half way through the output.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    cli(prog_name="audit")


if __name__ == "__main__":
    main()
