"""Places round 12c: a city estate listed by hand counts as about one ward (20,000 people) when it meets a namesake
town elsewhere, so a bare 'Majengo' is Mombasa's estate, not Vihiga's village of 12,000, while a note that names
Vihiga keeps Vihiga's; Kisumu's Manyatta estate beside Embu's Manyatta constituency; Kacheliba at its own point.

Texts are our own; the places and their points are real (gazetteer_units.yaml ``neighbourhoods`` and
``known_points``; public maps, approximate).
"""

from __future__ import annotations

import pytest
from geocoded import first_place
from geocoded import km as _km

from crosstally.geo import GeoContext, geocode_name


def _ke() -> GeoContext:
    return GeoContext.from_text("", country="KE")


@pytest.mark.parametrize("hint", ["KE", None])
@pytest.mark.parametrize("text", [
    "On 9 June 2022, unknown gunmen shot dead a shopkeeper in the Majengo area late at night.",
    "On 2 February 2019, police raided a house in Majengo slums and held two men over a planned attack.",
])
def test_a_bare_estate_is_the_city_estate_not_a_smaller_village(text: str, hint: str | None):
    loc = first_place(text, hint)
    assert (loc.name, loc.admin1) == ("Majengo", "Mombasa"), (loc.name, loc.admin1)


@pytest.mark.parametrize("text", [
    "On 12 May 2021, traders in Majengo, Vihiga county, closed their stalls over new market fees.",
    "On 12 May 2021, residents of Majengo town in Vihiga protested over a broken bridge.",
])
def test_a_named_county_keeps_its_own_namesake(text: str):
    assert first_place(text, "KE").admin1 == "Vihiga"


def test_kisumus_manyatta_estate_keeps_its_name():
    loc = first_place("On 8 October 2017, youths in Manyatta, Kisumu, lit bonfires on the road to Kondele.", "KE")
    assert (loc.name, loc.admin1) == ("Manyatta", "Kisumu"), (loc.name, loc.admin1)


@pytest.mark.parametrize("text", [
    "On 3 July 2022, traders at Manyatta, Embu county, protested over market fees.",
    "On 3 July 2022, supporters of two aspirants clashed in Manyatta constituency in Embu.",
])
def test_embus_manyatta_stays_embus(text: str):
    assert first_place(text, "KE").admin1 == "Embu"


def test_kacheliba_sits_at_its_own_point():
    loc = geocode_name("Kacheliba", _ke())
    assert loc is not None and loc.admin1 == "West Pokot"
    assert _km(loc, 1.49, 35.02) < 5, (loc.lat, loc.lon)
