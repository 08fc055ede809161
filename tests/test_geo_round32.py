"""Round 32 place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- a unit in brackets after a town ('Catubig (Northern Samar)') names the note's country like a place told after 'in'
- a country a weapon was fired or launched from is the origin, not the country of the place it hit
- a river crossed on the way ('crossed the Ruvuma') is not the event's place, nor is the province raiders crossed
  from the note's country
- a name with an Arabic article inside it ('Bir al-Abd', 'Suq ash Shuyukh') is told whole with its unit
- ACLED's English names of Egypt's governorates (admin1_names.yaml v4: Beheira, not al Buhayrah)
- a town's common name as written ('Coalcoman') before the particle of GeoNames' official long name ('Coalcoman de
  Vazquez Pallares')
- a name told with a unit of one country and read as a namesake abroad ('Ndu (Donga-Mantung)', not Namibia's Rundu)
  is the unlisted name in its unit
- 'Dhanusha', Nepal's Dhanusa district as its press spells it (gazetteer_extra.yaml v12)
- a town told with 'Town' after its name ('Chuka Town') is written as ACLED writes it ('Chuka'); outside the US
  a place is named without a closing unit word ('Meru County': Meru)
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def test_a_province_in_brackets_names_the_country(nlp: Any) -> None:
    loc = _place("On 5 May 2021, soldiers fought NPA rebels in a sitio of Catubig (Northern Samar). One rebel was "
                 "killed in the firefight.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Catubig", "Eastern Visayas", "Philippines")


def test_the_country_a_missile_was_fired_from_is_not_the_place(nlp: Any) -> None:
    loc = _place("On 5 February 2024, a rocket fired from Lebanon struck a barn in Metula; no one was injured.")
    assert (loc["name"], loc["country"]) == ("Metula", "Israel")


def test_a_river_crossed_is_not_the_place(nlp: Any) -> None:
    loc = _place("On 3 August 2022, gunmen who had crossed the Ruvuma from Cabo Delgado opened fire near a village in "
                 "Nanyumbu district (Mtwara). Two farmers were killed, police said.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Nanyumbu", "Mtwara", "Tanzania")


def test_an_arabic_article_inside_a_bracketed_town(nlp: Any) -> None:
    loc = _place("On 4 April 2018, gunmen shot dead two policemen at a checkpoint south of Bir al-Abd (North Sinai).")
    assert (loc["name"], loc["admin1"]) == ("Bir al-Abd", "North Sinai")


def test_an_arabic_article_written_apart(nlp: Any) -> None:
    loc = _place("On 6 December 2019, protesters in Suq ash Shuyukh (Thi-Qar) burned tyres outside a party office; "
                 "nobody was hurt.")
    assert (loc["name"], loc["admin1"]) == ("Suq ash Shuyukh", "Thi-Qar")


def test_egypt_governorates_in_acled_english(nlp: Any) -> None:
    loc = _place("On 3 March 2022, workers at a textile mill in Kafr el-Dawwar (Beheira) staged a sit-in over "
                 "unpaid wages.")
    assert (loc["name"], loc["admin1"]) == ("Kafr el-Dawwar", "Beheira")


def test_a_town_keeps_its_common_short_name(nlp: Any) -> None:
    loc = _place("On 9 May 2023, a drone dropped explosives on a ranch near Coalcoman (Michoacan), injuring two "
                 "farm hands.")
    assert (loc["name"], loc["admin1"]) == ("Coalcoman", "Michoacan")


def test_an_unlisted_town_in_its_unit_over_a_namesake_abroad(nlp: Any) -> None:
    loc = _place("On 7 October 2019, separatist fighters burned a market stall in Ndu (Donga-Mantung) and fled.")
    assert (loc["name"], loc["country"]) == ("Ndu", "Cameroon")


def test_dhanusha_is_nepals_district(nlp: Any) -> None:
    loc = _place("On 20 March 2023, traders marched through Janakpur (Dhanusha) to protest a new tax on stalls in "
                 "Madhesh province.")
    assert (loc["name"], loc["admin1"], loc["country"]) == ("Janakpur", "Madhesh", "Nepal")


def test_a_town_told_with_town_after_it_keeps_its_name(nlp: Any) -> None:
    loc = _place("On 11 July 2014, a mob in Chuka Town beat a man they accused of stealing a motorbike.")
    assert (loc["name"], loc["admin1"]) == ("Chuka", "Tharaka-Nithi")


def test_a_county_is_named_without_its_unit_word(nlp: Any) -> None:
    loc = _place("On 6 May 2014, residents of Meru County blocked a road to protest the arrest of a local councillor.")
    assert (loc["name"], loc["admin1"]) == ("Meru", "Meru")
