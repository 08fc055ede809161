"""A helper the geocoding tests share: one event whose extracted place is a given word, geocoded with its text."""

from __future__ import annotations

import math
from datetime import date

from crosstally.geo import geocode
from crosstally.pipeline import process
from crosstally.records import Document, Event, Extraction, Location, Span


def geocoded_event(text: str, word: str | None, country: str | None = "US", sentence: str | None = None,
                   event_type: str = "Violence against civilians", sub_event_type: str = "Attack") -> Location | None:
    """The event's place after geocoding: ``word`` (its first occurrence, or none) as the extracted place, the event's
    evidence ``sentence`` (or the whole text), and ``country`` as the document's hint (none when ``None``)."""
    loc = None
    if word is not None:
        i = text.index(word)
        loc = Location(name=word, mention=word, evidence=[Span(i, i + len(word))])
    s = text.index(sentence) if sentence else 0
    ev = Event(event_type=event_type, sub_event_type=sub_event_type, location=loc,
               evidence=[Span(s, s + len(sentence) if sentence else len(text))])
    ex = Extraction(document=Document(text=text, meta={"country": country} if country else {}), events=[ev])
    geocode(ex)
    return ex.events[0].location


def km(a: Location, lat: float, lon: float) -> float:
    """Rough distance in km from a geocoded place to a point (enough to tell 'at the town' from 'at the county')."""
    assert a.lat is not None and a.lon is not None
    dy = (a.lat - lat) * 111.0
    dx = (a.lon - lon) * 111.0 * math.cos(math.radians(lat))
    return math.hypot(dx, dy)


def first_place(text: str, country: str | None = None, published: date = date(2025, 6, 2)) -> Location:
    """The most salient event's place after the whole real pipeline (``country`` as the feed's hint, if any)."""
    doc = Document(text=text, input_id="geo-test", published=published, meta={"country": country} if country else {})
    ex = process(doc)
    assert ex.events, ex.document.reasons
    loc = ex.events[0].location
    assert loc is not None
    return loc


def place_triple(text: str, country: str | None = None) -> tuple[str | None, str | None, str | None]:
    """The first event's place as (name, admin1, country code): what the place tests compare."""
    loc = first_place(text, country)
    return loc.name, loc.admin1, loc.country_code
