"""Injuries that are no victim's: people hurt by something other than the attack (a woman outside a bar where shots
were fired, struck by a car as she ran). GVDB's annotators list the victims of the shooting only; the causes are
data (``non_violent_harm`` in data/count_terms.yaml). Deaths are touched only when their own clause gives a cause
that is no violence at all ("two more residents died of the cold that night", ``non_violent_death``): ACLED codes
every death of the event, a stampede's included, but an illness or the weather kills no one in it."""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ...records import Count
from ...vocab import load_vocab


@lru_cache(maxsize=1)
def _cause_re() -> re.Pattern[str]:
    terms = load_vocab("count_terms")
    words = sorted((str(w) for w in terms.get("non_violent_harm") or ()), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!x)x"
    veh = "|".join(re.escape(str(w)) for w in terms.get("non_violent_vehicles") or ()) or "(?!x)x"
    # "hit by the shooter's car", "struck by a fleeing SUV"
    by_vehicle = rf"(?:hit|struck|run\s+over)\s+by\s+(?:[\w'’-]+\s+){{0,3}}?(?:{veh})"
    return re.compile(rf"\b(?:{body}|{by_vehicle})\b", re.I)


@lru_cache(maxsize=1)
def _vehicle_subject_re() -> re.Pattern[str]:
    """'his car struck |a woman', 'the SUV ran over |two men': a vehicle the subject of the verb whose object the
    count is (the vehicle must stand in the clause's words before the count: "the truck hit a mine" after "three
    were hurt" is none)."""
    veh = "|".join(re.escape(str(w)) for w in load_vocab("count_terms").get("non_violent_vehicles") or ()) or "(?!x)x"
    return re.compile(rf"\b(?:{veh})\s+(?:then\s+|also\s+)?(?:struck|hit|hits|strikes|ran\s+over|runs\s+over|"
                      rf"plowed\s+into)\b", re.I)


@lru_cache(maxsize=1)
def _death_cause_re() -> re.Pattern[str]:
    words = sorted((str(w) for w in load_vocab("count_terms").get("non_violent_death") or ()), key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!x)x"
    return re.compile(rf"\b(?:{body})\b", re.I)


# violence in a death's clause ("died of a heart attack after being beaten"): the death may be the attack's
_VIOLENCE = re.compile(r"\b(?:shot|shots|gunshot|gunfire|bullets?|stabb\w*|stab|knife|fired|shooting|beat|beaten|"
                       r"beating|assault\w*|tortur\w*|attack\w*|tear\s*gas|clash\w*|fight\w*|violence|"
                       r"custody|police|strangl\w*|choked|burn\w*|hack\w*|machete)\b", re.I)


def _died_otherwise(text: str, start: int) -> bool:
    """The killed count at ``start`` is told with a cause that is no violence ("three more people died, all while
    clearing snow"; "a second man died of a stroke the next day"), and its clause holds no violence."""
    clause = _clause(text, start)
    return bool(_death_cause_re().search(clause)) and not _VIOLENCE.search(re.sub(r"(?i)heart\s+attacks?", "", clause))


# the attack itself in the clause ("was shot and then hit by a car"): the injury may be the attack's
_ATTACK = re.compile(r"\b(?:shot|shots|gunshot|gunfire|bullets?|stabbed|stab|knife|grazed|fired|shooting)\b", re.I)
# one more person told hurt, in a sentence of her own: "A young woman was also hurt ... when a car struck her"
_LONE_HURT = re.compile(r"(?:^|[.!?]\s+)((?:an?|one|another)\s+(?:[\w-]+\s+){1,3}?(?:was|is)\s+(?:also\s+)?"
                        r"(?:injured|hurt)\b[^.!?]*)", re.I)


def _clause(text: str, start: int) -> str:
    """The rest of the sentence from ``start``; a line break ends it too (a headline has no full stop: "two hurt in
    scramble" must not run on into the lede's "A man was shot")."""
    m = re.search(r"[.!?](?:\s|$)|\n", text[start:])
    return text[start : start + m.end()] if m else text[start:]


# people hurt in a crowd's flight ("several hurt as shoppers flee", "as the crowd inside rushed for the doors") or by
# a car that struck them ("when a car speeding away ... ran onto a sidewalk"): told only with "hurt" / "injuries",
# never with "wounded" or "shot", which name the weapon's harm
_FLIGHT = re.compile(r"\bas\s+(?:the\s+)?(?:crowd|shoppers|patrons|guests|people|partygoers|fans|spectators|"
                     r"students|customers|residents|they)\s+(?:\w+\s+){0,2}?(?:flee|fled|fleeing|ran|run|rushed|"
                     r"scrambled|scattered|stampeded)\b", re.I)
_HURT_WORD = re.compile(r"\b(?:hurt|injur\w*)\b", re.I)
_WEAPON_WORD = re.compile(r"\b(?:wound\w*|shot|struck\s+by\s+(?:gunfire|bullets?))\b", re.I)


@lru_cache(maxsize=1)
def _vehicle_impact_re() -> re.Pattern[str]:
    """'when a car speeding away from the scene |ran onto a sidewalk': a vehicle then, within a few words, its
    impact on people or off the road ("when the truck hit a mine" is the attack)."""
    veh = "|".join(re.escape(str(w)) for w in load_vocab("count_terms").get("non_violent_vehicles") or ()) or "(?!x)x"
    return re.compile(rf"\bwhen\s+(?:a|an|the|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{veh})\s+"
                      rf"(?:[\w'’-]+\s+){{0,6}}?(?:(?:struck|hit)\s+(?:them|her|him|(?:an?\s+|the\s+)?(?:\w+\s+)?"
                      rf"(?:people|pedestrians?|bystanders|woman|man|boy|girl|crowd|guests))|ran\s+onto|ran\s+over|"
                      rf"plowed|mounted|jumped|crashed|veered)\b", re.I)


def _hurt_in_flight(text: str, start: int) -> bool:
    """A count of people "hurt" whose own clause puts the harm on the flight or on a car, not on the weapon."""
    clause = _clause(text, start)
    head = clause[:60]
    if not _HURT_WORD.search(head) or _WEAPON_WORD.search(head) or _ATTACK.search(clause):
        return False
    return bool(_FLIGHT.search(clause) or _vehicle_impact_re().search(clause))


def _hurt_by(text: str, start: int) -> bool:
    """The count at ``start`` tells people hurt otherwise than by the attack: a cause in its clause, or a vehicle
    the subject of its verb ("As the gunman drove off, his car |struck a woman")."""
    clause = _clause(text, start)
    left = re.split(r"[.;,!?:](?:\s|$)|\n", text[max(0, start - 60) : start])[-1]
    m = _vehicle_subject_re().search(left + text[start : start + 30])
    if m is not None and m.start() < len(left) and not _ATTACK.search(left + clause):
        return True
    return _not_attack(clause) or _hurt_in_flight(text, start)


def _not_attack(clause: str) -> bool:
    return bool(_cause_re().search(clause)) and not _ATTACK.search(clause)


def hurt_otherwise(text: str, c: Count, offset: int = 0) -> bool:
    """An injured count told with a cause that is not the attack ("Two people were hit by the shooter's car"), or a
    killed count told with a cause that is no violence ("two others died of the cold")."""
    if not c.evidence:
        return False
    if c.kind == "killed":
        return _died_otherwise(text, c.evidence[0].start - offset)
    return c.kind == "injured" and _hurt_by(text, c.evidence[0].start - offset)


def drop_other_harm(counts: list[Count], text: str, offset: int = 0) -> list[Count]:
    """The counts less the people hurt by a car: a count told with that cause goes; a lone person so hurt told after
    a figure of the hurt that already holds her ("Two people were hurt in all ... A young woman was also hurt on the
    sidewalk when she was struck by a car") leaves that figure one fewer."""
    out = [c for c in counts if not hurt_otherwise(text, c, offset)]
    for m in _LONE_HURT.finditer(text):
        if not _not_attack(m.group(1)):
            continue
        pos = m.start(1) + offset
        if any(c.kind == "injured" and c.evidence and any(e.start <= pos < e.end for e in c.evidence) for c in counts):
            continue  # her own count, dropped above
        before = [c for c in out if c.kind == "injured" and c.evidence and c.low >= 2
                  and c.evidence[0].end <= pos]
        if before:
            fig = max(before, key=lambda c: c.evidence[0].start)
            i = next(k for k, c in enumerate(out) if c is fig)
            out[i] = dataclasses.replace(fig, low=fig.low - 1, high=None if fig.high is None else fig.high - 1)
    return out
