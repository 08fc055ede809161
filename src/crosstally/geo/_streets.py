"""Streets and roads: 'State Route 9', 'on Main Street in Dover', a road 'Kabul-Kandahar' and the place off it.

Why: a street named after a town is no mention of that town; the town it runs through is what the text says next.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Location, Span
from ._document import _SHORT_NOTE, _home_place, _text_place
from ._index import Gazetteer
from ._location import METHOD, to_location
from ._normalise import extra_words, fold
from ._phrases import _AFTER_WORD, _plain_name
from ._words import _kind_hints

if TYPE_CHECKING:
    from ._context import GeoContext


# 'W. Arkansas 32', 'Texas 71': a state's name and a route number is a state highway, not the state
_ROUTE_NUMBER = re.compile(r"[ \t]+\d{1,3}\b(?![,.:%]\d|%)(?![ \t]*(?:%|percent|people|persons|men|women|victims|"
                           r"years?|months?|days?|hours?|minutes?|times?|counties|officers)\b)")


def _state_route(gz: Gazetteer, text: str, end: int, mention: str) -> bool:
    """Whether the mention is a first-level unit's name followed by a route number ('at 2810 W. Arkansas 32').

    Why: American local news gives addresses on state highways by the state's name and the route number; the
    event is on that road in some town, not 'in Arkansas' at the state's centre.
    """
    if not _ROUTE_NUMBER.match(text, end):
        return False
    key = fold(mention)
    return any(p.kind == "admin1" and key in (fold(p.name), fold(gz.label(p))) for p in gz.lookup(mention))


_IN_AFTER_STREET = re.compile(r"[^.;!?\n]{0,12}?\bin[ \t]+(?P<name>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*)?)")


def _town_after_street(gz: Gazetteer, text: str, end: int) -> Span | None:
    """The town the text puts a street in right after it ('2810 W. Arkansas 32 in Wallace') when no gazetteer
    place answers: the name the address gives, kept as an unlisted place of the unit the story is in."""
    m = _IN_AFTER_STREET.match(text, end)
    if m is None:
        return None
    name = _plain_name(m.group("name"))
    if name is None or name != m.group("name") or any(fold(w) in _kind_hints() for w in name.split()) \
            or any(p.kind in ("country", "admin1", "admin2") and fold(p.name) == fold(name) for p in gz.lookup(name)):
        return None
    return Span(m.start("name"), m.start("name") + len(name))


METHOD_STREET_TOWN = METHOD + "+town_of_street"
# 'Interstate 71', 'I-94', 'U.S. 101', 'State Road 60', 'Highway 61': a numbered road, no place of its own
_HIGHWAY = re.compile(r"^(?:Interstate|I-|U\.?S\.?(?:[ \t]+(?:Highway|Route))?|(?:State[ \t]+)?(?:Route|Road|Highway)|"
                      r"Hwy\.?|SR|US)[ \t\-]*\d{1,3}\b")


def _is_highway(mention: str) -> bool:
    """'Interstate 71', 'I-94', 'U.S. 101': a numbered highway the tagger took for a place."""
    return _HIGHWAY.match(mention.strip()) is not None
_ON_STREET_IN = re.compile(r"[^.;!?\n]{0,12}?\b(?:in|near|outside)[ \t]+(?P<name>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2})")


def _street_town(gz: Gazetteer, text: str, end: int, ctx: GeoContext, state: int | None = None) -> Location | None:
    """The listed town the text puts a street or highway in right after naming it ('on Interstate 71 in Mason',
    'at a rest area on I-4 near Lakeland'), for an event whose place is that road.

    Why: a highway crosses many towns and the story names the road first; the town told with it is the scene,
    not the document's most named place (often the victims' home or the hospital's city). A town of the story's
    country, in the story's state when it is known (a namesake elsewhere is no evidence: 'W. Arkansas 32 in
    Wallace' is no Wallace of North Carolina), else in the state the text names most."""
    m = _ON_STREET_IN.match(text, end)
    country = ctx.hint or ctx.main_country
    if m is None or country is None:
        return None
    words = m.group("name").split()
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        if fold(name) in extra_words("common_words") or fold(name) in extra_words("time_words"):
            continue
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == country
                 and fold(p.name) == fold(name) and (state is None or p.admin1 == state)]
        if towns:
            best = max(towns, key=lambda p: (ctx.admin1_share(p.admin1), p.population))
            out = to_location(gz, best, mention=name, confidence=0.4, method=METHOD_STREET_TOWN)
            out.evidence = [Span(m.start("name"), m.start("name") + len(name))]
            return out
    return None


def _listed_street(gz: Gazetteer, text: str, start: int, end: int, mention: str,
                   ctx: GeoContext | None) -> Location | None:
    """A street or landmark of a city that ``data/gazetteer_units.yaml`` lists ('Juja Road' is in Nairobi).

    Why: in a Kenyan note 'Juja Road' or 'Ngong Road' is a Nairobi street, not the town it is named after.
    """
    m = _AFTER_WORD.match(text, end)
    phrase = mention
    if m is not None and fold(m.group("word")) in extra_words("street_words") and " and " not in m.group(0):
        phrase = text[start:m.end()]
    if phrase == mention and not (mention.split() and fold(mention.split()[-1]) in extra_words("street_words")):
        return None
    listed = [p for p in gz.lookup(phrase) if p.geonameid < 0 and p.kind == "town"
              and (ctx is None or ctx.country_share(p.country_code) >= 0.5)]
    if len(listed) != 1:
        return None
    return to_location(gz, listed[0], mention=phrase, confidence=0.5, written=listed[0].name)


_ROAD = re.compile(r"[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*)?\s?[-\u2013]\s?[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*)?"
                   r"(?=\s+(?:[Rr]oad|[Hh]ighway)\b)")


def _off_road_place(gz: Gazetteer, text: str, loc: Location, ctx: GeoContext) -> Location | None:
    """The place a short note names apart from a road's two ends, when extraction's place is one of those ends.

    Why: a road blocked 'in Kinangop' (the Nairobi-Naivasha highway there) happens in Kinangop, somewhere along the
    road; its end towns are only the road's name. With no other place named, the end stays the answer.
    """
    if not loc.evidence or len(text) > _SHORT_NOTE:
        return None
    roads = [m.span() for m in _ROAD.finditer(text)]
    span = loc.evidence[0]
    if not any(a <= span.start and span.end <= b for a, b in roads):
        return None
    masked = list(text)
    for a, b in roads:
        masked[a:b] = " " * (b - a)
    rest = "".join(masked)
    found = _text_place(gz, rest, ctx) or _home_place(gz, rest, ctx)
    if found is None or found.lat is None or found.geonameid == gz.country_by_code.get(found.country_code or ""):
        return None
    return found


METHOD_ROAD_TOWN = METHOD + "+road_first_town"
_ROAD_DASH = re.compile(r"\s?[-\u2013]\s?")


# 'the road from X to Y', 'the highway between X and Y': a road told by its two ends in words (session 34b)
_ROAD_FROM_TO = re.compile(r"\b(?:[Rr]oad|[Hh]ighway)\s+(?:from|between|linking|connecting)\s+"
                           r"(?P<a>[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*)?)\s+(?:to|and|with)\s+"
                           r"(?P<b>[A-Z][\w'\u2019]*(?: [A-Z][\w'\u2019]*)?)")


def _road_ends(text: str) -> list[tuple[Span, Span]]:
    """The two end names of every 'X-Y road' / 'X-Y highway' of the text, as spans, in text order."""
    out: list[tuple[Span, Span]] = []
    for m in _ROAD.finditer(text):
        dash = _ROAD_DASH.search(m.group(0))
        if dash is None:
            continue
        out.append((Span(m.start(), m.start() + dash.start()), Span(m.start() + dash.end(), m.end())))
    return out


def _road_ends_in_words(text: str) -> list[tuple[Span, Span]]:
    """The two end names of every 'road from X to Y' / 'road between X and Y' of the text, as spans, in text order."""
    return [(Span(m.start("a"), m.end("a")), Span(m.start("b"), m.end("b"))) for m in _ROAD_FROM_TO.finditer(text)]


def _road_end_town(gz: Gazetteer, text: str, span: Span, ctx: GeoContext) -> Location | None:
    """A road end as a town (else a county-level unit) of the document's country, evidence on its name."""
    country = ctx.hint or ctx.main_country
    name = text[span.start:span.end]
    if fold(name) in extra_words("common_words"):
        return None
    places = [p for p in gz.lookup(name) if (country is None or p.country_code == country) and p.lat is not None
              and p.kind in ("town", "admin2") and fold(p.name) == fold(name)]
    if country is None and len({p.country_code for p in places}) != 1:
        return None  # a note that names no country: only a road end that one country alone has
    if not places:
        return None
    best = max(places, key=lambda p: (p.kind == "town", ctx.admin1_share(p.admin1), p.population))
    out = to_location(gz, best, mention=name, confidence=0.4, method=METHOD_ROAD_TOWN)
    out.evidence = [span]
    return out


def _road_first_town(gz: Gazetteer, text: str, ctx: GeoContext, loc: Location | None = None) -> Location | None:
    """The first-named town of a road 'X-Y road' when the event's place is the road's second end (``loc``), or,
    for an event with no place, of the first road of the text whose ends are towns of its country.

    Why: ACLED places an incident told by its road near the road's first-named town (the 70 Kenya dev notes of
    all years that name an 'X-Y road': within 25 km of the first town 32 times, of the second 12; same admin1 37
    against 21); a town named apart from the road still wins (``_off_road_place``, and the text's own 'in/at X'
    before this fallback).
    """
    ends = _road_ends(text)
    if loc is not None:
        if not loc.evidence:
            return None
        span = loc.evidence[0]
        # 'the road from Example Town to Example Village' told in words: the first town only when the gazetteer lacks
        # the second end (a road between two listed towns may be coded at either end) (session 34b)
        told = [(a, b) for a, b in _road_ends_in_words(text) if not gz.lookup(text[b.start:b.end])]
        ends = [(a, b) for a, b in ends + told if b.start <= span.start and span.end <= b.end]
        return _road_end_town(gz, text, ends[0][0], ctx) if ends else None
    for a, b in sorted(ends + _road_ends_in_words(text), key=lambda ends: ends[0].start):
        found = _road_end_town(gz, text, a, ctx) or _road_end_town(gz, text, b, ctx)
        if found is not None:
            return found
    return None
