"""A day in a future clause ('detectives will brief reporters Friday morning') is a plan, not the event's day.

Why: GVDB dev showed a short crime report whose only weekday was the day police planned to say more; taken as the event's day it moved the shooting two days later. Our own sentences, real pipeline.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from crosstally.pipeline import process
from crosstally.records import Document


def _date(text: str, published: date) -> dict[str, Any]:
    out = process(Document(text=text, published=published)).to_contract()
    assert out["events"], out.get("reasons")
    return out["events"][0]["date"] or {}


def test_future_day_is_not_the_event_day(nlp: Any) -> None:
    got = _date("Two men were shot and wounded outside a bar in Waterloo, Iowa, late Wednesday, police said. "
                "A spokesperson said detectives will brief reporters Friday morning.", date(2025, 3, 8))
    assert got.get("start") == "2025-03-05"


def test_future_day_alone_gives_no_event_day(nlp: Any) -> None:
    got = _date("Two men were shot and wounded outside a bar in Waterloo, Iowa, police said. A spokesperson said "
                "detectives will brief reporters Friday morning.", date(2025, 3, 8))
    assert got.get("phrase") != "Friday morning"


def test_past_day_in_a_later_sentence_still_dates_the_event(nlp: Any) -> None:
    got = _date("Two men were shot and wounded outside a bar in Waterloo, Iowa, police said. The shooting "
                "happened Friday morning, police said.", date(2025, 3, 8))
    assert got.get("start") == "2025-03-07"
