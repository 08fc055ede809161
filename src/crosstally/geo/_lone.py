"""A short note that names no country: the town it puts the event in, when only one country has a place so named.

Why: a note such as 'shells fell on open ground around Naqoura' names one small town and no country; the context
scan counts only big towns and provinces, so the event got no place at all, though the gazetteer knows the town
and no other country has a place of that name.
"""

from __future__ import annotations

import re

from ..records import Location, Span
from ._index import Gazetteer
from ._location import METHOD, _written_name, to_location
from ._normalise import extra_words, fold
from ._words import _demonyms

METHOD_LONE = METHOD + "+lone_country_town"

_PLACE_AFTER_PREP = re.compile(r"\b(?:in|at|near|outside|around|through|into|on)[ \t]+(?:the[ \t]+)?"
                               r"(?P<name>[A-Z][\w'\-]*(?:[ \t][A-Z][\w'\-]*){0,2})")


_FIRST_SENTENCE = re.compile(r".*?[.;](?=\s+[A-Z0-9\"'(])", re.S)


def lone_country_town(gz: Gazetteer, text: str) -> Location | None:
    """The first 'in/at/near/around <Town>' of ``text``'s first sentence whose every namesake (towns and units) lies
    in one country, as that country's town; None when there is none.

    Only the first sentence, which tells the event: a later one's town is often background ("since Saturday, when
    armed men began raiding villages around Kutum"), and a wrong town links the report to another incident."""
    first = _FIRST_SENTENCE.match(text)
    end = first.end() if first else len(text)
    for m in _PLACE_AFTER_PREP.finditer(text, 0, end):
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            name = " ".join(words[:k])
            if len(name) < 4 or fold(name) in extra_words("common_words") or name in _demonyms() or name.isupper():
                continue
            places = gz.lookup(name)
            towns = [p for p in places if p.kind == "town" and fold(p.name) == fold(name)] \
                or [p for p in places if p.kind == "town"]
            if not towns or len({p.country_code for p in places}) != 1:
                continue
            if any(p.kind == "country" for p in places):
                break
            best = max(towns, key=lambda p: p.population)
            loc = to_location(gz, best, mention=name, confidence=0.35, method=METHOD_LONE,
                              written=_written_name(gz, best, name))
            loc.evidence = [Span(m.start("name"), m.start("name") + len(name))]
            return loc
    return None
