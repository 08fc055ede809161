"""A report's day is not the day of the killings it counts, and the days of the aftermath (funerals, morgues,
burials) and a dateline's filing day are not the incident's: an event whose sentence gives no date of its own
takes the violence the document is about. All texts written for these tests (the places and sources invented)."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract import extract
from crosstally.extract._dates import find_dates
from crosstally.extract._event_dates import _at_rite, _dates_a_statement, _main_period
from crosstally.records import Document, Event

# a retrospective briefing, published months after the attacks it sums up: its only recent days are report days
BRIEFING = (
    "This note sums up what is known about the attacks on villages in the Harran valley between 3 and 5 September "
    "2025, and what has happened since.\n\n"
    "On 14 November 2025 a provincial inquiry said that 212 people had been killed in the attacks, 40 of them "
    "children. It said it had named 35 suspects.\n\n"
    "A local monitoring group, which kept a daily count during the attacks, recorded 180 civilian deaths by "
    "6 September. Its final count also listed 31 police officers and about 60 gunmen killed in exchanges of fire. "
    "On 10 September the provincial governor said the toll stood at 150.\n\n"
    "The figures differ because each source counted in its own way.\n\n"
    "Thousands of people fled the valley during the attacks, and most had returned home by October, aid agencies "
    "said. Families of the dead have asked for the inquiry's full report to be made public."
)
BRIEFING_PUB = date(2025, 11, 20)
ATTACKS = (date(2025, 9, 3), date(2025, 9, 5))
TALLY = "Its final count also listed 31 police officers and about 60 gunmen killed in exchanges of fire."


def _events(nlp, text: str, published: date) -> list[Event]:
    ext = extract(Document(text=text, published=published), nlp(text))
    assert ext.events, "no event found"
    return ext.events


def _told_in(text: str, ev: Event, words: str) -> bool:
    return any(words in text[e.start : e.end] for e in ev.evidence)


@pytest.mark.parametrize(
    "tally",
    [
        TALLY,  # a tallying verb
        "Police said 31 officers and about 60 gunmen were also killed in exchanges of fire.",  # a reporting verb
        "\n\nAmong the dead were 31 police officers and about 60 gunmen killed in exchanges of fire.",  # none
    ],
)
def test_a_tally_without_a_date_takes_the_violence_not_the_report_day(nlp, tally: str) -> None:
    text = BRIEFING.replace(TALLY, tally)
    events = _events(nlp, text, BRIEFING_PUB)
    for ev in events:
        assert ev.date is not None
        # every event overlaps the attacks' days; none sits on the inquiry's or the governor's day
        assert ev.date.start <= ATTACKS[1] and ev.date.end >= ATTACKS[0], (ev.event_type, ev.date)
        assert date(2025, 9, 10) not in (ev.date.start, ev.date.end) and ev.date.end < date(2025, 11, 14)
    fighters = [ev for ev in events if _told_in(text, ev, "31 ")]
    assert fighters and fighters[0].date is not None
    assert (fighters[0].date.start, fighters[0].date.end) == ATTACKS
    assert fighters[0].date.phrase == "between 3 and 5 September 2025"


def test_the_inquiry_toll_stays_with_the_attacks(nlp) -> None:
    events = _events(nlp, BRIEFING, BRIEFING_PUB)
    holder = next(ev for ev in events if any(c.low == 212 for c in ev.counts))
    assert holder.date is not None and holder.date.start <= ATTACKS[1] and holder.date.end < date(2025, 11, 1)


def test_the_report_day_is_the_last_resort(nlp) -> None:
    """A story whose only date is the day police spoke keeps that day: it is the best bound there is."""
    text = ("Police said Saturday that two men had been shot dead in a parked car on Elm Street. Officers said no "
            "arrests had been made and asked witnesses to come forward. The victims were 24 and 31.")
    ev = _events(nlp, text, date(2016, 1, 25))[0]
    assert ev.date is not None and (ev.date.start, ev.date.phrase) == (date(2016, 1, 23), "Saturday")


def test_the_funeral_day_is_not_the_attack_day(nlp) -> None:
    text = ("Hundreds of mourners gathered on Tuesday for the funerals of nine people killed when gunmen opened "
            "fire on a bus near the town of Kelbra on Sunday night, as the regional police said two suspects had "
            "been detained.\n\nThe attack on the bus, which was carrying market traders home, also left 14 people "
            "wounded, according to the regional health office. Police said the attackers fled on motorbikes.\n\n"
            "Local leaders called for more patrols on the road, which has seen several robberies this year.")
    events = _events(nlp, text, date(2025, 4, 9))  # a Wednesday: Sunday is the 6th, Tuesday the 8th
    assert events[0].date is not None and events[0].date.start == date(2025, 4, 6)
    assert all(ev.date is None or ev.date.start != date(2025, 4, 8) for ev in events)


def test_a_dateline_day_and_burials_are_not_the_killing_day(nlp) -> None:
    text = ("PORT ELLIS, Norvania, May 12 (Harbour Wire) - Residents of Tamsel, a fishing village north of Port Ellis, "
            "began burying relatives on Monday after gunmen went from house to house shooting men, villagers said."
            "\n\nA fisherman in Tamsel said he had seen bodies in the lanes near the harbour on Saturday. Harbour "
            "Wire could not confirm how many people had died.\n\nThe regional governor said on Monday that troops "
            "had been sent to the area.")
    events = _events(nlp, text, date(2025, 5, 12))  # a Monday
    assert all(ev.date is not None and ev.date.start == date(2025, 5, 10) for ev in events), [
        (ev.event_type, ev.date) for ev in events]


@pytest.mark.parametrize(
    ("text", "phrase", "statement", "reporting_only"),
    [
        # the violence's days, hung by the parser on "published"
        ("The note sums up the figures published about the attacks in the valley between 3 and 5 September 2025.",
         "between 3 and 5 September 2025", False, False),
        ("On 14 November 2025 the inquiry into the attacks reported that 212 people had been killed.",
         "On 14 November 2025", True, True),
        ("The governor said on Monday that troops had been sent.", "on Monday", True, True),
        # "called" reports only in set phrases: a dispatch's day is the incident's
        ("Deputies were called out to a petrol station on Wednesday.", "on Wednesday", True, False),
        ("Officers found the car on Friday near the river.", "on Friday", True, False),  # "find" tallies only
        # no report without what was reported
        ("Deputies responded to the house on Sunday after a neighbour heard shots.", "on Sunday", True, False),
    ],
)
def test_report_days(nlp, text: str, phrase: str, statement: bool, reporting_only: bool) -> None:
    sdoc = nlp(text)
    claim = next(c for c in find_dates(text, date(2025, 11, 20), sdoc) if c.phrase == phrase)
    assert _dates_a_statement(sdoc[:], claim) is statement
    assert _dates_a_statement(sdoc[:], claim, tallies=False) is reporting_only


@pytest.mark.parametrize(
    ("text", "word", "rite"),
    [
        ("Hundreds gathered on Tuesday for the funerals of the victims.", "gathered", True),
        ("Families went to the city morgues on Thursday.", "went", True),
        ("Neighbours held a vigil outside the house on Friday.", "held", True),
        ("Gunmen went from house to house on Thursday.", "went", False),
    ],
)
def test_rites_of_the_aftermath(nlp, text: str, word: str, rite: bool) -> None:
    sdoc = nlp(text)
    assert _at_rite(next(t for t in sdoc if t.text == word)) is rite


def test_main_period_skips_windows_report_days_and_misread_old_days(nlp) -> None:
    text = ("What happened in the valley last week was a massacre. On Monday the inquiry said 212 people had been "
            "killed. A memorial will be held on February 20th. Gunmen attacked the villages on Thursday.")
    pub = date(2025, 11, 20)  # a Thursday
    sdoc = nlp(text)
    dates = find_dates(text, pub, sdoc)
    got = _main_period(dates, sdoc, pub)
    # not "last week" (a window), not the inquiry's Monday, not "February 20th" read back into last February
    assert got is not None and got.phrase == "on Thursday" and got.start == date(2025, 11, 20)
