"""The rules' own reading of an attack (used where the classifier does not decide, e.g. in long articles):
an armed actor on unarmed people stays an attack; with no victim named and no one-sided reading, a clash."""

from __future__ import annotations

from crosstally.extract import classify, find_actors
from crosstally.extract._events import _sentence_triggers


def _classify(nlp, text: str) -> tuple[str, str]:
    sent = next(iter(nlp(text).sents))
    tok, _, base = max(_sentence_triggers(sent), key=lambda x: x[2][2])
    etype, sub, _w = classify(sent, base, [], find_actors(tok, sent))
    return etype, sub


def test_police_shooting_a_fisherman_is_an_attack(nlp):
    assert _classify(nlp, "Police officers shot a fisherman near the lake shore.") == (
        "Violence against civilians", "Attack")


def test_armed_men_attacking_with_no_victim_named_is_a_clash(nlp):
    assert _classify(nlp, "Soldiers attacked the camp near the lake shore.") == ("Battles", "Armed clash")
