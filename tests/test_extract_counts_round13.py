"""Tolls, round 13 (issue 3): the dead told as a group and one more person joined to it.

Why: each case was a short toll on the spent probe world_notes51. "killing herself and 4 traders" counts the bomber
and the four; "3 constables and the attacker dead" and "two soldiers and their driver were killed" count the one
person joined by "the" or a possessive (an article, "and a civilian", is a figure of its own the chain already
reads). ACLED counts every death, the attacker's included. Our own sentences about invented incidents.
"""

from __future__ import annotations

import pytest
from toll_notes import note_low, sentence_toll


@pytest.mark.parametrize(("text", "want"), [
    ("A woman set off explosives at the bus stand in Gwoza, killing herself and 6 passengers.", 7),
    ("The attacker blew himself up at the gate, killing himself and two guards.", 3),
    # a plain pronoun is one more already (the rule before this round)
    ("Gunmen stormed the house, killing him and his two brothers.", 3),
])
def test_a_reflexive_joined_to_a_figure(nlp, text: str, want: int) -> None:
    assert sentence_toll(nlp, text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("On 4 March 2024, a bomber struck a checkpoint outside Lakki; 2 policemen and the attacker dead.", 3),
    ("On 4 March 2024, two soldiers and their driver were killed when their truck was ambushed near Mora.", 3),
    ("On 4 March 2024, three traders and the gunman died in the market in Gao.", 4),
    # an article after "and" is read by the chain, once
    ("On 4 March 2024, two policemen and a civilian were killed in Mandera.", 3),
])
def test_one_more_person_joined_to_a_group_of_the_dead(text: str, want: int) -> None:
    assert note_low(text) == want


def test_a_group_of_things_adds_no_person(nlp) -> None:
    # "the family dog" names no person: nothing is added
    assert sentence_toll(nlp, "Two children and the family dog were killed in the fire.") != 3


@pytest.mark.parametrize(("text", "want"), [
    ("The district health office put the dead at 9 villagers.", 9),
    ("Medics later put the deaths at 4.", 4),
])
def test_the_dead_put_at_a_figure_is_the_toll(nlp, text: str, want: int) -> None:
    assert sentence_toll(nlp, text) == want


def test_the_dead_brought_at_an_hour_is_no_toll(nlp) -> None:
    assert sentence_toll(nlp, "They brought the dead to the hospital at 5 pm.") == 0
