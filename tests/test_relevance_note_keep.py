"""A monitor's short note that the sentence relevance model rejects keeps its events when the event classifier,
trained on such notes, is confident it reports an event (``relevance_cues.yaml`` ``note_keep``; profile ``auto``)."""

from __future__ import annotations

from prepared import prepared_events

from crosstally.extract import _relevance
from crosstally.vocab import load_vocab

# Our own texts (not devdata).
SEIZURE_NOTE = "Police raided a drinking den in the estate and arrested twelve people."
MARKET_NEWS = "Tokyo stocks closed lower on Monday after a weak session."
LONG_STORY = " ".join([
    "Police recovered three guns and 200 bullets in a raid on a house in the estate on Monday.",
    "The owner of the house was not at home when officers arrived, neighbours said.",
    "A police spokesman said the weapons would be examined by ballistics experts.",
    "Residents said the house had been empty for several weeks before the raid took place.",
])


def test_rule_is_data():
    spec = load_vocab("relevance_cues")["entries"]["note_keep"]
    assert spec["max_sentences"] == 3 and spec["max_chars"] > 0 and 0.5 <= spec["min_event_probability"] < 1.0


def test_note_probability_only_for_notes():
    p = _relevance.note_event_probability(SEIZURE_NOTE)
    assert p is not None and p >= 0.7
    market = _relevance.note_event_probability(MARKET_NEWS)
    assert market is not None and market < 0.7
    assert _relevance.note_event_probability(LONG_STORY) is None  # four sentences: a story, not a note
    assert _relevance.note_event_probability("   ") is None


def test_rejected_note_is_kept_under_auto_but_not_political(nlp):
    text, events = prepared_events(nlp, SEIZURE_NOTE)
    assert events
    assert _relevance.relevance(text) < _relevance.thresholds()["keep"]  # the relevance model alone drops it
    d = _relevance.decide(text, events, "auto")
    assert d.keep and d.reason.startswith("kept: a note the event classifier reads as an event")
    assert not _relevance.decide(text, events, _relevance.POLITICAL).keep  # GLOCON's profile: the model alone
