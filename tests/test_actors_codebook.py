"""ACLED's codebook conventions for actors a report leaves implicit (data/actor_codebook.yaml).

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

from crosstally.actors import CODEBOOK_METHOD
from crosstally.eval import actor_matches
from crosstally.records import DateClaim, Document, Location

KE = Location(name="Kisumu", country="Kenya", country_code="KE")
WHEN = DateClaim(start=date(2017, 8, 12), end=date(2017, 8, 12), precision=1)


_resolve = partial(resolve, location=KE, when=WHEN)


def test_riot_with_no_actor_named_gets_rioters_and_intervening_police():
    text = "The Kisumu-Busia road was blocked with burning tyres; the crowd was dispersed with tear gas."
    ev = _resolve(text, "Riots", "Violent demonstration", [])
    roles = _roles(ev)
    assert roles["actor1"] == ["Rioters (Kenya)"]
    assert roles["actor2"] == ["Police Forces of Kenya (2013-2022)"]
    a1, a2 = ev.actors[0], ev.actors[1]
    assert a1.method == a2.method == CODEBOOK_METHOD and a1.inter == 5 and a2.inter == 1
    assert a1.mention == "blocked" and a2.mention == "dispersed"
    _check_evidence(text, ev)


def test_party_leading_a_protest_is_an_associated_actor():
    text = "NASA supporters marched to the county offices; police fired tear gas at them."
    ev = _resolve(text, "Protests", "Protest with intervention", [_mention(text, "actor1", "NASA supporters")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Protesters (Kenya)"]
    assert roles["assoc_actor_1"] == ["NASA: National Super Alliance"]
    assert roles["actor2"] == ["Police Forces of Kenya (2013-2022)"]
    _check_evidence(text, ev)


def test_police_named_as_actor1_of_a_riot_become_actor2():
    text = "Police clashed with youths who had set a lorry on fire."
    ev = _resolve(text, "Riots", "Violent demonstration", [_mention(text, "actor1", "Police"),
                                                          _mention(text, "actor2", "youths")])
    assert _roles(ev)["actor1"] == ["Rioters (Kenya)"]
    assert _roles(ev)["actor2"] == ["Police Forces of Kenya (2013-2022)"]
    assert ev.actors[0].mention == "youths" and ev.actors[1].mention == "Police"


def test_excessive_force_puts_the_force_first():
    text = "Police shot dead two protesters during the demonstration."
    ev = _resolve(text, "Protests", "Excessive force against protesters",
                  [_mention(text, "actor1", "Police"), _mention(text, "actor2", "protesters")])
    roles = _roles(ev)
    assert roles["actor1"] == ["Police Forces of Kenya (2013-2022)"] and roles["actor2"] == ["Protesters (Kenya)"]
    assert "assoc_actor_2" not in roles


def test_peaceful_protest_gets_no_police_and_period_follows_the_date():
    text = "Traders walked to the county offices to oppose new fees; police watched."
    ev = _resolve(text, "Protests", "Peaceful protest", [_mention(text, "actor1", "Traders")])
    assert _roles(ev) == {"actor1": ["Protesters (Kenya)"]}
    old = DateClaim(start=date(2008, 1, 3), end=date(2008, 1, 3), precision=1)
    text = "Youths were dispersed with tear gas after they burned tyres."
    ev = _resolve(text, "Riots", "Violent demonstration", [], when=old)
    assert _roles(ev)["actor2"] == ["Police Forces of Kenya (2002-2013)"]


def test_no_country_known_leaves_the_country_out():
    text = "Youths blocked the road and were dispersed by police."
    ev = _resolve(text, "Riots", "Violent demonstration", [], location=None, when=None)
    assert _roles(ev) == {"actor1": ["Rioters"], "actor2": ["Police Forces"]}
    assert all(a.country is None for a in ev.actors)


def test_violence_against_civilians_targets_civilians_and_unknown_attackers():
    text = "Two suspected thieves were beaten by a group of men at the market."
    ev = _resolve(text, "Violence against civilians", "Attack",
                  [_mention(text, "actor1", "group of men"), _mention(text, "actor2", "Two suspected thieves")])
    a1, a2 = ev.actors
    assert a2.name == "Civilians (Kenya)" and a2.inter == 7 and a2.mention == "Two suspected thieves"
    assert a1.name == "Unidentified Armed Group (Kenya)"
    text = "A farmer was found dead with cut wounds."
    ev = _resolve(text, "Violence against civilians", "Attack", [])
    # the attacker nobody names is still coded, with the word that implies an attack as evidence
    assert _roles(ev) == {"actor1": ["Unidentified Armed Group (Kenya)"], "actor2": ["Civilians (Kenya)"]}
    assert ev.actors[0].mention == "dead" and ev.actors[0].method == CODEBOOK_METHOD
    assert ev.actors[1].mention == "farmer"
    _check_evidence(text, ev)


def test_named_armed_actors_are_kept():
    text = "Al Shabaab militants attacked a camp across the border."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Al Shabaab militants")])
    assert _roles(ev) == {"actor1": ["Al Shabaab"]}


@pytest.mark.parametrize("pred,gold", [
    ("Rioters (Kenya)", "Rioters (Kenya)"),
    ("Rioters", "Rioters (Kenya)"),
    ("Police Forces of Kenya (2002-2013)", "Police Forces of Kenya (2013-)"),
    ("Protesters (Kenya)", "Protesters (Kenya)"),
])
def test_the_eval_alias_map_matches_codebook_names(pred, gold):
    assert actor_matches([pred], gold)
    assert not actor_matches([pred], "Al Shabaab")


def test_objects_are_never_actors(nlp):
    from crosstally.extract import find_actors

    def actors(text: str, trigger: str) -> dict[str, str]:
        sent = next(iter(nlp(text).sents))
        tok = next(t for t in sent if t.text == trigger)
        return {a.role: a.mention for a in find_actors(tok, sent)}

    assert actors("Police fired tear gas at the rioters in Kondele.", "fired") == {"actor1": "Police"}
    assert actors("Youths burned houses and a lorry in Kondele.", "burned") == {"actor1": "Youths"}
    assert actors("Youths stoned vehicles on the highway.", "stoned") == {"actor1": "Youths"}
    # people acted on stay actors; their figure is a count, not part of who they are
    assert actors("Youths attacked two traders in Kondele.", "attacked") == {"actor1": "Youths", "actor2": "traders"}


def test_a_short_note_through_the_pipeline(nlp):
    from crosstally.pipeline import process

    text = ("Supporters of NASA protested in Kisumu on 11 August 2017 against the election results. "
            "Police dispersed them with tear gas.")
    ev = process(Document(text=text, published=date(2017, 8, 14))).events[0]
    roles = _roles(ev)
    assert ev.event_type == "Protests"
    assert roles["actor1"] == ["Protesters (Kenya)"]
    assert roles["actor2"] == ["Police Forces of Kenya (2013-2022)"]
    assert "NASA: National Super Alliance" in roles["assoc_actor_1"]
    _check_evidence(text, ev)


def test_country_from_national_actors_when_no_place_is_known():
    text = "ODM supporters rioted outside a police station; police dispersed them with tear gas."
    ev = _resolve(text, "Riots", "Violent demonstration", [_mention(text, "actor1", "ODM supporters")],
                  location=None, when=None)
    assert _roles(ev)["actor1"] == ["Rioters (Kenya)"]
    assert _roles(ev)["actor2"] == ["Police Forces of Kenya (2022-)"]  # no date: the current period
    # a group that fights across borders says nothing about where: the country is left out
    text = "Al Shabaab militants attacked police officers at a camp."
    ev = _resolve(text, "Battles", "Armed clash", [_mention(text, "actor1", "Al Shabaab militants"),
                                                   _mention(text, "actor2", "police officers")],
                  location=None, when=None)
    assert _roles(ev) == {"actor1": ["Al Shabaab"], "actor2": ["Police Forces"]}
