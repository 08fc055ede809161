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
from ._communities import _named_attacker, claimed_by
from ._conventions import Resolved, _demote, _find, _first, _force_at, _implicit, _state
from ._generic import codebook_actor
from ._mention import resolve_mention
from ._national import national_force_in


def _air_power(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
               when: date | None) -> None:
    """An air or drone strike is a state's: a non-state actor1 is its target when the sentences name the force that
    flew it (by nationality, else as the army) and no one else launched it."""
    a1 = _first(items, "actor1")
    if a1 is None or a1.actor is None or _state(a1) or a1.actor.inter == 8:
        return
    if any(re.search(str(cb["air_power"]["launched_by"]), text[s.start:s.end], re.I) for s in spans):
        return  # "a drone launched by the Houthis": the note says who flew it
    if a1.implicit and not a1.actor.name.startswith("Unidentified"):
        return  # the codebook named the group from the note's suspicion or claim ("Army attributed it to the ELN")
    if claimed_by(a1, text, spans) or re.search(r"(?i)\b(?:drones?|uavs?|quadcopters?)\b", a1.mention.mention or ""):
        return  # "the Islamic Resistance in Iraq claimed it", "a local PDF drone team": the group flew it
    own = cb["air_power"].get("own_weapon")
    if own and any(re.search(str(own), text[e.end : e.end + 60], re.I) for e in a1.mention.evidence):
        return  # "an AQAP drone struck a checkpoint": the group's own weapon
    found = national_force_in(text, spans, country, when)
    force: Resolved | None = None
    if found is not None:
        force = _implicit("actor1", found[0], text, CharSpan(found[1], found[2]), 0.55)
    if force is None:
        where = _find(cb["_military_rx"], text, spans)
        if where is None:
            found = _default_owner(a1, cb, text, spans, country, when)
            if found is None:
                return
            force, nobody = found
            if nobody:  # the unidentified armed group was a placeholder for the striker, no side hit
                items.remove(a1)
                items.append(force)
                return
        else:
            force = _implicit("actor1", codebook_actor(cb["state_first"]["military"]["template"], 1, country, when),
                              text, where, 0.5)
    a2 = _first(items, "actor2")
    if (a2 is not None and not a2.implicit and a2.actor is not None and a1.implicit
            and a1.actor.name.startswith("Unidentified")):
        # round 33: "an army drone hit JNIM fighters ... 28 'terrorists' were killed": the unidentified group the
        # codebook put in for the unnamed striker is the force; the side the mentions named hit stays hit
        items.remove(a1)
        items.append(force)
        return
    a2 = _first(items, "actor2")
    if a2 is not None:  # the target is the group the mentions made actor1; the former actor2 its associate
        if a2.implicit:
            items.remove(a2)
        else:
            _demote(a2, items)
    a1.mention.role = "actor2"
    items.append(force)


def _default_owner(a1: Resolved, cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                   when: date | None) -> tuple[Resolved, bool] | None:
    """Whose air strike it was when no mention says: where another state's strikes fall (``owner_elsewhere``), that
    state's military whatever the weapon; else, for an aircraft only states fly here, the country's own military.

    Why: ACLED codes an unclaimed air strike to the only air power that flies there; an unnamed drone could be
    anyone's, so only the state aircraft words (``state_aircraft``) name the country's own forces. The flag says
    whether actor1 was the unidentified armed group (then no side at all, not the strike's target)."""
    spec = cb["air_power"]
    if country is None:
        return None
    unknown = a1.actor is not None and a1.actor.name == codebook_actor(
        cb["unknown_perpetrator"]["template"], int(cb["unknown_perpetrator"]["inter"]), country, when).name
    owner = (spec.get("owner_elsewhere") or {}).get(country)
    template = cb["state_first"]["military"]["template"]
    if owner:
        where = _find(cb["_strike_words_rx"], text, spans) or spans[0]
        actor = codebook_actor(template, 8, str(owner), when)
        return _implicit("actor1", actor, text, where, 0.45), unknown
    where = _find(cb["_state_aircraft_rx"], text, spans) if unknown else None
    if where is None:
        return None  # a named group stays the striker; an unnamed drone is not the state's by default
    return _implicit("actor1", codebook_actor(template, 1, country, when), text, where, 0.45), unknown


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
    passing = _passing_force(text, spans, country, when)
    if passing is not None:
        if a2 is not None:
            _demote(a2, items)
        items.append(passing)
        return
    for key in ("military", "police"):
        where = _force_at(cb, key, "target", text, spans)
        if where is None:
            continue
        spec = cb["state_first"][key]
        if a2 is not None:
            _demote(a2, items)
        items.append(_implicit("actor2", codebook_actor(spec["template"], 1, country, when), text, where, 0.5))
        return


# round 32b: the force a device went off for, told as passing by ("set off an IED as a DRG team returned from an
# operation", "a bomb went off as an army convoy passed"): the clause's subject, up to four words
_PASSING = re.compile(r"(?i)\b(?:as|when|while)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:(?:was|were)\s+)?"
                      r"(?:return(?:ed|ing)|pass(?:ed|ing)(?:\s+by)?|dr(?:o|i)ve\s+(?:past|by)|driving\s+(?:past|by)|"
                      r"travel+(?:ed|ing)|patroll(?:ed|ing)|mov(?:ed|ing)\s+through)\b")


def _passing_force(text: str, spans: list[CharSpan], country: str | None, when: date | None) -> Resolved | None:
    """The state force the note says a device went off for as it passed ("as a DRG team returned"), resolved."""
    for s in spans:
        for m in _PASSING.finditer(text, s.start, s.end):
            actor, _ = resolve_mention(m.group(1), country, when)
            if actor is not None and actor.inter == 1:
                return _implicit("actor2", actor, text, CharSpan(m.start(1), m.end(1)), 0.5)
    return None


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


def _dead_force_hit(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], sub: str) -> None:
    """Outside Kenya's state-first order, a bomb's dead or wounded state force that the parse left as an associated
    actor is the side hit (actor2), not the civilians the codebook supposed from a bare count.

    Why: "a mine exploded under an army supply truck ... Two soldiers died" reads the soldiers as associated with the
    blast and the count "Two" as its victims; ACLED codes the force a device hit as actor2 (ACLED codebook,
    Explosions/Remote violence; dev side of ACLED Afghanistan: the state force second in every IED event that
    involves one). Civilians the note names as such stay the side hit."""
    spec = cb["state_first"].get("force_hit") or {}
    if sub not in spec.get("sub_event_types", ()):
        return
    a2 = _first(items, "actor2")
    if a2 is None or a2.actor is None or a2.actor.inter != 7 or _CIVILIAN_WORD.search(a2.mention.mention or ""):
        return
    if not (a2.implicit or re.fullmatch(r"(?i)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                                         r"several|some|many|people|persons?)\s*", a2.mention.mention or "")):
        return  # a victim the note names in its own words ("a trader") is no bare count
    for r in items:
        if not r.mention.role.startswith("assoc_") or not _state(r) or not r.mention.evidence:
            continue
        first, last = r.mention.evidence[0], r.mention.evidence[-1]
        if (re.match(str(spec["after"]), text[last.end : last.end + 80], re.I)
                or re.search(str(spec["before"]), text[max(0, first.start - 40) : first.start], re.I)):
            if a2.implicit:
                items.remove(a2)
            else:
                _demote(a2, items)
            items.remove(r)
            r.mention.role = "actor2"
            items.append(r)
            return


def _shelling_owner(items: list[Resolved], cb: dict[str, Any], text: str, spans: list[CharSpan], country: str | None,
                    when: date | None, sub: str) -> None:
    """An artillery or missile attack whose attacker no mention names, where another state shells the country's towns
    (``air_power.shelling_owner``): that state's military, in place of the unidentified armed group the codebook put in.

    Why (round 34b): "the town was shelled again from occupied positions" names no attacker; ACLED codes the
    unclaimed shelling of Ukraine's towns as Russia's forces', as it codes the unclaimed air strikes on south Lebanon
    as Israel's (``owner_elsewhere``)."""
    spec = cb.get("air_power") or {}
    owner = (spec.get("shelling_owner") or {}).get(country or "")
    if not owner or sub not in (spec.get("shelling_sub_event_types") or ()):
        return
    a1 = _first(items, "actor1")
    uag = codebook_actor(cb["unknown_perpetrator"]["template"], int(cb["unknown_perpetrator"]["inter"]), country, when)
    if a1 is not None and not (a1.actor is not None and a1.actor.name == uag.name):
        return  # a side the mentions named (or the group the note suspects) stays the attacker
    where = _find(cb["_implied_rx"], text, spans) or spans[0]
    if a1 is not None:
        # the placeholder for the unnamed attacker, or words the parse took for it that name no one ("from occupied
        # positions east of the river", a victim): the owner's force takes its place, the strike word its evidence
        items.remove(a1)
    items.append(_implicit("actor1", codebook_actor(cb["state_first"]["military"]["template"], 8, str(owner), when),
                           text, where, 0.45))
