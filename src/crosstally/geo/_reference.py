"""Towns measured from a reference: 'about 60 miles south of Nairobi', 'X, 40 km north of Y'.

Why: the town before the distance is the event's; the city after it is only a landmark.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Location, Span
from ._anchor import km
from ._index import Gazetteer, Place
from ._location import METHOD, METHOD_UNLISTED, _written_name, to_location
from ._normalise import extra_words, fold
from ._phrases import _plain_name
from ._words import _demonyms

_UNIT_AFTER = re.compile(r"\s+(?:region|province|state|county|district|governorate|department)\b", re.I)
METHOD_REFERENCE = METHOD + "+town_before_reference"
# (and the capitals monitors abbreviate them to: 'Turmus Ayya, NE of Ramallah')
_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|(?-i:[NS][EW]?|[EW]))"
_DIRECTION_ABBR = re.compile(r"(?:[NS][EW]?|[EW])[ \t]+of[ \t]+(?=[A-Z])")
# 'Nur Shams camp, east of Tulkarm', 'the Ain Zara front south of Tripoli': a lower-case word for a part of a town
# or a camp after the name (the comma may then be left out); a camp keeps its word in the name, as ACLED writes it
_PART_WORDS = r"(?:refugee[ \t]+)?camp|front|quarter|neighbou?rhood|suburb"
_KEPT_PART = re.compile(r"(?:refugee[ \t]+)?(?P<word>camp)$", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one|another)[ \t]+$", re.I)
_VARIANT_KM = 50.0  # a town matched only by its spelling variant must lie this close to the reference city
_REFERENCE_KM = 250.0  # 'about 60 miles south of X': the town told is this close to the city it is measured from


@lru_cache(maxsize=1)
def _reference_rx() -> re.Pattern[str]:
    """'<Town>, a city about 30 miles east of ' / '<Town>, just west of ' / '<Town>, just outside ' right before a
    reference city."""
    kinds = "|".join(sorted((re.escape(w) for w in extra_words("municipality_words")), key=len, reverse=True))
    return re.compile(
        r"(?<![\w'\-])(?P<name>[A-Z][a-z][\w'\-]*(?:[ \t][A-Z][a-z][\w'\-]*){0,2})"
        rf"(?:[ \t]+(?P<part>{_PART_WORDS})(?:,[ \t]+|[ \t]+)|,[ \t]+)(?i:"
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
    a = max(0, start - 90) + m.start("name")
    written = None
    if not towns:
        # 'at Al Harsha, west of Zawiya': a spelling the variant index holds (GeoNames' Al Hurshah) of a town near the
        # reference city, which keeps the name the text writes
        towns = [p for p in gz.lookup_variant(name) if p.kind == "town" and p.country_code == ref.country_code
                 and p.geonameid != ref.geonameid and km(p, ref) <= _VARIANT_KM]
        written = _plain_name(name) or name if towns else None
    if not towns:
        if _INDEFINITE_BEFORE.search(window, 0, m.start("name")) is not None:
            return None  # 'an Al Shabaab camp near Takaba': a camp of a group, no place of that name
        return _unlisted_by_reference(gz, name, m.group("part"), a, ref, loc)
    best = max(towns, key=lambda p: (p.admin1 == ref.admin1, p.population))
    out = to_location(gz, best, mention=name, confidence=min(loc.confidence or 0.5, 0.6), method=METHOD_REFERENCE,
                      written=written or _written_name(gz, best, name))
    out.evidence = [Span(a, a + len(name))]
    return out


def _unlisted_by_reference(gz: Gazetteer, name: str, part: str | None, start: int, ref: Place,
                           loc: Location) -> Location | None:
    """A camp or a part of a town the gazetteer lacks, told by its direction from the event's town ('in Nur Shams
    camp, east of Tulkarm', 'on the Ain Zara front south of Tripoli'): that name at the town's point (precision 2,
    as ACLED codes the camp or quarter), in the town's units; None in the US (every post-office town is listed, a
    name the gazetteer lacks is a spot), for a name listed anywhere in the town's country, or a name with no part
    word that the gazetteer lists elsewhere ('Lebanon, east of Nashville' is no unlisted place).

    Why: the town after 'of' only measures where the place is; placing the event at the town loses the camp that
    ACLED codes as a place of its own.
    """
    own = _plain_name(name)
    if own is None or ref.country_code == "US" or name in _demonyms() \
            or fold(own.split()[-1]) in extra_words("landmark_words") | extra_words("street_words"):
        return None
    listed = gz.lookup(own) + gz.lookup_variant(own)
    if any(p.country_code == ref.country_code for p in listed) or (part is None and listed):
        return None
    kept = _KEPT_PART.search(part or "")
    written = f"{own} {kept.group('word').title()}" if kept is not None else own
    at = to_location(gz, ref, near=True, mention=name)
    out = Location(name=written, admin1=at.admin1, admin2=at.admin2, country=at.country,
                   country_code=at.country_code, lat=at.lat, lon=at.lon, geonameid=None,
                   precision=max(2, at.precision), mention=name, method=METHOD_UNLISTED,
                   confidence=min(loc.confidence or 0.5, 0.3))
    out.evidence = [Span(start, start + len(name))]
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
