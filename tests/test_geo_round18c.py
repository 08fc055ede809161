"""Places round 11d: a note told only by its road is placed at the road's first-named town; a possessive ("Fort
Worth's") is no part of a place's name; 'TWP.' and 'BORO.' in a US dateline are the town's own; a big town's name
with its apostrophe lost ('Nairobis Eastleigh') is that town's possessive, the place the next name.

Texts are our own, invented incidents at real places.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.geo._context import GeoContext
from crosstally.geo._index import get_gazetteer
from crosstally.geo._streets import _road_first_town
from crosstally.records import Document


def _place(text: str, country: str | None) -> dict:
    from crosstally.pipeline import process

    meta = {"country": country} if country else {}
    out = process(Document(text=text, published=date(2025, 3, 4), meta=meta)).to_contract()
    events = out.get("events") or []
    return (events[0].get("location") if events else None) or {}


@pytest.mark.parametrize(("text", "country", "name", "admin1"), [
    # extraction took the road's second end: ACLED places a road-only note at its first-named town
    ("Police cars chased a matatu on the Nairobi-Nyeri highway on Wednesday after its crew seized an officer.",
     "KE", "Nairobi", "Nairobi"),
    ("Armed youths torched a police lorry on the Olenguruone-Molo road in protest at the arrests.", "KE",
     "Olenguruone", "Nakuru"),
    ("Taliban fighters attacked a police checkpoint on the Kabul-Kandahar highway, killing two policemen.", "AF",
     "Kabul", "Kabul"),
])
def test_a_road_only_note_is_placed_at_the_first_named_town(nlp, text: str, country: str, name: str, admin1: str):
    loc = _place(text, country)
    assert (loc.get("name"), loc.get("admin1")) == (name, admin1), loc


def test_a_town_named_apart_from_the_road_still_wins(nlp):
    loc = _place("Residents blocked the Kakamega-Webuye road at Malava on Monday, demanding speed bumps.", "KE")
    assert loc.get("name") == "Malava", loc


def test_an_event_with_no_place_takes_the_first_town_of_the_road():
    gz = get_gazetteer()
    text = "Youths gathered along the Garissa-Mwingi road to protest a spate of killings."
    ctx = GeoContext.from_text(text, gz, country="KE")
    found = _road_first_town(gz, text, ctx)
    assert found is not None and (found.name, found.admin1) == ("Garissa", "Garissa"), found
    assert text[found.evidence[0].start:found.evidence[0].end] == "Garissa"


def test_a_possessive_is_no_part_of_the_place_name(nlp):
    loc = _place("A man was shot dead outside a bar in Fort Worth's Stop Six neighborhood late Saturday, "
                 "police said.", None)
    assert (loc.get("name"), loc.get("admin1"), loc.get("country_code")) == ("Fort Worth", "Texas", "US"), loc


def test_an_unlisted_place_is_named_without_its_possessive(nlp):
    loc = _place("Two people were shot at a party in Brookfield Park's east end on Sunday, Houston police said.", None)
    assert (loc.get("name"), loc.get("admin1")) == ("Brookfield Park", "Texas"), loc


@pytest.mark.parametrize(("text", "name"), [
    ("UPPER DARBY TWP., Pa. (AP) — A teenager was shot and wounded outside a convenience store on Saturday "
     "night, police said.", "Upper Darby"),
    ("STATE COLLEGE BORO., Pa. — A student was stabbed near campus early Sunday, police said.", "State College"),
])
def test_township_and_borough_abbreviations_in_a_us_dateline(nlp, text: str, name: str):
    loc = _place(text, None)
    assert (loc.get("name"), loc.get("admin1"), loc.get("country_code")) == (name, "Pennsylvania", "US"), loc


@pytest.mark.parametrize("country", ["KE", None])
def test_a_big_towns_glued_possessive_names_the_place_after_it(nlp, country: str | None):
    loc = _place("Police raided lodgings in Nairobis Eastleigh on Friday, arresting 12 people.", country)
    assert (loc.get("name"), loc.get("admin1"), loc.get("country_code")) == ("Eastleigh", "Nairobi", "KE"), loc
