"""A toll told inside a clause about another incident: "five weeks after an unrelated attack in which four people
were killed", "a previous shooting that left two dead", "the 2019 attack in which 23 people were killed" (an incident
named by its year: a story's own incident is told by its day). The figure belongs to that incident, not this one."""

from __future__ import annotations

import re

# an incident marked as another one, then a relative clause that tells its toll; nothing ends the sentence between
_OTHER_INCIDENT = re.compile(
    r"\b(?:an?|the)\s+(?:\w+\s+)?(?:earlier|unrelated|separate|previous|prior|different|older|(?:19|20)\d\d)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:shootings?|attacks?|incidents?|stabbings?|killings?|homicides?|ambush(?:es)?|raids?|clash(?:es)?|"
    r"cases?|massacres?|bombings?|blasts?|explosions?)\b"
    r"[^.;!?]{0,80}?\b(?:in\s+which|during\s+which|that|which|where|when)\b[^.;!?]*$", re.I)
_REACH = 250  # characters before the figure: the sentence that holds it


def told_of_other_incident(text: str, start: int) -> bool:
    """Is the figure at ``start`` told in a relative clause about an earlier, unrelated or separate incident?"""
    before = re.split(r"[.!?]\s", text[max(0, start - _REACH) : start])[-1]
    return bool(_OTHER_INCIDENT.search(before))
