"""Date forms of hand-typed notes and news copy: day/month numerals, abbreviated months, headings, "on or
before", misspelled weekdays, bracketed dates after a weekday; and the eval's reading of a stated day."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.eval._scoring import date_stated
from crosstally.extract._dates import event_date, find_dates
from crosstally.records import Span

PUB = date(2019, 11, 9)  # a Saturday


def _dates(text: str, published: date | None = PUB) -> list[tuple[str, date, date, int]]:
    got = find_dates(text, published)
    for c in got:
        assert text[c.evidence[0].start : c.evidence[0].end] == c.phrase
    return [(c.phrase, c.start, c.end, c.precision) for c in got]


@pytest.mark.parametrize(
    ("text", "phrase", "start", "end", "precision"),
    [
        # abbreviated months, with or without a dot, with ordinals, with and without a year
        ("Around Nov 6th, herders clashed over water.", "Around Nov 6th", date(2019, 11, 6), date(2019, 11, 6), 1),
        ("On Sept 9th 2019, students rioted.", "On Sept 9th 2019", date(2019, 9, 9), date(2019, 9, 9), 1),
        ("Traders struck on Aug 30.", "on Aug 30", date(2019, 8, 30), date(2019, 8, 30), 1),
        # a day-month heading at the start of a note
        ("6 November: farmers marched to the county offices.", "6 November", date(2019, 11, 6),
         date(2019, 11, 6), 1),
        ("07 Nov. residents blocked the highway.", "07 Nov.", date(2019, 11, 7), date(2019, 11, 7), 1),
        # "on or before / after": near that day, not surely on it
        ("On or after November 6th, a teacher was abducted.", "On or after November 6th", date(2019, 11, 6),
         date(2019, 11, 6), 2),
        ("On or before Sept 10th, a school was set on fire.", "On or before Sept 10th", date(2019, 9, 10),
         date(2019, 9, 10), 2),
        # day/month numerals after a leading word or in brackets
        ("Two herders were shot dead on 06/11 near the river.", "on 06/11", date(2019, 11, 6), date(2019, 11, 6), 1),
        ("Gunmen struck on the morning of 12/07, killing one.", "on the morning of 12/07", date(2019, 7, 12),
         date(2019, 7, 12), 1),
        ("A matatu was torched (05/11) on the highway.", "05/11", date(2019, 11, 5), date(2019, 11, 5), 1),
        ("The camp was attacked in the night of 4-5/11.", "in the night of 4-5/11", date(2019, 11, 4),
         date(2019, 11, 5), 2),
        ("The toll was 13 as recorded for 6/9/08.", "6/9/08", date(2008, 9, 6), date(2008, 9, 6), 1),
        ("One man died on the morning of 01/04 in the raid.", "on the morning of 01/04", date(2019, 4, 1),
         date(2019, 4, 1), 1),
        ("Violence erupted on 31-12-2018 in the slum.", "on 31-12-2018", date(2018, 12, 31), date(2018, 12, 31), 1),
        ("Youths burned tyres on 31.12.2018 in town.", "on 31.12.2018", date(2018, 12, 31), date(2018, 12, 31), 1),
        ("Date unknown - source dated 07/11.", "source dated 07/11", date(2019, 11, 7), date(2019, 11, 7), 2),
        # misspelled or lower-case weekdays after a preposition: the latest such day on or before publication
        ("Police shot a suspect on wedsnesday night.", "on wedsnesday night", date(2019, 11, 6),
         date(2019, 11, 6), 1),
        ("Youths rioted after their friday prayers.", "their friday", date(2019, 11, 8), date(2019, 11, 8), 1),
        ("Gunmen killed a chief on Tuesday night.", "on Tuesday night", date(2019, 11, 5), date(2019, 11, 5), 1),
    ],
)
def test_note_forms(text, phrase, start, end, precision):
    assert _dates(text) == [(phrase, start, end, precision)]


def test_numerals_read_day_first_unless_publication_says_otherwise():
    # day first by default (no publication date: ACLED notes and British / East African usage)
    assert [d[1] for d in _dates("Clashes broke out on 06/11/2019 in the valley.", None)] == [date(2019, 11, 6)]
    # only month first is a valid date
    assert [d[1] for d in _dates("Clashes broke out on 11/26/2019 in the valley.", None)] == [date(2019, 11, 26)]
    # both readings valid: the one nearest on or before publication (a US story published 8 July)
    assert [d[1] for d in _dates("A man was shot on 7/6 outside a bar.", date(2019, 7, 8))] == [date(2019, 7, 6)]
    assert [d[1] for d in _dates("A man was shot on 7/6 outside a bar.", date(2019, 6, 9))] == [date(2019, 6, 7)]


@pytest.mark.parametrize(
    "text",
    [
        "The clinic is open 24/7 for the wounded.",
        "Militia hold 3/4 of the county.",
        "He scored 10/10 in the exam.",
        "The sub-county covers 2/3rds of the valley.",
        "Files are at reports/2019/11/06 on the site.",
        "Survivors of 9/11 met the envoy.",
        "The ratio was 5/8 in favour.",
    ],
)
def test_numerals_that_are_not_dates(text):
    assert find_dates(text, PUB) == []


def test_days_ahead_are_not_event_dates():
    assert find_dates("The court will rule next Tuesday on the case.", PUB) == []
    assert find_dates("A march is planned for the coming Friday.", PUB) == []


def test_lowercase_weekday_needs_a_preposition():
    assert find_dates("We may march friday if the talks fail.", PUB) == []
    assert [c.phrase for c in find_dates("The Wednesday Club met.", PUB)] == []
    assert [c.phrase for c in find_dates("Many may march on friday.", PUB)] == ["on friday"]


def test_weekday_with_bracketed_date_is_one_claim():
    text = "Raiders attacked the village on Wednesday (29/07) morning. Three were killed."
    got = find_dates(text, date(2015, 8, 1))
    assert [(c.phrase, c.start) for c in got] == [("on Wednesday (29/07", date(2015, 7, 29))]
    text = "Gunmen raided the camp last Friday [16 August] evening."
    got = find_dates(text, date(2013, 8, 20))
    assert [(c.phrase, c.start) for c in got] == [("last Friday [16 August", date(2013, 8, 16))]


def test_report_date_dates_an_undated_note():
    """A note that gives only its source's date: the event is on or shortly before it (precision 2)."""
    text = "Residents protested over insecurity in the town. Date unknown - source dated 07/11."
    dates = find_dates(text, PUB)
    got = event_date(dates, Span(0, text.index(" Date")), PUB, text=text)
    assert got is not None and (got.start, got.precision) == (date(2019, 11, 7), 2)


def test_date_stated_reads_abbreviated_months():
    assert date_stated("Around Jun 13th, herders clashed.", date(2019, 6, 13))
    assert date_stated("On Sept 9th 2019, students rioted.", date(2019, 9, 9))
    assert date_stated("On Aug 2, police fired tear gas.", date(2019, 8, 2))
    assert date_stated("On 2 Aug. police fired tear gas.", date(2019, 8, 2))
    assert not date_stated("Augustine was shot on 2 June.", date(2019, 8, 2))
    assert not date_stated("Herders clashed in the hills.", date(2019, 6, 13))


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        # a weekday and its part of the day before the written date name that date: one claim, not "Friday" of
        # the publication's week beside it
        ("It all started Friday evening, November 1st, when officers arrived.", "Friday evening, November 1st",
         date(2019, 11, 1)),
        ("Police said the shooting happened Sunday night, Nov. 3, outside a bar.", "Sunday night, Nov. 3",
         date(2019, 11, 3)),
        ("The raid began on Tuesday morning 5 November.", "on Tuesday morning 5 November", date(2019, 11, 5)),
    ],
)
def test_weekday_and_part_of_day_before_a_written_date(text: str, phrase: str, day: date) -> None:
    assert _dates(text) == [(phrase, day, day, 1)]
