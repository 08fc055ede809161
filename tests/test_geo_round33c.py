"""Round 33c place rule, on notes we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- an Afghan district that GeoNames lists without a point sits at its district centre (gazetteer_extra.yaml v15,
  admin2_points), not at its province's seat: Chak-e Wardak at Chak, not Maidan Shahr 40 km away; Shah Wali Kot
  in the district's south, not Kandahar city 60 km away
"""

from __future__ import annotations

import math
from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_a_district_without_a_geonames_point_sits_at_its_centre(nlp: Any) -> None:
    loc = _place("On 5 May 2019, gunmen fired on a checkpoint in Chaki Wardak district, Wardak province. "
                 "One guard was hurt, officials said.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Chaki Wardak", "Wardak", "Afghanistan")
    assert _km(loc["lat"], loc["lon"], 34.11, 68.58) < 5  # Chak, the district centre (Maidan Shahr: 41 km)


def test_a_kandahar_district_is_not_placed_at_kandahar_city(nlp: Any) -> None:
    loc = _place("On 6 May 2019, a roadside bomb damaged a police vehicle in Shah Wali Kot district, Kandahar. "
                 "No one was hurt.")
    assert (loc["name"], loc["admin1"]) == ("Shah Wali Kot", "Kandahar")
    assert _km(loc["lat"], loc["lon"], 32.10, 66.00) < 5
    assert _km(loc["lat"], loc["lon"], 31.61, 65.71) > 40  # Kandahar city, the province's seat


def test_the_table_fills_only_districts_without_a_point() -> None:
    from crosstally.geo._index import get_gazetteer
    from crosstally.vocab import load_vocab

    gz = get_gazetteer()
    table = load_vocab("gazetteer_extra")["entries"]["admin2_points"]
    for gid, (lat, lon) in table.items():
        unit = gz.places[int(gid)]
        assert unit.kind == "admin2" and unit.country_code == "AF", unit
        assert (round(unit.lat, 2), round(unit.lon, 2)) == (lat, lon), unit
