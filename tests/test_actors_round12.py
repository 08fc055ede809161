"""Actors round 12: ACLED conventions for Kenyan notes (our own sentences, invented people, real places).

- Officers of a civilian office or organisation ('a Red Cross officer', 'a public works officer') are civilians,
  not the police.
- An officer attacked keeps the force's name as the side acted on: ACLED never codes a state force as civilians,
  whatever the event type; an officer off duty, retired or former is a civilian.
- A clash the note ties to no community ('over sand harvesting', 'over a piece of land') is the unidentified armed
  group on both sides; a fight the note calls communal in other words ('inter-communal', 'two communities',
  'over a borehole') stays the communities' militias.
- A bare community noun ('the community', 'communities') names no particular community.
"""

from __future__ import annotations

from datetime import date

import pytest
from actor_notes import kenya_note_sides, mention, resolve

from crosstally.actors import generic_actor, get_kb, resolve_mention

UAG = "Unidentified Armed Group (Kenya)"
UEM = "Unidentified Ethnic Militia (Kenya)"


@pytest.mark.parametrize("noun", ["a Red Cross officer", "public works officer", "an education officer",
                                  "the returning officer", "a county revenue officer", "two polling officers"])
def test_officers_of_civilian_offices_are_civilians(noun: str) -> None:
    actor = generic_actor(noun, "KE", date(2019, 5, 6))
    assert actor is not None and actor.name == "Civilians (Kenya)"


@pytest.mark.parametrize("noun", ["officers", "a police officer", "AP officer", "prison officers"])
def test_police_officers_stay_police(noun: str) -> None:
    actor = generic_actor(noun, "KE", date(2019, 5, 6))
    assert actor is not None and actor.name.startswith("Police Forces of Kenya")


def test_an_officer_attacked_is_no_civilian() -> None:
    text = "On 3 May 2019, Nandi youths invaded a farm at Kapsabet and attacked an AP officer guarding it."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "Nandi youths"), mention(text, "actor2", "AP officer")], None,
                 doc_country="KE")
    names = {a.role: a.name for a in ev.actors}
    assert names["actor1"] == "Nandi Ethnic Militia (Kenya)"
    assert names["actor2"] == "Police Forces of Kenya (2013-2022)"


@pytest.mark.parametrize("who", ["off-duty police officer", "retired police officer", "former soldier", "ex-soldier"])
def test_an_officer_off_duty_is_a_civilian(who: str) -> None:
    text = f"On 3 May 2019, gunmen shot dead a {who} outside his home in Likoni."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "gunmen"), mention(text, "actor2", who)], None, doc_country="KE")
    assert {a.role: a.name for a in ev.actors}["actor2"] == "Civilians (Kenya)"


def test_an_unarmed_victim_is_still_a_civilian() -> None:
    text = "On 3 May 2019, Pokot gunmen shot dead a chief at Kapedo."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "Pokot gunmen"), mention(text, "actor2", "chief")], None,
                 doc_country="KE")
    assert {a.role: a.name for a in ev.actors}["actor2"] == "Civilians (Kenya)"


@pytest.mark.parametrize("text", [
    "A clash over sand harvesting at Kasikeu, Makueni, left one dead and six hurt.",
    "Fighting over a plot at Marmanet, Laikipia, left two dead and houses burnt.",
])
def test_a_clash_nothing_ties_to_communities_is_armed_groups(nlp, text: str) -> None:
    sides = kenya_note_sides(text)
    assert (UAG, UAG) in sides and not any(UEM in s for s in sides)


@pytest.mark.parametrize("text", [
    "Inter- communal clashes at Leruko, Isiolo, left two dead.",
    "Clashes over a borehole left two dead at Elwak, Mandera.",
    "Clashes between rival ethnic groups near Moyale; one dead.",
])
def test_a_clash_told_as_communal_is_ethnic_militias(nlp, text: str) -> None:
    sides = kenya_note_sides(text)
    assert (UEM, UEM) in sides


@pytest.mark.parametrize("noun", ["community", "the community", "communities", "communities in the area"])
def test_a_bare_community_noun_is_no_named_community(noun: str) -> None:
    actor, _ = resolve_mention(noun, "KE", None)
    assert actor is None or "Ethnic" not in actor.name
    assert get_kb().lookup(noun, "KE") is None


@pytest.mark.parametrize("noun,name", [("Kikuyu communities", "Kikuyu Ethnic Group (Kenya)"),
                                       ("Pokot raiders", "Pokot Ethnic Militia (Kenya)"),
                                       ("Turkana warriors from Kapedo", "Turkana Ethnic Militia (Kenya)")])
def test_a_named_community_still_resolves(noun: str, name: str) -> None:
    actor, _ = resolve_mention(noun, "KE", None)
    assert actor is not None and actor.name == name


def test_a_partys_officer_is_no_police_officer() -> None:
    text = "On 3 May 2019, ODM members held an ODM officer captive at a polling station in Kisumu."
    ev = resolve(text, "Violence against civilians", "Abduction/forced disappearance",
                 [mention(text, "actor1", "ODM members"), mention(text, "actor2", "ODM officer")], None,
                 doc_country="KE")
    assert {a.role: a.name for a in ev.actors}["actor2"] == "Civilians (Kenya)"


def test_ethnic_violence_alone_is_no_communal_cue(nlp) -> None:
    sides = kenya_note_sides("Post-election ethnic violence at Naivasha: a woman and her two children were killed.")
    assert sides and all(s[0] != UEM for s in sides)
