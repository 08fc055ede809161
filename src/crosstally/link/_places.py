"""Where a claim is placed and whether two claims' places agree: provinces, distances, the names a claim is
placed by, and the place evidence of a pair (including one report naming the other's place).
"""

from __future__ import annotations

import math
from functools import cache, lru_cache

from ..vocab import load_vocab
from ._config import LinkConfig
from ._names import _with_variants, name_set, norm_name
from ._types import ClaimProfile


def admin1_parts(admin1: str | None) -> tuple[str, ...]:
    """The provinces a claim's admin1 names: one, or several for a region ("latakia; tartus")."""
    if not admin1:
        return ()
    return tuple(p.strip() for p in admin1.split(";") if p.strip())


def km(a: ClaimProfile, b: ClaimProfile) -> float | None:
    """Great-circle distance in km, None when either claim has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return _km(a.lat, a.lon, b.lat, b.lon)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def own_names(c: ClaimProfile) -> tuple[str, ...]:
    """The names a claim is placed by (its town or district, else its provinces), with transliteration keys."""
    if c.level >= 2:
        return tuple(_with_variants(n for n in (c.place, c.area) if n))
    return tuple(_with_variants((*admin1_parts(c.admin1), *((c.area,) if _coarse_named(c) else ()))))


def _coarse_named(c: ClaimProfile) -> bool:
    """A claim placed only in its province whose geocoded place has a name of its own ("Baga Sola", read too coarsely
    to be a town): that name places it as a town's would."""
    return c.level == 1 and bool(c.area) and c.area not in (*admin1_parts(c.admin1), c.country)


NAMED_TOWN = 0.8  # place evidence of a placeless claim whose report names the other claim's town
WEAK_PLACE = 0.7  # below this geocoder confidence a claim's place may be a dateline or a namesake


def _doubtful(x: ClaimProfile, y: ClaimProfile) -> bool:
    """x's place may be wrong rather than different: a weak geocode, another country or province than y's."""
    return (x.place_confidence < WEAK_PLACE or x.country != y.country
            or set(admin1_parts(x.admin1)).isdisjoint(admin1_parts(y.admin1)))


def named_by(a: ClaimProfile, b: ClaimProfile) -> float:
    """How well one report names the other's place when their geocoded places disagree and one of them may be
    wrong: 0.6 when its report names the other's town or district (a dateline town, "Whitehaven" put in the wrong
    state), 0.4 when it names the other's province, else 0. A confident town in the same province that merely
    mentions the other's town ("a bombing in Jalalabad earlier the same day") is not rescued."""
    for x, y in ((a, b), (b, a)):
        if y.subplaces and _doubtful(x, y) and (name_set(x.names) | name_set(x.subplaces)) & name_set(y.subplaces):
            # a report put in a namesake town abroad ("Mirpur" in Kashmir, a hospital's name read as a US town) that
            # names the part of a city the other report names ("Jatrabari", "zona 18"): that part is its place
            return 0.6
        if not _doubtful(x, y):
            if (x.level == 2 and y.level == 3 and y.place_confidence < WEAK_PLACE
                    and name_set(x.names) & set(own_names(y))):
                # a city-wide report that names the neighbourhood or town the other was weakly geocoded to
                # ("in the Mare complex of northern Rio" against "Mare" put in a namesake district): one place
                return 0.6
            continue
        nx = name_set(x.names)
        if (y.level >= 2 or _coarse_named(y)) and nx & set(own_names(y)):
            return 0.6
        if nx & set(_with_variants(admin1_parts(y.admin1))) and (x.level <= 1 or x.country != y.country):
            return 0.4
    return 0.0


@cache
def _successions() -> frozenset[tuple[str, str, str]]:
    """(country, old unit, unit carved from it), normalised, from data/admin1_successions.yaml."""
    out = set()
    for e in load_vocab("admin1_successions")["entries"]["successions"]:
        country = norm_name(e["country"]) or ""
        for old in e["from"]:
            for new in e["to"]:
                out.add((country, norm_name(old) or "", norm_name(new) or ""))
    return frozenset(out)


def _carved_from(x: ClaimProfile, y: ClaimProfile) -> bool:
    """x is placed only in a province (no town, no district) that y's province was carved out of ("Papua" and
    Puncak in Central Papua, since 2022): x's report may mean the old, whole province, which holds y's place."""
    return (x.level <= 1 and bool(x.admin1) and bool(y.admin1)
            and (x.country or "", x.admin1 or "", y.admin1 or "") in _successions())


METRO_KM = 15.0  # a town this near a big city may be one of its districts or suburbs (Petare in Caracas)
METRO_POP = 500_000  # a big city: one whose metropolitan area spans towns and, at times, provinces


@lru_cache(maxsize=1 << 12)
def _population(gid: int | None) -> int:
    """The gazetteer's population of a place, 0 when unknown."""
    if gid is None:
        return 0
    from ..geo import get_gazetteer  # only for the towns of a pair that the metro test reaches

    p = get_gazetteer().places.get(gid)
    return p.population if p is not None else 0


def _metro_part(x: ClaimProfile, y: ClaimProfile) -> bool:
    """x is placed in a big city and its report names y's town, a much smaller town within METRO_KM of it (in
    another province or the same): y's town is the part of the city x's incident happened in ("in Petare, the
    eastern district of Caracas" against a report placed in Petare, Miranda state)."""
    if x.level != 3 or y.level != 3 or not x.place or not y.place or x.place == y.place or x.country != y.country:
        return False
    d = km(x, y)
    if d is None or d > METRO_KM or name_set(x.names).isdisjoint(own_names(y)):
        return False
    big = _population(x.geonameid)
    return big >= METRO_POP and big >= 2 * max(_population(y.geonameid), 1)


def place_score(a: ClaimProfile, b: ClaimProfile, cfg: LinkConfig) -> float | None:
    """1 same place, <1 nested or near, None incompatible (unless one report names the other's place)."""
    ps = _place_score(a, b, cfg)
    if ps is None and (a.names or b.names):
        return named_by(a, b) or None
    if ps is not None and ps < NAMED_TOWN:
        if _metro_part(a, b) or _metro_part(b, a):
            return NAMED_TOWN
        for x, y in ((a, b), (b, a)):
            if (x.level == 0 and (not x.admin1 or len(admin1_parts(x.admin1)) > 1) and y.level >= 2
                    and name_set(x.names) & set(own_names(y))):
                # a report the geocoder could not place, or placed only over a region of several provinces ("north-
                # west Syria"), that names the other's town ("in Shariff Aguak town", "in Ariha"): its place is that
                # town, not merely somewhere in the country or the region
                return NAMED_TOWN
    return ps


def _place_score(a: ClaimProfile, b: ClaimProfile, cfg: LinkConfig) -> float | None:
    if a.country and b.country and a.country != b.country:
        return None
    d = km(a, b)
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        pa, pb = set(admin1_parts(a.admin1)), set(admin1_parts(b.admin1))
        if (len(pa) > 1 or len(pb) > 1) and (pa <= pb or pb <= pa):
            return 0.8 - 0.1 * abs(a.level - b.level)  # a region and a province or town inside it
        if _carved_from(a, b) or _carved_from(b, a):
            return 0.8 - 0.1 * abs(a.level - b.level)  # an old province and a place in the one carved from it
        return 0.5 if (a.level == 3 and b.level == 3 and d is not None and d <= cfg.near_km) else None
    if a.level == 3 and b.level == 3:
        if (a.geonameid and a.geonameid == b.geonameid) or a.place == b.place:
            return 1.0
        if d is not None and d <= cfg.near_km:
            return 0.6
        return None
    if a.level >= 2 and b.level >= 2 and a.area and a.area == b.area:
        return 1.0  # one city put in two of its districts ("Baghdad" in al-Rusafa and in Baghdad)
    if a.admin2 and b.admin2 and a.admin2 != b.admin2:
        return None
    if a.level == b.level:
        if a.area and a.area == b.area:
            return 1.0
        return 0.8 if a.level >= 1 else 0.5
    # one report names the village, the other its district, province or only the country
    return 0.8 - 0.1 * abs(a.level - b.level)
