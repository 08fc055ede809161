"""A battle's sides the knowledge base could not name, and the side named only beside an unnamed group (round 31c).

Why: a battle is fought by organised armed groups (ACLED codebook). A first side no rule resolved ("a gang of men
armed with clubs") is the country's Unidentified Armed Group, or a community's unnamed militia where it is named as a
community ("two unidentified sub tribes"), never a raw phrase (ACLED Kenya dev). A guard or a state force named beside
unnamed robbers or gunmen with no second side is the side they fought, never the robbers' own mention again. A named
group's own dead written with a bare word ("one gang member killed") are no second side either (round 32a).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ._conventions import Resolved, _first
from ._generic import codebook_actor


def _unnamed_attacker(items: list[Resolved], cb: dict[str, Any], country: str | None, when: date | None) -> None:
    """A battle's first side that resolves to nobody ("a gang of men armed with clubs") is the country's
    Unidentified Armed Group, as an unresolved second side facing a state force is (`_unnamed_opponent`).

    Why: a battle is fought by organised armed groups (ACLED codebook); a side the knowledge base and the generic
    nouns cannot name is one ACLED names 'Unidentified Armed Group (X)', never a raw phrase (ACLED Kenya dev: armed
    men described by their weapons who raid an office and kill its guard are coded so).
    """
    a1 = _first(items, "actor1")
    if a1 is None or a1.actor is not None or _NAMED_GROUP.search(a1.mention.mention or "") is not None:
        return  # a group named by its own name ("Zorblax Brigade") stays that name, unknown to the knowledge base
    if _COMMUNITY_WORDS.search(a1.mention.mention or "") is not None:
        # "two unnamed clans fight over a water point": a community's side is its unnamed militia, as the
        # conventions name an unnamed community's (ACLED Kenya dev: such clashes are coded the ethnic militia)
        spec = cb["communal_context"]
        a1.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when, communal=True)
    else:
        spec = cb["unknown_perpetrator"]
        a1.actor = codebook_actor(spec["template"], int(spec["inter"]), country, when)
    a1.confidence = min(a1.confidence, 0.4)


# a name closed by a capitalised word for an organisation: a named group the knowledge base does not know
_NAMED_GROUP = re.compile(r"\b[A-Z][\w'-]*\s+(?:Brigades?|Front|Army|Movement|Militias?|Group|Forces?|Battalions?|"
                          r"Regiments?|Party|Alliance|Union|Council|Coalition|Command|Corps|Legion|Brotherhood|"
                          r"Squads?|Guards?|Organi[sz]ation|Jama'?at|Tigers|Boys)\b")


# words for a community (a tribe, a clan, an ethnic group) in a side the knowledge base could not name
_COMMUNITY_WORDS = re.compile(r"(?<![\w-])(?:(?:sub-?)?tribes?|tribal|clans?|ethnic|communit(?:y|ies))(?![\w-])", re.I)


def _named_other_side(items: list[Resolved], a1: Resolved) -> Resolved | None:
    """An associated state force or private guard beside an unidentified group's battle with no second side: the side
    it fought.

    Why: nobody stands with unnamed gunmen or robbers as their ally; a force or a guard named beside them (inter 1 or
    8, ACLED's state and other forces) is the one they clashed with, and ACLED codes it as actor2 (a battle's second
    side is never the first side's own mention again).
    """
    name = a1.actor.name if a1.actor is not None else None
    return next((r for r in items if r.mention.role in ("assoc_actor_1", "assoc_actor_2") and r.actor is not None
                 and r.actor.inter in (1, 8) and r.actor.name != name), None)


def _own_men(a1: Resolved, a2: Resolved) -> bool:
    """Whether actor2 is only the named group's own dead or wounded written with a bare word ("MS-13 members fired on
    an army patrol; one gang member killed"): an unidentified group of the named group's own kind.

    Why (round 32a): the bare word cannot be the named group again, so it was left the unidentified gang, and the
    force the group fired on, named by no mention, was lost; ACLED codes the group against that force."""
    return (a1.actor is not None and a2.actor is not None and a1.actor.type != "generic"
            and a1.actor.inter in (2, 3) and a2.actor.type == "generic" and a2.actor.inter == a1.actor.inter
            and a2.actor.name.startswith("Unidentified"))
