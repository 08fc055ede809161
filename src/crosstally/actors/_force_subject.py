"""A state force named by its nationality as the subject of the violence ("Saudi border guards fired on some 40
Ethiopian migrants ... at least 11 were killed"), where the event's trigger is a later passive with no agent.

Why (round 33): the parse tied the event to "were killed" and carried no actor mention, so the codebook put in the
unidentified armed group as the unnamed perpetrator. ACLED codes the force that fired (ACLED Codebook, 'Violence
against civilians': actor1 is the perpetrator). Only a force whose words are followed by an act of violence
(`_ACT`) is read so: a force named as the victim or a source is not the perpetrator. The knowledge base's name for
the force's words wins over the nationality's generic force ("Saudi border guards": ACLED's Saudi military).
Spent world notes 60 for the form.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import Span as CharSpan
from ._conventions import Resolved, _first, _implicit
from ._kb import get_kb
from ._national import national_force_in

_ACT = re.compile(r"^\s+(?:(?:reportedly|allegedly|then|also|had)\s+)?(?:fired\s+(?:on|at|upon)|opened\s+fire|shot|"
                  r"killed|beat|attacked|assaulted|tortured|gunned\s+down)\b", re.I)


def _force_subject(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                   when: date | None) -> None:
    """Replace the codebook's placeholder perpetrator by the nationality-named force that acted."""
    a1 = _first(items, "actor1")
    if a1 is not None and not (a1.implicit and a1.actor is not None and a1.actor.name.startswith("Unidentified")):
        return
    found = national_force_in(text, spans, country, when)
    if found is None:
        return
    actor, a, b = found
    if _ACT.match(text[b:b + 40]) is None:
        return
    named = get_kb().exact(text[a:b], country, when)  # a state force, its own or abroad (inter 8)
    if named is not None and named.inter in (1, 8) and named.country == actor.country:
        actor = named
    if a1 is not None:
        items.remove(a1)
    items.append(_implicit("actor1", actor, text, CharSpan(a, b), 0.6))
