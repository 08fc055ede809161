"""Dates that are context, not the event: background (old or year-long), a tally's day, a log's date field.

Why: both the reading pass and the choice of an event's date ask these questions, so they live once, here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from ...records import DateClaim
from ._terms import _terms

BACKGROUND_DAYS = 45  # a date ending this long before publication is background, not this week's news
TALLY_CONFIDENCE = 0.25  # below what stages take as an event's date (0.3): a tally's day, used only as a last resort
FIELD_LOOKBACK = 40  # how far before a date its field label ("Date of incident:") may start


def is_background(claim: DateClaim, published: date | None) -> bool:
    """A year-only (or vaguer) date, or one that ended well before publication: context, not this week's event."""
    if (claim.end - claim.start).days >= 300:
        return True
    return published is not None and claim.end < published - timedelta(days=BACKGROUND_DAYS)


@lru_cache(maxsize=1)
def _tally_lead() -> re.Pattern[str]:
    """The words that date a tally ("figures of"), read from date_terms.yaml, ending where the date starts."""
    return re.compile(rf"(?:{_terms().figures_re})\s*$")


def is_field_date(claim: DateClaim, text: str) -> bool:
    """The date of a log's or incident sheet's date field ("Date: 4 November 2024."), at the start of the text,
    a line or a sentence: the incident's own date, written by the one who logged it."""
    s = claim.evidence[0].start if claim.evidence else -1
    if s < 0:
        return False
    before = text[max(0, s - FIELD_LOOKBACK):s]
    start = r"^" if s <= FIELD_LOOKBACK else r"(?!)"
    return re.search(rf"(?:{start}|[\n.|;]\s*)(?:{_terms().label_re})\s*:\s*$", before) is not None


def is_tally_date(claim: DateClaim, text: str) -> bool:
    """A date that dates a tally, not the event ("8 killed, per figures of 5 November", "updated on Tuesday")."""
    s = claim.evidence[0].start if claim.evidence else -1
    return s > 0 and _tally_lead().search(text, max(0, s - 30), s) is not None
