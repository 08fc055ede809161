"""Places round 11c: a Nairobi estate the units file lists outweighs a small foreign town of its name when a note
names no country, and a Kenyan office title ('the DC offices') is no place.

Texts are our own; the estates are real (data/gazetteer_units.yaml), the foreign namesakes GeoNames towns.
"""

from __future__ import annotations

from datetime import date

import pytest

from crosstally.geo._country import infer_country, office_title
from crosstally.records import Document


@pytest.mark.parametrize("text", [
    "Police in Eastleigh arrested 40 people in a night swoop on Sunday.",          # England's Eastleigh, 54,000
    "Three guards were hacked to death in Ngara area early on Tuesday.",            # Tanzania's Ngara district
    "A car exploded outside Pangani police station last night, killing four.",     # Tanzania's Pangani
    "Traders in Kibuye market protested on Monday after two of them were robbed.",  # Rwanda's Kibuye
    "Clashes in Ngara and in Pangani left two people dead on Sunday.",              # both also Tanzanian towns
    "Two blasts rocked the busy Eastleigh neighbourhood on Sunday, wounding six.",  # a place word after the name
    "Police in Eastleigh detained 60 Somali nationals in a night swoop on Friday.",  # people from abroad, not Somalia
])
def test_a_listed_estate_outweighs_a_small_foreign_namesake(text: str):
    assert infer_country(text).code == "KE"


def test_a_demonym_of_people_at_home_still_names_the_country():
    assert "SO" in infer_country("Somali forces said they had retaken the town after a day of fighting.").scores


@pytest.mark.parametrize(("text", "code"), [
    ("A man was stabbed in Eastleigh, Hampshire, on Sunday night.", "GB"),       # the county names England
    ("Police in Eastleigh and in Basingstoke made arrests on Saturday.", "GB"),  # an English town beside it
    ("Two shops were looted in Harar on Friday, residents said.", "ET"),          # a big city: Ethiopia's Harar
])
def test_a_namesake_the_text_supports_or_a_big_one_keeps_its_country(text: str, code: str):
    assert infer_country(text).code == code


@pytest.mark.parametrize(("mention", "country", "expected"), [
    ("DC", "KE", True),
    ("near DC", "KE", True),            # 'outside the DC's office', as the geocoder widens it
    ("DC's", "KE", True),
    ("OCPD", "KE", True),
    ("DC", "US", False),                # an American note's DC is Washington
    ("DC", None, False),
    ("Washington DC", "KE", False),     # the city written out is the city
])
def test_office_titles(mention: str, country: str | None, expected: bool):
    assert office_title(mention, country) is expected


def _place(text: str, country: str | None) -> dict:
    from crosstally.pipeline import process

    meta = {"country": country} if country else {}
    out = process(Document(text=text, published=date(2025, 3, 4), meta=meta)).to_contract()
    events = out.get("events") or []
    return (events[0].get("location") if events else None) or {}


@pytest.mark.parametrize("text", [
    "Youths protesting a land ruling stoned the DC offices on Monday and police fired teargas.",
    "Traders protested outside the DC's office on Monday over new market levies.",
])
def test_the_dc_offices_are_no_washington_in_a_kenyan_feed(nlp, text: str):
    loc = _place(text, "KE")
    assert loc.get("country_code") == "KE", loc


def test_washington_written_out_stays_washington_in_a_kenyan_feed(nlp):
    loc = _place("Kenyan diaspora groups held a protest in Washington DC on Monday against the ruling.", "KE")
    assert loc.get("country_code") == "US", loc


def test_an_estate_note_with_no_country_is_placed_in_nairobi(nlp):
    loc = _place("Police in Eastleigh arrested 40 people in a night swoop on Sunday.", None)
    assert (loc.get("name"), loc.get("admin1"), loc.get("country_code")) == ("Eastleigh", "Nairobi", "KE"), loc
