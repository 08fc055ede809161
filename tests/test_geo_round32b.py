"""Round 32b place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- an Afghan district is named as ACLED spells it (gazetteer_extra.yaml v13, admin2_display: 'Nad-e Ali', not
  GeoNames' 'Nad Ali'), also where the note writes GeoNames' form; which district is read is unchanged
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def test_a_district_written_as_geonames_spells_it_is_named_as_acled_spells_it(nlp: Any) -> None:
    loc = _place("On 4 March 2019, Taliban fighters attacked a police post in Nad Ali district of Helmand province. "
                 "Two policemen were killed, officials said.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Nad-e Ali", "Helmand", "Afghanistan")


def test_acled_spelling_is_shown_not_looked_up() -> None:
    from crosstally.geo._index import get_gazetteer
    from crosstally.geo._location import to_location

    gz = get_gazetteer()
    names = {}
    for told in ("Puli Khumri", "Chahar Bolak", "Lashkar Gah"):
        district = next(p for p in gz.lookup(told) if p.kind == "admin2" and p.country_code == "AF")
        names[told] = to_location(gz, district, written=told).name  # the text's spelling yields to ACLED's
    assert names == {"Puli Khumri": "Pul-e Khumri", "Chahar Bolak": "Charbolak", "Lashkar Gah": "Lashkargah"}
