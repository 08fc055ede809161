"""The phrases that tell a town: 'in <Town>', 'near the outskirts of <Town>', 'the Village of <Town>', '<Town> police'.

Why: the document, sentence and US rules read the same phrases; they live below those rules so that each rule
module imports them and none imports another rule module for a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._normalise import extra_words, fold
from ._phrases import _city_part, _in_qualified_town, _is_street, _strip_time

_IN_TOWN = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:[a-z\-]+\s+){0,2}?(?:city|town|village|suburb|"
                      r"community|township|borough)\s+of\s+)?"
                      r"(?P<name>[A-Z][\w'\-]+(?:\s(?:(?:de|do|da|dos|das|del)\s)?[A-Z][\w'\-]+){0,2})")
# 'in the mountains of Guihulngan', 'near the outskirts of Al-Bab': a town inside a unit the note names
_IN_TOWN_OF = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:city|town|village|suburb|community|"
                         r"township|borough|mountains|hills|outskirts|countryside|forests?|area)\s+of\s+)?"
                         r"(?P<name>[A-Z][\w'\-]+(?:\s(?:(?:de|do|da|dos|das|del)\s)?[A-Z][\w'\-]+){0,2})")
# "Chicago police", "the Akron Police Department": a town's own police names the town of the incident.
_TOWN_POLICE = re.compile(r"(?P<name>[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+){0,2})(?=\s+(?:police|Police)\b)")


def police_towns(text: str, start: int = 0) -> Iterator[tuple[str, int, int]]:
    """Each name a town's police is told by ('Sunday Raytown police'), read from the right: the whole run first,
    then ever shorter tails ('Sunday Raytown', 'Raytown'), with their spans."""
    for m in _TOWN_POLICE.finditer(text, start):
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            part = " ".join(words[len(words) - k:])
            yield part, m.end("name") - len(part), m.end("name")


# where a suspect was caught, a victim treated or someone lives: not where the event happened
_ELSEWHERE_BEFORE = re.compile(r"\b(?:arrested|caught|apprehended|detained|captured|booked|jailed|taken|flown|rushed|"
                               r"transported|airlifted|hospitali[sz]ed|hospital|lives|lived|living|resides)\b"
                               r"[^.;!?]{0,40}$"
                               # a named institution's own town: 'the Essex County Correctional Facility in Newark'
                               # (capitalised: 'a basketball court in Englewood' is a scene)
                               r"|\b(?-i:Hospital|Medical[ \t]+Cent(?:er|re)|Trauma[ \t]+Cent(?:er|re)|Jail|Correctional"
                               r"[ \t]+(?:Facility|Center|Institution)|Detention[ \t]+Cent(?:er|re)|Courthouse|Court)"
                               r"[ \t]+$", re.I)


# 'in the Village of Hempstead', 'the Borough of Darby': the municipality's formal name, its type capitalised
_UNIT_OF_TOWN = re.compile(r"\b(?:Village|Borough|Township|Town|City)[ \t]+of[ \t]+(?P<name>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+){0,2})")


def _town_names(text: str, start: int, end: int, floor: int | None) -> Iterator[tuple[str, int, int]]:
    """Each name that 'in', 'near', 'the town of' puts in text[start:end] and that may be a town: (name, start, end).

    Why: the sentence, lede and wire rules read the same phrases and drop the same non-towns (common words, parts of
    a city, streets); with ``floor``, also a name told where someone was caught, treated or lives, looking back to
    ``floor`` at most."""
    found = [*_in_qualified_town().finditer(text, start, end), *_UNIT_OF_TOWN.finditer(text, start, end)]
    for m in sorted(found, key=lambda m: m.start("name")):
        if floor is not None and _ELSEWHERE_BEFORE.search(text, max(floor, m.start() - 50), m.start()):
            continue  # 'the suspect was arrested later in Canton', 'flown to a hospital in Akron'
        name = _strip_time(m.group("name"))  # the whole name: 'Washington' of 'Washington Heights' is none
        a, b = m.start("name"), m.start("name") + len(name)
        if not name or fold(name) in extra_words("common_words") or _city_part(text, a, b) \
                or _is_street(text, a, b, name):
            continue  # 'in the Kensington section', 'near Kensington and Allegheny avenues': the anchor city's
        yield name, a, b
