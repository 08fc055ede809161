"""Who is a party: datelines, descriptions of victims and clothing never name the perpetrator (own texts)."""

from __future__ import annotations

from datetime import date

from crosstally.actors import resolve_mention
from crosstally.pipeline import process
from crosstally.records import Document


def _actor1(text: str) -> tuple[str, str]:
    ex = process(Document(text=text, published=date(2025, 5, 2)))
    a1 = next(a for a in ex.events[0].actors if a.role == "actor1")
    return a1.name, a1.mention


def test_a_dateline_is_never_an_actor() -> None:
    name, mention = _actor1("HOMS, May 1 (Example Wire) - Clashes between tribal fighters and local gunmen spread "
                            "on Thursday to two villages east of the city, residents said. Four people were killed.")
    assert "HOMS" not in name and "Example Wire" not in name and "HOMS" not in mention


def test_a_community_describing_the_victims_is_not_the_perpetrator() -> None:
    text = ("Dozens of men were killed on Friday in Ain Qadima, a mainly Alawite village in the hills, relatives said. "
            "Gunmen rounded up men from their homes and shot them near the village, a resident said.")
    ex = process(Document(text=text, published=date(2025, 5, 2)))
    actor1 = [a for a in ex.events[0].actors if a.role == "actor1"]
    assert not any("Alawite" in a.name or "Alawite" in a.mention for a in actor1)


def test_what_armed_men_wear_does_not_make_them_the_army() -> None:
    uniformed, _ = resolve_mention("gunmen in military uniform", "SY", date(2025, 3, 7))
    bare, _ = resolve_mention("gunmen", "SY", date(2025, 3, 7))
    assert uniformed == bare
    assert uniformed is None or "Military Forces" not in uniformed.name
