"""Round 29 place rules, each on a note we wrote ourselves (invented incidents, real places), run through the real
pipeline with no country hint, as the JSONL contract runs.

- a function word the tagger swept into a place's name ('PD8 of' in 'in PD8 of Kabul city') is no part of it: the
  unit code then reads with the city after it, instead of the place a possessive names earlier in the sentence
  ("Logar's council": whose council, not where the attack happened)
"""

from __future__ import annotations

from typing import Any

from test_geo_round24 import _place  # one note through the real pipeline, its event's place


def test_city_police_district_beats_an_earlier_possessive_province(nlp: Any) -> None:
    # (the tagger reads "PD8 of" as one name here)
    loc = _place("On 2 June 2020, two employees of Logar's education department were wounded by a sticky bomb in PD8 "
                 "of Kabul city.")
    assert (loc["name"], loc["admin1"]) == ("Kabul", "Kabul")


def test_city_police_district_with_a_second_victim_phrase(nlp: Any) -> None:
    loc = _place("On 2 June 2020, Logar's deputy governor and a driver were shot dead by gunmen in PD8 "
                 "of Kabul city.")
    assert (loc["name"], loc["admin1"]) == ("Kabul", "Kabul")
