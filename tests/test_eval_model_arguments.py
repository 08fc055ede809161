"""Argument tokens the event classifier reads: who acts on whom, with what (ACLED's definitions)."""

from __future__ import annotations

import gzip
import json

from crosstally.extract import _model
from crosstally.vocab import load_vocab


def test_vocabulary_file_has_header_and_classes():
    data = load_vocab("event_arguments")
    assert data["sources"] and data["version"]
    entries = data["entries"]
    assert {"police", "military", "armed_group", "mob", "protesters", "students", "residents"} <= set(entries["nouns"])
    assert {"violence", "crowd_violence", "intervention"} <= set(entries["verbs"])


def test_police_dispersing_a_peaceful_crowd():
    toks = _model.argument_tokens(
        "Traders marched to the county offices over new levies; police used tear gas to disperse them.")
    assert "has_police" in toks and "has_intervention" in toks
    assert "crowd_dispersed_nonviolent" in toks
    assert "crowd_is_violent" not in toks


def test_violent_crowd():
    toks = _model.argument_tokens(
        "Protesters threw stones at officers and set tyres on fire on the main road before police dispersed them.")
    assert "act_protesters" in toks
    assert "crowd_is_violent" in toks
    assert "has_stones" in toks


def test_armed_group_on_civilians_and_no_violence():
    toks = _model.argument_tokens("Gunmen shot dead two farmers in their fields near the border.")
    assert "act_armed_group" in toks and "pair_armed_group_residents" in toks and "has_firearm" in toks
    assert "no_violence_verb" in _model.argument_tokens("The council met on Monday to discuss the budget.")


def test_shipped_model_reads_argument_tokens():
    with gzip.open(_model.MODEL_PATH, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    sources = [b.get("source", "text") for b in data["vectorizers"]]
    assert sources == ["text", "text", "arguments"]
    args_terms = data["vectorizers"][2]["terms"]
    assert "crowd_is_violent" in args_terms and "act_police" in args_terms
    assert data["header"]["version"].startswith("2.")


def test_riot_and_protest_told_apart_by_who_is_violent():
    out = _model.predict([
        "Hundreds of residents protested peacefully in the town centre against frequent power cuts.",
        "Rioting youths pelted police with stones, looted shops and burned a lorry during a protest in the town.",
    ])
    assert out[0][0] == "Protests"
    assert out[1][0] == "Riots"
