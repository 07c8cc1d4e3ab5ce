"""Fuzz the reader and the engine with mutated reports; report crashes, failing checks, hangs.

Usage (the project installed in the Python that runs this)::

    python scripts/fuzz.py --inputs 20000 --jobs 2
    python scripts/fuzz.py --inputs 500 --seeds path/to/reports --save fuzz-found/

Each input is a report from ``--seeds`` (default: ``sample_reports/``) changed by one or more
mutations a damaged or hostile file shows: lines deleted, duplicated or swapped, unicode
storms (combining marks, bidi controls, zero-width characters, emoji), very long lines, tab and
pipe storms, deeply nested markers and codes, absurd figures (30, 400 and 5,000 digits,
exponents), random bytes, sentences with hundreds of figures, lines of thousands of numbers.
The bytes are written to a file and read through ``read_report`` like any report.

It prints, and exits 1 unless all are zero:

- ``tracebacks``: an exception other than ``ReaderError`` out of the reader or the engine;
- ``checks raising``: a check failed inside the engine (``DocumentReport.errors``);
- ``slow``: an input under 200 KB that took more than ``--timeout`` seconds (default 10).

Every such input is saved under ``--save`` (default ``fuzz-found/``) with a note, ready to
become a regression fixture in ``tests/fixtures/fuzz/``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

SMALL = 200 * 1024
STORM_CHARS = ("\u0301\u0308\u200b\u200d\u202e\u2066\ufeff\u00a0\u3000\U0001f600"
               "\ufffd\u001b[2J\x85\u2028")


def _lines(text: str) -> list[str]:
    return text.split("\n")


def delete_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    for _ in range(rng.randint(1, 20)):
        if len(lines) > 1:
            del lines[rng.randrange(len(lines))]
    return "\n".join(lines)


def duplicate_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    start = rng.randrange(len(lines))
    block = lines[start:start + rng.randint(1, 40)]
    at = rng.randrange(len(lines))
    return "\n".join(lines[:at] + block * rng.randint(1, 5) + lines[at:])


def swap_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    for _ in range(rng.randint(1, 15)):
        a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[a], lines[b] = lines[b], lines[a]
    return "\n".join(lines)


def unicode_storm(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(10, 2000)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(STORM_CHARS))
    return "".join(chars)


def long_line(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    unit = rng.choice(["Jumlah 1.234 ", "a", "| 12 ", "\t7", "91,31% ", "Rp 1.000.000,- "])
    lines.insert(rng.randrange(len(lines)), unit * rng.randint(1000, 150_000 // len(unit)))
    return "\n".join(lines)


def tab_pipe_storm(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    sep = rng.choice(["\t", "|", " | ", "  "])
    for _ in range(rng.randint(1, 60)):
        cells = [rng.choice(["", "1", "Jumlah", "12,5", "-", "x"]) for _ in range(
            rng.randint(5, 400))]
        lines.insert(rng.randrange(len(lines)), sep.join(cells))
    return "\n".join(lines)


def deep_nesting(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    markers = ["A.", "I.", "1.", "a.", "1)", "a)", "-", "•", "i."]
    rows = []
    for i in range(rng.randint(50, 2000)):
        code = ".".join(str(rng.randint(1, 9)) for _ in range(rng.randint(1, 30)))
        rows.append(f"| {rng.choice(markers)} | {code} Grup {i} | {rng.randint(0, 999)} |")
    at = rng.randrange(len(lines))
    return "\n".join(lines[:at] + ["| No | Uraian | Nilai |", "|---|---|---|"] + rows
                     + lines[at:])


def absurd_numbers(rng: random.Random, text: str) -> str:
    import re

    figures = list(re.finditer(r"\d[\d.,]*", text))
    if not figures:
        return text
    out = text
    for m in sorted(rng.sample(figures, min(len(figures), rng.randint(1, 30))),
                    key=lambda m: m.start(), reverse=True):
        absurd = rng.choice(["9" * 30, "1" + "0" * 400, "7" * 5000, "1e400", "1.000.000" * 40,
                             "0,000000000000000001", "99999999999999999999,99%",
                             "1." + "0" * 300, "-" * 50, "(" * 30 + "5" + ")" * 30])
        out = out[:m.start()] + absurd + out[m.end():]
    return out


def many_figures(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    n = rng.randint(100, 2000)
    sentence = "Realisasi " + ", ".join(f"{rng.randint(0, 10**6)} orang dan "
                                        f"{rng.randint(0, 100)},{rng.randint(0, 99):02d}%"
                                        for _ in range(n // 2)) + "."
    numbers = " ".join(str(rng.randint(0, 99999)) for _ in range(n))
    lines.insert(rng.randrange(len(lines)), rng.choice([sentence, numbers]))
    return "\n".join(lines)


TEXT_MUTATIONS = [delete_lines, duplicate_lines, swap_lines, unicode_storm, long_line,
                  tab_pipe_storm, deep_nesting, absurd_numbers, many_figures]


def random_bytes(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        at = rng.randrange(len(out) + 1)
        out[at:at + rng.randint(0, 200)] = rng.randbytes(rng.randint(1, 200))
    return bytes(out)


def make_input(seed_text: str, suffix: str, number: int, base_seed: int) -> tuple[bytes, str]:
    rng = random.Random(base_seed * 1_000_003 + number)
    text = seed_text
    names = []
    for mutation in rng.sample(TEXT_MUTATIONS, rng.randint(1, 3)):
        text = mutation(rng, text)
        names.append(mutation.__name__)
    data = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.1:
        data = random_bytes(rng, data)
        names.append("random_bytes")
    return data, "+".join(names)


class _Hang(BaseException):
    pass


def _alarm(signum, frame):  # noqa: ANN001 - signal handler signature
    raise _Hang


def run_one(job: tuple[int, bytes, str, str, float]) -> tuple[int, str, str, float, int]:
    """(number, outcome, detail, seconds, size); outcome: ok, unreadable, traceback, raised,
    slow, hang."""
    from audit.engine import audit_document
    from audit.readers import ReaderError, read_report

    number, data, suffix, _names, timeout = job
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(int(timeout * 6) + 1)  # a hard stop well past the reported limit
        start = time.perf_counter()
        try:
            doc = read_report(path)
            report = audit_document(doc, time_budget=None)
        except ReaderError as exc:
            return number, "unreadable", str(exc)[:200], time.perf_counter() - start, len(data)
        except _Hang:
            return number, "hang", "", time.perf_counter() - start, len(data)
        except Exception:  # noqa: BLE001 - what the fuzzer is looking for
            return number, "traceback", traceback.format_exc()[-2000:], \
                time.perf_counter() - start, len(data)
        finally:
            signal.alarm(0)
    seconds = time.perf_counter() - start
    if report.errors:
        return number, "raised", "\n".join(report.errors)[:2000], seconds, len(data)
    if seconds > timeout:
        return number, "slow", "", seconds, len(data)
    return number, "ok", "", seconds, len(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--inputs", type=int, default=1000)
    parser.add_argument("--seeds", default=str(Path(__file__).resolve().parents[1]
                                              / "sample_reports"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--save", default="fuzz-found")
    args = parser.parse_args(argv)

    seeds = sorted(p for p in Path(args.seeds).rglob("*")
                   if p.suffix in (".md", ".txt") and p.is_file()
                   and not p.name.lower().startswith("readme"))
    if not seeds:
        print(f"fuzz: no .md/.txt reports under {args.seeds}", file=sys.stderr)
        return 2
    texts = [(p.read_text(encoding="utf-8"), p.suffix) for p in seeds]

    def jobs():
        for n in range(args.inputs):
            text, suffix = texts[n % len(texts)]
            data, names = make_input(text, suffix, n, args.seed)
            yield n, data, suffix, names, args.timeout

    counts = {"ok": 0, "unreadable": 0, "traceback": 0, "raised": 0, "slow": 0, "hang": 0}
    slowest = 0.0
    save = Path(args.save)
    started = time.perf_counter()
    with multiprocessing.Pool(args.jobs, maxtasksperchild=200) as pool:
        for number, outcome, detail, seconds, size in pool.imap_unordered(
                run_one, jobs(), chunksize=4):
            if outcome in ("slow", "hang") and size >= SMALL:
                outcome = "ok"  # large inputs may take long; the limit is for small ones
            counts[outcome] += 1
            slowest = max(slowest, seconds)
            done = sum(counts.values())
            if done % 1000 == 0:
                print(f"fuzz: {done} inputs, {counts['traceback']} tracebacks, "
                      f"{counts['raised']} checks raising, "
                      f"{counts['slow'] + counts['hang']} slow", file=sys.stderr, flush=True)
            if outcome in ("traceback", "raised", "slow", "hang"):
                text, suffix = texts[number % len(texts)]
                data, names = make_input(text, suffix, number, args.seed)
                save.mkdir(parents=True, exist_ok=True)
                (save / f"{number:06d}-{outcome}{suffix}").write_bytes(data)
                (save / f"{number:06d}-{outcome}.note").write_text(
                    f"mutations: {names}\nseconds: {seconds:.2f}\n{detail}\n",
                    encoding="utf-8")
                print(f"fuzz: input {number} ({names}): {outcome} after {seconds:.1f} s",
                      file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    print(f"inputs {args.inputs}  tracebacks {counts['traceback']}  checks raising "
          f"{counts['raised']}  slow (> {args.timeout:g} s, < 200 KB) "
          f"{counts['slow'] + counts['hang']}  unreadable {counts['unreadable']}  "
          f"slowest {slowest:.1f} s  wall {elapsed:.0f} s")
    return 1 if counts["traceback"] or counts["raised"] or counts["slow"] or counts["hang"] \
        else 0


if __name__ == "__main__":
    sys.exit(main())
