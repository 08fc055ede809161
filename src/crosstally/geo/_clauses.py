"""A place named only in a background clause ('a day after a singer was shot dead in Addis, crowds burned shops in
Shashemene') is not the event's place when the main clause names another; nor is a capital that speaks for its
government ('Kigali says 7 insurgents died').

Why: notes open with what led to the event ('after', 'following', 'a day after ...'), and extraction takes the first
place of the sentence; the event the note codes is the main clause's, and so is its place. A city before 'says' or
'claimed' is the government's voice, not where anything happened, and so is a place whose ministry or authorities
report ("Gaza's health ministry reported 2 dead": the gathering east of Khan Yunis is the place).
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
_MAIN_PLACE = re.compile(r"\b(?:in|at|near|outside|around|across|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
                         r"\s+of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?"
                         r"(?P<name>[A-Z][\w'\-]*(?:\s(?:[A-Z][\w'\-]*|al|el|de|da))*)")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
# a clause's start right before the name: the name is the clause's subject
_SUBJECT_BEFORE = re.compile(r"(?:^|[.;:,!?]|\b(?:and|but|while|whereas))[ \t]*$")
# 'Kigali says', 'Moscow claimed', 'Kinshasa denied': a place name as the subject of a speech verb
_SPEAKS = re.compile(r"[ \t]+(?:says|said|claims|claimed|reports|reported|announced|states|stated|insists|insisted|"
                     r"denies|denied|blames|blamed|accuses|accused|confirms|confirmed|maintains|maintained)\b")

# "Gaza's health ministry reported", "Ukraine's defence ministry said": an authority the place owns speaks for it
_SPEAKS_FOR = re.compile(r"['\u2019]s[ \t]+(?:[a-z]+[ \t]+){0,2}(?:ministry|government|authorities|administration)"
                         + _SPEAKS.pattern)


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


def speaks(text: str, loc: Location) -> bool:
    """Whether ``loc`` was read from a place name that is the subject of a speech verb ('Kigali says'), or the owner
    of an authority that is ("Gaza's health ministry reported"). ('according to Kigali' never reaches here: extraction
    and the country vote leave it out, ``geo._country.source_mention``.)"""
    if not loc.evidence:
        return False
    span = loc.evidence[0]
    # ('police in Nairobi said': the place of the police, told after a preposition, is no voice)
    return (_SPEAKS.match(text, span.end) is not None or _SPEAKS_FOR.match(text, span.end) is not None) \
        and _SUBJECT_BEFORE.search(text, 0, span.start) is not None


def speaker_place(text: str, loc: Location, ctx: GeoContext | None,
                  gazetteer_dir: Path | None = None) -> Location | None:
    """The place the note puts the event in, when ``loc`` was taken from a city that speaks ('Kigali says'); else
    None (also when the note names no other place: the speaker's city is then all there is)."""
    if not speaks(text, loc):
        return None
    span = loc.evidence[0]
    for p in _MAIN_PLACE.finditer(text):
        name = p.group("name")
        if span.start <= p.start("name") < span.end or fold(name) in extra_words("common_words") \
                or fold(name) == fold(loc.mention or loc.name or ""):
            continue
        # (the speaking capital is the text's only country cue: the name read without it too)
        found = geocode_name(name, ctx, gazetteer_dir=gazetteer_dir) \
            or geocode_name(name, None, gazetteer_dir=gazetteer_dir)
        if found is None or found.geonameid is None:
            continue
        found.evidence = [Span(p.start("name"), p.end("name"))]
        found.method += "+not_the_speaker"
        return found
    return None
