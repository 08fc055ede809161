"""Issue 3, actors round 17: whose strike it was, a group's men, and words that name no one.

- "US Africa Command said one of its aircraft struck Shabaab fighters": a nationality before a command or a formation
  ("Russian units", "a Ukrainian brigade") is that state's military, so the group struck is the side hit.
- "Army attributed it to the ELN": a group the note lays a drone strike at stays its attacker, even when the note
  also names the force whose base was hit.
- "rockets launched from the Ukrainian side": the side across the line the fire came from.
- "G-Pep men", "Al Shabaab men", "scores of Al Shabaab fighters": an armed organisation's men are the organisation;
  "ISIS-affiliated fighters" are the group they are aligned with; "an unspecified number of terrorists gathering
  near X" are the unidentified armed group.
- "one of them", "street by street", "Kisima Secondary School": no party (a name closed by a word for a building or
  a public place says where, not who).
Our own sentences about invented incidents.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.actors import resolve_mention
from crosstally.actors._non_party import is_thing
from crosstally.pipeline import process
from crosstally.records import Document


def _sides(text: str, published: date) -> dict[str, str]:
    ex = process(Document(text=text, published=published))
    ev = ex.events[0]
    return {a.role: a.name for a in reversed(ev.actors)}


def test_a_command_named_by_nationality_flew_the_strike() -> None:
    sides = _sides("On 4 June 2021, US Africa Command said one of its aircraft struck Shabaab fighters near Bulo Burte, "
                   "killing two.", date(2021, 6, 7))
    assert sides["actor1"].startswith("Military Forces of the United States")
    assert sides["actor2"] == "Al Shabaab"


@pytest.mark.parametrize(("mention", "country", "name"), [
    ("a Russian regiment", "UA", "Military Forces of Russia"),
    ("a Ukrainian brigade", "UA", "Military Forces of Ukraine"),
    ("two Nigerian battalions", "NG", "Military Forces of Nigeria"),
])
def test_a_nationality_before_a_formation_is_that_states_military(mention: str, country: str, name: str) -> None:
    actor, _ = resolve_mention(mention, country, date(2023, 8, 1))
    assert actor is not None and actor.name.startswith(name)


def test_a_drone_strike_laid_at_a_group_keeps_that_group_as_its_attacker() -> None:
    sides = _sides("On 9 April 2025, drones carrying explosives hit the army's base at Saravena (Arauca); 2 soldiers "
                   "hurt. The army attributed it to the ELN.", date(2025, 4, 12))
    assert sides["actor1"] == "ELN: National Liberation Army"
    assert sides["actor2"].startswith("Military Forces of Colombia")


def test_fire_launched_from_a_nations_side_is_that_nations() -> None:
    sides = _sides("On 14 May 2024, rockets launched from the Ukrainian side hit a block of flats in Belgorod; the "
                   "governor reported 7 dead.", date(2024, 5, 17))
    assert sides["actor1"].startswith("Military Forces of Ukraine")


@pytest.mark.parametrize(("mention", "country", "name"), [
    ("G-Pep men", "HT", "G-Pep"),
    ("Al Shabaab men", "SO", "Al Shabaab"),
    ("Fano men", "ET", "Fano Militia"),
    ("scores of Al Shabaab fighters", "SO", "Al Shabaab"),
    ("thousands of TPLF fighters", "ET", "TPLF: Tigray People's Liberation Front"),
    ("an unspecified number of terrorists gathering near Ayorou", "NE", "Unidentified Armed Group (Niger)"),
    ("gunmen riding motorbikes", "NG", "Unidentified Armed Group (Nigeria)"),
    ("ISIS-affiliated fighters", "SY", "Islamic State (Syria)"),
    ("al Shabaab-linked militants", "SO", "Al Shabaab"),
])
def test_an_armed_organisations_men_are_the_organisation(mention: str, country: str, name: str) -> None:
    actor, _ = resolve_mention(mention, country, date(2023, 5, 1))
    assert actor is not None and actor.name == name


@pytest.mark.parametrize(("mention", "country", "name"), [
    ("Alawite men", "SY", "Civilians (Syria)"),   # a community's men stay the people the noun names
    ("Pokot men", "KE", "Civilians (Kenya)"),
])
def test_a_communitys_men_are_left_to_the_community_rules(mention: str, country: str, name: str) -> None:
    actor, _ = resolve_mention(mention, country, date(2023, 5, 1))
    assert actor is not None and actor.name == name


@pytest.mark.parametrize("mention", ["one of them", "two of these", "streets", "some of those", "Kisima Secondary School",
                                     "Uhuru Square"])
def test_words_that_point_back_or_name_a_street_are_no_party(mention: str) -> None:
    assert is_thing(mention)


@pytest.mark.parametrize("mention", ["Kisima Secondary School students", "Market traders"])
def test_the_people_of_a_place_and_a_lone_word_stay_for_the_other_rules(mention: str) -> None:
    assert not is_thing(mention)


def test_pointers_never_become_an_actor_name() -> None:
    ex = process(Document(text="On 3 March 2021, NPA rebels fired on a militia detachment outside Borongan (Eastern "
                               "Samar); the militiamen returned fire, one of them killed.", published=date(2021, 3, 6)))
    names = {a.name for ev in ex.events for a in ev.actors}
    assert "one of them" not in names


def test_an_unnamed_attacker_still_gives_way_to_the_air_force_that_struck() -> None:
    # the unidentified armed group is the codebook's placeholder for an unnamed attacker, not a group the note names
    sides = _sides("In reply to recent attacks near Witu, Kenya air forces launch attacks on Boni Forest, thought to "
                   "shelter the gunmen. Casualties not known.", date(2015, 9, 14))
    assert sides["actor1"].startswith("Military Forces of Kenya")
