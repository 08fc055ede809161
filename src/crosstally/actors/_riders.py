"""Attackers a note names only by what they rode ("two men on a motorbike", "motorcyclists", "gunmen riding
motorcycles"): the country's unidentified armed group (``data/actor_generic.yaml`` ``vehicle_attackers``).

Why (round 31b): read by its head alone, "men on a motorbike" was the civilians and "motorbike riders" nobody, so an
attack by them kept a civilian or a bare description as its actor1, or became a community's militia where the note
spoke of cattle. ACLED's codebook codes attackers it cannot name as the unidentified armed group (spent world notes 56
and 58: killings by motorcyclists in Pakistan and Ghana). Riders in a protest or a riot are its crowd all the same
(Kenya's boda boda riders), so the callers ask only for an attack's or a fight's actor1.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..vocab import load_vocab, phrase_alternation
from ._generic import codebook_actor
from ._kb import Actor

_COUNT = (r"(?:(?:the|a|an|two|three|four|five|six|several|some|unknown|unidentified|armed|masked|hooded|suspected|"
          r"\d+)\s+)*")


@lru_cache(maxsize=1)
def _spec() -> tuple[re.Pattern[str], str, int]:
    spec = load_vocab("actor_generic")["entries"]["vehicle_attackers"]
    riders = rf"(?:{phrase_alternation(spec['riders'])})"
    people = rf"(?:{phrase_alternation(spec['people'])})"
    ride = rf"(?:{phrase_alternation(spec['verbs'])})"
    vehicle = rf"(?:(?:a|an|the|their|two|three|\d+)\s+)?(?:{phrase_alternation(spec['vehicles'])})"
    rx = re.compile(rf"^{_COUNT}(?:{riders}|{people}\s+{ride}\s+{vehicle})$", re.I)
    return rx, str(spec["template"]), int(spec["inter"])


def rides_only(mention: str) -> bool:
    """Whether the mention names people by the vehicle they rode and nothing else ('two men on a motorbike')."""
    return _spec()[0].match(mention.strip()) is not None


def vehicle_attacker(mention: str, country: str | None, when: date | None) -> Actor | None:
    """The unidentified armed group for an attacker named only by what they rode; None for any other mention."""
    if not rides_only(mention):
        return None
    _, template, inter = _spec()
    return codebook_actor(template, inter, country, when)
