"""Issue 3, definitions 2.20 (types round 17): ground retaken, people picked up, arms laid down, bombs from the air.

The spent probe world_notes52 showed these plain wordings read as no event, an attack, a shelling or a protest.
ACLED's codebook decides by what was done: ground taken back from an armed side is Government regains territory;
people a force picks up are Arrests; fighters who lay down their arms are an Agreement (every surrender note on the
dev side of ACLED Afghanistan is one); a glide bomb or a strike "from the air" is an air strike, even over a protest or
riot label where no crowd is told; a device that went off as a patrol passed, with no fighting told, is the
explosion; goods stripped from a clinic are looting; someone led off as a hostage is abducted; police fire "on a
crowd" told after where it happened is excessive force; a clash that leaves a place "in gang hands", the group told
first, is Non-state actor overtakes territory. Our own
sentences about invented incidents; each case fails without its rule, and the train side of ACLED Kenya and
Afghanistan (all 3,923 dev notes) keeps every label.
"""

from __future__ import annotations

import pytest
from acled_labels import (
    ABDUCTION,
    AGREEMENT,
    AIR,
    ARRESTS,
    ATTACK,
    CLASH,
    EXCESSIVE,
    IED,
    LOOTING,
    NO_EVENT,
    OVERTAKES,
    PEACEFUL,
    REGAINS,
    SHELLING,
    VD,
)

from crosstally.extract._model import defined_label


@pytest.mark.parametrize(("text", "label", "want"), [
    ("On 2 October 2023, government forces recaptured Kurmuk from SPLM-N fighters after a night of fighting.",
     NO_EVENT, REGAINS),
    ("On 2 October 2023, the army retook Tanda from the militants.", NO_EVENT, REGAINS),
    # "took back the lead from" names no armed side
    ("On 2 October 2023, the home side took back the lead from the visitors in the second half.", NO_EVENT, NO_EVENT),
    ("On 6 May 2024, federal troops were back in control of Bulo Burte.", NO_EVENT, REGAINS),
])
def test_ground_taken_back_from_an_armed_side(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert defined_label(text, *label) == want


@pytest.mark.parametrize(("text", "want"), [
    ("On 4 March 2025, police picked up 26 people in an overnight sweep of Bogra ahead of a court hearing.",
     ARRESTS),
    ("On 4 March 2025, villagers picked up the bodies of 3 men shot by gunmen near the river.", ATTACK),
])
def test_people_a_force_picks_up_are_arrested(text: str, want: tuple[str, str]) -> None:
    assert defined_label(text, *ATTACK) == want


@pytest.mark.parametrize("label", [SHELLING, CLASH, NO_EVENT])
def test_fighters_who_lay_down_their_arms_make_an_agreement(label: tuple[str, str]) -> None:
    text = ("On 8 June 2022, 9 Abu Sayyaf members laid down their rifles and two mortars before marine officers in "
            "Jolo and pledged to return to civilian life.")
    assert defined_label(text, *label) == AGREEMENT


def test_weapons_handed_over_in_a_fight_stay_the_fight() -> None:
    text = "On 8 June 2022, rebels killed two soldiers near Jolo before 5 of them laid down their arms."
    assert defined_label(text, *CLASH) == CLASH


@pytest.mark.parametrize(("text", "label"), [
    ("On 14 May 2024, a glide bomb fell on a row of houses in Kupiansk; 3 residents died.", IED),
    ("On 14 May 2024, strike from the air on the market of Dangila; the hospital counted 12 dead.", PEACEFUL),
    ("On 2 June 2024, Russian troops hit a row of shops in Sumy with drones, killing two residents.", VD),
])
def test_bombs_from_the_air_are_an_air_strike(text: str, label: tuple[str, str]) -> None:
    assert defined_label(text, *label) == AIR


def test_a_device_that_went_off_as_a_patrol_passed_is_the_explosion() -> None:
    text = "On 3 May 2022, a device left by the roadside went off as a police van passed in Khasavyurt; 2 officers hurt."
    assert defined_label(text, *CLASH) == IED


def test_a_device_followed_by_gunfire_stays_a_clash() -> None:
    text = ("On 3 May 2022, a device went off as a police van passed in Khasavyurt and gunmen then opened fire; "
            "officers returned fire.")
    assert defined_label(text, *CLASH) == CLASH


def test_a_clinic_stripped_of_its_goods_is_looting() -> None:
    text = "On 9 July 2023, armed men stripped the health post at Kaga Bandoro of medicines and solar panels."
    assert defined_label(text, *NO_EVENT) == LOOTING


def test_people_marched_off_are_abducted() -> None:
    text = "On 9 July 2023, gunmen stopped a bus near Gembu and marched off 7 passengers."
    assert defined_label(text, *ATTACK) == ABDUCTION


def test_someone_led_away_as_a_hostage_is_abducted() -> None:
    text = "On 5 April 2024, armed men raided a bank in Thanchi, emptied the safe and left with the cashier as a hostage."
    assert defined_label(text, *ATTACK) == ABDUCTION


def test_fire_on_a_crowd_told_after_where_it_happened_is_excessive_force() -> None:
    text = ("On 3 May 2021, police opened fire near the bus park of Kasese (Rwenzori) on a crowd demanding the "
            "release of a local leader; 3 killed.")
    assert defined_label(text, *PEACEFUL) == EXCESSIVE


@pytest.mark.parametrize(("text", "want"), [
    ("On 2 April 2025, gang gunmen pushed into Saut-d'Eau after police withdrew; by night the town was in gang hands.",
     OVERTAKES),
    # the force told first keeps its clash: whose hands the place ends in is for the sides to tell
    ("On 2 April 2025, police fought gang gunmen for hours in Saut-d'Eau; the lower town remained in gang hands.",
     CLASH),
])
def test_a_place_left_in_a_groups_hands(text: str, want: tuple[str, str]) -> None:
    assert defined_label(text, *CLASH) == want


def test_a_dated_note_the_classifier_leans_away_from_still_reports_its_best_event() -> None:
    # the genre of an incident note ("On <date>, ..."): no trigger word, the classifier unsure, its best event taken
    from crosstally.pipeline import process
    from crosstally.records import Document

    told = "teachers sat in outside the regional education bureau in Gondar over 10 months of unpaid wages."
    ex = process(Document(text="On 6 June 2024, " + told))
    assert ex.events and ex.events[0].event_type == "Protests"
    # the same words without the note's dated opening keep the stricter threshold of undated short texts
    ex = process(Document(text=told[0].upper() + told[1:]))
    assert not ex.events
