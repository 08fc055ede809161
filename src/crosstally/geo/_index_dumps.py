"""Full GeoNames country dumps (written by :func:`load_gazetteer_dump`) merged over the base index.

Why its own module: dumps are merged per process over a copy of the cached base index, never pickled with it.
"""

from __future__ import annotations

from pathlib import Path

from ._gazetteer import Gazetteer, Place
from ._normalise import fold

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
