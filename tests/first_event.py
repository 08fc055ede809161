"""The first event's fatalities of a text through the real assembly, for the toll tests of each round."""

from __future__ import annotations

from typing import Any

from crosstally.extract._assemble import assemble
from crosstally.records import Document, Fatalities


def first_fatalities(nlp: Any, text: str) -> Fatalities | None:
    """The most salient event's fatalities, or None when the text yields no event."""
    events = assemble(Document(text=text, input_id="t"), nlp(text))
    return events[0].fatalities if events else None


def first_low(nlp: Any, text: str) -> int:
    """Its low figure (ACLED's conservative single figure), 0 when there is none."""
    fat = first_fatalities(nlp, text)
    return (fat.low or 0) if fat is not None else 0
