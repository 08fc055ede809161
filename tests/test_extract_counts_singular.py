"""One victim stated without a figure ("a man died", "she was shot"), and figures that count shots, not people."""

from __future__ import annotations

import pytest

from crosstally.extract._counts import SHOT_METHOD, find_counts


def _kinds(nlp, text: str) -> list[tuple[str, int]]:
    return sorted((c.kind, c.low) for c in find_counts(nlp(text)))


@pytest.mark.parametrize("text", [
    "A 31-year-old man died on Tuesday after a shooting outside a bar.",
    "The 19-year-old was pronounced dead at the scene.",
    "A man who was found dead behind a warehouse had been shot several times.",
    "Prosecutors charged him in the shooting death of 40-year-old Mary Jones.",
    "He was fatally shot outside his home late on Saturday.",
    "A woman was shot in the leg. She died later at the hospital.",
])
def test_one_person_killed_without_a_figure(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("killed", 1)]


def test_fate_words_are_in_the_evidence(nlp) -> None:
    text = "The 19-year-old was pronounced dead at the scene."
    (c,) = find_counts(nlp(text))
    assert c.phrase.endswith("pronounced dead")
    assert text[c.evidence[0].start:c.evidence[0].end] == c.phrase


@pytest.mark.parametrize("text", [
    "Police said a teenager was shot in the arm on Friday night.",
    "A waitress was wounded outside the restaurant.",
    "She was injured when a bullet came through the wall.",
])
def test_one_person_injured_without_a_figure(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("injured", 1)]


def test_shot_without_a_fate_is_marked_and_yields_to_a_death(nlp) -> None:
    shot = find_counts(nlp("Police said a teenager was shot in the arm."))
    assert [c.method for c in shot] == [SHOT_METHOD]
    # the one shot is the one who died: no separate injured victim
    assert _kinds(nlp, "A teenager was shot near the park. He died at the hospital.") == [("killed", 1)]


def test_a_stated_figure_beats_a_lone_victim(nlp) -> None:
    text = "Two men were shot dead on Main Street. The driver died at the scene, police said."
    assert _kinds(nlp, text) == [("killed", 2)]


def test_shots_are_not_people(nlp) -> None:
    assert _kinds(nlp, "The gunman shot the driver eight times, killing him.") == [("killed", 1)]


@pytest.mark.parametrize("text", [
    "The protest died down after an hour.",
    "The minister said the plan was dead.",
    "Officers fired a shot into the air.",
])
def test_no_victim_without_a_person(nlp, text: str) -> None:
    assert _kinds(nlp, text) == []
