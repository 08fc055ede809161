"""Tolls, round 32b: how reports state a toll, found on GVDB dev and the Kenya train side.

Why: each class below was a wrong killed / fatalities figure there: deaths an article tells with a cause that is no
violence ("three more residents died of the cold", a heart attack, clearing snow) counted as the shooting's
victims; a lone victim told again by name with a companion ("Mr X, the manager, died together with his driver")
whose larger telling was dropped as a retelling; and a victim told as "one of the" group, killed "along with
another man" (the companion was not read). The sentences are our own (invented incidents, real places).
"""

from __future__ import annotations

from toll_notes import article_event_tolls, note_low


def test_deaths_with_a_cause_that_is_no_violence_are_no_victims() -> None:
    """'A man was found shot dead ... two other residents died of the cold': one victim."""
    text = ("A man was found shot dead in a parked car in Duluth, Minnesota, on Tuesday night, police said. Officers "
            "are still looking for the shooter. The city was hit by a deep freeze the same night, and at least two "
            "other residents died of the cold while walking home.")
    assert article_event_tolls(text)[0] == 1
    text = ("A woman was shot and killed outside a grocery store in Erie, Pennsylvania, on Sunday. Police said "
            "three other people died during the storm, all while clearing snow from their driveways.")
    assert article_event_tolls(text)[0] == 1


def test_a_death_with_violence_and_a_heart_attack_stays_a_victim() -> None:
    """'died of a heart attack after being beaten': the beating is in the clause, so the death stays."""
    assert note_low("On 2 May 2019, police in Kisii (Kisii) broke up a march by traders; one trader died of a heart "
                    "attack after being beaten by officers.") == 1


def test_a_lone_victim_retold_with_a_companion_counts_both() -> None:
    """'An estate supervisor was killed ... Mr X, the supervisor of the estate, died with his cook': two deaths."""
    assert note_low("A tea estate supervisor was killed by attackers near Kericho on Friday. Mr. Peter Langat, the "
                    "supervisor of the estate, died instantly together with his cook when attackers sprayed his "
                    "pickup with bullets.") == 2
    assert note_low("A hotel owner was killed by robbers in Naivasha on Friday. Mr. Peter Langat, who owned a lodge "
                    "in the town, died instantly together with his cook when robbers fired into his pickup.") == 2


def test_one_of_a_group_killed_along_with_another_man() -> None:
    """'One of the elders, Name, was murdered by bandits along with a herdsman': two deaths."""
    assert note_low("One of the church elders Wekesa was murdered by bandits along with a herdsman near "
                    "Marsabit.") == 2
    assert note_low("One of the traders was killed by robbers in Thika on Monday night.") == 1
