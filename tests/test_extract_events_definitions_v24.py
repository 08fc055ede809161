"""ACLED's definitions added in event_arguments.yaml v2.4 (issue 3 round 7): people held for organising a protest
are arrests; lethal force on marchers who were not violent is excessive force; a crowd's petrol bombs and an angry
crowd's burning are a violent demonstration; two armed sides told fighting are a battle; people held and then killed
are attacked; aircraft that struck are an air strike; settlers' assaults are attacks; troops sent to a region are a
change of activity; a crowd throwing stones at gendarmes is demonstrating, not a mob.

Sentences are invented for these tests (generic names, invented towns)."""

from __future__ import annotations

from acled_labels import (
    ARRESTS,
    ATTACK,
    CHANGE,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    INTERVENTION,
    MOB,
    NO_EVENT,
    VD,
)

from crosstally.extract import _model
from crosstally.extract._events import without_denials

AIR = ("Explosions/Remote violence", "Air/drone strike")


def _revise(text: str, label: tuple[str, str]) -> tuple[str, str]:
    return _model.apply_definitions(without_denials(text), *label)


def test_people_held_for_organising_a_protest_are_arrests() -> None:
    for text in ("On 2 May 2023, police in Ebolo detained a student leader accused of organising marches against "
                 "the new fuel levy.",
                 "On 2 May 2023, police in Ebolo arrested four trade unionists who had been preparing a rally "
                 "over unpaid salaries."):
        assert _revise(text, INTERVENTION) == ARRESTS, text


def test_arrests_at_a_protest_stay_an_intervention() -> None:
    text = ("On 2 May 2023, police in Ebolo arrested 12 demonstrators who marched on the town hall against the fuel "
            "levy. [size=about 200]")
    assert _revise(text, INTERVENTION) == INTERVENTION


def test_lethal_force_on_calm_marchers_is_excessive_force() -> None:
    for text in ("On 9 June 2022, police shot dead a student during a demonstration against exam fees in Ebolo. "
                 "[size=hundreds]",
                 "On 9 June 2022, soldiers fired live rounds at teachers marching over pay arrears in Ebolo; two "
                 "marchers were killed. [size=thousands]"):
        assert _revise(text, ATTACK) == EXCESSIVE, text
        assert _revise(text, INTERVENTION) == EXCESSIVE, text


def test_lethal_force_on_a_crowd_that_burns_or_stones_is_no_excessive_force() -> None:
    text = ("On 9 June 2022, protesters threw stones at officers and burnt tyres in Ebolo; police shot dead one of "
            "them during the demonstration. [size=no report]")
    assert _revise(text, ATTACK) != EXCESSIVE


def test_a_crowds_petrol_bombs_are_a_violent_demonstration() -> None:
    text = ("On 3 March 2024, a group of men in Ebolo hurled petrol bombs at a hostel for migrant workers and "
            "scuffled with police. [size=dozens]")
    assert _revise(text, DISRUPTED) == VD
    # a device found and made safe stays a disrupted weapons use
    defused = "On 3 March 2024, police in Ebolo found and defused a petrol bomb left outside a hostel."
    assert _revise(defused, DISRUPTED) == DISRUPTED


def test_an_angry_crowd_burning_property_is_a_violent_demonstration() -> None:
    text = ("On 5 January 2020, residents angered by a rise in bread prices set fire to a bank and the town hall in "
            "Ebolo. [size=no report]")
    for label in (ATTACK, CLASH):
        assert _revise(text, label) == VD, label
    armed = ("On 5 January 2020, gunmen angered by a land ruling set fire to a bank in Ebolo and shot a cashier.")
    assert _revise(armed, ATTACK) == ATTACK


def test_two_armed_sides_fighting_are_a_battle() -> None:
    for text in ("On 7 July 2021, two rival clans fought with rifles near Ebolo; 4 people were killed.",
                 "On 7 July 2021, militiamen and federal soldiers fought for hours in Ebolo."):
        assert _revise(text, ATTACK) == CLASH, text


def test_people_held_then_killed_are_attacked() -> None:
    text = "On 8 August 2022, soldiers detained and killed four herders at a camp near Ebolo."
    assert _revise(text, CLASH) == ATTACK
    fight = "On 8 August 2022, soldiers exchanged fire with rebels near Ebolo, captured and killed two of them."
    assert _revise(fight, CLASH) == CLASH


def test_aircraft_that_struck_are_an_air_strike() -> None:
    text = "On 1 April 2019, military jets struck a fuel depot near Ebolo; 12 workers died."
    assert _revise(text, NO_EVENT) == AIR
    assert _revise("On 1 April 2019, an aircraft landed at Ebolo airport.", NO_EVENT) == NO_EVENT


def test_settlers_assault_is_an_attack() -> None:
    text = ("On 6 October 2022, settlers from a nearby outpost threw stones at farmers picking olives near Ebolo, "
            "injuring two of them.")
    assert _revise(text, MOB) == ATTACK
    kenya = "On 6 October 2022, settlers and herders threw stones at each other near Ebolo over grazing land."
    assert _revise(kenya, MOB) == MOB


def test_troops_sent_to_a_region_are_a_change_of_activity() -> None:
    text = ("On 17 April 2022, the government announced the deployment of additional troops to the Ebolo region "
            "after a series of attacks.")
    assert _revise(text, NO_EVENT) == CHANGE
    hurt = "On 17 April 2022, troops were sent to Ebolo, where gunmen killed three villagers."
    assert _revise(hurt, NO_EVENT) == NO_EVENT


def test_a_crowd_stoning_gendarmes_is_demonstrating_not_a_mob() -> None:
    text = ("On 1 June 2023, supporters of a jailed mayor burned a market stall and threw rocks at gendarmes in "
            "Ebolo. [size=no report]")
    assert "crowd_fights_force" in _model.argument_tokens(text)
    assert _revise(text, MOB) == VD


def test_an_angry_crowd_that_hurts_people_is_left_to_the_classifier() -> None:
    text = "On 5 May 2021, villagers angry over a land dispute attacked a family in Ebolo and injured three people."
    assert _revise(text, ATTACK) == ATTACK
