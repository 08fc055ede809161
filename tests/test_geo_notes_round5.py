"""Places in ACLED-style notes (issue 3, round 15): a town written just before 'in <its province>', a border town's
country said right after it, 'X of Y district', the whole name of a town the tagger cut, Palestine's governorates
under the West Bank and the Gaza Strip, Afghan province-level places at the provincial capital, and ACLED's
spellings of a few first-level units. Every sentence is our own invented text; places are real, incidents are not.
"""

from __future__ import annotations

from typing import Any

import pytest
from geocoded import geocoded_event, km

from crosstally.geo import GeoContext, geocode_name, get_gazetteer
from crosstally.geo._normalise import acled_admin1

# --------------------------------------------------------------------------- '<Town> in (the) <province>'


@pytest.mark.parametrize(("text", "word", "town", "admin1"), [
    ("Farm workers picketed the packing sheds on the edge of Mildura in Victoria over unpaid overtime.",
     "Victoria", "Mildura", "Victoria"),
    ("Two men were beaten outside a bottle shop near the port of Timaru in Canterbury late on Friday.",
     "Canterbury", "Timaru", "Canterbury"),
    ("Gunmen fired on a bus at the northern exit of Dembi Dolo in Kellem Wollega zone, Oromia, wounding four.",
     "Kellem Wollega", "Dembi Dolo", "Oromia"),
])
def test_town_written_before_its_province(text: str, word: str, town: str, admin1: str) -> None:
    loc = geocoded_event(text, word, None)
    assert loc is not None and loc.name == town and loc.admin1 == admin1 and loc.precision == 1


def test_town_before_comma_and_unit() -> None:
    # the tagger kept only the province: the town written before it, inside it, is the place
    loc = geocoded_event("Soldiers and rebels exchanged fire on a farm road in Catubig, Northern Samar, on Monday.",
                         "Northern Samar", None)
    assert loc is not None and loc.name == "Catubig" and loc.precision == 1


@pytest.mark.parametrize(("text", "word", "town"), [
    ("Artillery shells hit the market of Saraqib in Idlib, wounding six shoppers.", "Idlib", "Saraqib"),
    ("Youths burned tyres on the ring road of Dhanmondi in Dhaka after a student was hurt.", "Dhaka", "Dhaka"),
    ("Police raided the Complexo da Mare in Rio de Janeiro before dawn.", "Rio de Janeiro", "Rio de Janeiro"),
])
def test_town_before_a_city_named_like_its_province(text: str, word: str, town: str) -> None:
    # 'Saraqib in Idlib': Idlib city was found, Idlib province is meant; a part of the city (Dhanmondi, 3 km from
    # Dhaka's centre) or the end of a longer name ('da Mare') stays the city
    loc = geocoded_event(text, word, None)
    assert loc is not None and loc.name == town


def test_town_before_province_needs_the_town_inside_it() -> None:
    # Melbourne is no town of Queensland: the province stays
    loc = geocoded_event("Supporters from Melbourne in Queensland rallied for the jailed activist.", "Queensland",
                         None)
    assert loc is not None and loc.name == "Queensland" and loc.precision == 3


def test_a_month_before_in_is_no_town() -> None:
    # 'March' is also a town of Cambridgeshire: a date word before 'in' names no place
    loc = geocoded_event("Farmers blocked a road late in March in Cambridgeshire over diesel prices.", "Cambridgeshire",
                         "GB")
    assert loc is not None and loc.name != "March"


# --------------------------------------------------------------------------- the country said after a border town


def test_border_town_takes_the_country_written_after_it() -> None:
    text = "Motorcycle taxi riders blocked the market road in Busia town in eastern Uganda over a new levy."
    loc = geocoded_event(text, "Busia", None)
    assert loc is not None and loc.country == "Uganda" and loc.name == "Busia"
    plain = geocoded_event("Motorcycle taxi riders blocked the market road in Busia over a new levy.", "Busia", "KE")
    assert plain is not None and plain.country == "Kenya"


# --------------------------------------------------------------------------- 'X of Y district'


def test_village_of_district_is_read_as_village_then_district() -> None:
    text = "Militants attacked an army post in Sangsar of Zhari district, Kandahar."
    ctx = GeoContext.from_text(text)
    loc = geocode_name("Sangsar of Zhari district, Kandahar", ctx)
    assert loc is not None and loc.admin2 == "Zhari" and loc.admin1 == "Kandahar"
    assert km(loc, 31.56, 65.43) < 15


# --------------------------------------------------------------------------- a several-word town cut by the tagger


def test_whole_town_name_before_its_province() -> None:
    text = "Insurgents raided a fishing camp near Mocimboa da Praia, Cabo Delgado province, and burned boats."
    loc = geocoded_event(text, "Praia", None)
    assert loc is not None and loc.name == "Mocimboa da Praia" and loc.country == "Mozambique"
    assert loc.admin1 == "Cabo Delgado"


# --------------------------------------------------------------------------- Palestine


@pytest.mark.parametrize(("text", "word", "admin1", "admin2"), [
    ("Soldiers raided homes in Jenin before dawn and detained three young men.", "Jenin", "West Bank", "Jenin"),
    ("A drone struck a car in Beit Hanoun, wounding its two passengers.", "Beit Hanoun", "Gaza Strip", "North Gaza"),
    ("Settlers set fire to olive trees near Nablus on Saturday.", "Nablus", "West Bank", "Nablus"),
])
def test_palestine_admin1_is_west_bank_or_gaza_strip(text: str, word: str, admin1: str, admin2: str) -> None:
    loc = geocoded_event(text, word, None)
    assert loc is not None and loc.country == "Palestine"
    assert loc.admin1 == admin1 and loc.admin2 == admin2


def test_palestine_governorates_are_admin2() -> None:
    gz = get_gazetteer()
    kinds = {p.kind for p in gz.lookup("Khan Yunis") if p.country_code == "PS"}
    assert "admin1" not in kinds and {"admin2", "town"} <= kinds
    assert any(p.kind == "admin1" for p in gz.lookup("Gaza Strip"))


# --------------------------------------------------------------------------- Afghan provinces at their capital


@pytest.mark.parametrize(("province", "seat", "lat", "lon"), [
    ("Ghor", "Chaghcharan", 34.52, 65.25),
    ("Urozgan", "Tarinkot", 32.63, 65.88),
    ("Paktia", "Gardez", 33.60, 69.22),
    ("Logar", "Pul-e Alam", 33.99, 69.02),
])
def test_afghan_province_level_place_is_its_capital(province: str, seat: str, lat: float, lon: float) -> None:
    text = f"Taliban fighters ambushed a police patrol in {province} province, killing two policemen."
    loc = geocoded_event(text, province, "AF")
    assert loc is not None and loc.admin1 == province and loc.precision == 3
    assert loc.name == seat
    assert km(loc, lat, lon) < 10


def test_balkh_province_keeps_its_own_name() -> None:
    loc = geocoded_event("Gunmen attacked a checkpoint in Balkh province at night.", "Balkh", "AF")
    assert loc is not None and loc.name == "Balkh" and loc.admin1 == "Balkh"


# --------------------------------------------------------------------------- ACLED's first-level spellings


@pytest.mark.parametrize(("town", "country", "admin1"), [
    ("Natitingou", "Benin", "Atacora"),
    ("Piraeus", "Greece", "Attica"),
    ("Liege", "Belgium", "Wallonia"),
    ("Antwerp", "Belgium", "Flanders"),
    ("Temuco", "Chile", "Araucania"),
    ("Tampere", "Finland", "Pirkanmaa"),
])
def test_acled_first_level_spellings(town: str, country: str, admin1: str, nlp: Any) -> None:
    loc = geocode_name(f"{town}, {country}")
    assert loc is not None and loc.admin1 == admin1


@pytest.mark.parametrize(("name", "acled"), [("Wallonische", "Wallonia"), ("Pafos", "Paphos"),
                                             ("La Araucania", "Araucania"), ("Kakamega", "Kakamega")])
def test_acled_admin1_spelling_table(name: str, acled: str) -> None:
    assert acled_admin1(name) == acled


@pytest.mark.parametrize(("mention", "country", "admin1"), [
    ("Bulo Burte, Hiraan", "Somalia", "Hiraan"),
    ("a village near Dhusamareb, Galgaduud", "Somalia", "Galgaduud"),
])
def test_one_word_acled_spelling_of_a_unit_is_its_name(mention: str, country: str, admin1: str) -> None:
    # 'Hiraan' is how ACLED and the press write GeoNames' Hiiraan: a name of the unit, not only its display
    assert any(p.kind == "admin1" and p.country_code == "SO" for p in get_gazetteer().lookup(admin1))
    loc = geocode_name(mention.split("near ")[-1])
    assert loc is not None and loc.country == country and loc.admin1 == admin1
