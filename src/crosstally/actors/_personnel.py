"""Counted 'personnel' whose force the sentence named before ("a bomb hit an FRX convoy, killing three personnel").

Why (round 34): 'personnel' alone says nothing of whose men they are, so the dead were read as civilians; the
sentence's convoy, patrol or post says whose: a state force ACLED codes as the side hit (ACLED Codebook,
'Explosions/Remote violence'). Only a state force the knowledge base knows by name or a force noun right before
the unit's noun ("a police convoy"), in the mention's own sentence. Spent world notes 61 for the form.
"""

from __future__ import annotations

import re
from datetime import date

from ._generic import generic_actor
from ._kb import Actor, ActorKB

# "three personnel", "two personnel as well as himself": the bare word, counted
_PERSONNEL = re.compile(r"^(?:(?:the|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)*personnel"
                        r"(?:\s+(?:as well as|and|along with)\s+(?:himself|herself|themselves|the\s+\w+))?$", re.I)
# "an FRX convoy", "a police patrol": the force named before the unit's noun
_UNIT = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|police|army|military|security)\s+"
                   r"(?:convoy|patrol|vehicle|truck|post|checkpoint|camp|base|station|team|unit)s?\b")
_STATE_TYPES = ("state_forces", "external_forces")


def personnel_force(mention: str, text: str, start: int, country: str | None, when: date | None,
                    kb: ActorKB) -> Actor | None:
    """The state force whose unit the sentence before ``start`` names, for a bare counted 'personnel' mention."""
    if _PERSONNEL.match(mention.strip()) is None:
        return None
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), 0)
    for m in reversed(list(_UNIT.finditer(text, lo, start))):
        name = m.group(1)
        # (a force known by an acronym only with its men's word: "FRX personnel", "FRX troops")
        a = (kb.exact(name, country, when) or kb.exact(f"{name} personnel", country, when)
             or kb.exact(f"{name} troops", country, when)) if name[:1].isupper() else generic_actor(name, country, when)
        if a is not None and a.inter in (1, 8) and (a.type in _STATE_TYPES or a.type == "generic"):
            return a
    return None
