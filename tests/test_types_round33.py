"""Issue 3, definitions 2.29 and triggers 2.10 (session 33, spent world_notes60): type confusions of world_notes60.

- People taken away by their number ("took away 14 people"), or a ransom "of" a sum demanded, read as an attack:
  Abduction/forced disappearance (people and persons join the seized nouns).
- Armed men who looted shops and forced villagers to carry the loot off, read as a riot (looting is a crowd's word):
  Abduction/forced disappearance.
- Gunmen who shot a person dead where the police are named only as those who report or investigate ("Police gave no
  motive"), read as a clash because of the police word: an Attack.
- A crowd that burnt effigies, read as an attack or a riot because of the burning, nobody hurt: a Peaceful protest.
- A conscript killed by fire on army positions, read as an attack: an armed clash (a conscript is a soldier).

Our own sentences about invented incidents in real places; each rule case fails without its rule.
"""

from __future__ import annotations

import pytest
from acled_labels import ABDUCTION, ATTACK, CLASH, PEACEFUL, VIOLENT
from test_types_round30b import _first_event

from crosstally.extract._model import defined_label


@pytest.mark.parametrize("text", [
    "On 3 March 2023, gunmen on motorcycles stormed a village near Gusau and took away 9 people, most of them women.",
    "On 3 March 2023, a trader was seized on the road outside Kachia; a ransom of 2 million naira was demanded two "
    "days later.",
])
def test_people_taken_away_by_their_number_or_held_for_a_sum_are_abducted(text: str) -> None:
    assert defined_label(text, *ATTACK) == ABDUCTION


def test_people_taken_away_and_shot_stay_an_attack() -> None:
    text = "On 3 March 2023, gunmen stormed a village near Gusau, shot dead two men and took away 9 people."
    assert defined_label(text, *ATTACK) == ATTACK


def test_villagers_forced_to_carry_the_loot_off_are_abducted() -> None:
    text = ("On 9 April 2021, armed men raided shops in a village near Rusizi and forced four villagers to carry the "
            "loot into the hills.")
    assert defined_label(text, *VIOLENT) == ABDUCTION


def test_rioters_who_looted_shops_stay_a_violent_demonstration() -> None:
    text = "On 9 April 2021, protesters looted shops in Rusizi, stoned the police and took away two traders' goods."
    assert defined_label(text, *VIOLENT) == VIOLENT


@pytest.mark.parametrize("text", [
    "On 2 May 2020, two gunmen shot dead a union leader outside his house in Rosario. Police said the motive was "
    "unclear.",
    "On 2 May 2020, two gunmen shot dead a union leader outside his house in Rosario. Police gave no motive.",
    "On 2 May 2020, two gunmen shot dead a union leader outside his house in Rosario, according to police.",
    "On 2 May 2020, a union leader was gunned down outside his house in Rosario by two men on a motorbike. Police did "
    "not name a motive.",
])
def test_a_killing_told_by_the_police_is_an_attack(text: str) -> None:
    assert defined_label(text, *CLASH) == ATTACK


@pytest.mark.parametrize("text", [
    # the police are a side at the event: they fought the gunmen
    "On 2 May 2020, two gunmen shot dead a union leader in Rosario and then exchanged fire with police, police said.",
    "On 2 May 2020, two gunmen shot dead a police officer outside his house in Rosario, police said.",
])
def test_gunmen_and_the_police_at_the_event_stay_a_clash(text: str) -> None:
    assert defined_label(text, *CLASH) == CLASH


@pytest.mark.parametrize("label", [ATTACK, VIOLENT])
def test_a_crowd_that_burnt_effigies_is_a_peaceful_protest(label: tuple[str, str]) -> None:
    text = ("On 11 February 2022, hundreds of tea workers drove through Hatton and burnt effigies of the plantation "
            "minister over low wages.")
    assert defined_label(text, *label) == PEACEFUL


def test_a_crowd_that_burnt_effigies_and_stoned_the_police_is_no_peaceful_protest() -> None:
    text = ("On 11 February 2022, hundreds of tea workers burnt effigies of the plantation minister in Hatton and "
            "stoned the police.")
    assert defined_label(text, *VIOLENT) == VIOLENT


def test_a_conscript_killed_by_fire_on_army_positions_is_a_clash() -> None:
    text = ("On 5 September 2022, the defence ministry said Azerbaijani units had opened fire on Armenian positions "
            "near Jermuk, killing a conscript.")
    assert _first_event(text) == CLASH


@pytest.mark.parametrize("text", [
    "On 5 September 2022, Azerbaijani units opened small-arms fire on Armenian positions near Jermuk for an hour.",
    "On 5 September 2022, Azerbaijani units fired at Armenian positions outside Jermuk overnight.",
])
def test_fire_opened_on_a_forces_positions_is_a_clash(text: str) -> None:
    assert defined_label(text, *ATTACK) == CLASH


def test_soldiers_who_opened_fire_on_villagers_stay_an_attack() -> None:
    text = "On 5 September 2022, soldiers opened fire on villagers near their positions outside Jermuk, killing two."
    assert defined_label(text, *ATTACK) == ATTACK


@pytest.mark.parametrize("victim", ["a conscript", "two servicemen"])
def test_a_conscript_or_serviceman_killed_is_an_armed_victim(victim: str) -> None:
    from crosstally.extract._mentions._types import retype_without_crowd

    text = f"On 5 September 2022, {victim} died near Jermuk."
    assert retype_without_crowd(text, [], victim) == CLASH
