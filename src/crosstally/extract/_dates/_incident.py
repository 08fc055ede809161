"""Whether a day dates the incident its sentence tells, or a statement's, a charge's or a toll's update.

Why: follow-up reports give several days ("charged on Tuesday over Monday's raid", "police said on Friday"); linking
needs the incident's own day, so the incident and harm words and the statement verbs are read here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...records import DateClaim
from ._terms import _B, _alt, _terms


def _incident_words() -> frozenset[str]:
    return _terms().incident_words


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: just after the last '. ' or line break before it."""
    return max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1


def tells_incident(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an incident or a harm ('killed', 'attack', 'died').

    Why: a sentence that tells its own incident before its day ('two men were killed ... on Saturday, a week
    after last week's attack') is dated by that day, not by a day it gives an earlier incident.
    """
    return any(w.lower() in _incident_words() for w in re.findall(r"[A-Za-z]+", text[start:end]))


def is_event_possessive(claim: DateClaim, text: str) -> bool:
    """Whether a day is written as the possessor of the incident ("last weekend's bar shooting", "Monday's raid").

    Why: such a day names the incident's own date in a sentence dated by its sequel ("charged on Tuesday over
    last weekend's shooting"); not a statement's, a forum's or a hearing's day: an incident word must follow.
    """
    if not claim.evidence:
        return False
    end = claim.evidence[0].end
    if text[end:end + 2] not in ("'s", "\u2019s"):
        return False
    nxt = re.findall(r"[A-Za-z]+", text[end + 2:end + 40])[:3]
    heads = _incident_words() | _charge_words()  # "Monday's assault", "Saturday's murder": the incident's day
    return any(w.lower() in heads for w in nxt)


def _charge_words() -> frozenset[str]:
    return _terms().charge_words


@lru_cache(maxsize=1)
def _said_before_re() -> re.Pattern[str]:
    return re.compile(rf"{_B}(?i:{_alt(list(_terms().statement_verbs))})(?:\s+\w+){{0,3}}\s*$")


INCIDENT_CLAUSE_CHARS = 120  # how far before a day the incident it dates may be named in its sentence


def is_incident_day(claim: DateClaim, text: str) -> bool:
    """Whether a day-precision date dates the incident its sentence names, not a statement or a toll's update.

    Why: a report that a toll rose ("raising the death toll to five, police said on Tuesday") covers the week up
    to the statement; but "hurt in Monday's assault" or "injured when a drone struck ... on Thursday night" give
    the incident's own day, and linking needs that day (not a week) to meet the other reports of it.
    """
    if not claim.evidence or claim.start != claim.end:
        return False
    if is_event_possessive(claim, text):
        return True
    s = claim.evidence[0].start
    sent_start = _sentence_start(text, s)
    lo = max(sent_start, s - INCIDENT_CLAUSE_CHARS)
    if _said_before_re().search(text, lo, s):
        return False  # "police said on Tuesday": the statement's day
    clause = text[lo:s].rsplit(",", 1)[-1] if "," in text[lo:s] else text[lo:s]
    return tells_incident(clause, 0, len(clause))
