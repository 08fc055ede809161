"""A state abbreviation written after a town ("ROCKFORD, Ill.", "Gary, Ind.") read as the state it names.

Why: the entity tagger often marks the abbreviation as a place of its own, and on its own "Ill", "Ala" or "Ore"
matches some town or alias elsewhere (Willmar, Minnesota; Almaty; a Texas hamlet). After a town and a comma it is
only ever the town's state (``data/admin1_abbreviations.yaml``).
"""

from __future__ import annotations

import re

from ..records import Location
from ._anchor import _abbreviations
from ._index import get_gazetteer
from ._location import to_location

METHOD = "crosstally.geo.state_abbreviation.v1"
_AFTER_TOWN = re.compile(r"[A-Za-z.)]\s*,\s*$")  # "ROCKFORD, " / "St. Louis, "


def abbreviated_state(name: str, before: str) -> Location | None:
    """The state an abbreviation names when ``before`` (the text up to it) ends with a town and a comma."""
    hit = _abbreviations().get(name.strip())  # each abbreviation is keyed with and without its period
    if hit is None or not _AFTER_TOWN.search(before[-40:]):
        return None
    gz = get_gazetteer()
    place = gz.places.get(hit[1])
    if place is None:
        return None
    return to_location(gz, place, mention=name, confidence=0.9, method=METHOD)
