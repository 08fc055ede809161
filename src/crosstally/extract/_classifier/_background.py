"""Cues the overrides read where the harm a note names is not the event's own: a grievance, the crime an arrest
answers, a robbery nobody resisted, people posing as a force (``data/event_arguments.yaml`` v2.1-v2.10)."""

from __future__ import annotations

import re
from functools import lru_cache

from ._analyzers import _WHITE
from ._patterns import _alt, _argument_patterns, _definitions_only, crowd_assault


@lru_cache(maxsize=1)
def _demand_clause() -> re.Pattern[str] | None:
    """The ``demand_clause`` patterns of ``data/event_arguments.yaml``: what a crowd asks for or protests against."""
    from ...vocab import load_vocab

    pats = load_vocab("event_arguments")["entries"].get("demand_clause")
    return re.compile(rf"\b(?:{_alt(list(pats))})") if pats else None


def violence_only_in_demand(text: str) -> bool:
    """Whether the violent words of a note all sit in what the crowd demands or protests against.

    Why: "marched against sexual harassment" or "calling for resignations over gun violence" tell a grievance, not
    what the crowd did; ACLED's Violent demonstration needs the demonstrators to be violent or destructive."""
    pat = _demand_clause()
    if pat is None:
        return False
    low = _WHITE.sub(" ", text.lower())
    others = _argument_patterns()[2]
    dest = _definitions_only().get("destructive_crowd")
    if not (others["crowd_violence"].search(low) or (dest is not None and dest.search(low))):
        return False
    rest = pat.sub(" ", low)
    if crowd_assault(rest):
        return False
    names = ("crowd_violence", "bodily_harm", "harm", "intervention", "protester_killed", "explosion")
    if any(others[n].search(rest) for n in names if n in others):
        return False
    defs = _definitions_only()
    return not any(defs[n].search(rest) for n in ("destructive_crowd", "road_block", "road_material",
                                                   "crowd_missiles", "intervention_extra") if n in defs)


def harm_only_in_grievance(text: str) -> bool:
    """Whether a protest note's only harm words name the earlier killing its people protest.

    Why: "the family of a man killed last week held a protest" reports a protest; the killing is background (the
    ``victim_background`` and ``demand_clause`` spans of ``data/event_arguments.yaml`` are read away) and the
    classifier reads "killed" as a riot's or an attack's (v2.10). Any harm, crowd violence or destruction left in
    the rest keeps the classifier's label."""
    bg = _definitions_only().get("victim_background")
    others = _argument_patterns()[2]
    low = _WHITE.sub(" ", text.lower())
    if "protest_event" not in others:
        return False
    rest = _without_cause_clauses(low)  # v2.13: "protested after bandits raided the village"
    if bg is not None:
        rest = bg.sub(" ", rest)
    if rest == low:
        return False
    told = others["protest_event"].search(rest)  # v2.13: before the demand is read away ("to protest insecurity")
    demand = _demand_clause()
    if demand is not None:
        rest = demand.sub(" ", rest)
    if not told or crowd_assault(rest):
        return False
    names = ("crowd_violence", "bodily_harm", "harm", "killing", "protester_killed", "explosion", "abduction")
    if any(others[n].search(rest) for n in names if n in others):
        return False
    defs = _definitions_only()
    return not any(defs[n].search(rest) for n in ("destructive_crowd", "road_block", "road_material",
                                                   "crowd_missiles") if n in defs)


_RAID = re.compile(r"\b(?:attack(?:ed|s|ing)?|raid(?:ed|s|ing)?|ambush(?:ed|es)?)\b")


def _without_cause_clauses(low: str) -> str:
    """Lower-cased text with each clause that tells the harm a crowd's protest answers read away.

    Why: "residents protested after bandits raided the village" or "following the killing of two traders,
    residents took to the streets" report a protest (ACLED codes the main event, the one the note is about); the
    harm is its cause, an earlier event. A clause opened by ``after`` / ``following`` / ``in the wake of`` (the
    ``harm_cause`` class of ``data/event_arguments.yaml``) is read away when it names harm, its sentence names a
    protest outside it, and it tells nothing the crowd itself did (no protest word, no crowd violence, no road
    blocked, no missiles) (v2.13)."""
    defs = _definitions_only()
    cause = defs.get("harm_cause")
    if cause is None:
        return low
    others = _argument_patterns()[2]
    crowd_acts = [others[n] for n in ("protest_event", "crowd_violence_explicit") if n in others]
    crowd_acts += [defs[n] for n in ("road_block", "road_material", "crowd_missiles") if n in defs]
    harm = [others[n] for n in ("harm", "bodily_harm", "killing", "abduction") if n in others]
    harm.append(_RAID)
    out: list[str] = []
    for sentence in re.split(r"(?<=[.;])\s+", low):
        kept = sentence
        for m in cause.finditer(sentence):
            clause = m.group(0)
            outside = sentence[: m.start()] + " " + sentence[m.end():]
            if (any(h.search(clause) for h in harm) and not any(c.search(clause) for c in crowd_acts)
                    and others["protest_event"].search(outside)):
                kept = kept.replace(clause, " ", 1)
        out.append(kept)
    return " ".join(out)


@lru_cache(maxsize=1)
def _arrest_reason() -> re.Pattern[str] | None:
    from ...vocab import load_vocab

    pats = load_vocab("event_arguments")["entries"].get("arrest_reason")
    return re.compile(rf"\b(?:{_alt(list(pats))})") if pats else None


def harm_only_in_arrest_reason(text: str) -> bool:
    """Whether a note tells an arrest and its only harm words name the crime the arrest answers.

    Why: "detectives arrested four men over the killing of a chief" reports ACLED's Arrests (Strategic
    developments); the killing is the reason for the arrest, an earlier event, not violence done in this one. The
    reason clause (``arrest_reason`` in ``data/event_arguments.yaml``) is read away and the rest must name no harm; an
    arrest told as not made (``arrest_not_made``, v2.14) is no arrest."""
    pat = _arrest_reason()
    if pat is None:
        return False
    low = _WHITE.sub(" ", text.lower())
    not_made = _definitions_only().get("arrest_not_made")
    if not_made is not None:  # v2.14: "the suspect has not been arrested" tells no arrest
        low = not_made.sub(" ", low)
    others = _argument_patterns()[2]
    if "arrest_act" not in others or not others["arrest_act"].search(low) or not pat.search(low):
        return False
    rest = pat.sub(" ", low)
    if not others["arrest_act"].search(rest):
        return False
    names = ("harm", "bodily_harm", "killing", "abduction", "explosion", "gunfire_exchange", "armed_exchange", "combat")
    return not any(others[n].search(rest) for n in names if n in others)


def _no_force_left(low: str) -> bool:
    """Whether no police, soldier or guard is named in lower-cased text (``posed_force`` spans read away, and
    ``force_as_source``: "Police suspect robbery" names who investigates, not a force at the scene, v2.25)."""
    defs = _definitions_only()
    for name in ("posed_force", "force_as_source"):
        if name in defs:
            low = defs[name].sub(" ", low)
    nouns = _argument_patterns()[1]
    if any(nouns[n].search(low) for n in ("police", "military") if n in nouns):
        return False
    return "guard_side" not in defs or defs["guard_side"].search(low) is None


def force_only_posed(text: str) -> bool:
    """Whether the only police or soldiers a note names are people posing as them.

    Why: ACLED's Battles need two organised armed sides; "three men posing as police officers robbed a shop" names
    no force at all, and the classifier reads the word "police" as one side of a clash (v2.10)."""
    low = _WHITE.sub(" ", text.lower())
    defs = _definitions_only()
    return "posed_force" in defs and defs["posed_force"].search(low) is not None and _no_force_left(low)


def robbery_unopposed(text: str) -> bool:
    """Whether a note tells a robbery and names no police, soldier or guard who could have fought the robbers.

    Why: a robbery of civilians by armed men is violence against civilians (ACLED), never a clash: nobody fought
    back; robbers who meet the police or guards are left to the classifier (v2.10)."""
    low = _WHITE.sub(" ", text.lower())
    defs = _definitions_only()
    return "robbery_act" in defs and defs["robbery_act"].search(low) is not None and _no_force_left(low)


def property_without_harm(text: str) -> bool:
    """Whether a note tells property burnt, destroyed or taken, says nobody was hurt, and names no harm besides.

    Why: ACLED's Looting/property destruction is property destroyed or seized with no other violence; the classifier
    reads "torched houses" as an attack on the people in them, and "carried off goods" as people carried off
    (v2.17). The harm words left once the ``no_harm_told`` spans are read away keep the classifier's label."""
    defs = _definitions_only()
    act, none = defs.get("property_act"), defs.get("no_harm_told")
    if act is None or none is None:
        return False
    low = _WHITE.sub(" ", text.lower())
    if act.search(low) is None or none.search(low) is None:
        return False
    rest = none.sub(" ", low)
    others = _argument_patterns()[2]
    harm = [others[n] for n in ("harm", "bodily_harm") if n in others] + [p for p in (defs.get("harm_more"),) if p]
    return not any(p.search(rest) for p in harm)
