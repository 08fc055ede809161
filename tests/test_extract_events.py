"""Events assembled from whole documents: our own ACLED-style notes, a no-event text, and the seed article."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract import extract, find_places
from crosstally.records import Document


def _run(nlp, text: str, published: date | None = None):
    doc = Document(text=text, published=published)
    return extract(doc, nlp(doc.text))


NOTES = [
    # text, event_type, sub_event_type, fatalities low, place mention
    ("On 3 May 2020, 4 soldiers were killed and 2 wounded when militants attacked a checkpoint in Qarabagh "
     "district, Ghazni province.", "Battles", "Armed clash", 4, "Qarabagh"),
    ("On 9 June 2019, an air strike by government aircraft hit a market in Idlib, killing 11 civilians.",
     "Explosions/Remote violence", "Air/drone strike", 11, "Idlib"),
    ("On 14 August 2018, gunmen abducted 3 aid workers travelling near Mandera town.",
     "Violence against civilians", "Abduction/forced disappearance", None, "Mandera"),
    ("On 2 March 2016, about 200 traders held a peaceful demonstration in Nakuru town against new market fees.",
     "Protests", "Peaceful protest", None, "Nakuru"),
]


@pytest.mark.parametrize(("text", "etype", "sub", "low", "place"), NOTES)
def test_notes_we_wrote(nlp, text, etype, sub, low, place) -> None:
    ex = _run(nlp, text)
    assert ex.events, text
    e = ex.events[0]
    assert (e.event_type, e.sub_event_type) == (etype, sub)
    assert e.fatalities.low == low
    assert e.location is not None and place in e.location.mention
    span = e.location.evidence[0]
    assert text[span.start : span.end] == e.location.mention
    assert e.date is not None and e.date.start.year in (2016, 2018, 2019, 2020)
    assert e.index == 0 and e.doc_id == ex.document.id
    assert e.plover


def test_checkpoint_note_counts_and_actors(nlp) -> None:
    text = ("On 3 May 2020, 4 soldiers were killed and 2 wounded when militants attacked a checkpoint in "
            "Qarabagh district, Ghazni province.")
    e = _run(nlp, text).events[0]
    kinds = {(c.kind, c.low) for c in e.counts}
    assert kinds == {("killed", 4), ("injured", 2)}
    assert e.date.start == date(2020, 5, 3)
    roles = {a.role: a.mention for a in e.actors}
    assert "militants" in roles.get("actor1", "")


def test_acled_coding_note_is_honoured(nlp) -> None:
    text = ("On 7 May 2020, 3 policemen were killed in an ambush by militants in Nad Ali district. "
            "Fatalities coded as 0 (the group's website reported 3 fatalities).")
    e = _run(nlp, text).events[0]
    assert e.fatalities.low == 0
    assert e.fatalities.high == 3


def test_no_event(nlp) -> None:
    ex = _run(nlp, "The city council approved a new budget for road repairs and school meals on Tuesday.")
    assert ex.events == []


def test_document_must_match_parse(nlp) -> None:
    doc = Document(text="Two men were killed.")
    with pytest.raises(ValueError):
        extract(doc, nlp("Something else."))


@pytest.fixture(scope="module")
def seed_extraction(nlp, seed_text):
    try:
        from crosstally.ingest import clean_text

        text = clean_text(seed_text)
    except ImportError:
        text = seed_text
    doc = Document(text=text, published=date(2025, 3, 10))
    sdoc = nlp(text)
    return extract(doc, sdoc), sdoc


def test_seed_counts(seed_extraction) -> None:
    ex, _ = seed_extraction
    text = ex.document.text
    counts = [c for e in ex.events for c in e.counts]
    by = {(c.kind, c.low): c for c in counts}
    c = by[("killed", 1200)]
    assert (c.qualifier, c.group, c.high) == ("over", "Alawite civilians", None)
    c = by[("killed", 250)]
    assert (c.qualifier, c.group) == ("about", "fighters on both sides")
    c = by[("displaced", 100_000)]
    assert c.group == "civilians"
    words = {("killed", 1200): ["1,200", "Alawite civilians"], ("killed", 250): ["250", "fighters"],
             ("displaced", 100_000): ["100,000", "civilians"]}
    for key, ws in words.items():
        for span in by[key].evidence:
            for w in ws:
                assert w in text[span.start : span.end]


def test_seed_main_event(seed_extraction) -> None:
    ex, _ = seed_extraction
    text = ex.document.text
    main = ex.events[0]
    assert main.event_type == "Violence against civilians"
    assert main.fatalities.low == 1200
    assert main.date is not None and date(2025, 3, 6) <= main.date.start <= date(2025, 3, 10)
    mentions = " | ".join(a.mention for e in ex.events for a in e.actors)
    assert "HTS" in mentions and "al-Jolani" in mentions
    for e in ex.events:
        for a in e.actors:
            assert text[a.evidence[0].start : a.evidence[0].end] == a.mention
        for span in e.evidence:
            assert 0 <= span.start < span.end <= len(text)


def test_seed_places(seed_extraction) -> None:
    ex, sdoc = seed_extraction
    text = ex.document.text
    places = find_places(sdoc)
    names = {p.mention for p in places}
    assert {"Latakia", "Tartus"} <= names
    for p in places:
        assert text[p.evidence[0].start : p.evidence[0].end] == p.mention


def test_protest_grievance_is_not_the_protest_toll(nlp) -> None:
    text = ("On 4 April 2015, traders in Eldoret town held a demonstration to protest the killing of two "
            "colleagues by robbers last week.")
    e = _run(nlp, text).events[0]
    assert e.event_type == "Protests"
    assert e.fatalities.low is None
