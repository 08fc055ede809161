"""Trigger words that tell no event: denied ones ('No arrests had been made'), object nouns ('shell casings'),
and the passive 'shots were fired' that does tell one. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from crosstally import pipeline
from crosstally.records import Document


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in pipeline.process(Document(id="t", text=text)).events]


def _trigger_words(nlp, text: str) -> list[str]:
    from crosstally.extract import _events

    return [w for sent in nlp(text).sents for _, w, _ in _events._sentence_triggers(sent)]


def test_a_denied_trigger_is_no_event(nlp):
    assert _trigger_words(nlp, "No arrests had been made by Tuesday.") == []
    assert _trigger_words(nlp, "Soldiers did not attack the village, the army said.") == []
    assert _trigger_words(nlp, "Police made two arrests on Tuesday.") == ["arrests"]
    assert _trigger_words(nlp, "Soldiers attacked the village, the army said.") == ["attacked"]


def test_shell_casings_are_no_shelling():
    text = ("Several shots were fired into a house in Dayton late Friday, but nobody was hurt, police said. "
            "Officers collected shell casings from the street.")
    got = _events(text)
    assert ("Explosions/Remote violence", "Shelling/artillery/missile attack") not in got
    assert got == [("Violence against civilians", "Attack")]


@pytest.mark.parametrize("text", [
    "Shots were fired at a bus near the depot on Sunday night; the driver was not hurt.",
    "Police said several shots were fired into an occupied house on Maple Street.",
])
def test_shots_were_fired_is_an_attack(text: str) -> None:
    assert ("Violence against civilians", "Attack") in _events(text)
