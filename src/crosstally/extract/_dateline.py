"""The dateline at an article's head: where the reporter files from, never the event's place, a party or a
claimant. One rule, shared by the stages that must skip it (events, actors, quotes, places)."""

from __future__ import annotations

import re

from ..records import Span as CharSpan

# "DAMASCUS (Reuters) -", "GENEVA -", "BANIYAS, Syria, March 9 (Meridian Wire) -", "Damascus (AGP) -"
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Za-z'.\-]+(?:\s[A-Z][A-Za-z'.\-]+){0,3})"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)*"
    r"(?:,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*(?P<agency>\([^)\n]{1,40}\))?\s*[-\u2013\u2014:]+\s"
)


def dateline_span(text: str) -> CharSpan | None:
    """The dateline at an article's head ("DAMASCUS (Reuters) -"): where the reporter is, not the event."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    place = m.group("place")
    if m.group("agency") is None and not (place.isupper() and len(place) >= 3):
        return None
    return CharSpan(m.start("place"), m.end())
