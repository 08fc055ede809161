"""County and township phrases: 'Polk County', 'Co. Kerry', 'Kerry' for the county, 'Lower Merion Township'.

Why: a county or township shares its name with towns in and out of it; the phrase's form says which is meant.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Location
from ._index import Gazetteer, Place
from ._location import METHOD_UNLISTED, to_location
from ._name_forms import _county_phrase, _written_out
from ._namesakes import _container_ids_all
from ._normalise import fold

if TYPE_CHECKING:
    from ._context import GeoContext


_IRISH_COUNTY = re.compile(r"^(?:County|Co\.?)\s+[A-Z][a-z]+$")


def _short_form_county(gz: Gazetteer, part: str) -> str:
    """'St. Louis County' → 'Saint Louis County' when GeoNames lists the county only by its full spelling.

    Why: the short form's key drops 'County' and finds the city of St. Louis, a town outside the county the
    story's police name."""
    longer = _written_out(part)
    if longer is None or _county_phrase(gz, part):
        return part
    return longer if _county_phrase(gz, longer) else part


def _namesake_holding(gz: Gazetteer, part: str, unit: Place) -> Place:
    """The namesake of ``unit`` that holds a place called ``part``: 'Cheltenham Township, Montgomery County' is
    Pennsylvania's Montgomery County (where a Cheltenham lies), not Alabama's, the first of thirteen.

    Why: a county or district name shared across states says nothing alone; the town named with it picks which.
    """
    if unit.kind not in ("admin1", "admin2"):
        return unit
    inner = [p for p in gz.lookup(part) if p.kind in ("town", "admin2") and p.country_code == unit.country_code]
    if not inner or any(unit.geonameid in (p.admin1, p.admin2) for p in inner):
        return unit
    same = [u for u in gz.lookup(unit.name) if u.kind == unit.kind and fold(u.name) == fold(unit.name)
            and u.country_code == unit.country_code and u.geonameid != unit.geonameid
            and any(u.geonameid in (p.admin1, p.admin2) for p in inner)]
    return same[0] if len(same) == 1 else unit


_TOWNSHIP = re.compile(r"^(?P<name>[A-Z].*?)\s+(?:Township|Twp\.?)$", re.I)


def _township(gz: Gazetteer, parts: list[str], containers: list[Place], context: GeoContext | None,
              mention: str) -> Location | None:
    """'Cheltenham Township', 'Hamilton Township, Mercer County': an American township, never a namesake abroad.

    Why: 'Township' is the US civil unit of Pennsylvania, New Jersey, Michigan or Ohio news; its key drops the word
    and finds England's Cheltenham or the state's county. The town of that name in the county told with it, else
    the township's own name at that county's point (cities500 lists few townships), else the US town of that name.
    """
    m = _TOWNSHIP.match(parts[0])
    if m is None:
        return None
    name = m.group("name")
    us = [c for c in containers if c.country_code == "US"]
    if containers and not us:
        return None
    towns = [p for p in gz.lookup(name) if p.kind == "town" and p.country_code == "US" and fold(p.name) == fold(name)]
    if us:
        listed = towns + [p for p in gz.lookup_postal(name) if fold(p.name) == fold(name)]
        inside = [p for p in listed if _container_ids_all(us) & set(gz.ancestors(p))]
        if not inside and us[0].kind == "admin2":  # 'Delaware County' of Ohio first: the namesake holding the town
            twins = {u.geonameid for u in gz.lookup(us[0].name) if u.kind == "admin2" and u.country_code == "US"
                     and fold(u.name) == fold(us[0].name)}
            held = [p for p in listed if p.admin2 in twins]
            inside = held if len({p.admin2 for p in held}) == 1 else []
        if inside:
            return to_location(gz, max(inside, key=lambda p: p.population), mention=mention, confidence=0.6,
                               written=name)
        unit = us[0]
        inner = to_location(gz, unit, near=True, mention=mention)
        return Location(name=name, admin1=inner.admin1, admin2=inner.admin2 if unit.kind == "admin2" else None,
                        country=inner.country, country_code=inner.country_code, lat=inner.lat, lon=inner.lon,
                        geonameid=None, precision=2, mention=mention, method=METHOD_UNLISTED, confidence=0.45)
    share = context.admin1_share if context is not None else (lambda gid: 0.0)
    if not towns:
        if len(parts) > 1 or (context is not None and any(w > 0 and cc != "US" for cc, w in context.countries.items())):
            return None
        # 'in Lower Merion Township' alone: the township's own name, in the state the story names, else the US
        states = [gz.places[g] for g in (context.admin1 if context is not None else {}) if g in gz.places
                  and gz.places[g].country_code == "US" and gz.places[g].kind == "admin1"]
        unit = max(states, key=lambda u: share(u.geonameid), default=None)
        country = gz.places.get(gz.country_by_code.get("US", -1))
        if unit is None and country is None:
            return None
        inner = to_location(gz, unit or country, near=True, mention=mention)  # type: ignore[arg-type]
        inner.name, inner.geonameid, inner.method, inner.confidence = name, None, METHOD_UNLISTED, 0.35
        inner.precision = max(2, inner.precision)
        return inner
    best = max(towns, key=lambda p: (share(p.admin1), p.population))
    return to_location(gz, best, mention=mention, confidence=0.5, written=name)
