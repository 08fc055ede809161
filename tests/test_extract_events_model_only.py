"""No trigger word, but a short note the classifier reads as an event: the model alone names it, and says so.

The notes are our own writing.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract import _model, extract
from crosstally.extract._counts import find_counts
from crosstally.extract._events import MODEL_ONLY_METHOD, _sentence_triggers, find_candidates, model_candidate
from crosstally.ingest import prepare
from crosstally.records import Document
from crosstally.vocab import load_vocab

NOTE = ("Traders in Nyeri town closed their stalls and walked to the county offices on 2 March 2019 to oppose "
        "new market fees.")
QUIET = "The county assembly of Nakuru passed the budget on Tuesday after a long debate on road funds."


def _extract(nlp, text: str):
    doc = Document(text=text, published=date(2019, 3, 5))
    prepare(doc)
    return extract(doc, nlp(doc.text))


def test_a_note_without_trigger_gets_the_models_event(nlp):
    sdoc = nlp(NOTE)
    assert not any(_sentence_triggers(s) for s in sdoc.sents), "the fixture must have no trigger word"
    m_type, m_sub, m_p = _model.predict([NOTE])[0]
    assert m_type == "Protests" and m_p >= load_vocab("event_triggers")["entries"]["model_only"]["min_probability"]
    events = _extract(nlp, NOTE).events
    assert len(events) == 1
    ev = events[0]
    assert (ev.event_type, ev.sub_event_type) == (m_type, m_sub)
    assert ev.method == MODEL_ONLY_METHOD and "event_classifier" in ev.method
    assert ev.confidence == pytest.approx(m_p)
    # the evidence is the whole note the model read
    assert [(s.start, s.end) for s in ev.evidence] == [(0, len(NOTE))]
    assert [(a.role, a.mention) for a in ev.actors] == [("actor1", "Traders in Nyeri town")]


def test_no_event_when_the_model_says_none(nlp):
    assert _model.predict([QUIET])[0][0] == _model.NO_EVENT
    assert _extract(nlp, QUIET).events == []


def test_long_texts_never_take_a_model_only_event(nlp):
    long_text = " ".join([NOTE.replace("on 2 March 2019 ", "")] * 8)
    assert len(long_text) > load_vocab("event_triggers")["entries"]["model_only"]["max_chars"]
    sdoc = nlp(long_text)
    assert model_candidate(sdoc, find_counts(sdoc)) is None


def test_rule_candidates_keep_the_rules_method(nlp):
    sdoc = nlp("Police fired tear gas at protesters in Kisumu on 11 August 2017.")
    cands = find_candidates(sdoc, find_counts(sdoc))
    assert cands and all(c.method == "" for c in cands)


def test_model_only_events_on_the_dev_split_are_mostly_right(devdata, nlp):
    """ACLED Kenya dev rows (years <= 2015) where no trigger fires: the model's event beats no event."""
    from crosstally.eval._datasets import read_dataset

    rows = [r for r in read_dataset("acled-kenya", "dev", limit=400) if len(r.text) <= 700]
    got = right = 0
    for row in rows:
        sdoc = nlp(row.text)
        if any(_sentence_triggers(s) for s in sdoc.sents):
            continue
        cand = model_candidate(sdoc, find_counts(sdoc))
        if cand is None:
            continue
        got += 1
        right += cand.event_type == row.gold["event_type"]
    assert got >= 5
    assert right / got >= 0.7
