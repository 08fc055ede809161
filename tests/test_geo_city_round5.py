"""The incident's town in US (and UK) news leads: the classes fixed in round 5 of issue 3's city work.

Why: GVDB's city still reads better on dev than on test, so this round fixed classes that differ between articles
rather than rows: a victim flown to a hospital in another city or a suspect caught elsewhere ('flown to a hospital in
Jackson'), a home town told as 'a Dayton man', a suburb across a state line from a station's dateline city ('in
Southaven' under 'MEMPHIS, Tenn.'), a small part of a big city told as 'the Toxteth area of Liverpool' or 'Toxteth,
Liverpool', a county or city told only by its police ('St. Tammany Parish deputies', 'the NYPD'), a foreign country
from a scraped teaser beside an American town the index lacks, and an unlisted town under a wire's capital dateline.
Every sentence below is written for this file; towns are real, people and incidents invented. Real pipeline.
"""

from __future__ import annotations

from typing import Any

import pytest
from geocoded import first_place, geocoded_event, place_triple

CASES = [
    # the victim flown to a hospital in a bigger city: the town where he was shot
    ("A man was shot in Selmer on Friday and flown to a hospital in Jackson, where he died, the McNairy County "
     "sheriff said.", "Selmer", "Tennessee", "US"),
    # a station's dateline city in one state, the suburb across the state line in another
    ("MEMPHIS, Tenn. (WREG) — Gunfire killed a man late Saturday in Southaven, police there said.",
     "Southaven", "Mississippi", "US"),
    # a stand-alone dateline and the city across the river, written with its short title
    ("ST. LOUIS — A woman was shot dead early Monday in East St. Louis, Illinois State Police said.",
     "East St. Louis", "Illinois", "US"),
    # a small part of a big city the gazetteer lists as a place of its own: the city
    ("A man in his thirties died after he was shot in the Toxteth area of Liverpool on Sunday night, police said.",
     "Liverpool", "England", "GB"),
    ("A man was shot and killed in Toxteth, Liverpool, on Tuesday night, Merseyside Police said.",
     "Liverpool", "England", "GB"),
    # a parish told only by its deputies, with its short title
    ("St. Tammany Parish deputies said a woman was shot and wounded when someone fired into her home Thursday night.",
     "Saint Tammany Parish", "Louisiana", "US"),
    # a county told only by its sheriff's department
    ("The Pierce County Sheriff's Department said gunfire killed a man on a rural road late Tuesday.",
     "Pierce County", "Washington", "US"),
    # a city force named by its initials only
    ("Two men were shot and wounded Friday outside a deli, the NYPD said.", "New York City", "New York", "US"),
]


@pytest.mark.parametrize(("text", "city", "state", "country"), CASES)
def test_the_incidents_town(nlp: Any, text: str, city: str, state: str, country: str) -> None:
    assert place_triple(text) == (city, state, country)


def test_a_home_town_told_as_a_man_of_it_is_not_the_place(nlp: Any) -> None:
    name, state, _ = place_triple("A Milwaukee man, 22, was shot in the leg in Racine on Friday, police said.")
    assert (name, state) == ("Racine", "Wisconsin")


def test_a_far_namesake_across_a_state_line_is_still_the_datelines_town(nlp: Any) -> None:
    # 'Springfield' across a state line but hundreds of km away is no suburb of the dateline city
    name, state, _ = place_triple("COLUMBIA, Mo. (KOMU) — A man was shot and wounded Sunday at a gas station in Fulton, "
                            "police said.")
    assert state == "Missouri" and name == "Fulton"


def test_an_american_town_beats_a_foreign_country_from_a_scraped_teaser(nlp: Any) -> None:
    text = ("Deputies said a man was shot dead on Sunday inside a home in Bessemer after an argument. "
            "Cyclists from Israel won two stages of a mountain race this weekend.")
    loc = geocoded_event(text, "Israel", country="US", sentence="Deputies said a man was shot dead on Sunday inside "
                                                                 "a home in Bessemer after an argument.")
    assert loc is not None and loc.country_code == "US" and loc.name == "Bessemer"


def test_an_unlisted_american_place_keeps_its_name_in_the_feeds_country(nlp: Any) -> None:
    text = ("Deputies were called to a farmhouse in Zorvalle early Sunday after a neighbor heard shots. Officers found "
            "him shot inside a house. Cyclists from Israel won two stages of a mountain race this weekend.")
    loc = geocoded_event(text, "Israel", country="US", sentence="Officers found him shot inside a house.")
    assert loc is not None and loc.country_code == "US" and loc.name == "Zorvalle" and loc.geonameid is None


def test_an_unlisted_town_under_a_capitals_wire_dateline_leaves_the_capital(nlp: Any) -> None:
    loc = first_place("JAKARTA, March 4 (Island Wire) - Gunmen shot dead two teachers in Kampung Zorvalle, Central "
                      "Sulawesi, on Tuesday, police said.")
    assert loc.name == "Kampung Zorvalle" and loc.country_code == "ID" and loc.admin1 != "Jakarta"
    assert loc.geonameid is None


@pytest.mark.parametrize(("text", "state"), [
    # a town with no namesake anywhere, named later in the story, says which state's 'Laurel' it is
    ("A woman was shot and killed Sunday in Laurel, police said. A suspect was arrested hours later in Hattiesburg.",
     "Mississippi"),
    # a county only one state has says which state's 'Springfield' it is
    ("A man was shot to death Tuesday in Springfield, police said. The Sangamon County coroner identified him.",
     "Illinois"),
])
def test_a_name_listed_once_tells_which_namesake(nlp: Any, text: str, state: str) -> None:
    loc = first_place(text)
    assert loc.country_code == "US" and loc.admin1 == state
