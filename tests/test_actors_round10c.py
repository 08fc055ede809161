"""Actors round 10c: three ACLED codebook conventions behind Kenya dev actor2 misses (our own sentences).

- Mob violence: suspects a crowd lynched ("suspected robbers", "thugs") are civilians, not an unidentified armed group.
- Battles: a side inferred from the clash word itself ("ethnic clashes") names both sides; the people killed are the
  sides' own men, so the second side is the first's kind, never civilians.
- Protests and riots: a force named only as a building where the crowd acted ("outside the police station") or as
  absent ("no report of police presence") is no side of the crowd's act.
"""

from __future__ import annotations

from datetime import date

import pytest
from actor_notes import kenya_note_sides


def _sides(text: str) -> list[tuple[str | None, str | None]]:
    """(actor1, actor2) of each event in one Kenyan note of May 2014."""
    return kenya_note_sides(text, date(2014, 5, 2))


def test_suspects_a_mob_killed_are_civilians(nlp) -> None:
    sides = _sides("Residents of a village near Kitale beat three suspected robbers to death.")
    assert ("Rioters (Kenya)", "Civilians (Kenya)") in sides
    assert not any(a2 == "Unidentified Armed Group (Kenya)" for _, a2 in sides)


def test_a_clash_word_names_both_sides_of_the_clash(nlp) -> None:
    sides = _sides("Ethnic clashes in Moyale left six people dead.")
    assert ("Unidentified Ethnic Militia (Kenya)", "Unidentified Ethnic Militia (Kenya)") in sides
    assert not any(a2 == "Civilians (Kenya)" for _, a2 in sides)


def test_a_police_station_where_crowds_clashed_is_no_side(nlp) -> None:
    sides = _sides("Two groups of demonstrators clashed outside the Kisumu police station over the county budget.")
    assert ("Rioters (Kenya)", "Rioters (Kenya)") in sides
    assert not any(a2 and a2.startswith("Police Forces of Kenya") for _, a2 in sides)


@pytest.mark.parametrize("tail,police", [
    ("No report of police presence.", False),
    ("Police later dispersed them with tear gas.", True),  # the force that acted stays the crowd's other side
])
def test_an_absent_force_is_no_side_of_a_riot(nlp, tail: str, police: bool) -> None:
    sides = _sides("Motorcycle taxi riders in Busia rioted over new parking fees and burned a county vehicle. " + tail)
    assert any(a1 == "Rioters (Kenya)" for a1, _ in sides)
    assert any(a2 is not None and a2.startswith("Police Forces of Kenya") for _, a2 in sides) is police
