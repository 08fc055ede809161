"""Kenya's sub-counties and city estates (data/gazetteer_units.yaml), a note's own unit as fallback, loose-match guard.

Texts are our own; the places and the counties they lie in are real.
"""

from __future__ import annotations

import pytest
from geocoded import geocoded_event
from geocoded import km as _km

from crosstally.geo import GeoContext, geocode, geocode_name, get_gazetteer
from crosstally.records import Document, Location
from crosstally.vocab import load_vocab


def _geocoded(text: str, word: str | None, country: str = "KE") -> Location | None:
    return geocoded_event(text, word, country, event_type="Riots", sub_event_type="Mob violence")


def _ke(text: str = "") -> GeoContext:
    return GeoContext.from_text(text, country="KE")


def test_every_county_of_the_units_file_is_a_kenyan_admin1():
    data = load_vocab("gazetteer_units")
    assert data["sources"] and "KE" in data["entries"]
    gz = get_gazetteer()
    labels = {gz.label(p) for p in gz.places.values() if p.kind == "admin1" and p.country_code == "KE"}
    assert set(data["entries"]["KE"]["units"]) <= labels
    cities = {p.name for p in gz.places.values() if p.kind == "town" and p.country_code == "KE"}
    assert set(data["entries"]["KE"]["neighbourhoods"]) <= cities


@pytest.mark.parametrize(("name", "county"), [
    ("Kisauni", "Mombasa"), ("Nyakach", "Kisumu"), ("Tiaty", "Baringo"), ("Kuria East", "Migori"),
    ("Kipkelion East constituency", "Kericho"), ("Lari sub-county", "Kiambu"), ("Gatanga", "Muranga"),
])
def test_a_sub_county_the_cities_file_lacks_gives_its_county(name: str, county: str):
    loc = geocode_name(name, _ke())
    assert loc is not None and loc.admin1 == county and loc.country_code == "KE"
    assert loc.geonameid is None  # our own unit, not a GeoNames id
    assert loc.precision >= 2 and loc.lat is not None


def test_a_city_estate_is_at_its_city():
    for estate in ("Kibera", "Kangemi", "Eastleigh"):
        loc = geocode_name(estate, _ke())
        assert loc is not None and loc.admin1 == "Nairobi", estate
        assert _km(loc, -1.286, 36.817) < 15  # Nairobi's centre
    assert geocode_name("Bamburi", _ke()).admin1 == "Mombasa"


def test_a_unit_named_after_a_town_sits_at_that_town():
    loc = geocode_name("Kisumu East", _ke())
    assert loc is not None and loc.admin1 == "Kisumu" and _km(loc, -0.10, 34.76) < 10


def test_a_village_inside_a_listed_sub_county_keeps_the_county():
    loc = geocode_name("Gatura village, Gatanga subcounty", _ke())
    assert loc is not None and loc.admin1 == "Muranga"


def test_thika_is_in_kiambu():
    loc = geocode_name("Thika", _ke())
    assert loc is not None and loc.admin1 == "Kiambu"


def test_a_listed_city_street_is_in_its_city():
    loc = _geocoded("Hawkers blocked Juja Road for two hours to protest the loss of their stalls.", "Juja")
    assert loc is not None and loc.admin1 == "Nairobi"


def test_a_unit_named_as_a_modifier_is_the_place_when_extraction_has_none():
    loc = _geocoded("Kangemi residents stormed the chief's camp, saying robberies had gone unpunished.", None)
    assert loc is not None and loc.name == "Kangemi" and loc.admin1 == "Nairobi"
    text = "Youths fought police at a tallying centre (coded as Kuria East) after the vote count stalled."
    loc = _geocoded(text, None)
    assert loc is not None and loc.admin1 == "Migori"


def test_the_bare_country_gives_way_to_a_unit_the_note_names():
    text = "Kenya: gunmen shot two herders near the Kiunga- Somalia road before dawn."
    loc = _geocoded(text, "Kenya")
    assert loc is not None and loc.name == "Kiunga" and loc.admin1 == "Lamu"


def test_a_capitalised_word_that_names_a_small_foreign_town_is_not_a_place():
    # 'Man' is a small West Virginia town: a headline word is no evidence of it
    loc = _geocoded("Man shot dead outside a bar late on Saturday, police said.", None, country="US")
    assert loc is None or loc.name != "Man"


def test_a_loose_match_needs_a_close_spelling_or_its_province():
    # 'Kasekeu' (an invented village; Makueni's ward Kasikeu is listed since the wards) is not in the gazetteer;
    # Nyandarua's 'Kasuku' is only a loose match
    assert geocode_name("Kasekeu", _ke("Kasekeu")) is None
    near = geocode_name("Kasekeu", _ke("Farmers in Kasekeu, Nyandarua, protested."))
    assert near is not None and near.admin1 == "Nyandarua"
    # one letter off in a seven-letter name stays a match without other support
    loc = geocode_name("Mandara", _ke("Mandara"))
    assert loc is not None and loc.admin1 == "Mandera"


# ------------------------------------------------------------ how extraction picks the event's place


def _event_place(nlp, text: str) -> Location | None:
    from crosstally.extract import extract

    doc = Document(text=text, meta={"country": "KE"})
    ex = extract(doc, nlp(text))
    geocode(ex)
    return ex.events[0].location if ex.events else None


def test_a_town_in_a_road_name_gives_way_to_the_place_on_it(nlp):
    loc = _event_place(nlp, "Quarry workers blocked Mombasa Road at Mlolongo for hours after a colleague was shot.")
    assert loc is not None and loc.name == "Mlolongo" and loc.admin1 == "Machakos"


def test_the_country_the_attackers_came_from_is_not_the_place(nlp):
    loc = _event_place(nlp, "Raiders from Sudan attacked herders near the border and drove off their cattle.")
    assert loc is None or loc.country_code == "KE"


def test_a_notes_location_label_names_the_place(nlp):
    text = "Two herders were shot dead by bandits. LOCATION: Kalalani Village, Bururi in Tana River District."
    loc = _event_place(nlp, text)
    assert loc is not None and loc.admin1 == "Tana River" and loc.country_code == "KE"  # not Burundi's Bururi
