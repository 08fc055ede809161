"""Dates round 8: two weekdays joined are one span of days, a day counted back from the sentence's own later day,
"(one day after ...)" in brackets, "N days ago" at day precision, one night across two dates, and a custody verb's
day written before its verb ("police on Friday arrested ... which happened on Sunday")."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crosstally.extract._dates import find_dates
from crosstally.pipeline import process
from crosstally.records import Document

PUB = date(2025, 4, 11)  # a Friday


def _dates(text: str, published: date = PUB) -> list[tuple[str, date, date, int]]:
    got = find_dates(text, published)
    for c in got:
        assert text[c.evidence[0].start : c.evidence[0].end] == c.phrase
    return [(c.phrase, c.start, c.end, c.precision) for c in got if c.confidence >= 0.5]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # two weekdays joined: one span from the first, the second counted from the first, not from publication
        ("Herders and farmers fought near Jos on Tuesday and Wednesday, leaving nine dead.",
         ("on Tuesday and Wednesday", date(2025, 4, 8), date(2025, 4, 9), 2)),
        ("Four people were shot across the city between Friday and Sunday.",
         ("between Friday and Sunday", date(2025, 4, 4), date(2025, 4, 6), 2)),
        ("Shops stayed shut from Monday to Wednesday after the riot.",
         ("from Monday to Wednesday", date(2025, 4, 7), date(2025, 4, 9), 2)),
        # "ten days ago" names one day; weeks stay a week wide
        ("Ten days ago a truck bomb went off at a checkpoint in Baidoa.",
         ("Ten days ago", date(2025, 4, 1), date(2025, 4, 1), 1)),
        ("Two weeks ago a man was stabbed in Leeds.", ("Two weeks ago", date(2025, 3, 28), date(2025, 3, 28), 2)),
        # one night across two dates is the night's first day
        ("Troops raided the village on the night of April 6-7, the army said.",
         ("April 6-7", date(2025, 4, 6), date(2025, 4, 6), 1)),
    ],
)
def test_spans_and_days(text: str, want: tuple[str, date, date, int]) -> None:
    assert _dates(text)[0] == want


def test_weekdays_in_two_sentences_stay_apart() -> None:
    got = _dates("A guard was shot on Monday. On Wednesday police said he had died.")
    assert [(p, s, pr) for p, s, _, pr in got] == [("on Monday", date(2025, 4, 7), 1),
                                                   ("On Wednesday", date(2025, 4, 9), 1)]


def test_same_weekday_twice_is_no_span() -> None:
    assert all(pr == 1 for *_, pr in _dates("He was seen on Monday and Monday night he was shot."))


def test_days_earlier_counts_from_the_sentences_later_day() -> None:
    # published Friday: 'on Wednesday' is 9 April, so 'two days earlier' is 7 April (not two days before publication)
    got = _dates("A cyclist who was shot in Dayton two days earlier died in hospital on Wednesday, his sister said.")
    assert ("two days earlier", date(2025, 4, 7), date(2025, 4, 7), 1) in got


def test_days_earlier_skips_a_statements_day() -> None:
    # the later day is only the statement's: the count stays on publication
    got = _dates("A man shot two days earlier has died, police said on Wednesday.")
    assert ("two days earlier", date(2025, 4, 9), date(2025, 4, 9), 1) in got


def test_bracketed_day_after() -> None:
    got = _dates("The suspect was arrested on April 8 (two days after the clerk was shot) in Toledo.")
    assert [(s, pr) for _, s, _, pr in got] == [(date(2025, 4, 6), 1)]


def _event_day(text: str, published: date = PUB) -> tuple[date, int] | None:
    ext = process(Document(text=text, published=published, input_id="r8"))
    ev = ext.events[0] if ext.events else None
    return (ev.date.start, ev.date.precision) if ev is not None and ev.date is not None else None


def test_custody_day_before_its_verb_gives_way(nlp: Any) -> None:
    text = "Police on Thursday detained a suspect in the stabbing of a bus driver in Leeds, which happened on Monday."
    assert _event_day(text) == (date(2025, 4, 7), 1)


def test_lead_after_with_a_beating(nlp: Any) -> None:
    text = "Two days after a crowd beat a suspected thief to death in Kisumu, police said on Thursday that six were held."
    assert _event_day(text) == (date(2025, 4, 8), 1)


def test_weekday_span_dates_the_event(nlp: Any) -> None:
    text = "Clashes between two clans in Gedo on Sunday and Monday left 14 dead, elders said on Wednesday."
    assert _event_day(text) == (date(2025, 4, 6), 2)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "on the 9th": this month's day, or last month's when the day is still ahead
        ("On the 9th, a watchman was hacked to death in Nyeri.", ("On the 9th", date(2025, 4, 9), date(2025, 4, 9), 1)),
        ("A guard was stabbed outside the depot on the 28th.",
         ("on the 28th", date(2025, 3, 28), date(2025, 3, 28), 1)),
        # "the first / last week of March": that week, at week precision
        ("During the first week of March 2025, raiders killed five herders.",
         ("During the first week of March 2025", date(2025, 3, 1), date(2025, 3, 7), 2)),
        ("In the last week of February, two clans clashed.",
         ("In the last week of February", date(2025, 2, 22), date(2025, 2, 28), 2)),
        # one night from one weekday to the next is the first
        ("Gunmen killed a trader on the night of Tuesday to Wednesday, police said.",
         ("on the night of Tuesday to Wednesday", date(2025, 4, 8), date(2025, 4, 8), 1)),
    ],
)
def test_month_days_weeks_and_nights(text: str, want: tuple[str, date, date, int]) -> None:
    assert _dates(text)[0] == want


@pytest.mark.parametrize("text", ["He lives on the 12th floor.", "It was built in the 19th century.",
                                  "Police patrolled the 4th Street bridge."])
def test_ordinals_that_are_no_days(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("A man was shot on the morning after Christmas in Erie.", date(2025, 12, 29), date(2025, 12, 26)),
        ("Two men were stabbed the night before New Year's Eve.", date(2026, 1, 3), date(2025, 12, 30)),
        ("A guard was shot the day after Christmas, police said.", date(2026, 1, 5), date(2025, 12, 26)),
    ],
)
def test_days_from_a_named_day(text: str, published: date, day: date) -> None:
    got = _dates(text, published)
    assert [(s, e, pr) for _, s, e, pr in got] == [(day, day, 1)]
