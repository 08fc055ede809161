"""Places in short ACLED-style notes (issue 3, round 14): namesakes abroad under a feed's country, names that are
no place, peoples named like towns, places the gazetteer lacks inside a named unit, ACLED's admin1 spellings and
a wire dateline's capital. Every sentence is our own invented text; places are real, incidents are not.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from geocoded import first_place

from crosstally.geo import get_gazetteer
from crosstally.geo._normalise import acled_admin1, acled_admin2
from crosstally.records import Location


def _place(text: str, country: str | None = None, published: str = "2023-05-06") -> Location:
    return first_place(text, country, date.fromisoformat(published))


# --------------------------------------------------------------------------- ACLED's admin1 spellings


@pytest.mark.parametrize(("geonames", "acled"), [
    ("Skane Lan", "Skane"),
    ("Seoul Teukbyeolsi", "Seoul"),
    ("Busan Gwangyeoksi", "Busan"),
    ("Mangghystau Oblysy", "Mangghystau"),
    ("Grad Skopje", "Skopje"),
    ("Wilayah Persekutuan Putrajaya", "Putrajaya"),
    ("Madrid Comunidad De", "Madrid"),
    ("Cuzco", "Cusco"),
    ("Noord Brabant", "North Brabant"),
    # left alone: no designator, or nothing but the designator
    ("Northern Province", "Northern Province"),
    ("Grad", "Grad"),
    ("Kakamega", "Kakamega"),
])
def test_admin1_names_drop_the_local_designator(geonames: str, acled: str) -> None:
    assert acled_admin1(geonames) == acled


def test_thai_districts_drop_amphoe() -> None:
    assert acled_admin2("Amphoe Rueso") == "Rueso"
    assert acled_admin2("Amphoe") == "Amphoe"


def test_a_swedish_town_reports_its_county_as_acled_writes_it(nlp: Any) -> None:
    loc = _place("On 7 June 2021, a car was set on fire outside a school in Malmo, Sweden.")
    assert (loc.name, loc.admin1, loc.country) == ("Malmo", "Skane", "Sweden")


# --------------------------------------------------------------------------- a feed's country and stray namesakes


def test_a_town_of_the_feeds_country_beats_its_namesake_abroad(nlp: Any) -> None:
    # Thailand's Yala is bigger, but a Kenyan feed's note that names no Thailand means Kenya's Yala (Siaya)
    loc = _place("On 3 May 2023, youths rioted in Yala town after a trader was shot by police.", "KE")
    assert (loc.name, loc.admin1, loc.country) == ("Yala", "Siaya", "Kenya")


def test_a_note_that_names_the_country_abroad_keeps_the_town_there(nlp: Any) -> None:
    loc = _place("On 5 March 2022, insurgents shot dead a village headman in Yala, southern Thailand.", "KE")
    assert loc.country == "Thailand"


def test_an_unknown_village_keeps_its_name_at_the_countrys_point(nlp: Any) -> None:
    # an invented village (Nyamira's ward Gesima is listed since the wards)
    loc = _place("On 3 May 2023, two men were hacked to death by a gang in Ngarembe village.", "KE")
    assert loc.name == "Ngarembe" and loc.country == "Kenya"
    assert loc.admin1 is None  # no province is invented
    assert loc.lat is not None and loc.precision == 3


def test_a_persons_title_is_no_place(nlp: Any) -> None:
    loc = _place("On 3 May 2023, residents protested outside the President's office, demanding that President "
                 "Mwangi resign.", "KE")
    assert loc.name != "President" and loc.country == "Kenya" and loc.lat is not None


# --------------------------------------------------------------------------- peoples named like towns


def test_a_people_is_not_its_namesake_town(nlp: Any) -> None:
    loc = _place("On 3 May 2023, Kalenjin youths attacked and killed two Kikuyu men in a land dispute.", "KE")
    assert loc.admin1 != "Kiambu" and loc.name != "Kikuyu"


def test_the_town_told_as_a_place_is_still_the_town(nlp: Any) -> None:
    loc = _place("On 3 May 2023, a mob attacked a trader in Kikuyu town.", "KE")
    assert (loc.name, loc.admin1) == ("Kikuyu", "Kiambu")


def test_a_people_named_like_its_county_keeps_the_county(nlp: Any) -> None:
    loc = _place("On 3 May 2023, Turkana pastoralists marched to demand protection, days after gunmen stole "
                 "their cattle.", "KE")
    assert loc.admin1 == "Turkana"


# --------------------------------------------------------------------------- places inside a named unit


def test_our_sub_county_beats_a_geonames_duplicate_in_another_county() -> None:
    gz = get_gazetteer()
    assert {gz.places[p.admin1].name for p in gz.lookup("Rarieda") if p.admin1 in gz.places} >= {"Siaya"}


def test_a_sub_county_resolves_to_its_own_county(nlp: Any) -> None:
    loc = _place("On 3 May 2023, residents beat to death a man they accused of stealing goats in Rarieda "
                 "sub-county.", "KE")
    assert loc.admin1 == "Siaya"


@pytest.mark.parametrize(("text", "name", "admin1"), [
    ("On 3 May 2023, Al Shabaab militants attacked Mangai village in Lamu, killing one herder.", "Mangai", "Lamu"),
    ("On 3 May 2023, residents of the Kipsoi area of Nandi blocked a road to protest insecurity.", "Kipsoi", "Nandi"),
    ("On 3 May 2023, soldiers clashed with rebels around Kiwanja Nord, North Kivu.", "Kiwanja Nord", "Nord-Kivu"),
])
def test_a_village_the_gazetteer_lacks_keeps_its_name_in_its_unit(nlp: Any, text: str, name: str,
                                                                    admin1: str) -> None:
    loc = _place(text)
    assert (loc.name, loc.admin1) == (name, admin1)
    assert loc.precision in (2, 3) and loc.lat is not None  # near the unit's point, never the unit itself


def test_a_part_of_a_city_is_coded_by_the_city(nlp: Any) -> None:
    loc = _place("On 3 May 2023, youths protested in the Bondeni area of Mombasa over water cuts.")
    assert (loc.name, loc.admin1) == ("Mombasa", "Mombasa")


def test_a_districts_area_is_coded_by_the_district(nlp: Any) -> None:
    # ACLED Afghanistan codes 'the X area of Y district' at the district when it cannot place X
    loc = _place("On 4 April 2020, two policemen were shot dead in the Dargai area of Guzara district, Herat.")
    assert (loc.name, loc.admin1) == ("Guzara", "Herat")


def test_a_building_before_a_unit_is_no_place(nlp: Any) -> None:
    loc = _place("On 4 June 2018, teachers held a sit-in at the Parliament in Dodoma over unpaid allowances.")
    assert loc.name != "Parliament"


# --------------------------------------------------------------------------- a wire dateline's capital


def test_an_unknown_village_under_a_capital_dateline_takes_no_province(nlp: Any) -> None:
    loc = _place("BAMAKO, June 3 (Sahel Wire) - Armed men on motorbikes raided a hamlet near Dioumbara on Sunday, "
                 "killing four herders, a local official said.", published="2024-06-03")
    assert loc.country == "Mali" and loc.admin1 != "Bamako"


def test_a_village_in_the_capital_keeps_the_capitals_province(nlp: Any) -> None:
    loc = _place("BAMAKO, June 3 (Sahel Wire) - Police fired tear gas at traders in Sabalibougou, a district of "
                 "the capital, on Monday, witnesses said.", published="2024-06-03")
    assert loc.admin1 == "Bamako"
