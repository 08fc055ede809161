"""Round 33d place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- 'X district of Y province' (and 'the X district of Y' where X is a listed district of province Y, away from Y's
  capital) is district X, not the capital city of Y: 'district of <City>' names a part of a city only when no unit
  word follows the name and the district is no listed district of a province so named ('the Sadr City district of
  Baghdad' stays Baghdad)
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def test_district_of_province_is_the_district_not_the_capital(nlp: Any) -> None:
    loc = _place("On 3 March 2021, a roadside bomb hit a police vehicle in Shah Wali Kot district of Kandahar "
                 "province; two officers were killed.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Shah Wali Kot", "Kandahar", "Afghanistan")


def test_district_of_province_name_alone_is_the_district(nlp: Any) -> None:
    loc = _place("On 3 March 2021, a roadside bomb hit a police vehicle in the Shah Wali Kot district of Kandahar; "
                 "two officers were killed.")
    assert (loc["name"], loc["admin1"]) == ("Shah Wali Kot", "Kandahar")


def test_district_of_province_in_another_country(nlp: Any) -> None:
    loc = _place("On 3 March 2021, shelling hit a farm in Jisr al-Shughur district of Idlib province; one farmer "
                 "was killed.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Jisr al Shughur", "Idlib", "Syria")


def test_district_of_a_city_stays_the_city(nlp: Any) -> None:
    loc = _place("On 3 March 2021, a car bomb exploded in the Sadr City district of Baghdad; four people were "
                 "killed.")
    assert (loc["name"], loc["admin1"]) == ("Baghdad", "Baghdad")
