"""Event dates in news stories: not a byline's, a toll update's, a later death's, a statement's or a dateline's day.

Texts are our own invented stories, run through the real pipeline (spaCy, extraction) with their publication date.
"""

from __future__ import annotations

from datetime import date

from crosstally.pipeline import process
from crosstally.records import Document


def _day(text: str, published: date) -> date:
    ex = process(Document(text=text, published=published))
    assert ex.events, ex.document.reasons
    claim = ex.events[0].date
    assert claim is not None
    return claim.start


def test_byline_published_date_is_not_the_event() -> None:
    text = ("Two hurt in Dayton shooting\nBy Jane Doe\nPublished 6:12 p.m. ET Jan. 14, 2024\n\nTwo men were wounded "
            "in a shooting Saturday afternoon outside a corner store in Dayton, police said. Both were taken to a "
            "hospital.")
    assert _day(text, date(2024, 1, 15)) == date(2024, 1, 13)


def test_toll_rise_and_later_death_are_not_the_event() -> None:
    text = ("SPRINGFIELD, Ill. — The death toll from a weekend shooting at a birthday party in Springfield rose to "
            "two on Monday after a 30-year-old man died of his wounds, police said.\n\nA woman was killed at the "
            "scene early Saturday when a man opened fire in a crowded backyard. Four others were wounded, including "
            "the man who died Monday at a hospital, police spokesman John Roe said.\n\nA 25-year-old man was "
            "arrested Monday and charged with murder. Police said about 80 people had gathered in the yard when an "
            "argument broke out shortly after midnight, and officers found more than 30 shell casings in the yard "
            "and the alley behind it.\n\nThe city's mayor said extra patrols would be sent to the neighborhood "
            "this week, and a council member asked residents who saw the shooting to call the police tip line.")
    assert _day(text, date(2024, 6, 3)) == date(2024, 6, 1)


def test_statement_day_in_the_lead_is_not_the_event() -> None:
    text = ("GUSAU, Nigeria (Reuters) — Gunmen killed nine villagers and kidnapped about 20 others in a raid on a "
            "farming village in Zamfara state, police said on Sunday.\n\nThe attackers arrived on motorcycles late "
            "on Saturday and opened fire on residents, a police spokesman said.")
    assert _day(text, date(2024, 5, 12)) == date(2024, 5, 11)


def test_wire_dateline_date_is_the_filing_day() -> None:
    text = ("YANGON, Feb 27 (Mekong Wire) - A military jet bombed a village in Rakhine State on Monday, killing at "
            "least five civilians, residents said. The strike hit houses near a school.")
    assert _day(text, date(2024, 2, 27)) == date(2024, 2, 26)
