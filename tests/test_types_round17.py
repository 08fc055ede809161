"""Event type round 10 (issue 3, session 17): ACLED's definitions read where the notes' wording hid them
(event_arguments.yaml v2.7).

Why: the overrides decide who acted on whom from the note's words, and four gaps kept them from firing: "Al Shabaab"
written with a space (as ACLED writes it) named no armed actor, "executes" was no harm verb, a target that repels
or fights back was not a second armed side (ACLED's codebook: that is a clash), and demonstrators who "clash" or
"destroy" in the present tense were not violent. A Mob violence label where an armed actor harms unarmed people and
no crowd is told is Violence against civilians (Mob violence is an unorganised crowd's). Each test gives the label
the classifier might give and checks what the definitions make of it. All sentences are invented.
"""

from __future__ import annotations

import pytest

from crosstally.extract import _model

CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
MOB = ("Riots", "Mob violence")
PEACEFUL = ("Protests", "Peaceful protest")
VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "On 3 May 2021, Al Shabaab shot dead two teachers at a school near Wargadud, Mandera county.",
    "Suspected Al Shabaab killed three passengers after stopping a bus outside Mpeketoni.",
])
def test_al_shabaab_with_a_space_is_an_armed_actor(text: str) -> None:
    assert _model.one_sided(text)
    assert _model.apply_definitions(text, *CLASH) == ATTACK


def test_executes_is_a_harm_verb() -> None:
    text = "A militia executes four farmers near Garsen."
    assert _model.one_sided(text)


@pytest.mark.parametrize("text", [
    "Al Shabaab gunmen attacked villagers in Fafi; security forces pushed back the attackers.",
    "Bandits raided a village near Tot and shot two herders before they were repelled by police reservists.",
    "Militiamen attacked herders at a watering point near Kainuk; the herders fought back.",
])
def test_a_target_that_fights_back_makes_a_clash(text: str) -> None:
    assert not _model.one_sided(text)
    assert _model.apply_definitions(text, *ATTACK) == ATTACK  # the classifier's attack label is left alone
    assert _model.apply_definitions(text, *CLASH) == CLASH  # and a battle label is not turned into an attack


def test_a_name_with_resistance_in_it_is_no_second_side() -> None:
    text = "On 2 June 2022, Taliban fighters executed four men they accused of backing the National Resistance Front."
    assert _model.one_sided(text)
    assert _model.apply_definitions(text, *CLASH) == ATTACK


@pytest.mark.parametrize("text", [
    "Two groups of protesters clash outside the county offices in Embu over the governor's impeachment.",
    "Youths block the road and destroy two lorries in Mumias over unpaid cane deliveries.",
])
def test_demonstrators_who_clash_or_destroy_in_the_present_tense_are_violent(text: str) -> None:
    assert _model.crowd_assault(text)
    assert _model.apply_definitions(text, *PEACEFUL) == VIOLENT_DEMO


def test_a_clash_the_crowd_protests_against_is_not_its_violence() -> None:
    text = "Residents protested after a clash between two clans in Moyale, asking for more police."
    assert not _model.crowd_assault(text)


def test_mob_violence_label_with_an_armed_actor_on_civilians_is_an_attack() -> None:
    assert _model.apply_definitions("Al Shabaab executes 15 farmers by firing squad near Mandera.", *MOB) == ATTACK


@pytest.mark.parametrize("text", [
    "An angry mob beat two men suspected of theft to death at Kondele market.",
    "Residents lynched a young man they blamed for a missing goat; police later took the body to the mortuary.",
])
def test_a_crowd_s_violence_stays_mob_violence(text: str) -> None:
    assert _model.apply_definitions(text, *MOB) == MOB
