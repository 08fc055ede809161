"""US local news: consolidated city-county governments, wire slugs, and a spot the gazetteer lacks told with a
town's police.

Why: 'Athens-Clarke County police', 'Metro Nashville police' and 'Augusta-Richmond County' name a city through its
government, whose county part is a namesake elsewhere (Richmond, Virginia; Clarke County, Alabama); agency copy
may keep only its slug ('OH-CANTON-SHOOTING') as a dateline; and a park, a school or a store the gazetteer lacks
lies in the town whose own police work the case ('at Overton Park ... Memphis police said'). News coders give the
city in all three.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Location
from ..vocab import load_vocab
from ._anchor import _abbreviations
from ._index import Gazetteer, Place
from ._location import METHOD, METHOD_UNLISTED, _town_at
from ._normalise import extra_words, fold
from ._us import police_towns

METHOD_CITY_COUNTY = METHOD + "+city_county"
METHOD_UNLISTED_POLICE = METHOD + "+unlisted_in_police_town"


@lru_cache(maxsize=1)
def _governments() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """The governments' names as one pattern ('Athens-Clarke', 'Athens – Clarke', 'athens clarke'), and each
    folded name's city and state."""
    entries = load_vocab("us_city_counties")["entries"].get("governments") or {}
    govs = {fold(str(k).replace("-", " ")): (str(v[0]), str(v[1])) for k, v in entries.items()}
    alts = []
    for name in sorted((str(k) for k in entries), key=len, reverse=True):
        parts = [re.escape(w) for w in re.split(r"[\s\-]+", name)]
        alts.append(r"[ \t]*(?:-|\u2013|\u2014)?[ \t]*".join(parts))
    return re.compile(rf"(?<![\w\-])(?:{'|'.join(alts) or '(?!x)x'})(?![\w])", re.I), govs


def _state_of(gz: Gazetteer, p: Place) -> str:
    return fold(gz.label(gz.places[p.admin1])) if p.admin1 in gz.places else ""


def _government_city(gz: Gazetteer, text: str) -> tuple[Place, re.Match[str]] | None:
    """The city of the first consolidated government the text names, with that name's match."""
    rx, govs = _governments()
    for m in rx.finditer(text):
        key = fold(re.sub(r"[\s\-\u2013\u2014]+", " ", m.group(0)))
        if key not in govs:
            continue
        city, state = govs[key]
        towns = [p for p in gz.lookup(city) if p.kind == "town" and p.country_code == "US"
                 and fold(p.name) == fold(city) and _state_of(gz, p) == fold(state)]
        if towns:
            return max(towns, key=lambda p: p.population), m
    return None


def _names_state(gz: Gazetteer, text: str, place: Place) -> bool:
    """Whether the text names ``place``'s state, in words ('Wisconsin') or as ', Wis.' / ', WI'."""
    state = gz.places.get(place.admin1) if place.admin1 is not None else None
    if state is None:
        return False
    if re.search(rf"(?<![\w]){re.escape(gz.label(state))}(?![\w])", text):
        return True
    abbrs = [a for a, (cc, gid) in _abbreviations().items() if cc == "US" and gid == state.geonameid and len(a) >= 2]
    return any(re.search(rf",[ \t]+{re.escape(a)}(?![\w])", text) for a in abbrs)


def consolidated_city(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """The city of a consolidated city-county government the text names ('Athens-Clarke County police said'),
    when the event's place says less or is a namesake of the government's parts; else None.

    Why: the government's name is the city's ('Augusta-Richmond County' is Augusta), so its own county, its state,
    a street or spot the gazetteer lacks, and a town elsewhere named like one of its parts ('Richmond', Virginia;
    'Man', Ivory Coast, read from 'Man wounded') are weaker answers. A separate town of the same state the event
    was placed in ('in Hephzibah') is kept: it is finer, and inside the consolidated county or not, it is the text's;
    so is a town of another state the text names that state for ('Madison, Wis.'), but a namesake told without its
    state ('in Madison, Metro Nashville police said': Wisconsin's Madison) is the government's city.
    """
    hit = _government_city(gz, text)
    if hit is None:
        return None
    city, m = hit
    parts = set(fold(m.group(0)).replace("-", " ").split())
    if loc is not None and loc.geonameid is not None:
        place = gz.places.get(loc.geonameid)
        if place is None or place.geonameid == city.geonameid:
            return None
        if place.kind == "town":
            if place.country_code == "US" and (place.admin1 == city.admin1 or (
                    fold(place.name) not in parts and _names_state(gz, text, place))):
                return None  # a town of its own ('in Hephzibah'), or another state's town told with its state
        elif place.kind == "admin2":
            if place.admin1 == city.admin1 and place.geonameid != city.admin2:
                return None  # a neighbouring county of the same state: the text's own answer
        elif place.kind == "admin1":
            if place.geonameid != city.admin1:
                return None
        elif place.kind != "country":
            return None
    elif loc is not None and loc.country_code not in (None, "US"):
        return None
    return _town_at(gz, [city], m.group(0), m.start(), m.end(), 0.5, METHOD_CITY_COUNTY)


def unlisted_police_town(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """The town whose own police work the case ('Memphis police said'), when the event's place is a spot the
    gazetteer lacks ('Overton Park', 'Rickards High School') put at its state's point or at none; else None.

    Why: a park, school or store is told first and its city only later, through the police; a spot without a
    town says only the state. Only one state's town counts: the spot's state when known."""
    if loc is None or loc.geonameid is not None or loc.method != METHOD_UNLISTED \
            or loc.country_code not in (None, "US") or loc.precision < 2:
        return None
    state = fold(loc.admin1 or "")
    for part, start, end in police_towns(text):
        if len(part) < 4 or fold(part) in extra_words("common_words"):
            continue
        towns = [p for p in gz.lookup(part) if p.kind == "town" and p.country_code == "US"
                 and fold(p.name) == fold(part) and (not state or _state_of(gz, p) == state)]
        if towns and (state or len({p.admin1 for p in towns}) == 1):
            near = _at_town_point(gz, loc, towns)
            if near:
                return None  # the spot already sits at that town's point
            return _town_at(gz, towns, part, start, end, 0.4, METHOD_UNLISTED_POLICE)
    return None


def _at_town_point(gz: Gazetteer, loc: Location, towns: list[Place]) -> bool:
    return loc.lat is not None and loc.lon is not None and any(
        p.lat is not None and p.lon is not None and abs(p.lat - loc.lat) < 1e-3 and abs(p.lon - loc.lon) < 1e-3
        for p in towns)


METHOD_SLUG = METHOD + "+wire_slug_town"
_SLUG = re.compile(r"[ \t]*(?P<state>[A-Z]{2})-(?P<rest>[A-Z][A-Z'.]*(?:-[A-Z][A-Z'.]*){1,5})[ \t]*(?:\n|$)")


def _slug_town(gz: Gazetteer, text: str) -> tuple[Place, int, int] | None:
    """The town of a wire slug on the text's first line ('OH-CANTON-SHOOTING', 'NC-ROCKY-MOUNT-SHOOTING'): a state's
    postal code, then the longest run of words that is a town of that state (the last word is the topic)."""
    m = _SLUG.match(text)
    if m is None:
        return None
    state = _abbreviations().get(m.group("state"))
    if state is None or state[0] != "US":
        return None
    words = m.group("rest").split("-")
    for k in range(len(words) - 1, 0, -1):
        name = " ".join(words[:k])
        towns = [p for p in gz.lookup(name) if p.kind == "town" and p.admin1 == state[1] and fold(p.name) == fold(name)]
        if towns and fold(name) not in extra_words("common_words"):
            return max(towns, key=lambda p: p.population), m.start("rest"), m.start("rest") + len("-".join(words[:k]))
    return None


def slug_town(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """The town a wire slug names ('OH-LORAIN-SHOOTING'), when the event's place is vaguer than a town (its county,
    its state, the country, a spot at no town's point) or a namesake in another state; else None.

    Why: agency copy keeps the slug as its only dateline, and the body then says only 'the city's police' and the
    county; a slug is the desk's own statement of the story's town, as a dateline is. A town of the slug's state
    the text places the event in is kept: it is finer."""
    hit = _slug_town(gz, text)
    if hit is None:
        return None
    town, a, b = hit
    place = gz.places.get(loc.geonameid) if loc is not None and loc.geonameid is not None else None
    if place is not None:
        if place.geonameid == town.geonameid or (place.kind == "town" and place.admin1 == town.admin1) \
                or (place.kind == "admin2" and place.geonameid != town.admin2) \
                or (place.kind == "admin1" and place.geonameid != town.admin1):
            return None
    elif loc is not None and (loc.country_code not in (None, "US") or _at_town_point(gz, loc, [town])):
        return None
    return _town_at(gz, [town], town.name, a, b, 0.45, METHOD_SLUG)


def town_level_us(gz: Gazetteer, text: str, loc: Location | None) -> Location | None:
    """The consolidated government's city, else the slug's town, else the spot's police town (see the rules)."""
    return consolidated_city(gz, text, loc) or slug_town(gz, text, loc) or unlisted_police_town(gz, text, loc)

