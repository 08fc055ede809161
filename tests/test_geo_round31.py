"""Round 31 place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- a nationality adjective the tagger calls a place ('fired from Kyrgyz positions') is no place when the gazetteer
  lists no place of that name; a sentence whose tagged places are only countries or side places still reads the
  untagged name after 'near' ('near the Vorukh enclave')
- a big city the text names only as where people were taken ('flown to Dushanbe') does not swallow a small town
  as one of its neighbourhoods; a listed town the tagger calls an organisation is read after 'in'
- the unit in brackets after a town ('Joao Pessoa (Paraiba)') holds the town; it is not the event's place
- the seat of who speaks ('the defence ministry in Baku said') is not the event's place
- a town told by its direction from a reference city ('at Al Harsha, west of Zawiya') is found under a spelling
  variant of the gazetteer's name, and keeps the text's spelling
- an unlisted part named before 'area of' ('the W park area of Say department') gives the place after 'of'
- ACLED's names of Tajikistan's GBAO and Azerbaijan's 'Ag' districts (admin1_names.yaml v3)
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def test_a_nationality_before_a_noun_is_not_a_place(nlp: Any) -> None:
    loc = _place("On 3 May 2021, a shell fired from Kyrgyz positions landed in Vorukh, damaging a mosque.")
    assert (loc["name"], loc["country"]) == ("Vorukh", "Tajikistan")


def test_a_name_after_near_beats_the_countries_of_a_heading(nlp: Any) -> None:
    loc = _place("Tajikistan and Kyrgyzstan: on 9 May 2022, border guards of both states traded fire near the Vorukh "
                 "enclave; one guard on the Kyrgyz side was wounded.")
    assert (loc["name"], loc["country"]) == ("Vorukh", "Tajikistan")


def test_a_city_people_were_flown_to_keeps_the_small_town(nlp: Any) -> None:
    loc = _place("On 14 March 2022, police detained two shopkeepers in Rushon; their families said the men were "
                 "later flown to Dushanbe.")
    assert (loc["name"], loc["admin1"]) == ("Rushon", "Gorno-Badakhshan")


def test_the_unit_in_brackets_holds_the_town(nlp: Any) -> None:
    loc = _place("On 8 August 2022, residents of a neighbourhood in Joao Pessoa (Paraiba) beat a man they accused "
                 "of stealing a phone. He died the next day.")
    assert (loc["name"], loc["admin1"]) == ("Joao Pessoa", "Paraiba")


def test_the_seat_of_a_speaking_ministry_is_not_the_place(nlp: Any) -> None:
    loc = _place("On 9 September 2023, the defence ministry in Baku said an Armenian drone was shot down over army "
                 "positions in Gadabay district.")
    assert (loc["name"], loc["country"]) == ("Gadabay", "Azerbaijan")


def test_a_town_west_of_a_city_under_a_spelling_variant(nlp: Any) -> None:
    loc = _place("On 3 July 2023, a drone hit a fuel truck parked at Al Harsha, west of Zawiya; the driver was "
                 "unhurt.")
    assert (loc["name"], loc["admin1"].casefold()) == ("Al Harsha", "az zawiyah")


def test_an_unlisted_area_gives_the_place_after_of(nlp: Any) -> None:
    loc = _place("On 2 February 2024, soldiers said they had destroyed a militant camp in the W park area of Say "
                 "department, killing 9 fighters.")
    assert (loc["name"], loc["country"]) == ("Say", "Niger")


def test_gbao_is_written_as_acled_writes_it(nlp: Any) -> None:
    loc = _place("On 20 May 2022, a crowd set fire to the regional police building in Khorugh.")
    assert loc["admin1"] == "Gorno-Badakhshan"


def test_an_azerbaijani_ag_district_is_written_with_gh(nlp: Any) -> None:
    loc = _place("On 28 October 2020, a rocket struck a cotton warehouse on the edge of Aghjabadi; no one was hurt.")
    assert loc["admin1"] == "Aghjabadi"
