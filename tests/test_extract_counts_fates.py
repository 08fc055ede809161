"""Counts that must not be made (a near miss, a grievance, children of a parent, body cameras), victims the
grammar must find (shared objects, reduced relatives), and one person told twice counted once."""

from __future__ import annotations

import pytest

from crosstally.extract._counts import find_counts


def _kinds(nlp, text: str) -> list[tuple[str, int]]:
    return sorted((c.kind, c.low) for c in find_counts(nlp(text)))


@pytest.mark.parametrize("text", [
    "A crowd nearly killed a suspected cattle thief in the market on Sunday.",
    "The deputy was not injured in the exchange of fire.",
    "No one was hurt when the gunman fired at the patrol car.",
    "Gunmen tried to kill a local chief outside his office.",
    "He was charged with the attempted murder of two officers.",
    "Two guards were almost killed when the truck overturned.",
])
def test_a_fate_that_did_not_happen_is_no_count(nlp, text: str) -> None:
    assert [k for k in _kinds(nlp, text) if k[0] in ("killed", "injured")] == []


def test_several_days_is_time_not_people(nlp) -> None:
    text = "A crowd set fire to the house, killing his two sons. Several days later the owner died in hospital."
    assert _kinds(nlp, text) == [("killed", 2)]


def test_a_person_noun_yields_to_the_fate_verb(nlp) -> None:
    text = "Two refugees were killed and a dozen were injured when police fired into the camp."
    assert _kinds(nlp, text) == [("injured", 12), ("killed", 2)]
    assert _kinds(nlp, "About 5,000 refugees arrived at the border crossing.") == [("displaced", 5000)]


@pytest.mark.parametrize(("text", "want"), [
    ("Officials said the explosion killed 2 guards and 2 traders near the gate.", [("killed", 4)]),
    ("The raiders shot dead two herders and a boy near the river.", [("killed", 3)]),
    ("The raiders killed 3 herders and stole 40 goats.", [("killed", 3)]),
])
def test_victims_joined_by_and_are_one_toll(nlp, text: str, want) -> None:
    assert _kinds(nlp, text) == want


def test_chained_toll_evidence_holds_both_figures(nlp) -> None:
    text = "Officials said the explosion killed 2 guards and 2 traders near the gate."
    (c,) = find_counts(nlp(text))
    assert text[c.evidence[0].start:c.evidence[0].end] == "killed 2 guards and 2 traders"


def test_part_of_the_dead_is_not_a_second_toll(nlp) -> None:
    text = "Three brothers were burned to death in their house. An elder said two of the bodies could not be named."
    assert _kinds(nlp, text) == [("killed", 3)]


@pytest.mark.parametrize("text", [
    "The inquest into the murder of a 19-year-old student opened on Monday.",
    "According to the coroner, 36-year-old Ann Miles was found shot and killed in the kitchen.",
    "Police said the man found dead near the rail yard was 40.",
    "Masked men broke into the house of a retired teacher, killing and robbing him.",
    "A grand jury cleared two officers who fatally shot a man after a car chase.",
])
def test_one_victim_stated_without_a_figure(nlp, text: str) -> None:
    assert [k for k in _kinds(nlp, text) if k[0] == "killed"] == [("killed", 1)]


def test_note_shorthand_and_fates(nlp) -> None:
    text = "Militia attack on the village - 6 killed/ 3 injured/ 50 houses burned."
    assert _kinds(nlp, text) == [("injured", 3), ("killed", 6)]
    assert _kinds(nlp, "1 stoned to death by a crowd near the bus stop.") == [("killed", 1)]
    assert _kinds(nlp, "(14 UNCONFIRMED DEATHS reported in the district)") == [("killed", 14)]


@pytest.mark.parametrize("text", [
    "Residents protested the killing of a shopkeeper by unknown gunmen.",
    "Traders blocked the road, demanding an inquiry into the death of two hawkers.",
])
def test_a_protest_grievance_is_not_its_toll(nlp, text: str) -> None:
    assert [k for k in _kinds(nlp, text) if k[0] == "killed"] == []


def test_an_investigated_death_still_counts(nlp) -> None:
    assert _kinds(nlp, "Police are investigating the death of a woman found in a parked car.") == [("killed", 1)]


@pytest.mark.parametrize("text", [
    "The department received 300 body cameras last year.",
    "A mother of three was shot in the arm outside a shop.",
])
def test_figures_that_count_things_or_children(nlp, text: str) -> None:
    assert [k for k in _kinds(nlp, text) if k[0] == "killed" or k[1] > 1] == []


def test_one_person_told_twice_is_one_death(nlp) -> None:
    text = "A shooting death was reported on Elm Street on Friday. Police later found a man's body in the alley."
    assert _kinds(nlp, text) == [("killed", 1)]


def test_two_different_people_stay_two(nlp) -> None:
    text = "1 soldier was killed in the clash. A rebel fighter was killed on the other side."
    assert _kinds(nlp, text) == [("killed", 1), ("killed", 1)]
    also = "A man was killed on Elm Street. A woman was also killed nearby."
    assert _kinds(nlp, also) == [("killed", 1), ("killed", 1)]


@pytest.mark.parametrize("text", [
    "Officers arrested the shooting suspect at a motel on Friday.",
    "Officials say shooting suspect Dan Reyes surrendered late on Thursday.",
    "Had he stayed inside he wouldn’t have been hurt, his aunt said.",
])
def test_a_noun_compound_or_an_imagined_injury_is_no_victim(nlp, text: str) -> None:
    assert [k for k in _kinds(nlp, text) if k[0] in ("killed", "injured")] == []


def test_a_range_is_not_chained_into_a_sum(nlp) -> None:
    text = "Insurgents wounded 1-2 guards and 3 drivers at the checkpoint."
    counts = [c for c in find_counts(nlp(text)) if c.kind == "injured"]
    assert all(str(c.low) in text[c.evidence[0].start:c.evidence[0].end] for c in counts)


@pytest.mark.parametrize("text", [
    "Detectives said the gunfire left a teenager in critical condition.",
    "A teenager is recovering after being shot near the bridge on Sunday.",
    "The clerk was taken to a hospital and is in stable condition.",
    "Police say one person was shot outside the store.",
])
def test_one_person_hurt_and_alive(nlp, text: str) -> None:
    assert _kinds(nlp, text) == [("injured", 1)]


def test_a_condition_yields_to_that_persons_death(nlp) -> None:
    text = "A woman was left in critical condition after the shooting. She died on Sunday."
    assert _kinds(nlp, text) == [("killed", 1)]


@pytest.mark.parametrize("text", [
    "Officers recovered a handgun at the scene.",
    "The economy is in poor condition, the minister said.",
])
def test_condition_and_recover_need_a_person(nlp, text: str) -> None:
    assert _kinds(nlp, text) == []
