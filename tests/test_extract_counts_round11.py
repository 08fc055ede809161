"""Tolls, round 11 (issue 3, killed and injured in US gun-violence news): classes found on GVDB dev and on tune
notes of our own written for the known leftovers (the shooter's own death beside his victims', a toll updated
later in the story, a toll told only in a quote, the wounded told by their state).

Why: each class below was a wrong killed or injured figure. GVDB's annotators list every victim once, killed or
injured, and list a shooter who killed himself among the killed. The sentences are our own (invented incidents and
people, real places).
"""

from __future__ import annotations

from typing import Any

import pytest
from toll_notes import note_low, sentence_toll

# An article is longer than a note (700 characters): the article rules apply only then.
_TAIL = ("\n\nNeighbors said the block is usually quiet after dark and that children ride bikes there on summer "
         "evenings. Detectives asked residents with doorbell cameras to share any footage, and said more details "
         "would come once relatives had been told. The city added patrols to several districts this spring, a "
         "spokesperson said, and a community meeting is planned for next week at a nearby library branch. The "
         "neighborhood association said it would hold a cookout in the park on Saturday, as it does every year, and "
         "that volunteers would hand out porch lights and smoke alarms. Bus service on the avenue ran as usual, the "
         "transit agency said, and the corner store reopened the next morning.")


def _killed(nlp: Any, text: str) -> int:
    return sentence_toll(nlp, text + _TAIL, "killed")


def _injured(nlp: Any, text: str) -> int:
    return sentence_toll(nlp, text + _TAIL, "injured")


def test_one_of_the_wounded_men_who_died_leaves_the_wounded(nlp: Any) -> None:
    """'Three men were wounded ... one of the men had died': the part names the hurt figure's people, so the dead
    man is no longer among the hurt (GVDB codes him killed, not injured)."""
    text = ("Police first said that three men were wounded in a shooting outside a bar in Toledo on Monday. On "
            "Tuesday, the coroner said one of the men, Derrick Shaw, 27, had died.")
    assert _killed(nlp, text) == 1
    assert _injured(nlp, text) == 2


def test_one_of_other_people_is_no_part_of_the_hurt(nlp: Any) -> None:
    """'one of the officers' after 'three men were wounded' names other people: the hurt keep their figure."""
    text = ("Three men were wounded in a shooting outside a bar in Toledo on Monday. One of the officers who "
            "answered the call said the street had been closed.")
    assert _injured(nlp, text) == 3


def test_the_shooters_own_death_beside_a_victim_told_by_another_voice(nlp: Any) -> None:
    """The shooter dead by his own hand 'according to police', the doctor dead 'according to a statement from the
    clinic': two people, not two voices telling one toll."""
    text = ("Doctor shot at Springfield clinic\n\nSPRINGFIELD, Mo. — A doctor was shot twice at a clinic on Glenstone "
            "Avenue on Tuesday morning, police said. The suspect was later found dead of a self-inflicted gunshot "
            "wound in an exam room, according to police. UPDATE 9 p.m.: The doctor has died of her injuries, according "
            "to a statement from the clinic." + _TAIL)
    assert note_low(text) == 2


def test_a_rival_figure_that_may_hold_the_shooter_stays_a_rival(nlp: Any) -> None:
    """'Two people are dead, including the gunman' already holds him: his own death told again adds nothing."""
    text = ("Two dead at Provo office\n\nPROVO, Utah — Two people are dead, including the gunman, after a shooting "
            "inside an insurance office on Monday morning, police said. The receptionist, Carol Emmet, 51, died "
            "at the scene. Officers found the gunman in a stairwell, dead of a self-inflicted gunshot wound." + _TAIL)
    assert note_low(text) == 2


def test_the_one_shot_is_not_the_shooter_who_killed_himself(nlp: Any) -> None:
    """'A deputy was shot ... found Benning dead of a self-inflicted gunshot wound': the lone death is the
    shooter's own, so the deputy shot is hurt, not the one who died."""
    text = ("A Marion County deputy was shot in the arm on Monday while serving an eviction notice at a mobile home "
            "north of Ocala, the sheriff's office said. After a four-hour standoff, deputies entered and found "
            "Benning dead of a self-inflicted gunshot wound.")
    assert _killed(nlp, text) == 1
    assert _injured(nlp, text) == 1


def test_the_one_shot_who_died_stays_the_one_who_died(nlp: Any) -> None:
    """The lone person shot and a death of another's hand: the one shot is the one who died."""
    text = "A man was shot on Hill Street in Ocala on Monday. He died at a hospital, the sheriff's office said."
    assert _killed(nlp, text) == 1
    assert _injured(nlp, text) == 0


@pytest.mark.parametrize(("text", "killed"), [
    # the grammar read 'shooting her dead' as a killing of her: 'dead of a self-inflicted wound' is his death
    ("A woman was killed at an apartment on Jackson Street in Muncie on Monday night, police said. Officers later "
     "found the man suspected of shooting her dead of a self-inflicted wound in a car behind the building.", 2),
    ("A woman was shot and killed at a house in Muncie on Monday. Deputies found the shooter, Harold Benning, 59, "
     "dead of a self-inflicted gunshot wound in a shed.", 2),
    # no death told: a hedge
    ("A woman was shot and killed at a house in Muncie on Monday. Investigators are trying to learn whether the man "
     "could have died of a self-inflicted wound years ago.", 1),
])
def test_dead_of_a_self_inflicted_wound_is_the_shooters_death(nlp: Any, text: str, killed: int) -> None:
    assert _killed(nlp, text) == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ('"We lost one young man tonight, and two more are in surgery right now," Chief Dan Kerr said in Mobile.', 1, 2),
    ('"We lost one young man tonight, and two others are fighting for their lives," the chief said in Mobile.', 1, 2),
    ("One teenager was killed and three of his friends are in critical condition after gunfire at a Mobile park.",
     1, 3),
])
def test_a_figure_with_a_verb_of_its_own_starts_another_clause(nlp: Any, text: str, killed: int, injured: int
                                                               ) -> None:
    """'lost one young man, and two more are in surgery': the two are the subject of 'are', not more people lost;
    their state (in surgery, fighting for their lives, in critical condition) says they are hurt."""
    assert _killed(nlp, text) == killed
    assert _injured(nlp, text) == injured


@pytest.mark.parametrize(("text", "n"), [
    ("Gunmen killed one man, and two women who lived nearby, in an attack on a farm near Eldoret.", 3),
    ("Attackers killed a chief, his son, and two herders near Mandera on Monday.", 4),
])
def test_a_list_after_the_verb_still_adds_up(nlp: Any, text: str, n: int) -> None:
    """A relative clause ('who lived nearby') or a plain list is no clause of its own: the list is one toll."""
    assert sentence_toll(nlp, text) == n


@pytest.mark.parametrize(("text", "injured"), [
    # a car the shooter fled in: its subject is the vehicle, or the people were hit "by" it
    ("A man was shot in the leg outside a store in Flint on Monday. As the gunman drove off, his car struck a "
     "woman crossing the street, police said.", 1),
    ("A man was shot in the leg outside a store in Flint on Monday, police said. Two people were hit by the "
     "shooter's car as he fled.", 1),
    # hurt in the flight from the shots, not by them
    ("Two men were shot outside a store in Flint on Monday, and four other people were hurt in the rush to get "
     "away, police said.", 2),
    ("Someone fired at a car outside a store in Flint on Monday. A man in the car was grazed, and a woman was "
     "treated for cuts from broken glass, police said.", 1),
    # the attack from a car is the attack: people shot from a passing car stay hurt
    ("Two men were shot by someone in a passing car outside a store in Flint on Monday, police said.", 2),
])
def test_people_hurt_by_a_car_or_in_the_rush_are_no_victims(nlp: Any, text: str, injured: int) -> None:
    """GVDB lists the victims of the shooting: a car that hit people as the gunman fled, a crowd's rush or broken
    glass hurt them otherwise (a figure so hurt rules no lone person shot out either)."""
    assert _injured(nlp, text) == injured
