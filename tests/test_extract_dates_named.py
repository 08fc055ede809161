"""Days named by their occasion ("the Fourth of July"), a log's date field ("Date: 4 November 2024.") and the
date of a tally ("per figures of 5 November"): which is the event's date. Sentences written for crosstally."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract import extract
from crosstally.extract._dates import event_date, find_dates, is_field_date, is_tally_date
from crosstally.records import Document, Span


@pytest.mark.parametrize(
    ("text", "published", "phrase", "day"),
    [
        ("A man was shot dead at a cookout on the Fourth of July, police said.", date(2024, 7, 6),
         "on the Fourth of July", date(2024, 7, 4)),
        ("Two people were wounded in a shooting on July Fourth.", date(2024, 7, 5), "on July Fourth",
         date(2024, 7, 4)),
        # the latest such day not after publication: a January report of Christmas Eve is last year's
        ("Gunmen attacked a church on Christmas Eve.", date(2024, 1, 3), "on Christmas Eve", date(2023, 12, 24)),
        ("Three died in clashes on New Year's Day.", date(2024, 1, 2), "on New Year's Day", date(2024, 1, 1)),
        ("Police fired tear gas at Halloween revellers.", date(2023, 11, 1), "Halloween", date(2023, 10, 31)),
    ],
)
def test_a_day_named_by_its_occasion_is_a_date(text: str, published: date, phrase: str, day: date) -> None:
    got = [(c.phrase, c.start, c.end, c.precision) for c in find_dates(text, published)]
    assert got == [(phrase, day, day, 1)]


def test_named_days_are_capitalised_words_only() -> None:
    assert find_dates("They met on christmas day and on the fourth of july.", date(2024, 7, 6)) == []


LOG = ("Date: 4 November 2024. Location: a residential district of a city. Harm: 8 civilians killed, 31 injured, "
       "per emergency service figures of 5 November. Damage: a collapsed stairwell.")


def test_a_log_s_date_field_dates_the_event_over_the_figures_date() -> None:
    published = date(2024, 11, 7)
    dates = find_dates(LOG, published)
    assert [(c.phrase, c.start) for c in dates] == [("4 November 2024", date(2024, 11, 4)),
                                                   ("5 November", date(2024, 11, 5))]
    field, tally = dates
    assert is_field_date(field, LOG) and not is_field_date(tally, LOG)
    assert is_tally_date(tally, LOG) and not is_tally_date(field, LOG)
    assert tally.confidence < 0.3 <= field.confidence  # below what the stages take as an event's date
    harm = Span(LOG.index("Harm"), LOG.index("Damage"))
    assert event_date(dates, harm, published, LOG).start == date(2024, 11, 4)


def test_a_tally_s_date_is_the_last_resort() -> None:
    text = "Eight people were killed in the strike, per figures of 5 November."
    dates = find_dates(text, date(2024, 11, 7))
    got = event_date(dates, Span(0, len(text)), date(2024, 11, 7), text)
    assert got is not None and got.start == date(2024, 11, 5)


def test_a_date_field_stands_before_a_later_opener_of_another_paragraph() -> None:
    text = ("Date: 2 November 2024, evening.\n\nOn 3 November officials visited the site.\n\n"
            "Eleven people were killed in the blast.")
    published = date(2024, 11, 5)
    dates = find_dates(text, published)
    last = Span(text.index("Eleven"), len(text))
    assert event_date(dates, last, published, text).start == date(2024, 11, 2)


def test_the_pipeline_dates_a_log_by_its_field(nlp) -> None:  # nlp: the spaCy pipeline, loaded once
    doc = Document(text=LOG, input_id="log-1", source="Example Register", published=date(2024, 11, 7))
    ext = extract(doc, nlp(doc.text))
    assert ext.events and ext.events[0].date is not None
    assert ext.events[0].date.start == date(2024, 11, 4)
