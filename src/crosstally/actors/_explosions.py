"""Codebook conventions for remote violence outside the battle order: who fired an air strike, the force a bomb was
aimed at, and a bomb's dead soldiers as the side hit.

Why: an explosion's sides follow ACLED's practice (who set off or launched the device first, the side hit second),
not the sentence's order; Kenya's state-first order (``_battles``) is the one exception ACLED's Kenyan notes make.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..records import Span as CharSpan
from ._communities import _named_attacker
from ._conventions import Resolved, _demote, _find, _first, _force_at, _implicit, _state
from ._generic import codebook_actor
from ._national import national_force


def _air_power(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None) -> None:
    """An air or drone strike is a state's: a non-state actor1 is its target when the sentences name the force that
    flew it (by nationality, else as the army) and no one else launched it."""
    a1 = _first(items, "actor1")
    if a1 is None or a1.actor is None or _state(a1) or a1.actor.inter == 8:
        return
    if any(re.search(str(cb["air_power"]["launched_by"]), text[s.start:s.end], re.I) for s in spans):
        return  # "a drone launched by the Houthis": the note says who flew it
    own = cb["air_power"].get("own_weapon")
    if own and any(re.search(str(own), text[e.end : e.end + 60], re.I) for e in a1.mention.evidence):
        return  # "an AQAP drone struck a checkpoint": the group's own weapon
    force: Resolved | None = None
    for s in spans:
        found = national_force(text, country, when, s.start, s.end)
        if found is not None:
            force = _implicit("actor1", found[0], text, CharSpan(found[1], found[2]), 0.55)
            break
    if force is None:
        where = _find(cb["_military_rx"], text, spans)
        if where is None:
            return
        force = _implicit("actor1", codebook_actor(cb["state_first"]["military"]["template"], 1, country, when), text,
                          where, 0.5)
    a2 = _first(items, "actor2")
    if a2 is not None:  # the target is the group the mentions made actor1; the former actor2 its associate
        if a2.implicit:
            items.remove(a2)
        else:
            _demote(a2, items)
    a1.mention.role = "actor2"
    items.append(force)


_CIVILIAN_WORD = re.compile(r"(?<![\w-])civilians?(?![\w-])", re.I)


def _targeted_force(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                    when: date | None, keep_civilians: bool = False) -> None:
    """The state force an explosion or grenade was aimed at ("hurled a grenade at police officers on patrol", "an IED
    hit a military vehicle") is its other side, when no mention resolved to it: civilians taken as the target give
    way (and stay associated)."""
    a2 = _first(items, "actor2")
    if any(_state(r) for r in items) or (a2 is not None and a2.actor is not None and a2.actor.inter != 7):
        return
    if keep_civilians and a2 is not None and a2.actor is not None and _CIVILIAN_WORD.search(a2.mention.mention or ""):
        return  # outside Kenya "went off near a checkpoint, killing two civilians": the note says whom it hit
    for key in ("military", "police"):
        where = _force_at(cb, key, "target", text, spans)
        if where is None:
            continue
        spec = cb["state_first"][key]
        if a2 is not None:
            _demote(a2, items)
        items.append(_implicit("actor2", codebook_actor(spec["template"], 1, country, when), text, where, 0.5))
        return


def _force_hit(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None, sub: str) -> None:
    """Outside Kenya's state-first order, a bomb's state force that the note names only as its dead or wounded is the
    side hit (actor2); the bomber is the group the event's sentences name, else an Unidentified Armed Group.

    Why: "a device went off near a checkpoint; two soldiers and a passer-by died" has no agent, and the parse makes
    the soldiers actor1; ACLED codes who set off the device first, the force it hit second."""
    spec = cb["state_first"].get("force_hit") or {}
    if sub not in spec.get("sub_event_types", ()):
        return
    a1 = _first(items, "actor1")
    if a1 is None or a1.implicit or not _state(a1) or not a1.mention.evidence:
        return
    first, last = a1.mention.evidence[0], a1.mention.evidence[-1]
    if not (re.match(str(spec["after"]), text[last.end : last.end + 80], re.I)
            or re.search(str(spec["before"]), text[max(0, first.start - 40) : first.start], re.I)):
        return
    attacker = _named_attacker("actor1", cb, text, spans, country, when, a1.actor.name if a1.actor else None, 0.45)
    if attacker is None:
        return
    a2 = _first(items, "actor2")
    if a2 is not None:
        if a2.implicit:
            items.remove(a2)  # the codebook's own guess at whom it hit: the force is that side now
        else:
            _demote(a2, items)
    a1.mention.role = "actor2"
    items.append(attacker)
