"""Event type round 11 (issue 3, session 18): ACLED codebook definitions the recent notes follow
(event_arguments.yaml v2.9).

Why: the classifier learnt Kenya's notes to 2015; the notes since follow the codebook more strictly. Four definitions
the overrides did not yet read: two named communities' herders or youths who fought are a clash of communal
militias; a crowd that burns or storms a police post or a government office is a violent demonstration (not mob
violence, nor a battle); an arrest whose only harm words name the crime it answers is an Arrests event; a side
attacked that returned fire makes a clash. Each test gives the label the classifier might give and checks what the
definitions make of it, with a near case each rule must leave alone. All sentences are invented.
"""

from __future__ import annotations

import pytest

from crosstally.extract import _model

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
MOB = ("Riots", "Mob violence")
VIOLENT_DEMO = ("Riots", "Violent demonstration")
ARRESTS = ("Strategic developments", "Arrests")


@pytest.mark.parametrize("text", [
    "On 4 May 2020, Samburu and Pokot herders fought with bows and arrows near Baragoi; two men died.",
    "On 9 June 2021, Degodia herders and Garre youths traded fire at a water pan outside Rhamu; one person died.",
])
def test_two_named_communities_that_fought_are_a_clash(text: str) -> None:
    assert "has_two_sides_fought" in _model.argument_tokens(text)
    assert _model.apply_definitions(text, *ATTACK) == CLASH


def test_police_and_residents_who_clashed_are_no_communal_clash() -> None:
    text = "On 4 May 2020, police and residents clashed in Baragoi after a chief was transferred."
    assert "has_two_sides_fought" not in _model.argument_tokens(text)


@pytest.mark.parametrize("text", [
    "On 7 April 2019, angry youths torched the police post at Kegati after a trader died in a cell there.",
    "On 2 May 2022, villagers stormed the chief's office in Lunga Lunga and smashed its windows over land allocations.",
])
def test_a_crowd_against_a_police_post_or_office_is_a_violent_demonstration(text: str) -> None:
    assert _model.apply_definitions(text, *MOB) == VIOLENT_DEMO
    assert _model.apply_definitions(text, *CLASH) == VIOLENT_DEMO


def test_a_mob_storming_a_station_to_lynch_a_suspect_stays_mob_violence() -> None:
    text = "On 7 April 2019, a vigilante mob stormed the police station in Kegati in a bid to lynch a theft suspect."
    assert _model.apply_definitions(text, *MOB) == MOB


def test_armed_youths_attacking_a_post_stay_a_clash() -> None:
    text = "On 7 April 2019, youths armed with bows attacked the police post at Kegati; officers fired and two died."
    assert _model.apply_definitions(text, *CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 12 July 2020, detectives arrested three men over the murder of a cattle trader in Kapenguria.",
    "On 12 July 2020, police in Kapenguria arrested two brothers in connection with the killing of a teacher.",
])
def test_an_arrest_for_an_earlier_killing_is_an_arrest(text: str) -> None:
    assert _model.harm_only_in_arrest_reason(text)
    assert _model.apply_definitions(text, *ATTACK) == ARRESTS
    assert _model.apply_definitions(text, *CLASH) == ARRESTS


def test_an_arrest_with_a_killing_in_it_is_not_only_an_arrest() -> None:
    text = "On 12 July 2020, police shot dead one suspect and arrested two others over a bank robbery in Kapenguria."
    assert not _model.harm_only_in_arrest_reason(text)
    assert _model.apply_definitions(text, *CLASH) != ARRESTS


def test_a_side_attacked_that_returned_fire_makes_a_clash() -> None:
    text = "On 5 May 2023, herders grazing in a conservancy near Isiolo shot at two rangers, who returned fire."
    assert _model.apply_definitions(text, *ATTACK) == CLASH


def test_police_returning_fire_at_a_protest_is_no_clash() -> None:
    text = "On 5 May 2023, protesters in Kapedo stoned officers, who returned fire; one man was hurt."
    assert _model.apply_definitions(text, *ATTACK) != CLASH
