"""Issue 3, definitions 2.19 (types round 16): strikes, interceptions, mines, bombers and crowds in plain words.

ACLED's codebook decides by the weapon and what became of it (an aircraft that hit, a drone shot down before it
struck, a vehicle that set off a mine, a bomber on foot), and a crowd by what it did. The spent probe world_notes51
showed these read as no event, a clash or an attack. Our own sentences about invented incidents; each case fails
without its rule, and the train side of ACLED Kenya and Afghanistan (all 3,923 dev notes) keeps every label.
"""

from __future__ import annotations

from datetime import date

import pytest
from acled_labels import (
    ABDUCTION,
    AGREEMENT,
    AIR,
    ARRESTS,
    ATTACK,
    CHANGE,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    NO_EVENT,
    PEACEFUL,
    SHELLING,
    SUICIDE,
    VIOLENT,
)

from crosstally.extract._model import defined_label
from crosstally.pipeline import process
from crosstally.records import Document


def _defined(text: str, label: tuple[str, str]) -> tuple[str, str]:
    """The definitions as the classifier applies them (denials blanked, the note as told beside it)."""
    return defined_label(text, *label)


@pytest.mark.parametrize(("text", "label", "want"), [
    # aircraft that "hit" or "targeted", where the classifier reads no event
    ("On 3 February 2024, jets hit a farm compound west of Marib town; no casualties reported.", NO_EVENT, AIR),
    ("On 9 May 2023, two UAVs targeted a checkpoint on the Ras al-Ain road.", NO_EVENT, AIR),
    # shells that landed, read as a planted device
    ("On 2 June 2024, shells landed near the water point in Kadugli; 4 died.", IED, SHELLING),
    # fire across the Line of Control, read as an attack on the people it hit
    ("On 8 March 2020, Pakistani fire across the LoC damaged homes in Uri; one man died.", ATTACK, SHELLING),
    # a riot label where the fire's victims read as a crowd, and no crowd is told
    ("On 9 March 2020, Indian fire across the LoC hit a school in Battal sector, Kotli; a teacher hurt.", MOB,
     SHELLING),
    # a Disrupted weapons use label with nothing intercepted or defused: the strike itself
    ("On 4 April 2024, artillery fire from army lines reached the edge of a camp near Tawila; 2 dead.", DISRUPTED,
     SHELLING),
])
def test_the_weapon_that_struck(text: str, label: tuple[str, str], want: tuple[str, str]) -> None:
    assert _defined(text, label) == want


def test_a_drone_taken_out_of_the_air_before_it_struck_is_disrupted_weapons_use() -> None:
    text = "On 6 January 2024, a drone heading for the airbase near Erbil was shot down; nobody was hurt."
    assert _defined(text, NO_EVENT) == DISRUPTED
    assert _defined(text, AIR) == DISRUPTED


def test_a_drone_that_struck_after_an_interception_failed_stays_a_strike() -> None:
    text = "On 6 January 2024, air defences intercepted one drone near Erbil but a second killed a guard at the gate."
    assert _defined(text, AIR) == AIR


def test_a_vehicle_that_set_off_a_mine_is_an_explosion_not_a_clash() -> None:
    text = "On 11 March 2022, an army truck drove over a mine on the Mora road; 3 soldiers dead."
    assert _defined(text, CLASH) == IED


def test_a_mine_followed_by_gunfire_stays_a_clash() -> None:
    text = "On 11 March 2022, an army truck drove over a mine on the Mora road and gunmen then exchanged fire with the troops."
    assert _defined(text, CLASH) == CLASH


@pytest.mark.parametrize("text", [
    "On 3 March 2023, a bomber on foot reached the gate of the police post in Bannu; 2 officers and the attacker dead.",
    "On 3 March 2023, a man wearing a vest walked up to the army checkpoint in Bannu and blew it apart; 3 killed "
    "including the bomber.",
])
def test_a_bomber_told_without_the_word_suicide(text: str) -> None:
    assert _defined(text, CLASH) == SUICIDE


def test_a_bomber_shot_before_he_struck_stays_a_clash() -> None:
    text = "On 3 March 2023, soldiers shot dead a bomber on foot before he reached the checkpoint in Bannu."
    assert _defined(text, CLASH) == CLASH


def test_a_police_picket_is_a_post_not_a_picket_line() -> None:
    # "picket" after police names the post: the crowd words no longer hold back the bomber's rule
    text = "On 3 March 2023, a bomber on foot struck the police picket at Domel bazaar; 2 constables died."
    assert _defined(text, CLASH) == SUICIDE


def test_a_commander_who_crosses_over_is_a_change_to_the_group() -> None:
    text = "On 2 April 2024, a rebel field commander crossed over to the army in Malakal with his 40 men."
    assert _defined(text, NO_EVENT) == CHANGE


def test_a_deal_reached_with_no_fighting_is_an_agreement() -> None:
    text = "On 7 June 2025, security officials and elders of Tafas reached a deal: former fighters to hand in rifles."
    assert _defined(text, CLASH) == AGREEMENT


@pytest.mark.parametrize(("text", "label"), [
    ("On 4 October 2023, a few hundred stood outside the parliament in Niamey demanding the release of a journalist.",
     NO_EVENT),
    ("On 4 October 2023, dozens of mothers gathered at the ministry gate in Bangui calling for news of their sons.",
     NO_EVENT),
])
def test_a_crowd_told_by_its_size_with_demands_is_a_protest(text: str, label: tuple[str, str]) -> None:
    assert _defined(text, label) == PEACEFUL


def test_a_sized_crowd_that_attacked_is_no_peaceful_protest() -> None:
    text = "On 4 October 2023, dozens gathered at the depot in Bangui demanding fuel and beat a guard."
    assert _defined(text, NO_EVENT) != PEACEFUL


@pytest.mark.parametrize("text", [
    "On 9 June 2023, striking nurses sat in at the hospital gate in Sohag; riot police came at noon and took 8 of "
    "them away.",
    "On 9 June 2023, teachers gathered before the governorate in Sohag over unpaid wages; police led 2 organisers away.",
])
def test_people_led_away_from_a_protest_are_an_intervention(text: str) -> None:
    assert _defined(text, PEACEFUL) == INTERVENTION


def test_marchers_who_met_live_fire_over_a_riot_label_are_excessive_force() -> None:
    text = "On 5 December 2024, shutdown marchers in Matola met with tear gas then live fire from riot police; 1 killed."
    assert _defined(text, VIOLENT) == EXCESSIVE


def test_a_crowd_that_wrecked_an_office_stays_a_riot() -> None:
    text = ("On 3 May 2021, a crowd forced its way into a candidate's campaign office in Suq al-Shuyukh, smashed windows "
            "and set furniture ablaze. No injuries.")
    assert _defined(text, MOB)[0] == "Riots"
    # a party's supporters who tore down a rival's banners: the property definition, as before
    party = ("On 3 May 2021, supporters of a ruling-party candidate tore down and burned a rival's banners in "
             "Marondera. Nobody was hurt.")
    assert _defined(party, MOB) == LOOTING
    # the same damage with no crowd told first: the property definition
    other = "On 3 May 2021, the council office in Suq al-Shuyukh was set ablaze overnight. No injuries."
    assert _defined(other, MOB) == LOOTING


@pytest.mark.parametrize(("text", "want"), [
    ("On 2 March 2024, warplanes hit a ridge position outside Saada city; no casualties announced.", AIR),
    ("On 2 March 2024, a one-way drone aimed at the base outside Hit was downed before impact. No damage.", DISRUPTED),
])
def test_these_notes_are_events_in_the_pipeline(text: str, want: tuple[str, str]) -> None:
    ex = process(Document(text=text, published=date(2024, 3, 5)))
    assert ex.events and (ex.events[0].event_type, ex.events[0].sub_event_type) == want


def test_arrests_are_left_as_they_were() -> None:
    # the led-away words are an intervention only beside a crowd: an arrest note keeps its label
    text = "On 9 June 2023, police led two suspects away from a house in Sohag over a robbery."
    assert _defined(text, ARRESTS) == ARRESTS
    assert _defined(text, ATTACK) != PEACEFUL


def test_a_force_that_entered_ground_the_other_side_held_regains_it() -> None:
    text = ("On 3 March 2023, army units and allied clan fighters entered Adan Yabaal town, under Al Shabaab control "
            "for years, after a brief firefight.")
    assert _defined(text, CLASH) == ("Battles", "Government regains territory")
    # the armed group told first entering a government-held town is no regain
    other = ("On 3 March 2023, Al Shabaab fighters entered Adan Yabaal town, under government control since 2019, "
             "after a brief firefight.")
    assert _defined(other, CLASH) == CLASH


def test_munitions_dropped_from_an_aircraft_where_the_classifier_reads_no_event() -> None:
    text = "On 9 June 2024, an air force Antonov dropped barrel bombs on the market area of Kabkabiya (North Darfur)."
    assert _defined(text, NO_EVENT) == AIR


def test_people_who_caught_a_man_and_beat_him_to_death_are_a_mob() -> None:
    text = ("On 4 July 2022, residents of a village near Kasur caught a man they took for a thief and beat him to death; "
            "police later said he was a farm labourer.")
    assert _defined(text, ABDUCTION) == MOB
    assert _defined(text, ATTACK) == MOB


@pytest.mark.parametrize("text", [
    "On 2 March 2022, about 20 people, mostly farmers, were carried off from a hamlet near Faskari (Katsina) by "
    "armed men on motorbikes.",
    "On 2 March 2022, armed men on motorbikes raided a hamlet near Faskari (Katsina). Ransom demanded.",
])
def test_people_carried_off_or_held_for_ransom_are_abducted(text: str) -> None:
    assert _defined(text, NO_EVENT) == ABDUCTION


def test_traders_who_kept_their_shutters_down_over_a_grievance_protest() -> None:
    text = "On 6 May 2024, traders at the central market in Sikasso kept their shutters down over fuel prices."
    assert _defined(text, NO_EVENT) == PEACEFUL


def test_mothers_holding_photos_of_detained_sons_protest_and_make_no_arrest() -> None:
    text = ("On 8 August 2023, dozens of mothers stood outside the governorate in Taiz holding photos of sons detained "
            "by a militia and demanding their release.")
    assert _defined(text, ARRESTS) == PEACEFUL
