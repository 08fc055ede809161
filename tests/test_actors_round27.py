"""Issue 3, actors round 18 (session 27): whose ground the fire came from, whose dead a group mourns, whose troops.

- "rocket fire launched from government-held hills": the state's forces, which hold the ground the fire came from,
  are the attacker.
- "officials attributed the strike to a Turkish drone": the nationality of the weapon the act is laid at, even when
  the officials who said so stand first in the sentence.
- "Al-Quds Brigades (PIJ) mourned two of them as members": the group the dead belonged to is the side acted on, not
  a suspect.
- Excessive force whose force the parse did not tie to the killing ("Israeli troops posted along the fence fired
  ... 2 demonstrators killed"): the troops named, not the country's police.
- Israel's forces from 2009 to June 2021 are ACLED's "Military Forces of Israel (2009-2021)".
- "police held 7 union organisers ...; no charges announced": a note whose root clause denies a sequel keeps the
  sides of the clause it governs; "officials named Murle youth as responsible": one youth is a community's group.
Our own sentences about invented incidents.
"""

from __future__ import annotations

from datetime import date

from test_actors_round16 import _sides


def test_fire_from_government_held_ground_is_the_government_forces() -> None:
    sides = _sides("On 3 September 2023, Kansafra (Idleb) was hit by artillery fire launched from government-held "
                   "ridges to the south. Two shepherds were killed.", date(2023, 9, 6))
    assert sides["actor1"] == "Military Forces of Syria (2000-2024)"


def test_a_strike_attributed_to_a_nationalitys_drone() -> None:
    sides = _sides("On 9 May 2023, a pickup on a mountain road near Qandil (Erbil governorate) was struck from the air. "
                   "Local officials attributed the attack to a Turkish drone; 3 men in the pickup were killed.",
                   date(2023, 5, 12))
    assert sides["actor1"].startswith("Military Forces of Turkey")


def test_a_group_mourning_the_dead_as_members_is_acted_on() -> None:
    sides = _sides("On 12 August 2024, an Israeli drone fired a missile at men gathered outside Jenin camp. Two died; "
                   "the Al-Quds Brigades (PIJ) mourned both as members.", date(2024, 8, 15))
    assert sides["actor1"] == "Military Forces of Israel (2022-)"
    assert sides["actor2"] == "PIJ: Palestinian Islamic Jihad"


def test_excessive_force_by_troops_told_apart_from_the_toll() -> None:
    sides = _sides("On 14 May 2018, tens of thousands joined a march near the fence east of Rafah; Israeli troops "
                   "stationed behind the fence fired live rounds. Medics reported 12 demonstrators killed.",
                   date(2018, 5, 17))
    assert sides["actor1"] == "Military Forces of Israel (2009-2021)"
    assert sides["actor2"] == "Protesters (Palestine)"


def test_a_note_whose_last_clause_tells_what_was_not_said_keeps_its_actors() -> None:
    # no trigger word: the classifier's event, its sides read from the clause the root governs ("no charges
    # announced" is the root; the police held the people)
    sides = _sides("On 2 May 2023, police held 7 union organisers at a hotel in Sarh; no charges announced.",
                   date(2023, 5, 5))
    assert sides["actor1"].startswith("Police Forces of Chad")


def test_a_community_youth_named_as_responsible() -> None:
    sides = _sides("On 4 April 2022, armed raiders struck a cattle camp outside Pibor town (Jonglei), driving off "
                   "goats and carrying away 3 children. County officials named Murle youth as responsible.",
                   date(2022, 4, 7))
    assert sides["actor1"] == "Murle Ethnic Militia (South Sudan)"
