"""Places told with their unit: 'X in Y county', villages of a listed sub-county, district centres, road ends.

Texts are our own; the towns, units and the counties they lie in are real, the villages are invented.
"""

from __future__ import annotations

import pytest
from geocoded import geocoded_event
from geocoded import km as _km

from crosstally.geo import GeoContext, geocode_name, get_gazetteer
from crosstally.records import Location


def _geocoded(text: str, word: str | None, country: str = "KE") -> Location | None:
    return geocoded_event(text, word, country, event_type="Protests", sub_event_type="Peaceful protest")


def _ctx(country: str, text: str = "") -> GeoContext:
    return GeoContext.from_text(text, country=country)


# ------------------------------------------------------------------ the place inside the named unit

def test_a_unit_named_before_its_county_is_the_place_not_the_county():
    text = "Shopkeepers from Ol Kalou in Nyandarua county shut their doors on Tuesday over new levies."
    loc = _geocoded(text, "Nyandarua")
    assert loc is not None and loc.name == "Ol Kalou" and loc.admin1 == "Nyandarua"


def test_a_constituency_word_also_marks_the_inner_place():
    text = "Parents in Gatanga constituency, Muranga county, marched to the education office on Friday."
    loc = _geocoded(text, "Muranga")
    assert loc is not None and loc.name == "Gatanga" and loc.admin1 == "Muranga"


def test_a_sentence_opening_word_before_a_county_is_no_place():
    text = "Farmers in Nyandarua county blocked a road on Friday."
    loc = _geocoded(text, "Nyandarua")
    assert loc is not None and loc.name == "Nyandarua" and loc.admin1 == "Nyandarua"


# ------------------------------------------------------------------ villages the gazetteer lacks

def test_an_unlisted_village_of_a_listed_sub_county_keeps_its_own_name_and_the_county():
    loc = geocode_name("Ndoroko village, Gatanga sub-county", _ctx("KE"))
    assert loc is not None and loc.name == "Ndoroko" and loc.admin1 == "Muranga"
    assert loc.geonameid is None and loc.precision >= 2


def test_an_unlisted_village_of_a_geonames_district_is_coded_at_the_district():
    # ACLED's Afghan notes: a village the gazetteer lacks is coded at its district
    loc = geocode_name("Zarghunak village, Muqur district, Badghis", _ctx("AF"))
    assert loc is not None and loc.name == "Muqur" and loc.admin1 == "Badghis"


def test_a_town_filed_under_no_province_takes_its_nearest_neighbours():
    sololo = [p for p in get_gazetteer().lookup("Sololo") if p.country_code == "KE" and p.kind == "town"]
    assert sololo and sololo[0].admin1 is not None
    loc = geocode_name("Sololo", _ctx("KE"))
    assert loc is not None and loc.admin1 == "Marsabit"


@pytest.mark.parametrize("written", ["Kiberas", "Manderas"])
def test_a_possessive_that_lost_its_apostrophe_is_the_place(written: str):
    loc = geocode_name(written, _ctx("KE"))
    assert loc is not None and loc.admin1 == {"Kiberas": "Nairobi", "Manderas": "Mandera"}[written]


# ------------------------------------------------------------------ district centres

@pytest.mark.parametrize("cue", ["district center", "district centre"])
def test_a_district_centre_is_the_districts_town(cue: str):
    loc = geocode_name(f"Qadis {cue}, Badghis", _ctx("AF"))
    assert loc is not None and loc.name == "Qadis" and loc.admin1 == "Badghis" and loc.precision == 1
    assert _km(loc, 34.81, 63.43) < 5


def test_a_district_seat_keeps_the_district_name_as_written():
    loc = geocode_name("Almar district center, Faryab", _ctx("AF"))
    assert loc is not None and loc.name == "Almar" and loc.precision == 1


# ------------------------------------------------------------------ road ends

def test_a_road_end_gives_way_to_the_place_the_note_names():
    text = "On Monday hawkers set up barricades on the Nairobi-Naivasha highway at Kinangop, halting traffic."
    loc = _geocoded(text, "Nairobi")
    assert loc is not None and loc.admin1 == "Nyandarua"


def test_a_road_end_stays_when_the_note_names_nothing_else():
    text = "Drivers blocked the Mombasa-Malindi highway for an hour over fuel prices."
    loc = _geocoded(text, "Mombasa")
    assert loc is not None and loc.name == "Mombasa" and loc.admin1 == "Mombasa"
