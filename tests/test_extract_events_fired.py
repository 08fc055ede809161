"""Shots fired into or at something are an attack even when nobody was hit; shots fired in the air are not.

Why: 'Someone fired more than a dozen shots into a day care center' put words between the verb and its object,
so the 'shots fired' trigger (matched on adjacent words) missed it and the article ended with no event.
"""

from __future__ import annotations

from typing import Any

from crosstally.extract._events import _sentence_triggers
from crosstally.pipeline import process
from crosstally.records import Document


def _triggers(nlp: Any, text: str) -> list[str]:
    doc = nlp(text)
    return [phrase for sent in doc.sents for _tok, phrase, _val in _sentence_triggers(sent)]


def test_shots_fired_into_a_building_is_an_attack(nlp: Any) -> None:
    text = ("SPRINGFIELD, Ill. — Someone fired at least ten shots into a corner store on Elm Street early Sunday, "
            "police said. The store was closed and nobody was inside; officers found holes in the front door.")
    out = process(Document(text=text, input_id="fired-1")).to_contract()
    assert out["status"] == "ok", out.get("reasons")
    assert [(e["event_type"], e["sub_event_type"]) for e in out["events"]][:1] == [
        ("Violence against civilians", "Attack")]


def test_shots_fired_at_a_car_is_a_trigger(nlp: Any) -> None:
    assert "fired rounds" in _triggers(nlp, "A gunman fired several rounds at a parked car on Main Street.")


def test_shots_fired_in_the_air_are_no_attack_trigger(nlp: Any) -> None:
    found = _triggers(nlp, "Police fired several shots in the air to disperse the crowd outside the court.")
    assert not any(p.startswith("fired shots") for p in found)


def test_a_denied_volley_is_no_trigger(nlp: Any) -> None:
    assert not _triggers(nlp, "Witnesses said the guards did not fire any shots into the building.")
