"""ACLED's definitions added in event_arguments.yaml v1.9 (issue 3 round 3): a denied arrest is no arrest, a protocol
signed is an agreement, force fired on a march is excessive force, one-sided violence told at a distance.

Sentences are invented for these tests (generic names, invented towns)."""

from __future__ import annotations

from typing import Any

from acled_labels import AGREEMENT, ATTACK, CLASH, EXCESSIVE, INTERVENTION, NO_EVENT, PEACEFUL

from crosstally.extract import _model


def test_no_arrests_reported_is_no_intervention() -> None:
    quiet = "On 3 May 2020, a large crowd walked through the centre of Ebolo to oppose a new tax. No arrests were reported."
    assert _model.apply_definitions(quiet, *INTERVENTION) == PEACEFUL
    assert "has_arrest_act" not in _model.argument_tokens(quiet)
    arrested = "On 3 May 2020, a crowd marched through the centre of Ebolo to oppose a new tax. Police arrested six."
    assert _model.apply_definitions(arrested, *INTERVENTION) == INTERVENTION
    assert "has_arrest_act" in _model.argument_tokens(arrested)


def test_signed_protocol_on_a_ceasefire_is_an_agreement() -> None:
    text = "On 2 June 2022, officials of two neighbouring states signed a protocol in Ebolo on a ceasefire on the border."
    assert _model.apply_definitions(text, *NO_EVENT) == AGREEMENT
    fight = "On 2 June 2022, troops attacked the village of Ebolo a day after officials signed a protocol on a ceasefire."
    assert _model.apply_definitions(fight, *NO_EVENT) != AGREEMENT


def test_force_firing_on_a_march_is_excessive_force_not_a_battle() -> None:
    march = "On 4 April 2018, police and armed party supporters fired on a march of teachers in Ebolo, killing two."
    assert _model.apply_definitions(march, *CLASH) == EXCESSIVE
    exchange = "On 4 April 2018, police fired on a march in Ebolo and gunmen in the crowd returned fire."
    assert _model.apply_definitions(exchange, *CLASH) == CLASH


def test_one_sided_violence_told_at_a_distance_is_an_attack() -> None:
    far = ("On 9 May 2023, militants set up a checkpoint on the road outside Ebolo and executed two traders they "
           "accused of helping the authorities.")
    assert _model.one_sided_far(far)
    assert _model.apply_definitions(far, *CLASH) == ATTACK
    bus = "On 9 May 2023, gunmen opened fire on a minibus carrying commuters near Ebolo. Four passengers died."
    assert _model.apply_definitions(bus, *CLASH) == ATTACK
    two_sides = ("On 9 May 2023, militants set up a checkpoint outside Ebolo and killed two traders before soldiers "
                 "arrived and exchanged fire with them.")
    assert not _model.one_sided_far(two_sides)
    assert _model.apply_definitions(two_sides, *CLASH) == CLASH


def test_pipeline_reads_a_distant_one_sided_attack(nlp: Any) -> None:
    from datetime import date

    from crosstally.pipeline import process
    from crosstally.records import Document

    text = ("On 9 May 2023, militants set up a checkpoint on the road outside Ebolo and executed two traders they "
            "accused of helping the authorities.")
    out = process(Document(text=text, published=date(2023, 5, 12), input_id="t")).to_contract()
    ev = (out.get("events") or [{}])[0]
    assert (ev.get("event_type"), ev.get("sub_event_type")) == ATTACK
