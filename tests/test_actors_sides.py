"""Who the sides of an event are, by ACLED's conventions: communities in a clash, the order of state forces in remote
violence, civilians as the target by definition, two crowds in one riot, and mentions that name no party.

The notes below are our own writing about the kinds of events ACLED codes in Kenya.
"""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from actor_notes import check_evidence as _check_evidence
from actor_notes import mention as _mention
from actor_notes import resolve
from actor_notes import roles as _roles

from crosstally.actors import CODEBOOK_METHOD, not_a_party, resolve_actors, resolve_mention
from crosstally.records import DateClaim, Document, Event, Extraction, Location
from crosstally.records import Span as CharSpan

KE = Location(name="Marsabit", mention="Marsabit", country="Kenya", country_code="KE")
WHEN = DateClaim(start=date(2018, 5, 2), end=date(2018, 5, 2), precision=1)


_resolve = partial(resolve, location=KE, when=WHEN, with_places=True)


def test_a_clash_between_named_communities_codes_both_militias():
    text = "Seventeen people were killed in clashes between the Borana and Gabra in Marsabit over grazing land."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Seventeen people")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Borana Ethnic Militia (Kenya)"]
    assert roles["actor2"] == ["Gabra Ethnic Militia (Kenya)"]
    _check_evidence(text, ev)


def test_civilians_are_not_a_side_of_a_communal_battle():
    text = "Garre and Degodia clans fought near Marsabit; herders on both sides were hurt."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "herders")])
    assert _roles(ev)["actor1"] == ["Garre Ethnic Militia (Kenya)"]
    assert _roles(ev)["actor2"] == ["Degodia Ethnic Militia (Kenya)"]


@pytest.mark.parametrize("text", [
    "Four herders were shot dead by raiders suspected to be Pokots near Marsabit.",
    "Four herders were shot dead in a raid by the Pokot near Marsabit.",
    "Pokot raided a village near Marsabit and shot four herders dead.",
])
def test_the_community_a_note_names_as_attacker_is_actor1(text):
    ev = _resolve(text, "Violence against civilians", "Attack", [])
    roles = _roles(ev)
    assert roles["actor1"] == ["Pokot Ethnic Militia (Kenya)"]
    assert roles["actor2"] == ["Civilians (Kenya)"]
    _check_evidence(text, ev)


def test_unidentified_or_foreign_attackers_stay_an_armed_group():
    text = "Unidentified Somali gunmen shot dead two traders near Marsabit."
    ev = _resolve(text, "Violence against civilians", "Attack",
                  [_mention(text, "actor1", "Unidentified Somali gunmen"), _mention(text, "actor2", "two traders")])
    # an armed group, not the Somali community's militia; the nationality gives its country (ACLED Kenya codes
    # attackers of Somali origin "Unidentified Armed Group (Somalia)")
    assert _roles(ev)["actor1"] == ["Unidentified Armed Group (Somalia)"]


def test_remote_violence_against_a_state_force_puts_the_force_first():
    text = "Al Shabaab militants threw a grenade at police officers on patrol in Mandera."
    ev = _resolve(text, "Explosions/Remote violence", "Grenade",
                  [_mention(text, "actor1", "Al Shabaab militants"), _mention(text, "actor2", "police officers")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Police Forces of Kenya (2013-2022)"] and roles["actor2"] == ["Al Shabaab"]
    # against civilians the attacker stays first
    text = "Al Shabaab militants threw a grenade into a bar in Mandera, wounding six people."
    ev = _resolve(text, "Explosions/Remote violence", "Grenade",
                  [_mention(text, "actor1", "Al Shabaab militants"), _mention(text, "actor2", "six people")])
    assert _roles(ev) == {"actor1": ["Al Shabaab"], "actor2": ["Civilians (Kenya)"]}


def test_the_target_of_violence_against_civilians_is_civilians_even_unnamed():
    text = "Gunmen ambushed the convoy of a county commissioner near Marsabit."
    ev = _resolve(text, "Violence against civilians", "Attack", [_mention(text, "actor1", "Gunmen")])
    roles = _roles(ev)
    assert roles == {"actor1": ["Unidentified Armed Group (Kenya)"], "actor2": ["Civilians (Kenya)"]}
    assert ev.actors[1].method == CODEBOOK_METHOD and ev.actors[1].mention == "ambushed"
    _check_evidence(text, ev)


def test_a_riot_between_two_crowds_is_rioters_against_rioters():
    text = "Supporters of rival candidates clashed with stones at a rally in Marsabit; a man was hurt."
    ev = _resolve(text, "Riots", "Mob violence", [_mention(text, "actor1", "Supporters of rival candidates"),
                                                  _mention(text, "actor2", "a man")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Rioters (Kenya)"] and roles["actor2"] == ["Rioters (Kenya)"]
    assert roles["assoc_actor_2"] == ["Civilians (Kenya)"]
    _check_evidence(text, ev)


def test_police_named_in_a_mob_riot_are_its_other_side():
    text = "A mob stoned a bus in Marsabit; police fired warning shots to scatter it."
    ev = _resolve(text, "Riots", "Mob violence", [_mention(text, "actor1", "mob"), _mention(text, "assoc_actor_1",
                                                                                           "police")])
    assert _roles(ev) == {"actor1": ["Rioters (Kenya)"], "actor2": ["Police Forces of Kenya (2013-2022)"]}


@pytest.mark.parametrize(("mention", "expected"), [
    ("Seventeen", True),
    ("others", True),
    ("HRW report", True),
    ("Marsabit", True),  # a place the document names
    ("irregularities in electoral nominations", True),
    ("Zorblax Brigade", False),
    ("herders", False),
])
def test_mentions_that_name_no_party(mention, expected):
    assert not_a_party(mention, frozenset({"marsabit"})) is expected


def test_a_battle_subject_that_is_a_place_gives_way_to_the_force():
    text = "Police in Marsabit exchanged fire with gunmen who had raided a shop."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Marsabit"),
                                                   _mention(text, "actor2", "gunmen")])
    assert _roles(ev) == {"actor1": ["Police Forces of Kenya (2013-2022)"], "actor2": ["Unidentified Armed Group (Kenya)"]}


def test_role_words_alone_never_spell_match_a_group():
    actor, _ = resolve_mention("forces", "KE")
    assert actor is None or actor.id != "hts"
    actor, _ = resolve_mention("the fighters", "KE")
    assert actor is None or actor.id != "hts"


def test_a_device_aimed_at_a_force_puts_the_force_first():
    text = "Unknown attackers lobbed a grenade at police officers guarding a market in Wajir; nobody was hurt."
    ev = _resolve(text, "Explosions/Remote violence", "Grenade",
                  [_mention(text, "actor1", "Unknown attackers"), _mention(text, "actor2", "nobody")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Police Forces of Kenya (2013-2022)"]
    assert roles["actor2"] == ["Unidentified Armed Group (Kenya)"]
    assert ev.actors[0].mention == "police" and ev.actors[0].method == CODEBOOK_METHOD
    _check_evidence(text, ev)


def test_a_force_only_associated_with_a_militant_attack_is_its_other_side():
    text = "Suspected Al Shabaab militants attacked a camp in Lamu; two soldiers were killed."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Suspected Al Shabaab militants"),
                                                   _mention(text, "assoc_actor_2", "soldiers")])
    assert _roles(ev) == {"actor1": ["Military Forces of Kenya (2013-2022)"], "actor2": ["Al Shabaab"]}


def test_outside_kenya_the_order_stays_and_the_named_force_is_the_second_side():
    af = Location(name="Khost", mention="Khost", country="Afghanistan", country_code="AF")
    text = "Taliban militants clashed with Afghan forces at a check point in Khost."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Taliban militants")], location=af)
    assert _roles(ev) == {"actor1": ["Taliban"], "actor2": ["Military Forces of Afghanistan (2014-2021)"]}
    assert ev.actors[1].mention == "Afghan forces"
    _check_evidence(text, ev)


def test_a_name_the_note_uses_as_a_place_is_not_a_side():
    # "Ndoleni" is in no gazetteer: the note itself says it is a place ("at Ndoleni", "Ndoleni area")
    text = "Ndoleni saw two people hurt in clashes at Ndoleni area between herders and police reservists."
    ev = Event("Battles", "Armed clash", location=None, date=WHEN, evidence=[CharSpan(0, len(text))],
               actors=[_mention(text, "actor1", "Ndoleni")])
    resolve_actors(Extraction(document=Document(text=text, meta={"country": "KE"}), events=[ev]))
    assert "Ndoleni" not in [a.mention for a in ev.actors]
    assert _roles(ev)["actor1"] == ["Police Forces of Kenya (2013-2022)"]
