"""The incident's town in US news leads: the classes fixed in round 6 of issue 3's city work.

Why: GVDB's city still reads better on dev than on test, so this round fixed classes that differ between articles
rather than rows: a suburb that USPS serves under a big city's name, read as a neighbourhood of a station's dateline
city ('in Shoreline' under 'SEATTLE (KOMO)'); a suspect caught in another town beating the dateline town that the
lead only calls 'the city'; a town the tagger splits at a lower-case hyphened tail ('Lauderdale-by-the-Sea'); 'the
Delta city', a region describing the town told before it; a suburb's own police force under a big city's station
dateline ('a Speedway woman ... Speedway police said'); a state's agency ('The Texas Department of Public Safety') as
the story's country. Every sentence below is written for this file; towns are real, people and incidents invented.
Real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest
from geocoded import place_triple

CASES = [
    # a suburb whose ZIP codes say Seattle: USPS accepts its own name too, so it is a city of its own
    ("SEATTLE (KOMO) — A man was wounded late Tuesday when someone fired into his car in Shoreline, "
     "sheriff's deputies said.", "Shoreline", "Washington", "US"),
    ("ST. LOUIS (KMOV) — A teenager was shot and hurt Friday evening near a park in Ferguson, officers said.",
     "Ferguson", "Missouri", "US"),
    # the dateline town, told only as 'the city', beats the town where the suspect was caught later
    ("SALINA, Kan. — A man was shot and killed Saturday night at a duplex on the city's south side, police said. "
     "Deputies arrested a man, 30, in Abilene early Sunday.", "Salina", "Kansas", "US"),
    # a town whose name goes on after a hyphen in lower case
    ("Police in Lauderdale-by-the-Sea said gunfire hit a man in the arm outside a beach bar early Sunday.",
     "Lauderdale-by-the-Sea", "Florida", "US"),
    # 'the Delta city' describes the town told before it
    ("A woman was shot dead Monday night in Clarksdale, the second killing in the Delta city this month, "
     "police said. The Coahoma County coroner confirmed her death.", "Clarksdale", "Mississippi", "US"),
    # a suburb's own police working the case under a big city's station dateline
    ("INDIANAPOLIS (WISH) — A Speedway woman was shot and wounded in her driveway early Thursday. "
     "Speedway police said a neighbor heard two shots and called 911.", "Speedway", "Indiana", "US"),
]


@pytest.mark.parametrize(("text", "city", "state", "country"), CASES)
def test_the_incidents_town(nlp: Any, text: str, city: str, state: str, country: str) -> None:
    assert place_triple(text) == (city, state, country)


def test_a_neighbourhood_of_a_big_dateline_city_is_still_that_city(nlp: Any) -> None:
    # Rogers Park's ZIP codes say Chicago and USPS accepts no other name there: a part of the city
    name, state, _ = place_triple("CHICAGO (WGN) — A man was shot and wounded Sunday afternoon in Rogers Park, "
                                  "police said.")
    assert (name, state) == ("Chicago", "Illinois")


def test_the_big_citys_own_police_keep_the_story_there(nlp: Any) -> None:
    # a suburb's man, but the dateline city's own force works the case: the city
    name, state, _ = place_triple("KANSAS CITY, Mo. (KSHB) — A Lee's Summit man was shot and wounded Saturday night "
                                  "outside a bar. Kansas City police said the gunman fled on foot.")
    assert (name, state) == ("Kansas City", "Missouri")


def test_a_states_agency_names_the_country(nlp: Any) -> None:
    # 'The Texas Department of Public Safety' says the story is American: Texas's Athens, not Greece's
    name, state, country = place_triple("The Texas Department of Public Safety said a trooper shot and wounded a "
                                        "driver on a highway in Athens on Friday night.")
    assert (name, state, country) == ("Athens", "Texas", "US")
