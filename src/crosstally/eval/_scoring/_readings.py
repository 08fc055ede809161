"""What one contract output says for the compared fields: its first event, toll, injured total and date, and
whether the text states the gold day at all.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any


def first_event(contract: dict[str, Any]) -> dict[str, Any] | None:
    events = contract.get("events") or []
    return events[0] if events else None


def fatalities_of(ev: dict[str, Any] | None) -> int:
    """The event's conservative death toll (ACLED's rule); 0 when it reports none.

    The same figure the ``acled-csv`` export writes (``fatalities.low``, else 0): when extraction decided that a
    killed count is not this event's toll (a grievance, an earlier event), the score must not bring it back.
    """
    if not ev:
        return 0
    low = (ev.get("fatalities") or {}).get("low")
    return int(low) if isinstance(low, int) else 0


def injured_of(ev: dict[str, Any] | None, text: str = "") -> int:
    """The event's injured total, read by the rule extraction totals deaths with (``crosstally.extract.toll``).

    One voice's figures for disjoint victims are summed ("a man was shot ... another man was shot" → 2), a figure
    told again never ("two wounded ... the two injured" → 2); other claimants' figures are alternatives, the lowest
    kept (ACLED's conservative rule). With the document's ``text``, figures it replaced ("up from 3") and those of
    an earlier or separate incident ("hours after two teenagers were shot") drop out. 0 when none are reported.
    """
    if not ev:
        return 0
    from crosstally.extract import toll
    from crosstally.records import Count
    from crosstally.records import Span as CharSpan

    counts = [
        Count(kind="injured", low=c["low"], high=c.get("high") if isinstance(c.get("high"), int) else None,
              qualifier=c.get("qualifier") or "exact", group=c.get("group"), attributed_to=c.get("attributed_to"),
              evidence=[CharSpan(int(e["start"]), int(e["end"])) for e in c.get("evidence") or []
                        if isinstance(e, dict) and "start" in e and "end" in e],
              phrase=c.get("phrase") or "")
        for c in ev.get("counts") or [] if c.get("kind") == "injured" and isinstance(c.get("low"), int)
    ]
    low = toll(counts, "injured", text).low
    return int(low) if low is not None else 0


def event_date(ev: dict[str, Any] | None) -> date | None:
    """The event's date as the acled-csv export writes it (a month-precision claim on the 15th, ACLED's month
    mid-point; else the claim's start): the eval scores the value a user of the export gets."""
    from ...export import acled_event_date

    d = (ev or {}).get("date") or {}
    try:
        if not d.get("start"):
            return None
        start = date.fromisoformat(d["start"])
        end = date.fromisoformat(d["end"]) if d.get("end") else start
        return acled_event_date(start, end, int(d.get("precision") or 1))
    except (ValueError, TypeError):
        return None


def date_stated(text: str, day: date) -> bool:
    """Whether the text names the gold day itself (its month and day number): many older notes state no date."""
    month = day.strftime("%B").lower()
    # the full name, or a newsroom abbreviation with or without its dot ("Jun 13th", "Sept 9th", "Aug. 2")
    short = month[:3] + ("|sept" if month == "september" else "")
    if not re.search(rf"(?<![a-z])(?:{month}|{short})(?![a-z])", text.lower()):
        return False
    return re.search(rf"(?<!\d){day.day}(?:st|nd|rd|th)?(?!\d)", text) is not None
