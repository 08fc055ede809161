"""Writing a gazetteer place as a Location: the method names and the name as the text wrote it.

Why: every rule ends by turning a Place into the record's Location; one writer keeps names ASCII, admin units
consistent and the method string saying which rule decided.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..records import Location, Span
from ._index import Gazetteer, Place
from ._normalise import acled_admin1, acled_admin2, ascii_name, fold, name_key
from ._phrases import _POSSESSIVE
from ._words import _listed

METHOD = "crosstally.geo.geonames.v1"
METHOD_SALIENT = "crosstally.geo.geonames.v1+document_place"
METHOD_REGION = "crosstally.geo.geonames.v1+named_region"


# the particle that joins a town's common name to the rest of its official long name ('Coalcoman de Vazquez
# Pallares', 'Tlajomulco de Zuniga')
_LONG_FORM_TAIL = re.compile(r" (?:de|del|de la|de los|de las|do|da|dos|das) ")


# a unit word closing a place's name ('Meru County', 'Kopsiro Division'), written capitalised ('District' stays:
# 'in Hawija district' keeps 'Hawija District', test_geo_news_places)
_UNIT_WORD_AFTER = re.compile(r"(?<=\w) (?:County|Sub[ \-]?County|Sub[ \-]?county|Division|Constituency|District)$")


def _written_name(gz: Gazetteer, place: Place, part: str) -> str | None:
    """The mention as written ('Tartous', 'Jableh') when it is an exact, ASCII spelling of ``place``."""
    words = part.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()  # "Qalat city", "Kanda area"
    if len(words) > 1 and words[-1] in ("Township", "Borough", "Town") and not place.name.endswith(words[-1]):
        # "Cheltenham Township": the municipality GeoNames names "Cheltenham"; "Embu Town": the town, as ACLED
        # writes it (session 32; "Cape Town" keeps its word)
        words.pop()
    name = _POSSESSIVE.sub("", " ".join(words)).strip(" -")
    if not name or not name.isascii() or not any(ch.isalpha() for ch in name):
        return None
    named = {p.geonameid for p in gz.lookup(name)}
    if place.geonameid not in named:
        return None
    if place.admin2 is not None and place.admin2 in named:
        return name  # a district's seat told by the district's name ('Almar' for Alaqahdari-ye Almar)
    own = name_key(place.name)
    if _LONG_FORM_TAIL.match(fold(place.name), len(fold(name))) and fold(place.name).startswith(fold(name)) \
            and len(name) >= 5:
        # the town's common name before the particle of its official long one ('Coalcoman' for Coalcoman de Vazquez
        # Pallares): the name the text and ACLED write (session 32)
        return name.title() if name.isupper() else name
    if fuzz.ratio(name_key(name), own) < 70 and (
            len(name) < 5 or own.startswith(name_key(name)[:3]) or fold(name) in fold(place.name).split()):
        # an abbreviation or nickname ('Ind' for Indianapolis, 'Philly', 'Vegas'): the place's own name reads
        # better; another full name of the town ('Adama' for GeoNames' Nazret) is the one the text uses
        return None
    return name.title() if name.isupper() and len(name) > 3 else name


def _written_variant(gz: Gazetteer, place: Place, part: str) -> str | None:
    """The mention as written ('Al-Shaddadi') when it is a variant spelling of ``place`` (GeoNames: 'Shadadi').

    Why: ACLED and the reports spell the name their way; the gazetteer's other transliteration reads as
    another place to whoever compares the rows.
    """
    words = part.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
    name = _POSSESSIVE.sub("", " ".join(words)).strip(" -")
    if not name or not name.isascii() or not name[:1].isupper():
        return None
    if place.geonameid not in {p.geonameid for p in gz.lookup_variant(name)} and (
            place.admin2 is None or place.admin2 not in {p.geonameid for p in gz.lookup(name)}):
        return None  # (a district's seat named after it, 'Almar' for Alaqahdari-ye Almar, keeps the written name)
    return name


def to_location(gz: Gazetteer, place: Place, *, near: bool = False, mention: str = "",
                confidence: float = 0.0, method: str = METHOD, written: str | None = None) -> Location:
    """A filled :class:`Location` for a gazetteer place; names in plain ASCII (the written alias first)."""
    a1 = gz.places.get(place.admin1) if place.admin1 is not None else None
    a2 = gz.places.get(place.admin2) if place.admin2 is not None else None
    if place.kind == "admin1":
        a1 = place
    elif place.kind == "admin2":
        a2 = place
    if place.country_code in _listed("admin1_is_admin2") and place.kind in ("town", "admin2") and a2 is not None:
        a1 = a2  # Uganda: ACLED's admin1 is the district (GeoNames' admin2), not the region
    precision = {"town": 2 if near else 1, "admin2": 2, "admin1": 3, "country": 3}[place.kind]
    lat, lon = place.lat, place.lon
    if lat is None and a1 is not None and a1.lat is not None:
        lat, lon, precision = a1.lat, a1.lon, 3  # a district without known coordinates: its province's point
    if written and place.kind == "admin2" and str(place.geonameid) in _listed("admin2_display"):
        written = None  # ACLED's own spelling of the district ('Nad-e Ali') over the text's ('Nad Ali district')
    seat = gz.seat_names.get(place.geonameid) if place.kind == "admin1" and not written else None
    name = ascii_name(written or seat or (gz.label(place) if place.kind == "town" else acled_admin1(gz.label(place))
                                          if place.kind == "admin1" else acled_admin2(gz.label(place))))
    if place.country_code != "US":
        # 'Meru County', 'Muhoroni Sub County', 'Hawija District': ACLED's location column names the place without
        # its unit word; a district is told by the precision code (2), not by its name (session 32; US counties keep
        # theirs, 'Harris County')
        name = _UNIT_WORD_AFTER.sub("", name) or name
    return Location(
        name=name,
        admin1=acled_admin1(ascii_name(gz.label(a1))) if a1 is not None else None,
        admin2=acled_admin2(ascii_name(gz.label(a2))) if a2 is not None else None,
        country=gz.country_name(place.country_code),
        country_code=place.country_code,
        lat=lat,
        lon=lon,
        geonameid=place.geonameid if place.geonameid > 0 else None,  # < 0: a unit of gazetteer_units.yaml
        precision=precision,
        mention=mention,
        method=method,
        confidence=confidence,
    )


def _town_at(gz: Gazetteer, towns: list[Place], mention: str, start: int, end: int, confidence: float,
             method: str) -> Location:
    """The most populous of ``towns`` as a Location whose evidence is the name's own span.

    Why: the sentence, lede, 'town of' and police-force rules all end the same way once they have a name's towns:
    the biggest namesake, told where the text wrote it."""
    out = to_location(gz, max(towns, key=lambda p: p.population), mention=mention, confidence=confidence,
                      method=method)
    out.evidence = [Span(start, end)]
    return out


METHOD_UNLISTED = METHOD + "+unlisted_place"


METHOD_DATELINE = METHOD + "+dateline_town"  # a town the story's dateline or outlet names
