"""English table headers read with the Indonesian words the header checks know.

Some agencies publish an English edition of their report (``Target | Realization |
Achievement (%)``, ``Initial pagu | Revised pagu | Absorption (%)``); spreadsheets pasted from
an English-locale template carry English titles too. A header is interpreted (which role,
which period or version, whether it is a rate) through its Indonesian reading; what the
reader is shown stays as printed.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORDS = [
    (r"\b(?:realizations?|realisations?|actuals?)\b", "realisasi"),
    (r"\bachievements?\b", "capaian"),
    (r"\babsorption\b", "serapan"),
    (r"\b(?:initial|original)\b", "awal"),
    (r"\b(?:revised|amended)\b", "perubahan"),
    (r"\b(?:budget\s+)?ceiling\b|\ballocation\b", "pagu"),
    (r"\bbudget\b", "anggaran"),
    (r"\btotal\b", "jumlah"),
    (r"\b(?:category|predicate|rating)\b", "kategori"),
    (r"\bstrategic\s+plan\b", "renstra"),
    (r"\bremaining\b|\bbalance\b", "sisa"),
    (r"\bvs\.?\b|\bagainst\b", "terhadap"),
    (r"\bend\s+target\b", "target akhir"),
    (r"\bq\s*([1-4])\b", r"tw \1"),
    (r"\bquarter\s+([1-4]|iv|i{1,3})\b", r"tw \1"),
    (r"\bup\s+to\b", "s.d."),
]
_ENGLISH_RE = re.compile("|".join(f"(?:{p})" for p, _ in _WORDS), re.IGNORECASE)
_COMPILED = [(re.compile(p, re.IGNORECASE), r) for p, r in _WORDS]


@lru_cache(maxsize=1 << 14)
def indonesian_header(text: str) -> str:
    """``Achievement vs 2029 target (%)`` → ``capaian terhadap 2029 target (%)``; a header
    with no English word is returned as it is."""
    if not _ENGLISH_RE.search(text):
        return text
    for pattern, word in _COMPILED:
        text = pattern.sub(word, text)
    return text
