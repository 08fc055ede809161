"""Issue 3, definitions 2.30 (session 33b, spent world_notes47 and ACLED Kenya train side): type confusions of
Kenya's recent notes.

- A bid to overrun a post that was repulsed, read as Non-state actor overtakes territory or as a Non-violent transfer
  of territory: an Armed clash.
- Two named communities' youths who exchanged arrows or came to blows, read as an attack: an Armed clash (as those
  who clashed; ACLED's Kenya train side codes two named communities fighting Armed clash, 44 of 53).
- A crowd opposed to something that torched or looted (its own violence read as part of what it opposes), and an
  angered crowd that broke windows, read as peaceful: a Violent demonstration.
- The police who moved a crowd outside or held some of them: a Protest with intervention.
- A person taken who remained missing, read as no event: Abduction/forced disappearance.
- Students who burnt their school's buildings, nobody hurt: a Violent demonstration, not Looting/property destruction.
- A crowd that turned on people and beat them, a person roughed up by a crowd, a suspect set upon, homes razed of a
  man a crowd suspected in a killing: Mob violence.
- A march that ended with someone dead of a bullet, officers firing, and an angry crowd shot at by the police:
  Excessive force against protesters.
- Officers who beat a person told by age: an Attack.

Our own sentences about invented incidents in real places; each rule case fails without its rule.
"""

from __future__ import annotations

import pytest
from acled_labels import (
    ABDUCTION,
    ATTACK,
    CLASH,
    EXCESSIVE,
    HANDOVER,
    INTERVENTION,
    LOOTING,
    MOB,
    NO_EVENT,
    OVERTAKES,
    PEACEFUL,
    VIOLENT,
)

from crosstally.extract._model import defined_label


@pytest.mark.parametrize("text", [
    "On 2 May 2022, fighters tried to overrun a police camp near Lafey but were repulsed after an hour of shooting.",
    "On 2 May 2022, an attempt by fighters to overrun a police camp near Lafey failed; the attackers were beaten "
    "back and two of them were killed.",
])
def test_a_repulsed_bid_to_overrun_is_a_clash(text: str) -> None:
    assert defined_label(text, *CLASH) == CLASH


def test_a_repulsed_siege_is_no_transfer_of_territory() -> None:
    text = "On 2 May 2022, fighters laid siege to a police camp near Lafey but were quickly repelled by soldiers."
    assert defined_label(text, *HANDOVER) == CLASH


def test_a_camp_overrun_stays_ground_taken() -> None:
    text = "On 2 May 2022, fighters overran a police camp near Lafey after an hour of shooting and held it."
    assert defined_label(text, *CLASH) == OVERTAKES


@pytest.mark.parametrize("text", [
    "On 6 August 2020, Pokot and Turkana herders exchanged arrows near Kainuk for two hours; one man was killed.",
    "On 6 August 2020, a row over a well brought Pokot and Turkana herders to blows near Kainuk; one man was killed.",
])
def test_two_named_communities_that_exchanged_arrows_clash(text: str) -> None:
    assert defined_label(text, *ATTACK) == CLASH


def test_a_crowd_opposed_to_a_bill_that_torched_an_office_is_violent() -> None:
    text = ("On 12 July 2024, youths opposed to the new tax law torched a party office in Nyeri town and carried off "
            "its chairs. [size=no report]")
    assert defined_label(text, *MOB) == VIOLENT


def test_a_crowd_against_homes_torched_by_raiders_keeps_its_demand() -> None:
    # the torching is what the crowd protests (told by "by"): nothing violent by the crowd
    text = "On 12 July 2024, residents marched in Marsabit against homes torched by raiders. [size=no report]"
    assert defined_label(text, *MOB) != VIOLENT


def test_an_angered_crowd_that_broke_windows_is_violent() -> None:
    text = ("On 3 March 2022, refugees in Dadaab camp angered by a cut in water supply broke windows at the camp "
            "office. [size=no report]")
    assert defined_label(text, *MOB) == VIOLENT


@pytest.mark.parametrize("text", [
    "On 9 May 2023, port workers opposed to a new shift rule sat down inside the Mombasa terminal until police moved "
    "them outside. [size=no report]",
    "On 9 May 2023, port workers opposed to a new shift rule sat down inside the Mombasa terminal; police came and "
    "held three union leaders. [size=no report]",
])
def test_a_crowd_moved_out_or_some_held_is_an_intervention(text: str) -> None:
    assert defined_label(text, *INTERVENTION) == INTERVENTION


def test_a_person_taken_who_remained_missing_is_an_abduction() -> None:
    text = ("On 4 October 2024, a blogger was picked up outside a cafe in Thika by men in a white van; he remained "
            "missing a week later.")
    assert defined_label(text, *NO_EVENT) == ABDUCTION


def test_students_who_burnt_their_school_library_riot() -> None:
    text = ("On 10 July 2017, boarders at a secondary school in Kisii burnt down the library and a dormitory after the "
            "principal refused to cancel a test. No one was hurt.")
    assert defined_label(text, *VIOLENT) == VIOLENT


def test_classrooms_burnt_by_unknown_people_stay_property_destruction() -> None:
    # the school is what was burnt, not who burnt it
    text = "On 10 July 2017, unknown people set fire to three classrooms of a primary school in Kisii. No one was hurt."
    assert defined_label(text, *VIOLENT) == LOOTING


def test_a_crowd_that_turned_on_workers_and_beat_them_is_mob_violence() -> None:
    text = ("On 2 June 2023, a crowd in Kendu Bay turned on water company staff cutting supply, beating three and "
            "burning their motorbike.")
    assert defined_label(text, *MOB) == MOB
    assert defined_label(text, *VIOLENT) == MOB


def test_an_officer_roughed_up_by_a_crowd_is_mob_violence() -> None:
    text = ("On 8 April 2017, a county askari was roughed up by a crowd in Machakos after a council lorry hit a "
            "hawker; police fired in the air to free him.")
    assert defined_label(text, *INTERVENTION) == MOB


def test_a_crowd_that_turned_on_the_police_is_no_mob_violence() -> None:
    text = "On 8 April 2017, a crowd in Machakos turned on police officers, stoning their car over a hawker's arrest."
    assert defined_label(text, *VIOLENT) == VIOLENT


def test_a_suspect_set_upon_is_mob_violence() -> None:
    text = "On 7 September 2019, a suspected phone thief was set upon in Bungoma market and died on the way to hospital."
    assert defined_label(text, *NO_EVENT) == MOB


def test_homes_razed_of_a_man_the_crowd_suspected_is_mob_violence() -> None:
    text = ("On 2 February 2022, villagers near Malava razed two houses belonging to a man they suspected in the "
            "death of a boy.")
    assert defined_label(text, *ATTACK) == MOB


def test_a_march_that_ended_with_a_death_by_a_bullet_is_excessive_force() -> None:
    text = ("On 25 June 2024, a march against the tax law in Ol Kalou ended with a student dead from a bullet; "
            "residents blamed police firing from a lorry. [size=no report]")
    assert defined_label(text, *CLASH) == EXCESSIVE


def test_an_angry_crowd_shot_at_by_the_police_is_excessive_force() -> None:
    text = ("On 5 March 2021, Kitui residents angry at the death of a boda boda rider were shot at by police; one was "
            "hurt. [size=no report]")
    assert defined_label(text, *MOB) == EXCESSIVE


def test_officers_who_beat_a_person_told_by_age_attack() -> None:
    text = "On 1 April 2023, officers raiding illicit brew dens in Kericho beat a 45-year-old brewer, who died in hospital."
    assert defined_label(text, *CLASH) == ATTACK


def test_a_calm_angered_crowd_stays_peaceful() -> None:
    text = "On 3 March 2022, refugees in Dadaab camp angered by a cut in water supply marched to the camp office."
    assert defined_label(text, *PEACEFUL) == PEACEFUL
