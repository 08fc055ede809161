"""Places in news stories: the town over the country, a district's seat, a dateline city's parts.

Texts are our own invented wire and local stories (real cities, invented people and events), run through the real
pipeline (spaCy, extraction, geocoding) with no country hint, as the JSONL contract runs.
"""

from __future__ import annotations

from datetime import date

import pytest
from geocoded import first_place

from crosstally.records import Location


def _place(text: str) -> Location:
    return first_place(text, published=date(2024, 3, 12))


def test_town_named_as_city_of_beats_the_country() -> None:
    # extraction returns the country the last paragraph names; the lead names the city as 'the city of X'
    loc = _place("ISLAMABAD (AP) — A bomb hidden in a cart went off near a bus stand in the northwestern city of "
                 "Peshawar on Monday, killing four people and wounding 11 others, police said.\n\n"
                 "Pakistan has seen a rise in militant attacks since 2021.")
    assert loc.name == "Peshawar" and loc.country_code == "PK"


def test_town_of_in_a_later_sentence() -> None:
    loc = _place("COTABATO CITY, Philippines — Suspected militants killed two farmers in the southern Philippines on Tuesday, "
                 "the army said.\n\nThe farmers were working a rice field near a village in the town of Datu Piang "
                 "when about ten men opened fire, an army spokesman said.")
    assert loc.name == "Datu Piang"


def test_district_seat_not_the_district() -> None:
    loc = _place("KIRKUK, Iraq — Two shepherds were killed when a roadside bomb went off near the town of Hawija "
                 "on Tuesday, police said.")
    assert loc.name == "Hawija" and loc.admin1 == "Kirkuk"
    assert "District" not in loc.name


def test_district_told_by_precision_when_the_text_says_district() -> None:
    # ACLED names a district by its seat and codes geo-precision 2 (session 32: the name lost its "District")
    loc = _place("KIRKUK, Iraq — Two shepherds were killed when a roadside bomb went off in Hawija district on "
                 "Tuesday, police said.")
    assert loc.name.endswith("Hawija") and loc.admin1 == "Kirkuk"  # GeoNames' district: "al Hawija District"
    assert loc.precision == 2


@pytest.mark.parametrize("text", [
    "PHILADELPHIA — Three men were wounded Friday night when gunfire broke out on a busy corner in the Kensington "
    "section of the city, police said.\n\nOfficers found the men near Kensington and Allegheny avenues.",
    "PHILADELPHIA — Three men were wounded Friday night in a shooting in the Kensington neighborhood, police said.",
])
def test_section_of_the_dateline_city(text: str) -> None:
    assert _place(text).name == "Philadelphia"


def test_big_city_neighbourhood_named_like_a_far_city() -> None:
    loc = _place("CHICAGO (AP) — A woman was killed and a man was wounded in a shooting early Saturday in Austin, "
                 "police said.\n\nOfficers found the two in a parked car. No arrests were made.")
    assert loc.name == "Chicago" and loc.admin1 == "Illinois"


def test_far_city_kept_when_its_state_is_named() -> None:
    loc = _place("CHICAGO (AP) — A woman was killed and a man was wounded in a shooting early Saturday in Austin, "
                 "police in Texas said.\n\nOfficers found the two in a parked car. No arrests were made.")
    assert loc.name == "Austin" and loc.admin1 == "Texas"


def test_unincorporated_county_is_not_the_dateline_city() -> None:
    loc = _place("HOUSTON — Deputies said a 30-year-old driver died of gunshot wounds near a feed store in unincorporated "
                 "Harris County, the sheriff's office said.\n\nDeputies found the man in the parking lot off a "
                 "farm road north of Houston.")
    assert loc.name == "Harris County" and loc.admin1 == "Texas"


def test_county_under_its_dateline_town_without_unincorporated() -> None:
    loc = _place("HOUSTON — Deputies said a 30-year-old driver died of gunshot wounds near a feed store in Harris County, "
                 "police said.")
    assert loc.name == "Houston"
