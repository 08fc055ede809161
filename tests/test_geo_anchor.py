"""Round 3 of geocoding: country hints, datelines and "Town, ST" phrases, neighbourhoods, streets, districts.

Texts are our own; places and state abbreviations are real.
"""

from __future__ import annotations

import pytest

from crosstally.geo import GeoContext, document_country, expand_mention, geocode, get_gazetteer
from crosstally.geo._anchor import city_state_pairs, dateline, state_of
from crosstally.records import Document, Event, Extraction, Location, Span


def _event(text: str, word: str, country: str | None = None, nth: int = 0) -> Extraction:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    loc = Location(name=word, mention=word, evidence=[Span(i, i + len(word))])
    ev = Event(event_type="Violence against civilians", sub_event_type="Attack", location=loc,
               evidence=[Span(0, len(text))])
    meta = {"country": country} if country else {}
    return Extraction(document=Document(text=text, meta=meta), events=[ev])


def _located(text: str, word: str, country: str | None = None, nth: int = 0) -> Location:
    ex = _event(text, word, country, nth)
    geocode(ex)
    loc = ex.events[0].location
    assert loc is not None
    return loc


# ----------------------------------------------------------------- country hint


def test_country_hint_settles_a_same_name_place():
    text = "Traders in Maua blocked the main road with burning tyres over market fees."
    assert _located(text, "Maua").country_code != "KE"  # the bigger namesake abroad, with no hint
    loc = _located(text, "Maua", country="KE")
    assert loc.country_code == "KE" and loc.admin1 == "Meru"


def test_document_country_reads_meta_then_the_setting(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("CROSSTALLY_COUNTRY", raising=False)
    assert document_country(Document(text="x")) is None
    assert document_country(Document(text="x", meta={"country": "ke"})) == "KE"
    monkeypatch.setenv("CROSSTALLY_COUNTRY", "AF")
    assert document_country(Document(text="x")) == "AF"
    assert document_country(Document(text="x", meta={"country": "KE"})) == "KE"


def test_hint_is_a_prior_not_a_filter():
    ctx = GeoContext.from_text("Clashes in Kampala, Uganda; Ugandan police said Kampala was calm later.", country="KE")
    assert ctx.hint == "KE" and ctx.countries["KE"] > 0 and ctx.countries.get("UG", 0) > 0
    loc = _located("Police in Kampala, Uganda, dispersed protesters; Uganda's capital Kampala was tense.",
                   "Kampala", country="KE")
    assert loc.country_code == "UG"


# ----------------------------------------------------------------- datelines and "Town, ST"


def test_state_abbreviations_and_names():
    gz = get_gazetteer()
    indiana = next(p.geonameid for p in gz.lookup("Indiana") if p.kind == "admin1")
    assert state_of(gz, "Ind. (AP) - A man", "US") == (indiana, 4)
    assert state_of(gz, "IN 46204", "US")[0] == indiana
    assert state_of(gz, "Indiana --", "US")[0] == indiana
    assert state_of(gz, "Police said", "US") is None


def test_dateline_with_state_glued_to_call_letters():
    gz = get_gazetteer()
    text = "Two hurt in overnight shooting | News 4 WKRNNASHVILLE, Tenn. (WKRN) - Two men were hurt."
    a = dateline(gz, text, "US")
    assert a is not None and a.place.name == "Nashville" and text[a.start:a.end] == "NASHVILLE" and a.local
    text = "Shooting at a bar | Fox 8ST. LOUIS, Mo. (KTVI) - Police are looking for a gunman."
    a = dateline(gz, text, "US")
    assert a is not None and a.place.name in ("St. Louis", "Saint Louis")


def test_stateless_datelines_local_and_wire():
    gz = get_gazetteer()
    a = dateline(gz, "CHICAGO (STMW) - A man was shot in the Austin neighborhood.", "US")
    assert a is not None and a.place.name == "Chicago" and a.local
    a = dateline(gz, "KABUL (Reuters) - Gunmen attacked a checkpoint in Helmand.", "AF")
    assert a is not None and a.place.name == "Kabul" and not a.local
    assert dateline(gz, "UPDATE - Police said a man was hurt.", "US") is None


def test_city_state_pairs():
    gz = get_gazetteer()
    pairs = city_state_pairs(gz, "A man was shot in Gary, Ind., and later died in Chicago, Illinois.", "US")
    assert [(p.place.name, gz.label(gz.places[p.admin1])) for p in pairs] == [("Gary", "Indiana"), ("Chicago", "Illinois")]
    assert city_state_pairs(gz, "Smith, Jones and Brown were charged.", "US") == []


def test_dateline_refines_a_state_and_an_abbreviation_keeps_the_town_name():
    text = "Teen shot near school | Fox 59INDIANAPOLIS, Ind. (Jan. 5, 2016) - A teenager was shot in Indiana on Monday."
    loc = _located(text, "Indiana", country="US")
    assert loc.name == "Indianapolis" and loc.admin1 == "Indiana" and loc.method.endswith("dateline_town")
    loc = _located(text, "Ind", country="US")
    assert loc.name == "Indianapolis"  # 'Ind' is an alias of the town, not a name to print


def test_local_dateline_overrides_a_namesake_elsewhere_but_keeps_a_suburb():
    text = ("Man wounded outside a bar | KTVB Boise, IdahoMEMPHIS, Tenn. (AP) - A man was shot outside a bar near "
            "Longview Street, police said.")
    loc = _located(text, "Longview", country="US")
    assert loc.name == "Memphis"
    text = "CHICAGO (STMW) - A man was shot dead on Sunday in south suburban Dolton, police said."
    assert _located(text, "Dolton", country="US").name == "Dolton"


def test_town_with_its_state_is_kept_over_the_dateline():
    text = "CHICAGO (AP) - A man from Chicago was shot in Gary, Ind., on Sunday, police said."
    assert _located(text, "Gary", country="US").name == "Gary"


# ----------------------------------------------------------------- neighbourhoods and streets


def test_neighbourhood_resolves_to_its_city():
    text = "Police said a man was shot on Sunday night in Philadelphia's Kensington neighborhood."
    assert _located(text, "Kensington", country="US").name == "Philadelphia"
    text = ("A teenager was wounded by gunfire on Friday evening, and officers in Philadelphia said the shots were "
            "fired on a corner in the city's Kensington section.")
    assert _located(text, "Kensington", country="US").name == "Philadelphia"


def test_part_of_a_city_named_with_a_direction():
    text = "A man was fatally shot in Southwest Philadelphia on Tuesday, police said."
    assert _located(text, "Southwest Philadelphia", country="US").name == "Philadelphia"


def test_street_named_like_a_state_is_not_that_state():
    text = "LOS ANGELES (KABC) - A man was shot near Vermont Avenue and 80th Street, police said."
    loc = _located(text, "Vermont", country="US")
    assert loc.name == "Los Angeles" and loc.admin1 == "California"


def test_state_refined_to_a_town_the_text_places_the_event_in():
    text = "A gunman was shot dead at a store in Pennsylvania. He had entered the store in Stroudsburg late Saturday."
    loc = _located(text, "Pennsylvania", country="US")
    assert loc.name == "Stroudsburg" and loc.admin1 == "Pennsylvania"


# ----------------------------------------------------------------- districts and villages (ACLED-style notes)


def test_district_named_before_the_province_mention():
    text = "On 4 March 2020, two soldiers were killed in an ambush in Mohammad Agha district, Logar."
    loc = _located(text, "Logar", country="AF")
    assert loc.admin1 == "Logar" and loc.admin2 is not None and loc.precision >= 2
    assert loc.name.startswith("Muhammad") or loc.name.startswith("Mohammad")
    text = "On 5 March 2020, militants attacked a base in Andar (Shalgar) district, Ghazni."
    assert _located(text, "Ghazni", country="AF").name == "Andar"


def test_unlisted_village_keeps_its_name_in_its_province():
    text = "Militants attacked a police post at Ngarembe, Lamu county, killing two officers."  # an invented village
    loc = _located(text, "Ngarembe", country="KE")
    assert loc.name == "Ngarembe" and loc.admin1 == "Lamu" and loc.precision == 3 and loc.geonameid is None
    assert loc.lat is not None


def test_day_names_are_not_part_of_a_place():
    text = "Two people died on Monday night when armed men opened fire outside a shop in the Majengo area of Mombasa."
    i = text.index("Majengo")
    assert expand_mention(text, i, i + len("Majengo")) == "Majengo area, Mombasa"
    loc = _located(text, "Majengo", country="KE")
    assert loc.admin1 == "Mombasa"


def test_possessive_of_a_country_or_province_keeps_the_place():
    text = "Gunmen killed 12 people in Syria's Jableh on Friday, a monitor said."
    assert _located(text, "Jableh").name == "Jableh"


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("On 3 June 2022, bandits stopped a bus outside Birnin Gwari (Kaduna) and took seven passengers.", "Birnin Gwari",
     "Kaduna"),
    ("On 12 March 2024, residents of Butembo (North Kivu) burned tyres after a driver was found dead.", "Butembo",
     "Nord-Kivu"),
    ("On 3 March 2021, two men threw a grenade into a shop in Turbat (Kech, Balochistan); four were hurt.", "Turbat",
     "Balochistan"),
    # the province with its article and a hyphen, as Syrian and Iraqi reports write it
    ("On 2 February 2023, a drone hit a vehicle south of Qamishli (Al-Hasakeh); two men died.", "Qamishli",
     "Al-Hasakah"),
    ("On 5 September 2021, gunmen fired on a checkpoint north of Baiji (Salah al-Din); two men died.", "Baiji",
     "Salah Al-Din"),
    # the town told with its own unit word before the bracket
    ("On 12 September 2021, a pickup drove onto a roadside bomb near Jowhar town (Middle Shabelle); 3 soldiers died.",
     "Jowhar", "Middle Shabelle"),
])
def test_a_unit_in_brackets_after_a_town_reads_as_town_comma_unit(text: str, town: str, admin1: str):
    """Monitors write 'Town (Province)' as often as 'Town, Province': the bracketed unit places the town, it is
    not the event's place itself (the province's capital, or the province)."""
    from crosstally.pipeline import process

    loc = process(Document(text=text)).to_contract()["events"][0]["location"]
    assert loc["admin1"] == admin1 and text[loc["evidence"][0]["start"]:loc["evidence"][0]["end"]] == town
    assert loc["precision"] <= 2


@pytest.mark.parametrize(("text", "town", "admin1"), [
    ("On 27 January 2024, gunmen raided a settlement in Bokkos LGA, Plateau, at night; 30 residents were killed.",
     "Bokkos", "Plateau"),
    ("On 27 January 2024, gunmen raided a settlement in Bokkos LGA at night; 30 residents were killed.", "Bokkos",
     "Plateau"),
])
def test_a_local_government_area_is_a_unit_word(text: str, town: str, admin1: str):
    """Nigeria's LGAs, Mali's cercles, Ethiopia's woredas, Pakistan's tehsils, South Sudan's payams and Congo's
    territories are district words (gazetteer_extra kind_hints), as 'district' and 'sub-county' are: 'Bokkos LGA,
    Plateau' is Bokkos in Plateau, not an unknown 'Bokkos LGA' and no place at all."""
    from crosstally.pipeline import process

    loc = process(Document(text=text)).to_contract()["events"][0]["location"]
    assert (loc["name"], loc["admin1"]) == (town, admin1)
