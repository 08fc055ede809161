"""The date reader's word lists live in data/date_terms.yaml and are read once, through ``_terms()``.

Why: the guide keeps vocabularies in versioned data files with their sources; the death words, vague counts,
approximation words of a sentence's opening gap and the bare "Christmas" / "New Year" of "the day after X" were
moved there from code (review of the _dates split), with the reading unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract._dates import find_dates
from crosstally.extract._dates._incident import _sentence_start
from crosstally.extract._dates._terms import _terms
from crosstally.vocab import load_vocab

_MOVED = ("death_words", "vague_counts", "lead_after_approx_words", "shift_named_days")


def test_moved_lists_are_data_with_sources() -> None:
    vocab = load_vocab("date_terms")
    assert int(vocab["version"]) >= 11
    assert any("version 11" in s for s in vocab["sources"])
    for key in _MOVED:
        assert vocab["entries"].get(key), key


def test_terms_read_the_moved_lists() -> None:
    e = load_vocab("date_terms")["entries"]
    t = _terms()
    assert t.death_words == frozenset(w.lower() for w in e["death_words"])
    assert t.vague_counts == frozenset(w.lower() for w in e["vague_counts"])
    assert t.shift_days["Christmas"] == (12, 25)
    assert t.shift_days["New Year\u2019s"] == (1, 1)  # the typeset apostrophe, as for named_days
    assert t.incident_words >= {"shooting", "injured"}  # incident and harm words, one build
    assert "murder" in t.charge_words and "said" in t.statement_verbs


def _claim(text: str, published: date, phrase: str):
    got = [c for c in find_dates(text, published) if c.phrase == phrase]
    assert got, [c.phrase for c in find_dates(text, published)]
    return got[0]


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        ("A van was set alight the night before New Year's in Oakvale.", "the night before New Year's",
         date(2024, 12, 31)),
        ("Two guards were hurt the morning after New Year\u2019s at a depot.", "the morning after New Year\u2019s",
         date(2025, 1, 2)),
        ("Jane Doe was beaten the day after Christmas, her family said.", "the day after Christmas",
         date(2024, 12, 26)),
    ],
)
def test_bare_named_days_before_or_after(text: str, phrase: str, day: date) -> None:
    c = _claim(text, date(2025, 1, 8), phrase)
    assert (c.start, c.precision) == (day, 1)


def test_vague_count_earlier_is_a_few_days() -> None:
    text = "Officials said on Friday that a depot in Oakvale was looted several days earlier."
    c = _claim(text, date(2025, 3, 10), "several days earlier")
    assert c.precision == 2
    exact = _claim(text.replace("several", "three"), date(2025, 3, 10), "three days earlier")
    assert exact.precision == 1


def test_approximate_opening_gap_is_a_few_days() -> None:
    text = "About three days after a grenade exploded at a market in Oakvale, police detained a man on Thursday."
    c = _claim(text, date(2025, 3, 10), "About three days after")
    assert (c.start, c.precision) == (date(2025, 3, 3), 2)
    plain = _claim(text.replace("About three", "Three"), date(2025, 3, 10), "Three days after")
    assert (plain.start, plain.precision) == (date(2025, 3, 3), 1)


def test_death_a_day_after_the_harm_is_dated_by_the_harm() -> None:
    text = "John Roe died on Wednesday, a day after he was shot near a bus stop in Oakvale."
    c = _claim(text, date(2025, 3, 14), "on Wednesday, a day after")
    assert c.start == date(2025, 3, 11)


def test_sentence_start_after_full_stop_or_line_break() -> None:
    text = "First line. Second part\nThird"
    assert _sentence_start(text, text.index("Second")) == text.index(" Second")
    assert _sentence_start(text, text.index("Third")) == text.index("Third")
    assert _sentence_start(text, 3) == 0
