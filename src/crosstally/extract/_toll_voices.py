"""Who speaks a figure (_voice_of): a cited claimant, a party's own claim, reports the note sets apart or a rival
telling; and a voice that only tells single people a larger toll holds (_one_told_alone)."""

from __future__ import annotations

import re

from ..records import Count
from ._doc_basics import _SHORT_DOC
from ._toll_sums import _additive

_DISPUTED = re.compile(r"\b(?:tolls?|figures?|accounts?|numbers?|reports?)\s+(?:of\s+the\s+(?:toll|dead|deaths)\s+)?"
                       r"(?:varied|vary|differed|differ|conflicted|conflict|diverged|were\s+disputed)\b", re.I)


_CLAUSE_BREAK = re.compile(r"[.;:]\s|,?\s+(?:while|whereas|but)\s", re.I)


def _one_told_alone(counts: list[Count], key: str) -> bool:
    """A voice that only tells single people ("One man died at the scene", "a woman died at the hospital"): a
    victim a larger toll holds, told alone, never a rival total. A party's claim or reports the text sets
    apart stay rivals."""
    if key == "(claim)" or _SET_APART in key:
        return False
    return bool(counts) and all(
        c.low == 1 and c.high in (1, None) and c.group and not _additive(c)
        and not (c.group or "").lower().endswith("s") for c in counts)


_CLAIM = re.compile(r"\bclaim(?:s|ed|ing)?\b", re.I)
# "Conflicting reports hold 18 deaths", "initial reports of 2 ... later reports of one": reports the note sets
# apart from its own telling are voices of their own (ACLED keeps the most conservative figure)
# ("Initial casualty reports indicate ...", "A conflicting report by the Daily Nation holds ...": the kind of report
# between, and the outlet named after it)
_REPORTS = re.compile(r"\b(conflicting|other|some|initial|early|earlier|later|unconfirmed|local|media|press)\s+"
                      r"(?:(?:casualty|casualties|death|news|media|press|police)\s+)?"
                      r"reports?\b(?:\s+(?:by|from|in)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3})?"
                      r"(?:\s*(?:of|hold|holds|say|said|put|suggest|suggested|indicate|indicated|that))?"
                      r"[^.;:!?]{0,25}$", re.I)


_SET_APART = "(reports:"
_CONFLICTING = f"{_SET_APART}conflicting)"


def _voice_of(text: str, c: Count) -> str:
    """Who speaks a figure: its cited claimant, a party's own claim, or reports the note sets apart."""
    if text and c.evidence and len(text) <= _SHORT_DOC and _RIVAL.search(
            text[max(0, c.evidence[0].start - 60) : c.evidence[0].start]):
        return f"{_SET_APART}rival)"  # "...; the government acknowledged one death": ACLED codes the lowest
    key = _voice_key(c.attributed_to)
    if key or not text:
        return key
    if _claimed(text, c):
        return "(claim)"
    if c.evidence:
        m = _REPORTS.search(text[max(0, c.evidence[0].start - 60) : c.evidence[0].start])
        if m:
            return f"{_SET_APART}{m.group(1).lower()})"
    return ""


# a note's second telling by another party that answers the first ("Organisers said three marchers were shot dead;
# the government acknowledged one death", "..., while police put the number of dead at five"): rival figures of
# one toll, however far apart
# ("...; the US military said the strike killed one militant", "while residents said three people died": a second
# party saying its own figure after the first)
# ("; a health worker in Bure confirmed nine bodies": one witness named with its place confirms a count)
# ("; the county commander spoke of two": a bare figure answered with 'spoke of' or 'cited')
_RIVAL = re.compile(r"(?:;|\b(?:while|whereas|but))\s+(?:an?\s+(?:[\w'-]+\s+){1,5}?(?:confirmed|acknowledged|counted)\s+"
                    r"|(?:the\s+)?(?:[\w'-]+\s+){1,3}?(?:acknowledged|admitted|"
                    r"conceded|confirmed(?:\s+only)?|put\s+the\s+(?:\w+\s+){0,3}?(?:at\s+)?|put|gave|spoke\s+of|cited|"
                    r"(?:said|says|reported|claimed|maintained|insisted)\s+(?:that\s+)?(?:(?!and\b|also\b|more\b)"
                    r"[\w'-]+\s+){0,3}?))\s*(?:only\s+)?$", re.I)


def _claimed(text: str, count: Count) -> bool:
    """A figure a party claims in its own sentence ("the militia, claiming the ambush, puts the dead at nine"): a voice of
    its own, beside the report's, whoever else is cited."""
    if not count.evidence:
        return False
    left = re.split(r"[.;!?]\s", text[max(0, count.evidence[0].start - 60) : count.evidence[0].start])[-1]
    return bool(_CLAIM.search(left))


def _voice_key(name: str | None) -> str:
    """One claimant however the text names it: "officials" / "an official", "the police" / "police"."""
    words = re.sub(r"^(?:the|an?)\s+", "", (name or "").strip().lower()).split()
    if "police" in words:
        return "police"  # "Memphis police", "police spokesman Derek Lyle", "police Inspector X": one force speaking
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)
