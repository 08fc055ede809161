"""A running toll's sentence that gives the incident's own day keeps that day (linking round 6: "Monday's
assault" in a Tuesday report, "injured when a drone struck ... on Thursday night", read as a week).

Texts are our own invented reports (generic people, real or invented places), run through the real pipeline.
"""

from __future__ import annotations

from datetime import date

from crosstally.extract._dates import find_dates, is_event_possessive, is_incident_day
from crosstally.pipeline import process
from crosstally.records import Document


def _claim(text: str, published: date):  # noqa: ANN202 - a DateClaim
    ex = process(Document(text=text, published=published))
    assert ex.events, ex.document.reasons
    assert ex.events[0].date is not None
    return ex.events[0].date


def test_possessive_of_a_charge_word_names_the_incident() -> None:
    text = "Three guards hurt in Friday's robbery at the depot were still in hospital, the firm said on Saturday."
    friday = find_dates(text, date(2024, 3, 9))[0]
    assert friday.phrase == "Friday" and is_event_possessive(friday, text)


def test_statement_day_is_not_the_incident_day() -> None:
    text = "The death toll in the floods rose to nine, the county commissioner said on Monday."
    monday = find_dates(text, date(2024, 4, 16))[0]
    assert not is_incident_day(monday, text)


def test_day_after_an_incident_clause_is_the_incident_day() -> None:
    text = "A man wounded when gunmen fired on a minibus near Mutare on Sunday night has died, raising the toll to three."
    sunday = find_dates(text, date(2024, 5, 13))[0]
    assert is_incident_day(sunday, text)


def test_possessive_day_in_a_rising_toll_is_one_day() -> None:
    text = ("A third guard hurt in Sunday's attack on a border post near Mandera died in hospital, raising the death "
            "toll to three, a county official said on Monday.")
    got = _claim(text, date(2024, 9, 2))
    assert got.start == got.end == date(2024, 9, 1) and got.precision == 1


def test_night_of_the_incident_in_a_rising_toll_is_one_day() -> None:
    text = ("A woman wounded when a drone attack hit a bus stop in Kherson on Wednesday evening died in hospital, "
            "raising the death toll from the attack to four, the regional governor said.")
    got = _claim(text, date(2024, 11, 14))
    assert got.start == got.end == date(2024, 11, 13)


def test_a_toll_dated_only_by_its_statement_still_covers_the_week() -> None:
    text = ("The death toll from fighting between the army and rebel fighters in North Kivu has risen to 40, the "
            "health ministry said on Tuesday.")
    got = _claim(text, date(2024, 2, 13))
    assert got.precision == 2 and got.end == date(2024, 2, 13) and got.start < got.end
