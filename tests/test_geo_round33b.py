"""Round 33b place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with the Kenyan feed's country hint, as the ACLED Kenya notes run.

- a name the note itself calls a town ('traders of Matuu town', 'on Kapsabet town streets') is the event's place
  over the county or sub-county the same sentence names ('police in Yatta', 'in Nandi', 'Mwingi Central district'):
  ACLED codes the most specific place; only a listed town of that unit's own county counts
"""

from __future__ import annotations

from typing import Any

from test_geo_notes_round6 import _place  # one note through the real pipeline with a country hint, its place


def test_a_town_told_as_a_town_beats_the_sub_county_beside_it(nlp: Any) -> None:
    loc = _place("On 4 March 2021, police in Yatta dispersed traders of Matuu town who were protesting against new "
                 "market fees.", "KE")
    assert (loc.name, loc.admin1) == ("Matuu", "Machakos")


def test_a_town_told_as_a_town_beats_the_county_beside_it(nlp: Any) -> None:
    loc = _place("On 9 March 2021, teachers in Nandi held a peaceful march on Kapsabet town streets to protest "
                 "against delayed salaries.", "KE")
    assert (loc.name, loc.admin1) == ("Kapsabet", "Nandi")


def test_a_sub_county_told_as_a_district_gives_way_to_its_town(nlp: Any) -> None:
    loc = _place("On 12 March 2021, matatu drivers in Mwingi Central district blocked the main road in Mwingi town "
                 "over a new parking fee.", "KE")
    assert (loc.name, loc.admin1) == ("Mwingi", "Kitui")


def test_a_town_of_another_county_does_not_replace_the_unit(nlp: Any) -> None:
    loc = _place("On 15 March 2021, police in Yatta dispersed traders who had travelled from Kitui town to protest "
                 "against new market fees.", "KE")
    assert loc.name != "Kitui" and loc.admin1 == "Machakos"
