"""Helpers the toll tests share: a sentence's toll through the count grammar, and a note's first event's toll
through the whole pipeline."""

from __future__ import annotations

from datetime import date
from typing import Any

from crosstally.extract import toll
from crosstally.extract._counts import find_counts


def sentence_toll(nlp: Any, text: str, kind: str = "killed") -> int:
    """The conservative toll the count grammar reads in ``text`` (0 when none)."""
    return toll(find_counts(nlp(text)), kind, text).low or 0


def note_low(text: str, published: date = date(2021, 7, 12)) -> int:
    """The low fatalities of the first event the pipeline finds in a note (0 when none)."""
    from crosstally.pipeline import process
    from crosstally.records import Document

    out = process(Document(text=text, published=published, input_id="n")).to_contract()
    return ((out.get("events") or [{}])[0].get("fatalities") or {}).get("low") or 0
