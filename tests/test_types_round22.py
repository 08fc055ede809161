"""Issue 3, definitions 2.18 (types round 15): weapons, positions and property, in wordings the classifier never saw.

ACLED's codebook decides by the weapon (a salvo, a projectile, a suicide bomber, an aircraft), by the sides (an
assault on a force's positions has an armed side at each end), and by what was taken or burnt with nobody hurt.
These notes come from regions the classifier was not trained on (the spent probe world_notes50 showed them read as
attacks, clashes or no event). Our own sentences about invented incidents.
"""

from __future__ import annotations

from datetime import date

import pytest
from acled_labels import (
    ABDUCTION,
    AIR,
    ARRESTS,
    ATTACK,
    CLASH,
    EXCESSIVE,
    LOOTING,
    MOB,
    NO_EVENT,
    OVERTAKES,
    REGAINS,
    SHELLING,
    SUICIDE,
)

from crosstally.extract._model import defined_label
from crosstally.pipeline import process
from crosstally.records import Document


def _defined(text: str, label: tuple[str, str]) -> tuple[str, str]:
    """The definitions as the classifier applies them (denials blanked, the note as told beside it)."""
    return defined_label(text, *label)


@pytest.mark.parametrize(("text", "label", "want"), [
    # a salvo or projectiles that came down, read as no event or an attack: shelling
    ("On 2 May 2024, a salvo fired from the hills came down near a farm outside Tarbet; a barn caught fire.",
     NO_EVENT, SHELLING),
    ("On 6 June 2022, projectiles launched from outside the town fell near the bus park in Dikwa; a boy died.",
     ATTACK, SHELLING),
    # struck from the air, or a strike the US regional command announced: an air strike
    ("On 3 April 2024, a pickup was struck from the air on the road south of Marjayoun; its driver was killed.",
     CLASH, AIR),
    ("On 8 March 2023, AFRICOM said one of its strikes killed two fighters in a camp near Buale.", ATTACK, AIR),
    ("On 1 July 2020, a depot at Wadi Sahel was hit from the air; 12 died.", NO_EVENT, AIR),
    # a bomber who blew himself up, read as no event or an attack
    ("On 4 August 2023, a man blew himself up at a wedding hall in Tank; 11 died.", NO_EVENT, SUICIDE),
    ("On 4 August 2023, a man detonated his vest among mourners in Tank, killing 9 people.", ATTACK, SUICIDE),
])
def test_the_weapon_decides(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert _defined(text, label) == want


@pytest.mark.parametrize("text", [
    "On 5 May 2023, fighters of a rebel movement attacked army positions on the ridge above Talodi; the army said it "
    "held its ground.",
    "On 9 January 2024, militia factions pushed on SDF lines west of Tabqa; four dead.",
    "On 2 February 2022, gunmen stormed a police checkpoint outside Kafin Hausa, killing two officers.",
])
def test_an_assault_on_a_force_s_positions_is_a_clash(text: str) -> None:
    assert _defined(text, ATTACK) == CLASH


def test_an_attack_on_villagers_that_a_force_beat_back_stays_an_attack() -> None:
    text = "On 3 May 2021, gunmen attacked villagers near Ijara; police reservists beat back the attackers."
    assert _defined(text, ATTACK) == ATTACK


@pytest.mark.parametrize(("text", "label"), [
    # six words between "set" and "ablaze"
    ("On 7 July 2022, gunmen set a bus and three shops ablaze at the market in Okigwe. No casualties.", CLASH),
    # goods taken, and "no deaths or injuries" (the second harm word is denied too)
    ("On 12 March 2024, armed men went from stall to stall in Sinja market taking goods and phones; no deaths or "
     "injuries reported.", CLASH),
    ("On 2 June 2024, insurgents went through the Ancuabe clinic taking medicine, then left without harming anyone.",
     ABDUCTION),
    # fields set on fire with no crowd: not a riot (has_mob_attack reads "set ... on fire" as a lynching's words)
    ("On 21 May 2019, barley fields near Tal Tamr were set on fire; militants were blamed. No injuries.", MOB),
])
def test_property_with_nobody_hurt_in_new_wordings(text: str, label: tuple[str, str]) -> None:
    assert _defined(text, label) == LOOTING


def test_a_crowd_that_burns_stays_a_riot() -> None:
    text = "On 21 May 2019, an angry mob set the market office on fire in Tal Tamr. No injuries."
    assert _defined(text, MOB) == MOB


@pytest.mark.parametrize(("text", "label"), [
    ("On 5 March 2023, army intelligence raided a flat in Hermel and took away a man wanted over a robbery.", ABDUCTION),
    ("On 5 March 2023, army intelligence raided a flat in Hermel and took away a man wanted over a robbery.", NO_EVENT),
])
def test_a_wanted_man_taken_away_by_a_force_is_an_arrest(text: str, label: tuple[str, str]) -> None:
    assert _defined(text, label) == ARRESTS


@pytest.mark.parametrize(("text", "want"), [
    ("On 4 April 2022, the border town of Ishasha fell to rebels after a night of fighting.", OVERTAKES),
    ("On 9 August 2021, government and allied troops moved back into Palma, held by insurgents since March.",
     REGAINS),
])
def test_ground_changing_hands_where_the_classifier_reads_no_event(text: str, want: tuple[str, str]) -> None:
    assert _defined(text, NO_EVENT) == want


def test_marchers_then_live_rounds_is_excessive_force() -> None:
    text = "On 7 November 2024, supporters of a candidate marched through Beira; police opened fire with live rounds."
    assert _defined(text, ATTACK) == EXCESSIVE


def test_a_salvo_note_is_an_event_in_the_pipeline() -> None:
    text = "On 14 August 2024, a salvo from across the border came down in orchards outside Metula. No one was hurt."
    ex = process(Document(text=text, published=date(2024, 8, 17)))
    assert ex.events and (ex.events[0].event_type, ex.events[0].sub_event_type) == SHELLING


def test_a_device_that_went_off_is_an_explosion_not_an_attack() -> None:
    text = "On 6 October 2019, a device hidden by a well went off near Hulugho, wounding two herders."
    assert _defined(text, ATTACK) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def test_an_abduction_label_with_only_property_taken_is_looting() -> None:
    text = "On 3 December 2022, suspected militants tore down a phone mast near Elwak and carried off its batteries."
    assert _defined(text, ABDUCTION) == LOOTING


@pytest.mark.parametrize(("text", "label", "want"), [
    # munitions dropped from a drone: an air or drone strike, whatever was dropped
    ("On 2 June 2024, a quadcopter flown by militants dropped a grenade on a checkpoint in Lakki Marwat; 1 officer "
     "hurt.", ("Explosions/Remote violence", "Grenade"), AIR),
    # a group that announces it holds a town after fighting took it
    ("On 5 January 2024, the rebels announced they controlled Namhsan after weeks of fighting.", CLASH, OVERTAKES),
    # people rounded up over recruiting for a group: the arrest
    ("On 4 May 2024, police rounded up 17 men in Bahir Dar accused of recruiting for an armed group.",
     ("Strategic developments", "Change to group/activity"), ARRESTS),
])
def test_drones_claims_and_round_ups(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert _defined(text, label) == want
