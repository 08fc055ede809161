"""The group a note's sources blame for an attack the parse left to the unidentified armed group (round 32a).

Why: the suspected group's rule (``_communities._suspected``) reads only the organised groups the knowledge base lists
by name; "Tribal bodies blamed a Meitei armed group" names an identity militia by its community, and the attacker
stayed the unidentified armed group. ACLED attributes an attack to the side its sources blame (ACLED Codebook,
'Actors'); spent world notes 59 for the form.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import Span as CharSpan
from ._conventions import Resolved, _find, _first
from ._generic import codebook_actor
from ._mention import resolve_mention

# round 32a: "Tribal bodies blamed a Meitei armed group", "residents accused Fulani militiamen": the group the note's
# sources lay the act at, written as a community's or a group's armed men the knowledge base resolves
_BLAMED = re.compile(r"(?<![\w-])(?:blamed|blames|blame|accused|accuses|suspect|suspects|suspected)\s+(?:it\s+on\s+)?"
                     r"(?:a|an|the)?\s*(?P<who>(?-i:[A-Z])[\w'-]+(?:\s+[\w'-]+){0,2}?\s+(?:armed\s+groups?|militias?|"
                     r"militiamen|militants|gunmen|insurgents|rebels|fighters|youths?))(?![\w-])", re.I)


def _blamed_group(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                  when: date | None) -> None:
    """An attacker the parse left the unidentified armed group whom the note's sources blame on a group it names
    by its community or its own name ("Tribal bodies blamed a Meitei armed group") is that group.

    Why (round 32a): the suspected group's rule reads only organised groups the knowledge base lists by name; an
    identity militia named by its community ("a Meitei armed group") was lost. ACLED attributes an attack to the
    side its sources blame (ACLED Codebook, 'Actors'); spent world notes 59 for the form."""
    a1 = _first(items, "actor1")
    uag = codebook_actor(cb["unknown_perpetrator"]["template"], int(cb["unknown_perpetrator"]["inter"]), country, when)
    if a1 is None or a1.actor is None or a1.actor.name != uag.name:
        return
    if _find(cb["_unknown_said_rx"], text, spans) is not None:
        return
    where = _find(_BLAMED, text, spans)
    if where is None:
        return
    m = _BLAMED.match(text, where.start, where.end)
    if m is None:
        return
    actor, conf = resolve_mention(m.group("who"), country, when)
    if actor is None or actor.type == "generic" or actor.inter not in (2, 3, 4) or conf < 0.7:
        return
    if any(r.actor is not None and r.actor.id == actor.id for r in items):
        return  # the victims' own group is no suspect
    a1.actor, a1.confidence = actor, min(a1.confidence, 0.6)

