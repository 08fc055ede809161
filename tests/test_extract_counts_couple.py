"""A pair named by one noun ("the Doe couple") counts two people, and its evidence span must still be built.

Why: the span code took ``max(b, *more)`` over the nouns after the pair; with none after it (a couple, not "a man
and his wife") ``max`` got one int and raised, so the whole document ended with status ``error``.
"""

from __future__ import annotations

from typing import Any

from crosstally.pipeline import process
from crosstally.records import Document


def test_a_couple_killed_is_not_an_error(nlp: Any) -> None:
    text = ("The Doe couple were attacked and killed on their farm outside Springfield on Sunday night, police "
            "said. Officers are looking for two men seen leaving the farm in a pickup truck.")
    out = process(Document(text=text, input_id="couple-1")).to_contract()
    assert out["status"] == "ok", out.get("reasons")
    assert out["events"], "the killing must give an event"
