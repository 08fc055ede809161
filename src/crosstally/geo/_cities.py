"""Neighbourhoods and parts of cities: 'the Kangemi area of Nairobi', 'Dorchester, Boston', big city vs hamlet.

Why: a neighbourhood the gazetteer lists as a small 'town' (or not at all) is a part of the city the text names;
the event belongs to that city, not to a namesake hamlet elsewhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._anchor import km
from ._index import Gazetteer, Place
from ._namesakes import _CONTEXT_MIN_POP
from ._normalise import extra_words, fold
from ._words import _kind_hints

if TYPE_CHECKING:
    from ._context import GeoContext


_POSSESSOR = re.compile(r"(?:(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)|\b(?:city|town))['\u2019]s\s+(?:the\s+)?$")
_SECTION_OF = re.compile(r"\s+(?:neighbou?rhood|section|community)\s+of\s+(?:the\s+)?(?P<city>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)")
_CITY_MIN_POP = 100_000  # a neighbourhood is resolved only to a city this big that the document names


def _neighbourhood_city(gz: Gazetteer, text: str, start: int, end: int, ctx: GeoContext,
                        found: Place | None) -> Place | None:
    """The city a named neighbourhood belongs to: 'Philadelphia's West Oak Lane neighborhood' → Philadelphia.

    Why: local news names the neighbourhood ('the Rogers Park neighborhood', 'the city's Point Breeze section');
    the incident's town is the city around it: the possessor, the city after 'section of', or the biggest city
    the document names (near the neighbourhood when the gazetteer knows it).
    """
    # The cue may sit at another mention of the name than the one the event points at (the headline).
    names = {text[start:end]} | ({found.name} if found is not None and found.kind == "town" else set())
    spans = [(start, end)] + [(m.start(), m.end()) for n in names if len(n) >= 3
                              for m in re.finditer(re.escape(n), text)][:6]
    m = None
    cue_after = False
    country = ctx.hint or ctx.main_country

    def city(name: str) -> Place | None:
        towns = [p for p in gz.lookup(name) if p.kind == "town" and (country is None or p.country_code == country)]
        best = max(towns, key=lambda p: p.population, default=None)
        return best if best is not None and best.population >= _CITY_MIN_POP // 2 else None

    for a, b in spans:
        after = fold(text[b:b + 30]).split()
        cue_after = bool(after) and after[0] in extra_words("neighbourhood_words")
        m = _POSSESSOR.search(text[max(0, a - 40):a])
        owner = city(m.group("city")) if m and m.group("city") else None
        if m and m.group("city") and owner is None:
            m = None  # "Syria's Jableh", "Logar's council": a country or province, not a city
        if owner is not None:
            return owner
        if cue_after or m:
            end = b
            break
    else:
        return None
    sec = _SECTION_OF.match(text, end)
    if sec and (c := city(sec.group("city"))) is not None:
        return c
    named = [gz.places[g] for g in ctx.places if g in gz.places]
    named = [p for p in named if p.kind == "town" and p.population >= _CITY_MIN_POP
             and (country is None or p.country_code == country)
             and (found is None or p.geonameid not in {found.geonameid, *(q.geonameid for q in gz.lookup(found.name))})]
    # not the namesake itself, nor a city the same word names ('Zion' of Jerusalem)
    if found is not None and found.kind == "town":
        near = [p for p in named if km(p, found) <= 40.0]
        named = near or named  # none near: the gazetteer's namesake is elsewhere ('Washington Heights', NY)
    if not named and found is not None and found.kind == "town":
        return _city_beside_namesake(gz, text, found, country)
    return max(named, key=lambda p: (ctx.places.get(p.geonameid, 0.0), p.population), default=None)


_CAP_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?\b")


def _city_beside_namesake(gz: Gazetteer, text: str, found: Place, country: str | None) -> Place | None:
    """A big city (>= 100,000) the text names anywhere, even inside an institution's name ('the University of
    Chicago Medical Center'), that lies within 40 km of a namesake of the neighbourhood ('the Englewood neighborhood'
    beside Chicago's listed Englewood), when the document's context holds no big city.

    Why: a story told by a city's own outlet often names its city only in a hospital's or a university's name; the
    neighbourhood is of the city beside which the gazetteer lists a place of that name, not of a namesake town in
    another state."""
    sames = [p for p in gz.lookup(found.name) if p.kind == "town" and fold(p.name) == fold(found.name)]
    best = None
    for m in _CAP_NAME.finditer(text):
        for name in {m.group(0), m.group(0).split()[0]}:
            if fold(name) == fold(found.name):
                continue
            for p in gz.lookup(name):
                if p.kind == "town" and p.population >= _CITY_MIN_POP and fold(p.name) == fold(name) \
                        and (country is None or p.country_code == country) \
                        and any(km(p, q) <= 40.0 for q in sames) and (best is None or p.population > best.population):
                    best = p
    return best


_AREA_OF = re.compile(r"\s+(?:area|neighbou?rhood|section|district|colonia|quarter)\s+of\s+(?:the\s+)?"
                      r"(?:(?:north|south|east|west|central)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+)?"
                      r"(?P<city>[A-Z][\w\-\u00C0-\u024F]+(?: [A-Z][\w\-\u00C0-\u024F]+)?)")


_DISTRICT_POP = 100_000  # a part of a city this populous is a city of its own in all but name (Sadr City)


def _area_of_city(gz: Gazetteer, text: str, end: int, ctx: GeoContext, found: Place | None) -> Place | None:
    """'the Colinas de San Miguel area of northern Culiacán': a part of a big city (>= 100,000) the text names
    right after it is in that city, not in a namesake town elsewhere ('San Miguel', Jalisco); a city-sized district
    the gazetteer knows in or beside that city ('the Sadr City area of Baghdad') keeps its own point, a small one
    ('the Toxteth area of Liverpool', 4,000 people in GeoNames) is the city, as news coders code it."""
    m = _AREA_OF.match(text, end)
    if m is None:
        return None
    after = fold(text[m.end():m.end() + 20]).split()
    if after and _kind_hints().get(after[0]) in ("admin1", "admin2"):
        return None  # 'Shah Wali Kot district of Kandahar province': the province so named, not its capital
    country = ctx.hint or ctx.main_country
    every = [p for p in gz.lookup(m.group("city")) if p.kind == "town" and p.population >= _CITY_MIN_POP]
    towns = [p for p in every if country is None or p.country_code == country]
    # the city beside the part the gazetteer knows, whatever the text's main country ('Toxteth' beside Liverpool)
    beside = [p for p in every if found is not None and found.kind == "town" and km(found, p) <= _NEIGHBOURHOOD_KM]
    city = max(beside or towns, key=lambda p: p.population, default=None)
    if city is not None and found is not None and found.kind == "admin2" \
            and _NEIGHBOURHOOD_KM < km(found, city) < float("inf") \
            and any(p.kind == "admin1" and p.geonameid == found.admin1 for p in gz.lookup(m.group("city"))):
        return None  # 'Shah Wali Kot district of Kandahar': a listed district of the province, away from its capital
    if city is not None and found is not None and km(found, city) <= _NEIGHBOURHOOD_KM \
            and (found.population >= _DISTRICT_POP or found.geonameid == city.geonameid):
        return None
    return city


_COMMA_CITY = re.compile(r",[ \t]+(?P<city>[A-Z][\w\-\u00C0-\u024F]+(?:[ \t][A-Z][\w\-\u00C0-\u024F]+)?)\b")


def _comma_city(gz: Gazetteer, text: str, end: int, found: Place | None) -> Place | None:
    """'in Toxteth, Liverpool': a small place told with the much bigger city around it (within 20 km, four times
    its people) is a part of that city, coded by the city as news coders do ('in Moss Side, Manchester')."""
    m = _COMMA_CITY.match(text, end)
    if m is None or found is None or found.kind != "town" or found.population >= _DISTRICT_POP:
        return None
    after = fold(text[m.end():m.end() + 20]).split()
    if after and _kind_hints().get(after[0]) in ("admin1", "admin2"):
        return None  # 'Othaya, Nyeri county': the county the town lies in, not the county town
    cities = [p for p in gz.lookup(m.group("city")) if p.kind == "town" and p.country_code == found.country_code
              and p.population >= 4 * max(found.population, 1) and km(p, found) <= _NEIGHBOURHOOD_KM]
    city = max(cities, key=lambda p: p.population, default=None)
    if city is not None and found.geonameid > 0 and city.population < _COUNTY_TOWN_POP and any(
            p.kind == "admin1" and p.geonameid == found.admin1 for p in gz.lookup(m.group("city"))):
        return None  # 'Othaya, Nyeri': a town GeoNames lists, told with its own county (Nyeri town is its seat)
    return city


_COUNTY_TOWN_POP = 500_000  # a seat this big is the city a part is told with ('Kibera, Nairobi'), not a county


_HAMLET_POP = 5_000  # a namesake this small, in a state the text never names, is likely a part of the text's city


def _big_city_over_hamlet(gz: Gazetteer, place: Place | None, ctx: GeoContext, text: str = "") -> Place | None:
    """'a Whitehaven park ... Memphis police': a small town of another state that shares a neighbourhood's name
    loses to the big city (>= 150,000) the document names, when the text says nothing of the small town's state."""
    if place is None or place.kind != "town" or place.population >= _HAMLET_POP:
        return None
    county = gz.places.get(place.admin2) if place.admin2 is not None else None
    if county is not None and text and re.search(rf"\b{re.escape(county.name)}\b", text):
        return None  # 'Ballyjamesduff, County Cavan': the text names the small town's own county
    cities = [gz.places[g] for g in ctx.places if g in gz.places]
    cities = [p for p in cities if p.kind == "town" and p.population >= _BIG_CITY
              and p.country_code == place.country_code and p.admin1 != place.admin1]
    cities = [p for p in cities if not (text and _only_taken_to(text, p.name))]
    city = max(cities, key=lambda p: (ctx.places.get(p.geonameid, 0.0), p.population), default=None)
    if city is None or ctx.admin1.get(place.admin1, 0.0) >= ctx.admin1.get(city.admin1, 0.0):
        return None
    return city


# "they were flown to Dushanbe", "taken to a hospital in Accra": where people were moved afterwards
_TAKEN_TO_BEFORE = re.compile(r"\b(?:taken|flown|airlifted|rushed|transported|transferred|moved|evacuated|driven|"
                              r"deported|sent)\s+(?:[\w\-]+\s+){0,3}?to\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}?"
                              r"(?:in\s+)?$", re.I)


def _only_taken_to(text: str, name: str) -> bool:
    """Whether the text names the city only as where people were moved to ('detained five men in Vanj ... flown to
    Dushanbe'): such a city is no part of the story's place, and a small town told with it keeps its own name."""
    spots = [m.start() for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text)]
    return bool(spots) and all(_TAKEN_TO_BEFORE.search(text[max(0, a - 60):a]) for a in spots)


def _big_city_abroad(gz: Gazetteer, place: Place | None, ctx: GeoContext) -> Place | None:
    """'Cota 905 ... Caracas': a small town abroad (< 50,000) that shares a neighbourhood's name loses to the big
    city (>= 150,000) the document names in another country, when the text names nothing else of the small town's
    country. Why: the city and country the text names outweigh a far namesake that only shares one word."""
    if place is None or place.kind != "town" or place.population >= _CONTEXT_MIN_POP or ctx.hint is not None:
        return None
    if ctx.independent_weight(place, gz) > 0.0:
        return None
    cities = [gz.places[g] for g in ctx.places if g in gz.places]
    same = {q.geonameid for q in gz.lookup(place.name)}  # 'Zion' itself put Jerusalem in the context
    cities = [p for p in cities if p.kind == "town" and p.population >= _BIG_CITY and p.geonameid not in same
              and p.country_code != place.country_code and ctx.independent_weight(p, gz) >= 0.0]
    return max(cities, key=lambda p: (ctx.places.get(p.geonameid, 0.0), p.population), default=None)


_NEIGHBOURHOOD_KM = 20.0  # a much smaller "town" this close to the anchor city is one of its neighbourhoods
_BIG_CITY = 150_000
