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
from ._names import norm_name
from ._syndication import claimant_key

_ARTICLES = frozenset({"the", "a", "an"})
_PREPS = frozenset({"of", "for", "on", "in", "into", "to", "at", "from", "by", "with"})


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


def _head_and_words(name: str) -> tuple[str, frozenset[str]] | None:
    """The head noun of a body's name (the last word before any "of/for/on" phrase) and all its words.

    "national fact-finding committee" → ("committee", {national, fact, finding, committee});
    "Syrian Ministry of Defence" → ("ministry", {syrian, ministry, defence}).
    """
    words = [w for w in (norm_name(name) or "").split() if w not in _ARTICLES]
    if not words:
        return None
    pre = words[: next((i for i, w in enumerate(words) if w in _PREPS), len(words))]
    if not pre:
        return None
    return pre[-1], frozenset(w for w in words if w not in _PREPS)


def _fold_shorter(names: Iterable[str]) -> dict[str, str]:
    """Each shorter mention → the one fuller name of the same body ("national committee" → "national
    fact-finding committee"): same head noun, its words a strict subset of the fuller name's.

    Why: a report names a body in full once and shortly after; counting both makes one claimant two. A short
    name that could be two different bodies ("committee" beside "national" and "military committee") stays itself.
    """
    parsed = {n: hw for n in set(names) if n and not _is_acronym(n) and (hw := _head_and_words(n))}
    out: dict[str, str] = {}
    for short, (head, words) in parsed.items():
        if normalise_source(short) != re.sub(r"^(?:the|an?)\s+", "", short.strip(), flags=re.I):
            continue  # a known outlet / body keeps its own canonical name
        fuller = {n: w for n, (h, w) in parsed.items() if h == head and words < w}
        # the fullest names: "committee" beside "national committee" and "national fact-finding committee" is
        # the latter, which the former is a shorter mention of too
        top = {claimant_key(n): n for n, w in fuller.items() if not any(w < w2 for w2 in fuller.values())}
        if len(top) == 1:
            out[short] = next(iter(top.values()))
    return out


def claimant_resolver(names: Iterable[str]) -> Callable[[str], str]:
    """A function giving each name among ``names`` (an incident's sources and claimants) its one claimant name.

    Why: "AGP" and "Agence Globe Presse", "OHCHR" and "UN Human Rights Office", or "United Nations" quoting its
    rights office are one source; counting them apart inflates the number of claimants and shows one
    source's series as two. Acronyms fold only into a full name seen among ``names`` (the same corpus), and so
    does a shorter mention of a body ("national committee" beside "national fact-finding committee").
    """
    canon = {n: _known_name(n) for n in names if n}
    full: dict[str, str] = {}
    for c in sorted(set(canon.values()), key=lambda c: (-len(c), c)):
        if not _is_acronym(c):
            full.setdefault(claimant_key(c), c)
    for n, c in canon.items():
        if _is_acronym(c) and claimant_key(c) in full:
            canon[n] = full[claimant_key(c)]
    folded = _fold_shorter(canon.values())
    for n, c in canon.items():
        canon[n] = folded.get(c, c)
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
