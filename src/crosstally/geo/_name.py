"""One place mention to one Location: geocode_name and the unlisted places it still places in their unit.

Why: an extracted mention ('near Watamu, Dabaso, Kilifi') is a chain of names, most specific first; each is
chosen among its namesakes inside the units the rest of the chain names.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Location
from ._counties import _IRISH_COUNTY, _county_phrase, _namesake_holding, _short_form_county, _township
from ._index import Gazetteer, Place, get_gazetteer
from ._location import METHOD_UNLISTED, _written_name, _written_variant, to_location
from ._namesakes import (
    _LONE_CITY_POP,
    _WORLD_CITY,
    _best,
    _chain,
    _container_ids_all,
    _lone_city,
    _lost_apostrophe,
)
from ._normalise import extra_words, fold
from ._phrases import _GLUED_POSSESSIVE, _kind_hint, _parse, _plain_name
from ._words import _demonyms

if TYPE_CHECKING:
    from ._context import GeoContext


def geocode_name(name: str, context: GeoContext | None = None, *,
                 gazetteer_dir: Path | None = None) -> Location | None:
    """Resolve one place mention ('Jableh', 'Dawlat Abad district, Balkh', 'near Watamu') to GeoNames."""
    gz = get_gazetteer(gazetteer_dir)
    parts, near = _parse(name)
    if not parts:
        return None
    if len(parts) == 1 and parts[0] in _demonyms() and not any(
            p.country_code == _demonyms()[parts[0]] for p in gz.lookup(parts[0]) if p.kind != "town"):
        return None  # "Somali", "Afghan": a people, not a place (but "Turkana" is also Kenya's Turkana County)
    m = _GLUED_POSSESSIVE.match(parts[0])
    if m and not gz.lookup(parts[0]) and gz.lookup(m.group(1)):
        parts = [m.group(2), m.group(1), *parts[1:]]  # "Nairobis CBD" (apostrophe lost) → "CBD, Nairobi"
    elif len(parts) == 1 and context is not None and context.hint is not None:
        bare = _lost_apostrophe(gz, parts[0], context.hint)
        parts = [bare] if bare else parts  # "Manderas main market": Mandera
    # "Southwest Philadelphia", "Central Fresno": a part of a town the gazetteer does not list is that town.
    parts = [_short_form_county(gz, _without_compass(gz, p)) for p in parts]
    # Containers: the later parts, most general last ("Watamu, Dabaso, Kilifi").
    containers: list[Place] = []
    for part in reversed(parts[1:]):
        # 'Delaware County': a county of that name, not the state its first word names
        units = ("admin2",) if _county_phrase(gz, part) else ("country", "admin1", "admin2")
        found = _best(gz, part, context, containers, kinds=units) or _best(
            gz, part, context, containers, kinds=("town",))
        if _IRISH_COUNTY.match(part):  # 'County Antrim', 'Co Louth': the Irish style, never Michigan's Antrim County
            # (Northern Ireland's six counties are no GeoNames unit: their county town stands for them)
            found = next((f for cc, kinds in (("IE", ("admin1", "admin2")), ("GB", ("admin1", "admin2")),
                                              ("GB", ("town",)))
                          if (f := _best(gz, part, context, containers, kinds=kinds, country=cc))), found)
        if found is not None and found[0].place.kind in ("admin1", "admin2") and "admin2" not in units[:1]:
            city = _best(gz, part, context, containers, kinds=("town",))
            if city is not None and not city[0].fuzzy and city[0].place.population >= _LONE_CITY_POP \
                    and city[0].place.country_code != found[0].place.country_code \
                    and fold(city[0].place.name) == fold(part) \
                    and (context is None or (context.independent_weight(found[0].place, gz) <= 0.0
                                             and context.hint in (None, city[0].place.country_code))):
                found = city  # 'Moss Side, Manchester': the big city, not Jamaica's Manchester parish
        if found is not None and not found[0].fuzzy:
            if containers and all(c.country_code != found[0].place.country_code for c in containers):
                continue  # 'X, Bururi in Tana River District': a namesake abroad is no container inside Tana River
            containers.append(found[0].place)
    if containers and len(parts) > 1:
        containers[0] = _namesake_holding(gz, parts[0], containers[0])
    township = _township(gz, parts, containers, context, name)
    if township is not None:
        return township
    for k, part in enumerate(parts):
        found = _best(gz, part, context, containers if k == 0 else [c for c in containers if c.kind != "town"],
                      kinds=("admin2",) if _county_phrase(gz, part) else None)  # 'Pasco County': no town Pasco
        if found is None:
            continue
        top, margin = found
        if k == 0 and top.place.kind in ("admin1", "admin2") and not _county_phrase(gz, part) \
                and (context is None or context.independent_weight(top.place, gz) <= 0.0):
            city = _best(gz, part, context, containers, kinds=("town",))
            if city is not None and not city[0].fuzzy and city[0].place.population >= _LONE_CITY_POP \
                    and city[0].place.country_code != top.place.country_code \
                    and fold(city[0].place.name) == fold(part) \
                    and (context is None or context.hint in (None, city[0].place.country_code)):
                top, margin = city  # "Portland's Lents neighborhood": the big city, not Jamaica's Portland parish
        if containers and k == 0 and not (_container_ids_all(containers) & _chain(gz, top.place, containers)):
            continue  # 'Eastleigh, Nairobi' with no Eastleigh in Nairobi: fall back to Nairobi
        if k > 0 and containers and all(c.country_code != top.place.country_code for c in containers):
            continue  # 'Bururi in Tana River District': not Burundi's Bururi
        if k == 0 and context is not None and fold(part) in context.withheld and top.place.kind == "town" \
                and top.place.country_code != context.hint and context.independent_weight(top.place, gz) <= 0.0:
            continue  # 'KESSIN, Valdoria': Germany's Kessin is a namesake in a country the text never names
        others = context.without(parts[0]) if context is not None and k > 0 else context
        if top.place.kind == "town" and others is not None and others.countries \
                and max(others.countries.values()) >= 1.0 and others.independent_weight(top.place) <= 0.0 \
                and top.place.population < _WORLD_CITY and not _lone_city(gz, top.place, part):
            # a namesake abroad, in a country the document otherwise never mentions (a container's country is not
            # outweighed by the namesakes of the name it holds: 'Soweto, Kayole' is no mention of South Africa)
            continue
        if top.place.kind in ("admin1", "admin2") and context is not None and context.hint is not None \
                and top.place.country_code != context.hint and context.independent_weight(top.place, gz) <= 0.0:
            # A province abroad ('Mara', Tanzania) in a feed of another country that never names it: the
            # same name at home, if there is one ('Pasco County' is Florida's, not Peru's Pasco).
            home = _best(gz, part, context, containers if k == 0 else [c for c in containers if c.kind != "town"],
                         kinds=("admin1", "admin2"), country=context.hint)
            if home is None or home[0].fuzzy:
                continue
            top, margin = home
        if k > 0 and top.place.kind == "admin2" and top.place.country_code == "US" and not _county_phrase(gz, part):
            city = _best(gz, part, context, [], kinds=("town",), country="US")
            if city is not None and not city[0].fuzzy and fold(city[0].place.name) == fold(part):
                top, margin = city  # 'Fifth Ward, Houston': a US county is written 'County'; the bare name is the city
        if k > 0:
            unlisted = _unlisted_in(gz, parts[0], top.place, margin, top.fuzzy, name)
            if unlisted is not None:
                return unlisted
            own = _plain_name(parts[0]) if top.place.kind == "town" and _IRISH_COUNTY.match(part) else None
            if own is not None:  # 'Lurgan, County Armagh': the unlisted town, at its county town's point
                inner = to_location(gz, top.place, near=True, mention=name, confidence=0.45)
                inner.name, inner.geonameid, inner.method = own, None, METHOD_UNLISTED
                return inner
        if k > 0 and top.place.kind == "town":
            near = True  # the named place is unknown; we only know a town it is in or near
        if top.place.kind == "town" and _kind_hint(part) in ("admin1", "admin2"):
            near = True  # "X district" answered by its town: precision 2
        conf = 0.55 + 0.4 * min(1.0, max(margin, 0.0) / 4.0)
        if top.fuzzy:
            conf *= 0.7
        if k > 0:
            conf *= 0.8
        written = None if top.fuzzy or top.place.kind != "town" else _written_name(gz, top.place, part)
        if top.fuzzy and top.place.kind == "town":
            written = _written_variant(gz, top.place, part)
        return to_location(gz, top.place, near=near, mention=name, confidence=conf, written=written)
    return None


def _unlisted_in(gz: Gazetteer, part: str, unit: Place, margin: float, fuzzy: bool, mention: str) -> Location | None:
    """'Basuba, Lamu county' with no Basuba in the gazetteer: 'Basuba', at its province's point (precision 3).

    Inside a province, or a sub-county of ``data/gazetteer_units.yaml`` ('Kinale, Lari sub county': a unit
    placed at its county's point, so the village's own name says more). A village named with a GeoNames
    district is coded at the district (ACLED practice: Afghanistan's notes).
    """
    name = _plain_name(part)
    county = unit.kind == "admin2" and (unit.geonameid < 0 or unit.country_code in ("US", "GB", "IE"))
    if name is None or not (unit.kind == "admin1" or county) or fuzzy:
        return None  # (a town the index lacks, told with its English, Irish or US county, keeps its own name)
    inner = to_location(gz, unit, near=True, mention=mention)
    conf = 0.8 * (0.55 + 0.4 * min(1.0, max(margin, 0.0) / 4.0))
    return Location(name=name, admin1=inner.admin1, admin2=inner.admin2 if unit.kind != "admin1" else None,
                    country=inner.country, country_code=inner.country_code, lat=inner.lat, lon=inner.lon,
                    geonameid=None, precision=max(2, inner.precision), mention=mention, method=METHOD_UNLISTED,
                    confidence=min(0.5, conf))


def _without_compass(gz: Gazetteer, part: str) -> str:
    """'Southwest Philadelphia' → 'Philadelphia' when only the bare town is in the gazetteer."""
    words = part.split()
    if len(words) < 2 or fold(words[0]) not in extra_words("compass_words") or gz.lookup(part):
        return part
    rest = " ".join(words[1:])
    return rest if any(p.kind == "town" for p in gz.lookup(rest)) else part
