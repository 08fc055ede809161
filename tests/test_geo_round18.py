"""Places round 11: seats and places cities500 lacks at their own point, a constituency's seat before a namesake
county town, Mombasa's estates, and Kenyan notes that name their country only through its institutions.

Texts are our own; the places, the constituencies they lie in and their points are real (IEBC 2012, GeoNames, public
maps: gazetteer_units.yaml ``known_points``).
"""

from __future__ import annotations

from datetime import date

import pytest
from geocoded import km as _km

from crosstally.geo import GeoContext, geocode_name, get_gazetteer
from crosstally.geo._country import infer_country
from crosstally.geo._index import seat_points
from crosstally.geo._normalise import fold
from crosstally.records import Document
from crosstally.vocab import load_vocab


def _ke() -> GeoContext:
    return GeoContext.from_text("", country="KE")


def test_every_known_point_is_a_listed_place_of_its_county_and_lies_near_it():
    spec = load_vocab("gazetteer_units")["entries"]["KE"]
    gz = get_gazetteer()
    counties = {fold(gz.label(p)): p for p in gz.places.values() if p.kind == "admin1" and p.country_code == "KE"}
    listed = {(fold(c), fold(str(n))) for part in ("units", "wards") for c, names in spec[part].items()
              for n in names}
    points = seat_points(gz, "KE", spec)
    for county, places in spec["known_points"].items():
        unit = counties[fold(county)]
        for name, (lat, lon) in places.items():
            assert (fold(county), fold(name)) in listed, f"{name} is no unit or ward of {county}"
            assert points[(unit.geonameid, fold(name))] == (lat, lon)
            assert -4.8 < lat < 5.1 and 33.9 < lon < 42.0  # inside Kenya
            assert _km(geocode_name(county + " County", _ke()), lat, lon) < 250, name


@pytest.mark.parametrize(("name", "county", "lat", "lon"), [
    ("Kapedo", "Baringo", 1.17, 36.10),          # was Baringo's point, Kabarnet, 85 km south-west
    ("Liboi", "Garissa", 0.35, 40.87),           # was Dadaab, 70 km west
    ("Kargi", "Marsabit", 2.51, 37.57),          # was Marsabit's point, 50 km east
    ("Turkana East", "Turkana", 1.95, 36.02),    # at Lokori, its seat (was Lodwar, 130 km north)
    ("Tiaty", "Baringo", 0.98, 35.98),           # at Chemolingot, its seat (was Kabarnet)
    ("Kolowa", "Baringo", 0.98, 35.98),          # a ward of Tiaty: at Chemolingot
])
def test_a_place_cities500_lacks_sits_at_its_known_point(name: str, county: str, lat: float, lon: float):
    loc = geocode_name(name, _ke())
    assert loc is not None and loc.admin1 == county and loc.country_code == "KE"
    assert _km(loc, lat, lon) < 2, (loc.lat, loc.lon)


@pytest.mark.parametrize(("name", "county", "lat", "lon"), [
    ("Wajir South", "Wajir", 1.017, 39.491),        # at Habaswein, not Wajir town 130 km north
    ("Mandera South", "Mandera", 2.809, 40.929),    # at El Wak, not Mandera town
    ("Kajiado South", "Kajiado", -2.927, 37.510),   # at Oloitokitok, not Kajiado town 120 km north
    ("Narok South", "Narok", -1.003, 35.663),       # at Olulung'a
    ("Kisumu East", "Kisumu", -0.102, 34.762),      # no seat listed: still the namesake town
])
def test_a_constituency_seat_beats_the_namesake_county_town(name: str, county: str, lat: float, lon: float):
    loc = geocode_name(name, _ke())
    assert loc is not None and loc.admin1 == county
    assert _km(loc, lat, lon) < 2, (loc.lat, loc.lon)


def test_a_mombasa_estate_is_mombasa_not_a_country(nlp):
    from crosstally.pipeline import process

    text = "On 2 June 2021, residents of Bangladesh slum protested over evictions; police fired teargas."
    ex = process(Document(text=text, published=date(2021, 6, 5), meta={"country": "KE"}))
    loc = ex.events[0].location
    assert loc is not None and loc.country_code == "KE" and loc.admin1 == "Mombasa"


@pytest.mark.parametrize("text", [
    "KDF soldiers and GSU officers clashed with youths outside a market; two were hurt.",
    "IEBC officials were chased away by ODM supporters; an MCA was arrested.",
    "Supporters of Raila clashed with Jubilee Party youths after the rally.",
])
def test_kenyan_institutions_name_the_country(text: str):
    guess = infer_country(text)
    assert guess.code == "KE" and any(kind == "institution" for kind, _, _ in guess.evidence)


def test_one_leader_named_alone_is_not_enough():
    assert infer_country("Supporters of Raila marched through the town; police fired teargas.").code is None


def test_institutions_do_not_outweigh_a_country_named():
    assert infer_country("Ugandan police in Kampala and Jinja said UPDF soldiers arrested a KDF deserter.").code == "UG"


@pytest.mark.parametrize("text", [
    "Githurai residents lynched four people they accused of theft.",       # 'X residents': a place, not a surname
    "Students at Moi University protested over delayed exams.",            # a campus listed by its own name
    "Locals blocked the Mpeketoni-Lamu road over potholes for two hours.",  # the two towns a road joins
])
def test_a_short_kenyan_note_names_its_country_through_its_place(text: str):
    assert infer_country(text).code == "KE"


def test_a_surname_before_an_institution_word_is_no_country():
    assert infer_country("Temple University students protested outside the hall.").code is None
