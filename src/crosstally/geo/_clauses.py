"""A place named only in a background clause ('a day after a singer was shot dead in Addis, crowds burned shops in
Shashemene') is not the event's place when the main clause names another.

Why: notes open with what led to the event ('after', 'following', 'a day after ...'), and extraction takes the first
place of the sentence; the event the note codes is the main clause's, and so is its place.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Location, Span
from ._name import geocode_name
from ._normalise import extra_words, fold

if TYPE_CHECKING:
    from ._context import GeoContext

# 'a day after ...,', 'hours after ...,', 'following ...,' at the start of a sentence or after its date ('On 30 June
# 2020, a day after ..., crowds ...'): the clause runs to its comma
_BACKGROUND = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=,\s))(?:(?:a|an|one|two|three|four|five|six|seven|several|\d+)"
                         r"\s+(?:day|days|hours?|weeks?|months?)\s+after|after|following)\b"
                         r"(?P<clause>[^,.;:!?]{3,200}),", re.I)
_MAIN_PLACE = re.compile(r"\b(?:in|at|near|outside|around|across)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
                         r"(?P<name>[A-Z][\w'\-]*(?:\s(?:[A-Z][\w'\-]*|al|el|de|da))*)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def main_clause_place(text: str, loc: Location, ctx: GeoContext | None,
                      gazetteer_dir: Path | None = None) -> Location | None:
    """The place the main clause names, when ``loc`` was taken from a background clause before it; else None."""
    if not loc.evidence:
        return None
    at = loc.evidence[0].start
    for m in _BACKGROUND.finditer(text):
        if not (m.start("clause") <= at < m.end("clause")):
            continue
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end is not None else len(text)
        for p in _MAIN_PLACE.finditer(text, m.end(), stop):
            name = p.group("name")
            if fold(name) in extra_words("common_words") or fold(name) == fold(loc.mention or loc.name or ""):
                continue
            found = geocode_name(name, ctx, gazetteer_dir=gazetteer_dir)
            if found is None or found.geonameid is None:
                continue
            found.evidence = [Span(p.start("name"), p.end("name"))]
            found.method += "+main_clause"
            return found
        return None
    return None
