"""Issue 3, toll classes found on the spent fourth news probe and probe 2 (2026-11-26, round 2): the victims' ages
as a range ("between the ages of 16 and 21"), a man "shot and killed" counted hurt too when a woman's wounding is
joined to his killing, "no officers were hit", a hypothetical ("should have held off until somebody got hurt"), a
survivor told by a named speaker ("Pierce said he was released from the hospital"), "a second man" who is the one
already counted hurt, "the other wounded man" told apart from several dead, an appositive list between the victims
and their fate, "were found dead Sunday" (the parse hangs "dead" on the day), a clerk told apart from the gunman
killed, and background tolls: "last summer", "in December 2023", "hundreds ... have been killed".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from crosstally.extract import toll
from crosstally.extract._counts import find_counts


def _toll(nlp, text: str, kind: str = "killed") -> int | None:
    return toll(find_counts(nlp(text)), kind, text).low


def test_an_age_range_is_no_toll(nlp) -> None:
    text = "Five teenagers between the ages of 15 and 19 were wounded at a party in Dover on Saturday."
    assert _toll(nlp, text, "injured") == 5


def test_the_killed_man_is_not_also_hurt(nlp) -> None:
    text = "A man was shot and killed and a woman was wounded outside a diner in Reno on Friday."
    assert _toll(nlp, text) == 1
    assert _toll(nlp, text, "injured") == 1


def test_no_one_hit_and_hypotheticals(nlp) -> None:
    assert not _toll(nlp, "A driver fired at two deputies on Friday, but no deputies or bystanders were hit.",
                     "injured")
    assert not _toll(nlp, "Deputies shot a man dead. They should have held off until somebody got hurt.",
                     "injured")


def test_a_survivor_told_by_a_speaker(nlp) -> None:
    text = ("A man was shot and killed in Erie on Saturday. The cousin was shot in the knee. "
            "Officer Jane Doe said he was released from the hospital on Sunday.")
    assert _toll(nlp, text, "injured") == 1


def test_a_second_man_already_counted(nlp) -> None:
    text = ("A man has died and another has been hurt after a fight in Leeds on Friday night. A 30-year-old man "
            "died at the scene. A second man, aged 33, was taken to hospital with cuts to his hands.")
    assert _toll(nlp, text, "injured") == 1


def test_the_other_wounded_man_beside_several_dead(nlp) -> None:
    text = ("Two men were killed at the scene and a third died later in hospital, officials said. "
            "The other wounded man was reported in serious condition.")
    assert _toll(nlp, text, "injured") == 1


def test_an_appositive_list_before_the_fate(nlp) -> None:
    text = "The two other victims, a 20-year-old woman and a 14-year-old boy, were treated for wounds to their arms."
    assert _toll(nlp, text, "injured") == 2


def test_found_dead_on_a_day(nlp) -> None:
    assert _toll(nlp, "A man and his brother were found dead Monday in Casper, police said.") == 2


def test_a_clerk_apart_from_the_gunman(nlp) -> None:
    text = "A gunman was killed by police in Yuma on Sunday. A store clerk was shot in the arm."
    assert _toll(nlp, text) == 1
    assert _toll(nlp, text, "injured") == 1


@pytest.mark.parametrize("text", [
    "A man was killed on Saturday. Last summer, three people were killed and five wounded a block away.",
    "Nine people were killed on Sunday. More than 80 people were killed in raids in the area in March 2021.",
    "Nine people were killed on Sunday. The region has seen attacks in which hundreds of people have been killed.",
])
def test_background_tolls(nlp, text: str) -> None:
    want = 1 if text.startswith("A man") else 9
    assert _toll(nlp, text) == want
    assert not _toll(nlp, text, "injured")
