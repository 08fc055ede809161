"""A district called after its town is not a part of the town (linking, session 27).

One report places a roadside bomb "near the village of X in Tuz Khurmatu district": read by the part-of-a-town
pattern, "Tuz Khurmatu" becomes a known part of the province. Another report, placed in the town itself, names
the town in its headline; it must not take its own town as a part, or it would never link with the third report,
which names the town's neighbourhood the rockets hit (parts that share no word are two incidents). A neighbourhood
that lies inside a larger city ("Sadr City" in Baghdad) stays a part, and a claim placed in such a town, where other
reports of its province name parts, takes it as its part (Cite Soleil against Solino in Port-au-Prince: the pairs
of outlets6 in ``test_link_outlets_heldout.py``). Our own reports about invented incidents.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from crosstally.link import link_events
from crosstally.link._subplaces import _standalone_town
from crosstally.pipeline import process
from crosstally.records import Document


def _doc(doc_id: str, source: str, title: str, text: str, published: date) -> Any:
    return process(Document(text=text, input_id=doc_id, source=source, title=title, published=published))


def test_a_town_named_as_a_district_elsewhere_links_with_its_neighbourhood() -> None:
    bomb = _doc("bomb", "North Wire", "Roadside bomb kills two soldiers in Salahuddin",
                "KIRKUK, Iraq, June 3 (North Wire) - Two Iraqi soldiers were killed on Monday when a roadside bomb hit "
                "their truck near the village of Albu Hamdan in Tuz Khurmatu district, Salahuddin province, army "
                "sources said.", date(2024, 6, 3))
    town = _doc("town", "North Wire", "Mortar rounds hit homes in Tuz Khurmatu",
                "KIRKUK, Iraq, June 4 (North Wire) - Three mortar rounds fell on houses in the town of Tuz Khurmatu "
                "on Tuesday evening, wounding five residents, police said.", date(2024, 6, 4))
    quarter = _doc("quarter", "Tigris Daily", "Man dies after mortar attack on Tuz Khurmatu",
                   "Mortar rounds hit the Askari neighbourhood of Tuz Khurmatu on Tuesday evening; a man hurt in the "
                   "attack died in hospital on Wednesday, relatives said.",
                   date(2024, 6, 5))
    link_events([bomb, town, quarter])
    assert town.events[0].incident_id == quarter.events[0].incident_id
    assert bomb.events[0].incident_id != town.events[0].incident_id


def test_a_neighbourhood_inside_a_larger_city_is_no_town_of_its_own() -> None:
    assert _standalone_town("tuz khurmatu", 34.888, 44.633)
    assert not _standalone_town("sadr city", 33.389, 44.458)
    assert not _standalone_town("cite soleil", 18.58, -72.33)  # a commune inside Port-au-Prince's sprawl

