"""Kenya's county assembly wards in the gazetteer (data/gazetteer_units.yaml ``wards``), round 6 of notes places.

Why: Kenyan notes place events by ward or trading centre ('in Kinoo', 'at Mkunumbi market'); before the wards,
such a note ended at Kenya's point with no county. Every note below is invented.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crosstally.geo import get_gazetteer
from crosstally.geo._index import POSTAL_ID_BASE, WARD_ID_BASE, seat_points
from crosstally.geo._normalise import fold
from crosstally.vocab import load_vocab


def _wards() -> dict[str, list[str]]:
    return load_vocab("gazetteer_units")["entries"]["KE"]["wards"]


def test_ward_counties_are_kenyan_units() -> None:
    gz = get_gazetteer()
    counties = {fold(gz.label(p)) for p in gz.places.values() if p.kind == "admin1" and p.country_code == "KE"}
    wards = _wards()
    assert len(wards) == 47
    assert {fold(c) for c in wards} <= counties
    for names in wards.values():
        for name in names:
            assert "/" not in name and not any(w in fold(name).split() for w in ("north", "south", "township"))


@pytest.mark.parametrize(("name", "county"), [("Kinoo", "Kiambu"), ("Kasikeu", "Makueni"), ("Mkunumbi", "Lamu"),
                                              ("Cheptiret", "Uasin Gishu"), ("Chemelil", "Kisumu")])
def test_ward_is_a_town_in_its_county(name: str, county: str) -> None:
    gz = get_gazetteer()
    hits = [p for p in gz.lookup(name) if p.country_code == "KE"]
    assert len(hits) == 1
    ward = hits[0]
    assert ward.kind == "town" and POSTAL_ID_BASE < ward.geonameid <= WARD_ID_BASE
    unit = gz.places[ward.admin1]
    assert gz.label(unit) == county
    seat = seat_points(gz, "KE", load_vocab("gazetteer_units")["entries"]["KE"]).get((unit.geonameid, fold(name)))
    # at its constituency's seat where gazetteer_units' points name one (round 17), else at the county's point
    assert (ward.lat, ward.lon) == (seat or (unit.lat, unit.lon))


def test_listed_town_keeps_its_name() -> None:
    """'Juja' is a ward and a GeoNames town: the town stays the only town of that name, no ward beside it."""
    gz = get_gazetteer()
    towns = [p for p in gz.lookup("Juja") if p.country_code == "KE" and p.kind == "town"]
    assert [p.geonameid > 0 for p in towns] == [True]


def test_qualified_ward_names_stay_out() -> None:
    gz = get_gazetteer()
    assert not [p for p in gz.lookup("Kolwa East") if p.country_code == "KE"]


def _place(text: str, country: str | None) -> Any:
    from crosstally.pipeline import process
    from crosstally.records import Document

    ex = process(Document(text=text, published=date(2021, 4, 3), input_id="t",
                          meta={"country": country} if country else {}))
    return ex.events[0].location


@pytest.mark.parametrize(("text", "county", "name"), [
    ("On 30 March 2021, a mob in Kinoo lynched a man they accused of stealing a motorcycle battery.",
     "Kiambu", "Kinoo"),
    ("On 30 March 2021, residents of Kasikeu blocked the road with stones to protest against sand harvesting.",
     "Makueni", "Kasikeu"),
    ("On 30 March 2021, boda boda riders in Kiritiri set tyres alight after a colleague was run over.",
     "Embu", "Kiritiri"),
])
def test_note_ward_gives_county(nlp: Any, text: str, county: str, name: str) -> None:
    loc = _place(text, "KE")
    assert loc is not None and loc.admin1 == county and loc.name == name


def test_namesake_abroad_keeps_its_country(nlp: Any) -> None:
    """'Kibuye' is a Kisumu market too: a Rwandan note that names Karongi stays in Rwanda."""
    loc = _place("On 30 March 2021, a grenade thrown into a bar in Kibuye town, Karongi district, wounded 4 people.",
                 None)
    assert loc is not None and loc.country_code == "RW"
