"""Totals per kind of harm (``crosstally.extract.toll``) and the lone victim who later died."""

from __future__ import annotations

from crosstally.extract import find_counts, toll
from crosstally.extract._counts import DIED_METHOD, SHOT_METHOD
from crosstally.records import Count
from crosstally.records import Span as CharSpan


def _c(kind: str, low: int, group: str | None, start: int, by: str | None = None) -> Count:
    return Count(kind=kind, low=low, high=low, group=group, attributed_to=by, evidence=[CharSpan(start, start + 5)])


def test_another_victim_adds_to_the_injured_total_whoever_is_cited() -> None:
    counts = [_c("injured", 1, "18-year-old man", 10, by="Police"), _c("injured", 1, "Another man", 60)]
    assert toll(counts, "injured").low == 2


def test_a_repeated_figure_is_not_added() -> None:
    counts = [_c("injured", 2, "people", 0), _c("injured", 2, "people", 80)]
    assert toll(counts, "injured").low == 2


def test_disjoint_groups_are_summed_and_other_kinds_ignored() -> None:
    counts = [_c("injured", 2, "officers", 0), _c("injured", 1, "civilian", 40), _c("killed", 5, "people", 90)]
    assert toll(counts, "injured").low == 3
    assert toll(counts, "killed").low == 5
    assert toll(counts, "abducted").low is None


def test_two_claimants_far_apart_keep_the_first_told_and_close_ones_the_lowest() -> None:
    close = [_c("injured", 10, "people", 0, by="police"), _c("injured", 12, "people", 50, by="hospital")]
    assert (toll(close, "injured").low, toll(close, "injured").high) == (10, 12)


def test_a_lone_person_shot_who_later_died_is_killed(nlp) -> None:
    text = ("Deputies went to a house on Elm Road after a report of a woman being shot. "
            "She was taken to the county hospital, where she was later pronounced deceased.")
    counts = find_counts(nlp(text))
    assert [(c.kind, c.low, c.method) for c in counts] == [("killed", 1, DIED_METHOD)]
    ev = counts[0].evidence[0]
    assert "woman" in text[ev.start:ev.end]


def test_headline_shot_killed_moves_the_victim_to_killed(nlp) -> None:
    text = "Man shot, killed in parking lot | Metro. Police said a 40-year-old man was shot twice near a store."
    assert [(c.kind, c.low) for c in find_counts(nlp(text))] == [("killed", 1)]


def test_a_lone_person_shot_with_no_death_told_stays_injured(nlp) -> None:
    text = "Police said a 40-year-old man was shot twice near a store. He is in stable condition."
    counts = find_counts(nlp(text))
    assert [(c.kind, c.low, c.method) for c in counts] == [("injured", 1, SHOT_METHOD)]


def test_shot_and_wounded_reads_the_second_verb_as_the_fate(nlp) -> None:
    counts = find_counts(nlp("Officers said three men were shot and wounded outside a bar on Saturday."))
    assert [(c.kind, c.low) for c in counts] == [("injured", 3)]


def test_several_people_shot_fate_untold_are_injured_until_a_death_is_told(nlp) -> None:
    (c,) = find_counts(nlp("Police said four people were shot near the park on Friday night."))
    assert (c.kind, c.low, c.method) == ("injured", 4, SHOT_METHOD)
    # the shot who did not die are the injured (GVDB codes every victim shot as killed or injured)
    later = find_counts(nlp("Police said four people were shot near the park. One of them died in hospital."))
    assert sorted((c.kind, c.low) for c in later) == [("injured", 3), ("killed", 1)]


def test_shot_at_and_ages_are_not_victims(nlp) -> None:
    assert find_counts(nlp("Two officers were shot at during the chase, but no one was hit.")) == []
    counts = find_counts(nlp("A woman in her 20's was shot in the foot on Main Street."))
    assert [(c.kind, c.low) for c in counts] == [("injured", 1)]


def test_deaths_of_an_earlier_event_are_not_this_events_toll(nlp) -> None:
    from crosstally.extract._event_tolls import _fatalities

    text = ("Residents marched in the town centre on Friday near the market hit by the bomb blast which killed "
            "three traders a week earlier. Two marchers were killed when police opened fire.")
    counts = find_counts(nlp(text))
    assert sorted(c.low for c in counts if c.kind == "killed") == [2, 3]
    assert _fatalities(counts, "Violence against civilians", text).low == 2
    text2 = "Gunmen killed five herders on Monday, two days after raiders killed eight people in a nearby village."
    counts2 = find_counts(nlp(text2))
    assert _fatalities(counts2, "Violence against civilians", text2).low == 5
