"""Towns measured from a reference: 'about 60 miles south of Nairobi', 'X, 40 km north of Y'.

Why: the town before the distance is the event's; the city after it is only a landmark.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Location, Span
from ._anchor import km
from ._index import Gazetteer
from ._location import METHOD, _written_name, to_location
from ._normalise import extra_words, fold

_UNIT_AFTER = re.compile(r"\s+(?:region|province|state|county|district|governorate|department)\b", re.I)
METHOD_REFERENCE = METHOD + "+town_before_reference"
# (and the capitals monitors abbreviate them to: 'Turmus Ayya, NE of Ramallah')
_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|(?-i:[NS][EW]?|[EW]))"
_DIRECTION_ABBR = re.compile(r"(?:[NS][EW]?|[EW])[ \t]+of[ \t]+(?=[A-Z])")
_REFERENCE_KM = 250.0  # 'about 60 miles south of X': the town told is this close to the city it is measured from


@lru_cache(maxsize=1)
def _reference_rx() -> re.Pattern[str]:
    """'<Town>, a city about 30 miles east of ' / '<Town>, just west of ' / '<Town>, just outside ' right before a
    reference city."""
    kinds = "|".join(sorted((re.escape(w) for w in extra_words("municipality_words")), key=len, reverse=True))
    return re.compile(
        r"(?<![\w'\-])(?P<name>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2}),[ \t]+(?i:"
        rf"(?:(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){{0,2}}?(?:{kinds})[ \t]+)?"
        r"(?:(?:about|some|roughly|nearly|around|just|only|less[ \t]+than|more[ \t]+than)[ \t]+)?"
        r"(?:\d[\d,.]*[ \t]*-?[ \t]*(?:miles?|kilomet(?:er|re)s?|km)[ \t]+)?"
        rf"(?:(?:to[ \t]+the[ \t]+)?{_DIRECTION}[ \t]+of|outside(?:[ \t]+of)?|near)[ \t]+(?:downtown[ \t]+)?)$")


def _reference_town(gz: Gazetteer, text: str, loc: Location) -> Location | None:
    """The town told before a reference city ('in Lebanon, a city about 30 miles east of Nashville', 'in Irving,
    a suburb west of Dallas'), when the event's place is that reference city; else None.

    Why: news places a smaller town by its distance and direction from a city readers know; the city after 'of'
    only measures where the town is. The town must lie near that city (a namesake far off is no such town).
    """
    if not loc.evidence or loc.geonameid is None or not text:
        return None
    start = loc.evidence[0].start
    abbr = _DIRECTION_ABBR.match(text, start)
    if abbr is not None:  # the mention is the direction itself ('NE' of 'NE of Ramallah'): measure from the city
        start = abbr.end()
    window = text[max(0, start - 90):start]
    if "," not in window:
        return None
    m = _reference_rx().search(window)
    ref = gz.places.get(loc.geonameid)
    if m is None or ref is None or ref.kind not in ("town", "admin2"):
        return None
    name = m.group("name")
    if fold(name) in extra_words("common_words") or fold(name) in extra_words("time_words"):
        return None
    # the name as GeoNames files it, or another listed spelling of it ('Turmus Ayya' for Turmus'ayya)
    towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == ref.country_code
             and (fold(p.name) == fold(name) or _written_name(gz, p, name) is not None)
             and p.geonameid != ref.geonameid and km(p, ref) <= _REFERENCE_KM]
    if not towns and ref.country_code == "US" and ref.admin1 is not None and len(name) >= 4:
        towns = [p for p in gz.lookup_postal(name, ref.admin1) if fold(p.name) == fold(name)
                 and km(p, ref) <= _REFERENCE_KM]
    if not towns:
        return None
    best = max(towns, key=lambda p: (p.admin1 == ref.admin1, p.population))
    out = to_location(gz, best, mention=name, confidence=min(loc.confidence or 0.5, 0.6), method=METHOD_REFERENCE,
                      written=_written_name(gz, best, name))
    a = max(0, start - 90) + m.start("name")
    out.evidence = [Span(a, a + len(name))]
    return out


@lru_cache(maxsize=1)
def _reference_after_rx() -> re.Pattern[str]:
    """', an unincorporated community north of ' / ', a suburb just west of ' right after a town's name, then the
    reference city."""
    kinds = "|".join(sorted((re.escape(w) for w in extra_words("municipality_words")), key=len, reverse=True))
    return re.compile(
        r",[ \t]+(?i:(?:a|an|the)[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?:" + kinds + r")[ \t]+"
        r"(?:(?:about|some|roughly|nearly|around|just|only|less[ \t]+than|more[ \t]+than)[ \t]+)?"
        r"(?:\d[\d,.]*[ \t]*-?[ \t]*(?:miles?|kilomet(?:er|re)s?|km)[ \t]+)?"
        rf"(?:(?:to[ \t]+the[ \t]+)?{_DIRECTION}[ \t]+of|outside(?:[ \t]+of)?|near)[ \t]+(?:downtown[ \t]+)?)"
        r"(?P<ref>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2})")


def _town_told_by_reference(gz: Gazetteer, text: str, loc: Location) -> Location | None:
    """The event's own town when the text places it by a reference city right after it ('in Powell, an
    unincorporated community north of Knoxville'), and the answer is not already that town; else None.

    Why: the phrase says the named place is a town of its own near the city (not a part of it, not a namesake
    elsewhere), even when the gazetteer lists it only as a post office of the city's state.
    """
    if not loc.evidence or not text:
        return None
    span = loc.evidence[0]
    name = text[span.start:span.end]
    m = _reference_after_rx().match(text, span.end)
    if m is None or not name[:1].isupper() or fold(name) in extra_words("common_words"):
        return None
    refs = [p for p in gz.lookup(m.group("ref")) if p.kind == "town" and fold(p.name) == fold(m.group("ref"))]
    if loc.country_code:
        refs = [p for p in refs if p.country_code == loc.country_code] or refs
    ref = max(refs, key=lambda p: p.population, default=None)
    if ref is None:
        return None
    towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == ref.country_code
             and fold(p.name) == fold(name) and p.geonameid != ref.geonameid and km(p, ref) <= _REFERENCE_KM]
    if ref.country_code == "US" and ref.admin1 is not None and len(name) >= 4 \
            and not any(p.admin1 == ref.admin1 for p in towns):  # the city's own state before a namesake across a line
        towns = [p for p in gz.lookup_postal(name, ref.admin1) if fold(p.name) == fold(name)
                 and km(p, ref) <= _REFERENCE_KM] or towns
    best = max(towns, key=lambda p: (p.admin1 == ref.admin1, p.population), default=None)
    if best is None or best.geonameid == loc.geonameid:
        return None
    out = to_location(gz, best, mention=name, confidence=min(loc.confidence or 0.5, 0.6), method=METHOD_REFERENCE)
    out.evidence = [Span(span.start, span.end)]
    return out
