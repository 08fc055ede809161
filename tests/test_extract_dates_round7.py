"""Dates round 2 (issue 3, 2026-11-26): follow-ups dated to the incident they tell, place names read as months.

Why: linking round 7 found reports of one incident split because a follow-up was dated to the day its news broke
(a statement, a demand, shops shut, a toll's rise) and a neighbourhood named like a month was read as one. The
sentences are invented (real places, invented incidents and tolls).
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract._dates import find_dates
from crosstally.pipeline import process
from crosstally.records import Document


def _day(text: str, published: str) -> date | None:
    ext = process(Document(text=text, input_id="dates-r2", published=date.fromisoformat(published)))
    assert ext.events, "the report must yield an event"
    got = ext.events[0].date
    return got.start if got is not None else None


def _phrases(text: str, published: str) -> list[str]:
    return [c.phrase for c in find_dates(text, date.fromisoformat(published)) if c.confidence >= 0.3]


@pytest.mark.parametrize(("text", "published", "day"), [
    # a count of days back from the sentence's other day
    ("The mayor said on Thursday that gunmen who raided a bakery in Enugu three days earlier had killed two "
     "workers.", "2025-04-11", "2025-04-07"),
    # the day of the sequel ('demanded') and the day told with the killing in one sentence
    ("Neighbours of a shopkeeper shot dead in Tijuana on Tuesday blocked a road on Thursday to ask for more "
     "patrols.", "2025-06-13", "2025-06-10"),
    # a statement's day in one sentence, the incident's day in the one before it is told
    ("Families of miners seized near Obuasi on Sunday said on Wednesday that the captors wanted money. One of "
     "the miners was killed during the raid.", "2025-02-06", "2025-02-02"),
    # a toll's rise dates the update; the next sentence tells the attack's own day
    ("The number of dead from a grenade attack on a bus stop in Cali rose to five on Tuesday, hospital staff "
     "said. The attack took place late on Sunday.", "2025-09-10", "2025-09-07"),
])
def test_a_follow_up_is_dated_to_its_incident(nlp, text: str, published: str, day: str) -> None:
    assert _day(text, published) == date.fromisoformat(day)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Two men were shot dead outside a shop in August Town on Friday night, police said.", "2025-03-10",
     "2025-03-07"),
    ("A taxi driver was stabbed to death in May Pen late on Sunday, police said.", "2025-01-14", "2025-01-12"),
])
def test_a_place_named_like_a_month_is_no_date(nlp, text: str, published: str, day: str) -> None:
    assert _day(text, published) == date.fromisoformat(day)


def test_a_place_named_like_a_weekday_is_no_date() -> None:
    phrases = _phrases("A woman was found dead in Friday Harbor on Tuesday morning, deputies said.", "2025-11-06")
    assert phrases == ["on Tuesday morning"]


@pytest.mark.parametrize(("text", "phrase"), [
    ("He was killed in August. Police said little else.", "in August"),  # the month closes the sentence
    ("Killed In August Raid", "In August"),  # a title-case heading: every word capitalised
    ("Fighting resumed in March after a truce.", "in March"),  # a lower-case word follows
    ("On Monday President Ruto visited the town.", "On Monday"),  # a weekday after 'on' is a date
])
def test_months_and_weekdays_still_date(text: str, phrase: str) -> None:
    assert phrase in _phrases(text, "2025-11-20")


def test_days_earlier_counts_back_from_the_sentence_day() -> None:
    claims = find_dates("Police said on Friday that a guard shot a week earlier had died.", date(2025, 5, 16))
    got = {c.phrase: c for c in claims}
    assert got["a week earlier"].start == date(2025, 5, 9) and got["a week earlier"].precision == 2
    assert got["on Friday"].confidence < 0.3  # the statement's day drops below event level


def test_days_before_counts_only_where_it_closes_a_clause() -> None:
    # 'two days before the vote' dates the vote's eve, not an incident
    assert all("before" not in p for p in _phrases("Two days before the vote, a candidate was shot.", "2025-05-16"))
    claims = find_dates("On Monday police found the car of a trader killed two days before.", date(2025, 5, 13))
    assert [c.start for c in claims if "before" in c.phrase] == [date(2025, 5, 10)]


def test_a_protest_keeps_its_own_day(nlp) -> None:
    # the day on the event's own verb stays: ACLED codes a protest on the day it was held, not the killing's
    assert _day("Students protested in Nakuru on Wednesday after police shot dead a classmate on Monday, witnesses "
                "said.", "2025-03-07") == date(2025, 3, 5)
