"""count_claim: "there are N items, as follows:" announces as many items as follow.

Reports introduce lists and tables with a count: ``terdapat 26 (dua puluh enam) IKU sebagai
berikut:``, ``Sasaran Program 4 ... memiliki 7 IKU yaitu:``, ``5 (lima) kegiatan yaitu:``.
When an item is added or dropped in a revision and the count is not updated, the prose and
the list disagree, and the reader cannot tell which is complete.

Only unambiguous links are judged (precision first):

* the sentence ends its line with ``:``, ``sebagai berikut``, ``yaitu``, ``antara lain`` or
  ``berikut`` and holds exactly one count of a known kind of item (indikator/IKU, program,
  kegiatan, sasaran, perspektif ...);
* what follows at once (blank lines and a ``Tabel`` caption aside) is either a table with
  exactly one column naming that kind of item (its non-empty cells in data rows are the
  items; total and group rows are not items), or a list: consecutive items of the first
  item's marker style (``1.``, ``1)``, ``a.``, bullets), nested items of other styles not
  counted. A numbered list whose items are separated by explanatory paragraphs is followed
  through its numbering (1, 2, 3 ...) when the introducing sentence is itself a list item,
  up to that item's next sibling or the next section heading; any break in the numbering
  means no verdict;
* items that name a different kind (``a. Program ...`` under a claim about kegiatan) mean
  the list is not the one counted: no verdict.

Severity: ``major``.

Passes::

    Sasaran ini memiliki 3 IKU yaitu:
    1. Persentase lulusan yang bekerja
    2. Jumlah lembaga yang diakreditasi
    3. Indeks kepuasan layanan

Fails (the sentence says 2, three indicators follow)::

    Sasaran ini memiliki 2 IKU yaitu:
    1. Persentase lulusan yang bekerja
    2. Jumlah lembaga yang diakreditasi
    3. Indeks kepuasan layanan
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from audit.checks.base import Rule
from audit.findings import CheckResult, Finding, Severity
from audit.model import Document, Sentence, Table
from audit.prose import list_marker, noun_kind, parse_number_words

RULE_ID = "count_claim"

_INTRO_END = re.compile(
    r"(?::|\bsebagai\s+berikut\s*:?|\byaitu\s*:?|\bantara\s+lain\s*:?|\bberikut\s*:?|"
    r"\bdi\s?antaranya\s*:?|\bmeliputi\s*:?)\s*[*_]*\s*$",
    re.IGNORECASE,
)
_COUNT_RE = re.compile(
    r"(?<![\w.,/-])(?P<num>\d{1,3})(?![.,]\d)(?:\s*\((?P<words>[^()]{1,80})\))?"
    r"\s+(?P<noun>(?:sub\s+)?[A-Za-z]+)"
)
_HEADING_RE = re.compile(
    r"^\s*(?:#{1,6}\s|BAB\s+[IVX]+\b|\d+\.\d+(?:\.\d+)*\.?\s+\S|[A-H]\.\s+[A-Z][A-Z])"
)
# Kinds that name a level of the plan; an item starting with one of these says what it is.
_STRUCTURAL = {"indikator", "program", "kegiatan", "subkegiatan", "sasaran", "tujuan", "misi",
               "perspektif"}
_SEARCH_LIMIT = 400
_MAX_GAP = 4


@dataclass
class _Claim:
    count: int
    printed: str
    noun: str
    kind: str


def check(doc: Document) -> CheckResult:
    result = CheckResult()
    table_lines = _table_lines(doc)
    for sentence in doc.sentences:
        claim = _claim(doc, sentence)
        if claim is None:
            continue
        items = _items_after(doc, sentence.line, claim, table_lines)
        if items is None:
            continue
        count, where, lines = items
        if count == claim.count:
            result.passed()
            continue
        message = (
            f"Kalimat menyebut {claim.printed} {claim.noun}, tetapi {where} yang mengikutinya "
            f"memuat {str(count)} {claim.noun} (baris {lines[0]}–{lines[-1]})."
        )
        result.failed(Finding(
            rule=RULE_ID,
            severity=Severity.MAJOR,
            line=sentence.line,
            stated=claim.printed,
            expected=str(count),
            message=message,
            related_lines=lines,
            difference=f"{claim.count - count:+d}",
            anchor=f"{claim.printed} {claim.noun.lower()}",
        ))
    return result


def _table_lines(doc: Document) -> dict[int, Table]:
    lines: dict[int, Table] = {}
    for table in doc.tables:
        for n in range(table.first_line, table.last_line + 1):
            lines[n] = table
        if table.caption_line:
            lines.setdefault(table.caption_line, table)
    return lines


def _claim(doc: Document, sentence: Sentence) -> _Claim | None:
    text = sentence.text
    if not _INTRO_END.search(text):
        return None
    # The sentence must close its line: the list starts on the next line.
    if not doc.line_text(sentence.line).rstrip(" *_\t").endswith(text.rstrip(" *_\t")[-20:]):
        return None
    claims = []
    for m in _COUNT_RE.finditer(text):
        kind = noun_kind(m.group("noun"))
        if kind is None:
            continue
        count = int(m.group("num"))
        words = m.group("words")
        if words is not None:
            said = parse_number_words(words)
            if said is None or said != count:
                # A mismatch between digits and words is words_vs_number's finding.
                return None
        printed = m.group(0)[: m.start("noun") - m.start()].strip()
        claims.append(_Claim(count, printed, m.group("noun"), kind))
    if len(claims) != 1 or not 2 <= claims[0].count <= 60:
        # "1 program dengan 3 kegiatan, yaitu": which one the list counts is a guess.
        return None
    return claims[0]


def _items_after(doc: Document, line: int, claim: _Claim,
                 table_lines: dict[int, Table]) -> tuple[int, str, list[int]] | None:
    """(number of items, 'tabel'/'daftar', item lines) of what the sentence introduces."""
    n = line + 1
    gap = 0
    while n <= len(doc.lines) and gap <= _MAX_GAP:
        text = doc.line_text(n)
        if n in table_lines:
            return _table_items(table_lines[n], claim)
        if text.strip():
            if list_marker(text) is not None:
                return _list_items(doc, line, n, claim, table_lines)
            return None
        n += 1
        gap += 1
    return None


def _table_items(table: Table, claim: _Claim) -> tuple[int, str, list[int]] | None:
    columns = [c for c, name in enumerate(table.columns)
               if any(noun_kind(part) == claim.kind for part in re.split(r"[/|]", name))]
    if len(columns) != 1:
        return None
    column = columns[0]
    lines = []
    for row in table.rows:
        cell = row.cell(column)
        if row.kind != "data" or cell is None or not cell.text.strip() or cell.figure is not None:
            continue
        lines.append(row.line)
    if not lines:
        return None
    return len(lines), "tabel", lines


def _list_items(doc: Document, claim_line: int, first: int, claim: _Claim,
                table_lines: dict[int, Table]) -> tuple[int, str, list[int]] | None:
    marker = list_marker(doc.line_text(first))
    if marker is None:
        return None
    style, number, _ = marker
    numbered = number is not None
    if numbered and number != 1:
        return None
    parent = list_marker(doc.line_text(claim_line))
    items: list[tuple[int, str]] = []
    n = first
    # Compact list: items and blank lines only.
    while n <= len(doc.lines):
        text = doc.line_text(n)
        if n in table_lines:
            break
        if text.strip():
            m = list_marker(text)
            if m is None:
                break
            if m[0] == style:
                if numbered and m[1] != len(items) + 1:
                    return None
                items.append((n, m[2]))
        n += 1
    end = n
    if numbered:
        # Does the numbering go on after a paragraph? Then follow it through the section,
        # but only under a parent item that bounds the section.
        more = _continued(doc, end, style, len(items) + 1, parent, table_lines)
        if more is None:
            return None
        if more:
            if parent is None or parent[0] == style:
                return None
            items.extend(more)
    elif _bullet_resumes(doc, end, style, table_lines):
        return None
    if len(items) < 2 and end <= len(doc.lines):
        # One item and then prose: more likely an item with its explanation than a list.
        return None
    if not items or not _same_kind(items, claim):
        return None
    return len(items), "daftar", [i for i, _ in items]


def _stops(text: str, parent: tuple[str, int | None, str] | None) -> bool:
    if _HEADING_RE.match(text):
        return True
    m = list_marker(text)
    return parent is not None and m is not None and m[0] == parent[0]


def _continued(doc: Document, start: int, style: str, expect: int,
               parent: tuple[str, int | None, str] | None,
               table_lines: dict[int, Table]) -> list[tuple[int, str]] | None:
    """Items of the same numbering after ``start`` up to the section's end; None when the
    numbering breaks (a nested list in the same style makes the count a guess)."""
    found: list[tuple[int, str]] = []
    for n in range(start, min(len(doc.lines), start + _SEARCH_LIMIT) + 1):
        text = doc.line_text(n)
        if n in table_lines or not text.strip():
            continue
        if _stops(text, parent):
            return found
        m = list_marker(text)
        if m is None or m[0] != style:
            continue
        if m[1] == expect:
            found.append((n, m[2]))
            expect += 1
        elif m[1] == 1 and not found and parent is None:
            # A new list of the same style: the one counted has ended. Under a parent item
            # the restart may as well be a nested list inside the first item: no verdict.
            return found
        else:
            return None
    # No end of section in sight: only a list that did not go on is safe.
    return found if not found else None


def _bullet_resumes(doc: Document, start: int, style: str,
                    table_lines: dict[int, Table]) -> bool:
    """A bulleted list broken by one paragraph and then resumed: its length is a guess."""
    seen_text = 0
    for n in range(start, min(len(doc.lines), start + 6) + 1):
        text = doc.line_text(n)
        if n in table_lines or not text.strip():
            continue
        m = list_marker(text)
        if m is not None and m[0] == style:
            return True
        seen_text += 1
        if seen_text > 1:
            return False
    return False


def _same_kind(items: list[tuple[int, str]], claim: _Claim) -> bool:
    """Items that name another kind of thing (``Program ...`` under kegiatan) are not the
    items counted."""
    other = 0
    for _, text in items:
        kind = noun_kind(text.strip("*_ "))
        if kind in _STRUCTURAL and kind != claim.kind:
            other += 1
    return other == 0


RULE = Rule(
    id=RULE_ID,
    severity=Severity.MAJOR,
    summary="Jumlah butir yang disebut kalimat pengantar sama dengan daftar/tabel berikutnya.",
    doc=__doc__ or "",
    run=check,
)
