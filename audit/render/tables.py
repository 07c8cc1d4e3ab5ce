"""What the reader saw: every table, for a person to compare with the document."""

from __future__ import annotations

import json
from typing import Any

from tabulate import tabulate

from audit.model import Document, Table


def table_dict(table: Table) -> dict[str, Any]:
    return {
        "caption": table.caption,
        "lines": [table.first_line, table.last_line],
        "header": [[c.text for c in row] for row in table.header],
        "columns": table.columns,
        "checked_by": sorted(table.checked_by),
        "rows": [
            {"line": r.line, "kind": r.kind, "level": r.level, "cells": [c.text for c in r.cells]}
            for r in table.rows
        ],
    }


def render_csv(doc: Document) -> str:
    """Every table cell as one line of a long table, for a spreadsheet or pandas."""
    import pandas as pd  # only this export needs it

    records = [
        {"table": n, "caption": table.caption or "", "line": cell.line, "row_kind": row.kind,
         "column": table.columns[cell.column] if cell.column < len(table.columns) else "",
         "text": cell.text,
         "value": float(cell.figure.value) if cell.figure is not None and not cell.figure.dash
         else None}
        for n, table in enumerate(doc.tables, start=1) for row in table.rows
        for cell in row.cells if cell.text
    ]
    columns = ["table", "caption", "line", "row_kind", "column", "text", "value"]
    return pd.DataFrame.from_records(records, columns=columns).to_csv(index=False)


def render_json(doc: Document) -> str:
    data = {"path": doc.path, "tables": [table_dict(t) for t in doc.tables]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_lines(doc: Document) -> str:
    """The document as read, numbered: findings' line numbers point into this text."""
    width = len(str(len(doc.lines)))
    out = []
    for n, line in enumerate(doc.lines, start=1):
        where = doc.locations.get(n, {})
        tag = " ".join(f"{k}={v}" for k, v in where.items() if k in ("page", "sheet"))
        out.append(f"{n:>{width}} {tag + ' ' if tag else ''}| {line}")
    return "\n".join(out) + "\n"


def render_markdown(doc: Document) -> str:
    out = [f"# {doc.path}: {len(doc.tables)} tabel", ""]
    for n, table in enumerate(doc.tables, start=1):
        out.append(f"## {n}. {table.caption or '(tanpa judul)'}")
        checks = ", ".join(sorted(table.checked_by)) or "tidak ada (tidak terhitung ulang)"
        out.append(f"baris {table.first_line}–{table.last_line}; diperiksa: {checks}")
        out.append("")
        width = table.width
        body = [[r.line, r.kind] + [c.text for c in r.cells] + [""] * (width - len(r.cells))
                for r in table.rows]
        headers = ["baris", "jenis"] + [h or f"({i + 1})" for i, h in enumerate(table.columns)]
        # cells as printed: "1.830" is one thousand eight hundred and thirty, not 1,83
        out.append(tabulate(body, headers=headers, tablefmt="github", disable_numparse=True))
        out.append("")
    return "\n".join(out)
