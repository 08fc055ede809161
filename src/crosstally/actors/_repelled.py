"""The side whose attack was repelled ("soldiers and VDP repelled a JNIM assault on their detachment"): the named
group that attacked is actor1, the side that held its ground actor2.

Why (round 33): the parse takes the subject of "repelled" as the side acting, so the defenders became actor1 and
the named attacker, inside the object's words, no side at all. ACLED codes who initiated the event as actor1 (ACLED
Codebook, 'Actors'). Kenya keeps its state-first order (actor_codebook.yaml state_first countries, to 2015), so the
rule is for other countries and later years only. Spent world notes 60 for the form.
"""

from __future__ import annotations

import re
from datetime import date

from ..records import Event
from ..records import Span as CharSpan
from ._conventions import Resolved, _implicit, state_first_here
from ._kb import ActorKB

# "repelled a JNIM assault", "repulsed an attack by Al Shabaab" (the name before or after the attack word)
_REPEL = r"(?:repell?ed|repulsed|foiled|thwarted|fought\s+off|beat\s+back|pushed\s+back|beat\s+off)"
_ATTACK = r"(?:attacks?|assaults?|raids?|offensive|incursions?|ambush)"
_BEFORE = re.compile(rf"\b{_REPEL}\s+(?:an?|the|another)\s+(?:(?:large|major|fresh|new|deadly|coordinated|"
                     rf"overnight|dawn|night)\s+)?(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})\s+{_ATTACK}\b")
_AFTER = re.compile(rf"\b{_REPEL}\s+(?:an?|the)\s+{_ATTACK}\s+by\s+(?:the\s+)?"
                    rf"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){{0,3}})")


def repelled_attacker(ev: Event, items: list[Resolved], text: str, country: str | None, when: date | None,
                      kb: ActorKB) -> list[Resolved]:
    """Reorder a battle whose note says a named group's attack was repelled: that group first, the defenders second."""
    if ev.event_type != "Battles" or state_first_here(country, when):
        return items
    for rx in (_BEFORE, _AFTER):
        m = rx.search(text)
        if m is not None:
            break
    else:
        return items
    group = kb.exact(m.group("name"), country, when)
    if group is None or group.type == "generic" or group.inter not in (2, 3, 4):
        return items
    mine = next((r for r in items if r.actor is not None and r.actor.id == group.id), None)
    rest = [r for r in items if r is not mine and (r.actor is None or r.actor.id != group.id)]
    defenders = sorted((r for r in rest if r.mention.role in ("actor1", "actor2")), key=lambda r: r.mention.role)
    if not defenders:
        return items
    if mine is None:
        mine = _implicit("actor1", group, text, CharSpan(m.start("name"), m.end("name")), 0.6)
    mine.mention.role = "actor1"
    first = defenders[0]
    first.mention.role = "actor2"
    out = [mine, first]
    for r in rest:
        if r is first:
            continue
        if r.actor is not None and r.actor.type == "generic" and r.actor.inter in (2, 3, 4):
            # "ten insurgents were killed": the attackers' dead, the group already named
            continue
        if r.mention.role in ("actor1", "actor2"):
            if r.actor is not None and first.actor is not None and r.actor.id == first.actor.id:
                continue
            r.mention.role = "assoc_actor_2"
        out.append(r)
    return out
