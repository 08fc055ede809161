"""Tolls, round 12c (issue 3, deaths in recent Kenya-style notes): a counted group that did not survive, people who
'fell' in a fight, a fight that 'claimed' people, plural deaths told with no figure, and the dead found with the
marks of a killing but no weapon word.

Why: each class below got no toll (or no event) on notes of our own (invented incidents and people, real places).
ACLED's rules: every death of the event on every side; 'several', 'many' or plural deaths with no figure are coded
10 (data/quantifiers.yaml); found bodies of people killed by unknown hands are violence against civilians.
"""

from __future__ import annotations

import pytest
from toll_notes import note_low


@pytest.mark.parametrize(("text", "killed"), [
    ("On 7 March 2022, bandits raided a police post at Chemolingot, Baringo. Officers said two of the raiders were "
     "hit as they ran off and did not survive.", 2),
    ("On 7 March 2022, robbers attacked a shop in Eldama Ravine, Baringo. Three guards were wounded but did not "
     "survive.", 3),
    ("On 7 March 2022, gunmen ambushed a lorry near Laisamis, Marsabit, and shot three traders; none of the three "
     "lived.", 3),
])
def test_a_counted_group_that_did_not_survive(text: str, killed: int) -> None:
    """'two of the raiders ... did not survive', 'none of the three lived': a failed survival of counted people,
    the subject found through the verb it is joined to."""
    assert note_low(text) == killed


def test_a_fear_for_a_group_is_no_death() -> None:
    text = ("On 7 March 2022, gunmen shot three traders near Laisamis, Marsabit. Doctors said two of them may not "
            "survive.")
    assert note_low(text) == 0


@pytest.mark.parametrize(("text", "killed"), [
    ("On 12 August 2021, Pokot and Turkana herders exchanged fire near Lokichar, Turkana; six herders fell.", 6),
    ("On 12 August 2021, Samburu raiders overran a camp near Baragoi, Samburu. Elders said five of their men fell "
     "in the fighting.", 5),
])
def test_people_who_fell_in_a_fight(text: str, killed: int) -> None:
    """'six herders fell': 'fall' of counted people with no place or state after it is a death."""
    assert note_low(text) == killed


@pytest.mark.parametrize("text", [
    "On 12 August 2021, bandits chased herders near Baragoi, Samburu; two herders fell into a ravine and were hurt.",
    "On 12 August 2021, bandits raided a camp near Baragoi, Samburu, and four herders fell ill after the attack.",
])
def test_a_fall_with_a_place_or_state_is_no_death(text: str) -> None:
    assert note_low(text) == 0


def test_a_fight_that_claimed_people() -> None:
    """'it claimed a girl and three herders': 'claim' with a thing as subject counts the people it names."""
    text = ("On 2 May 2020, a dispute over a grazing field turned into a gunfight between Turkana and Pokot herders "
            "near Kainuk, Turkana. It claimed a girl and three herders.")
    assert note_low(text) == 4


def test_a_persons_claim_is_no_death() -> None:
    text = "On 2 May 2020, police in Kainuk, Turkana, claimed two herders had stolen cattle and arrested them."
    assert note_low(text) == 0


@pytest.mark.parametrize(("text", "killed"), [
    ("On 19 May 2020, Garre and Murule militias fought near Rhamu, Mandera, with deaths on both sides; no figure "
     "was given.", 10),
    ("On 19 May 2020, Garre and Murule militias fought near Rhamu, Mandera; fatalities were reported.", 10),
    ("On 19 May 2020, Garre and Murule militias fought near Rhamu, Mandera; two men were killed and deaths were "
     "reported on both sides.", 2),
    ("On 19 May 2020, Garre and Murule militias fought near Rhamu, Mandera; there were no deaths.", 0),
])
def test_plural_deaths_with_no_figure(text: str, killed: int) -> None:
    """ACLED codes plural deaths with no figure as 10, and only when no figure of the dead is told."""
    assert note_low(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("On 4 May 2018, two bodies with their hands tied were pulled from the Nzoia River near Mumias, Kakamega.", 2),
    ("On 4 May 2018, herders found the body of a trader dumped in a thicket outside Isiolo town, Isiolo.", 1),
])
def test_the_dead_found_with_marks_of_a_killing(text: str, killed: int) -> None:
    """Bound or dumped dead, no weapon word: a killing the relevance model alone rejected."""
    assert note_low(text) == killed


def test_the_drowned_are_no_killing() -> None:
    text = ("On 4 May 2018, the bodies of two boys who drowned while swimming were retrieved from the Nzoia River "
            "near Mumias, Kakamega.")
    assert note_low(text) == 0
