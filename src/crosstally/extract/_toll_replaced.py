"""Figures the document itself replaces or doubts: an earlier figure ("up from 745": is_superseded), one its own
clause calls unconfirmed (_unconfirmed), and one a later revision corrects (_drop_revised)."""

from __future__ import annotations

import re

from ..records import Count
from ._toll_sums import _additive, _group_class

# "up from 745", "had put the toll at 745", "earlier figure of 745": a figure the document itself has replaced
_SUPERSEDED = re.compile(
    r"(?:\b(?:up|rising|risen|rose|increased|climbed|jumped)\s+from\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}"
    r"|\b(?:had|earlier|previously|initially|originally|first)\b[^.;]{0,40}\b(?:toll|figure|tally|count)\b[^.;]{0,25}"
    r"|\b(?:earlier|previous|initial|original)\s+(?:toll|figure|count|tally)\s+(?:of\s+)?"
    # "Police initially put the toll at two", "officials first gave the figure as 31"
    r"|\b(?:earlier|previously|initially|originally|first)\s+(?:put|gave|set|placed|estimated)\s+(?:the\s+)?"
    # "Police had earlier said two people were killed and three wounded"
    r"|\b(?:had\s+)?(?:earlier|initially|originally|previously|first)\s+(?:said|reported|stated|told\s+\w+)\b"
    r"(?:\s+that)?[^.;]{0,40}"
    # "Initially, police said one person was killed": the first account, told as such before its speaker
    r"|(?:^|[.;]\s*|\n)\s*(?:initially|originally|at\s+first)\s*,?\s+(?:the\s+)?(?:[\w'.]+\s+){1,4}?"
    r"(?:said|reported|stated|announced)\b(?:\s+that)?[^.;]{0,40})$",
    re.I,
)


def is_superseded(text: str, count: Count) -> bool:
    """A figure the document itself reports as earlier ("up from 745", "had put the toll at 745")."""
    start = count.evidence[0].start if count.evidence else 0
    left = text[max(0, start - 70) : start]
    left = left.split(". ")[-1]
    return bool(_SUPERSEDED.search(left))


_UNCONFIRMED = re.compile(r"\b(?:unconfirmed(?!\s+reports?\b)|not\s+(?:been\s+|yet\s+)?(?:confirmed|verified)|could\s+not\s+be\s+"
                          r"(?:confirmed|verified))\b", re.I)


def _unconfirmed(text: str, c: Count) -> bool:
    """A figure its own clause calls unconfirmed ("five more deaths were feared but remain unconfirmed", "(2 others feared dead
    in an earlier report but not confirmed)"): ACLED codes the confirmed toll beside it (the most conservative).
    "Unconfirmed reports of 8 deaths" is a voice of its own (a rival claim, kept as the high figure)."""
    if not c.evidence:
        return False
    right = re.split(r"[.;:!?)]", text[c.evidence[0].end : c.evidence[0].end + 60])[0]
    left = re.split(r"[.;:!?(]\s|,", text[max(0, c.evidence[0].start - 30) : c.evidence[0].start])[-1]
    return bool(_UNCONFIRMED.search(right) or _UNCONFIRMED.search(left))


# "later revised the toll to one", "corrected the figure down to two": the document replaces what it told before
_REVISION = re.compile(
    r"\b(?:revis|correct|lower|reduc|amend|adjust|updat|downgrad|rais)\w*\b([^.;!?]{0,40})"
    r"\b(?:toll|figure|tally|count|number)\b[^.;!?]{0,20}?\bto\s+(?:\w+\s+){0,2}\w+$", re.I)
_REVISION_REACH = 250  # characters: the figure a revision replaces is told just before it


def _drop_revised(text: str, counts: list[Count]) -> list[Count]:
    """Figures a later revision in the document replaces, left out (ACLED takes the corrected figure).

    Why: the document's own figures form one voice whose repeats count once (the largest), so "initially said
    four were killed, but later revised the toll to one" would keep four; the correction must win before voices
    are totalled."""
    def start(c: Count) -> int:
        return c.evidence[0].start if c.evidence else 0

    revisions: list[tuple[Count, str]] = []
    for c in counts:
        m = _REVISION.search(text[max(0, start(c) - 80) : c.evidence[0].end]) if c.evidence else None
        if m:
            # "revised the civilian toll to one": the victims it names, when the count itself names none
            named = _group_class(c.group) if c.group else _group_class(m.group(1))
            revisions.append((c, named if named in ("armed_state", "armed_nonstate", "armed", "civilian")
                              or c.group else "generic"))
    if not revisions:
        return counts

    def replaced(c: Count) -> bool:
        cls = _group_class(c.group)
        return not _additive(c) and any(
            start(r) - _REVISION_REACH <= start(c) < start(r) and r is not c
            and (cls == "generic" or r_cls in ("generic", cls)) for r, r_cls in revisions)

    return [c for c in counts if not replaced(c)] or counts
