"""Formulas a table declares in words, read into expressions over its columns or rows.

Reports print how a derived figure is worked out: in a column's title (``NRR (Jumlah Nilai :
412)``, ``Nilai Tertimbang (Bobot × Nilai / 100)``), in a note under the table
(``Keterangan: NRR tertimbang = NRR × 0,111``) or in a row's label (``IKM (Jumlah NRR
Tertimbang × 25)``). Each is read here into an expression whose operands are the table's
own columns (or rows) and printed constants; the ratio check evaluates it on every row
with interval arithmetic.

An expression is read only when every name in it is a column (or row) of the table, it
multiplies or divides (a sum of columns is crossfooting's), and it does not use the column
it defines. Anything else (``jumlah nilai : jumlah responden``, where no column is titled
"jumlah responden") is not a declaration this reader understands, and nothing is judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from audit.figures import format_id
from audit.model import Row, Table
from audit.precision import Interval

_TOKEN_RE = re.compile(
    r"\s*(?:(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\w)|\d+(?:,\d+)?(?!\w))"
    r"|(?P<op>[×x*/:÷+]|(?<=\s)[-−–](?=\s)|[−–])(?=[\s\d(]|$)"
    r"|(?P<open>\()|(?P<close>\))"
    r"|(?P<word>[A-Za-z][\w.-]*))", re.UNICODE)
_SYMBOLS = {"*": "×", "/": "/", "+": "+", "-": "−"}
_OPS = {"×": "*", "x": "*", "*": "*", "/": "/", ":": "/", "÷": "/", "+": "+",
        "-": "-", "−": "-", "–": "-"}


@dataclass(frozen=True)
class Expression:
    """A tree of ``("ref", index)``, ``("num", value)`` and ``(op, left, right)`` nodes;
    ``text`` is the formula as the table printed it."""

    tree: tuple
    text: str

    def refs(self) -> set[int]:
        found: set[int] = set()

        def walk(node: tuple) -> None:
            if node[0] == "ref":
                found.add(node[1])
            elif node[0] != "num":
                walk(node[1])
                walk(node[2])
        walk(self.tree)
        return found

    def render(self, text_of: dict[int, str]) -> str:
        """The formula with each operand's printed figure in its place: ``3,38 × 0,111``."""
        def walk(node: tuple, inner: bool) -> str:
            if node[0] == "num":
                return format_id(node[1], max(0, -node[1].as_tuple().exponent))
            if node[0] == "ref":
                return text_of.get(node[1], "?")
            text = f"{walk(node[1], node[0] in '*/')} {_SYMBOLS[node[0]]} " \
                f"{walk(node[2], node[0] in '*/')}"
            return f"({text})" if inner and node[0] in "+-" else text
        return walk(self.tree, False)

    def evaluate(self, value_of: dict[int, Interval]) -> Interval | None:
        """The expression's interval given each operand's; None when one is missing or a
        divisor may be zero."""
        def walk(node: tuple) -> Interval | None:
            kind = node[0]
            if kind == "num":
                return Interval(node[1], node[1])
            if kind == "ref":
                return value_of.get(node[1])
            left, right = walk(node[1]), walk(node[2])
            if left is None or right is None:
                return None
            if kind == "+":
                return left + right
            if kind == "-":
                return left - right
            if kind == "/" and right.lo <= 0 <= right.hi:
                return None
            try:
                corners = [a * b if kind == "*" else a / b
                           for a in (left.lo, left.hi) for b in (right.lo, right.hi)]
            except (InvalidOperation, ZeroDivisionError):
                return None
            return Interval(min(corners), max(corners))
        return walk(self.tree)


def _plain(text: str) -> str:
    return " ".join(text.replace("*", " ").replace("_", " ").lower().split())


def _last_level(title: str) -> str:
    """A header's own title under the ones spanning it (``Realisasi / TW I``), a " / " inside
    brackets (``(Bobot × Nilai / 100)``) no level's end."""
    depth, cut = 0, 0
    for k, ch in enumerate(title):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and title.startswith(" / ", k):
            cut = k + 3
    return title[cut:]


def _own_names(title: str) -> set[str]:
    """The ways a column or row title is referred to: whole, its last level, without the
    unit or formula in brackets."""
    last = _last_level(title)
    names = {_plain(title), _plain(last)}
    names |= {_plain(re.sub(r"\([^()]*\)", " ", t)) for t in (title, last)}
    return {n for n in names if n}


def _tokens(text: str, resolve: dict[str, int]) -> list[tuple[str, object, int]]:
    """The formula's tokens (kind, value, where it ends), runs of words resolved to a column
    (or row) index; they stop at words that name none of them."""
    out: list[tuple[str, object, int]] = []
    words: list[str] = []
    words_end = 0

    def flush() -> bool:
        if words:
            name = _plain(" ".join(words))
            if name not in resolve:
                return False
            out.append(("ref", resolve[name], words_end))
            words.clear()
        return True

    text = text.strip().rstrip(".;,")
    pos = 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if m is None or m.end() == pos:
            break  # what follows is no formula: the formula ended before it
        pos = m.end()
        if m.group("word"):
            if m.group("word").lower() == "x" and words == []:
                out.append(("op", "*", pos))  # "NRR x 0,111"
                continue
            words.append(m.group("word"))
            words_end = pos
            continue
        if not flush():
            return out  # words no column goes by: the formula ended before them
        if m.group("num"):
            digits = m.group("num").replace(".", "").replace(",", ".")
            out.append(("num", Decimal(digits), pos))
        elif m.group("op"):
            out.append(("op", _OPS[m.group("op")], pos))
        elif m.group("open"):
            out.append(("open", None, pos))
        else:
            out.append(("close", None, pos))
    flush()
    return out


def _parse(tokens: list[tuple[str, object, int]]) -> tuple[tuple | None, int]:
    """The expression the tokens open with (words after it, such as an explanation in
    brackets, are left over), and how many tokens it takes; None when they open with none."""
    pos = 0

    def factor() -> tuple | None:
        nonlocal pos
        if pos >= len(tokens):
            return None
        kind, value, _ = tokens[pos]
        if kind in ("num", "ref"):
            pos += 1
            return (kind, value)
        if kind == "open":
            pos += 1
            inner = expr()
            if inner is None or pos >= len(tokens) or tokens[pos][0] != "close":
                return None
            pos += 1
            return inner
        return None

    def chain(operand, ops: str):  # noqa: ANN001, ANN202 - the two precedence levels
        nonlocal pos
        left = operand()
        while left is not None and pos + 1 < len(tokens) and tokens[pos][0] == "op" \
                and tokens[pos][1] in ops:
            op = tokens[pos][1]
            pos += 1
            right = operand()
            if right is None:
                return None
            left = (op, left, right)
        return left

    def term() -> tuple | None:
        return chain(factor, "*/")

    def expr() -> tuple | None:
        return chain(term, "+-")

    return expr(), pos


def _multiplies(tree: tuple) -> bool:
    return tree[0] in ("*", "/") or tree[0] in ("+", "-") and (
        _multiplies(tree[1]) or _multiplies(tree[2]))


def read_formula(text: str, resolve: dict[str, int], target: int) -> Expression | None:
    """``text`` as an expression over ``resolve``'s names, when it is one that multiplies or
    divides, uses at least one of them, and not ``target``."""
    tokens = _tokens(text, resolve)
    if not tokens:
        return None
    tree, used = _parse(tokens)
    if tree is None or not _multiplies(tree):
        return None
    # (the formula as printed, the explanation after it left out)
    formula = Expression(tree, " ".join(text.strip()[:tokens[used - 1][2]].split()))
    refs = formula.refs()
    if not refs or target in refs:
        return None
    return formula


_BRACKETED_RE = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)")
_NOTE_PREFIX_RE = re.compile(r"^\s*(?:\*+|keterangan|catatan|ket\.?|rumus)\s*:?\s*",
                             re.IGNORECASE)
NOTE_LINES = 4  # lines under a table that may hold its notes


def column_formulas(table: Table, notes: list[str] = ()) -> dict[int, Expression]:
    """Columns whose title, or a note under the table, says how they are worked out."""
    resolve: dict[str, int] = {}
    taken: set[str] = set()
    for column, title in enumerate(table.columns):
        for name in _own_names(title):
            if name in resolve and resolve[name] != column:
                taken.add(name)  # two columns go by this name: it names neither
            resolve[name] = column
    for name in taken:
        del resolve[name]
    out = _bracketed(((c, _last_level(t)) for c, t in enumerate(table.columns)), resolve)
    for note in notes:
        for clause in re.split(r";|\.\s+(?=[A-Z])", _NOTE_PREFIX_RE.sub("", note)):
            parts = clause.split("=")
            target = resolve.get(_plain(parts[0]))
            if len(parts) < 2 or target is None or target in out:
                continue
            for part in parts[1:]:
                if (formula := read_formula(part, resolve, target)) is not None:
                    out[target] = formula
                    break
    return out


def row_formulas(table: Table) -> dict[int, Expression]:
    """Rows (by index) whose label says how they are worked out from other rows, figure by
    figure in each column: ``IKM (Jumlah NRR Tertimbang × 25)``."""
    resolve: dict[str, int] = {}
    for index, row in enumerate(table.rows):
        for name in _own_names(_label(row)):
            resolve.setdefault(name, index)
    return _bracketed(((k, _label(row)) for k, row in enumerate(table.rows)), resolve)


def _bracketed(titles: Iterable[tuple[int, str]], resolve: dict[str, int]) \
        -> dict[int, Expression]:
    """The formula each title (a column's, a row's label) states in brackets, if any."""
    out: dict[int, Expression] = {}
    for index, title in titles:
        for m in _BRACKETED_RE.finditer(title):
            if (formula := read_formula(m.group(1), resolve, index)) is not None:
                out[index] = formula
                break
    return out


def _label(row: Row) -> str:
    return next((c.text for c in row.cells if c.text.strip() and c.figure is None), "")
