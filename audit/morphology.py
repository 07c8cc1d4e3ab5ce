"""Indonesian word forms that share a root: ``binaan``, ``dibina`` and ``pembinaan`` name one
thing (``bina``), as do ``pelanggaran`` and ``melanggar`` (``langgar``).

A report names a quantity with one form in its prose and another in a caption or a row
label (``dari total IKM binaan`` beside ``Tabel 3.7 IKM yang Dibina``). No dictionary is
used: each word gives the candidate roots its common affixes allow (one prefix, one suffix,
the nasal prefix's dropped first letter restored), and two words share a root when their
candidates meet at four letters or more.
"""

from __future__ import annotations

from functools import lru_cache

# (a nasal prefix drops the root's first voiceless letter: memeriksa <- periksa,
# menulis <- tulis, mengirim <- kirim, menyusun <- susun)
_NASAL = {"meny": "s", "peny": "s", "mem": "p", "pem": "p", "men": "t", "pen": "t",
          "meng": "k", "peng": "k"}
_PREFIXES = ("memper", "meng", "meny", "peng", "peny", "mem", "men", "pem", "pen", "per", "ber",
             "ter", "me", "pe", "di", "ke", "se")
_SUFFIXES = ("kan", "nya", "an", "i")
_SHORTEST = 4


@lru_cache(maxsize=1 << 14)
def roots(word: str) -> frozenset[str]:
    """The word and the roots its affixes allow, four letters long at least."""
    word = word.lower()
    bodies = {word}
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _SHORTEST - 1:
            rest = word[len(prefix):]
            bodies.add(rest)
            if prefix in _NASAL and rest[:1] in "aeiou":
                bodies.add(_NASAL[prefix] + rest)
    out = set(bodies)
    for body in bodies:
        for suffix in _SUFFIXES:
            if body.endswith(suffix):
                out.add(body[:-len(suffix)])
    return frozenset(r for r in out if len(r) >= _SHORTEST)


def same_root(a: str, b: str) -> bool:
    """``binaan`` and ``dibina``; ``pelanggaran`` and ``melanggar``; never two words whose
    only common part is shorter than four letters."""
    a, b = a.lower(), b.lower()
    return a == b or bool(roots(a) & roots(b))
