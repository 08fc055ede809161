"""Actors round 11: ACLED conventions for recent Kenyan notes (our own sentences, invented people, real places).

- Arrests: people held that the note says are suspected of links to, of financing or of planning to join a named
  armed group are that group; a party's office holder ("an ODM MCA") is the party; "March" in the date is no march,
  and people held where no protest or riot is told are civilians, whatever word named them.
- Battles: a state force the parse left alone fights the armed men the sentences name.
- Disrupted weapons use (Kenya): whose device it was first, the force that found or defused it second.
- Mob violence (Kenya): a mob that sets on an officer is ordered force first; a force that dispersed it stays second.
- Communities: Sakuye, Ilchamus, Endorois and other Kenyan communities are named militias, never civilians in a clash.
"""

from __future__ import annotations

from datetime import date

import pytest
from actor_notes import kenya_note_sides


def _sides(text: str, published: date = date(2019, 5, 6)) -> list[tuple[str | None, str | None]]:
    """(actor1, actor2) of each event in one Kenyan note."""
    return kenya_note_sides(text, published)


POLICE = "Police Forces of Kenya (2013-2022)"


@pytest.mark.parametrize("text", [
    "On 3 May 2019, anti-terror police arrested two men at Likoni suspected of links to Al-Shabaab.",
    "On 3 May 2019, detectives arrested a shopkeeper in Eastleigh suspected of financing Al-Shabaab.",
    "On 3 May 2019, police arrested four youths in Kwale suspected of planning to join Al-Shabaab in Somalia.",
    "On 3 May 2019, police in Isiolo arrested a man with suspected ties to the Al-Shabaab group.",
])
def test_people_held_for_links_to_a_group_are_the_group(nlp, text: str) -> None:
    assert (POLICE, "Al Shabaab") in _sides(text)


@pytest.mark.parametrize("text,party", [
    ("On 3 May 2019, police in Migori arrested an ODM MCA over an assault on a rival's agent.",
     "ODM: Orange Democratic Movement"),
    ("On 3 May 2019, police in Nakuru arrested a UDA aspirant and two of his aides.", "UDA: United Democratic Alliance"),
])
def test_a_partys_office_holder_held_is_the_party(nlp, text: str, party: str) -> None:
    assert (POLICE, party) in _sides(text)


def test_a_partys_office_holder_attacked_stays_a_civilian(nlp) -> None:
    sides = _sides("On 3 May 2019, gunmen shot dead an ODM MCA outside his home in Kakamega.")
    assert ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)") in sides


@pytest.mark.parametrize("text", [
    # the month is no march: traders held are civilians, not protesters
    "On 4 March 2019, police in Kisii arrested three traders over a land dispute.",
    # no riot told: youths held are civilians, not rioters
    "On 4 May 2019, police in Kisii arrested three youths over a land dispute.",
])
def test_people_held_where_no_crowd_acted_are_civilians(nlp, text: str) -> None:
    published = date(2019, 3, 7) if "March" in text else date(2019, 5, 7)
    assert (POLICE, "Civilians (Kenya)") in _sides(text, published)


def test_a_force_left_alone_fights_the_armed_men_named(nlp) -> None:
    sides = _sides("On 3 May 2019, gunmen fired at a police station in Kapedo. Two officers were hurt.")
    assert (POLICE, "Unidentified Armed Group (Kenya)") in sides


@pytest.mark.parametrize("text,expected", [
    ("On 3 May 2019, police defused a bomb planted outside a church in Garissa.",
     ("Unidentified Armed Group (Kenya)", POLICE)),
    ("On 3 May 2019, KDF soldiers found and detonated an IED planted by Al-Shabaab on a road near Kiunga, Lamu.",
     ("Al Shabaab", "Military Forces of Kenya (2013-2022)")),
])
def test_a_disrupted_weapon_is_its_owners_then_the_forces(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _sides(text)


@pytest.mark.parametrize("text,expected", [
    ("On 3 May 2019, a mob in Kisii beat a police officer to death after he shot a boda boda rider.",
     (POLICE, "Rioters (Kenya)")),
    ("On 3 May 2019, a mob lynched two suspected robbers in Kayole before police dispersed them with teargas.",
     ("Rioters (Kenya)", POLICE)),
])
def test_a_mob_that_sets_on_an_officer_is_second(nlp, text: str, expected: tuple[str, str]) -> None:
    assert expected in _sides(text)


def test_more_kenyan_communities_are_militias_in_a_clash(nlp) -> None:
    sides = _sides("On 3 May 2019, Sakuye and Borana herders clashed near Merti, Isiolo; two died.")
    assert ("Sakuye Ethnic Militia (Kenya)", "Borana Ethnic Militia (Kenya)") in sides
