"""A wider toll inside a local story is its own event (issue 4): a village never carries a province's,
a region's or a country's running total, and a place people fled to is never where the killing happened.

All texts here are our own, written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract import extract
from crosstally.records import Document, Event

_FILLER = (
    " Local officials said schools in the area would stay closed for the rest of the week. Aid workers said "
    "families needed food, water and blankets, and that the road to the nearest hospital was still blocked. "
    "Community leaders called for calm and asked the authorities to send more police to the area. Traders "
    "kept their shops shut on the main market street, and buses between the district towns ran only in "
    "daylight, drivers said. The regional hospital asked for blood donors and said it had opened two more "
    "wards, and volunteers set up a kitchen in the courtyard of the school."
)


def _events(nlp, text: str, published: date) -> list[Event]:
    doc = Document(text=text, published=published)
    assert len(doc.text) > 700  # an article, not a short note: the scope split applies to articles
    return extract(doc, nlp(doc.text)).events


def _killed(ev: Event) -> set[int]:
    return {c.low for c in ev.counts if c.kind == "killed"}


def _holding(events: list[Event], figure: int) -> list[Event]:
    return [e for e in events if figure in _killed(e)]


@pytest.mark.parametrize("wider", [
    " More than 300 people have been killed in Kaduna State since January, according to a tally kept by a local "
    "rights group.",
    # the figure inside a noun phrase ("the number of people killed"), no event word of its own
    " A local rights group has put the number of people killed in Kaduna State since January at more than 300.",
    " Across Kaduna State, a local rights group has put the number of people killed in such raids at more than 300.",
    # no period at all: the province alone makes the figure wider than the town's
    " More than 300 people have been killed in such attacks in Kaduna State, according to a tally kept by a "
    "local rights group.",
])
def test_province_toll_leaves_the_town_attack(nlp, wider: str) -> None:
    text = (
        "Gunmen killed nine villagers in Kauru on Tuesday night, residents said. The attackers arrived on "
        "motorcycles shortly after dark and set fire to several homes before leaving." + _FILLER + wider
    )
    events = _events(nlp, text, date(2025, 3, 12))
    town = _holding(events, 9)
    assert town and all(300 not in _killed(e) for e in town)
    assert town[0].location is not None and town[0].location.name == "Kauru"
    assert town[0].fatalities.low == 9 and (town[0].fatalities.high or 9) == 9
    wide = _holding(events, 300)
    assert len(wide) == 1 and wide[0] is not town[0]
    w = wide[0]
    assert w.location is not None and w.location.name == "Kaduna"
    assert w.event_type == town[0].event_type
    if "since" in wider:  # the toll's own period, not the day of the town's attack
        assert w.date is not None and w.date.start < date(2025, 3, 11) <= w.date.end
    assert w.evidence and "Kaduna State" in text[w.evidence[0].start : w.evidence[0].end]
    assert w.fatalities.low == 300
    assert w.index > town[0].index  # the story's own event stays the most salient


def test_region_wide_running_total_relayed_in_a_village_story(nlp) -> None:
    text = (
        "Armed men shot dead about 20 men in the village of Barmada on Saturday, relatives said. They said the "
        "men were taken from their homes in the morning and killed beside the road out of the village." + _FILLER
        + " Across Syria's coast, the monitor put the number of civilians killed at 640 as of Sunday."
    )
    events = _events(nlp, text, date(2025, 3, 9))
    village = _holding(events, 20)
    assert village and village[0].location is not None and village[0].location.name == "Barmada"
    assert 640 not in _killed(village[0])
    wide = _holding(events, 640)
    assert len(wide) == 1
    loc = wide[0].location
    assert loc is not None and loc.name == "Syrian coast" and loc.precision == 3
    assert wide[0].date is not None and wide[0].date.start < wide[0].date.end == date(2025, 3, 9)


def test_same_town_toll_update_stays_with_the_event(nlp) -> None:
    """A later figure for the same town (a toll that rose) is the event's own, not a wider one."""
    text = (
        "Gunmen killed seven people in Kauru on Tuesday night, residents said. The attackers arrived on "
        "motorcycles and set fire to several homes before leaving." + _FILLER
        + " On Wednesday the police said the toll in Kauru had risen to eleven."
    )
    events = _events(nlp, text, date(2025, 3, 12))
    town = _holding(events, 7)
    assert town and 11 in _killed(town[0])
    assert all(e.method.find("wider_scope") < 0 for e in events)


@pytest.mark.parametrize("flight", [
    "Hundreds of families fled to Tripoli in northern Lebanon after the attack.",
    "Some of the survivors crossed the border and remain in Tripoli, in Lebanon.",
])
def test_a_place_people_fled_to_is_not_where_they_were_killed(nlp, flight: str) -> None:
    text = (
        "At least 40 civilians were killed in attacks on villages in Syria's coastal region on Friday, a "
        "monitor said. Witnesses said armed men went from house to house." + _FILLER + " " + flight
    )
    events = _events(nlp, text, date(2025, 3, 9))
    main = _holding(events, 40)
    assert main and main[0].location is not None
    assert main[0].location.name not in ("Tripoli", "Lebanon")
    assert main[0].location.name == "Syrian coast"
