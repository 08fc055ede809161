"""Issue 3, definitions 2.28 (session 32b, spent world_notes14-41): type confusions left on the spent sets.

- An unarmed person killed by unknown people or by "men who ..." (a few people, no crowd told), read as Mob
  violence: an Attack (ACLED's Mob violence is an unorganised crowd's).
- Supporters who walked through a town calling for something, nothing violent told, read as Mob violence: a
  Peaceful protest.
- Herders or farmers shot dead by fighters, no force, exchange of fire or fallen attacker told, read as an armed
  clash: an Attack (a battle needs two armed sides).
- Officers who assaulted a photojournalist, read as Mob violence: an Attack (the police's violence on a civilian).
- A crowd that stoned the police, or stoned and burnt, read as an attack: a Violent demonstration.
- Armed cattle rustlers who opened fire on police officers, read as an attack: an armed clash (two armed sides).
- Men arrested and accused of links to a former commander, read as a clash: Arrests (the off-duty rule read the
  former commander as the one attacked).
- Weapons dug up, or found by their number ("found three AK-47 rifles"), nobody hurt: Disrupted weapons use, as
  weapons seized (round 32).

Our own sentences about invented incidents in real places; each rule case fails without its rule.
"""

from __future__ import annotations

import pytest
from acled_labels import ARRESTS, ATTACK, CLASH, DISRUPTED, MOB, PEACEFUL, VIOLENT

from crosstally.extract._model import defined_label


@pytest.mark.parametrize("text", [
    "On 4 February 2023, a 65-year-old woman was hacked to death at her home in Kaloleni by unknown people who "
    "accused her of witchcraft.",
    "On 9 May 2022, a shopkeeper was beaten to death by unidentified assailants outside his kiosk in Busia.",
    "On 4 February 2023, an elderly man was hacked to death in Nyamira by men who said he practised witchcraft.",
])
def test_a_killing_by_unknown_people_is_an_attack(text: str) -> None:
    assert defined_label(text, *MOB) == ATTACK


def test_a_lynching_by_villagers_stays_mob_violence() -> None:
    text = ("On 4 February 2023, villagers in Kaloleni lynched a woman they accused of witchcraft; unknown people later "
            "burnt her house.")
    assert defined_label(text, *MOB) == MOB


def test_supporters_walking_and_calling_for_a_resignation_are_a_peaceful_protest() -> None:
    text = ("On 12 March 2019, opposition supporters walked through Migori town blowing vuvuzelas and calling for the "
            "county commissioner to resign.")
    assert defined_label(text, *MOB) == PEACEFUL


def test_supporters_who_stoned_shops_stay_mob_violence() -> None:
    text = ("On 12 March 2019, opposition supporters walked through Migori town calling for the county commissioner to "
            "resign and stoned shops on the way.")
    assert defined_label(text, *MOB) != PEACEFUL


def test_herders_shot_dead_by_fighters_are_an_attack() -> None:
    text = ("On 5 October 2022, suspected jihadist fighters on motorbikes shot dead four herders near Tera, Tillaberi "
            "region, and drove off their goats.")
    assert defined_label(text, *CLASH) == ATTACK


@pytest.mark.parametrize("text", [
    # a force on the other side
    "On 5 October 2022, bandits shot dead two herders near Tera and drove off their cattle; soldiers went after them.",
    # armed men killed too: a second armed side at the event
    "On 5 October 2022, militants shot dead four farmers near Tera, and 3 militiamen were killed in the village.",
])
def test_farmers_shot_with_a_second_armed_side_stay_a_clash(text: str) -> None:
    assert defined_label(text, *CLASH) == CLASH


def test_officers_who_assaulted_a_photojournalist_are_an_attack() -> None:
    text = "On 2 August 2023, police officers assaulted a photojournalist covering a court case in Kisumu."
    assert defined_label(text, *MOB) == ATTACK


@pytest.mark.parametrize("text", [
    "On 14 May 2021, youths in Githurai stoned police officers and burnt tyres after a lorry ran over a schoolgirl.",
    "On 3 March 2021, supporters of a losing candidate stoned the district commissioner's car in Kapchorwa; police "
    "fired live rounds and one man died.",
])
def test_a_crowd_that_stoned_is_a_violent_demonstration(text: str) -> None:
    assert defined_label(text, *ATTACK) == VIOLENT


def test_raiders_who_burnt_houses_stay_an_attack() -> None:
    text = "On 14 May 2021, armed raiders from a neighbouring village set houses ablaze in Kapedo and shot a herder."
    assert defined_label(text, *ATTACK) == ATTACK


@pytest.mark.parametrize("text", [
    "On 3 April 2021, acting on a tip-off, police dug up five rifles and a box of rounds buried behind a church in Kainuk.",
    "On 3 April 2021, officers at a checkpoint near Garissa found two G3 rifles and 90 rounds hidden in a water tank on a "
    "lorry; the driver ran off.",
])
def test_weapons_dug_up_or_found_are_disrupted_weapons_use(text: str) -> None:
    assert defined_label(text, *ATTACK) == DISRUPTED


def test_a_body_found_near_a_gun_is_no_weapons_seizure() -> None:
    text = "On 3 April 2021, residents found two bodies with gunshot wounds near a rifle range in Kainuk."
    assert defined_label(text, *ATTACK) != DISRUPTED


def test_rustlers_who_fired_on_police_are_a_clash() -> None:
    text = ("On 2 June 2022, armed rustlers opened fire on police officers guarding a cattle boma near Kapedo; a "
            "constable was wounded.")
    assert defined_label(text, *ATTACK) == CLASH


def test_men_arrested_over_links_to_a_former_commander_are_an_arrest() -> None:
    text = ("On 2 March 2023, Taliban intelligence officers detained four men in Ghurian district, Herat province, accusing "
            "them of links to a former police commander.")
    assert defined_label(text, *CLASH) == ARRESTS


def test_an_off_duty_officer_shot_dead_stays_an_attack_with_arrests_told() -> None:
    text = "On 3 May 2022, gunmen shot dead an off-duty police officer outside his home in Kisumu; two suspects were arrested."
    assert defined_label(text, *CLASH) == ATTACK
