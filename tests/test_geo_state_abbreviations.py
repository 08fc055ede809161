"""A state abbreviation after a town in a dateline is that state in the document's place list, never a town that
happens to share its spelling ("Ill" was read as Willmar, Minnesota; "Ala" as Almaty; "Ore" as a Texas hamlet)."""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.geo import abbreviated_state
from crosstally.pipeline import process
from crosstally.records import Document


@pytest.mark.parametrize(("text", "town", "state"), [
    ("ROCKFORD, Ill. (AP) — Two men were shot and wounded late Saturday outside a tavern, police said.",
     "Rockford", "Illinois"),
    ("MOBILE, Ala. (WKRG) — A teenager was shot and hurt on Friday afternoon, officers said.", "Mobile", "Alabama"),
    ("SALEM, Ore. — One person died after gunfire at an apartment complex, police said on Monday.", "Salem",
     "Oregon"),
])
def test_dateline_state_abbreviation_is_the_state(text: str, town: str, state: str) -> None:
    ex = process(Document(text=text, published=date(2024, 5, 5)))
    places = {(p.name, p.admin1, p.country_code) for p in ex.places}
    assert (state, state, "US") in places
    assert all(p.country_code == "US" and p.admin1 == state for p in ex.places), places
    assert ex.events and ex.events[0].location is not None and ex.events[0].location.name.casefold() == town.casefold()


def test_abbreviation_needs_a_town_and_comma_before_it() -> None:
    assert abbreviated_state("Ill.", "ROCKFORD, ").admin1 == "Illinois"  # type: ignore[union-attr]
    assert abbreviated_state("Ga", "Police in Athens, ").admin1 == "Georgia"  # type: ignore[union-attr]
    assert abbreviated_state("Ill.", "The man was ") is None  # no town before it: not read as a state
    assert abbreviated_state("Rockford", "ROCKFORD, ") is None  # not an abbreviation


def test_place_list_keeps_streets_and_stray_namesakes_abroad_unresolved() -> None:
    """A street named like a town abroad, and a small foreign town sharing a word, in a US story: not placed."""
    text = ("Two men were shot near Morton Avenue and Elm Street in Chester on Sunday night, Pennsylvania State "
            "Police said. A clerk at the corner Store called 911. Both men were taken to Crozer hospital.")
    ex = process(Document(text=text, published=date(2024, 5, 6), meta={"country": "US"}))
    placed = {p.mention or p.name: p.country_code for p in ex.places}
    assert placed.get("Chester") == "US"
    assert placed.get("Morton Avenue") is None  # a street: not Moreton, England
    assert all(cc in (None, "US") for cc in placed.values()), placed


def test_place_list_keeps_a_foreign_town_its_country_is_named_for() -> None:
    text = ("A man from Kisumu, Kenya, was shot and wounded in Dallas on Friday, police said.")
    ex = process(Document(text=text, published=date(2024, 5, 6), meta={"country": "US"}))
    placed = {p.mention or p.name: p.country_code for p in ex.places}
    assert placed.get("Kisumu") == "KE", placed


def test_place_list_leaves_region_names_unresolved() -> None:
    """'the Gulf' and 'the West' in commentary are regions, not Papua New Guinea's Gulf province or a Texas town."""
    text = ("Gunmen killed 14 civilians in villages near Baniyas on the Syrian coast on 8 March 2025, a monitor said. "
            "Governments in the West and in the Gulf called for an inquiry.")
    ex = process(Document(text=text, published=date(2025, 3, 10)))
    placed = {p.mention or p.name: p.country_code for p in ex.places}
    assert placed.get("Gulf", "absent") in (None, "absent") and placed.get("West", "absent") in (None, "absent")
    assert "PG" not in placed.values(), placed
    assert placed.get("Baniyas") == "SY"
