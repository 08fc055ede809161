"""Two forces acting together: the state's force is the side ACLED names first.

Why (round 34): ACLED codes a state force acting with others as actor1 (or actor2), the others associated with it
(ACLED Codebook, 'Actors': the primary actor first, its allies as associated actors). Two readings lost it:

- a joint unit of two state forces ("a joint army and police patrol was ambushed"): the closing noun picked the
  second force; the force named first leads, as in ``_resolve``'s rule for actor1 ("troops and police detained").
- a pro-government militia named right after the state's men ("soldiers and militiamen of the FRX combing the
  hills ran into rebels"): the parse kept only the militia; the soldiers before it are the side.

Spent world notes 61 for the forms.
"""

from __future__ import annotations

import re
from datetime import date

from ._generic import generic_actor
from ._kb import Actor, ActorKB
from ._mention import _first_conjunct

# "a joint army and police patrol", "the army and police convoy": a unit of both forces
_JOINT_UNIT = re.compile(r"^(?:an?\s+|the\s+)?(?:joint\s+\S.*\s+and\s+|\S+(?:\s+\S+)?\s+and\s+\S+(?:\s+\S+)?\s+"
                         r"(?:patrols?|convoys?|teams?|units?|squads?|operations?|checkpoints?|posts?|positions?|"
                         r"detachments?|columns?)\b)", re.I)
# "soldiers and | <militia>": a state force's word right before the mention, joined by "and"
_FORCE_AND = re.compile(r"\b((?:[A-Z][\w'-]+\s+)?(?:soldiers|troops|army|military|police|policemen|police officers|"
                        r"gendarmes|security forces|servicemen))\s+(?:and|together with|alongside)\s+(?:the\s+)?$",
                        re.I)

# "between | soldiers and <militia>", "clashed with | police and ...": the words set the two against each other
_OPPOSED = re.compile(r"\b(?:between|with|against|versus|vs\.?)\s+(?:the\s+)?$", re.I)


def joint_unit_first(mention: str, actor: Actor | None, country: str | None, when: date | None,
                     kb: ActorKB) -> Actor | None:
    """The force named first in a joint unit of two state forces, when the closing noun read the second."""
    if actor is None or actor.type != "generic" or actor.inter != 1 or _JOINT_UNIT.match(mention.strip()) is None:
        return None
    first = _first_conjunct(re.sub(r"^(?:an?\s+|the\s+)?joint\s+", "", mention.strip(), flags=re.I), country, when, kb)
    if first is None or first[0].inter != 1 or first[0].name == actor.name:
        return None
    return first[0]


def force_before(text: str, start: int, actor: Actor | None, country: str | None,
                 when: date | None) -> Actor | None:
    """The state force named right before a militia's mention ("soldiers and | <militia>"), when the mention is a
    non-state armed group other than a rebel one (a militia fighting beside the state, inter 3 or 4)."""
    if actor is None or actor.inter not in (3, 4) or actor.name.startswith("Unidentified"):
        return None
    lo = max(0, start - 60)
    m = _FORCE_AND.search(text[lo:start])
    if m is None or _OPPOSED.search(text[max(0, lo + m.start() - 40):lo + m.start()]):
        return None  # "fighting between soldiers and <militia>": the two are the sides, not one side
    force = generic_actor(m.group(1), country, when)
    return force if force is not None and force.inter == 1 else None
