"""ACLED's codebook conventions for actors a report leaves implicit (``data/actor_codebook.yaml``).

Why: an ACLED note says "residents blocked the road and were dispersed with tear gas"; ACLED codes actor1
"Rioters (Kenya)" and actor2 "Police Forces of Kenya (2013-2022)" although neither name is written. The conventions
are rules of the codebook, so they live in a data file with the codebook as source; each implicit actor keeps as
evidence the word that implies it ("blocked", "tear gas"). Also here: the attacker a note implies but does not
name, the group a note says is suspected, raiders as ethnic militias, the communities a clash sets against each
other, the battle order ACLED Kenya uses (also for remote violence against a force), the second side of a battle,
and two crowds facing each other in one riot.

``apply_codebook`` (here) runs the conventions in order; they live in modules named for the events they read:

    _conventions.py  the compiled codebook, ``Resolved``, and the helpers every convention uses
    _crowds.py       protests and riots: the crowd, the intervening force, arrests, two crowds
    _victims.py      civilians as targets, the unknown perpetrator, finders of bodies, a foreign attacker
    _battles.py      battles, and Kenya's state-first order for remote violence too: the second side, own dead
    _explosions.py   remote violence elsewhere: who flew an air strike, the force a bomb hit, its dead as that side
    _communities.py  communal violence: ethnic militias, communities, the suspected group, unlisted groups
    _generic.py      ``codebook_actor``: a generic actor from a template (re-exported here)
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..records import Event
from ..records import Span as CharSpan
from ._battles import (
    _agreement_sides,
    _answered_attack,
    _battle_sides,
    _disrupted_sides,
    _gave_up_to,
    _mob_on_force,
    _named_group,
    _national_pair,
    _own_dead,
    _second_side,
    _state_first,
    _swap_sides,
    _territory_sides,
    _unknown_bomber,
    _unnamed_opponent,
    _unnamed_pair,
)
from ._blamed import _blamed_group
from ._communities import _claimed, _communal, _community, _suspected
from ._conventions import (
    CODEBOOK_METHOD,
    Resolved,
    _find,
    _first,
    _implicit,
    codebook,
    not_actor_words,
    role_rank,
    state_first_here,
)
from ._crowds import _arrested, _crowd
from ._explosions import _air_power, _dead_force_hit, _force_hit, _shelling_owner, _targeted_force
from ._force_subject import _force_subject
from ._generic import codebook_actor
from ._unnamed_sides import _unnamed_attacker
from ._victims import (
    _civilians,
    _finders,
    _implied_civilians,
    _national_attacker,
    _perpetrator,
    _property_owners,
)

__all__ = [
    "CODEBOOK_METHOD",
    "Resolved",
    "apply_codebook",
    "codebook",
    "codebook_actor",
    "not_actor_words",
]


def apply_codebook(ev: Event, items: list[Resolved], text: str, country: str | None,
                   when: date | None) -> list[Resolved]:
    """Rearrange and complete one event's actors by ACLED's conventions (crowds, intervening police, civilians)."""
    cb = codebook()
    spans = [s for s in ev.evidence if 0 <= s.start < s.end <= len(text)]
    if not spans or len(text) <= int(cb["note_chars"]):
        spans = [CharSpan(0, len(text))]  # a short note tells one event: all of it is the event's
    etype, sub = ev.event_type or "", ev.sub_event_type or ""
    kenya_order = state_first_here(country, when)  # round 33b: Kenya's state-first order, to 2015 only
    items = list(items)
    _finders(items, cb, text, spans, country, when)
    crowd = cb["crowd"].get(etype)
    if crowd:
        _crowd(items, crowd, sub, cb, text, spans, country, when, etype)
    tc = cb["target_civilians"]
    if etype in tc.get("unresolved_in", ()):
        a2 = _first(items, "actor2")
        if a2 is not None and a2.actor is None and a2.mention.method != CODEBOOK_METHOD:
            a2.actor = codebook_actor(tc["template"], int(tc["inter"]), country, when)
    if etype in tc["event_types"] or sub in tc["sub_event_types"]:
        _civilians(items, cb, text, spans, country, when, etype, sub)
    if etype in cb["unknown_perpetrator"]["event_types"]:
        _perpetrator(items, cb, text, spans, country, when)
    elif sub in cb["unknown_perpetrator"].get("sub_event_types", ()):
        a1 = _first(items, "actor1")
        # a crowd that loots stays the crowd (Rioters), never the unidentified armed group; civilians never
        # perpetrate ("a mast torched by men believed to be ..."): the unidentified armed group, as in an attack
        if a1 is None or (cb["_crowd_rx"].search(a1.mention.mention or "") is None and (
                a1.actor is None or a1.actor.inter == int(tc["inter"]))):
            _perpetrator(items, cb, text, spans, country, when)
            if sub in cb["suspected_group"].get("sub_event_types", ()):
                _suspected(items, cb, text, spans, country, when)
    if sub in (cb.get("arrests") or {}).get("sub_event_types", ()) and _first(items, "actor1") is None:
        # "several people were arrested": an arrest is the state's act, here its police
        where = _find(cb["_arrest_rx"], text, spans)
        if where is not None:
            spec = cb["arrests"]
            items.append(_implicit("actor1", codebook_actor(spec["template"], 1, country, when), text, where, 0.45))
    if sub in (cb.get("arrests") or {}).get("sub_event_types", ()) and _find(cb["_arrest_protest_rx"], text,
                                                                               spans) is None:
        # arrested with no protest told: civilians, whatever word named them ("activists"); with no riot told
        # either, "four youths" arrested are civilians too, not rioters
        civ = codebook_actor(tc["template"], int(tc["inter"]), country, when)
        crowd_inter = (6,) if _find(cb["_arrest_riot_rx"], text, spans) is not None else (5, 6)
        for r in items:
            if r.actor is not None and r.actor.inter in crowd_inter and r.mention.role in ("actor2", "assoc_actor_2"):
                r.actor = civ
    if sub in (cb.get("arrests") or {}).get("sub_event_types", ()):
        _arrested(items, cb, text, spans, country, when)
    if etype in cb["suspected_group"]["event_types"]:
        _suspected(items, cb, text, spans, country, when, etype in cb["state_first"]["event_types"])
        _blamed_group(items, cb, text, spans, country, when)  # round 32a: "blamed a Meitei armed group"
        sf0 = cb.get("state_first") or {}
        if not kenya_order or etype not in (*sf0.get("event_types", ()), *sf0.get("swap_event_types", ())):
            _claimed(items, text, spans, country, when)  # Kenya's battles and bombs keep the state first
    if etype in (cb.get("national_attacker") or {}).get("event_types", ()):
        _national_attacker(items, cb, text, spans, country, when)
    elif etype in (cb.get("national_attacker") or {}).get("subject_event_types", ()):
        _force_subject(items, cb, text, spans, country, when)  # round 33: "Saudi border guards fired on migrants"
    if etype in cb["communal_context"]["event_types"]:
        _communal(items, cb, text, spans, country, when)
    sf = cb.get("state_first") or {}
    if etype in sf.get("event_types", ()) and kenya_order:
        _state_first(items, cb, text, spans, country, when)
    elif etype in sf.get("swap_event_types", ()) and kenya_order:
        _targeted_force(items, cb, text, spans, country, when)
        _swap_sides(items)
        _unknown_bomber(items, cb, text, spans, country, when)
    elif etype in sf.get("event_types", ()):
        _second_side(items, cb, text, spans, country, when)
    elif etype in sf.get("swap_event_types", ()) and sf.get("target_everywhere"):
        # elsewhere the force a bomb was aimed at is still its target (actor2); only the order is Kenya's own
        _force_hit(items, cb, text, spans, country, when, sub)
        _targeted_force(items, cb, text, spans, country, when, keep_civilians=True)
        _dead_force_hit(items, cb, text, spans, sub)  # round 30: "Two soldiers died" left associated
    if sub in sf.get("swap_sub_event_types", ()) and kenya_order:
        _swap_sides(items)  # round 29: "militants took over two army posts unopposed": Kenya's force-first order
    if sub in (sf.get("disrupted") or {}).get("sub_event_types", ()) and kenya_order:
        _disrupted_sides(items, cb, text, spans, country, when)
    if sub in (sf.get("mob_on_force") or {}).get("sub_event_types", ()) and kenya_order:
        _mob_on_force(items, cb, text, spans)
    if etype in sf.get("event_types", ()) or etype in sf.get("swap_event_types", ()):
        # round 9: one state's forces on both sides: the second is the first's own dead (Kenya: force first)
        _own_dead(items, cb, text, spans, country, when, attacker_first=not kenya_order)
    aa = cb.get("answered_attack") or {}
    if etype in aa.get("event_types", ()) and not kenya_order:
        _answered_attack(items, cb, text, spans)
    if sub in (cb.get("air_power") or {}).get("sub_event_types", ()):
        _air_power(items, cb, text, spans, country, when)
    _shelling_owner(items, cb, text, spans, country, when, sub)  # round 34b: unclaimed shelling of Ukraine's towns
    if etype in (cb.get("gave_up_to") or {}).get("event_types", ()):
        _gave_up_to(items, cb, text, spans, country, when)
    if etype in cb["communal_context"]["event_types"]:
        _community(items, cb, text, spans, country, when, etype)
    if sub in (cb.get("agreement_sides") or ()):
        _agreement_sides(items, country, when)
    if etype in sf.get("event_types", ()):
        _national_pair(items, text, spans, country, when)
        _unnamed_opponent(items, cb, country, when)
        _unnamed_attacker(items, cb, country, when)  # round 31c
        _battle_sides(items, cb, text, spans, country, when)
        if kenya_order:
            # round 29: a force the conventions made the second side only now ("Al Shabaab said it had killed 20
            # police") is ordered first too, as _state_first orders the sides it is given
            _swap_sides(items)
        _unnamed_pair(items)
    if etype in tc.get("implied_in", ()) and _first(items, "actor2") is None:
        _implied_civilians(items, cb, text, spans, country, when)
    if sub in tc.get("property_in", ()):
        _property_owners(items, cb, text, spans, country, when)  # round 33b: "burned 27 houses": their civilians
    takers = (cb.get("territory_sides") or {}).get(sub)
    if takers:
        _territory_sides(items, [int(i) for i in takers])
    if etype in (cb.get("named_group_first") or {}).get("event_types", ()) and _first(items, "actor1") is None:
        # round 29: "residents say <group> moved into the village": no mention carries the group the note names
        group = _named_group(text, spans, country, when)
        if group is not None and not any(r.actor is not None and group.actor is not None and r.actor.id == group.actor.id
                                         for r in items):
            items.append(group)
    _no_civilian_attacker(items, cb, etype, country, when)
    _unnamed_militia_armed(items, cb, etype, when)
    return sorted(items, key=role_rank)


def _unnamed_militia_armed(items: list[Resolved], cb: dict[str, Any], etype: str, when: date | None) -> None:
    """From ``communal_context.armed_group_from`` on, in the event types of ``armed_group_in``, an attacker the note
    calls only armed men ("gunmen shot a herder and took his goats", "armed men seized two herders") is the
    Unidentified Armed Group, not the ethnic militia the herders or the stock made of them; men the note names as a
    raid's or a community's ("raiders", "rustlers", "Pokot raiders") stay as they were.

    Why (round 33b): ACLED's Codebook names attackers the note does not identify as the unidentified armed group.
    ACLED's older Kenyan notes code such men as an ethnic militia where stock was taken (train side, to 2015), so
    the rule holds only from ``armed_group_from`` on; for the later years the evidence is our own spent world notes
    of 2016-2024 ('Unidentified Ethnic Militia' in one gold against some 30 notes where this pipeline named it), not
    ACLED's own rows.
    """
    spec = cb["communal_context"]
    start = spec.get("armed_group_from")
    if start is None or when is None or when.year < int(start) or etype not in (spec.get("armed_group_in") or ()):
        return
    unnamed = str(spec["template"]).split("(")[0].strip()
    uag = cb["unknown_perpetrator"]
    for r in items:
        if (r.actor is not None and r.actor.name.startswith(unnamed + " (") and r.mention.role == "actor1"
                and cb["_communal_men_rx"].search(r.mention.mention or "") is None):
            r.actor = codebook_actor(uag["template"], int(uag["inter"]), r.actor.country, when)


def _no_civilian_attacker(items: list[Resolved], cb: dict[str, Any], etype: str, country: str | None, when: date | None) -> None:
    """Civilians are never actor1: a crowd that acts is the event's crowd (Protesters, Rioters), and an attacker the
    rules could only read as the people around it ("families confined to their homes" in a clash, "villagers" near a
    blast) is an Unidentified Armed Group.

    Why: ACLED's codebook codes civilians as the side acted on only; on the train side (ACLED Kenya <= 2015 and
    Afghanistan dev, 3,923 notes) no actor1 is a civilian actor, and every one of the 13 notes where this pipeline
    named one was wrong (22 of 2,178 spent probe notes, all wrong too).
    """
    a1 = _first(items, "actor1")
    if a1 is None or a1.actor is None or a1.actor.inter != int(cb["target_civilians"]["inter"]):
        return
    spec = cb["crowd"].get(etype) or cb["unknown_perpetrator"]
    a1.actor = codebook_actor(spec["template"], int(spec["inter"]), country or a1.actor.country, when)
    a1.confidence = min(a1.confidence, 0.4)
