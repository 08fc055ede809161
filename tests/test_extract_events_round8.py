"""Issue 3 round 8: the classifier reads notes era-free (model 2.4), and three definitions of event_arguments.yaml v2.5
(gunfire traded by two sides is a battle; an accord that ends past fighting, nobody harmed, is an agreement; live
rounds fired at people marching, told at some length, are excessive force).

Sentences are invented for these tests (generic names, invented towns)."""

from __future__ import annotations

import gzip
import json
import re

import numpy as np
from acled_labels import AGREEMENT, ATTACK, CLASH, EXCESSIVE, INTERVENTION

from crosstally.extract import _model
from crosstally.extract._events import without_denials


def _revise(text: str, label: tuple[str, str]) -> tuple[str, str]:
    return _model.apply_definitions(without_denials(text), *label)


def test_era_free_turns_years_dates_weekdays_and_numbers_into_placeholders() -> None:
    text = "On 5 July 2013, police shot 2 men in Tarvo. On Monday, Sept 4, 12 traders marched in March 2014."
    assert _model.era_free(text) == ("On nn mmmm yyyy, police shot nn men in Tarvo. On wwww, mmmm nn, nn traders "
                                     "marched in mmmm yyyy.")


def test_era_free_leaves_words_that_only_look_like_months() -> None:
    text = "Teachers march to the office; they may return. Traders marched in May."
    assert _model.era_free(text) == text


def test_the_shipped_model_reads_its_text_blocks_era_free() -> None:
    with gzip.open(_model.MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    blocks = data["vectorizers"]
    assert [b.get("normalise") for b in blocks if b["source"] == "text"] == ["era_free", "era_free"]
    assert all("normalise" not in b for b in blocks if b["source"] == "arguments")
    terms = {t for b in blocks if b["source"] == "text" for t in b["terms"]}
    assert not [t for t in terms if re.search(r"(?:19|20)\d\d", t)]  # model 2.3 had " 2008", " 2015", " 2020"
    assert [t for t in terms if "yyyy" in t or "mmmm" in t]


def test_the_same_note_in_two_eras_gets_the_same_probabilities() -> None:
    # (months other than March and May: "march" and "may" are words the argument block reads as written)
    older = "On 14 June 2009, police fired tear gas at 300 traders who blocked a road in Tarvo town."
    newer = "On 2 October 2023, police fired tear gas at 40 traders who blocked a road in Tarvo town."
    _, probs = _model.predict_proba([older, newer])
    assert np.allclose(probs[0], probs[1])


def test_a_model_without_the_key_reads_text_as_written() -> None:
    block = _model._Block({"analyzer": "word", "ngram_range": [1, 1], "terms": ["2013", "yyyy"], "idf": [1.0, 1.0]})
    assert set(block.features("in 2013")) == {0}
    block.normalise = "era_free"
    assert set(block.features("in 2013")) == {1}


def test_gunfire_traded_by_two_gangs_is_a_battle() -> None:
    text = ("On 4 April 2023, two rival gangs traded gunfire for most of the night in Tarvo town, and four gang "
            "members were found dead in the morning.")
    assert "has_gunfire_exchange" in _model.argument_tokens(text)
    assert _revise(text, ATTACK) == CLASH


def test_an_accord_ending_past_fighting_is_an_agreement() -> None:
    text = ("On 1 June 2024, elders of two villages that had fought over grazing land near Tarvo signed a truce "
            "brokered by the district commissioner.")
    assert _revise(text, CLASH) == AGREEMENT
    assert _revise(text, ATTACK) == AGREEMENT


def test_an_accord_with_people_killed_stays_a_battle() -> None:
    text = ("On 1 June 2024, militiamen of two villages fought near Tarvo, killing three people, hours before their "
            "elders signed a truce.")
    assert _revise(text, CLASH) == CLASH


def test_live_rounds_at_people_marching_told_at_length_are_excessive_force() -> None:
    text = ("On 8 August 2022, security forces fired live ammunition at residents of the eastern quarter of Tarvo, "
            "Lindel province, who were marching against the closure of their market; one man was shot dead. "
            "[size=no report]")
    assert _revise(text, CLASH) == EXCESSIVE


def test_shots_fired_with_one_armed_side_and_no_fighting_are_an_attack() -> None:
    text = "Police said several shots were fired at a parked van outside a bakery on Birch Lane."
    assert _revise(text, CLASH) == ATTACK


def test_shots_fired_at_a_shop_where_the_classifier_reads_no_event_are_an_attack() -> None:
    text = ("On 3 March 2024, two men on a scooter fired several rounds at the front of a pharmacy in Tarvo and rode "
            "off; nobody was hurt.")
    assert "has_shots_at_property" in _model.argument_tokens(text)
    assert _revise(without_denials(text), ("No event", "No event")) == ATTACK
    text = "On 3 March 2024, gunmen and soldiers exchanged fire at the front of a school in Tarvo."
    assert _revise(text, ("No event", "No event")) != ATTACK


def test_a_battle_label_on_a_note_with_acled_size_field_is_a_protest() -> None:
    text = ("On 6 May 2022, police pushed back and held several people who tried to stop lorries at the gate of a "
            "quarry near Tarvo. [size=about 80]")
    assert _revise(text, CLASH) == INTERVENTION
    armed = ("On 6 May 2022, gunmen fired on police who guarded a quarry gate near Tarvo, killing one officer. "
             "[size=no report]")
    assert _revise(armed, CLASH) == CLASH
