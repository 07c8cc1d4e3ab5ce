#!/usr/bin/env python3
"""Open the HTML report of the sample reports in headless Chromium and check what a reader sees.

Usage (from anywhere; the project must be installed in the Python that runs this script)::

    python scripts/browser_check.py           # sample_reports/, screenshot to a temp dir
    python scripts/browser_check.py --screenshot report.png --window-size 1280,1600
    python scripts/browser_check.py --html some-report.html   # check an existing HTML file

Steps:

1. ``audit check sample_reports/ --format html --fail-on none -o TMP/report.html`` (and the same
   in JSON, to know how many findings the page must show);
2. ``chromium --headless --screenshot --window-size=W,H``: a PNG of the top of the page;
3. ``chromium --headless --dump-dom``: the DOM after the page's script ran must hold the summary
   (``section#summary``, its count cards, two bar charts), the findings (``section#findings``,
   one ``article.finding`` per finding with severity, rule and location) and the filters
   (``select#f-severity``, ``select#f-rule``, ``#f-count``);
4. the DevTools protocol over ``--remote-debugging-pipe``: load the page, drive the severity,
   rule and document filters and the free-text search and check that the visible findings and
   ``#f-count`` follow, that a rule name opens its explanation, that the print styles hide the
   filters and keep each finding whole, and collect every
   console error, uncaught exception, log entry of level error (a Content-Security-Policy
   violation, a failed load) and every request for anything but the page itself.

Exit status: 0 every check passed; 1 a check failed (each failure is printed); 2 Chromium is not
installed or could not be started (``apt-get install chromium`` on Debian/Ubuntu), or the report
could not be rendered. Standard library only; nothing in the test suite needs Chromium.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
SEVERITIES = ("critical", "major", "minor", "info")
# Flags for a headless run in a container or CI: no sandbox (root), no GPU, no first-run UI,
# nothing fetched in the background.
BASE_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--mute-audio",
)


class CheckError(Exception):
    """The environment cannot run the check (exit status 2)."""


# --------------------------------------------------------------------------- helpers


def find_chromium(explicit: str | None) -> str:
    if explicit:
        path = shutil.which(explicit)
        if path is None:
            raise CheckError(f"Chromium not found at {explicit!r}")
        return path
    env = os.environ.get("CHROMIUM")
    for name in ((env,) if env else ()) + CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    raise CheckError(
        "Chromium is not installed. On Debian/Ubuntu: apt-get update && apt-get install -y "
        "chromium (or pass --chromium PATH, or set CHROMIUM=PATH).")


def render_report(reports: list[str], workdir: Path, fmt: str) -> Path:
    out = workdir / f"report.{fmt}"
    cmd = [sys.executable, "-m", "audit", "check", *reports, "--format", fmt,
           "--fail-on", "none", "-o", str(out)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or not out.exists():
        raise CheckError(f"`{' '.join(cmd[2:])}` exited {proc.returncode}: "
                         f"{proc.stderr.strip() or proc.stdout.strip()}")
    return out


def expected_findings(json_report: Path) -> dict[str, int]:
    data = json.loads(json_report.read_text(encoding="utf-8"))
    counts = {sev: 0 for sev in SEVERITIES}
    for doc in data["documents"]:
        for finding in doc["findings"]:
            counts[finding["severity"]] = counts.get(finding["severity"], 0) + 1
    return counts


def chromium_cli(chromium: str, profile: Path, args: list[str], timeout: float
                 ) -> subprocess.CompletedProcess[bytes]:
    cmd = [chromium, *BASE_FLAGS, f"--user-data-dir={profile}", *args]
    try:
        return subprocess.run(cmd, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired as exc:
        raise CheckError(f"Chromium did not finish within {timeout:.0f} s: "
                         f"{' '.join(args)}") from exc


# --------------------------------------------------------------------------- DOM checks


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parents: tuple[Element, ...]
    text: list[str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def inside(self, tag: str, id_: str | None = None, cls: str | None = None) -> bool:
        return any(p.tag == tag and (id_ is None or p.attrs.get("id") == id_)
                   and (cls is None or cls in p.classes) for p in self.parents)


class DomParser(HTMLParser):
    """Every element with its ancestors and its own text (enough for the checks below)."""

    VOID = {"meta", "link", "br", "hr", "img", "input", "source", "wbr", "col", "area", "base"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._stack: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        el = Element(tag, {k: v or "" for k, v in attrs}, tuple(self._stack))
        self.elements.append(el)
        if tag not in self.VOID:
            self._stack.append(el)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        for el in self._stack:
            el.text.append(data)

    def find(self, tag: str | None = None, id_: str | None = None,
             cls: str | None = None) -> Iterator[Element]:
        for el in self.elements:
            if ((tag is None or el.tag == tag) and (id_ is None or el.attrs.get("id") == id_)
                    and (cls is None or cls in el.classes)):
                yield el


def check_dom(dom: str, expected: dict[str, int]) -> list[str]:
    problems: list[str] = []
    parser = DomParser()
    parser.feed(dom)
    total = sum(expected.values())

    def need(ok: bool, message: str) -> None:
        if not ok:
            problems.append(message)

    need(any(parser.find("h1")), "no <h1> title")
    need(any(parser.find("section", id_="summary")), "no section#summary")
    cards = [c for c in parser.find("div", cls="card") if c.inside("section", id_="summary")]
    need(len(cards) >= 3 + len(SEVERITIES),
         f"summary has {len(cards)} count cards, expected documents, figures checked, "
         f"findings and one per severity")
    card_numbers = []
    for card in cards:
        bold = [b for b in parser.find("b") if card in b.parents]
        card_numbers.append("".join(bold[0].text).strip() if bold else "")
    need(str(total) in card_numbers,
         f"no summary card shows the {total} findings (cards: {card_numbers})")
    charts = [f for f in parser.find("figure", cls="chart") if f.inside("section", id_="summary")]
    # By severity always; by table only when something was found.
    want_charts = 2 if total else 1
    need(len(charts) == want_charts,
         f"{len(charts)} bar charts in the summary, expected {want_charts}")
    bars = [r for r in parser.find("rect") if r.inside("figure", cls="chart")]
    need(len(bars) >= len(SEVERITIES), f"{len(bars)} bars in the charts")

    need(any(parser.find("section", id_="findings")), "no section#findings")
    articles = [a for a in parser.find("article", cls="finding")
                if a.inside("section", id_="findings")]
    need(len(articles) == total,
         f"{len(articles)} article.finding elements, but the JSON report has {total} findings")
    for sev, n in expected.items():
        shown = sum(1 for a in articles if a.attrs.get("data-severity") == sev)
        need(shown == n, f"{shown} findings of severity {sev} shown, expected {n}")
    for a in articles:
        ident = a.attrs.get("id", "?")
        need(a.attrs.get("data-rule", "") != "", f"finding {ident} has no data-rule")
        need(ident.startswith("f-"), f"finding without an id f-…: {a.attrs}")
        locs = [s for s in parser.find("span", cls="loc") if a in s.parents]
        need(bool(locs) and ":" in "".join(locs[0].text),
             f"finding {ident} has no location file:line")
        need(any(a in m.parents for m in parser.find("mark")),
             f"finding {ident} does not highlight the stated figure")
    if total:
        need(any(parser.find("select", id_="f-severity")), "no severity filter select#f-severity")
        need(any(parser.find("select", id_="f-rule")), "no rule filter select#f-rule")
        count = list(parser.find(id_="f-count"))
        need(bool(count) and "".join(count[0].text).strip() == str(total),
             f"#f-count does not say {total}")
        need(any(parser.find("h2", cls="group")), "no h2.group severity headings")
    return problems


# --------------------------------------------------------------------------- DevTools protocol


class DevTools:
    """Chromium's DevTools protocol over --remote-debugging-pipe: the browser reads
    NUL-terminated JSON messages on its fd 3 and writes them on its fd 4."""

    def __init__(self, chromium: str, profile: Path, window: str, timeout: float) -> None:
        self.timeout = timeout
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def child_fds() -> None:  # runs in the child between fork and exec
            # Move both ends above any fd that dup2 could clobber, then onto 3 and 4.
            r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
            w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)
            os.dup2(r, 3)
            os.dup2(w, 4)

        cmd = [chromium, *BASE_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
               f"--window-size={window}", "about:blank"]
        self.stderr = tempfile.TemporaryFile()
        try:
            self.proc = subprocess.Popen(  # preexec_fn: the only way to place fds 3 and 4
                cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self.stderr,
                close_fds=False, preexec_fn=child_fds)
        finally:
            os.close(to_browser_r)
            os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict[str, Any]] = []

    def close(self) -> None:
        try:
            self.send("Browser.close", wait=False)
        except OSError:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        self.stderr.close()

    def _read_message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select([self._from_browser], [], [], left)
            if not ready:
                raise TimeoutError
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                self.stderr.seek(0)
                tail = self.stderr.read().decode(errors="replace").strip().splitlines()[-5:]
                raise CheckError("Chromium closed the DevTools pipe: " + " | ".join(tail))
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def send(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None, wait: bool = True) -> dict[str, Any]:
        self._next_id += 1
        ident = self._next_id
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            data = data[os.write(self._to_browser, data):]
        if not wait:
            return {}
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                reply = self._read_message(deadline)
            except TimeoutError:
                raise CheckError(f"no answer from Chromium to {method} within "
                                 f"{self.timeout:.0f} s") from None
            if reply.get("id") == ident:
                if "error" in reply:
                    raise CheckError(f"{method}: {reply['error'].get('message')}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self.events.append(reply)

    def wait_event(self, method: str, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        seen = len(self.events)
        if any(e["method"] == method for e in self.events):
            return True
        while True:
            try:
                message = self._read_message(deadline)
            except TimeoutError:
                return any(e["method"] == method for e in self.events[seen:])
            if "method" in message:
                self.events.append(message)
                if message["method"] == method:
                    return True

    def drain(self, seconds: float) -> None:
        """Collect events for a while (late console messages, timers)."""
        deadline = time.monotonic() + seconds
        while True:
            try:
                message = self._read_message(deadline)
            except TimeoutError:
                return
            if "method" in message:
                self.events.append(message)


FILTER_JS = r"""
(() => {
  const out = {errors: [], title: document.title, ready: document.readyState};
  const sev = document.getElementById("f-severity"), rule = document.getElementById("f-rule");
  const count = () => document.getElementById("f-count").textContent.trim();
  const visible = () => [...document.querySelectorAll("article.finding")]
      .filter(el => el.offsetParent !== null);
  const all = document.querySelectorAll("article.finding").length;
  const summary = document.getElementById("summary");
  out.summaryHeight = summary ? summary.getBoundingClientRect().height : 0;
  out.findings = all;
  if (!sev || !rule) { out.filters = false; return JSON.stringify(out); }
  out.filters = true;
  const set = (select, value) => { select.value = value;
      select.dispatchEvent(new Event("change", {bubbles: true})); };
  out.tried = [];
  for (const [select, attr] of [[sev, "severity"], [rule, "rule"]]) {
    for (const option of [...select.options].filter(o => o.value)) {
      set(select, option.value);
      const shown = visible();
      const want = document.querySelectorAll(
          `article.finding[data-${attr}="${CSS.escape(option.value)}"]`).length;
      out.tried.push(`${attr}=${option.value}: ${shown.length}`);
      if (shown.length !== want || shown.some(el => el.dataset[attr] !== option.value))
        out.errors.push(`filter ${attr}=${option.value} shows ${shown.length}, expected ${want}`);
      if (count() !== String(want))
        out.errors.push(`filter ${attr}=${option.value}: #f-count says ${count()}, not ${want}`);
      const headings = [...document.querySelectorAll("h2.group")]
          .filter(h => h.offsetParent !== null).map(h => h.dataset.severity);
      const groups = new Set(shown.map(el => el.dataset.severity));
      if (headings.length !== groups.size || headings.some(h => !groups.has(h)))
        out.errors.push(`filter ${attr}=${option.value}: headings ${headings} for ${[...groups]}`);
    }
    set(select, "");
  }
  if (visible().length !== all || count() !== String(all))
    out.errors.push(`after resetting the filters ${visible().length} of ${all} are shown`);
  // the document filter (several documents) and the free-text search
  const doc = document.getElementById("f-document"), search = document.getElementById("f-search");
  if (!search && all) out.errors.push("no free-text search input#f-search");
  if (doc) {
    for (const option of [...doc.options].filter(o => o.value)) {
      set(doc, option.value);
      const shown = visible();
      const want = [...document.querySelectorAll("article.finding")]
          .filter(el => el.dataset.document === option.value).length;
      out.tried.push(`document=${option.value}: ${shown.length}`);
      if (shown.length !== want || shown.some(el => el.dataset.document !== option.value))
        out.errors.push(`filter document=${option.value} shows ${shown.length}, expected ${want}`);
    }
    set(doc, "");
  }
  if (search && all) {
    const typed = (value) => { search.value = value;
        search.dispatchEvent(new Event("input", {bubbles: true})); };
    const figure = document.querySelector("article.finding mark").textContent.trim();
    typed(figure);
    const shown = visible();
    out.tried.push(`search=${figure}: ${shown.length}`);
    const holds = (el) => el.textContent.toLowerCase().includes(figure.toLowerCase());
    if (!shown.length || shown.some(el => !holds(el)))
      out.errors.push(`search ${figure} shows ${shown.length} findings, not only those holding it`);
    typed("zzz-no-such-text-zzz");
    if (visible().length !== 0 || count() !== "0")
      out.errors.push(`a search that matches nothing still shows ${visible().length}`);
    typed("");
  }
  // a rule name opens its explanation in the page
  const link = document.querySelector("article.finding a.rule");
  if (link) {
    link.click();
    const target = document.getElementById(link.getAttribute("href").slice(1));
    const href = link.getAttribute("href");
    if (!target) out.errors.push(`rule link ${href} points nowhere`);
    else if (!target.open) out.errors.push(`rule link ${href} did not open it`);
  }
  return JSON.stringify(out);
})()
"""

PRINT_JS = r"""
(() => {
  const out = [];
  const filters = document.querySelector(".filters");
  if (filters && getComputedStyle(filters).display !== "none")
    out.push("the filters are printed");
  const finding = document.querySelector("article.finding");
  if (finding) {
    const style = getComputedStyle(finding);
    if (style.breakInside !== "avoid" && style.pageBreakInside !== "avoid")
      out.push("a finding may be split over two printed pages");
  }
  return JSON.stringify(out);
})()
"""


def browser_session(chromium: str, profile: Path, url: str, window: str, timeout: float
                    ) -> tuple[list[str], list[str], list[str]]:
    """Load the page over the DevTools protocol; return (problems, console errors, notes)."""
    problems: list[str] = []
    notes: list[str] = []
    tools = DevTools(chromium, profile, window, timeout)
    try:
        target = tools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = tools.send("Target.attachToTarget",
                             {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page", "Network"):
            tools.send(f"{domain}.enable", session=session)
        tools.events.clear()
        tools.send("Page.navigate", {"url": url}, session=session)
        if not tools.wait_event("Page.loadEventFired", timeout):
            problems.append(f"the page did not finish loading within {timeout:.0f} s")
        tools.drain(0.5)
        result = tools.send("Runtime.evaluate",
                            {"expression": FILTER_JS, "returnByValue": True},
                            session=session)
        if "exceptionDetails" in result:
            problems.append("the filter check itself threw: "
                            + json.dumps(result["exceptionDetails"])[:500])
        else:
            state = json.loads(result["result"]["value"])
            problems.extend(state["errors"])
            if not state["filters"] and state["findings"]:
                problems.append("findings are shown but the filters are missing")
            if state["summaryHeight"] <= 0:
                problems.append("the summary is not laid out (height 0)")
            tried = state.get("tried", [])
            notes.append(f"filters exercised: {len(tried)} options ({'; '.join(tried)})"
                         if tried else "no findings, so no filters to exercise")
        # print styles: filters hidden, one finding never split over pages
        tools.send("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
        printed = tools.send("Runtime.evaluate",
                             {"expression": PRINT_JS, "returnByValue": True}, session=session)
        if "exceptionDetails" in printed:
            problems.append("the print check threw: "
                            + json.dumps(printed["exceptionDetails"])[:500])
        else:
            problems.extend(f"print: {p}" for p in json.loads(printed["result"]["value"]))
            notes.append("print styles checked (filters hidden, findings kept whole)")
        tools.drain(0.3)
    finally:
        tools.close()
    console = console_errors(tools.events, url)
    return problems, console, notes


def console_errors(events: list[dict[str, Any]], url: str) -> list[str]:
    errors: list[str] = []
    requested: dict[str, str] = {}
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = [a.get("value", a.get("description", "")) for a in params.get("args", [])]
            errors.append(f"console.{params['type']}: {' '.join(map(str, args))}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            text = details.get("exception", {}).get("description") or details.get("text")
            errors.append(f"uncaught exception (line {details.get('lineNumber')}): {text}")
        elif method == "Log.entryAdded":
            entry = params.get("entry", {})
            if entry.get("level") == "error":
                errors.append(f"{entry.get('source')} error: {entry.get('text')} "
                              f"{entry.get('url', '')}".rstrip())
        elif method == "Network.requestWillBeSent":
            target = params.get("request", {}).get("url", "")
            requested[params.get("requestId", "")] = target
            if target != url and not target.startswith(("data:", "about:")):
                errors.append(f"the page requested {target} (it must be self-contained)")
        elif method == "Network.loadingFailed":
            reason = params.get("blockedReason") or params.get("errorText") or "unknown"
            target = requested.get(params.get("requestId", ""), "?")
            errors.append(f"loading {target} failed: {reason}")
    return errors


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("reports", nargs="*", default=["sample_reports/"],
                    help="reports to render, relative to the repository (default sample_reports/)")
    ap.add_argument("--html", type=Path, default=None,
                    help="check this HTML file instead of rendering one (the DOM counts are "
                         "then checked against the page's own summary only)")
    ap.add_argument("--screenshot", type=Path, default=None,
                    help="where to write the PNG (default: a temporary directory, printed)")
    ap.add_argument("--window-size", default="1280,1600", help="W,H in pixels (default 1280,1600)")
    ap.add_argument("--chromium", default=None,
                    help="Chromium executable (default: $CHROMIUM, chromium, chromium-browser, "
                         "google-chrome)")
    ap.add_argument("--timeout", type=float, default=60.0,
                    help="seconds allowed for each browser step (default 60)")
    args = ap.parse_args(argv)

    try:
        chromium = find_chromium(args.chromium)
    except CheckError as exc:
        print(f"browser-check: {exc}", file=sys.stderr)
        return 2

    keep = Path(tempfile.mkdtemp(prefix="audit-browser-check-"))
    with tempfile.TemporaryDirectory(prefix="audit-browser-profile-") as profiles:
        try:
            return run_checks(args, chromium, keep, Path(profiles))
        except CheckError as exc:
            print(f"browser-check: {exc}", file=sys.stderr)
            return 2


def run_checks(args: argparse.Namespace, chromium: str, keep: Path, profiles: Path) -> int:
    version = chromium_cli(chromium, profiles / "v", ["--version"], args.timeout)
    print(f"browser-check: {version.stdout.decode(errors='replace').strip() or chromium}")

    if args.html:
        page = args.html.resolve()
        if not page.is_file():
            raise CheckError(f"no such file: {args.html}")
        expected = None
    else:
        page = render_report(args.reports, keep, "html")
        expected = expected_findings(render_report(args.reports, keep, "json"))
        print(f"browser-check: rendered {' '.join(args.reports)} -> {page} "
              f"({sum(expected.values())} findings: "
              + ", ".join(f"{n} {s}" for s, n in expected.items()) + ")")
    url = page.as_uri()
    failures: list[str] = []

    # (a) screenshot
    shot = (args.screenshot or keep / "report.png").resolve()
    shot.parent.mkdir(parents=True, exist_ok=True)
    shot.unlink(missing_ok=True)
    proc = chromium_cli(chromium, profiles / "shot",
                        [f"--window-size={args.window_size}", f"--screenshot={shot}", url],
                        args.timeout)
    if not shot.exists() or not shot.read_bytes().startswith(b"\x89PNG"):
        raise CheckError(f"Chromium wrote no screenshot (exit {proc.returncode}): "
                         + proc.stderr.decode(errors="replace").strip()[-500:])
    print(f"browser-check: screenshot {shot} ({shot.stat().st_size // 1024} KiB, "
          f"{args.window_size.replace(',', 'x')})")

    # (b) DOM after scripts ran
    proc = chromium_cli(chromium, profiles / "dom", ["--dump-dom", url], args.timeout)
    dom = proc.stdout.decode("utf-8", errors="replace")
    if "<html" not in dom:
        raise CheckError(f"Chromium dumped no DOM (exit {proc.returncode})")
    (keep / "report.dom.html").write_text(dom, encoding="utf-8")
    if expected is None:
        expected = counts_from_page(dom)
    dom_problems = check_dom(dom, expected)
    failures += [f"DOM: {p}" for p in dom_problems]
    print(f"browser-check: DOM {'ok' if not dom_problems else 'FAILED'} "
          f"(summary, charts, {sum(expected.values())} findings, filters)")

    # (c) console errors and the filters, over the DevTools protocol
    problems, console, notes = browser_session(chromium, profiles / "cdp", url,
                                               args.window_size, args.timeout)
    failures += [f"page: {p}" for p in problems]
    failures += [f"console: {c}" for c in console]
    for note in notes:
        print(f"browser-check: {note}")
    print(f"browser-check: console {'clean' if not console else f'{len(console)} error(s)'}")

    if failures:
        print(f"browser-check: files kept in {keep}", file=sys.stderr)
        print(f"browser-check: FAILED ({len(failures)} problem(s)):", file=sys.stderr)
        for failure in failures:
            print(f"  - {failure}", file=sys.stderr)
        return 1
    print(f"browser-check: files kept in {keep}")
    print("browser-check: OK: summary, charts, findings and filters shown; no console errors")
    return 0


def counts_from_page(dom: str) -> dict[str, int]:
    """For --html: the per-severity counts the page's own articles carry."""
    parser = DomParser()
    parser.feed(dom)
    counts = {sev: 0 for sev in SEVERITIES}
    for article in parser.find("article", cls="finding"):
        sev = article.attrs.get("data-severity", "")
        counts[sev] = counts.get(sev, 0) + 1
    return counts


if __name__ == "__main__":
    sys.exit(main())
