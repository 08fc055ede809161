"""Running tolls read backward from their figure, and hyphenated written numbers (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.extract import find_counts
from crosstally.extract._event_dates import _running_date, _since
from crosstally.extract._event_tolls import _drop_vague_beside_figures
from crosstally.records import Count, DateClaim, Span

RUNNING = [
    # text, figure, words the evidence must contain, group
    ("The civilian death toll from the fighting in the hills has reached 1,383, the monitor said on Tuesday.",
     1383, ["death toll", "1,383"], "civilian"),
    ("The number of civilians killed in the province since Thursday, 6 March, has risen to 973, the group said.",
     973, ["number of civilians killed", "973"], "civilians"),
    ("On Sunday the monitor raised the toll from the week of raids to 973.", 973, ["toll", "973"], None),
    ("The toll has climbed to 58 after rescuers reached the collapsed school.", 58, ["toll", "58"], None),
]


@pytest.mark.parametrize("text,figure,words,group", RUNNING)
def test_running_tolls_are_killed_counts(nlp, text: str, figure: int, words: list[str], group: str | None) -> None:
    killed = [c for c in find_counts(nlp(text)) if c.kind == "killed"]
    assert [c.low for c in killed] == [figure], [(c.low, c.phrase) for c in killed]
    assert all(w in killed[0].phrase for w in words), killed[0].phrase
    assert killed[0].group == group


def test_a_figure_in_between_is_not_the_toll(nlp) -> None:
    # 40 is the number of villages, and "reached" has no toll before it that 40 could belong to
    counts = find_counts(nlp("The army said its units had reached 40 villages by the evening."))
    assert not [c for c in counts if c.kind == "killed"]


@pytest.mark.parametrize("text,value", [
    ("Thirty-one people were killed in the protests, the commission said.", 31),
    ("Forty-five civilians were wounded when the shells hit the market.", 45),
])
def test_hyphenated_written_numbers(nlp, text: str, value: int) -> None:
    assert [c.low for c in find_counts(nlp(text))] == [value]


def _claim(d0: date, text: str, phrase: str) -> DateClaim:
    at = text.index(phrase)
    return DateClaim(d0, d0, 1, evidence=[Span(at, at + len(phrase))], phrase=phrase, confidence=0.8)


def test_since_a_day_runs_to_publication() -> None:
    text = "The monitor has counted 745 deaths since the start of the violence on Thursday, 6 March."
    claim = _claim(date(2025, 3, 6), text, "Thursday, 6 March")
    got = _since(text, claim, date(2025, 3, 8))
    assert got is not None and (got.start, got.end) == (date(2025, 3, 6), date(2025, 3, 8))
    plain = "The monitor counted 745 deaths on Thursday, 6 March."
    kept = _claim(date(2025, 3, 6), plain, "Thursday, 6 March")
    assert _since(plain, kept, date(2025, 3, 8)) is kept


def test_a_running_toll_dated_by_its_statement_covers_the_week_before() -> None:
    text = "The toll has reached 1,383, the monitor said on Tuesday."
    said = _claim(date(2025, 3, 11), text, "Tuesday")
    got = _running_date(said, date(2025, 3, 11))
    assert got is not None and got.end == date(2025, 3, 11) and got.start == date(2025, 3, 5) and got.precision == 2
    older = _claim(date(2025, 3, 6), text, "Tuesday")
    assert _running_date(older, date(2025, 3, 11)) is older  # its own earlier day: kept


def test_vague_colour_beside_a_stated_toll_is_dropped() -> None:
    toll = Count(kind="killed", low=1383, qualifier="exact", group="civilians")
    many = Count(kind="killed", low=10, qualifier="vague")
    dozens = Count(kind="killed", low=12, qualifier="vague", group="men")
    assert _drop_vague_beside_figures([toll, many, dozens]) == [toll, dozens]
    assert _drop_vague_beside_figures([many]) == [many]
