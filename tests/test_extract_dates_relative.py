"""Days told relative to another day in follow-up reports (issue 3, date round of 2026-11-26).

Why: a follow-up dates its sentence by the sequel (shops shut, an arrest, a charge) and the incident relative to
it ('a day after', 'the previous night', 'last weekend's shooting'); read as the sentence's own day, the incident
lands on the sequel's day and misses the other reports of it in linking. The sentences are invented.
"""

from __future__ import annotations

from datetime import date

from crosstally.extract._dates import find_dates, is_event_possessive
from crosstally.pipeline import process
from crosstally.records import Document


def _event_day(text: str, published: str) -> date | None:
    ext = process(Document(text=text, input_id="rel", source="Test Wire", published=date.fromisoformat(published)))
    assert ext.events, "the report must yield an event"
    ev = ext.events[0]
    return ev.date.start if ev.date is not None else None


def test_days_after_shifts_the_sequel_day() -> None:
    text = "Markets stayed closed in Gao on Thursday, two days after a bomb killed four traders."
    claims = find_dates(text, date(2024, 5, 10))  # a Friday
    assert [c.start for c in claims] == [date(2024, 5, 7)]
    assert "two days after" in claims[0].phrase


def test_days_after_keeps_the_day_of_a_sentence_that_tells_its_own_incident() -> None:
    text = "Two drivers died when their bus was shot at near Gao on 9 May, a day after the market bombing."
    assert [c.start for c in find_dates(text, date(2024, 5, 10))] == [date(2024, 5, 9)]


def test_previous_night_is_the_day_before_the_sentence_day() -> None:
    text = "Police on Thursday arrested a man over the stabbing of a guard in Mombasa the previous night."
    claims = find_dates(text, date(2024, 5, 10))
    best = [c for c in claims if c.confidence >= 0.3]
    assert [c.start for c in best] == [date(2024, 5, 8)]


def test_day_before_a_noun_is_no_relative_day() -> None:
    text = "Police said on Thursday that the day before the vote had been calm in Mombasa."
    assert all(c.start == date(2024, 5, 9) for c in find_dates(text, date(2024, 5, 10)))


def test_possessive_day_names_the_incident_but_not_a_statement() -> None:
    text = "Police on Monday questioned two men over Saturday's shooting and Sunday's statement by the mayor."
    claims = find_dates(text, date(2024, 5, 7))
    by_phrase = {c.phrase: c for c in claims}
    assert is_event_possessive(by_phrase["Saturday"], text)
    assert not is_event_possessive(by_phrase["Sunday"], text)
    assert not is_event_possessive(by_phrase["on Monday"], text)


def test_pipeline_dates_follow_ups_by_their_incident(nlp) -> None:  # nlp: the real model, loaded once
    assert _event_day("Mourners buried five farmers in Kaduna on Friday, a day after gunmen attacked their village.",
                      "2024-05-11") == date(2024, 5, 9)
    assert _event_day("Police on Friday arrested a man over the shooting that killed two guards at a warehouse in "
                      "Nakuru the day before.", "2024-05-10") == date(2024, 5, 9)
    assert _event_day("A court in Lagos charged two men with murder on Monday over Saturday's bar shooting.",
                      "2024-05-07") == date(2024, 5, 4)
