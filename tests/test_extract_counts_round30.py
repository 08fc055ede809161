"""Tolls, round 30: how short conflict notes (ACLED) state a toll, found on the Kenya train side and the spent
world_notes57.

Why: each class below was a wrong fatalities figure there: the earlier killing a lynched man is accused of, told as a
belief, a claim or a confession ("a man they believe killed a child", "for allegedly killing", "after he admitted
to killing"); people a crowd set alight or burned; a headline's bare object ("kills civilian", "stones thief to
death"); bombers who died with their victims ("killing themselves and four traders"); and a confirmed count given
after a party's claim by a source named with its place. The period words of a running total and of a period tally
are now one list (the running-total test of round 29b still holds). The sentences are our own (invented incidents,
real places).
"""

from __future__ import annotations

import pytest
from toll_notes import note_low


@pytest.mark.parametrize("text", [
    "On 3 May 2019, residents of Timau lynched a man they believed killed a boda boda rider.",
    "On 3 May 2019, a mob in Runyenjes lynched a man for allegedly killing a shopkeeper.",
    "On 3 May 2019, villagers in Webuye lynched a herder after he confessed to killing a trader.",
    "On 3 May 2019, a mob in Othaya lynched a suspect on allegations of killing a teacher.",
    "A man was lynched by residents of Kangundo for allegedly shooting and killing a trader.",
])
def test_the_killing_a_lynched_man_is_accused_of_is_another_event(text: str) -> None:
    """The crime a crowd punishes, told as a belief, a claim or a confession: one death, the lynched man's."""
    assert note_low(text) == 1


def test_people_a_crowd_set_alight_or_burned_are_dead() -> None:
    """Mob justice that burns its victims: each one burned is a death (not a car set alight, nor a victim the note
    says was rescued, nor burning by unnamed assailants)."""
    assert note_low("On 3 May 2019, residents of Juja set a suspected thief alight.") == 1
    assert note_low("On 3 May 2019, three suspected burglars were set on fire in Kithimani by a vigilante group.") == 3
    assert note_low("On 3 May 2019, a mob attacked and set alight two suspected cattle thieves in Maua.") == 2
    assert note_low("On 8 May 2023, residents of a Carrefour neighbourhood seized two men they accused of theft, "
                    "beat them and burned them in the street.") == 2
    assert note_low("On 3 May 2019, residents of Ahero set a police car alight after a rider was arrested.") == 0
    assert note_low("On 3 May 2019, villagers at Kipini stormed a ranch and set a guard post ablaze in a row over "
                    "grazing land.") == 0
    assert note_low("On 3 May 2019, a crowd in Karatina cornered a suspected pickpocket and set him on fire before "
                    "officers rescued him.") == 0


def test_a_headlines_bare_object_is_one_death() -> None:
    """'kills civilian', 'stones suspected thief to death': no article before the person, one death all the same
    (a beating without the fate told is none)."""
    assert note_low("Unknown gang raids shop and kills civilian") == 1
    assert note_low("Crowd stones suspected thief to death in Bungoma") == 1
    assert note_low("Police arrest man who threatened to kill civilian") == 0


def test_bombers_killing_themselves_and_others_count_among_the_dead() -> None:
    """'two women ... killing themselves and four traders': ACLED counts the bombers (6); a subject with no figure
    adds none."""
    assert note_low("On 12 March 2021, two women detonated explosive belts at a market in Bol (Lac), killing "
                    "themselves and four traders.") == 6
    assert note_low("On 2 June 2022, the bombers blew themselves up at a checkpoint in Mora, killing themselves and "
                    "three soldiers.") == 3


def test_a_confirmed_count_after_a_partys_claim_is_the_low() -> None:
    """'X claimed 30 soldiers killed; a health worker in Finote Selam confirmed nine bodies': a rival telling of
    the same toll by a source named with its place: ACLED's lowest."""
    assert note_low("On 8 March 2024, Fano militiamen ambushed an army column near Finote Selam (West Gojjam, "
                    "Amhara). Fano claimed 30 soldiers killed; a health worker in Finote Selam confirmed nine "
                    "bodies.") == 9


def test_a_running_total_told_with_the_period_words_of_a_tally() -> None:
    """'have been killed since mid-2020', 'have died in the past few weeks': the perfect over a period, no toll of
    the day's meeting (the period words are those of the period tallies)."""
    assert note_low("On 4 April 2022, Pokot and Turkana elders met at Kapedo to settle a dispute over pasture, in "
                    "which at least nine people have been killed since mid-2020.") == 0
