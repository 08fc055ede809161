"""Which date an event takes: the incident's day over the days of its aftermath (charges, custody, court), over a
story's filing stamp, a day over the month it falls in, a note's dated heading, and ACLED's month mid-point in the
export and the eval. All texts written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.eval._scoring import event_date as scored_date
from crosstally.export import acled_event_date, acled_row
from crosstally.extract import extract
from crosstally.extract._dates import find_dates
from crosstally.extract._event_dates import _aftermath, _day_within, _heading_date, _stamped
from crosstally.records import DateClaim, Document, Extraction

ARTICLE = (
    "Man charged in West Side shooting\n\n"
    "SPRINGFIELD, Ill. (Jan. 26, 2016) — A 31-year-old man was charged with attempted murder Monday after he shot "
    "his neighbour Saturday outside an apartment block on Elm Street, police said. The 40-year-old victim was taken "
    "to Memorial Hospital with a leg wound and was expected to recover, officers said in a written "
    "note. Officers arrived within minutes and found the victim lying near the entrance. Witnesses told "
    "officers the two men had argued about a parking space for several weeks. The suspect was arrested at his home "
    "two blocks away without a struggle. He was held Monday at the county jail and is due to appear before a judge "
    "on Thursday. Police asked anyone who saw the shooting to call the department's tip line."
)
ARTICLE_PUB = date(2016, 1, 27)  # a Wednesday: Saturday is the 23rd, Monday the 25th


def _first_date(nlp, text: str, published: date) -> DateClaim | None:
    ex = extract(Document(text=text, published=published), nlp(text))
    assert ex.events, "no event found"
    return ex.events[0].date


def test_incident_day_beats_charge_custody_and_stamp(nlp) -> None:
    claim = _first_date(nlp, ARTICLE, ARTICLE_PUB)
    assert claim is not None
    assert (claim.start, claim.precision) == (date(2016, 1, 23), 1)
    assert ARTICLE[claim.evidence[0].start : claim.evidence[0].end] == claim.phrase == "Saturday"


def test_aftermath_and_stamp_dates_told_apart(nlp) -> None:
    sdoc = nlp(ARTICLE)
    dates = {c.phrase + f"@{c.evidence[0].start}": c for c in find_dates(ARTICLE, ARTICLE_PUB, sdoc)}
    trigger = next(t for t in sdoc if t.text == "shot")
    by_phrase: dict[str, list[bool]] = {}
    for c in dates.values():
        by_phrase.setdefault(c.phrase, []).append(_aftermath(sdoc, c, trigger))
    assert by_phrase["Monday"] == [True, True]  # charged Monday, held Monday
    assert by_phrase["Saturday"] == [False]  # the shooting's day
    assert by_phrase["on Thursday"] == [True]  # the court date
    stamp = next(c for c in dates.values() if c.phrase.startswith("Jan. 26"))
    assert _stamped(ARTICLE, stamp)
    assert not any(_stamped(ARTICLE, c) for c in dates.values() if c is not stamp)


@pytest.mark.parametrize(
    ("text", "phrase", "verb"),
    [
        # the event is the arrest: its own verb's date is the event's
        ("Police arrested two traders on Monday in the market.", "on Monday", "arrested"),
        # a date after words naming the incident is the incident's, wherever the parser hangs it
        ("A woman has been arrested over a shooting that took place Tuesday by the river.", "Tuesday",
         "arrested"),
    ],
)
def test_not_aftermath(nlp, text: str, phrase: str, verb: str) -> None:
    sdoc = nlp(text)
    claim = next(c for c in find_dates(text, ARTICLE_PUB, sdoc) if c.phrase == phrase)
    trigger = next(t for t in sdoc if t.text == verb) if phrase == "on Monday" else sdoc[0]
    assert not _aftermath(sdoc, claim, trigger)


@pytest.mark.parametrize(
    ("text", "stamped"),
    [
        ("[Update 11:40 p.m. ET Tuesday] Officers remained at the scene.", True),
        ("NEWS RELEASE (9:15 A.M. Monday) Deputies searched the woods.", True),
        ("GARY, Ind. (Jan. 4, 2016) -- A man was wounded.", True),
        ("A man was wounded shortly after midnight Saturday (Jan. 2) near the bridge.", False),
        ("A man was wounded on Saturday near the bridge.", False),
    ],
)
def test_filing_stamps(text: str, stamped: bool) -> None:
    claims = find_dates(text, date(2016, 1, 6))
    assert claims
    assert _stamped(text, claims[0]) is stamped


def test_day_inside_the_month_named_first() -> None:
    text = "The lawsuit concerns a shooting in December. The teenager was shot in the early hours of Dec. 26 at home."
    dates = find_dates(text, date(2016, 1, 20))
    month = next(c for c in dates if c.phrase == "in December")
    day = _day_within(dates, month, date(2016, 1, 20))
    assert day is not None and (day.start, day.phrase) == (date(2015, 12, 26), "Dec. 26")
    # a day outside the month is no refinement
    other = find_dates("Killed in November. Buried on Dec. 2.", date(2015, 12, 20))
    assert _day_within(other, other[0], date(2015, 12, 20)) is None


def test_note_heading_is_the_event_day(nlp) -> None:
    text = "07 September: police shot dead two protesters in Kisumu during clashes on September 6th and 7th."
    pub = date(2019, 9, 10)
    assert _heading_date(find_dates(text, pub), text, pub).start == date(2019, 9, 7)  # type: ignore[union-attr]
    claim = _first_date(nlp, text, pub)
    assert claim is not None and (claim.start, claim.end, claim.precision) == (date(2019, 9, 7), date(2019, 9, 7), 1)


def test_note_date_told_apart_from_its_event(nlp) -> None:
    text = "Two police officers shoot dead a robbery suspect as he waits at a bus stop in Mombasa. Date known only as April 2013."
    claim = _first_date(nlp, text, date(2013, 4, 18))
    assert claim is not None and claim.phrase == "April 2013" and claim.precision == 3
    assert (claim.start, claim.end) == (date(2013, 4, 1), date(2013, 4, 30))  # the claim keeps the honest range


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (date(2013, 4, 1), date(2013, 4, 30), 3, date(2013, 4, 15)),  # "in April"
        (date(2013, 4, 1), date(2013, 4, 18), 3, date(2013, 4, 15)),  # "in April", published on the 18th
        (date(2013, 4, 1), date(2013, 4, 10), 3, date(2013, 4, 1)),  # "early April": the 15th is outside
        (date(2013, 4, 21), date(2013, 4, 30), 3, date(2013, 4, 21)),  # "late April"
        (date(2013, 4, 1), date(2013, 4, 1), 3, date(2013, 4, 1)),  # a coded day stays
        (date(2013, 3, 1), date(2013, 4, 30), 3, date(2013, 3, 1)),  # two months
        (date(2013, 4, 1), date(2013, 4, 30), 2, date(2013, 4, 1)),
        (date(2013, 4, 1), date(2013, 4, 1), 1, date(2013, 4, 1)),
    ],
)
def test_acled_month_midpoint(start: date, end: date, precision: int, expected: date) -> None:
    assert acled_event_date(start, end, precision) == expected


def test_export_and_eval_agree_on_month_events() -> None:
    from crosstally.records import Event

    doc = Document(text="Bandits killed five herders in Kaningo in January.", published=date(2012, 2, 3))
    claim = DateClaim(date(2012, 1, 1), date(2012, 1, 31), 3, phrase="in January")
    ev = Event("Violence against civilians", "Attack", date=claim)
    row = acled_row(Extraction(doc, [ev]), 0, ev, 0)
    assert (row["event_date"], row["time_precision"]) == ("2012-01-15", 3)
    assert scored_date(ev.to_dict()) == date(2012, 1, 15)
    day = Event("Violence against civilians", "Attack", date=DateClaim(date(2012, 1, 9), date(2012, 1, 9), 1))
    assert acled_row(Extraction(doc, [day]), 0, day, 0)["event_date"] == "2012-01-09" and scored_date(
        day.to_dict()) == date(2012, 1, 9)


def test_a_dated_dateline_resolves_weekdays_when_the_document_has_no_publication_date(nlp) -> None:
    from crosstally.extract import extract
    from crosstally.records import Document

    text = ("DAYTON, Ohio (March 8, 2016) – Police are looking for the driver of a grey sedan after a "
            "man was found shot dead late Monday night in a parking lot on Third Street. Officers found him in the parking lot. Detectives said the man, 24, "
            "died at the scene after being shot twice. No arrest had been made by Tuesday afternoon, and police "
            "asked anyone who saw the shooting to call the department's tip line. The victim's family said he "
            "had just finished a late shift at a warehouse nearby and was waiting for a ride home when a car "
            "pulled up and someone inside opened fire, then drove off toward the highway.")
    doc = Document(text=text)
    ext = extract(doc, nlp(text))
    assert ext.events and ext.events[0].date is not None
    assert ext.events[0].date.start.isoformat() == "2016-03-07"  # the Monday before the Tuesday filing stamp
    assert doc.published is None  # the stamp is a reference, the document keeps no invented publication date
