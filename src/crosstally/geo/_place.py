"""One gazetteer entry (its own module so that the gazetteer and its compact table both read it, neither the other)."""

from __future__ import annotations

from typing import NamedTuple

KINDS = ("country", "admin1", "admin2", "town")


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


__all__ = ["KINDS", "Place"]
