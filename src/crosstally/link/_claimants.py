"""One source, one claimant: the names a figure's owner goes by, folded into one.

A claimant can appear as an acronym ("AGP" beside "Agence Globe Presse"), under an alias ("OHCHR", "UN human
rights office"), or as the umbrella body of the office that produced the figure ("United Nations" beside "UN
Human Rights Office"). Reconciliation counts claimants, so each of these would otherwise count twice.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..extract._quotes import normalise_source
from ..vocab import load_vocab
from ._syndication import claimant_key


@lru_cache(maxsize=1)
def _umbrellas() -> dict[str, frozenset[str]]:
    return {str(e["umbrella"]): frozenset(str(o) for o in e.get("offices") or ())
            for e in load_vocab("claimant_bodies")["entries"]}


def _known_name(name: str) -> str:
    """The canonical name of a known outlet or body; any other name as written ("The Meridian Review")."""
    got = normalise_source(name)
    return name.strip() if got == re.sub(r"^(?:the|The|an|a|An|A)\s+", "", name.strip()) else got


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return " " not in name.strip() and letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 8


def claimant_resolver(names: Iterable[str]) -> Callable[[str], str]:
    """A function giving each name among ``names`` (an incident's sources and claimants) its one claimant name.

    Why: "AGP" and "Agence Globe Presse", "OHCHR" and "UN Human Rights Office", or "United Nations" quoting its
    rights office are one source; counting them apart inflates the number of claimants and shows one
    source's series as two. Acronyms fold only into a full name seen among ``names`` (the same corpus).
    """
    canon = {n: _known_name(n) for n in names if n}
    full: dict[str, str] = {}
    for c in sorted(set(canon.values()), key=lambda c: (-len(c), c)):
        if not _is_acronym(c):
            full.setdefault(claimant_key(c), c)
    for n, c in canon.items():
        if _is_acronym(c) and claimant_key(c) in full:
            canon[n] = full[claimant_key(c)]
    present = set(canon.values())
    for n, c in canon.items():
        offices = _umbrellas().get(c)
        if offices:
            here = offices & present
            if len(here) == 1:
                canon[n] = next(iter(here))

    def resolve(name: str) -> str:
        if name in canon:
            return canon[name]
        return _known_name(name) if name else name

    return resolve
