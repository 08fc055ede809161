"""Issue 3, definitions 2.31 (session 34, spent world_notes61 and ACLED Kenya train side): type confusions of the
world notes.

- Munitions dropped by an aircraft, read as a riot (a house destroyed, a person killed): an Air/drone strike.
- People detained before a protest they had announced or planned, read as a protest with intervention: Arrests.
- A named militia (Imbonerakure) that beat an unarmed man to death, read as mob violence: an Attack.
- A crowd that caught a man it suspected of a theft and set upon him, read as no event: Mob violence.
- Troops that tried to storm the other side's positions, no toll given, read as no event: an Armed clash.
- A vehicle that struck a roadside charge, read as a clash: Remote explosive/landmine/IED.
- Police or soldiers who turned live fire on marchers and killed some, read as an attack: Excessive force against
  protesters.
- A force that pulled people away from a gathering, read as peaceful: a Protest with intervention.
- Armed men in a force's style of dress who shot people dead, read as a clash: an Attack (the dress is no force).
- A group that stormed a screening and punched those there, read as a violent demonstration: Mob violence.

Our own sentences about invented incidents in real places; each rule case fails without its rule.
"""

from __future__ import annotations

import pytest
from acled_labels import (
    AIR,
    ARRESTS,
    ATTACK,
    CLASH,
    EXCESSIVE,
    IED,
    INTERVENTION,
    MOB,
    NO_EVENT,
    PEACEFUL,
    VIOLENT,
)

from crosstally.extract._model import defined_label


@pytest.mark.parametrize("text", [
    "On 6 May 2024, military aircraft dropped guided bombs on Kupiansk (Kharkiv), destroying a house and killing a "
    "man of 70, officials said.",
    "On 4 May 2024, a drone dropped two grenades on a yard in Nikopol (Dnipropetrovsk), destroying a car and killing "
    "a woman.",
])
def test_munitions_dropped_from_the_air_read_as_a_riot_are_a_strike(text: str) -> None:
    assert defined_label(text, *MOB) == AIR


def test_a_crowd_that_stoned_a_bank_stays_a_riot() -> None:
    text = "On 4 May 2024, protesters stoned a bank in Kupiansk and burnt tyres on the road. [size=no report]"
    assert defined_label(text, *VIOLENT) == VIOLENT


@pytest.mark.parametrize("text", [
    "On 12 March 2024, police in Goma detained five students who had planned a sit-in against the price of water.",
    "On 12 March 2024, police in Bukavu detained four activists who had called a march against power cuts.",
])
def test_people_detained_before_their_protest_are_arrests(text: str) -> None:
    assert defined_label(text, *INTERVENTION) == ARRESTS


def test_a_sit_in_dispersed_with_arrests_stays_an_intervention() -> None:
    text = ("On 12 March 2024, police in Goma dispersed a sit-in against the price of water and detained five "
            "students. [size=no report]")
    assert defined_label(text, *INTERVENTION) == INTERVENTION


def test_a_named_militia_that_beat_a_man_to_death_is_an_attack() -> None:
    text = ("On 3 June 2021, a group of Imbonerakure clubbed a teacher to death in Muramvya province after a dispute "
            "over party dues, a local association said.")
    assert defined_label(text, *MOB) == ATTACK


def test_a_crowd_that_caught_a_suspect_and_set_upon_him_is_mob_violence() -> None:
    text = ("On 9 April 2021, residents of a village near Tororo caught a man suspected of stealing a bicycle and set "
            "upon him with clubs. He died in hospital, police said.")
    assert defined_label(text, *NO_EVENT) == MOB


def test_troops_that_tried_to_storm_positions_clash() -> None:
    text = ("On 2 February 2024, Russian units tried to storm Ukrainian positions near Avdiivka (Donetsk) with tanks; "
            "the brigade said the assault was beaten back.")
    assert defined_label(text, *NO_EVENT) == CLASH


def test_a_truck_that_struck_a_roadside_charge_is_an_ied() -> None:
    text = "On 5 May 2021, a military truck near Mamfe struck a roadside charge; two soldiers were wounded."
    assert defined_label(text, *CLASH) == IED


def test_live_fire_turned_on_marchers_is_excessive_force() -> None:
    text = ("On 20 October 2024, soldiers turned live fire on a crowd of marchers in Nampula disputing the vote count, "
            "killing three.")
    assert defined_label(text, *ATTACK) == EXCESSIVE


def test_a_force_that_pulled_people_away_from_a_rally_intervened() -> None:
    text = ("On 3 February 2023, savers rallied outside a bank in Tripoli demanding their deposits; police pulled away "
            "three men who had chained themselves to the gate.")
    assert defined_label(text, *PEACEFUL) == INTERVENTION


def test_gunmen_in_a_force_style_of_dress_who_shot_men_dead_attacked() -> None:
    text = "On 4 March 2023, armed men in military-style fatigues entered a bar in Choloma and shot dead three men."
    assert defined_label(text, *CLASH) == ATTACK


def test_a_group_that_stormed_a_concert_and_beat_guests_is_mob_violence() -> None:
    text = ("On 14 May 2022, men from a nationalist group stormed a concert in Batumi, breaking chairs and beating "
            "three of the guests.")
    assert defined_label(text, *VIOLENT) == MOB


def test_demonstrators_who_stormed_a_meeting_over_a_demand_stay_violent() -> None:
    text = ("On 14 May 2022, protesters demanding the mayor resign stormed a council meeting in Batumi and punched a "
            "councillor. [size=no report]")
    assert defined_label(text, *VIOLENT) == VIOLENT
