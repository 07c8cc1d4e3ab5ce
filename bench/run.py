#!/usr/bin/env python3
"""Time ``audit check`` on large synthetic reports and compare with the targets.

For each size (lines of one report, written by ``bench/generate.py`` into a temporary
directory) the auditor runs as a child process, ``python -m audit check FILE --format json
--fail-on none``, and the run is measured from outside: wall time, CPU time (user + sys) and
peak resident memory, all three from the operating system's accounting of that one child
(``os.wait4``). CPU time is the figure to trust on a busy machine; wall time is what the
target is about. The JSON output is read back to count the findings and to check that the
seeded discrepancies were found.

    python bench/run.py                          # 1000, 5000 and 50000 lines
    python bench/run.py --sizes 2000,10000 --repeat 3
    python bench/run.py --tree /tmp/audit-old --tree .   # compare two checkouts, A B A B

Targets (see bench/README.md): 50 000 lines in at most 60 s wall and 1 GiB peak memory on a
2-core machine; smaller sizes get the same budget pro rata (2 s start-up + 1.16 s per 1000
lines). A size whose predicted time is far past ``--timeout`` is skipped rather than run for
nothing. Exit status: 0 every measured size met its targets, 1 one did not (or was skipped or
timed out), 2 usage error. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402  (bench/ is not a package)

ROOT = Path(__file__).resolve().parent.parent
TARGET_LINES = 50_000
TARGET_WALL_S = 60.0
TARGET_RSS_MB = 1024.0
STARTUP_S = 2.0
MAX_EXPONENT = 1.25  # time grows at most like lines ** 1.25 between two sizes


def wall_budget(lines: int) -> float:
    """Seconds allowed for a report of ``lines`` lines: start-up plus a linear share."""
    return STARTUP_S + (TARGET_WALL_S - STARTUP_S) * lines / TARGET_LINES


@dataclass
class Run:
    wall: float
    cpu: float
    rss_mb: float
    status: int
    timed_out: bool = False


@dataclass
class Result:
    tree: str
    lines: int
    size_kb: int
    seeded: int
    runs: list[Run] = field(default_factory=list)
    findings: int | None = None
    seeded_found: int | None = None
    skipped: str = ""
    growth: float | None = None  # CPU time ~ lines ** growth since the previous size

    def median(self, attr: str) -> float:
        return statistics.median(getattr(r, attr) for r in self.runs)

    @property
    def timed_out(self) -> bool:
        return any(r.timed_out for r in self.runs)

    def verdict(self) -> tuple[bool, str]:
        if self.skipped:
            return False, "skipped"
        if self.timed_out:
            return False, "timeout"
        if any(r.status not in (0, 1) for r in self.runs):
            return False, f"exit {self.runs[0].status}"
        problems = []
        if self.median("wall") > wall_budget(self.lines):
            problems.append("slow")
        if max(r.rss_mb for r in self.runs) > TARGET_RSS_MB:
            problems.append("memory")
        return not problems, ", ".join(problems) or "ok"


def run_child(report: Path, tree: Path | None, timeout: float, out: Path) -> Run:
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree) + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "audit", "check", str(report), "--format", "json",
           "--fail-on", "none"]
    with out.open("wb") as stdout:
        start = time.perf_counter()
        # cwd is the report's directory, so that ``-m audit`` imports the tree asked for (or the
        # installed project), never a checkout that happens to be the current directory.
        proc = subprocess.Popen(cmd, cwd=report.parent, env=env, stdin=subprocess.DEVNULL,
                                stdout=stdout, stderr=subprocess.DEVNULL)
        timed_out = False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                timed_out = True
                break
            time.sleep(0.05)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    return Run(wall=wall, cpu=usage.ru_utime + usage.ru_stime,
               rss_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
               status=proc.returncode, timed_out=timed_out)


def read_findings(out: Path, seeded_lines: set[int]) -> tuple[int, int] | None:
    try:
        data = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    lines = [f["line"] for doc in data.get("documents", []) for f in doc.get("findings", [])]
    return len(lines), len(seeded_lines & set(lines))


def exponent(a: Result, b: Result) -> float | None:
    """Growth of CPU time between two sizes, as the power of the number of lines."""
    if not a.runs or not b.runs or a.timed_out or b.timed_out:
        return None
    ta, tb = a.median("cpu") - 1.0, b.median("cpu") - 1.0  # less about 1 s of start-up
    if ta <= 0.05 or tb <= 0.05 or a.lines == b.lines:
        return None
    return math.log(tb / ta) / math.log(b.lines / a.lines)


def fmt(value: float | None, spec: str = ".1f") -> str:
    return "-" if value is None else format(value, spec)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,5000,50000",
                    help="comma-separated report sizes in lines (default 1000,5000,50000)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size and tree (median)")
    ap.add_argument("--timeout", type=float, default=600.0,
                    help="seconds before a run is killed (default 600)")
    ap.add_argument("--tree", action="append", type=Path, default=None,
                    help="run the audit package of this checkout (PYTHONPATH); give twice to "
                         "compare two commits (default: the installed project)")
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("--error-rate", type=float, default=0.02)
    ap.add_argument("--keep", type=Path, default=None,
                    help="write the generated reports and outputs here instead of a temp dir")
    args = ap.parse_args(argv)
    try:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        ap.error("--sizes takes integers, e.g. 1000,5000,50000")
    if not sizes or min(sizes) < 100 or args.repeat < 1:
        ap.error("sizes must be at least 100 lines and --repeat at least 1")
    trees: list[Path | None] = [t.resolve() for t in args.tree] if args.tree else [None]
    for tree in trees:
        if tree is not None and not (tree / "audit" / "__init__.py").is_file():
            ap.error(f"{tree} has no audit/ package")

    cpus = len(os.sched_getaffinity(0))
    print(f"# audit benchmark: {sys.implementation.name} {sys.version.split()[0]}, "
          f"{cpus} CPU(s), load {os.getloadavg()[0]:.1f}; targets: {TARGET_LINES} lines in "
          f"<= {TARGET_WALL_S:.0f} s wall and <= {TARGET_RSS_MB:.0f} MB peak RSS")
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        results = bench(sizes, trees, args, work)
    print_table(results, trees)
    return 0 if all(r.verdict()[0] for r in results) else 1


def bench(sizes: list[int], trees: list[Path | None], args: argparse.Namespace,
          work: Path) -> list[Result]:
    results: list[Result] = []
    previous: dict[Path | None, Result] = {}
    for lines in sizes:
        text_lines, seeded = generate.generate(lines, args.seed, args.error_rate)
        report = work / f"lkjip_{lines}.md"
        report.write_text("\n".join(text_lines) + "\n", encoding="utf-8")
        seeded_lines = {n for n, _ in seeded}
        size_kb = report.stat().st_size // 1024
        print(f"# generated {report.name}: {len(text_lines)} lines, {size_kb} KB, "
              f"{len(seeded)} seeded discrepancies", flush=True)
        batch = {tree: Result(str(tree or "installed"), len(text_lines), size_kb, len(seeded))
                 for tree in trees}
        for tree, result in batch.items():
            reason = skip_reason(previous.get(tree), result, args.timeout)
            if reason:
                result.skipped = reason
                print(f"#   {result.tree}: skipped, {reason}", flush=True)
        for i in range(args.repeat):  # trees in turn, A B A B, so drift hits both alike
            for tree, result in batch.items():
                if result.skipped or result.timed_out:
                    continue
                out = work / f"out_{lines}_{trees.index(tree)}_{i}.json"
                run = run_child(report, tree, args.timeout, out)
                result.runs.append(run)
                found = read_findings(out, seeded_lines)
                if found is not None:
                    result.findings, result.seeded_found = found
                print(f"#   {result.tree}: run {i + 1}: wall {run.wall:.1f} s, cpu "
                      f"{run.cpu:.1f} s, peak {run.rss_mb:.0f} MB"
                      + (" (timed out)" if run.timed_out else ""), flush=True)
        for tree, result in batch.items():
            results.append(result)
            if result.runs:
                if tree in previous:
                    result.growth = exponent(previous[tree], result)
                previous[tree] = result
    return results


def skip_reason(before: Result | None, now: Result, timeout: float) -> str:
    """Skip a size that the smaller one predicts to take far longer than the timeout."""
    if before is None:
        return ""
    if before.skipped or before.timed_out:
        return f"the {before.lines}-line run already exceeded {timeout:.0f} s"
    growth = max(1.0, before.growth or 1.0)
    predicted = before.median("cpu") * (now.lines / before.lines) ** growth
    if predicted > 3 * timeout:
        return (f"predicted about {predicted:.0f} s (time grows like lines^{growth:.2f}), "
                f"over 3 x --timeout")
    return ""


def print_table(results: list[Result], trees: list[Path | None]) -> None:
    header = ["tree", "lines", "KB", "wall s", "cpu s", "peak MB", "budget s", "growth",
              "findings", "seeded found", "verdict"]
    rows = []
    for r in results:
        ok, verdict = r.verdict()
        measured = bool(r.runs)
        growth = r.growth
        if growth is not None and growth > MAX_EXPONENT and ok:
            verdict = f"ok (growth {growth:.2f} > {MAX_EXPONENT})"
        rows.append([
            r.tree if len(trees) > 1 else "-", str(r.lines), str(r.size_kb),
            (">" if r.timed_out else "") + fmt(r.median("wall") if measured else None),
            fmt(r.median("cpu") if measured else None),
            fmt(max(x.rss_mb for x in r.runs) if measured else None, ".0f"),
            fmt(wall_budget(r.lines)), fmt(growth, ".2f"),
            "-" if r.findings is None else str(r.findings),
            "-" if r.seeded_found is None else f"{r.seeded_found}/{r.seeded}",
            verdict if not r.skipped else f"skipped: {r.skipped}"])
    if len(trees) == 2:
        header.append("wall B/A")
        a_tree, b_tree = (str(t or "installed") for t in trees)
        by_key = {(r.tree, r.lines): r for r in results}
        for row, r in zip(rows, results, strict=True):
            a, b = by_key.get((a_tree, r.lines)), by_key.get((b_tree, r.lines))
            ratio = None
            if a and b and a.runs and b.runs and r is b:
                pairs = [y.wall / x.wall for x, y in zip(a.runs, b.runs, strict=False)]
                ratio = statistics.median(pairs)
            row.append(fmt(ratio, ".2f"))
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(header)]
    print()
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


if __name__ == "__main__":
    sys.exit(main())
