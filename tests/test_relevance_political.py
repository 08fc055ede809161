"""The ``political`` profile's blend: the sentence model averaged with a small model over general document
features (collective action, crowd control, political violence, crime, courts, markets, sport, our event types),
chosen by nested cross-validation on GLOCON dev. The default ``auto`` policy does not read it."""

from __future__ import annotations

import json
import math

from prepared import prepared_events

from crosstally.extract import _relevance
from crosstally.vocab import load_vocab

# Our own texts (not devdata).
PROTEST = (
    "Hundreds of striking municipal workers marched to the city hall in Springfield on Wednesday to hand over a "
    "memorandum of demands. Police fired rubber bullets and tear gas to disperse the marchers after some of them "
    "overturned rubbish bins and barricaded a street. The union said the strike would continue until the council "
    "agreed to a wage increase."
)
ROBBERY = (
    "A shopkeeper was shot dead during a robbery at his store in Springfield on Friday evening, police said. "
    "Three suspects fled with cash and cellphones. Detectives have asked anyone with information to come forward."
)
MARKETS = (
    "Shares closed higher on Monday as investors welcomed a fall in inflation. The rand firmed against the dollar "
    "and the central bank said the economy would grow by two percent this year. Mining stocks led the market."
)


def test_word_groups_are_data_and_features_match_their_names():
    groups = load_vocab("relevance_cues")["entries"]["political_cues"]
    assert {"actor", "contentious", "crowd_control", "political_violence", "crime", "court", "markets",
            "sport"} <= set(groups)
    names = _relevance.political_feature_names()
    f = _relevance.political_features(PROTEST, ["Protests"])
    assert len(f) == len(names) == len(set(names))
    got = dict(zip(names, f, strict=True))
    assert got["actor_and_contentious_log"] > 0 and got["lead_actor_and_contentious"] == 1.0
    assert got["crowd_control_log"] > 0 and got["type:Protests"] == 1.0 and got["type:Battles"] == 0.0
    assert got["has_events"] == 1.0 and got["events_log"] == math.log1p(1)
    m = dict(zip(names, _relevance.political_features(MARKETS, []), strict=True))
    assert m["markets_share"] == 1.0 and m["actor_and_contentious_log"] == 0.0 and m["has_events"] == 0.0


def test_weights_file_is_json_with_its_recipe_and_nested_scores():
    data = json.loads(_relevance.POLITICAL_MODEL_PATH.read_text(encoding="utf-8"))
    assert data["features"] == _relevance.political_feature_names()
    assert len(data["coef"]) == len(data["mean"]) == len(data["scale"]) == len(data["features"])
    assert 0.0 < data["weight"] < 1.0 and 0.0 < data["threshold"] < 1.0
    head = _relevance.political_header()
    assert head is not None and "train_relevance.py --political" in head["recipe"]
    nested = head["scores_dev_nested"]
    # shipped only because the blend beat the sentence model alone in nested cross-validation on GLOCON dev
    assert nested["blend"]["f1"] > nested["sentence model alone"]["f1"]
    assert _relevance.political_threshold() == data["threshold"]


def test_blend_orders_protest_above_crime_and_markets():
    protest = _relevance.political_relevance(PROTEST, ["Protests"])
    robbery = _relevance.political_relevance(ROBBERY, ["Violence against civilians"])
    markets = _relevance.political_relevance(MARKETS, [])
    assert all(0.0 <= p <= 1.0 for p in (protest, robbery, markets))
    assert protest > robbery and protest > markets
    assert protest >= _relevance.political_threshold() > markets
    # the document model moves the score away from the sentence model's alone
    assert protest != _relevance.relevance(PROTEST)


def test_political_decision_keeps_a_protest_and_drops_a_robbery_auto_keeps(nlp):
    text, events = prepared_events(nlp, PROTEST)
    assert events
    d = _relevance.decide(text, events, _relevance.POLITICAL)
    assert d.keep and "profile political" in d.reason
    text, events = prepared_events(nlp, ROBBERY)
    assert events
    assert _relevance.decide(text, events).keep  # auto: a shooting with a victim is what GVDB collects
    d = _relevance.decide(text, events, _relevance.POLITICAL)
    assert not d.keep and "not a protest or political-violence report" in d.reason


def test_auto_does_not_read_the_blend(nlp):
    text, events = prepared_events(nlp, ROBBERY)
    d = _relevance.decide(text, events)
    assert math.isclose(d.probability, _relevance.relevance(text))
