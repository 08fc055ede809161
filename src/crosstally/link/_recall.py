"""Clauses of a report that recall another incident: cut before linking reads the report's own incident."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..vocab import load_vocab, phrase_alternation

MAX_RECALL_TEXT = 20_000  # a report's clauses are looked for in its first this many characters
_SENTENCE = re.compile(r"[.!?](?=\s|$)|\n")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern[str]:
    e = load_vocab("link_recall_cues")["entries"]
    lower = [p for p in e["phrases"] if p == p.lower()]
    capital = [p for p in e["phrases"] if p != p.lower()]
    timed = rf"(?i:(?:{phrase_alternation(e['counts'])})\s+(?:{phrase_alternation(e['units'])})\s+(?:{phrase_alternation(e['relations'])}))"
    return re.compile(rf"(?<![\w'’-])(?:{timed}|(?i:{phrase_alternation(lower)})|{phrase_alternation(capital)})(?![\w'’-])")


def recalled_clauses(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of ``text`` that recall another incident: from a cue ("a day after", "hours after",
    "last week's", "Related:") to the end of its sentence. Outlets tie their story to an earlier or nearby one in
    such a clause; its place, neighbourhood and toll belong to that other incident."""
    out: list[tuple[int, int]] = []
    text = text[:MAX_RECALL_TEXT]
    for m in _cue().finditer(text):
        if out and m.start() < out[-1][1]:
            continue
        end = _SENTENCE.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return tuple(out)


def inside(start: int, end: int, clauses: Sequence[tuple[int, int]]) -> bool:
    """The range lies wholly within one recalled clause."""
    return any(cs <= start and end <= ce for cs, ce in clauses)


def own_text(text: str, start: int, end: int, clauses: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with the recalled clauses blanked (same length, so offsets still hold)."""
    piece = text[start:end]
    for cs, ce in clauses:
        if ce <= start or cs >= end:
            continue
        a, b = max(cs, start) - start, min(ce, end) - start
        piece = piece[:a] + " " * (b - a) + piece[b:]
    return piece
