"""ACLED Kenya's actor conventions beyond the crowd: battle order, implicit attackers, communal raiders.

The notes below are our own writing about the kinds of events ACLED codes in Kenya.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from actor_notes import check_evidence as _check_evidence
from actor_notes import mention as _mention
from actor_notes import resolve
from actor_notes import roles as _roles

from crosstally.actors import CODEBOOK_METHOD, resolve_mention
from crosstally.records import DateClaim, Location

KE = Location(name="Mandera", country="Kenya", country_code="KE")
WHEN = DateClaim(start=date(2015, 6, 2), end=date(2015, 6, 2), precision=1)


_resolve = partial(resolve, location=KE, when=WHEN)


def test_state_force_is_actor1_of_a_battle_with_a_group():
    text = "Suspected Al Shabaab fighters ambushed a police patrol near Elwak; two officers died."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Suspected Al Shabaab fighters"),
                                                   _mention(text, "actor2", "police patrol")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Police Forces of Kenya (2013-2022)"]  # 'police patrol' names the force inside it
    assert roles["actor2"] == ["Al Shabaab"]
    _check_evidence(text, ev)


def test_battle_between_two_groups_keeps_its_order():
    text = "Pokot raiders fought Turkana herders at a watering point."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Pokot raiders"),
                                                   _mention(text, "actor2", "Turkana herders")])
    assert _roles(ev) == {"actor1": ["Pokot Ethnic Militia (Kenya)"], "actor2": ["Turkana Ethnic Militia (Kenya)"]}


def test_force_named_only_in_passing_becomes_the_other_side():
    text = "Gunmen stormed a village at night before soldiers pushed them back."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Gunmen")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Military Forces of Kenya (2013-2022)"]
    assert roles["actor2"] == ["Unidentified Armed Group (Kenya)"]
    force = next(a for a in ev.actors if a.role == "actor1")
    assert force.mention == "soldiers" and force.method == CODEBOOK_METHOD
    _check_evidence(text, ev)


def test_unnamed_attackers_in_a_cattle_raid_are_an_ethnic_militia():
    text = "Gunmen raided a homestead and drove away forty goats; a herder was shot dead."
    ev = _resolve(text, "Violence against civilians", "Attack", [_mention(text, "actor1", "Gunmen"),
                                                                 _mention(text, "actor2", "herder")])
    assert _roles(ev)["actor1"] == ["Unidentified Ethnic Militia (Kenya)"]
    # "bandits" is a criminal noun: an armed group even in a stock raid (ACLED Kenya since 2012)
    text = "Bandits raided a homestead and drove away forty goats; a herder was shot dead."
    ev = _resolve(text, "Violence against civilians", "Attack", [_mention(text, "actor1", "Bandits"),
                                                                 _mention(text, "actor2", "herder")])
    assert _roles(ev)["actor1"] == ["Unidentified Armed Group (Kenya)"]
    text = "Bandits robbed a shop in town and shot the owner."
    ev = _resolve(text, "Violence against civilians", "Attack", [_mention(text, "actor1", "Bandits"),
                                                                 _mention(text, "actor2", "owner")])
    assert _roles(ev)["actor1"] == ["Unidentified Armed Group (Kenya)"]


def test_raiders_are_an_ethnic_militia_and_a_named_community_wins():
    assert resolve_mention("raiders", "KE")[0].name == "Unidentified Ethnic Militia (Kenya)"
    assert resolve_mention("Samburu raiders", "KE")[0].name == "Samburu Ethnic Militia (Kenya)"


def test_the_mobs_victim_is_not_the_crowd():
    text = "A mob in the market lynched a man they suspected of theft."
    ev = _resolve(text, "Riots", "Mob violence", [_mention(text, "actor2", "man")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Rioters (Kenya)"] and roles["actor2"] == ["Civilians (Kenya)"]
    assert ev.actors[0].mention == "mob"
    _check_evidence(text, ev)


def test_document_country_hint_names_generic_actors():
    text = "Security forces exchanged fire with gunmen on the highway."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Security forces"),
                                                   _mention(text, "actor2", "gunmen")], location=None,
                  doc_country="KE")
    assert _roles(ev) == {"actor1": ["Military Forces of Kenya (2013-2022)"],
                          "actor2": ["Unidentified Armed Group (Kenya)"]}


def test_attackers_the_note_ties_to_a_known_group_are_that_group():
    text = "Gunmen shot dead two teachers near Mandera; the attackers are believed to be al-Shabaab."
    ev = _resolve(text, "Violence against civilians", "Attack", [_mention(text, "actor1", "Gunmen"),
                                                                 _mention(text, "actor2", "two teachers")])
    assert _roles(ev)["actor1"] == ["Al Shabaab"] and ev.actors[0].mention == "Gunmen"
    text = "A grenade thrown into a bar wounded five people; no group has been named."
    ev = _resolve(text, "Explosions/Remote violence", "Grenade", [_mention(text, "actor2", "five people")])
    assert _roles(ev)["actor1"] == ["Unidentified Armed Group (Kenya)"]
    _check_evidence(text, ev)


def test_battle_order_convention_is_scoped_to_kenya():
    af = Location(name="Kunduz", country="Afghanistan", country_code="AF")
    text = "Taliban fighters attacked an army checkpoint in Kunduz."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Taliban fighters"),
                                                   _mention(text, "actor2", "army checkpoint")], location=af)
    assert _roles(ev)["actor1"] == ["Taliban"]


def test_unidentified_militia_takes_the_community_the_note_names_as_acting():
    text = "Raiders stole 200 goats; the Samburu morans shot two herders near Lake Turkana."
    ev = _resolve(text, "Violence against civilians", "Attack", [_mention(text, "actor1", "Raiders"),
                                                                 _mention(text, "actor2", "two herders")])
    assert _roles(ev)["actor1"] == ["Samburu Ethnic Militia (Kenya)"]
    # a place ("Lake Turkana") or a victim ("a Pokot man") does not name the attackers
    text = "Raiders shot a Pokot man near Lake Turkana and drove away his cattle."
    ev = _resolve(text, "Violence against civilians", "Attack", [_mention(text, "actor1", "Raiders"),
                                                                 _mention(text, "actor2", "Pokot man")])
    assert _roles(ev)["actor1"] == ["Unidentified Ethnic Militia (Kenya)"]
