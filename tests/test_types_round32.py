"""Issue 3, definitions 2.27 (session 32, spent world_notes59): notes with no event found and six type errors.

- Weapons, ammunition or explosives seized, or a vehicle stopped loaded with them, nobody hurt and no fight told:
  ACLED's Disrupted weapons use (its codebook counts seized weapons and weapons caches), whoever was arrested with
  them. The classifier read no event, and the relevance model rejected the note.
- A crowd told by its size and by who they are ("about 60 relatives of men held ...") that gathered asking or
  calling for something, or handed a letter or a petition: a Peaceful protest; no trigger word named it.
- Someone taken from a house and not heard of since, read as a clash: Abduction/forced disappearance.
- Rebels who attacked a garrison and "drove the soldiers out": Non-state actor overtakes territory.
- Soldiers who opened fire on gold diggers further on in the sentence: an attack on unarmed people, not a clash.
- Security forces who fired on people chanting against the government, killing one: Excessive force.
- Villagers who tied a man to a pole and beat him, blaming him for a theft: Mob violence.
- Unknown people who set fire to machines, nobody hurt and no raid told: Looting/property destruction.

Our own sentences about invented incidents in real places; each rule case fails without its rule.
"""

from __future__ import annotations

import pytest
from acled_labels import (
    ABDUCTION,
    ARRESTS,
    ATTACK,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    LOOTING,
    MOB,
    NO_EVENT,
    OVERTAKES,
    PEACEFUL,
)
from test_types_round30b import _first_event

from crosstally.extract._model import defined_label


@pytest.mark.parametrize("text", [
    "On 12 March 2022, a gendarmerie patrol stopped a lorry near Agadez loaded with 30 rifles and crates of "
    "ammunition; its crew fled into the desert, the interior ministry said.",
    "On 4 May 2021, soldiers found a cache of rifles, rocket launchers and ammunition in a cave near Tessalit (Kidal).",
])
def test_weapons_seized_is_an_event(text: str) -> None:
    assert _first_event(text) == DISRUPTED


def test_weapons_seized_with_men_arrested_is_an_arrest() -> None:
    # the spent sets code the arrest where one is told (world_notes11, 12, 23); the note is an event all the same
    text = ("On 12 March 2022, a gendarmerie patrol stopped two pick-ups north of Arlit loaded with 20 assault rifles and "
            "boxes of ammunition, and arrested the four men aboard, the interior ministry said.")
    assert defined_label(text, *NO_EVENT) == ARRESTS
    assert _first_event(text) == ARRESTS


@pytest.mark.parametrize("label", [CLASH, ATTACK])
def test_weapons_seized_over_other_labels(label: tuple[str, str]) -> None:
    text = "On 9 June 2023, police in Mandera confiscated four pistols and 200 rounds of ammunition from a house."
    assert defined_label(text, *label) == DISRUPTED


def test_an_arrest_with_weapons_seized_stays_an_arrest() -> None:
    text = "On 9 June 2023, police in Mandera arrested two men and confiscated four pistols from their house."
    assert defined_label(text, *ARRESTS) == ARRESTS


def test_a_camp_overrun_with_weapons_seized_stays_taken_ground() -> None:
    text = ("On 14 March 2024, rebels overran an army camp near Bhamo after a siege, seizing weapons and taking ten "
            "soldiers prisoner.")
    assert defined_label(text, *OVERTAKES) == OVERTAKES


def test_weapons_recovered_after_a_gunfight_stay_a_clash() -> None:
    text = "On 9 June 2023, police recovered two rifles after a gunfight with robbers in Eldoret; one robber died."
    assert defined_label(text, *CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 8 August 2022, about 40 mothers of men held at the Mariona prison gathered outside the justice ministry in "
    "San Salvador asking for news of their sons.",
    "On 8 August 2022, some 70 families of fishermen held in a neighbouring country gathered at the port of Chennai "
    "and handed a petition to the district collector.",
])
def test_a_gathering_that_asks_for_something(text: str) -> None:
    assert _first_event(text) == PEACEFUL


def test_a_crowd_that_gathered_for_food_is_no_protest() -> None:
    text = "On 8 August 2022, about 300 displaced people gathered at a camp near Baidoa to receive food rations."
    assert _first_event(text) != PEACEFUL


def test_a_child_taken_from_a_house_read_as_a_clash() -> None:
    text = ("On 3 May 2023, unknown men took a girl with albinism from her grandmother's hut near Mangochi at night. "
            "Police have found no trace of her.")
    assert defined_label(text, *CLASH) == ABDUCTION


def test_someone_taken_in_a_fight_stays_a_clash() -> None:
    text = ("On 3 May 2023, militiamen and soldiers fought near Beni; a soldier was taken away and has not been seen "
            "since.")
    assert defined_label(text, *CLASH) == CLASH


def test_rebels_who_drove_the_soldiers_out() -> None:
    text = "On 2 April 2022, rebels attacked the army post at Yei and drove the soldiers out after an hour of fighting."
    assert defined_label(text, *CLASH) == OVERTAKES


def test_soldiers_who_fired_on_gold_diggers() -> None:
    text = ("On 2 February 2023, soldiers guarding a closed gold field near Chami (Dakhlet Nouadhibou) opened fire on "
            "artisanal diggers who had crossed into it, killing two.")
    assert _first_event(text) == ATTACK


def test_security_forces_fired_on_people_chanting() -> None:
    text = ("On 5 November 2022, security forces fired on people chanting slogans as they left a funeral in Saqqez "
            "(Kurdistan), killing a teenager.")
    assert defined_label(text, *PEACEFUL) == EXCESSIVE


def test_villagers_who_beat_a_man_they_blamed_for_a_theft() -> None:
    text = ("On 2 July 2023, villagers in Latehar district (Jharkhand) tied a 40-year-old man to a tree and beat him, "
            "accusing him of stealing a buffalo; he died in hospital.")
    assert defined_label(text, *ATTACK) == MOB


@pytest.mark.parametrize("text", [
    "On 9 September 2021, unknown people set fire to a bulldozer and two trucks at a logging camp near Tongod (Sabah) "
    "that villagers say stands on their land. Police found fuel cans nearby.",
    "On 9 September 2021, unidentified men set fire to two tractors at a sugar estate near Kilombero that residents "
    "claim as their land.",
])
def test_unknown_people_who_set_fire_to_machines(text: str) -> None:
    assert defined_label(text, *ATTACK) == LOOTING


def test_gunmen_who_raided_villages_and_torched_houses_stay_an_attack() -> None:
    text = "On 9 September 2021, gunmen raided two villages near Witu, stole goods and torched several houses."
    assert defined_label(text, *ATTACK) == ATTACK
