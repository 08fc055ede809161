"""Places round 10: Kenya's units and wards at their constituency's seat, county points at the county headquarters.

Texts are our own; the places, the constituencies they lie in and the seats are real (IEBC 2012, GeoNames).
"""

from __future__ import annotations

from datetime import date

import pytest
from geocoded import km as _km

from crosstally.geo import GeoContext, geocode_name, get_gazetteer
from crosstally.geo._index import seat_points
from crosstally.geo._normalise import fold
from crosstally.records import Document
from crosstally.vocab import load_vocab


def _ke() -> GeoContext:
    return GeoContext.from_text("", country="KE")


def test_every_seat_is_a_geonames_town_of_its_county_and_every_name_a_listed_unit_or_ward():
    spec = load_vocab("gazetteer_units")["entries"]["KE"]
    gz = get_gazetteer()
    counties = {fold(gz.label(p)): p.geonameid for p in gz.places.values()
                if p.kind == "admin1" and p.country_code == "KE"}
    points = seat_points(gz, "KE", spec)
    listed = {(fold(c), fold(str(n))) for part in ("units", "wards") for c, names in spec[part].items()
              for n in names}
    for county, seats in spec["points"].items():
        assert fold(county) in counties, county
        for seat, names in seats.items():
            towns = [q for q in gz.lookup(seat) if q.kind == "town" and q.geonameid > 0
                     and fold(gz.label(gz.places[q.admin1])) == fold(county) and fold(q.name) == fold(seat)]
            known = {fold(str(k)) for k in (spec.get("known_points") or {}).get(county) or {}}
            assert towns or fold(seat) in known, f"{seat} is no GeoNames town of {county} nor a known point"
            for name in names:
                assert (fold(county), fold(name)) in listed, f"{name} is no unit or ward of {county}"
                assert (counties[fold(county)], fold(name)) in points or any(
                    k[1] == fold(name) for k in points), name


@pytest.mark.parametrize(("name", "county", "lat", "lon"), [
    ("Hulugho", "Garissa", -1.13, 41.06),          # a unit of Ijara: at its own point (known_points, round 18)
    ("Hagadera", "Garissa", 0.052, 40.309),        # a Dadaab camp: at Dadaab
    ("Kinangop", "Nyandarua", -0.605, 36.576),     # at Engineer, its headquarters
    ("Rhamu", "Mandera", 3.931, 41.223),           # GeoNames' Ramu
    ("Trans Mara West", "Narok", -1.008, 34.878),  # at Kilgoris
    ("Nachola", "Samburu", 1.784, 36.786),         # a ward of Samburu North: at Baragoi
    ("Kasikeu", "Makueni", -2.020, 37.372),        # a ward of Kilome: at Sultan Hamud
])
def test_a_unit_or_ward_sits_at_its_constituency_seat(name: str, county: str, lat: float, lon: float):
    loc = geocode_name(name, _ke())
    assert loc is not None and loc.admin1 == county and loc.country_code == "KE"
    assert _km(loc, lat, lon) < 2, (loc.lat, loc.lon)


def test_a_ward_without_a_seat_entry_keeps_its_county_point():
    loc = geocode_name("Kiritiri", _ke())  # Mbeere South's seat is no GeoNames town: Embu's point
    assert loc is not None and loc.admin1 == "Embu" and _km(loc, -0.540, 37.457) < 2


def test_tana_river_is_at_hola_and_masalani_in_garissa():
    gz = get_gazetteer()
    masalani = [p for p in gz.lookup("Masalani") if p.kind == "town" and p.country_code == "KE"]
    assert masalani and all(gz.label(gz.places[p.admin1]) == "Garissa" for p in masalani)
    loc = geocode_name("Tana River County", _ke())
    assert loc is not None and loc.admin1 == "Tana River" and _km(loc, -1.483, 40.033) < 2  # Hola


@pytest.mark.parametrize(("phrase", "county", "seat", "lat", "lon"), [
    ("Kajiado County", "Kajiado", "Kajiado", -1.852, 36.777),  # not Ongata Rongai, a Nairobi suburb
    ("Baringo County", "Baringo", "Kabarnet", 0.492, 35.743),  # not the lakeside village of Baringo
])
def test_a_county_told_alone_is_at_its_headquarters(phrase: str, county: str, seat: str, lat: float, lon: float):
    loc = geocode_name(phrase, _ke())
    assert loc is not None and loc.admin1 == county and loc.name == seat
    assert _km(loc, lat, lon) < 2


def test_a_note_naming_a_ward_is_placed_at_its_constituency(nlp):
    from crosstally.pipeline import process

    text = "On 3 May 2019, residents of Kinale in Lari lynched a man they accused of stealing a cow."
    ex = process(Document(text=text, published=date(2019, 5, 6), meta={"country": "KE"}))
    loc = ex.events[0].location
    assert loc is not None and loc.admin1 == "Kiambu"
    assert _km(loc, -0.983, 36.631) < 5  # Kimende, Lari's town (Kiambu town is 35 km away)


@pytest.mark.parametrize(("text", "county", "lat", "lon"), [
    ("On 3 May 2019, police dispersed Moi University students who blocked a road with stones.",
     "Uasin Gishu", 0.520, 35.270),   # coded at Eldoret
    ("On 3 May 2019, Egerton University students boycotted classes over a fees rise.", "Nakuru", -0.330, 35.944),
])
def test_a_university_told_without_its_town_is_at_its_campus_town(nlp, text: str, county: str, lat: float,
                                                                  lon: float):
    from crosstally.pipeline import process

    ex = process(Document(text=text, published=date(2019, 5, 6), meta={"country": "KE"}))
    loc = ex.events[0].location
    assert loc is not None and loc.admin1 == county and _km(loc, lat, lon) < 5


@pytest.mark.parametrize(("text", "county"), [
    ("On 3 May 2019, police shot dead two suspects in Mathare North.", "Nairobi"),
    ("On 3 May 2019, traders in Kongowea market protested over new county fees.", "Mombasa"),
])
def test_a_listed_estate_alone_gives_the_note_its_country(nlp, text: str, county: str):
    """No hint and no other place: a ward or estate only Kenya has is enough (it counted 0.4 of the 0.6 needed)."""
    from crosstally.geo._country import infer_country
    from crosstally.pipeline import process

    assert infer_country(text).code == "KE"
    ex = process(Document(text=text, published=date(2019, 5, 6)))
    loc = ex.events[0].location
    assert loc is not None and loc.country_code == "KE" and loc.admin1 == county


def test_a_listed_estate_does_not_outweigh_the_country_a_note_names():
    from crosstally.geo._country import infer_country

    text = "On 3 May 2019, Ugandan police said a man from Kongowea was arrested in Kampala and Jinja, Uganda."
    assert infer_country(text).code == "UG"
