"""Actors round 11b: ACLED conventions for Kenyan notes (our own sentences, invented people, real places).

- A force's name followed by its acronym in brackets ("Kenya Defence Forces (KDF)") is that force.
- A known armed group named in a note that says the attackers are unknown is no suspect: the unidentified armed group.
- Kenyan remote violence: an attack on a force's post ("attacked a police post with grenades") targets that force,
  which goes first as in the other Kenyan explosions at a force.
- A guard named by the place he guards ('a bank guard') is Private Security Forces (Kenya), also where he is acted on
  (round 30b; round 11b had him the civilian acted on, the firm associated).
- Hostages held and people fired on are the civilians acted on; a force the sources accuse of the act is its attacker.
"""

from __future__ import annotations

from datetime import date

import pytest
from actor_notes import check_evidence, day, kenya_note_sides, mention, place, resolve, roles


def _sides(text: str, published: date = date(2019, 5, 6)) -> list[tuple[str | None, str | None]]:
    """(actor1, actor2) of each event in one Kenyan note."""
    return kenya_note_sides(text, published)


POLICE = "Police Forces of Kenya (2013-2022)"
UAG = "Unidentified Armed Group (Kenya)"


@pytest.mark.parametrize("mention,country,expected", [
    ("Kenya Defence Forces (KDF)", "KE", "Military Forces of Kenya (2013-2022)"),
    ("General Service Unit (GSU)", "KE", POLICE),
    # the Kenyan force keeps its name where the note's country reads Somalia
    ("Kenya Defense Forces (KDF) soldiers", "SO", "Military Forces of Kenya (2013-2022)"),
])
def test_a_name_with_its_bracketed_acronym_is_that_actor(mention: str, country: str, expected: str) -> None:
    from crosstally.actors import resolve_mention

    actor, _ = resolve_mention(mention, country, date(2019, 5, 3))
    assert actor is not None and actor.name == expected


@pytest.mark.parametrize("text", [
    "On 3 May 2019, a trader was shot dead outside his shop in Garissa. The attackers have not been identified; "
    "Al-Shabaab has carried out several attacks in the area.",
    "On 3 May 2019, a cleric who had preached against Al-Shabaab was stabbed to death in Mombasa. Perpetrators "
    "remain unknown.",
])
def test_a_group_named_where_the_attackers_are_unknown_is_no_suspect(nlp, text: str) -> None:
    sides = _sides(text)
    assert sides and sides[0][0] == UAG


def test_a_group_the_note_suspects_is_still_the_attacker(nlp) -> None:
    sides = _sides("On 3 May 2019, gunmen suspected to be Al-Shabaab shot dead a trader outside his shop in Garissa.")
    assert sides and sides[0][0] == "Al Shabaab"


def test_an_attack_on_a_police_post_with_grenades_puts_the_police_first() -> None:
    # the parse found only the attackers: the force is read from what they attacked
    text = "On 3 May 2019, Al-Shabaab fighters attacked a police post in Mandera with grenades. No one was hurt."
    ev = resolve(text, "Explosions/Remote violence", "Grenade", [mention(text, "actor1", "Al-Shabaab fighters")],
                 place("Mandera", "Kenya", "KE"), day(date(2019, 5, 3)))
    r = roles(ev)
    assert r["actor1"] == [POLICE] and r["actor2"] == ["Al Shabaab"]
    check_evidence(text, ev)


def test_a_guard_named_by_the_place_he_guards_is_private_security() -> None:
    """Round 30b: acted on in violence against civilians he is Private Security Forces (Kenya) as actor2, no longer
    a civilian with the firm associated (round 10's convention): ACLED's own Kenya notes code guards attacked alone
    so in every note of 2008-2015 on the train side (11 of 11; counts only)."""
    text = "On 3 May 2019, gunmen shot dead a bank guard in Eldoret and fled."
    ev = resolve(text, "Violence against civilians", "Attack",
                 [mention(text, "actor1", "gunmen"), mention(text, "actor2", "bank guard")],
                 place("Eldoret", "Kenya", "KE"), day(date(2019, 5, 3)))
    r = roles(ev)
    assert r["actor2"] == ["Private Security Forces (Kenya)"]
    assert "Civilians (Kenya)" not in r.get("assoc_actor_2", [])


@pytest.mark.parametrize("text", [
    "On 3 May 2019, unidentified gunmen opened fire on the Bungoma governor's convoy near Webuye. The governor "
    "escaped unhurt.",
    "On 3 May 2019, Al-Shabaab militants held hostages in a hotel in Mandera for a day.",
])
def test_people_fired_on_or_held_hostage_are_civilians(nlp, text: str) -> None:
    sides = _sides(text)
    assert sides and sides[0][1] == "Civilians (Kenya)"


def test_a_force_the_sources_accuse_is_the_attacker(nlp) -> None:
    sides = _sides("On 3 May 2019, residents of Kondele accuse police of killing a man in their custody.")
    assert sides and sides[0][0] == POLICE
