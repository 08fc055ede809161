"""Injuries that are no victim's: people hurt by something other than the attack (a woman outside a bar where shots
were fired, struck by a car as she ran). GVDB's annotators list the victims of the shooting only; the causes are
data (``non_violent_harm`` in data/count_terms.yaml). Deaths are never touched (ACLED codes every death of the
event, a stampede's included)."""

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


# the attack itself in the clause ("was shot and then hit by a car"): the injury may be the attack's
_ATTACK = re.compile(r"\b(?:shot|shots|gunshot|gunfire|bullets?|stabbed|stab|knife|grazed|fired|shooting)\b", re.I)
# one more person told hurt, in a sentence of her own: "A young woman was also hurt ... when a car struck her"
_LONE_HURT = re.compile(r"(?:^|[.!?]\s+)((?:an?|one|another)\s+(?:[\w-]+\s+){1,3}?(?:was|is)\s+(?:also\s+)?"
                        r"(?:injured|hurt)\b[^.!?]*)", re.I)


def _clause(text: str, start: int) -> str:
    """The rest of the sentence from ``start``."""
    m = re.search(r"[.!?](?:\s|$)", text[start:])
    return text[start : start + m.end()] if m else text[start:]


def _hurt_by(text: str, start: int) -> bool:
    """The count at ``start`` tells people hurt otherwise than by the attack: a cause in its clause, or a vehicle
    the subject of its verb ("As the gunman drove off, his car |struck a woman")."""
    clause = _clause(text, start)
    left = re.split(r"[.;,!?:](?:\s|$)|\n", text[max(0, start - 60) : start])[-1]
    m = _vehicle_subject_re().search(left + text[start : start + 30])
    if m is not None and m.start() < len(left) and not _ATTACK.search(left + clause):
        return True
    return _not_attack(clause)


def _not_attack(clause: str) -> bool:
    return bool(_cause_re().search(clause)) and not _ATTACK.search(clause)


def hurt_otherwise(text: str, c: Count, offset: int = 0) -> bool:
    """An injured count told with a cause that is not the attack ("Two people were hit by the shooter's car")."""
    return c.kind == "injured" and bool(c.evidence) and _hurt_by(text, c.evidence[0].start - offset)


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
