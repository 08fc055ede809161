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


@pytest.mark.parametrize(("text", "want"), [
    ("Police gunned down 2 suspected gang members in Nairobi.", [("killed", 2)]),
    ("Student shot dead and seven police officers injured in clashes with rioters.", [("injured", 7), ("killed", 1)]),
    ("Gunmen shot dead a shopkeeper in the market.", [("killed", 1)]),
    ("4 shot dead by raiders near the river.", [("killed", 4)]),
    ("John Smith, 24, died at the hospital.", [("killed", 1)]),
    ("In Garissa, 4, including a child, were killed.", [("killed", 4)]),
    ("A man carrying two handguns was shot and killed by officers.", [("killed", 1)]),
])
def test_headline_and_note_forms(nlp, text: str, want: list[tuple[str, int]]) -> None:
    assert _kinds(nlp, text) == want


def test_gunmen_are_not_the_victim(nlp) -> None:
    (c,) = find_counts(nlp("Gunmen shot dead a shopkeeper in the market."))
    assert c.group == "shopkeeper"


def test_one_victim_told_three_times_is_one_count(nlp) -> None:
    text = ("A 41-year-old driver was shot dead late on Friday. Officers said Pat Doyle was found dead in a van. "
            "Doyle was pronounced dead at the scene.")
    counts = find_counts(nlp(text))
    assert [(c.kind, c.low) for c in counts] == [("killed", 1)]
    assert [text[e.start:e.end] for e in counts[0].evidence] == ["A 41-year-old driver was shot dead"]


def test_another_victim_stays_apart(nlp) -> None:
    counts = find_counts(nlp("A man was killed on Main Street on Friday. Another man died in the same shooting."))
    assert [(c.kind, c.low, c.group) for c in counts] == [("killed", 1, "man"), ("killed", 1, "Another man")]


def test_suffered_wounds_is_one_injured_until_a_death(nlp) -> None:
    counts = find_counts(nlp("Deputy Ann Cole suffered two gunshot wounds, one of them in the leg."))
    assert [(c.kind, c.low) for c in counts] == [("injured", 1)]
    assert counts[0].phrase == "Deputy Ann Cole suffered two gunshot wounds"
    died = "He suffered a gunshot wound to the chest and was pronounced dead at the hospital."
    assert _kinds(nlp, died) == [("killed", 1)]


@pytest.mark.parametrize(("text", "want"), [
    ("Four undercover officers gun down a robbery suspect outside a bank.", [("killed", 1)]),
    ("Two gunmen killed five villagers near the well.", [("killed", 5)]),
    ("Two soldiers killed in an ambush near the border.", [("killed", 2)]),
])
def test_a_figure_before_an_active_verb_counts_the_attackers(nlp, text: str, want) -> None:
    assert _kinds(nlp, text) == want


def test_title_case_headline_words_are_not_victims(nlp) -> None:
    assert _kinds(nlp, "Gunfire Outside Nightclub Shooting Downtown Venue") == []
    assert _kinds(nlp, "Man Shot To Death In Dolton") == [("killed", 1)]


@pytest.mark.parametrize(("text", "want"), [
    ("Gunmen killed 1 civilian, a member of the district council, and his 2 bodyguards in Kunduz.", [("killed", 3)]),
    ("Militants killed 4 soldiers, and 2 others were wounded.", [("injured", 2), ("killed", 4)]),
    ("Police killed 3 suspects, seized 2 rifles and arrested 5 people.", [("detained", 5), ("killed", 3)]),
])
def test_an_appositive_names_the_first_victim_again(nlp, text: str, want) -> None:
    assert _kinds(nlp, text) == want


def test_appositive_chain_evidence_covers_both_figures(nlp) -> None:
    text = "Gunmen killed 1 civilian, a member of the district council, and his 2 bodyguards in Kunduz."
    (c,) = find_counts(nlp(text))
    assert text[c.evidence[0].start:c.evidence[0].end].endswith("his 2 bodyguards")
