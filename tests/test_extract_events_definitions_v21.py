"""ACLED's definitions added in event_arguments.yaml v2.1 (issue 3 round 5): a bomb that went off is an explosion,
not a disrupted weapons use; a garrison or town seized is ground overtaken; a truce signed is an agreement; violent
words that name a march's grievance make no riot; a party's youth or student wing beating someone is an attack; the
internet cut is Strategic developments / Other; property an armed gang burns with nobody hurt is property
destruction even where the classifier reads no event; a family that cannot learn where a man is held tells a
disappearance; a protest's size field or blockade keeps its arrests a protest's.

Sentences are invented for these tests (generic names, invented towns)."""

from __future__ import annotations

from typing import Any

from acled_labels import (
    ABDUCTION,
    AGREEMENT,
    ATTACK,
    CHANGE,
    DISRUPTED,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    NO_EVENT,
    OTHER,
    OVERTAKES,
    PEACEFUL,
    SUICIDE,
    VIOLENT,
)

from crosstally.extract import _model
from crosstally.extract._events import without_denials


def test_a_bomb_that_went_off_is_an_explosion() -> None:
    text = "On 2 May 2020, a truck packed with explosives blew up at a checkpoint outside Ebolo, killing three guards."
    assert _model.apply_definitions(text, *DISRUPTED) == IED
    suicide = "On 2 May 2020, a suicide bomber's car exploded at the gate of a base near Ebolo, killing two soldiers."
    assert _model.apply_definitions(suicide, *DISRUPTED) == SUICIDE


def test_a_bomb_found_or_set_off_by_its_carriers_stays_disrupted() -> None:
    for text in ("On 2 May 2020, a bomb carried by two militants detonated prematurely near Ebolo, killing both.",
                 "On 2 May 2020, a device was found near the market of Ebolo before it could be detonated.",
                 "On 2 May 2020, a bomb squad defused an explosive device that had not exploded near Ebolo."):
        assert _model.apply_definitions(text, *DISRUPTED) == DISRUPTED, text


def test_a_garrison_seized_is_ground_overtaken_unless_handed_over() -> None:
    text = "On 5 June 2023, rebel fighters seized the army garrison at Ebolo after the soldiers withdrew under fire."
    assert _model.apply_definitions(text, *CHANGE) == OVERTAKES
    moved = "On 5 June 2023, the army moved its garrison from Ebolo to Tamba and reassigned its commander."
    assert _model.apply_definitions(moved, *CHANGE) == CHANGE


def test_a_truce_signed_is_an_agreement_whatever_it_ends() -> None:
    text = ("On 8 July 2021, elders of two clans in Ebolo signed a truce, agreeing to return livestock and to end "
            "revenge attacks.")
    assert _model.apply_definitions(text, *CHANGE) == AGREEMENT
    killed = "On 8 July 2021, elders of two clans in Ebolo signed a truce a day after fighting that killed six."
    assert _model.apply_definitions(killed, *CHANGE) == CHANGE


def test_violence_named_in_the_grievance_makes_no_riot() -> None:
    for text in ("On 2 March 2022, students marched through Ebolo against sexual harassment on campus. [size=hundreds]",
                 "On 2 March 2022, parents rallied in Ebolo calling for stricter laws over gun violence in schools."):
        assert _model.violence_only_in_demand(text), text
        assert _model.apply_definitions(text, *VIOLENT) == PEACEFUL, text


def test_a_crowd_that_is_violent_besides_its_grievance_stays_a_riot() -> None:
    for text in ("On 2 March 2022, students marched in Ebolo against police violence and threw stones at officers.",
                 "On 2 March 2022, traders protested in Ebolo against new taxes - running battles followed with police.",
                 "On 2 March 2022, residents protested against a killing by police and blocked the road with burning "
                 "tyres."):
        assert not _model.violence_only_in_demand(text), text
        assert _model.apply_definitions(text, *VIOLENT) == VIOLENT, text


def test_a_party_wing_beating_a_critic_is_an_attack() -> None:
    text = ("On 6 October 2019, members of the ruling party's student league beat a student in a dormitory in Ebolo "
            "after he criticised the government.")
    assert _model.apply_definitions(text, *MOB) == ATTACK
    lynch = "On 6 October 2019, angry residents of Ebolo beat a suspected thief to death at the market."
    assert _model.apply_definitions(lynch, *MOB) == MOB


def test_the_internet_cut_is_another_strategic_development() -> None:
    text = "On 10 January 2021, the authorities shut down mobile internet across Ebolo ahead of an opposition rally."
    assert _model.apply_definitions(text, *NO_EVENT) == OTHER
    assert _model.apply_definitions(text, *PEACEFUL) == OTHER
    crowd = ("On 10 January 2021, protesters angry that the internet was cut threw stones at police in Ebolo. "
             "[size=hundreds]")
    assert _model.apply_definitions(crowd, *VIOLENT) == VIOLENT


def test_property_burnt_by_a_gang_with_nobody_hurt_is_defined_without_the_classifier() -> None:
    text = "On 15 March 2022, gang members set fire to three buses at a depot in Ebolo overnight. Nobody was hurt."
    assert _model.apply_definitions(without_denials(text), *NO_EVENT) == LOOTING
    assert _model.defined_event(without_denials(text))


def test_a_family_that_cannot_learn_where_he_is_held_tells_a_disappearance() -> None:
    text = ("On 25 September 2019, plain-clothes officers took a teacher from a cafe in Ebolo. His family could not "
            "find out where he was being held.")
    told = without_denials(text)
    assert "find out where" in told
    assert _model.apply_definitions(told, *NO_EVENT) == ABDUCTION
    assert "confirm" not in without_denials("Police said they could not confirm the report.")


def test_a_protest_size_or_blockade_keeps_its_arrests_a_protest() -> None:
    text = ("On 9 February 2023, farmers blocked the avenue into Ebolo over fuel prices. Police cleared the road with "
            "tear gas and detained four people. [size=hundreds]")
    assert _model.apply_definitions(text, *INTERVENTION) == INTERVENTION


def test_v21_tokens_leave_the_classifier_features_alone() -> None:
    block = next(b for b in _model._load().blocks if b.source == "arguments")
    for tok in ("crowd_violence_only_in_demand", "has_party_wing", "has_internet_cut", "has_bomb_went_off", "has_overrun",
                "has_disappearance", "has_premature_detonation"):
        assert tok not in block.vocab, tok


def test_pipeline_types_an_exploded_car_bomb_as_an_explosion(nlp: Any) -> None:
    from datetime import date

    from crosstally.pipeline import process
    from crosstally.records import Document

    text = ("A car packed with explosives blew up outside the district office in Ebolo on Tuesday, killing four "
            "people, police said.")
    ev = process(Document(text=text, published=date(2024, 5, 15), input_id="t")).events[0]
    assert ev.event_type == "Explosions/Remote violence"
