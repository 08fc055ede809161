"""ACLED's two-sides rule: an armed actor on unarmed people is Violence against civilians, not a battle; a crowd
against the police with no armed group named is a riot, not a battle."""

from __future__ import annotations

import pytest

from crosstally.extract import _model
from crosstally.vocab import load_vocab

ONE_SIDED = [
    "Two officers shot a fish trader at a checkpoint outside Kisumu, wounding him in the leg.",
    "A tea farmer was beaten and killed by members of a communal militia near his home in Kericho.",
    "Three people were shot dead by police reservists while grazing their goats in Laikipia.",
    "Soldiers beat up shopkeepers in the market after a colleague went missing, residents said.",
    "A gang armed only with clubs raided a homestead and hacked a woman and her son.",
]


@pytest.mark.parametrize("text", ONE_SIDED)
def test_armed_actor_on_unarmed_people_is_one_sided(text):
    assert _model.one_sided(text)
    assert "one_sided_armed" in _model.argument_tokens(text)
    assert _model.apply_definitions(text, "Battles", "Armed clash") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "A police officer on night duty was killed by bandits at a checkpoint outside Isiolo.",
    "Police shot and killed two robbery suspects after an exchange of fire in Kayole.",
    "Soldiers killed three militants who had attacked a police post near the border.",
    "Herders and farmers clashed over water in Tana River; four people were killed.",
    "Police shot dead three men suspected of robbing a petrol station in Nakuru.",
    "Men armed with machetes stormed a police post in Kilifi, wounding two officers.",
])
def test_a_second_armed_side_keeps_the_battle(text):
    assert not _model.one_sided(text)
    assert _model.apply_definitions(text, "Battles", "Armed clash") == ("Battles", "Armed clash")


def test_no_armed_actor_is_not_one_sided():
    assert not _model.one_sided("A trader was robbed of his phone on his way home from the market.")
    assert not _model.one_sided("The county assembly passed a new budget on Tuesday.")


def test_crowd_fighting_police_is_a_violent_demonstration_not_a_battle():
    text = "Hundreds of demonstrators clashed with police in Kisumu after a rally was banned; several were hurt."
    assert "crowd_battle" in _model.argument_tokens(text)
    assert _model.apply_definitions(text, "Battles", "Armed clash") == ("Riots", "Violent demonstration")
    armed = "Militants attacked a police post during a rally in Mandera and exchanged fire with officers."
    assert "crowd_battle" not in _model.argument_tokens(armed)
    assert _model.apply_definitions(armed, "Battles", "Armed clash") == ("Battles", "Armed clash")


def test_one_sided_words_are_data():
    spec = load_vocab("event_arguments")["entries"]["one_sided"]
    assert {"armed_actor", "unarmed_victim", "harm_verbs", "victim_harm", "two_sided"} <= set(spec)


def test_shipped_model_reads_the_definition_tokens():
    import gzip
    import json

    with gzip.open(_model.MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    terms = next(b["terms"] for b in data["vectorizers"] if b.get("source") == "arguments")
    assert {"one_sided_armed", "crowd_battle"} <= set(terms)
    assert data["header"]["version"] >= "2.2"


def test_model_on_a_police_shooting_of_a_civilian():
    # the shipped model plus the definitions: a police officer shooting an unarmed man is an attack
    out = _model.predict(["A police officer shot and wounded a boda boda rider who had refused to stop in Eldoret."])
    assert out[0][0] == "Violence against civilians"


def test_a_crowd_attacking_someone_is_mob_violence():
    text = "Angry villagers beat up two men they accused of stealing a cow in Bungoma; one later died in hospital."
    assert _model.crowd_attack(text)
    assert _model.apply_definitions(text, "Violence against civilians", "Attack") == ("Riots", "Mob violence")
    # an armed group or the police in the note: not a mob's attack
    armed = "Residents said gunmen beat up two men and burnt down their houses in Bungoma."
    assert not _model.crowd_attack(armed)
    assert _model.apply_definitions(armed, "Violence against civilians", "Attack") == (
        "Violence against civilians", "Attack")
