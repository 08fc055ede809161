"""Tolls, round 7 (issue 3, killed and injured in US news and ACLED notes): classes read on the spent probes.

Why: each class below was a wrong killed or injured figure on a spent set (news_probe6, world_notes11/15); the
sentences here are our own (invented incidents and people, real towns). GVDB's rules: killed = victims who died,
whenever they died; injured = hurt and alive; only the article's own incident counts. ACLED's: all deaths of an
event, perpetrators' included; sources that disagree give the lowest figure.
"""

from __future__ import annotations

from typing import Any

import pytest
from first_event import first_low

from crosstally.extract import toll
from crosstally.extract._counts import find_counts


def _toll(nlp: Any, text: str, kind: str = "killed") -> int:
    return toll(find_counts(nlp(text)), kind, text).low or 0


def test_a_police_release_with_each_wounded_and_one_pronounced_deceased(nlp: Any) -> None:
    text = ("Officers arrived on Elm Street in Dayton and found two women, each with at least one gunshot wound. One "
            "victim, a 52-year-old Dayton resident, was pronounced deceased by medics. The second victim, 30, was "
            "taken to Miami Valley Hospital.")
    assert (_toll(nlp, text), _toll(nlp, text, "injured")) == (1, 1)


def test_a_pronoun_pronounced_deceased_stays_the_one_shot(nlp: Any) -> None:
    text = "Deputies found a man with gunshot wounds in a car in Ocala. He was pronounced deceased a short time later."
    assert (_toll(nlp, text), _toll(nlp, text, "injured")) == (1, 0)


def test_a_follow_up_opening_on_a_second_death_tells_two(nlp: Any) -> None:
    text = ("A second woman has died after a shooting outside a Reno bowling alley on Friday, police said Monday. "
            "Maria Lopez, 44, died Sunday. Officers had found Lopez and Ann Kerr, 39, in the lot. Kerr died there.")
    assert _toll(nlp, text) == 2


def test_an_ordinal_death_told_after_the_dead_is_not_raised(nlp: Any) -> None:
    text = "Two men were shot dead on Main Street in Akron on Friday. A second man was shot in the leg."
    assert _toll(nlp, text) == 2


def test_a_third_person_shot_after_two_dead_is_hurt(nlp: Any) -> None:
    text = ("Two brothers were killed outside a Macon bar early Sunday. A third man was hit in the hip and is still "
            "in the hospital, police said.")
    assert (_toll(nlp, text), _toll(nlp, text, "injured")) == (2, 1)


@pytest.mark.parametrize("told", ["was treated at a hospital and released", "was treated and released",
                                  "was treated at the scene and sent home"])
def test_treated_and_released_is_hurt(nlp: Any, told: str) -> None:
    text = f"A man was killed in a shooting in Tulsa on Saturday. A woman who was with him {told}."
    assert (_toll(nlp, text), _toll(nlp, text, "injured")) == (1, 1)


def test_treated_for_a_cold_is_no_injury(nlp: Any) -> None:
    text = "A man was killed in a shooting in Tulsa on Saturday. His neighbour said she was treated kindly by him."
    assert _toll(nlp, text, "injured") == 0


def test_an_incident_in_an_earlier_month_leaves_the_lone_wounded(nlp: Any) -> None:
    text = ("A 17-year-old was killed at a Mobile skate park on Tuesday. A 14-year-old was shot in the hand and is "
            "expected to recover. In March, four people were wounded at the same park.")
    assert (_toll(nlp, text), _toll(nlp, text, "injured")) == (1, 1)


@pytest.mark.parametrize("rate", ["each year", "every year", "a year", "annually"])
def test_a_yearly_rate_is_background(nlp: Any, rate: str) -> None:
    text = (f"Gunmen shot dead two taxi drivers in Culiacan on Monday, prosecutors said. The city records hundreds "
            f"of killings {rate}.")
    assert first_low(nlp, text) == 2


def test_did_not_survive_is_a_death(nlp: Any) -> None:
    text = "Gunmen shot a shopkeeper outside his store in Lagos on Monday. The shopkeeper did not survive his wounds."
    assert (_toll(nlp, text), _toll(nlp, text, "injured")) == (1, 0)


def test_one_more_victim_told_also_after_a_semicolon(nlp: Any) -> None:
    text = "On 2 May 2022, gunmen shot dead a village chief near Kasese; a herder was also killed."
    assert first_low(nlp, text) == 2


@pytest.mark.parametrize(("act", "want"), [("killed them", 3), ("shot them dead", 3), ("released them", 0)])
def test_people_taken_and_then_killed_as_them(nlp: Any, act: str, want: int) -> None:
    text = f"On 2 May 2022, armed men stopped a truck near Mopti, took three traders who sold cattle and {act}."
    assert first_low(nlp, text) == want


def test_as_were_carries_the_fate_over(nlp: Any) -> None:
    text = "On 2 May 2022, an army patrol was ambushed near Gao. One soldier was killed, as were three of the attackers."
    assert first_low(nlp, text) == 4


@pytest.mark.parametrize("rival", ["; the interior ministry acknowledged two deaths",
                                   ", while police put the number of dead at two"])
def test_a_party_answering_the_toll_gives_the_lowest(nlp: Any, rival: str) -> None:
    text = f"On 2 May 2022, police fired on marchers in Kisumu. Organisers said seven marchers were killed{rival}."
    assert first_low(nlp, text) == 2
