"""Every place a document names, for its place list (the web app's highlights, the exports' ``places``).

Why apart from the event geocoder: events choose one place with many document-level rules; this list geocodes each
mention once, so it needs its own guards against what a bare name lookup gets wrong in local news: a state
abbreviation after a town ("ROCKFORD, Ill." read as Willmar, Minnesota), a street named like a town ("Morton
Avenue" as Moreton, England) and a small town abroad that shares a word or surname ("Store", Slovenia; "Bender",
Moldova) in a document the caller placed in another country; and the name of a region no gazetteer entry stands
for ('the Gulf', 'the West': gazetteer_extra.yaml ``region_words``).
"""

from __future__ import annotations

from ..records import Location
from ._context import GeoContext
from ._index import get_gazetteer
from ._name import geocode_name
from ._namesakes import _LONE_CITY_POP
from ._normalise import extra_words, fold
from ._phrases import _ends_in_street_word
from ._states import abbreviated_state

UNRESOLVED = "crosstally.geo.unresolved.v1"


def _foreign_stray(loc: Location, context: GeoContext) -> bool:
    """A town abroad, in a document the caller placed in another country, whose country nothing else names."""
    if context.hint is None or loc.country_code in (None, context.hint) or loc.geonameid is None:
        return False
    gz = get_gazetteer()
    place = gz.places.get(loc.geonameid)
    return (place is not None and place.kind == "town" and place.population < _LONE_CITY_POP
            and context.independent_weight(place, gz) <= 0.0)


def _street_name(mention: str) -> bool:
    """'Morton Avenue', 'East Fifth Street': the mention itself ends in a street word. A name only followed by one
    keeps its place ('Florida Highway Patrol' names the state, 'Thika Road' runs to the town)."""
    if not _ends_in_street_word(mention):
        return False
    return not any(fold(p.name) == fold(mention) for p in get_gazetteer().lookup(mention))  # 'Indian Trail', NC


def geocode_mentions(text: str, mentions: list[Location], country: str | None = None) -> list[Location]:
    """Each distinct mention geocoded once, all its mentions as evidence; unresolved ones kept, marked so."""
    if not mentions:
        return []
    context = GeoContext.from_text(text, country=country)
    by_name: dict[str, Location] = {}
    for m in mentions:
        key = m.name.casefold()
        if key in by_name:
            by_name[key].evidence.extend(m.evidence)
            continue
        start = m.evidence[0].start if m.evidence else 0
        loc = abbreviated_state(m.name, text[max(0, start - 40):start])  # 'ROCKFORD, Ill.'
        if loc is None and not _street_name(m.name) and fold(m.name) not in extra_words("region_words"):
            loc = geocode_name(m.name, context)
            if loc is not None and _foreign_stray(loc, context):
                loc = None
        if loc is None:
            m.method, m.confidence = UNRESOLVED, 0.0
            by_name[key] = m
            continue
        loc.mention, loc.evidence = m.name, list(m.evidence)
        by_name[key] = loc
    return list(by_name.values())
