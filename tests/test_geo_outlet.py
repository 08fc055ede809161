"""GVDB city round: the outlet's town, towns named after a state, "<Town> police", and the eval's city match.

Texts are our own; places are real.
"""

from __future__ import annotations

from crosstally.eval import same_city
from crosstally.geo import geocode, get_gazetteer
from crosstally.geo._anchor import outlet_town
from crosstally.records import Document, Event, Extraction, Location, Span


def _extraction(text: str, word: str | None) -> Extraction:
    loc = None
    if word is not None:
        i = text.index(word)
        loc = Location(name=word, mention=word, evidence=[Span(i, i + len(word))])
    ev = Event(event_type="Violence against civilians", sub_event_type="Attack", location=loc,
               evidence=[Span(0, len(text))])
    return Extraction(document=Document(text=text, meta={"country": "US"}), events=[ev])


def _located(text: str, word: str | None) -> Location:
    ex = _extraction(text, word)
    geocode(ex)
    loc = ex.events[0].location
    assert loc is not None
    return loc


def test_outlet_town_from_a_masthead_glued_to_the_headline():
    gz = get_gazetteer()
    text = "Teen hurt in weekend shooting | The Augusta ChronicleDeputies were called to a home on Pine Drive."
    a = outlet_town(gz, text, "US")
    assert a is not None and a.place.name == "Augusta" and a.kind == "outlet" and not a.local
    assert gz.label(gz.places[a.place.admin1]) == "Georgia"
    assert text[a.start:a.end] == "Augusta"
    b = outlet_town(gz, "Man wounded on West Polk Street « CBS ChicagoHe was standing outside.", "US")
    assert b is not None and b.place.name == "Chicago"
    # "National News" is no town; without the document's country there is no anchor at all.
    assert outlet_town(gz, "Store shooting | National News - an outlet", "US") is None
    assert outlet_town(gz, text, None) is None


def test_outlet_town_narrows_a_state_but_never_overrides_a_town():
    text = ("Woman charged after shooting | The Augusta ChronicleA woman was charged on Tuesday in Georgia "
            "after a man was shot in the leg outside a home.")
    assert _located(text, "Georgia").name == "Augusta"
    text2 = ("Man shot in Savannah | The Augusta ChronicleA man was shot on Tuesday in Savannah and "
             "taken to a hospital.")
    assert _located(text2, "Savannah").name == "Savannah"


def test_town_after_suburb_of_and_town_police_refine_a_state():
    text = ("Utah officer shot. An officer was shot on Monday in Utah, in the suburb of Holladay, "
            "and taken to a hospital.")
    assert _located(text, "Utah").name == "Holladay"
    text2 = ("Three wounded at a hotel party. Chicago police said three men were shot early Sunday in "
             "Illinois and none is in custody.")
    assert _located(text2, "Illinois").name == "Chicago"


def test_same_city_accepts_a_part_of_the_city_or_the_city_of_an_unlisted_part():
    houston = {"name": "Houston", "geonameid": 4699066}
    assert same_city(houston, "southwest Houston")
    assert same_city({"name": "Adams County", "geonameid": 5417618}, "unincorporated Adams County")
    assert not same_city(houston, "Dallas")
    # "West Palm Beach" is a town of its own, not the west of Palm Beach.
    assert not same_city({"name": "Palm Beach", "geonameid": 4167499}, "West Palm Beach")
    la = next(p for p in get_gazetteer().lookup("Los Angeles") if p.kind == "town" and p.country_code == "US")
    unlisted = {"name": "Leimert Park", "geonameid": None, "lat": la.lat, "lon": la.lon}
    assert same_city(unlisted, "Los Angeles")
    assert not same_city({**unlisted, "lat": la.lat + 0.3}, "Los Angeles")
    assert not same_city({**unlisted, "geonameid": 1}, "Los Angeles")  # a listed place is compared by name
    assert not same_city(None, "Los Angeles")


def test_a_county_at_home_beats_a_province_abroad_of_the_same_name():
    from crosstally.geo import GeoContext, geocode_name

    ctx = GeoContext.from_text("Deputies in Pasco County searched a home on Garfield Drive.", country="US")
    loc = geocode_name("Pasco County", ctx)
    assert loc is not None and loc.country_code == "US" and loc.admin1 == "Florida"
    # Still no answer where the home country has no unit of that name.
    ctx_ke = GeoContext.from_text("Herders clashed in Kagera over cattle.", country="KE")
    assert geocode_name("Kagera", ctx_ke) is None  # a Tanzanian region: Kenya has no unit of that name
    # 'Mara' is Kenya's Maasai Mara (Narok, data/gazetteer_units.yaml), not Tanzania's Mara region
    ctx_ke = GeoContext.from_text("Herders clashed in Mara over cattle.", country="KE")
    assert geocode_name("Mara", ctx_ke).admin1 == "Narok"
