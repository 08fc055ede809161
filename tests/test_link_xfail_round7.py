"""Extraction errors that split reports of one incident in linking (found on outlets7.jsonl and the earlier sets,
linking round 7).

Each is a class linking cannot repair; the geo/, extract/ (counts, dates) stages can. They are expected failures
until those stages fix them. The sentences are invented (real places, invented incidents and tolls).
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.pipeline import process
from crosstally.records import Document, Event


def _main(text: str, published: str, source: str = "Test Wire") -> Event:
    ext = process(Document(text=text, input_id="xfail7", source=source, published=date.fromisoformat(published)))
    assert ext.events, "the report must yield an event"
    return ext.events[0]


# dates round 2 (2026-11-26): fixed, no longer expected to fail
@pytest.mark.parametrize(("text", "published", "day"), [
    # outlets-030, outlets-042, outlets-044, outlets2-005, outlets3-023: the main claim takes "on Friday" (the day of
    # a statement, a strike, a protest) where the killing was told "two days earlier" / "on Saturday"
    ("The governor said on Friday that raiders who attacked the village of Kassa two days earlier had killed "
     "fourteen farmers.", "2024-05-10", "2024-05-08"),
    ("Traders in Obuasi closed their shops on Wednesday in protest after a bomb killed four people at the market on "
     "Monday. Two of the wounded died overnight.", "2024-05-15", "2024-05-13"),
])
def test_a_follow_up_is_dated_to_the_incident_it_tells(nlp, text: str, published: str, day: str) -> None:
    ev = _main(text, published)
    assert ev.date is not None and ev.date.start == date.fromisoformat(day)


def test_the_south_sudanese_capital_is_in_south_sudan(nlp) -> None:
    # outlets7-007: "a checkpoint in the South Sudanese capital" geocoded to Sudan, so it never meets Juba's reports
    ev = _main("Two guards died when soldiers fired on a checkpoint in the South Sudanese capital on 3 June, a "
               "rights group said.", "2024-06-05")
    assert ev.location is not None and ev.location.country == "South Sudan"


def test_a_jamaican_parish_stays_in_jamaica(nlp) -> None:
    # outlets7-020 / 022: "August Town, St Andrew" geocoded to Guernsey's Saint Andrew
    ev = _main("A curfew has been imposed in sections of Mona, St Andrew, following the shooting on Saturday night in "
               "which two men were killed.", "2024-03-05")
    assert ev.location is not None and ev.location.country == "Jamaica"


# dates round 2 (2026-11-26): fixed, no longer expected to fail
def test_a_place_named_after_a_month_is_no_date(nlp) -> None:
    # outlets7-020: dated "in August" (2023) instead of "on Saturday"
    ev = _main("Three people were shot dead at a street dance in August Town late on Saturday, police said.",
               "2024-05-05")
    assert ev.date is not None and ev.date.start == date(2024, 5, 4)


def test_a_numbered_zone_is_no_toll(nlp) -> None:  # passes since tolls round 5b (count_terms.yaml place_labels)
    # outlets7-028: "the attack on a bus in zona 18" gave 18 dead; the report tells a fourth death
    ev = _main("A passenger hurt in Monday's attack on a bus in zona 18 died on Tuesday, bringing the number of dead "
               "to three.", "2024-04-09")
    assert ev.fatalities is not None and ev.fatalities.best == 3
