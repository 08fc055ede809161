"""Follow-up reports that date the incident by its sequel: "Two days after ..., police arrested ... on Wednesday",
"died on Monday, a day after he was stabbed", "A week ago, ..." (dates round of 2026-11-26).

Texts are our own invented reports (generic people, real or invented places); the grammar runs on its own and the
pipeline end to end.
"""

from __future__ import annotations

from datetime import date

from crosstally.extract._dates import event_date, find_dates
from crosstally.pipeline import process
from crosstally.records import Document, Span


def _event_day(text: str, published: date) -> date:
    ex = process(Document(text=text, published=published))
    assert ex.events, ex.document.reasons
    assert ex.events[0].date is not None
    return ex.events[0].date.start


def test_capitalised_a_week_ago_is_a_date() -> None:
    got = find_dates("A week ago, gunmen robbed a fuel station in Eldoret.", date(2025, 4, 2))
    assert [(c.start, c.precision) for c in got] == [(date(2025, 3, 26), 2)]


def test_opening_gap_dates_the_incident_not_the_sequel() -> None:
    text = "Three days after a bomb went off at a bus park in Kano, police detained two men on Thursday."
    got = find_dates(text, date(2024, 6, 14))
    day = event_date(got, Span(0, len(text)), date(2024, 6, 14), text)
    assert day is not None and day.start == date(2024, 6, 10) and day.precision == 1


def test_opening_week_gap_is_week_precision() -> None:
    text = "About a week after the ambush near Dori, the army said on Monday it had buried its dead."
    got = [c for c in find_dates(text, date(2024, 6, 17)) if c.confidence >= 0.5]
    assert got[0].start == date(2024, 6, 10) and got[0].precision == 2


def test_the_incidents_own_day_in_the_opening_clause_wins() -> None:
    text = "A week after gunmen raided a farm near Jos on 4 October, residents said on Friday they had fled."
    got = [c for c in find_dates(text, date(2024, 10, 18)) if c.confidence >= 0.5]
    assert got[0].start == date(2024, 10, 4) and not any(c.method.endswith("lead_after") for c in got)


def test_a_gap_mid_sentence_is_not_an_opening() -> None:
    text = "Police said on Friday they had made no arrest, a week after the shooting."
    assert not any(c.method.endswith("lead_after") for c in find_dates(text, date(2024, 10, 18)))


def test_a_later_death_is_dated_by_the_stabbing() -> None:
    text = "A man died on Monday, a day after he was stabbed during a fight at a market in Lagos, police said."
    assert _event_day(text, date(2024, 12, 10)) == date(2024, 12, 8)


def test_a_death_in_the_incident_keeps_its_day_before_an_earlier_event() -> None:
    text = "Two drivers died when their bus was shot at near Gao on 9 May, a day after the market bombing."
    got = find_dates(text, date(2024, 5, 12))
    assert got[0].start == date(2024, 5, 9)


def test_follow_up_report_end_to_end() -> None:
    text = ("Two days after a grenade was thrown into a bar in Goma, killing three people, police arrested a suspect "
            "on Wednesday, a spokesman said.")
    assert _event_day(text, date(2024, 10, 2)) == date(2024, 9, 30)


def test_bare_overnight_is_the_night_before_the_report() -> None:
    got = find_dates("Gunmen killed five villagers overnight in a raid on Kauda.", date(2024, 5, 14))
    assert [(c.start, c.precision) for c in got] == [(date(2024, 5, 13), 1)]


def test_overnight_before_a_weekday_is_that_weekdays() -> None:
    got = find_dates("Attackers burned houses in Bokkos overnight on Tuesday, a lawmaker said.", date(2024, 4, 4))
    assert [c.start for c in got] == [date(2024, 4, 2)]


def test_bare_overnight_beats_the_statement_day_end_to_end() -> None:
    text = "Gunmen killed five villagers overnight in a raid on a village near Kauda, officials said on Tuesday."
    assert _event_day(text, date(2024, 5, 14)) == date(2024, 5, 13)


def test_bare_overnight_yields_to_a_named_day() -> None:
    text = "A driver was shot and wounded overnight in a traffic jam. The shooting happened early Saturday, police said."
    got = {c.phrase: c for c in find_dates(text, date(2024, 5, 14))}
    assert got["overnight"].confidence < 0.3 and got["early Saturday"].confidence >= 0.5
