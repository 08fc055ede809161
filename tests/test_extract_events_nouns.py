"""Event nouns ('an officer-involved shooting', 'shots fired') name an article's event when no verb does.

Why: once ingest cleaning splits a scraped page's title from its body ('… shooting | fox8.comCLEVELAND--'),
spaCy tags 'shooting' a noun, not a verb; an article telling its incident only with that noun must keep its event.
The texts are our own writing.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract import extract
from crosstally.records import Document

# > 700 characters (an article, not a note): weak words alone make no event there
_BODY = (
    " Police said the man drove to a clinic in Erie on Monday evening to have a wound on his arm treated, and staff"
    " there called officers. He had been wanted since October for two carjackings and a robbery at a petrol station"
    " on the east side of the city. Detectives had spotted his car outside a grocery store on Monday afternoon and"
    " tried to stop him; he drove off through a red light and later ran from the car on foot. Officers followed him"
    " through two back gardens before losing sight of him near the river. He is being held at the county jail and"
    " is due in court on Thursday, a spokeswoman for the sheriff's office said. Investigators asked anyone who saw"
    " the chase to call the department's tip line."
)


def _run(nlp, text: str):
    doc = Document(text=text, published=date(2016, 3, 10))
    return extract(doc, nlp(doc.text))


@pytest.mark.parametrize("headline", [
    "Suspect held after the shooting at a petrol station | example13.com\n\nDAYTON —",
    "Man held after a stabbing at a clinic | example13.com\n\nDAYTON —",
])
def test_noun_only_article_keeps_its_event(nlp, headline) -> None:
    ex = _run(nlp, headline + _BODY)
    assert ex.events, "the noun is the article's only event word"
    assert ex.events[0].event_type == "Violence against civilians"


def test_shots_fired_headline_is_an_event(nlp) -> None:
    text = "Shots fired during attempted car theft « Channel 9 News Police said" + _BODY
    assert _run(nlp, text).events


def test_no_event_noun_no_event(nlp) -> None:
    text = "Robbery suspect in custody after long chase | example13.com\n\nDAYTON —" + _BODY
    assert not _run(nlp, text).events


def test_noun_does_not_displace_the_verb(nlp) -> None:
    text = ("Two men were shot and killed outside a bar on Main Street early Sunday, police said. The shooting"
            " happened shortly after 2 a.m." + _BODY)
    ex = _run(nlp, text)
    assert ex.events and ex.events[0].fatalities.low == 2
    ev = ex.events[0].evidence[0]
    assert text[ev.start : ev.end].startswith("Two men were shot and killed")
