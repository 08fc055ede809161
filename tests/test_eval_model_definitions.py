"""ACLED's definitions over the classifier's label: a violent crowd is a riot, a mob attack is mob violence."""

from __future__ import annotations

from crosstally.extract import _model
from crosstally.vocab import load_vocab


def test_overrides_are_data_with_valid_targets():
    rules = load_vocab("event_arguments")["entries"]["overrides"]
    assert rules
    for r in rules:
        assert r["when_type"] and r["token"].startswith(("crowd_", "has_", "one_sided_"))
        assert len(r["to"]) == 2 and r["to"][0] != r["when_type"]


def test_strong_crowd_violence_tokens():
    toks = _model.argument_tokens(
        "Boda boda riders blocked the Kisumu-Busia highway with burning tyres over the death of a colleague.")
    assert "crowd_is_violent_strong" in toks
    calm = _model.argument_tokens("Nurses marched to the county offices to demand unpaid salaries.")
    assert "crowd_is_violent_strong" not in calm


def test_road_blocking_alone_is_a_feature_but_not_an_override():
    # ACLED codes a blocked road both ways: the model reads it, the definition rule does not act on it alone
    text = "Residents blocked the main road into town to protest over insecurity."
    toks = _model.argument_tokens(text)
    assert "crowd_is_violent_strong" in toks and "crowd_is_violent_explicit" not in toks
    assert _model.apply_definitions(text, "Protests", "Peaceful protest") == ("Protests", "Peaceful protest")


def test_violent_crowd_read_as_protest_becomes_violent_demonstration():
    text = "Traders protested against new county levies and lit bonfires on the road into the market."
    assert _model.apply_definitions(text, "Protests", "Peaceful protest") == ("Riots", "Violent demonstration")
    # the same label on a calm note is left alone, and a label the rules do not name is never touched
    calm = "Traders protested against new county levies outside the county offices."
    assert _model.apply_definitions(calm, "Protests", "Peaceful protest") == ("Protests", "Peaceful protest")
    assert _model.apply_definitions(text, "Strategic developments", "Arrests") == ("Strategic developments", "Arrests")
    # a battle label on a crowd's protest with no armed group named: by the definitions, a violent demonstration
    assert _model.apply_definitions(text, "Battles", "Armed clash") == ("Riots", "Violent demonstration")


def test_mob_attack_read_as_attack_becomes_mob_violence_unless_armed_group():
    mob = "A man suspected of stealing a motorcycle was beaten to death by irate residents in the village."
    assert _model.apply_definitions(mob, "Violence against civilians", "Attack") == ("Riots", "Mob violence")
    armed = "Gunmen set several houses ablaze and beat residents in the village before fleeing."
    assert _model.apply_definitions(armed, "Violence against civilians", "Attack") == (
        "Violence against civilians", "Attack")


def test_predict_applies_definitions():
    out = _model.predict(["A suspected thief was lynched by a mob of residents in the market on Sunday."])
    assert out[0][0] == "Riots" and out[0][1] == "Mob violence"
    assert 0.0 < out[0][2] <= 1.0


def test_shipped_model_was_trained_with_the_new_tokens():
    import gzip
    import json

    with gzip.open(_model.MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    terms = next(b["terms"] for b in data["vectorizers"] if b.get("source") == "arguments")
    assert {"crowd_is_violent_strong", "crowd_is_violent_explicit", "has_mob_attack"} <= set(terms)
    assert "definitions" in data["header"]
