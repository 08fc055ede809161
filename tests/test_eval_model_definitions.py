"""ACLED's definitions over the classifier's label: a violent crowd is a riot, a mob attack is mob violence."""

from __future__ import annotations

from crosstally.extract import _model
from crosstally.vocab import load_vocab


def test_overrides_are_data_with_valid_targets():
    rules = load_vocab("event_arguments")["entries"]["overrides"]
    assert rules
    subs = {(t["event_type"], s["name"]) for t in load_vocab("acled_event_types")["entries"]
            for s in t["sub_event_types"]}
    def names(value: str | list[str] | None) -> list[str | None]:
        return [value] if value is None or isinstance(value, str) else list(value)

    for r in rules:
        assert r["when_type"] and r["token"]
        assert all(t.startswith(("crowd_", "has_", "one_sided_", "no_", "first_")) for t in names(r["token"]))
        assert len(r["to"]) == 2 and tuple(r["to"]) in subs
        # a rule changes the label it acts on: the type, or the sub-event type (each type and sub-event it names)
        for when in names(r["when_type"]):
            for sub in names(r.get("when_sub")):
                assert tuple(r["to"]) != (when, sub)


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


def test_intervention_needs_an_intervention():
    # ACLED: Protest with intervention is a protest dispersed, tear-gassed or met with arrests; a note naming none
    # of these is a Peaceful protest, whatever the classifier's class weighting says
    calm = "Hundreds of boda boda riders demonstrated outside the county offices over new parking fees."
    assert "no_intervention" in _model.argument_tokens(calm)
    assert _model.apply_definitions(calm, "Protests", "Protest with intervention") == ("Protests", "Peaceful protest")
    dispersed = "Hundreds of boda boda riders demonstrated outside the county offices before police dispersed them."
    assert "no_intervention" not in _model.argument_tokens(dispersed)
    assert _model.apply_definitions(dispersed, "Protests", "Protest with intervention") == (
        "Protests", "Protest with intervention")
    # the sub-event rule leaves other sub-event types alone
    assert _model.apply_definitions(calm, "Protests", "Peaceful protest") == ("Protests", "Peaceful protest")


def test_demonstrators_who_assault_are_a_violent_demonstration():
    # ACLED: demonstrators who engage in violence are Riots; the crowd must be the one acting
    violent = "Market traders protested the new levies, and some of them assaulted a county officer."
    assert _model.crowd_assault(violent)
    assert _model.apply_definitions(violent, "Protests", "Peaceful protest") == ("Riots", "Violent demonstration")
    attacked = "Students protesting fee increases were attacked by police outside the campus."
    assert not _model.crowd_assault(attacked)
    grievance = "Residents protested a recent attack on a school and demanded more police patrols."
    assert not _model.crowd_assault(grievance)
    assert _model.apply_definitions(grievance, "Protests", "Peaceful protest") == ("Protests", "Peaceful protest")
